import Foundation
import Testing

@testable import TemplateKit

/// Every report kind, and every example, rendered with every combination of answers the
/// variants make (`AnswerVariants`), reads as written by hand: none of the known bad shapes
/// (`BadShape.all`), and no gap where only optional answers were left out.
@Suite("Wording: every kind with every combination of answers")
struct WordingTests {
  /// The built-in templates, with two kinds more that hold every section — one spoken by the
  /// unit, one by the secretary — so that each section is read in both voices, each phrase
  /// item with its fields.
  static let catalogue: Catalogue? = try? Catalogue(
    loader: LayeredLoader([
      MemoryLoader(files: [
        "kinds/各章节-单位.tmpl": everySection(voice: "单位"),
        "kinds/各章节-个人.tmpl": everySection(voice: "个人"),
      ]),
      Catalogue.builtInLoader,
    ]))

  static let examplesFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Examples")

  /// The batches among the examples: a batch file, a folder of answers files.
  static let batches = ["batch/批量.yaml", "batch/各单位答案"]

  /// What each test starts from: a kind's questionnaire filled with its examples, an example,
  /// or a unit of an example batch (`Examples/batch/批量.yaml#2`).
  static let bases: [String] =
    (catalogue?.kinds.map { "kinds/" + $0.id } ?? [])
    + ((try? FileManager.default.contentsOfDirectory(atPath: examplesFolder.path)) ?? [])
    .filter { $0.hasSuffix(".yaml") }.sorted().map { "Examples/" + $0 }
    + batches.flatMap { batch in
      let units =
        (try? BatchSource.read(path: examplesFolder.appendingPathComponent(batch).path))?
        .units.count ?? 0
      return (0..<units).map { "Examples/\(batch)#\($0)" }
    }

  @Test func everyKindAndExampleIsTried() throws {
    let kinds = try #require(Self.catalogue).kinds.count
    #expect(kinds >= 6)
    #expect(Self.bases.count >= kinds + 6 + 4 + 3)
  }

  @Test(arguments: bases)
  func readsAsWrittenByHand(_ base: String) throws {
    let catalogue = try #require(Self.catalogue)
    let answers = try Self.answers(base, catalogue: catalogue)
    let variants = try AnswerVariants(catalogue: catalogue, base: answers).all
    #expect(variants.count > 20)
    let generator = ReportGenerator(catalogue: catalogue, templates: TemplateCache())
    var found: [String: [String]] = [:]
    var order: [String] = []
    var seen: [String: [ShapeFinding]] = [:]
    func note(_ finding: String, _ variant: String) {
      if found[finding] == nil { order.append(finding) }
      found[finding, default: []].append(variant)
    }
    for variant in variants {
      let report: Report
      do {
        report = try generator.generate(Answers(root: .map(variant.answers)))
      } catch {
        note("生成失败：\(error)", variant.name)
        continue
      }
      for finding in ShapeFinding.findings(in: Self.lines(of: report.document), seen: &seen) {
        note(finding.description.replacing(/[0-9]+/, with: "#"), variant.name)
      }
      let text = report.text
      for word in variant.forbidden where text.contains(word) {
        let excerpt = text.components(separatedBy: "\n").first { $0.contains(word) } ?? ""
        note("另一类单位的报告中出现了“\(word)”：\(excerpt.prefix(60))", variant.name)
      }
      for gap in report.document.gaps
      where !(variant.allowsYearGaps && gap.field.hasPrefix(EngineValues.yearFacts + ".")) {
        note("只缺可选项却出现了\(gap.marker)", variant.name)
      }
    }
    for finding in order {
      let variants = found[finding] ?? []
      let shown = variants.prefix(3).joined(separator: "；")
      Issue.record(
        "\(base)：\(finding)〔\(shown)\(variants.count > 3 ? " 等 \(variants.count) 种" : "")〕")
    }
  }

  /// Each shape finds the text it was added for.
  @Test(arguments: BadShape.all.map(\.name))
  func eachShapeFindsItsExample(_ name: String) throws {
    let shape = try #require(BadShape.all.first { $0.name == name })
    #expect(shape.find(shape.example) != nil, "“\(name)”没有在它的例子中找到")
  }

