import Foundation
import TemplateKit

/// Choosing an output format and writing the output without harming existing files.
enum OutputChoice {
  /// The format `--format` names, else the one the output's extension says, else plain text.
  static func format(named name: String?, output: String?) throws -> OutputFormat {
    let known = OutputFormat.allCases.map(\.rawValue).joined(separator: "、")
    if let name {
      guard let format = OutputFormat(name: name) else {
        throw UsageError("不认识的格式“\(name)”，可用的格式：\(known)")
      }
      return format
    }
    guard let output else { return .txt }
    let ext = (output as NSString).pathExtension
    guard let format = OutputFormat(pathExtension: ext) else {
      throw UsageError("无法从文件名“\(output)”看出格式：请用 .docx、.html、.md 或 .txt 结尾，或加 --format")
    }
    return format
  }

  /// The font set `--fonts` names, or the default.
  static func fonts(named name: String?) throws -> ReportFonts {
    guard let name else { return .gb2312 }
    guard let fonts = ReportFonts(presetName: name) else {
      throw UsageError("不认识的字体设置“\(name)”，可用的有：gb2312、windows")
    }
    return fonts
  }

  /// Writes `bytes` to `path` whole or not at all; an existing file only with `force`.
  static func write(_ bytes: [UInt8], to path: String, force: Bool) throws {
    if try AtomicFile.write(bytes, to: path, replace: force) == .keptExisting {
      throw Diagnostic.error(
        "“\(path)”已存在，没有覆盖", hint: "如确要覆盖，请加 --force；或用 -o 换一个文件名。")
    }
  }
}

/// The problems the answers have, shown before a report's gaps: every one `draft check` would
/// find, with its place.
enum ProblemReport {
  static func print(_ problems: [Diagnostic]) {
    guard !problems.isEmpty else { return }
    Terminal.message(problems.map(\.description).joined(separator: "\n\n") + "\n")
    let errors = problems.count { $0.severity == .error }
    let warnings = problems.count { $0.severity == .warning }
    var counts: [String] = []
    if errors > 0 { counts.append("\(errors) 个错误") }
    if warnings > 0 { counts.append("\(warnings) 个警告") }
    if counts.isEmpty { return }
    var text = "答案中有 " + counts.joined(separator: "、")
    if errors > 0 { text += "；有错的值在报告中标为【待填：…】，不会照原样写出" }
    Terminal.message(text + "。")
  }
}

/// The list of gaps shown after a report is made.
enum GapReport {
  static func print(_ missing: [MissingField], strict: Bool) {
    guard !missing.isEmpty else { return }
    var text =
      strict
      ? "报告中有 \(missing.gapCount) 处待填，因为用了 --strict，没有生成报告：\n"
      : "报告中有 \(missing.gapCount) 处待填，已标为【待填：…】：\n"
    for field in missing { text += "  \(field.description)\n" }
    text += "补全答案文件后重新生成；draft check 可检查答案文件。"
    Terminal.message(text)
  }
}
