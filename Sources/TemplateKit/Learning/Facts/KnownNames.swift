/// The names a report gives its organisation and its people, found once for the whole report
/// and then found again wherever they stand: the unit's name from its title (`临江区残联…报告`)
/// and signature, its Party organisation (`临江区残联党组`), its full name, how it calls
/// itself (`我会`), the reporting secretary's name and posts (`党组书记、理事长张明`) and the
/// short form (`张理事长`). Each becomes the field the built-in templates call it by.
struct KnownNames: Sendable {
  struct Name: Sendable, Equatable {
    var text: String
    var path: String
    var meaning: String
  }

  /// Longest first, so that `临江区残联党组` is found before `临江区残联`.
  private(set) var names: [Name] = []

  init(_ outline: ReportOutline) {
    let units = outline.units
    let body = Array(units.map(\.text).joined(separator: "\n").utf8)
    func occurrences(_ text: String) -> Int { ByteSearch.count(Array(text.utf8), in: body) }
    var found: [Name] = []
    let signatureOrganisations = outline.signature.map(\.text).filter(Self.endsLikeOrganisation)
    var unit = outline.title.flatMap { Self.organisation(inTitle: $0.text, occurs: occurrences) }
    if unit == nil {
      unit = signatureOrganisations.lazy.map(Self.withoutPartyEnding).first {
        $0.count >= 3 && occurrences($0) >= 2
      }
    }
    if let named = unit, Self.isPartyOrganisation(named) {
      found.append(Name(text: named, path: "单位.党组织", meaning: "党组织的名称"))
      let bare = Self.withoutPartyEnding(named)
      unit = bare != named && bare.count >= 2 && occurrences(bare) > occurrences(named) ? bare : nil
      if let unit { found.append(Name(text: unit, path: "单位.简称", meaning: "单位的简称")) }
    } else if let unit {
      found.append(Name(text: unit, path: "单位.简称", meaning: "单位的简称"))
      let party = Lexicon.partyEndings.map { unit + $0 }.first { occurrences($0) > 0 }
      let signed = signatureOrganisations.first(where: Self.isPartyOrganisation)
      if let partyName = signed ?? party {
        found.append(Name(text: partyName, path: "单位.党组织", meaning: "党组织的名称"))
      }
      if let full = signatureOrganisations.first(where: {
        !Self.isPartyOrganisation($0) && $0 != unit && $0.count > unit.count
      }) {
        found.append(Name(text: full, path: "单位.全称", meaning: "单位的全称"))
      }
    }
    let selfNames = Lexicon.selfNames.map { ($0, occurrences($0)) }.filter { $0.1 > 0 }
    if let own = selfNames.max(by: { $0.1 < $1.1 }) {
      found.append(Name(text: own.0, path: "单位.自称", meaning: "单位在正文中的自称"))
    }
    found += Self.secretary(in: units.map(\.text), signature: outline.signature.map(\.text))
    var seen = Set<String>()
    names = found.filter { seen.insert($0.text).inserted }
      .sorted { $0.text.count > $1.text.count }
  }

  /// Finds every name in `scan`'s untaken text.
  func find(in scan: inout TextScan) {
    for name in names {
      for range in scan.occurrences(of: name.text) {
        scan.add(
          Fact(
            range: range, type: .text, value: .string(name.text), printing: .plain,
            name: .shared(name.path), meaning: name.meaning))
      }
    }
  }

  // MARK: The organisation

  /// The unit's name at the start of a title (after a year), when the text names it so again.
  private static func organisation(inTitle title: String, occurs: (String) -> Int) -> String? {
    var text = Substring(title)
    if let year = text.firstIndex(of: "年"), text.distance(from: text.startIndex, to: year) == 4,
      text.prefix(4).allSatisfy(\.isNumber)
    {
      text = text[text.index(after: year)...]
    }
    let characters = Array(text)
    guard !characters.contains(where: { BlankCharacters.all.contains($0) || $0.isNumber }) else {
      return nil
    }
    var best: String? = nil
    for end in stride(from: characters.count, through: 3, by: -1) {
      let candidate = String(characters[..<end])
      guard endsLikeOrganisation(candidate), !candidate.hasPrefix("关于") else { continue }
      if occurs(candidate) >= 2 {
        best = candidate
        break
      }
    }
    guard let best, Lexicon.partyEndings.first(where: { best == $0 }) == nil else { return nil }
    return withoutPartyEnding(best)
  }

  private static func endsLikeOrganisation(_ text: String) -> Bool {
    Lexicon.organisationEndings.contains { text.hasSuffix($0) && text.count > $0.count }
  }

  private static func partyEnding(of text: String) -> String? {
    let endings =
      text.hasPrefix("中共") ? ["工作委员会", "委员会"] + Lexicon.partyEndings : Lexicon.partyEndings
    return endings.first { text.hasSuffix($0) && text.count > $0.count }
  }

