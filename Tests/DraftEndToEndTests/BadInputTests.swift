import Foundation
import Testing

/// The bad-input corpus (BadInputs/, one folder per case; see Support/BadInputCase.swift):
/// each case is run by the built binary in a copy of its folder and must end with the exact
/// exit code and stderr expected — message, `file:line:column`, quoted line, caret, hint —
/// print nothing to stdout, and leave every file as it was.
@Suite("Bad inputs: the exact error, no crash, no partial file")
struct BadInputTests {
  @Test func theCorpusIsThere() {
    #expect(BadInputCase.names.count >= 80)
  }

  @Test(arguments: BadInputCase.names)
  func badInput(_ name: String) throws {
    let expected = try BadInputCase(named: name)
    let work = try TemporaryFolder()
    for item in try FileManager.default.contentsOfDirectory(atPath: expected.url.path)
    where item != "expected.txt" {
      try FileManager.default.copyItem(
        at: expected.url.appendingPathComponent(item), to: work.url.appendingPathComponent(item))
    }
    let before = try BadInputCase.snapshot(of: work.url)
    let result = try Draft.run(expected.arguments, in: work.url)
    var errors = result.errors.split(separator: "\n", omittingEmptySubsequences: false).map(
      String.init)
    if errors.last == "" { errors.removeLast() }
    #expect(result.status == expected.status, "\(result.errors)")
    #expect(
      expected.matches(errors),
      "stderr:\n\(result.errors)\nexpected:\n\(expected.errors.joined(separator: "\n"))")
    #expect(result.output.isEmpty, "stdout: \(result.output.prefix(500))")
    #expect(try BadInputCase.snapshot(of: work.url) == before, "files were written or changed")
  }
}
