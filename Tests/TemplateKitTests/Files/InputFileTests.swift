import Foundation
import Testing

@testable import TemplateKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("Input: a path's bytes, from a file, a FIFO or a device, within the limit")
struct InputFileTests {
  @Test func aRegularFile() throws {
    let folder = try ScratchFolder()
    let path = try folder.write("年度: 2023\n", to: "答案.yaml")
    #expect(try InputFile.read(path, limit: 100, noun: "答案文件") == Array("年度: 2023\n".utf8))
  }

  @Test func aFileOverTheLimitIsRefusedByItsSize() throws {
    let folder = try ScratchFolder()
    let path = try folder.write(String(repeating: "字", count: 1_000_000), to: "答案.yaml")
    let error = try #require(
      diagnostic { _ = try InputFile.read(path, limit: 2_000_000, noun: "答案文件") })
    #expect(error.message == "答案文件“\(path)”太大（3 MB，上限是 2 MB）")
  }

  /// A FIFO reports no size; what it holds is read, up to the limit.
  @Test func aFIFO() throws {
    let folder = try ScratchFolder()
    let fifo = folder.path + "/管道.yaml"
    #expect(mkfifo(fifo, 0o644) == 0)
    let text = String(repeating: "年度: 2023\n", count: 10_000)
    Thread.detachNewThread {
      let descriptor = open(fifo, O_WRONLY)
      _ = Descriptor.write(Array(text.utf8), to: descriptor)
      close(descriptor)
    }
    #expect(try InputFile.read(fifo, limit: 1_000_000, noun: "答案文件") == Array(text.utf8))
  }

  /// `/dev/zero` reports size 0 and never ends: reading stops just past the limit.
  @Test func aDeviceThatNeverEndsStopsAtTheLimit() throws {
    let error = try #require(
      diagnostic { _ = try InputFile.read("/dev/zero", limit: 1_000_000, noun: "答案文件") })
    #expect(error.message == "答案文件“/dev/zero”太大（超过了 1 MB 的上限）")
  }

  /// A file that reports size 0 but holds text (as files under /proc do) is read whole.
  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/status")))
  func aFileWhoseSizeSaysNothing() throws {
    let bytes = try InputFile.read("/proc/self/status", limit: 1_000_000, noun: "答案文件")
    #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("Name:"))
  }

  @Test func aMissingFileAndAFolder() throws {
    let folder = try ScratchFolder()
    let missing = try #require(
      diagnostic { _ = try InputFile.read(folder.path + "/没有.yaml", limit: 10, noun: "答案文件") })
    #expect(missing.message == "找不到文件“\(folder.path)/没有.yaml”")
    let directory = try #require(
      diagnostic { _ = try InputFile.read(folder.path, limit: 10, noun: "模板文件") })
    #expect(directory.message == "“\(folder.path)”是一个文件夹，不是文件")
    #expect(directory.hint == "请给出模板文件本身的路径。")
  }

  @Test func standardInputIsNamedSo() {
    #expect(InputFile.displayName("-") == "标准输入")
    #expect(InputFile.displayName("答案.yaml") == "答案.yaml")
  }
}

@Suite("A path's folder and name")
struct PathPartsTests {
  @Test(arguments: [
    ("a", "", "a"), ("-", "", "-"), ("a/b/c.txt", "a/b", "c.txt"), ("/c.txt", "/", "c.txt"),
    ("a/b/", "a", "b"), ("a//b", "a", "b"), ("/", "/", "/"), ("./报告.docx", ".", "报告.docx"),
  ])
  func split(path: String, folder: String, name: String) {
    #expect(PathParts.folder(of: path) == folder)
    #expect(PathParts.name(of: path) == name)
  }
}
