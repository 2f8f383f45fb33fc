/// Evaluating expressions: looking paths up in the answers (once a render), printing
/// values, and naming what is missing.
extension Executor {
  mutating func output(_ expression: Expression, at location: SourceLocation) throws {
    lastMissing = nil
    if !clauses.isEmpty, !renderer.zeroMeansNone.isEmpty, isZeroMeaningNone(expression) {
      lack(expression)
      return
    }
    if let value = try evaluate(expression), !value.isAbsent {
      let start = titlePieces == nil ? 0 : builder.paragraphCharacterCount
      builder.append(try printed(value, of: expression, at: location))
      if titlePieces != nil { titlePieces?.append(start..<builder.paragraphCharacterCount) }
      if !clauses.isEmpty { clauses[clauses.count - 1].printed += 1 }
      try checkSize()
    } else if let rejected = rejectedGap(for: expression) {
      appendGap(rejected)
    } else if !clauses.isEmpty, !isRequired(expression) {
      lack(expression)
    } else {
      appendGap(gap(for: expression))
    }
  }

  /// Whether `expression` is about a field declared `零为无` whose answer is 0.
  private mutating func isZeroMeaningNone(_ expression: Expression) -> Bool {
    guard let subject = expression.subject, let declared = subject.declared,
      renderer.zeroMeansNone.contains(declared), let value = try? lookup(subject)
    else { return false }
    switch value {
    case .int(0): return true
    case .double(let number): return number == 0
    default: return false
    }
  }

  /// A gap holds the place of a value: the clause around it is not empty.
  private mutating func appendGap(_ gap: Gap) {
    builder.append(gap)
    if !clauses.isEmpty { clauses[clauses.count - 1].printed += 1 }
  }

  /// The innermost clause lacks the value of `expression`: it vanishes, and when tracing,
  /// what it read is put down to that value's absence.
  mutating func lack(_ expression: Expression) {
    let last = clauses.count - 1
    clauses[last].lacksValue = true
    if use != nil, clauses[last].missing == nil, let subject = lastMissing ?? expression.subject {
      clauses[last].missing = answersPath(of: subject) ?? subject.declared ?? subject.written
    }
  }

  /// The gap for an expression about a value that was refused (`Renderer.rejected`), if it is.
  func rejectedGap(for expression: Expression) -> Gap? {
    guard !renderer.rejected.isEmpty, let subject = expression.subject,
      let path = answersPath(of: subject), renderer.rejected.contains(path)
    else { return nil }
    return gap(for: expression)
  }

  func printed(_ value: Value, of expression: Expression, at location: SourceLocation)
    throws -> String
  {
    do {
      return try value.printed()
    } catch {
      throw self.error(error, at: location, about: expression)
    }
  }

  func isRequired(_ expression: Expression) -> Bool {
    guard let declared = (lastMissing ?? expression.subject)?.declared else { return false }
    return renderer.required.contains(declared)
  }

  func gap(for expression: Expression) -> Gap {
    guard let subject = lastMissing ?? expression.subject else {
      return Gap(field: "", label: "内容")
    }
    let field = answersPath(of: subject) ?? subject.written
    let declared = subject.declared ?? field
    let label = renderer.labels[declared] ?? declared.replacingOccurrences(of: "[]", with: "")
    return Gap(field: field, label: label)
  }

  /// The path in the answers of the value `access` reads, with real list positions
  /// (`活动[2].日期`); nil when it does not lead into the answers.
  func answersPath(of access: FieldAccess) -> String? {
    var path: String
    switch access.root {
    case .answers(let key):
      path = key.text
    case .local(let slot):
      switch origins[slot] {
      case .loopItem(let frame)?:
        let loop = loops[frame]
        guard case .field(let iterable) = loop.iterable, let base = answersPath(of: iterable)
        else { return nil }
        path = ValuePath.appending(index: loop.index, to: base)
      case .alias(let aliased)?:
        guard let base = answersPath(of: aliased) else { return nil }
        path = base
      case nil:
        return nil
      }
    }
    for step in access.steps {
      switch step {
      case .key(let key): path = ValuePath.appending(key: key.text, to: path)
      case .index(let index): path = ValuePath.appending(index: index, to: path)
      case .computed: return nil
      }
    }
    return path
  }

