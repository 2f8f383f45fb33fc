import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes regular files whole or not at all: into a temporary file beside the target, then
/// moved into place, so a reader never sees half a report and a failure leaves nothing
/// behind. An existing file is kept unless replacing it was asked for, even one another
/// process creates while this one writes. (`OutputFile` decides which paths come here.)
enum AtomicFile {
  /// Writes `bytes` to `path`, where there is a regular file or nothing.
  static func write(_ bytes: [UInt8], to path: String, replace: Bool) throws(Diagnostic)
    -> OutputFile.Outcome
  {
    let (temporary, descriptor) = try createTemporary(for: path)
    var failure = Descriptor.write(bytes, to: descriptor)
    if failure == 0, fsync(descriptor) != 0 { failure = errno }
    if close(descriptor) != 0, failure == 0 { failure = errno }
    var outcome = OutputFile.Outcome.written
    if failure == 0 {
      (outcome, failure) = publish(temporary, as: path, replace: replace)
    } else {
      unlink(temporary)
    }
    if failure != 0 {
      throw Diagnostic.error(
        "写入“\(path)”失败：\(Descriptor.reason(failure))", hint: "检查磁盘空间和写入权限。")
    }
    return outcome
  }

  /// Fails as writing a file into `folder` would, without leaving anything there: for a
  /// batch to know before its work that its folder takes files.
  static func checkWritable(folder: String) throws(Diagnostic) {
    let (temporary, descriptor) = try createTemporary(for: folder + "/" + "写入检查")
    close(descriptor)
    unlink(temporary)
  }

  /// A new temporary file beside `path`, open for writing. Temporary files a killed run left
  /// in that folder are removed first.
  private static func createTemporary(for path: String) throws(Diagnostic) -> (String, Int32) {
    // The folder as the user wrote it, for messages ("." when the path names none).
    let written = PathParts.folder(of: path)
    let folder = written.isEmpty ? "." : written
    switch FileKind(path: folder) {
    case .directory: break
    case .missing:
      throw Diagnostic.error("文件夹“\(folder)”不存在", hint: "先建好文件夹，或换一个输出位置。")
    default:
      throw Diagnostic.error("“\(folder)”不是文件夹", hint: "输出文件要放在一个文件夹里，请检查路径。")
    }
    TemporaryFile.removeStale(in: folder)
    let temporary =
      folder + "/" + TemporaryFile.name(for: PathParts.name(of: path))
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw Diagnostic.error(
        "无法在“\(folder)”中写文件：\(Descriptor.reason(errno))", hint: "检查文件夹的写入权限和磁盘空间。")
    }
    return (temporary, descriptor)
  }

  /// Moves the finished temporary file into place, or removes it. Without `replace`, a hard
  /// link makes the file appear only if no file has that name, in one step, so a file another
  /// process creates meanwhile is kept; on file systems without hard links (FAT, some network
  /// shares) the name is checked once more, then renamed. Returns the outcome and an `errno`
  /// (0 when it worked).
  private static func publish(_ temporary: String, as path: String, replace: Bool) -> (
    OutputFile.Outcome, Int32
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
}
