import Foundation
import Testing

@testable import TemplateKit

/// A template folder is read as written, or told why not: headers left open, kinds without
/// sections or naming ones that do not exist, and files draft does not read are each an error
/// or a warning at their place.
struct CatalogueTests {
  private let section = "---\n标题: 学习\n---\n认真学习。\n"

  private func kind(_ header: String) -> [String: String] {
    ["kinds/简报.tmpl": "---\n" + header + "---\n{% sections %}\n", "sections/学习.tmpl": section]
  }

  @Test func aHeaderLeftOpenIsAnErrorAtItsFirstLine() {
    let error = diagnostic { _ = try catalogue(["sections/学习.tmpl": "---\n标题: 学习\n认真学习。\n"]) }
    #expect(error?.message == "模板的头部没有结尾的“---”")
    #expect(error?.location == SourceLocation(file: "sections/学习.tmpl", line: 1, column: 1))
    let glued = diagnostic { _ = try catalogue(["sections/学习.tmpl": "---标题: 学习\n---\n正文\n"]) }
    #expect(glued?.message == "模板第一行的“---”后面还有内容")
    #expect(glued?.location == SourceLocation(file: "sections/学习.tmpl", line: 1, column: 4))
  }

  @Test func aKindWithoutSectionsIsAnError() {
    for header in ["名称: 简报\n", "名称: 简报\n章节: []\n"] {
      let error = diagnostic { _ = try catalogue(kind(header)) }
      #expect(error?.message == "报告类型没有列出“章节”")
      #expect(error?.location == SourceLocation(file: "kinds/简报.tmpl", line: 1, column: 1))
    }
  }

  @Test func aKindWithoutANameIsAWarningAtItsHeader() throws {
    let read = try catalogue(kind("章节: [学习]\n"))
    #expect(read.kind("简报")?.name == "简报")
    #expect(read.warnings.map(\.headline) == ["kinds/简报.tmpl:1:1: 警告：报告类型没有写“名称”，列表中用文件名“简报”"])
    #expect(read.warnings.first?.severity == .warning)
  }

  @Test func moreThanOneHundredSectionsAreRefusedAtTheFirstTooMany() {
    let list = String(repeating: "  - 学习\n", count: 101)
    let error = diagnostic { _ = try catalogue(kind("名称: 简报\n章节:\n" + list)) }
    #expect(error?.message == "章节太多（超过 100 个）")
    #expect(error?.location == SourceLocation(file: "kinds/简报.tmpl", line: 104, column: 5))
    _ = try? catalogue(kind("名称: 简报\n章节:\n" + String(repeating: "  - 学习\n", count: 100)))
  }

  /// A section the kind lists that does not exist is the kind's mistake, pointed at in its
  /// file: at the item, or at the id of a `{章节: …, 标题: …}` item.
  @Test func aMissingSectionIsReportedAtTheKindsItem() throws {
    let kindOnly = try answers("报告:\n  类型: 简报\n")
    for (list, column) in [("[学习, 学吸]", 10), ("\n  - 学习\n  - {章节: 学吸, 标题: 新}", 10)] {
      let read = try catalogue(kind("名称: 简报\n章节: " + list + "\n"))
      let error = diagnostic { _ = try read.plan(for: kindOnly) }
      #expect(error?.message == "没有名为“学吸”的章节")
      #expect(error?.location?.file == "kinds/简报.tmpl")
      #expect(error?.location?.column == column, "\(list)")
      #expect(error?.hint?.hasPrefix("是不是想写“学习”？") == true)
    }
    // Listed in the answers, it is the answers' mistake.
    let read = try catalogue(kind("名称: 简报\n章节: [学习]\n"))
    let listed = try answers("报告:\n  类型: 简报\n  章节: [学吸]\n")
    let error = diagnostic { _ = try read.plan(for: listed) }
    #expect(error?.location == SourceLocation(file: "答案.yaml", line: 3, column: 8))
  }

  /// What a user's folder holds that is not read: one warning each, sorted by path; hidden
  /// files, what is read, and the answers and account `draft learn` writes say nothing.
  @Test func filesAndFoldersThatAreNotReadAreWarnedOf() throws {
    let folder = try ScratchFolder()
    try folder.write(section, to: "sections/学习.tmpl")
    try folder.write(section, to: "sections/旧/学习.tmpl")
    try folder.write(section, to: "sections/X.tmpl/学习.tmpl")
    try folder.write("认真学习。", to: "sections/说明.txt")
    try folder.write("签名", to: "fragments/签名/单位.tmpl")
    try folder.write("签名", to: "fragments/签名.txt")
    try folder.write("字段: {}\n", to: "fields/统计.yml")
    try folder.write("2023: {}\n", to: "data/年度.yaml")
    try folder.write("x", to: "data/旧.yaml")
    try folder.write("x", to: "kinds")
    try folder.write("x", to: "说明.md")
    try folder.write("x", to: ".DS_Store")
    try folder.write("x", to: "sections/.学习.tmpl.swp")
    for learned in ["答案.yaml", "答案-1.yaml", "答案-12.yaml", "学习记录.txt"] {
      try folder.write("x", to: learned)
    }
    try folder.write("x", to: "答案-旧.yaml")
    try folder.write("x", to: "答案-2.yaml/说明.md")
    let read = try Catalogue.standard(userFolder: folder.path)
    let shown = read.warnings.map {
      $0.headline.replacingOccurrences(of: folder.path + "/", with: "")
    }
    #expect(
      shown == [
        "警告：模板目录中的“data/旧.yaml”不是 data/ 中 draft 读取的文件（只读 年度.yaml），不会被读取",
        "警告：模板目录中的“fields/统计.yml”不是 .yaml 文件，不会被读取",
        "警告：模板目录中的“fragments/签名.txt”不是 .tmpl 文件，不会被读取",
        "警告：模板目录中的“kinds”是一个文件（应是存放 .tmpl 文件的文件夹），不会被读取",
        "警告：模板目录中的“sections/X.tmpl”是一个文件夹（sections/ 中只读取直接放在其中的 .tmpl 文件），不会被读取",
        "警告：模板目录中的“sections/旧”是一个文件夹（sections/ 中只读取直接放在其中的 .tmpl 文件），不会被读取",
        "警告：模板目录中的“sections/说明.txt”不是 .tmpl 文件，不会被读取",
        "警告：模板目录中的“答案-2.yaml”不在 draft 读取的位置（kinds、sections、fragments、fields、data），不会被读取",
        "警告：模板目录中的“答案-旧.yaml”不在 draft 读取的位置（kinds、sections、fragments、fields、data），不会被读取",
        "警告：模板目录中的“说明.md”不在 draft 读取的位置（kinds、sections、fragments、fields、data），不会被读取",
      ])
    #expect(read.warnings.allSatisfy { $0.severity == .warning })
  }

  @Test func theBuiltInTemplatesHaveNothingToWarnOf() throws {
    #expect(try Catalogue.standard().warnings.isEmpty)
  }
}
