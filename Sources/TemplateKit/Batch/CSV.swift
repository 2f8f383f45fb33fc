/// Comma-separated values as Excel (and every spreadsheet) opens them: UTF-8 with a byte-order
/// mark, so Chinese text is not read as the local code page; lines ending CR LF; fields quoted
/// as RFC 4180 says.
public enum CSV {
  /// The UTF-8 byte-order mark that opens the file.
  public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// The file: the mark, then `header` and `rows`, one line each.
  public static func file(header: [String], rows: [[String]]) -> [UInt8] {
    var text = line(header)
    for row in rows { text += line(row) }
    return byteOrderMark + Array(text.utf8)
  }

  /// One record, ending CR LF.
  public static func line(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",") + "\r\n"
  }

  /// One field: in double quotes, with quotes doubled, when it holds a comma, a quote, a line
  /// break or blanks at either end. Text a spreadsheet would take for a formula (starting
  /// with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a `'` in front, so that a
  /// unit's name can never run as one.
  public static func field(_ text: String) -> String {
    var text = text
    if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
      text = "'" + text
    }
    let needsQuotes =
      text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
      || text.first == " " || text.last == " "
    guard needsQuotes else { return text }
    var quoted = "\""
    for character in text {
      if character == "\"" { quoted += "\"" }
      quoted.append(character)
    }
    return quoted + "\""
  }
}
