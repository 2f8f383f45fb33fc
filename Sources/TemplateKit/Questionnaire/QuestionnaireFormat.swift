/// The forms a questionnaire is written in, picked by the output file's extension.
public enum QuestionnaireFormat: Sendable, Equatable {
  /// Commented YAML (`.yaml`, `.yml`): a text editor's answers file.
  case yaml
  /// A workbook (`.xlsx`) to fill in Excel, WPS 表格 or LibreOffice Calc.
  case workbook

  /// The format `path`'s extension names, in any case; nil for any other (`.json`, `.xls`,
  /// none), which a questionnaire is not written as.
  public init?(path: String) {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
    switch name[name.index(after: dot)...].lowercased() {
    case "yaml", "yml": self = .yaml
    case "xlsx": self = .workbook
    default: return nil
    }
  }

  /// What the refusal of another extension says.
  public static let expected = "问卷写成 .yaml（或 .yml）答案文件，或 .xlsx 工作簿"
}

extension Questionnaire {
  /// The questionnaire in `format`: the YAML's UTF-8 bytes, or the workbook's.
  public func bytes(_ format: QuestionnaireFormat, carryingOver lastYear: Answers? = nil)
    throws(Diagnostic)
    -> [UInt8]
  {
    switch format {
    case .yaml: Array(try text(carryingOver: lastYear).utf8)
    case .workbook: try workbook(carryingOver: lastYear)
    }
  }
}
