import Foundation
import Testing

@testable import TemplateKit

/// The inflater against zlib's output, the edges of RFC 1951 written by hand, and broken
/// streams.
struct InflaterTests {
  static let fixtures = URL(filePath: #filePath).deletingLastPathComponent()
    .appending(path: "Fixtures")
  static let corpus = URL(filePath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appending(path: "DraftEndToEndTests/Corpus")

  static func fixture(_ name: String) throws -> [UInt8] {
    try [UInt8](Data(contentsOf: fixtures.appending(path: name)))
  }

  private func inflate(_ bytes: [UInt8], limit: Int = 10_000_000) throws(Diagnostic) -> [UInt8] {
    try Inflater.inflate(bytes, maximumOutputBytes: limit)
  }

  private func expectCorrupt(
    _ bytes: [UInt8], _ detail: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    let error = diagnostic { _ = try inflate(bytes) }
    #expect(error?.message == "压缩数据已损坏（\(detail)）", sourceLocation: sourceLocation)
    #expect(error?.hint?.contains("另存一份") == true, sourceLocation: sourceLocation)
  }

  // MARK: zlib

  /// Every level (0–9), strategy (default, filtered, Huffman only, RLE, fixed) and window
  /// size (9–15 bits), at two memory levels, on the corpus, random, repetitive and empty
  /// input, and a stream of many blocks (full flushes): made by Python's zlib at test time.
  @Test(.enabled(if: pythonIsAvailable))
  func everyZlibSettingInflatesToItsInput() throws {
    let folder = try ScratchFolder()
    let corpus = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path)
      .filter { $0.hasSuffix(".txt") }.sorted().map { Self.corpus.appending(path: $0).path }
    let script = Self.fixtures.appending(path: "make_fixtures.py").path
    let result = try runPython([script, "streams", folder.path] + corpus)
    #expect(result.status == 0, "\(result.output)")
    let names = try folder.names().filter { $0.hasSuffix(".streams") }
    #expect(names.count == 13)
    var streams = 0
    var settings = Set<[UInt8]>()
    for name in names {
      let input = try [UInt8](Data(contentsOf: URL(filePath: folder.path + "/" + name.dropLast(8))))
      let records = try [UInt8](Data(contentsOf: URL(filePath: folder.path + "/" + name)))
      var offset = 0
      while offset < records.count {
        let setting = Array(records[offset..<(offset + 4)])
        let length = records[(offset + 4)..<(offset + 8)].reversed().reduce(0) { $0 << 8 | Int($1) }
        let stream = records[(offset + 8)..<(offset + 8 + length)]
        offset += 8 + length
        let output = try Inflater.inflate(
          stream, maximumOutputBytes: input.count, expectedOutputBytes: input.count)
        #expect(output == input, "\(name) level/strategy/wbits/memlevel \(setting)")
        settings.insert(setting)
        streams += 1
      }
    }
    #expect(settings.count == 10 * 5 * 7 + 5 * 2 + 1, "every setting, and the many-block stream")
    #expect(streams > 3000)
  }

  /// The committed streams (made by make_fixtures.py small): read without Python.
  @Test(arguments: ["dynamic", "fixed", "stored", "blocks"])
  func committedStreamsInflate(kind: String) throws {
    let text = try Self.fixture("text.txt")
    #expect(try inflate(Self.fixture("text-\(kind).deflate")) == text)
  }

  // MARK: The edges of the format

  @Test func emptyStoredAndEmptyCodedBlocks() throws {
    var writer = DeflateWriter()
    writer.stored([], final: false)
    writer.coded([.endOfBlock], final: false)
    writer.stored([1, 2, 3], final: true)
    #expect(try inflate(writer.finish()) == [1, 2, 3])
  }

  /// A match of the longest length (258) from the farthest distance (32,768), which zlib
  /// never writes (its window stops 262 bytes short).
  @Test func longestMatchFromTheFarthestDistance() throws {
    var random = SystemRandomNumberGenerator()
    let first = (0..<32768).map { _ in UInt8.random(in: 0...255, using: &random) }
    var writer = DeflateWriter()
    writer.stored(Array(first[..<30000]), final: false)
    writer.stored(Array(first[30000...]), final: false)
    writer.coded(
      [.match(length: 258, distance: 32768), .match(length: 3, distance: 1), .endOfBlock],
      final: true)
    let output = try inflate(writer.finish())
    #expect(output.count == 32768 + 258 + 3)
    #expect(Array(output[32768..<(32768 + 258)]) == Array(first[..<258]))
    #expect(output.suffix(3) == [first[257], first[257], first[257]])
  }

  /// Overlapping copies: distance 1 repeats a byte, a short distance repeats a pattern.
  @Test func overlappingCopiesRepeat() throws {
    var writer = DeflateWriter()
    writer.coded(
      [
        .literal(7), .match(length: 10, distance: 1), .literal(1), .literal(2), .literal(3),
        .match(length: 8, distance: 3), .endOfBlock,
      ],
      final: true)
    #expect(
      try inflate(writer.finish()) == Array(repeating: 7, count: 11) + [
        1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2,
      ])
  }

