extension Value {
  /// The value as a whole number, when it is one exactly: an integer, or a decimal with no
  /// fraction that an `Int` can hold. Nil for anything else — text, a fraction, `.nan`,
  /// `.inf`, `1e20` — so that narrowing a user's number never traps.
  public var wholeNumber: Int? {
    switch self {
    case .int(let number): number
    case .double(let number): Int(exactly: number)
    default: nil
    }
  }
}
