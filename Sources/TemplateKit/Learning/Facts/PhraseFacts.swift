/// Facts that are names and phrases rather than numbers: the superiors the opening thanks
/// (`在市委、区委的正确领导下` → `上级`), enumerations joined by `、` before `等`
/// (`助残日、爱眼日等`), document titles in 《》, and the names in “” of activities, brands
/// and mechanisms (`“双报到、双服务、双报告”活动`). Titles and quotations that hold a number
/// or a blank are left to those: their other words stay text.
enum PhraseFacts {
  /// The longest item of an enumeration read back from its `、` (a first item longer than
  /// that is cut to its end): items are names, and a paragraph without marks must not make
  /// each `等` read all of it.
  static let maximumItem = 24

  static func find(in scan: inout TextScan) {
    superiors(in: &scan)
    lists(in: &scan)
    titles(in: &scan)
    quotations(in: &scan)
  }

  /// A quotation holding a number (`“142”品牌创建机制`, `“7.9”重要讲话`) is a name: taken
  /// whole, before its digits are read as a count.
  static func numberedNames(in scan: inout TextScan) {
    for (range, content) in enclosed(in: scan, open: "“", close: "”")
    where content.count <= 12 && content.contains(where: { $0.isASCII && $0.isNumber }) {
      let following = ContextPhrase.words(
        after: range.upperBound + 1, in: scan.characters, limit: 8)
      let key = ContextPhrase.key(following, limit: 8)
      scan.add(
        Fact(
          range: range, type: .text, value: .string(content), printing: .plain,
          name: .learned(
            group: "名称", key: key.isEmpty ? "名称" : key, label: (key.isEmpty ? "" : key) + "名称",
            merge: "名称." + content),
          meaning: "\(key)的名称（不加引号）"))
    }
  }

  // MARK: Superiors

  /// `在A、B的（正确）领导下` → 上级; `在C的监督支持下` → 上级纪委.
  private static func superiors(in scan: inout TextScan) {
    for (ending, path) in [("领导下", "上级"), ("监督支持下", "上级纪委"), ("监督下", "上级纪委")] {
      for range in scan.occurrences(of: ending) {
        var end = range.lowerBound
        for adjective in ["正确", "坚强", "有力", "大力", "亲切", "精心", "有效"]
        where scan.has(adjective, at: end - adjective.count) {
          end -= adjective.count
          break
        }
        guard scan[end - 1] == "的" else { continue }
        end -= 1
        var start = end
        while end - start < maximumItem * 4, let character = scan[start - 1],
          !"，。；：“”（）".contains(character), character != "在"
        {
          start -= 1
        }
        let items = scan.text(start..<end).components(separatedBy: "、")
        guard !items.isEmpty, items.count <= 8,
          items.allSatisfy({ item in
            (2...12).contains(item.count) && item.unicodeScalars.allSatisfy(ContextPhrase.isHan)
              && Lexicon.organisationEndings.contains { item.hasSuffix($0) }
          })
        else { continue }
        scan.add(
          Fact(
            range: start..<end, type: .list, value: .list(items.map(Value.string)),
            printing: .joined("、"), name: .shared(path),
            meaning: path == "上级" ? "领导本单位的上级党委（政府）" : "监督本单位的上级纪委监委"))
      }
    }
  }

  // MARK: Enumerations

  /// Items joined by `、` before `等` (`助残日、爱眼日等残疾人公益性活动`): a list named by
  /// what follows `等`. The first item starts after the clause's verb.
  private static func lists(in scan: inout TextScan) {
    for range in scan.occurrences(of: "等") {
      var items: [String] = []
      var end = range.lowerBound
      var start = end
      while true {
        var itemStart = end
        while end - itemStart < maximumItem, let character = scan[itemStart - 1],
          isItemCharacter(character)
        {
          itemStart -= 1
        }
        guard itemStart < end else { break }
        start = itemStart
        items.insert(scan.text(itemStart..<end), at: 0)
        guard scan[itemStart - 1] == "、" else { break }
        end = itemStart - 1
      }
      guard items.count >= 2, let trimmed = firstItem(items[0], others: Array(items.dropFirst()))
      else { continue }
      start += items[0].count - trimmed.count
      items[0] = trimmed
      guard items.allSatisfy({ (2...12).contains($0.count) }),
        !scan.isTaken(start..<range.lowerBound)
      else { continue }
      var after = range.upperBound
      while let character = scan[after],
        character.isASCII && character.isNumber || BlankCharacters.all.contains(character)
      {
        after += 1
      }
      if after > range.upperBound {
        after += scan.first(of: Lexicon.measures, at: after)?.count ?? 0
      }
      let following = ContextPhrase.words(after: after, in: scan.characters, limit: 10)
      let key = ContextPhrase.key(following, limit: 8)
      scan.add(
        Fact(
          range: start..<range.lowerBound, type: .list, value: .list(items.map(Value.string)),
          printing: .joined("、"),
          name: .learned(group: "列表", key: key.isEmpty ? "并列" : key, label: key, merge: nil),
          meaning: "“等\(following)”之前并列的各项（每项一行）"))
    }
  }