  /// A dynamic block whose distance code has a single one-bit code (RFC 1951 §3.2.7), and
  /// one with no distance code at all (literals only).
  @Test func singleAndEmptyDistanceCodes() throws {
    var literalLengths = [Int](repeating: 0, count: 257)
    literalLengths[65] = 2
    literalLengths[256] = 2
    literalLengths.append(2)  // length symbol 257: 3
    literalLengths[66] = 2
    var writer = DeflateWriter()
    writer.coded(
      [.literal(65), .literal(66), .rawDistance(length: 3, symbol: 0), .endOfBlock], final: false,
      literalLengths: literalLengths, distanceLengths: [1], dynamic: true)
    writer.coded(
      [.literal(66), .endOfBlock], final: true, literalLengths: literalLengths,
      distanceLengths: [0],
      dynamic: true)
    #expect(try inflate(writer.finish()) == Array("ABBBBB".utf8))
  }

  /// A literal/length code of one symbol (end of block only), which zlib accepts.
  @Test func aCodeOfOnlyTheEndOfBlock() throws {
    var literalLengths = [Int](repeating: 0, count: 257)
    literalLengths[256] = 1
    var writer = DeflateWriter()
    writer.coded(
      [.endOfBlock], final: true, literalLengths: literalLengths, distanceLengths: [0],
      dynamic: true)
    #expect(try inflate(writer.finish()) == [])
  }

  @Test func bytesAfterTheFinalBlockAreIgnored() throws {
    var writer = DeflateWriter()
    writer.stored([9], final: true)
    #expect(try inflate(writer.finish() + [0xFF, 0xFF]) == [9])
  }

  // MARK: Refused streams

  @Test func emptyAndReservedStreams() {
    expectCorrupt([], "数据在结束之前中断，文件不完整")
    expectCorrupt([0b111], "块类型 3 是保留值，不能出现")
  }

  @Test func storedLengthMustMatchItsComplement() {
    expectCorrupt([0b1, 0x03, 0x00, 0xFC, 0xFE, 1, 2, 3], "未压缩块的长度与其校验值不符")
    expectCorrupt([0b1, 0x03, 0x00, 0xFC, 0xFF, 1, 2], "数据在结束之前中断，文件不完整")
  }

  @Test func aDistanceBeforeTheStartIsRefused() {
    var writer = DeflateWriter()
    writer.coded([.literal(1), .match(length: 3, distance: 2), .endOfBlock], final: true)
    expectCorrupt(writer.finish(), "回溯距离 2 超出了已解压的 1 个字节")
  }

  @Test func symbolsThatMustNotAppearAreRefused() {
    var writer = DeflateWriter()
    writer.coded([.raw(286)], final: true)
    expectCorrupt(writer.finish(), "遇到了没有定义的哈夫曼编码")
    writer = DeflateWriter()
    writer.coded([.literal(1), .rawDistance(length: 3, symbol: 30)], final: true)
    expectCorrupt(writer.finish(), "遇到了没有定义的哈夫曼编码")
    // No distance code, and a length symbol after all.
    var literalLengths = [Int](repeating: 0, count: 258)
    literalLengths[65] = 2
    literalLengths[256] = 2
    literalLengths[257] = 1
    writer = DeflateWriter()
    writer.coded(
      [.literal(65), .rawDistance(length: 3, symbol: 0)], final: true,
      literalLengths: literalLengths, distanceLengths: [0], dynamic: true)
    expectCorrupt(writer.finish(), "遇到了没有定义的哈夫曼编码")
  }

  @Test func overSubscribedAndIncompleteCodesAreRefused() {
    var lengths = [Int](repeating: 1, count: 257)
    var writer = DeflateWriter()
    writer.coded([], final: true, literalLengths: lengths, distanceLengths: [1], dynamic: true)
    expectCorrupt(writer.finish(), "哈夫曼编码的码长超额：编码比可用的位组合还多")
    // Three two-bit codes leave one pattern unused.
    lengths = [Int](repeating: 0, count: 257)
    lengths[0] = 2
    lengths[1] = 2
    lengths[256] = 2
    writer = DeflateWriter()
    writer.coded([], final: true, literalLengths: lengths, distanceLengths: [1], dynamic: true)
    expectCorrupt(writer.finish(), "哈夫曼编码不完整：有位组合没有对应的符号")
    // A code-length code of one symbol is incomplete too (RFC 1951 allows that only for
    // distances).
    writer = DeflateWriter()
    writer.write(1, bits: 1)
    writer.write(2, bits: 2)
    writer.write(0, bits: 14)  // 257 literal codes, 1 distance code, 4 code-length codes
    for length in [0, 0, 0, 1] { writer.write(length, bits: 3) }
    expectCorrupt(writer.finish(), "哈夫曼编码不完整：有位组合没有对应的符号")
  }

