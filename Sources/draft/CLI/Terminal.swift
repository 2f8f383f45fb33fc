import Foundation
import TemplateKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writing to the terminal: results on standard output, messages on standard error.
enum Terminal {
  /// Writes `text` to standard output; throws `Diagnostic` when it cannot be written (a full
  /// disk behind `>`).
  static func output(_ text: String) throws(Diagnostic) {
    try OutputFile.write(Array(text.utf8), toDescriptor: STDOUT_FILENO, name: "标准输出")
  }

  static func message(_ text: String) {
    writeMessage(text.hasSuffix("\n") ? text : text + "\n")
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
    writeMessage(line)
  }

  /// Messages are best effort: when standard error cannot be written, there is no one to
  /// tell.
  private static func writeMessage(_ text: String) {
    try? OutputFile.write(Array(text.utf8), toDescriptor: STDERR_FILENO, name: "标准错误")
  }

  /// Whether standard error is a terminal a person watches (progress is shown only then).
  static var messagesAreInteractive: Bool { isatty(STDERR_FILENO) != 0 }

  /// Whether standard output is a terminal.
  static var outputIsInteractive: Bool { isatty(STDOUT_FILENO) != 0 }

  /// Prints an error the way the user should see it.
  static func report(_ error: Error) {
    switch error {
    case let diagnostic as Diagnostic: message(diagnostic.description)
    default: message("错误：\(error)")
    }
  }
}
