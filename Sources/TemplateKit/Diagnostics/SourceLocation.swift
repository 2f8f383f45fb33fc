/// A place in a file the user wrote: an answers file or a template.
///
/// Lines and columns count from 1; a column counts Unicode characters (scalars), not bytes, so
/// `党组会: 12` has its colon at column 4.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
  /// The file as the user named it (or a template's id for built-in templates).
  public var file: String
  public var line: Int
  public var column: Int

  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:column`, the form editors and terminals recognise.
  public var description: String { "\(file):\(line):\(column)" }
}
