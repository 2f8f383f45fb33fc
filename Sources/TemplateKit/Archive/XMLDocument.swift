/// An XML document read whole into a tree of elements: what the readers of OOXML parts
/// (document.xml, styles.xml, sheetN.xml, sharedStrings.xml…) walk. Built from the events
/// of `XMLReader`, so it accepts and refuses exactly what the reader does.
///
/// A tree suits these parts: the largest (a 30-page report's document.xml, 1–3 MB; a
/// 10,000-row sheet, some tens of MB) fit in memory many times over, and their readers look
/// back and ahead (styles by id, shared strings by index, a paragraph's properties before
/// its runs). A reader that wants to stream a sheet uses `XMLReader` itself.
struct XMLDocument: Sendable {
  /// The root element.
  let root: XMLElement
  /// The file as named in messages, and its text, to place an element (`location(of:)`).
  let file: String
  private let bytes: [UInt8]

  /// The document in `bytes` (UTF-8 or UTF-16 with its byte-order mark); `file` names it in
  /// messages (for a part of a package, say `报告.docx（word/document.xml）`).
  static func parse(
    _ bytes: [UInt8], file: String, limits: XMLReader.Limits = XMLReader.Limits()
  ) throws(Diagnostic) -> XMLDocument {
    var reader = try XMLReader(bytes, file: file, limits: limits)
    // The open elements, innermost last; each gets its children before it is closed.
    var stack: [XMLElement] = []
    var root: XMLElement?
    while let event = try reader.next() {
      switch event {
      case .start(let name, let attributes, let offset):
        stack.append(XMLElement(name: name, attributes: attributes, children: [], offset: offset))
      case .end:
        guard let element = stack.popLast() else { continue }
        if stack.isEmpty {
          root = element
        } else {
          stack[stack.count - 1].children.append(.element(element))
        }
      case .text(let text):
        if !stack.isEmpty { stack[stack.count - 1].children.append(.text(text)) }
      }
    }
    // The reader ends only after the root element has closed.
    guard let root else { throw reader.error("文件里没有 XML 元素", at: 0) }
    return XMLDocument(root: root, file: file, bytes: reader.text)
  }

  /// Where `element` starts in the file, as line and column.
  func location(of element: XMLElement) -> SourceLocation {
    XMLReader.location(ofOffset: element.offset, in: bytes, file: file).location
  }
}

/// An element name or an attribute name: as written (`w:p`), and resolved (`p` in the
/// namespace bound to `w`).
struct XMLName: Hashable, Sendable, CustomStringConvertible {
  /// The prefix as written, "" when none.
  let prefix: String
  /// The name after the prefix.
  let local: String
  /// The namespace the prefix (or, for an element without one, the default namespace) is
  /// bound to; "" when none. Compare this, not the prefix: writers choose prefixes freely.
  let namespace: String

  init(prefix: String = "", local: String, namespace: String = "") {
    self.prefix = prefix
    self.local = local
    self.namespace = namespace
  }

  /// The name as written.
  var description: String { prefix.isEmpty ? local : prefix + ":" + local }
}

/// An attribute with its value, entities and character references decoded.
struct XMLAttribute: Hashable, Sendable {
  let name: XMLName
  let value: String
}

/// Text or an element, in document order.
enum XMLNode: Hashable, Sendable {
  case element(XMLElement)
  case text(String)
}

/// An element: its name, its attributes (without the `xmlns` declarations), its children.
struct XMLElement: Hashable, Sendable {
  var name: XMLName
  var attributes: [XMLAttribute] = []
  var children: [XMLNode] = []
  /// Where its start tag begins, as a byte offset into the file (`XMLDocument.location`).
  var offset: Int

  /// The value of the attribute named `local`, in `namespace` ("" for an unprefixed
  /// attribute, the usual case; nil for any namespace).
  func attribute(_ local: String, namespace: String? = "") -> String? {
    attributes.first {
      $0.name.local == local && (namespace == nil || $0.name.namespace == namespace)
    }?.value
  }

  /// The child elements, or those named `local` (in `namespace`, when given).
  func elements(_ local: String? = nil, namespace: String? = nil) -> [XMLElement] {
    children.compactMap { node in
      guard case .element(let element) = node, local == nil || element.name.local == local,
        namespace == nil || element.name.namespace == namespace
      else { return nil }
      return element
    }
  }

  /// The first child element named `local` (in `namespace`, when given).
  func element(_ local: String, namespace: String? = nil) -> XMLElement? {
    for case .element(let element) in children
    where element.name.local == local && (namespace == nil || element.name.namespace == namespace) {
      return element
    }
    return nil
  }

  /// All the text inside, at any depth, in order.
  var text: String {
    var out = ""
    func collect(_ element: XMLElement) {
      for child in element.children {
        switch child {
        case .text(let text): out += text
        case .element(let inner): collect(inner)
        }
      }
    }
    collect(self)
    return out
  }
}
