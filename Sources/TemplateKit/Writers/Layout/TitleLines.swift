/// Breaks a long title into balanced lines, the way GB/T 9704 §7.3.1 wants a title set: words
/// kept whole, lines of similar length, each line a little longer than the one above (a
/// trapezoid: for two lines, the longer at the bottom).
///
/// The rule, deterministic and dictionary-light:
/// 1. A title up to 17 characters wide (ASCII counts half) stays on one line: a 2号 line holds
///    20, and three to spare keep it clear of the margins. A longer one takes `⌈width ÷ 17⌉`
///    lines, one more if no break fits, and at most five; a title wider than 85 characters is
///    left for the word processor to wrap.
/// 2. Every place between two characters may take a break, at a price:
///    - after `，、；：` — free;
///    - where the title's pieces meet (the organisation's name the answers filled in, the
///      kind's words around it) — 1;
///    - at the edge of a word from a short list of title words (`落实`, `全面从严治党`,
///      `主体责任`, `情况报告` …), after a year's `年` — 2;
///    - between two other Chinese characters — 20;
///    - inside a listed word, inside `“…”`, `《…》`, `（…）`, before `的`, or after `的`, `和`,
///      `与`, `及`, `或` (a line does not end on them) — 40;
///    - inside a piece of up to 17 characters — 60;
///    - never inside a gap marker, inside a run of ASCII letters and digits, before a closing
///      mark (`，。”》）` …) or after an opening one (`“《（` …).
/// 3. Each line costs the square of its distance (in characters) from its target width, the
///    targets being the average width tilted by half a character a line (lower lines longer);
///    no line may exceed 20 characters, what a 2号 line holds. The breaks with the least total
///    cost win; ties go to the earliest break.
///
/// `临江区残疾人联合会落实全面从严治党主体责任情况报告` becomes `临江区残疾人联合会` /
/// `落实全面从严治党主体责任情况报告`.
enum TitleLines {
  /// The title's runs, split into lines.
  static func lines(_ title: Title) -> [[Inline]] {
    let characters = Characters(title.text)
    guard let breaks = breakOffsets(characters, pieces: title.pieces) else { return [title.text] }
    return split(title.text, at: breaks)
  }

  /// The runs of a title with no names marked, split into lines.
  static func lines(_ inlines: [Inline]) -> [[Inline]] { lines(Title(text: inlines)) }

  /// Comfortable and largest line widths, in half cells.
  private static let comfortableWidth = 34
  private static let maximumWidth = 40
  private static let maximumLines = 5

  /// The offsets (in characters) where lines begin after the first; nil for one line.
  private static func breakOffsets(_ characters: Characters, pieces: [Range<Int>]) -> [Int]? {
    let total = characters.widths.reduce(0, +)
    guard total > comfortableWidth, total <= comfortableWidth * maximumLines else { return nil }
    let prices = breakPrices(characters, pieces: pieces)
    let fewest = (total + comfortableWidth - 1) / comfortableWidth
    // The fewest lines that fit, or one more when that keeps a piece whole for less.
    var best: (breaks: [Int], cost: Double)? = nil
    for lineCount in fewest...maximumLines {
      guard let found = bestBreaks(characters.widths, prices, lines: lineCount) else { continue }
      let cost = found.cost + Double(lineCount - fewest) * extraLine
      if cost < (best?.cost ?? .infinity) { best = (found.breaks, cost) }
      if best != nil, lineCount > fewest { break }
    }
    return best?.breaks
  }

  /// What a line more than the fewest costs: a title keeps to as few lines as its words allow.
  private static let extraLine = 30.0

  // MARK: Prices

  private static let free = 0.0
  private static let pieceEdge = 1.0
  private static let wordEdge = 2.0
  private static let plain = 20.0
  private static let inside = 40.0
  private static let insidePiece = 60.0
  private static let forbidden = Double.infinity

  /// The longest piece kept whole: a longer one (a whole title the answers give) is broken like
  /// any text.
  private static let longestPiece = 17

  private static let afterPauses: Set<Character> = ["，", "、", "；", "："]
  /// Words a line must not end on.
  private static let joining: Set<Character> = ["的", "和", "与", "及", "或", "并"]
  private static let closing: Set<Character> = [
    "，", "。", "、", "；", "：", "？", "！", "”", "’", "》", "）", "】", "〕", "」", "』", "…", "—",
    "·", ",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "％",
  ]
  private static let opening: Set<Character> = [
    "“", "‘", "《", "（", "【", "〔", "「", "『", "(", "[", "{",
  ]
  private static let pairs: [Character: Character] = [
    "“": "”", "‘": "’", "《": "》", "（": "）", "「": "」", "『": "』", "(": ")",
  ]

  /// Words of report titles: a break at their edges reads naturally, one inside them does not.
  private static let words: [[Character]] = [
    "全面从严治党", "党风廉政建设", "第一责任人", "反腐败工作", "管党治党", "从严治党", "主体责任",
    "政治责任", "监督责任", "一岗双责", "情况报告", "工作报告", "述职报告", "党组书记", "党委书记",
    "基层党建", "关于", "落实", "履行", "贯彻", "推进", "加强", "深化", "开展", "情况", "工作",
    "报告", "述职", "年度",
  ].map(Array.init)

