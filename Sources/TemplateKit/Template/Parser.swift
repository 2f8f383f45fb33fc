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

  private var chunks: [Chunk]
  private var index = 0
  private var source: TemplateSource
  private let scope: ParseScope
  private let resolveInclude: IncludeResolver
  /// Names of the templates being read, outermost first, to catch includes that loop.
  private var includeStack: [String]
  private var nesting = 0
  /// Every file read so far: the template and the fragments it includes.
  private(set) var sources: [String: SourceText] = [:]
  private var layout: TextLayout.Mode = .paragraphs
  /// Where the parser is with respect to points: a `{% point %}` may start only directly in
  /// a points block (or in loops and conditions there), and text there must be in a point.
  private var pointsContext = PointsContext.none

  private enum PointsContext { case none, points, point }

  /// How many phrase layouts enclose the current point: `{% phrase %}` belongs in one.
  private var phraseLayouts = 0

  init(source: TemplateSource, scope: ParseScope, resolveInclude: @escaping IncludeResolver)
    throws
  {
    self.chunks = try Lexer.chunks(of: source)
    self.source = source
    self.scope = scope
    self.resolveInclude = resolveInclude
    self.includeStack = [source.name]
    self.sources = [source.name: source.file]
  }

  /// The whole template.
  mutating func parse() throws -> [Node] {
    try block(until: []).nodes
  }

  /// A tag's name, its arguments' tokens, and where it stands.
  private struct Tag {
    var name: String
    var arguments: ExpressionParser
    var position: SourcePosition
  }

  /// Nodes up to one of the tags in `terminators` (returned, not consumed into the nodes), or
  /// to the end of the template (nil).
  private mutating func block(until terminators: Set<String>) throws -> (nodes: [Node], end: Tag?) {
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
          nodes, Tag(name: "?}", arguments: try expressionParser(for: chunk), position: chunk.start)
        )
      case .tag:
        let tag = try self.tag(chunk)
        if terminators.contains(tag.name) { return (nodes, tag) }
        try checkNesting(at: tag.position)
        if tag.name == "point" {
          // The rest of this block is points, each running to the next or to the block's end.
          let (points, end) = try points(from: tag, until: terminators)
          return (nodes + points, end)
        }
        nodes += try statement(tag)
      }
    }
    return (nodes, nil)
  }

  private mutating func checkNesting(at position: SourcePosition) throws {
    guard nesting <= Self.maximumNesting else {
      throw source.error(
        "标签嵌套超过 \(Self.maximumNesting) 层", at: position, hint: "请把模板拆成几个片段。")
    }
  }

  private func expressionParser(for chunk: Chunk) throws -> ExpressionParser {
    ExpressionParser(
      try ExpressionScanner.tokens(of: chunk, in: source), source: source, scope: scope)
  }

  private func tag(_ chunk: Chunk) throws -> Tag {
    var parser = try expressionParser(for: chunk)
    guard case .name(let name) = parser.current.kind else {
      throw source.error(
        "“{% %}”中应先写标签名", at: chunk.contentStart,
        hint: "例如 {% if 条件 %}、{% for 项 in 列表 %}；要输出值请用 {{ }}。")
    }
    let position = parser.current.position
    parser.advance()
    return Tag(name: name, arguments: parser, position: position)
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
      return [.phrase]
    case "sections":
      let plain = arguments.take("plain")
      try arguments.expectEnd(context: "sections 标签")
      return [.sections(withHeadings: !plain)]
    case "elif", "else", "endif", "endfor", "endpoints", "endsection", "endtitle", "item",
      "endbank", "endphrases",
      "endaddressee", "endsignature":
      throw source.error(
        "“{% \(tag.name) %}”不在与它配对的标签之内", at: tag.position,
        hint: "检查前面的开始标签是否写对、是否已被提前关闭。")
    default:
      throw source.error(
        "不认识的标签“\(tag.name)”", at: tag.position,
        hint: EditDistance.closest(to: tag.name, among: Self.tagNames).map { "是不是想写“\($0)”？" }
          ?? "可用的标签：" + Self.tagNames.joined(separator: "、"))
    }
  }

  private static let tagNames = [
    "if", "elif", "else", "endif", "for", "endfor", "set", "include", "points", "point",
    "endpoints", "section", "endsection", "title", "endtitle", "addressee", "endaddressee",
    "signature", "endsignature", "sections", "bank", "item", "endbank", "phrases", "phrase",
    "endphrases",
  ]

  /// The nodes up to the closing tag `end`, which must come.
  private mutating func body(of tag: Tag, until end: String) throws -> [Node] {
    let (nodes, terminator) = try block(until: [end])
    guard let terminator else { throw unclosed(tag, expecting: end) }
    try terminator.arguments.expectEnd(context: "\(end) 标签")
    return nodes
  }

  private func unclosed(_ tag: Tag, expecting end: String) -> Diagnostic {
    source.error(
      "“{% \(tag.name) %}”没有对应的“{% \(end) %}”", at: tag.position,
      hint: "在这一块内容的末尾补上 {% \(end) %}。")
  }

  private mutating func clause(openedAt start: SourcePosition) throws -> Node {
    let (nodes, end) = try block(until: ["?}"])
    guard end != nil else {
      throw source.error("“{?”没有对应的“?}”", at: start, hint: "在可省略的这段话末尾补上“?}”。")
    }
    try requireInline(nodes, in: "可省略的一段“{? ?}”", at: start)
    var trailing: Character? = nil
    if case .text(let text)? = nodes.last, let last = text.string.last,
      FullwidthPunctuation.clauseSeparators.contains(last)
        || FullwidthPunctuation.sentenceEnds.contains(last)
    {
      trailing = last
    }
    return .clause(nodes, trailing: trailing)
  }

  /// Fails when `nodes` would break a paragraph: clauses and points live inside one.
  private func requireInline(_ nodes: [Node], in what: String, at position: SourcePosition)
    throws
  {
    for node in nodes {
      let children: [[Node]]
      switch node {
      case .paragraphBreak, .section, .title, .addressee, .signature, .sections:
        throw source.error(
          "\(what)中不能有空行、标题或落款", at: position,
          hint: "它们要写在一段之内；需要分段的内容请移到外面。")
      case .points(let points):
        if points.separateParagraphs {
          throw source.error("\(what)中不能有分段的要点", at: position)
        }
        children = [points.body]
      case .conditional(let node): children = node.branches.map(\.body) + [node.otherwise]
      case .loop(let loop): children = [loop.body, loop.otherwise]
      case .clause(let body, _): children = [body]
      case .point(let point): children = [point.body]
      case .phrases(let phrases): children = [phrases.layout] + phrases.items.map(\.body)
      case .text, .output, .assign, .phrase: children = []
      }
      for child in children { try requireInline(child, in: what, at: position) }
    }
  }

  private func outsidePoint(at position: SourcePosition) -> Diagnostic {
    source.error(
      "“{% points %}”中的文字要写在某个“{% point %}”之后", at: position,
      hint: "把这段文字移到 {% points %} 之前，或放进一个 {% point %}。")
  }

  private mutating func conditional(_ tag: Tag) throws -> Node {
    var branches: [Branch] = []
    var current = tag
    while true {
      var arguments = current.arguments
      let condition = try arguments.expression()
      try arguments.expectEnd(context: "\(current.name) 的条件")
      let (body, end) = try block(until: ["elif", "else", "endif"])
      guard let end else { throw unclosed(tag, expecting: "endif") }
      branches.append(Branch(condition: condition, body: body))
      switch end.name {
      case "elif":
        current = end
      case "else":
        try end.arguments.expectEnd(context: "else 标签")
        return .conditional(
          Conditional(branches: branches, otherwise: try self.body(of: tag, until: "endif")))
      default:
        try end.arguments.expectEnd(context: "endif 标签")
        return .conditional(Conditional(branches: branches, otherwise: []))
      }
    }
  }

  private mutating func loop(_ tag: Tag) throws -> Node {
    var arguments = tag.arguments
    let variable = try arguments.name(context: "for ")
    try arguments.expect("in", context: "for 标签")
    let iterable = try arguments.expression()
    try arguments.expectEnd(context: "for 标签")
    let declared: String?
    if case .field(let access) = iterable {
      declared = access.declared.map { $0 + "[]" }
    } else {
      declared = nil
    }
    scope.pushScope()
    scope.enterLoop()
    let slot = scope.declare(variable, declared: declared)
    let frame = scope.loopDepth - 1
    let (body, end) = try block(until: ["else", "endfor"])
    scope.leaveLoop()
    scope.popScope()
    guard let end else { throw unclosed(tag, expecting: "endfor") }
    var otherwise: [Node] = []
    if end.name == "else" {
      try end.arguments.expectEnd(context: "else 标签")
      otherwise = try self.body(of: tag, until: "endfor")
    } else {
      try end.arguments.expectEnd(context: "endfor 标签")
    }
    return .loop(
      Loop(slot: slot, frame: frame, iterable: iterable, body: body, otherwise: otherwise))
  }

  private mutating func points(_ tag: Tag) throws -> Node {
    var arguments = tag.arguments
    var style = PointStyle.standard
    if case .string(let example) = arguments.current.kind {
      guard let parsed = PointStyle(example: example) else {
        throw source.error(
          "编号样式“\(example)”中没有可以计数的“一”或“1”", at: arguments.current.position,
          hint: "写出第一项的样子，如 \"一是\"、\"第一，\"、\"1．\"、\"（1）\"。")
      }
      style = parsed
      arguments.advance()
    }
    let separate = arguments.take("paragraphs")
    try arguments.expectEnd(context: "points 标签")
    let saved = pointsContext
    pointsContext = .points
    defer { pointsContext = saved }
    let body = try self.body(of: tag, until: "endpoints")
    return .points(Points(style: style, separateParagraphs: separate, body: body))
  }

  /// Points from `first` on: each runs to the next `{% point %}` or to one of `terminators`,
  /// which is returned for the enclosing block.
  private mutating func points(from first: Tag, until terminators: Set<String>) throws -> (
    [Node], Tag?
  ) {
    guard pointsContext == .points else {
      throw source.error(
        "“{% point %}”要写在“{% points %}”之内", at: first.position,
        hint: "用 {% points %} … {% endpoints %} 把要点括起来，才能自动编号。")
    }
    var nodes: [Node] = []
    var current = first
    while true {
      var arguments = current.arguments
      var condition: Expression? = nil
      if arguments.take("if") { condition = try arguments.expression() }
      try arguments.expectEnd(context: "point 标签")
      pointsContext = .point
      let (found, end) = try block(until: terminators.union(["point"]))
      pointsContext = .points
      var body = found
      while case .paragraphBreak? = body.last { body.removeLast() }
      while case .paragraphBreak? = body.first { body.removeFirst() }
      try requireInline(body, in: "要点", at: current.position)
      nodes.append(.point(Point(condition: condition, body: body)))
      guard let end, end.name == "point" else { return (nodes, end) }
      current = end
    }
  }

  /// `{% bank 名称 %} {% item "条目" %}… {% endbank %}`: defines a phrase bank; renders
  /// nothing where it stands.
  private mutating func bank(_ tag: Tag) throws {
    var arguments = tag.arguments
    let name = try arguments.name(context: "bank 后")
    try arguments.expectEnd(context: "bank 标签")
    if scope.bank(named: name) != nil {
      throw source.error("措辞库“\(name)”重复定义了", at: tag.position)
    }
    // Items are text of their own, laid out wherever `{% phrase %}` stands.
    let savedPoints = pointsContext
    pointsContext = .none
    defer { pointsContext = savedPoints }
    var (leading, end) = try block(until: ["item", "endbank"])
    if leading.contains(where: { if case .paragraphBreak = $0 { false } else { true } }) {
      throw source.error(
        "“{% bank %}”之后要先写“{% item %}”", at: tag.position,
        hint: "每条措辞以 {% item \"名称\" %} 开头。")
    }
    var items: [PhraseItem] = []
    while let marker = end, marker.name == "item" {
      var itemArguments = marker.arguments
      guard case .string(let itemName) = itemArguments.current.kind else {
        throw source.error(
          "item 后应是用引号括起的措辞名称", at: itemArguments.current.position,
          hint: "例如 {% item \"切实增强责任意识\" %}。")
      }
      itemArguments.advance()
      try itemArguments.expectEnd(context: "item 标签")
      if items.contains(where: { $0.name == itemName }) {
        throw source.error("措辞“\(itemName)”重复了", at: marker.position, hint: "同一个措辞库中名称不能重复。")
      }
      (leading, end) = try block(until: ["item", "endbank"])
      while case .paragraphBreak? = leading.last { leading.removeLast() }
      items.append(PhraseItem(name: itemName, body: leading))
    }
    guard end != nil else { throw unclosed(tag, expecting: "endbank") }
    scope.define(bank: name, items: items)
  }

  /// `{% phrases 选用 from 措辞库 as m %} 布局 {% endphrases %}`.
  private mutating func phrases(_ tag: Tag) throws -> Node {
    var arguments = tag.arguments
    let selection = try arguments.expression()
    try arguments.expect("from", context: "phrases 标签")
    let bankPosition = arguments.current.position
    let bankName = try arguments.name(context: "from 后")
    try arguments.expect("as", context: "phrases 标签")
    let name = try arguments.name(context: "as 后")
    try arguments.expectEnd(context: "phrases 标签")
    guard let items = scope.bank(named: bankName) else {
      throw source.error(
        "没有名为“\(bankName)”的措辞库", at: bankPosition,
        hint: "先用 {% bank \(bankName) %} … {% endbank %} 定义它。")
    }
    scope.pushScope()
    defer { scope.popScope() }
    let slot = scope.declare(name, declared: nil)
    phraseLayouts += 1
    defer { phraseLayouts -= 1 }
    let layout = try body(of: tag, until: "endphrases")
    var declared: String? = nil
    if case .field(let access) = selection { declared = access.declared }
    scope.record(PhraseBank(selection: declared, names: items.map(\.name)))
    return .phrases(Phrases(selection: selection, slot: slot, layout: layout, items: items))
  }

  private mutating func section(_ tag: Tag) throws -> Node {
    var arguments = tag.arguments
    let title = try arguments.expression()
    let runIn = arguments.take("runin")
    try arguments.expectEnd(context: "section 标签")
    let body = try self.body(of: tag, until: "endsection")
    return .section(
      Section(title: title, runIn: runIn, body: body, location: source.location(tag.position)))
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
