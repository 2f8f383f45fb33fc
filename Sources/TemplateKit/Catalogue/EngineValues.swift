/// The values the engine adds to every report's data, which templates read without declaring
/// them: `年度资料` (facts of the report's year), `主语` (who speaks: the unit's name, or 我)
/// and `人称` (单位 or 个人).
public enum EngineValues {
  public static let yearFacts = "年度资料"
  public static let subject = "主语"
  public static let voice = "人称"
  /// All of them, as top-level names.
  public static let names: Set<String> = [yearFacts, subject, voice]

  /// The answer an engine value is made of, when it is missing for want of it: `主语` of a
  /// unit's report is its `单位.简称`.
  public static func answer(behind path: String) -> String? {
    path == subject ? "单位.简称" : nil
  }
}

extension EngineValues {
  /// The years a report may be about: `年度` outside them is refused by the checks, so that
  /// no arithmetic on a year meets a number no calendar has.
  public static let plausibleYears = 1900...2100

  /// The report's year (`年度`) when it is a whole number in `plausibleYears`; nil otherwise —
  /// missing, not a number, a fraction, or absurd (`1e20`, `.nan`, `9223372036854775807`).
  public static func year(in answers: Value) -> Int? {
    guard let year = answers["年度"]?.wholeNumber, plausibleYears.contains(year) else {
      return nil
    }
    return year
  }
}
