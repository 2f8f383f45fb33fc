@testable import TemplateKit

/// An entry of a ZIP archive made by hand, each field as the test wants it (a wrong size, a
/// name in another code page, a deflated body): `handMadeZip` writes them.
struct RawZipEntry {
  var name: [UInt8]
  var method: UInt16 = 0
  var flags: UInt16 = 0
  /// The data as stored (compressed, for method 8).
  var data: [UInt8]
  /// The inflated size and CRC-32 recorded.
  var size: Int
  var crc: UInt32
  var extra: [UInt8] = []

  /// A stored entry with its true size and CRC.
  init(_ name: String, _ data: [UInt8]) {
    self.name = Array(name.utf8)
    self.data = data
    size = data.count
    crc = bitwiseCRC32(data)
  }

  /// A deflated entry whose inflated content is `inflated`.
  init(_ name: String, deflated: [UInt8], inflated: [UInt8]) {
    self.name = Array(name.utf8)
    method = 8
    data = deflated
    size = inflated.count
    crc = bitwiseCRC32(inflated)
  }
}

/// The archive of `entries`: local headers with their data, the central directory, the end
/// record. Independent of the library's writer.
func handMadeZip(_ entries: [RawZipEntry], comment: [UInt8] = []) -> [UInt8] {
  var out: [UInt8] = []
  func u16(_ value: Int) { out += [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
  func u32(_ value: Int) {
    for shift in [0, 8, 16, 24] { out.append(UInt8(value >> shift & 0xFF)) }
  }
  var offsets: [Int] = []
  for entry in entries {
    offsets.append(out.count)
    u32(0x0403_4B50)
    u16(20)
    u16(Int(entry.flags))
    u16(Int(entry.method))
    u32(0)  // time and date
    u32(Int(entry.crc))
    u32(entry.data.count)
    u32(entry.size)
    u16(entry.name.count)
    u16(entry.extra.count)
    out += entry.name + entry.extra + entry.data
  }
  let directory = out.count
  for (entry, offset) in zip(entries, offsets) {
    u32(0x0201_4B50)
    u16(20)
    u16(20)
    u16(Int(entry.flags))
    u16(Int(entry.method))
    u32(0)
    u32(Int(entry.crc))
    u32(entry.data.count)
    u32(entry.size)
    u16(entry.name.count)
    u16(entry.extra.count)
    u16(0)  // comment
    u16(0)  // disk
    u16(0)  // internal attributes
    u32(0)  // external attributes
    u32(offset)
    out += entry.name + entry.extra
  }
  let size = out.count - directory
  u32(0x0605_4B50)
  u16(0)
  u16(0)
  u16(entries.count)
  u16(entries.count)
  u32(size)
  u32(directory)
  u16(comment.count)
  return out + comment
}

/// CRC-32 computed bit by bit (no table), to check the library's table-driven one.
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

extension ZipReader {
  /// The entry called `name` as UTF-8 text, nil when there is none.
  func text(_ name: String) throws -> String? {
    try data(named: name).map { String(decoding: $0, as: UTF8.self) }
  }
}
