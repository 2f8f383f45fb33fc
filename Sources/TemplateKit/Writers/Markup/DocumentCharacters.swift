/// Refuses a report whose text holds a character `ForbiddenCharacters` forbids: Word refuses
/// to open a file that holds one, so the formatted writers check every piece of text before
/// writing anything. Answers and templates are checked when read, so this is the last guard.
enum DocumentCharacters {
  /// Throws a `Diagnostic` naming the first forbidden character in `document` and the text
  /// around it.
  static func check(_ document: Document) throws(Diagnostic) {
    for text in document.texts {
      try check(text)
    }
  }

  /// Throws a `Diagnostic` naming the first forbidden character in `text`.
  static func check(_ text: String) throws(Diagnostic) {
    let scalars = Array(text.unicodeScalars)
    guard let position = scalars.firstIndex(where: ForbiddenCharacters.contains) else { return }
    let code = CodePoint.name(scalars[position])
    let before = scalars[max(0, position - excerptRadius)..<position]
    let after = scalars[(position + 1)..<min(scalars.count, position + 1 + excerptRadius)]
    let excerpt =
      (position > excerptRadius ? "…" : "") + printable(before) + "〔\(code)〕" + printable(after)
      + (position + 1 + excerptRadius < scalars.count ? "…" : "")
    throw Diagnostic.error(
      "报告文字中有不能写入文件的控制字符 \(code)：“\(excerpt)”",
      hint: "这类字符看不见，多半是从其他软件复制文字时带进来的。请在答案或模板中删去它（〔\(code)〕所在位置）后重新生成。"
    )
  }

  /// How many characters of context to quote on each side.
  private static let excerptRadius = 12

  /// Context around the bad character, with any other control character shown by its code.
  private static func printable(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var out = ""
    for scalar in scalars {
      if ForbiddenCharacters.contains(scalar) || scalar.value == 0x0A || scalar.value == 0x0D {
        out += "〔\(CodePoint.name(scalar))〕"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}

extension Document {
  /// Every piece of text the document prints or names: run text, heading numbers, gap labels
  /// and field paths.
  fileprivate var texts: [String] {
    var out: [String] = []
    func collect(_ inlines: [Inline]) {
      for inline in inlines {
        switch inline {
        case .text(let text): out.append(text.string)
        case .gap(let gap): out += [gap.label, gap.field]
        }
      }
    }
    for block in blocks {
      switch block {
      case .title(let title): collect(title.text)
      case .heading(let heading):
        out.append(heading.number)
        collect(heading.text)
      case .paragraph(let paragraph):
        if let runIn = paragraph.runIn {
          out.append(runIn.number)
          collect(runIn.text)
        }
        collect(paragraph.content)
      case .signature(let signature):
        signature.lines.forEach(collect)
        collect(signature.date)
      }
    }
    return out
  }
}
