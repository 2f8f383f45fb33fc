/// Reads a 'single' or "double" quoted scalar. Line breaks inside fold like a plain
/// scalar's (one break becomes a space, an empty line a line break); in double quotes
/// backslash escapes apply, and a backslash at the end of a line joins the lines.
enum YAMLQuotedScalar {
  /// Reads the scalar whose opening quote is at the cursor. `blockIndent` is the column (from
  /// 0) of the innermost block collection, -1 at the top: continuation lines must be indented
  /// more than that.
  static func scan(_ cursor: inout TextCursor, blockIndent: Int, source: SourceText)
    throws(Diagnostic)
    -> String
  {
    let start = cursor.position
    let single = cursor.peek() == "'"
    let quote: Unicode.Scalar = single ? "'" : "\""
    cursor.advance()
    var text: [UInt8] = []
    while true {
      if cursor.isAtDocumentMarker {
        throw source.error(
          "引号里的文本不能有以“---”或“...”开头的行", at: cursor.position,
          hint: "这通常是前面的引号没有闭合。")
      }
      guard !cursor.isAtEnd else { throw unclosed(start, quote: quote, source: source) }
      var escapedBreak = false
      while let scalar = cursor.peek(), !scalar.isYAMLBlank, scalar != "\n" {
        if single && scalar == "'" {
          guard cursor.peek(1) == "'" else { break }
          text.append(UInt8(ascii: "'"))
          cursor.advance(scalars: 2)
        } else if !single && scalar == "\"" {
          break
        } else if !single && scalar == "\\" {
          if cursor.peek(1) == "\n" {
            cursor.advance(scalars: 2)
            try checkContinuation(&cursor, quoteAt: start, blockIndent: blockIndent, source: source)
            escapedBreak = true
            break
          }
          text.appendUTF8(try YAMLEscapes.scan(&cursor, source: source))
        } else {
          text.appendUTF8(scalar)
          cursor.advance()
        }
      }
      if cursor.peek() == quote {
        cursor.advance()
        return String(decoding: text, as: UTF8.self)
      }
      var spaces: [UInt8] = []
      var breaks = 0
      while let scalar = cursor.peek(), scalar.isYAMLBlank || scalar == "\n" {
        cursor.advance()
        if scalar == "\n" {
          breaks += 1
          try checkContinuation(&cursor, quoteAt: start, blockIndent: blockIndent, source: source)
        } else if breaks == 0 && !escapedBreak {
          spaces.appendUTF8(scalar)
        }
      }
      if escapedBreak {
        text.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: breaks))
      } else if breaks == 1 {
        text.append(UInt8(ascii: " "))
      } else if breaks > 1 {
        text.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: breaks - 1))
      } else {
        text.append(contentsOf: spaces)
      }
    }
  }

  /// Checks the line the cursor starts: inside a block collection it must be indented more
  /// than the collection, with spaces. A line that is not is most likely the next entry after
  /// a quote left open, so that is what the error says.
  private static func checkContinuation(
    _ cursor: inout TextCursor, quoteAt start: TextPosition, blockIndent: Int, source: SourceText
  ) throws(Diagnostic) {
    var spaces = 0
    while cursor.peek(spaces) == " " { spaces += 1 }
    guard spaces <= blockIndent else { return }
    var mark = cursor.position
    mark.column += spaces
    switch cursor.peek(spaces) {
    case "\t": throw source.tabIndentationError(at: mark)
    case nil, "\n": return
    default:
      let quote = Character(Unicode.Scalar(cursor.bytes[start.offset]))
      throw source.error(
        "引号没有闭合", at: start,
        hint: "在文本末尾补上 \(quote)；如果文本要换行，第 \(mark.line) 行要缩进得比上一层深。")
    }
  }

  private static func unclosed(_ start: TextPosition, quote: Unicode.Scalar, source: SourceText)
    -> Diagnostic
  {
    let hint =
      quote == "'"
      ? "在文本末尾补上 '；文本里的单引号要写成两个（''）。"
      : "在文本末尾补上 \"；文本里的双引号要写成 \\\"。"
    return source.error("引号没有闭合", at: start, hint: hint)
  }
}
