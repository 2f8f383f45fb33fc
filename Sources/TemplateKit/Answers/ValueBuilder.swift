/// A document's root value, and where each of its parts was written.
struct ReadValue {
  /// The root; nil when the text holds no document at all.
  var root: Value?
  /// Where each value (and its key, or its `-`) was written, by path; the root's path is "".
  var locations: [String: ValueLocation]
  /// The work of reading, for tests to bound by the text's size: the keys compared while
  /// looking for duplicates (at most `Mapping.scanLimit` a key, one once a mapping keeps a
  /// table), and the steps of the reader's cursor (`TextCursor.steps`).
  var keyComparisons = 0
  var steps = 0
}

/// Puts `NodeEvent`s together into a `Value`, recording each node's location by path and
/// refusing duplicate keys and keys that are not text. It keeps its own stack of open
/// collections, so depth costs memory, not call stack. A key is looked for once, in the
/// mapping being built, so reading costs the same per key however many there are.
struct ValueBuilder {
  /// The deepest nesting of collections the readers accept.
  static let maximumDepth = 1000
  /// The most values (scalars and collections) one file may hold. Real answers hold a few
  /// hundred; each value read costs memory beyond its text (its place is recorded), so five
  /// million `1,` in a 10 MB file took 930 MB. Two million leaves room for a list of a million.
  static let maximumValues = 2_000_000
  private var values = 0
  /// The most bytes the paths of all values recorded may take (a value's place is recorded by
  /// its path, which grows with its depth). A list of two million items takes a fifth of it;
  /// 200,000 items 999 brackets deep took 1.5 GB and 23 s, and ten times as many would have
  /// taken 15 GB.
  static let maximumPathBytes = 50_000_000
  private var pathBytes = 0

  private let source: SourceText
  private var root: Value?
  private var locations: [String: ValueLocation] = [:]
  private var keyComparisons = 0
  private var stack: [Frame] = []

  /// An open sequence or mapping.
  private struct Frame {
    var path: String
    var isMapping: Bool
    var items: [Value] = []
    var mapping = Mapping()
    /// The key whose value comes next, in a mapping.
    var key: MappingKey?
    var keyMark = TextPosition.start
  }

  init(source: SourceText) {
    self.source = source
  }

  /// The value built, once all events are added.
  var result: ReadValue {
    ReadValue(root: root, locations: locations, keyComparisons: keyComparisons)
  }

  mutating func add(_ event: NodeEvent) throws(Diagnostic) {
    let expectsKey = stack.last.map { $0.isMapping && $0.key == nil } ?? false
    switch event {
    case .scalar(let text, let plain, let mark, let entry):
      if expectsKey { return try addKey(text, plain: plain, at: mark) }
      try count(at: mark)
      guard let value = plain ? YAMLScalars.value(ofPlain: text) : .string(text) else {
        throw source.error(
          "数字“\(text)”超出范围", at: mark,
          hint: "整数只能在 -9223372036854775808 到 9223372036854775807 之间；如果这是编号之类的文本，请加上引号。")
      }
      try record(at: mark, entry: entry)
      finish(value)
    case .sequenceStart(let mark, let entry), .mappingStart(let mark, let entry):
      if expectsKey {
        throw source.error("不支持用列表或映射作键", at: mark, hint: "键只能是文本，请写成“键: 值”。")
      }
      // The scanners stop deeper nesting early; this makes the limit exact for every form
      // (a block sequence at its key's indentation adds a level they do not count).
      guard stack.count < Self.maximumDepth else {
        throw source.error(
          "嵌套太深（超过 \(Self.maximumDepth) 层）", at: mark, hint: "检查括号是否配对、缩进是否正确。")
      }
      try count(at: mark)
      let isMapping = if case .mappingStart = event { true } else { false }
      stack.append(Frame(path: try record(at: mark, entry: entry), isMapping: isMapping))
    case .collectionEnd:
      guard let frame = stack.popLast() else { return }
      finish(frame.isMapping ? .map(frame.mapping) : .list(frame.items))
    }
  }

  /// Counts one more value, refusing the one past `maximumValues`.
  private mutating func count(at mark: TextPosition) throws(Diagnostic) {
    values += 1
    guard values > Self.maximumValues else { return }
    throw source.error(
      "答案中的值太多（超过 \(Self.maximumValues) 个）", at: mark,
      hint: "答案文件通常只有几百个值，检查是否选错了文件，或把很长的列表拆短。")
  }

  private mutating func addKey(_ text: String, plain: Bool, at mark: TextPosition)
    throws(Diagnostic)
  {
    guard let key = plain ? YAMLScalars.key(plain: text) : text else {
      throw source.error(
        text.isEmpty
          ? "键不能为空" : "键“\(text)”会被读成\(YAMLScalars.value(ofPlain: text)?.typeName ?? "数字")，不是文本",
        at: mark, hint: text.isEmpty ? "在冒号前写上键名。" : "请给键加上引号，写成 \"\(text)\"。")
    }
    if key.unicodeScalars.first == "\u{3000}" {
      throw source.error(
        "键“\(key)”以全角空格“　”开头", at: mark, hint: "删掉键前面的全角空格；缩进只能用半角空格。")
    }
    let top = stack.count - 1
    let hashed = MappingKey(key)
    if stack[top].mapping.index(of: hashed, comparisons: &keyComparisons) != nil {
      let first = locations[ValuePath.appending(key: key, to: stack[top].path)]?.key.line ?? 0
      throw source.error(
        "重复的键“\(key)”", at: mark, hint: "同一层级的键只能出现一次，第 \(first) 行已经写过“\(key)”。")
    }
    stack[top].key = hashed
    stack[top].keyMark = mark
  }

  /// Records where the node starting at `mark` stands, and returns its path.
  @discardableResult
  private mutating func record(at mark: TextPosition, entry: TextPosition?) throws(Diagnostic)
    -> String
  {
    var path = ""
    var keyMark = entry ?? mark
    if let parent = stack.last {
      if let key = parent.key {
        path = ValuePath.appending(key: key.text, to: parent.path)
        keyMark = parent.keyMark
      } else {
        path = ValuePath.appending(index: parent.items.count, to: parent.path)
      }
    }
    pathBytes += path.utf8.count
    guard pathBytes <= Self.maximumPathBytes else {
      throw source.error(
        "答案中嵌套很深的值太多（各值的路径合计超过 \(Self.maximumPathBytes / 1_000_000) MB）", at: mark,
        hint: "答案文件通常只有几百个值、几层嵌套：检查是否选错了文件，或减少嵌套、把很长的列表拆短。")
    }
    locations[path] = ValueLocation(value: mark, key: keyMark)
    return path
  }

  /// Puts a finished value into its parent, or makes it the root.
  private mutating func finish(_ value: Value) {
    let top = stack.count - 1
    guard top >= 0 else {
      root = value
      return
    }
    if let key = stack[top].key {
      stack[top].mapping.append(key, value)
      stack[top].key = nil
    } else {
      stack[top].items.append(value)
    }
  }
}
