/// A positional argument, read as `Value`; positionals are taken in the order they are
/// declared. Its kind follows from the property's type:
///
///     @Argument("答案文件", help: "YAML 或 JSON")
///     var answersPath: String                     // must be given
///     @Argument("章节", help: "…")
///     var section: String?                        // may be left out
///     @Argument("文件", help: "…")
///     var files: [String] = []                    // all that remain
///     @Argument("名称", after: "show", help: "…")
///     var shown: String?                          // `show 名称`, or neither
@propertyWrapper
struct Argument<Value>: StoredArgument {
  let storage: ArgumentStorage<Value>

  var wrappedValue: Value { storage.parsed }

  private static func declaration(
    _ name: String, keyword: String? = nil, help: String, count: ArgumentDeclaration.Count
  ) -> ArgumentDeclaration {
    ArgumentDeclaration(
      kind: .positional(keyword: keyword), valueName: name, help: help, count: count)
  }
}

extension Argument where Value: ArgumentValue {
  /// A positional argument that must be given.
  init(_ name: String, help: String) {
    storage = ArgumentStorage(
      Self.declaration(name, help: help, count: .required), default: nil
    ) { declaration, texts throws(UsageError) in try declaration.required(texts) }
  }
}

extension Argument {
  /// A positional argument that may be left out, for nil; with `keyword`, it is written
  /// after that word, and the two are left out together.
  init<Wrapped: ArgumentValue>(_ name: String, after keyword: String? = nil, help: String)
  where Value == Wrapped? {
    storage = ArgumentStorage(
      Self.declaration(name, keyword: keyword, help: help, count: .optional),
      default: .some(nil)
    ) { declaration, texts throws(UsageError) in try declaration.single(texts) }
  }

  /// Every positional argument that remains, in order.
  init<Element: ArgumentValue>(wrappedValue: [Element] = [], _ name: String, help: String)
  where Value == [Element] {
    storage = ArgumentStorage(
      Self.declaration(name, help: help, count: .repeatable), default: wrappedValue
    ) { declaration, texts throws(UsageError) in
      texts.isEmpty ? wrappedValue : try declaration.every(texts)
    }
  }
}
