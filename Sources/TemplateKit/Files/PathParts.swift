/// A path's folder and last name, split at its last `/` by hand: Foundation's
/// `deletingLastPathComponent` traps on a one-character path (`a`, `-`) on Linux.
enum PathParts {
  /// The folder as written, "" when the path names none: `a/b/c.txt` → `a/b`,
  /// `/c.txt` → `/`, `c.txt` → ``, `a/b/` → `a`.
  static func folder(of path: String) -> String {
    let trimmed = trimmingTrailingSlashes(path)
    guard let slash = trimmed.lastIndex(of: "/") else { return "" }
    let folder = trimmingTrailingSlashes(String(trimmed[..<slash]))
    return folder.isEmpty ? "/" : folder
  }

  /// The last name in the path: `a/b/c.txt` → `c.txt`, `a/b/` → `b`.
  static func name(of path: String) -> String {
    let trimmed = trimmingTrailingSlashes(path)
    guard let slash = trimmed.lastIndex(of: "/"), trimmed != "/" else { return trimmed }
    return String(trimmed[trimmed.index(after: slash)...])
  }

  private static func trimmingTrailingSlashes(_ path: String) -> String {
    var trimmed = Substring(path)
    while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    return String(trimmed)
  }
}
