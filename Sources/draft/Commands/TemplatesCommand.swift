import TemplateKit

/// `draft templates [show ID]`: the report kinds and sections there are, or one of them.
struct TemplatesCommand: Command {
  static let configuration = CommandConfiguration(
    name: "templates",
    abstract: "列出报告类型和章节模板，或查看其中一个",
    discussion: """
      不带参数时，每个报告类型和章节各列一行。show 显示一个章节（或报告类型）用到的字段
      （类型、是否必填、提示、示例）和模板正文。用 --templates 指定自己的模板目录时，
      同名的章节或报告类型替换内置的，新的一并列出。
      """,
    examples: [
      ("draft templates", "列出全部报告类型和章节"),
      ("draft templates show 规范党内政治生活", "查看这个章节的字段和正文"),
    ])

  @Argument("名称", after: "show", help: "要查看的章节或报告类型")
  var shown: String?

  var catalogue = CatalogueOptions()

  func run() throws -> ExitCode {
    let catalogue = try self.catalogue.catalogue()
    guard let shown else {
      try Terminal.output(TemplateListing.overview(of: catalogue))
      return .success
    }
    if let section = catalogue.section(shown) {
      try Terminal.output(TemplateListing.describe(section))
    } else if let kind = catalogue.kind(shown) {
      try Terminal.output(TemplateListing.describe(kind, in: catalogue))
    } else {
      let known = catalogue.sections.map(\.id) + catalogue.kinds.map(\.id)
      throw Diagnostic.error(
        "没有名为“\(shown)”的章节或报告类型",
        hint: (EditDistance.didYouMean(shown, among: known) ?? "")
          + "draft templates 列出全部。")
    }
    return .success
  }
}
