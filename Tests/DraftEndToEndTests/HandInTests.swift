import Foundation
import Testing

/// What `generate` hands over can be handed in: nothing the user answered is lost without a
/// word, `generate` and `batch` guard what `check` guards, defaults fit the organisation, and a
/// year never borrows another's facts (issue “Nothing lost, nothing wrong”).
@Suite("Nothing lost, nothing wrong")
struct HandInTests {
  /// corpus-000's answers picking `measures` for 下一步.措施.
  static func measures(_ measures: [String]) -> (String) -> String {
    {
      $0.replacingOccurrences(
        of: "  措施:\n    - 切实增强责任意识\n    - 加强党建制度建设\n    - 切实强化理论武装\n",
        with: "  措施: [\(measures.joined(separator: ", "))]\n")
    }
  }

  /// corpus-000's answers with `edit` applied, generated (and checked) from a scratch folder.
  func run(_ command: String, editing edit: (String) -> String, extra: [String] = []) throws
    -> (Draft.Result, String)
  {
    let folder = try TemporaryFolder()
    let path = try folder.write(edit(try AnswersText.example("corpus-000.yaml")), to: "答案.yaml")
    return (try Draft.run([command, path] + extra, in: folder.url), path)
  }

  @Test func aPhraseEntryWrittenAsTheHeadOfAStockItemFindsIt() throws {
    let edit =
      Self.measures(["持续正风肃纪", "加强组织领导"])
      >> { $0.replacingOccurrences(of: "  学习平台: [临江党建]\n", with: "") }
    let (generated, _) = try run("generate", editing: edit)
    #expect(generated.status == 0)
    #expect(generated.output.contains("五、下一步工作思路\n"))
    #expect(generated.output.contains("（一）持续正风肃纪，涵养政治生态。紧盯重点领域、关键权力加强日常监督"))
    #expect(generated.output.contains("（二）加强组织领导，推动责任落实。认真履行抓党建第一责任人的职责"))
    let (checked, _) = try run("check", editing: edit)
    #expect(checked.status == 0, "\(checked.errors)")
  }

  @Test func anEntryThatIsNoStockItemIsTheUsersOwnAndCheckSaysSo() throws {
    let edit = Self.measures(["深化作风建设"])
    let (generated, path) = try run("generate", editing: edit)
    #expect(generated.output.contains("五、下一步工作思路\n"))
    #expect(generated.output.contains("（一）深化作风建设。"))
    let (checked, checkedPath) = try run("check", editing: edit)
    #expect(checked.status == 1)
    let warning = "警告：“深化作风建设”不是措辞库中的条目，报告中只写出这个标题"
    #expect(checked.errors.components(separatedBy: warning).count == 2, "\(checked.errors)")
    #expect(checked.errors.contains("\(checkedPath):"))
    #expect(generated.errors.contains("\(path):"))
  }

