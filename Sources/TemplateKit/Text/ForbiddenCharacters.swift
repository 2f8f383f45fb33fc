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

  /// Whether UTF-8 text holds no forbidden character, decided on its bytes: the same set as
  /// `contains` (C0 bytes but tab, line feed and carriage return; DEL; C2 80–C2 9F; EF BF BE and
  /// EF BF BF).
  static func noneIn(utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < utf8.count {
      switch utf8[index] {
      case 0x09, 0x0A, 0x0D: break
      case 0x00..<0x20, 0x7F: return false
      case 0xC2 where index + 1 < utf8.count && utf8[index + 1] < 0xA0: return false
      case 0xEF where index + 2 < utf8.count && utf8[index + 1] == 0xBF && utf8[index + 2] >= 0xBE:
        return false
      default: break
      }
      index += 1
    }
    return true
  }

  /// The first forbidden character of `text`, if any.
  static func first(in text: String) -> Unicode.Scalar? {
    text.unicodeScalars.first(where: contains)
  }
}
