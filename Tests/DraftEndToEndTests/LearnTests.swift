import Foundation
import Testing

/// `draft learn` on the corpus reports as they are (with the writers' blanks) and filled in
/// (real names and figures), measured from outside as the issue asks: the learned answers give
/// the report back; the numbers and dates are fields; `draft check` is clean; one count changed
/// changes that figure alone; the year moves every mention of it.
@Suite("draft learn: a report becomes templates and answers", .serialized)
struct LearnTests {
  static let corpus = Draft.packageRoot.appendingPathComponent("Tests/DraftEndToEndTests/Corpus")
  static let learning = Draft.packageRoot.appendingPathComponent(
    "Tests/DraftEndToEndTests/Learning")

  /// The corpus reports, then the same filled in.
  static let reports: [String] =
    CorpusSimilarityTests.corpus.map { corpus.appendingPathComponent($0.1).path }
    + ["000", "001", "002", "003"].map { learning.appendingPathComponent("filled-\($0).txt").path }

  static func hasBlanks(_ report: String) -> Bool { !report.contains("filled-") }

  @Test(arguments: reports)
  func theLearnedAnswersGiveTheReportBack(report: String) throws {
    let learned = try LearnedFolder(learning: [report])
    #expect(learned.learnRun.status == 0, "\(learned.learnRun.errors)")
    let generated = try learned.generate()
    #expect(generated.status == 0, "\(generated.errors)")
    let original = try String(contentsOfFile: report, encoding: .utf8)
    #expect(ReportText.normalized(generated.output) == ReportText.normalized(original))
    let strict = try learned.generate(nil, ["--strict"])
    #expect(strict.status == (Self.hasBlanks(report) ? 1 : 0), "\(strict.errors)")
    // The answers and the account learn wrote beside the templates are not warned of.
    #expect(!generated.errors.contains("模板目录中"), "\(generated.errors)")
    if !Self.hasBlanks(report) { #expect(strict.errors.isEmpty, "\(strict.errors)") }
  }

  @Test(arguments: reports)
  func numbersAndDatesAreFields(report: String) throws {
    let learned = try LearnedFolder(learning: [report])
    let original = try String(contentsOfFile: report, encoding: .utf8)
    let bare = try learned.generate(LearnedAnswers.empty())
    #expect(bare.status == 0, "\(bare.errors)")
    let written = ReportText.numbers(in: original).count
    let left = ReportText.numbers(in: bare.output).count
    #expect(
      Double(written - left) >= 0.9 * Double(written), "\(left) of \(written) numbers stay text")
    #expect(ReportText.dates(in: bare.output) == 0, "\(bare.output)")
  }

  /// `draft check` finds nothing in the answers of a report without blanks; in those of a
  /// report with blanks, nothing but each blank, once, as a value to fill in.
  @Test(arguments: reports)
  func checkFindsNothingInTheLearnedAnswersButTheBlanks(report: String) throws {
    let learned = try LearnedFolder(learning: [report])
    let check = try learned.check()
    let blanks = LearnedAnswers.blanks(in: try learned.text("答案.yaml"))
    guard Self.hasBlanks(report) else {
      #expect(blanks.isEmpty)
      #expect(check.status == 0, "\(check.errors)")
      #expect(check.errors.contains("没有发现问题"))
      return
    }
    #expect(check.status == 1)
    let problems = check.errors.split(separator: "\n").filter { $0.contains("错误：") }
    #expect(problems.count == blanks.count, "\(check.errors)")
    for (problem, blank) in zip(problems, blanks) {
      #expect(problem.contains("错误：缺少“\(blank)”"), "\(problem)")
    }
  }

