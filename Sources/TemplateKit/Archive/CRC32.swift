/// CRC-32 as ZIP uses it (the IEEE 802.3 polynomial, reflected, 0xEDB88320), eight bytes a
/// step ("slicing by 8": eight tables, each the remainder of a byte so many places ahead).
enum CRC32 {
  /// The checksum of `bytes`.
  static func checksum(_ bytes: [UInt8]) -> UInt32 {
    bytes.withUnsafeBytes { checksum($0) }
  }

  /// The checksum of the bytes at `bytes`.
  static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    var index = 0
    let count = bytes.count
    tables.withUnsafeBufferPointer { table in
      // Every index below is a byte value plus a multiple of 256 under 2048: within the table.
      while index + 8 <= count {
        let low = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt32.self))
        let high = UInt32(
          littleEndian: bytes.loadUnaligned(fromByteOffset: index + 4, as: UInt32.self))
        let word = crc ^ low
        crc =
          table[1792 + Int(word & 0xFF)] ^ table[1536 + Int((word >> 8) & 0xFF)]
          ^ table[1280 + Int((word >> 16) & 0xFF)] ^ table[1024 + Int(word >> 24)]
          ^ table[768 + Int(high & 0xFF)] ^ table[512 + Int((high >> 8) & 0xFF)]
          ^ table[256 + Int((high >> 16) & 0xFF)] ^ table[Int(high >> 24)]
        index += 8
      }
      while index < count {
        crc = table[Int((crc ^ UInt32(bytes[index])) & 0xFF)] ^ (crc >> 8)
        index += 1
      }
    }
    return crc ^ 0xFFFF_FFFF
  }

  /// Table `k` (entries `256 k ..< 256 (k + 1)`) holds the remainder of each byte value
  /// followed by `k` zero bytes; table 0 is the classic byte-at-a-time table.
  private static let tables: [UInt32] = {
    var table = (0..<256).map { index in
      var value = UInt32(index)
      for _ in 0..<8 {
        value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1
      }
      return value
    }
    for slice in 1..<8 {
      for index in 0..<256 {
        let previous = table[(slice - 1) * 256 + index]
        table.append(table[Int(previous & 0xFF)] ^ (previous >> 8))
      }
    }
    return table
  }()
}
