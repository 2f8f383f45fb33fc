/// Turns YAML text into tokens, after libyaml's scanner, for the subset `draft` reads.
///
/// It keeps the stack of block indentation (inserting the start and end tokens of block
/// collections) and the possible “simple keys” (when a `:` follows a scalar or flow collection
/// on the same line, a key token is inserted before it). Features outside the subset —
/// anchors, aliases, tags, `?` keys, directives, several documents — are refused where they
/// are met. It never recurses, so deep input costs memory, not stack; nesting is limited to
/// `ValueBuilder.maximumDepth` levels anyway.
struct YAMLScanner {
  /// The longest implicit key YAML allows, in characters.
  private static let maximumKeyLength = 1024

  let source: SourceText
  private var cursor: TextCursor
  private var queue: [YAMLToken] = []
  private var head = 0
  /// The steps the scanner's cursor took, and the keys it looked at to see whether they are
  /// still possible: the work of reading, bounded by the text's size.
  var steps: Int { cursor.steps }
  /// Tokens handed to the parser so far.
  private var tokensTaken = 0
  private var streamStarted = false
  private var streamEnded = false
  private var producedContent = false
  private var documentEnded = false
  /// The column (from 0) of the innermost block collection, -1 at the top.
  private var indent = -1
  private var indents: [Int] = []
  /// The opening brackets of the flow collections the cursor is in.
  private var flowOpenings: [TextPosition] = []
  private var simpleKeyAllowed = false
  /// The possible simple key at each flow level (index 0: block context).
  private var simpleKeys = [SimpleKey()]
  /// The levels whose key is possible, outermost first from `firstPossible` on: a key is saved
  /// only at the innermost level, so outer keys are older and stand earlier in the queue, and
  /// each check costs the same however deep the nesting (libyaml looks at every level for
  /// every token).
  private var possibleLevels: [Int] = []
  private var firstPossible = 0
  /// The line keys were last checked on for having been cut off by a line break.
  private var checkedLine = 1
  /// After a quoted scalar or flow collection inside a flow collection, a `:` right before a
  /// value (`{"a":1}`) is still a value indicator.
  private var adjacentValueAllowed = false
  /// Where the `:` after a plain key in a flow collection ends: its value must not follow
  /// right there (`{a:{}}`), only after a blank (`{a: {}}`), or be empty (`{a:}`).
  private var separatedValueOffset: Int?
  /// The last tab between the previous token and the one being fetched, on its line.
  private var tabBeforeToken: TextPosition?
  /// Where the scalar fetched last started, while it is the last token fetched.
  private var lastScalarStart: TextPosition?

  private struct SimpleKey {
    var possible = false
    /// A scalar at the indentation of its block mapping must be a key.
    var required = false
    var tokenNumber = 0
    var mark = TextPosition.start
    /// The cursor's `scalarsPassed` at the key's start, to know its length in characters.
    var scalarIndex = 0
    var tabBefore: TextPosition?
    /// Inside `{…}` a key may span lines and its `:` may follow on a later line; elsewhere
    /// (block mappings, `[a: b]` pairs) it must stay on one line.
    var mayContinueOnNextLine = false
  }

  /// A text not ending in a line break is read as if it did, so that a block scalar on the
  /// last line reads the same either way (as the YAML test suite expects).
  init(source: SourceText) {
    self.source = source
    var bytes = Array(source.text.utf8)
    if let last = bytes.last, last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
    cursor = TextCursor(bytes[...], at: .start)
  }

  private var flowLevel: Int { flowOpenings.count }

  /// The next token, left in place.
  mutating func peek() throws(Diagnostic) -> YAMLToken {
    try fetchMoreTokens()
    guard head < queue.count else { return YAMLToken(kind: .streamEnd, mark: cursor.position) }
    return queue[head]
  }

  /// The next token, taken.
  mutating func next() throws(Diagnostic) -> YAMLToken {
    let token = try peek()
    if head < queue.count {
      head += 1
      tokensTaken += 1
      if head > 64 && head * 2 > queue.count {
        queue.removeFirst(head)
        head = 0
      }
    }
    return token
  }