  @Test(arguments: reports)
  func eachCountChangesItsOwnFigureAlone(report: String) throws {
    let learned = try LearnedFolder(learning: [report])
    let answers = try learned.text("答案.yaml")
    let before = try learned.generate().output
    let counts = LearnedAnswers.numbers(in: answers, group: "统计")
    #expect(Self.hasBlanks(report) || counts.count >= 1)
    for (path, value) in counts {
      let changed = 98_765
      let after = try learned.generate(
        LearnedAnswers.setting(path, to: String(changed), in: answers)
      ).output
      #expect(after.components(separatedBy: String(changed)).count == 2, "\(path)")
      #expect(
        after.replacingOccurrences(of: String(changed), with: String(value)) == before, "\(path)")
    }
  }

  @Test(arguments: reports)
  func theYearMovesEveryMentionOfIt(report: String) throws {
    let learned = try LearnedFolder(learning: [report])
    let answers = try learned.text("答案.yaml")
    guard let year = LearnedAnswers.year(in: answers) else {
      Issue.record("学得的答案中没有年度")
      return
    }
    let before = try learned.generate().output
    let after = try learned.generate(
      LearnedAnswers.setting("年度", to: String(year + 1), in: answers)
    )
    .output
    #expect(after == ReportText.movingYears(before, around: year))
    #expect(after != before)
  }

  @Test func nextYearStartsFromTheLearnedAnswers() throws {
    let learned = try LearnedFolder(learning: [Self.reports[4]])
    let next = learned.folder.path("2024.yaml")
    let initRun = try Draft.run([
      "init", "我的报告", "--templates", learned.path, "--from",
      (learned.path as NSString).appendingPathComponent("答案.yaml"), "-o", next,
    ])
    #expect(initRun.status == 0, "\(initRun.errors)")
    let questionnaire = try String(contentsOfFile: next, encoding: .utf8)
    #expect(questionnaire.contains("年度: 2024"))
    #expect(questionnaire.contains("简称: 临江区残联"))
    let generated = try Draft.run(["generate", next, "--templates", learned.path])
    #expect(generated.status == 0, "\(generated.errors)")
    #expect(generated.output.contains("2024年，在市委、区委的正确领导下，临江区残联党组"))
  }

  @Test func theAccountMarksEveryField() throws {
    let learned = try LearnedFolder(learning: [Self.reports[5]])
    #expect(learned.learnRun.errors.contains("成为字段（100%）"))
    let account = try learned.text("学习记录.txt")
    #expect(account.contains("今年来共召开党组会【统计.党组会=18】次、理事长办公会【统计.理事长办公会=20】次"))
    #expect(account.contains("检查：用学得的答案生成的报告与原文一致"))
  }

  @Test func anExistingFolderIsKeptUnlessForced() throws {
    let learned = try LearnedFolder(learning: [Self.reports[4]])
    let again = try Draft.run(["learn", Self.reports[5], "-o", learned.path])
    #expect(again.status == 2)
    #expect(again.errors.contains("没有写出任何文件"))
    #expect(try learned.text("答案.yaml").contains("临江区残联"))
    let forced = try Draft.run(["learn", Self.reports[5], "-o", learned.path, "--force"])
    #expect(forced.status == 0, "\(forced.errors)")
    #expect(try learned.text("答案.yaml").contains("党组会: 18"))
  }

  @Test(arguments: [
    ("报告.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] as [UInt8], "另存为"),
    ("报告.wps", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "另存为"),
    ("报告.pdf", Array("%PDF-1.7\n".utf8), "PDF"),
  ])
  func filesItCannotReadSayWhatToDo(name: String, bytes: [UInt8], words: String) throws {
    let folder = try TemporaryFolder()
    let file = folder.path(name)
    try Data(bytes).write(to: URL(fileURLWithPath: file))
    let result = try Draft.run(["learn", file, "-o", folder.path("学到的")])
    #expect(result.status == 2)
    #expect(result.errors.contains(words), "\(result.errors)")
    #expect(!FileManager.default.fileExists(atPath: folder.path("学到的")))
  }
}

extension LearnedAnswers {
  /// The paths of the keys given no value (`组.键:` with nothing after it), in order.
  static func blanks(in yaml: String) -> [String] {
    var group = ""
    var found: [String] = []
    for line in yaml.split(separator: "\n") {
      if !line.hasPrefix(" "), !line.hasPrefix("#"), line.hasSuffix(":") {
        group = String(line.dropLast())
      } else if line.hasPrefix("  "), !line.hasPrefix("   "), line.hasSuffix(":"),
        !line.contains("#")
      {
        found.append(group + "." + line.trimmingCharacters(in: .whitespaces).dropLast())
      }
    }
    return found
  }

