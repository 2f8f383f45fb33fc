/// Builds a document as rendering goes. Text runs into the current paragraph; a paragraph
/// break, a heading or another block ends it. Empty paragraphs never appear, so blank lines and
/// tags alone on their lines leave nothing behind.
///
/// Optional clauses and points are inline: they are undone by truncating the current paragraph
/// (`mark()` / `undo(to:)`), and a clause that vanishes mends the punctuation where it stood.
struct DocumentBuilder {
  private(set) var blocks: [Block] = []
  /// Finished runs of the current paragraph.
  private var inlines: [Inline] = []
  /// The run being written.
  private var text = TextRun()
  /// A heading waiting to open the next paragraph.
  private var pendingRunIn: Heading? = nil
  /// The run-in heading of the current paragraph.
  private var runIn: Heading? = nil
  /// A clause vanished just here: the next text, or the paragraph's end, mends punctuation.
  private var junction = false
  /// How many bytes of text have been written, including what was later undone: a measure of
  /// the work done, to enforce a limit on it.
  private(set) var written = 0

  /// How many characters (Unicode scalars) the current paragraph holds, gap markers counted
  /// as printed.
  var paragraphCharacterCount: Int {
    var count = 0
    for inline in inlines {
      switch inline {
      case .text(let run): count += run.string.unicodeScalars.count
      case .gap(let gap): count += gap.marker.unicodeScalars.count
      }
    }
    return count + text.bytes.count { $0 & 0xC0 != 0x80 }
  }

  /// Whether the current paragraph has nothing in it yet.
  var paragraphIsEmpty: Bool { inlines.isEmpty && text.isEmpty }

  /// Whether nothing at all has been written.
  var isEmpty: Bool { blocks.isEmpty && paragraphIsEmpty && pendingRunIn == nil }

  mutating func append(_ newText: String) {
    guard !newText.isEmpty else { return }
    if junction {
      junction = false
      appendMendingJunction(newText)
    } else {
      text.append(newText)
    }
    written += newText.utf8.count
  }

  mutating func append(_ newText: InlineText) {
    guard !newText.utf8.isEmpty else { return }
    if junction {
      junction = false
      appendMendingJunction(newText.string)
    } else {
      text.append(newText)
    }
    written += newText.utf8.count
  }

  /// Appends runs written apart (a part of a series).
  mutating func append(_ inlines: [Inline]) {
    for inline in inlines {
      switch inline {
      case .text(let text): append(text)
      case .gap(let gap): append(gap)
      }
    }
  }

  mutating func append(_ gap: Gap) {
    junction = false
    flushText()
    inlines.append(.gap(gap))
    written += gap.marker.utf8.count
  }

  /// Ends the current paragraph (nothing happens when it is empty).
  mutating func endParagraph() {
    if junction {
      junction = false
      if let last = text.last, FullwidthPunctuation.clauseSeparators.contains(last) {
        text.removeLast()
        text.append("。")
      }
    }
    flushText()
    guard !inlines.isEmpty else { return }
    if runIn == nil, let pending = pendingRunIn {
      runIn = pending
      pendingRunIn = nil
    }
    blocks.append(.paragraph(Paragraph(runIn: runIn, content: inlines)))
    inlines = []
    runIn = nil
  }

  /// Ends the current paragraph and adds a block after it.
  mutating func append(_ block: Block) {
    endParagraph()
    placePendingRunIn()
    blocks.append(block)
  }

  // MARK: Sections

  /// How many headings each level (1–4) has had since the last heading above it: a heading is
  /// numbered when it is placed, from what is present, and a section taken back gives its
  /// number back.
  private var counters = [0, 0, 0, 0, 0]

  /// Where a section began, to take it back if its body renders nothing.
  struct SectionMark {
    fileprivate var blocks: Int
    fileprivate var runIn: Bool
    fileprivate var counters: [Int]
  }

  /// Numbers the next heading at `level` as if `count` had come before it.
  mutating func continueNumbering(level: Int, after count: Int) {
    let level = min(max(level, 1), 4)
    counters[level] = max(0, count)
  }

  /// Starts a section: ends the paragraph, numbers the heading, then places it, standalone or
  /// waiting to run on into the next paragraph.
  mutating func beginSection(_ heading: Heading, runIn: Bool) -> SectionMark {
    endParagraph()
    placePendingRunIn()
    let mark = SectionMark(blocks: blocks.count, runIn: runIn, counters: counters)
    var numbered = heading
    if !heading.isBold {
      let level = min(max(heading.level, 1), 4)
      counters[level] += 1
      for deeper in (level + 1)..<counters.count { counters[deeper] = 0 }
      numbered.number = HeadingNumbering.number(level: level, ordinal: counters[level])
    }
    if runIn {
      pendingRunIn = numbered
    } else {
      blocks.append(.heading(numbered))
    }
    return mark
  }

