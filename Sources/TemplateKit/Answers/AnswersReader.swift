import Foundation

/// The formats an answers file may be written in.
public enum AnswersFormat: Sendable {
  case yaml
  case json
  /// A questionnaire workbook filled in (`.xlsx`, see `AnswersSheetLayout`).
  case workbook

  /// The format a file's name says, in any case: JSON for `.json`, a workbook for `.xlsx`
  /// (and Excel's macro-enabled `.xlsm`), YAML for any other.
  public init(path: String) {
    let name = path.lowercased()
    if name.hasSuffix(".json") {
      self = .json
    } else if name.hasSuffix(".xlsx") || name.hasSuffix(".xlsm") {
      self = .workbook
    } else {
      self = .yaml
    }
  }
}

/// Reads answers files: the YAML subset described in docs/yaml-subset.md, JSON, or a filled-in
/// questionnaire workbook (`WorkbookAnswersReader`).
///
/// The root must be a mapping. A YAML file with no content (empty, only comments, or a null
/// root) gives empty answers; an empty JSON file is an error. Text that a document cannot
/// hold (control characters from escapes) is refused, naming where it was written.
public enum AnswersReader {
  /// The largest answers file read (100 MB). Real ones hold a few kilobytes; reading takes
  /// several times the file's size in memory, so a file picked by mistake (a video, a disk
  /// image) is refused before it is read.
  public static let maximumFileBytes = 100_000_000

  /// Reads an answers file from disk: YAML, JSON when the name ends in `.json`, a workbook
  /// when it ends in `.xlsx` (or when the file is a ZIP archive, whatever its name).
  /// Throws `Diagnostic` (file missing, is a directory, too large, not UTF-8, syntax error…).
  public static func read(path: String) throws -> Answers {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw Diagnostic.error("找不到文件“\(path)”", hint: "检查文件名和路径是否写对。")
    }
    guard !isDirectory.boolValue else {
      throw Diagnostic.error("“\(path)”是一个文件夹，不是文件", hint: "请给出答案文件本身的路径。")
    }
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    guard size <= maximumFileBytes else {
      throw Diagnostic.error(
        "答案文件“\(path)”太大（\(size / 1_000_000) MB，上限是 \(maximumFileBytes / 1_000_000) MB）",
        hint: "答案文件通常只有几 KB，检查是否选错了文件。")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw Diagnostic.error("无法读取文件“\(path)”", hint: "检查文件的读取权限。")
    }
    return try read(bytes: [UInt8](data), file: path, format: AnswersFormat(path: path))
  }

  /// Reads answers from bytes already in memory; `file` is the name used in messages. Bytes
  /// that are a ZIP archive are read as a workbook in any format: no YAML or JSON file starts
  /// that way, and a workbook sent under another name (or on standard input) reads as itself.
  public static func read(bytes: [UInt8], file: String, format: AnswersFormat) throws -> Answers {
    if format == .workbook || FileSignature.identify(bytes) == .zip {
      return try readWorkbook(bytes: bytes, file: file)
    }
    let source = SourceText(file: file, text: try TextDecoding.decode(bytes, file: file))
    let read: ReadValue
    switch format {
    case .yaml, .workbook: read = try YAMLReader.read(source)
    case .json: read = try JSONReader.read(source)
    }
    let root: Value
    switch (read.root, format) {
    case (.map?, _): root = read.root ?? .map(Mapping())
    case (nil, .yaml), (.null?, .yaml): root = .map(Mapping())
    default: throw notAMapping(read, format: format, source: source)
    }
    try ControlCharacterCheck.check(root, locations: read.locations, source: source)
    return Answers(root: root, source: source, locations: read.locations)
  }

  /// Reads a workbook's answers; with `onlyFields`, only those fields' rows of the first
  /// sheet (for a unit's name when the rest is broken).
  static func readWorkbook(bytes: [UInt8], file: String, onlyFields: Set<String>? = nil)
    throws(Diagnostic) -> Answers
  {
    var reader = WorkbookAnswersReader(
      workbook: try WorkbookReader.read(bytes, file: file), file: file)
    reader.onlyFields = onlyFields
    return try reader.read()
  }

  private static func notAMapping(_ read: ReadValue, format: AnswersFormat, source: SourceText)
    -> Diagnostic
  {
    let typeName = read.root?.typeName ?? "空值"
    let location = read.locations[""] ?? ValueLocation(line: 1, column: 1, keyLine: 1, keyColumn: 1)
    if format == .json {
      return source.error(
        "JSON 答案文件的最外层必须是对象 {…}，而这里是\(typeName)", line: location.line,
        column: location.column, hint: "把答案写成 {\"键\": 值, …}。")
    }
    return source.error(
      "答案文件的最外层必须是“键: 值”，而这里是\(typeName)", line: location.line,
      column: location.column,
      hint: source.colonHint(line: location.line, fallback: "每一行写成“键: 值”，例如“党组会: 12”。"))
  }
}
