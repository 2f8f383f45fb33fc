import Foundation
import Testing

@Suite("draft batch and draft rollup, run as users run them")
struct BatchTests {
  private static let corpus = (try? AnswersText.example("corpus-000.yaml")) ?? ""

  /// The corpus example as the answers of a unit called `name`.
  private static func unit(_ name: String) -> String {
    corpus.replacingOccurrences(of: "全称: 临江区残疾人联合会", with: "全称: \(name)")
  }

  private func names(_ folder: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
  }

  /// The summary's rows, without the byte-order mark, split at CR LF and commas (the rows
  /// these tests read hold no quoted commas).
  private func summary(_ folder: String) throws -> (bytes: [UInt8], rows: [[String]]) {
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/汇总.csv")))
    let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
    let rows = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }.map {
      $0.components(separatedBy: ",")
    }
    return (bytes, rows)
  }

  @Test func aFolderOfAnswersFilesGivesOneWordFileEachAndASummary() throws {
    let folder = try TemporaryFolder()
    let output = folder.path("报告")
    let result = try Draft.run(["batch", "Examples/batch/各单位答案", "-o", output])
    #expect(result.status == 0, "\(result.errors)")
    let expected = ["临江区第一中学党支部.docx", "临江区第二中学党支部.docx", "临江区实验小学党支部.docx"]
    #expect(try names(output) == (expected + ["汇总.csv", "汇总.xlsx"]).sorted())
    for name in expected {
      let bytes = try Data(contentsOf: URL(fileURLWithPath: output + "/" + name))
      #expect(bytes.prefix(2) == Data("PK".utf8), "\(name) is a ZIP (.docx)")
    }
    let (bytes, rows) = try summary(output)
    #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(rows.first == ["单位", "答案文件", "状态", "待填数", "待填项", "字数", "输出文件", "说明"])
    #expect(rows.count == 4)
    #expect(rows[1][0] == "临江区实验小学党支部")
    #expect(rows[1][1] == "Examples/batch/各单位答案/1-实验小学.yaml")
    #expect(rows[1][2] == "成功")
    #expect(rows[1][3] == "0")
    #expect((Int(rows[1][5]) ?? 0) > 2000)
    #expect(rows[1][6] == "临江区实验小学党支部.docx")
    // The table on standard output; no progress line when standard error is not a terminal.
    #expect(result.output.hasPrefix("单位"))
    #expect(result.output.contains("临江区第二中学党支部  Examples/batch/各单位答案/3-临江二中.yaml  成功"))
    #expect(!result.errors.contains("\r"))
    #expect(result.errors.contains("共 3 个单位：成功 3，有待填 0，有问题 0，失败 0，已跳过 0"))
  }

  @Test func aBatchFileGivesEachUnitTheSharedAnswersWithItsOwnOverThem() throws {
    let folder = try TemporaryFolder()
    let output = folder.path("报告")
    let result = try Draft.run(
      ["batch", "Examples/batch/批量.yaml", "-o", output, "--format", "txt", "--jobs", "3"])
    #expect(result.status == 0, "\(result.errors)")
    #expect(
      try names(output) == [
        "临江区残疾人就业服务中心党支部.txt", "临江区残疾人康复中心党支部.txt", "临江区残疾人联合会机关党支部.txt",
        "临江区残疾人辅助器具服务中心党支部.txt", "汇总.csv", "汇总.xlsx",
      ])
    func report(_ name: String) throws -> String {
      try String(contentsOfFile: output + "/\(name).txt", encoding: .utf8)
    }
    let office = try report("临江区残疾人联合会机关党支部")
    let rehab = try report("临江区残疾人康复中心党支部")
    let jobs = try report("临江区残疾人就业服务中心党支部")
    let aids = try report("临江区残疾人辅助器具服务中心党支部")
    // Shared: the year, the superiors, the date; 覆盖 changes one unit's date.
    for text in [office, rehab, jobs, aids] {
      #expect(text.contains("2024年，在区委、区残联党组的正确领导下"))
    }
    #expect(office.hasSuffix("2024年12月25日\n"))
    #expect(rehab.hasSuffix("2024年12月30日\n"))
    // At depth: 单位.自称 overridden, 单位.地区 inherited; 业务.工作 overridden, 业务.事业 kept.
    #expect(rehab.contains("今年我中心特别重视党务公开工作"))
    #expect(jobs.contains("今年我支部特别重视党务公开工作"))
    #expect(rehab.contains("党建工作与残疾人康复服务同研究"))
    #expect(rehab.contains("促进残疾人事业发展的精气神"))
    // A list is replaced whole.
    #expect(rehab.contains("并结合助残日、爱眼日、爱耳日等残疾人公益性活动"))
    #expect(office.contains("并结合助残日、爱耳日等残疾人公益性活动"))
    // A blank key does not replace: 就业中心 left 统计.党课 empty, so no lectures are counted.
    #expect(!jobs.contains("讲党课"))
    #expect(aids.contains("辅具中心党支部书记、主任赵敏"))
  }

  @Test func aBrokenUnitIsReportedWhereItIsAndTheOthersAreProduced() throws {
    let folder = try TemporaryFolder()
    try folder.write(Self.unit("甲党支部"), to: "单位/1.yaml")
    let broken = try folder.write("报告:\n  类型: 落实主体责任情况报告\n单位: [乙\n", to: "单位/2.yaml")
    try folder.write(Self.unit("丙党支部"), to: "单位/3.yaml")
    let badDate = try folder.write(
      Self.unit("丁党支部").replacingOccurrences(of: "日期: 2023-12-25", with: "日期: 明天"),
      to: "单位/4.yaml")
    let output = folder.path("报告")
    let result = try Draft.run(["batch", folder.path("单位"), "-o", output, "--format", "md"])
    #expect(result.status == 1)
    // The unit whose date is not a date gets its report, with a gap in the date's place.
    #expect(try names(output) == ["丁党支部.md", "丙党支部.md", "汇总.csv", "汇总.xlsx", "甲党支部.md"])
    #expect(result.errors.contains("【2】\(broken)\n\(broken):3:5: 错误："))
    #expect(result.errors.contains("\(badDate):8:7: 错误：“报告.日期”写的“明天”不是日期"))
    let dated = try String(contentsOfFile: output + "/丁党支部.md", encoding: .utf8)
    #expect(dated.contains("【**待填：成文日期**】"))
    #expect(!dated.contains("明天"))
    let rows = try summary(output).rows
    #expect(rows.map { $0[2] } == ["状态", "成功", "失败", "成功", "有问题"])
    #expect(rows[2][7].hasPrefix("\(broken):3:5: 错误："))
    #expect(rows[4][7].hasPrefix("\(badDate):8:7: 错误："))
    // A failed unit is named as the others are: its 全称 where one is written, read or not.
    #expect(rows.map { $0[0] } == ["单位", "甲党支部", "2", "丙党支部", "丁党支部"])
    #expect(rows.map { $0[1] } == ["答案文件"] + (1...4).map { folder.path("单位/\($0).yaml") })
    #expect(result.errors.contains("共 4 个单位：成功 2，有待填 0，有问题 1，失败 1，已跳过 0"))
  }

  @Test func strictLeavesOutTheReportsWithGaps() throws {
    let folder = try TemporaryFolder()
    try folder.write(Self.unit("甲党支部"), to: "单位/1.yaml")
    try folder.write(
      Self.unit("乙党支部").replacingOccurrences(of: "  姓名: 张明\n", with: ""), to: "单位/2.yaml")
    let output = folder.path("报告")
    let loose = try Draft.run(["batch", folder.path("单位"), "-o", output, "--format", "txt"])
    #expect(loose.status == 0)
    #expect(try summary(output).rows[2][2...4] == ["有待填", "4", "书记.姓名（书记姓名）"])

    let strictOutput = folder.path("严格")
    let strict = try Draft.run(
      ["batch", folder.path("单位"), "-o", strictOutput, "--format", "txt", "--strict"])
    #expect(strict.status == 1)
    #expect(try names(strictOutput) == ["汇总.csv", "汇总.xlsx", "甲党支部.txt"])
    #expect(strict.errors.contains("报告中有 4 处待填，因为用了 --strict，没有生成报告"))
    #expect(strict.errors.contains("待填：书记.姓名（书记姓名）"))
    #expect(try summary(strictOutput).rows[2][2] == "失败")
  }

  @Test func existingReportsAreSkippedWithoutForceAndReplacedWithIt() throws {
    let folder = try TemporaryFolder()
    try folder.write(Self.unit("甲党支部"), to: "单位/1.yaml")
    try folder.write(Self.unit("乙党支部"), to: "单位/2.yaml")
    let output = folder.path("报告")
    let first = try Draft.run(["batch", folder.path("单位"), "-o", output, "--format", "txt"])
    #expect(first.status == 0)
    let written = try String(contentsOfFile: output + "/乙党支部.txt", encoding: .utf8)
    try "手改过的报告".write(toFile: output + "/乙党支部.txt", atomically: true, encoding: .utf8)

    let second = try Draft.run(["batch", folder.path("单位"), "-o", output, "--format", "txt"])
    #expect(second.status == 1)
    #expect(second.errors.contains("2 个报告文件已存在，没有覆盖（如确要覆盖，请加 --force）：甲党支部.txt、乙党支部.txt"))
    #expect(try String(contentsOfFile: output + "/乙党支部.txt", encoding: .utf8) == "手改过的报告")
    #expect(try summary(output).rows.map { $0[2] } == ["状态", "已跳过", "已跳过"])

    let forced = try Draft.run(
      ["batch", folder.path("单位"), "-o", output, "--format", "txt", "--force"])
    #expect(forced.status == 0)
    #expect(try String(contentsOfFile: output + "/乙党支部.txt", encoding: .utf8) == written)
    // Nothing temporary is left behind.
    #expect(try names(output) == ["乙党支部.txt", "汇总.csv", "汇总.xlsx", "甲党支部.txt"])
  }

  @Test func unitsWithTheSameOrAnUnsafeNameDoNotOverwriteEachOther() throws {
    let folder = try TemporaryFolder()
    try folder.write(Self.unit("机关党委/办公室"), to: "单位/1.yaml")
    try folder.write(Self.unit("机关党委/办公室"), to: "单位/2.yaml")
    try folder.write(Self.unit("CON"), to: "单位/3.yaml")
    try folder.write(Self.unit("../外面"), to: "单位/4.yaml")
    let output = folder.path("报告")
    let result = try Draft.run(["batch", folder.path("单位"), "-o", output, "--format", "txt"])
    #expect(result.status == 0, "\(result.errors)")
    #expect(
      try names(output)
        == [
          "CON_.txt", "汇总.csv", "汇总.xlsx", "机关党委／办公室.txt", "机关党委／办公室（2）.txt", "／外面.txt",
        ].sorted())
    #expect(try names(folder.url.path) == ["单位", "报告"])
  }

  @Test func usageMistakesAndAnUnreadableSourceExitTwo() throws {
    let folder = try TemporaryFolder()
    let noOutput = try Draft.run(["batch", "Examples/batch/批量.yaml"])
    #expect(noOutput.status == 2)
    #expect(noOutput.errors.hasPrefix("错误：缺少选项 -o 文件夹\n用法：draft batch 来源 --output 文件夹 "))
    let jobs = try Draft.run(["batch", "Examples/batch/批量.yaml", "-o", folder.path("x"), "-j", "0"])
    #expect(jobs.status == 2)
    let missing = try Draft.run(["batch", "没有这个文件夹", "-o", folder.path("x")])
    #expect(missing.status == 2)
    #expect(missing.errors.contains("找不到“没有这个文件夹”"))
    let answers = try Draft.run(["batch", "Examples/corpus-000.yaml", "-o", folder.path("x")])
    #expect(answers.status == 2)
    #expect(answers.errors.contains("这像是一个答案文件"))
    let file = try folder.write("", to: "文件")
    let notFolder = try Draft.run(["batch", "Examples/batch/批量.yaml", "-o", file])
    #expect(notFolder.status == 2)
    #expect(try names(folder.url.path) == ["文件"])
  }

  @Test func rollupAddsUpTheUnitsIntoAnswersThatReadBack() throws {
    let folder = try TemporaryFolder()
    let output = folder.path("汇总答案.yaml")
    let result = try Draft.run(["rollup", "Examples/batch/批量.yaml", "-o", output])
    #expect(result.status == 0, "\(result.errors)")
    #expect(result.output.isEmpty)
    #expect(result.errors.contains("汇总了 4 个单位的答案。"))
    #expect(result.errors.contains("统计.党员大会（党员大会次数）＝16，4 个单位"))
    #expect(
      result.errors.contains(
        "统计.党课（党课次数）＝12，3 个单位；缺：临江区残疾人就业服务中心党支部"))
    #expect(result.errors.contains("没有汇总（文字、日期、选项和本单位自己的情况，请上级单位自己填写）"))
    let text = try String(contentsOfFile: output, encoding: .utf8)
    #expect(
      text.contains(
        "  # 全年书记或班子成员讲党课的次数。类型：次数（0 或正整数）。示例：4\n"
          + "  # 汇总：3 个单位合计；缺：临江区残疾人就业服务中心党支部\n  党课: 12\n"), "\(text)")
    // The organisation's own fields are there, empty, for it to fill; check points at them.
    #expect(text.contains("  # 【必填】单位的简称，正文中用它称呼本单位。示例：临江区残联\n  简称:\n"))

    let dump = try Draft.run(["dump", output])
    #expect(dump.status == 0, "\(dump.errors)")
    let data = try JSONSerialization.jsonObject(with: dump.outputBytes) as? [String: Any]
    let counts = data?["统计"] as? [String: Any]
    #expect(counts?["党员大会"] as? Int == 16)
    #expect(counts?["集中学习"] as? Int == 74)
    #expect(data?["年度"] as? Int == 2024)
    #expect(
      (data?["学习"] as? [String: Any])?["其他内容"] as? [String] == [
        "党章党规准则条例", "党纪学习教育读书班材料", "残疾人就业条例",
      ])

    let again = try Draft.run(["rollup", "Examples/batch/批量.yaml", "-o", output])
    #expect(again.status == 2)
    #expect(again.errors.contains("已存在，没有覆盖"))
    try "旧的".write(toFile: output, atomically: true, encoding: .utf8)
    let forced = try Draft.run(["rollup", "Examples/batch/批量.yaml", "-o", output, "--force"])
    #expect(forced.status == 0)
    #expect(try String(contentsOfFile: output, encoding: .utf8) == text)
    #expect(try names(folder.url.path) == ["汇总答案.yaml"])

    let toScreen = try Draft.run(["rollup", "Examples/batch/各单位答案"])
    #expect(toScreen.status == 0)
    #expect(toScreen.output.contains("  党员大会: 11\n"))
  }

  @Test func rollupCountsTheUnitsItCanAndExitsOneForTheOthers() throws {
    let folder = try TemporaryFolder()
    try folder.write(Self.unit("甲党支部"), to: "单位/1.yaml")
    let broken = try folder.write("单位: [\n", to: "单位/2.yaml")
    let result = try Draft.run(["rollup", folder.path("单位")])
    #expect(result.status == 1)
    #expect(result.errors.contains("【2】\(broken)\n\(broken):1:"))
    #expect(result.errors.contains("没有计入的单位（答案有误，1 个）"))
    #expect(result.output.contains("# 汇总了 1 个单位的答案。"))
  }
}
