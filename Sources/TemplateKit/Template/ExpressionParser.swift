/// Reads an expression from tokens, by precedence, loosest first:
/// `or` · `and` · `not` · comparisons and `in` · `+ -` · `* /` · unary `-` · `| filter` ·
/// `.key` and `[index]`.
struct ExpressionParser {
  private var tokens: [ExpressionToken]
  private(set) var index = 0
  private let source: TemplateSource
  private let scope: ParseScope
  /// Operators, filters, subscripts and parentheses read so far (see `maximumOperations`).
  private var operations = 0

  /// The most operators, filters, subscripts and parentheses one expression may hold: the
  /// tree of a longer one is walked by recursion that could overflow the stack. Real ones
  /// hold a handful.
  static let maximumOperations = 100

  init(_ tokens: [ExpressionToken], source: TemplateSource, scope: ParseScope) {
    self.tokens = tokens
    self.source = source
    self.scope = scope
  }

  var current: ExpressionToken { tokens[min(index, tokens.count - 1)] }

  /// Where the current token stands, as a location in the file.
  private var here: SourceLocation { source.location(current.position) }
  var atEnd: Bool { current.kind == .end }

  mutating func advance() { index += 1 }

  /// Whether the current token is the keyword or symbol `word`; if so, steps over it.
  mutating func take(_ word: String) -> Bool {
    switch current.kind {
    case .name(word), .symbol(word):
      advance()
      return true
    default:
      return false
    }
  }

  /// Steps over `word`, or fails saying it was expected.
  mutating func expect(_ word: String, context: String) throws {
    guard take(word) else {
      throw source.error("\(context)这里应有“\(word)”，却是\(current.display)", at: current.position)
    }
  }

  /// Fails unless every token has been read.
  func expectEnd(context: String) throws {
    guard atEnd else {
      throw source.error(
        "\(context)中多出了\(current.display)", at: current.position,
        hint: "检查是否少写了运算符，或多写了内容。")
    }
  }

  /// A name token, or an error.
  mutating func name(context: String) throws -> String {
    guard case .name(let name) = current.kind else {
      throw source.error("\(context)这里应是一个名字，却是\(current.display)", at: current.position)
    }
    advance()
    return name
  }

  mutating func expression() throws -> Expression { try or() }

  /// Counts one more operation, standing at the current token.
  private mutating func countOperation() throws {
    operations += 1
    guard operations <= Self.maximumOperations else {
      throw source.error(
        "表达式太长（运算、过滤器和括号超过 \(Self.maximumOperations) 个）", at: current.position,
        hint: "请把它拆成几步，如先用 {% set 名称 = … %} 算出一部分。")
    }
  }

  private mutating func or() throws -> Expression {
    var left = try and()
    while case .name("or") = current.kind {
      try countOperation()
      let location = here
      advance()
      left = .binary(.or, left, try and(), location)
    }
    return left
  }

  private mutating func and() throws -> Expression {
    var left = try not()
    while case .name("and") = current.kind {
      try countOperation()
      let location = here
      advance()
      left = .binary(.and, left, try not(), location)
    }
    return left
  }

  private mutating func not() throws -> Expression {
    if case .name("not") = current.kind {
      try countOperation()
      advance()
      return .not(try not())
    }
    return try comparison()
  }

  private static let comparisons: [String: BinaryOperator] = [
    "==": .equal, "!=": .notEqual, "<": .less, "<=": .lessOrEqual, ">": .greater,
    ">=": .greaterOrEqual,
  ]

  private mutating func comparison() throws -> Expression {
    let left = try additive()
    let location = here
    switch current.kind {
    case .symbol(let symbol):
      guard let op = Self.comparisons[symbol] else { return left }
      try countOperation()
      advance()
      return .binary(op, left, try additive(), location)
    case .name("in"):
      try countOperation()
      advance()
      return .binary(.contains, left, try additive(), location)
    case .name("not") where tokens.count > index + 1 && tokens[index + 1].kind == .name("in"):
      try countOperation()
      index += 2
      return .binary(.notContains, left, try additive(), location)
    default:
      return left
    }
  }

  private mutating func additive() throws -> Expression {
    var left = try multiplicative()
    while case .symbol(let symbol) = current.kind, symbol == "+" || symbol == "-" {
      try countOperation()
      let location = here
      advance()
      left = .binary(symbol == "+" ? .add : .subtract, left, try multiplicative(), location)
    }
    return left
  }

  private mutating func multiplicative() throws -> Expression {
    var left = try unary()
    while case .symbol(let symbol) = current.kind, symbol == "*" || symbol == "/" {
      try countOperation()
      let location = here
      advance()
      left = .binary(symbol == "*" ? .multiply : .divide, left, try unary(), location)
    }
    return left
  }

  private mutating func unary() throws -> Expression {
    if case .symbol("-") = current.kind {
      try countOperation()
      let location = here
      advance()
      return .negate(try unary(), location)
    }
    return try filtered()
  }

