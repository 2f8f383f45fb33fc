/// Reads the settings of a catalogue file — a template's header (YAML between `---` lines) or
/// a YAML data file — reporting problems at their place in the file.
struct HeaderReader {
  let answers: Answers

  /// Reads the header of `file`; a file without one has an empty header.
  init(_ file: TemplateFile) throws(Diagnostic) {
    guard let header = file.header else {
      answers = Answers(root: .map(Mapping()))
      return
    }
    // A blank first line stands for the opening `---`, so lines number as in the file.
    let text = "\n" + header
    answers = try AnswersReader.read(bytes: Array(text.utf8), file: file.name, format: .yaml)
  }

  /// Reads a whole YAML file of settings.
  init(yaml text: TemplateText) throws(Diagnostic) {
    answers = try AnswersReader.read(
      bytes: Array(text.text.utf8), file: text.displayName, format: .yaml)
  }

  var root: Mapping { answers.root.mapping ?? Mapping() }

  /// Whether the header has a value at `path`.
  func has(_ path: String) -> Bool { answers.locations[path] != nil }

  /// An error about the value at `path` in the header (its lines number as in the file).
  func error(_ message: String, at path: String, hint: String? = nil) -> Diagnostic {
    answers.error(message, at: path, hint: hint)
  }

  /// The text under `key`, or nil; an error when it is there but not text.
  func text(_ key: String, in mapping: Mapping? = nil, at path: String? = nil) throws(Diagnostic)
    -> String?
  {
    let mapping = mapping ?? root
    let path = path.map { ValuePath.appending(key: key, to: $0) } ?? key
    switch mapping[key] {
    case nil, .null?: return nil
    case .string(let text)?: return text
    case .int(let number)?: return String(number)
    case let other?: throw error("“\(key)”应是文字，这里是\(other.typeName)", at: path)
    }
  }

  /// A section's heading under `key` (标题), or nil. It may print answers with `{{ }}`
  /// (`{{ 年度 + 1 }}年工作打算`), which the report fills in; tags (`{% %}`, `{? ?}`, `{# #}`)
  /// would be printed as typed, so they are an error here.
  func heading(_ key: String) throws(Diagnostic) -> String? {
    guard let heading = try text(key) else { return nil }
    if let tag = Self.templateSyntax(in: heading, outputs: true) {
      throw error(
        "章节标题里只能用 {{ }} 写出答案，不能写“\(tag)”", at: key,
        hint: "条件、循环和注释请写进正文；标题中可以写 {{ 年度 }} 这样的输出（以 {{ 开头时整个标题加引号）。")
    }
    return heading
  }

  /// Where the value under `key` starts in the file.
  func position(of key: String) -> TextPosition? { answers.locations[key]?.value }

  /// The first template tag opener in `text` (`{{` too, unless `outputs` are allowed), if any.
  static func templateSyntax(in text: String, outputs: Bool) -> String? {
    (outputs ? ["{%", "{?", "{#"] : ["{{", "{%", "{?", "{#"]).first { text.contains($0) }
  }

  /// Yes or no under `key`: true/false, or 是/否.
  func flag(_ key: String, in mapping: Mapping, at path: String) throws(Diagnostic) -> Bool? {
    switch mapping[key] {
    case nil, .null?: return nil
    case .bool(let flag)?: return flag
    case .string("是")?: return true
    case .string("否")?: return false
    case _?:
      throw error("“\(key)”应是“是”或“否”", at: ValuePath.appending(key: key, to: path))
    }
  }

  /// The field declarations under `字段`: each a type name (`统计.党组会: 次数`) or settings
  /// (`{类型: 次数, 提示: …}`); a path ending in `.*` declares every key of a group.
  func fields() throws(Diagnostic) -> [FieldDeclaration] {
    guard let value = root["字段"], value != .null else { return [] }
    guard case .map(let fields) = value else {
      throw error("“字段”应是以字段路径为键的一组声明", at: "字段")
    }
    var declarations: [FieldDeclaration] = []
    for (path, spec) in fields.pairs {
      declarations.append(try field(path, spec, at: ValuePath.appending(key: path, to: "字段")))
    }
    return declarations
  }

  private func field(_ path: String, _ written: Value, at: String) throws(Diagnostic)
    -> FieldDeclaration
  {
    let spec: Mapping
    let typeAt: String
    switch written {
    case .string(let typeName):
      spec = Mapping([("类型", .string(typeName))])
      typeAt = at
    case .map(let settings):
      spec = settings
      typeAt = ValuePath.appending(key: "类型", to: at)
    default:
      throw error(
        "字段“\(path)”的声明应是类型名（如“次数”），或一组设置（类型、提示、示例、必填）", at: at)
    }
    for key in spec.keys where !FieldDeclaration.settings.contains(key) {
      throw answers.error(
        "不认识的设置“\(key)”", at: ValuePath.appending(key: key, to: at), key: true,
        hint: (EditDistance.didYouMean(key, among: Array(FieldDeclaration.settings)) ?? "")
          + "字段的设置有：" + FieldDeclaration.settings.sorted().joined(separator: "、"))
    }
    let typeName = try text("类型", in: spec, at: at) ?? FieldType.text.rawValue
    guard let type = FieldType(rawValue: typeName) else {
      throw error(
        "不认识的字段类型“\(typeName)”", at: typeAt,
        hint: "可用的类型：" + FieldType.allCases.map(\.rawValue).joined(separator: "、"))
    }
    let stars = path.count { $0 == "*" }
    if stars > 0 {
      guard stars == 1, path.hasSuffix(FieldDeclaration.anyKey), path.count > 2 else {
        throw answers.error(
          "“*”只能写在路径末尾，表示一组的各项，如“干部.*”", at: at, key: true,
          hint: "“干部.*: 次数”声明“干部”下的每一项都是次数。")
      }
      if spec["标签"] != nil {
        throw error(
          "“\(path)”声明的是一组字段，不能写“标签”", at: ValuePath.appending(key: "标签", to: at),
          hint: "每一项的标签就是它自己的键名。")
      }
    }
    let choices = spec["选项"]?.list?.compactMap { try? $0.printed() } ?? []
    if type == .choice, choices.isEmpty {
      throw error("选项类型的字段“\(path)”要列出“选项”", at: at)
    }
    return FieldDeclaration(
      path: path, type: type, prompt: try text("提示", in: spec, at: at), example: spec["示例"],
      required: try flag("必填", in: spec, at: at) ?? false,
      label: try text("标签", in: spec, at: at), choices: choices,
      changesEveryYear: try flag("每年更新", in: spec, at: at) ?? false,
      zeroMeansNone: try flag("零为无", in: spec, at: at) ?? false)
  }
}