  /// Ends a section; when its body rendered nothing, its heading goes too, and its number is
  /// free for the next — unless `keep` says the heading stands on its own.
  mutating func endSection(_ mark: SectionMark, keep: Bool = false) {
    endParagraph()
    if keep {
      placePendingRunIn()
      return
    }
    if mark.runIn {
      if pendingRunIn != nil, blocks.count == mark.blocks {
        pendingRunIn = nil
        counters = mark.counters
        return
      }
      placePendingRunIn()
      return
    }
    if blocks.count == mark.blocks + 1 {
      blocks.removeLast()
      counters = mark.counters
    }
  }

  /// A run-in heading whose body began with a block, not text, stands on its own line: a
  /// numbered one as a heading, a bold one as a paragraph of its own.
  private mutating func placePendingRunIn() {
    if let pending = pendingRunIn {
      blocks.append(
        pending.isBold ? .paragraph(Paragraph(runIn: pending, content: [])) : .heading(pending))
      pendingRunIn = nil
    }
  }

  // MARK: Inline marks

  /// A place in the current paragraph to come back to.
  struct Mark {
    fileprivate var blocks: Int
    fileprivate var inlines: Int
    fileprivate var textBytes: Int
  }

  func mark() -> Mark {
    Mark(blocks: blocks.count, inlines: inlines.count, textBytes: text.count)
  }

  /// Whether anything was written since `mark`.
  func hasWritten(since mark: Mark) -> Bool {
    blocks.count != mark.blocks || inlines.count != mark.inlines
      || text.count != mark.textBytes
  }

  /// Takes back what was written since `mark`, when that is still in the current paragraph
  /// (the parser keeps clauses and points inside one; past a paragraph break nothing is undone).
  mutating func undo(to mark: Mark) {
    guard blocks.count == mark.blocks, inlines.count >= mark.inlines else { return }
    if inlines.count > mark.inlines {
      // The run open at the mark has since been closed by a gap: reopen its start.
      if case .text(let run) = inlines[mark.inlines] {
        text.set(run)
      } else {
        text.set(InlineText(validUTF8: []))
      }
      inlines.removeSubrange(mark.inlines...)
    }
    text.truncate(to: mark.textBytes)
  }

  /// Takes back an optional clause written since `mark`, mending the punctuation it leaves:
  /// when the text before it ends with a separator, the stronger of that and the clause's own
  /// final mark (`trailing`) stays, so `A、{?B，?}C` without B reads `A，C`; what follows is
  /// mended too.
  mutating func vanish(to mark: Mark, trailing: Character?) {
    undo(to: mark)
    if let trailing, let last = text.last,
      FullwidthPunctuation.clauseSeparators.contains(last),
      FullwidthPunctuation.strength(of: trailing) > FullwidthPunctuation.strength(of: last)
    {
      text.removeLast()
      text.append(String(trailing))
    }
    junction = true
  }

  // MARK: Finishing

  /// The paragraphs written, as runs of inlines, for blocks built from several lines (the
  /// signature) or from one (the title).
  mutating func takeParagraphs() -> [[Inline]] {
    endParagraph()
    defer { blocks = [] }
    return blocks.compactMap { block in
      if case .paragraph(let paragraph) = block { return paragraph.content }
      return nil
    }
  }

  /// The finished document.
  mutating func finish() -> Document {
    endParagraph()
    placePendingRunIn()
    return Document(blocks: blocks)
  }

  private mutating func flushText() {
    if !text.isEmpty { inlines.append(.text(text.take())) }
  }

  /// Appends `newText` where a clause vanished: no doubled or dangling separators, no
  /// separator before a full stop, no punctuation opening a paragraph.
  private mutating func appendMendingJunction(_ newText: String) {
    var addition = Substring(newText)
    guard let first = addition.first else { return }
    let separators = FullwidthPunctuation.clauseSeparators
    let ends = FullwidthPunctuation.sentenceEnds
    guard separators.contains(first) || ends.contains(first) else {
      text.append(addition)
      return
    }
    if paragraphIsEmpty {
      addition = addition.drop { separators.contains($0) || ends.contains($0) }
    } else if let last = text.last {
      if separators.contains(last) || ends.contains(last) || last == "：" {
        if separators.contains(first) {
          addition = addition.dropFirst()
        } else if separators.contains(last) {
          text.removeLast()
        }
      }
    }
    text.append(addition)
  }
}
