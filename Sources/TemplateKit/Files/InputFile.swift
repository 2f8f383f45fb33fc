import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading the bytes a path names, for answers files, batch files and templates alike: a
/// regular file, a FIFO or a pipe (`/dev/stdin`, `<(…)`), a device, or standard input for
/// `-`. The size limit holds whatever size the file reports: a pipe reports 0, a device may
/// never end, a file may grow while it is read.
public enum InputFile {
  /// The path that stands for standard input.
  public static let standardInput = "-"

  /// How messages name `path`: `标准输入` for `-`, the path as written otherwise.
  public static func displayName(_ path: String) -> String {
    path == standardInput ? "标准输入" : path
  }

  /// The bytes at `path`, at most `limit` of them. `noun` says in messages what the file
  /// is for (`答案文件`, `模板文件`). Throws `Diagnostic`: nothing there, a folder, no
  /// permission to read, more than `limit` bytes.
  public static func read(_ path: String, limit: Int, noun: String) throws(Diagnostic) -> [UInt8] {
    if path == standardInput {
      return try read(STDIN_FILENO, name: displayName(path), limit: limit, noun: noun)
    }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY)
    guard descriptor >= 0 else { throw cannotOpen(path, code: errno) }
    defer { close(descriptor) }
    return try read(descriptor, name: path, limit: limit, noun: noun)
  }

  private static func read(_ descriptor: Int32, name: String, limit: Int, noun: String)
    throws(Diagnostic) -> [UInt8]
  {
    var status = stat()
    let known = fstat(descriptor, &status) == 0
    let kind = known ? FileKind(mode: status.st_mode) : .missing
    if kind == .directory { throw isAFolder(name, noun: noun) }
    let size = kind == .regular ? Int(status.st_size) : 0
    let megabytes = limit / 1_000_000
    guard size <= limit else {
      throw Diagnostic.error(
        "\(noun)“\(name)”太大（\(size / 1_000_000) MB，上限是 \(megabytes) MB）",
        hint: "\(noun)通常只有几 KB，检查是否选错了文件。")
    }
    switch Descriptor.read(descriptor, limit: limit, expected: size) {
    case .bytes(let bytes):
      return bytes
    case .tooLarge:
      throw Diagnostic.error(
        "\(noun)“\(name)”太大（超过了 \(megabytes) MB 的上限）",
        hint: "\(noun)通常只有几 KB，检查是否选错了文件。")
    case .failed(EISDIR):
      throw isAFolder(name, noun: noun)
    case .failed(let code):
      throw Diagnostic.error(
        "无法读取文件“\(name)”：\(Descriptor.reason(code, reading: true))", hint: "检查文件的读取权限。")
    }
  }

  private static func cannotOpen(_ path: String, code: Int32) -> Diagnostic {
    switch code {
    case ENOENT, ENOTDIR:
      Diagnostic.error("找不到文件“\(path)”", hint: "检查文件名和路径是否写对。")
    case ENXIO:
      Diagnostic.error("“\(path)”是一个\(FileKind.socket.noun)，不是文件", hint: "请给出文件的路径。")
    default:
      Diagnostic.error(
        "无法读取文件“\(path)”：\(Descriptor.reason(code, reading: true))", hint: "检查文件的读取权限。")
    }
  }

  private static func isAFolder(_ path: String, noun: String) -> Diagnostic {
    Diagnostic.error("“\(path)”是一个文件夹，不是文件", hint: "请给出\(noun)本身的路径。")
  }
}
