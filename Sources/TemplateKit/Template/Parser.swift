/// Reads a template's chunks into a tree of nodes, checking that every tag is known, every
/// block is closed, and every filter exists, so errors surface when templates load, not when
/// a report is half written.
struct Parser {
  /// Gives the source of an included template by name; throws when there is none.
  typealias IncludeResolver = (String) throws -> TemplateSource

  /// How deep tags may nest (100 nested `if`s are fine, the 101st is refused), and how deep
  /// fragments may include fragments (16 nested includes).
  static let maximumNesting = 100
  static let maximumIncludeDepth = 16
  /// How much source a template may hold once every include is read in its place (a million
  /// bytes: a real report's templates hold a few tens of thousands): fragments that include the
  /// next one ten times, seven deep, would be ten million copies.
  static let maximumExpandedBytes = 1_000_000

  private var chunks: [Chunk]
  private var index = 0
  var source: TemplateSource
  let scope: ParseScope
  private let resolveInclude: IncludeResolver
  /// Names of the templates being read, outermost first, to catch includes that loop.
  private var includeStack: [String]
  private var nesting = 0
  /// Every file read so far: the template and the fragments it includes.
  private(set) var sources: [String: SourceText] = [:]
  /// Bytes of source read so far, every include counted where it stands.
  private var expandedBytes = 0
  var layout: TextLayout.Mode = .paragraphs
  /// Where the parser is with respect to points: a `{% point %}` may start only directly in
  /// a points block (or in loops and conditions there), and text there must be in a point.
  var pointsContext = PointsContext.none

  enum PointsContext { case none, points, point }

  /// How many phrase layouts enclose the current point: `{% phrase %}` belongs in one.
  var phraseLayouts = 0

  init(source: TemplateSource, scope: ParseScope, resolveInclude: @escaping IncludeResolver)
    throws
  {
    self.chunks = try Lexer.chunks(of: source)
    self.source = source
    self.scope = scope
    self.resolveInclude = resolveInclude
    self.includeStack = [source.name]
    self.sources = [source.name: source.file]
    self.expandedBytes = source.bytes.count
  }

  /// The whole template.
  mutating func parse() throws -> [Node] {
    try block(until: []).nodes
  }

  /// A tag's name, its arguments' tokens, and where it stands.
  struct Tag {
    var name: String
    var arguments: ExpressionParser
    var position: TextPosition
    /// The arguments as written (`下一步.样式 == "要点"` for `{% if 下一步.样式 == "要点" %}`),
    /// for messages.
    var text = ""
  }

  /// Nodes up to one of the tags in `terminators` (returned, not consumed into the nodes), or
  /// to the end of the template (nil).
  mutating func block(until terminators: Set<String>) throws -> (nodes: [Node], end: Tag?) {
    nesting += 1
    defer { nesting -= 1 }
    var nodes: [Node] = []
    while index < chunks.count {
      let chunk = chunks[index]
      index += 1
      switch chunk.kind {
      case .text:
        let startsLine = chunk.start == source.origin
        let laidOut = TextLayout.nodes(chunk.bytes, startsLine: startsLine, mode: layout)
        if pointsContext == .points {
          if laidOut.contains(where: { if case .text = $0 { true } else { false } }) {
            throw outsidePoint(at: chunk.start)
          }
          continue
        }
        nodes += laidOut
      case .output where pointsContext == .points, .clauseOpen where pointsContext == .points:
        throw outsidePoint(at: chunk.start)
      case .output:
        var parser = try expressionParser(for: chunk)
        let location = source.location(parser.current.position)
        let expression = try parser.expression()
        try parser.expectEnd(context: "“{{ }}”")
        nodes.append(.output(Output(expression, at: location)))
      case .clauseOpen:
        try checkNesting(at: chunk.start)
        nodes.append(try clause(openedAt: chunk.start))
      case .clauseClose:
        guard terminators.contains("?}") else {
          throw source.error(
            "“?}”之前还有没有关闭的标签", at: chunk.start,
            hint: "“{? … ?}”中开始的标签（如 if、for）要在“?}”之前关闭。")
        }
        return (
          Self.countingInMeasureWords(nodes),
          Tag(name: "?}", arguments: try expressionParser(for: chunk), position: chunk.start)
        )
      case .tag:
        let tag = try self.tag(chunk)
        if terminators.contains(tag.name) { return (Self.countingInMeasureWords(nodes), tag) }
        try checkNesting(at: tag.position)
        if tag.name == "point" {
          // The rest of this block is points, each running to the next or to the block's end.
          let (points, end) = try points(from: tag, until: terminators)
          return (Self.countingInMeasureWords(nodes) + points, end)
        }
        nodes += try statement(tag)
      }
    }
    return (Self.countingInMeasureWords(nodes), nil)
  }

