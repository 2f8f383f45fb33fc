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

  /// Reads the answers file at `path` (`-`: standard input; FIFOs and devices too): YAML, JSON
  /// when the name ends in `.json` (or, from standard input, the text opens with `{`), a
  /// workbook when it ends in `.xlsx` or the bytes are a ZIP archive, whatever the name.
  /// Throws `Diagnostic` (file missing, is a directory, too large, not UTF-8, syntax error…).
  public static func read(path: String) throws(Diagnostic) -> Answers {
    let bytes = try InputFile.read(path, limit: maximumFileBytes, noun: "答案文件")
    let format =
      path == InputFile.standardInput
      ? (opensWithBrace(bytes) ? .json : .yaml) : AnswersFormat(path: path)
    return try read(bytes: bytes, file: InputFile.displayName(path), format: format)
  }

  /// Whether the first character after a byte order mark and blanks is `{`.
  private static func opensWithBrace(_ bytes: [UInt8]) -> Bool {
    let text = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
    return text.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } == UInt8(ascii: "{")
  }

  /// Reads answers from bytes already in memory; `file` is the name used in messages. Bytes
  /// that are a ZIP archive are read as a workbook in any format: no YAML or JSON file starts
  /// that way, and a workbook sent under another name (or on standard input) reads as itself.
  public static func read(bytes: [UInt8], file: String, format: AnswersFormat) throws(Diagnostic)
    -> Answers
  {
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
    let position = read.locations[""]?.value ?? .start
    if format == .json {
      return source.error(
        "JSON 答案文件的最外层必须是对象 {…}，而这里是\(typeName)", at: position,
        hint: "把答案写成 {\"键\": 值, …}。")
    }
    return source.error(
      "答案文件的最外层必须是“键: 值”，而这里是\(typeName)", at: position,
      hint: source.colonHint(line: position.line, fallback: "每一行写成“键: 值”，例如“党组会: 12”。"))
  }
}
