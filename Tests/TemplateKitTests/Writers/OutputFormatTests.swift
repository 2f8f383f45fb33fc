import TemplateKit
import Testing

@Suite struct OutputFormatTests {
  @Test func formatFromPathExtension() {
    #expect(OutputFormat(pathExtension: "docx") == .docx)
    #expect(OutputFormat(pathExtension: ".DOCX") == .docx)
    #expect(OutputFormat(pathExtension: "Markdown") == .md)
    #expect(OutputFormat(pathExtension: ".md") == .md)
    #expect(OutputFormat(pathExtension: "htm") == .html)
    #expect(OutputFormat(pathExtension: "HTML") == .html)
    #expect(OutputFormat(pathExtension: "text") == .txt)
    #expect(OutputFormat(pathExtension: "txt") == .txt)
    #expect(OutputFormat(pathExtension: "doc") == nil)
    #expect(OutputFormat(pathExtension: "") == nil)
  }

  @Test func formatFromName() {
    #expect(OutputFormat.allCases.map(\.rawValue) == ["txt", "md", "html", "docx"])
    for format in OutputFormat.allCases {
      #expect(OutputFormat(name: format.rawValue) == format)
    }
    #expect(OutputFormat(name: "pdf") == nil)
  }

  @Test func eachFormatHasItsWriter() throws {
    #expect(OutputFormat.txt.writer() is PlainTextWriter)
    #expect(OutputFormat.md.writer() is MarkdownWriter)
    #expect(OutputFormat.html.writer(options: WriterOptions(fonts: .windows)) is HTMLWriter)
    #expect(OutputFormat.docx.writer() is DocxWriter)
    let bytes = try OutputFormat.docx.writer().write(SampleReport.document)
    #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
  }

  @Test func fontPresetsByName() {
    #expect(ReportFonts(presetName: "GB2312") == .gb2312)
    #expect(ReportFonts(presetName: "windows") == .windows)
    #expect(ReportFonts(presetName: "mac") == nil)
    #expect(WriterOptions().fonts == .gb2312)
  }
}
