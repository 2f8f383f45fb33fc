#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Numbers as reports print them: Arabic digits (GB/T 15835), no exponent, no trailing `.0`.
public enum NumberFormatting {
  /// `value` with exactly `decimals` digits after the point, correctly rounded (as C's `%.*f`
  /// and Python's `'%.2f'` do): 3012.5 → "3012.50".
  public static func fixed(_ value: Double, decimals: Int) -> String {
    guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-∞" : "∞") }
    return exactlyRounded(value, decimals: decimals) ?? printed(value, decimals: decimals)
  }

  /// `fixed` for the usual cases (up to 3 decimals, magnitudes below 2^53), without going
  /// through C's variadic `printf`: the value is m·2^e exactly, so m·10^d·2^e is rounded to an
  /// integer, ties to even — as `printf` rounds the exact binary value.
  private static func exactlyRounded(_ value: Double, decimals: Int) -> String? {
    guard (0...3).contains(decimals) else { return nil }
    let magnitude = value.magnitude
    let sign = value.sign == .minus ? "-" : ""
    var scale: UInt64 = 1
    for _ in 0..<decimals { scale *= 10 }
    let digits: UInt64
    if magnitude == 0 {
      digits = 0
    } else {
      guard magnitude.isNormal, magnitude < 9_007_199_254_740_992 else { return nil }
      let significand = (UInt64(1) << 52) | magnitude.significandBitPattern
      let exponent = Int(magnitude.exponent) - 52
      if exponent >= 0 {
        digits = (significand << UInt64(exponent)) * scale
      } else {
        let scaled = significand * scale  // below 2^63
        let shift = -exponent
        if shift >= 64 {
          digits = 0
        } else {
          let whole = scaled >> UInt64(shift)
          let remainder = scaled & ((UInt64(1) << UInt64(shift)) - 1)
          let half = UInt64(1) << UInt64(shift - 1)
          let roundsUp = remainder > half || (remainder == half && whole & 1 == 1)
          digits = whole + (roundsUp ? 1 : 0)
        }
      }
    }
    let integer = String(digits / scale)
    guard decimals > 0 else { return sign + integer }
    let fraction = String(digits % scale)
    return sign + integer + "." + String(repeating: "0", count: decimals - fraction.count)
      + fraction
  }

  /// `fixed` by C's `%.*f`, for what `exactlyRounded` does not cover.
  private static func printed(_ value: Double, decimals: Int) -> String {
    let places = Int32(min(max(decimals, 0), 20))
    var buffer = [CChar](repeating: 0, count: 512)
    let written = withVaList([places, value]) { arguments in
      vsnprintf(&buffer, buffer.count, "%.*f", arguments)
    }
    guard written > 0, written < buffer.count else { return String(value) }
    return String(
      decoding: buffer.prefix(Int(written)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// The shortest text that reads back as `value`, without an exponent: 3.5 → "3.5",
  /// 12.0 → "12", 0.00001 → "0.00001".
  public static func plain(_ value: Double) -> String {
    if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
      return String(Int(value))
    }
    let shortest = String(value)
    guard shortest.contains("e") else { return shortest }
    // Widen until the fixed form reads back exactly.
    for decimals in 0...20 {
      let text = fixed(value, decimals: decimals)
      if Double(text) == value { return text }
    }
    return shortest
  }
}
