import Foundation
import TemplateKit

/// Choosing an output format and writing the output without harming existing files.
enum OutputChoice {
  /// The format `--format` gave, else the one the output's extension says, else plain text
  /// for standard output and other streams (`-`, `/dev/stdout`, a FIFO).
  static func format(_ given: OutputFormat?, output: String?) throws(UsageError) -> OutputFormat {
    if let given { return given }
    guard let output else { return .txt }
    let ext = (output as NSString).pathExtension
    if ext.isEmpty, OutputFile.isStream(output) { return .txt }
    guard let format = OutputFormat(pathExtension: ext) else {
      throw UsageError("无法从文件名“\(output)”看出格式：请用 .docx、.html、.md 或 .txt 结尾，或加 --format")
    }
    return format
  }

  /// Writes `bytes` (in `format`) to `path`, `-` for standard output: whole or not at all,
  /// an existing file only with `force`.
  static func write(_ bytes: [UInt8], to path: String, force: Bool, format: OutputFormat = .txt)
    throws
  {
    let binaryFormat = format == .docx ? format.rawValue : nil
    if try OutputFile.write(bytes, to: path, replace: force, binaryFormat: binaryFormat)
      == .keptExisting
    {
      throw exists(path)
    }
  }

  /// The error for an existing file kept because `--force` was not given.
  static func exists(_ path: String) -> Diagnostic {
    Diagnostic.error("“\(path)”已存在，没有覆盖", hint: "如确要覆盖，请加 --force；或用 -o 换一个文件名。")
  }
}

extension OutputFormat: ArgumentValue {
  init?(argument text: String) { self.init(name: text) }
  static var accepted: String { "txt、md、html 或 docx" }
  var argument: String { rawValue }
}

extension ReportFonts: ArgumentValue {
  /// The names of the presets, as `--fonts` takes them.
  private static let presetNames = ["gb2312", "windows"]

  init?(argument text: String) { self.init(presetName: text) }
  static var accepted: String { presetNames.joined(separator: " 或 ") }
  var argument: String { Self.presetNames.first { ReportFonts(presetName: $0) == self } ?? "" }
}

/// `--fonts`: the font set of .docx and .html output, for the commands that write them.
struct FontOptions: ArgumentGroup {
  @Option(
    "--fonts", value: "字体",
    help: "gb2312（仿宋_GB2312 等）或 windows（仿宋、楷体、华文中宋），用于 .docx 和 .html")
  var fonts: ReportFonts = .gb2312
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
