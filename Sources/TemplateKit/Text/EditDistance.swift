/// How far apart two names are, to suggest what a misspelt name was meant to be
/// (`党组回` → `党组会`, `fi` → `if`).
public enum EditDistance {
  /// The number of single-character insertions, deletions, substitutions and swaps of two
  /// neighbours that turn `a` into `b` (optimal string alignment distance).
  public static func between(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
        }
      }
    }
    return table[a.count][b.count]
  }

  /// The candidate nearest to `name`, if it is near enough to be a plausible slip: at most a
  /// third of the name's length away (at least one edit).
  public static func closest(to name: String, among candidates: [String]) -> String? {
    let limit = max(1, name.count / 3)
    var best: (String, Int)? = nil
    for candidate in candidates.sorted() {
      let distance = between(name, candidate)
      if distance <= limit, distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
    }
    return best?.0
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
