/// Reads a `|` (literal) or `>` (folded) block scalar: its header (chomping `-`/`+`, an
/// indentation indicator 1–9) and the more-indented lines below it.
enum YAMLBlockScalar {
  /// Reads the block scalar whose indicator is at the cursor. `blockIndent` is the column
  /// (from 0) of the enclosing block collection, -1 at the top.
  static func scan(_ cursor: inout TextCursor, blockIndent: Int, source: SourceText)
    throws(Diagnostic)
    -> String
  {
    let start = cursor.position
    let literal = cursor.peek() == "|"
    cursor.advance()
    let header = try scanHeader(&cursor, source: source)
    var indent: Int? = nil
    if header.increment > 0 {
      guard blockIndent >= 0 else {
        throw source.error(
          "最外层的块标量不支持缩进指示符", at: start,
          hint: "去掉“\(literal ? "|" : ">")”后面的数字。")
      }
      indent = blockIndent + header.increment
    }
    var text: [UInt8] = []
    var trailingBreaks = 0
    try scanBreaks(
      &cursor, indent: &indent, breaks: &trailingBreaks, minimum: blockIndent + 1,
      source: source)
    let contentIndent = indent ?? 0
    var afterBreak = false
    var previousMoreIndented = false
    while cursor.position.column - 1 == contentIndent, let first = cursor.peek() {
      if contentIndent == 0 && cursor.isAtDocumentMarker { break }
      let moreIndented = first.isYAMLBlank
      if !literal && afterBreak && !previousMoreIndented && !moreIndented {
        if trailingBreaks == 0 { text.append(UInt8(ascii: " ")) }
      } else if afterBreak {
        text.append(UInt8(ascii: "\n"))
      }
      text.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: trailingBreaks))
      trailingBreaks = 0
      previousMoreIndented = moreIndented
      let lineStart = cursor.offset
      while let byte = cursor.byte(), byte != UInt8(ascii: "\n") { cursor.advance() }
      text.append(contentsOf: cursor.bytes[lineStart..<cursor.offset])
      guard cursor.peek() == "\n" else {
        afterBreak = false
        break
      }
      cursor.advance()
      afterBreak = true
      try scanBreaks(
        &cursor, indent: &indent, breaks: &trailingBreaks, minimum: blockIndent + 1,
        source: source)
    }
    if header.chomping != .strip && afterBreak { text.append(UInt8(ascii: "\n")) }
    if header.chomping == .keep {
      text.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: trailingBreaks))
    }
    return String(decoding: text, as: UTF8.self)
  }

  private enum Chomping {
    case clip, strip, keep
  }

  /// Reads `-`/`+` and a digit in either order, an optional comment, and the line break.
  private static func scanHeader(_ cursor: inout TextCursor, source: SourceText) throws(Diagnostic)
    -> (
      chomping: Chomping, increment: Int
    )
  {
    var chomping = Chomping.clip
    var increment = 0
    for _ in 0..<2 {
      guard let scalar = cursor.peek() else { break }
      if chomping == .clip && (scalar == "-" || scalar == "+") {
        chomping = scalar == "-" ? .strip : .keep
      } else if increment == 0, ("0"..."9").contains(scalar) {
        guard scalar != "0" else {
          throw source.error(
            "块标量的缩进指示符不能是 0", at: cursor.position, hint: "写 1 到 9，或者去掉这个数字。")
        }
        increment = Int(scalar.value) - 48
      } else {
        break
      }
      cursor.advance()
    }
    var sawBlank = false
    while let scalar = cursor.peek(), scalar.isYAMLBlank {
      sawBlank = true
      cursor.advance()
    }
    if cursor.peek() == "#" && sawBlank {
      while let scalar = cursor.peek(), scalar != "\n" { cursor.advance() }
    }
    if let scalar = cursor.peek(), scalar != "\n" {
      throw source.error(
        "块标量的“|”或“>”后面只能写注释", at: cursor.position,
        hint: "把内容写到下一行并缩进；注释的“#”前面要有空格。")
    }
    cursor.advance()
    return (chomping, increment)
  }

  /// Reads empty lines and the indentation of the next line, counting the line breaks. With no
  /// `indent` yet, sets it from the first line with content (at least `minimum`, the
  /// enclosing block's column plus one; with no such line, the deepest empty line).
  private static func scanBreaks(
    _ cursor: inout TextCursor, indent: inout Int?, breaks: inout Int, minimum: Int,
    source: SourceText
  ) throws(Diagnostic) {
    var deepestEmptyLine = 0
    var deepestEmptyLineMark = cursor.position
    while true {
      while cursor.peek() == " ", indent.map({ cursor.position.column - 1 < $0 }) ?? true {
        cursor.advance()
      }
      let column = cursor.position.column - 1
      if cursor.peek() == "\t", column < (indent ?? minimum) {
        throw source.tabIndentationError(at: cursor.position)
      }
      guard cursor.peek() == "\n" else { break }
      if column > deepestEmptyLine {
        deepestEmptyLine = column
        deepestEmptyLineMark = cursor.position
      }
      cursor.advance()
      breaks += 1
    }
    guard indent == nil else { return }
    let column = cursor.position.column - 1
    if !cursor.isAtEnd && column >= minimum {
      if deepestEmptyLine > column {
        throw source.error(
          "块标量开头的空行比第一行内容缩进得多", at: deepestEmptyLineMark,
          hint: "删掉这些空行里多余的空格，或者用缩进指示符（如“|2”）写明缩进。")
      }
      indent = column
    } else {
      indent = max(deepestEmptyLine, minimum)
    }
  }
}
