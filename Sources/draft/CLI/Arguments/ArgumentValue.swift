/// A type an option's or positional argument's value can be read as. `String` takes any
/// text; conform a type to take only what stands for one of its values (`OutputFormat`:
/// `docx`, `html`…); the parser then refuses the rest with a message made of `accepted`.
protocol ArgumentValue {
  /// The value `text` stands for, or nil when it stands for none.
  init?(argument text: String)
  /// What may be written, for messages: `txt、md、html 或 docx`.
  static var accepted: String { get }
  /// The text that stands for this value, for a default shown in help.
  var argument: String { get }
}

extension String: ArgumentValue {
  init?(argument text: String) { self = text }
  static var accepted: String { "任意文字" }
  var argument: String { self }
}

/// A whole number of at least 1 (`--jobs 2`).
struct PositiveInteger: ArgumentValue {
  var value: Int

  init?(argument text: String) {
    guard let value = Int(text), value >= 1 else { return nil }
    self.value = value
  }

  static var accepted: String { "正整数，如 2" }
  var argument: String { "\(value)" }
}

extension ArgumentDeclaration {
  /// The one value `texts` give (the parser lets no more than one through), or nil.
  func single<Value: ArgumentValue>(_ texts: [String]) throws(UsageError) -> Value? {
    guard let text = texts.last else { return nil }
    return try value(text, as: Value.self)
  }

  /// The value `texts` give, which must be there.
  func required<Value: ArgumentValue>(_ texts: [String]) throws(UsageError) -> Value {
    guard let value: Value = try single(texts) else { throw missing }
    return value
  }

  /// Every value `texts` give, in order.
  func every<Value: ArgumentValue>(_ texts: [String]) throws(UsageError) -> [Value] {
    var values: [Value] = []
    for text in texts { values.append(try value(text, as: Value.self)) }
    return values
  }
}
