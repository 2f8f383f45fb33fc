/// A template, parsed once and rendered many times.
public struct Template: Sendable {
  /// The template's name as messages show it.
  public let name: String
  let nodes: [Node]
  /// How many loop and `set` variables it needs.
  let slotCount: Int
  /// How many paths into the answers (and prefixes of them) it reads: each is looked up once
  /// a render.
  let cacheSlotCount: Int
  /// Every field of the answers it reads, with where.
  public let references: [FieldReference]
  /// The phrase banks it offers, with the answers field that picks from each.
  public let phraseBanks: [PhraseBank]
  /// The files it was read from (itself and the fragments it includes), by name, for quoting
  /// lines in errors.
  let sources: [String: SourceText]

  /// The line a location in this template (or a fragment it includes) points at.
  public func sourceLine(at location: SourceLocation) -> String? {
    sources[location.file]?.line(location.line)
  }

  /// Whether the template places a report's sections (`{% sections %}`).
  public var placesSections: Bool {
    Self.contains(nodes) { if case .sections = $0 { true } else { false } }
  }

  private static func contains(_ nodes: [Node], where matches: (Node) -> Bool) -> Bool {
    for node in nodes {
      if matches(node) { return true }
      let children: [[Node]]
      switch node {
      case .conditional(let node): children = node.branches.map(\.body) + [node.otherwise]
      case .loop(let loop): children = [loop.body, loop.otherwise]
      case .clause(let body, _, _), .title(let body), .addressee(let body),
        .signature(let body):
        children = [body]
      case .points(let points): children = [points.body]
      case .series(let series): children = [series.body]
      case .point(let point): children = [point.body]
      case .section(let section): children = [section.body]
      case .phrases(let phrases): children = [phrases.layout] + phrases.items.map(\.body)
      case .text, .paragraphBreak, .output, .assign, .sections, .phrase: children = []
      }
      if children.contains(where: { contains($0, where: matches) }) { return true }
    }
    return false
  }
}
