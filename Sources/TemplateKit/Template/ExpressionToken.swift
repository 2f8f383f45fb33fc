/// A token inside `{{ … }}` or `{% … %}`.
struct ExpressionToken: Equatable, Sendable {
  enum Kind: Equatable, Sendable {
    /// A name: a field (`单位`, `统计`), a keyword (`if`, `and`), a filter.
    case name(String)
    case integer(Int)
    case decimal(Double)
    case string(String)
    /// Punctuation and operators: `.` `[` `]` `(` `)` `|` `,` `=` `==` `!=` `<` `<=` `>` `>=`
    /// `+` `-` `*` `/`.
    case symbol(String)
    case end
  }

  var kind: Kind
  var position: TextPosition

  /// The token as users would recognise it in a message.
  var display: String {
    switch kind {
    case .name(let name): "“\(name)”"
    case .integer(let value): "“\(value)”"
    case .decimal(let value): "“\(value)”"
    case .string(let text): "“\"\(text)\"”"
    case .symbol(let symbol): "“\(symbol)”"
    case .end: "结尾"
    }
  }
}

/// Cuts the content of a tag or `{{ }}` into tokens. Names may be Chinese; fullwidth
/// punctuation where ASCII is meant (`。` for `.`, `（` for `(`) is caught with a hint.
struct ExpressionScanner {
  private let source: TemplateSource
  private var bytes: ArraySlice<UInt8> { cursor.bytes }
  private var cursor: TextCursor
  private var index: Int { cursor.offset }
  private var position: TextPosition { cursor.position }

  init(_ chunk: Chunk, in source: TemplateSource) {
    self.source = source
    self.cursor = TextCursor(chunk.bytes, at: chunk.contentStart)
  }

  /// Every token of the content, ending with `.end`.
  static func tokens(of chunk: Chunk, in source: TemplateSource) throws -> [ExpressionToken] {
    var scanner = ExpressionScanner(chunk, in: source)
    var tokens: [ExpressionToken] = []
    while true {
      let token = try scanner.next()
      tokens.append(token)
      if token.kind == .end { return tokens }
    }
  }

  private static let twoCharacterSymbols: Set<String> = ["==", "!=", "<=", ">="]
  private static let oneCharacterSymbols: Set<UInt8> = Set(".[]()|,=<>+-*/".utf8)

  mutating func next() throws -> ExpressionToken {
    skipSpaces()
    let start = position
    guard index < bytes.endIndex else { return ExpressionToken(kind: .end, position: start) }
    let byte = bytes[index]
    if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
      return ExpressionToken(kind: .string(try string(quote: byte)), position: start)
    }
    if isDigit(byte) { return try number(from: start) }
    if index + 1 < bytes.endIndex {
      let pair = String(decoding: bytes[index...index + 1], as: UTF8.self)
      if Self.twoCharacterSymbols.contains(pair) {
        advance(2)
        return ExpressionToken(kind: .symbol(pair), position: start)
      }
    }
    if Self.oneCharacterSymbols.contains(byte) {
      advance(1)
      return ExpressionToken(kind: .symbol(String(UnicodeScalar(byte))), position: start)
    }
    if byte == UInt8(ascii: "!") {
      throw source.error("不认识的符号“!”", at: start, hint: "“不等于”写作“!=”，“非”写作“not”。")
    }
    let name = try self.name(from: start)
    return ExpressionToken(kind: .name(name), position: start)
  }

  private mutating func skipSpaces() {
    while index < bytes.endIndex {
      let byte = bytes[index]
      if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
        || byte == UInt8(ascii: "\r")
      {
        advance(1)
      } else if cursor.peek()?.value == 0x3000 {
        cursor.advance()  // an ideographic space typed by a Chinese IME
      } else {
        return
      }
    }
  }

  private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  private mutating func number(from start: TextPosition) throws -> ExpressionToken {
    let begin = index
    while index < bytes.endIndex, isDigit(bytes[index]) { advance(1) }
    var isDecimal = false
    if index + 1 < bytes.endIndex, bytes[index] == UInt8(ascii: "."), isDigit(bytes[index + 1]) {
      isDecimal = true
      advance(1)
      while index < bytes.endIndex, isDigit(bytes[index]) { advance(1) }
    }
    let text = String(decoding: bytes[begin..<index], as: UTF8.self)
    if isDecimal, let value = Double(text) {
      return ExpressionToken(kind: .decimal(value), position: start)
    }
    guard let value = Int(text) else {
      throw source.error("数字“\(text)”太大", at: start)
    }
    return ExpressionToken(kind: .integer(value), position: start)
  }

  private mutating func string(quote: UInt8) throws -> String {
    let start = position
    advance(1)
    var text = [UInt8]()
    while index < bytes.endIndex {
      let byte = bytes[index]
      if byte == quote {
        advance(1)
        return String(decoding: text, as: UTF8.self)
      }
      if byte == UInt8(ascii: "\\"), index + 1 < bytes.endIndex {
        let escaped = bytes[index + 1]
        switch escaped {
        case UInt8(ascii: "n"): text.append(UInt8(ascii: "\n"))
        case UInt8(ascii: "t"): text.append(UInt8(ascii: "\t"))
        default: text.append(escaped)
        }
        advance(2)
        continue
      }
      text.append(byte)
      advance(1)
    }
    throw source.error("字符串的引号没有闭合", at: start, hint: "在字符串末尾补上引号。")
  }

  /// A name runs while characters are letters, digits, `_` or other non-punctuation
  /// characters (Chinese included).
  private mutating func name(from start: TextPosition) throws -> String {
    var text = ""
    while index < bytes.endIndex {
      guard let scalar = cursor.peek() else {
        throw source.error("模板中有无效的字符", at: position)
      }
      if scalar.isASCII {
        let byte = UInt8(scalar.value)
        let isNameByte =
          (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
          || (byte >= 0x61 && byte <= 0x7A) || byte == UInt8(ascii: "_")
        if isNameByte {
          text.unicodeScalars.append(scalar)
          advance(1)
          continue
        }
        if text.isEmpty {
          throw source.error("不认识的符号“\(Character(scalar))”", at: position)
        }
        break
      }
      if let intended = FullwidthPunctuation.intended(scalar) {
        throw source.error(
          "表达式中有全角标点“\(Character(scalar))”", at: position,
          hint: "表达式里的标点要用半角（英文）字符，这里应写作“\(intended)”。")
      }
      if FullwidthPunctuation.isPunctuation(scalar) {
        throw source.error(
          "表达式中有标点“\(Character(scalar))”", at: position,
          hint: "字段名只能由汉字、字母、数字和下划线组成。")
      }
      text.unicodeScalars.append(scalar)
      cursor.advance()
    }
    return text
  }

  private mutating func advance(_ count: Int) {
    cursor.advance(bytes: count)
  }
}
