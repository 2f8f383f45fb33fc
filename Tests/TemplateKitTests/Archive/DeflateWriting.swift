/// A small DEFLATE writer for the tests: blocks built symbol by symbol, so that the edges
/// zlib never writes (a distance of exactly 32 KiB, a single distance code, codes that are
/// wrong on purpose) can be given to the inflater. Independent of the library's code.
struct DeflateWriter {
  private(set) var bytes: [UInt8] = []
  private var pending: UInt64 = 0
  private var pendingBits = 0

  /// `value`'s low `bits` bits, lowest first (how DEFLATE packs numbers).
  mutating func write(_ value: Int, bits: Int) {
    pending |= UInt64(value) << UInt64(pendingBits)
    pendingBits += bits
    while pendingBits >= 8 {
      bytes.append(UInt8(pending & 0xFF))
      pending >>= 8
      pendingBits -= 8
    }
  }

  /// A Huffman code, highest bit first (how DEFLATE packs codes).
  mutating func write(code: Int, length: Int) {
    for shift in stride(from: length - 1, through: 0, by: -1) {
      write((code >> shift) & 1, bits: 1)
    }
  }

  /// Pads to a byte boundary with zero bits.
  mutating func align() {
    if pendingBits > 0 { write(0, bits: 8 - pendingBits) }
  }

  /// The stream, its last byte padded.
  mutating func finish() -> [UInt8] {
    align()
    return bytes
  }

  /// A stored block of `data` (at most 65,535 bytes).
  mutating func stored(_ data: [UInt8], final: Bool) {
    write(final ? 1 : 0, bits: 1)
    write(0, bits: 2)
    align()
    write(data.count, bits: 16)
    write(data.count ^ 0xFFFF, bits: 16)
    for byte in data { write(Int(byte), bits: 8) }
  }

  /// The canonical codes of `lengths` (RFC 1951 §3.2.2); symbols without a length get 0.
  static func codes(_ lengths: [Int]) -> [Int] {
    var counts = [Int](repeating: 0, count: 16)
    for length in lengths where length > 0 { counts[length] += 1 }
    var next = [Int](repeating: 0, count: 16)
    var code = 0
    for bits in 1..<16 {
      code = (code + counts[bits - 1]) << 1
      next[bits] = code
    }
    return lengths.map { length in
      guard length > 0 else { return 0 }
      defer { next[length] += 1 }
      return next[length]
    }
  }

  /// Fixed-code lengths of the literal/length alphabet.
  static let fixedLiteralLengths = (0..<288).map { $0 < 144 ? 8 : $0 < 256 ? 9 : $0 < 280 ? 7 : 8 }

  /// One symbol of a coded block's body.
  enum Symbol {
    case literal(UInt8)
    /// A back-reference: length 3–258, distance 1–32768.
    case match(length: Int, distance: Int)
    /// A literal/length symbol written as it is (to write one that must not appear).
    case raw(Int)
    /// A distance symbol after a length symbol of the given length.
    case rawDistance(length: Int, symbol: Int)
    case endOfBlock
  }

  /// A coded block with the given code lengths: the fixed code when `header` is nil, else a
  /// dynamic block whose header is `header` (code-length symbols with their extra bits).
  mutating func coded(
    _ symbols: [Symbol], final: Bool, literalLengths: [Int] = fixedLiteralLengths,
    distanceLengths: [Int] = Array(repeating: 5, count: 32), dynamic: Bool = false,
    headerSymbols: [(Int, Int, Int)]? = nil
  ) {
    write(final ? 1 : 0, bits: 1)
    write(dynamic ? 2 : 1, bits: 2)
    if dynamic {
      header(
        literalLengths: literalLengths, distanceLengths: distanceLengths, symbols: headerSymbols)
    }
    let literalCodes = Self.codes(literalLengths)
    let distanceCodes = Self.codes(distanceLengths)
    func literal(_ symbol: Int) {
      write(code: literalCodes[symbol], length: literalLengths[symbol])
    }
    func distance(_ symbol: Int) {
      write(code: distanceCodes[symbol], length: distanceLengths[symbol])
    }
    for symbol in symbols {
      switch symbol {
      case .literal(let byte): literal(Int(byte))
      case .raw(let symbol): literal(symbol)
      case .endOfBlock: literal(256)
      case .rawDistance(let length, let symbol):
        let (lengthSymbol, lengthExtra, lengthBits) = Self.lengthSymbol(length)
        literal(lengthSymbol)
        write(lengthExtra, bits: lengthBits)
        distance(symbol)
      case .match(let length, let distanceValue):
        let (lengthSymbol, lengthExtra, lengthBits) = Self.lengthSymbol(length)
        literal(lengthSymbol)
        write(lengthExtra, bits: lengthBits)
        let (distanceSymbol, distanceExtra, distanceBits) = Self.distanceSymbol(distanceValue)
        distance(distanceSymbol)
        write(distanceExtra, bits: distanceBits)
      }
    }
  }

  /// A dynamic block's header: the code-length code gives 4 bits to symbols 0–12 and 5 bits
  /// to 13–18 (a complete code), and every length is written as its own symbol unless
  /// `symbols` (code-length symbol, extra value, extra bits) says otherwise.
  mutating func header(
    literalLengths: [Int], distanceLengths: [Int], symbols: [(Int, Int, Int)]? = nil
  ) {
    write(literalLengths.count - 257, bits: 5)
    write(distanceLengths.count - 1, bits: 5)
    write(19 - 4, bits: 4)
    let codeLengthLengths = (0..<19).map { $0 <= 12 ? 4 : 5 }
    for symbol in [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15] {
      write(codeLengthLengths[symbol], bits: 3)
    }
    let codes = Self.codes(codeLengthLengths)
    for (symbol, extra, bits) in symbols ?? (literalLengths + distanceLengths).map({ ($0, 0, 0) }) {
      write(code: codes[symbol], length: codeLengthLengths[symbol])
      write(extra, bits: bits)
    }
  }

  static func lengthSymbol(_ length: Int) -> (symbol: Int, extra: Int, bits: Int) {
    if length == 258 { return (285, 0, 0) }
    let bases = [
      3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
      163, 195, 227,
    ]
    let index = bases.lastIndex { $0 <= length } ?? 0
    let bits = index < 8 ? 0 : (index - 4) / 4
    return (257 + index, length - bases[index], bits)
  }

  static func distanceSymbol(_ distance: Int) -> (symbol: Int, extra: Int, bits: Int) {
    var base = 1
    for symbol in 0..<30 {
      let bits = max(0, symbol / 2 - 1)
      if distance < base + (1 << bits) { return (symbol, distance - base, bits) }
      base += 1 << bits
    }
    return (29, distance - 24577, 13)
  }
}
