/// Tags that number what they hold: points and sections.
extension Parser {
  mutating func points(_ tag: Tag) throws(Diagnostic) -> Node {
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
  mutating func points(from first: Tag, until terminators: Set<String>) throws(Diagnostic) -> (
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
          try scope.guarded(by: "条件“\(written.trimmingWhitespace)”成立时") { () throws(Diagnostic) in
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

  mutating func section(_ tag: Tag) throws(Diagnostic) -> Node {
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
