/// The blanks writers leave in reports they copy — `XX`, `XXX`, `X`, `**`, `*`, `＊`, `□`, `×`
/// — which must not slip into what is handed in.
public enum Placeholders {
  /// The first placeholder in `text`, if any: a run of X (not part of a Latin word), of
  /// asterisks, or a box or cross mark.
  public static func first(in text: String) -> String? {
    let characters = Array(text)
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if isX(character) {
        var end = index
        while end < characters.count, isX(characters[end]) { end += 1 }
        let before = index > 0 ? characters[index - 1] : " "
        let after = end < characters.count ? characters[end] : " "
        if !isLatinLetter(before), !isLatinLetter(after) {
          return String(characters[index..<end])
        }
        index = end
        continue
      }
      if character == "*" || character == "＊" {
        var end = index
        while end < characters.count, characters[end] == character { end += 1 }
        return String(characters[index..<end])
      }
      if character == "□" || character == "×" { return String(character) }
      index += 1
    }
    return nil
  }

  private static func isX(_ character: Character) -> Bool { character == "X" || character == "Ｘ" }

  private static func isLatinLetter(_ character: Character) -> Bool {
    character.isASCII && character.isLetter
  }
}
