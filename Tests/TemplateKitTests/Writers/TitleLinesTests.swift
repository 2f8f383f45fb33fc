import Testing

@testable import TemplateKit

@Suite struct TitleLinesTests {
  private func lines(_ title: String) -> [String] {
    TitleLines.lines([.text(InlineText(title))]).map(\.plainText)
  }

  @Test func shortTitleStaysOnOneLine() {
    #expect(lines("XX区残联工作报告") == ["XX区残联工作报告"])
    #expect(lines("关于2023年度党风廉政建设工作的报告") == ["关于2023年度党风廉政建设工作的报告"])
  }

  @Test func longTitleBreaksBetweenWordsIntoATrapezoid() {
    #expect(lines("XX区残联落实管党治党政治责任情况报告") == ["XX区残联落实管党治党", "政治责任情况报告"])
    #expect(
      lines("2023年党组书记履行全面从严治党“第一责任人”情况报告")
        == ["2023年党组书记履行全面从严治党", "“第一责任人”情况报告"])
    #expect(
      lines("中共XX市XX区委员会关于2023年度落实全面从严治党主体责任情况的报告")
        == ["中共XX市XX区委员会关于2023年度", "落实全面从严治党主体责任情况的报告"])
  }

  /// The organisation's name and the kind's title stay whole, the longer line at the bottom
  /// (临江市残联党组书记抓 / 基层党建工作述职报告 cut 抓 from 基层党建).
  @Test func theNameAndTheKindsTitleStayWhole() {
    func lines(_ name: String, _ rest: String) -> [String] {
      let title = name + rest
      let pieces = [0..<name.count, name.count..<title.count]
      return TitleLines.lines(Title(text: [.text(InlineText(title))], pieces: pieces)).map(
        \.plainText)
    }
    #expect(
      lines("临江区残疾人联合会", "落实全面从严治党主体责任情况报告")
        == ["临江区残疾人联合会", "落实全面从严治党主体责任情况报告"])
    #expect(
      lines("临江市残联党组", "书记抓基层党建工作述职报告") == ["临江市残联党组", "书记抓基层党建工作述职报告"])
    let report = lines("中共临江区东湖街道工作委员会", "党风廉政建设和全面从严治党主体责任工作总结")
    #expect(!report.contains { $0.hasSuffix("和") })
    #expect(report.first == "中共临江区东湖街道工作委员会", "\(report)")
  }

  /// Rendering marks the title's pieces: the value printed and the text around it.
  @Test func aRenderedTitleKnowsItsPieces() throws {
    let document = try TemplateKitTests.document(
      "{% title %}{{ 全称 }}落实全面从严治党主体责任情况报告{% endtitle %}", ["全称": "临江区残疾人联合会"])
    guard case .title(let title)? = document.blocks.first else {
      Issue.record("no title")
      return
    }
    #expect(title.pieces == [0..<9, 9..<25])
    #expect(TitleLines.lines(title).map(\.plainText) == ["临江区残疾人联合会", "落实全面从严治党主体责任情况报告"])
  }

  @Test func breaksAfterPausesFirst() {
    #expect(
      lines("关于深入学习贯彻党的二十大精神，全面落实管党治党政治责任的报告")
        == ["关于深入学习贯彻党的二十大精神，", "全面落实管党治党政治责任的报告"])
  }

  @Test func veryLongTitleTakesThreeLines() {
    let title = "中共XX市XX区残疾人联合会党组关于2023年度落实全面从严治党主体责任和党风廉政建设责任制情况的报告"
    let result = lines(title)
    #expect(result.count == 3)
    #expect(result.joined() == title)
    #expect(result.allSatisfy { PrintWidth.of($0) <= 40 })
  }

  @Test func gapMarkersAndASCIIWordsStayWhole() {
    let gap = Gap(field: "单位.全称", label: "单位全称")
    let result = TitleLines.lines([.gap(gap), .text("落实管党治党政治责任情况报告")])
    #expect(result.count == 2)
    #expect(result.first?.first == .gap(gap))
    #expect(result.map(\.plainText).joined() == "【待填：单位全称】落实管党治党政治责任情况报告")
    let word = "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ"
    let wordy = lines(word + "区残联落实管党治党政治责任情况报告")
    #expect(wordy.count > 1)
    #expect(wordy.contains { $0.contains(word) })
  }

  @Test func unbreakableOrHugeTitlesAreLeftToWrap() {
    let huge = String(repeating: "全面从严治党", count: 20)
    #expect(lines(huge) == [huge])
    #expect(lines("") == [""])
  }
}
