/// A size in a message: `20 MB ` for whole megabytes (10⁶ bytes, as the limits are set),
/// else `1234 字节`, written to stand before 的 (`超过了 20 MB 的上限`).
enum ByteCount {
  static func phrase(_ bytes: Int) -> String {
    bytes > 0 && bytes % 1_000_000 == 0 ? "\(bytes / 1_000_000) MB " : "\(bytes) 字节"
  }

  /// A size found in a file: `17 字节`, or `35 MB` (rounded down) from a megabyte on.
  static func size(_ bytes: Int) -> String {
    bytes >= 1_000_000 ? "\(bytes / 1_000_000) MB" : "\(bytes) 字节"
  }
}
