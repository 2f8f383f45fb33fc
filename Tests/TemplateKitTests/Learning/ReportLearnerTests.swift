import Testing

@testable import TemplateKit

/// Learning a report in memory and checking what the learner itself checks: the learned
/// answers give the report back, and `draft check` has nothing to say but the blanks.
private func learned(_ blocks: [SourceBlock], file: String = "报告.docx") throws -> LearnedTemplates {
  try ReportLearner(builtIns: try Catalogue.standard()).learn([
    SourceReport(file: file, blocks: blocks)
  ])
}

private func learned(text: String) throws -> LearnedTemplates {
  try learned(TextReportReader.read(text, file: "报告.txt", markdown: false).blocks, file: "报告.txt")
}

/// Several years of one report, as text, oldest first.
private func learned(years: [String]) throws -> LearnedTemplates {
  try ReportLearner(builtIns: try Catalogue.standard()).learn(
    years.enumerated().map { number, text in
      TextReportReader.read(text, file: "报告\(number).txt", markdown: false)
    })
}

@Suite("Learning: reports given back")
struct ReportLearnerTests {
  @Test func headingsTheStylesMakeWithoutNumbersStayAsWritten() throws {
    let result = try learned([
      SourceBlock(text: "临江区残联工作报告", line: 1, styleLevel: 0),
      SourceBlock(text: "落实主体责任", line: 2, styleLevel: 1),
      SourceBlock(text: "全年召开党组会12次。", line: 3),
      SourceBlock(text: "规范党内政治生活", line: 4, styleLevel: 1),
      SourceBlock(text: "开展主题党日活动12次。", line: 5),
    ])
    #expect(result.account.mismatches.isEmpty, "\(result.account.mismatches)")
    let kind = try #require(result.files.first { $0.path.hasPrefix("kinds/") })
    #expect(kind.text.contains("{% sections plain %}"))
    #expect(result.files.filter { $0.path.hasPrefix("sections/") }.count == 2)
  }

  @Test func anUnnumberedHeadInBoldIsABoldHead() throws {
    let result = try learned([
      SourceBlock(text: "2023年工作报告", line: 1, styleLevel: 0),
      SourceBlock(text: "一、带头廉洁自律", line: 2),
      SourceBlock(text: "加强研究部署。主持局党组召开6次会议。", line: 3, boldHead: 7),
      SourceBlock(text: "深化廉政教育：观看警示教育片3次。", line: 4, boldHead: 7),
      SourceBlock(text: "全部加粗的一段。", line: 5, boldHead: 8),
    ])
    #expect(result.account.mismatches.isEmpty, "\(result.account.mismatches)")
    let section = try #require(result.files.first { $0.path.hasPrefix("sections/") })
    #expect(section.text.contains("{% section \"加强研究部署\" bold %}"))
    #expect(section.text.contains("{% section \"深化廉政教育：\" bold %}"))
    #expect(!section.text.contains("全部加粗的一段\" bold"))
  }

  /// fuzz-learn: a heading with nothing under it (`（一）存在的主要问题` straight before
  /// `（二）`, or `一、` straight before `二、`) vanished with its section, and the numbers after
  /// it moved up; such headings now stay text — and then sub-headings under them stay text too
  /// (a template's （一） under a heading written as it stands would be numbered 一、).
  @Test(arguments: [
    "报告\n一、第一部分\n二、第二部分\n正文。\n",
    "报告\n一、第一部分\n（一）存在的主要问题\n（二）原因分析\n正文。\n",
    "（一）存在的主要问题\n一是重视不够。\n（二）原因分析\n一是学习不够。\n",
    "2023年工作报告\n（一）强化组织领导。召开会议3次。\n三、下一步工作打算\n",
    "报告\n一、第一部分\n（一）强化组织领导。召开会议3次。\n（二）抓实理论学习。\n二、"
      + String(repeating: "很长的一行没有句号，", count: 8) + "\n",
  ])
  func aHeadingWithNothingUnderItIsGivenBack(text: String) throws {
    let result = try learned(text: text)
    #expect(result.account.mismatches.isEmpty, "\(result.account.mismatches)")
    #expect(result.account.answerProblems.isEmpty, "\(result.account.answerProblems)")
  }

  /// fuzz-learn: a date of another year (`2020年7月2日` in a 2023 report) was kept as text,
  /// which `draft check` warns is not of the report's year; now its year is a year of its own
  /// and the rest a date of the report's year, or its numbers are read one by one.
  @Test(arguments: ["2020年7月2日", "2020年07月02日", "2020年2月29日", "2022年12月20日"])
  func aDateOfAnotherYearLeavesCheckNothingToSay(date: String) throws {
    let result = try learned(text: "2023年工作报告\n2023年，召开会议3次。\(date)，开展主题党日活动。\n")
    #expect(result.account.mismatches.isEmpty, "\(result.account.mismatches)")
    #expect(result.account.answerProblems.isEmpty, "\(result.account.answerProblems)")
  }

