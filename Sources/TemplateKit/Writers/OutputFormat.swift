/// The file formats a report can be written in.
public enum OutputFormat: String, CaseIterable, Sendable {
  /// Plain text, the corpus's look.
  case txt
  /// Markdown.
  case md
  /// One self-contained HTML page laid out like the printed report.
  case html
  /// A Word document set to GB/T 9704.
  case docx

  /// The format a file name's extension asks for: `txt`/`text`, `md`/`markdown`,
  /// `html`/`htm`, `docx`, in any case, with or without the leading dot.
  public init?(pathExtension: String) {
    let bare = pathExtension.hasPrefix(".") ? String(pathExtension.dropFirst()) : pathExtension
    self.init(name: bare)
  }

  /// The format a `--format` option names: `txt`, `md`, `html` or `docx` (also `text`,
  /// `markdown`, `htm`), in any case.
  public init?(name: String) {
    switch name.lowercased() {
    case "txt", "text": self = .txt
    case "md", "markdown": self = .md
    case "html", "htm": self = .html
    case "docx": self = .docx
    default: return nil
    }
  }

  /// The writer for this format.
  public func writer(options: WriterOptions = WriterOptions()) -> any DocumentWriter {
    switch self {
    case .txt: PlainTextWriter()
    case .md: MarkdownWriter()
    case .html: HTMLWriter(options: options)
    case .docx: DocxWriter(options: options)
    }
  }
}
