/// Lays a report's outline out as template source: the report kind's body (title, addressee,
/// opening, `{% sections %}`, closing, signature) and one section template per top-level
/// part, with sub-sections as `{% section %}` and points as `{% points %}`, so that numbers
/// count themselves. What each piece of text becomes is asked of `pieces`.
struct TemplateLayout {
  /// A section template: its id (the file name), heading and body.
  struct Section: Sendable {
    var id: String
    var title: String
    var body: String
  }

  /// The text of a unit as template pieces, for the template (`kind`, or a section's id)
  /// that prints it; `dateLine` for the date under the signature.
  typealias Pieces = (_ unit: TextUnit, _ template: String, _ dateLine: Bool) -> [TemplatePiece]

  static let kindTemplate = "kind"

  private(set) var kindBody = ""
  private(set) var sections: [Section] = []
  /// Whether the report has headings: without them its parts run on as paragraphs.
  private(set) var plain = false

  init(_ outline: ReportOutline, kindID: String, pieces: Pieces) {
    func text(_ unit: TextUnit, in template: String, dateLine: Bool = false) -> String {
      TemplateSourceText.source(pieces(unit, template, dateLine))
    }
    var body = ""
    if let title = outline.title {
      body += "{% title %}" + text(title, in: Self.kindTemplate) + "{% endtitle %}\n\n"
    }
    if let addressee = outline.addressee {
      body += "{% addressee %}" + text(addressee, in: Self.kindTemplate) + "{% endaddressee %}\n\n"
    }
    body += Self.blocks(outline.opening, in: Self.kindTemplate, text: text)
    plain = outline.sections.allSatisfy { $0.heading == nil }
    if !outline.sections.isEmpty {
      body += plain ? "{% sections plain %}\n\n" : "{% sections %}\n\n"
    }
    body += Self.blocks(outline.closing, in: Self.kindTemplate, text: text)
    if outline.date != nil || !outline.signature.isEmpty {
      body += "{% signature %}\n"
      for line in outline.signature { body += text(line, in: Self.kindTemplate) + "\n" }
      if let date = outline.date {
        body += text(date, in: Self.kindTemplate, dateLine: true) + "\n"
      }
      body += "{% endsignature %}\n"
    }
    kindBody = body
    var ids = Set<String>()
    for (number, section) in outline.sections.enumerated() {
      let ordinal = ChineseNumerals.cardinal(number + 1)
      let title = section.heading?.text ?? "第\(ordinal)段"
      var id = kindID + "-" + Self.shortName(title, fallback: "第\(ordinal)部分")
      if ids.contains(id) { id += ordinal }
      ids.insert(id)
      sections.append(
        Section(id: id, title: title, body: Self.blocks(section.body, in: id, text: text)))
    }
  }

  /// A heading's first phrase, as a file name: up to its first comma, Chinese characters,
  /// letters and digits only, at most 16 characters.
  static func shortName(_ heading: String, fallback: String) -> String {
    let first =
      heading.split(whereSeparator: { "，、：；。,".contains($0) }).first.map(String.init) ?? heading
    let name = ContextPhrase.key(first, limit: 40)
    return name.isEmpty ? fallback : String(name.prefix(16))
  }

  private static func blocks(
    _ blocks: [OutlineBlock], in template: String,
    text: (TextUnit, String, Bool) -> String
  ) -> String {
    var out = ""
    for block in blocks {
      switch block {
      case .paragraph(let unit):
        out += text(unit, template, false) + "\n\n"
      case .points(let list):
        var tag = "{% points"
        if list.firstLabel != "一是" { tag += " " + TemplateSourceText.quoted(list.firstLabel) }
        if list.separateParagraphs { tag += " paragraphs" }
        out += (list.lead.map { text($0, template, false) } ?? "") + tag + " %}\n"
        for item in list.items { out += "{% point %}" + text(item, template, false) + "\n" }
        out += "{% endpoints %}\n\n"
      case .subsection(let sub):
        out += "{% section " + TemplateSourceText.quoted(sub.heading.text)
        out += (sub.runIn ? " runin" : "") + " %}\n"
        out += Self.blocks(sub.body, in: template, text: text)
        out += "{% endsection %}\n\n"
      }
    }
    return out
  }
}
