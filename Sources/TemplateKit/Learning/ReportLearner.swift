/// Learns a report kind, its section templates and the answers that give a report back, from
/// a report an office wrote (`draft learn`):
///
/// 1. the report's structure (`OutlineReader`): title, opening, parts 一、…, sub-parts
///    （一）…, points 一是…, closing, signature and date;
/// 2. the facts in its text (`FactFinder`): counts, amounts, dates, the year, names, titles,
///    activities, enumerations, blanks left unfilled;
/// 3. a field for each, named from the words around it (`FieldTable`);
/// 4. the templates (`TemplateLayout`, `TemplateFiles`) and the answers (`AnswersFile`);
/// 5. a check that the answers, through the templates, give back the report
///    (`Reproduction`), and an account of it all (`LearningAccount`).
public struct ReportLearner: Sendable {
  /// The id of the report kind made: its file name, and what `报告.类型` names.
  public var kindID: String
  /// The built-in templates, whose shared fields learned ones agree with, and under which the
  /// learned ones are checked.
  public let builtIns: Catalogue

  public init(kindID: String = "我的报告", builtIns: Catalogue) {
    self.kindID = kindID
    self.builtIns = builtIns
  }

  /// The name of the answers file in a learned folder.
  public static let answersFile = TemplateFolder.learnedAnswersFile
  /// The name of the account file in a learned folder.
  public static let accountFile = TemplateFolder.learningAccountFile

  /// Learns from `reports`: one, or several years of the same office's report, oldest first.
  /// With several, what differs between them becomes fields and what they share stays text;
  /// the answers file is the last report's, and each earlier one has its own.
  public func learn(_ reports: [SourceReport]) throws(Diagnostic) -> LearnedTemplates {
    guard !reports.isEmpty else {
      throw Diagnostic.error("没有给出要学习的报告", hint: "draft learn 报告文件.docx")
    }
    let outlines = reports.enumerated().map { number, report in
      OutlineReader.outline(of: report).marked(report: number)
    }
    for (outline, report) in zip(outlines, reports) where outline.units.isEmpty {
      throw Diagnostic.error(
        "“\(report.file)”中没有可以学习的文字", hint: "请给出一份写好的报告（.docx、.txt 或 .md）。")
    }
    var layout: TemplateLayout
    let table: FieldTable
    let marked: [Int: [(TextUnit, [TemplatePiece])]]
    let years: [Int?]
    var headings: [[Int: TextUnit]] = []
    if outlines.count == 1 {
      var templating = FactTemplating(outlines: [0: outlines[0]], builtIn: builtIns.sharedFields)
      layout = TemplateLayout(outlines[0], kindID: kindID, templating: &templating)
      (table, marked) = (templating.table, templating.marked)
      years = [templating.year(ofReport: 0)]
    } else {
      let comparison = OutlineComparison(outlines)
      var templating = ComparedTemplating(
        comparison, outlines: outlines, builtIn: builtIns.sharedFields)
      layout = TemplateLayout(comparison.merged, kindID: kindID, templating: &templating)
      (table, marked) = (templating.facts.table, templating.facts.marked)
      years = outlines.indices.map { templating.facts.year(ofReport: $0) }
      headings = comparison.merged.sections.map { section in
        section.heading.flatMap { comparison.versions[$0] } ?? [:]
      }
    }
    // The year in a heading moves with 年度 when the report's year is a field at all.
    let yearIsAField = table.fields.contains { $0.path == "年度" }
    layout.printYears(inHeadingsOf: yearIsAField ? years[years.count - 1] : nil)
    let sources = reports.map(\.file)
    let declarations = Self.declarations(table.fields)
    let byPath = Dictionary(declarations.map { ($0.path, $0) }) { first, _ in first }
    let summary = "由 draft learn 从" + sources.map { "“\($0)”" }.joined(separator: "、") + "学得"
    var files = Self.templateFiles(
      kindID: kindID,
      name: Self.kindName(
        outlines[outlines.count - 1], file: sources[sources.count - 1],
        marked: marked[outlines.count - 1] ?? [], table: table),
      summary: summary, voice: Self.voice(of: outlines[outlines.count - 1]), layout: layout,
      fields: table.fields, declarations: declarations)
    for (number, report) in reports.enumerated() {
      let name = number == reports.count - 1 ? Self.answersFile : Self.earlierAnswersFile(number)
      let text = AnswersFile.text(
        kindID: kindID, source: report.file, fields: table.fields, declarations: byPath,
        report: number,
        sections: Self.sectionTitles(
          layout, headings, report: number, year: yearIsAField ? years[number] : nil))
      files.append(LearnedFile(path: name, text: text))
    }
    let last = reports.count - 1
    var account = LearningAccount(
      sources: sources, kindID: kindID, sections: layout.plain ? 0 : layout.sections.count,
      uses: table.fields.map(\.uses).reduce(0, +), fields: table.fields.count,
      byType: FieldType.allCases.map { type in (type, table.fields.filter { $0.type == type }.count)
      },
      blanks: table.fields.filter { $0.values.isEmpty }.count, numbers: 0, numbersInFields: 0,
      markersRemoved: reports.map(\.markersRemoved).reduce(0, +), mismatches: [],
      answerProblems: [],
      markedTexts: reports.enumerated().map { number, report in
        LearningAccount.marked(report, units: marked[number] ?? [])
      })
    (account.numbers, account.numbersInFields) = Self.numbers(in: marked[last] ?? [])
    try verify(files, against: reports, fields: table.fields, account: &account)
    files.append(LearnedFile(path: Self.accountFile, text: account.text))
    return LearnedTemplates(files: files, account: account)
  }

