#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a path names, symbolic links followed: it decides how the path is read or written.
/// A regular file is replaced whole; a FIFO, a terminal or another character device is
/// written into, as a stream; a folder, a disk device or a socket is refused.
enum FileKind: Equatable {
  /// Nothing is there (or the path cannot be looked at; opening it says why).
  case missing
  case regular
  case directory
  /// A named pipe (`mkfifo`), or a pipe reached through `/dev/stdin`, `/dev/fd/N`.
  case fifo
  /// A terminal, `/dev/null`, `/dev/full`, `/dev/zero`…
  case characterDevice
  /// A disk or a partition.
  case blockDevice
  case socket

  /// The kind of what `path` names, following symbolic links.
  init(path: String) {
    var status = stat()
    guard stat(path, &status) == 0 else {
      self = .missing
      return
    }
    self.init(mode: status.st_mode)
  }

  /// The kind a file's mode (`st_mode`) gives.
  init(mode: mode_t) {
    switch mode & S_IFMT {
    case S_IFREG: self = .regular
    case S_IFDIR: self = .directory
    case S_IFIFO: self = .fifo
    case S_IFCHR: self = .characterDevice
    case S_IFBLK: self = .blockDevice
    case S_IFSOCK: self = .socket
    default: self = .missing
    }
  }

  /// Whether `path` is itself a symbolic link (not followed).
  static func isSymbolicLink(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
  }

  /// Whether `path` names the very file the open `descriptor` refers to (`/dev/stdout`, or a
  /// file standard output was sent to with `>`).
  static func path(_ path: String, isOpenAs descriptor: Int32) -> Bool {
    var named = stat()
    var open = stat()
    guard stat(path, &named) == 0, fstat(descriptor, &open) == 0 else { return false }
    return named.st_dev == open.st_dev && named.st_ino == open.st_ino
  }

  /// How messages name this kind of file: `“x”是一个…`.
  var noun: String {
    switch self {
    case .missing: "不存在的文件"
    case .regular: "文件"
    case .directory: "文件夹"
    case .fifo: "管道（FIFO）"
    case .characterDevice: "设备"
    case .blockDevice: "磁盘设备"
    case .socket: "套接字（socket）"
    }
  }
}
