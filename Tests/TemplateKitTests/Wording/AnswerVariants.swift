@testable import TemplateKit

/// One set of answers to render, named for a failure message.
struct AnswerVariant {
  let name: String
  let answers: Mapping
  /// Whether the report may show gaps of the facts of the year (a year the data lacks some of).
  var allowsYearGaps = false
  /// Words the report must not say: another line of work's.
  var forbidden: [String] = []
}

/// The combinations of answers a report is tried with: everything filled; every optional
/// answer left out, one at a time, all at once and half of them at random; a bureau's unit
/// with everything or only what is required; every choice of every 选项 field; every type of
/// Party organisation; a unit called by its Party organisation's name; every year the facts
/// of the year cover; counts written as approximations (`12余`) and counts of 0; lists of one
/// item.
struct AnswerVariants {
  let catalogue: Catalogue
  let base: Mapping

  /// How many times half the optional answers, drawn at random (the same each run), are left
  /// out together: optional parts next to each other vanish at once.
  static let randomRounds = 12

  /// A unit of another line of work than the corpus's federation, with only what is required.
  static let bureau: Mapping =
    ([
      "单位": [
        "全称": "临江区统计局", "简称": "区统计局", "党组织": "中共临江区统计局党组", "党组织类型": "党组",
      ],
      "书记": ["姓名": "王立", "职务": "党组书记、局长"],
      "业务": ["工作": "统计工作", "事业": "统计事业"],
      "上级": ["区委"],
    ] as Value).mapping ?? Mapping()

  /// What only the corpus's federation says: stock wording for everyone says none of it.
  static let federationWords = ["残联", "残疾", "助残", "理事长", "康复"]

  /// The organisations a template must read well for, by the type of their Party organisation.
  static let organisationTypes = ["党组", "党委", "党工委", "党总支", "党支部"]

  var all: [AnswerVariant] {
    get throws {
      let declared = try declarations()
      let optional = optionalPaths(in: .map(base), at: "", declared: declared)
      var variants = [AnswerVariant(name: "全部填写", answers: base)]
      for path in optional {
        variants.append(AnswerVariant(name: "不填“\(path)”", answers: base.removing([path])))
      }
      variants.append(AnswerVariant(name: "可选项全部不填", answers: base.removing(Set(optional))))
      var random = SplitMix64(seed: 2023)
      for round in 1...Self.randomRounds {
        let left = optional.filter { _ in random.next() & 1 == 0 }
        variants.append(
          AnswerVariant(name: "随机不填一半（第 \(round) 组）", answers: base.removing(Set(left))))
      }
      variants.append(AnswerVariant(name: "统计局，全部填写", answers: base.merging(Self.bureau)))
      variants.append(
        AnswerVariant(
          name: "统计局，可选项全部不填",
          answers: base.removing(Set(optional)).merging(Self.bureau),
          forbidden: Self.federationWords))
      for declaration in declared where !declaration.choices.isEmpty {
        for choice in declaration.choices {
          var answers = base
          answers.setValue(.string(choice), atPath: declaration.path)
          variants.append(AnswerVariant(name: "“\(declaration.path)”为\(choice)", answers: answers))
        }
      }
      let name = Value.map(base).value(atPath: "单位.简称")?.string ?? "本单位"
      for type in Self.organisationTypes {
        var answers = base
        answers.setValue(.string(type), atPath: "单位.党组织类型")
        answers.setValue(.string(name + type), atPath: "单位.党组织")
        variants.append(AnswerVariant(name: "党组织类型为\(type)", answers: answers))
      }
      variants.append(
        AnswerVariant(
          name: "次数写作约数",
          answers: Self.rewriting(base, declared: declared) { type, value in
            guard type == .count, case .int(let number) = value else { return nil }
            return .string("\(number)余")
          }))
      variants.append(
        AnswerVariant(
          name: "次数都是 0",
          answers: Self.rewriting(base, declared: declared) { type, value in
            guard type == .count, case .int = value else { return nil }
            return .int(0)
          }))
      variants.append(
        AnswerVariant(
          name: "列表都只有一项",
          answers: Self.rewriting(base, declared: declared) { type, value in
            guard type == .list, case .list(let items) = value, items.count > 1 else { return nil }
            return .list([items[0]])
          }))
      if let organisation = Value.map(base).value(atPath: "单位.党组织")?.string {
        var answers = base.removing(["单位.自称"])
        answers.setValue(.string(organisation), atPath: "单位.简称")
        variants.append(AnswerVariant(name: "单位简称就是党组织名称", answers: answers))
      }
      for year in catalogue.yearFacts.keys.compactMap({ Int($0) }) {
        // Dates belong to the year they were written for: moved to another year, they go.
        var answers = Self.rewriting(base, declared: declared) { type, _ in
          type == .date ? .null : nil
        }
        answers.setValue(.int(year), atPath: "年度")
        answers.setValue(.string("\(year)-12-25"), atPath: "报告.日期")
        variants.append(
          AnswerVariant(name: "\(year) 年", answers: answers, allowsYearGaps: true))
      }
      return variants
    }
  }

  /// The declarations the report these answers ask for may read.
  private func declarations() throws -> [FieldDeclaration] {
    let plan = try catalogue.plan(for: Answers(root: .map(base)))
    return ReportGenerator(catalogue: catalogue).declarations(
      kind: plan.kind, sections: plan.sections.map(\.definition))
  }

  /// The answered paths (`统计.党课`, `补贴`, `补贴[0].人数`) whose declaration is optional:
  /// a value, a list taken whole, each optional field of each record of a list of records.
  private func optionalPaths(in value: Value, at path: String, declared: [FieldDeclaration])
    -> [String]
  {
    let form = DeclarationIndex.declaredForm(of: path)
    if let declaration = declared.first(where: { $0.path == form }) {
      return declaration.required || value.isAbsent ? [] : [path]
    }
    switch value {
    case .map(let mapping):
      return mapping.pairs.flatMap { key, child in
        optionalPaths(
          in: child, at: ValuePath.appending(key: key, to: path), declared: declared)
      }
    case .list(let items) where items.contains(where: { $0.mapping != nil }):
      let records = items.enumerated().flatMap { index, item in
        optionalPaths(
          in: item, at: ValuePath.appending(index: index, to: path), declared: declared)
      }
      return [path] + records
    default:
      return []
    }
  }

  /// `answers` with each declared value that `change` gives a new value for (from the
  /// field's type and the value) replaced by it.
  private static func rewriting(
    _ answers: Mapping, declared: [FieldDeclaration],
    change: (FieldType, Value) -> Value?
  ) -> Mapping {
    let types = Dictionary(declared.map { ($0.path, $0.type) }) { first, _ in first }
    func walk(_ value: Value, _ path: String) -> Value {
      if let type = types[DeclarationIndex.declaredForm(of: path)],
        let changed = change(type, value)
      {
        return changed
      }
      switch value {
      case .map(let mapping):
        return .map(
          Mapping(
            mapping.pairs.map { key, child in
              (key, walk(child, ValuePath.appending(key: key, to: path)))
            }))
      case .list(let items):
        return .list(
          items.enumerated().map { index, item in
            walk(item, ValuePath.appending(index: index, to: path))
          })
      default:
        return value
      }
    }
    return walk(.map(answers), "").mapping ?? answers
  }
}

/// A small random number generator with a seed, so that the combinations tried are the same
/// on every run (SplitMix64, Steele, Lea and Flood 2014).
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
