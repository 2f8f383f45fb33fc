/// A rendered report, as a tree of blocks. Rendering produces it; writers (plain text,
/// Markdown, HTML, .docx) walk it. Nothing in it is formatting: fonts, indents and page layout
/// are each writer's business.
public struct Document: Sendable, Equatable {
  public var blocks: [Block]

  public init(blocks: [Block] = []) { self.blocks = blocks }

  /// Every gap marker in the document, in reading order (a field missing twice appears twice).
  public var gaps: [Gap] {
    var found: [Gap] = []
    forEachRun { number, inlines in
      for case .gap(let gap) in inlines { found.append(gap) }
    }
    return found
  }

  /// How many characters the report has (字数), not counting spaces (ASCII blanks and the
  /// ideographic space) and line breaks; a gap marker counts as written.
  public var characterCount: Int {
    var count = 0
    forEachRun { number, inlines in
      count += Self.countCharacters(number.utf8)
      for inline in inlines {
        switch inline {
        case .text(let text): count += Self.countCharacters(text.utf8)
        case .gap(let gap): count += Self.countCharacters(gap.marker.utf8)
        }
      }
    }
    return count
  }

  /// Scalars in UTF-8 that are not blanks: lead bytes, less ASCII blanks and U+3000.
  private static func countCharacters<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Int {
    var count = 0
    var previous: (UInt8, UInt8) = (0, 0)
    for byte in bytes {
      switch byte {
      case 0x20, 0x09, 0x0A, 0x0D: break
      case 0x80 where previous == (0xE3, 0x80): count -= 1  // the end of U+3000
      case _ where byte & 0xC0 != 0x80: count += 1
      default: break
      }
      previous = (previous.1, byte)
    }
    return count
  }

  /// Roughly how many bytes of UTF-8 the text holds, to reserve room for writing it out.
  public var estimatedTextBytes: Int {
    var bytes = 0
    forEachRun { number, inlines in
      bytes += number.utf8.count + 1
      for inline in inlines {
        switch inline {
        case .text(let text): bytes += text.utf8.count
        case .gap(let gap): bytes += gap.marker.utf8.count
        }
      }
    }
    return bytes
  }

  /// Calls `body` with every run of inlines in reading order, with the number of the heading
  /// it belongs to (empty for runs that are not headings).
  private func forEachRun(_ body: (String, [Inline]) -> Void) {
    for block in blocks {
      switch block {
      case .title(let title): body("", title.text)
      case .heading(let heading): body(heading.number, heading.text)
      case .paragraph(let paragraph):
        if let runIn = paragraph.runIn { body(runIn.number, runIn.text) }
        body("", paragraph.content)
      case .signature(let signature):
        for line in signature.lines { body("", line) }
        body("", signature.date)
      }
    }
  }
}

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
