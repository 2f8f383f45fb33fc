import Testing

@testable import TemplateKit

@Suite("Paragraphs come from blank lines, not characters")
struct LayoutTests {
  @Test func linesWithinAParagraphJoinWithoutSpaces() throws {
    let text = try render(
      """
      第一行
        第二行　
      第三行
      """)
    #expect(text == "第一行第二行第三行\n")
  }

  @Test func aBlankLineStartsANewParagraph() throws {
    let text = try render("甲段。\n\n乙段。\n\n\n\n丙段。")
    #expect(text == "甲段。\n乙段。\n丙段。\n")
  }

  @Test func tagsAloneOnTheirLinesLeaveNothing() throws {
    let text = try render(
      """
      开头。
      {% if 有 %}
      中间。
      {% endif %}
      {# 注释 #}
      结尾。
      """, ["有": true])
    #expect(text == "开头。中间。结尾。\n")
  }

  @Test func aBlankLineInsideABlockStillBreaks() throws {
    let text = try render(
      """
      {% for x in 列表 %}
      {{ x }}。

      {% endfor %}
      """, ["列表": ["甲", "乙"]])
    #expect(text == "甲。\n乙。\n")
  }

  @Test func asciiWordsAcrossALineBreakKeepASpace() throws {
    #expect(try render("Microsoft\nWord 文档") == "Microsoft Word 文档\n")
  }

  @Test func spacesInsideALineAreKept() throws {
    #expect(try render("甲 {{ 值 }} 乙", ["值": "丙"]) == "甲 丙 乙\n")
  }

  @Test func titleAddresseeAndSignatureAreBlocksOfTheirOwn() throws {
    let document = try document(
      """
      {% title %}{{ 单位 }}关于
      工作情况的报告{% endtitle %}
      {% addressee %}上级党委：{% endaddressee %}
      正文。
      {% signature %}
      {{ 单位 }}
      书记：张三
      2023年12月28日
      {% endsignature %}
      """, ["单位": "一支部"])
    #expect(
      document.blocks == [
        .title(Title(text: [.text("一支部关于工作情况的报告")], pieces: [0..<3, 3..<12])),
        .paragraph(Paragraph(style: .flush, content: [.text("上级党委：")])),
        .paragraph(Paragraph(content: [.text("正文。")])),
        .signature(
          Signature(lines: [[.text("一支部")], [.text("书记：张三")]], date: [.text("2023年12月28日")])),
      ])
  }
}
