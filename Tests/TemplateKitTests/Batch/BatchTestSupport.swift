import Foundation

@testable import TemplateKit

/// A fresh temporary folder for a test, removed when the test is done with it.
final class ScratchFolder {
  let path: String

  init() throws {
    path =
      FileManager.default.temporaryDirectory.appendingPathComponent(
        "draft-batch-\(UUID().uuidString)"
      ).path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// Writes `text` to `name` (folders made as needed) and returns the file's path.
  @discardableResult
  func write(_ text: String, to name: String) throws -> String {
    let file = path + "/" + name
    try FileManager.default.createDirectory(
      atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(text.utf8).write(to: URL(fileURLWithPath: file))
    return file
  }

  /// The names in `folder` (the scratch folder itself by default), sorted.
  func names(in folder: String? = nil) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder ?? path).sorted()
  }
}

/// Answers read from YAML text, named `name` in messages.
func answers(_ yaml: String, file name: String) throws -> Answers {
  try AnswersReader.read(bytes: Array(yaml.utf8), file: name, format: .yaml)
}

/// An answers file of the small test catalogue's kind 简报 for a unit called `name`.
func unitAnswers(_ name: String, meetings: Int = 12) -> String {
  """
  报告:
    类型: 简报
    日期: 2023-12-25
  年度: 2023
  单位:
    全称: \(name)
    简称: \(name)
  统计:
    党组会: \(meetings)
  活动:
    - {日期: 2023-07-02, 内容: 集中学习}

  """
}
