/// Chinese and fullwidth punctuation: what Chinese input methods type where ASCII was meant,
/// and what separates and ends clauses in Chinese sentences.
public enum FullwidthPunctuation {
  /// The ASCII character a fullwidth one was probably meant to be, in template expressions.
  static func intended(_ scalar: Unicode.Scalar) -> String? {
    switch scalar {
    case "。", "．": "."
    case "（": "("
    case "）": ")"
    case "，": ","
    case "“", "”", "‘", "’": "\""
    case "｜": "|"
    case "【", "［": "["
    case "】", "］": "]"
    case "＝": "="
    case "＜", "《": "<"
    case "＞", "》": ">"
    default: nil
    }
  }

  /// Whether `scalar` is CJK or general punctuation (never part of a name).
  static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x2000...0x206F, 0x3000...0x303F, 0xFE10...0xFE1F, 0xFE30...0xFE6F, 0xFF01...0xFF0F,
      0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65:
      return true
    default:
      return false
    }
  }

  /// Marks that separate clauses inside a sentence: `，` `、` `；`.
  public static let clauseSeparators: Set<Character> = ["，", "、", "；", ","]
  /// Marks that end a sentence: `。` `！` `？`.
  public static let sentenceEnds: Set<Character> = ["。", "！", "？"]
  /// How strongly a mark divides: 、 joins items, ， clauses, ； sentences' halves, 。！？ end.
  public static func strength(of mark: Character) -> Int {
    switch mark {
    case "、": 1
    case "，", ",": 2
    case "；": 3
    case "。", "！", "？": 4
    default: 0
    }
  }

  /// Whether a run-in heading ending in `scalar` needs no full stop of its own: 。！？：；，….
  static func endsHeading(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "。", "！", "？", "：", "；", "，", "…": true
    default: false
    }
  }

  /// Whether a run-in heading ending in `character` needs no full stop of its own.
  static func endsHeading(_ character: Character) -> Bool {
    guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else {
      return false
    }
    return endsHeading(scalar)
  }
}
