import TemplateKit
import Testing

@Suite struct MarkdownWriterTests {
  /// Line breaks within a paragraph (the signature's, a value's) are two spaces before the
  /// line's end: Python-Markdown (MkDocs) drops CommonMark's other form, a backslash.
  @Test func structure() throws {
    let report = Document(blocks: [
      .title(Title(text: [.text("XX区残联工作报告")])),
      .paragraph(Paragraph(style: .flush, content: [.text("区委：")])),
      .paragraph(
        Paragraph(content: [
          .text("全年召开党组会"), .gap(Gap(field: "统计.党组会", label: "党组会次数")), .text("次。"),
        ])),
      .heading(Heading(level: 1, number: "一、", text: [.text("主要做法")])),
      .heading(Heading(level: 2, number: "（一）", text: [.text("压实责任")])),
      .heading(Heading(level: 3, number: "1.", text: [.text("书记带头")])),
      .heading(Heading(level: 4, number: "（1）", text: [.text("班子履责")])),
      .paragraph(
        Paragraph(
          runIn: Heading(level: 2, number: "（二）", text: [.text("切实增强责任意识。")]),
          content: [.text("继续认真履行职责。")])),
      .signature(Signature(lines: [[.text("中共XX区残联党组")]], date: [.text("2023年12月25日")])),
    ])
    #expect(
      try MarkdownWriter().text(report) == """
        # XX区残联工作报告

        区委：

        全年召开党组会【**待填：党组会次数**】次。

        ## 一、主要做法

        ### （一）压实责任

        #### 1\\.书记带头

        #### （1）班子履责

        **（二）切实增强责任意识**。继续认真履行职责。

        中共XX区残联党组\u{20}\u{20}
        2023年12月25日

        """)
  }

  @Test func valuesCannotAddFormatting() throws {
    let report = Document(blocks: [
      .paragraph(
        Paragraph(content: [
          .text("# 不是标题 *强调* _下划线_ `代码` [链接](http://x) <b>粗</b> \\ & ~删~ |表|")
        ])),
      .paragraph(Paragraph(content: [.text("1. 不是列表")])),
      .paragraph(Paragraph(content: [.text("- 不是列表\n> 不是引用\n    不是代码\n===")])),
    ])
    #expect(
      try MarkdownWriter().text(report) == """
        \\# 不是标题 \\*强调\\* \\_下划线\\_ \\`代码\\` \\[链接\\](http://x) \\<b\\>粗\\</b\\> \\\\ \\& \\~删\\~ \\|表\\|

        1\\. 不是列表

        \\- 不是列表\u{20}\u{20}
        \\> 不是引用\u{20}\u{20}
        不是代码\u{20}\u{20}
        \\===

        """)
  }

  @Test func runInHeadingWithoutClosingPunctuationStaysWhole() throws {
    let report = Document(blocks: [
      .paragraph(
        Paragraph(
          runIn: Heading(level: 1, number: "一、", text: [.text("加强“三会一课”")]),
          content: [.text("*正文*")]))
    ])
    #expect(try MarkdownWriter().text(report) == "**一、加强“三会一课**”\\*正文\\*\n")
  }

  @Test func forbiddenCharacterIsRefused() {
    let report = Document(blocks: [.paragraph(Paragraph(content: [.text("a\u{0}b")]))])
    let error = diagnostic { _ = try MarkdownWriter().write(report) }
    #expect(error?.message.contains("U+0000") == true)
  }
}