  /// `{{ 数 | cn }}项`: a Chinese number right before a measure word is said as a quantity
  /// (两项, not 二项), unless 第 stands before it (第二次).
  static func countingInMeasureWords(_ nodes: [Node]) -> [Node] {
    var nodes = nodes
    for index in nodes.indices {
      guard case .output(let output) = nodes[index],
        case .filter(let input, let call) = output.expression, call.filter.name == "cn",
        index + 1 < nodes.count, case .text(let next) = nodes[index + 1],
        let first = next.string.first, ChineseNumerals.measureWords.contains(first)
      else { continue }
      if index > 0, case .text(let before) = nodes[index - 1], before.string.hasSuffix("第") {
        continue
      }
      let quantity = FilterCall(
        filter: NumberFilters.cnQuantity, arguments: call.arguments, location: call.location)
      nodes[index] = .output(Output(.filter(input, quantity), at: output.location))
    }
    return nodes
  }

  private mutating func checkNesting(at position: TextPosition) throws {
    guard nesting <= Self.maximumNesting else {
      throw source.error(
        "标签嵌套超过 \(Self.maximumNesting) 层", at: position, hint: "请把模板拆成几个片段。")
    }
  }

  private func expressionParser(for chunk: Chunk) throws -> ExpressionParser {
    ExpressionParser(
      try ExpressionScanner.tokens(of: chunk, in: source), source: source, scope: scope)
  }

  func tag(_ chunk: Chunk) throws -> Tag {
    var parser = try expressionParser(for: chunk)
    guard case .name(let name) = parser.current.kind else {
      throw source.error(
        "“{% %}”中应先写标签名", at: chunk.contentStart,
        hint: "例如 {% if 条件 %}、{% for 项 in 列表 %}；要输出值请用 {{ }}。")
    }
    let position = parser.current.position
    parser.advance()
    let content = String(decoding: chunk.bytes, as: UTF8.self).trimmingWhitespace
    let text = content.hasPrefix(name) ? String(content.dropFirst(name.count)) : content
    return Tag(name: name, arguments: parser, position: position, text: text.trimmingWhitespace)
  }

  /// The statement a tag opens.
  private mutating func statement(_ tag: Tag) throws -> [Node] {
    var arguments = tag.arguments
    switch tag.name {
    case "if": return [try conditional(tag)]
    case "for": return [try loop(tag)]
    case "set":
      let name = try arguments.name(context: "set ")
      try arguments.expect("=", context: "set ")
      let value = try arguments.expression()
      try arguments.expectEnd(context: "set 标签")
      let declared: String?
      if case .field(let access) = value { declared = access.declared } else { declared = nil }
      return [.assign(slot: scope.declare(name, declared: declared), value)]
    case "include": return try include(tag)
    case "points": return [try points(tag)]
    case "series": return [try series(tag)]
    case "section": return [try section(tag)]
    case "title":
      try arguments.expectEnd(context: "title 标签")
      return [.title(try body(of: tag, until: "endtitle"))]
    case "addressee":
      try arguments.expectEnd(context: "addressee 标签")
      return [.addressee(try body(of: tag, until: "endaddressee"))]
    case "signature":
      try arguments.expectEnd(context: "signature 标签")
      let saved = layout
      layout = .lines
      defer { layout = saved }
      return [.signature(try body(of: tag, until: "endsignature"))]
    case "bank":
      try bank(tag)
      return []
    case "phrases": return [try phrases(tag)]
    case "phrase":
      guard phraseLayouts > 0 else {
        throw source.error(
          "“{% phrase %}”要写在“{% phrases %}”之内", at: tag.position,
          hint: "它代表正在排列的那一条措辞。")
      }
      try arguments.expectEnd(context: "phrase 标签")
      return [.phrase(source.location(tag.position))]
    case "sections":
      let plain = arguments.take("plain")
      try arguments.expectEnd(context: "sections 标签")
      return [.sections(withHeadings: !plain, location: source.location(tag.position))]
    case "elif", "else", "endif", "endfor", "endpoints", "endsection", "endtitle", "item",
      "endbank", "endphrases",
      "endaddressee", "endsignature", "endseries":
      throw source.error(
        "“{% \(tag.name) %}”不在与它配对的标签之内", at: tag.position,
        hint: "检查前面的开始标签是否写对、是否已被提前关闭。")
    default:
      throw source.error(
        "不认识的标签“\(tag.name)”", at: tag.position,
        hint: EditDistance.didYouMean(tag.name, among: Self.tagNames)
          ?? "可用的标签：" + Self.tagNames.joined(separator: "、"))
    }
  }

