import Foundation

/// What a user's template folder holds that draft does not read — a `sections` file where the
/// folder belongs, a sub-folder of `sections/`, a folder named `X.tmpl`, a `.txt` among the
/// sections — each a warning, so that nothing put there is passed over without a word.
/// Hidden files (`.DS_Store`, `.git`) are passed over silently, and so are the files
/// `draft learn` writes beside the templates it learns (`learnedFiles`).
enum TemplateFolder {
  /// The answers file `draft learn` writes beside the templates, the last report's.
  static let learnedAnswersFile = "答案.yaml"
  /// The answers file of an earlier report `draft learn` learned (`number` from 0).
  static func learnedAnswersFile(ofReport number: Int) -> String { "答案-\(number + 1).yaml" }
  /// The account `draft learn` writes of what it learned.
  static let learningAccountFile = "学习记录.txt"

  /// Whether `name`, at the top of a template folder, is one of the files `draft learn`
  /// writes there for the user to read and fill in: its answers files and its account.
  static func isLearnedFile(_ name: String) -> Bool {
    if name == learnedAnswersFile || name == learningAccountFile { return true }
    guard name.hasPrefix("答案-"), name.hasSuffix(".yaml") else { return false }
    let number = name.dropFirst("答案-".count).dropLast(".yaml".count)
    return !number.isEmpty && number.allSatisfy { $0.isASCII && $0.isNumber }
  }

  /// The folders draft reads, with what it reads in each: files directly in it ending with
  /// the extension, or (for fragments, which are included by their path) at any depth.
  private static let layout: [(folder: String, ext: String, anyDepth: Bool)] = [
    ("kinds", Environment.templateExtension, false),
    ("sections", Environment.templateExtension, false),
    ("fragments", Environment.templateExtension, true),
    ("fields", ".yaml", false),
  ]

  /// The warnings for `root`, in the order of their paths.
  static func warnings(root: String) -> [Diagnostic] {
    var warnings: [Diagnostic] = []
    func warn(_ path: String, _ message: String) {
      let shown = (root as NSString).appendingPathComponent(path)
      warnings.append(Diagnostic(.warning, "模板目录中的“\(shown)”\(message)，不会被读取"))
    }
    for name in entries(of: root) {
      let isFolder = isDirectory((root as NSString).appendingPathComponent(name))
      if let (folder, ext, anyDepth) = layout.first(where: { $0.folder == name }) {
        guard isFolder else {
          warn(name, "是一个文件（应是存放 \(ext) 文件的文件夹）")
          continue
        }
        check(folder, ext: ext, anyDepth: anyDepth, in: root, warn: warn)
      } else if name == "data" {
        guard isFolder else {
          warn(name, "是一个文件（应是存放 年度.yaml 的文件夹）")
          continue
        }
        for item in entries(of: (root as NSString).appendingPathComponent(name))
        where "data/" + item != Catalogue.yearFactsFile {
          warn("data/" + item, "不是 data/ 中 draft 读取的文件（只读 年度.yaml）")
        }
      } else if isFolder || !isLearnedFile(name) {
        warn(name, "不在 draft 读取的位置（kinds、sections、fragments、fields、data）")
      }
    }
    return warnings.sorted { $0.message < $1.message }
  }

  /// Warns of what in `folder` is not a file ending in `ext` (at any depth, when `anyDepth`).
  private static func check(
    _ folder: String, ext: String, anyDepth: Bool, in root: String,
    warn: (String, String) -> Void
  ) {
    var pending = [folder]
    while let current = pending.popLast() {
      for item in entries(of: (root as NSString).appendingPathComponent(current)) {
        let path = current + "/" + item
        if isDirectory((root as NSString).appendingPathComponent(path)) {
          if anyDepth {
            pending.append(path)
          } else {
            warn(path, "是一个文件夹（\(folder)/ 中只读取直接放在其中的 \(ext) 文件）")
          }
        } else if !item.hasSuffix(ext) || item == ext {
          warn(path, "不是 \(ext) 文件")
        }
      }
    }
  }

  /// The entries of `path` not hidden, in order; none when it cannot be read.
  private static func entries(of path: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    return names.filter { !$0.hasPrefix(".") }.sorted()
  }

  private static func isDirectory(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      && isDirectory.boolValue
  }
}
