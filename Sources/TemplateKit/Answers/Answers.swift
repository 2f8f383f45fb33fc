/// An answers file as read: its data, and where each key and value stands in the file so that
/// checks can point at them.
public struct Answers: Sendable {
  /// The data; the root of an answers file is a mapping.
  public var root: Value
  /// The file's text, for quoting lines in messages (nil for answers built in code).
  public var source: SourceText?
  /// Where each key and value was written, by path (`统计.党组会`, `活动[0].日期`).
  public var locations: [String: ValueLocation]

  public init(root: Value, source: SourceText? = nil, locations: [String: ValueLocation] = [:]) {
    self.root = root
    self.source = source
    self.locations = locations
  }

  /// The location of the value at `path` (or of its key, when `key` is true), if known.
  public func location(of path: String, key: Bool = false) -> SourceLocation? {
    guard let entry = locations[path], let file = entry.source ?? source else { return nil }
    return file.location(at: key ? entry.key : entry.value)
  }

  /// The text of the file the value at `path` was written in: the answers' own file, or the
  /// other file its location names (answers layered from several files).
  public func sourceText(of path: String) -> SourceText? {
    locations[path]?.source ?? source
  }
}

/// Where a value, and the key that names it, stand in an answers file.
public struct ValueLocation: Sendable, Equatable {
  /// Where the value's first character stands.
  public var value: TextPosition
  /// Where its key stands (for a list item: its `-`; for the root: the value).
  public var key: TextPosition
  /// The file it was written in, when that is not the answers' own file: answers layered from
  /// several files (a batch's shared answers under a unit's own) keep each value's file here.
  public var source: SourceText?

  public init(value: TextPosition, key: TextPosition, source: SourceText? = nil) {
    self.value = value
    self.key = key
    self.source = source
  }

  /// A value and its key placed by lines and columns alone (a workbook's rows and columns).
  public init(line: Int, column: Int, keyLine: Int, keyColumn: Int, source: SourceText? = nil) {
    self.init(
      value: TextPosition(line: line, column: column),
      key: TextPosition(line: keyLine, column: keyColumn), source: source)
  }
}

/// How paths to values are written, in messages and in the `locations` table: keys joined by
/// `.`, list positions as `[n]` counting from 0 — the same form templates use.
public enum ValuePath {
  /// The path of `key` under `parent` (`""` for the root).
  public static func appending(key: String, to parent: String) -> String {
    parent.isEmpty ? key : parent + "." + key
  }

  /// The path of item `index` of the list at `parent`.
  public static func appending(index: Int, to parent: String) -> String {
    parent + "[\(index)]"
  }
}

extension Value {
  /// The value at `path` with list positions (`活动[0].日期`); nil when a key or a position on
  /// the way is missing.
  func value(atConcretePath path: String) -> Value? {
    var value: Value? = self
    for part in path.split(separator: ".", omittingEmptySubsequences: false) {
      var key = Substring(part)
      var positions: [Int] = []
      while key.hasSuffix("]"), let open = key.lastIndex(of: "["),
        let position = Int(key[key.index(after: open)..<key.index(before: key.endIndex)])
      {
        positions.insert(position, at: 0)
        key = key[..<open]
      }
      value = value?[String(key)]
      for position in positions {
        guard let items = value?.list, items.indices.contains(position) else { return nil }
        value = items[position]
      }
    }
    return value
  }

  /// The value at `path`, keys joined by `.` (no list positions): nil when a key on the way
  /// is missing or a value on the way is not a mapping.
  func value(atPath path: String) -> Value? {
    var value: Value? = self
    for key in path.split(separator: ".", omittingEmptySubsequences: false) {
      value = value?[String(key)]
    }
    return value
  }
}
