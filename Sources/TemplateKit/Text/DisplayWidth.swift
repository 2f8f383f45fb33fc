/// How many terminal columns a character takes: two for East Asian wide and fullwidth
/// characters (汉字, fullwidth punctuation), none for combining marks, one otherwise.
public enum DisplayWidth {
  /// The width of one scalar.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v == 0 { return 0 }
    if (0x0300...0x036F).contains(v) || (0x200B...0x200F).contains(v) { return 0 }
    if isWide(v) { return 2 }
    return 1
  }

  /// The width of a whole string.
  public static func of(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { $0 + of($1) }
  }

  private static func isWide(_ v: UInt32) -> Bool {
    switch v {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
      return true
    default:
      return false
    }
  }
}
