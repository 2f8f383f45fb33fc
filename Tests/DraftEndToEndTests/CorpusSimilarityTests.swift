import Foundation
import Testing

/// Each corpus report, regenerated from its example, must read almost as the original: at
/// least 0.97 of their characters in common, in order, once digits, blanks and markers are set
/// aside (see `Similarity`).
@Suite("The built-in templates regenerate the corpus")
struct CorpusSimilarityTests {
  static let corpus = [
    ("000", "000_59d35ed9444286c4.txt"),
    ("001", "001_7e9d0087b237a4ad.txt"),
    ("002", "002_56082e69b26d3e77.txt"),
    ("003", "003_2c8bbf8d5ebdb0b1.txt"),
  ]

  static let folder = Draft.packageRoot.appendingPathComponent("Tests/DraftEndToEndTests/Corpus")

  @Test(arguments: corpus)
  func theExampleReadsAsTheCorpusReport(number: String, file: String) throws {
    let original = try String(contentsOf: Self.folder.appendingPathComponent(file), encoding: .utf8)
    let result = try Draft.run(["generate", "Examples/corpus-\(number).yaml"])
    #expect(result.status == 0, "\(result.errors)")
    let ratio = Similarity.ratio(original, result.output)
    print("语料 \(number) 相似度 \(String(format: "%.4f", ratio))")
    #expect(ratio >= 0.97, "语料 \(number) 相似度只有 \(ratio)")
  }
}

@Suite("The similarity measure")
struct SimilarityMeasureTests {
  @Test func digitsBlanksMarkersAndWhitespaceAreSetAside() {
    #expect(Similarity.ratio("XX区召开党组会**次。\n##paidbegin##", "临江区召开党组会 12 次。") < 1)
    #expect(Similarity.ratio("XX区召开党组会**次。\n##paidend##", "区 召开党组会 12 次。") == 1)
    #expect(Similarity.normalized("Ｘ＊□×１2 甲\t乙") == ["甲", "乙"])
  }

  @Test func theRatioCountsSharedCharactersAgainstBothLengths() {
    // 甲乙丙丁 and 甲丙丁戊己 share 甲丙丁: 2·3 / (4 + 5).
    #expect(Similarity.ratio("甲乙丙丁", "甲丙丁戊己") == 6.0 / 9.0)
    #expect(Similarity.ratio("", "") == 1)
    #expect(Similarity.ratio("甲", "") == 0)
  }

  /// Myers' algorithm against the textbook dynamic programme, on random short texts.
  @Test func myersAgreesWithDynamicProgramming() {
    var generator = SystemRandomNumberGenerator()
    let alphabet: [Character] = ["甲", "乙", "丙", "丁"]
    for _ in 0..<300 {
      let a = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
        alphabet.randomElement(using: &generator)!
      }
      let b = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
        alphabet.randomElement(using: &generator)!
      }
      #expect(Similarity.longestCommonSubsequence(a, b) == dynamicLCS(a, b), "\(a) \(b)")
    }
  }

  /// Myers' algorithm does work in proportion to the texts' length times their difference,
  /// not to the product of their lengths (30 million for these two): counted, not timed.
  @Test func longTextsTakeWorkInProportionToTheirDifference() {
    let a = Array(String(repeating: "严格落实中央八项规定精神，", count: 400))
    var b = a
    b.removeSubrange(100..<300)
    b.insert(contentsOf: Array("一是二是三是"), at: 2000)
    var work = 0
    let length = Similarity.longestCommonSubsequence(a, b, work: &work)
    #expect(length == a.count - 200)
    let difference = a.count + b.count - 2 * length
    #expect(work <= (a.count + b.count + 1) * (difference + 1) + a.count + b.count)
    #expect(work < a.count * b.count / 20)
  }

  private func dynamicLCS(_ a: [Character], _ b: [Character]) -> Int {
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        table[i][j] =
          a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    return table[0][0]
  }
}
