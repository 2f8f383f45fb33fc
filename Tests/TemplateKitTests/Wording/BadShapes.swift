import Foundation
import TemplateKit

/// A shape of text no careful writer leaves in a report. Each was seen in a generated report —
/// an answer left out, another organisation's answers — and is kept here, with where it was
/// seen, so that it never comes back: the wording tests render every kind with every
/// combination of answers and fail on any of them.
///
/// The list grows: when a reader finds a new fault, add its shape with the text it was found
/// in as the example (a test checks that each shape finds its example).
struct BadShape: @unchecked Sendable {
  /// Where a shape is looked for: every line (titles, headings and signatures too), or body
  /// paragraphs only (shapes about how a paragraph ends).
  enum Scope { case everyLine, paragraphs }

  /// What is wrong, as a failure says it.
  let name: String
  /// Text the shape was found in; its own test checks the shape finds it.
  let example: String
  let scope: Scope
  /// Where in a line the shape is, or nil.
  let find: (String) -> Range<String.Index>?

  /// A shape written as an ICU regular expression, matched in one line at a time.
  static func pattern(
    _ name: String, _ pattern: String, example: String, scope: Scope = .everyLine
  ) -> BadShape {
    let regex = try? NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
    return BadShape(name: name, example: example, scope: scope) { line in
      guard let regex,
        let match = regex.firstMatch(
          in: line, range: NSRange(line.startIndex..., in: line))
      else { return nil }
      return Range(match.range, in: line)
    }
  }
}

