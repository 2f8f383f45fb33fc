import Foundation
import Testing

/// Every shipped example makes a complete report and passes its own check.
@Suite("The examples")
struct ExampleTests {
  static let examples: [String] =
    ((try? FileManager.default.contentsOfDirectory(
      atPath: Draft.packageRoot.appendingPathComponent("Examples").path)) ?? [])
    .filter { $0.hasSuffix(".yaml") }.sorted()

  /// Examples of organisations other than the corpus's federation.
  static let otherOrganisations = examples.filter { !$0.hasPrefix("corpus-") }

  @Test func thereAreTheCorpusExamplesAndOthers() {
    for number in ["000", "001", "002", "003"] {
      #expect(Self.examples.contains("corpus-\(number).yaml"))
    }
    #expect(Self.otherOrganisations.count >= 2)
  }

  /// Every example generates without gaps and checks clean; a bureau's or a street office's
  /// report is its own, with nothing of the disabled persons' federation the corpus came from.
  @Test(arguments: examples)
  func generatesWithoutGapsAndChecksClean(_ name: String) throws {
    let generated = try Draft.run(["generate", "Examples/\(name)", "--strict"])
    #expect(generated.status == 0, "\(generated.errors)")
    #expect(!generated.output.isEmpty)
    #expect(!generated.output.contains("【待填"), "\(name) 有待填项")
    // Nothing said at all: no gap, no error, no answer left out of the report.
    #expect(generated.errors.isEmpty, "\(generated.errors)")
    if Self.otherOrganisations.contains(name) {
      for word in ["残联", "残疾", "助残", "理事长"] {
        #expect(!generated.output.contains(word), "\(name) 中出现了“\(word)”")
      }
    }
    let checked = try Draft.run(["check", "Examples/\(name)"])
    #expect(checked.status == 0, "\(checked.output)\(checked.errors)")
  }

  /// Every section of every example previews as the report has it, with nothing to say:
  /// the answers for the report's other sections are the report's, not unknown fields.
  @Test(arguments: examples)
  func eachSectionPreviewsAsInTheReportWithNothingToSay(_ name: String) throws {
    let report = try Draft.run(["generate", "Examples/\(name)"]).output
    var place = 1
    while place <= 100 {
      let previewed = try Draft.run(["preview", "Examples/\(name)", "\(place)"])
      if previewed.status == 2, previewed.errors.contains("没有名为“\(place)”的章节") { break }
      #expect(previewed.status == 0, "\(name) \(place): \(previewed.errors)")
      #expect(previewed.errors.isEmpty, "\(name) \(place): \(previewed.errors)")
      // The body under the section's heading (a report of paragraphs alone has no headings).
      let body = previewed.output.split(separator: "\n").dropFirst().joined(separator: "\n")
      #expect(!body.isEmpty && report.contains(body), "\(name) \(place)")
      place += 1
    }
    #expect(place > 3, "\(name) has only \(place - 1) sections")
  }

  static let kinds = ["落实主体责任情况报告", "抓基层党建工作述职报告", "履行全面从严治党第一责任人情况报告", "党风廉政建设和主体责任工作总结"]

  /// Every questionnaire filled with its own examples makes a report with nothing left to
  /// say: no gap, no problem, no answer left over.
  @Test(arguments: kinds)
  func aQuestionnaireFilledWithItsExamplesIsClean(_ kind: String) throws {
    let folder = try TemporaryFolder()
    let written = try Draft.run(["init", kind, "--examples", "-o", "示例.yaml"], in: folder.url)
    #expect(written.status == 0, "\(written.errors)")
    let generated = try Draft.run(["generate", "示例.yaml", "--strict"], in: folder.url)
    #expect(generated.status == 0, "\(generated.errors)")
    #expect(generated.errors.isEmpty, "\(generated.errors)")
    #expect(!generated.output.contains("【待填"))
    let checked = try Draft.run(["check", "示例.yaml"], in: folder.url)
    #expect(checked.status == 0, "\(checked.errors)")
  }
}
