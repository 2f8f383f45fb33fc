/// One block of a report.
public enum Block: Sendable, Equatable {
  /// The report's title (标题).
  case title(Title)
  /// A heading on a line of its own: 一、 （一） 1. （1）.
  case heading(Heading)
  /// A paragraph of text, possibly opened by a heading that runs on inside it.
  case paragraph(Paragraph)
  /// The signature (署名) and date at the end.
  case signature(Signature)
}

/// The report's title. Writers may break a long title into balanced lines.
public struct Title: Sendable, Equatable {
  public var text: [Inline]
  /// The pieces the title was made of — a name the answers filled in, the words of the kind's
  /// title around it — as ranges of characters of the printed text: a line break goes where
  /// pieces meet, not inside a short one.
  public var pieces: [Range<Int>]

  public init(text: [Inline], pieces: [Range<Int>] = []) {
    self.text = text
    self.pieces = pieces
  }
}

/// A numbered heading. `level` 1 is 一、, 2 is （一）, 3 is 1., 4 is （1）; level 0
/// (`boldLevel`) is an unnumbered bold head that runs on into its paragraph.
public struct Heading: Sendable, Equatable {
  public var level: Int
  /// The number as printed, with its punctuation (`一、`, `（二）`, `3.`), counted from the
  /// headings present when the document was built.
  public var number: String
  public var text: [Inline]

  public init(level: Int, number: String = "", text: [Inline]) {
    self.level = level
    self.number = number
    self.text = text
  }

  /// The level of an unnumbered head in bold that runs on into its paragraph (段首的加粗小标题):
  /// it is numbered at no level and counted in none.
  public static let boldLevel = 0

  /// Whether this is such a bold head.
  public var isBold: Bool { level == Self.boldLevel }
}

/// A paragraph of body text.
public struct Paragraph: Sendable, Equatable {
  /// How the paragraph sits on the page.
  public enum Style: Sendable, Equatable {
    /// Body text: first line indented two characters.
    case body
    /// Flush left, no indent: the addressee line (主送机关) such as `上级党委：`.
    case flush
  }

  public var style: Style
  /// A heading that opens the paragraph and runs on into it, as in
  /// `（一）切实增强责任意识。继续认真履行……`; its text ends with its own punctuation.
  public var runIn: Heading?
  public var content: [Inline]

  public init(style: Style = .body, runIn: Heading? = nil, content: [Inline]) {
    self.style = style
    self.runIn = runIn
    self.content = content
  }
}

/// The signature block: who signs (one or more lines) and the date.
public struct Signature: Sendable, Equatable {
  public var lines: [[Inline]]
  public var date: [Inline]

  public init(lines: [[Inline]], date: [Inline]) {
    self.lines = lines
    self.date = date
  }
}

/// A run of text inside a block.
public enum Inline: Sendable, Equatable {
  case text(InlineText)
  /// A required value that was missing, shown as a visible marker such as `【待填：党组会次数】`.
  case gap(Gap)
}

/// A required value the answers did not give.
public struct Gap: Sendable, Hashable {
  /// The field's path in the answers (`统计.党组会`).
  public var field: String
  /// What to call it in the marker: the field's label, or its path.
  public var label: String

  public init(field: String, label: String) {
    self.field = field
    self.label = label
  }

  /// The marker printed in the report.
  public var marker: String { "【待填：\(label)】" }
}

extension Array where Element == Inline {
  /// The text as printed, with gap markers in place.
  public var plainText: String {
    var out: [UInt8] = []
    appendPlainText(to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends the text as printed, gap markers in place, as UTF-8.
  public func appendPlainText(to out: inout [UInt8]) {
    for inline in self {
      switch inline {
      case .text(let text): out += text.utf8
      case .gap(let gap): out += gap.marker.utf8
      }
    }
  }
}

/// A run of text in a document, held as the UTF-8 bytes rendering wrote: text passes from
/// templates and answers into a report and out to a writer without being decoded again.
public struct InlineText: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
  public let utf8: [UInt8]

  public init(_ string: String) { utf8 = Array(string.utf8) }

  public init(stringLiteral value: String) { self.init(value) }

  /// Bytes that came from strings, so are valid UTF-8 already.
  init(validUTF8 bytes: [UInt8]) { utf8 = bytes }

  public var string: String { String(decoding: utf8, as: UTF8.self) }

  public var description: String { string }
}
