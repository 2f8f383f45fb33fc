import Foundation

/// A batch file: the answers every unit shares, and the list of units (YAML or JSON).
///
///     共同:                         # every unit inherits these, and may override any key
///       报告: {类型: 落实主体责任情况报告, 日期: 2024-12-25}
///       年度: 2024
///       上级: [市委, 区委]
///     各单位:
///       - 文件: 单位/第一党支部.yaml   # an answers file, relative to the batch file's folder
///       - 单位/第二党支部.yaml         # the same, shorter
///       - 文件: 单位/第三党支部.yaml
///         覆盖:                       # this unit only: laid over its file's answers
///           报告: {日期: 2024-12-30}
///       - 单位: {全称: …, 简称: …}    # a unit's answers written here
///         统计: {党员大会: 4}
///
/// A unit's answers are the shared ones with its own laid over them, key by key at any depth;
/// lists are replaced whole; a blank key does not replace the shared value.
public enum BatchFile {
  /// The answers every unit shares.
  public static let sharedKey = "共同"
  /// The list of units.
  public static let unitsKey = "各单位"
  /// In a unit of the list: the answers file it is read from.
  public static let fileKey = "文件"
  /// In a unit read from a file: answers laid over the file's.
  public static let overridesKey = "覆盖"

  /// Reads the batch file at `path`. Throws `Diagnostic` when it cannot be read or is not a
  /// batch file; a unit that is wrong fails alone, when its answers are read.
  public static func read(path: String) throws(Diagnostic) -> BatchSource {
    let batch = try AnswersReader.read(path: path)
    let root = batch.root.mapping ?? Mapping()
    let known = [sharedKey, unitsKey]
    if let key = root.keys.first(where: { !known.contains($0) }) {
      let looksLikeAnswers = root["报告"] != nil || root["单位"]?.mapping != nil
      throw batch.error(
        "批量文件中不认识的键“\(key)”", at: key, key: true,
        hint: looksLikeAnswers
          ? "这像是一个答案文件。生成一份报告请用 draft generate；批量生成请给出存放答案文件的文件夹，"
            + "或写一个批量文件：“\(sharedKey)”下写各单位共用的答案，“\(unitsKey)”下列出各单位（见 Examples/batch/）。"
          : (EditDistance.didYouMean(key, among: known) ?? "")
            + "批量文件只有两项：“\(sharedKey)”（各单位共用的答案）和“\(unitsKey)”（单位的列表）。")
    }
    var shared: Answers? = nil
    switch root[sharedKey] {
    case nil, .null?: break
    case .map(let mapping)?: shared = batch.subtree(.map(mapping), at: sharedKey)
    case let other?:
      throw batch.error(
        "“\(sharedKey)”应是各单位共用的答案（“键: 值”），而这里是\(other.typeName)", at: sharedKey,
        hint: "例如：\n\(sharedKey):\n  年度: 2024\n  上级: [市委, 区委]")
    }
    guard let listed = root[unitsKey] else {
      throw Diagnostic(
        .error, "批量文件中没有“\(unitsKey)”", at: batch.source?.location(line: 1, column: 1),
        hint: "在“\(unitsKey)”下列出各单位，每行一个：\n\(unitsKey):\n  - \(fileKey): 单位/第一党支部.yaml")
    }
    guard case .list(let items) = listed, !items.isEmpty else {
      throw batch.error(
        listed.list == nil
          ? "“\(unitsKey)”应是单位的列表，而这里是\(listed.typeName)" : "“\(unitsKey)”中没有单位",
        at: unitsKey,
        hint: "每个单位一行，以“- ”开头：写“\(fileKey): 答案文件”，或直接写这个单位的答案。")
    }
    let folder = PathParts.folder(of: path)
    let itemLocations = partition(batch.locations, under: unitsKey)
    let file = batch.source?.file ?? path
    let units = items.enumerated().map { index, item in
      let itemAnswers = Answers(
        root: item, source: batch.source, locations: itemLocations[index] ?? [:])
      return unit(
        item, answers: itemAnswers, number: index + 1, shared: shared, folder: folder,
        batchName: file)
    }
    return BatchSource(path: path, form: .batchFile, units: units)
  }