  /// fuzz-learn: a report quoting a gap marker (`【待填：` with the next `】` paragraphs on) was
  /// compared as if the generated report had a gap there, and said not to be given back;
  /// gaps are now taken from the generated document, not from its text.
  @Test func aReportQuotingAGapMarkerIsGivenBack() throws {
    let result = try learned(text: "报告\n学习标准还不够严、【待填：悟得不够透，召开会议3次。\n以推动发展为主题】。\n")
    #expect(result.account.mismatches.isEmpty, "\(result.account.mismatches)")
  }

  /// fuzz-learn: one report naming its superiors twice, differently (市委、区委 in the opening,
  /// 区委、区政府 further on), printed the first list in both places.
  @Test func superiorsNamedTwiceDifferentlyAreTwoFields() throws {
    let result = try learned(
      text: """
        2023年工作报告
        2023年，在市委、区委的正确领导下，局党组召开党组会12次。
        一、落实主体责任
        在区委、区政府的坚强领导下，局党组开展主题党日活动6次。

        """)
    #expect(result.account.mismatches.isEmpty, "\(result.account.mismatches)")
    let answers = try #require(result.files.first { $0.path == "答案.yaml" }).text
    #expect(answers.contains("上级: [市委, 区委]"))
    #expect(answers.contains("上级: [区委, 区政府]"))
  }

  /// fuzz-learn: two years, one with numbered parts and one whose text has no heading; the part
  /// lined up with no heading was printed under a made-up one (一、第一段).
  @Test func aPartWithoutAHeadingInOneYearHasNone() throws {
    let years = [
      "2022年工作报告\n全年召开党组会10次，开展主题党日活动8次，深入学习党的二十大精神。\n",
      "2023年工作报告\n一、加强学习\n全年召开党组会12次。\n二、改进作风\n走访基层党组织5个。\n",
    ]
    let result = try learned(years: years)
    #expect(result.account.mismatches.isEmpty, "\(result.account.mismatches)")
  }

  /// fuzz-learn: two years whose words differ where one of them left a blank among other
  /// words (开展XX活动 against 开展主题党日): the words beside the blank were dropped.
  @Test(arguments: [
    ("全年召开党组会**次。", "全年召开党组会3场。"),
    ("开展XX活动和**学习。", "开展主题教育。"),
    ("开展主题教育。", "开展XX活动和**学习。"),
    ("开展*活动。", "开展主题。"),
    // Too short to be cut in as many pieces: the shared text beside it is taken in.
    ("共召开XX次会议", "共召开好会议"),
    ("学习e```````X``````V`````````", "学习e````p``````````````"),
  ])
  func aBlankAmongWordsOfAnotherYearKeepsTheWords(earlier: String, later: String) throws {
    let years = ["2022年工作报告\n2022年，" + earlier + "\n", "2023年工作报告\n2023年，" + later + "\n"]
    let result = try learned(years: years)
    #expect(result.account.mismatches.isEmpty, "\(result.account.mismatches)")
    #expect(result.account.answerProblems.isEmpty, "\(result.account.answerProblems)")
  }

  /// fuzz-learn: where one year wrote only a space and the other words (`学习 会议` against
  /// `学习--e会议`), the field held a space, which reads as no answer: a gap was printed.
  @Test func wordsAgainstASpaceAreGivenBack() throws {
    let years = ["2022年工作报告\n2022年，学习--e会议。\n", "2023年工作报告\n2023年，学习 会议。\n"]
    let result = try learned(years: years)
    #expect(result.account.mismatches.isEmpty, "\(result.account.mismatches)")
    #expect(result.account.answerProblems.isEmpty, "\(result.account.answerProblems)")
  }

  /// fuzz-learn: `X` between spaces is a blank, but the check that the report was given back
  /// looked for blanks with the spaces taken out (`e{Xe`), found none, and called the gap
  /// printed there a difference.
  @Test func aBlankBetweenSpacesIsABlankToTheCheckToo() throws {
    let result = try learned(text: "报告\n召开e{X e--会议，开展 X 活动。\n")
    #expect(result.account.mismatches.isEmpty, "\(result.account.mismatches)")
    #expect(result.account.blanks == 2)
  }

  @Test func aReportWithNoTextIsRefused() throws {
    #expect(throws: Diagnostic.self) { try learned(text: "  \n\n") }
  }
}
