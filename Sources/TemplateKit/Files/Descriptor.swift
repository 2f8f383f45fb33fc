import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading and writing an open file descriptor to the end, whatever it is (a file, a pipe, a
/// terminal, a device), and the words for what went wrong.
enum Descriptor {
  /// Writes all of `bytes` to `descriptor`; returns 0, or the `errno` that stopped it.
  static func write(_ bytes: [UInt8], to descriptor: Int32) -> Int32 {
    bytes.withUnsafeBytes { buffer in
      guard let base = buffer.baseAddress else { return 0 }
      var offset = 0
      while offset < buffer.count {
        let count = Foundation.write(descriptor, base + offset, buffer.count - offset)
        if count < 0 {
          if errno == EINTR { continue }
          return errno
        }
        offset += count
      }
      return 0
    }
  }

  /// What reading a descriptor to its end gave.
  enum ReadResult {
    case bytes([UInt8])
    /// There was more than the limit: reading stopped there.
    case tooLarge
    /// `read` failed with this `errno`.
    case failed(Int32)
  }

  /// Reads `descriptor` to its end, but never more than `limit` bytes: what it holds is
  /// learnt by reading, not from the size it reports (a pipe or FIFO reports 0, `/dev/zero`
  /// never ends). `expected` is a guess of the size, to reserve room for.
  static func read(_ descriptor: Int32, limit: Int, expected: Int = 0) -> ReadResult {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(min(max(expected, 0), limit) + 1)
    let chunk = 1 << 16
    var buffer = [UInt8](repeating: 0, count: chunk)
    while true {
      let count = buffer.withUnsafeMutableBytes {
        Foundation.read(descriptor, $0.baseAddress, chunk)
      }
      if count < 0 {
        if errno == EINTR { continue }
        return .failed(errno)
      }
      if count == 0 { return .bytes(bytes) }
      guard bytes.count + count <= limit else { return .tooLarge }
      bytes.append(contentsOf: buffer[..<count])
    }
  }

  /// Why a system call on a file failed, in words users read; the system's own words for the
  /// rare rest. `reading` picks the words for a permission refused.
  static func reason(_ code: Int32, reading: Bool = false) -> String {
    switch code {
    case EACCES, EPERM: reading ? "没有读取权限" : "没有写入权限"
    case EROFS: "所在的磁盘是只读的"
    case ENOSPC: "磁盘空间不足"
    case EDQUOT: "超出了磁盘配额"
    case ENOENT: "路径不存在"
    case ENAMETOOLONG: "文件名太长"
    case ELOOP: "符号链接绕成了圈"
    case EIO: "读写磁盘时出错"
    case EPIPE: "读取的一方已经关闭"
    default: String(cString: strerror(code))
    }
  }
}
