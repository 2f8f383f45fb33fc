/// The character classes the YAML scanner asks about.
extension Unicode.Scalar {
  /// A space or a tab (YAML's “white space”).
  var isYAMLBlank: Bool { self == " " || self == "\t" }

  /// One of `, [ ] { }`, which end plain scalars inside flow collections.
  var isYAMLFlowIndicator: Bool {
    self == "," || self == "[" || self == "]" || self == "{" || self == "}"
  }

  /// One of YAML's indicator characters, which cannot start a plain scalar (except `-`, `?`
  /// and `:` followed by a safe character).
  var isYAMLIndicator: Bool {
    switch self {
    case "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%",
      "@", "`":
      true
    default: false
    }
  }
}

extension Unicode.Scalar {
  /// The value of a hexadecimal digit (`0`–`9`, `a`–`f`, `A`–`F`), or nil.
  var hexDigitValue: UInt32? {
    switch self {
    case "0"..."9": value - 48
    case "a"..."f": value - 87
    case "A"..."F": value - 55
    default: nil
    }
  }
}

extension Optional where Wrapped == Unicode.Scalar {
  /// Whether this is a space, a tab, a line break or the end of the text.
  var isYAMLBlankOrBreakOrEnd: Bool {
    guard let scalar = self else { return true }
    return scalar.isYAMLBlank || scalar == "\n"
  }
}

extension TextCursor {
  /// Whether the cursor stands at the start of a line on `---` or `...` followed by a space,
  /// a tab, a line break or the end: a document marker, which ends any scalar.
  var isAtDocumentMarker: Bool {
    mutating get {
      guard position.column == 1, let first = peek(), first == "-" || first == "." else {
        return false
      }
      return peek(1) == first && peek(2) == first && peek(3).isYAMLBlankOrBreakOrEnd
    }
  }
}
