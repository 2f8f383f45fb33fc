import Testing

@testable import TemplateKit

private func outline(_ text: String) -> ReportOutline {
  OutlineReader.outline(of: TextReportReader.read(text, file: "报告.txt", markdown: false))
}

@Suite("Learning: the structure of a report")
struct OutlineReaderTests {
  static let report = """
    临江区残联2023年工作报告
    区委：
    2023年，临江区残联认真履行职责。现将有关情况报告如下：
    一、落实主体责任
    （一）强化组织领导。全年召开党组会12次。
    （二）抓实理论学习
    一是组织集中学习。二是开展专题研讨。
    二、下一步打算
    第一，加强学习；
    第二，改进作风。
    特此报告。

    临江区残联党组
    2023年12月25日
    """

  @Test func titleOpeningPartsClosingSignatureAndDate() throws {
    let found = outline(Self.report)
    #expect(found.title?.text == "临江区残联2023年工作报告")
    #expect(found.addressee?.text == "区委：")
    #expect(found.opening.count == 1)
    #expect(found.sections.map { $0.heading?.text } == ["落实主体责任", "下一步打算"])
    #expect(found.closing.count == 1)
    #expect(found.signature.map(\.text) == ["临江区残联党组"])
    #expect(found.date?.text == "2023年12月25日")
  }

  @Test func subSectionsRunInOrStandAloneAndPointsAreFound() throws {
    let first = outline(Self.report).sections[0].body
    guard case .subsection(let runIn) = first[0], case .subsection(let alone) = first[1] else {
      Issue.record("应有两个小标题：\(first)")
      return
    }
    #expect(runIn.heading.text == "强化组织领导" && runIn.runIn)
    #expect(alone.heading.text == "抓实理论学习" && !alone.runIn)
    guard case .points(let points) = alone.body.first else {
      Issue.record("应有要点：\(alone.body)")
      return
    }
    #expect(points.firstLabel == "一是" && points.items.map(\.text) == ["组织集中学习。", "开展专题研讨。"])
    guard case .points(let separate) = outline(Self.report).sections[1].body.first else {
      Issue.record("应有分段的要点")
      return
    }
    #expect(separate.firstLabel == "第一，" && separate.separateParagraphs)
    #expect(separate.items.map(\.text) == ["加强学习；", "改进作风。"])
  }

  @Test func numbersOutOfSequenceStayText() throws {
    let found = outline("报告\n二、先写了第二部分\n正文。\n一、才是第一部分\n正文。")
    #expect(found.sections.map { $0.heading?.text } == ["才是第一部分"])
    guard case .paragraph(let early) = found.opening.first else {
      Issue.record("“二、”应留在开头的文字中")
      return
    }
    #expect(early.text == "二、先写了第二部分")
  }

  @Test func aReportWithoutHeadingsIsOnePartAParagraph() throws {
    let found = outline("2021年，区残联认真学习。\n我会党组高度重视。\n领导班子带头。")
    #expect(found.title == nil)
    #expect(found.sections.count == 3 && found.sections.allSatisfy { $0.heading == nil })
  }
}
