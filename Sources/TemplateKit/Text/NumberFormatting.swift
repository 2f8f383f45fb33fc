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
    for decimals in 1...20 {
      let text = fixed(value, decimals: decimals)
      if Double(text) == value { return text }
    }
    return shortest
  }
}
