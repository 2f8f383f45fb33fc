/// A small XML 1.0 reader for the parts of Office packages, as a stream of events: start
/// tags (names resolved against the `xmlns` declarations in scope), end tags and text
/// (line ends normalized, the five entities, numeric character references and CDATA
/// decoded, adjacent pieces joined).
///
/// Comments, processing instructions and the XML declaration are skipped. A DOCTYPE is
/// refused, so there is no entity expansion at all: no “billion laughs”, no external
/// entities. What is not well-formed is refused at its line and column: bytes that are not
/// UTF-8, characters XML forbids, unclosed or mismatched tags, undeclared prefixes,
/// repeated attributes, text outside the root element. Documents are limited in size and in
/// depth (`Limits`).
struct XMLReader {
  /// How large and how deep a document may be. Word nests a table in a table in a text box
  /// some tens of elements deep; a sheet part is some tens of MB.
  struct Limits: Sendable {
    var maximumDepth = 256
    var maximumBytes = 200_000_000

    init() {}
  }

  /// What the document holds, in order.
  enum Event: Equatable {
    /// A start tag, and the byte offset of its `<`. An empty-element tag (`<a/>`) is a start
    /// followed by an end.
    case start(XMLName, [XMLAttribute], offset: Int)
    case end(XMLName)
    /// Character data between tags, never empty.
    case text(String)
  }

  /// The file as named in messages.
  let file: String
  /// The document as UTF-8 (converted from UTF-16 when it came so).
  let text: [UInt8]
  let limits: Limits
  var position = 0
  /// The open elements, innermost last: name, where its name's bytes are, where it starts.
  var open: [(name: XMLName, nameStart: Int, nameEnd: Int, offset: Int)] = []
  /// Namespace bindings in scope: for each prefix ("" for the default namespace), its URIs
  /// from outermost to innermost; and the prefixes each open element declared.
  var namespaces: [String: [String]] = ["xml": ["http://www.w3.org/XML/1998/namespace"]]
  var declared: [[String]] = []
  /// Names already resolved while the bindings stay the same (a document declares its
  /// namespaces once and repeats a few dozen names): by a hash of the bytes as written and
  /// whether it names an element, with where those bytes were, to compare.
  var resolved: [UInt64: (start: Int, end: Int, name: XMLName)] = [:]
  /// The end event owed to an empty-element tag.
  var pendingEnd: XMLName?
  var sawRoot = false

  /// A reader of the document in `bytes`; refuses a document past the size limit, in an
  /// encoding it does not read (`utf8Text(of:file:)`), or not valid in its encoding.
  init(_ bytes: [UInt8], file: String, limits: Limits = Limits()) throws(Diagnostic) {
    self.file = file
    self.limits = limits
    guard bytes.count <= limits.maximumBytes else {
      throw Diagnostic.error(
        "“\(file)”有 \(ByteCount.size(bytes.count))，超过了 \(ByteCount.phrase(limits.maximumBytes))的上限",
        hint: "Word/Excel 文件里的一个部分不应有这么大；请确认选对了文件，或删去多余内容后另存。")
    }
    text = try Self.utf8Text(of: bytes, file: file)
    if let bad = UTF8Validation.firstInvalidOffset(text) {
      throw error("文件不是有效的 UTF-8 编码", at: bad, hint: "Word 和 Excel 写的 XML 都是 UTF-8；文件可能已损坏。")
    }
  }

