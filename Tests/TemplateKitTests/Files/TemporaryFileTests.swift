import Foundation
import Testing

@testable import TemplateKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("Temporary files a killed run left are removed by the next run into the folder")
struct TemporaryFileTests {
  @Test func onlyOurExactPatternNamesAnOwner() {
    #expect(TemporaryFile.owner(of: TemporaryFile.name(for: "报告.docx")) == getpid())
    #expect(TemporaryFile.owner(of: ".报告.v2.docx.123.4567.tmp") == 123)
    for name in [
      "报告.docx.123.4567.tmp", ".报告.docx.123.4567", "..123.4567.tmp", ".报告.docx.abc.4567.tmp",
      ".报告.docx.123.45x7.tmp", ".报告.docx.0123.4567.tmp", ".报告.docx.123.+4567.tmp",
      ".报告.docx.0.4567.tmp", ".123.4567.tmp", ".报告.docx.123.99999999999.tmp",
    ] {
      #expect(TemporaryFile.owner(of: name) == nil, "\(name)")
    }
  }

  /// Of the temporary files in a folder, those of a process that is gone are removed when a
  /// file is next written there; those of live processes and other names stay.
  @Test func staleOnesGoLiveOnesStay() throws {
    let folder = try ScratchFolder()
    let gone = try Self.finishedProcess()
    let stale = try folder.write("半份", to: ".报告.docx.\(gone).12345.tmp")
    let live = try folder.write("正在写", to: ".报告.docx.\(getppid()).12345.tmp")
    let ours = try folder.write("正在写", to: TemporaryFile.name(for: "汇总.csv"))
    let other = try folder.write("别人的", to: ".报告.docx.\(gone).tmp")
    try FileManager.default.createDirectory(
      atPath: folder.path + "/.目录.\(gone).1.tmp", withIntermediateDirectories: false)

    try OutputFile.write(Array("全文".utf8), to: folder.path + "/报告.txt", replace: false)

    #expect(!FileManager.default.fileExists(atPath: stale))
    for kept in [live, ours, other, folder.path + "/.目录.\(gone).1.tmp", folder.path + "/报告.txt"] {
      #expect(FileManager.default.fileExists(atPath: kept), "\(kept)")
    }
  }

  /// The id of a process that has run and ended.
  static func finishedProcess() throws -> pid_t {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "exit 0"]
    try process.run()
    process.waitUntilExit()
    return process.processIdentifier
  }
}
