/// A rendered report, with what it still lacks and what is wrong with the answers it came from.
public struct Report: Sendable {
  public let document: Document
  /// Each required value the answers did not give, once, in the order first met.
  public let missing: [MissingField]
  /// Every problem with the answers, in file order, each once: values refused (of the wrong
  /// type, placeholders — each shows a gap), unknown keys, answers that did not reach the
  /// report, and why.
  public var problems: [Diagnostic]
  /// Paths of the answers the problems are about (refused values show gaps that need no
  /// second word).
  let reported: Set<String>
  /// Paths of the answers that did not reach the report.
  let unused: [String]
  /// The steps taken to suggest names in the problems (`AnswerRules.Findings`).
  let suggestionWork: Int

  /// Whether a problem is an error (not only a warning or a note): such a report must not be
  /// handed in as it is.
  public var hasErrors: Bool { problems.contains { $0.severity == .error } }

  /// The plain text, as the corpus looks.
  public var text: String { PlainTextWriter().text(document) }
}

/// A value the report needs and the answers lack, with what to enter.
public struct MissingField: Sendable, Equatable {
  /// The path in the answers (`统计.党组会`, `活动[2].日期`).
  public var path: String
  /// The name in the gap marker.
  public var label: String
  /// What to enter, from the field's declaration, when there is one.
  public var prompt: String?
  /// How many gap markers it left.
  public var occurrences: Int

  /// `统计.党组会（党组会次数）：全年召开党组会的次数`.
  public var description: String {
    var line = path
    if label != path { line += "（\(label)）" }
    if let prompt { line += "：\(prompt)" }
    if occurrences > 1 { line += "〔\(occurrences) 处〕" }
    return line
  }
}

extension [MissingField] {
  /// How many gap markers the fields left in all.
  public var gapCount: Int { reduce(0) { $0 + $1.occurrences } }
}
