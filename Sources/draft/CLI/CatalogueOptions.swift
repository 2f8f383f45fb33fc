import Foundation
import TemplateKit

/// `--templates DIR` (or the environment variable `DRAFT_TEMPLATES`): a folder of templates
/// layered over the built-in set. A group: the commands that read templates hold one.
struct CatalogueOptions: ArgumentGroup {
  static let environmentVariable = "DRAFT_TEMPLATES"

  @Option(
    "--templates", value: "目录",
    help: "使用自己的模板目录，同名的章节或报告类型替换内置的（也可设环境变量 \(environmentVariable)）")
  var option: String?

  /// The folder given, by the option or else the environment.
  var folder: String? {
    option
      ?? ProcessInfo.processInfo.environment[Self.environmentVariable].flatMap {
        $0.isEmpty ? nil : $0
      }
  }

  func catalogue() throws -> Catalogue {
    if let folder {
      var isDirectory: ObjCBool = false
      let hint = "检查 --templates 或环境变量 \(Self.environmentVariable) 的值。"
      guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
        throw Diagnostic.error("模板目录“\(folder)”不存在", hint: hint)
      }
      guard isDirectory.boolValue else {
        throw Diagnostic.error("“\(folder)”是一个文件，不是模板目录", hint: hint)
      }
    }
    let catalogue = try Catalogue.standard(userFolder: folder)
    for warning in catalogue.warnings { Terminal.message(warning.headline) }
    return catalogue
  }
}
