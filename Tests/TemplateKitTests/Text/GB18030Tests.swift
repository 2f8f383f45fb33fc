import Foundation
import Testing

@testable import TemplateKit

/// The GB18030-2022 decoder: every code it maps, against Python's codec and against itself
/// (one code a character, every character a code), the 2005 and 2022 changes, and the bytes
/// it refuses.
struct GB18030Tests {
  /// Every code GB18030 assigns, in order: two-byte, four-byte BMP, four-byte supplementary.
  static let everyCode: [UInt8] = {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(23_940 * 2 + (39_420 + 0x10_0000) * 4)
    for lead in 0x81...0xFE {
      for trail in Array(0x40...0x7E) + Array(0x80...0xFE) {
        bytes += [UInt8(lead), UInt8(trail)]
      }
    }
    for pointer in Array(0..<39_420) + Array(189_000..<(189_000 + 0x10_0000)) {
      bytes += fourByte(pointer)
    }
    return bytes
  }()

  static func fourByte(_ pointer: Int) -> [UInt8] {
    [
      UInt8(0x81 + pointer / 12_600), UInt8(0x30 + pointer / 1260 % 10),
      UInt8(0x81 + pointer / 10 % 126), UInt8(0x30 + pointer % 10),
    ]
  }

  static let everyCharacter: [Unicode.Scalar] = Array(
    GB18030.decode(everyCode[...])?.unicodeScalars ?? "".unicodeScalars)

