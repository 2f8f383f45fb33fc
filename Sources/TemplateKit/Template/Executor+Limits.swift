/// The render limits, and errors located in the template.
extension Executor {
  func checkSize() throws {
    let limits = renderer.limits
    if setAside + builder.written > limits.maximumOutputBytes {
      throw located(
        "报告超过了 \(ByteCount.phrase(limits.maximumOutputBytes))的上限",
        hint: "检查是否有循环的列表过长，或模板反复输出了同一内容。")
    }
    if builder.blocks.count > limits.maximumBlocks {
      throw located(
        "报告超过了 \(limits.maximumBlocks) 段的上限",
        hint: "检查是否有循环的列表过长，或模板在循环中反复分段、加标题。")
    }
  }

  /// Counts `count` more steps of work (`RenderLimits.maximumSteps`).
  mutating func takeSteps(_ count: Int) throws {
    steps += count
    guard steps > renderer.limits.maximumSteps else { return }
    throw located(
      "生成报告要做的事超过了 \(renderer.limits.maximumSteps) 步的上限",
      hint: "检查是否有循环套得太多层、循环的列表太长，或在循环中反复处理很长的列表或文字。")
  }

  /// An error at the place the executor is at (`at`), quoting its line; in the template being
  /// run when no place is known.
  func located(_ message: String, hint: String?) -> Diagnostic {
    guard let at else { return Diagnostic.error("\(message)（模板“\(templateName)”）", hint: hint) }
    return Diagnostic(
      .error, message, at: at, quoting: sources[at.file]?.line(at.line), hint: hint)
  }

  /// A filter's or an operation's error, placed in the template and, when the value came from
  /// the answers, naming where it was written.
  func error(_ error: Error, at location: SourceLocation, about expression: Expression?)
    -> Diagnostic
  {
    let failure = error as? FilterError ?? FilterError("\(error)")
    var message = failure.message
    if let subject = expression?.subject, let path = answersPath(of: subject) {
      message += "（答案中的“\(path)”"
      if let location = renderer.answers?.location(of: path) { message += "，位于 \(location)" }
      message += "）"
    }
    return Diagnostic(
      .error, message, at: location, quoting: sources[location.file]?.line(location.line),
      hint: failure.hint)
  }
}
