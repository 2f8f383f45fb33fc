import Foundation

/// Names what a number counts or measures from the words around it: the clause before it
/// (`召开党组会` → `党组会`), or for a classifier the noun after it (`46名在职党员` →
/// `在职党员`), or, when the clause ends with its verb, who did it and what
/// (`主持局党组召开*次会议` → `局党组会议`).
enum CountNaming {
  /// `start` is where the number starts, `end` where its measure word ends.
  static func name(
    before start: Int, after end: Int, in text: [Character], classifier: Bool = false
  )
    -> String
  {
    let clause = ContextPhrase.clause(before: start, in: text)
    let following = ContextPhrase.words(after: end, in: text, limit: 8)
    if classifier || clause.hasSuffix("等"), ContextPhrase.key(following).count >= 2 {
      return ContextPhrase.key(following)
    }
    let (object, endsWithVerb) = ContextPhrase.object(of: clause)
    if endsWithVerb, ContextPhrase.key(following).count >= 2 {
      let name = ContextPhrase.key(ContextPhrase.subject(of: clause) + following)
      if name.count >= 2 { return name }
    }
    if ContextPhrase.key(object).count >= 2 { return ContextPhrase.key(object) }
    if endsWithVerb {
      let name = ContextPhrase.key(ContextPhrase.subject(of: clause))
      if name.count >= 2 { return name }
    }
    if ContextPhrase.key(following).count >= 2 { return ContextPhrase.key(following) }
    return "数字"
  }

  /// What happened on a date: the thing done in the first clause after it that does
  /// something (`开展主题党建月活动` → `主题党建月`), else in the clause it ends.
  static func event(after end: Int, before start: Int, in text: [Character]) -> String {
    let sentenceEnd = min(
      text[end...].firstIndex(of: "。") ?? text.count, end + ContextPhrase.maximumClause * 2)
    let sentence = String(text[end..<sentenceEnd])
    for verb in Lexicon.activityVerbs {
      guard let found = sentence.range(of: verb, options: .backwards) else { continue }
      let object = ContextPhrase.key(
        ContextPhrase.words(after: 0, in: Array(sentence[found.upperBound...]), limit: 14),
        limit: 10)
      if object.count >= 2 { return object }
    }
    var position = end
    while position < sentenceEnd {
      var clauseEnd = position
      var depth = 0
      while clauseEnd < sentenceEnd {
        let character = text[clauseEnd]
        if character == "“" || character == "《" { depth += 1 }
        if character == "”" || character == "》" { depth = max(0, depth - 1) }
        if depth == 0, "，。；：".contains(character) { break }
        clauseEnd += 1
      }
      let clause = String(text[position..<clauseEnd])
      let object = ContextPhrase.object(of: clause).object
      if ContextPhrase.key(object).count >= 2, object.count < clause.count {
        return ContextPhrase.key(
          object.split(separator: "的").last.map(String.init) ?? object, limit: 10)
      }
      position = clauseEnd + 1
    }
    let clause = ContextPhrase.clause(before: start, in: text)
    let before = ContextPhrase.key(ContextPhrase.object(of: clause).object, limit: 10)
    return before.count >= 2 ? before : "日期"
  }
}
