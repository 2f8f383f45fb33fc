// Fuzz target: template parsing — lexer, expression scanner and parser, includes, layout.
@testable import TemplateKit

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let environment = Environment(loader: loader(including: text))
  _ = refusingOnlyWithDiagnostics("parse") { try environment.parse(text, name: "self.tmpl") }
  // The header (YAML front matter) and body split of a template file.
  _ = refusingOnlyWithDiagnostics("parse file") {
    try environment.parse(try TemplateFile(name: "sections/x.tmpl", text: text))
  }
  return 0
}
