import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Bad inputs too big to commit, made in the test: ten thousand levels of nesting, a 50 MB
/// value, a million items, folders that cannot be written. Each ends with its exact error,
/// or finishes, within bounded memory, and leaves no partial file behind. (That the work is
/// linear in the input is counted in the library's tests: LinearReadingTests,
/// BadInputRegressionTests.)
@Suite("Huge and deep inputs, made in the test")
struct HugeInputTests {
  static let minimal = "报告:\n  类型: 落实主体责任情况报告\n  日期: 2023-12-25\n年度: 2023\n"

  /// Runs `draft arguments…` in `folder` and checks it failed with `status` and the first
  /// stderr line `message`, printed nothing, and left the folder's files (at any depth) as
  /// they were.
  private func expectFailure(
    _ arguments: [String], in folder: TemporaryFolder, status: Int32 = 2, message: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let before = try FileManager.default.subpathsOfDirectory(atPath: folder.url.path).sorted()
    let result: Draft.Result? = try Draft.run(arguments, in: folder.url)
    let firstLine = result?.errors.split(separator: "\n").first.map(String.init)
    #expect(result?.status == status, sourceLocation: sourceLocation)
    #expect(firstLine == message, sourceLocation: sourceLocation)
    #expect(result?.output.isEmpty == true, sourceLocation: sourceLocation)
    let after = try FileManager.default.subpathsOfDirectory(atPath: folder.url.path).sorted()
    #expect(after == before, "files left behind", sourceLocation: sourceLocation)
    #expect(Self.peakChildMemory < 2_000_000_000, sourceLocation: sourceLocation)
  }

  /// The most memory any finished child process of the test run used, in bytes: an upper
  /// bound for the run just made.
  static var peakChildMemory: Int {
    var usage = rusage()
    #if os(Linux)
      getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
      return usage.ru_maxrss * 1024
    #else
      getrusage(RUSAGE_CHILDREN, &usage)
      return usage.ru_maxrss
    #endif
  }

  // MARK: Nesting

  /// Ten thousand levels in each form; the reader stops at its limit of 1000, where the
  /// 1001st level opens.
  static let deepAnswers: [(name: String, file: String, text: String, at: String)] = [
    (
      "流式列表", "答案.yaml",
      "a: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n",
      "1:1003"
    ),
    (
      "流式映射", "答案.yaml",
      "a: " + String(repeating: "{a: ", count: 10_000) + "1" + String(repeating: "}", count: 10_000)
        + "\n", "1:4000"
    ),
    ("块列表", "答案.yaml", "a:\n" + String(repeating: "- ", count: 10_000) + "x\n", "2:1999"),
    (
      "块映射", "答案.yaml",
      (0..<10_000).map { String(repeating: " ", count: $0) + "k:\n" }.joined()
        + String(repeating: " ", count: 10_000) + "v\n", "1001:1001"
    ),
    (
      "JSON", "答案.json",
      "{\"a\":" + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        + "}", "1:1005"
    ),
  ]

  @Test(arguments: deepAnswers.indices)
  func tenThousandLevelsOfAnswers(_ index: Int) throws {
    let deep = Self.deepAnswers[index]
    let folder = try TemporaryFolder()
    try folder.write(deep.text, to: deep.file)
    try expectFailure(
      ["generate", deep.file, "-o", "报告.docx"], in: folder,
      message: "\(deep.file):\(deep.at): 错误：嵌套太深（超过 1000 层）")
  }

  /// A folder holding `answers` as `答案.yaml` and a templates folder `模板` whose section
  /// 规范党内政治生活 (replacing the built-in one) declares `fields` and renders `body`.
  private func folder(answers: String, section body: String, fields: String = "") throws
    -> TemporaryFolder
  {
    let folder = try TemporaryFolder()
    try folder.write(answers, to: "答案.yaml")
    try folder.write(
      "---\n标题: 规范党内政治生活\n" + (fields.isEmpty ? "" : "字段:\n" + fields) + "---\n" + body + "\n",
      to: "模板/sections/规范党内政治生活.tmpl")
    return folder
  }

  static let deepTemplates: [(name: String, body: String, message: String)] = [
    (
      "标签", String(repeating: "{% if 年度 %}", count: 10_000) + "深",
      "模板/sections/规范党内政治生活.tmpl:4:1104: 错误：标签嵌套超过 100 层"
    ),
    (
      "可省略的一段", String(repeating: "{?", count: 10_000) + "{{ 年度 }}",
      "模板/sections/规范党内政治生活.tmpl:4:201: 错误：标签嵌套超过 100 层"
    ),
    (
      "括号",
      "{{ " + String(repeating: "(", count: 10_000) + "年度" + String(repeating: ")", count: 10_000)
        + " }}", "模板/sections/规范党内政治生活.tmpl:4:104: 错误：表达式太长（运算、过滤器和括号超过 100 个）"
    ),
    (
      "过滤器", "{{ 年度" + String(repeating: " | length", count: 10_000) + " }}",
      "模板/sections/规范党内政治生活.tmpl:4:907: 错误：表达式太长（运算、过滤器和括号超过 100 个）"
    ),
  ]