  /// The top-level `年度`.
  static func year(in yaml: String) -> Int? {
    yaml.split(separator: "\n").first { $0.hasPrefix("年度:") }.flatMap {
      Int($0.dropFirst(3).trimmingCharacters(in: .whitespaces))
    }
  }
}

extension ReportText {
  /// `text` with each mention of `year` and the years beside it (`2023年`, not the year of a
  /// full date such as `2023年7月2日`) one year on.
  static func movingYears(_ text: String, around year: Int) -> String {
    let expression = try? NSRegularExpression(
      pattern: "(?<![0-9])([0-9]{4})年(?![0-9]{1,2}月[0-9]{1,2}日)")
    var out = text
    let matches = expression?.matches(in: text, range: NSRange(text.startIndex..., in: text)) ?? []
    for match in matches.reversed() {
      guard let range = Range(match.range(at: 1), in: text), let value = Int(text[range]),
        abs(value - year) <= 1
      else { continue }
      out.replaceSubrange(range, with: String(value + 1))
    }
    return out
  }
}

/// `draft learn` on several years of one office's report: what differs is what becomes fields,
/// what is the same stays text, and each year's answers give that year's report back.
@Suite("draft learn: several years of one report", .serialized)
struct LearnSeveralYearsTests {
  static let thisYear = LearnTests.learning.appendingPathComponent("filled-000.txt").path
  static let lastYear = LearnTests.learning.appendingPathComponent("filled-000-2022.txt").path

  @Test func whatDiffersBecomesFieldsAndWhatIsTheSameStaysText() throws {
    let learned = try LearnedFolder(learning: [Self.lastYear, Self.thisYear])
    #expect(learned.learnRun.status == 0, "\(learned.learnRun.errors)")
    let latest = try learned.text("答案.yaml")
    let earlier = try learned.text("答案-1.yaml")
    #expect(latest.contains("年度: 2023") && earlier.contains("年度: 2022"))
    #expect(earlier.contains("[助残日, 爱耳日]") && latest.contains("[助残日, 爱眼日]"))
    #expect(earlier.contains("\"2022-06-28\"") && latest.contains("\"2023-07-02\""))
    #expect(earlier.contains(": 青山") && latest.contains(": 红星"))
    // Names both years share stay text: no field for the unit, the secretary, the superiors.
    #expect(!latest.contains("简称:") && !latest.contains("姓名:") && !latest.contains("上级:"))
    let template = try learned.text("sections/我的报告-规范党内政治生活.tmpl")
    #expect(template.contains("临江区残联党组书记、理事长张明以《{{"))
  }

  @Test func eachYearsAnswersGiveThatYearsReportBack() throws {
    let learned = try LearnedFolder(learning: [Self.lastYear, Self.thisYear])
    for (answers, report) in [("答案-1.yaml", Self.lastYear), ("答案.yaml", Self.thisYear)] {
      let generated = try learned.generate(try learned.text(answers), ["--strict"])
      #expect(generated.status == 0, "\(generated.errors)")
      let original = try String(contentsOfFile: report, encoding: .utf8)
      #expect(
        ReportText.normalized(generated.output) == ReportText.normalized(original), "\(answers)")
    }
    #expect(try learned.check().status == 0)
  }

  @Test func aParagraphOnlySomeYearsHaveIsWrittenWhenItsFieldSaysSo() throws {
    let folder = try TemporaryFolder()
    var earlier = try String(contentsOfFile: Self.lastYear, encoding: .utf8)
    earlier = String(earlier[..<(earlier.range(of: "（三）切实强化理论武装")?.lowerBound ?? earlier.endIndex)])
    earlier = earlier.replacingOccurrences(
      of: "四、严抓党风廉政建设\n", with: "四、严抓党风廉政建设\n全年共查处违纪违规问题3起，通报曝光典型案例2起。\n")
    let older = try folder.write(
      earlier.replacingOccurrences(of: "2022年", with: "2021年"), to: "2021.txt")
    let old = try folder.write(earlier, to: "2022.txt")
    let learned = try LearnedFolder(learning: [older, old, Self.thisYear])
    #expect(learned.learnRun.status == 0, "\(learned.learnRun.errors)")
    for (answers, report) in [("答案-1.yaml", older), ("答案-2.yaml", old), ("答案.yaml", Self.thisYear)]
    {
      let generated = try learned.generate(try learned.text(answers))
      let original = try String(contentsOfFile: report, encoding: .utf8)
      #expect(
        ReportText.normalized(generated.output) == ReportText.normalized(original), "\(answers)")
    }
    #expect(try learned.text("答案.yaml").contains("全年共查处违纪违规问题: false"))
  }
}

