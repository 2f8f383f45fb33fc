/// DEFLATE decompression (RFC 1951): the compression of every deflated entry in a .docx or
/// .xlsx. Stored, fixed-code and dynamic-code blocks; back-references up to 32 KiB; output
/// limited to `maximumOutputBytes`, so that a ZIP bomb is an error instead of a full memory.
///
/// Every malformed stream — cut short, a reserved block type, a bad stored length, an
/// over-subscribed or incomplete code, a code or distance that means nothing — is a
/// `Diagnostic`; nothing in the input can trap or run past a buffer.
enum Inflater {
  /// The bytes `deflated` (a raw DEFLATE stream, no zlib or gzip wrapper) stands for.
  /// `expectedOutputBytes` (a ZIP entry's recorded size) only sizes the first allocation;
  /// bytes after the final block are ignored.
  static func inflate(
    _ deflated: ArraySlice<UInt8>, maximumOutputBytes: Int, expectedOutputBytes: Int? = nil
  ) throws(Diagnostic) -> [UInt8] {
    // DEFLATE expands at most 1032-fold (a length-258 match in two bits): a larger size
    // recorded in the archive is not believed when allocating.
    let possible = deflated.count.multipliedReportingOverflow(by: 1032).partialValue
    let guess =
      expectedOutputBytes ?? deflated.count.multipliedReportingOverflow(by: 4).partialValue
    let capacity = max(0, min(guess, possible, maximumOutputBytes))
    return try deflated.withUnsafeBufferPointer { (input) throws(Diagnostic) -> [UInt8] in
      var run = InflateRun(input: input, limit: maximumOutputBytes, capacity: capacity)
      defer { run.output.release() }
      try run.blocks()
      return run.output.bytes()
    }
  }

  /// `inflate` of a whole array.
  static func inflate(
    _ deflated: [UInt8], maximumOutputBytes: Int, expectedOutputBytes: Int? = nil
  ) throws(Diagnostic) -> [UInt8] {
    try inflate(
      deflated[...], maximumOutputBytes: maximumOutputBytes,
      expectedOutputBytes: expectedOutputBytes)
  }

  /// The error for a malformed stream, saying what is wrong with it.
  static func corrupt(_ detail: String) -> Diagnostic {
    Diagnostic.error("压缩数据已损坏（\(detail)）", hint: resaveHint)
  }

  /// What to do about a damaged .docx or .xlsx.
  static let resaveHint = "文件可能在下载、复制或保存时损坏；请用 Word、Excel 或 WPS 打开它，另存一份后再试。"

  static func tooLarge(_ limit: Int) -> Diagnostic {
    Diagnostic.error(
      "解压后的数据超过了 \(ByteCount.phrase(limit))的上限",
      hint: "文件的内容大得不合常理（可能是“压缩炸弹”），draft 不展开它。若确是正常文件，请删去其中的大图片或多余内容后再试。")
  }
}

/// One decompression: the input read as bits, the output so far, the current codes.
private struct InflateRun {
  var reader: BitReader
  var output: OutputBuffer
  var literals = HuffmanTable(rootBits: 10, symbols: 288)
  var distances = HuffmanTable(rootBits: 8, symbols: 32)
  var lengthCodes = HuffmanTable(rootBits: 7, symbols: 19)
  /// Whether `literals` and `distances` hold the fixed codes (a run of fixed blocks builds
  /// them once).
  var holdsFixedCodes = false
  /// The code lengths of a dynamic block, literal/length codes then distance codes.
  var lengths = [UInt8](repeating: 0, count: 288 + 32)

  init(input: UnsafeBufferPointer<UInt8>, limit: Int, capacity: Int) {
    reader = BitReader(input: input)
    output = OutputBuffer(capacity: capacity, limit: limit)
  }

