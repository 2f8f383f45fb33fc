/// Reads JSON (RFC 8259) into values, with where each was written. Duplicate keys are
/// refused, and so is nesting deeper than `ValueBuilder.maximumDepth`. Numbers without a
/// fraction or exponent are integers (refused beyond 64 bits); others are doubles.
enum JSONReader {
  /// The one JSON value in `source`.
  static func read(_ source: SourceText) throws(Diagnostic) -> ReadValue {
    var parser = JSONParser(source: source)
    parser.skipWhitespace()
    guard !parser.isAtEnd else {
      throw source.error("文件是空的", at: .start, hint: "JSON 答案文件至少要写 {}。")
    }
    var value = try parser.value()
    parser.skipWhitespace()
    guard parser.isAtEnd else {
      throw source.error(
        "JSON 的值后面还有多余的内容", at: parser.mark, hint: "整个文件只能是一个 JSON 值（通常是 {…}）。")
    }
    value.steps = parser.steps
    return value
  }

  /// The JSON values written one after another in `source` (none for blank text), as the
  /// YAML test suite writes the documents of a stream.
  static func readAll(_ source: SourceText) throws(Diagnostic) -> [Value] {
    var parser = JSONParser(source: source)
    var values: [Value] = []
    parser.skipWhitespace()
    while !parser.isAtEnd {
      if let root = try parser.value().root { values.append(root) }
      parser.skipWhitespace()
    }
    return values
  }
}

/// The reading itself: iterative, with a stack of the open arrays and objects.
private struct JSONParser {
  let source: SourceText
  private var cursor: TextCursor

  init(source: SourceText) {
    self.source = source
    cursor = TextCursor(source.text)
  }

  var isAtEnd: Bool { cursor.isAtEnd }
  var mark: TextPosition { cursor.position }
  /// The steps the cursor took (`TextCursor.steps`).
  var steps: Int { cursor.steps }

  private enum Expectation {
    case value, valueOrEnd, key, keyOrEnd, commaOrEnd
  }

  mutating func skipWhitespace() {
    while let scalar = cursor.peek(), scalar == " " || scalar == "\t" || scalar == "\n" {
      cursor.advance()
    }
  }

