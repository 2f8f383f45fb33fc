/// The words around a fact that say what it is: the clause before a count (`召开党组会` in
/// `召开党组会12次`), the noun after a classifier (`在职党员` in `46名在职党员`), the thing an
/// activity on a date was. Field names and prompts are made of them.
enum ContextPhrase {
  /// Marks that end a clause, looking back from a fact.
  private static let clauseMarks: Set<Character> = Set("，。；：！？、（）()\n\t")
  /// Characters never part of a name: digits, blanks writers leave, quotation and book marks.
  private static let dropped: Set<Character> = Set(
    "0123456789０１２３４５６７８９.%％XxＸ*＊□×“”‘’《》「」〈〉\"' 　")

  /// The clause before `index`: back to the last clause mark, quotations and titles taken
  /// whole (a `、` inside `“亮身份、亮承诺”` does not end it).
  static func clause(before index: Int, in text: [Character]) -> String {
    var start = min(index, text.count)
    var depth = 0
    while start > 0 {
      let character = text[start - 1]
      if character == "”" || character == "》" {
        depth += 1
      } else if character == "“" || character == "《" {
        depth = max(0, depth - 1)
      } else if depth == 0, clauseMarks.contains(character) {
        break
      }
      start -= 1
    }
    return String(text[start..<min(index, text.count)])
  }

  /// The words after `index` up to where a name stops: a clause mark, a verb, an adverb.
  static func words(after index: Int, in text: [Character], limit: Int = 12) -> String {
    var out = ""
    var position = index
    while position < text.count, out.count < limit {
      let character = text[position]
      if clauseMarks.contains(character) { break }
      let rest = String(text[position..<min(text.count, position + 4)])
      if !out.isEmpty,
        Lexicon.stops.contains(where: { $0 != "的" && rest.hasPrefix($0) })
          || Lexicon.verbs.contains(where: { $0.count >= 2 && rest.hasPrefix($0) })
      {
        break
      }
      out.append(character)
      position += 1
    }
    if let of = out.lastIndex(of: "的") { out = String(out[out.index(after: of)...]) }
    return cleaned(out)
  }

  /// What a clause names: what follows its last verb, with the words that open clauses
  /// (`全年`, `共`) and close them (`共`, `累计` before a number) taken off. Empty when the
  /// clause ends with its verb (`召开` in `召开*次会议`).
  static func object(of clause: String) -> String {
    var text = trimmedFillers(cleaned(clause))
    for suffix in ["累计", "共计", "共", "达到", "达", "约", "近", "超过"] where text.hasSuffix(suffix) {
      text.removeLast(suffix.count)
    }
    let characters = Array(text)
    var ends: [Int] = []
    for (index, _) in characters.enumerated() {
      for verb in Lexicon.verbs where matches(verb, in: characters, at: index) {
        if verb.count == 1, "为向给".contains(verb), index != 0 { continue }
        ends.append(index + verb.count)
      }
    }
    for end in ends.sorted(by: >) {
      let object = trimmedFillers(String(characters[end...]))
      if object.count >= 2 { return object }
      if object.isEmpty, end == characters.count { return "" }
    }
    return text
  }

  /// The text before the last verb of `clause`, after the verb before it: who or what does
  /// what `clause` ends with (`局党组` in `主持局党组召开`).
  static func subject(of clause: String) -> String {
    let characters = Array(cleaned(clause))
    var starts: [(start: Int, end: Int)] = []
    for index in characters.indices {
      for verb in Lexicon.verbs where verb.count >= 2 && matches(verb, in: characters, at: index) {
        starts.append((index, index + verb.count))
      }
    }
    guard let last = starts.max(by: { $0.start < $1.start }) else { return "" }
    let before = starts.filter { $0.end <= last.start }.map(\.end).max() ?? 0
    return trimmedFillers(String(characters[before..<last.start]))
  }

  /// A phrase made into a key: Chinese characters, letters and digits only, no digit first,
  /// `活动` taken off the end, at most `limit` characters (the end kept: Chinese names end
  /// with what they are).
  static func key(_ phrase: String, limit: Int = 12) -> String {
    var text = String(
      phrase.unicodeScalars.filter { scalar in
        isHan(scalar)
          || (scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)))
      })
    for suffix in ["活动", "的", "中", "内", "里"]
    where text.hasSuffix(suffix) && text.count > suffix.count + 2 {
      text.removeLast(suffix.count)
    }
    if text.count > limit { text = String(text.suffix(limit)) }
    while let first = text.unicodeScalars.first, ("0"..."9").contains(first) {
      text.removeFirst()
    }
    return text
  }

  /// A key made of a name's first words: `双报到、双服务、双报告` → `双报到双服务双报`.
  static func headKey(_ phrase: String, limit: Int) -> String {
    String(key(phrase, limit: 60).prefix(limit))
  }

  /// Whether `scalar` is a CJK ideograph.
  static func isHan(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0xF900...0xFAFF: true
    default: false
    }
  }

  private static func cleaned(_ text: String) -> String { text.filter { !dropped.contains($0) } }

  private static func trimmedFillers(_ text: String) -> String {
    var text = Substring(text)
    var changed = true
    while changed {
      changed = false
      for filler in Lexicon.fillers where text.hasPrefix(filler) && text.count > filler.count {
        text = text.dropFirst(filler.count)
        changed = true
      }
    }
    return String(text)
  }

  private static func matches(_ word: String, in characters: [Character], at index: Int) -> Bool {
    var position = index
    for character in word {
      guard position < characters.count, characters[position] == character else { return false }
      position += 1
    }
    return true
  }
}
