import Foundation
import Testing

@testable import TemplateKit

/// The XML reader on the shapes of OOXML parts, and on documents that are not well-formed.
struct XMLReaderTests {
  static let word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  static let sheet = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

  private func parse(_ text: String, limits: XMLReader.Limits = XMLReader.Limits())
    throws(Diagnostic) -> XMLElement
  {
    try XMLDocument.parse(Array(text.utf8), file: "document.xml", limits: limits).root
  }

  private func expectRefused(
    _ text: String, _ message: String, line: Int, column: Int,
    limits: XMLReader.Limits = XMLReader.Limits(),
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    let error = diagnostic { _ = try parse(text, limits: limits) }
    #expect(error?.message == message, sourceLocation: sourceLocation)
    #expect(error?.location?.file == "document.xml", sourceLocation: sourceLocation)
    #expect(error?.location?.line == line, sourceLocation: sourceLocation)
    #expect(error?.location?.column == column, sourceLocation: sourceLocation)
  }

  // MARK: Names and namespaces

  @Test func wordParagraphWithPrefixedNames() throws {
    let root = try parse(
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <w:document xmlns:w="\(Self.word)" xmlns:r="urn:r"><w:body><w:p w:rsidR="00A1"><w:r>\
      <w:t xml:space="preserve"> 党建 </w:t></w:r></w:p></w:body></w:document>
      """)
    #expect(root.name == XMLName(prefix: "w", local: "document", namespace: Self.word))
    #expect(root.name.description == "w:document")
    let paragraph = try #require(root.element("body")?.element("p", namespace: Self.word))
    #expect(paragraph.attribute("rsidR") == nil, "a prefixed attribute is in its namespace")
    #expect(paragraph.attribute("rsidR", namespace: Self.word) == "00A1")
    #expect(paragraph.attribute("rsidR", namespace: nil) == "00A1")
    let text = try #require(paragraph.element("r")?.element("t"))
    #expect(
      text.attribute("space", namespace: "http://www.w3.org/XML/1998/namespace") == "preserve")
    #expect(text.children == [.text(" 党建 ")])
    #expect(root.attributes.isEmpty, "xmlns declarations are not attributes")
  }

  /// A sheet as Excel writes it (default namespace) and as another writer might (a prefix
  /// of its own): the same names resolved.
  @Test func defaultNamespaceAndAnyPrefixResolveAlike() throws {
    let plain = try parse(
      #"<worksheet xmlns="\#(Self.sheet)"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>"#
    )
    let prefixed = try parse(
      #"<x:worksheet xmlns:x="\#(Self.sheet)"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>"#
    )
    for root in [plain, prefixed] {
      #expect(root.name.local == "worksheet" && root.name.namespace == Self.sheet)
      let cell = try #require(root.element("sheetData")?.element("row")?.element("c"))
      #expect(cell.name.namespace == Self.sheet)
      #expect(cell.attributes.map(\.name) == [XMLName(local: "r"), XMLName(local: "t")])
      #expect(cell.attribute("r") == "A1")
      #expect(cell.element("v")?.text == "0")
    }
  }

  @Test func bindingsAreScopedToTheirElement() throws {
    let root = try parse(
      #"<a xmlns="urn:1" xmlns:p="urn:p"><b xmlns="urn:2" xmlns:p="urn:q"><p:c/></b><c/><p:c/></a>"#
    )
    #expect(root.elements().map(\.name.namespace) == ["urn:2", "urn:1", "urn:p"])
    #expect(root.element("b")?.element("c")?.name.namespace == "urn:q")
    let undeclared = try parse(#"<a xmlns="urn:1"><b xmlns=""><c/></b></a>"#)
    #expect(undeclared.element("b")?.element("c")?.name.namespace == "")
  }

  // MARK: Text

  @Test func entitiesAndCharacterReferences() throws {
    let root = try parse(
      #"<a v="&lt;&#20826;&quot;">&lt;&gt;&amp;&apos;&quot;&#20826;&#x515A;&#x1F600;</a>"#)
    #expect(root.text == "<>&'\"党党😀")
    #expect(root.attribute("v") == "<党\"")
  }

  @Test func cdataJoinsTheTextAroundIt() throws {
    let root = try parse("<a>前<![CDATA[<b>&amp;</b>]]>后</a>")
    #expect(root.children == [.text("前<b>&amp;</b>后")])
  }

  @Test func lineEndsAndBlanksInAttributes() throws {
    let root = try parse("<a v=\"x\ty\r\nz&#10;\">1\r\n2\r3\n</a>")
    #expect(root.text == "1\n2\n3\n")
    #expect(root.attribute("v") == "x y z\n")
  }

  @Test func commentsInstructionsAndDeclarationAreSkipped() throws {
    let root = try parse(
      "\u{FEFF}<?xml version=\"1.0\"?>\n<!-- 开头 -->\n<a><?pi x?>甲<!-- 中间 -->乙<b/></a>\n<!-- 结尾 -->\n"
    )
    #expect(root.children.count == 3)
    #expect(root.children.prefix(2) == [.text("甲"), .text("乙")])
    #expect(root.elements().map(\.name.local) == ["b"])
    #expect(root.text == "甲乙")
  }

  @Test func utf16WithAByteOrderMark() throws {
    let units = Array("<a>党建</a>".utf16)
    let bytes: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    #expect(try XMLDocument.parse(bytes, file: "x.xml").root.text == "党建")
  }

  /// A declared encoding other than UTF-8: GBK (as some Chinese tools write), ISO-8859-1;
  /// one that is not read is refused by name.
  @Test func declaredEncodings() throws {
    let declaration = Array(#"<?xml version="1.0" encoding="GBK"?>"#.utf8)
    let gbk: [UInt8] = [0xB5, 0xB3, 0xBD, 0xA8]  // 党建
    let root = try XMLDocument.parse(
      declaration + Array("<a>".utf8) + gbk + Array("</a>".utf8), file: "x"
    ).root
    #expect(root.text == "党建")
    let latin =
      Array(#"<?xml version='1.0' encoding='iso-8859-1'?><a>"#.utf8) + [0xE9] + Array("</a>".utf8)
    #expect(try XMLDocument.parse(latin, file: "x").root.text == "é")
    let japanese = diagnostic {
      _ = try XMLDocument.parse(
        Array(#"<?xml version="1.0" encoding="Shift_JIS"?><a/>"#.utf8), file: "x.xml")
    }
    #expect(japanese?.message == "“x.xml”是 Shift_JIS 编码的 XML，draft 读不了这种编码")
    let broken = diagnostic {
      _ = try XMLDocument.parse(declaration + [0x3C, 0x61, 0x3E, 0xFF], file: "x.xml")
    }
    #expect(broken?.message == "“x.xml”声明为 GBK 编码，但第 40 个字节起不是有效的 GB18030")
  }

  @Test func eventsOfAnEmptyElementTag() throws {
    var reader = try XMLReader(Array(#"<a><b c="1"/>t</a>"#.utf8), file: "x")
    var events: [XMLReader.Event] = []
    while let event = try reader.next() { events.append(event) }
    #expect(
      events == [
        .start(XMLName(local: "a"), [], offset: 0),
        .start(
          XMLName(local: "b"), [XMLAttribute(name: XMLName(local: "c"), value: "1")], offset: 3),
        .end(XMLName(local: "b")), .text("t"), .end(XMLName(local: "a")),
      ])
  }

  @Test func elementsKnowWhereTheyAre() throws {
    let document = try XMLDocument.parse(Array("<a>\n  <b/>\n  <党 x='1'/></a>".utf8), file: "x.xml")
    let inner = document.root.elements()
    #expect(inner.map { document.location(of: $0).description } == ["x.xml:2:3", "x.xml:3:3"])
  }

  // MARK: Refused documents

  /// No DOCTYPE at all, so no entity expansion: the billion laughs and external entities are
  /// refused before anything is read.
  @Test func doctypeIsRefused() {
    let laughs = """
      <?xml version="1.0"?>
      <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
      <lolz>&lol2;</lolz>
      """
    expectRefused(laughs, "不支持文档类型声明（DOCTYPE）", line: 2, column: 1)
    expectRefused(
      #"<!DOCTYPE a SYSTEM "file:///etc/passwd"><a/>"#, "不支持文档类型声明（DOCTYPE）", line: 1, column: 1)
  }

  @Test func badReferencesAreLocated() {
    expectRefused("<a>党组会&nbsp;</a>", "未定义的实体“&nbsp;”", line: 1, column: 7)
    expectRefused("<a>\n甲 & 乙</a>", "“&”后面应是实体名和分号", line: 2, column: 3)
    expectRefused("<a>&#0;</a>", "字符引用“&#0;”不是 XML 允许的字符", line: 1, column: 4)
    expectRefused("<a>&#xD800;</a>", "字符引用“&#xD800;”不是 XML 允许的字符", line: 1, column: 4)
    expectRefused("<a>&#x110000;</a>", "字符引用“&#x110000;”不是 XML 允许的字符", line: 1, column: 4)
  }

  @Test func badTagsAreLocated() {
    expectRefused("<a>\n  <b></a>", "结束标签“</a>”与开始标签“<b>”不配对", line: 2, column: 6)
    expectRefused(
      "<a>\n<b>正文", "文件在元素“b”（第 2 行第 1 列开始）结束之前就结束了", line: 2, column: 6)
    expectRefused("<w:p/>", "前缀“w”没有声明（缺少 xmlns:w）", line: 1, column: 2)
    // fuzz-xml: `:px` took the default namespace as if it were a prefix's.
    expectRefused(
      #"<a xmlns="urn:1"><b :px="0"/></a>"#, "名称“:px”不合规：冒号两边都要有名字，且只能有一个冒号", line: 1,
      column: 21)
    expectRefused(
      #"<a xmlns:p="urn:p" p:x:y="0"/>"#, "名称“p:x:y”不合规：冒号两边都要有名字，且只能有一个冒号", line: 1, column: 20)
    expectRefused(#"<p: xmlns:p="urn:p"/>"#, "名称“p:”不合规：冒号两边都要有名字，且只能有一个冒号", line: 1, column: 2)
    expectRefused(#"<a x="1" y="2" x="3"/>"#, "属性“x”重复了", line: 1, column: 16)
    let many = (0..<20).map { "a\($0)=\"\"" }.joined(separator: " ")
    expectRefused("<a \(many) a7=\"\"/>", "属性“a7”重复了", line: 1, column: 4 + many.count + 1)
    expectRefused(#"<a x="1"y="2"/>"#, "属性前面缺少空格", line: 1, column: 9)
    expectRefused(#"<a x=1/>"#, "属性值应写在引号里", line: 1, column: 6)
    expectRefused(#"<a x="<"/>"#, "属性值里不能有“<”", line: 1, column: 7)
    expectRefused(#"<a x="1>"#, "属性值没有结束（缺少引号）", line: 1, column: 6)
    expectRefused("<a>< b</a>", "这里应是元素名或属性名", line: 1, column: 5)
    expectRefused("<a></a >x", "根元素之外不能有文字", line: 1, column: 9)
    expectRefused("<a/>\n<b/>", "根元素之后又有一个元素", line: 2, column: 1)
    expectRefused("</a>", "结束标签“</a>”前面没有对应的开始标签", line: 1, column: 1)
    expectRefused("<a><!-- 注释", "注释“<!--”没有结束", line: 1, column: 4)
    expectRefused("<a><![CDATA[x</a>", "CDATA 段没有结束（缺少“]]>”）", line: 1, column: 4)
    expectRefused("  \n", "文件里没有 XML 元素", line: 2, column: 1)
  }

  @Test func forbiddenCharactersAreLocated() {
    expectRefused("<a>甲\u{1}</a>", "文件里有 XML 不允许的控制字符 U+0001", line: 1, column: 5)
    expectRefused("<a>\u{FFFF}</a>", "文件里有 XML 不允许的字符 U+FFFF", line: 1, column: 4)
    let error = diagnostic {
      _ = try XMLDocument.parse(Array("<a>党".utf8).dropLast() + Array("</a>".utf8), file: "x")
    }
    #expect(error?.message == "文件不是有效的 UTF-8 编码")
    #expect(error?.location?.column == 4)
  }

  @Test func depthAndSizeHaveLimits() throws {
    var limits = XMLReader.Limits()
    limits.maximumDepth = 256
    let deep = String(repeating: "<a>", count: 256) + String(repeating: "</a>", count: 256)
    #expect(try parse(deep, limits: limits).name.local == "a")
    expectRefused(
      String(repeating: "<a>", count: 257), "元素嵌套太深（超过 256 层）", line: 1, column: 769, limits: limits
    )
    limits.maximumBytes = 10
    let error = diagnostic { _ = try parse("<a>0123456789</a>", limits: limits) }
    #expect(error?.message == "“document.xml”有 17 字节，超过了 10 字节的上限")
  }
}