  @Test(arguments: deepTemplates.indices)
  func tenThousandLevelsOfTemplate(_ index: Int) throws {
    let deep = Self.deepTemplates[index]
    let folder = try folder(answers: Self.minimal, section: deep.body)
    try expectFailure(
      ["generate", "答案.yaml", "--templates", "模板", "-o", "报告.docx"], in: folder,
      message: deep.message)
  }

  // MARK: Size

  /// 50 MB of text in a value the report prints: read in linear time, then stopped at the
  /// report's 20 MB limit; no file.
  @Test func aFiftyMegabyteValue() throws {
    let folder = try TemporaryFolder()
    let value = String(repeating: "临江区残联", count: 50_000_000 / 15)
    try folder.write(Self.minimal + "单位:\n  简称: " + value + "\n", to: "答案.yaml")
    try expectFailure(
      ["generate", "答案.yaml", "-o", "报告.docx"], in: folder,
      message: "内置模板/kinds/落实主体责任情况报告.tmpl:28:28: 错误：报告超过了 20 MB 的上限")
  }

  /// An answers file over 100 MB (here sparse: no disk is used) is refused before reading.
  @Test func anAnswersFileOverOneHundredMegabytes() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write(Self.minimal, to: "答案.yaml")
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.truncate(atOffset: 150_000_000)
    try handle.close()
    try expectFailure(
      ["generate", "答案.yaml", "-o", "报告.docx"], in: folder,
      message: "错误：答案文件“答案.yaml”太大（150 MB，上限是 100 MB）")
  }

  private static let million =
    minimal + "名单: [" + (0..<1_000_000).map(String.init).joined(separator: ", ") + "]\n"
  private static let listField = "  名单: {类型: 列表, 提示: 一百万项}\n"

  /// A loop over a million items that writes 9 MB: it finishes, and the report is whole.
  @Test func aLoopOverAMillionItemsFinishes() throws {
    let folder = try folder(
      answers: Self.million, section: "{% for 人 in 名单 %}{{ 人 }}、{% endfor %}",
      fields: Self.listField)
    let result = try Draft.run(
      ["generate", "答案.yaml", "--templates", "模板", "-o", "报告.txt"], in: folder.url)
    #expect(result.status == 0, "\(result.errors.prefix(500))")
    let report = try Data(contentsOf: folder.url.appendingPathComponent("报告.txt"))
    #expect(report.count > 8_000_000)
    #expect(String(decoding: report, as: UTF8.self).contains("999998、999999"))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == [
        "报告.txt", "模板", "答案.yaml",
      ])
  }

  /// The same loop writing more per item stops at the 20 MB limit, with no file.
  @Test func aLoopOverAMillionItemsStopsAtTheLimit() throws {
    let folder = try folder(
      answers: Self.million,
      section: "{% for 人 in 名单 %}第{{ loop.index }}位同志（编号{{ 人 }}）认真学习，{% endfor %}",
      fields: Self.listField)
    try expectFailure(
      ["generate", "答案.yaml", "--templates", "模板", "-o", "报告.docx"], in: folder,
      message: "模板/sections/规范党内政治生活.tmpl:6:44: 错误：报告超过了 20 MB 的上限")
  }

  /// A loop making a paragraph per item stops at the report's 100,000 blocks: a million
  /// small paragraphs took 1.2 GB of memory when only the text was bounded.
  @Test func aLoopOverAMillionItemsMakingParagraphsStops() throws {
    let folder = try folder(
      answers: Self.million, section: "{% for 人 in 名单 %}{{ 人 }}\n\n{% endfor %}",
      fields: Self.listField)
    try expectFailure(
      ["generate", "答案.yaml", "--templates", "模板", "-o", "报告.docx"], in: folder,
      message: "模板/sections/规范党内政治生活.tmpl:6:21: 错误：报告超过了 100000 段的上限")
  }

  // MARK: Output that cannot be written

  /// A folder without write permission (not for root, who may write anyway).
  @Test(.enabled(if: geteuid() != 0)) func aReadOnlyFolder() throws {
    let folder = try TemporaryFolder()
    try folder.write(Self.minimal, to: "答案.yaml")
    let readOnly = folder.url.appendingPathComponent("只读")
    try FileManager.default.createDirectory(at: readOnly, withIntermediateDirectories: false)
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: readOnly.path)
    defer {
      try? FileManager.default.setAttributes(
        [.posixPermissions: 0o755], ofItemAtPath: readOnly.path)
    }
    try expectFailure(
      ["generate", "答案.yaml", "-o", "只读/报告.docx"], in: folder,
      message: "错误：无法在“只读”中写文件：没有写入权限")
    #expect(try FileManager.default.contentsOfDirectory(atPath: readOnly.path).isEmpty)
  }

  /// A folder no one may write in, root included: /sys on Linux (sysfs makes no new files).
  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/sys/kernel")))
  func aFolderNoOneMayWrite() throws {
    let folder = try TemporaryFolder()
    try folder.write(Self.minimal, to: "答案.yaml")
    let result = try Draft.run(["generate", "答案.yaml", "-o", "/sys/报告.docx"], in: folder.url)
    #expect(result.status == 2)
    #expect(result.errors.hasPrefix("错误：无法在“/sys”中写文件："))
    #expect(result.output.isEmpty)
    let left = try FileManager.default.contentsOfDirectory(atPath: "/sys").filter {
      $0.contains("报告")
    }
    #expect(left.isEmpty)
  }
}
