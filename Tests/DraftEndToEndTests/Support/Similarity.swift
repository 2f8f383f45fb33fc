/// How close a generated report is to a corpus report: the characters they share in order
/// (their longest common subsequence, by Myers' O(ND) difference algorithm), against their
/// lengths, after leaving out what differs by design — digits, the writers' blanks and the
/// document site's markers — and all whitespace.
enum Similarity {
  /// Characters left out before comparing: digits, and the blanks writers leave for names and
  /// counts (`XX`, `**`, `＊`, `□`, `×`).
  static let ignored: Set<Character> = [
    "0", "1", "2", "3", "4", "5", "6", "7", "8", "9",
    "０", "１", "２", "３", "４", "５", "６", "７", "８", "９",
    "X", "Ｘ", "*", "＊", "□", "×",
  ]

  /// Markers the document site put into the corpus texts.
  static let markers = ["##paidbegin##", "##paidend##"]

  /// The characters compared: `text` without markers, ignored characters and whitespace.
  static func normalized(_ text: String) -> [Character] {
    var text = text
    for marker in markers { text = text.replacingOccurrences(of: marker, with: "") }
    return text.filter { !$0.isWhitespace && !ignored.contains($0) }
  }

  /// 2·M / (|a| + |b|), M the length of the longest common subsequence; 1 for two empty texts.
  static func ratio(_ a: String, _ b: String) -> Double {
    let left = normalized(a)
    let right = normalized(b)
    guard !left.isEmpty || !right.isEmpty else { return 1 }
    let common = longestCommonSubsequence(left, right)
    return 2 * Double(common) / Double(left.count + right.count)
  }

  /// The length of the longest common subsequence of `a` and `b`.
  ///
  /// Myers' greedy algorithm finds D, the fewest insertions and deletions turning `a` into `b`,
  /// in O((N+M)·D) time and O(N+M) space; then M = (N + M − D) / 2.
  static func longestCommonSubsequence<T: Equatable>(_ a: [T], _ b: [T]) -> Int {
    var work = 0
    return longestCommonSubsequence(a, b, work: &work)
  }

  /// The same, adding to `work` the steps taken: one for each diagonal tried and each
  /// element compared, at most (N + M + 1)·(D + 1) + N + M.
  static func longestCommonSubsequence<T: Equatable>(_ a: [T], _ b: [T], work: inout Int)
    -> Int
  {
    let n = a.count
    let m = b.count
    let maximum = n + m
    guard maximum > 0 else { return 0 }
    // furthest[k + offset]: the furthest x reached on diagonal k = x − y.
    let offset = maximum + 1
    var furthest = [Int](repeating: 0, count: 2 * maximum + 3)
    for d in 0...maximum {
      for k in stride(from: -d, through: d, by: 2) {
        work += 1
        var x: Int
        if k == -d || (k != d && furthest[k - 1 + offset] < furthest[k + 1 + offset]) {
          x = furthest[k + 1 + offset]  // down: an insertion
        } else {
          x = furthest[k - 1 + offset] + 1  // right: a deletion
        }
        var y = x - k
        while x < n, y < m, a[x] == b[y] {
          work += 1
          x += 1
          y += 1
        }
        furthest[k + offset] = x
        if x >= n, y >= m { return (n + m - d) / 2 }
      }
    }
    return 0
  }
}
