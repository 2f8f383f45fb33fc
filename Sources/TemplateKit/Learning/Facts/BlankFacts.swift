/// Blanks the writer left for what they did not know (`XX区残联`, `理事长XXX`, `召开党组会**次`,
/// `X.X万元`, `某某`): each becomes a field with no value, which the report shows as a gap
/// until it is filled. The same blank in the same place (`XX` before `区`) is one field.
enum BlankFacts {
  static func find(in scan: inout TextScan) {
    var index = 0
    while index < scan.count {
      guard let end = blankEnd(in: scan, at: index) else {
        index += 1
        continue
      }
      scan.add(fact(for: index..<end, in: scan))
      index = end
    }
  }

  /// Where a blank starting at `index` ends: a run of X (not inside a Latin word), of
  /// asterisks, of □ or ○, a ×, `某某`; `X.X` is one blank.
  static func blankEnd(in scan: TextScan, at index: Int) -> Int? {
    guard let character = scan[index], let scalar = character.unicodeScalars.first,
      [0x58, 0xFF38, 0x2A, 0xFF0A, 0x25A1, 0x25CB, 0xD7, 0x67D0].contains(scalar.value)
    else { return nil }
    func run(from start: Int, of members: Set<Character>) -> Int {
      var end = start
      while let next = scan[end], members.contains(next) { end += 1 }
      return end
    }
    switch character {
    case "X", "Ｘ":
      if let before = scan[index - 1], before.isASCII, before.isLetter { return nil }
      var end = run(from: index, of: ["X", "Ｘ"])
      if let after = scan[end], after.isASCII, after.isLetter { return nil }
      if scan[end] == ".", let next = scan[end + 1], next == "X" || next == "Ｘ" {
        end = run(from: end + 1, of: ["X", "Ｘ"])
      }
      return end
    case "*", "＊":
      var end = run(from: index, of: ["*", "＊"])
      if scan[end] == ".", let next = scan[end + 1], next == "*" || next == "＊" {
        end = run(from: end + 1, of: ["*", "＊"])
      }
      return end
    case "□", "○": return run(from: index, of: [character])
    case "×": return index + 1
    case "某": return scan[index + 1] == "某" ? run(from: index, of: ["某"]) : nil
    default: return nil
    }
  }

  /// The field a blank at `range` stands for, from what is around it.
  private static func fact(for range: Range<Int>, in scan: TextScan) -> Fact {
    let text = scan.characters
    let blank = scan.text(range)
    var after = range.upperBound
    while let next = scan[after], "余多近".contains(next) { after += 1 }
    if let post = scan.first(of: Lexicon.posts, endingAt: range.lowerBound) {
      return Fact(
        range: range, type: .text, value: nil, printing: .plain,
        name: .learned(
          group: "人员", key: post + "姓名", label: post + "姓名", merge: "人员." + post + "姓名"),
        meaning: "\(post)的姓名")
    }
    if let post = scan.first(of: Lexicon.posts, at: range.upperBound) {
      return Fact(
        range: range, type: .text, value: nil, printing: .plain,
        name: .learned(
          group: "人员", key: post + "姓氏", label: post + "的姓", merge: "人员." + post + "姓氏"),
        meaning: "“\(blank)\(post)”中\(post)的姓")
    }
    if let measure = scan.first(of: ["万元", "亿元", "%", "％"], at: after) {
      let name = CountNaming.name(before: range.lowerBound, after: after + measure.count, in: text)
      let isMoney = measure.hasSuffix("元")
      return Fact(
        range: range, type: .number, value: nil, printing: .plain,
        name: .learned(
          group: isMoney ? "金额" : "比例", key: name, label: name + (isMoney ? "金额" : "比例"),
          merge: nil),
        meaning: "\(name)的\(isMoney ? "金额（单位：\(measure)，只写数字）" : "百分比（只写数字）")")
    }
    if let measure = scan.first(of: Lexicon.measures, at: after) {
      let name = CountNaming.name(
        before: range.lowerBound, after: after + measure.count, in: text,
        classifier: Lexicon.classifiers.contains(measure))
      let noun = Lexicon.countNoun(for: measure)
      return Fact(
        range: range, type: .count, value: nil, printing: .plain,
        name: .learned(group: "统计", key: name, label: name + noun, merge: nil),
        meaning: "\(name)的\(noun)（只写阿拉伯数字）")
    }
    if let place = scan.first(of: Lexicon.places, at: range.upperBound) {
      return Fact(
        range: range, type: .text, value: nil, printing: .plain,
        name: .learned(group: "地名", key: place, label: place + "名", merge: "地名." + place),
        meaning: "“\(blank)\(place)”的\(place)名（不含“\(place)”字）")
    }
    var next = range.upperBound
    while let character = scan[next], "”’》".contains(character) { next += 1 }
    let following = ContextPhrase.words(after: next, in: text, limit: 10)
    var word =
      (Lexicon.namedThings.map(\.word) + Lexicon.organisationEndings).first {
        following.hasPrefix($0)
      }
      ?? String(following.prefix(2))
    var label = word + "前的名称"
    if word.isEmpty {
      word = ContextPhrase.key(
        String(ContextPhrase.clause(before: range.lowerBound, in: text).suffix(4)), limit: 4)
      label = word.isEmpty ? "空白处" : word + "后的名称"
    }
    let key = word.isEmpty ? "空白" : ContextPhrase.key(word)
    return Fact(
      range: range, type: .text, value: nil, printing: .plain,
      name: .learned(group: "待填", key: key, label: label, merge: "待填." + key),
      meaning: "原文此处空着（“\(blank)”），请填写\(label)")
  }
}

extension BlankFacts {
  /// Whether `text` is one blank and nothing else.
  static func isBlank(_ text: String) -> Bool {
    let scan = TextScan(text)
    return !text.isEmpty && blankEnd(in: scan, at: 0) == scan.count
  }
}