/// `draft learn` on Word documents: each corpus report as LibreOffice converts it from text,
/// and reports written with python-docx the way Word users write them (headings as styles, a
/// bold run-in head, paragraphs split into many runs, a table), learned as well as the text.
/// Reported as skipped where LibreOffice or python-docx is missing, unless
/// `DRAFT_EXTERNAL_CHECKS=required`.
@Suite("draft learn: .docx reports", .serialized)
struct LearnDocxTests {
  static let script = Draft.packageRoot.appendingPathComponent("Tests/external/make_report_docx.py")
    .path

  /// Whether `tools` (and the Python `module`) are there; records an issue when they are not
  /// (the test runs without them only when the checks are required).
  private func available(_ tools: [String], module: String? = nil) -> Bool {
    let missing = ExternalChecksTests.missing(tools, modules: module.map { [$0] } ?? [])
    guard missing.isEmpty else {
      Issue.record("学习 .docx 的测试需要 \(missing.joined(separator: "、"))，但没有安装")
      return false
    }
    return true
  }

  private func python(_ arguments: [String]) throws {
    let (status, text) = try ExternalChecksTests.python(Self.script, arguments)
    #expect(status == 0, "\(text)")
  }

  /// The templates of two learned folders, without the line naming what they were learned from.
  private func templates(_ learned: LearnedFolder) throws -> [String] {
    let files = try FileManager.default.subpathsOfDirectory(atPath: learned.path)
      .filter { $0.hasSuffix(".tmpl") }.sorted()
    return try files.map { file in
      try learned.text(file).split(separator: "\n").filter { !$0.hasPrefix("说明:") }
        .joined(separator: "\n")
    }
  }

  /// Every report converted by LibreOffice, in one run of it.
  nonisolated(unsafe) static let converted: TemporaryFolder? = {
    guard let folder = try? TemporaryFolder() else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script, "libreoffice"] + LearnTests.reports + [folder.url.path]
    try? process.run()
    process.waitUntilExit()
    return process.terminationStatus == 0 ? folder : nil
  }()

  @Test(
    .enabled(if: ExternalChecksTests.canRun(["python3", "soffice"]), "需要 LibreOffice"),
    arguments: LearnTests.reports)
  func aReportConvertedByLibreOfficeIsLearnedAsItsText(report: String) throws {
    guard available(["python3", "soffice"]) else { return }
    guard let folder = Self.converted else {
      Issue.record("LibreOffice 没能转换语料")
      return
    }
    let docx = folder.path(
      ((report as NSString).lastPathComponent as NSString).deletingPathExtension + ".docx")
    let fromWord = try LearnedFolder(learning: [docx])
    #expect(fromWord.learnRun.status == 0, "\(fromWord.learnRun.errors)")
    let generated = try fromWord.generate()
    let original = try String(contentsOfFile: report, encoding: .utf8)
    #expect(ReportText.normalized(generated.output) == ReportText.normalized(original))
    let fromText = try LearnedFolder(learning: [report])
    #expect(
      try fromWord.check().errors
        == fromText.check().errors.replacingOccurrences(of: fromText.path, with: fromWord.path))
    #expect(try templates(fromWord) == templates(fromText))
  }

  @Test(
    .enabled(if: ExternalChecksTests.canRun(["python3"], modules: ["docx"]), "需要 python-docx"),
    arguments: ["000", "001", "003"])
  func aReportWrittenTheWayWordUsersWriteIsLearnedAsItsText(number: String) throws {
    guard available(["python3"], module: "docx") else { return }
    let folder = try TemporaryFolder()
    let docx = folder.path("报告.docx")
    let expected = folder.path("报告.txt")
    try python([
      "word", LearnTests.learning.appendingPathComponent("filled-\(number).txt").path, docx,
      expected,
    ])
    let fromWord = try LearnedFolder(learning: [docx])
    #expect(fromWord.learnRun.status == 0, "\(fromWord.learnRun.errors)")
    let generated = try fromWord.generate(nil, ["--strict"])
    #expect(generated.status == 0, "\(generated.errors)")
    let shown = try String(contentsOfFile: expected, encoding: .utf8)
    #expect(ReportText.normalized(generated.output) == ReportText.normalized(shown))
    #expect(try fromWord.check().status == 0)
    let fromText = try LearnedFolder(learning: [expected])
    #expect(try templates(fromWord) == templates(fromText))
    #expect(try fromWord.text("答案.yaml").contains("统计:"))
  }
}

