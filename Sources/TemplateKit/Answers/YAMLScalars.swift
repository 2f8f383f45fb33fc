/// YAML 1.2's core schema: what type a plain scalar's text stands for.
///
/// `~`, `null`, `Null`, `NULL` and the empty scalar are null; `true`, `True`, `TRUE` (and the
/// same for false) are booleans; `[-+]?[0-9]+`, `0o17` and `0x1F` are integers; decimal and
/// exponent forms, `.inf` and `.nan` in their three spellings are floats; everything else is
/// text — including dates such as `2023-07-02`.
enum YAMLScalars {
  /// The value of a plain scalar, or nil for a number out of range (an integer beyond 64 bits,
  /// a float too large for a double): refused rather than read wrong.
  static func value(ofPlain text: String) -> Value? {
    // Most answers are Chinese text: only a scalar starting with one of these can be anything
    // but text, so the rest are settled by their first byte.
    guard let first = text.utf8.first else { return .null }
    switch first {
    case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"),
      UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "."),
      UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      break
    default:
      return .string(text)
    }
    switch text {
    case "", "~", "null", "Null", "NULL": return .null
    case "true", "True", "TRUE": return .bool(true)
    case "false", "False", "FALSE": return .bool(false)
    case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .double(.infinity)
    case "-.inf", "-.Inf", "-.INF": return .double(-.infinity)
    case ".nan", ".NaN", ".NAN": return .double(.nan)
    default: break
    }
    let scalars = Array(text.unicodeScalars)
    if let integer = integer(scalars) { return integer.map(Value.int) }
    if isFloat(scalars) {
      guard let number = Double(text), number.isFinite else { return nil }
      return .double(number)
    }
    return .string(text)
  }

  /// The key a plain scalar names, the way JSON writes it: text as it is, and integers in
  /// plain decimal and `true`/`false` as written (JSON's `"2021"`). Nil for keys whose JSON
  /// form would differ from what was written (null, floats, `0x1F`, `+1`, `True`), which the
  /// reader refuses rather than guess.
  static func key(plain text: String) -> String? {
    switch value(ofPlain: text) {
    case .string(let key): key
    case .int(let number) where String(number) == text: text
    case .bool where text == "true" || text == "false": text
    default: nil
    }
  }

  /// For integer forms, the value (nil inside when out of range); nil for other text.
  private static func integer(_ scalars: [Unicode.Scalar]) -> Int?? {
    if scalars.count > 2, scalars[0] == "0", scalars[1] == "o" || scalars[1] == "x" {
      let radix = scalars[1] == "o" ? 8 : 16
      let digits = String(String.UnicodeScalarView(scalars.dropFirst(2)))
      guard digits.unicodeScalars.allSatisfy({ isDigit($0, radix: radix) }) else { return nil }
      return .some(Int(digits, radix: radix))
    }
    let unsigned = scalars.first == "-" || scalars.first == "+" ? scalars.dropFirst() : scalars[...]
    guard !unsigned.isEmpty, unsigned.allSatisfy({ isDigit($0, radix: 10) }) else { return nil }
    return .some(Int(String(String.UnicodeScalarView(scalars))))
  }

  /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`
  private static func isFloat(_ scalars: [Unicode.Scalar]) -> Bool {
    var index = scalars.first == "-" || scalars.first == "+" ? 1 : 0
    func digits() -> Int {
      let start = index
      while index < scalars.count, isDigit(scalars[index], radix: 10) { index += 1 }
      return index - start
    }
    let whole = digits()
    if index < scalars.count, scalars[index] == "." {
      index += 1
      guard digits() > 0 || whole > 0 else { return false }
    } else if whole == 0 {
      return false
    }
    if index < scalars.count, scalars[index] == "e" || scalars[index] == "E" {
      index += 1
      if index < scalars.count, scalars[index] == "-" || scalars[index] == "+" { index += 1 }
      guard digits() > 0 else { return false }
    }
    return index == scalars.count
  }

  private static func isDigit(_ scalar: Unicode.Scalar, radix: Int) -> Bool {
    switch scalar {
    case "0"..."7": true
    case "8", "9": radix >= 10
    case "a"..."f", "A"..."F": radix == 16
    default: false
    }
  }
}
