/// The styles part of a workbook (`xl/styles.xml`): fixed fonts, fills and borders, and one
/// cell format for each different `CellStyle` the sheets use, numbered as they are met.
struct WorkbookStyles {
  /// The custom number format for dates; custom formats are numbered from 164.
  static let dateFormatID = 164
  static let dateFormatCode = "yyyy-mm-dd"

  private var styles: [CellStyle] = [CellStyle()]
  private var indices: [CellStyle: Int] = [CellStyle(): 0]

  /// The number of `style`'s cell format, given it one when it has none yet.
  mutating func index(of style: CellStyle) -> Int {
    if let index = indices[style] { return index }
    styles.append(style)
    indices[style] = styles.count - 1
    return styles.count - 1
  }

  /// The part's XML.
  var xml: String {
    var out = SpreadsheetML.declaration + #"<styleSheet xmlns="\#(SpreadsheetML.main)">"#
    out += #"<numFmts count="1"><numFmt numFmtId="\#(Self.dateFormatID)" "#
    out += #"formatCode="\#(Self.dateFormatCode)"/></numFmts>"#
    out += #"<fonts count="\#(CellStyle.Font.allCases.count)">"#
    for font in CellStyle.Font.allCases { out += Self.xml(font) }
    out += #"</fonts><fills count="\#(CellStyle.Fill.allCases.count + 1)">"#
    // Fills 0 and 1 are reserved: none, and the grey pattern Excel expects second.
    out += #"<fill><patternFill patternType="none"/></fill>"#
    out += #"<fill><patternFill patternType="gray125"/></fill>"#
    for fill in CellStyle.Fill.allCases.dropFirst() {
      out += #"<fill><patternFill patternType="solid"><fgColor rgb="\#(Self.colour(fill))"/>"#
      out += #"<bgColor indexed="64"/></patternFill></fill>"#
    }
    out += #"</fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>"#
    out += "<border>"
    for side in ["left", "right", "top", "bottom"] {
      out += #"<\#(side) style="thin"><color rgb="FFBFBFBF"/></\#(side)>"#
    }
    out += "<diagonal/></border></borders>"
    out += #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>"#
    out += #"</cellStyleXfs><cellXfs count="\#(styles.count)">"#
    for style in styles { out += Self.xml(style) }
    out += "</cellXfs>"
    out += #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
    return out + "</styleSheet>"
  }

  private static func xml(_ font: CellStyle.Font) -> String {
    let face = #"<name val="宋体"/><family val="3"/><charset val="134"/>"#
    switch font {
    case .regular: return #"<font><sz val="11"/>\#(face)</font>"#
    case .bold: return #"<font><b/><sz val="11"/>\#(face)</font>"#
    case .title: return #"<font><b/><sz val="14"/>\#(face)</font>"#
    case .muted: return #"<font><sz val="10"/><color rgb="FF595959"/>\#(face)</font>"#
    }
  }

  private static func colour(_ fill: CellStyle.Fill) -> String {
    switch fill {
    case .none: "FFFFFFFF"
    case .header: "FFDDEBF7"
    case .required: "FFFFF2CC"
    case .section: "FFE7E6E6"
    case .inactive: "FFF2F2F2"
    }
  }

  /// The built-in or custom number format of `format`.
  private static func formatID(_ format: CellStyle.NumberFormat) -> Int {
    switch format {
    case .general: 0
    case .integer: 1
    case .amount: 4
    case .date: dateFormatID
    case .text: 49
    }
  }

  private static func xml(_ style: CellStyle) -> String {
    let fill = style.fill == .none ? 0 : style.fill.rawValue + 1
    var out = #"<xf numFmtId="\#(formatID(style.format))" fontId="\#(style.font.rawValue)" "#
    out += #"fillId="\#(fill)" borderId="\#(style.bordered ? 1 : 0)" xfId="0""#
    if style.format != .general { out += #" applyNumberFormat="1""# }
    if style.font != .regular { out += #" applyFont="1""# }
    if style.fill != .none { out += #" applyFill="1""# }
    if style.bordered { out += #" applyBorder="1""# }
    guard style != CellStyle() else { return out + "/>" }
    out += #" applyAlignment="1"><alignment vertical="top""#
    if style.wraps { out += #" wrapText="1""# }
    return out + "/></xf>"
  }
}
