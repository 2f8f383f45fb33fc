/// A token of YAML's syntax, as the scanner hands it to the parser.
struct YAMLToken {
  enum Kind: Equatable {
    case streamStart
    case streamEnd
    /// `---`
    case documentStart
    /// `...`
    case documentEnd
    /// Inserted where a block sequence or mapping starts; `blockEnd` closes it.
    case blockSequenceStart
    case blockMappingStart
    case blockEnd
    case flowSequenceStart
    case flowSequenceEnd
    case flowMappingStart
    case flowMappingEnd
    /// `-` before a block sequence item.
    case blockEntry
    /// `,` between flow items.
    case flowEntry
    /// Inserted before a scalar or flow collection once a `:` shows it is a key.
    case key
    /// `:`
    case value
    /// A scalar's text after escapes and folding; `plain` when it was written without quotes
    /// or a block indicator, so that the core schema decides its type.
    case scalar(String, plain: Bool)
  }

  var kind: Kind
  /// Where the token starts.
  var mark: TextPosition
}
