/// A template, parsed once and rendered many times.
public struct Template: Sendable {
  /// The template's name as messages show it.
  public let name: String
  /// What the executor runs.
  let program: Program
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
  public let placesSections: Bool
}
