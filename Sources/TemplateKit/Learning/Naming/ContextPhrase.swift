/// The words around a fact that say what it is: the clause before a count (`召开党组会` in
/// `召开党组会12次`), the noun after a classifier (`在职党员` in `46名在职党员`), the thing an
/// activity on a date was. Field names and prompts are made of them.
enum ContextPhrase {
  /// Marks that end a clause, looking back from a fact.
  private static let clauseMarks: Set<Character> = Set("，。；：！？、（）()\n\t")
  /// Characters never part of a name: digits, blanks writers leave, quotation and book marks.
  private static let dropped: Set<Character> = Set(
    "0123456789０１２３４５６７８９.%％XxＸ*＊□×“”‘’《》「」〈〉\"' 　")

  /// The longest clause read before a fact: names are short, and a paragraph without marks
  /// must not make naming each of its facts read all of it.
  static let maximumClause = 40

  /// The clause before `index`: back to the last clause mark (at most `maximumClause`
  /// characters), quotations and titles taken whole (a `、` inside `“亮身份、亮承诺”` does not
  /// end it).
  static func clause(before index: Int, in text: [Character]) -> String {
    var start = min(index, text.count)
    var depth = 0
    while start > 0, index - start < maximumClause {
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

  /// The words after `index` up to where a name stops: a clause mark, a verb, an adverb; a
  /// verb opening them and a conjunction closing them left out, and only what follows the last
  /// `的` kept (`符合条件的困难残疾人` → `困难残疾人`), at most `limit` characters.
  static func words(after index: Int, in text: [Character], limit: Int = 12) -> String {
    var out = ""
    var position = index
    if let verb = verbs.words(at: position, in: text).first(where: { $0.count >= 2 }) {
      position += verb.count
    }
    while position < text.count, out.count < 24 {
      let character = text[position]
      if character == "“", let close = text[position...].firstIndex(of: "”") {
        out += String(text[(position + 1)..<close])
        position = close + 1
        continue
      }
      if clauseMarks.contains(character) { break }
      if !out.isEmpty,
        !stops.words(at: position, in: text).isEmpty
          || verbs.words(at: position, in: text).contains(where: { $0.count >= 2 })
      {
        break
      }
      out.append(character)
      position += 1
    }
    if let of = out.lastIndex(of: "的") { out = String(out[out.index(after: of)...]) }
    while let last = out.last, "和与及或要将能应会".contains(last) { out.removeLast() }
    return String(cleaned(out).prefix(limit))
  }

  /// What a clause names: what follows its last verb, with the words that open clauses
  /// (`全年`, `共`) and close them (`共`, `累计` before a number) taken off. When the clause ends
  /// with a verb (`召开` in `召开*次会议`, `培训` in `邀请专家专题培训`), `endsWithVerb` is true
  /// and the object is what the verb before it has (`专家专题培训`), or nothing.
  static func object(of clause: String) -> (object: String, endsWithVerb: Bool) {
    var text = trimmedFillers(cleaned(clause))
    for suffix in ["累计", "共计", "共", "达到", "达", "约", "近", "超过"] where text.hasSuffix(suffix) {
      text.removeLast(suffix.count)
    }
    let characters = Array(text)
    var ends: [Int] = []
    for index in characters.indices {
      for verb in verbs.words(at: index, in: characters) {
        // A verb of one character (讲, 为) is one only where a clause or an adverb leaves it:
        // 讲 in 统计讲堂 is not.
        if verb.count == 1, index != 0,
          !["带头", "亲自", "专题", "主动", "集中"].contains(where: {
            matches(Array($0), in: characters, at: index - $0.count)
          })
        {
          continue
        }
        ends.append(index + verb.count)
      }
    }
    let sorted = ends.sorted(by: >)
    let endsWithVerb = sorted.first == characters.count
    for end in sorted where end < characters.count {
      let object = trimmedFillers(String(characters[end...]))
      if object.count >= 2 { return (conjunctionTail(object), endsWithVerb) }
    }
    return (endsWithVerb && sorted.count == 1 ? "" : conjunctionTail(text), endsWithVerb)
  }

  /// A long name cut after its last conjunction: `九届四次全会精神和区纪委` → `区纪委`.
  private static func conjunctionTail(_ text: String) -> String {
    guard text.count > 9, let cut = text.lastIndex(where: { "和及与".contains($0) }) else {
      return text
    }
    let tail = String(text[text.index(after: cut)...])
    return tail.count >= 2 ? tail : text
  }

  /// The text before the last verb of `clause`, after the verb before it and before a
  /// preposition: who or what does what `clause` ends with (`局党组` in `主持局党组召开`,
  /// `局主题教育活动信息稿` in `局主题教育活动信息稿在省级媒体刊发`).
  static func subject(of clause: String) -> String {
    let characters = Array(cleaned(clause))
    var starts: [(start: Int, end: Int)] = []
    for index in characters.indices {
      for verb in verbs.words(at: index, in: characters) where verb.count >= 2 {
        starts.append((index, index + verb.count))
      }
    }
    guard let last = starts.max(by: { $0.start < $1.start }) else { return "" }
    let before = starts.filter { $0.end <= last.start }.map(\.end).max() ?? 0
    var subject = Array(trimmedFillers(String(characters[before..<last.start])))
    if let at = subject.indices.dropFirst(2).first(where: { "在于向从".contains(subject[$0]) }) {
      subject = Array(subject[..<at])
    }
    return String(subject)
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
    for suffix in ["活动", "的"] where text.hasSuffix(suffix) && text.count > suffix.count + 1 {
      text.removeLast(suffix.count)
    }
    if text.count > limit { text = String(text.suffix(limit)) }
    while let first = text.unicodeScalars.first, ("0"..."9").contains(first) {
      text.removeFirst()
    }
    // A word the template language reads as its own (`in`, `not`) is not a name.
    if keywords.contains(text.lowercased()) { text = "项" + text }
    return text
  }

  /// Words of the template language's expressions.
  private static let keywords: Set<String> = [
    "and", "or", "not", "in", "if", "else", "elif", "for", "true", "false", "null", "none",
    "loop", "is",
  ]

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

  /// The verbs, and the words a name stops at (but `的`).
  private static let verbs = WordIndex(Lexicon.verbs)
  private static let stops = WordIndex(Lexicon.stops.filter { $0 != "的" })

  private static func matches(_ word: [Character], in characters: [Character], at index: Int)
    -> Bool
  {
    index >= 0 && index + word.count <= characters.count
      && characters[index..<index + word.count].elementsEqual(word)
  }
}

/// Words looked up by their first character, to find which of them stand at a place in a
/// text without trying them all.
struct WordIndex: Sendable {
  private let byFirst: [Character: [[Character]]]

  /// `words` longest first within each first character, as the lexicon gives them.
  init(_ words: [String]) {
    var byFirst: [Character: [[Character]]] = [:]
    for word in words {
      let characters = Array(word)
      if let first = characters.first { byFirst[first, default: []].append(characters) }
    }
    self.byFirst = byFirst
  }

  /// The words standing at `index` of `text`, in the lexicon's order.
  func words(at index: Int, in text: [Character]) -> [[Character]] {
    guard index >= 0, index < text.count, let candidates = byFirst[text[index]] else { return [] }
    return candidates.filter { word in
      index + word.count <= text.count && text[index..<index + word.count].elementsEqual(word)
    }
  }
}
