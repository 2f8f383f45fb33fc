import Testing

@testable import TemplateKit

/// The check every markup writer runs first (each writer's own tests show it does).
@Suite struct DocumentCharactersTests {
  private func error(_ report: Document) -> Diagnostic? {
    diagnostic { try DocumentCharacters.check(report) }
  }

  @Test func allowedControlsPass() throws {
    let report = Document(blocks: [.paragraph(Paragraph(content: [.text("甲\t乙\n丙\r\n丁")]))])
    _ = try DocxWriter().write(report)
    _ = try HTMLWriter().write(report)
    _ = try MarkdownWriter().write(report)
  }

  @Test func everyForbiddenCharacterIsRefused() {
    let forbidden =
      (0x00...0x1F).filter { ![0x09, 0x0A, 0x0D].contains($0) } + Array(0x7F...0x9F) + [
        0xFFFE, 0xFFFF,
      ]
    for value in forbidden {
      let scalar = Unicode.Scalar(UInt32(value))!
      let report = Document(blocks: [
        .paragraph(Paragraph(content: [.text(InlineText("前\(Character(scalar))后"))]))
      ])
      let hex = String(value, radix: 16, uppercase: true)
      let code = "U+" + String(repeating: "0", count: 4 - hex.count) + hex
      #expect(error(report)?.message.contains(code) == true, "\(code)")
      #expect(error(report)?.severity == .error)
    }
  }

  @Test func messageQuotesTheTextAroundIt() {
    let long = "一二三四五六七八九十甲乙丙丁戊己庚辛壬癸\u{8}子丑寅卯辰巳午未申酉戌亥天地玄黄"
    let report = Document(blocks: [
      .signature(Signature(lines: [[.text(InlineText(long))]], date: []))
    ])
    let message = error(report)?.message ?? ""
    #expect(message.contains("U+0008"))
    #expect(message.contains("“…九十甲乙丙丁戊己庚辛壬癸〔U+0008〕子丑寅卯辰巳午未申酉戌亥…”"))
    #expect(error(report)?.hint?.contains("删") == true)
  }

  @Test func gapLabelsAndHeadingNumbersAreChecked() {
    let gap = Gap(field: "统计.次数", label: "次数\u{B}")
    #expect(
      error(Document(blocks: [.title(Title(text: [.gap(gap)]))]))?.message.contains("U+000B")
        == true)
    let heading = Heading(level: 1, number: "一\u{C}、", text: [.text("标题")])
    #expect(error(Document(blocks: [.heading(heading)]))?.message.contains("U+000C") == true)
  }
}