  /// The headings report `report` gives the parts, when they are not all the kind's own:
  /// `报告.章节` in its answers, each part with its heading there.
  /// A heading is compared as its template writes it for the report's `year`; one that
  /// differs is given as the report wrote it.
  static func sectionTitles(
    _ layout: TemplateLayout, _ headings: [[Int: TextUnit]], report: Int, year: Int?
  ) -> Value? {
    guard headings.count == layout.sections.count else { return nil }
    var differs = false
    let choices: [Value] = zip(layout.sections, headings).map { section, versions in
      guard let written = versions[report]?.text,
        TemplateLayout.headingSource(written, year: year) != section.title
      else {
        return .map(Mapping([("章节", .string(section.id))]))
      }
      differs = true
      return .map(Mapping([("章节", .string(section.id)), ("标题", .string(written))]))
    }
    return differs ? .list(choices) : nil
  }

  // MARK: Declarations and files

  /// A declaration for every field the built-ins do not declare.
  static func declarations(_ fields: [FieldTable.Field]) -> [FieldDeclaration] {
    fields.filter { !$0.declaredByBuiltIns }.map { field in
      FieldDeclaration(
        path: field.path, type: field.type, prompt: field.meaning + "。原文：“" + field.quote + "”",
        example: field.values.sorted { $0.key > $1.key }.first?.value ?? example(for: field),
        label: field.label)
    }
  }

  /// A plausible value for a field the report left blank.
  private static func example(for field: FieldTable.Field) -> Value {
    switch field.type {
    case .count, .integer: return 4
    case .number: return 3.5
    case .amount: return 35000
    case .date: return "2023-07-02"
    case .list: return ["甲", "乙"]
    default:
      if field.path.hasPrefix("地名.") { return "临江" }
      if field.path.hasSuffix("姓名") { return "张明" }
      if field.path.hasSuffix("姓氏") { return "张" }
      return "（按实际填写）"
    }
  }

  /// The kind's and sections' files, each field declared where it is printed: in its section
  /// when only one prints it, else in the kind (whose fields its sections see).
  static func templateFiles(
    kindID: String, name: String, summary: String, voice: ReportKind.Voice,
    layout: TemplateLayout, fields: [FieldTable.Field], declarations: [FieldDeclaration]
  ) -> [LearnedFile] {
    let usedIn = Dictionary(fields.map { ($0.path, $0.usedIn) }) { first, _ in first }
    func isSectionOnly(_ declaration: FieldDeclaration, _ section: String) -> Bool {
      usedIn[declaration.path] == [section]
    }
    let kindFields = declarations.filter { declaration in
      !layout.sections.contains { isSectionOnly(declaration, $0.id) }
    }
    var files = [
      LearnedFile(
        path: "kinds/\(kindID).tmpl",
        text: TemplateFiles.kind(
          id: kindID, name: name, summary: summary, voice: voice, layout: layout,
          declarations: kindFields))
    ]
    for (number, section) in layout.sections.enumerated() {
      files.append(
        LearnedFile(
          path: "sections/\(section.id).tmpl",
          text: TemplateFiles.section(
            section, summary: summary + "的第\(ChineseNumerals.cardinal(number + 1))部分",
            declarations: declarations.filter { isSectionOnly($0, section.id) })))
    }
    return files
  }

