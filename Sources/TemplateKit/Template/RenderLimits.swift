/// Bounds on what one rendering may do, so a runaway template or answers file stops with an
/// error instead of filling the disk, the memory, or the afternoon. docs/robustness.md lists
/// them with their messages.
public struct RenderLimits: Sendable {
  /// The most text one report may hold, in bytes of UTF-8 (20 MB by default: a real report
  /// is under 100 KB). Text in titles, addressees and signatures counts too.
  public var maximumOutputBytes: Int
  /// The most paragraphs, headings and other blocks one report may hold (100,000 by default:
  /// a real report has a few hundred). Each costs memory and output beyond its text, so a
  /// loop making a paragraph of one character per item is bounded by this, not by the text.
  public var maximumBlocks: Int
  /// The most steps one rendering may take (5 million by default: a real report takes a few
  /// thousand). A step is a node of the template run, a loop's turn, an item a filter goes
  /// through, or 64 bytes of text joined with `+` — so that work, not only iterations, is
  /// bounded: nested loops that print nothing, or `map | join` over long lists inside them,
  /// stop with an error instead of running on for minutes.
  public var maximumSteps: Int

  public init(
    maximumOutputBytes: Int = 20_000_000, maximumBlocks: Int = 100_000,
    maximumSteps: Int = 5_000_000
  ) {
    self.maximumOutputBytes = maximumOutputBytes
    self.maximumBlocks = maximumBlocks
    self.maximumSteps = maximumSteps
  }
}
