/// A piece of template source, as the lexer cuts it: text, or one of the delimited forms.
struct Chunk: Sendable {
  enum Kind: Equatable, Sendable {
    /// Literal text, written as is (after the parser lays out its lines).
    case text
    /// `{{ expression }}`: a value to print.
    case output
    /// `{% tag … %}`: a statement.
    case tag
    /// `{? … ?}` opens and closes an optional clause.
    case clauseOpen
    case clauseClose
  }

  var kind: Kind
  /// The content: for text the text itself, for `{{ }}` and `{% %}` what lies between the
  /// delimiters.
  var bytes: ArraySlice<UInt8>
  /// Where the chunk starts (its opening delimiter).
  var start: TextPosition
  /// Where its content starts.
  var contentStart: TextPosition
}

/// Cuts template source into chunks: text, `{{ … }}`, `{% … %}`, `{? … ?}`; drops `{# … #}`
/// comments. Positions are tracked as it goes.
struct Lexer {
  private let source: TemplateSource
  private var bytes: ArraySlice<UInt8> { source.bytes }
  private var cursor: TextCursor
  /// How many `{?` are open: `?}` closes a clause only inside one and is text elsewhere.
  private var openClauses = 0

  init(_ source: TemplateSource) {
    self.source = source
    self.cursor = TextCursor(source.bytes, at: source.origin)
  }

  /// All chunks of the source, in order.
  static func chunks(of source: TemplateSource) throws -> [Chunk] {
    var lexer = Lexer(source)
    var chunks: [Chunk] = []
    while let chunk = try lexer.next() { chunks.append(chunk) }
    return chunks
  }

  /// The next chunk, or nil at the end.
  mutating func next() throws -> Chunk? {
    while cursor.offset < bytes.endIndex {
      let start = cursor.position
      if let delimiter = delimiter(at: cursor.offset) {
        switch delimiter {
        case .comment:
          try skipComment(from: start)
          continue
        case .clauseOpen:
          cursor.advance(bytes: 2)
          openClauses += 1
          return Chunk(kind: .clauseOpen, bytes: [], start: start, contentStart: cursor.position)
        case .clauseClose:
          cursor.advance(bytes: 2)
          openClauses -= 1
          return Chunk(kind: .clauseClose, bytes: [], start: start, contentStart: cursor.position)
        case .output, .tag:
          return try delimited(delimiter == .output ? .output : .tag, from: start)
        }
      }
      return text(from: start)
    }
    return nil
  }

  private enum Delimiter { case output, tag, comment, clauseOpen, clauseClose }

  private func delimiter(at index: Int) -> Delimiter? {
    guard index + 1 < bytes.endIndex else { return nil }
    let first = bytes[index]
    let second = bytes[index + 1]
    if first == UInt8(ascii: "{") {
      switch second {
      case UInt8(ascii: "{"): return .output
      case UInt8(ascii: "%"): return .tag
      case UInt8(ascii: "#"): return .comment
      case UInt8(ascii: "?"): return .clauseOpen
      default: return nil
      }
    }
    if first == UInt8(ascii: "?"), second == UInt8(ascii: "}"), openClauses > 0 {
      return .clauseClose
    }
    return nil
  }

  private mutating func text(from start: TextPosition) -> Chunk {
    let begin = cursor.offset
    cursor.advance(bytes: 1)
    while cursor.offset < bytes.endIndex, delimiter(at: cursor.offset) == nil {
      cursor.advance(bytes: 1)
    }
    return Chunk(
      kind: .text, bytes: bytes[begin..<cursor.offset], start: start, contentStart: start)
  }

  /// `{{ … }}` or `{% … %}`: scans to the closing delimiter, stepping over quoted strings so
  /// that `{{ "}}" }}` works.
  private mutating func delimited(_ kind: Chunk.Kind, from start: TextPosition) throws -> Chunk {
    let closer = kind == .output ? UInt8(ascii: "}") : UInt8(ascii: "%")
    cursor.advance(bytes: 2)
    let contentStart = cursor.position
    let begin = cursor.offset
    var quote: UInt8? = nil
    while cursor.offset < bytes.endIndex {
      let byte = bytes[cursor.offset]
      if let open = quote {
        if byte == UInt8(ascii: "\\") {
          cursor.advance(bytes: 1)
        } else if byte == open {
          quote = nil
        }
      } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
        quote = byte
      } else if byte == closer, cursor.offset + 1 < bytes.endIndex,
        bytes[cursor.offset + 1] == UInt8(ascii: "}")
      {
        let content = bytes[begin..<cursor.offset]
        cursor.advance(bytes: 2)
        return Chunk(kind: kind, bytes: content, start: start, contentStart: contentStart)
      } else if byte == UInt8(ascii: "{"),
        delimiter(at: cursor.offset) == .output || delimiter(at: cursor.offset) == .tag
      {
        // A tag may span lines, but expressions hold no braces: one left open has run
        // into the next tag, and is reported where it opened.
        break
      }
      cursor.advance(bytes: 1)
    }
    let (open, close) = kind == .output ? ("{{", "}}") : ("{%", "%}")
    throw source.error(
      "“\(open)”没有对应的“\(close)”", at: start,
      hint: quote != nil ? "其中的引号没有闭合。" : "在表达式或标签末尾补上“\(close)”。")
  }

  private mutating func skipComment(from start: TextPosition) throws {
    cursor.advance(bytes: 2)
    while cursor.offset + 1 < bytes.endIndex {
      if bytes[cursor.offset] == UInt8(ascii: "#"), bytes[cursor.offset + 1] == UInt8(ascii: "}") {
        cursor.advance(bytes: 2)
        return
      }
      cursor.advance(bytes: 1)
    }
    throw source.error("注释“{#”没有对应的“#}”", at: start, hint: "在注释末尾补上“#}”。")
  }
}
