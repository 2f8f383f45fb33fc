import TemplateKit

/// Renders template `text` with `data` and returns the plain text, as tests compare it.
func render(
  _ text: String, _ data: Value = [:], labels: [String: String] = [:],
  files: [String: String] = [:]
) throws -> String {
  PlainTextWriter().text(try document(text, data, labels: labels, files: files))
}

/// Renders template `text` with `data` into a document tree.
func document(
  _ text: String, _ data: Value = [:], labels: [String: String] = [:],
  files: [String: String] = [:]
) throws -> Document {
  let environment = Environment(loader: MemoryLoader(files: files))
  let template = try environment.parse(text, name: "测试.tmpl")
  return try Renderer(data: data.mapping ?? Mapping(), labels: labels).render(template)
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
