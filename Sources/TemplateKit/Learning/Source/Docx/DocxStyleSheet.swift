/// What a .docx's styles (`word/styles.xml`) say about a paragraph: the outline level a
/// heading style gives (`Heading 1`, `标题 1`, or a style with `w:outlineLvl`), a title style,
/// whether its text is bold, the list numbering it carries — each followed through the
/// styles a style is based on.
struct DocxStyleSheet: Sendable {
  struct Style: Sendable {
    var name = ""
    var basedOn: String?
    var outlineLevel: Int?
    var bold: Bool?
    var numbering: DocxNumbering.Reference?
  }

  private var styles: [String: Style] = [:]
  /// The style of paragraphs that name none.
  private var defaultParagraphStyle: String?

  init() {}

  init(_ document: XMLDocument) {
    for element in document.root.elements("style") {
      guard let id = element.attribute("styleId", namespace: nil) else { continue }
      var style = Style()
      style.name = element.element("name")?.attribute("val", namespace: nil) ?? id
      style.basedOn = element.element("basedOn")?.attribute("val", namespace: nil)
      let properties = element.element("pPr")
      if let level = properties?.element("outlineLvl")?.attribute("val", namespace: nil).flatMap(
        Int.init)
      {
        style.outlineLevel = level
      }
      style.numbering = properties?.element("numPr").flatMap(DocxNumbering.Reference.init)
      style.bold = element.element("rPr").flatMap(Self.bold)
      styles[id] = style
      if element.attribute("type", namespace: nil) == "paragraph",
        ["1", "true", "on"].contains(element.attribute("default", namespace: nil) ?? "")
      {
        defaultParagraphStyle = id
      }
    }
  }

  /// The outline level paragraph style `id` gives: 0 for a title, 1 for the top heading…;
  /// nil for body text.
  func level(ofStyle id: String?) -> Int? {
    var current = id ?? defaultParagraphStyle
    var seen = Set<String>()
    while let name = current, seen.insert(name).inserted, let style = styles[name] {
      let lowered = style.name.lowercased()
      if ["title", "标题"].contains(lowered) { return 0 }
      for prefix in ["heading ", "标题 ", "标题"] where lowered.hasPrefix(prefix) {
        if let level = Int(lowered.dropFirst(prefix.count)), (1...9).contains(level) {
          return level
        }
      }
      if let level = style.outlineLevel, (0...8).contains(level) { return level + 1 }
      current = style.basedOn
    }
    return nil
  }

  /// Whether paragraph or character style `id` makes text bold.
  func isBold(style id: String?) -> Bool {
    value(of: id) { $0.bold } ?? false
  }

  /// The numbering paragraph style `id` carries.
  func numbering(ofStyle id: String?) -> DocxNumbering.Reference? {
    value(of: id ?? defaultParagraphStyle) { $0.numbering }
  }

  private func value<T>(of id: String?, _ read: (Style) -> T?) -> T? {
    var current = id
    var seen = Set<String>()
    while let name = current, seen.insert(name).inserted, let style = styles[name] {
      if let value = read(style) { return value }
      current = style.basedOn
    }
    return nil
  }

  /// Whether run properties `properties` set bold: `<w:b/>`, or `<w:b w:val="1"/>`; nil when
  /// they do not say.
  static func bold(_ properties: XMLElement) -> Bool? {
    guard let bold = properties.element("b") else { return nil }
    let value = bold.attribute("val", namespace: nil) ?? "true"
    return !["0", "false", "off"].contains(value)
  }
}