  /// Decoding is one-to-one onto every Unicode scalar but ASCII and the surrogates: so every
  /// character has exactly one code, and encoding with the inverse then decoding gives each
  /// character back.
  @Test func everyCharacterRoundTrips() throws {
    let characters = Self.everyCharacter
    #expect(characters.count == 23_940 + 39_420 + 0x10_0000)
    // Where each character's code starts in `everyCode`.
    var codeOf = [Int](repeating: -1, count: 0x11_0000)
    for (index, character) in characters.enumerated() {
      #expect(codeOf[Int(character.value)] == -1, "two codes for \(CodePoint.name(character))")
      codeOf[Int(character.value)] = index < 23_940 ? index * 2 : 23_940 * 2 + (index - 23_940) * 4
    }
    var missing: [UInt32] = []
    var encoded: [UInt8] = []
    for value in UInt32(0x80)..<0x11_0000 where !(0xD800...0xDFFF).contains(value) {
      let code = codeOf[Int(value)]
      guard code >= 0 else {
        missing.append(value)
        continue
      }
      let length = code < 23_940 * 2 ? 2 : 4
      encoded += Self.everyCode[code..<(code + length)]
    }
    #expect(
      missing.isEmpty,
      "no code for \(missing.prefix(5).map { CodePoint.name(Unicode.Scalar($0)!) })")
    let decoded = try #require(GB18030.decode(encoded[...]))
    #expect(
      decoded.unicodeScalars.elementsEqual(
        (UInt32(0x80)..<0x11_0000).lazy.filter { !(0xD800...0xDFFF).contains($0) }.compactMap(
          Unicode.Scalar.init)))
  }

  /// The mapping changes after GB18030-2000, which Python's codec implements: two-byte (or
  /// four-byte) code, written as one number, and the code point it maps to now.
  static let changes: [(code: UInt32, scalar: UInt32)] = {
    // 2005: ḿ out of the Private Use Area.
    var changes: [(code: UInt32, scalar: UInt32)] = [(0xA8BC, 0x1E3F), (0x8135_F437, 0xE7C7)]
    // 2022: ten vertical forms and eight components; the four-byte codes 2005 gave those
    // characters hold the freed Private Use code points.
    let vertical: [UInt32] = [
      0xA6D9, 0xA6DA, 0xA6DB, 0xA6DC, 0xA6DD, 0xA6DE, 0xA6DF, 0xA6EC, 0xA6ED, 0xA6F3,
    ]
    let verticalScalars: [UInt32] = [
      0xFE10, 0xFE12, 0xFE11, 0xFE13, 0xFE14, 0xFE15, 0xFE16, 0xFE17, 0xFE18, 0xFE19,
    ]
    let components: [UInt32] = [0xFE59, 0xFE61, 0xFE66, 0xFE67, 0xFE6D, 0xFE7E, 0xFE90, 0xFEA0]
    for (code, scalar) in zip(vertical + components, verticalScalars + Array(0x9FB4...0x9FBB)) {
      changes.append((code, scalar))
    }
    let freed: [(code: UInt32, scalar: UInt32)] = [
      (0x8431_8236, 0xE78D), (0x8431_8237, 0xE78F), (0x8431_8238, 0xE78E),
      (0x8431_8239, 0xE790), (0x8431_8330, 0xE791), (0x8431_8331, 0xE792),
      (0x8431_8332, 0xE793), (0x8431_8333, 0xE794), (0x8431_8334, 0xE795),
      (0x8431_8335, 0xE796), (0x8235_9037, 0xE81E), (0x8235_9038, 0xE826),
      (0x8235_9039, 0xE82B), (0x8235_9130, 0xE82C), (0x8235_9131, 0xE832),
      (0x8235_9132, 0xE843), (0x8235_9133, 0xE854), (0x8235_9134, 0xE864),
    ]
    return changes + freed
  }()

  static func bytes(_ code: UInt32) -> [UInt8] {
    code > 0xFFFF
      ? [UInt8(code >> 24), UInt8(code >> 16 & 0xFF), UInt8(code >> 8 & 0xFF), UInt8(code & 0xFF)]
      : [UInt8(code >> 8), UInt8(code & 0xFF)]
  }

  @Test func changesSince2000() {
    for (code, value) in Self.changes {
      let decoded = GB18030.decode(Self.bytes(code)[...])?.unicodeScalars
      #expect(decoded?.count == 1 && decoded?.first?.value == value, "\(String(code, radix: 16))")
    }
    // Six codes keep their Private Use mapping in 2022.
    #expect(GB18030.decode([0xFE, 0x51][...]) == "\u{E816}")
    #expect(GB18030.decode([0x95, 0x32, 0x90, 0x31][...]) == "\u{20087}")
    #expect(GB18030.decode([0xB5, 0xB3, 0xA3, 0xAC, 0x41][...]) == "党，A")
  }

  /// Python's gb18030 codec decodes the same every code, but for the changes since 2000.
  @Test(.enabled(if: pythonIsAvailable))
  func everyCodeAgreesWithPython() throws {
    let folder = try ScratchFolder()
    let input = folder.path + "/codes"
    try Data(Self.everyCode).write(to: URL(filePath: input))
    let script = """
      import sys
      text = open(sys.argv[1], "rb").read().decode("gb18030")
      open(sys.argv[2], "wb").write(text.encode("utf-32-le"))
      """
    let result = try runPython(["-c", script, input, folder.path + "/scalars"])
    #expect(result.status == 0, "\(result.output)")
    let data = try [UInt8](Data(contentsOf: URL(filePath: folder.path + "/scalars")))
    let python = stride(from: 0, to: data.count, by: 4).map {
      UInt32(data[$0]) | UInt32(data[$0 + 1]) << 8 | UInt32(data[$0 + 2]) << 16 | UInt32(
        data[$0 + 3]) << 24
    }
    let ours = Self.everyCharacter.map(\.value)
    #expect(python.count == ours.count)
    let changed = Set(Self.changes.map(\.scalar))
    var differences = 0
    for (index, (theirs, mine)) in zip(python, ours).enumerated() where theirs != mine {
      differences += 1
      #expect(
        changed.contains(mine),
        "code #\(index): Python U+\(String(theirs, radix: 16)), ours U+\(String(mine, radix: 16))")
    }
    #expect(differences == 2 + 18 + 18)
  }

  @Test func bytesOutsideGB18030AreRefusedWhereTheyStart() {
    let cases: [([UInt8], Int)] = [
      ([0x41, 0x80], 1), ([0xFF], 0), ([0x41, 0xB5], 1), ([0xB5, 0x7F], 0), ([0xB5, 0xFF], 0),
      ([0x81, 0x30], 0), ([0x81, 0x30, 0x81], 0), ([0x81, 0x30, 0x7F, 0x30], 0),
      ([0x84, 0x31, 0xA5, 0x30], 0), ([0x8F, 0x39, 0xFE, 0x39], 0), ([0xE3, 0x32, 0x9A, 0x36], 0),
      ([0xFE, 0x39, 0xFE, 0x39], 0), ([0xB5, 0xB3, 0x84, 0x31, 0xA4, 0x39, 0x90, 0x30], 6),
    ]
    for (bytes, offset) in cases {
      #expect(GB18030.firstInvalidOffset(bytes[...]) == offset, "\(bytes)")
      #expect(GB18030.decode(bytes[...]) == nil)
    }
    #expect(GB18030.decode([0x84, 0x31, 0xA4, 0x39][...]) == "\u{FFFF}")
    #expect(GB18030.decode([0xE3, 0x32, 0x9A, 0x35][...]) == "\u{10FFFF}")
    #expect(GB18030.firstInvalidOffset(Array("abc".utf8)[1...]) == nil)
  }

  /// The checked-in table is what its generator writes.
  @Test(.enabled(if: pythonIsAvailable))
  func tableIsWhatTheGeneratorWrites() throws {
    let root = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let generator = root.appending(path: "Tools/gb18030/generate.py").path
    let result = try runPython([generator, "--check"])
    #expect(result.status == 0, "\(result.output)")
  }
}