  /// The next event, or nil after the root element has closed and only comments, processing
  /// instructions and blanks follow it.
  mutating func next() throws(Diagnostic) -> Event? {
    if let name = pendingEnd {
      pendingEnd = nil
      return try close(name)
    }
    while position < text.count {
      if text[position] != UInt8(ascii: "<") {
        let start = position
        let content = try characterData()
        guard open.isEmpty else { return .text(content) }
        guard content.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" }) else {
          throw error("根元素之外不能有文字", at: start, hint: "XML 的文字都应在一个根元素之内；文件可能已损坏。")
        }
        continue
      }
      let second = position + 1 < text.count ? text[position + 1] : 0
      if second != UInt8(ascii: "!") && second != UInt8(ascii: "?") && second != UInt8(ascii: "/") {
        return try startTag()
      } else if starts("<!--") {
        try skip(past: "-->", opening: "<!--", what: "注释")
      } else if second == UInt8(ascii: "?") {
        try skip(past: "?>", opening: "<?", what: "处理指令")
      } else if starts("<![CDATA[") {
        guard !open.isEmpty else { throw error("根元素之外不能有 CDATA", at: position) }
        return .text(try characterData())
      } else if starts("<!DOCTYPE") || starts("<!doctype") {
        throw error(
          "不支持文档类型声明（DOCTYPE）", at: position,
          hint: "Word 和 Excel 写的 XML 没有 DOCTYPE；为防“实体炸弹”和外部实体，draft 不读带 DOCTYPE 的文件。")
      } else if starts("<!") {
        throw error("无法识别的标记“<!”", at: position, hint: "这里应是注释“<!--”或“<![CDATA[”。")
      } else {
        return try endTag()
      }
    }
    guard let innermost = open.last else {
      guard sawRoot else { throw error("文件里没有 XML 元素", at: position) }
      return nil
    }
    let (line, column) = Self.location(ofOffset: innermost.offset, in: text, file: file)
      .lineAndColumn
    throw error(
      "文件在元素“\(innermost.name)”（第 \(line) 行第 \(column) 列开始）结束之前就结束了", at: position,
      hint: "文件可能不完整；请用 Word、Excel 或 WPS 打开它，另存一份后再试。")
  }

  /// Whether the text at `position` starts with `marker` (ASCII).
  func starts(_ marker: StaticString) -> Bool {
    let count = marker.utf8CodeUnitCount
    guard position + count <= text.count else { return false }
    return marker.withUTF8Buffer { marker in
      for index in 0..<count where text[position + index] != marker[index] { return false }
      return true
    }
  }

  /// Moves past the next `terminator`, or refuses a construct that never ends.
  mutating func skip(past terminator: StaticString, opening: String, what: String)
    throws(Diagnostic)
  {
    let start = position
    position += 2
    while position < text.count {
      if starts(terminator) {
        position += terminator.utf8CodeUnitCount
        return
      }
      position += 1
    }
    throw error("\(what)“\(opening)”没有结束", at: start, hint: "文件可能不完整或已损坏。")
  }

  /// A start tag or an empty-element tag, at `<`.
  mutating func startTag() throws(Diagnostic) -> Event {
    let offset = position
    guard open.count < limits.maximumDepth else {
      throw error(
        "元素嵌套太深（超过 \(limits.maximumDepth) 层）", at: offset,
        hint: "Word 和 Excel 的文件不会嵌套这么深；文件可能已损坏或是恶意构造的。")
    }
    guard !(open.isEmpty && sawRoot) else {
      throw error("根元素之后又有一个元素", at: offset, hint: "XML 只能有一个根元素；文件可能已损坏。")
    }
    position += 1
    let (nameStart, nameEnd) = try nameRange()
    var rawAttributes: [(name: (Int, Int), value: String, offset: Int)] = []
    var prefixes: [String] = []
    var seen: Set<ArraySlice<UInt8>>? = nil
    while true {
      let hadSpace = skipSpace()
      guard position < text.count else { throw error("标签没有结束（缺少“>”）", at: offset) }
      let byte = text[position]
      if byte == UInt8(ascii: ">") || (byte == UInt8(ascii: "/") && starts("/>")) {
        position += byte == UInt8(ascii: ">") ? 1 : 2
        let name = try resolvedName(nameStart, nameEnd, isElement: true)
        let attributes = try resolveAttributes(rawAttributes)
        declared.append(prefixes)
        open.append((name, nameStart, nameEnd, offset))
        sawRoot = true
        if byte == UInt8(ascii: "/") { pendingEnd = name }
        return .start(name, attributes, offset: offset)
      }
      guard hadSpace else { throw error("属性前面缺少空格", at: position) }
      let attributeOffset = position
      let attributeName = try nameRange()
      skipSpace()
      guard position < text.count, text[position] == UInt8(ascii: "=") else {
        throw error("属性“\(string(attributeName.0, attributeName.1))”后面缺少“=”", at: position)
      }
      position += 1
      skipSpace()
      let value = try attributeValue()
      // Repeats: compared one by one while there are few, through a set past that.
      let written = text[attributeName.0..<attributeName.1]
      let repeated =
        seen?.insert(written).inserted == false
        || (seen == nil && rawAttributes.contains { text[$0.name.0..<$0.name.1] == written })
      if repeated {
        throw error("属性“\(string(attributeName.0, attributeName.1))”重复了", at: attributeOffset)
      }
      rawAttributes.append((attributeName, value, attributeOffset))
      if seen == nil && rawAttributes.count >= 8 {
        seen = Set(rawAttributes.map { text[$0.name.0..<$0.name.1] })
      }
      if isDeclaration(attributeName.0, attributeName.1) {
        let prefix =
          attributeName.1 - attributeName.0 == 5 ? "" : string(attributeName.0 + 6, attributeName.1)
        bind(prefix, to: value, declaring: &prefixes)
      }
    }
  }

  /// An end tag, at `</`; it must close the innermost open element.
  mutating func endTag() throws(Diagnostic) -> Event {
    let offset = position
    position += 2
    let (nameStart, nameEnd) = try nameRange()
    skipSpace()
    guard position < text.count, text[position] == UInt8(ascii: ">") else {
      throw error("结束标签没有结束（缺少“>”）", at: offset)
    }
    position += 1
    guard let innermost = open.last else {
      throw error("结束标签“</\(string(nameStart, nameEnd))>”前面没有对应的开始标签", at: offset)
    }
    guard text[nameStart..<nameEnd] == text[innermost.nameStart..<innermost.nameEnd] else {
      throw error(
        "结束标签“</\(string(nameStart, nameEnd))>”与开始标签“<\(innermost.name)>”不配对", at: offset,
        hint: "文件可能已损坏；请用 Word、Excel 或 WPS 打开它，另存一份后再试。")
    }
    return try close(innermost.name)
  }

  /// Closes the innermost element: its namespace declarations go out of scope.
  mutating func close(_ name: XMLName) throws(Diagnostic) -> Event {
    open.removeLast()
    let prefixes = declared.removeLast()
    for prefix in prefixes { namespaces[prefix]?.removeLast() }
    if !prefixes.isEmpty { forgetResolvedNames() }
    return .end(name)
  }

  mutating func bind(_ prefix: String, to uri: String, declaring prefixes: inout [String]) {
    namespaces[prefix, default: []].append(uri)
    prefixes.append(prefix)
    forgetResolvedNames()
  }

  mutating func forgetResolvedNames() {
    if !resolved.isEmpty { resolved.removeAll() }
  }

  /// `resolve`, remembered.
  mutating func resolvedName(_ start: Int, _ end: Int, isElement: Bool) throws(Diagnostic)
    -> XMLName
  {
    // FNV-1a over the bytes, then the kind of name.
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in text[start..<end] { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
    hash = (hash ^ (isElement ? 1 : 2)) &* 0x100_0000_01B3
    if let known = resolved[hash], text[known.start..<known.end] == text[start..<end] {
      return known.name
    }
    let name = try resolve(start, end, isElement: isElement)
    if resolved[hash] == nil { resolved[hash] = (start, end, name) }
    return name
  }

  /// `prefix:local` resolved: an element's unprefixed name takes the default namespace, an
  /// attribute's takes none.
  func resolve(_ start: Int, _ end: Int, isElement: Bool) throws(Diagnostic) -> XMLName {
    guard let colon = text[start..<end].firstIndex(of: UInt8(ascii: ":")) else {
      let namespace = isElement ? namespaces[""]?.last ?? "" : ""
      return XMLName(local: string(start, end), namespace: namespace)
    }
    // A qualified name is prefix:local, each part non-empty and without a colon of its own.
    guard colon > start, colon + 1 < end,
      !text[(colon + 1)..<end].contains(UInt8(ascii: ":"))
    else {
      throw error(
        "名称“\(string(start, end))”不合规：冒号两边都要有名字，且只能有一个冒号", at: start,
        hint: "文件可能已损坏，或不是 Word/Excel 写的。")
    }
    let prefix = string(start, colon)
    guard let namespace = namespaces[prefix]?.last, !namespace.isEmpty else {
      throw error(
        "前缀“\(prefix)”没有声明（缺少 xmlns:\(prefix)）", at: start,
        hint: "文件可能已损坏，或不是 Word/Excel 写的。")
    }
    return XMLName(prefix: prefix, local: string(colon + 1, end), namespace: namespace)
  }

  mutating func resolveAttributes(_ raw: [(name: (Int, Int), value: String, offset: Int)])
    throws(Diagnostic) -> [XMLAttribute]
  {
    var attributes: [XMLAttribute] = []
    attributes.reserveCapacity(raw.count)
    for (name, value, _) in raw {
      if isDeclaration(name.0, name.1) { continue }
      let resolved = try resolvedName(name.0, name.1, isElement: false)
      attributes.append(XMLAttribute(name: resolved, value: value))
    }
    return attributes
  }

  /// Whether the attribute name at `start..<end` is `xmlns` or `xmlns:…`.
  func isDeclaration(_ start: Int, _ end: Int) -> Bool {
    text[start] == UInt8(ascii: "x") && end - start >= 5
      && text[start..<(start + 5)].elementsEqual("xmlns".utf8)
      && (end - start == 5 || text[start + 5] == UInt8(ascii: ":"))
  }

  /// Moves past blanks; whether there were any.
  @discardableResult
  mutating func skipSpace() -> Bool {
    let start = position
    while position < text.count,
      [0x20, 0x09, 0x0A, 0x0D].contains(text[position])
    {
      position += 1
    }
    return position > start
  }

  /// The bytes of a name at `position`: up to a blank, `=`, `>`, `/`, a quote or `<`.
  mutating func nameRange() throws(Diagnostic) -> (Int, Int) {
    let start = position
    while position < text.count {
      let byte = text[position]
      if byte >= 0x80 || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "_")
        || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
        || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
      {
        position += 1
      } else {
        break
      }
    }
    guard position > start, !(text[start] >= UInt8(ascii: "0") && text[start] <= UInt8(ascii: "9")),
      text[start] != UInt8(ascii: "-"), text[start] != UInt8(ascii: ".")
    else {
      throw error("这里应是元素名或属性名", at: start, hint: "XML 的名称以字母或“_”开头；文字中的 < 要写成 &lt;。")
    }
    return (start, position)
  }

  func string(_ start: Int, _ end: Int) -> String {
    String(decoding: text[start..<end], as: UTF8.self)
  }
}
