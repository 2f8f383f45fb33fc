/// A flag: given or not, with no value (`--strict`, `-f, --force`).
///
///     @Flag("-f", "--force", help: "覆盖已存在的输出文件")
///     var force: Bool
///
/// Given twice is the same as once; given a value (`--strict=yes`) is a usage error.
@propertyWrapper
struct Flag: StoredArgument {
  let storage: ArgumentStorage<Bool>

  init(_ names: String..., help: String) {
    storage = ArgumentStorage(
      ArgumentDeclaration(kind: .flag, names: names, help: help, count: .optional),
      default: false
    ) { _, texts in !texts.isEmpty }
  }

  var wrappedValue: Bool { storage.parsed }
}