  /// Reads one value (with all it contains) at the cursor.
  mutating func value() throws(Diagnostic) -> ReadValue {
    var builder = ValueBuilder(source: source)
    var openObjects: [Bool] = []
    var expectation = Expectation.value
    while true {
      skipWhitespace()
      let mark = cursor.position
      switch expectation {
      case .valueOrEnd, .keyOrEnd:
        if cursor.peek() == (expectation == .keyOrEnd ? "}" : "]") {
          cursor.advance()
          try builder.add(.collectionEnd)
          openObjects.removeLast()
          expectation = .commaOrEnd
        } else {
          expectation = expectation == .keyOrEnd ? .key : .value
        }
      case .key:
        guard cursor.peek() == "\"" else {
          throw source.error("这里应该是用双引号括起来的键", at: mark, hint: "JSON 的键要写成 \"键\"。")
        }
        try builder.add(.scalar(try string(), plain: false, at: mark, entry: nil))
        skipWhitespace()
        guard cursor.peek() == ":" else {
          throw source.error("键后面缺少冒号“:”", at: cursor.position, hint: "写成 \"键\": 值。")
        }
        cursor.advance()
        expectation = .value
      case .value:
        if let opening = cursor.peek(), opening == "{" || opening == "[" {
          guard openObjects.count < ValueBuilder.maximumDepth else {
            throw source.error(
              "嵌套太深（超过 \(ValueBuilder.maximumDepth) 层）", at: mark, hint: "检查括号是否配对。")
          }
          cursor.advance()
          openObjects.append(opening == "{")
          try builder.add(
            opening == "{"
              ? .mappingStart(at: mark, entry: nil) : .sequenceStart(at: mark, entry: nil))
          expectation = opening == "{" ? .keyOrEnd : .valueOrEnd
        } else {
          try builder.add(try scalar())
          expectation = .commaOrEnd
        }
      case .commaOrEnd:
        guard let inObject = openObjects.last else { return builder.result }
        switch cursor.peek() {
        case ",":
          cursor.advance()
          expectation = inObject ? .key : .value
        case "}" where inObject, "]" where !inObject:
          cursor.advance()
          try builder.add(.collectionEnd)
          openObjects.removeLast()
        default:
          throw source.error(
            "缺少逗号“,”或右括号“\(inObject ? "}" : "]")”", at: mark, hint: "各项之间要用逗号隔开。")
        }
      }
    }
  }

  /// A string, number, `true`, `false` or `null` at the cursor.
  private mutating func scalar() throws(Diagnostic) -> NodeEvent {
    let mark = cursor.position
    switch cursor.peek() {
    case "\""?:
      return .scalar(try string(), plain: false, at: mark, entry: nil)
    case "-"?, ("0"..."9")?:
      return .scalar(try number(), plain: true, at: mark, entry: nil)
    case "t"?, "f"?, "n"?:
      var word = ""
      while let scalar = cursor.peek(), ("a"..."z").contains(scalar) {
        word.unicodeScalars.append(scalar)
        cursor.advance()
      }
      guard word == "true" || word == "false" || word == "null" else {
        throw source.error("无效的 JSON 值“\(word)”", at: mark, hint: "文本要用双引号括起来。")
      }
      return .scalar(word, plain: true, at: mark, entry: nil)
    case nil:
      throw source.error("JSON 在这里意外结束", at: mark, hint: "检查括号和引号是否配对。")
    case "'"?:
      throw source.error("JSON 的文本要用双引号", at: mark, hint: "把单引号换成双引号。")
    default:
      throw source.error(
        "这里应该是 JSON 的值", at: mark, hint: "值可以是 \"文本\"、数字、true、false、null、[…] 或 {…}。")
    }
  }

  /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`, as written.
  private mutating func number() throws(Diagnostic) -> String {
    let mark = cursor.position
    var text = ""
    func take() {
      if let scalar = cursor.peek() { text.unicodeScalars.append(scalar) }
      cursor.advance()
    }
    func digits() -> Int {
      var count = 0
      while let scalar = cursor.peek(), ("0"..."9").contains(scalar) {
        take()
        count += 1
      }
      return count
    }
    // Made only when needed: a diagnostic quotes its line, and minified JSON is one long line.
    func invalid() -> Diagnostic {
      source.error("数字的写法不对", at: mark, hint: "JSON 的数字形如 12、-3、0.5、1e3。")
    }
    if cursor.peek() == "-" { take() }
    if cursor.peek() == "0" {
      take()
      if let next = cursor.peek(), ("0"..."9").contains(next) {
        throw source.error("JSON 的数字不能以 0 开头", at: mark, hint: "去掉开头的 0；编号之类请写成文本 \"012\"。")
      }
    } else if digits() == 0 {
      throw invalid()
    }
    if cursor.peek() == "." {
      take()
      guard digits() > 0 else { throw invalid() }
    }
    if cursor.peek() == "e" || cursor.peek() == "E" {
      take()
      if cursor.peek() == "+" || cursor.peek() == "-" { take() }
      guard digits() > 0 else { throw invalid() }
    }
    return text
  }

  /// A string at the cursor, its escapes decoded.
  private mutating func string() throws(Diagnostic) -> String {
    let start = cursor.position
    cursor.advance()
    var text: [UInt8] = []
    while true {
      guard let scalar = cursor.peek() else {
        throw source.error("引号没有闭合", at: start, hint: "在文本末尾补上 \"；文本里的双引号要写成 \\\"。")
      }
      if scalar == "\"" {
        cursor.advance()
        return String(decoding: text, as: UTF8.self)
      }
      if scalar.value < 0x20 {
        throw source.error(
          "JSON 的文本里不能直接换行或有控制字符", at: cursor.position,
          hint: scalar == "\n"
            ? "要换行请写成 \\n；如果是漏了右引号，请在文本末尾补上 \"。"
            : "换行写成 \\n，Tab 写成 \\t。")
      }
      if scalar == "\\" {
        text.appendUTF8(try escape())
      } else {
        text.appendUTF8(scalar)
        cursor.advance()
      }
    }
  }

  private mutating func escape() throws(Diagnostic) -> Unicode.Scalar {
    let mark = cursor.position
    cursor.advance()
    let letter = cursor.peek()
    cursor.advance()
    switch letter {
    case "\"": return "\""
    case "\\": return "\\"
    case "/": return "/"
    case "b": return "\u{8}"
    case "f": return "\u{C}"
    case "n": return "\n"
    case "r": return "\r"
    case "t": return "\t"
    case "u":
      let unit = try hexUnit(escapeAt: mark)
      if (0xD800...0xDBFF).contains(unit), cursor.peek() == "\\", cursor.peek(1) == "u" {
        cursor.advance(scalars: 2)
        let low = try hexUnit(escapeAt: mark)
        if (0xDC00...0xDFFF).contains(low),
          let scalar = Unicode.Scalar(0x10000 + (unit - 0xD800) << 10 + (low - 0xDC00))
        {
          return scalar
        }
      } else if let scalar = Unicode.Scalar(unit) {
        return scalar
      }
      throw source.error(
        "“\\u”转义写的不是有效的字符", at: mark, hint: "代理项（D800–DFFF）要成对出现：高位在前，低位在后。")
    default:
      throw source.error(
        "无效的转义“\\\(letter.map { String($0) } ?? "")”", at: mark,
        hint: "JSON 只有 \\\" \\\\ \\/ \\b \\f \\n \\r \\t 和 \\uXXXX 这些转义。")
    }
  }

  private mutating func hexUnit(escapeAt mark: TextPosition) throws(Diagnostic) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let digit = cursor.peek()?.hexDigitValue else {
        throw source.error("“\\u”后面要有 4 位十六进制数字", at: mark, hint: "例如 \\u515A。")
      }
      value = value << 4 | digit
      cursor.advance()
    }
    return value
  }
}
