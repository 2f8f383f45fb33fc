import TemplateKit
import Testing

@Suite struct HTMLWriterTests {
  let page: String

  init() throws {
    page = try HTMLWriter().page(SampleReport.document)
  }

  @Test func pageIsSelfContainedChinese() {
    #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
    #expect(page.contains(#"<meta charset="utf-8">"#))
    #expect(page.contains("<title>XX区残联落实管党治党政治责任情况报告</title>"))
    #expect(!page.contains("<script"))
    #expect(!page.contains("http://") && !page.contains("https://"))
  }

  @Test func cssSetsTheGBPage() {
    // The empty top box keeps a browser's own header (date, title) off the printed page, as
    // the page numbers keep its footer off.
    #expect(
      page.contains(
        #"@page { size: A4; margin: 37mm 26mm 35mm 28mm; @top-center { content: ""; } }"#))
    #expect(page.contains(#"@bottom-right { content: "— " counter(page) " —""#))
    #expect(page.contains(#"@bottom-left { content: "— " counter(page) " —""#))
    #expect(page.contains("--line: 28.95pt;"))
    #expect(page.contains("font: 16pt/var(--line) var(--body-font)"))
    #expect(page.contains("h2, h3, h4, h5, p { text-indent: calc(2 * var(--cell)); }"))
    #expect(page.contains("font: 22pt/var(--line) var(--title-font)"))
    #expect(
      page.contains(
        #"--body-font: "仿宋_GB2312", "仿宋", "FangSong_GB2312", "FangSong", "STFangsong", "Noto Serif CJK SC""#
      ))
    #expect(page.contains(#"--level1-font: "黑体", "SimHei""#))
    #expect(page.contains(#"--level2-font: "楷体_GB2312", "楷体""#))
    #expect(page.contains("@media print"))
  }

  @Test func blocksBecomeElements() {
    #expect(page.contains("<h1>XX区残联落实管党治党<br>政治责任情况报告</h1>"))
    #expect(page.contains(#"<p class="addressee">中共XX区委：</p>"#))
    #expect(page.contains("<h2>一、落实全面从严管党治党主体责任</h2>"))
    #expect(page.contains("<h3>（一）压实领导责任</h3>"))
    #expect(page.contains("<h4>1.书记带头</h4>"))
    #expect(page.contains("<h5>（1）班子成员履行“一岗双责”</h5>"))
    #expect(
      page.contains(
        #"<p><span class="run-in level-2">（一）切实增强责任意识。</span>继续认真履行"#))
    #expect(
      page.contains(
        #"<p class="signer" style="padding-right: calc(6 * var(--cell) / 2)">中共XX区残联党组</p>"#
      ))
    #expect(
      page.contains(
        #"<p class="date" style="padding-right: calc(4 * var(--cell) / 2)">2023年12月25日</p>"#))
  }

  @Test func gapsAreMarked() {
    #expect(
      page.contains(
        #"全年召开党组会<mark class="gap" title="待填：统计.党组会">【待填：党组会次数】</mark>次"#))
    #expect(page.contains("mark.gap { color: #c00000; background: #fff200;"))
  }

  @Test func valuesAreEscaped() throws {
    let report = Document(blocks: [
      .title(Title(text: [.text("<b>报告</b>")])),
      .paragraph(
        Paragraph(content: [
          .text("<script>alert('x')</script> & \"引号\"\n第二行"),
          .gap(Gap(field: "a\"><script>", label: "<i>标签</i>")),
        ])),
    ])
    let page = try HTMLWriter().page(report)
    #expect(!page.contains("<script>"))
    #expect(!page.contains("<b>报告"))
    #expect(page.contains("<title>&lt;b&gt;报告&lt;/b&gt;</title>"))
    #expect(
      page.contains(
        "<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;引号&quot;<br>第二行"))
    #expect(
      page.contains(
        #"<mark class="gap" title="待填：a&quot;&gt;&lt;script&gt;">【待填：&lt;i&gt;标签&lt;/i&gt;】</mark>"#
      ))
  }

  @Test func fontNamesCannotBreakOutOfTheStyleSheet() throws {
    var fonts = ReportFonts.gb2312
    fonts.body = "x\"</style><script>"
    let page = try HTMLWriter(options: WriterOptions(fonts: fonts)).page(SampleReport.document)
    #expect(!page.contains("<script>"))
    #expect(page.contains(#""x\22 \3c /style>\3c script>""#))
  }

  @Test func forbiddenCharacterIsRefused() {
    let report = Document(blocks: [
      .heading(Heading(level: 1, number: "一、", text: [.text("标题\u{1B}")]))
    ])
    let error = diagnostic { _ = try HTMLWriter().write(report) }
    #expect(error?.message.contains("U+001B") == true)
  }
}
