/// Answers put field by field at their paths (`统计.党组会`), in the order of the rows, and made
/// into nested mappings at the end: in time linear in the fields, however many share a group.
/// A path put twice, or a value where fields lie below (or the other way round), is refused.
struct AnswerTree {
  /// Why a value cannot be put.
  enum Conflict: Error {
    /// The path holds a value already.
    case twice
    /// A path above (named) holds a value, so no fields can lie below it.
    case valueAbove(String)
    /// Fields lie below the path, so it cannot hold a value.
    case fieldsBelow
  }

  private enum Written {
    case value(isNull: Bool)
    case group
  }

  private var written: [String: Written] = [:]
  private var entries: [(keys: [String], value: Value)] = []
  private var positions: [String: Int] = [:]

  /// Puts `value` at `keys`; returns the paths of the groups this makes (their first field is
  /// this one), empty when `value` is a null over fields already below it (nothing to put).
  @discardableResult
  mutating func put(_ value: Value, at keys: [String]) throws(Conflict) -> [String] {
    let path = keys.joined(separator: ".")
    switch written[path] {
    case .value?: throw .twice
    case .group?:
      if value != .null { throw .fieldsBelow }
      return []
    case nil: break
    }
    var groups: [String] = []
    var prefix = ""
    for key in keys.dropLast() {
      prefix = ValuePath.appending(key: key, to: prefix)
      switch written[prefix] {
      case .value(isNull: false)?: throw .valueAbove(prefix)
      case .group?: continue
      case .value(isNull: true)?, nil:
        written[prefix] = .group
        groups.append(prefix)
      }
    }
    written[path] = .value(isNull: value == .null)
    positions[path] = entries.count
    entries.append((keys, value))
    return groups
  }

  /// Replaces the value put at `path` (a list of records, read after all rows).
  mutating func replace(at path: String, with value: Value) {
    guard let position = positions[path] else { return }
    entries[position].value = value
    written[path] = .value(isNull: value == .null)
  }

  /// The answers as nested mappings, keys in the order first put.
  var mapping: Mapping { Self.build(entries.map { ($0.keys[...], $0.value) }) }

  private static func build(_ items: [(keys: ArraySlice<String>, value: Value)]) -> Mapping {
    var order: [String] = []
    var values: [String: Value] = [:]
    var below: [String: [(keys: ArraySlice<String>, value: Value)]] = [:]
    for (keys, value) in items {
      guard let key = keys.first else { continue }
      if values[key] == nil, below[key] == nil { order.append(key) }
      if keys.count == 1 {
        values[key] = value
      } else {
        below[key, default: []].append((keys.dropFirst(), value))
      }
    }
    // A null put where fields came below later (a group's empty row) gives way to them.
    return Mapping(
      order.map { key in (key, below[key].map { .map(build($0)) } ?? values[key] ?? .null) })
  }
}
