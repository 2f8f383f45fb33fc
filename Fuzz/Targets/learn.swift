// Fuzz target: `draft learn` on a fuzzed report — text (or a .docx when the input is a ZIP),
// one report or, split at byte 0x1E, two years of one — then the learned folder checked as the
// command checks it: nothing but a Diagnostic refuses the input; learned templates must parse,
// give the report back, and leave `draft check` nothing to say.
@testable import TemplateKit

private let builtIns: Catalogue = {
  do { return try Catalogue.standard() } catch { fatalError("built-in catalogue: \(error)") }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let parts =
    bytes.starts(with: [0x50, 0x4B])
    ? [bytes]
    : bytes.split(
      separator: 0x1E, maxSplits: 1, omittingEmptySubsequences: false
    ).map(Array.init)
  var reports: [SourceReport] = []
  for (number, part) in parts.enumerated() {
    let name = part.starts(with: [0x50, 0x4B]) ? "报告\(number).docx" : "报告\(number).txt"
    guard
      let report = refusingOnlyWithDiagnostics(
        "read", { try ReportFile.read(bytes: part, file: name) })
    else { return 0 }
    reports.append(report)
  }
  do {
    let learned = try ReportLearner(builtIns: builtIns).learn(reports)
    require(
      learned.account.mismatches.isEmpty,
      "the learned templates do not give the report back: \(learned.account.mismatches)")
    require(
      learned.account.answerProblems.isEmpty,
      "draft check finds problems in the learned answers: \(learned.account.answerProblems)")
    for file in learned.files where file.path.hasSuffix(".yaml") {
      _ = refusingOnlyWithDiagnostics("answers") {
        try AnswersReader.read(bytes: Array(file.text.utf8), file: file.path, format: .yaml)
      }
    }
  } catch let diagnostic as Diagnostic {
    require(
      diagnostic.message.contains("没有可以学习的文字"),
      "learning refused a report it read: \(diagnostic)")
  } catch {
    require(false, "learning threw \(type(of: error)): \(error)")
  }
  return 0
}