  /// The first item of a list as it stands after the words opening its clause: the end of
  /// `written` after a verb or preposition, as long as the other items are (give or take
  /// two); nil when no such end is.
  private static func firstItem(_ written: String, others: [String]) -> String? {
    let lengths = others.map(\.count)
    guard let shortest = lengths.min(), let longest = lengths.max() else { return nil }
    let fits = { (item: String) in item.count >= max(2, shortest - 2) && item.count <= longest + 2 }
    if fits(written), ContextPhrase.object(of: written).object == written,
      !Lexicon.prepositions.contains(where: { written.hasPrefix($0) })
    {
      return written
    }
    let characters = Array(written)
    var candidates: [String] = []
    for index in characters.indices {
      for word in openingWords where index + word.count < characters.count {
        if characters[index..<index + word.count].elementsEqual(word) {
          candidates.append(String(characters[(index + word.count)...]))
        }
      }
    }
    let mean = Double(lengths.reduce(0, +)) / Double(lengths.count)
    return candidates.filter(fits).min {
      abs(Double($0.count) - mean) < abs(Double($1.count) - mean)
    }
  }

  /// The verbs and prepositions that open a list's clause, as characters.
  private static let openingWords = (Lexicon.verbs + Lexicon.prepositions).map(Array.init)

  private static func isItemCharacter(_ character: Character) -> Bool {
    character.unicodeScalars.allSatisfy(ContextPhrase.isHan)
  }

  // MARK: Titles and quotations

  /// A document or talk named in 《》, unless every report cites it (《党章》).
  private static func titles(in scan: inout TextScan) {
    for (range, content) in enclosed(in: scan, open: "《", close: "》")
    where content.count >= 4 && !Lexicon.stockTitles.contains(content) {
      let isDocument = Lexicon.documentEndings.contains { content.hasSuffix($0) }
      let key =
        isDocument
        ? ContextPhrase.key(content, limit: 12) : ContextPhrase.headKey(content, limit: 8)
      scan.add(
        Fact(
          range: range, type: .text, value: .string(content), printing: .plain,
          name: .learned(
            group: isDocument ? "文件" : "题目", key: key, label: key, merge: "《" + content),
          meaning: isDocument ? "文件的名称（不加书名号）" : "题目（不加书名号）"))
    }
  }

  /// A name in “” followed by what it names (`活动`, `品牌`, `工作机制`…), unless it is a
  /// slogan every report quotes.
  private static func quotations(in scan: inout TextScan) {
    for (range, content) in enclosed(in: scan, open: "“", close: "”")
    where content.count <= 20 && !Lexicon.stockSlogans.contains(content) {
      guard
        let thing = Lexicon.namedThings.first(where: { scan.has($0.word, at: range.upperBound + 1) }
        )
      else { continue }
      let key = ContextPhrase.headKey(content, limit: 10)
      guard key.count >= 2 else { continue }
      scan.add(
        Fact(
          range: range, type: .text, value: .string(content), printing: .plain,
          name: .learned(group: thing.group, key: key, label: key, merge: "“" + content),
          meaning: "\(thing.word)的名称（不加引号）"))
    }
  }

  /// The untaken contents of `open`…`close` pairs, without the marks.
  private static func enclosed(in scan: TextScan, open: Character, close: Character) -> [(
    Range<Int>, String
  )] {
    var found: [(Range<Int>, String)] = []
    var index = 0
    while index < scan.count {
      guard scan[index] == open else {
        index += 1
        continue
      }
      var end = index + 1
      while end < scan.count, scan[end] != close, scan[end] != open { end += 1 }
      guard end < scan.count, scan[end] == close else {
        index = end
        continue
      }
      let range = (index + 1)..<end
      if !range.isEmpty, !scan.isTaken(range) { found.append((range, scan.text(range))) }
      index = end + 1
    }
    return found
  }
}
