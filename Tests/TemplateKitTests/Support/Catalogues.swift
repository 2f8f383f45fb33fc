import TemplateKit

/// A catalogue of templates given as text, for tests: `files` by path under the templates
/// root (`kinds/…`, `sections/…`, `fields/…`).
func catalogue(_ files: [String: String]) throws -> Catalogue {
  try Catalogue(loader: MemoryLoader(files: files))
}

/// Answers read from `text`, named `file` in messages: YAML unless `format` says otherwise.
func answers(_ text: String, file: String = "答案.yaml", format: AnswersFormat = .yaml) throws
  -> Answers
{
  try AnswersReader.read(bytes: Array(text.utf8), file: file, format: format)
}

/// A small catalogue: a kind with two sections, one of them with a phrase bank.
let smallCatalogueFiles: [String: String] = [
  "fields/通用.yaml": """
  字段:
    报告.类型: {类型: 文本, 提示: 报告类型, 必填: true}
    报告.日期: {类型: 日期, 提示: 成文日期, 示例: 2023-12-25, 必填: true}
    年度: {类型: 整数, 提示: 报告年度, 示例: 2023, 必填: true}
    单位.简称: {类型: 文本, 提示: 单位简称, 示例: 临江区残联, 必填: true, 标签: 单位简称}
    单位.全称: {类型: 文本, 提示: 单位全称, 示例: 临江区残疾人联合会}
  """,
  "kinds/简报.tmpl": """
  ---
  名称: 简报
  人称: 单位
  章节: [学习, 下一步]
  ---
  {% title %}{{ 单位.简称 }}{{ 年度 }}年工作简报{% endtitle %}
  {% sections %}
  {% signature %}
  {{ 单位.简称 }}
  {{ 报告.日期 | date }}
  {% endsignature %}
  """,
  "kinds/述职.tmpl": """
  ---
  名称: 述职
  人称: 个人
  章节: [{章节: 学习, 标题: 抓学习}]
  ---
  {% title %}述职报告{% endtitle %}
  {% sections %}
  """,
  "sections/学习.tmpl": """
  ---
  标题: 加强学习
  字段:
    统计.党组会: {类型: 次数, 提示: 全年召开党组会的次数, 示例: 12, 必填: true, 标签: 党组会次数}
    统计.研讨: {类型: 次数, 提示: 专题研讨的次数, 示例: 4}
    活动[].日期: {类型: 日期, 提示: 活动的日期, 示例: 2023-07-02, 必填: true}
    活动[].内容: {类型: 文本, 提示: 活动的内容, 示例: 集中学习}
  ---
  {{ 主语 }}全年召开党组会{{ 统计.党组会 }}次{?，专题研讨{{ 统计.研讨 }}次?}。
  {% for a in 活动 %}{{ a.日期 | date }}，{{ a.内容 }}。{% endfor %}
  """,
  "sections/下一步.tmpl": """
  ---
  标题: 下一步工作
  字段:
    下一步.措施: {类型: 措辞选用, 提示: 选用的措施}
  ---
  {% bank 库 %}
  {% item "增强责任意识" %}履行职责。
  {% item "加强制度建设" %}完善制度。
  {% endbank %}
  {% phrases 下一步.措施 from 库 as m %}{% section m.标题 runin %}{% phrase %}{% endsection %}{% endphrases %}
  """,
]
