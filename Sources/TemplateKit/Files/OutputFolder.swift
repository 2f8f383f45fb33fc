import Foundation

/// The folder a batch writes its reports into.
public enum OutputFolder {
  /// Makes the folder at `path` when nothing is there, and finds out before any work that
  /// files can be written in it. Throws `Diagnostic`: a file in its place, a folder that
  /// cannot be made, or one that takes no files (no permission, a read-only disk).
  public static func prepare(_ path: String) throws(Diagnostic) {
    let kind = FileKind(path: path)
    switch kind {
    case .directory:
      break
    case .missing:
      do {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
      } catch {
        throw Diagnostic.error("无法新建文件夹“\(path)”", hint: "检查上级文件夹的写入权限。")
      }
    default:
      throw Diagnostic.error("“\(path)”是一个\(kind.noun)，不是文件夹", hint: "-o 给出存放报告的文件夹。")
    }
    try AtomicFile.checkWritable(folder: path)
  }
}
