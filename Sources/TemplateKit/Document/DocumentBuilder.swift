/// Builds a document as rendering goes, into one text buffer (`DocumentStorage`). Text runs
/// into the current paragraph; a paragraph break, a heading or another block ends it. Empty
/// paragraphs never appear, so blank lines and tags alone on their lines leave nothing behind.
///
/// The run being written is the tail of the buffer. Optional clauses and points are inline:
/// they are undone by truncating the buffer (`mark()` / `undo(to:)`), and a clause that
/// vanishes mends the punctuation where it stood.
struct DocumentBuilder {
  private(set) var storage: DocumentStorage
  /// Where the run being written starts in `storage.bytes`: it runs to the end.
  private var runStart = 0
  /// Where the current paragraph's runs start in `storage.spans`.
  private var paragraphStart = 0
  /// A heading waiting to open the next paragraph.
  private var pendingRunIn: DocumentStorage.HeadRecord? = nil
  /// A clause vanished just here: the next text, or the paragraph's end, mends punctuation.
  private var junction = false
  /// How many bytes of text have been written, including what was later undone: a measure of
  /// the work done, to enforce a limit on it.
  private(set) var written = 0

  /// A builder with room for about `textBytes` bytes of text.
  init(reserving textBytes: Int = 0) {
    storage = DocumentStorage(reserving: textBytes)
  }

  /// How many blocks have been placed.
  var blockCount: Int { storage.records.count }

  /// How many characters (Unicode scalars) the current paragraph holds, gap markers counted
  /// as printed.
  var paragraphCharacterCount: Int {
    var count = 0
    storage.forEach(in: paragraphStart..<storage.spans.count) {
      count += $0.count { $0 & 0xC0 != 0x80 }
    } gap: {
      count += $0.marker.unicodeScalars.count
    }
    return count + storage.bytes[runStart...].count { $0 & 0xC0 != 0x80 }
  }

  /// Whether the current paragraph has nothing in it yet.
  var paragraphIsEmpty: Bool {
    storage.spans.count == paragraphStart && runStart == storage.bytes.count
  }

  mutating func append(_ newText: String) {
    guard !newText.isEmpty else { return }
    if junction {
      junction = false
      appendMendingJunction(Substring(newText))
    } else {
      var text = newText
      text.withUTF8 { storage.bytes.append(contentsOf: $0) }
    }
    written += newText.utf8.count
  }

  /// Appends text that is valid UTF-8.
  mutating func append(utf8 newText: UnsafeBufferPointer<UInt8>) {
    guard !newText.isEmpty else { return }
    if junction {
      junction = false
      appendMendingJunction(Substring(String(decoding: newText, as: UTF8.self)))
    } else {
      storage.bytes.append(contentsOf: newText)
    }
    written += newText.count
  }

