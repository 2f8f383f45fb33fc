/// A canonical Huffman code of DEFLATE (RFC 1951 §3.2.2) as a two-level lookup table, built
/// from the code length of each symbol.
///
/// DEFLATE sends a code's bits first bit first, so the next `rootBits` bits of the stream,
/// read as a number, index the root table directly. A code no longer than `rootBits` fills
/// every root entry whose low bits are its (reversed) code; a longer code lives in a subtable
/// that the root entry of its first `rootBits` bits links to, indexed by the bits after them.
///
/// Each entry is a `UInt32`: bits 0–4 the code's length (0 for “no code here”), bits 5–7 the
/// kind, bits 8–11 the number of extra bits that follow the code, bits 16–31 the value (a
/// literal byte, the base of a length or a distance, or a link's subtable offset). For a
/// link, bits 0–4 are the number of bits that index its subtable.
struct HuffmanTable {
  /// What an entry means.
  enum Kind: UInt32 {
    /// A literal byte, or a code-length symbol: the value is the symbol.
    case symbol = 0
    /// A length or a distance: the value is its base, the extra bits are added to it.
    case base = 1
    /// The end of the block (literal/length symbol 256).
    case endOfBlock = 2
    /// A link to a subtable.
    case link = 3
  }

  /// An alphabet: what each symbol decodes to, as an entry without its code length, or nil
  /// for a symbol that may have a code but must never appear (literal/length 286 and 287,
  /// distance 30 and 31).
  struct Alphabet {
    let meanings: [UInt32?]
    /// Whether a code may be incomplete: RFC 1951 lets a distance code (and so zlib a
    /// literal/length code) have a single code of one bit, or none at all.
    let allowsSingleCode: Bool
  }

  /// The longest code DEFLATE allows.
  static let maximumLength = 15

  /// The entries, root table first.
  private(set) var entries: [UInt32]
  /// How many bits index the root table.
  let rootBits: Int

  /// An empty table with room for any code of an alphabet of `symbols` symbols: every
  /// subtable holds at least one of the (at most `symbols`) codes longer than `rootBits`.
  init(rootBits: Int, symbols: Int) {
    self.rootBits = rootBits
    entries = []
    entries.reserveCapacity((1 << rootBits) + symbols << (Self.maximumLength - rootBits))
  }

  static func entry(_ kind: Kind, value: Int, extraBits: Int = 0) -> UInt32 {
    UInt32(value) << 16 | UInt32(extraBits) << 8 | kind.rawValue << 5
  }

  /// Rebuilds the table for the code whose lengths are `lengths` (one a symbol, 0 for a
  /// symbol without a code). Refuses an over-subscribed code (more codes than bit patterns)
  /// and an incomplete one (patterns left over) unless `alphabet` allows a single code.
  mutating func build(lengths: ArraySlice<UInt8>, alphabet: Alphabet) throws(Diagnostic) {
    var counts = [Int](repeating: 0, count: Self.maximumLength + 1)
    for length in lengths { counts[Int(length)] += 1 }
    counts[0] = 0
    var left = 1
    for length in 1...Self.maximumLength {
      left = left << 1 - counts[length]
      if left < 0 { throw Inflater.corrupt("哈夫曼编码的码长超额：编码比可用的位组合还多") }
    }
    let codes = counts.reduce(0, +)
    if left > 0 && !(alphabet.allowsSingleCode && (codes == 0 || (codes == 1 && counts[1] == 1))) {
      throw Inflater.corrupt("哈夫曼编码不完整：有位组合没有对应的符号")
    }
    // The first code of each length (RFC 1951 §3.2.2, step 2).
    var next = [Int](repeating: 0, count: Self.maximumLength + 2)
    var code = 0
    for length in 1...Self.maximumLength {
      code = (code + counts[length - 1]) << 1
      next[length] = code
    }
    // Each symbol's code, reversed so that it reads in stream order.
    var reversed = [Int](repeating: 0, count: lengths.count)
    for (symbol, length) in zip(0..., lengths) where length > 0 {
      reversed[symbol] = Self.reverse(next[Int(length)], bits: Int(length))
      next[Int(length)] += 1
    }
    // Subtables: as many bits as the longest code under each root entry needs.
    let rootSize = 1 << rootBits
    let rootMask = rootSize - 1
    var subBits = [Int](repeating: 0, count: rootSize)
    for (symbol, length) in zip(0..., lengths) where Int(length) > rootBits {
      let prefix = reversed[symbol] & rootMask
      subBits[prefix] = max(subBits[prefix], Int(length) - rootBits)
    }
    entries.removeAll(keepingCapacity: true)
    entries.append(contentsOf: repeatElement(0, count: rootSize))
    var offsets = [Int](repeating: 0, count: rootSize)
    for prefix in 0..<rootSize where subBits[prefix] > 0 {
      offsets[prefix] = entries.count
      entries[prefix] = Self.entry(.link, value: entries.count) | UInt32(subBits[prefix])
      entries.append(contentsOf: repeatElement(0, count: 1 << subBits[prefix]))
    }
    // Fill every entry a code stands for: all the ways the bits after it can go on.
    for (symbol, length) in zip(0..., lengths) where length > 0 {
      guard let meaning = alphabet.meanings[symbol] else { continue }
      let entry = meaning | UInt32(length)
      let bits = Int(length)
      if bits <= rootBits {
        for index in stride(from: reversed[symbol], to: rootSize, by: 1 << bits) {
          entries[index] = entry
        }
      } else {
        let prefix = reversed[symbol] & rootMask
        let start = offsets[prefix]
        let end = start + 1 << subBits[prefix]
        for index in stride(
          from: start + reversed[symbol] >> rootBits, to: end, by: 1 << (bits - rootBits))
        {
          entries[index] = entry
        }
      }
    }
  }

  /// The low `bits` bits of `code` in reverse order.
  private static func reverse(_ code: Int, bits: Int) -> Int {
    var result = 0
    var code = code
    for _ in 0..<bits {
      result = result << 1 | code & 1
      code >>= 1
    }
    return result
  }
}

extension HuffmanTable.Alphabet {
  /// Literals 0–255, end of block 256, lengths 257–285 (RFC 1951 §3.2.5).
  static let literalsAndLengths: Self = {
    let bases = [
      3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
      131, 163, 195, 227, 258,
    ]
    let extra = [
      0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    var meanings: [UInt32?] = (0..<256).map { HuffmanTable.entry(.symbol, value: $0) }
    meanings.append(HuffmanTable.entry(.endOfBlock, value: 0))
    for (base, bits) in zip(bases, extra) {
      meanings.append(HuffmanTable.entry(.base, value: base, extraBits: bits))
    }
    return Self(meanings: meanings + [nil, nil], allowsSingleCode: true)
  }()

  /// Distances 0–29 (RFC 1951 §3.2.5).
  static let distances: Self = {
    var meanings: [UInt32?] = []
    for symbol in 0..<30 {
      let bits = max(0, symbol / 2 - 1)
      let base = symbol < 4 ? symbol + 1 : (2 + symbol % 2) << bits + 1
      meanings.append(HuffmanTable.entry(.base, value: base, extraBits: bits))
    }
    return Self(meanings: meanings + [nil, nil], allowsSingleCode: true)
  }()

  /// The code-length alphabet of a dynamic block's header (RFC 1951 §3.2.7): lengths 0–15
  /// and the repeat symbols 16, 17 and 18.
  static let codeLengths = Self(
    meanings: (0..<19).map { HuffmanTable.entry(.symbol, value: $0) }, allowsSingleCode: false)
}