  /// Fetches until the first queued token cannot gain a key token before it.
  private mutating func fetchMoreTokens() throws(Diagnostic) {
    while !streamEnded {
      if head < queue.count {
        try staleSimpleKeys()
        guard firstPossible < possibleLevels.count,
          simpleKeys[possibleLevels[firstPossible]].tokenNumber == tokensTaken
        else { return }
      }
      try fetchNextToken()
    }
  }

  private mutating func fetchNextToken() throws(Diagnostic) {
    guard streamStarted else {
      streamStarted = true
      simpleKeyAllowed = true
      append(.streamStart, at: cursor.position)
      return
    }
    try scanToNextToken()
    try staleSimpleKeys()
    let mark = cursor.position
    if documentEnded && !cursor.isAtEnd {
      throw source.error(
        "不支持多个文档：“...”表示文档结束，后面不能再有内容", at: mark,
        hint: "删掉“...”或者它后面的内容。")
    }
    if cursor.position.offset == separatedValueOffset, let scalar = cursor.peek(),
      scalar != ",", scalar != "]", scalar != "}"
    {
      throw source.error(
        "冒号后面要有空格", at: mark, hint: "在冒号和值之间加一个空格，例如 {党组会: 12}。")
    }
    separatedValueOffset = nil
    let prefix = linePrefix()
    tabBeforeToken = prefix.lastTab
    if prefix.startsLine, cursor.peek() == "\u{3000}" {
      throw source.error(
        "行首有全角空格“　”", at: mark, hint: "缩进只能用半角空格：请把行首的全角空格换成半角空格。")
    }
    if !cursor.isAtEnd { try checkLinePrefix(prefix, at: mark) }
    unrollIndent(to: mark.column - 1)
    guard let scalar = cursor.peek() else { return try fetchStreamEnd() }
    let next = cursor.peek(1)
    if cursor.isAtDocumentMarker { return try fetchDocumentMarker() }
    switch scalar {
    case "%" where mark.column == 1:
      throw source.error("不支持指令（“%YAML”“%TAG”）", at: mark, hint: "删掉这一行。")
    case "[", "{": try fetchFlowCollectionStart()
    case "]", "}": try fetchFlowCollectionEnd()
    case "," where flowLevel > 0: try fetchFlowEntry()
    case "-" where next.isYAMLBlankOrBreakOrEnd: try fetchBlockEntry()
    case "?"
    where next.isYAMLBlankOrBreakOrEnd || (flowLevel > 0 && next?.isYAMLFlowIndicator == true):
      throw source.error("不支持复杂键（“? ”）", at: mark, hint: "请写成“键: 值”。")
    case ":" where isValueIndicator(before: next): try fetchValue()
    case "&", "*":
      throw source.error(
        "不支持锚点和别名（“&”“*”）", at: mark,
        hint: "把要重复的内容直接写出来；如果这是文本的一部分，请给整个值加上引号。")
    case "!":
      throw source.error(
        "不支持标签（“!”）", at: mark, hint: "去掉标签；如果“!”是文本的一部分，请给整个值加上引号。")
    case "|", ">": try fetchBlockScalar()
    case "'", "\"": try fetchQuotedScalar()
    default:
      guard YAMLPlainScalar.canStart(with: scalar, next: next, inFlow: flowLevel > 0) else {
        throw cannotStart(scalar, at: mark)
      }
      try fetchPlainScalar()
    }
  }

  private func isValueIndicator(before next: Unicode.Scalar?) -> Bool {
    YAMLPlainScalar.endsPlainScalar(after: next, inFlow: flowLevel > 0)
      || (flowLevel > 0 && adjacentValueAllowed)
  }

  // MARK: Whitespace, comments and indentation

