/// Two versions of a piece of text lined up character by character (the longest common
/// subsequence, by Myers' O(ND) algorithm), as the stretches where they differ: each a range of
/// the first version and the range of the second that stands in its place. A number or a Latin
/// word is never cut (`12` against `15` is one difference, not `2` against `5`), and neither
/// side of a difference is empty: what one version adds is taken with the character before it.
struct TextAlignment: Sendable {
  /// A stretch where the versions differ.
  struct Difference: Sendable, Equatable {
    var base: Range<Int>
    var other: Range<Int>
  }

  let differences: [Difference]

  init(_ base: [Character], _ other: [Character]) {
    var matches = Self.matches(base, other)
    Self.keepTokensWhole(&matches, base, other)
    var found: [Difference] = []
    var previous = (-1, -1)
    for match in matches + [(base.count, other.count)] {
      let b = (previous.0 + 1)..<match.0
      let o = (previous.1 + 1)..<match.1
      if !b.isEmpty || !o.isEmpty { found.append(Difference(base: b, other: o)) }
      previous = match
    }
    differences = Self.widened(found, base: base, other: other)
  }

  /// Where base position `index` stands in the other version, as the start of a range.
  func otherStart(of index: Int) -> Int {
    var shift = 0
    for difference in differences {
      if difference.base.contains(index) { return difference.other.lowerBound }
      guard difference.base.upperBound <= index else { break }
      shift = difference.other.upperBound - difference.base.upperBound
    }
    return index + shift
  }

  /// Where base position `index` stands in the other version, as the end of a range.
  func otherEnd(of index: Int) -> Int {
    var shift = 0
    for difference in differences {
      if difference.base.lowerBound < index, index <= difference.base.upperBound {
        return difference.other.upperBound
      }
      guard difference.base.upperBound <= index else { break }
      shift = difference.other.upperBound - difference.base.upperBound
    }
    return index + shift
  }

  /// Differences with a side of nothing, or of nothing but spaces (which a field could not
  /// hold: an answer of spaces is taken for none), taken with the shared characters before
  /// them (after them at the very start) until both sides hold more; those that then touch
  /// merged.
  private static func widened(_ differences: [Difference], base: [Character], other: [Character])
    -> [Difference]
  {
    func holdsNothing(_ range: Range<Int>, of text: [Character]) -> Bool {
      text[range].allSatisfy(\.isWhitespace)
    }
    var out: [Difference] = []
    for var difference in differences {
      while holdsNothing(difference.base, of: base) || holdsNothing(difference.other, of: other) {
        if difference.base.lowerBound > 0, difference.other.lowerBound > 0 {
          difference.base = (difference.base.lowerBound - 1)..<difference.base.upperBound
          difference.other = (difference.other.lowerBound - 1)..<difference.other.upperBound
        } else if difference.base.upperBound < base.count,
          difference.other.upperBound < other.count
        {
          difference.base = difference.base.lowerBound..<(difference.base.upperBound + 1)
          difference.other = difference.other.lowerBound..<(difference.other.upperBound + 1)
        } else {
          break
        }
      }
      if let last = out.last,
        last.base.upperBound >= difference.base.lowerBound
          || last.other.upperBound >= difference.other.lowerBound
      {
        out[out.count - 1] = Difference(
          base: last.base.lowerBound..<max(last.base.upperBound, difference.base.upperBound),
          other: last.other.lowerBound..<max(last.other.upperBound, difference.other.upperBound))
      } else {
        out.append(difference)
      }
    }
    return out
  }

  /// The pairs of positions of the characters both versions share, in order.
  private static func matches(_ a: [Character], _ b: [Character]) -> [(Int, Int)] {
    // Common prefix and suffix first: reports differ in a few places.
    var start = 0
    while start < a.count, start < b.count, a[start] == b[start] { start += 1 }
    var endA = a.count
    var endB = b.count
    while endA > start, endB > start, a[endA - 1] == b[endB - 1] {
      endA -= 1
      endB -= 1
    }
    var pairs = (0..<start).map { ($0, $0) }
    pairs += middleMatches(Array(a[start..<endA]), Array(b[start..<endB])).map {
      ($0.0 + start, $0.1 + start)
    }
    pairs += (0..<(a.count - endA)).map { (endA + $0, endB + $0) }
    return pairs
  }

  /// The most differences lined up character by character in one piece of text; past it the
  /// two versions differ as a whole (their common start and end apart), so that two long,
  /// unlike paragraphs cost neither time nor memory out of measure.
  static let maximumDifferences = 1_000

