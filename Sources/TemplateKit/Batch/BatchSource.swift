import Foundation

/// The units of a batch: read from a folder of answers files, or from a batch file that lists
/// them and holds the answers they share.
///
/// Only the list is read here; each unit's answers are read when `BatchUnit.answers()` is
/// called, so that a batch of any size holds one unit's answers at a time per worker.
public struct BatchSource: Sendable {
  /// How the units were given.
  public enum Form: Sendable, Equatable {
    /// A folder: every `*.yaml`, `*.yml`, `*.json` and `*.xlsx` in it is one unit.
    case folder
    /// A batch file (see `BatchFile`).
    case batchFile
  }

  /// The folder or batch file, as the user named it.
  public let path: String
  public let form: Form
  /// The units, in order: file names in natural order (`2` before `10`) for a folder, the
  /// order of the list for a batch file.
  public let units: [BatchUnit]

  /// Extensions of answers files a folder source takes, in lowercase.
  public static let answersExtensions: Set<String> = ["yaml", "yml", "json", "xlsx"]

  public init(path: String, form: Form, units: [BatchUnit]) {
    self.path = path
    self.form = form
    self.units = units
  }

  /// The units at `path`: a folder of answers files, or a batch file. Throws `Diagnostic`
  /// when nothing is there, the folder holds no answers files, or the batch file itself is
  /// broken (a broken unit only fails when its answers are read).
  /// `-` reads a batch file from standard input.
  public static func read(path: String) throws(Diagnostic) -> BatchSource {
    if path != InputFile.standardInput, !FileManager.default.fileExists(atPath: path) {
      throw Diagnostic.error(
        "找不到“\(path)”", hint: "给出存放各单位答案文件的文件夹，或一个批量文件。")
    }
    if FileKind(path: path) == .directory { return try folder(path) }
    return try BatchFile.read(path: path)
  }

  /// Every answers file directly in `path`, one unit each; hidden files are left out, and so
  /// are the `~$名称.xlsx` files Excel and WPS keep beside a workbook while it is open.
  static func folder(_ path: String) throws(Diagnostic) -> BatchSource {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: path)
    } catch {
      throw Diagnostic.error("无法读取文件夹“\(path)”", hint: "检查文件夹的读取权限。")
    }
    let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
    var files: [String] = []
    for name in names where !name.hasPrefix(".") && !name.hasPrefix("~$") {
      let ext = (name as NSString).pathExtension.lowercased()
      guard answersExtensions.contains(ext) else { continue }
      var isDirectory: ObjCBool = false
      let full = folder + "/" + name
      guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory),
        !isDirectory.boolValue
      else { continue }
      files.append(name)
    }
    guard !files.isEmpty else {
      throw Diagnostic.error(
        "文件夹“\(path)”中没有答案文件",
        hint:
          "答案文件以 .yaml、.yml、.json 或 .xlsx 结尾，每个单位一个；也可以写一个批量文件（见 Examples/batch/）。")
    }
    files.sort(by: NaturalOrder.precedes)
    let units = files.map { name in
      BatchUnit(
        origin: folder + "/" + name, fallbackName: (name as NSString).deletingPathExtension,
        content: .file(path: folder + "/" + name, shared: nil, overrides: nil, reference: nil))
    }
    return BatchSource(path: path, form: .folder, units: units)
  }
}

/// One unit of a batch: where its answers are, and how to read them.
public struct BatchUnit: Sendable {
  /// Where the unit is, for messages: its answers file, or its place in the batch file
  /// (`批量.yaml 的第 3 个单位`).
  public let origin: String
  /// The name used when its answers name no unit (`单位.全称`, `单位.简称`): the answers
  /// file's name without extension, or `第 3 个单位`.
  public let fallbackName: String
  let content: Content

