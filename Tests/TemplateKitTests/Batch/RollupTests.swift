import Testing

@testable import TemplateKit

@Suite("Rollup: the units' counts summed and lists joined, for the organisation above")
struct RollupTests {
  private let files: [String: String] = [
    "fields/通用.yaml": """
    字段:
      报告.类型: {类型: 文本, 提示: 报告类型, 必填: true}
      报告.日期: {类型: 日期, 提示: 成文日期}
      年度: {类型: 整数, 提示: 报告年度}
      单位.简称: {类型: 文本, 提示: 单位简称}
      上级: {类型: 列表, 提示: 上级党委}
    """,
    "kinds/简报.tmpl": """
    ---
    名称: 简报
    章节: [学习]
    ---
    {% title %}{{ 单位.简称 }}{% endtitle %}
    {% sections %}
    """,
    "sections/学习.tmpl": """
    ---
    标题: 学习
    字段:
      统计.党组会: {类型: 次数, 提示: 党组会次数, 标签: 党组会次数}
      统计.比例: {类型: 数值, 提示: 比例}
      经费.支出: {类型: 金额, 提示: 支出}
      活动[].日期: {类型: 日期, 提示: 日期}
      活动[].内容: {类型: 文本, 提示: 内容}
      学习.内容: {类型: 列表, 提示: 学习内容}
      党务公开: {类型: 是否, 提示: 是否公开}
      书记.讲话: {类型: 文本, 提示: 讲话}
    ---
    {{ 统计.党组会 }}{{ 统计.比例 }}{{ 经费.支出 }}{{ 学习.内容 }}{{ 党务公开 }}{{ 书记.讲话 }}
    {% for a in 活动 %}{{ a.日期 }}{{ a.内容 }}{% endfor %}
    """,
  ]

  private let batch = """
    共同:
      报告: {类型: 简报, 日期: 2023-12-25}
      年度: 2023
      上级: [区委]
    各单位:
      - 单位: {简称: 甲}
        统计: {党组会: 12, 比例: 0.5}
        经费: {支出: 1000}
        活动:
          - {日期: 2023-03-01, 内容: 学习}
        学习: {内容: [党章, 准则]}
        党务公开: true
        书记: {讲话: 甲的讲话}
      - 单位: {简称: 乙}
        统计: {党组会: 10, 比例: 0.25}
        经费: {支出: 250.5}
        活动:
          - {日期: 2023-04-01, 内容: 参观}
          - {日期: 2023-05-01, 内容: 研讨}
        学习: {内容: [准则, 条例]}
        党务公开: false
      - 单位: {简称: 丙}
        统计: {党组会: 十二次}
        年度: 2024
      - 单位: {简称: 丁}
        报告: {类型: 没有这种}
    """

  private func rollup() throws -> (RollupResult, String) {
    let folder = try ScratchFolder()
    let path = try folder.write(batch, to: "批量.yaml")
    let result = Rollup(catalogue: try catalogue(files), jobs: 2).run(
      try BatchSource.read(path: path))
    return (result, path)
  }

  private func field(_ path: String, in result: RollupResult) throws -> RolledField {
    try #require(result.fields.first { $0.path == path })
  }

  @Test func countsAndAmountsAreSummedAndTheUnitsThatLackedThemNamed() throws {
    let (result, _) = try rollup()
    #expect(result.units == ["甲", "乙", "丙"])
    let meetings = try field("统计.党组会", in: result)
    #expect(meetings.treatment == .summed)
    #expect(meetings.value == 22)
    #expect(meetings.contributors == 2)
    #expect(meetings.lacking == ["丙"])
    #expect(try field("统计.比例", in: result).value == 0.75)
    #expect(try field("经费.支出", in: result).value == 1250.5)
    #expect(result.answers["统计"]?["党组会"] == 22)
    #expect(result.answers["经费"]?["支出"] == 1250.5)
  }

  @Test func aValueThatIsNotANumberIsNotCountedAndSaysWhere() throws {
    let (result, path) = try rollup()
    #expect(result.warnings.count == 1)
    let warning = try #require(result.warnings.first)
    #expect(warning.location?.description == "\(path):23:15")
    #expect(warning.message.hasPrefix("“统计.党组会”应是整数，这里是文字“十二次”"))
    #expect(warning.message.hasSuffix("没有计入汇总"))
  }