  /// Every block up to and including the one marked final.
  mutating func blocks() throws(Diagnostic) {
    var final = false
    while !final {
      final = try reader.bits(1) == 1
      switch try reader.bits(2) {
      case 0: try storedBlock()
      case 1:
        if !holdsFixedCodes { try buildFixedCodes() }
        try codedBlock()
      case 2:
        try readDynamicCodes()
        try codedBlock()
      default: throw Inflater.corrupt("块类型 3 是保留值，不能出现")
      }
    }
  }

  /// A stored block (RFC 1951 §3.2.4): from the next byte boundary, LEN, its complement
  /// NLEN, then LEN bytes as they are.
  mutating func storedBlock() throws(Diagnostic) {
    let bytes = try reader.storedBytes()
    try output.append(bytes)
  }

  /// The fixed codes (RFC 1951 §3.2.6).
  mutating func buildFixedCodes() throws(Diagnostic) {
    for symbol in 0..<288 {
      lengths[symbol] = symbol < 144 ? 8 : symbol < 256 ? 9 : symbol < 280 ? 7 : 8
    }
    try literals.build(lengths: lengths[0..<288], alphabet: .literalsAndLengths)
    for symbol in 0..<32 { lengths[symbol] = 5 }
    try distances.build(lengths: lengths[0..<32], alphabet: .distances)
    holdsFixedCodes = true
  }

  /// The header of a dynamic block (RFC 1951 §3.2.7): the code-length code, then the
  /// literal/length and distance code lengths written with it.
  mutating func readDynamicCodes() throws(Diagnostic) {
    holdsFixedCodes = false
    let literalCount = try reader.bits(5) + 257
    let distanceCount = try reader.bits(5) + 1
    let lengthCodeCount = try reader.bits(4) + 4
    guard literalCount <= 286 else {
      throw Inflater.corrupt("字面量/长度编码有 \(literalCount) 个，超过了 286 个")
    }
    guard distanceCount <= 30 else {
      throw Inflater.corrupt("距离编码有 \(distanceCount) 个，超过了 30 个")
    }
    let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
    var codeLengths = [UInt8](repeating: 0, count: 19)
    for index in 0..<lengthCodeCount { codeLengths[order[index]] = UInt8(try reader.bits(3)) }
    try lengthCodes.build(lengths: codeLengths[...], alphabet: .codeLengths)

    let total = literalCount + distanceCount
    let code = lengthCodes
    try code.entries.withUnsafeBufferPointer { (table) throws(Diagnostic) in
      var index = 0
      while index < total {
        reader.refill()
        let symbol = Int(try reader.decode(table, rootBits: code.rootBits) >> 16)
        try reader.checkNotPastEnd()
        if symbol < 16 {
          lengths[index] = UInt8(symbol)
          index += 1
          continue
        }
        let value: UInt8
        let repeats: Int
        switch symbol {
        case 16:
          guard index > 0 else { throw Inflater.corrupt("“重复前一个码长”出现在第一个码长之前") }
          value = lengths[index - 1]
          repeats = try 3 + reader.bits(2)
        case 17:
          value = 0
          repeats = try 3 + reader.bits(3)
        default:
          value = 0
          repeats = try 11 + reader.bits(7)
        }
        guard index + repeats <= total else { throw Inflater.corrupt("重复的码长超出了编码表的长度") }
        for offset in index..<(index + repeats) { lengths[offset] = value }
        index += repeats
      }
    }
    guard lengths[256] != 0 else { throw Inflater.corrupt("缺少块结束符：第 256 号符号没有编码") }
    try literals.build(lengths: lengths[0..<literalCount], alphabet: .literalsAndLengths)
    try distances.build(lengths: lengths[literalCount..<total], alphabet: .distances)
  }

  /// The symbols of a coded block, up to its end-of-block symbol.
  mutating func codedBlock() throws(Diagnostic) {
    let literals = literals
    let distances = distances
    try literals.entries.withUnsafeBufferPointer { (literalTable) throws(Diagnostic) in
      try distances.entries.withUnsafeBufferPointer { (distanceTable) throws(Diagnostic) in
        try Self.symbols(
          reader: &reader, output: &output, literals: literalTable, literalBits: literals.rootBits,
          distances: distanceTable, distanceBits: distances.rootBits)
      }
    }
  }