  /// Whether `text` names a Party organisation: `…党组`, `…党委`, `中共…委员会`.
  private static func isPartyOrganisation(_ text: String) -> Bool { partyEnding(of: text) != nil }

  /// The unit a Party organisation belongs to: `临江区残联党组` → `临江区残联`,
  /// `中共滨江街道工作委员会` → `滨江街道`.
  private static func withoutPartyEnding(_ text: String) -> String {
    guard let ending = partyEnding(of: text) else { return text }
    let rest = String(text.dropLast(ending.count))
    return rest.hasPrefix("中共") && rest.count > 3 ? String(rest.dropFirst(2)) : rest
  }

  // MARK: The secretary

  /// The person the report is about or signed by: the first named after a post that
  /// includes 书记 (or the name alone on a signature line), the posts before the name when
  /// there are several (`党组书记、理事长`), and the short form (`张理事长`).
  private static func secretary(in texts: [String], signature: [String]) -> [Name] {
    var found: [Name] = []
    var person: String? = nil
    var posts: String? = nil
    for text in texts {
      let characters = Array(text)
      for index in characters.indices {
        guard let found = postsEnding(at: index, in: characters), found.contains("书记"),
          !(found == "书记" && index >= 3 && characters[index - 3] == "总")
        else { continue }
        let scan = TextScan(String(characters[index...]))
        if let name = personName(at: index, in: characters), !Lexicon.notNames.contains(name) {
          person = name
        } else if BlankFacts.blankEnd(in: scan, at: 0) == nil {
          continue
        }
        if found.contains("、") { posts = found }
        break
      }
      if person != nil || posts != nil { break }
    }
    if let posts { found.append(Name(text: posts, path: "书记.职务", meaning: "书记的职务")) }
    if person == nil {
      person = signature.first { line in
        (2...3).contains(line.count) && line.first.map(Lexicon.surnames.contains) == true
          && line.unicodeScalars.allSatisfy(ContextPhrase.isHan)
      }
    }
    guard let person, let surname = person.first else { return found }
    found.append(Name(text: person, path: "书记.姓名", meaning: "书记的姓名"))
    let joined = Array(texts.joined(separator: "\n").utf8)
    for post in Lexicon.posts where !post.contains("书记") || post == "书记" {
      let short = String(surname) + post
      if ByteSearch.count(Array(short.utf8), in: joined) > 0 {
        found.append(Name(text: short, path: "书记.称呼", meaning: "正文中对书记的简短称呼"))
        break
      }
    }
    return found
  }

  /// The posts, as characters.
  private static let posts = Lexicon.posts.map(Array.init)

  /// The posts (one, or several joined by `、`) ending just before `index`.
  private static func postsEnding(at index: Int, in characters: [Character]) -> String? {
    var start = index
    var matched = false
    while true {
      guard
        let post = Self.posts.first(where: { post in
          start - post.count >= 0 && characters[(start - post.count)..<start].elementsEqual(post)
        })
      else { break }
      start -= post.count
      matched = true
      guard start > 0, characters[start - 1] == "、" else { break }
      start -= 1
    }
    guard matched else { return nil }
    if characters[start] == "、" { start += 1 }
    return String(characters[start..<index])
  }

  /// A name of two or three characters at `index`, starting with a surname and followed by a
  /// character that ends names.
  private static func personName(at index: Int, in characters: [Character]) -> String? {
    guard index < characters.count, Lexicon.surnames.contains(characters[index]) else { return nil }
    func isBoundary(_ position: Int) -> Bool {
      position >= characters.count || Lexicon.afterName.contains(characters[position])
    }
    func isNameCharacter(_ position: Int) -> Bool {
      position < characters.count && !Lexicon.afterName.contains(characters[position])
        && characters[position].unicodeScalars.allSatisfy(ContextPhrase.isHan)
    }
    if isNameCharacter(index + 1), isNameCharacter(index + 2), isBoundary(index + 3) {
      return String(characters[index..<index + 3])
    }
    if isNameCharacter(index + 1), isBoundary(index + 2) {
      return String(characters[index..<index + 2])
    }
    return nil
  }
}

/// Counting a text in another by their UTF-8 bytes, which is exact (no character's bytes
/// start inside another's) and cheap.
enum ByteSearch {
  /// How many times `needle` occurs in `haystack`, not overlapping.
  static func count(_ needle: [UInt8], in haystack: [UInt8]) -> Int {
    guard let first = needle.first, needle.count <= haystack.count else { return 0 }
    var count = 0
    var index = 0
    let last = haystack.count - needle.count
    while index <= last {
      if haystack[index] == first, haystack[index..<index + needle.count].elementsEqual(needle) {
        count += 1
        index += needle.count
      } else {
        index += 1
      }
    }
    return count
  }
}

/// The characters writers leave as blanks, which no name holds.
enum BlankCharacters {
  static let all: Set<Character> = ["X", "Ｘ", "*", "＊", "□", "○", "×"]
}
