#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Keys and values in the order they were written. Keys are unique, and compared as written
/// (by their UTF-8 bytes, as YAML and JSON compare them).
///
/// Lookups are what rendering does most, so each key's hash is kept beside it: a lookup
/// hashes the key it is given (or uses a `MappingKey` hashed once, as templates do), scans the
/// hashes, and compares bytes only on a match. Large mappings also keep a table by hash.
public struct Mapping: Sendable, Equatable {
  public private(set) var keys: [String] = []
  public private(set) var values: [Value] = []
  private var hashes: [Int] = []
  /// Position by hash, for mappings too large to scan.
  private var table: [Int: Int]? = nil

  private static let scanLimit = 24

  public init() {}

  /// A mapping of `pairs`, in order; a later pair replaces an earlier one with the same key.
  public init(_ pairs: [(String, Value)]) {
    keys.reserveCapacity(pairs.count)
    values.reserveCapacity(pairs.count)
    hashes.reserveCapacity(pairs.count)
    for (key, value) in pairs { self[key] = value }
  }

  public var count: Int { keys.count }
  public var isEmpty: Bool { keys.isEmpty }

  /// The pairs in order.
  public var pairs: Zip2Sequence<[String], [Value]> { zip(keys, values) }

  /// The position of `key`, if present.
  public func index(of key: String) -> Int? { index(of: MappingKey(key)) }

  /// The position of `key`, if present.
  func index(of key: MappingKey) -> Int? {
    if let table, let position = table[key.hash], MappingKey.same(keys[position], key.text) {
      return position
    }
    var position = 0
    while position < hashes.count {
      if hashes[position] == key.hash, MappingKey.same(keys[position], key.text) {
        return position
      }
      position += 1
    }
    return nil
  }

  /// The value under `key`, looked up by its hash computed once.
  subscript(key: MappingKey) -> Value? {
    guard let position = index(of: key) else { return nil }
    return values[position]
  }

  /// The value under `key`; setting a new key appends it, setting nil removes it.
  public subscript(key: String) -> Value? {
    get { index(of: key).map { values[$0] } }
    set {
      let hashed = MappingKey(key)
      if let position = index(of: hashed) {
        if let newValue {
          values[position] = newValue
        } else {
          keys.remove(at: position)
          values.remove(at: position)
          hashes.remove(at: position)
          rebuildTable()
        }
      } else if let newValue {
        keys.append(key)
        values.append(newValue)
        hashes.append(hashed.hash)
        if table != nil {
          if table?[hashed.hash] == nil { table?[hashed.hash] = keys.count - 1 }
        } else if keys.count > Self.scanLimit {
          rebuildTable()
        }
      }
    }
  }

  private mutating func rebuildTable() {
    guard keys.count > Self.scanLimit else {
      table = nil
      return
    }
    var positions: [Int: Int] = [:]
    positions.reserveCapacity(keys.count)
    for (position, hash) in hashes.enumerated() where positions[hash] == nil {
      positions[hash] = position
    }
    table = positions
  }

  public static func == (lhs: Mapping, rhs: Mapping) -> Bool {
    lhs.hashes == rhs.hashes && lhs.values == rhs.values
      && zip(lhs.keys, rhs.keys).allSatisfy { MappingKey.same($0, $1) }
  }
}

/// A key with its hash computed once, for looking up the same key in many mappings (the field
/// paths of a template, in every record it renders).
struct MappingKey: Sendable, Equatable {
  let text: String
  let hash: Int

  init(_ text: String) {
    self.text = text
    // FNV-1a over the UTF-8 bytes: cheap, deterministic, and good enough to tell short keys
    // apart; equal hashes are confirmed byte by byte.
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    self.hash = Int(truncatingIfNeeded: hash)
  }

  /// Whether two keys are the same bytes.
  static func same(_ a: String, _ b: String) -> Bool {
    var a = a
    var b = b
    return a.withUTF8 { left in
      b.withUTF8 { right in
        guard left.count == right.count else { return false }
        guard let l = left.baseAddress, let r = right.baseAddress else { return true }
        return memcmp(l, r, left.count) == 0
      }
    }
  }
}
