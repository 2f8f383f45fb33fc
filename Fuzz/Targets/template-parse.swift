// Fuzz target: template parsing — lexer, expression scanner and parser, includes, layout.
@testable import TemplateKit

/// Fragments the fuzzed template may include: one plain, one including itself, and the
/// input itself (as `self`), so include loops and depth are reached; then the built-in set.
private func loader(for text: String) -> any TemplateLoader {
  let own = MemoryLoader(files: [
    "fragments/甲.tmpl": "甲{{ 单位.名称 }}。\n",
    "fragments/环.tmpl": "环{% include \"fragments/环\" %}",
    "self.tmpl": text,
  ])
  return LayeredLoader([own, Catalogue.builtInLoader])
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let environment = Environment(loader: loader(for: text))
  _ = refusingOnlyWithDiagnostics("parse") { try environment.parse(text, name: "self.tmpl") }
  // The header (YAML front matter) and body split of a template file.
  let file = TemplateFile(name: "sections/x.tmpl", text: text)
  _ = refusingOnlyWithDiagnostics("parse file") { try environment.parse(file) }
  return 0
}
