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

/// Keys and values in the order they were written. Keys are unique.
public struct Mapping: Sendable, Equatable {
  public private(set) var keys: [String] = []
  public private(set) var values: [Value] = []
  /// Positions by key, built once a mapping is large enough for a scan to cost more.
  private var positions: [String: Int]? = nil

  private static let scanLimit = 12

  public init() {}

  /// A mapping of `pairs`, in order; a later pair replaces an earlier one with the same key.
  public init(_ pairs: [(String, Value)]) {
    for (key, value) in pairs { self[key] = value }
  }

  public var count: Int { keys.count }
  public var isEmpty: Bool { keys.isEmpty }

  /// The pairs in order.
  public var pairs: Zip2Sequence<[String], [Value]> { zip(keys, values) }

  /// The position of `key`, if present.
  public func index(of key: String) -> Int? {
    if let positions { return positions[key] }
    return keys.firstIndex(of: key)
  }

  /// The value under `key`; setting a new key appends it, setting nil removes it.
  public subscript(key: String) -> Value? {
    get { index(of: key).map { values[$0] } }
    set {
      if let position = index(of: key) {
        if let newValue {
          values[position] = newValue
        } else {
          keys.remove(at: position)
          values.remove(at: position)
          rebuildPositions()
        }
      } else if let newValue {
        keys.append(key)
        values.append(newValue)
        if positions != nil {
          positions?[key] = keys.count - 1
        } else if keys.count > Self.scanLimit {
          rebuildPositions()
        }
      }
    }
  }

  private mutating func rebuildPositions() {
    guard keys.count > Self.scanLimit else {
      positions = nil
      return
    }
    var table: [String: Int] = [:]
    table.reserveCapacity(keys.count)
    for (position, key) in keys.enumerated() { table[key] = position }
    positions = table
  }

  public static func == (lhs: Mapping, rhs: Mapping) -> Bool {
    lhs.keys == rhs.keys && lhs.values == rhs.values
  }
}
