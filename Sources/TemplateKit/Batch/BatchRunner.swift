import Foundation

/// How a batch is produced.
public struct BatchOptions: Sendable {
  /// The reports' format (.docx by default).
  public var format: OutputFormat
  /// Fonts and other settings for the formatted writers.
  public var writerOptions: WriterOptions
  /// Gaps make a unit fail: its report is not written.
  public var strict: Bool
  /// Existing report files are replaced; otherwise they are left as they are and the unit is
  /// `已跳过`.
  public var replaceExisting: Bool
  /// How many units are worked on at once.
  public var jobs: Int

  /// Options for .docx reports in the GB2312 fonts, gaps allowed, existing files kept, as many
  /// units at once as the machine has active processors.
  public init(
    format: OutputFormat = .docx, writerOptions: WriterOptions = WriterOptions(),
    strict: Bool = false, replaceExisting: Bool = false,
    jobs: Int = ProcessInfo.processInfo.activeProcessorCount
  ) {
    self.format = format
    self.writerOptions = writerOptions
    self.strict = strict
    self.replaceExisting = replaceExisting
    self.jobs = max(1, jobs)
  }
}

/// A unit finished: how far the batch has come.
public struct BatchProgress: Sendable {
  /// Units finished so far, this one included.
  public let completed: Int
  /// Units in the batch.
  public let total: Int
  /// What became of the unit that just finished.
  public let result: BatchUnitResult
}

/// Produces one report per unit of a batch, on several threads at once. Each unit is read,
/// rendered, written and let go: memory does not grow with the number of units (only the
/// small per-unit results are kept). A broken unit fails alone; the others are produced.
///
///     let source = try BatchSource.read(path: "各单位")
///     let runner = BatchRunner(generator: ReportGenerator(catalogue: try .standard()))
///     let summary = try runner.run(source, into: "报告")
///     try summary.write(toFolder: "报告")
public struct BatchRunner: Sendable {
  public let generator: ReportGenerator
  public let options: BatchOptions

  /// A runner making reports with `generator`; when it keeps no parsed templates, the
  /// runner gives it a `TemplateCache`, so that each template is parsed once per batch.
  public init(generator: ReportGenerator, options: BatchOptions = BatchOptions()) {
    var generator = generator
    if generator.templates == nil { generator.templates = TemplateCache() }
    self.generator = generator
    self.options = options
  }

  /// Produces every unit's report in `folder` (which must exist) and returns what became of
  /// each, in the units' order. `progress` is called once per unit as it finishes, from the
  /// worker threads, one call at a time. Throws only when `folder` is not a folder.
  public func run(
    _ source: BatchSource, into folder: String,
    progress: (@Sendable (BatchProgress) -> Void)? = nil
  ) throws(Diagnostic) -> BatchSummary {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw Diagnostic.error("输出文件夹“\(folder)”不存在", hint: "先建好文件夹，或换一个输出位置。")
    }
    let units = source.units
    let names = OrderedClaims(
      UniqueFileNames(
        pathExtension: options.format.rawValue,
        reserved: [BatchSummary.fileName, BatchSummary.workbookName]))
    let total = units.count
    let results = Slots<BatchUnitResult>(count: total) { result, completed in
      progress?(BatchProgress(completed: completed, total: total, result: result))
    }
    let work = UnitWork(generator: generator, options: options, folder: folder, names: names)
    WorkerPool.run(count: total, jobs: options.jobs) { index in
      results.set(work.produce(units[index], at: index), at: index)
    }
    return BatchSummary(results: results.values)
  }
}

/// Producing one unit's report.
private struct UnitWork: Sendable {
  let generator: ReportGenerator
  let options: BatchOptions
  let folder: String
  let names: OrderedClaims<UniqueFileNames>

  func produce(_ unit: BatchUnit, at index: Int) -> BatchUnitResult {
    let answers: Answers
    do {
      answers = try unit.answers()
    } catch {
      // Every unit takes its name in turn, so that names do not shift as units are fixed.
      let name = unit.salvagedName(after: error) ?? unit.fallbackName
      _ = names.claim(at: index) { $0.take(name, fallback: unit.fallbackName) }
      return failure(error, unit: name, origin: unit.origin)
    }
    let name = ReportFileName.unitName(in: answers) ?? unit.fallbackName
    let fileName = names.claim(at: index) { $0.take(name, fallback: unit.fallbackName) }
    var result = BatchUnitResult(unit: name, origin: unit.origin, status: .failed)
    do {
      let report = try generator.generate(answers)
      result.missing = report.missing
      result.characterCount = report.document.characterCount
      result.problems = report.problems
      if options.strict, !report.missing.isEmpty || report.hasErrors {
        result.problem = Diagnostic.error(
          report.missing.isEmpty
            ? "答案中有错误，因为用了 --strict，没有生成报告"
            : "报告中有 \(result.gapCount) 处待填，因为用了 --strict，没有生成报告",
          hint: "补全、改正答案后重新运行；draft check 可逐条指出问题。")
        return result
      }
      let bytes = try options.format.writer(options: options.writerOptions).write(report.document)
      let path = (folder as NSString).appendingPathComponent(fileName)
      result.outputFile = fileName
      switch try OutputFile.write(bytes, to: path, replace: options.replaceExisting) {
      case .written:
        result.status =
          !report.problems.isEmpty ? .hasProblems : report.missing.isEmpty ? .succeeded : .withGaps
      case .keptExisting:
        result.status = .skipped
        result.problem = Diagnostic(
          .note, "“\(fileName)”已存在，没有覆盖", hint: "如确要覆盖，请加 --force。")
      }
      return result
    } catch {
      var failed = failure(error, unit: name, origin: unit.origin)
      failed.missing = result.missing
      failed.characterCount = result.characterCount
      return failed
    }
  }

  private func failure(_ error: Error, unit: String, origin: String) -> BatchUnitResult {
    BatchUnitResult(unit: unit, origin: origin, status: .failed, problem: error.diagnostic)
  }
}

extension BatchSummary {
  /// Writes `汇总.csv` and `汇总.xlsx` into `folder`, each whole or not at all. They are
  /// replaced on every run: they describe the run that wrote them.
  public func write(toFolder folder: String) throws(Diagnostic) {
    let path = (folder as NSString).appendingPathComponent(Self.fileName)
    try OutputFile.write(csv(), to: path, replace: true)
    let workbookPath = (folder as NSString).appendingPathComponent(Self.workbookName)
    try OutputFile.write(try workbook(), to: workbookPath, replace: true)
  }
}
