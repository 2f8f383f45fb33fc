// Times draft on the benchmark workload, printing lines in the form of jinja2_bench.py:
//
//   render-bench --data records.json --template report.tmpl [--parse-iters N] [--dump FILE]
//                [--renders K]
//
//   engine=draft parse_iters=… parse_seconds=… parse_ms_each=…    (lex + parse + compile)
//   engine=draft records=N seconds=S bytes=B records_per_s=R MB_per_s=M   (render to text)
//
// One round a process, as jinja2_bench.py does; run.py runs rounds and takes the medians.
// `--renders K` renders the records K times (timing the last): the allocations counted for K = 2
// less those for K = 1 are what rendering the records allocates, without reading them.
import Foundation
import TemplateKit

struct Options {
  var data = ""
  var template = ""
  var parseIterations = 1000
  var dump: String?
  var renders = 1

  init(_ arguments: [String]) {
    var rest = arguments[...]
    while let argument = rest.popFirst() {
      switch argument {
      case "--data": data = rest.popFirst() ?? ""
      case "--template": template = rest.popFirst() ?? ""
      case "--parse-iters": parseIterations = Int(rest.popFirst() ?? "") ?? 1000
      case "--dump": dump = rest.popFirst()
      case "--renders": renders = max(1, Int(rest.popFirst() ?? "") ?? 1)
      default:
        FileHandle.standardError.write(Data("unknown argument \(argument)\n".utf8))
        exit(2)
      }
    }
  }
}

/// A JSON value as draft's `Value`: integers stay integers, other numbers are doubles.
func value(_ object: Any) -> Value {
  switch object {
  case let text as String: return .string(text)
  case let flag as Bool where type(of: object) == Bool.self: return .bool(flag)
  case let number as NSNumber:
    let type = String(cString: number.objCType)
    if type == "c" || type == "B" { return .bool(number.boolValue) }
    return ["d", "f"].contains(type) ? .double(number.doubleValue) : .int(number.intValue)
  case let list as [Any]: return .list(list.map(value))
  case let map as [String: Any]:
    return .map(Mapping(map.keys.sorted().map { ($0, value(map[$0] as Any)) }))
  default: return .null
  }
}

let options = Options(Array(CommandLine.arguments.dropFirst()))
let source = try String(contentsOfFile: options.template, encoding: .utf8)
let environment = Environment(loader: MemoryLoader(files: [:]))

if options.parseIterations > 0 {
  let start = Date()
  for _ in 0..<options.parseIterations { _ = try environment.parse(source, name: "report.tmpl") }
  let seconds = Date().timeIntervalSince(start)
  print(
    "engine=draft parse_iters=\(options.parseIterations) parse_seconds=\(String(format: "%.4f", seconds)) parse_ms_each=\(String(format: "%.4f", seconds / Double(options.parseIterations) * 1000))"
  )
}

let template = try environment.parse(source, name: "report.tmpl")
let json = try JSONSerialization.jsonObject(
  with: Data(contentsOf: URL(fileURLWithPath: options.data)))
let records: [Mapping] = ((json as? [Any]) ?? []).compactMap { value($0).mapping }

/// Renders every record to plain text (UTF-8, as it would be written to a file): the timed
/// work.
@inline(never)
func renderAll(_ records: [Mapping], _ template: Template) throws -> [[UInt8]] {
  let writer = PlainTextWriter()
  var outputs: [[UInt8]] = []
  outputs.reserveCapacity(records.count)
  for record in records {
    outputs.append(writer.write(try Renderer(data: record).render(template)))
  }
  return outputs
}

for _ in 1..<options.renders { _ = try renderAll(records, template) }
let start = Date()
let outputs = try renderAll(records, template)
let seconds = Date().timeIntervalSince(start)
let bytes = outputs.reduce(0) { $0 + $1.count }
print(
  "engine=draft records=\(records.count) seconds=\(String(format: "%.4f", seconds)) bytes=\(bytes) records_per_s=\(String(format: "%.1f", Double(records.count) / seconds)) MB_per_s=\(String(format: "%.2f", Double(bytes) / seconds / 1e6))"
)

if let dump = options.dump {
  var text = ""
  for (index, output) in outputs.enumerated() {
    text += "=====RECORD \(index)=====\n" + String(decoding: output, as: UTF8.self)
  }
  try text.write(toFile: dump, atomically: true, encoding: .utf8)
}
