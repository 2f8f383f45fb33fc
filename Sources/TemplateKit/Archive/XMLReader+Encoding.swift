/// The encodings an XML document may come in, turned into UTF-8 before it is read.
extension XMLReader {
  /// The document as UTF-8: UTF-8 as it is (a byte-order mark dropped); UTF-16 by its
  /// byte-order mark; otherwise as its XML declaration says — UTF-8 and ASCII as they are,
  /// ISO-8859-1, and GB18030 (with GBK and GB2312, which it contains), which some Chinese
  /// tools declare. Any other declared encoding is refused by name.
  static func utf8Text(of bytes: [UInt8], file: String) throws(Diagnostic) -> [UInt8] {
    if UTF16Decoding.hasByteOrderMark(bytes) {
      guard let text = UTF16Decoding.text(bytes) else {
        throw Diagnostic.error(
          "“\(file)”以 UTF-16 的字节顺序标记开头，但内容不是有效的 UTF-16", hint: "文件可能已损坏。")
      }
      return Array(text.utf8)
    }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return Array(bytes.dropFirst(3)) }
    guard let encoding = declaredEncoding(bytes) else { return bytes }
    switch encoding.uppercased() {
    case "UTF-8", "UTF8", "US-ASCII", "ASCII": return bytes
    case "ISO-8859-1", "LATIN1", "LATIN-1":
      return Array(String(String.UnicodeScalarView(bytes.map(Unicode.Scalar.init))).utf8)
    case "GB18030", "GBK", "GB2312", "CP936", "WINDOWS-936", "GB_2312-80":
      guard let text = GB18030.decode(bytes[...]) else {
        let offset = GB18030.firstInvalidOffset(bytes[...]) ?? 0
        throw Diagnostic.error(
          "“\(file)”声明为 \(encoding) 编码，但第 \(offset + 1) 个字节起不是有效的 GB18030",
          hint: "文件可能已损坏；请用 Word、Excel 或 WPS 打开它，另存一份后再试。")
      }
      return Array(text.utf8)
    default:
      throw Diagnostic.error(
        "“\(file)”是 \(encoding) 编码的 XML，draft 读不了这种编码",
        hint: "Word、Excel 和 WPS 写的 XML 都是 UTF-8；请在其中打开文件，另存一份后再试。")
    }
  }

  /// The `encoding` of an XML declaration at the very start (`<?xml version="1.0"
  /// encoding="GBK"?>`), read from its ASCII bytes.
  private static func declaredEncoding(_ bytes: [UInt8]) -> String? {
    guard bytes.starts(with: Array("<?xml".utf8)) else { return nil }
    let declaration = bytes.prefix(200).prefix { $0 != UInt8(ascii: ">") }
    let text = String(decoding: declaration, as: UTF8.self)
    guard let key = text.range(of: "encoding") else { return nil }
    let rest = text[key.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
    guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
    return String(rest.dropFirst().prefix { $0 != quote })
  }
}
