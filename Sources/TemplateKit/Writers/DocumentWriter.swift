/// Turns a document tree into the bytes of one file format. Writers read the tree only: a new
/// format never needs the engine to change.
public protocol DocumentWriter {
  /// The file's bytes.
  func write(_ document: Document) throws(Diagnostic) -> [UInt8]
}