  /// The value of `expression`; nil when the answers do not give it.
  mutating func evaluate(_ expression: Expression) throws -> Value? {
    switch expression {
    case .literal(let value):
      return value
    case .field(let access):
      let value = try lookup(access)
      if value == nil || value?.isAbsent == true { lastMissing = access }
      if use != nil, value != nil, let path = access.fixedPath ?? answersPath(of: access) {
        use?.record(path, whole: !readingIterable)
      }
      return value
    case .loopAttribute(let frame, let attribute):
      let loop = loops[frame]
      switch attribute {
      case .index: return .int(loop.index + 1)
      case .index0: return .int(loop.index)
      case .first: return .bool(loop.index == 0)
      case .last: return .bool(loop.index == loop.count - 1)
      case .length: return .int(loop.count)
      }
    case .filter(let input, let call):
      let value = try evaluate(input)
      var arguments: [Value?] = []
      arguments.reserveCapacity(call.arguments.count)
      for argument in call.arguments { arguments.append(try evaluate(argument)) }
      try takeSteps(value?.list?.count ?? 0)
      do {
        return try call.filter.apply(value, arguments)
      } catch {
        throw self.error(error, at: call.location, about: input)
      }
    case .not(let inner):
      return .bool(!(try isTrue(inner)))
    case .negate(let inner, let location):
      guard let value = try evaluate(inner) else { return nil }
      switch value {
      case .int(let number):
        let (negated, overflow) = 0.subtractingReportingOverflow(number)
        guard !overflow else {
          throw error(FilterError("对 \(number) 取负超出了整数的范围"), at: location, about: inner)
        }
        return .int(negated)
      case .double(let number): return .double(-number)
      default:
        throw error(FilterError("不能对\(value.typeName)取负"), at: location, about: inner)
      }
    case .binary(let op, let left, let right, let location):
      return try binary(op, left, right, at: location)
    }
  }

  private mutating func lookup(_ access: FieldAccess) throws -> Value? {
    var value: Value
    var first = 0
    switch access.root {
    case .answers(let key):
      // Start from the longest prefix of the path already looked up in this render.
      let slots = access.cacheSlots
      var depth = slots.count - 1
      var found: Value? = nil
      while depth >= 0 {
        switch cache[slots[depth]] {
        case .unknown:
          depth -= 1
          continue
        case .missing:
          return nil
        case .known(let known):
          found = known
        }
        break
      }
      if let found {
        value = found
        first = depth
      } else {
        guard let rootValue = renderer.data[key] else {
          cache[slots[0]] = .missing
          return nil
        }
        cache[slots[0]] = .known(rootValue)
        value = rootValue
      }
    case .local(let slot):
      guard let found = locals[slot] else { return nil }
      value = found
    }
    let slots = access.cacheSlots
    for position in first..<access.steps.count {
      let next: Value?
      switch access.steps[position] {
      case .key(let key):
        next = value.mapping?[key]
      case .index(let index):
        next = value.list.flatMap { $0.indices.contains(index) ? $0[index] : nil }
      case .computed(let expression):
        switch try evaluate(expression) {
        case .int(let index)?:
          next = value.list.flatMap { $0.indices.contains(index) ? $0[index] : nil }
        case .string(let key)?:
          next = value.mapping?[key]
        default:
          next = nil
        }
      }
      if position + 1 < slots.count {
        cache[slots[position + 1]] = next.map { .known($0) } ?? .missing
      }
      guard let next else { return nil }
      value = next
    }
    return value
  }

  mutating func isTrue(_ expression: Expression) throws -> Bool {
    try evaluate(expression)?.isTruthy ?? false
  }

  private mutating func binary(
    _ op: BinaryOperator, _ left: Expression, _ right: Expression, at location: SourceLocation
  ) throws -> Value? {
    switch op {
    case .and: return .bool(try isTrue(left) && isTrue(right))
    case .or: return .bool(try isTrue(left) || isTrue(right))
    default: break
    }
    let lhs = try evaluate(left)
    let rhs = try evaluate(right)
    switch op {
    case .equal: return .bool(Comparison.equal(lhs, rhs))
    case .notEqual: return .bool(!Comparison.equal(lhs, rhs))
    case .less, .lessOrEqual, .greater, .greaterOrEqual:
      guard let order = Comparison.order(lhs, rhs) else { return .bool(false) }
      switch op {
      case .less: return .bool(order < 0)
      case .lessOrEqual: return .bool(order <= 0)
      case .greater: return .bool(order > 0)
      default: return .bool(order >= 0)
      }
    case .contains: return .bool(Comparison.contains(rhs, lhs))
    case .notContains: return .bool(!Comparison.contains(rhs, lhs))
    case .add, .subtract, .multiply, .divide:
      guard let lhs, let rhs else { return nil }
      if op == .add, case .string(let a) = lhs, case .string(let b) = rhs {
        let bytes = a.utf8.count + b.utf8.count
        try takeSteps(bytes / 64)
        guard bytes <= renderer.limits.maximumOutputBytes else {
          throw error(
            FilterError("用“+”连接的文字太长（超过报告的上限）", hint: "检查是否在循环中反复连接文字。"),
            at: location, about: left)
        }
      }
      do {
        return try Arithmetic.apply(op, lhs, rhs)
      } catch {
        throw self.error(error, at: location, about: left)
      }
    case .and, .or:
      return nil
    }
  }
}
