/// `word/fontTable.xml`: every font the styles name, with a fallback (`w:altName`) for a
/// machine that lacks it, and the GB2312 character set for the Chinese ones. A Chinese font
/// falls back along its chain (`FontFallbacks.chain(from:)`): each face of the chain has an
/// entry of its own whose `w:altName` is the next, down to one every Windows and WPS installs
/// (方正小标宋简体 → 华文中宋 → 宋体); one with no chain names its other name (黑体 → SimHei).
struct DocxFontTable {
  var fonts: ReportFonts

  /// The part's bytes.
  var xml: String {
    let chinese = [
      (fonts.body, true), (fonts.level1Heading, true), (fonts.level2Heading, true),
      (fonts.title, false), (fonts.pageNumber, false),
    ]
    var seen: Set<String> = [fonts.latin]
    var entries = Self.entry(
      fonts.latin, alternative: nil, charset: "00", family: "roman", pitch: "variable")
    for (font, isFixedPitch) in chinese {
      let chain = [font] + FontFallbacks.chain(from: font)
      for (index, face) in chain.enumerated() where seen.insert(face).inserted {
        let next =
          index + 1 < chain.count ? chain[index + 1] : FontFallbacks.alternatives(face).first
        // 仿宋, 楷体 and 黑体 are fixed-pitch faces; the Song faces are proportional.
        entries += Self.entry(
          face, alternative: next, charset: "86", family: isFixedPitch ? "modern" : "auto",
          pitch: isFixedPitch ? "fixed" : "variable")
      }
    }
    return WordML.declaration + #"<w:fonts \#(WordML.namespaces)>"# + entries + "</w:fonts>"
  }

  private static func entry(
    _ name: String, alternative: String?, charset: String, family: String, pitch: String
  ) -> String {
    #"<w:font w:name="\#(name.xmlEscaped)">"#
      + (alternative.map { #"<w:altName w:val="\#($0.xmlEscaped)"/>"# } ?? "")
      + #"<w:charset w:val="\#(charset)"/><w:family w:val="\#(family)"/>"#
      + #"<w:pitch w:val="\#(pitch)"/></w:font>"#
  }
}
