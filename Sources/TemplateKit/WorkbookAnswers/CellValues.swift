/// How a value stands in a cell, both ways: the value a filled-in cell gives a field of a
/// declared type, and the cell a value is written into. Reading a cell written from a value
/// gives the value back.
///
/// A cell's own type comes first: a number is a number (a whole one an integer), a
/// true/false cell a boolean, a cell formatted as a date the date (`2023-07-02`). Text is
/// read by the field's type, the way the same text after `键: ` reads in YAML, and as users
/// type it into a spreadsheet:
///
/// - counts, integers, numbers and amounts: text that YAML reads as a number is that number
///   (`12` typed into a text cell is the count 12); anything else stays text, for the check
///   to point at (`12次`);
/// - 是否: `是`/`否` (the drop-down's choices) and YAML's `true`/`false` are booleans;
/// - lists: one item a line (Alt+Enter starts a new line in a cell), or `[甲, 乙]`;
/// - 措辞选用: one item a line, `标题：内容` for an item of one's own, or `[…]`;
/// - text, paragraphs, dates and choices: the text;
/// - a cell without a type (last year's leftovers, a row added by hand): as YAML reads it
///   (`12` a number, `true` a boolean, `"12"` text, `[甲, 乙]` a list, `{…}` a mapping).
///
/// Blanks at either end of text are dropped; blank text is no answer (null).
enum CellValues {
  /// Why a cell gives no value: said at the cell.
  struct Problem: Error {
    var message: String
    var hint: String
  }

  /// The value `cell` gives a field of `type` (nil: no declared type); `file` names the file
  /// in the messages of a YAML snippet's own errors.
  static func value(of cell: CellValue, type: FieldType?) throws(Problem) -> Value {
    switch cell {
    case .error(let code):
      throw Problem(
        message: "单元格是错误值 \(code)", hint: "改正这一格的公式或内容，或者清空它。")
    case .uncalculated:
      throw Problem(
        message: "这一格是公式，但文件里没有它的计算结果",
        hint: "用 Excel 或 WPS 打开这个文件并保存一次（公式会算出结果），再读。")
    case .bool(let flag): return .bool(flag)
    case .number(let number): return Self.number(number)
    case .date, .time: return .string(cell.text)
    case .text(let raw):
      let text = raw.trimmingWhitespace
      guard !text.isEmpty else { return .null }
      return try value(ofText: text, type: type)
    }
  }

  private static func value(ofText text: String, type: FieldType?) throws(Problem) -> Value {
    switch type {
    case .text?, .paragraph?, .date?, .choice?:
      return .string(text)
    case .count?, .integer?, .number?, .amount?:
      switch YAMLScalars.value(ofPlain: text) {
      case let number? where number.isNumber: return number
      default: return .string(text)
      }
    case .flag?:
      switch text {
      case "是": return .bool(true)
      case "否": return .bool(false)
      default:
        if case .bool(let flag)? = YAMLScalars.value(ofPlain: text) { return .bool(flag) }
        return .string(text)
      }
    case .list?:
      if text.hasPrefix("[") { return try yaml(text) }
      return .list(lines(text).map(Value.string))
    case .phrases?:
      if text.hasPrefix("[") { return try yaml(text) }
      return .list(
        lines(text).map { line in
          guard let colon = line.firstIndex(of: "：") else { return .string(line) }
          let title = String(line[..<colon]).trimmingWhitespace
          let own = String(line[line.index(after: colon)...]).trimmingWhitespace
          return .map(
            Mapping([("标题", .string(title)), ("内容", own.isEmpty ? .null : .string(own))]))
        })
    case nil, .records?, .group?:
      if let first = text.first, "[{\"'".contains(first) { return try yaml(text) }
      return YAMLScalars.value(ofPlain: text) ?? .string(text)
    }
  }

  /// The cell `value` is written into for a field of `type`, such that reading it gives
  /// `value` back.
  static func content(for value: Value, type: FieldType?) -> WorksheetCell.Content {
    switch value {
    case .null: return .empty
    case .bool(let flag): return type == .flag ? .text(flag ? "是" : "否") : .bool(flag)
    case .int(let number):
      return number.magnitude <= 1 << 53 ? .number(Double(number)) : .text(String(number))
    case .double(let number):
      return number.isFinite ? .number(number) : .text(YAMLWriter.inline(value) ?? "")
    case .string(let text):
      switch type {
      case nil, .records?, .group?:
        let plain =
          YAMLScalars.value(ofPlain: text) == .string(text) && text.first != "["
          && text.first != "{" && text.first != "\"" && text.first != "'"
          && text == text.trimmingWhitespace
        return .text(plain ? text : YAMLWriter.quoted(text))
      default:
        return .text(text)
      }
    case .list(let items):
      if type == .list || type == .phrases, let lines = lines(for: items, type: type) {
        return .text(lines.joined(separator: "\n"))
      }
      return .text(flow(value))
    case .map:
      return .text(flow(value))
    }
  }

  /// The items as lines, when each fits on one and reads back as itself.
  private static func lines(for items: [Value], type: FieldType?) -> [String]? {
    var out: [String] = []
    for item in items {
      switch item {
      case .string(let text) where isLine(text) && (type == .list || !text.contains("：")):
        out.append(text)
      case .map(let record) where type == .phrases && record.count == 2:
        guard case .string(let title)? = record["标题"], isLine(title), !title.contains("："),
          case .string(let own)? = record["内容"], isLine(own)
        else { return nil }
        out.append(title + "：" + own)
      default:
        return nil
      }
    }
    guard let first = out.first, !first.hasPrefix("[") else { return nil }
    return out
  }

  private static func isLine(_ text: String) -> Bool {
    !text.isEmpty && !text.contains("\n") && !text.contains("\r")
      && text == text.trimmingWhitespace
  }

  /// A value in YAML's flow form, on one line: `[甲, 乙]`, else JSON (which YAML reads too).
  private static func flow(_ value: Value) -> String {
    YAMLWriter.inline(value) ?? JSONWriter.string(value, pretty: false)
  }

  private static func number(_ number: Double) -> Value {
    if number == number.rounded(), number.magnitude <= 9_007_199_254_740_992,
      let whole = Int(exactly: number)
    {
      return .int(whole)
    }
    return .double(number)
  }

  /// The lines of `text` that are not blank, without blanks at either end.
  private static func lines(_ text: String) -> [String] {
    text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
      .map { String($0).trimmingWhitespace }
      .filter { !$0.isEmpty }
  }

  /// `text` read as YAML reads the value after `键: `: a flow list or mapping, a quoted text.
  private static func yaml(_ text: String) throws(Problem) -> Value {
    do {
      let read = try YAMLReader.read(SourceText(file: "", text: text))
      return read.root ?? .null
    } catch let diagnostic as Diagnostic {
      let column = diagnostic.location.map { "（第 \($0.line) 行第 \($0.column) 个字符）" } ?? ""
      throw Problem(
        message: "这一格按 YAML 读不通\(column)：\(diagnostic.message)",
        hint: diagnostic.hint ?? "列表写作 [甲, 乙]，或者每项一行。")
    } catch {
      throw Problem(message: "这一格读不通：\(error)", hint: "列表写作 [甲, 乙]，或者每项一行。")
    }
  }
}

extension Value {
  /// Whether this is a number.
  fileprivate var isNumber: Bool {
    switch self {
    case .int, .double: true
    default: false
    }
  }
}
