/// Text as SpreadsheetML stores it (ECMA-376's `ST_Xstring`): a character XML cannot carry (a
/// control character, a carriage return, which XML would turn into a line feed) is written
/// `_xHHHH_`, and text that already looks like such an escape has its `_` written `_x005F_`.
/// Excel, WPS and LibreOffice write and read it the same way.
enum SpreadsheetText {
  /// The most characters a cell holds (Excel's limit, in UTF-16 code units).
  static let maximumCellLength = 32_767

  /// `text` ready for a `<t>` element (before XML escaping).
  static func encoded(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    for (index, scalar) in scalars.enumerated() {
      switch scalar.value {
      case 0x09, 0x0A: out.append(scalar)
      case 0x00...0x1F, 0xFFFE, 0xFFFF: out.append(contentsOf: escape(scalar.value).unicodeScalars)
      case 0x5F where escapeLength(in: scalars, at: index) != nil:
        out.append(contentsOf: "_x005F_".unicodeScalars)
      default: out.append(scalar)
      }
    }
    return String(out)
  }

  /// The text a `<t>` element stands for (after XML unescaping): every `_xHHHH_` decoded; a
  /// pair of escaped surrogates is the one character they make, and an escape that names no
  /// character is kept as written.
  static func decoded(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "_")) else { return text }
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      guard let value = escapeLength(in: scalars, at: index).map({ _ in hex(scalars, index) })
      else {
        out.append(scalars[index])
        index += 1
        continue
      }
      if (0xD800...0xDBFF).contains(value), index + 14 <= scalars.count,
        escapeLength(in: scalars, at: index + 7) != nil
      {
        let low = hex(scalars, index + 7)
        if (0xDC00...0xDFFF).contains(low),
          let scalar = Unicode.Scalar(0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00))
        {
          out.append(scalar)
          index += 14
          continue
        }
      }
      if let scalar = Unicode.Scalar(value) {
        out.append(scalar)
      } else {
        out.append(contentsOf: scalars[index..<(index + 7)])
      }
      index += 7
    }
    return String(out)
  }

  /// 7 when `_xHHHH_` (four hexadecimal digits) starts at `index`, else nil.
  private static func escapeLength(in scalars: [Unicode.Scalar], at index: Int) -> Int? {
    guard index + 7 <= scalars.count, scalars[index] == "_", scalars[index + 1] == "x",
      scalars[index + 6] == "_",
      scalars[(index + 2)..<(index + 6)].allSatisfy({ $0.properties.isASCIIHexDigit })
    else { return nil }
    return 7
  }

  /// The value of the four hexadecimal digits after `_x` at `index`.
  private static func hex(_ scalars: [Unicode.Scalar], _ index: Int) -> UInt32 {
    scalars[(index + 2)..<(index + 6)].reduce(0) { value, digit in
      value * 16 + UInt32(Int(String(digit), radix: 16) ?? 0)
    }
  }

  private static func escape(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return "_x" + String(repeating: "0", count: 4 - digits.count) + digits + "_"
  }
}
