import Foundation

extension BatchUnit {
  /// The unit's name (`单位.全称`, else `单位.简称`), when reading its answers failed with
  /// `error`, so that a failed unit is named in the summary as it would be had it worked:
  /// answers read whole but refused (a unit of a batch file without a report kind) give it as
  /// usual; an answers file broken further down gives the name written above the fault (the
  /// lines before it, or a workbook's rows other than the faulty one). Nil when nothing gives
  /// a name.
  func salvagedName(after error: Error) -> String? {
    switch content {
    case .invalid: return nil
    case .inline(let shared, let own):
      return ReportFileName.unitName(in: shared.map { $0.overridden(by: own) } ?? own)
    case .file(let path, let shared, let overrides, _):
      guard let own = (try? AnswersReader.read(path: path)) ?? readable(path, before: error) else {
        return nil
      }
      var answers = shared.map { $0.overridden(by: own) } ?? own
      if let overrides { answers = answers.overridden(by: overrides, keepingSource: true) }
      return ReportFileName.unitName(in: answers)
    }
  }

  /// What can be read of the answers file at `path` that `error` says is broken: a
  /// workbook's rows naming the unit; a YAML file's lines before the fault. A fault is found
  /// where reading stops, which may be a line or two after the mistake (an unclosed bracket),
  /// so the lines before each fault found are read again, a few times at most.
  private func readable(_ path: String, before error: Error) -> Answers? {
    guard var location = error.diagnostic.location, location.file == path,
      let data = FileManager.default.contents(atPath: path)
    else { return nil }
    let bytes = [UInt8](data)
    if location.sheet != nil {
      return try? AnswersReader.readWorkbook(
        bytes: bytes, file: path, onlyFields: Set(ReportFileName.unitNamePaths))
    }
    guard AnswersFormat(path: path) == .yaml else { return nil }
    for _ in 0..<Self.salvageAttempts {
      guard location.line > 1 else { return nil }
      var lines = 0
      let end =
        bytes.firstIndex { byte in
          if byte == 0x0A { lines += 1 }
          return lines == location.line - 1
        } ?? bytes.endIndex
      do {
        return try AnswersReader.read(bytes: Array(bytes[..<end]), file: path, format: .yaml)
      } catch {
        guard let next = error.diagnostic.location, next.line < location.line else { return nil }
        location = next
      }
    }
    return nil
  }

  /// How many shorter beginnings of a broken file are read for its unit's name.
  private static let salvageAttempts = 8
}
