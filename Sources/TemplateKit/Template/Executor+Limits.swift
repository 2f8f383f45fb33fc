/// The render limits, and errors located in the template.
extension Executor {
  func checkSize() throws {
    let limits = renderer.limits
    if setAside + builder.written > limits.maximumOutputBytes {
      throw Diagnostic.error(
        "报告超过了 \(ByteCount.phrase(limits.maximumOutputBytes))的上限（模板“\(templateName)”）",
        hint: "检查是否有循环的列表过长，或模板反复输出了同一内容。")
    }
    if builder.blocks.count > limits.maximumBlocks {
      throw Diagnostic.error(
        "报告超过了 \(limits.maximumBlocks) 段的上限（模板“\(templateName)”）",
        hint: "检查是否有循环的列表过长，或模板在循环中反复分段、加标题。")
    }
  }

  mutating func countIteration() throws {
    iterations += 1
    guard iterations > renderer.limits.maximumLoopIterations else { return }
    throw Diagnostic.error(
      "循环共执行了超过 \(renderer.limits.maximumLoopIterations) 次（模板“\(templateName)”）",
      hint: "检查是否有循环套得太多层，或循环的列表太长。")
  }

  /// A filter's or an operation's error, placed in the template and, when the value came from
  /// the answers, naming where it was written.
  func error(_ error: Error, at location: SourceLocation, about expression: Expression)
    -> Diagnostic
  {
    let failure = error as? FilterError ?? FilterError("\(error)")
    var message = failure.message
    if let subject = expression.subject, let path = answersPath(of: subject) {
      message += "（答案中的“\(path)”"
      if let location = renderer.answers?.location(of: path) { message += "，位于 \(location)" }
      message += "）"
    }
    return Diagnostic(
      .error, message, at: location, quoting: sources[location.file]?.line(location.line),
      hint: failure.hint)
  }
}
