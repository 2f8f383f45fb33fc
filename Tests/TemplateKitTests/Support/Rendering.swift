import TemplateKit

/// Renders template `text` with `data` and returns the plain text, as tests compare it.
func render(
  _ text: String, _ data: Value = [:], labels: [String: String] = [:],
  required: Set<String> = [], files: [String: String] = [:]
) throws -> String {
  PlainTextWriter().text(
    try document(text, data, labels: labels, required: required, files: files))
}

/// Renders template `text` (named `name`) with `data` into a document tree.
func document(
  _ text: String, _ data: Value = [:], name: String = "测试.tmpl", labels: [String: String] = [:],
  required: Set<String> = [], limits: RenderLimits = RenderLimits(),
  files: [String: String] = [:]
) throws -> Document {
  let template = try parse(text, name: name, files: files)
  let renderer = Renderer(
    data: data.mapping ?? Mapping(), labels: labels, required: required, limits: limits)
  return try renderer.render(template)
}

/// Parses template `text`, named `name`; `files` are the templates it may include.
func parse(_ text: String, name: String = "测试.tmpl", files: [String: String] = [:]) throws
  -> Template
{
  try Environment(loader: MemoryLoader(files: files)).parse(text, name: name)
}

/// The diagnostic a failing call throws.
func diagnostic(_ body: () throws -> Void) -> Diagnostic? {
  do {
    try body()
    return nil
  } catch let error as Diagnostic {
    return error
  } catch {
    return nil
  }
}
