// Shared by the fuzz targets: compiled into each target beside its entry point.
@testable import TemplateKit

/// Settings every target shares.
enum Fuzzing {
  /// Rendering limits scaled down from the defaults, so that a run reaching one takes well
  /// under the 10 s timeout under AddressSanitizer; the limits themselves are what is tested.
  static let limits = RenderLimits(
    maximumOutputBytes: 1_000_000, maximumBlocks: 10_000, maximumSteps: 200_000)
}

/// Stops the fuzzer with `message` when `condition` fails: a finding, not a user error.
func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
  if !condition() { fatalError("fuzz check failed: " + message()) }
}

/// The input split at the first `separator` byte: before it, after it (empty when absent).
func split(_ bytes: [UInt8], at separator: UInt8) -> ([UInt8], [UInt8]) {
  guard let cut = bytes.firstIndex(of: separator) else { return (bytes, []) }
  return (Array(bytes[..<cut]), Array(bytes[(cut + 1)...]))
}

/// Writes `document` with every writer; a writer may refuse text it cannot hold (a
/// `Diagnostic`), nothing else.
func writeWithEveryWriter(_ document: Document) {
  _ = PlainTextWriter().write(document)
  let writers: [any DocumentWriter] = [
    MarkdownWriter(), HTMLWriter(), DocxWriter(),
    HTMLWriter(options: WriterOptions(fonts: .windows)),
  ]
  for writer in writers {
    do {
      _ = try writer.write(document)
    } catch is Diagnostic {
    } catch {
      require(false, "writer \(type(of: writer)) threw \(error)")
    }
  }
}

/// Runs `body`; a `Diagnostic` is the expected way to refuse input, anything else a finding.
func refusingOnlyWithDiagnostics<T>(_ what: String, _ body: () throws -> T) -> T? {
  do {
    return try body()
  } catch is Diagnostic {
    return nil
  } catch {
    require(false, "\(what) threw \(type(of: error)): \(error)")
    return nil
  }
}

/// Fragments a fuzzed template may include: one plain, one including itself, and the input
/// itself (as `self`), so include loops and depth are reached; then the built-in set.
func loader(including text: String) -> any TemplateLoader {
  let own = MemoryLoader(files: [
    "fragments/甲.tmpl": "甲{{ 单位.名称 }}。\n",
    "fragments/环.tmpl": "环{% include \"fragments/环\" %}",
    "self.tmpl": text,
  ])
  return LayeredLoader([own, Catalogue.builtInLoader])
}
