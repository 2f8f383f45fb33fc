import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Paths that are not plain files, as the binary meets them: `-` for standard input and
/// output, `/dev/stdin`, FIFOs, devices, temporary files a killed run left, and folders that
/// take no files. What the bad-input corpus cannot hold (it is made here, in a scratch folder).
@Suite("Reading and writing what is not a plain file")
struct FilesTests {
  static let example = Draft.packageRoot.appendingPathComponent("Examples/corpus-000.yaml").path
  static let title = "临江区残联落实管党治党政治责任情况报告\n"

  @Test func standardInputIsReadForDash() throws {
    let answers = try Data(contentsOf: URL(fileURLWithPath: Self.example))
    let report = try Draft.run(["generate", "-"], input: answers)
    #expect(report.status == 0, "\(report.errors)")
    #expect(report.output.hasPrefix(Self.title))
    let check = try Draft.run(["check", "-"], input: answers)
    #expect(check.errors == "“标准输入”没有发现问题。\n")

    let broken = try Draft.run(["dump", "-"], input: Data("年度: 2023\n年度: 2024\n".utf8))
    #expect(broken.status == 2)
    #expect(broken.errors.hasPrefix("标准输入:2:1: 错误：重复的键“年度”\n"))
    let json = try Draft.run(["dump", "-"], input: Data(#"{"年度": 2023,}"#.utf8))
    #expect(json.errors.hasPrefix("标准输入:1:13: 错误：这里应该是用双引号括起来的键\n"))
  }

  @Test func devStdinAndAFIFOAreRead() throws {
    let answers = try String(contentsOfFile: Self.example, encoding: .utf8)
    let viaDevice = try Draft.run(["generate", "/dev/stdin"], input: Data(answers.utf8))
    #expect(viaDevice.status == 0, "\(viaDevice.errors)")
    #expect(viaDevice.output.hasPrefix(Self.title))

    let folder = try TemporaryFolder()
    let fifo = folder.path("答案.yaml")
    #expect(mkfifo(fifo, 0o644) == 0)
    Thread.detachNewThread {
      // Opening for writing waits for draft to open it for reading.
      guard let handle = FileHandle(forWritingAtPath: fifo) else { return }
      handle.write(Data(answers.utf8))
      try? handle.close()
    }
    let viaFIFO = try Draft.run(["generate", fifo])
    #expect(viaFIFO.status == 0, "\(viaFIFO.errors)")
    #expect(viaFIFO.output == viaDevice.output)
  }

  /// `-o -` and no `-o` write to standard output, a .docx too when it is not a terminal.
  @Test func dashWritesToStandardOutput() throws {
    let text = try Draft.run(["generate", Self.example, "-o", "-"])
    #expect(text.status == 0)
    #expect(text.output.hasPrefix(Self.title))
    #expect(text.errors.isEmpty)
    let docx = try Draft.run(["generate", Self.example, "--format", "docx"])
    #expect(docx.status == 0)
    #expect(docx.outputBytes.starts(with: Data("PK\u{3}\u{4}".utf8)))
    let questionnaire = try Draft.run(["init", "落实主体责任情况报告", "-o", "-"])
    #expect(questionnaire.output.contains("  姓名:\n"))
    let rollup = try Draft.run(["rollup", "Examples/batch/批量.yaml", "-o", "-"])
    #expect(rollup.status == 0, "\(rollup.errors)")
    #expect(rollup.output.contains("党员大会: 16"))
  }

  /// A batch file read from standard input: its answers files are found from the current
  /// folder. And a one-letter output name (which Foundation's path splitting traps on).
  @Test func aBatchFromStandardInputAndOneLetterNames() throws {
    let folder = try TemporaryFolder()
    let batch = Draft.packageRoot.appendingPathComponent("Examples/batch")
    let listed = try Data(contentsOf: batch.appendingPathComponent("批量.yaml"))
    let result = try Draft.run(
      ["batch", "-", "-o", folder.path("报告"), "--format", "txt"], in: batch, input: listed)
    #expect(result.status == 0, "\(result.errors)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("报告")).count == 6)

    let written = try Draft.run(
      ["generate", Self.example, "-o", "a", "--format", "txt"], in: folder.url)
    #expect(written.status == 0, "\(written.errors)")
    #expect(try String(contentsOfFile: folder.path("a"), encoding: .utf8).hasPrefix(Self.title))
  }

  /// Standard output on a terminal (made by `script`, when it is installed) takes no .docx.
  @Test(.enabled(if: ExternalChecksTests.onPath("script")))
  func aDocxIsRefusedOnATerminal() throws {
    let command = [Draft.binary.path, "generate", Self.example, "--format", "docx"]
      .map { "'\($0)'" }.joined(separator: " ")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["script", "-qec", command, "/dev/null"]
    let output = Pipe()
    process.standardOutput = output
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let seen = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 2)
    #expect(seen.contains("错误：docx 文件不能输出到终端（标准输出）"))
    #expect(!seen.contains("PK"))
  }

  /// Devices are written into and stay devices, `--force` or not; a full one says so.
  @Test func devicesAreWrittenIntoNeverReplaced() throws {
    let null = try Draft.run(["generate", Self.example, "-o", "/dev/null", "--force"])
    #expect(null.status == 0)
    #expect(null.errors == "已生成“/dev/null”（2583 字）\n")
    #expect(Self.kind("/dev/null") == S_IFCHR)

    // The test's standard output is a file: /dev/stdout leads to it, and is not replaced.
    let stdout = try Draft.run(["generate", Self.example, "-o", "/dev/stdout", "--force"])
    #expect(stdout.status == 0)
    #expect(stdout.output.hasPrefix(Self.title))
    #expect(Self.kind("/dev/stdout", following: false) == S_IFLNK)
  }

  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
  func aFullDevice() throws {
    let full = try Draft.run(["generate", Self.example, "-o", "/dev/full", "--force"])
    #expect(full.status == 2)
    #expect(full.errors == "错误：写入“/dev/full”失败：磁盘空间不足\n提示：检查磁盘空间和写入权限。\n")
    #expect(Self.kind("/dev/full") == S_IFCHR)
  }

  @Test func aFIFOIsWrittenIntoWhenReadAndRefusedWhenNot() throws {
    let folder = try TemporaryFolder()
    let fifo = folder.path("报告")
    #expect(mkfifo(fifo, 0o644) == 0)
    let unread = try Draft.run(["generate", Self.example, "-o", fifo, "--force"])
    #expect(unread.status == 2)
    #expect(unread.errors.hasPrefix("错误：“\(fifo)”是一个管道（FIFO），现在没有程序在读它\n"))

    // A reader, open before draft runs; the report fits in the FIFO's buffer, read after.
    let reader = open(fifo, O_RDONLY | O_NONBLOCK)
    #expect(reader >= 0)
    let written = try Draft.run(["generate", Self.example, "-o", fifo])
    let received = FileHandle(fileDescriptor: reader, closeOnDealloc: true).readDataToEndOfFile()
    #expect(written.status == 0, "\(written.errors)")
    #expect(String(decoding: received, as: UTF8.self).hasPrefix(Self.title))
    #expect(Self.kind(fifo) == S_IFIFO)
  }

  /// A device node made with mknod (root only) is written into, not replaced; a disk is
  /// refused.
  @Test(.enabled(if: geteuid() == 0)) func deviceNodes() throws {
    let folder = try TemporaryFolder()
    let null = folder.path("null")
    let disk = folder.path("disk")
    try Self.mknod(null, "c", 1, 3)
    try Self.mknod(disk, "b", 7, 0)
    let written = try Draft.run([
      "generate", Self.example, "-o", null, "--format", "txt", "--force",
    ])
    #expect(written.status == 0, "\(written.errors)")
    #expect(Self.kind(null) == S_IFCHR)
    let refused = try Draft.run([
      "generate", Self.example, "-o", disk, "--format", "txt", "--force",
    ])
    #expect(refused.status == 2)
    #expect(refused.errors.hasPrefix("错误：“\(disk)”是一个磁盘设备，不能写成文件\n"))
    #expect(Self.kind(disk) == S_IFBLK)
  }

  /// A temporary file of a killed run goes when draft next writes in its folder; another
  /// process's that is alive, and other hidden files, stay.
  @Test func aKilledRunsTemporaryFileIsRemoved() throws {
    let folder = try TemporaryFolder()
    let killed = Process()
    killed.executableURL = URL(fileURLWithPath: "/bin/sh")
    killed.arguments = ["-c", "kill -9 $$"]
    try killed.run()
    killed.waitUntilExit()
    let stale = try folder.write("半份报告", to: ".报告.txt.\(killed.processIdentifier).42.tmp")
    let live = try folder.write("正在写", to: ".报告.txt.\(getpid()).42.tmp")
    let other = try folder.write("别的", to: ".报告.txt.tmp")

    let result = try Draft.run(["generate", Self.example, "-o", folder.path("报告.txt")])
    #expect(result.status == 0, "\(result.errors)")
    #expect(!FileManager.default.fileExists(atPath: stale))
    #expect(FileManager.default.fileExists(atPath: live))
    #expect(FileManager.default.fileExists(atPath: other))
  }

  /// A batch into a folder that takes no files stops before any unit, exit 2, naming the
  /// folder: one without write permission (not for root, who may write anyway), and /sys,
  /// where no one may make files.
  @Test(.enabled(if: geteuid() != 0)) func aBatchIntoAReadOnlyFolder() throws {
    let folder = try TemporaryFolder()
    let readOnly = folder.path("只读")
    try FileManager.default.createDirectory(atPath: readOnly, withIntermediateDirectories: false)
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: readOnly)
    defer {
      try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: readOnly)
    }
    let result = try Draft.run(["batch", "Examples/batch/批量.yaml", "-o", readOnly])
    #expect(result.status == 2)
    #expect(result.errors == "错误：无法在“\(readOnly)”中写文件：没有写入权限\n提示：检查文件夹的写入权限和磁盘空间。\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: readOnly).isEmpty)
  }

  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/sys/kernel")))
  func aBatchIntoAFolderNoOneMayWrite() throws {
    let result = try Draft.run(["batch", "Examples/batch/批量.yaml", "-o", "/sys"])
    #expect(result.status == 2)
    #expect(result.errors.hasPrefix("错误：无法在“/sys”中写文件："))
    #expect(result.output.isEmpty)
  }

  /// The type bits (`S_IFMT`) of what `path` names.
  static func kind(_ path: String, following: Bool = true) -> mode_t {
    var status = stat()
    let found = following ? stat(path, &status) : lstat(path, &status)
    return found == 0 ? status.st_mode & S_IFMT : 0
  }

  static func mknod(_ path: String, _ type: String, _ major: Int, _ minor: Int) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["mknod", path, type, "\(major)", "\(minor)"]
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw CaseError("mknod \(path) failed") }
  }
}
