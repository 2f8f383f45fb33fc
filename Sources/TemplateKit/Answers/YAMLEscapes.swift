/// The backslash escapes of YAML's double-quoted scalars.
enum YAMLEscapes {
  /// Single-character escapes: `\n` and the like.
  private static let simple: [Unicode.Scalar: Unicode.Scalar] = [
    "0": "\u{0}", "a": "\u{7}", "b": "\u{8}", "t": "\t", "\t": "\t", "n": "\n", "v": "\u{B}",
    "f": "\u{C}", "r": "\r", "e": "\u{1B}", " ": " ", "\"": "\"", "/": "/", "\\": "\\",
    "N": "\u{85}", "_": "\u{A0}", "L": "\u{2028}", "P": "\u{2029}",
  ]

  /// Reads the escape whose backslash is at the cursor and returns the character it stands for.
  static func scan(_ cursor: inout TextCursor, source: SourceText) throws(Diagnostic)
    -> Unicode.Scalar
  {
    let start = cursor.position
    guard let letter = cursor.peek(1) else {
      throw source.error("引号没有闭合", at: start, hint: "在文本末尾补上 \"。")
    }
    if let scalar = simple[letter] {
      cursor.advance(scalars: 2)
      return scalar
    }
    let digits: Int
    switch letter {
    case "x": digits = 2
    case "u": digits = 4
    case "U": digits = 8
    default:
      throw source.error(
        "无效的转义“\\\(letter)”", at: start,
        hint: "双引号里的反斜杠要写成 \\\\；单引号不用转义，直接写 '。")
    }
    var value: UInt32 = 0
    for offset in 2..<(2 + digits) {
      guard let digit = cursor.peek(offset), let number = digit.hexDigitValue else {
        throw source.error(
          "转义“\\\(letter)”后面要有 \(digits) 位十六进制数字", at: start,
          hint: "例如 \\x41、\\u515A、\\U0001F600。")
      }
      value = value << 4 | number
    }
    guard let scalar = Unicode.Scalar(value) else {
      throw source.error(
        "转义“\\\(letter)”写的不是有效的 Unicode 字符", at: start,
        hint: "代理项（D800–DFFF）和超过 10FFFF 的值都不是字符。")
    }
    cursor.advance(scalars: 2 + digits)
    return scalar
  }
}
