/// A kind of report (a unit's 落实主体责任情况报告, a secretary's 述职报告…): its title,
/// opening, sections in order, closing and signature, all in one template whose
/// `{% sections %}` places the sections.
public struct ReportKind: Sendable {
  /// Who speaks in the report.
  public enum Voice: String, Sendable {
    /// The unit speaks of itself by name (`XX区残联…`).
    case unit = "单位"
    /// A person speaks as 我 (述职报告, 第一责任人情况报告).
    case person = "个人"
  }

  /// The file name without folder and extension.
  public let id: String
  /// The kind's name as users see it in lists.
  public let name: String
  /// One line saying what kind of report it is.
  public let summary: String
  public let voice: Voice
  /// Its sections, in order, each possibly retitled.
  public let sections: [SectionChoice]
  public let fields: [FieldDeclaration]
  /// Answers the kind supplies unless the answers file gives its own (`默认答案` in the header):
  /// how its sections lay out their points, wording choices that suit this kind of report.
  public let defaults: Mapping
  public let file: TemplateFile
  /// What is odd in the header but does not stop a report (a kind without a name).
  public let warnings: [Diagnostic]
  /// The header as read, to point at its parts.
  private let header: HeaderReader

  init(id: String, file: TemplateFile) throws(Diagnostic) {
    let header = try HeaderReader(file)
    self.id = id
    self.file = file
    self.header = header
    if let name = try header.text("名称") {
      self.name = name
      warnings = []
    } else {
      self.name = id
      warnings = [
        Diagnostic(
          .warning, "报告类型没有写“名称”，列表中用文件名“\(id)”", at: file.source.location(line: 1, column: 1))
      ]
    }
    self.summary = try header.text("说明") ?? ""
    let voiceName = try header.text("人称") ?? Voice.unit.rawValue
    guard let voice = Voice(rawValue: voiceName) else {
      throw header.error("“人称”应是“单位”或“个人”", at: "人称")
    }
    self.voice = voice
    self.sections = try SectionChoice.list(header.root["章节"], at: "章节") { message, path, hint in
      header.error(message, at: path, hint: hint)
    }
    guard !sections.isEmpty else {
      throw file.source.error(
        "报告类型没有列出“章节”", line: 1, column: 1,
        hint: "在头部写上“章节:”，下面每行“- 章节名”，依次是报告的各个部分（draft templates 可列出全部章节）。")
    }
    for (index, choice) in sections.enumerated() {
      if let title = choice.title, let tag = HeaderReader.templateSyntax(in: title, outputs: false)
      {
        throw header.error(
          "“章节”项里的标题是固定文字，不能写“\(tag)”", at: "章节[\(index)].标题",
          hint: "要让标题随答案变化，请写在章节模板头部的“标题”里，如：标题: \"{{ 年度 + 1 }}年工作打算\"（以 {{ 开头时加引号）")
      }
    }
    self.fields = try header.fields()
    switch header.root["默认答案"] {
    case nil, .null?: self.defaults = Mapping()
    case .map(let defaults)?: self.defaults = defaults
    case _?: throw header.error("“默认答案”应是一组答案（映射）", at: "默认答案")
    }
  }

  /// An error about the section its `章节` names at `index`, pointing at that item.
  public func error(_ message: String, atSection index: Int, hint: String? = nil) -> Diagnostic {
    let item = ValuePath.appending(index: index, to: "章节")
    let id = ValuePath.appending(key: "章节", to: item)
    return header.error(message, at: header.has(id) ? id : item, hint: hint)
  }
}

/// A section chosen for a report: which one, and the heading it takes there.
public struct SectionChoice: Sendable, Equatable {
  public var id: String
  /// A heading replacing the section's own, or nil.
  public var title: String?

  public init(id: String, title: String? = nil) {
    self.id = id
    self.title = title
  }

  /// The most sections a report may have: real ones have a handful; a list of 100,000 took a
  /// minute and 3.4 GB.
  public static let maximumCount = 100

  /// Reads a list of choices: each item a section id, or `{章节: id, 标题: 新标题}`.
  /// `fail` makes the error for a message (and hint) about the value at a path.
  static func list(
    _ value: Value?, at path: String, fail: (String, String, String?) -> Diagnostic
  ) throws(Diagnostic) -> [SectionChoice] {
    guard let value, value != .null else { return [] }
    guard case .list(let items) = value else {
      throw fail("“章节”应是一个列表，每项是一个章节名", path, nil)
    }
    guard items.count <= maximumCount else {
      throw fail(
        "章节太多（超过 \(maximumCount) 个）", ValuePath.appending(index: maximumCount, to: path),
        "一份报告通常只有几个章节：检查“章节”列表是否写错了。")
    }
    var choices: [SectionChoice] = []
    for (index, item) in items.enumerated() {
      let at = ValuePath.appending(index: index, to: path)
      switch item {
      case .string(let id):
        choices.append(SectionChoice(id: id))
      case .map(let mapping):
        guard case .string(let id)? = mapping["章节"] else {
          throw fail("章节项应写明“章节”（章节名），可另写“标题”", at, nil)
        }
        choices.append(SectionChoice(id: id, title: mapping["标题"]?.string))
      default:
        throw fail("章节项应是章节名，或写明“章节”和“标题”", at, nil)
      }
    }
    return choices
  }
}