extension BadShape {
  /// Every known bad shape. Add to it; do not loosen a shape to make a template pass.
  static let all: [BadShape] = [
    // 召开党组会12次、，重大事情…: a clause vanished between a 、 and a comma; 、。 at a
    // series' end; ，， where two optional clauses met (issue 11's list).
    .pattern("标点重叠", "[，、；：。！？]{2}", example: "召开党组会12次、，重大事情"),
    // …和。 / 、和 / 和、: a 和 or 及 written in the template next to a vanished item
    // (issue 11's list; what {% series %} is for).
    .pattern(
      "连词挨着标点", "、[和及]|[和及][、，。；：]|、与|与、|和和|及及",
      example: "大力推进和困难家庭无障碍改造工作，大力推进省级创建和。"),
    // 开展了甲、等工作 / 甲等等: 等 after a list that ended on a 、, or after a value that
    // already says 等 (a list answer written “甲、乙等”).
    .pattern("多余的“等”", "[、，]等|等等|和等", example: "围绕招生入学、等工作"),
    // “，” / 《、》 / “甲，”: a quoted or titled value that ended or began with punctuation
    // (issue 11's list: clashing punctuation).
    .pattern(
      "括号、引号内紧挨标点", "[“《（【‘][，、；：。]|[，、；：][”》）】’]",
      example: "以“，”为重点"),
    // “” 《》 （）: a quoted or bracketed value that was empty (issue 11's list).
    .pattern("空的引号或括号", "“”|《》|（）|【】|‘’|\\(\\)", example: "组建“”。"),
    // 次次, 12项项, 40余余条: a count whose value carries a word the template writes too (seen:
    // 严抓责任落实 and 强化队伍建设 wrote 余 after counts written as 40余).
    .pattern(
      "量词重复", "次次|\\d(个|项|名|期|篇|场|条|支|户|家|人|余|多|场次|人次)\\1",
      example: "召开党组会12次次"),
    // 召开党组会0次: a count of 0 said as if something was done (seen in every kind with its
    // counts answered 0); a count whose 0 means “not done” is declared 零为无, its clause vanishes.
    .pattern(
      "说了零次", "(^|[^0-9.])0(余|多)?(次|个|项|名|期|篇|场|条|支|户|家|人次|场次|万元)",
      example: "全年召开党组会0次，"),
    // 街道街道, 党组党组: a value and the template's word said twice (seen: 临江区残联党组党组
    // when a unit is called by its Party organisation's name, 党风廉政建设责任制).
    .pattern("词语重复", "(\\p{Han}{2,6})\\1", example: "主持街道街道党工委召开5次会议"),
    // 的的 / 了了 / 是是: one character said twice where no reduplication is Chinese (a value
    // ending on the word the template goes on with).
    .pattern("虚词重复", "的的|了了|是是|在在|把把|对对|与与|向向", example: "推动的的工作"),
    // 一是。 / 一是， / 一是二是: a point whose text vanished kept its number (issue 11's list).
    .pattern(
      "空的要点", "(^|[。；：，])[一二三四五六七八九十]{1,2}是([。，；、：]|$|[一二三四五六七八九十]{1,2}是)",
      example: "工作如下。一是。二是加强学习。"),
    // 严格落实中央八项规定和实施细则精神，一是…: a lead-in running on into the first point
    // with a comma (seen: 严抓党风廉政建设, from 语料 000); ，二是 when a point ended on a comma.
    .pattern(
      "引语直接连着要点", "[，、][一二三四五六七八九十]{1,2}是",
      example: "严格落实中央八项规定和实施细则精神，一是始终坚持"),
    // 包括。 / 即。 / 其中， / a paragraph ending on ： with nothing after it: a lead-in whose
    // list vanished (issue 11's list).
    .pattern(
      "引语后面没有内容", "(包括|例如|主要有|分别是|即|其中|建成)[。，；]|(?<!如下)：$", example: "主要做法包括。",
      scope: .paragraphs),
    // …推动工作， (end of paragraph): the sentence after a comma vanished, the comma stayed
    // (issue 11's list).
    .pattern("段末标点不当", "[，、；和及与]$", example: "推动全面从严治党向纵深发展，", scope: .paragraphs),
    // 二是推动干部学习常态化。“党员讲坛”10期，…: once 干部学习 vanished the sentence starts
    // with a name and a count and has no verb (seen: 主要做法和成效 抓学习; 严抓责任落实's
    // 深化模范机关创建。“党员示范岗”8个 without 先锋队).
    .pattern(
      "句子缺少动词",
      "(^|[。；：]|[一二三四五六七八九十]是)(“[^”]{1,30}”)?\\d+(余|多)?(次|期|名|个|项|场|篇|条|支|户|家|人次|场次)",
      example: "二是推动干部学习常态化。“党员讲坛”10期，开展学习研讨8次"),
    // 召开党支部会, 党支部理论中心组学习: the meeting of a 党组 said of an organisation that
    // holds no such meeting (seen: 主要做法和成效 for a 党支部 or 党总支, whose meetings are
    // 支委会 and 总支委员会).
    .pattern(
      "党组织的会议名称不对", "党支部会(?!议)|党总支会(?!议)|(党支部|党总支)理论(学习)?中心组",
      example: "召开党支部会、党支部理论中心组学习12次"),
    // 理论学习抓的不够严 (抓得): 的 written for 得 before a complement (seen: 存在问题及原因,
    // from 语料 001).
    .pattern(
      "“的”“得”误用", "(抓|做|学|悟|讲|落实|执行|推进)的(不够|很|较|还不|不好|不到位)",
      example: "尤其是理论学习抓的不够严"),
    // 切实增强服务群众本领。使统计事业得到又好又快发展。: the clause before 使 vanished and
    // left a sentence with no subject (seen: 作风建设和为民服务 without 为民服务.目标).
    .pattern("句子以“使”开头", "(^|[。；])使", example: "服务群众本领。使统计事业得到又好又快发展。"),
    // 结合工作实际。建立廉政谈话机制: what was done “结合工作实际” vanished and the lead stayed
    // (seen: 带头廉洁自律 without 廉政.党课题目).
    .pattern(
      "只有介词短语的句子", "(^|[。；])(结合|围绕|通过|按照|根据|对照|针对|依托)[^，。；“”《》]{1,8}[。；]",
      example: "开展红色教育。结合工作实际。建立廉政谈话机制"),
    // 着力推进“残疾人之家”规范化建设，其中四星级5家: 其中 with no whole before it (seen:
    // 作风建设和为民服务 without 服务阵地.覆盖).
    .pattern("“其中”前面没有总数", "建设，其中", example: "着力推进“残疾人之家”规范化建设，其中四星级5家。"),
    // 今年来 (for 今年以来), 深入地学习研讨 (for 深入的学习研讨), 中心理论组 (for 理论学习中心组),
    // 开展学习党的… (for 组织学习), 长期坚持…成果 (for 巩固拓展…成果): clumsy phrases of the
    // corpus (语料 000, 001, 002) that the templates had kept (seen).
    .pattern(
      "不通顺的说法", "今年来|而深入地|深入地学习研讨|中心理论组|开展学习党的|长期坚持[^，。]{0,30}成果",
      example: "今年来共召开党组会12次"),
    // 聚焦基层治理高质量发展，以推动基层治理高质量发展为主题: one answer said twice in one
    // clause pair (issue 11: 下一步's 服务中心大局, whose 中心工作 defaulted to 事业+高质量发展;
    // seen: 加强思想政治建设 said 业务.工作 in two clauses running).
    BadShape(
      name: "同一句中说了两遍", example: "聚焦基层治理高质量发展，以推动基层治理高质量发展为主题，",
      scope: .everyLine, find: repeatedPhrase),
    // 组建“三队两岗。 / 《党章: a value or a vanished clause took a closing mark with it (a
    // quote opened in the template and closed inside an optional part).
    BadShape(
      name: "引号或括号不成对", example: "组建“三队两岗。引导党员干部", scope: .everyLine,
      find: unbalancedMark),
  ]

