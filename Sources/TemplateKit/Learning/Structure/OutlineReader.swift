/// Finds the structure of a source report: the title at the top, an addressee, the opening,
/// the parts under 一、二、…, within them （一）（二）…, 1. 2. … and （1）（2）…, points
/// numbered 一是、二是…, a closing line, and the signature and date at the end.
///
/// Numbering is recognised only in the sequence it counts (一、 then 二、…), and in the forms
/// the template language numbers by itself, so that what is found can be given back: a
/// numbering written another way stays text.
enum OutlineReader {
  /// The longest line taken for a title or a heading on its own line.
  static let maximumHeadingLength = 60
  /// The longest line taken for a signature line or a closing.
  static let maximumSignatureLength = 40

  static func outline(of report: SourceReport) -> ReportOutline {
    var blocks = report.blocks
    var outline = ReportOutline()
    if let first = blocks.first, isTitle(first, followedBy: blocks.count - 1) {
      outline.title = unit(first)
      blocks.removeFirst()
    }
    if let first = blocks.first, isAddressee(first.text) {
      outline.addressee = unit(first)
      blocks.removeFirst()
    }
    if let last = blocks.last, isDate(last.text) {
      outline.date = unit(last)
      blocks.removeLast()
      var lines: [TextUnit] = []
      while lines.count < 3, let last = blocks.last, blocks.count > 1, isSignatureLine(last) {
        lines.insert(unit(last), at: 0)
        blocks.removeLast()
      }
      outline.signature = lines
    }
    var closing: [SourceBlock] = []
    while let last = blocks.last, blocks.count > 1, isClosing(last.text) {
      closing.insert(last, at: 0)
      blocks.removeLast()
    }
    outline.closing = closing.map { .paragraph(unit($0)) }

    let headings = sectionStarts(in: blocks)
    if headings.isEmpty {
      let styled = blocks.indices.filter { blocks[$0].styleLevel == 1 }
      guard styled.count >= 2 else {
        outline.sections = blocks.map {
          OutlineSection(heading: nil, body: body(of: [$0], level: 0))
        }
        return outline
      }
      // Headings the styles make, without numbers: parts whose headings stay as written.
      outline.opening = body(of: Array(blocks[..<styled[0]]), level: 0)
      for (number, start) in styled.enumerated() {
        let end = number + 1 < styled.count ? styled[number + 1] : blocks.count
        outline.sections.append(
          OutlineSection(
            heading: unit(blocks[start]),
            body: body(of: Array(blocks[(start + 1)..<end]), level: 0),
            numbered: false))
      }
      return outline
    }
    outline.opening = body(of: Array(blocks[..<headings[0]]), level: 0)
    // A heading with nothing under it would vanish from the report with its section (and the
    // numbers after it move up): then the headings are written as they stand, numbers and all.
    let numbered = headings.enumerated().allSatisfy { number, start in
      let end = number + 1 < headings.count ? headings[number + 1] : blocks.count
      return end > start + 1
        || split(blocks[start], after: HeadingNumbering.number(level: 1, ordinal: number + 1)).1
          != nil
    }
    for (number, start) in headings.enumerated() {
      let end = number + 1 < headings.count ? headings[number + 1] : blocks.count
      let label = HeadingNumbering.number(level: 1, ordinal: number + 1)
      guard numbered else {
        outline.sections.append(
          OutlineSection(
            heading: unit(blocks[start]),
            body: body(of: Array(blocks[(start + 1)..<end]), level: 0),
            numbered: false))
        continue
      }
      let (heading, rest) = split(blocks[start], after: label)
      var body = Array(blocks[(start + 1)..<end])
      if let rest { body.insert(rest, at: 0) }
      outline.sections.append(OutlineSection(heading: heading, body: self.body(of: body, level: 1)))
    }
    return outline
  }

  // MARK: Parts of the page

  private static func unit(_ block: SourceBlock) -> TextUnit {
    TextUnit(block.text, line: block.line, column: block.column)
  }

  private static func isTitle(_ block: SourceBlock, followedBy others: Int) -> Bool {
    if block.styleLevel == 0 { return true }
    let text = block.text
    guard others > 0, block.styleLevel == nil, text.count <= maximumHeadingLength,
      !block.isTableRow, let last = text.last, !"。；，：、".contains(last)
    else { return false }
    return HeadingNumbering.number(level: 1, ordinal: 1) != String(text.prefix(2))
      && !text.hasPrefix("（一）")
  }

