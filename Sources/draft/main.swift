import TemplateKit

print("draft")
