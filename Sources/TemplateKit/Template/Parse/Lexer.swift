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
  var start: SourcePosition
  /// Where its content starts.
  var contentStart: SourcePosition
}

/// Cuts template source into chunks: text, `{{ … }}`, `{% … %}`, `{? … ?}`; drops `{# … #}`
/// comments. Positions are tracked as it goes.
struct Lexer {
  private let source: TemplateSource
  private var bytes: [UInt8] { source.bytes }
  private var offset = 0
  private var position: SourcePosition
  /// How many `{?` are open: `?}` closes a clause only inside one and is text elsewhere.
  private var openClauses = 0

  init(_ source: TemplateSource) {
    self.source = source
    self.position = source.origin
  }

  /// All chunks of the source, in order.
  static func chunks(of source: TemplateSource) throws(Diagnostic) -> [Chunk] {
    var lexer = Lexer(source)
    var chunks: [Chunk] = []
    while let chunk = try lexer.next() { chunks.append(chunk) }
    return chunks
  }

  /// The next chunk, or nil at the end.
  mutating func next() throws(Diagnostic) -> Chunk? {
    while offset < bytes.count {
      let start = position
      if let delimiter = delimiter(at: offset) {
        switch delimiter {
        case .comment:
          try skipComment(from: start)
          continue
        case .clauseOpen:
          advance(by: 2)
          openClauses += 1
          return Chunk(kind: .clauseOpen, bytes: [], start: start, contentStart: position)
        case .clauseClose:
          advance(by: 2)
          openClauses -= 1
          return Chunk(kind: .clauseClose, bytes: [], start: start, contentStart: position)
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
    guard index + 1 < bytes.count else { return nil }
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

  private mutating func text(from start: SourcePosition) -> Chunk {
    let begin = offset
    advance(by: 1)
    while offset < bytes.count, delimiter(at: offset) == nil { advance(by: 1) }
    return Chunk(kind: .text, bytes: bytes[begin..<offset], start: start, contentStart: start)
  }

  /// `{{ … }}` or `{% … %}`: scans to the closing delimiter, stepping over quoted strings so
  /// that `{{ "}}" }}` works.
  private mutating func delimited(_ kind: Chunk.Kind, from start: SourcePosition) throws(Diagnostic)
    -> Chunk
  {
    let closer = kind == .output ? UInt8(ascii: "}") : UInt8(ascii: "%")
    advance(by: 2)
    let contentStart = position
    let begin = offset
    var quote: UInt8? = nil
    while offset < bytes.count {
      let byte = bytes[offset]
      if let open = quote {
        if byte == UInt8(ascii: "\\") {
          advance(by: 1)
        } else if byte == open {
          quote = nil
        }
      } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
        quote = byte
      } else if byte == closer, offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "}") {
        let content = bytes[begin..<offset]
        advance(by: 2)
        return Chunk(kind: kind, bytes: content, start: start, contentStart: contentStart)
      } else if byte == UInt8(ascii: "{"),
        delimiter(at: offset) == .output || delimiter(at: offset) == .tag
      {
        // A tag may span lines, but expressions hold no braces: one left open has run
        // into the next tag, and is reported where it opened.
        break
      }
      advance(by: 1)
    }
    let (open, close) = kind == .output ? ("{{", "}}") : ("{%", "%}")
    throw source.error(
      "“\(open)”没有对应的“\(close)”", at: start,
      hint: quote != nil ? "其中的引号没有闭合。" : "在表达式或标签末尾补上“\(close)”。")
  }

  private mutating func skipComment(from start: SourcePosition) throws(Diagnostic) {
    advance(by: 2)
    while offset + 1 < bytes.count {
      if bytes[offset] == UInt8(ascii: "#"), bytes[offset + 1] == UInt8(ascii: "}") {
        advance(by: 2)
        return
      }
      advance(by: 1)
    }
    throw source.error("注释“{#”没有对应的“#}”", at: start, hint: "在注释末尾补上“#}”。")
  }

  /// Moves `count` bytes on, keeping the line and column (in scalars) up to date.
  private mutating func advance(by count: Int) {
    for _ in 0..<count where offset < bytes.count {
      position.advance(over: bytes[offset])
      offset += 1
    }
  }
}
