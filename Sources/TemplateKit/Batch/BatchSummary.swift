/// What became of one unit of a batch.
public struct BatchUnitResult: Sendable {
  /// How a unit ended.
  public enum Status: String, Sendable, CaseIterable {
    /// The report was written and is complete.
    case succeeded = "成功"
    /// The report was written with gaps (【待填：…】).
    case withGaps = "有待填"
    /// The report was written, but the answers have problems `draft check` finds: values
    /// refused (shown as gaps), unknown keys, answers that did not reach the report.
    case hasProblems = "有问题"
    /// No report: the answers are broken, rendering or writing failed, or it had gaps under
    /// `--strict`.
    case failed = "失败"
    /// The report file existed and replacing it was not asked for: it was left as it was.
    case skipped = "已跳过"
  }

  /// The unit's name: `单位.全称`, `单位.简称`, or the unit's fallback name.
  public var unit: String
  /// Where the unit is (`BatchUnit.origin`).
  public var origin: String
  public var status: Status
  /// What the report lacks, when it was rendered.
  public var missing: [MissingField]
  /// The report's characters (`Document.characterCount`), when it was rendered.
  public var characterCount: Int?
  /// The report's file name inside the output folder; nil when the unit failed.
  public var outputFile: String?
  /// Why it failed, or a note on why it was skipped.
  public var problem: Diagnostic?
  /// The problems of its answers, in file order, when its report was rendered.
  public var problems: [Diagnostic]

  public init(
    unit: String, origin: String, status: Status, missing: [MissingField] = [],
    characterCount: Int? = nil, outputFile: String? = nil, problem: Diagnostic? = nil,
    problems: [Diagnostic] = []
  ) {
    self.unit = unit
    self.origin = origin
    self.status = status
    self.missing = missing
    self.characterCount = characterCount
    self.outputFile = outputFile
    self.problem = problem
    self.problems = problems
  }

  /// The number of gap markers in the report.
  public var gapCount: Int { missing.gapCount }

  /// Whether the unit's report is in place as this run made it.
  public var succeeded: Bool {
    status == .succeeded || status == .withGaps || status == .hasProblems
  }

  /// What the summary says about the unit: why it failed or was skipped, else its first
  /// problem and how many more there are.
  public var remark: String {
    if let problem { return problem.headline }
    guard let first = problems.first else { return "" }
    return first.headline + (problems.count > 1 ? "（共 \(problems.count) 个问题）" : "")
  }
}

/// The results of a batch run, in the units' order, as a table: the summary files `汇总.csv`
/// and `汇总.xlsx`, and the same table for the terminal.
public struct BatchSummary: Sendable {
  /// The summary file's name, in the output folder.
  public static let fileName = "汇总.csv"
  /// The summary workbook's name, beside it.
  public static let workbookName = "汇总.xlsx"
  /// The table's columns.
  public static let header = ["单位", "答案文件", "状态", "待填数", "待填项", "字数", "输出文件", "说明"]
  /// The columns holding numbers, which the workbook writes as numbers.
  static let numberColumns: Set<Int> = [3, 5]
  /// The columns of free text, cut short on the terminal and wrapped in the workbook.
  static let freeTextColumns: Set<Int> = [4, 7]

  public var results: [BatchUnitResult]

  public init(results: [BatchUnitResult]) { self.results = results }

  /// Whether every unit's report was written (gaps allowed unless the run was strict) from
  /// answers without problems.
  public var allSucceeded: Bool {
    results.allSatisfy { $0.succeeded && $0.status != .hasProblems }
  }

  /// How many units ended with `status`.
  public func count(_ status: BatchUnitResult.Status) -> Int {
    results.count { $0.status == status }
  }

  /// The rows under `header`, one per unit.
  public var rows: [[String]] {
    results.map { result in
      [
        result.unit,
        result.origin,
        result.status.rawValue,
        result.characterCount == nil ? "" : String(result.gapCount),
        result.missing.map { field in
          field.path.hasSuffix(field.label) ? field.path : "\(field.path)（\(field.label)）"
        }.joined(separator: "；"),
        result.characterCount.map(String.init) ?? "",
        result.outputFile ?? "",
        result.remark,
      ]
    }
  }

  /// `汇总.csv`: UTF-8 with a byte-order mark, so that Excel opens it as it is.
  public func csv() -> [UInt8] { CSV.file(header: Self.header, rows: rows) }

  /// `汇总.xlsx`: the same table with numbers as numbers, the header frozen and filtered,
  /// columns as wide as their text (up to a limit, past which it wraps).
  public func workbook() throws(Diagnostic) -> [UInt8] {
    var sheet = Worksheet(name: "汇总")
    let cells = rows
    sheet.columns = Self.header.indices.map { column in
      let widest = ([Self.header] + cells).map { DisplayWidth.of($0[column]) }.max() ?? 8
      return Column(width: Double(min(max(widest + 2, 8), 60)))
    }
    sheet.append(
      Self.header.map {
        WorksheetCell.text($0, style: CellStyle(font: .bold, fill: .header, bordered: true))
      })
    for row in cells {
      sheet.append(
        row.enumerated().map { column, text in
          let style = CellStyle(wraps: Self.freeTextColumns.contains(column), bordered: true)
          if Self.numberColumns.contains(column), let number = Int(text) {
            return WorksheetCell.integer(number, style: style)
          }
          return WorksheetCell.text(text, style: style)
        })
    }
    sheet.frozenRows = 1
    sheet.filtered = true
    return try WorkbookWriter.write([sheet], title: "批量生成汇总")
  }

  /// The table for a terminal: columns lined up (Chinese characters are two columns wide);
  /// the free-text cells (待填项, 说明) longer than `cellWidth` columns cut with `…` — the
  /// whole text is in the CSV file.
  public func table(cellWidth: Int = 36) -> String {
    let cells = ([Self.header] + rows).map { row in
      row.enumerated().map { column, cell in
        Self.freeTextColumns.contains(column) ? Self.cut(cell, to: cellWidth) : Self.flat(cell)
      }
    }
    var widths = Array(repeating: 0, count: Self.header.count)
    for row in cells {
      for (column, cell) in row.enumerated() {
        widths[column] = max(widths[column], DisplayWidth.of(cell))
      }
    }
    var out = ""
    for row in cells {
      var line = ""
      for (column, cell) in row.enumerated() {
        line += cell
        if column < row.count - 1 {
          line += String(repeating: " ", count: widths[column] - DisplayWidth.of(cell) + 2)
        }
      }
      while line.last == " " { line.removeLast() }
      out += line + "\n"
    }
    return out
  }

  private static func flat(_ text: String) -> String { text.replacingNewlines() }

  private static func cut(_ text: String, to width: Int) -> String {
    let flat = flat(text)
    guard DisplayWidth.of(flat) > width else { return flat }
    var out = ""
    var used = 0
    for scalar in flat.unicodeScalars {
      let next = DisplayWidth.of(scalar)
      guard used + next <= width - 1 else { break }
      out.unicodeScalars.append(scalar)
      used += next
    }
    return out + "…"
  }
}

extension String {
  /// Line breaks and tabs as single spaces, for one line of a table.
  fileprivate func replacingNewlines() -> String {
    String(
      String.UnicodeScalarView(
        unicodeScalars.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 }))
  }
}
