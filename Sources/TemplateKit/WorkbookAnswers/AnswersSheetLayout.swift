/// How answers stand in a workbook — the questionnaire `draft init -o 问卷.xlsx` writes and the
/// answers reader reads back:
///
/// - The first sheet (`问卷`) has a header row naming its columns: `字段` (the field's path,
///   `统计.党组会`), `填写说明`, `示例`, `答案` and `类型` (the field's declared type, `次数`).
///   Rows above the header are instructions; below it, a row with a path in `字段` is that
///   field, with its value in `答案`; rows without a path head the parts of the report.
/// - A list of records (`活动`, declared `活动[].日期`…) has a sheet of its own, one row per
///   record under a header row naming the fields (`日期`, `地点`…); its fields' rows on the
///   first sheet say their types.
///
/// Columns are found by their header, so they may be moved; the reader needs `字段` and `答案`.
enum AnswersSheetLayout {
  static let fieldHeader = "字段"
  static let noteHeader = "填写说明"
  static let exampleHeader = "示例"
  static let answerHeader = "答案"
  static let typeHeader = "类型"

  /// The first sheet's columns as the questionnaire writes them: the answer in column D.
  static let columns = [fieldHeader, noteHeader, exampleHeader, answerHeader, typeHeader]
  /// The first sheet's name as the questionnaire writes it (the reader takes the first sheet
  /// whatever its name).
  static let mainSheetName = "问卷"

  /// The sheet of each list of records in `paths` (`活动`, `组织生活.活动`), in order: the
  /// path itself when it can name a sheet, else the path with the characters a sheet's name
  /// may not hold replaced and cut to length; `（2）`, `（3）` after names already taken (the
  /// first sheet's included, in any case).
  static func recordSheets(for paths: [String]) -> [String: String] {
    var taken: Set<String> = [mainSheetName.lowercased()]
    var names: [String: String] = [:]
    for path in paths where names[path] == nil {
      var base = String(
        path.map { Worksheet.forbiddenNameCharacters.contains($0) || $0 == "'" ? "_" : $0 })
      base = cut(base, to: Worksheet.maximumNameLength - 4)
      if base.allSatisfy(\.isWhitespace) { base = "记录" }
      var name = Worksheet.isValidName(path) ? path : base
      var number = 2
      while taken.contains(name.lowercased()) {
        name = base + "（\(number)）"
        number += 1
      }
      taken.insert(name.lowercased())
      names[path] = name
    }
    return names
  }

  private static func cut(_ text: String, to length: Int) -> String {
    var out = ""
    for character in text {
      guard out.utf16.count + character.utf16.count <= length else { break }
      out.append(character)
    }
    return out
  }
}
