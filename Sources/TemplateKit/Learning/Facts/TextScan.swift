/// One piece of a report's text being scanned for facts: its characters, which of them facts
/// have taken, and the facts found so far. The fact finders work on it in turn, each leaving
/// alone what an earlier one took.
struct TextScan {
  let characters: [Character]
  /// Each character's scalar, for comparing cheaply; `composite` for a character of several
  /// scalars, which is compared as a character.
  private let codes: [UInt32]
  private(set) var taken: [Bool]
  private(set) var facts: [Fact] = []

  private static let composite = UInt32.max

  init(_ text: String) {
    characters = Array(text)
    codes = characters.map(Self.code)
    taken = [Bool](repeating: false, count: characters.count)
  }

  private static func code(_ character: Character) -> UInt32 {
    let scalars = character.unicodeScalars
    guard let first = scalars.first, scalars.count == 1 else { return composite }
    return first.value
  }

  /// Whether the character at `index` is `character` (in range).
  private func matches(_ character: Character, code: UInt32, at index: Int) -> Bool {
    guard index >= 0, index < codes.count else { return false }
    if code != Self.composite, codes[index] != Self.composite { return codes[index] == code }
    return characters[index] == character
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
      guard matches(character, code: Self.code(character), at: position) else { return false }
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
    let wantedCodes = wanted.map(Self.code)
    let length = wanted.count
    guard length > 0, length <= characters.count else { return [] }
    var found: [Range<Int>] = []
    var index = 0
    while index + length <= characters.count {
      if matches(wanted[0], code: wantedCodes[0], at: index),
        (1..<length).allSatisfy({ matches(wanted[$0], code: wantedCodes[$0], at: index + $0) }),
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
