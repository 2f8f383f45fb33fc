/// A field a template reads, as its header declares it: what to enter, of what type, with an
/// example. Declarations make questionnaires, checks and gap markers.
///
/// A declaration whose path ends in `.*` (`干部.*`) declares every key directly under the group
/// at once; `instance(at:)` gives the declaration of one of them.
public struct FieldDeclaration: Sendable, Equatable {
  /// The path in the answers, list items written `[]`: `统计.党组会`, `活动[].日期`; or a group
  /// of keys, `干部.*`.
  public var path: String
  public var type: FieldType
  /// What to enter, said to the person filling in the answers.
  public var prompt: String
  /// Whether the header wrote the prompt. If not, `prompt` is the label until a report's
  /// templates give the text around where they use the field (`FieldPrompt`).
  public var promptIsWritten: Bool
  /// A plausible value, shown in questionnaires.
  public var example: Value?
  /// Whether a report is incomplete without it.
  public var required: Bool
  /// The short name shown in gap markers (`【待填：党组会次数】`); the last key by default.
  public var label: String
  /// The values allowed, for a choice.
  public var choices: [String]
  /// Whether its text is a fact of one year (a lecture's title, a paragraph about the year's
  /// work), declared `每年更新: 是`: carried into next year's questionnaire for review, marked.
  /// Counts, amounts and dates are of one year by their type.
  public var changesEveryYear: Bool
  /// Whether 0 reads as “not done” (`零为无: 是`): an optional clause holding it vanishes as if
  /// it were not answered (新建侨胞之家0个 is not written).
  public var zeroMeansNone: Bool

  /// A declaration; with no `prompt`, the prompt is the label until a template's text gives one.
  public init(
    path: String, type: FieldType, prompt: String?, example: Value? = nil, required: Bool = false,
    label: String? = nil, choices: [String] = [], changesEveryYear: Bool = false,
    zeroMeansNone: Bool = false
  ) {
    self.path = path
    self.type = type
    self.example = example
    self.required = required
    self.label = label ?? Self.defaultLabel(for: path)
    self.prompt = prompt ?? self.label
    self.promptIsWritten = prompt != nil
    self.choices = choices
    self.changesEveryYear = changesEveryYear
    self.zeroMeansNone = zeroMeansNone
  }

  /// `统计.党组会` → `党组会`; `活动[].日期` → `活动日期`; `干部.*` → `干部各项`.
  static func defaultLabel(for path: String) -> String {
    if path.hasSuffix(anyKey), path.count > anyKey.count {
      let group = defaultLabel(for: String(path.dropLast(anyKey.count)))
      return (group.hasSuffix("[]") ? String(group.dropLast(2)) : group) + "各项"
    }
    let parts = path.split(separator: ".")
    guard let last = parts.last else { return path }
    if parts.count >= 2, parts[parts.count - 2].hasSuffix("[]") {
      return String(parts[parts.count - 2].dropLast(2) + last)
    }
    return String(last)
  }

  /// The settings a declaration may have.
  static let settings: Set<String> = [
    "类型", "提示", "示例", "必填", "标签", "选项", "每年更新", "零为无",
  ]

  // MARK: Groups declared at once

  /// What ends the path of a declaration of every key in a group.
  static let anyKey = ".*"

  /// Whether this declares every key directly under a group (`干部.*`).
  public var isGroupOfKeys: Bool { path.hasSuffix(Self.anyKey) }

  /// The group whose keys this declares (`干部` for `干部.*`), or nil.
  var group: String? { isGroupOfKeys ? String(path.dropLast(Self.anyKey.count)) : nil }

  /// The group `path` is a key directly under, when it is one: `干部` for `干部.学习`.
  static func group(of path: String) -> String? {
    guard let dot = path.lastIndex(of: ".") else { return nil }
    let key = path[path.index(after: dot)...]
    guard !key.isEmpty, !key.contains("[") else { return nil }
    return String(path[..<dot])
  }

  /// The declaration of the key at `path` under this group: the group's type, example and
  /// prompt, the key's own label.
  func instance(at path: String) -> FieldDeclaration {
    FieldDeclaration(
      path: path, type: type, prompt: promptIsWritten ? prompt : nil, example: example,
      required: required, choices: choices)
  }
}

/// The kinds of values fields hold, by their Chinese names in template headers.
public enum FieldType: String, Sendable, CaseIterable {
  /// Any text: a name, a place, a sentence.
  case text = "文本"
  /// A paragraph the user writes in full.
  case paragraph = "段落"
  /// A count: a whole number, 0 or more.
  case count = "次数"
  /// Any whole number.
  case integer = "整数"
  /// Any number.
  case number = "数值"
  /// Money in 元.
  case amount = "金额"
  /// A date such as 2023-07-02.
  case date = "日期"
  /// A list of texts.
  case list = "列表"
  /// A list of records, each with fields of its own (declared as `路径[].字段`).
  case records = "记录列表"
  /// Yes or no.
  case flag = "是否"
  /// One of given values.
  case choice = "选项"
  /// A group of fields (declared as `路径.字段`).
  case group = "分组"
  /// Items picked from a template's phrase bank: names of stock items, or `{标题, 内容}`.
  case phrases = "措辞选用"

  /// A sentence naming the type for messages and questionnaires.
  public var description: String {
    switch self {
    case .text: "文本"
    case .paragraph: "一段文字"
    case .count: "次数（0 或正整数）"
    case .integer: "整数"
    case .number: "数值"
    case .amount: "金额（元）"
    case .date: "日期（如 2023-07-02）"
    case .list: "列表"
    case .records: "记录列表"
    case .flag: "是或否（true/false）"
    case .choice: "选项"
    case .group: "一组字段"
    case .phrases: "措辞库条目的列表"
    }
  }
}
