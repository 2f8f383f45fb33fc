import Testing

@testable import TemplateKit

/// Suggesting what an unknown key was meant to be: bounded work per key, whatever the number
/// of declared fields or the key's length, and the same suggestions as comparing the key with
/// every declared field in full (`draft check` spent 0.6 ms a key doing that).
struct SuggestionTests {
  /// What the checker used to do: the full table for every candidate, in sorted order, the
  /// first at the least distance, at most a third of the name's length.
  private func fullSearch(_ name: String, among candidates: [String]) -> String? {
    func distance(_ a: [Character], _ b: [Character]) -> Int {
      if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
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
    let limit = max(1, name.count / 3)
    var best: (String, Int)? = nil
    for candidate in candidates.sorted() {
      let d = distance(Array(name), Array(candidate))
      if d <= limit, d < (best?.1 ?? Int.max) { best = (candidate, d) }
    }
    return best?.0
  }

  /// The fields the built-in templates declare.
  private var declared: [String] {
    get throws {
      let catalogue = try Catalogue.standard()
      return
        (catalogue.sharedFields + catalogue.kinds.flatMap(\.fields)
        + catalogue.sections.flatMap(\.fields)).map(\.path)
    }
  }

  /// Names near the declared ones (a character dropped, swapped, changed, added) and far from
  /// them, seeded so that every run tries the same.
  private func names(near declared: [String], count: Int) -> [String] {
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    let alphabet = Array("党组会支部学习统计活动次数日期.[]甲乙丙abc")
    return (0..<count).map { _ in
      var characters = Array(declared[next(declared.count)])
      for _ in 0..<(1 + next(3)) {
        let position = next(characters.count + 1)
        switch next(4) {
        case 0 where position < characters.count: characters.remove(at: position)
        case 1 where position + 1 < characters.count: characters.swapAt(position, position + 1)
        case 2 where position < characters.count:
          characters[position] = alphabet[next(alphabet.count)]
        default: characters.insert(alphabet[next(alphabet.count)], at: position)
        }
      }
      return String(characters)
    }
  }

  @Test func theSameSuggestionsAsTheFullSearch() throws {
    let declared = try declared
    let suggestions = Suggestions(declared)
    for name in names(near: declared, count: 2_000) + ["", "x", "完全无关的一个很长很长的键名字"] {
      #expect(suggestions.closest(to: name) == fullSearch(name, among: declared), "\(name)")
    }
  }

  /// However long the name, one suggestion takes at most `Suggestions.maximumWork` steps; a
  /// typical one among the built-in fields, a few hundred.
  @Test func eachSuggestionIsBounded() throws {
    let declared = try declared
    let suggestions = Suggestions(declared)
    for name in [String(repeating: "党", count: 5_000), String(repeating: "统计.党组", count: 300)] {
      var work = 0
      _ = suggestions.closest(to: name, work: &work)
      #expect(work <= Suggestions.maximumWork, "\(name.prefix(10))")
    }
    var work = 0
    let names = names(near: declared, count: 1_000)
    for name in names { _ = suggestions.closest(to: name, work: &work) }
    #expect(work / names.count < 2_000)
  }

  /// `draft check` on 5,000 unknown keys: one message each, with its suggestion, and the work
  /// of suggesting bounded per key.
  @Test func checkingManyUnknownKeysIsLinear() throws {
    let keys = (0..<5_000).map { "统计.党组会\($0)" }
    let yaml =
      "报告:\n  类型: 落实主体责任情况报告\n  日期: 2023-12-25\n年度: 2023\n统计:\n"
      + keys.map { "  " + $0.dropFirst(3) + ": 1\n" }.joined()
    var work = 0
    let problems = AnswersChecker(catalogue: try Catalogue.standard()).check(
      try answers(yaml), suggestionWork: &work)
    let unknown = problems.filter { $0.message.hasPrefix("不认识的字段") }
    #expect(unknown.count == keys.count)
    #expect(unknown.first?.message == "不认识的字段“统计.党组会0”")
    #expect(unknown.first?.hint == "是不是想写“统计.党小组会”？")
    #expect(work <= keys.count * Suggestions.maximumWork)
    #expect(work / keys.count < 5_000)
  }
}
