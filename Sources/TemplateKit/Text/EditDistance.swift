/// How far apart two names are, to suggest what a misspelt name was meant to be
/// (`党组回` → `党组会`, `fi` → `if`).
public enum EditDistance {
  /// The number of single-character insertions, deletions, substitutions and swaps of two
  /// neighbours that turn `a` into `b` (optimal string alignment distance).
  public static func between(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    var work = 0
    return distance(a, b, limit: max(a.count, b.count), work: &work) ?? max(a.count, b.count)
  }

  /// The distance of `a` and `b` when it is at most `limit`, else nil; `work` counts the cells
  /// of the table computed: only a band `limit` wide either side of the diagonal is, and the
  /// computing stops once a row is all over the limit.
  static func distance(_ a: [Character], _ b: [Character], limit: Int, work: inout Int) -> Int? {
    let n = a.count
    let m = b.count
    guard abs(n - m) <= limit else { return nil }
    if n == 0 || m == 0 { return max(n, m) }
    let over = limit + 1
    var beforePrevious = [Int](repeating: over, count: m + 1)
    var previous = [Int](repeating: over, count: m + 1)
    var row = [Int](repeating: over, count: m + 1)
    for j in 0...min(m, limit) { previous[j] = j }
    for i in 1...n {
      let low = max(1, i - limit)
      let high = min(m, i + limit)
      row[0] = i <= limit ? i : over
      if low > 1 { row[low - 1] = over }
      var smallest = row[0]
      for j in low...high {
        work += 1
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var cell = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          cell = min(cell, beforePrevious[j - 2] + 1)
        }
        row[j] = min(cell, over)
        smallest = min(smallest, row[j])
      }
      if high < m { row[high + 1] = over }
      guard smallest <= limit else { return nil }
      (beforePrevious, previous, row) = (previous, row, beforePrevious)
    }
    return previous[m] <= limit ? previous[m] : nil
  }

  /// The candidate nearest to `name`, if it is near enough to be a plausible slip: at most a
  /// third of the name's length away (at least one edit).
  public static func closest(to name: String, among candidates: [String]) -> String? {
    Suggestions(candidates).closest(to: name)
  }

  /// `是不是想写“…”？` for `suggestion`, the name a misspelt one was probably meant to be.
  public static func didYouMean(_ suggestion: String?) -> String? {
    suggestion.map { "是不是想写“\($0)”？" }
  }

  /// `是不是想写“…”？` for the candidate nearest to `name`, if one is near enough.
  public static func didYouMean(_ name: String, among candidates: [String]) -> String? {
    didYouMean(closest(to: name, among: candidates))
  }
}

/// Names to suggest, prepared once for suggesting among them many times (the fields a report
/// declares, for every unknown key of an answers file). Each suggestion costs at most
/// `maximumWork` steps however many candidates there are: a candidate whose length, or whose
/// characters, already differ by more than the distance allowed is passed over before any
/// table is computed, and the tables are banded.
public struct Suggestions: Sendable {
  private struct Candidate: Sendable {
    let name: String
    let characters: [Character]
    /// The characters in order, to count those the name lacks without a table.
    let sorted: [Character]
  }

  /// In sorted order: of two candidates equally near, the first is suggested.
  private let candidates: [Candidate]

  /// The most steps (characters compared, table cells computed) one suggestion takes; the
  /// search stops there with the nearest candidate found so far.
  static let maximumWork = 200_000

  public init(_ names: [String]) {
    candidates = names.sorted().map { name in
      let characters = Array(name)
      return Candidate(name: name, characters: characters, sorted: characters.sorted())
    }
  }

  /// The candidate nearest to `name`, if it is near enough to be a plausible slip: at most a
  /// third of the name's length away (at least one edit).
  public func closest(to name: String) -> String? {
    var work = 0
    return closest(to: name, work: &work)
  }

  /// `closest(to:)`, adding the steps taken to `work`.
  func closest(to name: String, work: inout Int) -> String? {
    let characters = Array(name)
    let sorted = characters.sorted()
    var limit = max(1, characters.count / 3)
    var best: String? = nil
    let budget = work + Self.maximumWork
    for candidate in candidates where work < budget {
      guard abs(candidate.characters.count - characters.count) <= limit,
        Self.unshared(sorted, candidate.sorted, work: &work) <= limit,
        let distance = EditDistance.distance(
          characters, candidate.characters, limit: limit, work: &work)
      else { continue }
      best = candidate.name
      guard distance > 0 else { break }
      limit = distance - 1
    }
    return best
  }

  /// How many characters one of two sorted lists has that the other lacks (the larger count):
  /// no edit distance is smaller.
  private static func unshared(_ a: [Character], _ b: [Character], work: inout Int) -> Int {
    var i = 0
    var j = 0
    var onlyA = 0
    var onlyB = 0
    while i < a.count && j < b.count {
      work += 1
      if a[i] == b[j] {
        i += 1
        j += 1
      } else if a[i] < b[j] {
        onlyA += 1
        i += 1
      } else {
        onlyB += 1
        j += 1
      }
    }
    return max(onlyA + a.count - i, onlyB + b.count - j)
  }
}
