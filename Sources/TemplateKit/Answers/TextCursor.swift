/// A position in text being read: the offset in Unicode scalars, and the line and column
/// (counting from 1, columns in scalars) that messages show.
struct TextMark: Equatable, Sendable {
  var offset: Int
  var line: Int
  var column: Int

  /// The start of a text.
  static let start = TextMark(offset: 0, line: 1, column: 1)
}

/// Reads decoded text one Unicode scalar at a time, keeping count of lines and columns.
///
/// Line breaks are `\n` alone: `TextDecoding` has already turned `\r\n` and `\r` into `\n`.
struct TextCursor {
  /// The whole text.
  let scalars: [Unicode.Scalar]
  /// Where the cursor stands.
  private(set) var mark = TextMark.start

  init(_ text: String) {
    scalars = Array(text.unicodeScalars)
  }

  /// Whether the whole text has been read.
  var isAtEnd: Bool { mark.offset >= scalars.count }

  /// The scalar `ahead` places from the cursor (negative: behind it), or nil outside the text.
  func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
    let offset = mark.offset + ahead
    return offset >= 0 && offset < scalars.count ? scalars[offset] : nil
  }

  /// Moves past the current scalar (no effect at the end).
  mutating func advance() {
    guard mark.offset < scalars.count else { return }
    if scalars[mark.offset] == "\n" {
      mark.line += 1
      mark.column = 1
    } else {
      mark.column += 1
    }
    mark.offset += 1
  }

  /// Moves past `count` scalars.
  mutating func advance(by count: Int) {
    for _ in 0..<count { advance() }
  }
}

extension Unicode.Scalar {
  /// The value of a hexadecimal digit (`0`–`9`, `a`–`f`, `A`–`F`), or nil.
  var hexDigitValue: UInt32? {
    switch self {
    case "0"..."9": value - 48
    case "a"..."f": value - 87
    case "A"..."F": value - 55
    default: nil
    }
  }
}

extension String.UnicodeScalarView {
  /// Appends `scalars` one at a time. The standard library's `append(contentsOf:)` on this
  /// view copies the whole text on every call, even of nothing, which makes reading a long
  /// value quadratic (a 50 MB value took hours); appending single scalars is amortized O(1).
  mutating func appendScalars<S: Sequence<Unicode.Scalar>>(_ scalars: S) {
    for scalar in scalars { append(scalar) }
  }
}
