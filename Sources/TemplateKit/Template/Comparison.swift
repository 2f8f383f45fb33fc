/// How conditions compare values: numbers by value whatever their type, text by its
/// characters, a missing value equal to nothing but a missing value or null.
enum Comparison {
  static func equal(_ lhs: Value?, _ rhs: Value?) -> Bool {
    switch (lhs, rhs) {
    case (nil, nil), (nil, .null?), (.null?, nil): return true
    case (let lhs?, let rhs?):
      if let a = numeric(lhs), let b = numeric(rhs) { return a == b }
      return lhs == rhs
    default: return false
    }
  }

  /// -1, 0 or 1 when the two can be ordered (two numbers, two texts); nil otherwise.
  static func order(_ lhs: Value?, _ rhs: Value?) -> Int? {
    guard let lhs, let rhs else { return nil }
    if let a = numeric(lhs), let b = numeric(rhs) { return a < b ? -1 : (a > b ? 1 : 0) }
    if case .string(let a) = lhs, case .string(let b) = rhs {
      return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
        ? -1 : (a == b ? 0 : 1)
    }
    return nil
  }

  /// Whether `container` (a list, text or mapping) holds `element`.
  static func contains(_ container: Value?, _ element: Value?) -> Bool {
    switch container {
    case .list(let items)?: return items.contains { equal($0, element) }
    case .string(let text)?:
      guard case .string(let part)? = element else { return false }
      return text.contains(part)
    case .map(let mapping)?:
      guard case .string(let key)? = element else { return false }
      return mapping[key] != nil
    default: return false
    }
  }

  private static func numeric(_ value: Value) -> Double? {
    switch value {
    case .int(let number): Double(number)
    case .double(let number): number
    default: nil
    }
  }
}

/// `+ - * /` on numbers; `+` also joins two texts.
enum Arithmetic {
  static func apply(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value) throws(FilterError) -> Value {
    if op == .add, case .string(let a) = lhs, case .string(let b) = rhs { return .string(a + b) }
    if case .int(let a) = lhs, case .int(let b) = rhs, op != .divide {
      let (result, overflow): (Int, Bool)
      switch op {
      case .add: (result, overflow) = a.addingReportingOverflow(b)
      case .subtract: (result, overflow) = a.subtractingReportingOverflow(b)
      default: (result, overflow) = a.multipliedReportingOverflow(by: b)
      }
      guard !overflow else {
        throw FilterError(
          "\(a) \(op.rawValue) \(b) 的结果超出了整数的范围", hint: "检查答案中的数字是否写多了位数。")
      }
      return .int(result)
    }
    guard let a = lhs.number, let b = rhs.number else {
      throw FilterError("不能对\(lhs.typeName)和\(rhs.typeName)做运算“\(op.rawValue)”")
    }
    let result: Double
    switch op {
    case .add: result = a + b
    case .subtract: result = a - b
    case .multiply: result = a * b
    default:
      guard b != 0 else { throw FilterError("除数为 0") }
      result = a / b
      if result == result.rounded(), abs(result) < 1e15 { return .int(Int(result)) }
    }
    guard result.isFinite else {
      throw FilterError("运算“\(op.rawValue)”的结果超出了数的范围", hint: "检查答案中的数字是否写多了位数。")
    }
    return .double(result)
  }
}
