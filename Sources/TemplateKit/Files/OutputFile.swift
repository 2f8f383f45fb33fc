import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writing what the user asked to be written (`-o`, the reports of a batch, `汇总.csv`), by
/// what the path names:
///
/// - `-`: standard output;
/// - nothing, or a regular file: written whole or not at all (`AtomicFile`); an existing file
///   is replaced only when asked;
/// - a FIFO, a terminal, another character device (`/dev/null`), or the file standard output
///   or standard error already goes to (`/dev/stdout`): written into, as a stream — never
///   replaced, never removed, asked or not;
/// - a folder, a disk device, a socket: refused.
///
/// A symbolic link is followed: the file it points to is written, the link kept.
public enum OutputFile {
  /// The path that stands for standard output.
  public static let standardOutput = "-"

  /// What happened to the target.
  public enum Outcome: Sendable, Equatable {
    case written
    /// A regular file was there and replacing it was not asked for: nothing was written.
    case keptExisting
  }

  /// Writes `bytes` to `path`. Bytes that are not text (`binaryFormat`, such as `docx`, names
  /// their format for the message) are refused for a terminal. Throws `Diagnostic`.
  @discardableResult
  public static func write(
    _ bytes: [UInt8], to path: String, replace: Bool, binaryFormat: String? = nil
  ) throws(Diagnostic) -> Outcome {
    switch try target(of: path) {
    case .descriptor(let descriptor, let name):
      try write(bytes, toDescriptor: descriptor, name: name, binaryFormat: binaryFormat)
    case .stream(let kind):
      try writeInto(path, kind: kind, bytes: bytes, binaryFormat: binaryFormat)
    case .file(let file, let exists):
      if exists, !replace { return .keptExisting }
      return try AtomicFile.write(bytes, to: file, replace: replace)
    }
    return .written
  }

  /// Whether writing to `path` without replacing would keep a file that is there: to say so
  /// before the work of making what would be written.
  public static func keepsExisting(at path: String) -> Bool {
    if case .file(_, exists: true)? = try? target(of: path) { return true }
    return false
  }

  /// Whether `path` is written as a stream: standard output, a FIFO, a terminal, a device
  /// (which a file name's extension cannot describe).
  public static func isStream(_ path: String) -> Bool {
    switch try? target(of: path) {
    case .descriptor?, .stream?: true
    case .file?, nil: false
    }
  }

  /// Writes all of `bytes` to the open `descriptor` (standard output, standard error), which
  /// messages call `name`. Bytes of `binaryFormat` are refused for a terminal.
  public static func write(
    _ bytes: [UInt8], toDescriptor descriptor: Int32, name: String, binaryFormat: String? = nil
  ) throws(Diagnostic) {
    if let binaryFormat, isatty(descriptor) != 0 {
      throw Diagnostic.error(
        "\(binaryFormat) 文件不能输出到终端（\(name)）",
        hint: "用 -o 指定文件名，如 -o 报告.\(binaryFormat)；或把输出重定向到文件或管道。")
    }
    let failure = Descriptor.write(bytes, to: descriptor)
    guard failure == 0 else {
      throw Diagnostic.error(
        "写入\(name)失败：\(Descriptor.reason(failure))", hint: "检查磁盘空间和写入权限。")
    }
  }

  /// Where the bytes for `path` go.
  private enum Target {
    /// Standard output or error, already open.
    case descriptor(Int32, name: String)
    /// A FIFO or a character device, opened and written into.
    case stream(FileKind)
    /// A regular file, or nothing yet: written by `AtomicFile` at `file` (the path, or
    /// where its symbolic link points).
    case file(String, exists: Bool)
  }

  private static func target(of path: String) throws(Diagnostic) -> Target {
    if path == standardOutput { return .descriptor(STDOUT_FILENO, name: "标准输出") }
    if FileKind.path(path, isOpenAs: STDOUT_FILENO) {
      return .descriptor(STDOUT_FILENO, name: "“\(path)”")
    }
    if FileKind.path(path, isOpenAs: STDERR_FILENO) {
      return .descriptor(STDERR_FILENO, name: "“\(path)”")
    }
    let kind = FileKind(path: path)
    switch kind {
    case .regular:
      return .file(FileKind.isSymbolicLink(path) ? resolved(path) : path, exists: true)
    case .missing:
      if FileKind.isSymbolicLink(path) {
        let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? ""
        throw Diagnostic.error(
          "“\(path)”是指向“\(target)”的符号链接，而那里什么也没有",
          hint: "先建好它指向的文件或文件夹，或换一个输出文件名。")
      }
      return .file(path, exists: false)
    case .fifo, .characterDevice:
      return .stream(kind)
    case .directory:
      throw Diagnostic.error("“\(path)”是一个文件夹，不能写成文件", hint: "请换一个文件名。")
    case .blockDevice, .socket:
      throw Diagnostic.error("“\(path)”是一个\(kind.noun)，不能写成文件", hint: "请换一个文件名。")
    }
  }

  /// Where the symbolic link `path` leads, all links followed.
  private static func resolved(_ path: String) -> String {
    guard let real = realpath(path, nil) else { return path }
    defer { free(real) }
    return String(cString: real)
  }

  /// Writes into the FIFO or device at `path`. A FIFO that no program reads is refused, not
  /// waited on: opening it for writing would wait for a reader for ever.
  private static func writeInto(
    _ path: String, kind: FileKind, bytes: [UInt8], binaryFormat: String?
  ) throws(Diagnostic) {
    let descriptor = open(path, O_WRONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else {
      if errno == ENXIO, kind == .fifo {
        throw Diagnostic.error(
          "“\(path)”是一个\(kind.noun)，现在没有程序在读它", hint: "先运行读取它的程序，或换一个输出文件名。")
      }
      throw Diagnostic.error(
        "无法写入“\(path)”：\(Descriptor.reason(errno))", hint: "检查写入权限，或换一个输出文件名。")
    }
    defer { close(descriptor) }
    // Opened; now a reader that is slow to take the bytes is waited for.
    _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
    try write(bytes, toDescriptor: descriptor, name: "“\(path)”", binaryFormat: binaryFormat)
  }
}
