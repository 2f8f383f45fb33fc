import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The hidden file a write goes to before it is moved into place, `.名称.pid.随机.tmp` beside
/// the target; and the removal of those a killed run (SIGKILL, power loss) left behind.
enum TemporaryFile {
  /// A fresh name for a temporary file of the target file `name` (a name, not a path).
  static func name(for name: String) -> String {
    ".\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
  }

  /// The process that made the temporary file `name`, when `name` is one of ours: exactly
  /// `.名称.pid.随机.tmp`, numbers written as `name(for:)` writes them.
  static func owner(of name: String) -> pid_t? {
    guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return nil }
    let parts = name.dropFirst().dropLast(4).split(
      separator: ".", omittingEmptySubsequences: false)
    guard parts.count >= 3, !parts[..<(parts.count - 2)].joined().isEmpty,
      let random = UInt32(parts[parts.count - 1]), "\(random)" == parts[parts.count - 1],
      let process = pid_t(parts[parts.count - 2]), process > 0,
      "\(process)" == parts[parts.count - 2]
    else { return nil }
    return process
  }

  /// Removes the temporary files in `folder` whose process is gone; the first time a
  /// process writes into `folder`, not every time (a batch writes thousands of files there).
  /// Files of live processes, this one's included, and every other name are left alone.
  static func removeStale(in folder: String) {
    guard swept.isFirstVisit(folder),
      let names = try? FileManager.default.contentsOfDirectory(atPath: folder)
    else { return }
    for name in names {
      guard let process = owner(of: name), !isAlive(process) else { continue }
      let path = folder + "/" + name
      var status = stat()
      if lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG { unlink(path) }
    }
  }

  /// Whether process `process` is running (or is another user's, which we may not signal).
  private static func isAlive(_ process: pid_t) -> Bool {
    process == getpid() || kill(process, 0) == 0 || errno == EPERM
  }

  private static let swept = SweptFolders()
}

/// The folders this process has looked in for stale temporary files.
private final class SweptFolders: @unchecked Sendable {
  private let lock = NSLock()
  private var folders: Set<String> = []

  func isFirstVisit(_ folder: String) -> Bool {
    lock.lock()
    defer { lock.unlock() }
    return folders.insert(folder).inserted
  }
}
