/// The name of a ZIP entry as text. Flag bit 11 says the name is UTF-8; without it the
/// format says CP437 (the IBM PC's code page), but Chinese Windows tools write the local
/// code page (GBK) and others write UTF-8 anyway, so a name is read, in order, as: the
/// Info-ZIP Unicode Path extra field (0x7075) when its checksum matches the name; UTF-8 when
/// flagged or when the bytes are valid UTF-8; GB18030 (which reads GBK) when unflagged and
/// well-formed GB18030; else CP437, which gives every byte a character. A name always comes
/// out readable.
enum ZipEntryName {
  /// The text of `raw`, the name's bytes, given the entry's flags and its extra field.
  static func decode(_ raw: ArraySlice<UInt8>, flags: UInt16, extra: ArraySlice<UInt8>) -> String {
    if let unicode = unicodePath(extra, for: raw) { return unicode }
    if let text = String(validating: raw, as: UTF8.self) { return text }
    if flags & (1 << 11) == 0, let text = GB18030.decode(raw) { return text }
    return String(String.UnicodeScalarView(raw.map(cp437)))
  }

  /// The UTF-8 name of an Info-ZIP Unicode Path extra field (ID 0x7075: version 1, the CRC-32
  /// of the name it stands for, the name), when it stands for `raw`.
  private static func unicodePath(_ extra: ArraySlice<UInt8>, for raw: ArraySlice<UInt8>)
    -> String?
  {
    var offset = extra.startIndex
    while offset + 4 <= extra.endIndex {
      let id = UInt16(extra[offset]) | UInt16(extra[offset + 1]) << 8
      let size = Int(extra[offset + 2]) | Int(extra[offset + 3]) << 8
      let body = offset + 4
      guard body + size <= extra.endIndex else { return nil }
      if id == 0x7075, size >= 5, extra[body] == 1 {
        let crc = (0..<4).reduce(UInt32(0)) { $0 | UInt32(extra[body + 1 + $1]) << (8 * $1) }
        let checksum = Array(raw).withUnsafeBytes { CRC32.checksum($0) }
        if crc == checksum {
          return String(validating: extra[(body + 5)..<(body + size)], as: UTF8.self)
        }
      }
      offset = body + size
    }
    return nil
  }

  /// The character CP437 gives `byte`.
  private static func cp437(_ byte: UInt8) -> Unicode.Scalar {
    guard byte >= 0x80 else { return Unicode.Scalar(byte) }
    return upperHalf[Int(byte - 0x80)]
  }

  /// CP437's characters for 0x80–0xFF.
  private static let upperHalf = Array(
    ("ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐"
      + "└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u{A0}")
      .unicodeScalars)
}