  /// Skips spaces, tabs, comments and line breaks; a line break in block context allows a key.
  private mutating func scanToNextToken() throws(Diagnostic) {
    while true {
      while let scalar = cursor.peek(), scalar.isYAMLBlank { cursor.advance() }
      if cursor.peek() == "#" {
        if let before = cursor.peek(-1), !before.isYAMLBlank, before != "\n" {
          throw source.error(
            "注释的“#”前面要有空格", at: cursor.position,
            hint: "如果“#”是文本的一部分，请给整个值加上引号。")
        }
        while let scalar = cursor.peek(), scalar != "\n" { cursor.advance() }
      }
      guard cursor.peek() == "\n" else { return }
      cursor.advance()
      if flowLevel == 0 { simpleKeyAllowed = true }
    }
  }

  /// The blanks before the cursor on its line.
  private struct LinePrefix {
    /// Whether only blanks stand before the cursor on its line.
    var startsLine: Bool
    /// The spaces at the start of the line, up to the first tab (when `startsLine`).
    var spaces: Int
    /// The first tab in the line's indentation (when `startsLine`).
    var firstTab: TextPosition?
    /// The last tab among the blanks right before the cursor.
    var lastTab: TextPosition?
  }

  private mutating func linePrefix() -> LinePrefix {
    let bytes = cursor.bytes
    let offset = cursor.offset
    var index = offset - 1
    var lastTab: TextPosition? = nil
    while index >= 0, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") {
      if lastTab == nil && bytes[index] == UInt8(ascii: "\t") {
        lastTab = markOnCursorLine(offset: index)
      }
      index -= 1
    }
    cursor.count(steps: offset - index)
    guard index < 0 || bytes[index] == UInt8(ascii: "\n") else {
      return LinePrefix(startsLine: false, spaces: 0, firstTab: nil, lastTab: lastTab)
    }
    var spaces = 0
    while index + 1 + spaces < offset, bytes[index + 1 + spaces] == UInt8(ascii: " ") {
      spaces += 1
    }
    cursor.count(steps: spaces)
    let firstTab = index + 1 + spaces < offset ? markOnCursorLine(offset: index + 1 + spaces) : nil
    return LinePrefix(startsLine: true, spaces: spaces, firstTab: firstTab, lastTab: lastTab)
  }

  /// The mark of `offset`, on the cursor's line before the cursor, with only blanks (one byte
  /// each) between them.
  private func markOnCursorLine(offset: Int) -> TextPosition {
    var mark = cursor.position
    mark.column -= mark.offset - offset
    mark.offset = offset
    return mark
  }

  /// A line's indentation must not use tabs, and inside a flow collection it must go deeper
  /// than the enclosing block collection.
  private func checkLinePrefix(_ prefix: LinePrefix, at mark: TextPosition) throws(Diagnostic) {
    guard prefix.startsLine, prefix.spaces <= indent else { return }
    if let tab = prefix.firstTab { throw source.tabIndentationError(at: tab) }
    if flowLevel > 0 {
      throw source.error(
        "括号里换行后缩进不够", at: mark, hint: "括号里换行后的内容（包括右括号）要比上一层的键多缩进。")
    }
  }

  private mutating func unrollIndent(to column: Int) {
    guard flowLevel == 0 else { return }
    while indent > column {
      append(.blockEnd, at: cursor.position)
      indent = indents.popLast() ?? -1
    }
  }

  /// Opens a block collection at `column` when it is deeper than the current one, inserting
  /// its start token at `number` (or appending it).
  private mutating func rollIndent(
    to column: Int, number: Int?, kind: YAMLToken.Kind, mark: TextPosition, tabBefore: TextPosition?
  ) throws(Diagnostic) {
    guard flowLevel == 0, indent < column else { return }
    if let tabBefore { throw source.tabIndentationError(at: tabBefore) }
    try checkDepth(at: mark)
    indents.append(indent)
    indent = column
    let token = YAMLToken(kind: kind, mark: mark)
    if let number {
      queue.insert(token, at: head + number - tokensTaken)
    } else {
      queue.append(token)
    }
  }

  private func checkDepth(at mark: TextPosition) throws(Diagnostic) {
    guard indents.count + flowLevel < ValueBuilder.maximumDepth else {
      throw source.error(
        "嵌套太深（超过 \(ValueBuilder.maximumDepth) 层）", at: mark, hint: "检查括号是否配对、缩进是否正确。")
    }
  }

  // MARK: Simple keys

  private mutating func saveSimpleKey() throws(Diagnostic) {
    guard simpleKeyAllowed else { return }
    try removeSimpleKey()
    simpleKeys[simpleKeys.count - 1] = SimpleKey(
      possible: true, required: flowLevel == 0 && indent == cursor.position.column - 1,
      tokenNumber: tokensTaken + queue.count - head, mark: cursor.position,
      scalarIndex: cursor.scalarsPassed,
      tabBefore: tabBeforeToken,
      mayContinueOnNextLine: flowOpenings.last.map { cursor.bytes[$0.offset] == UInt8(ascii: "{") }
        ?? false)
    possibleLevels.append(simpleKeys.count - 1)
  }

  private mutating func removeSimpleKey() throws(Diagnostic) {
    let key = simpleKeys[simpleKeys.count - 1]
    if key.possible && key.required { throw missingColon(keyAt: key.mark) }
    dropInnermostKey()
  }

  /// The innermost level's key is no longer possible.
  private mutating func dropInnermostKey() {
    let level = simpleKeys.count - 1
    guard simpleKeys[level].possible else { return }
    simpleKeys[level].possible = false
    if possibleLevels.count > firstPossible, possibleLevels.last == level {
      possibleLevels.removeLast()
    }
  }

  /// A key can no longer be one once it grows too long, or its line ends (outside `{…}`).
  private mutating func staleSimpleKeys() throws(Diagnostic) {
    while firstPossible < possibleLevels.count {
      cursor.count(steps: 1)
      let level = possibleLevels[firstPossible]
      let key = simpleKeys[level]
      guard cursor.scalarsPassed - key.scalarIndex > Self.maximumKeyLength else { break }
      if key.required { throw missingColon(keyAt: key.mark) }
      simpleKeys[level].possible = false
      firstPossible += 1
    }
    guard cursor.position.line != checkedLine else { return }
    checkedLine = cursor.position.line
    cursor.count(steps: possibleLevels.count - firstPossible)
    var kept: [Int] = []
    for level in possibleLevels[firstPossible...] {
      let key = simpleKeys[level]
      if key.mark.line < checkedLine && !key.mayContinueOnNextLine {
        if key.required { throw missingColon(keyAt: key.mark) }
        simpleKeys[level].possible = false
      } else {
        kept.append(level)
      }
    }
    possibleLevels = kept
    firstPossible = 0
  }

  /// Whether more than `maximumKeyLength` characters stand between `start` and the cursor,
  /// for a message. A character takes one to four bytes: only a span of 1025 to 4096 bytes is
  /// counted.
  private mutating func isTooLongForAKey(from start: TextPosition) -> Bool {
    let bytes = cursor.offset - start.offset
    guard bytes > Self.maximumKeyLength else { return false }
    guard bytes <= 4 * Self.maximumKeyLength else { return true }
    cursor.count(steps: bytes)
    let characters = cursor.bytes[start.offset..<cursor.offset].count { $0 & 0xC0 != 0x80 }
    return characters > Self.maximumKeyLength
  }

  // MARK: Tokens

  private mutating func append(_ kind: YAMLToken.Kind, at mark: TextPosition) {
    queue.append(YAMLToken(kind: kind, mark: mark))
    if case .scalar = kind {
      lastScalarStart = mark
    } else if kind != .blockEnd {
      lastScalarStart = nil
    }
    if kind != .streamStart { producedContent = true }
  }

  private mutating func fetchStreamEnd() throws(Diagnostic) {
    if let opening = flowOpenings.last {
      let isList = cursor.bytes[opening.offset] == UInt8(ascii: "[")
      throw source.error(
        "“\(isList ? "[" : "{")”没有闭合", at: opening, hint: "在末尾补上“\(isList ? "]" : "}")”。")
    }
    unrollIndent(to: -1)
    try removeSimpleKey()
    simpleKeyAllowed = false
    append(.streamEnd, at: cursor.position)
    streamEnded = true
  }

  private mutating func fetchDocumentMarker() throws(Diagnostic) {
    let mark = cursor.position
    let isStart = cursor.peek() == "-"
    if flowLevel > 0 {
      throw source.error(
        "括号里不能出现文档标记“\(isStart ? "---" : "...")”", at: mark, hint: "检查前面的括号是否漏了闭合。")
    }
    if isStart && producedContent {
      throw source.error(
        "不支持多个文档", at: mark, hint: "一个答案文件只能有一个文档：删掉这个“---”，或者把内容合并到前面。")
    }
    unrollIndent(to: -1)
    try removeSimpleKey()
    simpleKeyAllowed = false
    adjacentValueAllowed = false
    cursor.advance(scalars: 3)
    append(isStart ? .documentStart : .documentEnd, at: mark)
    if !isStart { documentEnded = true }
  }

  private mutating func fetchFlowCollectionStart() throws(Diagnostic) {
    let mark = cursor.position
    let isMapping = cursor.peek() == "{"
    try saveSimpleKey()
    try checkDepth(at: mark)
    flowOpenings.append(mark)
    simpleKeys.append(SimpleKey())
    simpleKeyAllowed = true
    adjacentValueAllowed = false
    cursor.advance()
    append(isMapping ? .flowMappingStart : .flowSequenceStart, at: mark)
  }

  private mutating func fetchFlowCollectionEnd() throws(Diagnostic) {
    let mark = cursor.position
    let isMapping = cursor.peek() == "}"
    guard flowLevel > 0 else {
      throw source.error(
        "多余的右括号“\(isMapping ? "}" : "]")”", at: mark, hint: "删掉它，或者检查前面的左括号。")
    }
    try removeSimpleKey()
    flowOpenings.removeLast()
    simpleKeys.removeLast()
    simpleKeyAllowed = false
    adjacentValueAllowed = true
    cursor.advance()
    append(isMapping ? .flowMappingEnd : .flowSequenceEnd, at: mark)
  }

  private mutating func fetchFlowEntry() throws(Diagnostic) {
    let mark = cursor.position
    try removeSimpleKey()
    simpleKeyAllowed = true
    adjacentValueAllowed = false
    cursor.advance()
    append(.flowEntry, at: mark)
  }

  private mutating func fetchBlockEntry() throws(Diagnostic) {
    let mark = cursor.position
    guard flowLevel == 0 else {
      throw source.error(
        "括号里不能用“- ”写列表项", at: mark, hint: "括号里的各项用逗号分隔，例如 [甲, 乙]；如果“-”是文本，请加上引号。")
    }
    guard simpleKeyAllowed else {
      throw source.error(
        "这里不能开始列表项“- ”", at: mark, hint: "列表项要另起一行：在键的下一行缩进后写“- 值”。")
    }
    try rollIndent(
      to: mark.column - 1, number: nil, kind: .blockSequenceStart, mark: mark,
      tabBefore: tabBeforeToken)
    try removeSimpleKey()
    simpleKeyAllowed = true
    adjacentValueAllowed = false
    cursor.advance()
    append(.blockEntry, at: mark)
  }

  private mutating func fetchValue() throws(Diagnostic) {
    let mark = cursor.position
    let key = simpleKeys[simpleKeys.count - 1]
    guard key.possible else { throw missingKey(colonAt: mark) }
    queue.insert(YAMLToken(kind: .key, mark: key.mark), at: head + key.tokenNumber - tokensTaken)
    try rollIndent(
      to: key.mark.column - 1, number: key.tokenNumber, kind: .blockMappingStart, mark: key.mark,
      tabBefore: key.tabBefore)
    dropInnermostKey()
    simpleKeyAllowed = false
    if flowLevel > 0 && !adjacentValueAllowed { separatedValueOffset = mark.offset + 1 }
    adjacentValueAllowed = false
    cursor.advance()
    append(.value, at: mark)
  }

  private mutating func fetchBlockScalar() throws(Diagnostic) {
    let mark = cursor.position
    guard flowLevel == 0 else {
      throw source.error(
        "括号里不能用块标量（“|”“>”）", at: mark, hint: "括号里的文本请加上引号。")
    }
    try removeSimpleKey()
    simpleKeyAllowed = true
    adjacentValueAllowed = false
    let text = try YAMLBlockScalar.scan(&cursor, blockIndent: indent, source: source)
    append(.scalar(text, plain: false), at: mark)
  }

  private mutating func fetchQuotedScalar() throws(Diagnostic) {
    let mark = cursor.position
    try saveSimpleKey()
    simpleKeyAllowed = false
    let text = try YAMLQuotedScalar.scan(&cursor, blockIndent: indent, source: source)
    adjacentValueAllowed = true
    append(.scalar(text, plain: false), at: mark)
  }

  private mutating func fetchPlainScalar() throws(Diagnostic) {
    let mark = cursor.position
    try saveSimpleKey()
    simpleKeyAllowed = false
    adjacentValueAllowed = false
    let (text, endedAfterBreak) = YAMLPlainScalar.scan(
      &cursor, blockIndent: indent, inFlow: flowLevel > 0)
    if endedAfterBreak && flowLevel == 0 { simpleKeyAllowed = true }
    append(.scalar(text, plain: true), at: mark)
  }

  // MARK: Errors

  private func cannotStart(_ scalar: Unicode.Scalar, at mark: TextPosition) -> Diagnostic {
    if flowLevel > 0 && (scalar == "-" || scalar == "?" || scalar == ":") {
      return source.error(
        "括号里的“\(scalar)”不能单独作为值", at: mark, hint: "如果“\(scalar)”是文本，请给它加上引号。")
    }
    return source.error(
      "值不能以“\(scalar)”开头", at: mark, hint: "如果这是文本，请给整个值加上引号。")
  }

  /// A scalar that had to be a key (it starts a line at its mapping's indentation) was not
  /// followed by `: ` on its line.
  private func missingColon(keyAt mark: TextPosition) -> Diagnostic {
    source.error("这一行缺少“: ”", at: mark, hint: source.colonHint(line: mark.line))
  }

  /// A `: ` with no key before it on its line.
  private mutating func missingKey(colonAt mark: TextPosition) -> Diagnostic {
    if linePrefix().startsLine {
      return source.error("冒号前面缺少键", at: mark, hint: "在冒号前写上键名。")
    }
    if let start = lastScalarStart, start.line < mark.line {
      // `统计：12` where a key belongs reads on into the next line's key: the colon that
      // was meant is on the scalar's first line, and that is where the error is.
      if source.startsKeyPosition(start), source.line(start.line)?.contains("：") == true {
        return missingColon(keyAt: start)
      }
      guard source.isFirstOnLine(start) else {
        return source.error(
          "这一行缩进得比上一行的键深，被当成了上一行的值的一部分", at: mark,
          hint: "同一层的键要对齐在同一列；如果这一行属于上一行的键，那个键的冒号后面就不能再写值。")
      }
      return source.error(
        "键不能跨行：上一行和这一行被连成了一个键", at: mark,
        hint: source.colonHint(line: start.line, fallback: "上一行缺少“: ”，或者这一行的缩进不对。"))
    }
    if let start = lastScalarStart, isTooLongForAKey(from: start) {
      return source.error(
        "键太长（超过 \(Self.maximumKeyLength) 个字符）", at: start, hint: "请缩短这个键。")
    }
    return source.error(
      "这里不能再写“键: 值”", at: mark, hint: "一行只能写一个“键: 值”；如果值里有“: ”，请给整个值加上引号。")
  }
}
