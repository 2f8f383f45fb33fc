/// An expression, compiled: field paths are resolved to answers or to loop variables, filters to
/// their functions. Evaluating one never parses anything.
indirect enum Expression: Sendable {
  case literal(Value)
  case field(FieldAccess)
  /// `loop.index` and friends, for the loop whose frame is `frame`.
  case loopAttribute(frame: Int, LoopAttribute)
  case filter(Expression, FilterCall)
  case not(Expression)
  case negate(Expression, SourceLocation)
  case binary(BinaryOperator, Expression, Expression, SourceLocation)

  /// The field an expression is about, for naming a gap: `统计.党组会 | cn` is about
  /// `统计.党组会`.
  var subject: FieldAccess? {
    switch self {
    case .field(let access): access
    case .filter(let input, _): input.subject
    case .negate(let inner, _): inner.subject
    case .binary(_, let left, let right, _): left.subject ?? right.subject
    case .literal, .loopAttribute, .not: nil
    }
  }
}

/// A path into the data: a name, then keys and list positions. Keys are hashed once, when
/// the template is parsed; a class, so rendering passes it around without copying.
final class FieldAccess: Sendable {
  enum Root: Sendable, Equatable {
    /// A top-level key of the answers (or of the values the engine adds, such as `年度资料`).
    case answers(MappingKey)
    /// A loop variable or a `set` variable, by its slot.
    case local(Int)
  }

  enum Step: Sendable {
    case key(MappingKey)
    case index(Int)
    /// `[expression]`: a position or key computed when rendering.
    case computed(Expression)
  }

  let root: Root
  let steps: [Step]
  /// For a path into the answers, the cache slot of each prefix: `[0]` for the root key,
  /// `[n]` for the root and the first `n` steps (as far as steps are fixed, not computed).
  let cacheSlots: [Int]
  /// The path as written (`a.日期`, `序号[loop.index0]`), for messages.
  let written: String
  /// The path in the answers with list positions left out (`活动[].日期`), matching field
  /// declarations; nil when it does not lead into the answers.
  let declared: String?
  /// The path in the answers with its real list positions (`活动[0].日期`), when it is fixed
  /// at parse time: a path from the root of the answers with no computed step.
  let fixedPath: String?

  init(
    root: Root, steps: [Step], cacheSlots: [Int], written: String, declared: String?,
    fixedPath: String?
  ) {
    self.root = root
    self.steps = steps
    self.cacheSlots = cacheSlots
    self.written = written
    self.declared = declared
    self.fixedPath = fixedPath
  }
}

/// What a loop tells about itself: `loop.index` (from 1), `loop.index0` (from 0),
/// `loop.first`, `loop.last`, `loop.length`.
enum LoopAttribute: String, Sendable, CaseIterable {
  case index, index0, first, last, length
}

enum BinaryOperator: String, Sendable {
  case or, and
  case equal = "=="
  case notEqual = "!="
  case less = "<"
  case lessOrEqual = "<="
  case greater = ">"
  case greaterOrEqual = ">="
  case contains = "in"
  case notContains = "not in"
  case add = "+"
  case subtract = "-"
  case multiply = "*"
  case divide = "/"
}

/// A filter applied to a value: `| wan(2)`.
struct FilterCall: Sendable {
  let filter: Filter
  let arguments: [Expression]
  let location: SourceLocation
}
