import Testing

@testable import TemplateKit

/// The facts found in one sentence of a report, each as `written → name` (the last, when one
/// text is found twice).
private func facts(_ text: String, year: Int? = 2023, dateLine: Bool = false) -> [String: String] {
  Dictionary(names(text, year: year, dateLine: dateLine)) { _, last in last }
}

/// The names of the facts found in one sentence, in reading order, with what each covers.
private func names(_ text: String, year: Int? = 2023, dateLine: Bool = false) -> [(String, String)]
{
  let report = TextReportReader.read(text, file: "报告.txt", markdown: false)
  let outline = OutlineReader.outline(of: report)
  let finder = FactFinder(year: year, names: KnownNames(outline))
  return finder.facts(in: text, dateLine: dateLine).map { fact in
    let written = String(Array(text)[fact.range])
    switch fact.name {
    case .shared(let path): return (written, path)
    case .learned(let group, let key, _, _): return (written, group + "." + key)
    }
  }
}

@Suite("Learning: facts in a report's text and their names")
struct FactFinderTests {
  @Test func countsAreNamedByWhatIsCounted() {
    let found = facts("今年来共召开党组会12次、理事长办公会8次，重大事情均由集体研究决定。")
    #expect(found == ["12": "统计.党组会", "8": "统计.理事长办公会"])
  }

  @Test func classifiersNameWhatFollowsThem() {
    #expect(facts("引导党员干部当先锋，46名在职党员全部到社区报到。")["46"] == "统计.在职党员")
    #expect(facts("为120名符合条件的困难残疾人发放补贴。")["120"] == "统计.困难残疾人")
  }

  @Test func aClauseEndingWithItsVerbNamesWhoDidWhat() {
    #expect(facts("主持局党组召开6次会议，专门研究部署党风廉政建设工作。")["6"] == "统计.局党组会议")
    #expect(facts("邀请专家专题培训3次。")["3"] == "统计.专家专题培训")
    #expect(facts("各党支部集中12次。")["12"] == "统计.各党支部集中")
  }

  @Test func quotedNamesInsideAClauseStayWhole() {
    #expect(facts("开展党员“亮身份、亮承诺”活动5次。")["5"] == "统计.党员亮身份亮承诺")
  }

  @Test func yearsOfTheReportAreTheYear() {
    let found = facts("2023年，在市委、区委的正确领导下，较2022年有新提高，2024年将继续。")
    #expect(found["2023"] == "年度")
    #expect(found["2022"] == "年度")
    #expect(found["2024"] == "年度")
    #expect(found["市委、区委"] == "上级")
    #expect(facts("自2012年以来坚持不懈。")["2012"]?.hasPrefix("年份.") == true)
  }

  @Test func datesAreNamedByWhatHappened() {
    let found = facts("2023年7月2日，党员干部来到结对共建的红星村，共同开展主题党建月活动。7月11日，开展“双报到”活动。")
    #expect(found["2023年7月2日"] == "日期.主题党建月")
    #expect(found["7月11日"] == "日期.双报到")
    #expect(facts("2023年12月25日", dateLine: true)["2023年12月25日"] == "报告.日期")
  }

  @Test func amountsAndPercentagesHaveTheirGroups() {
    let found = facts("发放生活补贴152.3万元，覆盖率达到95.5%。")
    #expect(found["152.3万元"] == "金额.生活补贴")
    #expect(found["95.5"]?.hasPrefix("比例.") == true)
  }

  @Test func blanksBeforeAPlaceAreThePlaceName() {
    let found = names("XX区残联党员干部来到XX镇XX村，与XX村党支部共同开展活动。")
    #expect(found.map(\.1) == ["地名.区", "地名.镇", "地名.村", "地名.村"])
  }

  @Test func blanksAfterAPostAreAName() {
    let found = facts("党组书记、理事长XXX多次组织集中学习。")
    #expect(found["XXX"] == "人员.理事长姓名")
    #expect(found["党组书记、理事长"] == "书记.职务")
  }

  @Test func blankCountsAreCounts() {
    #expect(
      names("开展理论学习中心组学习共*次，专题研讨*次。").map(\.1) == ["统计.理论学习中心组学习", "统计.专题研讨"])
  }

  @Test func enumerationsBeforeDengAreLists() {
    #expect(facts("并结合助残日、爱眼日等残疾人公益性活动，积极开展志愿活动。")["助残日、爱眼日"] == "列表.残疾人公益性")
    #expect(facts("尤其是在元旦春节、五一端午、中秋国庆等节点，召开专题会议。")["元旦春节、五一端午、中秋国庆"] == "列表.节点")
    #expect(facts("继续完善组织生活、主题党日等各项制度。")["组织生活、主题党日"] == "列表.各项制度")
  }

  @Test func stockSlogansAndDocumentsStayText() {
    let found = facts("按照《党章》和《准则》相关规定，认真落实好“三会一课”制度，坚决做到“两个维护”。")
    #expect(found.isEmpty)
  }

  @Test func titlesAndActivitiesAreNames() {
    let found = facts("严格执行《加强干部管理监督工作暂行办法》，开展“三服务”活动。")
    #expect(found["加强干部管理监督工作暂行办法"]?.hasPrefix("文件.") == true)
    #expect(found["三服务"] == "活动.三服务")
  }

  @Test func namesInQuotationMarksHoldingANumberAreNames() {
    #expect(facts("建立“142”品牌创建机制。")["142"] == "名称.品牌")
  }

  @Test func theSecretaryIsFoundByPostAndName() {
    let found = facts("临江区残联党组书记、理事长张明始终坚持把党建工作摆在首位。张理事长带头讲党课。")
    #expect(found["张明"] == "书记.姓名")
    #expect(found["张理事长"] == "书记.称呼")
    #expect(facts("习近平总书记关于全面从严治党的重要论述。").isEmpty)
  }
}
