import Foundation
import Testing

@testable import TemplateKit

/// Bad input never crashes or hangs the readers: it reads, or it is a `Diagnostic`.
struct ReaderRobustnessTests {
  /// Reads `text` as YAML and as JSON; anything but a value or a Diagnostic is an issue.
  private func readBoth(_ text: String) {
    let source = SourceText(file: "x", text: text)
    for read in [{ try YAMLReader.read(source) }, { try JSONReader.read(source) }] {
      do {
        _ = try read()
      } catch is Diagnostic {
      } catch {
        Issue.record("\(text.debugDescription): \(error)")
      }
    }
  }

  @Test(.timeLimit(.minutes(2))) func everyPrefixOfEverySuiteInput() throws {
    for name in try YAMLTestSuiteTests.caseNames() {
      let file = YAMLTestSuiteTests.suiteFolder.appending(path: name).appending(path: "in.yaml")
      let text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
      let scalars = Array(text.unicodeScalars)
      for length in 0...scalars.count {
        readBoth(String(String.UnicodeScalarView(scalars[..<length])))
      }
    }
  }

  @Test(.timeLimit(.minutes(2))) func randomInputs() {
    let alphabet: [String] = [
      " ", "  ", "\n", "\t", "-", "- ", ":", ": ", "?", "[", "]", "{", "}", ",", "#", "'", "\"",
      "\\", "|", ">", "a", "党", "1", "&", "*", "!", "%", ".", "---", "...", "0x", "~", "\\u",
    ]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func nextRandom(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    for _ in 0..<5_000 {
      let text = (0..<nextRandom(30)).map { _ in alphabet[nextRandom(alphabet.count)] }.joined()
      readBoth(text)
    }
  }
}
