/// File names for reports, made from units' names: safe to create on Linux and on Windows,
/// and readable — the characters Windows forbids become their full-width look-alikes, which
/// Chinese text uses anyway (`办公室/财务科` → `办公室／财务科`).
public enum ReportFileName {
  /// The most bytes (UTF-8) a name may have before its number and extension: 150 bytes is 50
  /// Chinese characters, and leaves room within the 255 bytes Linux allows for `（12）`,
  /// `.docx` and the temporary name a file is first written under.
  public static let maximumStemBytes = 150

  /// Where answers name their unit, in the order looked at: the name a report's default title
  /// uses first.
  static let unitNamePaths = ["单位.全称", "单位.党组织", "单位.简称"]

  /// The unit's name as its answers give it: `单位.全称`, else `单位.党组织`, else `单位.简称`;
  /// nil when none is there as text that is not blank.
  public static func unitName(in answers: Answers) -> String? {
    for path in unitNamePaths {
      if case .string(let name)? = answers.root.value(atPath: path),
        !name.allSatisfy({ $0.isWhitespace })
      {
        return name
      }
    }
    return nil
  }

  /// `name` made safe as a file name without extension; empty when nothing usable is left.
  ///
  /// Path separators and the characters Windows reserves (`/ \ : * ? " < > |`) become
  /// full-width; control and invisible formatting characters go; runs of blanks become one
  /// space and runs of dots one dot; blanks and dots at either end go; the name is cut to
  /// `maximumStemBytes` at a character boundary; a name Windows reserves for a device (`CON`,
  /// `PRN`, `AUX`, `NUL`, `COM0`…`COM9`, `LPT0`…`LPT9`, with any extension, in any case) gets
  /// `_` after it.
  public static func safeStem(_ name: String) -> String {
    var out = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in name.unicodeScalars {
      if isControl(scalar) || scalar.properties.isWhitespace {
        pendingSpace = true
        continue
      }
      if isInvisibleFormat(scalar) { continue }
      if pendingSpace {
        if !out.isEmpty { out.append(" ") }
        pendingSpace = false
      }
      if scalar == ".", out.last == "." { continue }
      out.append(fullWidth[scalar] ?? scalar)
    }
    var stem = trimmed(String(out))
    if stem.utf8.count > maximumStemBytes {
      var cut = ""
      for character in stem {
        guard cut.utf8.count + character.utf8.count <= maximumStemBytes else { break }
        cut.append(character)
      }
      stem = trimmed(cut)
    }
    if isReservedOnWindows(stem) {
      let firstDot = stem.firstIndex(of: ".") ?? stem.endIndex
      stem.insert("_", at: firstDot)
    }
    return stem
  }

  /// Whether Windows keeps `stem` (or the part before its first dot) for a device.
  public static func isReservedOnWindows(_ stem: String) -> Bool {
    let first = stem.prefix { $0 != "." }
    var bare = Substring(first)
    while bare.last == " " { bare = bare.dropLast() }
    return reservedNames.contains(bare.uppercased())
  }

  private static let reservedNames: Set<String> = {
    var names: Set<String> = ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    for device in ["COM", "LPT"] {
      for digit in ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "¹", "²", "³"] {
        names.insert(device + digit)
      }
    }
    return names
  }()

  private static let fullWidth: [Unicode.Scalar: Unicode.Scalar] = [
    "/": "／", "\\": "＼", ":": "：", "*": "＊", "?": "？", "\"": "＂", "<": "＜", ">": "＞",
    "|": "｜",
  ]

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }

  /// Zero-width characters, direction marks and overrides (which can make `txt.exe` look like
  /// `exe.txt`), the byte-order mark.
  private static func isInvisibleFormat(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF: true
    default: false
    }
  }

  private static func trimmed(_ text: String) -> String {
    var slice = Substring(text)
    while let first = slice.first, first == " " || first == "." { slice = slice.dropFirst() }
    while let last = slice.last, last == " " || last == "." { slice = slice.dropLast() }
    return String(slice)
  }
}

/// Hands out file names so that no two units write the same file: the first unit with a
/// name gets it, the next `名称（2）`, then `名称（3）`… Names that differ only in case count
/// as the same, as they do on Windows and macOS. Call in the units' order, and the names are
/// the same on every run.
public struct UniqueFileNames: Sendable {
  /// The extension every name gets, without the dot.
  public let pathExtension: String
  private var taken: Set<String> = []

  /// Names ending in `.pathExtension`; `reserved` (full file names, such as the summary's)
  /// are never handed out.
  public init(pathExtension: String, reserved: [String] = []) {
    self.pathExtension = pathExtension
    for name in reserved { taken.insert(name.lowercased()) }
  }

  /// A file name for a unit named `name` (made safe with `ReportFileName.safeStem`; `fallback`
  /// when nothing is left of it), not handed out before.
  public mutating func take(_ name: String, fallback: String = "单位") -> String {
    var stem = ReportFileName.safeStem(name)
    if stem.isEmpty { stem = ReportFileName.safeStem(fallback) }
    if stem.isEmpty { stem = "单位" }
    var candidate = stem + "." + pathExtension
    var number = 2
    while !taken.insert(candidate.lowercased()).inserted {
      candidate = stem + "（\(number)）." + pathExtension
      number += 1
    }
    return candidate
  }
}