/// The worked example of docs/learn.md is what `draft learn` writes.
@Suite("draft learn: the documentation's example")
struct LearnDocumentationTests {
  @Test func theExampleShownIsWhatLearningWrites() throws {
    let docs = try String(
      contentsOf: Draft.packageRoot.appendingPathComponent("docs/learn.md"), encoding: .utf8)
    let folder = try TemporaryFolder()
    let learned = try Draft.run(["learn", "Examples/learn/2023年报告.txt", "-o", folder.path("我的模板")])
    #expect(learned.status == 0, "\(learned.errors)")
    let summary = learned.errors.split(separator: "\n").prefix(3)
    for line in summary { #expect(docs.contains(line), "文档中没有：\(line)") }
    var templates = ""
    for file in try FileManager.default.subpathsOfDirectory(atPath: folder.path("我的模板"))
    where file.hasSuffix(".tmpl") {
      templates += try String(contentsOfFile: folder.path("我的模板/" + file), encoding: .utf8)
    }
    let shown = docs.split(separator: "\n").filter {
      $0.hasPrefix("{% point %}") || $0.hasPrefix("{% title %}") || $0.hasPrefix("严格落实中央八项规定精神，{%")
    }
    #expect(shown.count == 5)
    for line in shown { #expect(templates.contains(line), "学得的模板中没有：\(line)") }
    let account = try String(contentsOfFile: folder.path("我的模板/学习记录.txt"), encoding: .utf8)
    let marked = docs.split(separator: "\n").first { $0.hasPrefix("（一）强化组织领导。局【") }
    #expect(marked.map { account.contains($0.replacingOccurrences(of: "，……", with: "")) } == true)
  }

  @Test func theExampleOfTwoYearsGivesEachYearBack() throws {
    let learned = try LearnedFolder(learning: [
      Draft.packageRoot.appendingPathComponent("Examples/learn/2022年报告.txt").path,
      Draft.packageRoot.appendingPathComponent("Examples/learn/2023年报告.txt").path,
    ])
    #expect(learned.learnRun.status == 0, "\(learned.learnRun.errors)")
    for (answers, year) in [("答案-1.yaml", "2022"), ("答案.yaml", "2023")] {
      let generated = try learned.generate(try learned.text(answers), ["--strict"])
      let original = try String(
        contentsOf: Draft.packageRoot.appendingPathComponent("Examples/learn/\(year)年报告.txt"),
        encoding: .utf8)
      #expect(ReportText.normalized(generated.output) == ReportText.normalized(original))
    }
  }
}

/// Reports that are not like the corpus: template syntax in the text, a long paragraph without
/// marks, Markdown.
@Suite("draft learn: unusual reports")
struct LearnUnusualReportsTests {
  /// Learns `text` (a file `name`) and checks it is given back — as `shown`, when the file's
  /// marks (Markdown's) are not part of the text.
  private func learnedGivesBack(_ text: String, name: String = "报告.txt", shown: String? = nil)
    throws -> LearnedFolder
  {
    let folder = try TemporaryFolder()
    let report = try folder.write(text, to: name)
    let learned = try LearnedFolder(learning: [report])
    #expect(learned.learnRun.status == 0, "\(learned.learnRun.errors)")
    let generated = try learned.generate(nil, ["--strict"])
    #expect(generated.status == 0, "\(generated.errors)")
    #expect(ReportText.normalized(generated.output) == ReportText.normalized(shown ?? text))
    return learned
  }

  @Test func templateSyntaxInTheTextStaysText() throws {
    _ = try learnedGivesBack(
      "关于{{ 年度 }}和{% if %}的说明\n2023年，我们召开会议3次，写下了 {# 注释 #} 和 {? 可省略 ?} 这样的字样。\n又写了“in”活动2次。\n")
  }

  /// A heading naming the report's year, or the next (三、2025年工作打算 in a 2024 report),
  /// moves with 年度 next year; a heading with braces in it stays text.
  @Test func yearsInHeadingsMoveWithTheYear() throws {
    let report = """
      青山区委组织部2024年工作总结
      一、2024年主要工作
      全年召开部务会14次。
      二、存在{的}问题
      理论学习的深度还不够。
      三、2025年工作打算
      持续强化理论武装。

      """
    let learned = try learnedGivesBack(report)
    let answers = try learned.text("答案.yaml")
    #expect(answers.contains("年度: 2024"))
    let next = try learned.generate(answers.replacingOccurrences(of: "年度: 2024", with: "年度: 2025"))
    #expect(next.status == 0, "\(next.errors)")
    #expect(next.output.contains("一、2025年主要工作\n"))
    #expect(next.output.contains("二、存在{的}问题\n"))
    #expect(next.output.contains("三、2026年工作打算\n"))
  }

  @Test func aLongParagraphWithManyFactsIsLearnedWhole() throws {
    let paragraph = (1...600).map { "开展主题党日活动\($0)次助残日爱眼日等活动召开党组会\($0 + 1)次" }.joined()
    let learned = try learnedGivesBack("报告\n" + paragraph + "\n")
    #expect(LearnedAnswers.numbers(in: try learned.text("答案.yaml"), group: "统计").count == 1200)
  }

  @Test func markdownHeadingsBoldHeadsAndTablesAreRead() throws {
    let markdown = """
      # 临江区残联2023年工作报告

      ## 一、落实主体责任

      **（一）强化组织领导。**全年召开党组会12次。

      | 项目 | 次数 |
      |---|---|
      | 党课 | 4 |

      临江区残联党组

      2023年12月25日
      """
    let learned = try learnedGivesBack(
      markdown, name: "报告.md",
      shown: "临江区残联2023年工作报告一、落实主体责任（一）强化组织领导。全年召开党组会12次。项目次数党课4临江区残联党组2023年12月25日")
    #expect(
      try learned.text("sections/我的报告-落实主体责任.tmpl").contains("{% section \"强化组织领导\" runin %}"))
  }
}

extension LearnUnusualReportsTests {
  @Test func aReportSavedInGB18030IsLearnedAsInUTF8() throws {
    let utf8 = LearnTests.learning.appendingPathComponent("filled-003.txt").path
    let gb18030 = LearnTests.learning.appendingPathComponent("filled-003-gb18030.txt").path
    let fromUTF8 = try LearnedFolder(learning: [utf8])
    let fromGB18030 = try LearnedFolder(learning: [gb18030])
    #expect(fromGB18030.learnRun.status == 0, "\(fromGB18030.learnRun.errors)")
    let generated = try fromGB18030.generate(nil, ["--strict"])
    #expect(generated.output == (try fromUTF8.generate()).output)
    let original = try String(contentsOfFile: utf8, encoding: .utf8)
    #expect(ReportText.normalized(generated.output) == ReportText.normalized(original))
  }
}
