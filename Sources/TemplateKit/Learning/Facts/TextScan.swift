/// One piece of a report's text being scanned for facts: its characters, which of them facts
/// have taken, and the facts found so far. The fact finders work on it in turn, each leaving
/// alone what an earlier one took.
struct TextScan {
  let characters: [Character]
  private(set) var taken: [Bool]
  private(set) var facts: [Fact] = []

  init(_ text: String) {
    characters = Array(text)
    taken = [Bool](repeating: false, count: characters.count)
  }

  var count: Int { characters.count }

  subscript(index: Int) -> Character? {
    index >= 0 && index < characters.count ? characters[index] : nil
  }

  /// The text of `range`.
  func text(_ range: Range<Int>) -> String {
    String(characters[max(0, range.lowerBound)..<min(characters.count, range.upperBound)])
  }

  /// Whether `word` stands at `index`.
  func has(_ word: String, at index: Int) -> Bool {
    var position = index
    for character in word {
      guard position >= 0, position < characters.count, characters[position] == character else {
        return false
      }
      position += 1
    }
    return true
  }

  /// The first of `words` standing at `index` (give them longest first).
  func first(of words: [String], at index: Int) -> String? {
    words.first { has($0, at: index) }
  }

  /// The first of `words` ending just before `index`.
  func first(of words: [String], endingAt index: Int) -> String? {
    words.first { index - $0.count >= 0 && has($0, at: index - $0.count) }
  }

  /// Whether any character of `range` is taken.
  func isTaken(_ range: Range<Int>) -> Bool {
    range.contains { $0 >= 0 && $0 < taken.count && taken[$0] }
  }

  /// Records a fact, taking its characters; a fact over taken characters is dropped.
  mutating func add(_ fact: Fact) {
    guard !fact.range.isEmpty, fact.range.upperBound <= characters.count, !isTaken(fact.range)
    else { return }
    for index in fact.range { taken[index] = true }
    facts.append(fact)
  }

  /// Every occurrence of `word` in untaken text, as ranges.
  func occurrences(of word: String) -> [Range<Int>] {
    let wanted = Array(word)
    let length = wanted.count
    guard let first = wanted.first, length <= characters.count else { return [] }
    var found: [Range<Int>] = []
    var index = 0
    while index + length <= characters.count {
      if characters[index] == first, characters[index..<index + length].elementsEqual(wanted),
        !isTaken(index..<index + length)
      {
        found.append(index..<index + length)
        index += length
      } else {
        index += 1
      }
    }
    return found
  }

  /// The facts in reading order.
  var sortedFacts: [Fact] { facts.sorted { $0.range.lowerBound < $1.range.lowerBound } }
}