  /// The hot loop: literals and back-references until the end of the block.
  private static func symbols(
    reader: inout BitReader, output: inout OutputBuffer, literals: UnsafeBufferPointer<UInt32>,
    literalBits: Int, distances: UnsafeBufferPointer<UInt32>, distanceBits: Int
  ) throws(Diagnostic) {
    while true {
      // 48 bits at most per symbol: a 15-bit code, 5 extra bits, a 15-bit distance code and
      // 13 extra bits; a refill leaves at least 56.
      reader.refill()
      let entry = try reader.decode(literals, rootBits: literalBits)
      switch (entry >> 5) & 7 {
      case HuffmanTable.Kind.symbol.rawValue:
        try reader.checkNotPastEnd()
        try output.append(UInt8(truncatingIfNeeded: entry >> 16))
      case HuffmanTable.Kind.endOfBlock.rawValue:
        try reader.checkNotPastEnd()
        return
      default:
        let length = Int(entry >> 16) + reader.extra(entry)
        let distanceEntry = try reader.decode(distances, rootBits: distanceBits)
        let distance = Int(distanceEntry >> 16) + reader.extra(distanceEntry)
        try reader.checkNotPastEnd()
        try output.copy(distance: distance, length: length)
      }
    }
  }
}

/// The input as a stream of bits, the first bit of each byte first (RFC 1951 §3.1.1).
private struct BitReader {
  let input: UnsafeBufferPointer<UInt8>
  /// The next input byte not yet in `buffer`.
  var position = 0
  /// Input bits not yet used, the next one lowest. Bits at `count` and above are either
  /// zero or a copy of the low bits of `input[position]`, which the next refill puts there
  /// again.
  var buffer: UInt64 = 0
  var count = 0
  /// Of `count`, how many (the top ones) are zeros added past the end of the input: a
  /// symbol that uses one of them was cut short.
  var paddingBits = 0

  init(input: UnsafeBufferPointer<UInt8>) { self.input = input }

  /// Fills `buffer` to at least 56 bits, with zero padding past the end of the input.
  @inline(__always)
  mutating func refill() {
    if position + 8 <= input.count, let base = input.baseAddress {
      // Eight bytes at once; `position` moves on by the whole bytes that fit.
      let word = UInt64(
        littleEndian: UnsafeRawPointer(base).loadUnaligned(
          fromByteOffset: position, as: UInt64.self))
      buffer |= word &<< UInt64(count)
      position += (63 - count) >> 3
      count |= 56
    } else {
      while count <= 56 {
        if position < input.count {
          buffer |= UInt64(input[position]) &<< UInt64(count)
          position += 1
        } else {
          paddingBits += 8
        }
        count += 8
      }
    }
  }

  @inline(__always)
  mutating func drop(_ bits: Int) {
    buffer &>>= UInt64(bits)
    count -= bits
  }

  /// Refuses to go on when the bits used so far reach into the padding.
  @inline(__always)
  func checkNotPastEnd() throws(Diagnostic) {
    if count < paddingBits { throw Self.truncated }
  }

  static let truncated = Inflater.corrupt("数据在结束之前中断，文件不完整")

  /// The next `bits` bits (at most 32) as a number, first bit lowest.
  mutating func bits(_ bits: Int) throws(Diagnostic) -> Int {
    if count < bits { refill() }
    let value = Int(truncatingIfNeeded: buffer & (1 &<< UInt64(bits) &- 1))
    drop(bits)
    try checkNotPastEnd()
    return value
  }

