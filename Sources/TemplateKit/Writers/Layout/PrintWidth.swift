/// Widths as a printed report measures them, in half characters: a Chinese character or
/// full-width mark fills a grid cell (2), an ASCII letter, digit or space half of one (1).
/// Curly quotes and dashes count as full: the report sets them in the Chinese font.
enum PrintWidth {
  /// The width of one character, in half cells.
  static func of(_ character: Character) -> Int {
    guard let scalar = character.unicodeScalars.first else { return 0 }
    return scalar.value < 0x80 ? 1 : 2
  }

  /// The width of `text`, in half cells.
  static func of(_ text: String) -> Int {
    text.reduce(0) { $0 + of($1) }
  }
}
