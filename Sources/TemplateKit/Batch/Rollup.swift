/// Adds up a batch's units into answers for the organisation above them (全系统共召开…次):
/// counts and amounts are summed, lists of records (activities) and of texts (documents
/// studied) are joined, and what cannot be added up — names, dates, sentences — is left for
/// the organisation to write itself. Every choice is reported: which fields were summed and
/// from how many units, which units lacked them, which values were not numbers.
///
/// Which fields are which comes from the declarations of each unit's report (its kind and
/// sections): 次数, 整数, 数值 and 金额 are summed; 记录列表 (declared `路径[].字段`) and 列表
/// are joined, duplicates in lists of texts removed. The shared fields (`fields/`: the unit,
/// its secretary, its superiors…) describe each unit itself and are not rolled up, except
/// `报告.类型` and `年度`, copied when every unit gives the same.
public struct Rollup: Sendable {
  public let catalogue: Catalogue
  /// How many units are read at once.
  public var jobs: Int

  /// The fields copied from the units when they all agree: what the report is, and its year.
  public static let copiedWhenShared = ["报告.类型", "年度"]

  /// The answers that describe each unit itself — its name, secretary, superiors, line of
  /// work, the report's settings — which the parent writes for itself, never adds up.
  static let unitsOwnGroups: Set<Substring> = ["单位", "书记", "报告", "上级", "上级纪委", "业务"]

  static func describesTheUnit(_ path: String) -> Bool {
    unitsOwnGroups.contains(path.prefix { $0 != "." && $0 != "[" })
  }

  public init(catalogue: Catalogue, jobs: Int = 1) {
    self.catalogue = catalogue
    self.jobs = max(1, jobs)
  }

  /// Reads every unit of `source` and adds them up. A unit that cannot be read (broken
  /// answers, unknown report kind) is left out and reported in `RollupResult.failures`.
  public func run(_ source: BatchSource) -> RollupResult {
    let units = source.units
    let slots = Slots<Result<UnitFacts, RollupFailure>>(count: units.count)
    let generator = ReportGenerator(catalogue: catalogue)
    WorkerPool.run(count: units.count, jobs: jobs) { index in
      let unit = units[index]
      let outcome: Result<UnitFacts, RollupFailure>
      var name = unit.fallbackName
      do {
        let answers = try unit.answers()
        name = ReportFileName.unitName(in: answers) ?? unit.fallbackName
        let plan = try catalogue.plan(for: answers)
        let declared = generator.declarations(
          kind: plan.kind, sections: plan.sections.map(\.definition))
        outcome = .success(
          UnitFacts(name: name, answers: answers, declared: declared))
      } catch {
        outcome = .failure(
          RollupFailure(unit: name, origin: unit.origin, problem: error.diagnostic))
      }
      slots.set(outcome, at: index)
    }
    var tally = Tally()
    for outcome in slots.values {
      switch outcome {
      case .success(let facts): tally.add(facts)
      case .failure(let failure): tally.failures.append(failure)
      }
    }
    return tally.result()
  }
}

/// The parent's answers, and what went into them.
public struct RollupResult: Sendable {
  /// The answers: sums, joined lists, and the values copied because all units agree.
  public var answers: Mapping
  /// The units added up, in order.
  public var units: [String]
  /// What became of each field that was rolled up or left out, in the order of the
  /// declarations.
  public var fields: [RolledField]
  /// Values that could not be counted (text where a number belongs…), each where it was
  /// written.
  public var warnings: [Diagnostic]
  /// Units left out because their answers could not be read.
  public var failures: [RollupFailure]
}

/// What the rollup did with one field.
public struct RolledField: Sendable, Equatable {
  /// How the field was treated.
  public enum Treatment: Sendable, Equatable {
    /// Numbers added up.
    case summed
    /// Lists joined in the units' order; `duplicates` items dropped as repeats.
    case joined(duplicates: Int)
    /// Every unit gave the same value: copied.
    case copied
    /// Not something to add up (text, dates, choices, the unit's own details): for the
    /// organisation to write. `yes` counts the units that answered yes, for a yes-or-no field.
    case leftOut(yes: Int?)
  }

  /// The path in the answers: `统计.党员大会`.
  public var path: String
  /// Its label (`党员大会次数`).
  public var label: String
  public var type: FieldType
  public var treatment: Treatment
  /// The result: the sum, the joined list, the copied value; nil when left out.
  public var value: Value?
  /// The units whose values went into it.
  public var contributors: Int
  /// The units that did not give it, by name.
  public var lacking: [String]
}

/// A unit the rollup could not read.
public struct RollupFailure: Sendable, Error {
  public var unit: String
  public var origin: String
  public var problem: Diagnostic
}

/// What one unit brings: its name and the values of the fields its report declares.
private struct UnitFacts: Sendable {
  var name: String
  /// The fields to roll up, in declaration order, with the unit's value (nil when absent).
  var fields: [(declaration: FieldDeclaration, value: Value?)] = []
  var warnings: [Diagnostic] = []

