extension Mapping {
  /// This mapping with `overrides` laid over it, key by key at any depth: where both have a
  /// mapping under a key, the two merge; otherwise the override's value wins (lists are
  /// replaced whole, not concatenated). Keys keep the order of first appearance.
  public func merging(_ overrides: Mapping) -> Mapping {
    var merged = self
    for (key, value) in overrides.pairs {
      if case .map(let base)? = merged[key], case .map(let over) = value {
        merged[key] = .map(base.merging(over))
      } else {
        merged[key] = value
      }
    }
    return merged
  }
}
