/// Renders templates with data into a document.
///
///     let renderer = Renderer(data: answers.root.mapping ?? Mapping())
///     let document = try renderer.render(template)
public struct Renderer: Sendable {
  /// The values templates read: the answers, with what the engine adds.
  public var data: Mapping
  /// Labels for gap markers, by declared path (`统计.党组会` → `党组会次数`).
  public var labels: [String: String]
  /// Declared paths of required fields: missing, they show a gap marker even inside an
  /// optional clause, instead of making it vanish.
  public var required: Set<String>
  /// The answers the data came from, to point errors at the value that caused them.
  public var answers: Answers?
  /// Paths in the answers (real list positions: `活动[0].日期`) whose values were refused — of
  /// the wrong type, or a placeholder left from a copied report — and left out of `data`: each
  /// shows a gap marker wherever it would print, even inside an optional clause, instead of
  /// being printed as typed or vanishing.
  public var rejected: Set<String>
  /// Declared paths of fields whose 0 reads as “not done”: an optional clause printing one
  /// that is 0 vanishes as if it were missing.
  public var zeroMeansNone: Set<String>
  public var limits: RenderLimits

  public init(
    data: Mapping, labels: [String: String] = [:], required: Set<String> = [],
    answers: Answers? = nil, rejected: Set<String> = [], zeroMeansNone: Set<String> = [],
    limits: RenderLimits = RenderLimits()
  ) {
    self.data = data
    self.labels = labels
    self.required = required
    self.answers = answers
    self.rejected = rejected
    self.zeroMeansNone = zeroMeansNone
    self.limits = limits
  }

  /// Renders `template`; a `{% sections %}` in it renders `sections` in order.
  public func render(_ template: Template, sections: [SectionSlot] = []) throws -> Document {
    var executor = Executor(renderer: self, sections: sections)
    try executor.run(template)
    return executor.finish()
  }

  /// Renders as `render` does, and says which answers reached the report.
  public func renderTracingUse(_ template: Template, sections: [SectionSlot] = []) throws
    -> (document: Document, use: AnswerUse)
  {
    var executor = Executor(renderer: self, sections: sections)
    executor.use = AnswerUseLog()
    try executor.run(template)
    let use = AnswerUse(executor.use ?? AnswerUseLog())
    return (executor.finish(), use)
  }
}

/// A section a report kind places with `{% sections %}`: its heading and its template.
public struct SectionSlot: Sendable {
  public var title: String
  public var template: Template
  /// The number its heading takes (1 for 一、), when it is not the next one: a preview of the
  /// report's third section is numbered 三、.
  public var ordinal: Int?

  public init(title: String, template: Template, ordinal: Int? = nil) {
    self.title = title
    self.template = template
    self.ordinal = ordinal
  }
}

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
