import Foundation
import Testing

/// The same section speaks of the unit by name in a unit's report and as 我 in a person's.
@Suite("Voice: the unit's name or 我")
struct VoiceTests {
  static let sections = ["加强思想政治建设", "规范党内政治生活", "主要做法和成效", "党风廉政建设责任制", "带头廉洁自律"]

  func report(kind: String) throws -> String {
    let result = try AnswersText.generate(
      AnswersText.federation(kind: kind, sections: Self.sections))
    #expect(result.status == 0, "\(result.errors)")
    return result.output
  }

  @Test func aUnitsReportNamesTheUnitAndItsSecretary() throws {
    let text = try report(kind: "落实主体责任情况报告")
    #expect(text.contains("2023年，临江区残联始终把维护党的领导放在首位"))
    #expect(text.contains("临江区残联党组书记为此项工作的第一责任人"))
    #expect(text.contains("坚持落实“三会一课”制度，临江区残联党组书记、理事长张明以普通党员身份参加党员大会"))
    #expect(text.contains("我会党组高度重视履行全面从严治党主体责任和党风廉政建设责任制的落实工作，党组主要负责人认真履行"))
    #expect(text.contains("临江区残联始终将政治建设摆在首位"))
    #expect(text.contains("临江区残联党组书记、理事长张明严格履行第一责任人职责"))
    #expect(!text.contains("我始终"))
  }

  @Test func aPersonsReportSpeaksAsI() throws {
    let text = try report(kind: "履行全面从严治党第一责任人情况报告")
    #expect(text.contains("2023年，我始终把维护党的领导放在首位"))
    #expect(text.contains("作为党组织书记，我是此项工作的第一责任人"))
    #expect(text.contains("坚持落实“三会一课”制度，以普通党员身份参加党员大会"))
    #expect(text.contains("我高度重视履行全面从严治党主体责任和党风廉政建设责任制的落实工作，认真履行"))
    #expect(text.contains("一、加强思想政治建设\n一是坚持以习近平新时代中国特色社会主义思想武装头脑。2023年，我始终"))
    #expect(!text.contains("临江区残联始终"))
    #expect(!text.contains("理事长张明"))
  }
}

/// Facts of the year come from the year table: the same answers say 十九大 in 2021 and 二十大
/// in 2023.
@Suite("Year facts")
struct YearFactsTests {
  func corpus000(year: Int) throws -> String {
    // Dates move with the year so the answers stay consistent.
    let yaml = try AnswersText.example("corpus-000.yaml")
      .replacingOccurrences(of: "年度: 2023", with: "年度: \(year)")
      .replacingOccurrences(of: "2023-", with: "\(year)-")
    let result = try AnswersText.generate(yaml)
    #expect(result.status == 0, "\(result.errors)")
    return result.output
  }

  @Test func theCongressFollowsTheYear() throws {
    let earlier = try corpus000(year: 2021)
    let later = try corpus000(year: 2023)
    #expect(earlier.contains("深入贯彻落实党的十九大精神，坚决落实党要管党、从严治党主体责任"))
    #expect(later.contains("深入贯彻落实党的二十大精神，坚决落实党要管党、从严治党主体责任"))
    #expect(!earlier.contains("二十大"))
    #expect(!later.contains("十九大"))
    #expect(earlier.contains("今年以来，结合党史学习教育，把政治理论学习摆在重要位置"))
  }

  /// 2021 had no 总要求 of a 主题教育: that point vanishes and leaves no gap in the numbers.
  @Test func aPointOnlySomeYearsHaveVanishes() throws {
    let earlier = try corpus000(year: 2021)
    let later = try corpus000(year: 2023)
    #expect(later.contains("二是临江区残联积极开展第二批主题教育，牢牢把握“学思想、强党性、重实践、建新功”总要求"))
    #expect(!earlier.contains("总要求"))
    #expect(earlier.contains("三、加强思想政治建设\n一是坚持以习近平新时代中国特色社会主义思想武装头脑"))
    #expect(earlier.contains("有序开展。\n四、严抓党风廉政建设"))
  }

