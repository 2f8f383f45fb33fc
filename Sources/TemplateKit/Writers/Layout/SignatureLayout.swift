/// Where the signature and date sit (GB/T 9704 §7.3.5.2, unsealed documents): the signature
/// right-aligned two characters in from the right edge; the date on the next line, right-aligned,
/// its first character two characters right of the signature's first. When the date is the
/// longer, the date keeps two characters of right indent and the signature moves left.
/// Several signature lines share the widest line's indent. Indents are in half cells.
struct SignatureLayout {
  /// The right indent of every signature line.
  var signatureIndent: Int
  /// The right indent of the date.
  var dateIndent: Int

  /// Two characters.
  static let minimumIndent = 4

  init(_ signature: Signature) {
    let signatureWidth = signature.lines.map { PrintWidth.of($0.plainText) }.max() ?? 0
    let dateWidth = PrintWidth.of(signature.date.plainText)
    // date start = signature start + 2 characters, both measured from the right edge.
    let dateIndent = Self.minimumIndent + signatureWidth - dateWidth - Self.minimumIndent
    if signatureWidth == 0 || dateWidth == 0 || dateIndent >= Self.minimumIndent {
      signatureIndent = Self.minimumIndent
      self.dateIndent = max(dateIndent, Self.minimumIndent)
    } else {
      self.dateIndent = Self.minimumIndent
      signatureIndent = Self.minimumIndent + dateWidth + Self.minimumIndent - signatureWidth
    }
  }
}
