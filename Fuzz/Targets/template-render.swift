// Fuzz target: template parsing and rendering with fuzzed answers, then every writer.
// The input is template text, a NUL byte, then a YAML answers file.
@testable import TemplateKit

/// Answers every run has besides the fuzzed ones, so templates find values of each kind.
private let fixedAnswers = """
  单位: {名称: 临江区残联, 简称: 残联}
  年度: 2023
  统计: {党组会: 12, 比例: 0.5, 空: ~}
  活动:
    - {日期: 2023-03-05, 内容: 学习, 人数: 3}
    - {日期: 2023-13-40, 内容: "", 人数: -1}
  名单: [甲, 乙, 丙]
  措辞: [切实增强, {标题: 自拟, 内容: 自己写的}]
  """

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let (templateBytes, answerBytes) = split(
    Array(UnsafeBufferPointer(start: data, count: size)), at: 0)
  let text = String(decoding: templateBytes, as: UTF8.self)
  let environment = Environment(loader: loader(including: text))
  guard
    let template = refusingOnlyWithDiagnostics(
      "parse", { try environment.parse(text, name: "self.tmpl") })
  else { return 0 }
  var answers = refusingOnlyWithDiagnostics("answers") {
    try AnswersReader.read(bytes: answerBytes, file: "答案", format: .yaml)
  }
  if answers?.root.mapping?.isEmpty ?? true {
    answers = refusingOnlyWithDiagnostics("fixed answers") {
      try AnswersReader.read(bytes: Array(fixedAnswers.utf8), file: "答案", format: .yaml)
    }
  }
  let mapping = answers?.root.mapping ?? Mapping()
  let renderer = Renderer(
    data: mapping, labels: ["统计.党组会": "党组会次数"], required: ["单位.名称"], answers: answers,
    limits: Fuzzing.limits)
  // The template rendered alone, then as a report kind whose one section is itself.
  let sections = [SectionSlot(title: "一节", template: template)]
  for slots in [[], sections] {
    if let document = refusingOnlyWithDiagnostics(
      "render", { try renderer.render(template, sections: slots) })
    {
      writeWithEveryWriter(document)
    }
  }
  return 0
}