  /// A phrase of six or more characters said twice in clauses next to each other (split at
  /// ，；。：) that the templates do not say themselves: one answer used twice. Stock wording
  /// that repeats itself (党风廉政建设工作会议，对…党风廉政建设工作) is the corpus's own, and a
  /// place named again with its Party organisation (来到红星村，与红星村党支部) is how it is said.
  /// An approximation's word (12余名) counts as part of the number, not of the phrase.
  private static func repeatedPhrase(in line: String) -> Range<String.Index>? {
    let length = 6
    let text = Array(line.replacing(/([0-9])[余多]/) { "\($0.1)0" })
    var clauses: [Range<Int>] = []
    var start = 0
    for (index, character) in text.enumerated() where "，；。：".contains(character) {
      clauses.append(start..<index)
      start = index + 1
    }
    clauses.append(start..<text.count)
    for (first, second) in zip(clauses, clauses.dropFirst())
    where first.count >= length && second.count >= length {
      for a in first.lowerBound...(first.upperBound - length) {
        for b in second.lowerBound...(second.upperBound - length)
        where text[a..<(a + length)] == text[b..<(b + length)] {
          var end = length
          while a + end < first.upperBound, b + end < second.upperBound,
            text[a + end] == text[b + end]
          {
            end += 1
          }
          let phrase = String(text[b..<(b + end)])
          guard phrase.allSatisfy({ $0.isLetter }), !stockText.contains(phrase),
            b + end >= text.count || text[b + end] != "党"
          else { continue }
          return line.range(of: phrase)
        }
      }
    }
    return nil
  }

  /// The wording of every built-in template, its tags taken out — once with what its optional
  /// clauses say, once without — where stock wording is looked up.
  private static let stockText: String = {
    let text = Catalogue.builtInLoader.names().compactMap {
      Catalogue.builtInLoader.text(of: $0)?.text
    }.joined(separator: "\n")
    let tags = /\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}|\{\?|\?\}/
    return text.replacing(tags, with: "") + "\n"
      + text.replacing(/\{\?.*?\?\}/, with: "").replacing(tags, with: "")
  }()

  /// An opening quote or bracket without its closing one in the same line, or the other way.
  private static func unbalancedMark(in line: String) -> Range<String.Index>? {
    let pairs: [(Character, Character)] = [("“", "”"), ("《", "》"), ("（", "）"), ("【", "】")]
    for (open, close) in pairs {
      var depth = 0
      for index in line.indices {
        if line[index] == open { depth += 1 }
        if line[index] == close {
          depth -= 1
          if depth < 0 { return index..<line.index(after: index) }
        }
      }
      if depth > 0, let last = line.lastIndex(of: open) { return last..<line.index(after: last) }
    }
    return nil
  }
}

/// A bad shape found in a report: which, where, and the text around it.
struct ShapeFinding: CustomStringConvertible {
  let shape: String
  let excerpt: String

  var description: String { "\(shape)：…\(excerpt)…" }

  /// The bad shapes in `lines`, each line looked at once: `seen` keeps what earlier reports'
  /// lines held (most lines are the same from one combination of answers to the next).
  static func findings(
    in lines: [(text: String, isParagraph: Bool)], seen: inout [String: [ShapeFinding]]
  ) -> [ShapeFinding] {
    lines.flatMap { line in
      let key = (line.isParagraph ? "段" : "行") + line.text
      if let known = seen[key] { return known }
      let found = findings(in: line.text, isParagraph: line.isParagraph)
      seen[key] = found
      return found
    }
  }

  /// The bad shapes in one line of text, a body paragraph or not.
  static func findings(in text: String, isParagraph: Bool) -> [ShapeFinding] {
    BadShape.all.compactMap { shape in
      guard isParagraph || shape.scope == .everyLine, let range = shape.find(text) else {
        return nil
      }
      let lower =
        text.index(range.lowerBound, offsetBy: -12, limitedBy: text.startIndex) ?? text.startIndex
      let upper =
        text.index(range.upperBound, offsetBy: 12, limitedBy: text.endIndex) ?? text.endIndex
      return ShapeFinding(shape: shape.name, excerpt: String(text[lower..<upper]))
    }
  }
}
