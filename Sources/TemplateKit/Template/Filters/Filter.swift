/// A function that templates apply to a value with `|`: `{{ 金额 | wan(2) }}`.
///
/// Every filter has an English name and a Chinese one (`wan` and `万元`); both work in
/// templates.
public struct Filter: Sendable {
  /// The signature of a filter: the input (nil when the answers do not give it) and the
  /// arguments; returns nil when there is nothing to print, which makes an optional clause
  /// vanish or shows a gap marker.
  public typealias Function = @Sendable (Value?, [Value?]) throws(FilterError) -> Value?

  public let name: String
  public let chineseName: String
  /// One line saying what it does, with an example, for the documentation.
  public let summary: String
  /// How many arguments it takes.
  public let arity: ClosedRange<Int>
  let apply: Function

  public init(
    _ name: String, chineseName: String, summary: String, arity: ClosedRange<Int> = 0...0,
    apply: @escaping Function
  ) {
    self.name = name
    self.chineseName = chineseName
    self.summary = summary
    self.arity = arity
    self.apply = apply
  }
}

/// Why a filter could not make text of a value: `“明天”不是日期`.
public struct FilterError: Error, Sendable {
  public var message: String
  public var hint: String?

  public init(_ message: String, hint: String? = nil) {
    self.message = message
    self.hint = hint
  }
}

/// The filters a template may use, by either of their names.
public struct FilterSet: Sendable {
  private var byName: [String: Filter] = [:]
  /// Each filter once, in the order added.
  public private(set) var all: [Filter] = []

  public init(_ filters: [Filter] = []) {
    for filter in filters { add(filter) }
  }

  /// Adds `filter`, replacing any with the same name.
  public mutating func add(_ filter: Filter) {
    all.removeAll { $0.name == filter.name }
    all.append(filter)
    byName[filter.name] = filter
    byName[filter.chineseName] = filter
  }

  public subscript(name: String) -> Filter? { byName[name] }

  /// The known name closest to a misspelt one, for a hint.
  func suggestion(for name: String) -> String? {
    EditDistance.closest(to: name, among: Array(byName.keys))
  }

  /// The filters every environment starts with.
  public static let builtIn = FilterSet(
    TextFilters.all + NumberFilters.all + DateFilters.all)
}
