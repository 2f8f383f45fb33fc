import Foundation
import Testing

@Suite("The binary copied elsewhere, and preview --watch")
struct InstallAndWatchTests {
  @Test func aCopiedBinaryCarriesTheBuiltInTemplates() throws {
    let folder = try TemporaryFolder()
    let copy = folder.url.appendingPathComponent("draft")
    try FileManager.default.copyItem(at: Draft.binary, to: copy)
    let elsewhere = try TemporaryFolder()
    try elsewhere.write(try AnswersText.example("corpus-000.yaml"), to: "答案.yaml")

    let result = try Draft.run(["generate", "答案.yaml"], in: elsewhere.url, executable: copy)
    #expect(result.status == 0, "\(result.errors)")
    #expect(result.output.hasPrefix("临江区残联落实管党治党政治责任情况报告\n"))
  }

  @Test func watchRendersAgainWhenTheAnswersAreSaved() async throws {
    let folder = try TemporaryFolder()
    let example = try AnswersText.example("corpus-000.yaml")
    let answers = try folder.write(example, to: "答案.yaml")
    let log = folder.url.appendingPathComponent("out.txt")
    FileManager.default.createFile(atPath: log.path, contents: nil)

    let process = Process()
    process.executableURL = Draft.binary
    process.arguments = ["preview", answers, "5", "--watch"]
    process.standardOutput = try FileHandle(forWritingTo: log)
    process.standardError = FileHandle.nullDevice
    try process.run()
    defer { process.terminate() }

    func waitFor(_ text: String) async throws -> Bool {
      for _ in 0..<100 {
        if let seen = try? String(contentsOf: log, encoding: .utf8), seen.contains(text) {
          return true
        }
        try await Task.sleep(nanoseconds: 100_000_000)
      }
      return false
    }
    #expect(try await waitFor("（一）切实增强责任意识。"))
    try example.replacingOccurrences(of: "    - 切实增强责任意识\n", with: "")
      .write(toFile: answers, atomically: true, encoding: .utf8)
    #expect(try await waitFor("（一）加强党建制度建设。"))
  }
}
