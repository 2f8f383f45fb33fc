/// The page's CSS. Every length comes from the GB/T 9704 page: the type block 156 mm wide
/// holds 28 characters of 15.75 pt (16 pt type, letter-spacing −0.25 pt, as the .docx
/// condenses them), lines are 28.95 pt apart, and print uses the standard’s margins.
///
/// Printed from Chrome or Edge with their “headers and footers” on (the default), a browser
/// draws the date and title at the top of each page and the address and page count at the
/// bottom — unless the page defines margin boxes along that edge: the page numbers fill the
/// bottom, and an empty box at the top keeps the top clear too.
struct HTMLStyleSheet {
  var fonts: ReportFonts

  var css: String {
    let geometry = PageGeometry.self
    let margins =
      "\(geometry.topMarginMM)mm \(geometry.rightMarginMM)mm "
      + "\(geometry.bottomMarginMM)mm \(geometry.leftMarginMM)mm"
    return """
      @font-face { font-family: "draft-title"; src: \(titleSources); }
      :root {
        --cell: 15.75pt;
        --line: 28.95pt;
        --body-font: \(family(fonts.body, .fangSong));
        --level1-font: \(family(fonts.level1Heading, .hei));
        --level2-font: \(family(fonts.level2Heading, .kai));
        --title-font: "draft-title", \(family(fonts.title, .song));
        --page-number-font: \(family(fonts.pageNumber, .song));
      }
      @page { size: A4; margin: \(margins); @top-center { content: ""; } }
      @page :right {
        @bottom-right { content: "— " counter(page) " —"; font: 14pt var(--page-number-font);
          vertical-align: top; padding-top: 4mm; padding-right: 14pt; }
      }
      @page :left {
        @bottom-left { content: "— " counter(page) " —"; font: 14pt var(--page-number-font);
          vertical-align: top; padding-top: 4mm; padding-left: 14pt; }
      }
      html { background: #7f7f7f; }
      body { margin: 0; padding: 24px 0; }
      .sheet {
        box-sizing: content-box; width: 156mm; min-height: 225mm; margin: 0 auto;
        padding: \(margins); background: #fff; color: #000;
        box-shadow: 0 2px 10px rgba(0, 0, 0, 0.5);
        font: 16pt/var(--line) var(--body-font); letter-spacing: calc(var(--cell) - 16pt);
        text-align: justify; orphans: 1; widows: 1; text-spacing-trim: space-all;
      }
      h1, h2, h3, h4, h5, p { margin: 0; font-size: 16pt; font-weight: normal; }
      h2, h3, h4, h5, p { text-indent: calc(2 * var(--cell)); }
      h1 {
        font: 22pt/var(--line) var(--title-font); letter-spacing: 0; text-align: center;
        margin-bottom: var(--line);
      }
      h2, .run-in.level-1 { font-family: var(--level1-font); }
      h3, .run-in.level-2 { font-family: var(--level2-font); }
      .run-in.bold { font-weight: bold; }
      h2, h3, h4, h5 { break-after: avoid; }
      p.addressee { text-indent: 0; }
      .signature { margin-top: var(--line); break-inside: avoid; }
      p:has(+ .signature) { break-after: avoid; }
      .signature p { text-indent: 0; text-align: right; }
      mark.gap { color: #c00000; background: #fff200; print-color-adjust: exact; }
      @media print {
        html { background: none; }
        body { padding: 0; }
        .sheet { width: auto; min-height: 0; padding: 0; box-shadow: none; }
      }

      """
  }

  /// A CSS font-family list: the configured font, its other names, what Linux has.
  private func family(_ font: String, _ kind: FontFallbacks.Kind) -> String {
    var names: [String] = []
    for name in [font] + FontFallbacks.alternatives(font) + FontFallbacks.linuxFallbacks(kind)
    where !names.contains(name) {
      names.append(name)
    }
    return names.map { ["serif", "sans-serif"].contains($0) ? $0 : cssString($0) }
      .joined(separator: ", ")
  }

  /// The title face by its installed names: 小标宋 is a heavy Song, so where only Noto or
  /// Source Han is installed, their bold Song stands in for it.
  private var titleSources: String {
    let names =
      [fonts.title] + FontFallbacks.alternatives(fonts.title)
      + ["Noto Serif CJK SC Bold", "NotoSerifCJKsc-Bold", "Source Han Serif SC Bold"]
    return names.map { "local(\(cssString($0)))" }.joined(separator: ", ")
  }

  /// `text` as a CSS string; `<` escaped too, so no value can close the `<style>` element.
  private func cssString(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"", "\\", "<", "\n", "\r":
        out += "\\" + String(scalar.value, radix: 16) + " "
      default:
        out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
