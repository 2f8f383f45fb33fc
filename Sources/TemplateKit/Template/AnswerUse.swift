/// Which answers a rendering used: the paths it read, and for values read only inside optional
/// clauses that vanished, the missing value that made each vanish. A report warns about every
/// answer that did not reach it, saying why, from this.
public struct AnswerUse: Sendable {
  private let read: Set<String>
  private let readWhole: Set<String>
  private let vanished: [String: String]
  private let vanishedClauses: [SourceLocation: String]

  init(_ log: AnswerUseLog) {
    read = Set(log.reads.map(\.path))
    readWhole = Set(log.reads.filter(\.whole).map(\.path))
    vanished = log.vanished
    vanishedClauses = log.vanishedClauses
  }

  /// When the optional clause opening at `location` vanished (at least once): the path of the
  /// value whose absence made it vanish ("" when that was not a single value).
  public func vanishedBecause(clauseAt location: SourceLocation) -> String? {
    vanishedClauses[location]
  }

  /// Whether the value at `path` (real list positions: `活动[0].日期`) reached the report: it,
  /// or a value holding it, was used as a whole (printed, tested, joined), or it was read
  /// itself.
  public func reached(_ path: String) -> Bool {
    read.contains(path) || Self.ancestors(of: path).contains { readWhole.contains($0) }
  }

  /// When the value at `path` was read only in optional clauses that vanished: the path of the
  /// value whose absence made them vanish ("" when that was not a single value).
  public func vanishedBecause(_ path: String) -> String? {
    if let missing = vanished[path] { return missing }
    for ancestor in Self.ancestors(of: path) {
      if let missing = vanished[ancestor] { return missing }
    }
    return nil
  }

  /// Whether anything at or under `path` was read.
  public func readAnything(under path: String) -> Bool {
    read.contains(path) || read.contains { $0.hasPrefix(path + ".") || $0.hasPrefix(path + "[") }
  }

  /// `活动[0].日期` → `活动[0]`, `活动`.
  static func ancestors(of path: String) -> [String] {
    var result: [String] = []
    var rest = Substring(path)
    while let cut = rest.lastIndex(where: { $0 == "." || $0 == "[" }) {
      rest = rest[..<cut]
      result.append(String(rest))
    }
    return result
  }
}

/// The record a tracing executor keeps as it runs: every path read, in order, undone with the
/// clause that read it when the clause vanishes.
struct AnswerUseLog {
  /// A path read, with real list positions. A value used as a whole (printed, tested, joined)
  /// reaches the report with everything under it; a list that is only looped over reaches it
  /// item by item, through what the loop reads.
  struct Read {
    var path: String
    var whole: Bool
  }

  private(set) var reads: [Read] = []
  /// Paths read only in clauses that vanished, each with the path of the value whose absence
  /// made its clause vanish.
  private(set) var vanished: [String: String] = [:]
  /// Clauses that vanished, by where they open, with the path of the value whose absence made
  /// each vanish.
  private(set) var vanishedClauses: [SourceLocation: String] = [:]

  mutating func record(_ path: String, whole: Bool) {
    reads.append(Read(path: path, whole: whole))
  }

  /// A mark to come back to when a clause vanishes.
  var mark: Int { reads.count }

  /// Takes back what was read since `mark`: it was in a clause that vanished because `missing`
  /// (a path) had no value.
  mutating func vanish(since mark: Int, because missing: String?, clauseAt location: SourceLocation)
  {
    if vanishedClauses[location]?.isEmpty ?? true { vanishedClauses[location] = missing ?? "" }
    guard mark < reads.count else { return }
    for read in reads[mark...] where vanished[read.path] == nil {
      vanished[read.path] = missing ?? ""
    }
    reads.removeSubrange(mark...)
  }
}
