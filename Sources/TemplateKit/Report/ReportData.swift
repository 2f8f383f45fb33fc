/// The values a report's templates read: the answers, with what the engine adds —
/// `年度资料` (facts of the report's year), `主语` (who speaks: the unit's name, or 我),
/// `人称` (单位 or 个人), and `单位.党组织类型` when the answers leave it out but the party
/// organisation's name says it. Values the answers give themselves win.
enum ReportData {
  static func assemble(answers: Mapping, voice: ReportKind.Voice, yearFacts: Mapping) -> Mapping {
    var data = answers
    let factsKey = EngineValues.yearFacts
    let facts = facts(for: .map(answers), in: yearFacts)
    if case .map(let own)? = answers[factsKey] {
      var merged = facts
      for (key, value) in own.pairs { merged[key] = value }
      data[factsKey] = .map(merged)
    } else if !facts.isEmpty {
      data[factsKey] = .map(facts)
    }
    if data[EngineValues.voice] == nil { data[EngineValues.voice] = .string(voice.rawValue) }
    if data[EngineValues.subject] == nil {
      switch voice {
      case .person:
        data[EngineValues.subject] = "我"
      case .unit:
        let unit = answers["单位"]
        if let name = unit?["简称"] ?? unit?["全称"], !name.isAbsent {
          data[EngineValues.subject] = name
        }
      }
    }
    if case .map(var unit)? = answers["单位"], unit["党组织类型"] == nil,
      case .string(let organisation)? = unit["党组织"],
      let type = PartyOrganisation.type(ofName: organisation)
    {
      unit["党组织类型"] = .string(type)
      data["单位"] = .map(unit)
    }
    return data
  }

  /// The facts of the report's year; none for a year the table lacks — a year never borrows
  /// another's facts (a 2026 report must not call 2026 the last year of the 14th plan).
  private static func facts(for answers: Value, in table: Mapping) -> Mapping {
    guard let year = EngineValues.year(in: answers), case .map(let facts)? = table[String(year)]
    else { return Mapping() }
    return facts
  }
}

/// What a party organisation's name says about its kind.
public enum PartyOrganisation {
  /// The kinds templates tell apart, by the endings of names that say them, longest first:
  /// `中共临江区东湖街道工作委员会` is a 党工委, `临江区残联党组` a 党组.
  private static let endings: [(ending: String, type: String)] = [
    ("党总支部委员会", "党总支"), ("总支部委员会", "党总支"), ("党总支", "党总支"),
    ("党支部委员会", "党支部"), ("支部委员会", "党支部"), ("党支部", "党支部"),
    ("党工作委员会", "党工委"), ("工作委员会", "党工委"), ("党工委", "党工委"), ("工委", "党工委"),
    ("党组", "党组"),
    ("党委员会", "党委"), ("委员会", "党委"), ("党委", "党委"),
  ]

  /// The kind (党组, 党委, 党工委, 党总支 or 党支部) the name `name` ends with; nil when it ends
  /// with none of them.
  public static func type(ofName name: String) -> String? {
    let trimmed = name.trimmingWhitespace
    return endings.first { trimmed.hasSuffix($0.ending) }?.type
  }
}
