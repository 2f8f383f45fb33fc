/// Pieces of WordprocessingML shared by the parts of a .docx.
enum WordML {
  static let declaration = OfficePackage.declaration
  static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  static let relationships =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

  /// `xmlns:w` and `xmlns:r`, for a part's root element.
  static let namespaces = #"xmlns:w="\#(main)" xmlns:r="\#(relationships)""#

  /// The runs for `text` with run properties `properties` (already XML, may be empty): tabs
  /// become `<w:tab/>`, line breaks (LF, CR, CR LF) `<w:br/>`, the rest escaped text.
  static func runs(_ text: String, properties: String = "") -> String {
    guard !text.isEmpty else { return "" }
    var out = "<w:r>"
    if !properties.isEmpty { out += "<w:rPr>" + properties + "</w:rPr>" }
    // The breaks are ASCII, so the UTF-8 bytes are scanned and the text between them copied
    // whole; CR LF makes one break.
    var start = text.utf8.startIndex
    var previous: UInt8 = 0
    func flush(upTo end: String.Index) {
      if start < end {
        out += #"<w:t xml:space="preserve">"# + String(text[start..<end]).xmlEscaped + "</w:t>"
      }
    }
    for index in text.utf8.indices {
      let byte = text.utf8[index]
      defer { previous = byte }
      let element: String
      switch byte {
      case UInt8(ascii: "\t"): element = "<w:tab/>"
      case UInt8(ascii: "\r"): element = "<w:br/>"
      case UInt8(ascii: "\n"): element = previous == UInt8(ascii: "\r") ? "" : "<w:br/>"
      default: continue
      }
      flush(upTo: index)
      out += element
      start = text.utf8.index(after: index)
    }
    flush(upTo: text.utf8.endIndex)
    return out + "</w:r>"
  }

  /// The runs for inline content: text as is, gap markers highlighted in yellow so the user
  /// finds them. `style` is a character style for all of them, if any.
  static func runs(_ inlines: [Inline], style: String? = nil) -> String {
    let styleXML = style.map { #"<w:rStyle w:val="\#($0)"/>"# } ?? ""
    var out = ""
    for inline in inlines {
      switch inline {
      case .text(let text):
        out += runs(text.string, properties: styleXML)
      case .gap(let gap):
        out += runs(gap.marker, properties: styleXML + #"<w:highlight w:val="yellow"/>"#)
      }
    }
    return out
  }
}
