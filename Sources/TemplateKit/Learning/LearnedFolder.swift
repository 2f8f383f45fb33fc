import Foundation

/// Writes a learned template folder: every file whole or not at all, none over a file that is
/// there unless replacing was asked for — and then nothing is written when any is there.
public enum LearnedFolder {
  /// Writes `learned` under `folder`, made when missing.
  public static func write(_ learned: LearnedTemplates, to folder: String, replace: Bool)
    throws(Diagnostic)
  {
    let manager = FileManager.default
    let kind = FileKind(path: folder)
    guard kind == .directory || kind == .missing else {
      throw Diagnostic.error(
        "“\(folder)”是一个\(kind.noun)，不是文件夹", hint: "-o 给出存放学到的模板和答案的文件夹（不存在时会新建）。")
    }
    let paths = learned.files.map { (folder as NSString).appendingPathComponent($0.path) }
    if !replace {
      let existing = paths.filter { manager.fileExists(atPath: $0) }
      if !existing.isEmpty {
        throw Diagnostic.error(
          "“\(folder)”中已有 \(existing.count) 个同名文件（如“\(existing[0])”），没有写出任何文件",
          hint: "换一个文件夹（-o），或加 --force 覆盖它们。")
      }
    }
    try OutputFolder.prepare(folder)
    for (file, path) in zip(learned.files, paths) {
      let parent = (path as NSString).deletingLastPathComponent
      do {
        try manager.createDirectory(atPath: parent, withIntermediateDirectories: true)
      } catch {
        throw Diagnostic.error("无法建立文件夹“\(parent)”", hint: "检查路径和写入权限。")
      }
      _ = try AtomicFile.write(Array(file.text.utf8), to: path, replace: replace)
    }
  }

  /// `name` checked as a report kind's id: a file name, so no path separators or marks that
  /// file systems refuse.
  public static func kindID(_ name: String) throws(Diagnostic) -> String {
    let trimmed = name.trimmingWhitespace
    let forbidden = Set("/\\:*?\"<>|")
    guard !trimmed.isEmpty, !trimmed.hasPrefix("."),
      !trimmed.contains(where: { forbidden.contains($0) || $0.isNewline })
    else {
      throw Diagnostic.error(
        "报告类型名“\(name)”不能用作文件名", hint: "换一个不含 / \\ : * ? \" < > | 的名称，如“我的报告”。")
    }
    return trimmed
  }
}
