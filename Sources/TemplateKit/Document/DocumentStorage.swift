/// How a document holds its text: every byte rendering wrote in one buffer, and the blocks as
/// records of ranges into it, so that building a report allocates a handful of growing arrays,
/// not a tree of blocks and runs per paragraph. `Document.blocks` reads the tree out of it.
struct DocumentStorage: Sendable {
  /// The text, as UTF-8, in the order it was written (text later taken back may stay behind,
  /// referenced by nothing).
  var bytes: [UInt8] = []
  /// The runs of inline content: text (a range of `bytes`) or a gap marker.
  var spans: [Span] = []
  /// The gap markers spans name, by index.
  var gaps: [Gap] = []
  var records: [BlockRecord] = []
  /// The lines of signatures, each a range of `spans`; a signature's last line is its date.
  var lines: [Range<Int>] = []
  /// The pieces of titles (`Title.pieces`).
  var pieces: [Range<Int>] = []

  init() {}

  /// Room for a report of about `bytes` bytes of text, so that rendering one rarely grows the
  /// arrays.
  init(reserving textBytes: Int) {
    bytes.reserveCapacity(textBytes)
    spans.reserveCapacity(textBytes / 32)
    records.reserveCapacity(textBytes / 128)
  }

  /// A run of inline content.
  struct Span: Sendable {
    /// Text: `bytes[start..<end]`; a gap marker: `start` is -1 and `end` the gap's index.
    var start: Int
    var end: Int

    static func gap(_ index: Int) -> Span { Span(start: -1, end: index) }
    var isGap: Bool { start < 0 }
  }

  /// A heading, standing alone or running on into a paragraph.
  struct HeadRecord: Sendable {
    var level: Int
    /// Its number, as a range of `bytes` (empty for a bold head).
    var number: Range<Int>
    /// Its text, as a range of `spans`.
    var text: Range<Int>
  }

  struct BlockRecord: Sendable {
    enum Kind: Sendable { case title, heading, paragraph, flushParagraph, signature }
    var kind: Kind
    /// A heading's own heading, or a paragraph's run-in one.
    var head: HeadRecord?
    /// A title's or paragraph's text (a range of `spans`); a signature's lines (of `lines`).
    var content: Range<Int>
    /// A title's pieces (a range of `pieces`).
    var pieces: Range<Int> = 0..<0
  }

  // MARK: Reading

  /// Calls `body` with each run of text (its bytes) and each gap marker, in order.
  func forEach(
    in spanRange: Range<Int>, text: (UnsafeBufferPointer<UInt8>) -> Void, gap: (Gap) -> Void
  ) {
    bytes.withUnsafeBufferPointer { buffer in
      for index in spanRange {
        let span = spans[index]
        if span.isGap {
          gap(gaps[span.end])
        } else {
          text(UnsafeBufferPointer(rebasing: buffer[span.start..<span.end]))
        }
      }
    }
  }

  /// Appends the text of `spanRange` as printed, gap markers in place.
  func appendText(of spanRange: Range<Int>, to out: inout [UInt8]) {
    forEach(in: spanRange) {
      out.append(contentsOf: $0)
    } gap: {
      out += $0.marker.utf8
    }
  }

  /// Calls `body` with every run of inlines in reading order, with the bytes of the heading
  /// number it belongs to (empty for runs that are not headings).
  func forEachRun(_ body: (ArraySlice<UInt8>, Range<Int>) -> Void) {
    for record in records {
      if let head = record.head { body(bytes[head.number], head.text) }
      switch record.kind {
      case .title, .paragraph, .flushParagraph: body([], record.content)
      case .heading: break
      case .signature: for line in lines[record.content] { body([], line) }
      }
    }
  }

  /// The tree the records stand for.
  var blocks: [Block] {
    records.map { record in
      switch record.kind {
      case .title:
        .title(Title(text: inlines(record.content), pieces: Array(pieces[record.pieces])))
      case .heading:
        .heading(heading(record.head ?? HeadRecord(level: 1, number: 0..<0, text: 0..<0)))
      case .paragraph, .flushParagraph:
        .paragraph(
          Paragraph(
            style: record.kind == .flushParagraph ? .flush : .body, runIn: record.head.map(heading),
            content: inlines(record.content)))
      case .signature:
        .signature(
          Signature(
            lines: lines[record.content].dropLast().map(inlines),
            date: lines[record.content].last.map(inlines) ?? []))
      }
    }
  }

  private func inlines(_ spanRange: Range<Int>) -> [Inline] {
    spanRange.map { index in
      let span = spans[index]
      return span.isGap
        ? .gap(gaps[span.end]) : .text(InlineText(validUTF8: Array(bytes[span.start..<span.end])))
    }
  }

  private func heading(_ head: HeadRecord) -> Heading {
    Heading(
      level: head.level, number: String(decoding: bytes[head.number], as: UTF8.self),
      text: inlines(head.text))
  }

  // MARK: Writing from a tree

  /// The records for `blocks`.
  init(blocks: [Block]) {
    for block in blocks {
      switch block {
      case .title(let title):
        let start = pieces.count
        pieces += title.pieces
        records.append(
          BlockRecord(kind: .title, content: add(title.text), pieces: start..<pieces.count))
      case .heading(let heading):
        records.append(BlockRecord(kind: .heading, head: add(heading), content: 0..<0))
      case .paragraph(let paragraph):
        let head = paragraph.runIn.map { add($0) }
        records.append(
          BlockRecord(
            kind: paragraph.style == .flush ? .flushParagraph : .paragraph, head: head,
            content: add(paragraph.content)))
      case .signature(let signature):
        let start = lines.count
        for line in signature.lines + [signature.date] { lines.append(add(line)) }
        records.append(BlockRecord(kind: .signature, content: start..<lines.count))
      }
    }
  }

  private mutating func add(_ heading: Heading) -> HeadRecord {
    let start = bytes.count
    bytes += heading.number.utf8
    return HeadRecord(level: heading.level, number: start..<bytes.count, text: add(heading.text))
  }

  private mutating func add(_ inlines: [Inline]) -> Range<Int> {
    let start = spans.count
    for inline in inlines {
      switch inline {
      case .text(let text):
        spans.append(Span(start: bytes.count, end: bytes.count + text.utf8.count))
        bytes += text.utf8
      case .gap(let gap):
        spans.append(.gap(gaps.count))
        gaps.append(gap)
      }
    }
    return start..<spans.count
  }
}
