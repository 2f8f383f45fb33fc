// Build-time tool run by the EmbedTemplates plugin:
//   embed-templates TEMPLATES-DIR OUTPUT.swift
// Writes a Swift file holding every file under TEMPLATES-DIR as (relative path, text).
import Foundation

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
  FileHandle.standardError.write(Data("usage: embed-templates TEMPLATES-DIR OUTPUT.swift\n".utf8))
  exit(2)
}
let root = URL(fileURLWithPath: arguments[1]).standardizedFileURL
let output = URL(fileURLWithPath: arguments[2])

/// A Swift string literal for `text`, escaping what a literal cannot hold as is.
func literal(_ text: String) -> String {
  var out = "\""
  for scalar in text.unicodeScalars {
    switch scalar {
    case "\\": out += "\\\\"
    case "\"": out += "\\\""
    case "\n": out += "\\n"
    case "\r": out += "\\r"
    case "\t": out += "\\t"
    case _ where scalar.value < 0x20 || scalar.value == 0x7F:
      out += "\\u{\(String(scalar.value, radix: 16))}"
    default: out.unicodeScalars.append(scalar)
    }
  }
  return out + "\""
}

var entries: [(String, String)] = []
if let walker = FileManager.default.enumerator(
  at: root, includingPropertiesForKeys: [.isRegularFileKey])
{
  for case let url as URL in walker {
    guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
      !url.lastPathComponent.hasPrefix(".")
    else { continue }
    let path = url.standardizedFileURL.path
    let relative = String(path.dropFirst(root.path.count + 1))
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else {
      FileHandle.standardError.write(Data("embed-templates: \(path) is not UTF-8 text\n".utf8))
      exit(1)
    }
    entries.append((relative, text))
  }
}
entries.sort { $0.0 < $1.0 }

var source = "// Generated at build time by embed-templates from Templates/. Do not edit.\n\n"
source += "enum EmbeddedTemplates {\n"
source += "  /// Every built-in template file: its path under Templates/ and its text.\n"
source += "  static let files: [(path: String, text: String)] = [\n"
for (path, text) in entries {
  source += "    (\(literal(path)), \(literal(text))),\n"
}
source += "  ]\n}\n"

// Leave an unchanged file untouched, so the library is not rebuilt for nothing.
if let existing = try? String(contentsOf: output, encoding: .utf8), existing == source {
  exit(0)
}
do {
  try source.write(to: output, atomically: true, encoding: .utf8)
} catch {
  FileHandle.standardError.write(
    Data("embed-templates: cannot write \(output.path): \(error)\n".utf8))
  exit(1)
}