  /// Myers' greedy algorithm with the trace kept (round d keeps only diagonals −d…d), walked
  /// back into matched pairs; none when the versions differ in more than
  /// `maximumDifferences` places.
  private static func middleMatches(_ a: [Character], _ b: [Character]) -> [(Int, Int)] {
    let n = a.count
    let m = b.count
    guard n > 0, m > 0 else { return [] }
    let limit = min(n + m, maximumDifferences)
    let offset = limit + 1
    var furthest = [Int](repeating: 0, count: 2 * limit + 3)
    // trace[d][k + d + 1]: furthest[k] before round d, for k in −d−1…d+1.
    var trace: [[Int]] = []
    var found = false
    search: for d in 0...limit {
      trace.append(Array(furthest[(offset - d - 1)...(offset + d + 1)]))
      for k in stride(from: -d, through: d, by: 2) {
        var x: Int
        if k == -d || (k != d && furthest[k - 1 + offset] < furthest[k + 1 + offset]) {
          x = furthest[k + 1 + offset]
        } else {
          x = furthest[k - 1 + offset] + 1
        }
        var y = x - k
        while x < n, y < m, a[x] == b[y] {
          x += 1
          y += 1
        }
        furthest[k + offset] = x
        if x >= n, y >= m {
          found = true
          break search
        }
      }
    }
    guard found else { return [] }
    var pairs: [(Int, Int)] = []
    var x = n
    var y = m
    for d in stride(from: trace.count - 1, through: 0, by: -1) {
      let v = trace[d]
      func at(_ k: Int) -> Int { v[k + d + 1] }
      let k = x - y
      let previousK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1
      let previousX = d == 0 ? 0 : at(previousK)
      let previousY = previousX - previousK
      while x > previousX, y > previousY, x > 0, y > 0 {
        x -= 1
        y -= 1
        pairs.append((x, y))
      }
      if d > 0 {
        x = previousX
        y = previousY
      }
    }
    return pairs.reversed()
  }

  /// Unmatches the characters of a number or Latin word that a difference touches.
  private static func keepTokensWhole(
    _ matches: inout [(Int, Int)], _ a: [Character], _ b: [Character]
  ) {
    func isToken(_ character: Character) -> Bool {
      character.isASCII && (character.isLetter || character.isNumber) || character == "."
    }
    var changed = true
    while changed {
      changed = false
      var kept: [(Int, Int)] = []
      for (index, match) in matches.enumerated() {
        let before = index > 0 ? matches[index - 1] : (-1, -1)
        let after = index + 1 < matches.count ? matches[index + 1] : (a.count, b.count)
        let gapBefore = match.0 - before.0 > 1 || match.1 - before.1 > 1
        let gapAfter = after.0 - match.0 > 1 || after.1 - match.1 > 1
        if isToken(a[match.0]), gapBefore || gapAfter {
          changed = true
          continue
        }
        kept.append(match)
      }
      matches = kept
    }
  }
}

/// How alike two pieces of text are, cheaply: the share of their two-character pieces they
/// have in common (Dice's coefficient), 1 for equal texts.
enum TextSimilarity {
  static func of(_ a: String, _ b: String) -> Double {
    if a == b { return 1 }
    let left = bigrams(a)
    let right = bigrams(b)
    guard !left.isEmpty || !right.isEmpty else { return 0 }
    var counts: [String: Int] = [:]
    for bigram in left { counts[bigram, default: 0] += 1 }
    var shared = 0
    for bigram in right where (counts[bigram] ?? 0) > 0 {
      counts[bigram, default: 0] -= 1
      shared += 1
    }
    return 2 * Double(shared) / Double(left.count + right.count)
  }

  private static func bigrams(_ text: String) -> [String] {
    let characters = Array(text)
    guard characters.count >= 2 else { return characters.map(String.init) }
    return (0..<(characters.count - 1)).map { String(characters[$0...$0 + 1]) }
  }

  /// The most pairs of items compared when lining two sequences up (about 500 paragraphs
  /// against 500); past it none are paired, and each version's items stand on their own.
  static let maximumComparisons = 250_000

  /// The pairs of positions that line two sequences up where `alike` says they match, as many
  /// as can be in order (a longest common subsequence under that likeness).
  static func pairs<A, B>(_ a: [A], _ b: [B], alike: (A, B) -> Bool) -> [(Int, Int)] {
    guard !a.isEmpty, !b.isEmpty, a.count * b.count <= maximumComparisons else { return [] }
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        table[i][j] =
          alike(a[i], b[j]) ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    var pairs: [(Int, Int)] = []
    var i = 0
    var j = 0
    while i < a.count, j < b.count {
      if alike(a[i], b[j]), table[i][j] == table[i + 1][j + 1] + 1 {
        pairs.append((i, j))
        i += 1
        j += 1
      } else if table[i + 1][j] >= table[i][j + 1] {
        i += 1
      } else {
        j += 1
      }
    }
    return pairs
  }
}
