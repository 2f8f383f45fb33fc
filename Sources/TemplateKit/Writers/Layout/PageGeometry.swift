/// The page of a report, as GB/T 9704-2012 sets it: A4, a type block of 156 × 225 mm holding
/// 22 lines of 28 characters in 3号 (16 pt) type. Lengths in twentieths of a point (twips)
/// for WordprocessingML, in millimetres for CSS.
enum PageGeometry {
  static let pageWidthTwips = 11906
  static let pageHeightTwips = 16838
  static let topMarginTwips = 2098  // 37 mm
  static let bottomMarginTwips = 1984  // 35 mm
  static let leftMarginTwips = 1587  // 28 mm
  static let rightMarginTwips = 1474  // 26 mm
  /// From the page's bottom edge to the bottom of the footer: puts the page number's dashes
  /// about 7 mm under the type block, as §7.5 asks.
  static let footerDistanceTwips = 1417  // 25 mm

  static let topMarginMM = 37
  static let bottomMarginMM = 35
  static let leftMarginMM = 28
  static let rightMarginMM = 26

  /// Body type size, in half points (3号 = 16 pt).
  static let bodySizeHalfPoints = 32
  /// Title type size, in half points (2号 = 22 pt).
  static let titleSizeHalfPoints = 44
  /// Page-number type size, in half points (4号 = 14 pt).
  static let pageNumberSizeHalfPoints = 28

  /// One line of the grid: 225 mm ÷ 22 = 28.95 pt = 579 twips (580 fits only 21 lines).
  static let linePitchTwips = 579

  /// How much each character is condensed, in twips, so that 28 fill a line: the type block
  /// is 8845 twips = 442.25 pt wide, 28 characters of 16 pt − 0.25 pt = 15.75 pt take 441 pt
  /// and a 29th does not fit. (−4 twips, 15.8 pt, makes 28 characters 442.4 pt: a hair too
  /// wide, and LibreOffice sets 27 on some lines.)
  ///
  /// Word would do this with a character grid (`linesAndChars`, `charSpace` −842 … −848), but
  /// LibreOffice 7.4 cannot squeeze a 16 pt character into a 15.79 pt grid cell and gives it
  /// two, 14 characters a line. A line grid and condensed characters give 28 a line in both,
  /// checked in LibreOffice with `Tests/external/check_pdf.py`.
  static let characterSpacingTwips = -5

  /// A character of 16 pt in twips, for indents given in twips beside their character-unit
  /// form: 2 characters = 640 twips, the figure Word writes.
  static let characterTwips = 320
}
