/// What a reader found, in document order: the nodes of the tree, as `ValueBuilder` puts
/// them together. Both the YAML and the JSON reader produce these.
enum NodeEvent {
  /// A scalar. When `plain` (YAML without quotes, JSON's numbers and literals) the core
  /// schema decides its type; otherwise it is text. `entry` is the `-` of a block sequence
  /// item.
  case scalar(String, plain: Bool, at: TextPosition, entry: TextPosition?)
  case sequenceStart(at: TextPosition, entry: TextPosition?)
  case mappingStart(at: TextPosition, entry: TextPosition?)
  /// The end of the innermost open sequence or mapping.
  case collectionEnd
}
