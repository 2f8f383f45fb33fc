#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Keys and values in the order they were written. Keys are unique, and compared as written
/// (by their UTF-8 bytes, as YAML and JSON compare them).
///
/// Lookups are what rendering does most, so each key's hash is kept beside it: a lookup in a
/// small mapping hashes the key it is given (or uses a `MappingKey` hashed once, as templates
/// do), scans the hashes, and compares bytes only on a match. A mapping of more than
/// `scanLimit` keys also keeps a table from each key to its position, so that a lookup, and
/// adding a key, take the same time however many keys there are: reading a file with a
/// million keys is linear. All entries live in one array, so passing a mapping around costs
/// one reference.
public struct Mapping: Sendable, Equatable {
  private var entries: [Entry] = []
  /// Position by key, once there are more than `scanLimit` entries.
  private var table: [TableKey: Int]? = nil

  private struct Entry: Sendable {
    var key: String
    var hash: Int
    var value: Value
  }

  /// A key in the table: hashed by the standard library's seeded hasher (so that no file can
  /// make its keys collide), equal by bytes.
  private struct TableKey: Hashable, Sendable {
    let text: String

    static func == (lhs: TableKey, rhs: TableKey) -> Bool { MappingKey.same(lhs.text, rhs.text) }

    func hash(into hasher: inout Hasher) {
      var text = text
      text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
  }

  /// The most entries a lookup scans; larger mappings look keys up in their table.
  static let scanLimit = 64

  public init() {}

  /// A mapping of `pairs`, in order; a later pair replaces an earlier one with the same key.
  public init(_ pairs: [(String, Value)]) {
    entries.reserveCapacity(pairs.count)
    for (key, value) in pairs { self[key] = value }
  }

  public var keys: [String] { entries.map(\.key) }
  public var values: [Value] { entries.map(\.value) }
  public var count: Int { entries.count }
  public var isEmpty: Bool { entries.isEmpty }

  /// The pairs in order.
  public var pairs: [(String, Value)] { entries.map { ($0.key, $0.value) } }

  /// The position of `key`, if present.
  public func index(of key: String) -> Int? { index(of: MappingKey(key)) }

  /// The position of `key`, if present.
  func index(of key: MappingKey) -> Int? {
    var comparisons = 0
    return index(of: key, comparisons: &comparisons)
  }

  /// The position of `key`, if present, adding to `comparisons` the entries looked at: at most
  /// `scanLimit`, and one in a mapping with a table.
  func index(of key: MappingKey, comparisons: inout Int) -> Int? {
    if let table {
      comparisons += 1
      return table[TableKey(text: key.text)]
    }
    return entries.withUnsafeBufferPointer { entries in
      comparisons += entries.count
      for position in entries.indices
      where entries[position].hash == key.hash && MappingKey.same(entries[position].key, key.text) {
        return position
      }
      return nil
    }
  }

  /// The value under `key`, looked up by its hash computed once.
  subscript(key: MappingKey) -> Value? {
    guard let position = index(of: key) else { return nil }
    return entries[position].value
  }

  /// The value under `key`; setting a new key appends it, setting nil removes it.
  public subscript(key: String) -> Value? {
    get { self[MappingKey(key)] }
    set {
      let hashed = MappingKey(key)
      if let position = index(of: hashed) {
        if let newValue {
          entries[position].value = newValue
        } else {
          entries.remove(at: position)
          rebuildTable()
        }
      } else if let newValue {
        append(hashed, newValue)
      }
    }
  }

  /// Appends `key`, which the caller knows is not in the mapping (a reader has just looked).
  mutating func append(_ key: MappingKey, _ value: Value) {
    entries.append(Entry(key: key.text, hash: key.hash, value: value))
    if table != nil {
      table?[TableKey(text: key.text)] = entries.count - 1
    } else if entries.count > Self.scanLimit {
      rebuildTable()
    }
  }

  private mutating func rebuildTable() {
    guard entries.count > Self.scanLimit else {
      table = nil
      return
    }
    var positions: [TableKey: Int] = [:]
    positions.reserveCapacity(entries.count)
    for (position, entry) in entries.enumerated() {
      positions[TableKey(text: entry.key)] = position
    }
    table = positions
  }

  public static func == (lhs: Mapping, rhs: Mapping) -> Bool {
    lhs.entries.count == rhs.entries.count
      && zip(lhs.entries, rhs.entries).allSatisfy {
        $0.hash == $1.hash && $0.value == $1.value && MappingKey.same($0.key, $1.key)
      }
  }
}

/// A key with its hash computed once, for looking up the same key in many mappings (the field
/// paths of a template, in every record it renders).
struct MappingKey: Sendable, Equatable {
  let text: String
  let hash: Int

  init(_ text: String) {
    self.text = text
    self.hash = Self.hash(text)
  }

  /// FNV-1a over the UTF-8 bytes: cheap, deterministic, and good enough to tell short keys
  /// apart; equal hashes are confirmed byte by byte.
  private static func hash(_ text: String) -> Int {
    func fnv<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Int {
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
      return Int(truncatingIfNeeded: hash)
    }
    return text.utf8.withContiguousStorageIfAvailable(fnv) ?? fnv(text.utf8)
  }

  /// Whether two keys are the same bytes.
  static func same(_ a: String, _ b: String) -> Bool {
    let compared = a.utf8.withContiguousStorageIfAvailable { left in
      b.utf8.withContiguousStorageIfAvailable { right in
        guard left.count == right.count else { return false }
        guard let l = left.baseAddress, let r = right.baseAddress else { return true }
        return memcmp(l, r, left.count) == 0
      }
    }
    if let compared, let compared { return compared }
    return a.utf8.elementsEqual(b.utf8)
  }
}
