/// What a questionnaire says about a field, in pieces each writer lays out its own way: the
/// YAML questionnaire puts them in a comment above the key, the workbook in the columns beside
/// the answer.
struct FieldNote {
  /// `【必填】` when required, the prompt, and the type or the choices: `【必填】全年召开党组会的
  /// 次数。类型：次数（0 或正整数）`.
  var summary: String
  /// The example, as it would be written.
  var example: String?
  /// What the report kind puts there when the field is left empty.
  var preset: String?
  /// The names a phrase selection may pick.
  var options: [String]?
  /// The sections the report has when the answers choose none (on the report's date, the
  /// field before which `报告.章节` would be written).
  var defaultSections: [String]?

  init(_ declaration: FieldDeclaration, in outline: QuestionnaireOutline) {
    var text = (declaration.required ? "【必填】" : "") + declaration.prompt
    switch declaration.type {
    case .text, .paragraph, .group, .phrases: break
    case .choice: text += "。可选：" + declaration.choices.joined(separator: "、")
    default: text += "。类型：" + declaration.type.description
    }
    if declaration.path == "报告.类型" { text += "（不要改）" }
    summary = text
    if let example = declaration.example, declaration.path != "报告.类型" {
      self.example = example.string ?? YAMLWriter.inline(example)
    }
    preset = outline.kindDefault(at: declaration.path).flatMap(YAMLWriter.inline)
    options = outline.bankNames(for: declaration)
    if declaration.path == "报告.日期" { defaultSections = outline.sectionIDs }
  }
}
