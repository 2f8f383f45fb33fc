/// Reads a plain (unquoted) scalar: the text up to `: `, ` #`, the end of the line — or, over
/// several lines, as long as the following lines are indented more than the enclosing block.
/// Line breaks fold into spaces; an empty line stands for a line break.
enum YAMLPlainScalar {
  /// Reads the scalar at the cursor. `blockIndent` is the column (from 0) of the innermost
  /// block collection, -1 at the top. Returns the text and whether the scanner ended up on a
  /// later line than the one the scalar ended on.
  static func scan(_ cursor: inout TextCursor, blockIndent: Int, inFlow: Bool) -> (
    text: String, endedAfterBreak: Bool
  ) {
    var text: [UInt8] = []
    var spaces: [UInt8] = []
    var breaks = 0
    let minimumColumn = blockIndent + 1
    scanning: while true {
      if cursor.isAtDocumentMarker || cursor.byte() == UInt8(ascii: "#") { break }
      // The run of non-blank characters is found first, then added to the text at once.
      let runStart = cursor.offset
      while let byte = cursor.byte(), byte != UInt8(ascii: " "), byte != UInt8(ascii: "\t"),
        byte != UInt8(ascii: "\n")
      {
        if byte == UInt8(ascii: ":") && endsPlainScalar(after: cursor.peek(1), inFlow: inFlow) {
          break
        }
        if inFlow && byte < 0x80 && Unicode.Scalar(byte).isYAMLFlowIndicator { break }
        cursor.advance()
      }
      if cursor.offset > runStart {
        if breaks == 1 {
          text.append(UInt8(ascii: " "))
        } else if breaks > 1 {
          text.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: breaks - 1))
        } else {
          text.append(contentsOf: spaces)
        }
        breaks = 0
        spaces.removeAll()
        text.append(contentsOf: cursor.bytes[runStart..<cursor.offset])
      }
      guard let stop = cursor.peek(), stop.isYAMLBlank || stop == "\n" else { break }
      while let scalar = cursor.peek(), scalar.isYAMLBlank || scalar == "\n" {
        if scalar == "\n" {
          breaks += 1
          spaces.removeAll()
        } else if breaks > 0 {
          // A tab inside the indentation the next line needs: that line cannot continue
          // this scalar (the caller decides whether it is a blank line or an error).
          if scalar == "\t" && cursor.position.column - 1 < minimumColumn { break scanning }
        } else {
          spaces.appendUTF8(scalar)
        }
        cursor.advance()
      }
      if breaks > 0 && cursor.position.column - 1 < minimumColumn { break }
    }
    return (String(decoding: text, as: UTF8.self), breaks > 0)
  }

  /// Whether a `:` followed by `next` ends a plain scalar (and is a mapping's value indicator).
  static func endsPlainScalar(after next: Unicode.Scalar?, inFlow: Bool) -> Bool {
    next.isYAMLBlankOrBreakOrEnd || (inFlow && next?.isYAMLFlowIndicator == true)
  }

  /// Whether a plain scalar may start with `first` followed by `next`: not with an indicator,
  /// except `-`, `?` and `:` when a safe character follows.
  static func canStart(with first: Unicode.Scalar, next: Unicode.Scalar?, inFlow: Bool) -> Bool {
    if first.isYAMLBlank || first == "\n" { return false }
    if !first.isYAMLIndicator { return true }
    guard first == "-" || first == "?" || first == ":" else { return false }
    guard let next, !next.isYAMLBlank, next != "\n" else { return false }
    return !(inFlow && next.isYAMLFlowIndicator)
  }
}