  private static func isAddressee(_ text: String) -> Bool {
    text.count <= 30 && text.hasSuffix("：") && !text.dropLast().contains { "，。；：".contains($0) }
  }

  /// A line that is a date and nothing else: `2023年12月25日`, `二〇二三年十二月二十五日`.
  static func isDate(_ text: String) -> Bool {
    let compact = text.filter { !$0.isWhitespace }
    guard let year = compact.firstIndex(of: "年"), let month = compact.firstIndex(of: "月"),
      compact.hasSuffix("日"), year < month
    else { return false }
    let digits: Set<Character> = Set("0123456789〇零一二三四五六七八九十○")
    let parts = [
      compact[..<year], compact[compact.index(after: year)..<month],
      compact[compact.index(after: month)..<compact.index(before: compact.endIndex)],
    ]
    return parts.allSatisfy { !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(digits.contains) }
  }

  private static func isSignatureLine(_ block: SourceBlock) -> Bool {
    let text = block.text
    return text.count <= maximumSignatureLength && !block.isTableRow
      && !text.contains { "，。；：！？".contains($0) }
  }

  private static func isClosing(_ text: String) -> Bool {
    guard text.count <= maximumSignatureLength else { return false }
    return ["特此报告", "特此汇报", "专此报告", "以上报告", "妥否", "请审阅", "请审议", "请批示"]
      .contains { text.contains($0) }
  }

  // MARK: Headings

  /// The blocks that open the parts: 一、, 二、 … in sequence, or blocks styled as top-level
  /// headings that carry the next number.
  private static func sectionStarts(in blocks: [SourceBlock]) -> [Int] {
    var starts: [Int] = []
    for (index, block) in blocks.enumerated() {
      let label = HeadingNumbering.number(level: 1, ordinal: starts.count + 1)
      if block.text.hasPrefix(label), block.text.count > label.count, !block.isTableRow {
        starts.append(index)
      }
    }
    return starts
  }

  /// A numbered block cut into its heading (without the number) and, when the heading runs on,
  /// what follows it as a block of its own. The heading is the whole line when it is short,
  /// else the bold head the file shows, else the first sentence.
  private static func split(_ block: SourceBlock, after label: String) -> (TextUnit, SourceBlock?) {
    let whole = unit(block).dropping(label.count)
    let end = headingEnd(of: block, after: label)
    guard let end, end < whole.text.count else { return (whole, nil) }
    var rest = block
    rest.text = String(whole.text.dropFirst(end))
    rest.column = whole.column + end
    rest.boldHead = nil
    return (whole.prefix(end), rest)
  }

  /// Where the heading of a numbered block ends (in characters after the label); nil when it
  /// is the whole block.
  private static func headingEnd(of block: SourceBlock, after label: String) -> Int? {
    let text = Array(block.text.dropFirst(label.count))
    if let bold = block.boldHead, bold > label.count, bold - label.count < text.count {
      return bold - label.count
    }
    if text.count <= maximumHeadingLength, !text.dropLast().contains("。") { return nil }
    guard let stop = text.firstIndex(where: { $0 == "。" || $0 == "：" }),
      stop + 1 < text.count, stop < maximumHeadingLength
    else { return nil }
    return stop + 1
  }

  // MARK: Bodies

  /// The blocks under a heading of `level` (0 for the opening, and for a part whose heading is
  /// written as it stands, where a template's sub-sections would be numbered as parts):
  /// sub-sections one level down where their numbers run in sequence, else paragraphs and
  /// points.
  private static func body(of blocks: [SourceBlock], level: Int) -> [OutlineBlock] {
    let childLevel = level + 1
    var starts: [Int] = []
    if level >= 1, childLevel <= 4 {
      for (index, block) in blocks.enumerated() {
        let label = HeadingNumbering.number(level: childLevel, ordinal: starts.count + 1)
        if block.text.hasPrefix(label), block.text.count > label.count, !block.isTableRow {
          starts.append(index)
        }
      }
    }
    // A sub-heading with nothing under it would vanish: then they all stay text.
    let empty = starts.enumerated().contains { number, start in
      let end = number + 1 < starts.count ? starts[number + 1] : blocks.count
      let label = HeadingNumbering.number(level: childLevel, ordinal: number + 1)
      return end == start + 1 && split(blocks[start], after: label).1 == nil
    }
    guard let first = starts.first, !empty else { return paragraphs(blocks) }
    var out = paragraphs(Array(blocks[..<first]))
    for (number, start) in starts.enumerated() {
      let end = number + 1 < starts.count ? starts[number + 1] : blocks.count
      let label = HeadingNumbering.number(level: childLevel, ordinal: number + 1)
      let (heading, rest) = split(blocks[start], after: label)
      var inner = Array(blocks[(start + 1)..<end])
      var runIn = false
      if let rest {
        inner.insert(rest, at: 0)
        runIn = true
      }
      var title = heading
      if runIn, title.text.hasSuffix("。") { title.text.removeLast() }
      out.append(
        .subsection(
          Subsection(
            level: childLevel, heading: title, runIn: runIn,
            body: body(of: inner, level: childLevel))))
    }
    return out
  }

