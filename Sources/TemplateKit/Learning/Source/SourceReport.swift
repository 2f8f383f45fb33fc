/// A report as read from its file, before any sense is made of it: its paragraphs in order,
/// each with what the file says about how it looks. Text files, Markdown and Word documents
/// all read into this one model, and learning works on it alone.
public struct SourceReport: Sendable, Equatable {
  /// The file as the user named it.
  public var file: String
  public var blocks: [SourceBlock]
  /// How many markers a document site left in the text (`##paidbegin##`) were taken out.
  public var markersRemoved: Int

  public init(file: String, blocks: [SourceBlock], markersRemoved: Int = 0) {
    self.file = file
    self.blocks = blocks
    self.markersRemoved = markersRemoved
  }

  /// The text as a reader sees it: one block a line.
  public var text: String { blocks.map(\.text).joined(separator: "\n") }
}

/// One paragraph of a source report, with the hints its file gives about its role.
public struct SourceBlock: Sendable, Equatable {
  /// The text as shown, numbers drawn by a list style included, blanks at the ends trimmed.
  public var text: String
  /// Where it stands: its line in a text file, its paragraph's number in a .docx.
  public var line: Int
  /// The column its text starts at on that line (after indentation), counting from 1.
  public var column: Int
  /// The outline level the file's styles give it: 0 for a title style, 1 for `Heading 1` or
  /// Markdown `#`, 2 for `##`…; nil when the styles say nothing.
  public var styleLevel: Int?
  /// How many characters at its start are bold while the rest is not: a run-in head such as
  /// `（一）切实增强责任意识。`.
  public var boldHead: Int?
  /// Whether it is a row of a table, its cells joined by a tab.
  public var isTableRow: Bool

  public init(
    text: String, line: Int, column: Int = 1, styleLevel: Int? = nil, boldHead: Int? = nil,
    isTableRow: Bool = false
  ) {
    self.text = text
    self.line = line
    self.column = column
    self.styleLevel = styleLevel
    self.boldHead = boldHead
    self.isTableRow = isTableRow
  }
}