  private mutating func filtered() throws -> Expression {
    var value = try primary()
    while case .symbol("|") = current.kind {
      try countOperation()
      advance()
      let position = current.position
      let name = try self.name(context: "“|”后")
      guard let filter = scope.filters[name] else {
        throw source.error(
          "没有名为“\(name)”的过滤器", at: position,
          hint: EditDistance.didYouMean(scope.filters.suggestion(for: name))
            ?? "可用的过滤器见 docs/template-language.md。")
      }
      var arguments: [Expression] = []
      if take("(") {
        if !take(")") {
          repeat { arguments.append(try expression()) } while take(",")
          try expect(")", context: "过滤器参数")
        }
      }
      guard filter.arity.contains(arguments.count) else {
        let expected =
          filter.arity.lowerBound == filter.arity.upperBound
          ? "\(filter.arity.lowerBound)" : "\(filter.arity.lowerBound) 到 \(filter.arity.upperBound)"
        throw source.error(
          "过滤器“\(name)”需要 \(expected) 个参数，这里给了 \(arguments.count) 个", at: position,
          hint: filter.summary)
      }
      value = .filter(
        value,
        FilterCall(filter: filter, arguments: arguments, location: source.location(position)))
    }
    return value
  }

  private mutating func primary() throws -> Expression {
    let token = current
    switch token.kind {
    case .integer(let number):
      advance()
      return .literal(.int(number))
    case .decimal(let number):
      advance()
      return .literal(.double(number))
    case .string(let text):
      advance()
      return .literal(.string(text))
    case .symbol("("):
      try countOperation()
      advance()
      let inner = try expression()
      try expect(")", context: "括号")
      return inner
    case .name(let name):
      advance()
      switch name {
      case "true", "True": return .literal(.bool(true))
      case "false", "False": return .literal(.bool(false))
      case "none", "None", "null": return .literal(.null)
      case "loop" where scope.loopDepth > 0: return try loopAttribute()
      case "and", "or", "not", "in", "if":
        throw source.error("这里缺少值，却遇到了“\(name)”", at: token.position)
      default: return .field(try field(named: name, at: token.position))
      }
    case .end:
      throw source.error("这里缺少表达式", at: token.position, hint: "写上字段名，如 {{ 单位.名称 }}。")
    default:
      throw source.error("表达式不能以\(token.display)开头", at: token.position)
    }
  }

  private mutating func loopAttribute() throws -> Expression {
    try expect(".", context: "loop")
    let attributePosition = current.position
    let name = try self.name(context: "“loop.”后")
    guard let attribute = LoopAttribute(rawValue: name) else {
      throw source.error(
        "loop 没有“\(name)”", at: attributePosition,
        hint: "可用的有：" + LoopAttribute.allCases.map { "loop.\($0.rawValue)" }.joined(separator: "、"))
    }
    return .loopAttribute(frame: scope.loopDepth - 1, attribute)
  }

  private mutating func field(named name: String, at position: TextPosition) throws
    -> FieldAccess
  {
    let (root, declaredRoot) = scope.resolve(name)
    var steps: [FieldAccess.Step] = []
    var written = name
    var declared = declaredRoot
    var cacheSlots: [Int] = []
    var cacheable = false
    var fixedPath: String? = nil
    if case .answers = root {
      cacheSlots.append(scope.cacheSlot(for: name))
      cacheable = true
      fixedPath = name
    }
    while true {
      if take(".") {
        let key: String
        switch current.kind {
        case .name(let name): key = name
        case .integer(let number): key = String(number)
        default:
          throw source.error("“.”后应是字段名，却是\(current.display)", at: current.position)
        }
        advance()
        steps.append(.key(MappingKey(key)))
        written += "." + key
        declared = declared.map { $0 + "." + key }
        fixedPath = fixedPath.map { ValuePath.appending(key: key, to: $0) }
      } else if case .symbol("[") = current.kind {
        try countOperation()
        advance()
        let inner = try expression()
        try expect("]", context: "方括号")
        switch inner {
        case .literal(.int(let position)):
          steps.append(.index(position))
          written += "[\(position)]"
          declared = declared.map { $0 + "[]" }
          fixedPath = fixedPath.map { ValuePath.appending(index: position, to: $0) }
        case .literal(.string(let key)):
          steps.append(.key(MappingKey(key)))
          written += "[\"\(key)\"]"
          declared = declared.map { $0 + "." + key }
          fixedPath = fixedPath.map { ValuePath.appending(key: key, to: $0) }
        default:
          steps.append(.computed(inner))
          written += "[…]"
          declared = nil
          cacheable = false
          fixedPath = nil
        }
      } else {
        break
      }
      if cacheable { cacheSlots.append(scope.cacheSlot(for: written)) }
    }
    if let declared {
      scope.recordReference(declared, at: source.location(position))
    }
    return FieldAccess(
      root: root, steps: steps, cacheSlots: cacheSlots, written: written, declared: declared,
      fixedPath: fixedPath)
  }
}
