/// Reads a ZIP archive back for tests, checking its structure on the way: every local header
/// must be followed by its data, the central directory must list the same entries at the same
/// offsets, and the end record must count them. Independent of the writer's code.
struct ZipReader {
  struct Entry: Equatable {
    var name: String
    var flags: UInt16
    var method: UInt16
    var crc: UInt32
    var compressedSize: UInt32
    var size: UInt32
    var offset: Int
    var data: [UInt8]
  }

  enum Failure: Error, Equatable {
    case truncated(at: Int)
    case badSignature(at: Int)
    case mismatch(String)
  }

  var entries: [Entry] = []
  /// The entries the end record counts.
  var recordedCount = 0
  /// The central directory's entries, in order.
  var directoryNames: [String] = []

  init(_ bytes: [UInt8]) throws {
    func u16(_ at: Int) throws -> UInt16 {
      guard at + 2 <= bytes.count else { throw Failure.truncated(at: at) }
      return UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }
    func u32(_ at: Int) throws -> UInt32 {
      guard at + 4 <= bytes.count else { throw Failure.truncated(at: at) }
      return (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[at + $1]) << (8 * UInt32($1)) }
    }
    // Local headers, one after another from the start.
    var position = 0
    while try u32(position) == 0x0403_4B50 {
      let flags = try u16(position + 6)
      let method = try u16(position + 8)
      let crc = try u32(position + 14)
      let compressed = try u32(position + 18)
      let size = try u32(position + 22)
      let nameLength = Int(try u16(position + 26))
      let extraLength = Int(try u16(position + 28))
      let nameStart = position + 30
      let dataStart = nameStart + nameLength + extraLength
      let dataEnd = dataStart + Int(compressed)
      guard dataEnd <= bytes.count else { throw Failure.truncated(at: dataStart) }
      entries.append(
        Entry(
          name: String(decoding: bytes[nameStart..<(nameStart + nameLength)], as: UTF8.self),
          flags: flags, method: method, crc: crc, compressedSize: compressed, size: size,
          offset: position, data: Array(bytes[dataStart..<dataEnd])))
      position = dataEnd
    }
    // The central directory, then the end record.
    let directoryStart = position
    var index = 0
    while try u32(position) == 0x0201_4B50 {
      guard index < entries.count else { throw Failure.mismatch("more directory entries") }
      let entry = entries[index]
      let nameLength = Int(try u16(position + 28))
      let extraLength = Int(try u16(position + 30))
      let commentLength = Int(try u16(position + 32))
      let name = String(
        decoding: bytes[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self)
      guard try u16(position + 8) == entry.flags, try u32(position + 16) == entry.crc,
        try u32(position + 20) == entry.compressedSize, try u32(position + 24) == entry.size,
        try u32(position + 42) == UInt32(entry.offset), name == entry.name
      else { throw Failure.mismatch("directory entry \(index) differs from its local header") }
      directoryNames.append(name)
      position += 46 + nameLength + extraLength + commentLength
      index += 1
    }
    guard try u32(position) == 0x0605_4B50 else { throw Failure.badSignature(at: position) }
    recordedCount = Int(try u16(position + 10))
    guard Int(try u32(position + 12)) == position - directoryStart,
      Int(try u32(position + 16)) == directoryStart
    else { throw Failure.mismatch("end record's directory size or offset") }
  }

  /// The data of the entry called `name`, as UTF-8 text.
  func text(_ name: String) -> String? {
    entries.first { $0.name == name }.map { String(decoding: $0.data, as: UTF8.self) }
  }
}

/// CRC-32 computed bit by bit (no table), to check the writer's table-driven one.
func bitwiseCRC32(_ bytes: [UInt8]) -> UInt32 {
  var crc: UInt32 = 0xFFFF_FFFF
  for byte in bytes {
    crc ^= UInt32(byte)
    for _ in 0..<8 {
      crc = (crc >> 1) ^ (crc & 1 == 1 ? 0xEDB8_8320 : 0)
    }
  }
  return ~crc
}
