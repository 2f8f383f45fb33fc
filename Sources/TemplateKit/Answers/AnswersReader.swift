import Foundation

/// The formats an answers file may be written in.
public enum AnswersFormat: Sendable {
  case yaml
  case json
}

/// Reads answers files: the YAML subset described in docs/yaml-subset.md, or JSON.
///
/// The root must be a mapping. A YAML file with no content (empty, only comments, or a null
/// root) gives empty answers; an empty JSON file is an error. Text that a document cannot
/// hold (control characters from escapes) is refused, naming where it was written.
public enum AnswersReader {
  /// The largest answers file read (100 MB). Real ones hold a few kilobytes; reading takes
  /// several times the file's size in memory, so a file picked by mistake (a video, a disk
  /// image) is refused before it is read.
  public static let maximumFileBytes = 100_000_000

  /// Reads the answers file at `path` (`-`: standard input; FIFOs and devices too): YAML, or
  /// JSON when the name ends in `.json` or, read from standard input, the text opens with `{`.
  /// Throws `Diagnostic` (file missing, is a directory, too large, not UTF-8, syntax error…).
  public static func read(path: String) throws -> Answers {
    let bytes = try InputFile.read(path, limit: maximumFileBytes, noun: "答案文件")
    let json =
      path == InputFile.standardInput
      ? opensWithBrace(bytes) : path.lowercased().hasSuffix(".json")
    return try read(bytes: bytes, file: InputFile.displayName(path), format: json ? .json : .yaml)
  }

  /// Whether the first character after a byte order mark and blanks is `{`.
  private static func opensWithBrace(_ bytes: [UInt8]) -> Bool {
    let text = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
    return text.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } == UInt8(ascii: "{")
  }

  /// Reads answers from bytes already in memory; `file` is the name used in messages.
  public static func read(bytes: [UInt8], file: String, format: AnswersFormat) throws -> Answers {
    let source = SourceText(file: file, text: try TextDecoding.decode(bytes, file: file))
    let read: ReadValue
    switch format {
    case .yaml: read = try YAMLReader.read(source)
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
