/// Reads UTF-8 text one Unicode scalar (or one byte) at a time, keeping its `TextPosition`:
/// the answers readers and the template lexer both read with it. It counts its `steps`, so
/// that tests can bound the work of reading by the size of the text.
///
/// The bytes are a slice whose indices are offsets: a whole text from 0, or part of one (the
/// content of a tag) at the offsets it has in the whole. Line breaks are `\n` alone (answers
/// and templates are decoded with `\r\n` and `\r` turned into `\n`). Bytes that do not start
/// a scalar read as U+FFFD, one byte each, so that no input stops or traps the reading.
struct TextCursor {
  /// The text read.
  let bytes: ArraySlice<UInt8>
  /// Where the cursor stands.
  private(set) var position: TextPosition
  /// The scalars and bytes looked at or moved past so far (a look `n` scalars ahead counts
  /// `n + 1`).
  private(set) var steps = 0
  /// The scalars moved past so far.
  private(set) var scalarsPassed = 0

  /// A cursor at `start`, whose offset is the index of the first byte of `bytes`.
  init(_ bytes: ArraySlice<UInt8>, at start: TextPosition) {
    self.bytes = bytes
    position = start
    position.offset = bytes.startIndex
  }

  /// A cursor at the start of `text`.
  init(_ text: String) {
    self.init(Array(text.utf8)[...], at: .start)
  }

  /// The offset of the cursor in the bytes.
  var offset: Int { position.offset }

  /// Whether the whole text has been read.
  var isAtEnd: Bool { position.offset >= bytes.endIndex }

  /// The byte `ahead` bytes from the cursor, or nil outside the text.
  mutating func byte(_ ahead: Int = 0) -> UInt8? {
    steps += 1
    let index = position.offset + ahead
    return index >= bytes.startIndex && index < bytes.endIndex ? bytes[index] : nil
  }

  /// The scalar `ahead` scalars from the cursor (negative: behind it), or nil outside the text.
  mutating func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
    steps += 1 + abs(ahead)
    var index = position.offset
    if ahead >= 0 {
      for _ in 0..<ahead {
        guard index < bytes.endIndex else { return nil }
        index += length(at: index)
      }
    } else {
      for _ in 0..<(-ahead) {
        guard index > bytes.startIndex else { return nil }
        index -= 1
        while index > bytes.startIndex, bytes[index] & 0xC0 == 0x80 { index -= 1 }
      }
    }
    return scalar(at: index)
  }

  /// Moves past the current scalar (no effect at the end).
  mutating func advance() {
    steps += 1
    guard position.offset < bytes.endIndex else { return }
    scalarsPassed += 1
    if bytes[position.offset] == UInt8(ascii: "\n") {
      position.line += 1
      position.column = 1
    } else {
      position.column += 1
    }
    position.offset += length(at: position.offset)
  }

  /// Moves past `count` scalars.
  mutating func advance(scalars count: Int) {
    for _ in 0..<count { advance() }
  }

  /// Moves past `count` bytes, keeping the column in scalars.
  mutating func advance(bytes count: Int) {
    steps += count
    for _ in 0..<count where position.offset < bytes.endIndex {
      if bytes[position.offset] & 0xC0 != 0x80 { scalarsPassed += 1 }
      position.advance(over: bytes[position.offset])
    }
  }

  /// Counts `count` steps taken by a reader looking at `bytes` itself.
  mutating func count(steps count: Int) {
    steps += count
  }

  /// The text between two offsets.
  func text(from start: Int, to end: Int) -> String {
    String(decoding: bytes[start..<end], as: UTF8.self)
  }

  /// The length in bytes of the scalar starting at `index` (1 for a byte that starts none),
  /// not past the end.
  private func length(at index: Int) -> Int {
    let length: Int
    switch bytes[index] {
    case 0xC0..<0xE0: length = 2
    case 0xE0..<0xF0: length = 3
    case 0xF0...: length = 4
    default: length = 1
    }
    return min(length, bytes.endIndex - index)
  }

  private func scalar(at index: Int) -> Unicode.Scalar? {
    guard index >= bytes.startIndex, index < bytes.endIndex else { return nil }
    let lead = bytes[index]
    if lead < 0x80 { return Unicode.Scalar(lead) }
    let length = length(at: index)
    guard lead >= 0xC0, length > 1 else { return "\u{FFFD}" }
    var value = UInt32(lead) & (0xFF >> (length + 1))
    for next in bytes[(index + 1)..<(index + length)] {
      value = value << 6 | UInt32(next & 0x3F)
    }
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }
}

extension Array where Element == UInt8 {
  /// Appends the UTF-8 of `scalar`: readers build text as bytes, made a `String` once.
  mutating func appendUTF8(_ scalar: Unicode.Scalar) {
    UTF8.encode(scalar) { append($0) }
  }
}
