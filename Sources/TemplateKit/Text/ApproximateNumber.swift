/// A number written with a word that says it is not exact, as offices write what they did not
/// tally one by one: `120余`, `3000多`, `近100`, `约50`, `超200`, `逾30`. Such a value is
/// answered (not missing) and printed as written; number filters keep the word in its place
/// (`近100 | cn` → 近一百, `35000余 | wan` → 3.5万余元).
public struct ApproximateNumber: Sendable, Equatable {
  /// The word before the number (近, 约, 超, 逾, 超过, 将近, 大约), or "".
  public var prefix: String
  /// The number itself.
  public var value: Double
  /// The word after it (余, 多), or "".
  public var suffix: String

  static let prefixes = ["将近", "超过", "大约", "近", "约", "超", "逾"]
  static let suffixes = ["余", "多"]

  /// Reads `text`: Arabic digits (a decimal point allowed) with one qualifying word before or
  /// after them; nil for anything else, plain numbers included.
  public init?(parsing text: String) {
    var rest = Substring(text.trimmingWhitespace)
    let prefix = Self.prefixes.first { rest.hasPrefix($0) } ?? ""
    rest = rest.dropFirst(prefix.count)
    let suffix = Self.suffixes.first { rest.hasSuffix($0) } ?? ""
    rest = rest.dropLast(suffix.count)
    guard prefix.isEmpty != suffix.isEmpty, !rest.isEmpty,
      rest.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
      rest.first != ".", rest.last != ".", let value = Double(rest), value.isFinite
    else { return nil }
    self.prefix = prefix
    self.value = value
    self.suffix = suffix
  }

  /// Whether the number is whole, as a count's must be.
  public var isWhole: Bool { value == value.rounded() && abs(value) < 1e15 }

  /// `number` (the number written some other way) with this one's qualifying words around it;
  /// `unit` goes after a suffix word (3.5万 + 余 + 元).
  public func qualifying(_ number: String, unit: String = "") -> String {
    prefix + number + suffix + unit
  }
}
