/// Turns the scanner's tokens into `NodeEvent`s, after libyaml's parser: a state machine
/// with an explicit stack of states, checking the grammar of block and flow collections.
/// It reads a single document (the scanner refuses a second one).
struct YAMLParser {
  private var scanner: YAMLScanner
  private var state = State.streamStart
  private var states: [State] = []
  /// The `-` of the block sequence item whose node comes next.
  private var entryMark: TextPosition?

  private enum State: Equatable {
    case streamStart
    case documentStart
    case documentContent
    case documentEnd
    case blockNode
    case blockNodeOrIndentlessSequence
    case flowNode
    case blockSequenceEntry
    case indentlessSequenceEntry
    case blockMappingKey
    case blockMappingValue
    case flowSequenceEntry(first: Bool)
    case flowSequenceEntryMappingKey
    case flowSequenceEntryMappingValue
    case flowSequenceEntryMappingEnd
    case flowMappingKey(first: Bool)
    case flowMappingValue
    case flowMappingEmptyValue
    case end
  }

  init(source: SourceText) {
    scanner = YAMLScanner(source: source)
  }

  private var source: SourceText { scanner.source }

  /// The steps the scanner's cursor took (`TextCursor.steps`).
  var steps: Int { scanner.steps }

  /// The next event, or nil once the document is over.
  mutating func next() throws(Diagnostic) -> NodeEvent? {
    while state != .end {
      if let event = try step() { return event }
    }
    return nil
  }

  /// Moves the state machine on by one step, which may or may not produce an event.
  private mutating func step() throws(Diagnostic) -> NodeEvent? {
    switch state {
    case .streamStart:
      _ = try scanner.next()
      state = .documentStart
    case .documentStart: try documentStart()
    case .documentContent:
      let token = try scanner.peek()
      guard token.kind != .documentEnd && token.kind != .streamEnd else {
        popState()
        return empty(at: token.mark)
      }
      state = .blockNode
    case .documentEnd:
      if try scanner.peek().kind == .documentEnd { _ = try scanner.next() }
      let token = try scanner.peek()
      guard token.kind == .streamEnd else {
        throw source.error(
          "最外层的内容之后还有多余的内容", at: token.mark,
          hint: "最外层只能是一组“键: 值”、一个列表或一个值；检查这一行的缩进。")
      }
      state = .end
    case .blockNode: return try node(block: true, indentlessSequence: false)
    case .blockNodeOrIndentlessSequence: return try node(block: true, indentlessSequence: true)
    case .flowNode: return try node(block: false, indentlessSequence: false)
    case .blockSequenceEntry: return try blockSequenceEntry()
    case .indentlessSequenceEntry: return try indentlessSequenceEntry()
    case .blockMappingKey: return try blockMappingKey()
    case .blockMappingValue: return try blockMappingValue()
    case .flowSequenceEntry(let first): return try flowSequenceEntry(first: first)
    case .flowSequenceEntryMappingKey:
      states.append(.flowSequenceEntryMappingValue)
      state = .flowNode
    case .flowSequenceEntryMappingValue:
      return try value(then: .flowSequenceEntryMappingEnd, ends: .flowSequenceEnd)
    case .flowSequenceEntryMappingEnd:
      state = .flowSequenceEntry(first: false)
      return .collectionEnd
    case .flowMappingKey(let first): return try flowMappingKey(first: first)
    case .flowMappingValue:
      return try value(then: .flowMappingKey(first: false), ends: .flowMappingEnd)
    case .flowMappingEmptyValue:
      state = .flowMappingKey(first: false)
      return empty(at: try scanner.peek().mark)
    case .end: break
    }
    return nil
  }

  private mutating func documentStart() throws(Diagnostic) {
    let token = try scanner.peek()
    switch token.kind {
    case .streamEnd: state = .end
    case .documentEnd: _ = try scanner.next()
    case .documentStart:
      _ = try scanner.next()
      states.append(.documentEnd)
      state = .documentContent
    default:
      states.append(.documentEnd)
      state = .blockNode
    }
  }

  /// A node where one is due; it must not be missing (callers handle empty nodes).
  private mutating func node(block: Bool, indentlessSequence: Bool) throws(Diagnostic) -> NodeEvent
  {
    let token = try scanner.peek()
    let entry = entryMark
    entryMark = nil
    switch token.kind {
    case .scalar(let text, let plain):
      _ = try scanner.next()
      popState()
      return .scalar(text, plain: plain, at: token.mark, entry: entry)
    case .flowSequenceStart:
      _ = try scanner.next()
      state = .flowSequenceEntry(first: true)
      return .sequenceStart(at: token.mark, entry: entry)
    case .flowMappingStart:
      _ = try scanner.next()
      state = .flowMappingKey(first: true)
      return .mappingStart(at: token.mark, entry: entry)
    case .blockSequenceStart where block:
      _ = try scanner.next()
      state = .blockSequenceEntry
      return .sequenceStart(at: token.mark, entry: entry)
    case .blockMappingStart where block:
      _ = try scanner.next()
      state = .blockMappingKey
      return .mappingStart(at: token.mark, entry: entry)
    case .blockEntry where indentlessSequence:
      state = .indentlessSequenceEntry
      return .sequenceStart(at: token.mark, entry: entry)
    case .flowEntry:
      throw source.error("多余的逗号“,”", at: token.mark, hint: "删掉这个逗号，或者在它前面补上值。")
    default:
      throw source.error("这里缺少值", at: token.mark, hint: "检查这一行的缩进和括号。")
    }
  }