  /// Paragraphs, with points found: several in one paragraph after its lead, or a run of
  /// paragraphs each opening with the next label.
  private static func paragraphs(_ blocks: [SourceBlock]) -> [OutlineBlock] {
    var out: [OutlineBlock] = []
    var index = 0
    while index < blocks.count {
      let block = blocks[index]
      if let run = pointRun(in: blocks, from: index) {
        out.append(.points(run.list))
        index = run.end
        continue
      }
      if let head = boldHead(of: block) {
        out.append(.subsection(head))
      } else {
        out.append(inlinePoints(in: block).map(OutlineBlock.points) ?? .paragraph(unit(block)))
      }
      index += 1
    }
    return out
  }

  /// A paragraph the file opens with a head in bold, unnumbered, ending with its full stop
  /// (`加强研究部署。严格履行…`): the head, and the rest as its body.
  private static func boldHead(of block: SourceBlock) -> Subsection? {
    guard let length = block.boldHead, length >= 2, length < block.text.count, !block.isTableRow,
      PointLabels.firstLabel(startingParagraph: block.text) == nil
    else { return nil }
    let whole = unit(block)
    var head = whole.prefix(length)
    guard let last = head.text.last, FullwidthPunctuation.endsHeading(last) else {
      return nil
    }
    if last == "。" { head.text.removeLast() }
    var rest = block
    rest.text = String(block.text.dropFirst(length))
    rest.column = block.column + length
    rest.boldHead = nil
    return Subsection(
      level: 0, heading: head, runIn: true, body: paragraphs([rest]), bold: true)
  }

  /// Points within one paragraph.
  private static func inlinePoints(in block: SourceBlock) -> PointList? {
    guard !block.isTableRow, let (style, starts) = PointLabels.inline(in: block.text) else {
      return nil
    }
    let whole = unit(block)
    let characters = Array(block.text)
    var items: [TextUnit] = []
    for (number, start) in starts.enumerated() {
      let labelLength = PointLabels.label(number + 1, style: style).count
      let end = number + 1 < starts.count ? starts[number + 1] : characters.count
      let item = String(characters[(start + labelLength)..<end])
      guard !item.trimmingWhitespace.isEmpty else { return nil }
      items.append(TextUnit(item, line: whole.line, column: whole.column + start + labelLength))
    }
    let lead = starts[0] > 0 ? whole.prefix(starts[0]) : nil
    return PointList(firstLabel: style, lead: lead, items: items, separateParagraphs: false)
  }

  /// A run of at least two paragraphs starting at `start`, each opening with the next label
  /// of one style and holding no further label of it.
  private static func pointRun(in blocks: [SourceBlock], from start: Int) -> (
    list: PointList, end: Int
  )? {
    guard let style = PointLabels.firstLabel(startingParagraph: blocks[start].text) else {
      return nil
    }
    var items: [TextUnit] = []
    var index = start
    while index < blocks.count, !blocks[index].isTableRow {
      let label = PointLabels.label(items.count + 1, style: style)
      let next = PointLabels.label(items.count + 2, style: style)
      let text = blocks[index].text
      guard text.hasPrefix(label), text.count > label.count, !text.contains(next) else { break }
      items.append(unit(blocks[index]).dropping(label.count))
      index += 1
    }
    guard items.count >= 2 else { return nil }
    return (PointList(firstLabel: style, lead: nil, items: items, separateParagraphs: true), index)
  }
}
