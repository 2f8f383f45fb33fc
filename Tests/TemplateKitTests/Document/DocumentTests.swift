import Testing

@testable import TemplateKit

@Suite("The document tree")
struct DocumentTests {
  @Test func charactersAreCountedWithoutBlanksAndWithNumbersAndMarkers() {
    let document = Document(blocks: [
      .title(Title(text: [.text("临江区 报告")])),
      .heading(Heading(level: 1, number: "一、", text: [.text("总体\u{3000}情况")])),
      .paragraph(
        Paragraph(
          runIn: Heading(level: 2, number: "（一）", text: [.text("责任。")]),
          content: [.text("共 12 次，"), .gap(Gap(field: "统计.党课", label: "党课")), .text("。\n")])),
      .signature(Signature(lines: [[.text("临江区残联")]], date: [.text("2023年12月25日")])),
    ])
    // 临江区报告 5 + 一、总体情况 6 + （一）责任。 6 + 共12次， 5 + 【待填：党课】 7 + 。 1
    // + 临江区残联 5 + 2023年12月25日 11
    #expect(document.characterCount == 46)
    #expect(document.gaps == [Gap(field: "统计.党课", label: "党课")])
  }

  @Test func estimatedBytesCoverTheText() {
    let document = Document(blocks: [.paragraph(Paragraph(content: [.text("甲乙丙")]))])
    #expect(document.estimatedTextBytes >= PlainTextWriter().write(document).count)
  }
}
