import Foundation

/// A folder `draft learn` wrote, and what the tests read and change in it from outside: its
/// answers file as text, edited line by line, and reports generated from it.
struct LearnedFolder {
  let folder: TemporaryFolder
  let path: String

  /// Learns `reports` (paths) into a fresh folder; records the run.
  init(learning reports: [String], extra: [String] = []) throws {
    folder = try TemporaryFolder()
    path = folder.path("学到的")
    learnRun = try Draft.run(["learn"] + reports + ["-o", path] + extra)
  }

  /// The run of `draft learn`.
  let learnRun: Draft.Result

  /// The text of a file in the folder.
  func text(_ name: String) throws -> String {
    try String(contentsOfFile: (path as NSString).appendingPathComponent(name), encoding: .utf8)
  }

  /// Generates the report of `answers` (the folder's own by default) with the learned
  /// templates, as plain text.
  func generate(_ answers: String? = nil, _ options: [String] = []) throws -> Draft.Result {
    let file: String
    if let answers {
      file = try folder.write(answers, to: "改过的答案.yaml")
    } else {
      file = (path as NSString).appendingPathComponent("答案.yaml")
    }
    return try Draft.run(["generate", file, "--templates", path] + options)
  }

  /// `draft check` on the folder's answers.
  func check() throws -> Draft.Result {
    try Draft.run([
      "check", (path as NSString).appendingPathComponent("答案.yaml"), "--templates", path,
    ])
  }
}

/// Reading and editing the answers file `draft learn` writes: `组:` lines with `  键: 值`
/// under them, and top-level `键: 值`.
enum LearnedAnswers {
  /// Every `组.键` with a whole number for its value, under `group`.
  static func numbers(in yaml: String, group: String) -> [(path: String, value: Int)] {
    var found: [(String, Int)] = []
    var current: String? = nil
    for line in yaml.split(separator: "\n") {
      if !line.hasPrefix(" "), !line.hasPrefix("#") {
        current = line.hasSuffix(":") ? String(line.dropLast()) : nil
        continue
      }
      guard current == group, !line.trimmingCharacters(in: .whitespaces).hasPrefix("#"),
        let colon = line.firstIndex(of: ":")
      else { continue }
      let key = line[..<colon].trimmingCharacters(in: .whitespaces)
      if let value = Int(line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)) {
        found.append((group + "." + key, value))
      }
    }
    return found
  }

  /// `yaml` with the value at `path` (`组.键`, or a top-level `键`) set to `value`.
  static func setting(_ path: String, to value: String, in yaml: String) -> String {
    let parts = path.split(separator: ".").map(String.init)
    var lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var inGroup = parts.count == 1
    for (index, line) in lines.enumerated() {
      if parts.count == 2, !line.hasPrefix(" "), !line.hasPrefix("#") {
        inGroup = line == parts[0] + ":"
        continue
      }
      let prefix = parts.count == 1 ? parts[0] + ":" : "  " + parts[1] + ":"
      if inGroup, line.hasPrefix(prefix) {
        lines[index] = prefix + " " + value
        return lines.joined(separator: "\n")
      }
    }
    return yaml
  }

  /// `yaml` with only `报告.类型` kept: what the templates print with no answers.
  static func empty(kind: String = "我的报告") -> String { "报告:\n  类型: \(kind)\n" }
}

/// How a report is compared with what the learned templates give back: whitespace and the
/// document site's markers left out, each blank of the original (`XX`, `**`, `X.X`) and each
/// gap of a generated report (`【待填：…】`) one mark.
enum ReportText {
  static func normalized(_ text: String) -> String {
    var text = text
    for marker in ["##paidbegin##", "##paidend##"] {
      text = text.replacingOccurrences(of: marker, with: "")
    }
    text = text.replacingOccurrences(of: "【待填：[^】]*】", with: "◇", options: .regularExpression)
    text = text.replacingOccurrences(
      of: "X\\.X|[XＸ]+|\\*+\\.\\*+|\\*+|＊+|□|×", with: "◇", options: .regularExpression)
    return text.filter { !$0.isWhitespace }
  }

  /// The runs of digits in `text` (a decimal point inside one), gaps left out.
  static func numbers(in text: String) -> [String] {
    let withoutGaps = text.replacingOccurrences(
      of: "【待填：[^】]*】", with: "", options: .regularExpression)
    let expression = try? NSRegularExpression(pattern: "[0-9]+(\\.[0-9]+)?")
    let range = NSRange(withoutGaps.startIndex..., in: withoutGaps)
    return (expression?.matches(in: withoutGaps, range: range) ?? []).compactMap {
      Range($0.range, in: withoutGaps).map { String(withoutGaps[$0]) }
    }
  }

  /// Dates written in digits: `2023年7月2日`, `7月11日`.
  static func dates(in text: String) -> Int {
    let expression = try? NSRegularExpression(pattern: "[0-9]{1,2}月[0-9]{1,2}日")
    return expression?.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text)) ?? 0
  }
}
