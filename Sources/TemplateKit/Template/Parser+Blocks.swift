/// Tags that open blocks of text: optional clauses, conditions and loops.
extension Parser {
  mutating func clause(openedAt start: TextPosition) throws -> Node {
    let location = source.location(start)
    let (nodes, end) = try scope.inClause(at: location) { try block(until: ["?}"]) }
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
    return .clause(nodes, trailing: trailing, location: location)
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
      case .clause(let body, _, _): children = [body]
      case .point(let point): children = [point.body]
      case .phrases(let phrases): children = [phrases.layout] + phrases.items.map(\.body)
      case .series(let series): children = [series.body]
      case .text, .output, .assign, .phrase: children = []
      }
      for child in children { try requireInline(child, in: what, at: position) }
    }
  }

  /// `{% series %}…{% endseries %}`, or `{% series "及" %}`: its parts are the optional clauses
  /// in it; anything else written directly in it (text, a value) is refused.
  mutating func series(_ tag: Tag) throws -> Node {
    var arguments = tag.arguments
    var conjunction = "和"
    if case .string(let word) = arguments.current.kind {
      conjunction = word
      arguments.advance()
    }
    try arguments.expectEnd(context: "series 标签")
    let body = try self.body(of: tag, until: "endseries")
    try requireInline(body, in: "并列的一串“{% series %}”", at: tag.position)
    try requireParts(body, at: tag.position)
    return .series(Series(conjunction: conjunction, body: body))
  }

  /// Fails when text or a value stands in a series outside its clauses.
  private func requireParts(_ nodes: [Node], at position: TextPosition) throws {
    for node in nodes {
      let stray: Bool
      switch node {
      case .text(let text): stray = !text.string.allSatisfy(\.isBlankCharacter)
      case .output: stray = true
      case .conditional(let node):
        for body in node.branches.map(\.body) + [node.otherwise] {
          try requireParts(body, at: position)
        }
        stray = false
      case .loop(let loop):
        try requireParts(loop.body, at: position)
        try requireParts(loop.otherwise, at: position)
        stray = false
      default:
        stray = false
      }
      if stray {
        throw source.error(
          "“{% series %}”中的每一项都要写在“{? ?}”中", at: position,
          hint: "例如 {% series %}{?{{ 甲 }}个党委?}{?{{ 乙 }}个党支部?}{% endseries %}；连接的顿号和“和”会自动加上。")
      }
    }
  }

  mutating func conditional(_ tag: Tag) throws -> Node {
    var branches: [Branch] = []
    var current = tag
    while true {
      var arguments = current.arguments
      let condition = try arguments.expression()
      try arguments.expectEnd(context: "\(current.name) 的条件")
      let (body, end) = try scope.guarded(by: "条件“\(current.text)”成立时") {
        try block(until: ["elif", "else", "endif"])
      }
      guard let end else { throw unclosed(tag, expecting: "endif") }
      branches.append(Branch(condition: condition, body: body))
      switch end.name {
      case "elif":
        current = end
      case "else":
        try end.arguments.expectEnd(context: "else 标签")
        let unmet = branches.count == 1 ? "条件“\(tag.text)”不成立时" : "前面的条件都不成立时"
        let otherwise = try scope.guarded(by: unmet) { try self.body(of: tag, until: "endif") }
        return .conditional(Conditional(branches: branches, otherwise: otherwise))
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
      Loop(
        slot: slot, frame: frame, iterable: iterable, body: body, otherwise: otherwise,
        location: source.location(tag.position)))
  }
}
