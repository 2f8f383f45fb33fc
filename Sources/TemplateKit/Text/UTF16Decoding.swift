/// UTF-16 with a byte-order mark, which says which byte of each unit comes first.
enum UTF16Decoding {
  /// Whether `bytes` start with a UTF-16 byte-order mark (FF FE little-endian, FE FF big).
  static func hasByteOrderMark(_ bytes: [UInt8]) -> Bool {
    bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
  }

  /// The text after the byte-order mark, or nil when it is not valid UTF-16 (a lone
  /// surrogate, an odd byte at the end).
  static func text(_ bytes: [UInt8]) -> String? {
    guard hasByteOrderMark(bytes) else { return nil }
    let littleEndian = bytes[0] == 0xFF
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = 2
    while index + 1 < bytes.count {
      let (first, second) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
      units.append(littleEndian ? first | second << 8 : first << 8 | second)
      index += 2
    }
    guard index == bytes.count else { return nil }
    return String(validating: units, as: UTF16.self)
  }
}
