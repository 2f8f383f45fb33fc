/// Where UTF-8 goes wrong, for the readers of text and XML.
enum UTF8Validation {
  /// The offset of the first byte that breaks UTF-8 (RFC 3629: no overlong forms, no
  /// surrogates, nothing past U+10FFFF), or nil when all of `bytes` is UTF-8.
  static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { bytes in
      let count = bytes.count
      var index = 0
      while index < count {
        // ASCII eight bytes at a time: no byte has its top bit set.
        if index + 8 <= count, let base = bytes.baseAddress,
          UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index, as: UInt64.self)
            & 0x8080_8080_8080_8080 == 0
        {
          index += 8
          continue
        }
        let lead = bytes[index]
        if lead < 0x80 {
          index += 1
          continue
        }
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
          length = 3
          secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
          length = 3
          secondRange = 0x80...0x9F
        case 0xF0:
          length = 4
          secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4:
          length = 4
          secondRange = 0x80...0x8F
        default: return index
        }
        guard index + length <= count, secondRange.contains(bytes[index + 1]) else {
          return index
        }
        for next in bytes[(index + 2)..<(index + length)] where next & 0xC0 != 0x80 {
          return index
        }
        index += length
      }
      return nil
    }
  }
}
