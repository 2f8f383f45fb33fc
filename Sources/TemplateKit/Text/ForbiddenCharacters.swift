/// The one rule for characters no answers file, template or report may hold: the C0 control
/// characters other than tab, line feed and carriage return, DEL, the C1 control characters
/// (U+0080–U+009F), and the non-characters U+FFFE and U+FFFF. XML 1.0 cannot carry most of them
/// and Word refuses a file holding one; none of them is visible or typed on purpose.
///
/// Answers and templates are checked when they are read (`TextDecoding`: the file's
/// characters, at their line and column; `ControlCharacterCheck`: text made by escapes such as
/// `\x01`), and the formatted writers check the report's text before writing anything.
enum ForbiddenCharacters {
  /// Whether `scalar` is forbidden.
  static func contains(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0D: false
    case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: true
    default: false
    }
  }

  /// The first forbidden character of `text`, if any.
  static func first(in text: String) -> Unicode.Scalar? {
    text.unicodeScalars.first(where: contains)
  }
}
