import Foundation

/// Runs the built `draft` binary, as users run it.
struct Draft {
  /// What a run printed and how it ended.
  struct Result {
    var status: Int32
    var output: String
    var errors: String
    var outputBytes: Data
  }

  /// The package root, for examples and templates.
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The binary `swift build` put beside the test bundle.
  static let binary: URL = {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("draft")
    if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
    return packageRoot.appendingPathComponent(".build/debug/draft")
  }()

  /// Runs `draft arguments…` (the binary at `executable`) in `directory` with `environment`
  /// added, feeding `input`.
  @discardableResult
  static func run(
    _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
    input: Data? = nil, executable: URL = binary
  ) throws -> Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory ?? packageRoot
    var env = ProcessInfo.processInfo.environment
    env["DRAFT_TEMPLATES"] = nil
    for (key, value) in environment { env[key] = value }
    process.environment = env
    // Output goes to files, so a large output can never block the process on a full pipe.
    let folder = try TemporaryFolder()
    let outputFile = folder.url.appendingPathComponent("stdout")
    let errorFile = folder.url.appendingPathComponent("stderr")
    FileManager.default.createFile(atPath: outputFile.path, contents: nil)
    FileManager.default.createFile(atPath: errorFile.path, contents: nil)
    process.standardOutput = try FileHandle(forWritingTo: outputFile)
    process.standardError = try FileHandle(forWritingTo: errorFile)
    let inputPipe = Pipe()
    process.standardInput = inputPipe
    try process.run()
    if let input { inputPipe.fileHandleForWriting.write(input) }
    try inputPipe.fileHandleForWriting.close()
    process.waitUntilExit()
    let outputData = try Data(contentsOf: outputFile)
    let errorData = try Data(contentsOf: errorFile)
    return Result(
      status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
      errors: String(decoding: errorData, as: UTF8.self), outputBytes: outputData)
  }
}

/// A fresh temporary folder, removed when the test's scope ends.
final class TemporaryFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "draft-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// Writes `text` to `name` inside the folder and returns its path.
  @discardableResult
  func write(_ text: String, to name: String) throws -> String {
    let file = url.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: file)
    return file.path
  }

  func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}