  @Test func badCodeLengthHeadersAreRefused() {
    let literal = [Int](repeating: 8, count: 256) + [8]
    var writer = DeflateWriter()
    writer.write(1, bits: 1)
    writer.write(2, bits: 2)
    writer.write(30, bits: 5)  // 287 literal/length codes
    writer.write(0, bits: 9)
    expectCorrupt(writer.finish() + [0, 0, 0, 0, 0, 0, 0, 0], "字面量/长度编码有 287 个，超过了 286 个")
    writer = DeflateWriter()
    writer.write(1, bits: 1)
    writer.write(2, bits: 2)
    writer.write(0, bits: 5)
    writer.write(30, bits: 5)  // 31 distance codes
    writer.write(0, bits: 4)
    expectCorrupt(writer.finish() + [0, 0, 0, 0, 0, 0, 0, 0], "距离编码有 31 个，超过了 30 个")
    writer = DeflateWriter()
    writer.coded(
      [], final: true, literalLengths: literal, distanceLengths: [1], dynamic: true,
      headerSymbols: [(16, 0, 2)])
    expectCorrupt(writer.finish(), "“重复前一个码长”出现在第一个码长之前")
    writer = DeflateWriter()
    writer.coded(
      [], final: true, literalLengths: literal, distanceLengths: [1], dynamic: true,
      headerSymbols: [(18, 127, 7), (18, 127, 7), (18, 127, 7)])
    expectCorrupt(writer.finish(), "重复的码长超出了编码表的长度")
    writer = DeflateWriter()
    writer.coded(
      [], final: true, literalLengths: literal, distanceLengths: [1], dynamic: true,
      headerSymbols: [(18, 127, 7), (18, 108, 7), (1, 0, 0)])
    expectCorrupt(writer.finish(), "缺少块结束符：第 256 号符号没有编码")
  }

  /// Every strict prefix of a stream is cut short; a flipped bit gives an error or some
  /// output within the limit, never a trap (every bit of the first 64 bytes, where the
  /// codes are, then every 13th).
  @Test(arguments: ["dynamic", "fixed", "stored", "blocks"])
  func truncationsAndBitFlips(kind: String) throws {
    let stream = try Self.fixture("text-\(kind).deflate")
    let text = try Self.fixture("text.txt")
    for length in 0..<stream.count {
      let error = diagnostic {
        _ = try Inflater.inflate(stream[..<length], maximumOutputBytes: 1 << 20)
      }
      #expect(error?.message.hasPrefix("压缩数据已损坏") == true, "prefix of \(length) bytes")
    }
    var refused = 0
    for bit in Array(0..<512) + Array(stride(from: 512, to: stream.count * 8, by: 13)) {
      var flipped = stream
      flipped[bit / 8] ^= 1 << (bit % 8)
      do {
        let output = try Inflater.inflate(flipped, maximumOutputBytes: text.count * 2)
        #expect(output.count <= text.count * 2)
      } catch {
        refused += 1
      }
    }
    #expect(refused > 0)
  }

  // MARK: The output limit

  /// 1 MB of zeros from 6 KB of fixed-code matches: refused past the limit, read within it.
  @Test func outputPastTheLimitIsRefused() throws {
    var writer = DeflateWriter()
    writer.coded(
      [.literal(0)] + Array(repeating: .match(length: 258, distance: 1), count: 4000) + [
        .endOfBlock
      ],
      final: true)
    let bomb = writer.finish()
    #expect(bomb.count < 7000)
    let size = 1 + 258 * 4000
    #expect(try inflate(bomb, limit: size) == [UInt8](repeating: 0, count: size))
    let error = diagnostic { _ = try inflate(bomb, limit: 1_000_000) }
    #expect(error?.message == "解压后的数据超过了 1 MB 的上限")
    #expect(error?.hint?.contains("压缩炸弹") == true)
    // A stored block past the limit, a literal past a limit of nothing, a size recorded
    // far beyond what the stream can hold (allocated as the stream allows, then grown).
    writer = DeflateWriter()
    writer.stored([1, 2, 3], final: true)
    var literal = DeflateWriter()
    literal.coded([.literal(1), .endOfBlock], final: true)
    #expect(
      diagnostic { _ = try inflate(literal.finish(), limit: 0) }?.message
        == "解压后的数据超过了 0 字节的上限")
    #expect(
      try Inflater.inflate(bomb, maximumOutputBytes: 1 << 40, expectedOutputBytes: 1 << 40).count
        == size)
    #expect(
      diagnostic { _ = try inflate(writer.finish(), limit: 2) }?.message == "解压后的数据超过了 2 字节的上限")
    #expect(try inflate(writer.finish(), limit: 3) == [1, 2, 3])
  }
}