  /// The kind's name: the report's title with each field in it named in brackets
  /// (`（单位简称）（年度）年落实…报告`), as the built-in kinds name theirs; without a title,
  /// one naming the file.
  static func kindName(
    _ outline: ReportOutline, file: String, marked: [(TextUnit, [TemplatePiece])],
    table: FieldTable
  ) -> String {
    let name = file.lastPathComponent
    let stem = name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
    guard let title = outline.title else { return "从“\(stem)”学得的报告" }
    guard let pieces = marked.first(where: { $0.0 == title })?.1 else { return title.text }
    return pieces.map { piece in
      switch piece {
      case .text(let text): return text
      case .field(let path, _, _): return "（" + (table[path]?.label ?? path) + "）"
      }
    }.joined()
  }

  /// Whether the report speaks as a person (`我坚持…`) or as the unit.
  static func voice(of outline: ReportOutline) -> ReportKind.Voice {
    let text = outline.units.map(\.text).joined()
    let characters = Array(text)
    var personal = 0
    for (index, character) in characters.enumerated() where character == "我" {
      let next = index + 1 < characters.count ? characters[index + 1] : " "
      if !"们会局单区市县院委校所中办部厅处国党省镇街".contains(next) { personal += 1 }
    }
    return personal >= 2 ? .person : .unit
  }

  /// How many numbers written in digits the units hold, and how many of them fields print.
  private static func numbers(in units: [(TextUnit, [TemplatePiece])]) -> (Int, Int) {
    var total = 0
    var inFields = 0
    for (_, pieces) in units {
      for piece in pieces {
        switch piece {
        case .text(let text): total += countNumbers(text)
        case .field(_, _, let written):
          let count = countNumbers(written)
          total += count
          inFields += count
        }
      }
    }
    return (total, inFields)
  }

  /// Runs of digits (with a decimal point) in `text`.
  static func countNumbers(_ text: String) -> Int {
    var count = 0
    var inNumber = false
    for character in text {
      let digit = character.isASCII && character.isNumber
      if digit, !inNumber { count += 1 }
      inNumber = digit || (inNumber && character == ".")
    }
    return count
  }

  // MARK: Checking

  /// Generates each report from its learned answers through the learned templates (with the
  /// built-in shared declarations), and checks the answers as `draft check` does; what
  /// differs, and what `check` says of anything but the report's blanks, goes into the
  /// account.
  func verify(
    _ files: [LearnedFile], against reports: [SourceReport], fields: [FieldTable.Field],
    account: inout LearningAccount
  ) throws(Diagnostic) {
    var memory: [String: String] = [:]
    for file in files where file.path.hasSuffix(".tmpl") { memory[file.path] = file.text }
    // The learned templates, and of the built-in ones only what every report shares: the
    // field declarations and the facts of each year (the built-in kinds and sections are
    // not in a learned report).
    let shared = builtIns.environment.loader
    for name in shared.names() where name.hasPrefix("fields/") || name.hasPrefix("data/") {
      if memory[name] == nil, let text = try shared.text(of: name) { memory[name] = text.text }
    }
    let catalogue = try Catalogue(loader: MemoryLoader(files: memory, displayPrefix: "学到的/"))
    for (number, report) in reports.enumerated() {
      let name = number == reports.count - 1 ? Self.answersFile : Self.earlierAnswersFile(number)
      guard let text = files.first(where: { $0.path == name })?.text else { continue }
      let answers = try AnswersReader.read(bytes: Array(text.utf8), file: name, format: .yaml)
      let generated = try ReportGenerator(catalogue: catalogue).generate(answers).document
      if let difference = Reproduction.difference(original: report.text, generated: generated) {
        account.mismatches.append("“\(report.file)”：\(difference)")
      }
      // A blank of the report is a gap until it is filled, which `draft check` says; any other
      // problem is learning's.
      let blanks = Set(fields.filter { $0.values[number] == nil }.map(\.path))
      account.answerProblems += AnswersChecker(catalogue: catalogue).check(answers).filter {
        problem in !blanks.contains { problem.message.hasPrefix("缺少“\($0)”") }
      }.map(\.headline)
    }
  }

  /// The answers file of the `number`-th report learned from, when several are.
  static func earlierAnswersFile(_ number: Int) -> String {
    TemplateFolder.learnedAnswersFile(ofReport: number)
  }
}

/// A learned template folder, in memory: its files and the account of how it was learned.
public struct LearnedTemplates: Sendable {
  public var files: [LearnedFile]
  public var account: LearningAccount
}

/// A file of a learned folder: its path under the folder and its text.
public struct LearnedFile: Sendable, Equatable {
  public var path: String
  public var text: String
}

extension String {
  /// The last component of a path: `报告/2023.docx` → `2023.docx`.
  fileprivate var lastPathComponent: String {
    split(separator: "/").last.map(String.init) ?? self
  }
}
