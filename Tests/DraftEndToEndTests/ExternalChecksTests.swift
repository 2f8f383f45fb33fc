import Foundation
import Testing

/// The formatted reports and the questionnaire workbook checked from outside, with the programs
/// users and offices open them with: python-docx, LibreOffice, Chromium, Python-Markdown,
/// markdown-it-py, openpyxl (`Tests/external/`). Reported as skipped where those are not
/// installed, unless `DRAFT_EXTERNAL_CHECKS=required` (as in CI), where a missing one fails.
@Suite("Formatted reports, read back by other programs", .serialized)
struct ExternalChecksTests {
  static let required = ProcessInfo.processInfo.environment["DRAFT_EXTERNAL_CHECKS"] == "required"

  /// Whether a check needing `tools` and the Python `modules` runs: when all of them are here,
  /// or when the checks are required (then what is missing fails the test). Elsewhere the test
  /// is skipped, and Swift Testing says so.
  static func canRun(_ tools: [String], modules: [String] = []) -> Bool {
    required || missing(tools, modules: modules).isEmpty
  }

  /// Which of `tools` and `modules` are not installed here.
  static func missing(_ tools: [String], modules: [String] = []) -> [String] {
    tools.filter { !onPath($0) } + modules.filter { !hasPythonModule($0) }
  }

  @Test(
    .enabled(
      if: canRun(
        ["python3", "soffice", "pdftotext", "chromium"],
        modules: ["docx", "markdown", "markdown_it"]),
      "需要 python-docx、LibreOffice、pdftotext、Chromium 和 Python-Markdown、markdown-it-py"),
    arguments: ExampleTests.examples)
  func docxPdfAndHtmlOfEachExample(example: String) throws {
    let folder = try TemporaryFolder()
    func generate(_ format: String) throws -> String {
      let path = folder.path("报告.\(format)")
      let result = try Draft.run(["generate", "Examples/\(example)", "-o", path])
      #expect(result.status == 0, "\(example) → .\(format)：\(result.errors)")
      return path
    }
    let docx = try generate("docx")
    let txt = try generate("txt")
    let html = try generate("html")
    let markdown = try generate("md")
    try external("check_docx.py", [docx, txt], needs: ["python3"], modules: ["docx"])
    try external(
      "check_pdf.py", [docx], needs: ["python3", "soffice", "pdftotext"], modules: ["docx"])
    try external("check_html.py", [html], needs: ["python3", "chromium", "pdftotext"])
    try external(
      "check_markdown.py", [markdown, txt], needs: ["python3"],
      modules: ["markdown", "markdown_it"])
  }

  /// The questionnaire workbook of the example's kind, read by openpyxl and LibreOffice, filled
  /// by openpyxl with the example's answers and saved again by LibreOffice: both read back to
  /// the example's answers and report, and make the same reports through `draft batch`.
  @Test(
    .enabled(
      if: canRun(["python3", "soffice"], modules: ["openpyxl"]), "需要 openpyxl 和 LibreOffice"),
    arguments: ExampleTests.examples)
  func questionnaireWorkbookRoundTripOfEachExample(example: String) throws {
    try external(
      "check_workbook.py",
      [Draft.binary.path, Draft.packageRoot.appendingPathComponent("Examples/\(example)").path],
      needs: ["python3", "soffice"], modules: ["openpyxl"])
  }

  /// Runs one checking script; a failure shows what it printed.
  func external(
    _ script: String, _ arguments: [String], needs tools: [String], modules: [String] = []
  )
    throws
  {
    let missing = Self.missing(tools, modules: modules)
    guard missing.isEmpty else {
      Issue.record(Comment(rawValue: "\(script) 需要 \(missing.joined(separator: "、"))，但没有安装"))
      return
    }
    let (status, text) = try Self.python(
      Draft.packageRoot.appendingPathComponent("Tests/external/\(script)").path, arguments)
    #expect(status == 0, "\(script)：\(text)")
  }

  /// Runs the Python script at `path` with `arguments`: its exit status and all it printed.
  static func python(_ path: String, _ arguments: [String]) throws -> (Int32, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", path] + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, text)
  }

  static func onPath(_ tool: String) -> Bool {
    (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
      FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)")
    }
  }

  /// Whether `python3` runs here and can import `module`.
  static func hasPythonModule(_ module: String) -> Bool {
    guard onPath("python3") else { return false }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", "import \(module)"]
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }
}
