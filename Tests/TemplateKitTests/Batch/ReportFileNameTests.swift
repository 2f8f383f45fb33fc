import Testing

@testable import TemplateKit

@Suite("Report file names: safe on Linux and Windows, never two the same")
struct ReportFileNameTests {
  @Test func reservedCharactersBecomeTheirFullWidthLookAlikes() {
    #expect(ReportFileName.safeStem("机关党委/办公室\\财务科") == "机关党委／办公室＼财务科")
    #expect(ReportFileName.safeStem(#"a:b*c?d"e<f>g|h"#) == "a：b＊c？d＂e＜f＞g｜h")
  }

  @Test func controlAndInvisibleCharactersGoAndBlanksCollapse() {
    #expect(ReportFileName.safeStem("第一\t党支部\n（机关）\u{0}") == "第一 党支部 （机关）")
    #expect(ReportFileName.safeStem("报告\u{202E}xcod.exe") == "报告xcod.exe")
    #expect(ReportFileName.safeStem("甲\u{200B}乙\u{FEFF}") == "甲乙")
    #expect(ReportFileName.safeStem("  甲   乙  ") == "甲 乙")
  }

  @Test func noDotDotAndNoDotsOrBlanksAtTheEnds() {
    #expect(ReportFileName.safeStem("..") == "")
    #expect(ReportFileName.safeStem("../../etc/passwd") == "／.／etc／passwd")
    #expect(ReportFileName.safeStem("甲..乙") == "甲.乙")
    #expect(ReportFileName.safeStem(" .甲支部. ") == "甲支部")
    #expect(ReportFileName.safeStem("甲支部 . . .") == "甲支部")
  }

  @Test(arguments: [
    ("CON", "CON_"), ("con", "con_"), ("Nul.txt", "Nul_.txt"), ("COM1", "COM1_"),
    ("lpt9.tar.gz", "lpt9_.tar.gz"), ("AUX .x", "AUX _.x"), ("COM²", "COM²_"),
    ("CONIN$", "CONIN$_"), ("CONSOLE", "CONSOLE"), ("COM10", "COM10"), ("PRN党支部", "PRN党支部"),
  ])
  func windowsDeviceNamesAreNotUsedWithAnyExtension(name: String, safe: String) {
    #expect(ReportFileName.safeStem(name) == safe)
  }

  @Test func longNamesAreCutAtACharacterWithinTheByteLimit() {
    let long = String(repeating: "党", count: 80)  // 240 bytes
    let stem = ReportFileName.safeStem(long)
    #expect(stem == String(repeating: "党", count: 50))
    #expect(stem.utf8.count <= ReportFileName.maximumStemBytes)
    let mixed = ReportFileName.safeStem(String(repeating: "a", count: 149) + "党党")
    #expect(mixed == String(repeating: "a", count: 149))
    var names = UniqueFileNames(pathExtension: "docx")
    _ = names.take(long)
    let second = names.take(long)
    #expect(second.hasSuffix("（2）.docx"))
    // With the temporary name written first (`.名称.进程.随机数.tmp`), still under 255 bytes.
    #expect(second.utf8.count + 30 < 255)
  }

  @Test func twoUnitsWithTheSameNameGetNumbersInOrder() {
    var names = UniqueFileNames(pathExtension: "docx", reserved: ["汇总.csv"])
    #expect(names.take("第一党支部") == "第一党支部.docx")
    #expect(names.take("第二党支部") == "第二党支部.docx")
    #expect(names.take("第一党支部") == "第一党支部（2）.docx")
    #expect(names.take("第一党支部") == "第一党支部（3）.docx")
    // Names that are the same once made safe, or differ only in case, are the same.
    #expect(names.take("第一党支部 ") == "第一党支部（4）.docx")
    #expect(names.take("Unit") == "Unit.docx")
    #expect(names.take("UNIT") == "UNIT（2）.docx")
  }

  @Test func aNumberedNameTakenBeforeIsSkipped() {
    var names = UniqueFileNames(pathExtension: "txt")
    #expect(names.take("甲（2）") == "甲（2）.txt")
    #expect(names.take("甲") == "甲.txt")
    #expect(names.take("甲") == "甲（3）.txt")
  }

  @Test func nothingLeftFallsBack() {
    var names = UniqueFileNames(pathExtension: "docx")
    #expect(names.take("...", fallback: "答案01") == "答案01.docx")
    #expect(names.take("\u{7}", fallback: " ") == "单位.docx")
    var summary = UniqueFileNames(pathExtension: "csv", reserved: ["汇总.csv"])
    #expect(summary.take("汇总") == "汇总（2）.csv")
  }

  @Test func theUnitsNameIsTheFullNameElseTheShortOne() throws {
    #expect(
      ReportFileName.unitName(in: try answers("单位: {全称: 甲党支部, 简称: 甲}", file: "a.yaml")) == "甲党支部")
    #expect(
      ReportFileName.unitName(in: try answers("单位: {全称: \" \", 简称: 甲}", file: "a.yaml")) == "甲")
    #expect(ReportFileName.unitName(in: try answers("单位: {全称: 12}", file: "a.yaml")) == nil)
    #expect(ReportFileName.unitName(in: try answers("年度: 2023", file: "a.yaml")) == nil)
  }
}
