import Foundation
import Testing

@testable import TemplateKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("Output: files written whole or not at all, streams written into, never replaced")
struct OutputFileTests {
  @Test func writesTheBytesAndLeavesNoTemporaryFile() throws {
    let folder = try ScratchFolder()
    let path = folder.path + "/报告.txt"
    let outcome = try OutputFile.write(Array("全文".utf8), to: path, replace: false)
    #expect(outcome == .written)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "全文")
    #expect(try folder.names() == ["报告.txt"])
  }

  @Test func anExistingFileIsKeptUnlessReplacingIsAsked() throws {
    let folder = try ScratchFolder()
    let path = try folder.write("改过的稿子", to: "报告.txt")
    #expect(OutputFile.keepsExisting(at: path))
    #expect(try OutputFile.write(Array("新".utf8), to: path, replace: false) == .keptExisting)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "改过的稿子")
    #expect(try OutputFile.write(Array("新".utf8), to: path, replace: true) == .written)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "新")
    #expect(try folder.names() == ["报告.txt"])
  }

  /// Writers racing for one new name: one wins, the others keep its file, whole.
  @Test func writersRacingForANameLeaveOneWholeFile() async throws {
    let folder = try ScratchFolder()
    let path = folder.path + "/报告.txt"
    let writers = 16
    let outcomes = try await withThrowingTaskGroup(of: OutputFile.Outcome.self) { group in
      for writer in 0..<writers {
        group.addTask {
          let text = String(repeating: "第\(writer)份", count: 20_000)
          return try OutputFile.write(Array(text.utf8), to: path, replace: false)
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
      diagnostic { try OutputFile.write([1], to: folder.path + "/没有/报告.txt", replace: false) })
    #expect(error.message == "文件夹“\(folder.path)/没有”不存在")
    #expect(try folder.names().isEmpty)
  }

  /// A symbolic link is followed: the file it names is replaced, the link stays a link.
  @Test func aLinkIsFollowedAndKept() throws {
    let folder = try ScratchFolder()
    let target = try folder.write("旧稿", to: "真的/报告.txt")
    let link = folder.path + "/报告.txt"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    #expect(try OutputFile.write(Array("新稿".utf8), to: link, replace: false) == .keptExisting)
    #expect(try OutputFile.write(Array("新稿".utf8), to: link, replace: true) == .written)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "新稿")
    #expect(try folder.names(in: folder.path + "/真的") == ["报告.txt"])
  }

  @Test func aLinkToNothingIsRefused() throws {
    let folder = try ScratchFolder()
    let link = folder.path + "/报告.txt"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "没有.txt")
    let error = try #require(
      diagnostic { try OutputFile.write([1], to: link, replace: true) })
    #expect(error.message == "“\(link)”是指向“没有.txt”的符号链接，而那里什么也没有")
    #expect(try folder.names() == ["报告.txt"])
  }

  /// A FIFO is written into while a program reads it, and stays a FIFO.
  @Test func aFIFOWithAReaderIsWrittenInto() throws {
    let folder = try ScratchFolder()
    let fifo = folder.path + "/管道"
    #expect(mkfifo(fifo, 0o644) == 0)
    // A reader, open before the write; the bytes wait in the FIFO's buffer.
    let reader = open(fifo, O_RDONLY | O_NONBLOCK)
    try OutputFile.write(Array("经管道".utf8), to: fifo, replace: true)
    let received = FileHandle(fileDescriptor: reader, closeOnDealloc: true).readDataToEndOfFile()
    #expect(Array(received) == Array("经管道".utf8))
    #expect(FileKind(path: fifo) == .fifo)
  }

  /// Nobody reads the FIFO: refused at once, not waited on for ever.
  @Test func aFIFOWithoutAReaderIsRefused() throws {
    let folder = try ScratchFolder()
    let fifo = folder.path + "/管道"
    #expect(mkfifo(fifo, 0o644) == 0)
    let error = try #require(diagnostic { try OutputFile.write([1], to: fifo, replace: true) })
    #expect(error.message == "“\(fifo)”是一个管道（FIFO），现在没有程序在读它")
    #expect(FileKind(path: fifo) == .fifo)
  }

  @Test func devicesAreWrittenIntoNotReplaced() throws {
    try OutputFile.write(Array("丢弃".utf8), to: "/dev/null", replace: true)
    #expect(FileKind(path: "/dev/null") == .characterDevice)
  }

  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
  func aFullDeviceSaysTheDiskIsFull() throws {
    let error = try #require(
      diagnostic { try OutputFile.write([1, 2, 3], to: "/dev/full", replace: true) })
    #expect(error.message == "写入“/dev/full”失败：磁盘空间不足")
    #expect(FileKind(path: "/dev/full") == .characterDevice)
  }

  @Test func aFolderIsRefused() throws {
    let folder = try ScratchFolder()
    let error = try #require(
      diagnostic { try OutputFile.write([1], to: folder.path, replace: true) })
    #expect(error.message == "“\(folder.path)”是一个文件夹，不能写成文件")
  }

  @Test func whatIsAStream() throws {
    let folder = try ScratchFolder()
    #expect(OutputFile.isStream("-"))
    #expect(OutputFile.isStream("/dev/null"))
    #expect(!OutputFile.isStream(folder.path + "/报告"))
    #expect(!OutputFile.isStream(try folder.write("", to: "报告")))
  }
}
