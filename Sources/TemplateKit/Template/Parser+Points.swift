/// Tags that number or choose what they hold: points, phrase banks and lists, sections.
extension Parser {
  mutating func points(_ tag: Tag) throws -> Node {
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
  mutating func points(from first: Tag, until terminators: Set<String>) throws -> (
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
      let written = String(current.text.dropFirst(current.text.hasPrefix("if") ? 2 : 0))
      let (found, end) =
        if condition != nil {
          try scope.guarded(by: "条件“\(written.trimmingWhitespace)”成立时") {
            try block(until: terminators.union(["point"]))
          }
        } else {
          try block(until: terminators.union(["point"]))
        }
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
  mutating func bank(_ tag: Tag) throws {
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
      (leading, end) = try scope.guarded(by: "选用措辞“\(itemName)”时") {
        try block(until: ["item", "endbank"])
      }
      while case .paragraphBreak? = leading.last { leading.removeLast() }
      items.append(PhraseItem(name: itemName, body: leading))
    }
    guard end != nil else { throw unclosed(tag, expecting: "endbank") }
    scope.define(bank: name, items: items)
  }

  /// `{% phrases 选用 from 措辞库 as m %} 布局 {% endphrases %}`.
  mutating func phrases(_ tag: Tag) throws -> Node {
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

  mutating func section(_ tag: Tag) throws -> Node {
    var arguments = tag.arguments
    let title = try arguments.expression()
    let runIn = arguments.take("runin")
    let bold = arguments.take("bold")
    try arguments.expectEnd(context: "section 标签")
    let body = try self.body(of: tag, until: "endsection")
    return .section(
      Section(
        title: title, runIn: runIn, bold: bold, body: body, location: source.location(tag.position))
    )
  }
}
