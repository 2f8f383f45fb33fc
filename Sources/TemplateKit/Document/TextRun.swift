/// The text of a run being written, as UTF-8 bytes: appending to a byte buffer is several
/// times cheaper than appending to a `String`, and rendering appends constantly. The buffer is
/// kept between runs, so a report reuses one allocation.
struct TextRun {
  private(set) var bytes: [UInt8] = []

  init() { bytes.reserveCapacity(1024) }

  var isEmpty: Bool { bytes.isEmpty }
  var count: Int { bytes.count }

  mutating func append(_ text: String) {
    let copied: Void? = text.utf8.withContiguousStorageIfAvailable { bytes.append(contentsOf: $0) }
    if copied == nil { bytes.append(contentsOf: text.utf8) }
  }

  mutating func append(_ text: InlineText) {
    bytes.append(contentsOf: text.utf8)
  }

  mutating func append(_ text: Substring) {
    bytes.append(contentsOf: text.utf8)
  }

  /// The last character, when it is a single scalar (as punctuation is).
  var last: Character? {
    guard let start = lastScalarStart else { return nil }
    return String(decoding: bytes[start...], as: UTF8.self).first
  }

  mutating func removeLast() {
    guard let start = lastScalarStart else { return }
    bytes.removeSubrange(start...)
  }

  /// Keeps the first `count` bytes.
  mutating func truncate(to count: Int) {
    guard count < bytes.count else { return }
    bytes.removeSubrange(count...)
  }

  /// Replaces the content with `text`.
  mutating func set(_ text: InlineText) {
    bytes.removeAll(keepingCapacity: true)
    append(text)
  }

  /// The text so far, emptying the run (a copy of just the text: the buffer stays this run's).
  mutating func take() -> InlineText {
    defer { bytes.removeAll(keepingCapacity: true) }
    return InlineText(validUTF8: Array(bytes[...]))
  }

  /// Where the last scalar starts: continuation bytes are 10xxxxxx.
  private var lastScalarStart: Int? {
    var index = bytes.count - 1
    while index >= 0, bytes[index] & 0xC0 == 0x80 { index -= 1 }
    return index >= 0 ? index : nil
  }
}