  @Test func theYearsPlaceOpensTheSecretarysReport() throws {
    for (year, phrase) in [(2021, "中国共产党成立100周年"), (2022, "党的二十大召开之年"), (2023, "全面贯彻党的二十大精神的开局之年")]
    {
      let yaml = try AnswersText.example("corpus-001.yaml")
        .replacingOccurrences(of: "年度: 2022", with: "年度: \(year)")
      let text = try AnswersText.generate(yaml).output
      #expect(text.contains("\n今年是\(phrase)，我坚持用习近平新时代中国特色社会主义思想凝心铸魂"))
    }
  }
}

/// 存在问题及原因 is made of two phrase banks: the answers pick stock items by name, reword
/// them or add their own, and the items are numbered in the order given.
@Suite("Phrase banks in 存在问题及原因")
struct PhraseBankSectionTests {
  func problems(_ more: String) throws -> String {
    let result = try AnswersText.generate(
      AnswersText.federation(kind: "抓基层党建工作述职报告", sections: ["存在问题及原因"], more: more))
    #expect(result.status == 0, "\(result.errors)")
    #expect(!result.output.contains("【待填"))
    return result.output
  }

  @Test func withoutAChoiceEveryStockItemInTheBanksOrder() throws {
    let text = try problems("")
    #expect(text.contains("一、存在问题及原因\n（一）存在的主要问题\n一是对党建工作的重视程度不够。与业务工作相比"))
    #expect(text.contains("二是推动党建与业务工作有机融合不够。党建与业务融合的载体作用发挥不够明显，没有形成比较有效、有力的抓手。"))
    #expect(text.contains("五是落实“一岗双责”督促检查不够经常。"))
    #expect(text.contains("（二）原因分析\n一是对理论学习压力传导不够有力。"))
    #expect(text.contains("五是担当作为的劲头不足。"))
  }

  @Test func pickedRewordedAndAddedItemsInTheGivenOrder() throws {
    let text = try problems(
      """
      先锋队伍:
        名称: 三队两岗
      问题:
        主要问题:
          - 推动党建与业务工作有机融合不够
          - {标题: 对党建工作的重视程度不够, 内容: 理论学习抓得不够严，考核指导不够。}
          - 意识形态阵地管理还有薄弱环节
        原因分析:
          - 对干部监督管理不够到位

      """)
    #expect(
      text.contains(
        "（一）存在的主要问题\n"
          + "一是推动党建与业务工作有机融合不够。“三队两岗”作用发挥不够明显，没有形成比较有效、有力的抓手。"
          + "二是对党建工作的重视程度不够。理论学习抓得不够严，考核指导不够。"
          + "三是意识形态阵地管理还有薄弱环节。\n"))
    #expect(
      text.contains(
        "（二）原因分析\n一是对干部监督管理不够到位。能够始终坚持用制度管权、按制度办事、靠制度管人，"))
    #expect(!text.contains("二是理论学习与实际工作的结合不够紧密"))
    #expect(!text.contains("党组的统领作用"))
  }
}

/// Points and sentences only some organisations have vanish when their answers are absent,
/// and what remains numbers itself without gaps.
@Suite("Optional points")
struct OptionalPointsTests {
  func generate(_ yaml: String) throws -> String {
    let result = try AnswersText.generate(yaml)
    #expect(result.status == 0, "\(result.errors)")
    #expect(!result.output.contains("【待填"), "\(result.output)")
    return result.output
  }

  @Test func withoutAVanguardTeamTheOtherPointsMoveUp() throws {
    let full = try generate(try AnswersText.example("corpus-001.yaml"))
    #expect(full.contains("（三）抓作风，转作风，努力打造一流干部队伍\n一是组建“三队两岗”。"))
    #expect(full.contains("三是强化教育监督管理。"))
    let text = try generate(
      AnswersText.removing("先锋队伍", from: try AnswersText.example("corpus-001.yaml")))
    #expect(text.contains("（三）抓作风，转作风，努力打造一流干部队伍\n一是加强年轻干部培养。"))
    #expect(text.contains("二是强化教育监督管理。"))
    #expect(!text.contains("三是强化教育监督管理"))
    #expect(!text.contains("三队两岗"))
  }

