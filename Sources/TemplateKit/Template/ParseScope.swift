/// What the parser knows about names while it reads a template: which are loop and `set`
/// variables (and where in the answers they point), how deep loops are nested, and every field
/// the template reads.
final class ParseScope {
  private struct Local {
    var slot: Int
    /// The answers path the variable stands for, with list positions left out
    /// (`活动[]` for `a` in `{% for a in 活动 %}`).
    var declared: String?
  }

  private var scopes: [[String: Local]] = [[:]]
  /// How many slots the template needs.
  private(set) var slotCount = 0
  /// A cache slot for each path into the answers the template reads (and each of its
  /// prefixes: `统计` for `统计.党组会`), so a render looks each up once.
  private var cacheSlots: [String: Int] = [:]
  var cacheSlotCount: Int { cacheSlots.count }
  /// How many loops enclose the current point.
  private(set) var loopDepth = 0
  /// Every field path into the answers the template reads, with where it is read.
  private(set) var references: [FieldReference] = []
  /// Every answers root name the template reads.
  let filters: FilterSet

  init(filters: FilterSet) { self.filters = filters }

  func pushScope() { scopes.append([:]) }
  func popScope() { scopes.removeLast() }
  func enterLoop() { loopDepth += 1 }
  func leaveLoop() { loopDepth -= 1 }

  /// Declares a variable in the innermost scope and returns its slot.
  func declare(_ name: String, declared: String?) -> Int {
    let slot = slotCount
    slotCount += 1
    scopes[scopes.count - 1][name] = Local(slot: slot, declared: declared)
    return slot
  }

  /// What `name` refers to here: a variable's slot, or a key at the root of the answers.
  func resolve(_ name: String) -> (root: FieldAccess.Root, declared: String?) {
    for scope in scopes.reversed() {
      if let local = scope[name] { return (.local(local.slot), local.declared) }
    }
    return (.answers(MappingKey(name)), name)
  }

  /// When the text being parsed is written: an `if` branch, a phrase bank's item, a point
  /// with a condition — innermost last, as users read them (`条件“下一步.样式 == "要点"”成立时`).
  private var guards: [String] = []

  /// Parses `body` as text written only when `condition` (a phrase ending in 时) holds.
  func guarded<T>(by condition: String, _ body: () throws -> T) rethrows -> T {
    guards.append(condition)
    defer { guards.removeLast() }
    return try body()
  }

  /// Where the optional clauses around the text being parsed open, outermost first.
  private var clauses: [SourceLocation] = []

  /// Parses `body` as the inside of the optional clause opening at `location`.
  func inClause<T>(at location: SourceLocation, _ body: () throws -> T) rethrows -> T {
    clauses.append(location)
    defer { clauses.removeLast() }
    return try body()
  }

  /// Records that the template reads `path` here.
  func recordReference(_ path: String, at location: SourceLocation) {
    references.append(
      FieldReference(
        path: path, location: location,
        onlyWhen: guards.isEmpty ? nil : guards.joined(separator: "且"), clauses: clauses))
  }

  /// The cache slot of the answers path written `path`.
  func cacheSlot(for path: String) -> Int {
    if let slot = cacheSlots[path] { return slot }
    let slot = cacheSlots.count
    cacheSlots[path] = slot
    return slot
  }

  /// Phrase banks defined so far, by name.
  private var banks: [String: [PhraseItem]] = [:]

  func define(bank name: String, items: [PhraseItem]) { banks[name] = items }

  func bank(named name: String) -> [PhraseItem]? { banks[name] }

  /// Phrase banks used so far, with what picks from each.
  private(set) var phraseBanks: [PhraseBank] = []

  func record(_ bank: PhraseBank) { phraseBanks.append(bank) }
}

/// A phrase bank a template offers: the field of the answers that picks from it, and the
/// names of its stock items in order.
public struct PhraseBank: Sendable, Equatable {
  /// The answers path of the selection (`下一步.措施`); nil when it is not a plain field.
  public var selection: String?
  public var names: [String]
}

/// A field a template reads, and where: used to check templates against their declared fields,
/// and to say why an answer did not reach a report.
public struct FieldReference: Sendable, Equatable {
  /// The answers path with list positions left out: `统计.党组会`, `活动[].日期`.
  public var path: String
  public var location: SourceLocation
  /// When the text that reads it is written only under a condition, the condition as users
  /// read it, ending in 时 (`条件“下一步.样式 == "要点"”成立时`, `选用措辞“切实强化理论武装”时`);
  /// nil when it is read wherever the template runs.
  public var onlyWhen: String?
  /// Where the optional clauses it stands in open, outermost first: when one vanishes, the
  /// value is not printed.
  public var clauses: [SourceLocation]
}