  /// Appends a whole number in Arabic digits, as `String(number)` would print it.
  mutating func append(decimal number: Int) {
    junction = false  // digits need no mending
    let start = storage.bytes.count
    if number < 0 { storage.bytes.append(UInt8(ascii: "-")) }
    var power: UInt = 1
    while number.magnitude / power >= 10 { power *= 10 }
    var rest = number.magnitude
    while power > 0 {
      storage.bytes.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest / power))
      rest %= power
      power /= 10
    }
    written += storage.bytes.count - start
  }

  mutating func append(_ gap: Gap) {
    junction = false
    flushRun()
    storage.spans.append(.gap(storage.gaps.count))
    storage.gaps.append(gap)
    written += gap.marker.utf8.count
  }

  /// Ends the current paragraph (nothing happens when it is empty).
  mutating func endParagraph() {
    if junction {
      junction = false
      if let last = lastCharacter, FullwidthPunctuation.clauseSeparators.contains(last) {
        removeLastCharacter()
        storage.bytes += "。".utf8
      }
    }
    flushRun()
    guard storage.spans.count > paragraphStart else { return }
    storage.records.append(
      .init(kind: .paragraph, head: pendingRunIn, content: paragraphStart..<storage.spans.count))
    pendingRunIn = nil
    paragraphStart = storage.spans.count
  }

  // MARK: Blocks built from paragraphs

  /// Ends the current paragraph before a title, an addressee or a signature, whose lines are
  /// written next as paragraphs; returns where they begin.
  mutating func beginLines() -> Int {
    endParagraph()
    placePendingRunIn()
    return storage.records.count
  }

  /// The content of each paragraph written since `start`; the blocks since then are taken
  /// back.
  private mutating func takeLines(since start: Int) -> ArraySlice<DocumentStorage.BlockRecord> {
    endParagraph()
    let taken = storage.records[start...]
    storage.records.removeSubrange(start...)
    return taken
  }

  /// Makes the paragraphs written since `start` the report's title, in one line of text.
  mutating func endTitle(since start: Int, pieces: [Range<Int>]) {
    let paragraphs = takeLines(since: start).filter { $0.kind == .paragraph }
    let content: Range<Int>
    if paragraphs.count == 1 {
      content = paragraphs[paragraphs.startIndex].content
    } else {
      let first = storage.spans.count
      for paragraph in paragraphs {
        for index in paragraph.content { storage.spans.append(storage.spans[index]) }
      }
      content = first..<storage.spans.count
      paragraphStart = storage.spans.count
    }
    let firstPiece = storage.pieces.count
    storage.pieces += pieces
    storage.records.append(
      .init(kind: .title, content: content, pieces: firstPiece..<storage.pieces.count))
  }

  /// Makes the paragraphs written since `start` flush-left lines (an addressee).
  mutating func endAddressee(since start: Int) {
    for paragraph in takeLines(since: start) where paragraph.kind == .paragraph {
      storage.records.append(.init(kind: .flushParagraph, content: paragraph.content))
    }
  }

  /// Makes the paragraphs written since `start` the lines of a signature, the last its date.
  mutating func endSignature(since start: Int) {
    let first = storage.lines.count
    for paragraph in takeLines(since: start) where paragraph.kind == .paragraph {
      storage.lines.append(paragraph.content)
    }
    storage.records.append(.init(kind: .signature, content: first..<storage.lines.count))
  }

  // MARK: Series

  /// The parts of the series being written, copied out of the buffer: their bytes, their runs
  /// (spans into `partBytes`, gaps into `partGaps`) and where each part's runs end.
  private var partBytes: [UInt8] = []
  private var partSpans: [DocumentStorage.Span] = []
  private var partGaps: [Gap] = []
  private var partEnds: [Int] = []

  /// Where a series began: how much of the parts' storage was in use.
  struct SeriesMark {
    fileprivate var parts: Int
    fileprivate var spans: Int
    fileprivate var bytes: Int
    fileprivate var gaps: Int
  }

  /// Where a part of a series began, and the state of the paragraph around it.
  struct PartMark {
    fileprivate var mark: Mark
    fileprivate var junction: Bool
    fileprivate var pendingRunIn: DocumentStorage.HeadRecord?
  }

  mutating func beginSeries() -> SeriesMark {
    SeriesMark(
      parts: partEnds.count, spans: partSpans.count, bytes: partBytes.count, gaps: partGaps.count)
  }

  /// Starts a part of a series: it is written as if on its own, in a paragraph of its own.
  mutating func beginPart() -> PartMark {
    let part = PartMark(mark: mark(), junction: junction, pendingRunIn: pendingRunIn)
    runStart = storage.bytes.count
    paragraphStart = storage.spans.count
    junction = false
    pendingRunIn = nil
    return part
  }

  /// Ends a part: kept (its first paragraph copied out for `endSeries`) or dropped; either way
  /// the buffer is as it was before the part.
  mutating func endPart(_ part: PartMark, keep: Bool) {
    endParagraph()
    if keep {
      let content =
        storage.records.count > part.mark.records
        ? storage.records[part.mark.records].content : 0..<0
      storage.forEach(in: content) { text in
        partSpans.append(.init(start: partBytes.count, end: partBytes.count + text.count))
        partBytes.append(contentsOf: text)
      } gap: { gap in
        partSpans.append(.gap(partGaps.count))
        partGaps.append(gap)
      }
      partEnds.append(partSpans.count)
    }
    storage.records.removeSubrange(part.mark.records...)
    undo(to: part.mark)
    junction = part.junction
    pendingRunIn = part.pendingRunIn
  }

  /// Writes the parts kept since `series` began, `、` between them and `conjunction` before the
  /// last; returns how many there were.
  mutating func endSeries(_ series: SeriesMark, conjunction: String) -> Int {
    var first = series.spans
    let count = partEnds.count - series.parts
    for (index, end) in partEnds[series.parts...].enumerated() {
      if index > 0 { append(index == count - 1 ? conjunction : "、") }
      for span in partSpans[first..<end] {
        if span.isGap {
          append(partGaps[span.end])
        } else {
          let text = Array(partBytes[span.start..<span.end])
          text.withUnsafeBufferPointer { append(utf8: $0) }
        }
      }
      first = end
    }
    partEnds.removeSubrange(series.parts...)
    partSpans.removeSubrange(series.spans...)
    partBytes.removeSubrange(series.bytes...)
    partGaps.removeSubrange(series.gaps...)
    return count
  }

  // MARK: Sections

  /// How many headings each level (1–4) has had since the last heading above it: a heading is
  /// numbered when it is placed, from what is present, and a section taken back gives its
  /// number back.
  private var counters = HeadingCounters()

  /// Where a section began, to take it back if its body renders nothing.
  struct SectionMark {
    fileprivate var records: Int
    fileprivate var runIn: Bool
    fileprivate var counters: HeadingCounters
  }

  /// Numbers the next heading at `level` as if `count` had come before it.
  mutating func continueNumbering(level: Int, after count: Int) {
    let level = min(max(level, 1), 4)
    counters[level] = max(0, count)
  }

  /// What a heading says: text, or a gap marker where its value is missing.
  enum HeadingText {
    case text(String)
    case gap(Gap)
  }

  /// Starts a section: ends the paragraph, numbers the heading (unless `bold`: a bold head is
  /// at no level), then places it, standalone or waiting to run on into the next paragraph;
  /// `fullStop` ends its text with 。.
  mutating func beginSection(
    level: Int, bold: Bool, runIn: Bool, title: HeadingText, fullStop: Bool = false
  ) -> SectionMark {
    endParagraph()
    placePendingRunIn()
    let mark = SectionMark(records: storage.records.count, runIn: runIn, counters: counters)
    let numberStart = storage.bytes.count
    if !bold {
      let level = min(max(level, 1), 4)
      counters[level] += 1
      for deeper in (level + 1)..<HeadingCounters.levels { counters[deeper] = 0 }
      storage.bytes += HeadingNumbering.number(level: level, ordinal: counters[level]).utf8
    }
    let number = numberStart..<storage.bytes.count
    runStart = storage.bytes.count
    switch title {
    case .text(let text):
      storage.bytes += text.utf8
      if fullStop { storage.bytes += "。".utf8 }
      flushRun()
    case .gap(let gap):
      storage.spans.append(.gap(storage.gaps.count))
      storage.gaps.append(gap)
    }
    let head = DocumentStorage.HeadRecord(
      level: bold ? Heading.boldLevel : level, number: number,
      text: paragraphStart..<storage.spans.count)
    paragraphStart = storage.spans.count
    if runIn {
      pendingRunIn = head
    } else {
      storage.records.append(.init(kind: .heading, head: head, content: 0..<0))
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
      if pendingRunIn != nil, storage.records.count == mark.records {
        pendingRunIn = nil
        counters = mark.counters
        return
      }
      placePendingRunIn()
      return
    }
    if storage.records.count == mark.records + 1 {
      storage.records.removeLast()
      counters = mark.counters
    }
  }

  /// A run-in heading whose body began with a block, not text, stands on its own line: a
  /// numbered one as a heading, a bold one as a paragraph of its own.
  private mutating func placePendingRunIn() {
    guard let pending = pendingRunIn else { return }
    let empty = storage.spans.count..<storage.spans.count
    storage.records.append(
      pending.level == Heading.boldLevel
        ? .init(kind: .paragraph, head: pending, content: empty)
        : .init(kind: .heading, head: pending, content: 0..<0))
    pendingRunIn = nil
  }

  // MARK: Inline marks

  /// A place in the current paragraph to come back to.
  struct Mark {
    fileprivate var records: Int
    fileprivate var spans: Int
    fileprivate var gaps: Int
    fileprivate var bytes: Int
    fileprivate var runStart: Int
    fileprivate var paragraphStart: Int
  }

  func mark() -> Mark {
    Mark(
      records: storage.records.count, spans: storage.spans.count, gaps: storage.gaps.count,
      bytes: storage.bytes.count, runStart: runStart, paragraphStart: paragraphStart)
  }

  /// Whether anything was written since `mark`.
  func hasWritten(since mark: Mark) -> Bool {
    storage.records.count != mark.records || storage.spans.count != mark.spans
      || storage.bytes.count != mark.bytes
  }

  /// Takes back what was written since `mark`, when that is still in the current paragraph
  /// (the parser keeps clauses and points inside one; past a paragraph break nothing is undone).
  mutating func undo(to mark: Mark) {
    guard storage.records.count == mark.records else { return }
    storage.spans.removeSubrange(mark.spans...)
    storage.gaps.removeSubrange(mark.gaps...)
    storage.bytes.removeSubrange(mark.bytes...)
    runStart = mark.runStart
    paragraphStart = mark.paragraphStart
  }

  /// Takes back an optional clause written since `mark`, mending the punctuation it leaves:
  /// when the text before it ends with a separator, the stronger of that and the clause's own
  /// final mark (`trailing`) stays, so `A、{?B，?}C` without B reads `A，C`; what follows is
  /// mended too.
  mutating func vanish(to mark: Mark, trailing: Character?) {
    undo(to: mark)
    if let trailing, let last = lastCharacter,
      FullwidthPunctuation.clauseSeparators.contains(last),
      FullwidthPunctuation.strength(of: trailing) > FullwidthPunctuation.strength(of: last)
    {
      removeLastCharacter()
      storage.bytes += String(trailing).utf8
    }
    junction = true
  }

  // MARK: Finishing

  /// The finished document.
  mutating func finish() -> Document {
    endParagraph()
    placePendingRunIn()
    return Document(storage: storage)
  }

  private mutating func flushRun() {
    guard runStart < storage.bytes.count else { return }
    storage.spans.append(.init(start: runStart, end: storage.bytes.count))
    runStart = storage.bytes.count
  }

  /// Where the last scalar of the run being written starts: continuation bytes are 10xxxxxx.
  private var lastScalarStart: Int? {
    var index = storage.bytes.count - 1
    while index >= runStart, storage.bytes[index] & 0xC0 == 0x80 { index -= 1 }
    return index >= runStart ? index : nil
  }

  /// The last character of the run being written, when it is a single scalar (as punctuation
  /// is).
  private var lastCharacter: Character? {
    guard let start = lastScalarStart else { return nil }
    return String(decoding: storage.bytes[start...], as: UTF8.self).first
  }

  private mutating func removeLastCharacter() {
    guard let start = lastScalarStart else { return }
    storage.bytes.removeSubrange(start...)
  }

  /// Appends `newText` where a clause vanished: no doubled or dangling separators, no
  /// separator before a full stop, no punctuation opening a paragraph.
  private mutating func appendMendingJunction(_ newText: Substring) {
    var addition = newText
    guard let first = addition.first else { return }
    let separators = FullwidthPunctuation.clauseSeparators
    let ends = FullwidthPunctuation.sentenceEnds
    guard separators.contains(first) || ends.contains(first) else {
      storage.bytes += addition.utf8
      return
    }
    if paragraphIsEmpty {
      addition = addition.drop { separators.contains($0) || ends.contains($0) }
    } else if let last = lastCharacter {
      if separators.contains(last) || ends.contains(last) || last == "：" {
        if separators.contains(first) {
          addition = addition.dropFirst()
        } else if separators.contains(last) {
          removeLastCharacter()
        }
      }
    }
    storage.bytes += addition.utf8
  }
}

/// How many headings each level (1–4) has had: four numbers held inline, so that a section's
/// mark keeps them without an array to copy.
private struct HeadingCounters {
  static let levels = 5
  private var counts: (Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0)

  subscript(level: Int) -> Int {
    get {
      switch level {
      case 1: counts.1
      case 2: counts.2
      case 3: counts.3
      case 4: counts.4
      default: counts.0
      }
    }
    set {
      switch level {
      case 1: counts.1 = newValue
      case 2: counts.2 = newValue
      case 3: counts.3 = newValue
      case 4: counts.4 = newValue
      default: counts.0 = newValue
      }
    }
  }
}