  /// The unit item `number` of the list describes.
  private static func unit(
    _ item: Value, answers itemAnswers: Answers, number: Int, shared: Answers?, folder: String,
    batchName: String
  ) -> BatchUnit {
    let origin = "\(batchName) 的第 \(number) 个单位"
    let fallback = "第\(number)个单位"
    func invalid(_ diagnostic: Diagnostic) -> BatchUnit {
      BatchUnit(origin: origin, fallbackName: fallback, content: .invalid(diagnostic))
    }
    func fileUnit(_ relative: String, overrides: Answers?) -> BatchUnit {
      let path =
        relative.hasPrefix("/") || folder.isEmpty ? relative : folder + "/" + relative
      return BatchUnit(
        origin: path,
        fallbackName: ((relative as NSString).lastPathComponent as NSString)
          .deletingPathExtension,
        content: .file(path: path, shared: shared, overrides: overrides, reference: itemAnswers))
    }
    switch item {
    case .string(let relative) where !relative.isEmpty:
      return fileUnit(relative, overrides: nil)
    case .map(let mapping) where mapping[fileKey] != nil:
      guard case .string(let relative)? = mapping[fileKey], !relative.isEmpty else {
        return invalid(
          itemAnswers.error(
            "“\(fileKey)”应写答案文件的路径", at: fileKey,
            hint: "例如“\(fileKey): 单位/第一党支部.yaml”，路径相对于批量文件所在的文件夹。"))
      }
      if let key = mapping.keys.first(where: { $0 != fileKey && $0 != overridesKey }) {
        return invalid(
          itemAnswers.error(
            "写了“\(fileKey)”的单位只能再有“\(overridesKey)”一项，这里有“\(key)”", at: key, key: true,
            hint: "要改写这个单位答案文件中的答案，写在“\(overridesKey):”下面，例如：\n"
              + "  - \(fileKey): \(relative)\n    \(overridesKey):\n      \(key): …"))
      }
      switch mapping[overridesKey] {
      case nil, .null?:
        return fileUnit(relative, overrides: nil)
      case .map(let overrides)?:
        return fileUnit(relative, overrides: itemAnswers.subtree(.map(overrides), at: overridesKey))
      case let other?:
        return invalid(
          itemAnswers.error(
            "“\(overridesKey)”应是要改写的答案（“键: 值”），而这里是\(other.typeName)", at: overridesKey))
      }
    case .map:
      return BatchUnit(
        origin: origin, fallbackName: fallback,
        content: .inline(shared: shared, answers: itemAnswers))
    default:
      return invalid(
        itemAnswers.error(
          "“\(unitsKey)”的每一项应是一个单位：“\(fileKey): 答案文件”，或这个单位的答案，而这里是\(item.typeName)",
          at: "", key: true,
          hint: "例如：\n\(unitsKey):\n  - \(fileKey): 单位/第一党支部.yaml\n  - 单位:\n      全称: 第二党支部"))
    }
  }

  /// The locations under `list[n]`, for each `n`, with paths relative to the item.
  private static func partition(_ locations: [String: ValueLocation], under list: String)
    -> [Int: [String: ValueLocation]]
  {
    var parts: [Int: [String: ValueLocation]] = [:]
    let prefix = list + "["
    for (path, entry) in locations where path.hasPrefix(prefix) {
      let rest = path.dropFirst(prefix.count)
      guard let close = rest.firstIndex(of: "]"), let index = Int(rest[..<close]) else {
        continue
      }
      let after = rest[rest.index(after: close)...]
      let relative: String
      if after.isEmpty {
        relative = ""
      } else if after.first == "." {
        relative = String(after.dropFirst())
      } else {
        relative = String(after)  // `[0]` of a list item that is itself a list
      }
      parts[index, default: [:]][relative] = entry
    }
    return parts
  }
}
