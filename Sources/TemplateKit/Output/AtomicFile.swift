import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes files whole or not at all: into a temporary file beside the target, then moved into
/// place, so a reader never sees half a report and a failure leaves nothing behind. An
/// existing file is kept unless replacing it was asked for, even one another process
/// creates while this one writes.
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
    var outcome = Outcome.written
    if failure == 0 {
      (outcome, failure) = publish(temporary, as: path, replace: replace)
    } else {
      unlink(temporary)
    }
    if failure != 0 {
      throw Diagnostic.error("写入“\(path)”失败：\(reason(failure))", hint: "检查磁盘空间和写入权限。")
    }
    return outcome
  }

  /// Moves the finished temporary file into place, or removes it. Without `replace`, a hard
  /// link makes the file appear only if no file has that name, in one step, so a file another
  /// process creates meanwhile is kept; on file systems without hard links (FAT, some network
  /// shares) the name is checked once more, then renamed. Returns the outcome and an `errno`
  /// (0 when it worked).
  private static func publish(_ temporary: String, as path: String, replace: Bool) -> (
    Outcome, Int32
  ) {
    if !replace {
      let linked = link(temporary, path) == 0 ? 0 : errno
      switch linked {
      case 0:
        unlink(temporary)
        return (.written, 0)
      case EEXIST:
        unlink(temporary)
        return (.keptExisting, 0)
      case EPERM, EOPNOTSUPP, EXDEV, EMLINK, ENOSYS:
        if access(path, F_OK) == 0 {
          unlink(temporary)
          return (.keptExisting, 0)
        }
      default:
        unlink(temporary)
        return (.written, linked)
      }
    }
    guard rename(temporary, path) == 0 else {
      let failure = errno
      unlink(temporary)
      return (.written, failure)
    }
    return (.written, 0)
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
