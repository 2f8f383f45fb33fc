import Testing

@testable import TemplateKit

/// What the bad-input corpus (Tests/DraftEndToEndTests/BadInputs/) found wrong, kept at the
/// level where it was fixed. docs/robustness.md lists them.
struct BadInputRegressionTests {
  /// A 50 MB value took hours to read: the scalar readers built text with
  /// `UnicodeScalarView.append(contentsOf:)`, which copies the whole text on every call.
  /// A million characters of each kind of scalar now read in well under the time limit.
  @Test(.timeLimit(.minutes(1)), arguments: ["plain", "quoted", "literal", "folded"])
  func longValuesReadInLinearTime(style: String) throws {
    let words = String(repeating: "党建 工作 ", count: 100_000)
    let lines = String(repeating: "  党建工作\n", count: 100_000)
    let yaml =
      switch style {
      case "plain": "备注: " + words + "\n"
      case "quoted": "备注: \"" + words + "\"\n"
      case "literal": "备注: |\n" + lines
      default: "备注: >\n" + lines
      }
    let clock = ContinuousClock()
    var answers: Answers?
    let elapsed = try clock.measure { answers = try readAnswers(yaml) }
    #expect(answers?.root["备注"]?.string?.unicodeScalars.count ?? 0 >= 500_000)
    #expect(elapsed < .seconds(20))
  }
}
