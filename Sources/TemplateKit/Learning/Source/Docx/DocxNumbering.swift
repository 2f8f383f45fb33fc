import Foundation

/// The numbers Word draws before list paragraphs (`word/numbering.xml`): for each list and
/// level its format (一, 1, ①, a…) and its text (`%1、`, `（%1）`), counted paragraph by
/// paragraph as Word counts them, so that a heading numbered by a list reads `一、…` as it
/// shows.
struct DocxNumbering: Sendable {
  /// A paragraph's list and level (`w:numPr`).
  struct Reference: Sendable, Equatable {
    var list: String
    var level: Int

    init(list: String, level: Int) {
      self.list = list
      self.level = level
    }

    init?(_ element: XMLElement) {
      guard let list = element.element("numId")?.attribute("val", namespace: nil), list != "0"
      else { return nil }
      self.list = list
      level = element.element("ilvl")?.attribute("val", namespace: nil).flatMap(Int.init) ?? 0
    }
  }

  private struct Level: Sendable {
    var start = 1
    var format = "decimal"
    var text = "%1."
  }

  /// Levels by abstract list, and each list's abstract list.
  private var abstractLevels: [String: [Int: Level]] = [:]
  private var abstractOf: [String: String] = [:]
  private var startOverrides: [String: [Int: Int]] = [:]
  /// The counters so far, by list.
  private var counters: [String: [Int: Int]] = [:]

  init() {}

  init(_ document: XMLDocument) {
    for abstract in document.root.elements("abstractNum") {
      guard let id = abstract.attribute("abstractNumId", namespace: nil) else { continue }
      var levels: [Int: Level] = [:]
      for element in abstract.elements("lvl") {
        guard let number = element.attribute("ilvl", namespace: nil).flatMap(Int.init) else {
          continue
        }
        var level = Level()
        if let start = element.element("start")?.attribute("val", namespace: nil).flatMap(Int.init)
        {
          level.start = start
        }
        level.format = element.element("numFmt")?.attribute("val", namespace: nil) ?? "decimal"
        level.text = element.element("lvlText")?.attribute("val", namespace: nil) ?? ""
        levels[number] = level
      }
      abstractLevels[id] = levels
    }
    for list in document.root.elements("num") {
      guard let id = list.attribute("numId", namespace: nil),
        let abstract = list.element("abstractNumId")?.attribute("val", namespace: nil)
      else { continue }
      abstractOf[id] = abstract
      for override in list.elements("lvlOverride") {
        guard let level = override.attribute("ilvl", namespace: nil).flatMap(Int.init),
          let start = override.element("startOverride")?.attribute("val", namespace: nil)
            .flatMap(Int.init)
        else { continue }
        startOverrides[id, default: [:]][level] = start
      }
    }
  }

  /// The number drawn before the next paragraph of `reference`'s list and level, counting it.
  mutating func label(for reference: Reference) -> String {
    guard let abstract = abstractOf[reference.list], let levels = abstractLevels[abstract],
      let level = levels[reference.level]
    else { return "" }
    var counts = counters[reference.list] ?? [:]
    let start = startOverrides[reference.list]?[reference.level] ?? level.start
    counts[reference.level] = (counts[reference.level] ?? (start - 1)) + 1
    for deeper in counts.keys where deeper > reference.level { counts[deeper] = nil }
    counters[reference.list] = counts
    guard level.format != "none" else { return "" }
    var text = level.text
    for (number, other) in levels where text.contains("%\(number + 1)") {
      let value =
        counts[number] ?? (startOverrides[reference.list]?[number] ?? other.start)
      text = text.replacingOccurrences(
        of: "%\(number + 1)", with: Self.formatted(value, as: other.format))
    }
    return level.format == "bullet" ? "" : text
  }

  /// `value` written in list format `format`.
  static func formatted(_ value: Int, as format: String) -> String {
    switch format {
    case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified",
      "japaneseCounting", "taiwaneseCounting", "taiwaneseCountingThousand":
      return ChineseNumerals.cardinal(value)
    case "ideographTraditional":
      let stems = Array("甲乙丙丁戊己庚辛壬癸")
      return (1...stems.count).contains(value) ? String(stems[value - 1]) : String(value)
    case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
      return (1...20).contains(value)
        ? String(Character(Unicode.Scalar(0x2460 + UInt32(value - 1)) ?? "0")) : String(value)
    case "upperLetter", "lowerLetter":
      let letter = Character(Unicode.Scalar(UInt8(65 + (value - 1) % 26)))
      return format == "upperLetter" ? String(letter) : String(letter).lowercased()
    case "upperRoman", "lowerRoman":
      let roman = Self.roman(value)
      return format == "upperRoman" ? roman : roman.lowercased()
    default:
      return String(value)
    }
  }

  private static func roman(_ value: Int) -> String {
    let numerals = [
      (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
      (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]
    var rest = max(1, min(value, 3999))
    var out = ""
    for (amount, letters) in numerals {
      while rest >= amount {
        out += letters
        rest -= amount
      }
    }
    return out
  }
}
