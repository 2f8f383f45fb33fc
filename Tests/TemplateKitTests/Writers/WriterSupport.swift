import Foundation
import TemplateKit

/// Runs `python3` with `arguments`; returns its exit status and what it printed.
func runPython(_ arguments: [String]) throws -> (status: Int32, output: String) {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = ["python3"] + arguments
  let pipe = Pipe()
  process.standardOutput = pipe
  process.standardError = pipe
  try process.run()
  let data = pipe.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// Whether `python3` runs here (the ZIP test also asks Python's zipfile).
let pythonIsAvailable: Bool = {
  (try? runPython(["-c", "pass"]).status) == 0
}()
