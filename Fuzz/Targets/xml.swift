// Fuzz target: the XML reader on any bytes. Beyond refusing only with a Diagnostic: the tree
// written back as XML (names with their namespaces declared, text and values escaped) reads
// back as the same tree.
@testable import TemplateKit

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  var limits = XMLReader.Limits()
  limits.maximumDepth = 64
  guard
    let document = refusingOnlyWithDiagnostics(
      "XMLDocument", { try XMLDocument.parse(bytes, file: "document.xml", limits: limits) })
  else { return 0 }
  _ = document.location(of: document.root)
  let written = write(document.root)
  let again = refusingOnlyWithDiagnostics("XML written back") {
    try XMLDocument.parse(Array(written.utf8), file: "again.xml", limits: limits)
  }
  require(again != nil, "the tree written back does not read:\n\(written)")
  if let again {
    require(
      same(document.root, again.root), "the tree written back reads differently:\n\(written)")
  }
  return 0
}

/// `element` as XML, each element declaring the namespaces of its own name and attributes.
private func write(_ element: XMLElement) -> String {
  var out = "<" + element.name.description
  // The element's own default namespace is always declared (xmlns="" too), so that it does
  // not inherit one; unprefixed attributes are in no namespace.
  var declared: [String: String] = [:]
  for name in [element.name] + element.attributes.map(\.name) where name.prefix != "xml" {
    if name.prefix.isEmpty && name != element.name { continue }
    declared[name.prefix] = name.namespace
  }
  for (prefix, namespace) in declared.sorted(by: { $0.key < $1.key }) {
    out += " xmlns\(prefix.isEmpty ? "" : ":" + prefix)=\"\(escape(namespace))\""
  }
  for attribute in element.attributes {
    out += " \(attribute.name)=\"\(escape(attribute.value))\""
  }
  out += ">"
  for child in element.children {
    switch child {
    case .text(let text): out += escape(text)
    case .element(let inner): out += write(inner)
    }
  }
  return out + "</\(element.name)>"
}

/// `text` escaped, with tabs and line breaks as references so that attribute values keep
/// them.
private func escape(_ text: String) -> String {
  var out = ""
  for scalar in text.xmlEscaped.unicodeScalars {
    if scalar == "\t" || scalar == "\n" || scalar == "\r" {
      out += "&#\(scalar.value);"
    } else {
      out.unicodeScalars.append(scalar)
    }
  }
  return out
}

/// Whether two trees hold the same names, attributes and text (adjacent text joined, since
/// a comment between two pieces of text is not written back).
private func same(_ a: XMLElement, _ b: XMLElement) -> Bool {
  func content(_ element: XMLElement) -> [XMLNode] {
    var nodes: [XMLNode] = []
    for child in element.children {
      if case .text(let text) = child, case .text(let before)? = nodes.last {
        nodes[nodes.count - 1] = .text(before + text)
      } else {
        nodes.append(child)
      }
    }
    return nodes
  }
  let (left, right) = (content(a), content(b))
  guard a.name == b.name, a.attributes == b.attributes, left.count == right.count else {
    return false
  }
  for (x, y) in zip(left, right) {
    switch (x, y) {
    case (.text(let p), .text(let q)): if p != q { return false }
    case (.element(let p), .element(let q)): if !same(p, q) { return false }
    default: return false
    }
  }
  return true
}