  @Test func listsOfRecordsAndOfTextsAreJoinedInTheUnitsOrder() throws {
    let (result, _) = try rollup()
    let activities = try field("活动", in: result)
    #expect(activities.treatment == .joined(duplicates: 0))
    #expect(activities.value?.list?.map { $0["内容"] } == ["学习", "参观", "研讨"])
    #expect(activities.lacking == ["丙"])
    let studies = try field("学习.内容", in: result)
    #expect(studies.treatment == .joined(duplicates: 1))
    #expect(studies.value == .list(["党章", "准则", "条例"]))
  }

  @Test func textAndTheUnitsOwnDetailsAreLeftForTheParent() throws {
    let (result, _) = try rollup()
    for path in ["单位.简称", "上级", "报告.日期", "书记.讲话"] {
      #expect(try field(path, in: result).isLeftOut, "\(path)")
    }
    #expect(result.answers["上级"] == nil)
    #expect(result.answers["书记"] == nil)
    #expect(try field("党务公开", in: result).treatment == .leftOut(yes: 1))
  }

  @Test func theKindIsCopiedWhenAllAgreeAndTheYearIsNotWhenOneDiffers() throws {
    let (result, _) = try rollup()
    #expect(try field("报告.类型", in: result).treatment == .copied)
    #expect(result.answers["报告"]?["类型"] == "简报")
    #expect(try field("年度", in: result).isLeftOut)
    #expect(result.answers["年度"] == nil)
  }

  @Test func aUnitThatCannotBeReadIsLeftOutAndReported() throws {
    let (result, path) = try rollup()
    #expect(result.failures.count == 1)
    #expect(result.failures.first?.unit == "丁")
    #expect(result.failures.first?.problem.location?.description == "\(path):26:14")
  }

  /// The answers of the organisation above are its kind's questionnaire, the sums filled in
  /// and each saying how it was made; the organisation's own fields are there, empty, with
  /// their prompts, so that `check` points at each.
  @Test func theAnswersAreTheKindsQuestionnaireWithTheSumsFilledIn() throws {
    let (result, _) = try rollup()
    let catalogue = try TemplateKitTests.catalogue(files)
    let kind = try result.parentKind(in: catalogue)
    let yaml = try Questionnaire(catalogue: catalogue, kind: kind)
      .text(rollingUp: result, source: "批量.yaml")
    let read = try answers(yaml, file: "汇总答案.yaml")
    for path in ["统计.党组会", "统计.比例", "经费.支出", "学习.内容", "活动", "报告.类型"] {
      #expect(
        read.root.value(atPath: path) == Value.map(result.answers).value(atPath: path), "\(path)")
    }
    #expect(yaml.contains("  # 党组会次数。类型：次数（0 或正整数）\n  # 汇总：2 个单位合计；缺：丙\n  党组会: 22\n"))
    #expect(yaml.contains("# 汇总：合并 2 个单位的列表；缺：丙\n活动:\n"))
    #expect(yaml.contains("#   统计.党组会（党组会次数）＝22，2 个单位；缺：丙\n"))
    #expect(yaml.contains("# 单位简称\n  简称:\n"))
    #expect(!yaml.contains("＝，"))
    #expect(yaml.contains("# 没有计入的单位（答案有误，1 个）：\n#   丁："))
    let problems = AnswersChecker(catalogue: catalogue).check(read)
    let line = yaml.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
      $0 == "  简称:"
    }
    #expect(
      problems.contains {
        $0.message.hasPrefix("缺少“单位.简称”") && $0.location?.line == line.map { $0 + 1 }
      })
  }

  @Test func longListsOfUnitsAreShortened() {
    let names = (1...10).map { "单位\($0)" }
    #expect(RollupResult.names(Array(names.prefix(3))) == "单位1、单位2、单位3")
    #expect(RollupResult.names(names) == "单位1、单位2、单位3、单位4、单位5、单位6、单位7、单位8等 10 个单位")
  }

  @Test func sumsStayWholeUntilADecimalOrAnOverflowComes() {
    #expect(Rollup.sum([1, 2, 3]) == 6)
    #expect(Rollup.sum([1, 2.5]) == 3.5)
    #expect(Rollup.sum([.int(Int.max), 1]) == .double(Double(Int.max) + 1))
    #expect(Rollup.sum([]) == 0)
    #expect(Rollup.sum(["120余", 30]) == "150余")
    #expect(Rollup.sum(["120余", "近30"]) == "约150")
  }

  @Test func nestedPathsMakeTheirMappings() {
    var mapping = Mapping()
    mapping.setValue(1, atPath: "甲.乙.丙")
    mapping.setValue(2, atPath: "甲.丁")
    #expect(
      mapping == Mapping([("甲", .map(Mapping([("乙", .map(Mapping([("丙", 1)]))), ("丁", 2)])))]))
  }
}
