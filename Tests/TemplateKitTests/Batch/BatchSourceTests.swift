import Testing

@testable import TemplateKit

@Suite("Batch sources: a folder of answers files, or a batch file")
struct BatchSourceTests {
  @Test func aFolderTakesItsAnswersFilesInNaturalOrder() throws {
    let folder = try ScratchFolder()
    for name in ["单位10.yaml", "单位2.yml", "单位1.json", "说明.txt", ".隐藏.yaml"] {
      try folder.write(name.hasSuffix(".json") ? "{}" : "", to: name)
    }
    try folder.write("", to: "子文件夹.yaml/里面.yaml")
    let source = try BatchSource.read(path: folder.path)
    #expect(source.form == .folder)
    #expect(source.units.map(\.fallbackName) == ["单位1", "单位2", "单位10"])
    #expect(
      source.units.map(\.origin)
        == ["单位1.json", "单位2.yml", "单位10.yaml"].map {
          folder.path + "/" + $0
        })
  }

  @Test func aFolderWithoutAnswersFilesOrANameThatIsNotThereIsAnError() throws {
    let folder = try ScratchFolder()
    try folder.write("", to: "说明.txt")
    #expect(
      diagnostic { _ = try BatchSource.read(path: folder.path) }?.message
        == "文件夹“\(folder.path)”中没有答案文件")
    #expect(throws: Diagnostic.self) { try BatchSource.read(path: folder.path + "/没有") }
  }

  @Test func naturalOrderCountsRunsOfDigitsByValue() {
    let names = ["b", "a10", "a2", "a02", "a1", "a", "10", "9"]
    #expect(
      names.sorted(by: NaturalOrder.precedes) == ["9", "10", "a", "a1", "a02", "a2", "a10", "b"])
  }

  @Test func aBatchFileListsUnitsInEveryFormAndTheyInheritTheSharedAnswers() throws {
    let folder = try ScratchFolder()
    try folder.write("单位:\n  简称: 一支部\n", to: "单位/一支部.yaml")
    try folder.write("单位:\n  简称: 二支部\n报告:\n  日期: 2023-12-28\n", to: "单位/二支部.yaml")
    let path = try folder.write(
      """
      共同:
        报告: {类型: 简报, 日期: 2023-12-25}
        年度: 2023
      各单位:
        - 文件: 单位/一支部.yaml
        - 单位/二支部.yaml
        - 文件: 单位/二支部.yaml
          覆盖:
            报告: {日期: 2024-01-02}
        - 单位: {简称: 三支部}
          年度: 2024
      """, to: "批量.yaml")
    let source = try BatchSource.read(path: path)
    #expect(source.form == .batchFile)
    #expect(source.units.map(\.fallbackName) == ["一支部", "二支部", "二支部", "第4个单位"])
    let units = try source.units.map { try $0.answers() }
    #expect(units.map { $0.root["单位"]?["简称"] } == ["一支部", "二支部", "二支部", "三支部"])
    #expect(units.map { $0.root["报告"]?["类型"] } == ["简报", "简报", "简报", "简报"])
    #expect(
      units.map { $0.root["报告"]?["日期"] } == [
        "2023-12-25", "2023-12-28", "2024-01-02", "2023-12-25",
      ])
    #expect(units.map { $0.root["年度"] } == [2023, 2023, 2023, 2024])
    #expect(units[0].source?.file == folder.path + "/单位/一支部.yaml")
    #expect(units[2].location(of: "报告.日期")?.description == "\(path):9:16")
    #expect(units[3].location(of: "年度")?.description == "\(path):11:9")
    #expect(units[3].location(of: "报告.类型")?.description == "\(path):2:12")
  }

  @Test func aWrongUnitFailsAloneWhereItIsWritten() throws {
    let folder = try ScratchFolder()
    try folder.write("单位: [\n", to: "坏.yaml")
    let path = try folder.write(
      """
      共同:
        报告: {类型: 简报}
      各单位:
        - 文件: 没有.yaml
        - 文件: 坏.yaml
        - 文件: 坏.yaml
          额外: 1
        - 42
        - 文件: [甲]
        - 单位: {简称: 好}
        - 也没有.yaml
      """, to: "批量.yaml")
    let units = try BatchSource.read(path: path).units
    #expect(units.count == 7)
    func failure(_ index: Int) -> String {
      guard let error = diagnostic({ _ = try units[index].answers() }) else { return "没有出错" }
      return "\(error.location?.description ?? "") \(error.message)"
    }
    #expect(failure(0) == "\(path):4:9 找不到答案文件“\(folder.path)/没有.yaml”")
    #expect(failure(1).hasPrefix("\(folder.path)/坏.yaml:1:"))
    #expect(failure(2) == "\(path):7:5 写了“文件”的单位只能再有“覆盖”一项，这里有“额外”")
    #expect(failure(3).hasPrefix("\(path):8:3 “各单位”的每一项应是一个单位"))
    #expect(failure(4) == "\(path):9:9 “文件”应写答案文件的路径")
    #expect(try units[5].answers().root["单位"]?["简称"] == "好")
    #expect(failure(6) == "\(path):11:5 找不到答案文件“\(folder.path)/也没有.yaml”")
  }

  @Test func aUnitWithoutAKindIsToldWhereSharedAnswersGo() throws {
    let folder = try ScratchFolder()
    let path = try folder.write("各单位:\n  - 单位: {简称: 甲}\n", to: "批量.yaml")
    let unit = try #require(try BatchSource.read(path: path).units.first)
    let error = try #require(diagnostic { _ = try unit.answers() })
    #expect(error.location?.description == "\(path):2:3")
    #expect(error.message == "这个单位没有写报告类型（报告.类型）")
    #expect(error.hint?.contains("“共同”下") == true)
  }

  @Test func aBrokenBatchFileFailsAsAWhole() throws {
    let folder = try ScratchFolder()
    func message(_ text: String) throws -> String {
      let path = try folder.write(text, to: "批量.yaml")
      guard let error = diagnostic({ _ = try BatchSource.read(path: path) }) else { return "没有出错" }
      return (error.location.map { "\($0.line):\($0.column) " } ?? "") + error.message
        + (error.hint.map { " | " + $0 } ?? "")
    }
    #expect(try message("共同: {}\n").hasPrefix("1:1 批量文件中没有“各单位”"))
    #expect(try message("各单位: 甲\n").hasPrefix("1:6 “各单位”应是单位的列表，而这里是文本"))
    #expect(try message("各单位: []\n").hasPrefix("1:6 “各单位”中没有单位"))
    #expect(try message("共同: [甲]\n各单位: [a.yaml]\n").hasPrefix("1:5 “共同”应是各单位共用的答案"))
    #expect(try message("共用: {}\n各单位: [a.yaml]\n").hasPrefix("1:1 批量文件中不认识的键“共用” | 是不是想写“共同”？"))
    #expect(try message("报告: {类型: 简报}\n单位: {简称: 甲}\n").contains("这像是一个答案文件"))
    #expect(try message("各单位: [\n").hasPrefix("1:"))
  }
}
