/// Joining two names so that no word is said twice: the end of the first that the second
/// begins with is written once (`青石街道` + `街道党工委书记` → `青石街道党工委书记`).
public enum Overlap {
  /// The shortest overlap taken away: one character in common is usually a coincidence
  /// (`区委` + `委员` is 区委委员), two or more are a repeated word.
  static let minimumLength = 2

  /// `first` followed by `second`, the longest end of `first` (at least two characters) that
  /// `second` begins with written once.
  public static func joined(_ first: String, _ second: String) -> String {
    let a = Array(first)
    let b = Array(second)
    var length = min(a.count, b.count)
    while length >= minimumLength {
      if a[(a.count - length)...].elementsEqual(b[..<length]) {
        return first + String(b[length...])
      }
      length -= 1
    }
    return first + second
  }
}
