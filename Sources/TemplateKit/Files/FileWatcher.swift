import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Waits for a file to be saved again (`preview --watch`). On Linux the kernel says so
/// (inotify): the file's folder is watched, so that a save which writes the file in place and
/// one which replaces it by renaming (as most editors and `atomically:` writes do) are both
/// seen, at once, without polling. Elsewhere the file's time and size are polled.
public final class FileWatcher {
  /// The file's folder and name, symbolic links resolved (an editor saves the real file).
  private let folder: String
  private let name: String

  /// Starts watching `path`: a save from now on is seen, even one made before the first
  /// call to `waitForChange()`. Throws `Diagnostic` when the file's folder cannot be watched.
  public init(path: String) throws(Diagnostic) {
    let real = realpath(path, nil).map { pointer in
      defer { free(pointer) }
      return String(cString: pointer)
    }
    let full = real ?? path
    let written = PathParts.folder(of: full)
    folder = written.isEmpty ? "." : written
    name = PathParts.name(of: full)
    #if os(Linux)
      let events = inotify_init1(Int32(IN_CLOEXEC))
      guard events >= 0,
        inotify_add_watch(events, folder, UInt32(IN_CLOSE_WRITE | IN_MOVED_TO)) >= 0
      else {
        let reason = Descriptor.reason(errno, reading: true)
        if events >= 0 { close(events) }
        throw Diagnostic.error("无法监视文件夹“\(folder)”：\(reason)", hint: "检查文件夹是否存在、能否读取。")
      }
      descriptor = events
    #else
      stamp = Stamp(path: full)
    #endif
  }

  #if os(Linux)
    private let descriptor: Int32

    deinit { close(descriptor) }

    /// Returns once the file has been written and closed, or replaced. Events that came with
    /// the same save are taken too, so one save gives one return.
    public func waitForChange() throws(Diagnostic) {
      var saved = false
      while !saved { saved = try readEvents() }
      var pending = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
      while poll(&pending, 1, 0) > 0 { _ = try readEvents() }
    }

    /// Reads the events the kernel has (waiting for one); whether one was about the file.
    private func readEvents() throws(Diagnostic) -> Bool {
      var buffer = [UInt8](repeating: 0, count: 64 * 1024)
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { return false }
        throw Diagnostic.error("监视文件夹“\(folder)”时出错：\(Descriptor.reason(errno, reading: true))")
      }
      let wanted = Array(name.utf8)
      var about = false
      var offset = 0
      // Each event: watch (4 bytes), mask (4), cookie (4), length of the name (4), the name
      // padded with NULs.
      while offset + 16 <= count {
        let (mask, length) = buffer.withUnsafeBytes {
          (
            $0.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
            Int($0.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
          )
        }
        if mask & UInt32(IN_IGNORED) != 0 {
          throw Diagnostic.error("文件夹“\(folder)”已不存在，停止监视")
        }
        let start = offset + 16
        let end = min(start + length, count)
        let eventName = buffer[start..<end].prefix { $0 != 0 }
        if eventName.elementsEqual(wanted) { about = true }
        offset = start + length
      }
      return about
    }
  #else
    private var stamp: Stamp

    /// Returns once the file's time or size has changed (looked at three times a second).
    public func waitForChange() throws(Diagnostic) {
      let path = folder + "/" + name
      while Stamp(path: path) == stamp { Thread.sleep(forTimeInterval: 0.3) }
      stamp = Stamp(path: path)
    }

    /// When a file was last changed, and how big it is: a change in either means a new save.
    private struct Stamp: Equatable {
      var modified: Date?
      var size: Int?

      init(path: String) {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        modified = attributes?[.modificationDate] as? Date
        size = (attributes?[.size] as? NSNumber)?.intValue
      }
    }
  #endif
}
