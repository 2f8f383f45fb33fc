import Foundation
import Testing

/// Answers saved in the encodings Chinese offices use give the same report as UTF-8.
@Suite("Answers in other encodings")
struct EncodingTests {
  static let folder = Draft.packageRoot.appendingPathComponent("Tests/DraftEndToEndTests/Encodings")

  /// `Encodings/corpus-000.gb18030.yaml` is `Examples/corpus-000.yaml` saved as GB18030 (as
  /// 记事本 saves “ANSI”): generate, as text and as .docx, and check give what the UTF-8
  /// file gives.
  @Test func gb18030AnswersGiveTheSameReport() throws {
    let gb = Self.folder.appendingPathComponent("corpus-000.gb18030.yaml").path
    #expect(String(data: try Data(contentsOf: URL(fileURLWithPath: gb)), encoding: .utf8) == nil)
    let utf8 = try Draft.run(["generate", "Examples/corpus-000.yaml"])
    let fromGB = try Draft.run(["generate", gb])
    #expect(fromGB.status == 0, "\(fromGB.errors)")
    #expect(fromGB.errors == utf8.errors)
    #expect(fromGB.output == utf8.output)
    #expect(fromGB.output.contains("临江区残联"))

    let output = try TemporaryFolder()
    let docx = output.url.appendingPathComponent("utf8.docx").path
    let gbDocx = output.url.appendingPathComponent("gb.docx").path
    #expect(try Draft.run(["generate", "Examples/corpus-000.yaml", "-o", docx]).status == 0)
    #expect(try Draft.run(["generate", gb, "-o", gbDocx]).status == 0)
    #expect(
      try Data(contentsOf: URL(fileURLWithPath: gbDocx))
        == Data(contentsOf: URL(fileURLWithPath: docx)))

    let checked = try Draft.run(["check", gb])
    #expect(checked.status == 0, "\(checked.output)\(checked.errors)")
  }

  /// The committed GB18030 file is the example re-encoded by Python's codec (so it stays the
  /// example's twin when the example changes).
  @Test(.enabled(if: ExternalChecksTests.hasPythonModule("encodings")))
  func theGB18030FileIsTheExampleReEncoded() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", "-c",
      "import sys; sys.stdout.buffer.write(open(sys.argv[1], encoding='utf-8').read().encode('gb18030'))",
      Draft.packageRoot.appendingPathComponent("Examples/corpus-000.yaml").path,
    ]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let encoded = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(
      encoded
        == (try Data(contentsOf: Self.folder.appendingPathComponent("corpus-000.gb18030.yaml"))))
  }
}
