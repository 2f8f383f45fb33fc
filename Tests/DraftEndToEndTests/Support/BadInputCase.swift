import Foundation

/// One case of the bad-input corpus (`BadInputs/<case>/`): input files, and `expected.txt`:
///
///     # what the case shows
///     $ draft generate 答案.yaml
///     exit 2
///     答案.yaml:6:7: 错误：不支持锚点和别名（“&”“*”）
///       全称: &名 临江区残疾人联合会
///             ^
///     提示：…
///
/// The lines after `exit` are what the command prints to stderr, all of it and in order; a
/// line holding only `…` stands for any number of lines.
struct BadInputCase: CustomStringConvertible {
  static let folder = Draft.packageRoot.appendingPathComponent("Tests/DraftEndToEndTests/BadInputs")

  /// Every case, by folder name.
  static let names: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
    .filter { !$0.hasPrefix(".") }.sorted()

  let name: String
  let arguments: [String]
  let status: Int32
  let errors: [String]

  var description: String { name }
  var url: URL { Self.folder.appendingPathComponent(name) }

  init(named name: String) throws {
    self.name = name
    let text = try String(
      contentsOf: Self.folder.appendingPathComponent(name).appendingPathComponent("expected.txt"),
      encoding: .utf8)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    guard let command = lines.firstIndex(where: { $0.hasPrefix("$ draft ") }),
      command + 1 < lines.count, lines[command + 1].hasPrefix("exit "),
      let status = Int32(lines[command + 1].dropFirst(5))
    else {
      throw CaseError("\(name)/expected.txt: expected “$ draft …” then “exit N”")
    }
    arguments = lines[command].dropFirst(8).split(separator: " ").map(String.init)
    self.status = status
    errors = Array(lines[(command + 2)...])
  }

  /// Whether `output` (stderr, split in lines) is what the case expects.
  func matches(_ output: [String]) -> Bool {
    Self.match(errors[...], output[...])
  }

  private static func match(_ pattern: ArraySlice<String>, _ lines: ArraySlice<String>) -> Bool {
    guard let first = pattern.first else { return lines.isEmpty }
    if first == "…" {
      let rest = pattern.dropFirst()
      return lines.indices.contains { match(rest, lines[$0...]) }
        || match(rest, lines[lines.endIndex...])
    }
    guard let line = lines.first, line == first else { return false }
    return match(pattern.dropFirst(), lines.dropFirst())
  }

  /// Every file under `folder` with its bytes, by relative path: what a failed run must leave
  /// as it found it (no report, no temporary file, nothing overwritten).
  static func snapshot(of folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let root = folder.resolvingSymlinksInPath().path
    guard let walker = FileManager.default.enumerator(atPath: root) else { return files }
    while let path = walker.nextObject() as? String {
      var isDirectory: ObjCBool = false
      let full = root + "/" + path
      FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory)
      files[path] =
        isDirectory.boolValue
        ? Data("<folder>".utf8) : try Data(contentsOf: URL(fileURLWithPath: full))
    }
    return files
  }
}

struct CaseError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
