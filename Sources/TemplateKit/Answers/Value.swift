/// A value read from an answers file: the YAML 1.2 core-schema types, lists, and mappings that
/// keep their keys in the order written.
public enum Value: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  /// Text, including dates such as `2023-07-02`, which stay text and are understood by the
  /// `date` filter.
  case string(String)
  case list([Value])
  case map(Mapping)

  /// The value under `key` when this is a mapping.
  public subscript(key: String) -> Value? {
    if case .map(let mapping) = self { return mapping[key] }
    return nil
  }

  /// The mapping, when this is one.
  public var mapping: Mapping? {
    if case .map(let mapping) = self { return mapping }
    return nil
  }

  /// The items, when this is a list.
  public var list: [Value]? {
    if case .list(let items) = self { return items }
    return nil
  }

  /// The text, when this is a string.
  public var string: String? {
    if case .string(let text) = self { return text }
    return nil
  }

  /// The name of this value's type as users see it in messages.
  public var typeName: String {
    switch self {
    case .null: "空值"
    case .bool: "是/否"
    case .int: "整数"
    case .double: "小数"
    case .string: "文本"
    case .list: "列表"
    case .map: "映射"
    }
  }
}
