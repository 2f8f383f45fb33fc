import Foundation
import Testing

@testable import TemplateKit

@Suite("The folder a batch writes into: made, and found writable before any work")
struct OutputFolderTests {
  @Test func aMissingFolderIsMadeAndLeftEmpty() throws {
    let folder = try ScratchFolder()
    try OutputFolder.prepare(folder.path + "/报告/2024")
    #expect(try folder.names(in: folder.path + "/报告/2024").isEmpty)
  }

  @Test func aFileInItsPlaceIsRefused() throws {
    let folder = try ScratchFolder()
    let file = try folder.write("", to: "报告")
    let error = try #require(diagnostic { try OutputFolder.prepare(file) })
    #expect(error.message == "“\(file)”是一个文件，不是文件夹")
  }

  /// A folder that takes no files (sysfs makes none, whoever asks; Linux only).
  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/sys/kernel")))
  func aFolderThatTakesNoFiles() throws {
    let error = try #require(diagnostic { try OutputFolder.prepare("/sys") })
    #expect(error.message.hasPrefix("无法在“/sys”中写文件："))
  }
}
