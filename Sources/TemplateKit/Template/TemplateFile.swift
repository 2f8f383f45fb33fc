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
    // Only the header is cut into lines: the body is the rest of the text, as it is.
    if let header = Self.header(of: text) {
      self.header = String(text[header.text])
      body = String(text[header.bodyStart...])
      bodyLine = header.closingLine + 2
    } else {
      let first = text.prefix { $0 != "\n" }
      if first.trimmingWhitespaceSuffix == "---" {
        throw source.error(
          "模板的头部没有结尾的“---”", line: 1, column: 1,
          hint: "头部（标题、字段等）写在两行“---”之间；没有头部的模板，删掉第一行的“---”。")
      }
      if first.hasPrefix("---") {
        throw source.error(
          "模板第一行的“---”后面还有内容", line: 1, column: 4,
          hint: "“---”要单独占一行，头部的设置从下一行写起，头部之后再用一行“---”结束。")
      }
      header = nil
      body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
      bodyLine = 1
    }
  }

  /// Where the header's YAML lies in `text` and where the body starts, when the text opens
  /// with a `---` line that a later one closes (`closingLine`, counting from 0).
  private static func header(of text: String) -> (
    text: Range<String.Index>, bodyStart: String.Index, closingLine: Int
  )? {
    var lineStart = text.startIndex
    var lineNumber = 0
    var headerStart: String.Index? = nil
    while lineStart < text.endIndex || lineNumber == 0 {
      let lineEnd = text[lineStart...].firstIndex(of: "\n") ?? text.endIndex
      let next = lineEnd < text.endIndex ? text.index(after: lineEnd) : text.endIndex
      let isFence = text[lineStart..<lineEnd].trimmingWhitespaceSuffix == "---"
      if lineNumber == 0 {
        guard isFence else { return nil }
        headerStart = next
      } else if isFence, let headerStart {
        // The header ends before the line break that ends its last line.
        let end = lineStart > headerStart ? text.index(before: lineStart) : headerStart
        return (headerStart..<end, next, lineNumber)
      }
      lineNumber += 1
      if next == text.endIndex { break }
      lineStart = next
    }
    return nil
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
