import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes files whole or not at all: into a temporary file beside the target, then renamed
/// over it, so a reader never sees half a report and a failure leaves nothing behind. An
/// existing file is kept unless replacing it was asked for.
public enum AtomicFile {
  /// What happened to the target.
  public enum Outcome: Sendable, Equatable {
    case written
    /// The file existed and `replace` was false: nothing was written.
    case keptExisting
  }

  /// Writes `bytes` to `path`.
  @discardableResult
  public static func write(_ bytes: [UInt8], to path: String, replace: Bool) throws -> Outcome {
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    if manager.fileExists(atPath: path, isDirectory: &isDirectory) {
      if isDirectory.boolValue {
        throw Diagnostic.error("“\(path)”是一个文件夹，不能写成文件", hint: "请换一个文件名。")
      }
      if !replace { return .keptExisting }
    }
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    guard manager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue
    else {
      throw Diagnostic.error("文件夹“\(folder)”不存在", hint: "先建好文件夹，或换一个输出位置。")
    }
    let temporary =
      folder + "/." + url.lastPathComponent
      + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    guard fd >= 0 else {
      throw Diagnostic.error(
        "无法在“\(folder)”中写文件：\(String(cString: strerror(errno)))", hint: "检查文件夹的写入权限和磁盘空间。")
    }
    var failure: Int32 = 0
    bytes.withUnsafeBytes { buffer in
      guard let base = buffer.baseAddress else { return }
      var offset = 0
      while offset < buffer.count {
        let count = Foundation.write(fd, base + offset, buffer.count - offset)
        if count < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        offset += count
      }
    }
    if failure == 0, fsync(fd) != 0 { failure = errno }
    if close(fd) != 0, failure == 0 { failure = errno }
    if failure == 0, rename(temporary, path) != 0 { failure = errno }
    if failure != 0 {
      unlink(temporary)
      throw Diagnostic.error(
        "写入“\(path)”失败：\(String(cString: strerror(failure)))", hint: "检查磁盘空间和写入权限。")
    }
    return .written
  }
}
