import Foundation

/// Parsed templates kept for reuse, by file name: a batch parses each of its templates once,
/// not once per unit. Templates are immutable values, so one parsed template serves every
/// thread; the cache itself may be shared across threads.
///
/// A cache belongs with one catalogue: file names are only unique within it. It never sees a
/// template's file change — use it for a run, not for a session that watches templates.
public final class TemplateCache: @unchecked Sendable {
  private let lock = NSLock()
  private var templates: [String: Template] = [:]
  private var setups: [String: ReportSetup] = [:]

  public init() {}

  /// The template parsed from the file named `name`, parsing it with `parse` the first time.
  /// Two threads asking at once may both parse it; one result is kept.
  public func template(named name: String, parse: () throws(Diagnostic) -> Template)
    throws(Diagnostic)
    -> Template
  {
    lock.lock()
    let cached = templates[name]
    lock.unlock()
    if let cached { return cached }
    let template = try parse()
    lock.lock()
    defer { lock.unlock() }
    if let earlier = templates[name] { return earlier }
    templates[name] = template
    return template
  }

  /// The setup of the report named `name` (its kind and sections), made with `make` the first
  /// time.
  func setup(named name: String, make: () -> ReportSetup) -> ReportSetup {
    lock.lock()
    let cached = setups[name]
    lock.unlock()
    if let cached { return cached }
    let setup = make()
    lock.lock()
    defer { lock.unlock() }
    if let earlier = setups[name] { return earlier }
    setups[name] = setup
    return setup
  }

  /// How many templates are kept.
  public var count: Int {
    lock.lock()
    defer { lock.unlock() }
    return templates.count
  }
}
