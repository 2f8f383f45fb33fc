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
    // The folder as the user wrote it, for messages ("." when the path names none).
    let written = (path as NSString).deletingLastPathComponent
    let folder = written.isEmpty ? "." : written
    guard manager.fileExists(atPath: folder, isDirectory: &isDirectory) else {
      throw Diagnostic.error("文件夹“\(folder)”不存在", hint: "先建好文件夹，或换一个输出位置。")
    }
    guard isDirectory.boolValue else {
      throw Diagnostic.error("“\(folder)”不是文件夹", hint: "输出文件要放在一个文件夹里，请检查路径。")
    }
    let temporary =
      folder + "/." + (path as NSString).lastPathComponent
      + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    guard fd >= 0 else {
      throw Diagnostic.error(
        "无法在“\(folder)”中写文件：\(reason(errno))", hint: "检查文件夹的写入权限和磁盘空间。")
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
      throw Diagnostic.error("写入“\(path)”失败：\(reason(failure))", hint: "检查磁盘空间和写入权限。")
    }
    return .written
  }

  /// Why a system call failed, in words users read; the system's own words for the rare rest.
  static func reason(_ code: Int32) -> String {
    switch code {
    case EACCES, EPERM: "没有写入权限"
    case EROFS: "所在的磁盘是只读的"
    case ENOSPC: "磁盘空间不足"
    case EDQUOT: "超出了磁盘配额"
    case ENOENT: "路径不存在"
    case ENAMETOOLONG: "文件名太长"
    case EIO: "读写磁盘时出错"
    default: String(cString: strerror(code))
    }
  }
}
