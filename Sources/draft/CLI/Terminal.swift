import Foundation
import TemplateKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writing to the terminal: results on standard output, messages on standard error.
enum Terminal {
  static func output(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  static func output(_ bytes: [UInt8]) {
    FileHandle.standardOutput.write(Data(bytes))
  }

  static func message(_ text: String) {
    FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
  }

  /// Shows `text` on the progress line of standard error, in place of what it showed before
  /// (nil clears the line). Only for an interactive terminal: the line is redrawn with `\r`.
  static func progress(_ text: String?) {
    var line = "\r\u{1B}[K"
    if let text {
      var width = 0
      for character in text {
        width += DisplayWidth.of(String(character))
        guard width <= 70 else { break }
        line.append(character)
      }
    }
    FileHandle.standardError.write(Data(line.utf8))
  }

  /// Whether standard error is a terminal a person watches (progress is shown only then).
  static var messagesAreInteractive: Bool { isatty(STDERR_FILENO) != 0 }

  /// Whether standard output is a terminal.
  static var outputIsInteractive: Bool { isatty(STDOUT_FILENO) != 0 }

  /// Prints an error the way the user should see it.
  static func report(_ error: Error) {
    switch error {
    case let diagnostic as Diagnostic: message(diagnostic.description)
    case let list as DiagnosticList: message(list.description)
    default: message("错误：\(error)")
    }
  }
}