  private static let tagNames = [
    "if", "elif", "else", "endif", "for", "endfor", "set", "include", "points", "point",
    "endpoints", "section", "endsection", "title", "endtitle", "addressee", "endaddressee",
    "signature", "endsignature", "sections", "bank", "item", "endbank", "phrases", "phrase",
    "endphrases", "series", "endseries",
  ]

  /// The nodes up to the closing tag `end`, which must come.
  mutating func body(of tag: Tag, until end: String) throws -> [Node] {
    let (nodes, terminator) = try block(until: [end])
    guard let terminator else { throw unclosed(tag, expecting: end) }
    try terminator.arguments.expectEnd(context: "\(end) 标签")
    return nodes
  }

  func unclosed(_ tag: Tag, expecting end: String) -> Diagnostic {
    source.error(
      "“{% \(tag.name) %}”没有对应的“{% \(end) %}”", at: tag.position,
      hint: "在这一块内容的末尾补上 {% \(end) %}。")
  }

  private func outsidePoint(at position: TextPosition) -> Diagnostic {
    source.error(
      "“{% points %}”中的文字要写在某个“{% point %}”之后", at: position,
      hint: "把这段文字移到 {% points %} 之前，或放进一个 {% point %}。")
  }

  /// `{% include "fragments/名称" %}`: the fragment is read here and now, in the scope of the
  /// include, so it sees the loop variables around it.
  private mutating func include(_ tag: Tag) throws -> [Node] {
    var arguments = tag.arguments
    guard case .string(let name) = arguments.current.kind else {
      throw source.error(
        "include 后应是用引号括起的片段名", at: arguments.current.position,
        hint: "例如 {% include \"fragments/三会一课\" %}。")
    }
    arguments.advance()
    try arguments.expectEnd(context: "include 标签")
    let included: TemplateSource
    do {
      included = try resolveInclude(name)
    } catch let error as Diagnostic {
      throw source.error(error.message, at: tag.position, hint: error.hint)
    }
    let chain = "包含关系：" + (includeStack + [included.name]).joined(separator: " → ")
    if includeStack.contains(included.name) {
      throw source.error("片段“\(name)”包含了自己", at: tag.position, hint: chain)
    }
    if includeStack.count > Self.maximumIncludeDepth {
      throw source.error(
        "片段套得太深（超过 \(Self.maximumIncludeDepth) 层）", at: tag.position,
        hint: chain + "。请减少片段的层层包含。")
    }
    expandedBytes += included.bytes.count
    guard expandedBytes <= Self.maximumExpandedBytes else {
      throw source.error(
        "模板连同包含的片段超过了 \(Self.maximumExpandedBytes / 1_000_000) MB", at: tag.position,
        hint: chain + "。片段被反复包含：请减少包含的次数或层数。")
    }
    let saved = (chunks, index, source)
    chunks = try Lexer.chunks(of: included)
    index = 0
    source = included
    includeStack.append(included.name)
    sources[included.name] = included.file
    defer {
      (chunks, index, source) = saved
      includeStack.removeLast()
    }
    return try parse()
  }
}
