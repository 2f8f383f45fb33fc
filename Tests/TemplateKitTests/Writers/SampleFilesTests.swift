import Foundation
import TemplateKit
import Testing

/// With `DRAFT_WRITER_SAMPLES=DIR` set, writes the sample report in every format to DIR
/// (`sample.txt`, `.md`, `.html`, `.docx`), for the checks in `Tests/external/` and for a look.
@Test(.enabled(if: ProcessInfo.processInfo.environment["DRAFT_WRITER_SAMPLES"] != nil))
func writeSampleFiles() throws {
  let directory = URL(
    fileURLWithPath: ProcessInfo.processInfo.environment["DRAFT_WRITER_SAMPLES"] ?? ".")
  try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  for format in OutputFormat.allCases {
    let bytes = try format.writer().write(SampleReport.document)
    try Data(bytes).write(to: directory.appendingPathComponent("sample.\(format.rawValue)"))
  }
}
