import Testing

@testable import TemplateKit

@Suite("Points and sections number themselves from what is present")
struct NumberingTests {
  @Test func pointsRunOnInOneParagraph() throws {
    let text = try render(
      """
      严格落实中央八项规定精神，
      {% points %}
      {% point %}坚守纪律。
      {% point %}严肃作风。
      {% point %}厉行节约。
      {% endpoints %}
      """)
    #expect(text == "严格落实中央八项规定精神，一是坚守纪律。二是严肃作风。三是厉行节约。\n")
  }

  @Test func aFalseConditionOrVanishedBodyLeavesNoGapInTheNumbers() throws {
    let text = try render(
      """
      {% points %}
      {% point %}甲。
      {% point if 结对 %}结对共建。
      {% point %}{?收缴党费{{ 党费 }}元。?}
      {% point %}丁。
      {% endpoints %}
      """, ["结对": false])
    #expect(text == "一是甲。二是丁。\n")
  }

  @Test func aPointWithAGapStaysAndIsCounted() throws {
    let text = try render("{% points %}{% point %}召开{{ 次数 }}次。{% point %}乙。{% endpoints %}")
    #expect(text == "一是召开【待填：次数】次。二是乙。\n")
  }

  @Test(arguments: [
    ("\"第一，\"", "第一，甲第二，乙"), ("\"1．\"", "1．甲2．乙"), ("\"（1）\"", "（1）甲（2）乙"),
  ])
  func numberingStyles(style: String, expected: String) throws {
    let text = try render("{% points \(style) %}{% point %}甲{% point %}乙{% endpoints %}")
    #expect(text == expected + "\n")
  }

  @Test func pointsAsParagraphs() throws {
    let text = try render(
      "主要问题：\n\n{% points \"1．\" paragraphs %}{% for p in 问题 %}{% point %}{{ p }}。{% endfor %}{% endpoints %}结束。",
      ["问题": ["甲", "乙"]])
    #expect(text == "主要问题：\n1．甲。\n2．乙。\n结束。\n")
  }

  @Test func pointsInsideALoopAreNumberedAcrossIterations() throws {
    let text = try render(
      "{% points %}{% for x in 项 %}{% point %}{{ x }}。{% endfor %}{% endpoints %}",
      ["项": ["甲", "乙", "丙"]])
    #expect(text == "一是甲。二是乙。三是丙。\n")
  }

  @Test func sectionsNestAsHeadingLevelsAndNumberFromOne() throws {
    let text = try render(
      """
      {% section "一级" %}
      {% section "甲" %}甲的内容。{% endsection %}
      {% section "乙" %}{% section "细目" %}细目内容。{% endsection %}{% endsection %}
      {% endsection %}
      {% section "另一级" %}
      {% section "丙" %}丙的内容。{% endsection %}
      {% endsection %}
      """)
    #expect(
      text == "一、一级\n（一）甲\n甲的内容。\n（二）乙\n1.细目\n细目内容。\n二、另一级\n（一）丙\n丙的内容。\n")
  }

  @Test func aSectionWhoseBodyIsEmptyVanishesWithItsHeading() throws {
    let text = try render(
      """
      {% section "甲" %}甲。{% endsection %}
      {% section "空" %}{% if false %}不会出现{% endif %}{% endsection %}
      {% section "丙" %}丙。{% endsection %}
      """)
    #expect(text == "一、甲\n甲。\n二、丙\n丙。\n")
  }

  @Test func runInHeadingsOpenTheirFirstParagraph() throws {
    let document = try document(
      """
      {% section "总" %}
      {% section "切实增强责任意识" runin %}继续认真履行职责。

      第二段。{% endsection %}
      {% section "加强制度建设：" runin %}完善制度。{% endsection %}
      {% endsection %}
      """)
    #expect(
      PlainTextWriter().text(document)
        == "一、总\n（一）切实增强责任意识。继续认真履行职责。\n第二段。\n（二）加强制度建设：完善制度。\n")
    guard case .paragraph(let paragraph) = document.blocks[1] else {
      Issue.record("expected a paragraph")
      return
    }
    #expect(paragraph.runIn == Heading(level: 2, number: "（一）", text: [.text("切实增强责任意识。")]))
    #expect(paragraph.content == [.text("继续认真履行职责。")])
  }

  @Test func sectionTitlesFromDataAndMissingTitlesAsGaps() throws {
    let text = try render(
      "{% for m in 措施 %}{% section m.标题 runin %}{{ m.正文 }}{% endsection %}{% endfor %}",
      ["措施": [["标题": "加强学习", "正文": "坚持学习。"], ["正文": "规范工作。"]]])
    #expect(text == "一、加强学习。坚持学习。\n二、【待填：措施.标题】规范工作。\n")
  }

  @Test func chineseNumerals() {
    let cases: [(Int, String)] = [
      (0, "零"), (3, "三"), (10, "十"), (11, "十一"), (21, "二十一"), (100, "一百"), (105, "一百零五"),
      (110, "一百一十"), (1005, "一千零五"), (12000, "一万二千"), (100_010, "十万零一十"), (-3, "负三"),
    ]
    for (number, expected) in cases { #expect(ChineseNumerals.cardinal(number) == expected) }
    #expect(ChineseNumerals.digits(2023) == "二〇二三")
  }
}

/// `{% section 标题 bold %}`: an unnumbered head in bold that runs on into its paragraph, at no
/// level of its own.
@Suite("Bold run-in heads")
struct BoldHeadTests {
  let template = """
    {% section "加强政治建设" %}
    {% section "始终坚持旗帜鲜明讲政治" bold %}班子带头学习。{% endsection %}
    {% section "深化学习" %}集中学习12次。{% endsection %}
    {% endsection %}
    """

  @Test func itIsNotNumberedAndCountsAtNoLevel() throws {
    #expect(
      try render(template) == """
        一、加强政治建设
        始终坚持旗帜鲜明讲政治。班子带头学习。
        （一）深化学习
        集中学习12次。

        """)
  }

  @Test func everyFormattedWriterSetsItInBold() throws {
    let document = try TemplateKitTests.document(template)
    let markdown = String(decoding: try MarkdownWriter().write(document), as: UTF8.self)
    #expect(markdown.contains("**始终坚持旗帜鲜明讲政治**。班子带头学习。"))
    let html = String(decoding: try HTMLWriter().write(document), as: UTF8.self)
    #expect(html.contains(#"<span class="run-in bold">始终坚持旗帜鲜明讲政治。</span>"#))
    #expect(html.contains(".run-in.bold { font-weight: bold; }"))
    let docx = try DocxWriter().write(document)
    let xml = try #require(try ZipReader(docx, file: "报告.docx").text("word/document.xml"))
    #expect(xml.contains(#"<w:rStyle w:val="BoldHeadChar"/>"#))
    let styles = try #require(try ZipReader(docx, file: "报告.docx").text("word/styles.xml"))
    #expect(
      styles.contains(
        #"w:styleId="BoldHeadChar"><w:name w:val="段首标题字符"/><w:qFormat/><w:rPr><w:b/>"#))
  }
}
