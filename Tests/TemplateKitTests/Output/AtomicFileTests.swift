import Foundation
import Testing

@testable import TemplateKit

@Suite("Files written whole or not at all, an existing file kept unless asked")
struct AtomicFileTests {
  @Test func writesTheBytesAndLeavesNoTemporaryFile() throws {
    let folder = try ScratchFolder()
    let path = folder.path + "/报告.txt"
    let outcome = try AtomicFile.write(Array("全文".utf8), to: path, replace: false)
    #expect(outcome == .written)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "全文")
    #expect(try folder.names() == ["报告.txt"])
  }

  @Test func anExistingFileIsKeptUnlessReplacingIsAsked() throws {
    let folder = try ScratchFolder()
    let path = try folder.write("改过的稿子", to: "报告.txt")
    #expect(try AtomicFile.write(Array("新".utf8), to: path, replace: false) == .keptExisting)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "改过的稿子")
    #expect(try AtomicFile.write(Array("新".utf8), to: path, replace: true) == .written)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "新")
    #expect(try folder.names() == ["报告.txt"])
  }

  /// Writers racing for one new name: one wins, the others keep its file, whole.
  @Test func writersRacingForANameLeaveOneWholeFile() async throws {
    let folder = try ScratchFolder()
    let path = folder.path + "/报告.txt"
    let writers = 16
    let outcomes = try await withThrowingTaskGroup(of: AtomicFile.Outcome.self) { group in
      for writer in 0..<writers {
        group.addTask {
          let text = String(repeating: "第\(writer)份", count: 20_000)
          return try AtomicFile.write(Array(text.utf8), to: path, replace: false)
        }
      }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    #expect(outcomes.filter { $0 == .written }.count == 1)
    #expect(outcomes.filter { $0 == .keptExisting }.count == writers - 1)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let winner = (0..<writers).first { text == String(repeating: "第\($0)份", count: 20_000) }
    #expect(winner != nil)
    #expect(try folder.names() == ["报告.txt"])
  }

  @Test func aMissingFolderIsNamedAsWritten() throws {
    let folder = try ScratchFolder()
    let error = try #require(
      diagnostic { try AtomicFile.write([1], to: folder.path + "/没有/报告.txt", replace: false) })
    #expect(error.message == "文件夹“\(folder.path)/没有”不存在")
    #expect(try folder.names().isEmpty)
  }
}
