import Foundation
import Testing

@testable import TemplateKit

/// Bad input never crashes or hangs the readers: it reads, or it is a `Diagnostic`; and what
/// reads takes a number of steps bounded by its size.
struct ReaderRobustnessTests {
  /// The most steps a reader takes per byte (and for the text's end), far below what reading
  /// anything twice over would take on these inputs.
  static let stepsPerByte = 24

  /// Reads `text` as YAML and as JSON; anything but a value or a Diagnostic is an issue, and
  /// so is a reading that takes more than `stepsPerByte` steps a byte.
  private func readBoth(_ text: String) {
    let source = SourceText(file: "x", text: text)
    let bound = Self.stepsPerByte * (text.utf8.count + 1)
    for read in [{ try YAMLReader.read(source) }, { try JSONReader.read(source) }] {
      do {
        let value = try read()
        #expect(value.steps <= bound, "\(text.debugDescription): \(value.steps) steps")
      } catch is Diagnostic {
      } catch {
        Issue.record("\(text.debugDescription): \(error)")
      }
    }
  }

  @Test func everyPrefixOfEverySuiteInput() throws {
    for name in try YAMLTestSuiteTests.caseNames() {
      let file = YAMLTestSuiteTests.suiteFolder.appending(path: name).appending(path: "in.yaml")
      let text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
      let scalars = Array(text.unicodeScalars)
      for length in 0...scalars.count {
        readBoth(String(String.UnicodeScalarView(scalars[..<length])))
      }
    }
  }

  @Test func randomInputs() {
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
