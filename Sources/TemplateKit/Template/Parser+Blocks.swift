/// Tags that open blocks of text: optional clauses, conditions and loops.
extension Parser {
  mutating func clause(openedAt start: TextPosition) throws -> Node {
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
  func requireInline(_ nodes: [Node], in what: String, at position: TextPosition)
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

  mutating func conditional(_ tag: Tag) throws -> Node {
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

  mutating func loop(_ tag: Tag) throws -> Node {
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
}
