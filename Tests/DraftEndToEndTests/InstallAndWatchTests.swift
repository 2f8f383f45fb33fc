import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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

  /// Each save is waited for as an event — the new text arriving on the pipe from draft —
  /// never for a time: a save that replaces the file (as editors do) and one that writes it
  /// in place.
  @Test func watchRendersAgainWhenTheAnswersAreSaved() throws {
    let folder = try TemporaryFolder()
    let example = try AnswersText.example("corpus-000.yaml")
    let answers = try folder.write(example, to: "答案.yaml")

    let process = Process()
    process.executableURL = Draft.binary
    process.arguments = ["preview", answers, "5", "--watch"]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    // Only if draft stops answering: killed, its pipe closes and the test fails, not hangs.
    let pid = process.processIdentifier
    let stuck = DispatchWorkItem { kill(pid, SIGKILL) }
    DispatchQueue.global().asyncAfter(deadline: .now() + 600, execute: stuck)
    defer { stuck.cancel() }
    var seen = Data()
    /// Reads from draft until `text` has come after what was seen before, or draft ended.
    func arrives(_ text: String) -> Bool {
      let start = seen.count
      while !String(decoding: seen[start...], as: UTF8.self).contains(text) {
        let chunk = output.fileHandleForReading.availableData
        if chunk.isEmpty { return false }
        seen.append(chunk)
      }
      return true
    }

    #expect(arrives("（一）切实增强责任意识。"))
    let shorter = example.replacingOccurrences(of: "    - 切实增强责任意识\n", with: "")
    try shorter.write(toFile: answers, atomically: true, encoding: .utf8)
    #expect(arrives("（一）加强党建制度建设。"))
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: answers))
    try handle.truncate(atOffset: 0)
    try handle.write(contentsOf: Data(example.utf8))
    try handle.close()
    #expect(arrives("（一）切实增强责任意识。"))

    // Watching ends as Ctrl+C or kill ends it, whatever signals the test process blocks.
    process.terminate()
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal)
    #expect(process.terminationStatus == SIGTERM)
  }
}