  enum Content: Sendable {
    /// An answers file, under the shared answers and over-written by `overrides`;
    /// `reference` is the batch file's item that names the file, to point at.
    case file(path: String, shared: Answers?, overrides: Answers?, reference: Answers?)
    /// Answers written in the batch file itself, under the shared answers.
    case inline(shared: Answers?, answers: Answers)
    /// An item of the batch file that is not a unit: reading it fails with this.
    case invalid(Diagnostic)
  }

  /// The unit's answers: its own, laid over the shared ones. Throws `Diagnostic` (a syntax
  /// error, a missing file, an item of the batch file that is not a unit…), pointing at the
  /// place in whichever file is at fault.
  public func answers() throws(Diagnostic) -> Answers {
    switch content {
    case .invalid(let diagnostic):
      throw diagnostic
    case .inline(let shared, let own):
      let answers = shared.map { $0.overridden(by: own) } ?? own
      try Self.requireKind(answers, inBatchFile: true) {
        own.error($0, at: "", key: true, hint: $1)
      }
      return answers
    case .file(let path, let shared, let overrides, let reference):
      if let reference, !FileManager.default.fileExists(atPath: path) {
        // `- 文件: 路径` points at the path; `- 路径` at the item.
        let written = reference.root.string == nil ? BatchFile.fileKey : ""
        throw reference.error(
          "找不到答案文件“\(path)”", at: written,
          hint: "“\(BatchFile.fileKey)”写的是相对于批量文件所在文件夹的路径。")
      }
      let own = try AnswersReader.read(path: path)
      var answers = shared.map { $0.overridden(by: own) } ?? own
      if let overrides { answers = answers.overridden(by: overrides, keepingSource: true) }
      try Self.requireKind(answers, inBatchFile: reference != nil) { message, hint in
        Diagnostic(
          .error, message, at: own.source?.location(line: 1, column: 1), hint: hint)
      }
      return answers
    }
  }

  /// A unit of a batch file without a report kind gets a hint about the shared answers (the
  /// units of a folder are told by `Catalogue.plan(for:)`, as single answers files are).
  private static func requireKind(
    _ answers: Answers, inBatchFile: Bool, error: (String, String) -> Diagnostic
  ) throws(Diagnostic) {
    guard inBatchFile, answers.root["报告"]?["类型"] == nil else { return }
    throw error(
      "这个单位没有写报告类型（报告.类型）",
      "各单位共用的答案写在批量文件的“\(BatchFile.sharedKey)”下，例如：\n\(BatchFile.sharedKey):\n  报告:\n    类型: 落实主体责任情况报告"
    )
  }
}

/// Orders file names as people count: `单位2` before `单位10`. Runs of ASCII digits compare
/// by value, everything else character by character; ties fall back to plain order, so the
/// order is total and the same on every machine.
enum NaturalOrder {
  static func precedes(_ lhs: String, _ rhs: String) -> Bool {
    let a = Array(lhs.unicodeScalars)
    let b = Array(rhs.unicodeScalars)
    var i = 0
    var j = 0
    while i < a.count, j < b.count {
      if isDigit(a[i]), isDigit(b[j]) {
        let startA = i
        let startB = j
        while i < a.count, isDigit(a[i]) { i += 1 }
        while j < b.count, isDigit(b[j]) { j += 1 }
        let digitsA = a[startA..<i].drop { $0 == "0" }
        let digitsB = b[startB..<j].drop { $0 == "0" }
        if digitsA.count != digitsB.count { return digitsA.count < digitsB.count }
        for (x, y) in zip(digitsA, digitsB) where x != y { return x.value < y.value }
      } else {
        if a[i] != b[j] { return a[i].value < b[j].value }
        i += 1
        j += 1
      }
    }
    // One ran out: it comes first; both did: equal as numbers (`01`, `1`), so plain order.
    if i < a.count || j < b.count { return i >= a.count }
    return lhs.unicodeScalars.lexicographicallyPrecedes(rhs.unicodeScalars)
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x30 && scalar.value <= 0x39
  }
}
