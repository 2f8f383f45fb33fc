import Testing

@testable import TemplateKit

@Suite struct SignatureLayoutTests {
  /// The signature's and the date's right indents, in half characters.
  private func indents(_ signature: Signature) -> [Int] {
    let layout = SignatureLayout(signature)
    return [layout.signatureIndent, layout.dateIndent]
  }

  private func indents(_ signer: String, _ date: String) -> [Int] {
    indents(Signature(lines: [[.text(InlineText(signer))]], date: [.text(InlineText(date))]))
  }

  @Test func dateStartsTwoCharactersRightOfTheSignature() {
    // 中共XX区残联党组理事会 is 11 characters (XX counts as one), the date 7: the signature
    // 2 in, the date 11 − 7 = 4 in.
    #expect(indents("中共XX区残联党组理事会", "2023年12月25日") == [4, 8])
  }

  @Test func longerDateKeepsTwoAndPushesTheSignatureLeft() {
    // Signature 3 characters, date 7: the date 2 in, the signature 2 + 7 + 2 − 3 = 8 in.
    #expect(indents("李大明", "2023年12月25日") == [16, 4])
  }

  @Test func missingPartsFallBackToTwoCharacters() {
    #expect(indents("", "2023年12月25日") == [4, 4])
    #expect(
      indents(Signature(lines: [], date: [])) == [4, 4])
  }
}
