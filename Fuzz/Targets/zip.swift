// Fuzz target: the ZIP reader on any bytes, then every entry's data, with the limits scaled
// down. Beyond refusing only with a Diagnostic: every entry is found by its own name, and
// what is read has the size and CRC-32 the directory records.
@testable import TemplateKit

private let limits: ZipReader.Limits = {
  var limits = ZipReader.Limits()
  limits.maximumEntryBytes = 1 << 20
  limits.maximumTotalBytes = 1 << 24
  limits.ratioGraceBytes = 1 << 16
  return limits
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  _ = FileSignature.identify(bytes).refusal(file: "报告.docx").description
  guard
    let zip = refusingOnlyWithDiagnostics(
      "ZipReader", { try ZipReader(bytes, file: "报告.docx", limits: limits) })
  else { return 0 }
  for entry in zip.entries {
    require(zip.entry(named: entry.name) == entry, "“\(entry.name)” not found by its name")
    guard let data = refusingOnlyWithDiagnostics("ZipReader.data", { try zip.data(of: entry) })
    else { continue }
    require(
      data.count == entry.size, "“\(entry.name)”: \(data.count) bytes, \(entry.size) recorded")
    require(CRC32.checksum(data) == entry.crc, "“\(entry.name)”: CRC differs from the record")
  }
  return 0
}
