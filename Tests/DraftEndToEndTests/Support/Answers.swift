import Foundation

/// Answers files for the template tests: the examples as shipped, edited, or made up.
enum AnswersText {
  /// The text of `Examples/<name>`.
  static func example(_ name: String) throws -> String {
    try String(
      contentsOf: Draft.packageRoot.appendingPathComponent("Examples").appendingPathComponent(name),
      encoding: .utf8)
  }

  /// `yaml` without the top-level key `key` and everything under it.
  static func removing(_ key: String, from yaml: String) -> String {
    var kept: [Substring] = []
    var skipping = false
    for line in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix(key + ":") {
        skipping = true
        continue
      }
      if skipping, let first = line.first, first != " ", first != "#" { skipping = false }
      if !skipping { kept.append(line) }
    }
    return kept.joined(separator: "\n")
  }

  /// A small answers file of a district federation (临江区残联, secretary 张明) for report kind
  /// `kind`, with only `sections` in it, and `more` appended.
  static func federation(
    kind: String, year: Int = 2023, sections: [String], more: String = ""
  ) -> String {
    """
    报告:
      类型: \(kind)
      日期: \(year)-12-25
      章节: [\(sections.joined(separator: ", "))]
    年度: \(year)
    单位:
      全称: 临江区残疾人联合会
      简称: 临江区残联
      党组织: 临江区残联党组
      自称: 我会
      地区: 我区
    上级: [市委, 区委]
    书记:
      姓名: 张明
      职务: 党组书记、理事长
      称呼: 张理事长
    业务:
      工作: 残疾人工作
      事业: 残疾人事业
      对象: 残疾人

    """ + more
  }

  /// Runs `draft generate` on `yaml` written to a temporary file.
  static func generate(_ yaml: String) throws -> Draft.Result {
    let folder = try TemporaryFolder()
    let path = try folder.write(yaml, to: "答案.yaml")
    return try Draft.run(["generate", path])
  }
}
