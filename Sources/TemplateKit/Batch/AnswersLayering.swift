extension Answers {
  /// These answers with `overrides` laid over them, key by key at any depth
  /// (`Mapping.merging(_:)`: mappings merge, anything else — lists included — is replaced
  /// whole). A key the overrides leave blank (`年度:` with nothing after it, a null) does not
  /// replace anything: a questionnaire's empty field means “not answered here”, so the value
  /// below shows through.
  ///
  /// Every value keeps the place it was written, in whichever file that was, so that errors
  /// point at the shared answers or at the unit's own as the case may be. The result's own
  /// file is the overrides' — or these answers' when `keepingSource` is true (overrides
  /// written elsewhere, like the `覆盖` of a batch file's unit, over the unit's own file).
  public func overridden(by overrides: Answers, keepingSource: Bool = false) -> Answers {
    let base = root.mapping ?? Mapping()
    let over = (overrides.root.mapping ?? Mapping()).removingNulls()
    var replaced: Set<String> = []
    Self.collectReplaced(base: base, over: over, prefix: "", into: &replaced)
    let own = keepingSource ? source : (overrides.source ?? source)

    var merged: [String: ValueLocation] = [:]
    merged.reserveCapacity(locations.count + overrides.locations.count)
    for (path, entry) in locations where !Self.isUnder(path, anyOf: replaced) {
      merged[path] = Self.tagged(entry, from: source, own: own)
    }
    for (path, entry) in overrides.locations {
      // Blank overrides were dropped, so their places are not the values' places.
      if merged[path] != nil, Self.isNull(at: path, in: overrides.root) { continue }
      merged[path] = Self.tagged(entry, from: overrides.source, own: own)
    }
    return Answers(root: .map(base.merging(over)), source: own, locations: merged)
  }

  /// The location `entry`, written in `file`, as seen from answers whose own file is `own`:
  /// it names its file when that is another one.
  private static func tagged(_ entry: ValueLocation, from file: SourceText?, own: SourceText?)
    -> ValueLocation
  {
    // Files (and a workbook's sheets) are told apart by name: comparing whole texts for
    // every value would cost more.
    func same(_ a: SourceText?, _ b: SourceText?) -> Bool {
      a?.file == b?.file && a?.sheet == b?.sheet
    }
    var entry = entry
    if entry.source == nil, let file, !same(file, own) { entry.source = file }
    if let named = entry.source, same(named, own) { entry.source = nil }
    return entry
  }

  /// The paths of `base` that `over` replaces whole (a value over a value, or a mapping over
  /// a non-mapping and the other way round).
  private static func collectReplaced(
    base: Mapping, over: Mapping, prefix: String, into replaced: inout Set<String>
  ) {
    for (key, value) in over.pairs {
      let path = ValuePath.appending(key: key, to: prefix)
      guard let below = base[key] else { continue }
      if case .map(let inner) = below, case .map(let overInner) = value {
        collectReplaced(base: inner, over: overInner, prefix: path, into: &replaced)
      } else {
        replaced.insert(path)
      }
    }
  }

  /// Whether `path` is one of `prefixes` or lies under one (`统计.党课` under `统计`,
  /// `活动[0].日期` under `活动`).
  private static func isUnder(_ path: String, anyOf prefixes: Set<String>) -> Bool {
    guard !prefixes.isEmpty else { return false }
    if prefixes.contains(path) { return true }
    var index = path.endIndex
    while index > path.startIndex {
      index = path.index(before: index)
      let character = path[index]
      if character == "." || character == "[", prefixes.contains(String(path[..<index])) {
        return true
      }
    }
    return false
  }

  /// Whether the value at `path` (keys joined by `.`, no list positions) is null.
  private static func isNull(at path: String, in root: Value) -> Bool {
    guard !path.contains("[") else { return false }
    return root.value(atPath: path) == .null
  }

  /// The answers under `prefix` of these — a mapping `value` found there — as answers of their
  /// own: the same file, paths relative to `prefix`.
  func subtree(_ value: Value, at prefix: String) -> Answers {
    var inner: [String: ValueLocation] = [:]
    for (path, entry) in locations {
      if path == prefix {
        inner[""] = entry
      } else if path.hasPrefix(prefix), path.count > prefix.count {
        let rest = path.dropFirst(prefix.count)
        if rest.first == "." {
          inner[String(rest.dropFirst())] = entry
        }
      }
    }
    return Answers(root: value, source: source, locations: inner)
  }
}

extension Mapping {
  /// This mapping without its null values, at any depth of mappings (lists are kept as
  /// written). A mapping left empty stays, empty.
  public func removingNulls() -> Mapping {
    var kept = Mapping()
    for (key, value) in pairs {
      switch value {
      case .null: continue
      case .map(let inner): kept[key] = .map(inner.removingNulls())
      default: kept[key] = value
      }
    }
    return kept
  }
}
