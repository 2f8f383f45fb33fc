import Foundation
import Testing

@testable import TemplateKit

@Suite("The batch runner: one report per unit, a broken unit alone, files whole")
struct BatchRunnerTests {
  private func runner(
    strict: Bool = false, replace: Bool = false, jobs: Int = 2
  ) throws -> BatchRunner {
    BatchRunner(
      generator: ReportGenerator(catalogue: try catalogue(smallCatalogueFiles)),
      options: BatchOptions(format: .txt, strict: strict, replaceExisting: replace, jobs: jobs))
  }

  /// A folder of units: 甲, 乙, a broken one, 甲 again, and 丙 without its meetings.
  private func units(in folder: ScratchFolder) throws -> BatchSource {
    try folder.write(unitAnswers("甲支部"), to: "单位/1.yaml")
    try folder.write(unitAnswers("乙支部", meetings: 6), to: "单位/2.yaml")
    try folder.write("报告:\n  类型: [简报\n", to: "单位/3.yaml")
    try folder.write(unitAnswers("甲支部", meetings: 4), to: "单位/4.yaml")
    try folder.write(
      unitAnswers("丙支部").replacingOccurrences(of: "  党组会: 12\n", with: ""), to: "单位/5.yaml")
    return try BatchSource.read(path: folder.path + "/单位")
  }

  @Test func everyUnitGetsItsReportAndABrokenOneFailsAlone() throws {
    let folder = try ScratchFolder()
    let source = try units(in: folder)
    let output = folder.path + "/报告"
    try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: false)
    let summary = try runner().run(source, into: output)
    #expect(
      summary.results.map(\.status) == [.succeeded, .succeeded, .failed, .succeeded, .withGaps])
    #expect(summary.results.map(\.unit) == ["甲支部", "乙支部", "3", "甲支部", "丙支部"])
    #expect(
      summary.results.map(\.outputFile)
        == ["甲支部.txt", "乙支部.txt", nil, "甲支部（2）.txt", "丙支部.txt"])
    #expect(try folder.names(in: output) == ["丙支部.txt", "乙支部.txt", "甲支部.txt", "甲支部（2）.txt"])
    let first = try String(contentsOfFile: output + "/甲支部.txt", encoding: .utf8)
    let second = try String(contentsOfFile: output + "/甲支部（2）.txt", encoding: .utf8)
    #expect(first.contains("甲支部全年召开党组会12次。"))
    #expect(second.contains("甲支部全年召开党组会4次。"))
    let broken = try #require(summary.results[2].problem)
    #expect(broken.location?.description == "\(folder.path)/单位/3.yaml:2:7")
    #expect(summary.results[4].missing.map(\.path) == ["统计.党组会"])
    #expect(
      summary.results[0].characterCount
        == first.unicodeScalars.count { !$0.properties.isWhitespace })
    #expect(!summary.allSucceeded)
  }

  @Test func namesAreTheSameWhateverTheNumberOfThreads() throws {
    let folder = try ScratchFolder()
    for index in 1...40 {
      try folder.write(unitAnswers(index % 3 == 0 ? "同名支部" : "支部\(index)"), to: "单位/\(index).yaml")
    }
    let source = try BatchSource.read(path: folder.path + "/单位")
    var runs: [[String?]] = []
    for jobs in [1, 4, 8] {
      let output = folder.path + "/报告\(jobs)"
      try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: false)
      runs.append(try runner(jobs: jobs).run(source, into: output).results.map(\.outputFile))
    }
    #expect(runs[0] == runs[1] && runs[1] == runs[2])
    #expect(runs[0][2] == "同名支部.txt")
    #expect(runs[0][5] == "同名支部（2）.txt")
    #expect(runs[0][38] == "同名支部（13）.txt")
  }

  @Test func strictLeavesOutReportsWithGaps() throws {
    let folder = try ScratchFolder()
    let source = try units(in: folder)
    let summary = try runner(strict: true).run(source, into: folder.path)
    #expect(summary.results[4].status == .failed)
    #expect(summary.results[4].problem?.message == "报告中有 1 处待填，因为用了 --strict，没有生成报告")
    #expect(summary.results[4].outputFile == nil)
    #expect(!FileManager.default.fileExists(atPath: folder.path + "/丙支部.txt"))
    #expect(FileManager.default.fileExists(atPath: folder.path + "/乙支部.txt"))
  }

  @Test func existingReportsAreKeptUnlessReplacingAndNothingTemporaryIsLeft() throws {
    let folder = try ScratchFolder()
    let source = try units(in: folder)
    let output = folder.path + "/报告"
    try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: false)
    try folder.write("我自己改过", to: "报告/乙支部.txt")
    let kept = try runner().run(source, into: output)
    #expect(kept.results[1].status == .skipped)
    #expect(kept.results[1].outputFile == "乙支部.txt")
    #expect(kept.results[0].status == .succeeded)
    #expect(try String(contentsOfFile: output + "/乙支部.txt", encoding: .utf8) == "我自己改过")

    let replaced = try runner(replace: true).run(source, into: output)
    #expect(replaced.results[1].status == .succeeded)
    #expect(
      try String(contentsOfFile: output + "/乙支部.txt", encoding: .utf8).contains("党组会6次"))
    try replaced.write(toFolder: output)
    try replaced.write(toFolder: output)  // the summary is rewritten every run
    #expect(
      try folder.names(in: output) == [
        "丙支部.txt", "乙支部.txt", "汇总.csv", "汇总.xlsx", "甲支部.txt", "甲支部（2）.txt",
      ])
  }

  @Test func progressIsToldOncePerUnitInTurn() throws {
    let folder = try ScratchFolder()
    let source = try units(in: folder)
    let seen = Counts()
    _ = try runner(jobs: 3).run(source, into: folder.path) { progress in
      seen.add(progress.completed)
    }
    #expect(seen.values == [1, 2, 3, 4, 5])
  }

  @Test func anOutputFolderThatIsNotThereIsAnError() throws {
    let folder = try ScratchFolder()
    let source = try units(in: folder)
    #expect(throws: Diagnostic.self) { try runner().run(source, into: folder.path + "/没有") }
  }

  @Test func theRunnerParsesEachTemplateOnce() throws {
    let runner = try runner()
    let cache = try #require(runner.generator.templates)
    let folder = try ScratchFolder()
    _ = try runner.run(try units(in: folder), into: folder.path)
    // The kind and its two sections.
    #expect(cache.count == 3)
  }

  @Test func aCachedTemplateMakesTheSameReport() throws {
    let catalogue = try catalogue(smallCatalogueFiles)
    let cached = ReportGenerator(catalogue: catalogue, templates: TemplateCache())
    let plain = ReportGenerator(catalogue: catalogue)
    let unit = try answers(unitAnswers("甲支部"), file: "甲.yaml")
    let first = try cached.generate(unit).text
    #expect(try cached.generate(unit).text == first)
    #expect(try plain.generate(unit).text == first)
    #expect(cached.templates?.count == 3)
  }
}

/// Progress calls, as they came.
private final class Counts: @unchecked Sendable {
  private let lock = NSLock()
  private var seen: [Int] = []

  func add(_ completed: Int) {
    lock.lock()
    seen.append(completed)
    lock.unlock()
  }

  var values: [Int] {
    lock.lock()
    defer { lock.unlock() }
    return seen
  }
}
