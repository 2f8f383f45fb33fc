// Fuzz target: the DEFLATE inflater on any bytes. Beyond refusing only with a Diagnostic, what
// it inflates it inflates again to the same bytes whatever the size hint, exactly within a
// limit of that size, and refuses one byte short of it.
@testable import TemplateKit

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let limit = 1 << 20
  guard
    let output = refusingOnlyWithDiagnostics(
      "Inflater", { try Inflater.inflate(bytes, maximumOutputBytes: limit) })
  else { return 0 }
  require(output.count <= limit, "inflated \(output.count) bytes past the limit \(limit)")
  for hint in [0, 1, output.count, output.count + 1, limit] {
    let again = refusingOnlyWithDiagnostics("Inflater with a hint") {
      try Inflater.inflate(bytes, maximumOutputBytes: output.count, expectedOutputBytes: hint)
    }
    require(again == output, "a size hint of \(hint) changed the output")
  }
  if !output.isEmpty {
    do {
      _ = try Inflater.inflate(bytes, maximumOutputBytes: output.count - 1)
      require(false, "output of \(output.count) bytes fit a limit one byte smaller")
    } catch {
      require(error == Inflater.tooLarge(output.count - 1), "wrong error below the size: \(error)")
    }
  }
  return 0
}
