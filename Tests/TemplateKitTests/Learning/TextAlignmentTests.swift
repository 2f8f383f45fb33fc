import Testing

@testable import TemplateKit

@Suite("Learning: lining two versions of a text up")
struct TextAlignmentTests {
  /// `base` with each difference's base range replaced by its other range.
  private func applied(_ alignment: TextAlignment, _ base: [Character], _ other: [Character])
    -> [Character]
  {
    var out: [Character] = []
    var cursor = 0
    for difference in alignment.differences {
      out += base[cursor..<difference.base.lowerBound]
      out += other[difference.other]
      cursor = difference.base.upperBound
    }
    return out + base[cursor...]
  }

  @Test func theDifferencesTurnOneVersionIntoTheOther() {
    var generator = SystemRandomNumberGenerator()
    let alphabet: [Character] = ["甲", "乙", "丙", "1", "2", "，"]
    for _ in 0..<500 {
      let a = (0..<Int.random(in: 0...20, using: &generator)).map { _ in
        alphabet.randomElement(using: &generator)!
      }
      let b = (0..<Int.random(in: 0...20, using: &generator)).map { _ in
        alphabet.randomElement(using: &generator)!
      }
      let alignment = TextAlignment(a, b)
      #expect(applied(alignment, a, b) == b, "\(a) \(b)")
      guard !a.isEmpty, !b.isEmpty else { continue }
      for difference in alignment.differences {
        #expect(!difference.base.isEmpty && !difference.other.isEmpty, "\(a) \(b)")
        #expect(alignment.otherStart(of: difference.base.lowerBound) == difference.other.lowerBound)
        #expect(alignment.otherEnd(of: difference.base.upperBound) == difference.other.upperBound)
      }
    }
  }

  @Test func numbersAreNotCut() {
    let alignment = TextAlignment(Array("召开党组会12次"), Array("召开党组会15次"))
    #expect(alignment.differences == [.init(base: 5..<7, other: 5..<7)])
    let grown = TextAlignment(Array("讲党课4次"), Array("讲党课14次"))
    #expect(grown.differences == [.init(base: 3..<4, other: 3..<5)])
  }

  @Test func whatOneVersionAddsIsTakenWithTheCharacterBeforeIt() {
    let alignment = TextAlignment(Array("助残日等活动"), Array("助残日、爱眼日等活动"))
    #expect(alignment.differences == [.init(base: 2..<3, other: 2..<7)])
  }

  @Test func veryDifferentLongTextsDifferAsAWhole() {
    let a = Array(String(repeating: "甲乙", count: 3_000))
    let b = Array(String(repeating: "丙丁", count: 3_000))
    let alignment = TextAlignment(["开"] + a + ["尾"], ["开"] + b + ["尾"])
    #expect(alignment.differences == [.init(base: 1..<6_001, other: 1..<6_001)])
  }
}
