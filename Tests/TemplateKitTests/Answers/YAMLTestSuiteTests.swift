import Foundation
import Testing

@testable import TemplateKit

/// Runs the YAML reader on every case of the official YAML test suite (vendored in
/// `YAMLTestSuite/`) and sorts each case into passed (the data in.json holds), declined (a
/// clear error), wrong (other data, or invalid input accepted) or crashed (a trap would end
/// the whole test run, so a finished run has none).
struct YAMLTestSuiteTests {
  /// The outcome of one case.
  enum Outcome {
    case passed
    case declined(Diagnostic)
    case wrong(String)
  }

  static let suiteFolder = URL(filePath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appending(path: "YAMLTestSuite")

  /// Every case: the folders holding an `in.yaml`, by name (`2G84/01`).
  static func caseNames() throws -> [String] {
    let files = FileManager.default.enumerator(atPath: suiteFolder.path)
    var names: [String] = []
    while let file = files?.nextObject() as? String {
      if file.hasSuffix("/in.yaml") { names.append(String(file.dropLast("/in.yaml".count))) }
    }
    return names.sorted()
  }

  static func run(_ name: String) throws -> Outcome {
    let folder = suiteFolder.appending(path: name)
    let input = try [UInt8](Data(contentsOf: folder.appending(path: "in.yaml")))
    let isError = FileManager.default.fileExists(atPath: folder.appending(path: "error").path)
    let expectedFile = folder.appending(path: "in.json")
    var expected: [Value]? = nil
    if FileManager.default.fileExists(atPath: expectedFile.path) {
      let text = String(decoding: try Data(contentsOf: expectedFile), as: UTF8.self)
      expected = try JSONReader.readAll(SourceText(file: "in.json", text: text))
    } else if let json = expectedWithoutJSON[name] {
      expected = try JSONReader.readAll(SourceText(file: name, text: json))
    }
    let read: ReadValue
    do {
      let text = try TextDecoding.decode(input, file: "in.yaml")
      read = try YAMLReader.read(SourceText(file: "in.yaml", text: text))
    } catch {
      return .declined(error)
    }
    if isError { return .wrong("accepted invalid input") }
    guard let expected else { return .wrong("accepted input whose data has no JSON form") }
    let actual = read.root.map { [$0] } ?? []
    guard actual.count == expected.count, zip(actual, expected).allSatisfy(sameData) else {
      return .wrong(
        "got \(actual.map { JSONWriter.string($0, pretty: false) }), expected \(expected.map { JSONWriter.string($0, pretty: false) })"
      )
    }
    return .passed
  }

  /// Whether two values hold the same data as JSON sees it: mappings in any order, numbers
  /// by value (in.json writes `450.00` as 450).
  static func sameData(_ left: Value, _ right: Value) -> Bool {
    switch (left, right) {
    case (.null, .null): true
    case (.bool(let a), .bool(let b)): a == b
    case (.int(let a), .int(let b)): a == b
    case (.int(let a), .double(let b)), (.double(let b), .int(let a)): Double(a) == b
    case (.double(let a), .double(let b)): a == b
    case (.string(let a), .string(let b)): a == b
    case (.list(let a), .list(let b)): a.count == b.count && zip(a, b).allSatisfy(sameData)
    case (.map(let a), .map(let b)):
      a.count == b.count
        && a.pairs.allSatisfy { key, value in b[key].map { sameData(value, $0) } ?? false }
    default: false
    }
  }

  @Test func everyCaseIsPassedOrDeclined() throws {
    var passed: [String] = []
    var declined: [String] = []
    var wrong: [String] = []
    for name in try Self.caseNames() {
      switch try Self.run(name) {
      case .passed: passed.append(name)
      case .declined(let diagnostic):
        declined.append(name)
        let isErr = FileManager.default.fileExists(
          atPath: Self.suiteFolder.appending(path: name + "/error").path)
        print(
          "DECLINED \(isErr ? "E" : "-") \(name): \(diagnostic.message) @\(diagnostic.location?.line ?? 0):\(diagnostic.location?.column ?? 0)"
        )
        #expect(diagnostic.location != nil, "\(name): \(diagnostic)")
      case .wrong(let reason):
        wrong.append(name)
        Issue.record("\(name) is wrong: \(reason)")
      }
    }
    print(
      "YAML test suite: \(passed.count) passed / \(declined.count) declined / \(wrong.count) wrong / 0 crashed"
    )
    #expect(passed.count + declined.count + wrong.count == 402)
  }
}
