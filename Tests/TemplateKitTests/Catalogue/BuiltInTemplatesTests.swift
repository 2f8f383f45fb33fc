import Foundation
import Testing

@testable import TemplateKit

@Suite("The built-in templates")
struct BuiltInTemplatesTests {
  static let templatesFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Templates").path

  @Test func theBinaryCarriesExactlyTheFilesOfTemplates() {
    let folder = DirectoryLoader(root: Self.templatesFolder)
    let onDisk = folder.names()
    let embedded = Catalogue.builtInLoader.names()
    #expect(
      embedded == onDisk,
      "内置模板与 Templates/ 不一致：增删模板文件后请 touch Package.swift 再构建")
    for name in onDisk {
      let disk = try? folder.text(of: name)?.text
      #expect(Catalogue.builtInLoader.text(of: name)?.text == disk, "\(name) 的内容已过期")
    }
  }

  @Test func everyKindAndSectionParsesAndDeclaresWhatItReads() throws {
    let catalogue = try Catalogue.standard()
    #expect(!catalogue.kinds.isEmpty)
    #expect(!catalogue.sections.isEmpty)
    let generator = ReportGenerator(catalogue: catalogue)
    for kind in catalogue.kinds {
      let sections = kind.sections.compactMap { catalogue.section($0.id) }
      #expect(sections.count == kind.sections.count, "\(kind.id) 引用了不存在的章节")
      _ = try generator.parse(kind.file, kind: kind)
      for section in sections {
        _ = try generator.parse(section.file, kind: kind, section: section)
      }
    }
    for section in catalogue.sections {
      _ = try generator.parse(section.file, kind: nil, section: section)
    }
  }

  @Test func everyDeclarationHasAPromptAndTheYearFactsCoverRecentYears() throws {
    let catalogue = try Catalogue.standard()
    let all =
      catalogue.sharedFields + catalogue.kinds.flatMap(\.fields)
      + catalogue.sections.flatMap(\.fields)
    for field in all { #expect(!field.prompt.isEmpty, "\(field.path) 没有提示") }
    for year in 2021...2025 { #expect(catalogue.yearFacts[String(year)]?["大会"] != nil) }
  }
}