  /// The price of a break before each character (index 0 is never a break).
  private static func breakPrices(_ characters: Characters, pieces: [Range<Int>]) -> [Double] {
    let text = characters.text
    var prices = [Double](repeating: plain, count: text.count)
    // Word edges and insides, by greedy longest match from the left.
    var position = 0
    while position < text.count {
      if let word = words.first(where: { text[position...].starts(with: $0) }) {
        let end = position + word.count
        for inner in (position + 1)..<end { prices[inner] = inside }
        prices[position] = wordEdge
        if end < text.count { prices[end] = wordEdge }
        position = end
      } else {
        position += 1
      }
    }
    var depth: [Character] = []
    for index in text.indices {
      let character = text[index]
      if index > 0 {
        let previous = text[index - 1]
        if previous == "年" && index >= 2 && text[index - 2].isASCII {
          prices[index] = min(prices[index], wordEdge)
        }
        if afterPauses.contains(previous) { prices[index] = free }
        if character == "的" || joining.contains(previous) || !depth.isEmpty {
          prices[index] = max(prices[index], inside)
        }
        let inGap =
          characters.gap[index] != nil && characters.gap[index] == characters.gap[index - 1]
        if closing.contains(character) || opening.contains(previous)
          || (previous.isASCIIAlphanumeric && character.isASCIIAlphanumeric) || inGap
        {
          prices[index] = forbidden
        }
      }
      if let close = pairs[character] {
        depth.append(close)
      } else if depth.last == character {
        depth.removeLast()
      }
    }
    for piece in pieces where piece.upperBound <= text.count {
      for edge in [piece.lowerBound, piece.upperBound] where edge < text.count {
        if prices[edge].isFinite { prices[edge] = min(prices[edge], pieceEdge) }
      }
      guard piece.count <= longestPiece else { continue }
      for inner in piece.dropFirst() where prices[inner].isFinite {
        prices[inner] = max(prices[inner], insidePiece)
      }
    }
    prices[0] = forbidden
    return prices
  }

  // MARK: Choosing

  /// The cheapest breaks for `lines` lines and what they cost, or nil when no set of breaks
  /// keeps every line within the largest width. Dynamic programming over (line, end of line).
  private static func bestBreaks(_ widths: [Int], _ prices: [Double], lines: Int)
    -> (breaks: [Int], cost: Double)?
  {
    let count = widths.count
    var prefix = [0]
    for width in widths { prefix.append(prefix[prefix.count - 1] + width) }
    let average = Double(prefix[count]) / 2 / Double(lines)
    func target(_ line: Int) -> Double { average + (Double(line) - Double(lines - 1) / 2) * 0.5 }
    func lineCost(_ line: Int, _ start: Int, _ end: Int) -> Double? {
      let width = prefix[end] - prefix[start]
      guard width <= maximumWidth, width > 0 else { return nil }
      let distance = Double(width) / 2 - target(line)
      return distance * distance
    }
    // cost[line][end]: the cheapest way to set characters 0..<end on lines 0...line.
    var cost = [[Double?]](repeating: [Double?](repeating: nil, count: count + 1), count: lines)
    var from = [[Int]](repeating: [Int](repeating: 0, count: count + 1), count: lines)
    for end in 1...count { cost[0][end] = lineCost(0, 0, end) }
    for line in 1..<max(lines, 1) {
      for end in 1...count {
        var best = Double.infinity
        for start in 1..<end where prices[start].isFinite {
          guard let before = cost[line - 1][start], let here = lineCost(line, start, end)
          else { continue }
          let total = before + prices[start] + here
          if total < best - 1e-9 {
            best = total
            from[line][end] = start
          }
        }
        cost[line][end] = best.isFinite ? best : nil
      }
    }
    guard let total = cost[lines - 1][count] else { return nil }
    var breaks: [Int] = []
    var end = count
    for line in stride(from: lines - 1, to: 0, by: -1) {
      end = from[line][end]
      breaks.insert(end, at: 0)
    }
    return (breaks, total)
  }

  // MARK: Characters

  /// The title as printed, one entry per character.
  private struct Characters {
    var text: [Character] = []
    var widths: [Int] = []
    /// For a character of a gap marker, the marker's place among the runs.
    var gap: [Int?] = []

    init(_ inlines: [Inline]) {
      for (index, inline) in inlines.enumerated() {
        switch inline {
        case .text(let run): append(run.string, gap: nil)
        case .gap(let gap): append(gap.marker, gap: index)
        }
      }
    }

    private mutating func append(_ run: String, gap marker: Int?) {
      for character in run {
        text.append(character)
        widths.append(PrintWidth.of(character))
        gap.append(marker)
      }
    }
  }

  /// Splits runs at character offsets of their printed text; a gap marker is never split.
  private static func split(_ inlines: [Inline], at breaks: [Int]) -> [[Inline]] {
    var lines: [[Inline]] = [[]]
    var offset = 0
    var pending = breaks[...]
    for inline in inlines {
      switch inline {
      case .gap(let gap):
        if let next = pending.first, offset >= next {
          pending.removeFirst()
          lines.append([])
        }
        lines[lines.count - 1].append(.gap(gap))
        offset += gap.marker.count
      case .text(let run):
        var current = ""
        for character in run.string {
          if let next = pending.first, offset == next {
            pending.removeFirst()
            if !current.isEmpty { lines[lines.count - 1].append(.text(InlineText(current))) }
            current = ""
            lines.append([])
          }
          current.append(character)
          offset += 1
        }
        if !current.isEmpty { lines[lines.count - 1].append(.text(InlineText(current))) }
      }
    }
    return lines
  }
}

extension Character {
  fileprivate var isASCIIAlphanumeric: Bool { isASCII && (isLetter || isNumber) }
}