  /// The entry of the next code in `table` (`HuffmanTable.entries`), its bits used; needs 15
  /// bits in the buffer. The indexes are in bounds by construction: a root index is masked
  /// to `rootBits` bits, and a link's subtable holds every index of its own bit count.
  @inline(__always)
  mutating func decode(_ table: UnsafeBufferPointer<UInt32>, rootBits: Int) throws(Diagnostic)
    -> UInt32
  {
    var entry = table[Int(truncatingIfNeeded: buffer) & (1 << rootBits - 1)]
    if (entry >> 5) & 7 == HuffmanTable.Kind.link.rawValue {
      let index = Int(truncatingIfNeeded: buffer >> UInt64(rootBits))
      entry = table[Int(entry >> 16) + index & (1 << Int(entry & 0x1F) - 1)]
    }
    let length = Int(entry & 0x1F)
    if length == 0 {
      try checkNotPastEnd()
      throw Inflater.corrupt("遇到了没有定义的哈夫曼编码")
    }
    drop(length)
    return entry
  }

  /// The value of the extra bits `entry` asks for, used.
  @inline(__always)
  mutating func extra(_ entry: UInt32) -> Int {
    let bits = Int((entry >> 8) & 0xF)
    let value = Int(truncatingIfNeeded: buffer & (1 &<< UInt64(bits) &- 1))
    drop(bits)
    return value
  }

  /// The bytes of a stored block, after its LEN and NLEN at the next byte boundary.
  mutating func storedBytes() throws(Diagnostic) -> UnsafeBufferPointer<UInt8> {
    drop(count % 8)
    // Give back the whole bytes still buffered, so the block is read from `input` itself.
    position -= (count - paddingBits) / 8
    buffer = 0
    count = 0
    paddingBits = 0
    guard position + 4 <= input.count else { throw Self.truncated }
    let length = Int(input[position]) | Int(input[position + 1]) << 8
    let complement = Int(input[position + 2]) | Int(input[position + 3]) << 8
    position += 4
    guard length ^ complement == 0xFFFF else { throw Inflater.corrupt("未压缩块的长度与其校验值不符") }
    guard position + length <= input.count else { throw Self.truncated }
    defer { position += length }
    return UnsafeBufferPointer(rebasing: input[position..<(position + length)])
  }
}

/// The decompressed bytes, in memory allocated here and grown by doubling up to the limit.
private struct OutputBuffer {
  var start: UnsafeMutablePointer<UInt8>
  var count = 0
  var capacity: Int
  let limit: Int

  /// `capacity` is at most `limit`, so that a write past the limit always grows first.
  init(capacity: Int, limit: Int) {
    self.capacity = capacity
    self.limit = limit
    start = .allocate(capacity: max(capacity, 1))
  }

  func release() { start.deallocate() }

  func bytes() -> [UInt8] { Array(UnsafeBufferPointer(start: start, count: count)) }

  /// Room for `extra` more bytes, or the limit's error.
  @inline(__always)
  mutating func reserve(_ extra: Int) throws(Diagnostic) {
    if count + extra > capacity { try grow(count + extra) }
  }

  mutating func grow(_ needed: Int) throws(Diagnostic) {
    guard needed <= limit else { throw Inflater.tooLarge(limit) }
    let newCapacity = min(max(needed, capacity * 2, 1024), limit)
    let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    larger.initialize(from: start, count: count)
    start.deallocate()
    start = larger
    capacity = newCapacity
  }

  @inline(__always)
  mutating func append(_ byte: UInt8) throws(Diagnostic) {
    try reserve(1)
    start[count] = byte
    count += 1
  }

  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) throws(Diagnostic) {
    try reserve(bytes.count)
    if let base = bytes.baseAddress { (start + count).initialize(from: base, count: bytes.count) }
    count += bytes.count
  }

  /// `length` bytes copied from `distance` bytes back; the copy may overlap what it writes
  /// (distance 1 repeats the last byte).
  @inline(__always)
  mutating func copy(distance: Int, length: Int) throws(Diagnostic) {
    guard distance <= count else {
      throw Inflater.corrupt("回溯距离 \(distance) 超出了已解压的 \(count) 个字节")
    }
    try reserve(length)
    let target = start + count
    let source = target - distance
    if distance >= length {
      target.initialize(from: source, count: length)
    } else if distance == 1 {
      target.initialize(repeating: source.pointee, count: length)
    } else {
      for offset in 0..<length { target[offset] = source[offset] }
    }
    count += length
  }
}
