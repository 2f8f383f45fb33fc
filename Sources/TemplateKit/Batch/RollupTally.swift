/// Adding units up, one at a time: each unit's values are folded into running totals as it
/// comes, so that memory stays flat in the number of units (5,000 units took 125 MB when their
/// values were all kept until the end).
struct Tally {
  private(set) var units: [String] = []
  private(set) var failures: [RollupFailure] = []
  private var warnings: [Diagnostic] = []
  private var order: [String] = []
  private var entries: [String: Entry] = [:]

  /// One field, folded so far.
  private struct Entry {
    var declaration: FieldDeclaration
    /// The units whose values went in.
    var contributors = 0
    /// Units that were counted before this field was first seen, or lacked it since.
    var lacking: [String] = []
    /// The first value, and whether every unit so far gave the same (for copied fields).
    var first: Value?
    var allTheSame = true
    var sum = Sum()
    /// Lists joined: the items kept, what was seen (by text, or by the value's JSON), and
    /// how many repeats were dropped.
    var joined: [Value] = []
    var seen: Set<String> = []
    var duplicates = 0
    /// Units that answered yes, for a yes-or-no field.
    var yes = 0

    mutating func fold(_ value: Value) {
      contributors += 1
      if let first, first != value { allTheSame = false }
      if first == nil { first = value }
      switch declaration.type {
      case .count, .integer, .number, .amount: sum.add(value)
      case .records, .list:
        for item in value.list ?? [value] {
          if declaration.type == .list {
            let key = item.string.map { "文本:" + $0 } ?? JSONWriter.string(item, pretty: false)
            guard seen.insert(key).inserted else {
              duplicates += 1
              continue
            }
          }
          joined.append(item)
        }
      case .flag: if value == .bool(true) || value == .string("是") { yes += 1 }
      default: break
      }
    }
  }

  mutating func fail(_ failure: RollupFailure) { failures.append(failure) }

  mutating func add(_ facts: UnitFacts) {
    units.append(facts.name)
    warnings += facts.warnings
    var given: Set<String> = []
    for (declaration, value) in facts.fields {
      if entries[declaration.path] == nil {
        order.append(declaration.path)
        // Units before this one did not declare the field: they lack it.
        entries[declaration.path] = Entry(
          declaration: declaration, lacking: Array(units.dropLast()))
      }
      given.insert(declaration.path)
      if let value {
        entries[declaration.path]?.fold(value)
      } else {
        entries[declaration.path]?.lacking.append(facts.name)
      }
    }
    for path in order where !given.contains(path) {
      entries[path]?.lacking.append(facts.name)
    }
  }

  func result() -> RollupResult {
    var answers = Mapping()
    var fields: [RolledField] = []
    for path in order {
      guard let entry = entries[path] else { continue }
      let field = Self.roll(entry, unitCount: units.count)
      if let value = field.value { answers.setValue(value, atPath: path) }
      fields.append(field)
    }
    return RollupResult(
      answers: answers, units: units, fields: fields, warnings: warnings, failures: failures)
  }

  private static func roll(_ entry: Entry, unitCount: Int) -> RolledField {
    let declaration = entry.declaration
    var field = RolledField(
      path: declaration.path, label: declaration.label, type: declaration.type,
      treatment: .leftOut(yes: nil), value: nil, contributors: entry.contributors,
      lacking: entry.lacking)
    let answered = entry.contributors > 0
    switch declaration.type {
    case _ where Rollup.copiedWhenShared.contains(declaration.path):
      if let first = entry.first, entry.contributors == unitCount, entry.allTheSame {
        field.treatment = .copied
        field.value = first
      }
    case .count, .integer, .number, .amount:
      field.treatment = .summed
      field.value = answered ? entry.sum.value : nil
    case .records, .list:
      field.treatment = .joined(duplicates: entry.duplicates)
      field.value = answered ? .list(entry.joined) : nil
    case .flag:
      field.treatment = .leftOut(yes: entry.yes)
    default:
      break
    }
    return field
  }
}

/// A running sum of the units' numbers.
struct Sum {
  private var whole = 0
  private var decimal = 0.0
  private var exact = true
  /// The approximate values added (`120余`): the sum is approximate too.
  private var first: ApproximateNumber? = nil
  private var sharedWord = true

  mutating func add(_ value: Value) {
    switch value {
    case .int(let number):
      add(whole: number, decimal: Double(number))
    case .double(let number):
      decimal += number
      exact = false
    case .string(let text):
      guard let approximate = ApproximateNumber(parsing: text) else { break }
      if let first {
        sharedWord =
          sharedWord && first.prefix == approximate.prefix
          && first.suffix == approximate.suffix
      } else {
        first = approximate
      }
      if approximate.isWhole {
        add(whole: Int(approximate.value), decimal: approximate.value)
      } else {
        decimal += approximate.value
        exact = false
      }
    default:
      break
    }
  }

  private mutating func add(whole number: Int, decimal value: Double) {
    decimal += value
    if exact {
      let (next, overflow) = whole.addingReportingOverflow(number)
      if overflow { exact = false } else { whole = next }
    }
  }

  /// A whole number while every value is one (and it fits), else a decimal; when some were
  /// approximate, an approximate sum with their word (`150余`), or 约 when their words differ.
  var value: Value {
    let total: Value = exact ? .int(whole) : .double(decimal)
    guard let first else { return total }
    let text = exact ? String(whole) : NumberFormatting.plain(decimal)
    return .string(sharedWord ? first.qualifying(text) : "约" + text)
  }
}

extension Rollup {
  /// The sum of `values`, as `Sum` adds them.
  static func sum(_ values: [Value]) -> Value {
    var sum = Sum()
    for value in values { sum.add(value) }
    return sum.value
  }
}

extension Mapping {
  /// Sets `value` at `path` (keys joined by `.`), making the mappings on the way.
  mutating func setValue(_ value: Value, atPath path: String) {
    let keys = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    setValue(value, at: keys[...])
  }

  private mutating func setValue(_ value: Value, at keys: ArraySlice<String>) {
    guard let first = keys.first else { return }
    if keys.count == 1 {
      self[first] = value
      return
    }
    var inner = self[first]?.mapping ?? Mapping()
    inner.setValue(value, at: keys.dropFirst())
    self[first] = .map(inner)
  }
}