  private mutating func blockSequenceEntry() throws(Diagnostic) -> NodeEvent? {
    let token = try scanner.next()
    switch token.kind {
    case .blockEntry:
      let after = try scanner.peek().kind
      if after == .blockEntry || after == .blockEnd {
        return empty(at: token.mark, entry: token.mark)
      }
      states.append(.blockSequenceEntry)
      entryMark = token.mark
      state = .blockNode
      return nil
    case .blockEnd:
      popState()
      return .collectionEnd
    default:
      throw source.error(
        "缩进不一致", at: token.mark, hint: "同一个列表的各项“- ”要对齐在同一列，不能再写别的内容。")
    }
  }

  private mutating func indentlessSequenceEntry() throws(Diagnostic) -> NodeEvent? {
    let token = try scanner.peek()
    guard token.kind == .blockEntry else {
      popState()
      return .collectionEnd
    }
    _ = try scanner.next()
    let after = try scanner.peek().kind
    if after == .blockEntry || after == .key || after == .value || after == .blockEnd {
      return empty(at: token.mark, entry: token.mark)
    }
    states.append(.indentlessSequenceEntry)
    entryMark = token.mark
    state = .blockNode
    return nil
  }

  private mutating func blockMappingKey() throws(Diagnostic) -> NodeEvent? {
    let token = try scanner.next()
    switch token.kind {
    case .key:
      states.append(.blockMappingValue)
      state = .blockNode
      return nil
    case .blockEnd:
      popState()
      return .collectionEnd
    case .blockEntry:
      throw source.error(
        "这里不能写列表项“- ”：这一层已经是“键: 值”", at: token.mark,
        hint: "列表要写在某个键的下一行并缩进；同一层不能既有“键: 值”又有“- ”。")
    case .scalar where !source.isFirstOnLine(token.mark):
      throw source.error(
        "值后面还有多余的内容", at: token.mark,
        hint: "一个值写完后，同一行不能再写别的；如果这些都是值的一部分，请把整个值放进引号里。")
    case .scalar:
      throw source.error(
        "这里应该是“键: 值”", at: token.mark, hint: source.colonHint(line: token.mark.line))
    default:
      throw source.error(
        "缩进不一致", at: token.mark, hint: "同一层的键要对齐在同一列；这一行比上面的键缩进得多。")
    }
  }

  private mutating func blockMappingValue() throws(Diagnostic) -> NodeEvent? {
    let token = try scanner.peek()
    guard token.kind == .value else {
      state = .blockMappingKey
      return empty(at: token.mark)
    }
    _ = try scanner.next()
    let after = try scanner.peek().kind
    if after == .key || after == .value || after == .blockEnd {
      state = .blockMappingKey
      return empty(at: token.mark)
    }
    states.append(.blockMappingKey)
    state = .blockNodeOrIndentlessSequence
    return nil
  }

  private mutating func flowSequenceEntry(first: Bool) throws(Diagnostic) -> NodeEvent? {
    var token = try scanner.peek()
    if token.kind != .flowSequenceEnd {
      if !first {
        guard token.kind == .flowEntry else {
          throw source.error(
            "列表里缺少逗号“,”或右括号“]”", at: token.mark, hint: "括号里的各项要用逗号隔开。")
        }
        _ = try scanner.next()
        token = try scanner.peek()
      }
      if token.kind == .key {
        _ = try scanner.next()
        state = .flowSequenceEntryMappingKey
        return .mappingStart(at: token.mark, entry: nil)
      }
      if token.kind != .flowSequenceEnd {
        states.append(.flowSequenceEntry(first: false))
        state = .flowNode
        return nil
      }
    }
    _ = try scanner.next()
    popState()
    return .collectionEnd
  }

  private mutating func flowMappingKey(first: Bool) throws(Diagnostic) -> NodeEvent? {
    var token = try scanner.peek()
    if token.kind != .flowMappingEnd {
      if !first {
        guard token.kind == .flowEntry else {
          throw source.error(
            "映射里缺少逗号“,”或右括号“}”", at: token.mark, hint: "括号里的各对“键: 值”要用逗号隔开。")
        }
        _ = try scanner.next()
        token = try scanner.peek()
      }
      if token.kind == .key {
        _ = try scanner.next()
        states.append(.flowMappingValue)
        state = .flowNode
        return nil
      }
      if token.kind != .flowMappingEnd {
        states.append(.flowMappingEmptyValue)
        state = .flowNode
        return nil
      }
    }
    _ = try scanner.next()
    popState()
    return .collectionEnd
  }

  /// The value after a key in a flow collection: after its `:`, or empty.
  private mutating func value(then next: State, ends: YAMLToken.Kind) throws(Diagnostic)
    -> NodeEvent?
  {
    let token = try scanner.peek()
    if token.kind == .value {
      _ = try scanner.next()
      let after = try scanner.peek().kind
      if after != .flowEntry && after != ends {
        states.append(next)
        state = .flowNode
        return nil
      }
    }
    state = next
    return empty(at: token.mark)
  }

  /// An empty node (null).
  private func empty(at mark: TextPosition, entry: TextPosition? = nil) -> NodeEvent {
    .scalar("", plain: true, at: mark, entry: entry)
  }

  private mutating func popState() {
    state = states.popLast() ?? .end
  }
}
