/// A rendered report, as a tree of blocks. Rendering produces it; writers (plain text,
/// Markdown, HTML, .docx) walk it. Nothing in it is formatting: fonts, indents and page layout
/// are each writer's business.
///
/// The tree is read out of a flat store (`DocumentStorage`: one text buffer that paragraphs
/// and runs point into), which is what rendering builds and what the plain-text writer reads
/// directly.
public struct Document: Sendable, Equatable {
  var storage: DocumentStorage

  /// The blocks, in reading order.
  public var blocks: [Block] {
    get { storage.blocks }
    set { storage = DocumentStorage(blocks: newValue) }
  }

  public init(blocks: [Block] = []) { storage = DocumentStorage(blocks: blocks) }

  init(storage: DocumentStorage) { self.storage = storage }

  public static func == (lhs: Document, rhs: Document) -> Bool { lhs.blocks == rhs.blocks }

  /// Every gap marker in the document, in reading order (a field missing twice appears twice).
  public var gaps: [Gap] {
    var found: [Gap] = []
    storage.forEachRun { _, spans in
      storage.forEach(in: spans) { _ in
      } gap: {
        found.append($0)
      }
    }
    return found
  }

  /// How many characters the report has (字数), not counting spaces (ASCII blanks and the
  /// ideographic space) and line breaks; a gap marker counts as written.
  public var characterCount: Int {
    var count = 0
    storage.forEachRun { number, spans in
      count += Self.countCharacters(number)
      storage.forEach(in: spans) {
        count += Self.countCharacters($0)
      } gap: {
        count += Self.countCharacters($0.marker.utf8)
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

  /// Roughly how many bytes of UTF-8 the text holds — never fewer — to reserve room for
  /// writing it out: the whole buffer (text taken back included), the gap markers, a line
  /// break a block.
  public var estimatedTextBytes: Int {
    storage.bytes.count + storage.gaps.reduce(0) { $0 + $1.marker.utf8.count }
      + 2 * (storage.records.count + storage.lines.count)
  }
}