  init(name: String, answers: Answers, declared: [FieldDeclaration]) {
    self.name = name
    var seen: Set<String> = []
    for declaration in declared {
      var declaration = declaration
      var path = declaration.path
      if let records = path.range(of: "[]") {
        // A field of a list of records: the list itself is what is joined.
        path = String(path[..<records.lowerBound])
        declaration = FieldDeclaration(
          path: path, type: .records, prompt: "", label: FieldDeclaration.defaultLabel(for: path))
      } else if Rollup.describesTheUnit(path), !Rollup.copiedWhenShared.contains(path) {
        declaration.type = .text  // the unit's own details: never added up
      }
      guard seen.insert(path).inserted else { continue }
      declaration.path = path
      let value = Self.value(at: path, in: answers.root)
      if let value, let problem = Self.problem(with: value, as: declaration) {
        warnings.append(
          answers.error(
            "“\(path)”\(problem)，没有计入汇总", at: path,
            hint: "\(declaration.label)：改正后重新汇总。"))
        fields.append((declaration, nil))
      } else {
        fields.append((declaration, value))
      }
    }
  }

  /// What keeps `value` from being added up as `declaration` says, if anything.
  private static func problem(with value: Value, as declaration: FieldDeclaration) -> String? {
    switch declaration.type {
    case .count, .integer, .number, .amount, .list, .records:
      return declaration.type.problem(with: value, choices: declaration.choices)
    default:
      return nil
    }
  }

  /// The value at `path` (keys joined by `.`), nil when absent or blank.
  static func value(at path: String, in root: Value) -> Value? {
    let value = root.value(atPath: path)
    return value == .null ? nil : value
  }
}

/// Adding units up, one after another.
private struct Tally {
  var units: [String] = []
  var failures: [RollupFailure] = []
  private var warnings: [Diagnostic] = []
  private var order: [String] = []
  private var entries: [String: Entry] = [:]

  private struct Entry {
    var declaration: FieldDeclaration
    var values: [(unit: String, value: Value)] = []
    /// Units that were counted before this field was first seen, or lacked it since.
    var lacking: [String] = []
  }

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
        entries[declaration.path]?.values.append((facts.name, value))
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
      treatment: .leftOut(yes: nil), value: nil, contributors: entry.values.count,
      lacking: entry.lacking)
    let values = entry.values.map(\.value)
    switch declaration.type {
    case _ where Rollup.copiedWhenShared.contains(declaration.path):
      if let first = values.first, values.count == unitCount, values.allSatisfy({ $0 == first }) {
        field.treatment = .copied
        field.value = first
      }
    case .count, .integer, .number, .amount:
      field.treatment = .summed
      field.value = values.isEmpty ? nil : Rollup.sum(values)
    case .records, .list:
      var joined: [Value] = []
      var seenTexts: Set<String> = []
      var seenOthers: [Value] = []
      var duplicates = 0
      for value in values {
        for item in value.list ?? [value] {
          if declaration.type == .list {
            let isNew: Bool
            if case .string(let text) = item {
              isNew = seenTexts.insert(text).inserted
            } else {
              isNew = !seenOthers.contains(item)
              if isNew { seenOthers.append(item) }
            }
            guard isNew else {
              duplicates += 1
              continue
            }
          }
          joined.append(item)
        }
      }
      field.treatment = .joined(duplicates: duplicates)
      field.value = values.isEmpty ? nil : .list(joined)
    case .flag:
      field.treatment = .leftOut(
        yes: values.count { $0 == .bool(true) || $0 == .string("是") })
    default:
      break
    }
    return field
  }
}

extension Rollup {
  /// The sum: a whole number while every value is one (and it fits), else a decimal; when
  /// some are approximate (`120余`), an approximate sum with their word (`150余`), or 约 when
  /// their words differ.
  static func sum(_ values: [Value]) -> Value {
    var whole = 0
    var decimal = 0.0
    var exact = true
    var words: [ApproximateNumber] = []
    for value in values {
      switch value {
      case .int(let number):
        decimal += Double(number)
        if exact {
          let (next, overflow) = whole.addingReportingOverflow(number)
          if overflow { exact = false } else { whole = next }
        }
      case .double(let number):
        decimal += number
        exact = false
      case .string(let text):
        guard let approximate = ApproximateNumber(parsing: text) else { continue }
        words.append(approximate)
        decimal += approximate.value
        if exact, approximate.isWhole {
          let (next, overflow) = whole.addingReportingOverflow(Int(approximate.value))
          if overflow { exact = false } else { whole = next }
        } else {
          exact = false
        }
      default:
        continue
      }
    }
    let total: Value = exact ? .int(whole) : .double(decimal)
    guard let first = words.first else { return total }
    let text = exact ? String(whole) : NumberFormatting.plain(decimal)
    let shared = words.allSatisfy { $0.prefix == first.prefix && $0.suffix == first.suffix }
    return .string(shared ? first.qualifying(text) : "约" + text)
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
