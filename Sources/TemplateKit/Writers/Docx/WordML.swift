/// Pieces of WordprocessingML shared by the parts of a .docx.
enum WordML {
  static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
  static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  static let relationships =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

  /// `xmlns:w` and `xmlns:r`, for a part's root element.
  static let namespaces = #"xmlns:w="\#(main)" xmlns:r="\#(relationships)""#

  /// The runs for `text` with run properties `properties` (already XML, may be empty): tabs
  /// become `<w:tab/>`, line breaks (LF, CR, CR LF) `<w:br/>`, the rest escaped text.
  static func runs(_ text: String, properties: String = "") -> String {
    guard !text.isEmpty else { return "" }
    let rPr = properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>"
    var content = ""
    var pending = ""
    func flush() {
      if !pending.isEmpty {
        content += #"<w:t xml:space="preserve">\#(pending.xmlEscaped)</w:t>"#
        pending = ""
      }
    }
    // Characters, not scalars: CR LF is one Character, so it makes one break.
    for character in text {
      switch character {
      case "\t":
        flush()
        content += "<w:tab/>"
      case "\n", "\r", "\r\n":
        flush()
        content += "<w:br/>"
      default:
        pending.append(character)
      }
    }
    flush()
    return "<w:r>\(rPr)\(content)</w:r>"
  }

  /// The runs for inline content: text as is, gap markers highlighted in yellow so the user
  /// finds them. `style` is a character style for all of them, if any.
  static func runs(_ inlines: [Inline], style: String? = nil) -> String {
    let styleXML = style.map { #"<w:rStyle w:val="\#($0)"/>"# } ?? ""
    var out = ""
    for inline in inlines {
      switch inline {
      case .text(let text):
        out += runs(text, properties: styleXML)
      case .gap(let gap):
        out += runs(gap.marker, properties: styleXML + #"<w:highlight w:val="yellow"/>"#)
      }
    }
    return out
  }
}
