/// What a piece of a report's text becomes in a template, asked for by `TemplateLayout` in
/// reading order: its pieces, whether it is written only when a field says so (a paragraph
/// only some years' reports have), and whether a sub-heading is a field.
protocol UnitTemplating {
  /// The text of `unit` as pieces, for `template` (`TemplateLayout.kindTemplate`, or a
  /// section's id); `dateLine` for the date under the signature.
  mutating func pieces(of unit: TextUnit, in template: String, dateLine: Bool) -> [TemplatePiece]
  /// The path of a yes-or-no field that must be true for `unit` to be written, if one must.
  mutating func condition(for unit: TextUnit, in template: String) -> String?
  /// The path of a field that prints the sub-heading `unit`, when it is not the same text in
  /// every report.
  mutating func heading(_ unit: TextUnit, in template: String) -> String?
}

/// Lays a report's outline out as template source: the report kind's body (title, addressee,
/// opening, `{% sections %}`, closing, signature) and one section template per top-level
/// part, with sub-sections as `{% section %}` and points as `{% points %}`, so that numbers
/// count themselves. What each piece of text becomes is asked of a `UnitTemplating`.
struct TemplateLayout {
  /// A section template: its id (the file name), heading and body.
  struct Section: Sendable {
    var id: String
    var title: String
    var body: String
  }

  static let kindTemplate = "kind"

  private(set) var kindBody = ""
  private(set) var sections: [Section] = []
  /// Whether the report has no numbered headings: its parts run on as paragraphs, each with
  /// its heading, if any, as written.
  private(set) var plain = false

  init(_ outline: ReportOutline, kindID: String, templating: inout some UnitTemplating) {
    func text(_ unit: TextUnit, in template: String, dateLine: Bool = false) -> String {
      let source = TemplateSourceText.source(
        templating.pieces(of: unit, in: template, dateLine: dateLine))
      guard let condition = templating.condition(for: unit, in: template) else { return source }
      return "{% if " + condition + " %}" + source + "{% endif %}"
    }
    var body = ""
    if let title = outline.title {
      body += "{% title %}" + text(title, in: Self.kindTemplate) + "{% endtitle %}\n\n"
    }
    if let addressee = outline.addressee {
      body += "{% addressee %}" + text(addressee, in: Self.kindTemplate) + "{% endaddressee %}\n\n"
    }
    body += Self.blocks(outline.opening, in: Self.kindTemplate, templating: &templating)
    plain = outline.sections.allSatisfy { $0.heading == nil || !$0.numbered }
    if !outline.sections.isEmpty {
      body += plain ? "{% sections plain %}\n\n" : "{% sections %}\n\n"
    }
    body += Self.blocks(outline.closing, in: Self.kindTemplate, templating: &templating)
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
      // A part without a heading, among parts with one (a year that wrote none), has none.
      let title = section.heading?.text ?? ""
      var id =
        kindID + "-"
        + Self.shortName(section.heading?.text ?? "第\(ordinal)段", fallback: "第\(ordinal)部分")
      if ids.contains(id) { id += ordinal }
      ids.insert(id)
      var sectionBody = ""
      if let heading = section.heading, !section.numbered {
        sectionBody = text(heading, in: id) + "\n\n"
      }
      sectionBody += Self.blocks(section.body, in: id, templating: &templating)
      sections.append(Section(id: id, title: title, body: sectionBody))
    }
  }

  /// The sections' headings as their templates' 标题, with the report's year (and the years
  /// next to it) in them printed from `年度`, when `year` is the report's: see `headingSource`.
  mutating func printYears(inHeadingsOf year: Int?) {
    for index in sections.indices {
      sections[index].title = Self.headingSource(sections[index].title, year: year)
    }
  }

  /// A heading as a section's 标题: each `{` printed by an output, so that text that reads like
  /// template syntax stays text; and, with the report's `year`, each `2024年` that is that year
  /// or the one before or after it as `{{ 年度 }}年`, `{{ 年度 - 1 }}年`, `{{ 年度 + 1 }}年`, so
  /// that next year's report moves on (三、2025年工作打算 in a 2024 report).
  static func headingSource(_ heading: String, year: Int?) -> String {
    func isDigit(_ character: Character) -> Bool { ("0"..."9").contains(character) }
    let characters = Array(heading)
    var out = ""
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if character == "{" {
        out += "{{ \"{\" }}"
        index += 1
        continue
      }
      if let year, index + 4 < characters.count, characters[index + 4] == "年",
        index == 0 || !isDigit(characters[index - 1]),
        characters[index..<index + 4].allSatisfy(isDigit),
        let written = Int(String(characters[index..<index + 4])), abs(written - year) <= 1
      {
        let offset = written - year
        out += offset == 0 ? "{{ 年度 }}" : offset > 0 ? "{{ 年度 + 1 }}" : "{{ 年度 - 1 }}"
        index += 4
        continue
      }
      out.append(character)
      index += 1
    }
    return out
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
    _ blocks: [OutlineBlock], in template: String, templating: inout some UnitTemplating
  ) -> String {
    func text(_ unit: TextUnit) -> String {
      let source = TemplateSourceText.source(
        templating.pieces(of: unit, in: template, dateLine: false))
      guard let condition = templating.condition(for: unit, in: template) else { return source }
      return "{% if " + condition + " %}" + source + "{% endif %}"
    }
    var out = ""
    for block in blocks {
      switch block {
      case .paragraph(let unit):
        out += text(unit) + "\n\n"
      case .points(let list):
        var tag = "{% points"
        if list.firstLabel != "一是" { tag += " " + TemplateSourceText.quoted(list.firstLabel) }
        if list.separateParagraphs { tag += " paragraphs" }
        out += (list.lead.map(text) ?? "") + tag + " %}\n"
        for item in list.items {
          let pieces = TemplateSourceText.source(
            templating.pieces(of: item, in: template, dateLine: false))
          let condition = templating.condition(for: item, in: template)
          out += "{% point" + (condition.map { " if " + $0 } ?? "") + " %}" + pieces + "\n"
        }
        out += "{% endpoints %}\n\n"
      case .subsection(let sub):
        let title =
          templating.heading(sub.heading, in: template)
          ?? TemplateSourceText.quoted(sub.heading.text)
        out += "{% section " + title + (sub.bold ? " bold" : sub.runIn ? " runin" : "") + " %}\n"
        out += Self.blocks(sub.body, in: template, templating: &templating)
        out += "{% endsection %}\n\n"
      }
    }
    return out
  }
}
