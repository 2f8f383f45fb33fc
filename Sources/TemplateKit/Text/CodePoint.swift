/// How messages name a character that cannot be shown.
enum CodePoint {
  /// `U+0007`: at least four hex digits, upper case.
  static func name(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}
