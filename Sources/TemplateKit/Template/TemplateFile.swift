/// A template file: an optional header of YAML between `---` lines (what the catalogue reads:
/// title, fields, prompts), then the template body.
///
///     ---
///     标题: 规范党内政治生活
///     ---
///     {% points %}…
public struct TemplateFile: Sendable {
  /// The file's name as messages show it.
  public let name: String
  /// The whole file, for quoting lines.
  public let source: SourceText
  /// The header's YAML, when there is one.
  public let header: String?
  /// The body, after the header.
  public let body: String
  /// The line the body starts on.
  public let bodyLine: Int

  /// Splits `text` into header and body. A first line `---` without a closing one, or with
  /// text after it, is an error there: otherwise the header would be printed in the report.
  public init(name: String, text: String) throws(Diagnostic) {
    self.name = name
    self.source = SourceText(file: name, text: text)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    func isFence(_ line: Substring) -> Bool { line.trimmingWhitespaceSuffix == "---" }
    if let first = lines.first, isFence(first) {
      guard let close = lines.dropFirst().firstIndex(where: isFence) else {
        throw source.error(
          "模板的头部没有结尾的“---”", line: 1, column: 1,
          hint: "头部（标题、字段等）写在两行“---”之间；没有头部的模板，删掉第一行的“---”。")
      }
      header = lines[1..<close].joined(separator: "\n")
      body = lines[(close + 1)...].joined(separator: "\n")
      bodyLine = close + 2
    } else {
      if let first = lines.first, first.hasPrefix("---") {
        throw source.error(
          "模板第一行的“---”后面还有内容", line: 1, column: 4,
          hint: "“---”要单独占一行，头部的设置从下一行写起，头部之后再用一行“---”结束。")
      }
      if let first = lines.first, first.hasPrefix("\u{FEFF}") {
        lines[0] = first.dropFirst()
      }
      header = nil
      body = lines.joined(separator: "\n")
      bodyLine = 1
    }
  }

  /// The body as the parser reads it, keeping positions true to the file.
  var bodySource: TemplateSource {
    let offset = source.text.utf8.count - body.utf8.count
    return TemplateSource(
      name: name, file: source, from: TextPosition(line: bodyLine, column: 1, offset: offset))
  }
}

extension Substring {
  fileprivate var trimmingWhitespaceSuffix: Substring {
    var copy = self
    while let last = copy.last, last == " " || last == "\r" || last == "\t" { copy.removeLast() }
    return copy
  }
}