  /// Stock wording that looks like a bad shape but is not.
  @Test(arguments: [
    "精心抓好每项工作，做到了事事有人管，件件有着落。",
    "层层压实责任，同谋划、同部署、同推进、同考核。",
    "现将有关情况报告如下：",
    "加强研究部署。一是强化责任落实。二是强化目标管理。",
    "全年召开党员大会4次、支委会12次和党小组会12次。",
    "以《锤炼坚强党性 彰显担当作为》为题，讲了一节党课。",
    "建立“142”品牌创建机制，即以党建服务品牌为引领。",
    "组织开展“学思想、强党性、重实践、建新功”活动，推动全面进步全面过硬。",
  ])
  func stockWordingIsNotABadShape(_ text: String) {
    #expect(ShapeFinding.findings(in: text, isParagraph: true).isEmpty, "\(text)")
  }

  /// The answers a base names: an example's file, or a kind's questionnaire filled with its
  /// examples — every field it asks, also those of phrase items the examples do not pick, and
  /// for the kinds that hold every section, every phrase item.
  static func answers(_ base: String, catalogue: Catalogue) throws -> Mapping {
    if base.hasPrefix("Examples/"), let mark = base.lastIndex(of: "#"),
      let index = Int(base[base.index(after: mark)...])
    {
      let batch = String(base[base.index(base.startIndex, offsetBy: 9)..<mark])
      let source = try BatchSource.read(path: examplesFolder.appendingPathComponent(batch).path)
      return try source.units[index].answers().root.mapping ?? Mapping()
    }
    if base.hasPrefix("Examples/") {
      let url = examplesFolder.appendingPathComponent(String(base.dropFirst("Examples/".count)))
      let bytes = try [UInt8](Data(contentsOf: url))
      return try AnswersReader.read(bytes: bytes, file: base, format: .yaml).root.mapping
        ?? Mapping()
    }
    let kind = try #require(catalogue.kind(String(base.dropFirst("kinds/".count))))
    let text = try Questionnaire(catalogue: catalogue, kind: kind).textWithExamples()
    var answers =
      try AnswersReader.read(bytes: Array(text.utf8), file: base, format: .yaml)
      .root.mapping ?? Mapping()
    let declared = ReportGenerator(catalogue: catalogue).declarations(
      kind: kind, sections: kind.sections.compactMap { catalogue.section($0.id) })
    for declaration in declared where !declaration.path.contains("[]") {
      if declaration.type == .phrases, kind.id.hasPrefix("各章节") {
        answers = answers.removing([declaration.path])
      } else if let example = declaration.example,
        Value.map(answers).value(atPath: declaration.path)?.isAbsent ?? true
      {
        answers.setValue(example, atPath: declaration.path)
      }
    }
    return answers
  }

  /// A kind with every section of the built-in templates, spoken by `voice`.
  static func everySection(voice: String) -> String {
    let sections = Catalogue.builtInLoader.names()
      .filter { $0.hasPrefix("sections/") && $0.hasSuffix(".tmpl") }
      .map { $0.dropFirst("sections/".count).dropLast(".tmpl".count) }
    return """
      ---
      名称: 各章节（\(voice)）
      人称: \(voice)
      章节: [\(sections.joined(separator: ", "))]
      ---
      {% title %}{{ 单位.简称 }}报告{% endtitle %}
      {% sections %}
      {% signature %}
      {{ 单位.党组织 }}
      {{ 报告.日期 | date }}
      {% endsignature %}
      """
  }

  /// The report's lines as a reader meets them, each marked whether it is body text.
  static func lines(of document: Document) -> [(text: String, isParagraph: Bool)] {
    document.blocks.flatMap { block -> [(text: String, isParagraph: Bool)] in
      switch block {
      case .title(let title): [(title.text.plainText, false)]
      case .heading(let heading): [(heading.number + heading.text.plainText, false)]
      case .paragraph(let paragraph):
        [
          (
            (paragraph.runIn.map { $0.number + $0.text.plainText } ?? "")
              + paragraph.content.plainText, true
          )
        ]
      case .signature(let signature):
        (signature.lines + [signature.date]).map { ($0.plainText, false) }
      }
    }
  }
}