  @Test func anAnswerTheKindNeverPrintsIsSaidWhereItIsAndWhy() throws {
    let edit: (String) -> String = { $0 + "\n统计:\n  中心组学习: 12\n  防控措施: 30\n" }
    let (checked, path) = try run("check", editing: edit)
    #expect(checked.status == 1)
    let lines = try AnswersText.example("corpus-000.yaml").split(
      separator: "\n", omittingEmptySubsequences: false
    ).count
    #expect(
      checked.errors.contains(
        "\(path):\(lines + 2):10: 警告：“统计.中心组学习”没有写进报告：“落实全面从严治党主体责任情况报告”不用它"),
      "\(checked.errors)")
    #expect(checked.errors.contains("“统计.防控措施”没有写进报告"))
    let (generated, generatedPath) = try run("generate", editing: edit)
    #expect(generated.status == 0)
    #expect(
      generated.errors.contains("\(generatedPath):\(lines + 2):10: 警告：“统计.中心组学习”没有写进报告"))
  }

  @Test func aValuePrintedOnlyWithAnotherOneNamesIt() throws {
    let (checked, _) = try run(
      "check",
      editing: {
        $0.replacingOccurrences(of: "  题目: 锤炼坚强党性彰显担当作为\n", with: "")
      })
    #expect(
      checked.errors.contains("“党课.要点”没有写进报告：它所在的那句话只在填写了“党课.题目”时才写进报告"),
      "\(checked.errors)")
  }

  /// Counts added to corpus-000's answers, one of each kind of mistake.
  static let wrongCounts = "\n统计:\n  支委会: 十二\n  党员大会: 4次\n  党小组会: 6\n"

  @Test func valuesOfTheWrongTypeAreGapsExitOneAndStrictWritesNothing() throws {
    let edit: (String) -> String = { $0 + Self.wrongCounts }
    let (generated, path) = try run("generate", editing: edit)
    // The draft is written for the user to go on with; the exit status says it is not right.
    #expect(generated.status == 1)
    #expect(!generated.output.contains("支委会十二次"))
    #expect(!generated.output.contains("4次次"))
    #expect(generated.output.contains("【待填：支委会次数】"))
    #expect(generated.output.contains("【待填：党员大会次数】"))
    #expect(generated.errors.contains("\(path):"))
    #expect(generated.errors.contains("错误：“统计.支委会”应是整数，这里是文字“十二”"))
    #expect(generated.errors.contains("错误：“统计.党员大会”应是整数，这里是文字“4次”"))

    let (previewed, _) = try run("preview", editing: edit, extra: ["1"])
    #expect(previewed.status == 1)
    #expect(previewed.errors.contains("错误：“统计.支委会”应是整数，这里是文字“十二”"))

    let folder = try TemporaryFolder()
    let answers = try folder.write(edit(try AnswersText.example("corpus-000.yaml")), to: "答案.yaml")
    let written = try Draft.run(["generate", answers, "-o", "草稿.docx"], in: folder.url)
    #expect(written.status == 1)
    #expect(FileManager.default.fileExists(atPath: folder.path("草稿.docx")))
    let strict = try Draft.run(["generate", answers, "-o", "报告.docx", "--strict"], in: folder.url)
    #expect(strict.status == 1)
    #expect(!FileManager.default.fileExists(atPath: folder.path("报告.docx")))
  }

  @Test func aPlaceholderNeverReachesTheReport() throws {
    let edit: (String) -> String = {
      $0.replacingOccurrences(of: "题目: 锤炼坚强党性彰显担当作为", with: "题目: XXXX")
    }
    let (generated, path) = try run("generate", editing: edit)
    #expect(!generated.output.contains("《XXXX》"))
    #expect(!generated.output.contains("XXXX"))
    #expect(generated.errors.contains("\(path):"))
    #expect(generated.errors.contains("错误：“党课.题目”中有占位符“XXXX”"))
    let (strict, _) = try run("generate", editing: edit, extra: ["--strict"])
    #expect(strict.status == 1)
    #expect(strict.output.isEmpty)
  }

  @Test func aBadValueIsReportedOnce() throws {
    let (checked, _) = try run("check", editing: Self.measures(["切实增强责任意思"]))
    #expect(
      checked.errors.components(separatedBy: "警告：“切实增强责任意思”").count == 2, "\(checked.errors)")
  }

  @Test func theOrganisationsTypeComesFromItsName() throws {
    let edit: (String) -> String = {
      $0.replacingOccurrences(of: "  党组织: 临江区残联党组", with: "  党组织: 中共临江区残疾人联合会委员会")
    }
    let (generated, _) = try run("generate", editing: edit)
    #expect(generated.status == 0, "\(generated.errors)")
    #expect(generated.output.contains("强化党委书记抓党建"))
    #expect(!generated.output.contains("党组书记抓党建"))
  }

  @Test func aSignatureSaysNoWordTwice() throws {
    let folder = try TemporaryFolder()
    let answers = try folder.write(
      AnswersText.federation(kind: "抓基层党建工作述职报告", sections: ["存在问题及原因"])
        .replacingOccurrences(of: "  简称: 临江区残联", with: "  简称: 青石街道")
        .replacingOccurrences(of: "  职务: 党组书记、理事长", with: "  职务: 街道党工委书记"),
      to: "答案.yaml")
    let generated = try Draft.run(["generate", answers])
    #expect(generated.output.contains("\n青石街道党工委书记\n张明\n"), "\(generated.output)")
    #expect(!generated.output.contains("街道街道"))
  }

  @Test func theDefaultTitleIsTheFullNameAndTheKindsOfficialTitle() throws {
    let yaml = AnswersText.federation(kind: "落实主体责任情况报告", sections: ["规范党内政治生活"])
    let generated = try AnswersText.generate(yaml)
    #expect(generated.output.hasPrefix("临江区残疾人联合会落实全面从严治党主体责任情况报告\n"))
  }

  @Test func aYearWithoutItsFactsShowsGapsAndIsSaid() throws {
    let edit: (String) -> String = {
      $0.replacingOccurrences(of: "年度: 2023", with: "年度: 2027")
        .replacingOccurrences(of: "2023-", with: "2027-")
    }
    let (generated, path) = try run("generate", editing: edit)
    #expect(generated.status == 0)
    #expect(generated.output.contains("【待填：大会】"), "\(generated.output.prefix(400))")
    #expect(!generated.output.contains("二十大"))
    #expect(generated.errors.contains("\(path):"))
    #expect(generated.errors.contains("警告：年度资料中没有 2027 年的"))
    let (checked, _) = try run("check", editing: edit)
    #expect(checked.status == 1)
    #expect(checked.errors.contains("年度资料中没有 2027 年的"))
    let (strict, _) = try run("generate", editing: edit, extra: ["--strict"])
    #expect(strict.status == 1)
  }

  @Test func twentyTwentySixIsTheFirstYearOfTheFifteenthPlan() throws {
    let folder = try TemporaryFolder()
    let answers = try folder.write(
      AnswersText.federation(kind: "抓基层党建工作述职报告", year: 2026, sections: ["存在问题及原因"]),
      to: "答案.yaml")
    let generated = try Draft.run(["generate", answers])
    #expect(generated.output.contains("今年是“十五五”规划开局之年"), "\(generated.output)")
  }

  @Test func previewNumbersTheSectionAsInTheReportAndSaysWhenItIsNotThere() throws {
    let third = try Draft.run(["preview", "Examples/corpus-000.yaml", "3"])
    #expect(third.output.hasPrefix("三、加强思想政治建设\n"))
    let outside = try Draft.run(["preview", "Examples/corpus-000.yaml", "存在问题及原因"])
    #expect(outside.status == 0)
    #expect(outside.errors.contains("“落实全面从严治党主体责任情况报告”中没有章节“存在问题及原因”"))
  }

  /// Next year's questionnaire from last year's answers reads back; records keep their text and
  /// lose their counts and dates; last year's text is marked for review, and check warns about
  /// a value that names last year.
  @Test func nextYearFromLastYear() throws {
    let folder = try TemporaryFolder()
    try folder.write(
      """
      ---
      名称: 活动报告
      章节: [活动]
      ---
      {% sections %}
      """, to: "模板/kinds/活动报告.tmpl")
    try folder.write(
      """
      ---
      标题: 活动
      字段:
        安排: {类型: 记录列表, 提示: 全年的活动安排}
        安排[].日期: {类型: 日期, 提示: 日期}
        安排[].次数: {类型: 次数, 提示: 次数}
        安排[].内容: {类型: 文本, 提示: 内容}
        总结: {类型: 文本, 提示: 总结}
      ---
      {% for a in 安排 %}{{ a.日期 | date }}开展{{ a.内容 }}{{ a.次数 }}次。{% endfor %}{{ 总结 }}
      """, to: "模板/sections/活动.tmpl")
    let last = try folder.write(
      """
      报告: {类型: 活动报告, 日期: 2023-12-25}
      年度: 2023
      单位: {全称: 甲单位, 简称: 甲, 党组织: 甲党支部}
      安排:
        - {日期: 2023-07-02, 次数: 3, 内容: 集中学习}
      总结: 2023年工作扎实。
      """, to: "2023.yaml")
    let next = try Draft.run(
      ["init", "活动报告", "--templates", folder.path("模板"), "--from", last, "-o", "2024.yaml"],
      in: folder.url)
    #expect(next.status == 0, "\(next.errors)")
    let text = try String(contentsOfFile: folder.path("2024.yaml"), encoding: .utf8)
    #expect(text.contains("安排:\n  - 日期:\n    次数:\n    内容: 集中学习\n"), "\(text)")
    #expect(text.contains("# 【请核对】这是去年的内容，写的是 2023 年的事\n总结: 2023年工作扎实。\n"))
    #expect(text.contains("年度: 2024\n"))
    let checked = try Draft.run(
      ["check", "2024.yaml", "--templates", folder.path("模板")], in: folder.url)
    #expect(checked.errors.contains("警告：“总结”写的是 2023 年，不是报告的年度（2024 年）"))
    #expect(!checked.errors.contains("重复的键"))
  }

  @Test func aBatchUnitWithProblemsIsSaidToHaveThem() throws {
    let folder = try TemporaryFolder()
    try folder.write(try AnswersText.example("corpus-000.yaml"), to: "单位/1.yaml")
    let bad = try folder.write(
      try AnswersText.example("corpus-000.yaml") + Self.wrongCounts, to: "单位/2.yaml")
    let result = try Draft.run(
      ["batch", folder.path("单位"), "-o", folder.path("报告"), "--format", "txt"])
    let rows = try String(contentsOfFile: folder.path("报告/汇总.csv"), encoding: .utf8)
    #expect(rows.contains("有问题"))
    #expect(rows.contains("\(bad):"))
    #expect(result.status == 1)
    #expect(result.errors.contains("\(bad):"))
    #expect(result.errors.contains("“统计.支委会”应是整数"))
    #expect(result.output.contains("有问题"))
    #expect(result.errors.contains("成功 1，有待填 0，有问题 1，失败 0，已跳过 0"))
  }
}

/// `f >> g`: `g` after `f`, for edits made in steps.
func >> <A, B, C>(f: @escaping (A) -> B, g: @escaping (B) -> C) -> (A) -> C { { g(f($0)) } }