  @Test func withoutBrandsTheWholeSubsectionGoes() throws {
    var yaml = try AnswersText.example("corpus-001.yaml")
    yaml = AnswersText.removing("品牌创建", from: yaml)
    let oneLess = try generate(yaml)
    #expect(oneLess.contains("（四）抓品牌，促发展，推动党建业务深度融合\n一是工作联动。"))
    #expect(oneLess.contains("二是典型联树。"))
    for key in ["融合", "典型"] { yaml = AnswersText.removing(key, from: yaml) }
    let text = try generate(yaml)
    #expect(!text.contains("抓品牌"))
    #expect(text.contains("在聚焦中心主业、遂行重大任务中持续深化党性锻炼。\n（三）"))
    #expect(text.contains("管理目录，制定廉政风险防控措施36条。"))
    #expect(text.contains("谈话提醒和批评教育6人次。\n二、存在问题及原因\n"))
  }

  @Test func withoutAPairedVillageTheSentenceGoes() throws {
    let full = try generate(try AnswersText.example("corpus-000.yaml"))
    #expect(full.contains("2023年7月2日，临江区残联党员干部来到结对共建的临江镇红星村"))
    let text = try generate(
      AnswersText.removing("结对共建", from: try AnswersText.example("corpus-000.yaml")))
    #expect(!text.contains("结对共建"))
    #expect(text.contains("发挥作用常态化。临江区残联党组书记、理事长张明以《锤炼坚强党性彰显担当作为》为题"))
    #expect(text.contains("二是党员领导干部带头参加组织生活"))
    #expect(text.contains("三是力求台账资料规范化"))
  }

  @Test func withoutCountsTheirClausesGoWithTheirPunctuation() throws {
    let text = try generate(
      AnswersText.removing("统计", from: try AnswersText.example("corpus-003.yaml")))
    #expect(text.contains("督促班子成员认真落实“一岗双责”。签订责任状，落实“一岗双责”。"))
    #expect(text.contains("开展廉政教育。开展廉政文化创建活动"))
    #expect(
      text.contains("一是抓教育，夯实思想政治基础。落实学习长效机制。强化意识形态建设。始终把意识形态工作摆在突出位置，坚持常抓常议。同时管好、用好宣传阵地和网络媒体。二是"))
    #expect(text.contains("深化模范机关创建。三是抓制度"))
    #expect(text.contains("有效构建廉政风险防控机制。修订完善各项规章制度。"))
    #expect(text.contains("建立健全规章制度。四是"))
    #expect(text.contains("筑牢思想防线。\n三、强化队伍建设"))
  }

  @Test func subsidiesAreWrittenInTenThousandsAndVanishWhenAbsent() throws {
    let yaml = try AnswersText.example("corpus-002.yaml")
    let full = try generate(yaml)
    #expect(
      full.contains("为1260名符合条件的困难残疾人发放生活补贴152.3万元，为2310名符合条件的重度残疾人发放护理补贴277.2万元。"))
    #expect(full.contains("其中五星级3家、四星级5家、三星级8家，共为600多名残疾人提供"))
    #expect(full.contains("为120户困难残疾人家庭实施了无障碍设施改造。"))
    var reduced = yaml
    for key in ["补贴", "服务阵地", "无障碍改造"] { reduced = AnswersText.removing(key, from: reduced) }
    let text = try generate(reduced)
    for word in ["万元", "星级", "无障碍"] { #expect(!text.contains(word)) }
    #expect(text.contains("真正解决残疾人出行不便、办事难的实际困难。全面优化重度残疾人上门评定服务"))
  }

  @Test func someStarsOnly() throws {
    let yaml = try AnswersText.example("corpus-002.yaml")
      .replacingOccurrences(of: "  五星级: 3\n", with: "")
      .replacingOccurrences(of: "  三星级: 8\n", with: "")
    let text = try generate(yaml)
    #expect(text.contains("实现镇（街道）全覆盖，其中四星级5家，共为600多名残疾人提供"))
  }
}
