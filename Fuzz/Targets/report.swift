// Fuzz target: the report pipeline on the built-in templates with fuzzed answers — generate,
// preview, check, and the questionnaire carrying the answers over — then every writer.
@testable import TemplateKit

private let catalogue: Catalogue = {
  do { return try Catalogue.standard() } catch { fatalError("built-in catalogue: \(error)") }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  guard
    let answers = refusingOnlyWithDiagnostics(
      "answers", { try AnswersReader.read(bytes: bytes, file: "答案", format: .yaml) })
  else { return 0 }
  let generator = ReportGenerator(
    catalogue: catalogue, limits: Fuzzing.limits)
  if let report = refusingOnlyWithDiagnostics("generate", { try generator.generate(answers) }) {
    writeWithEveryWriter(report.document)
    _ = report.missing.map(\.description)
  }
  _ = refusingOnlyWithDiagnostics("preview") { try generator.preview(answers, section: "1") }
  _ = AnswersChecker(catalogue: catalogue).check(answers).map(\.description)
  let kindID = answers.root["报告"]?["类型"]?.string
  if let kind = kindID.flatMap(catalogue.kind) ?? catalogue.kinds.first {
    if let text = refusingOnlyWithDiagnostics(
      "questionnaire",
      {
        try Questionnaire(catalogue: catalogue, kind: kind).text(carryingOver: answers)
      })
    {
      // A questionnaire is a valid answers file as it stands.
      do {
        _ = try AnswersReader.read(bytes: Array(text.utf8), file: "问卷", format: .yaml)
      } catch {
        require(false, "the questionnaire does not read back: \(error)\n\(text)")
      }
    }
  }
  return 0
}
