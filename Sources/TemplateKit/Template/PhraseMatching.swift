/// How an entry the answers pick from a phrase bank finds its stock item: by the item's name,
/// by a beginning of the name no other item shares, or by the part of the name before its first
/// comma (`持续正风肃纪` for `持续正风肃纪，涵养政治生态`). An entry that finds none is the
/// user's own item.
public enum PhraseMatching {
  /// The name of the stock item `entry` stands for, among `names`; nil when it stands for
  /// none.
  public static func stockName(for entry: String, among names: [String]) -> String? {
    let entry = entry.trimmingWhitespace
    guard !entry.isEmpty else { return nil }
    if names.contains(entry) { return entry }
    let headed = names.filter { head(of: $0) == entry }
    if headed.count == 1 { return headed[0] }
    let prefixed = names.filter { $0.hasPrefix(entry) }
    if prefixed.count == 1 { return prefixed[0] }
    return nil
  }

  /// The part of a name before its first comma (full-width or not), or the whole name.
  private static func head(of name: String) -> Substring {
    name.prefix { $0 != "，" && $0 != "," }
  }
}
