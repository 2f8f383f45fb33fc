/// The values a report's templates read: the answers, with what the engine adds —
/// `年度资料` (facts of the report's year), `主语` (who speaks: the unit's name, or 我) and
/// `人称` (单位 or 个人). Values the answers give themselves win.
enum ReportData {
  /// Top-level names the engine provides, which templates may read without declaring.
  static let engineNames: Set<String> = [yearFactsKey, "主语", "人称"]
  static let yearFactsKey = "年度资料"

  static func assemble(answers: Mapping, voice: ReportKind.Voice, yearFacts: Mapping) -> Mapping {
    var data = answers
    let facts = facts(for: answers["年度"], in: yearFacts)
    if case .map(let own)? = answers[yearFactsKey] {
      var merged = facts
      for (key, value) in own.pairs { merged[key] = value }
      data[yearFactsKey] = .map(merged)
    } else if !facts.isEmpty {
      data[yearFactsKey] = .map(facts)
    }
    if data["人称"] == nil { data["人称"] = .string(voice.rawValue) }
    if data["主语"] == nil {
      switch voice {
      case .person:
        data["主语"] = "我"
      case .unit:
        let unit = answers["单位"]
        if let name = unit?["简称"] ?? unit?["全称"], !name.isAbsent { data["主语"] = name }
      }
    }
    return data
  }

  /// The facts of `year`; for a year the table lacks, those of the latest year before it.
  private static func facts(for year: Value?, in table: Mapping) -> Mapping {
    guard let year = year?.number.map({ Int($0) }) else { return Mapping() }
    let known = table.keys.compactMap { Int($0) }.filter { $0 <= year }
    guard let best = known.max(), case .map(let facts)? = table[String(best)] else {
      return Mapping()
    }
    return facts
  }
}
