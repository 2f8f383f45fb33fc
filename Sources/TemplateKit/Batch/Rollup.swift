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

  /// Reads every unit of `source` and adds them up, folding each into the totals in the
  /// units' order as soon as it is read (at most `jobs` units are held at once). A unit that
  /// cannot be read (broken answers, unknown report kind) is left out and reported in
  /// `RollupResult.failures`.
  public func run(_ source: BatchSource) -> RollupResult {
    let units = source.units
    let tally = OrderedClaims(Tally())
    let generator = ReportGenerator(catalogue: catalogue)
    WorkerPool.run(count: units.count, jobs: jobs) { index in
      let unit = units[index]
      var name = unit.fallbackName
      do {
        let answers = try unit.answers()
        name = ReportFileName.unitName(in: answers) ?? unit.fallbackName
        let plan = try catalogue.plan(for: answers)
        let declared = generator.declarations(
          kind: plan.kind, sections: plan.sections.map(\.definition))
        let facts = UnitFacts(name: name, answers: answers, declared: declared)
        tally.claim(at: index) { $0.add(facts) }
      } catch {
        let failure = RollupFailure(unit: name, origin: unit.origin, problem: error.diagnostic)
        tally.claim(at: index) { $0.fail(failure) }
      }
    }
    return tally.claim(at: units.count) { $0.result() }
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
struct UnitFacts: Sendable {
  var name: String
  /// The fields to roll up, in declaration order, with the unit's value (nil when absent).
  var fields: [(declaration: FieldDeclaration, value: Value?)] = []
  var warnings: [Diagnostic] = []

  init(name: String, answers: Answers, declared: [FieldDeclaration]) {
    self.name = name
    var seen: Set<String> = []
    for declaration in Self.keysOfGroups(declared, in: answers.root) {
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

  /// The declarations with each group declared at once (`统计.*: 次数`) declared again for
  /// every key the unit gives under it; a group of records' fields stays as it is (the list is
  /// what is joined).
  private static func keysOfGroups(_ declared: [FieldDeclaration], in root: Value)
    -> [FieldDeclaration]
  {
    let own = Set(declared.map(\.path))
    return declared.flatMap { declaration -> [FieldDeclaration] in
      guard let group = declaration.group, !group.contains("[]") else { return [declaration] }
      let keys = root.value(atPath: group)?.mapping?.keys ?? []
      return keys.map { ValuePath.appending(key: $0, to: group) }.filter { !own.contains($0) }
        .map(declaration.instance(at:))
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
