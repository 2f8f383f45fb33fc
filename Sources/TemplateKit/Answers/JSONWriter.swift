/// Writes values as JSON text.
public enum JSONWriter {
  /// The value as JSON text: UTF-8, Chinese not escaped, keys in order; pretty (2-space
  /// indent, one item per line) or compact.
  ///
  /// Integers are written as integers and doubles always with a fraction or exponent (`1.0`),
  /// so reading the text back gives the same value. JSON has no infinity or NaN: those are
  /// written as the strings `".inf"`, `"-.inf"` and `".nan"` (YAML's spelling).
  public static func string(_ value: Value, pretty: Bool) -> String {
    var writer = Writer(pretty: pretty)
    writer.write(value)
    return writer.out
  }

  /// Writes with its own stack of open collections, so any depth is fine.
  private struct Writer {
    let pretty: Bool
    var out = ""
    private var stack: [Frame] = []

    private struct Frame {
      var keys: [String]?
      var values: [Value]
      var next = 0
    }

    init(pretty: Bool) {
      self.pretty = pretty
    }

    mutating func write(_ root: Value) {
      open(root)
      while let top = stack.last {
        guard top.next < top.values.count else {
          stack.removeLast()
          newline()
          out += top.keys == nil ? "]" : "}"
          continue
        }
        if top.next > 0 { out += "," }
        newline()
        if let keys = top.keys {
          writeString(keys[top.next])
          out += pretty ? ": " : ":"
        }
        stack[stack.count - 1].next += 1
        open(top.values[top.next])
      }
    }

    /// Writes a scalar or an empty collection whole; opens any other collection.
    private mutating func open(_ value: Value) {
      switch value {
      case .null: out += "null"
      case .bool(let flag): out += flag ? "true" : "false"
      case .int(let number): out += String(number)
      case .double(let number): writeDouble(number)
      case .string(let text): writeString(text)
      case .list(let items):
        guard !items.isEmpty else {
          out += "[]"
          return
        }
        out += "["
        stack.append(Frame(keys: nil, values: items))
      case .map(let mapping):
        guard !mapping.isEmpty else {
          out += "{}"
          return
        }
        out += "{"
        stack.append(Frame(keys: mapping.keys, values: mapping.values))
      }
    }

    private mutating func newline() {
      guard pretty else { return }
      out += "\n" + String(repeating: "  ", count: stack.count)
    }

    private mutating func writeDouble(_ number: Double) {
      if number.isNaN {
        out += "\".nan\""
      } else if number.isInfinite {
        out += number < 0 ? "\"-.inf\"" : "\".inf\""
      } else {
        out += number.description
      }
    }

    private mutating func writeString(_ text: String) {
      out += "\""
      for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case "\u{8}": out += "\\b"
        case "\u{C}": out += "\\f"
        case "\u{0}"..."\u{1F}":
          let digits = String(scalar.value, radix: 16, uppercase: true)
          out += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
        default: out.unicodeScalars.append(scalar)
        }
      }
      out += "\""
    }
  }
}
