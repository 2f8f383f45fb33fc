import Foundation

/// Runs numbered pieces of work on threads of its own, handing them out in order: a piece is
/// taken only after every piece before it was taken, so work that waits for earlier pieces
/// (`OrderedClaims`) cannot wait for one no thread has.
enum WorkerPool {
  /// Calls `body` with `0..<count`, on `jobs` threads at most; returns when all are done.
  static func run(count: Int, jobs: Int, _ body: @escaping @Sendable (Int) -> Void) {
    let threads = max(1, min(jobs, count))
    guard threads > 1 else {
      for index in 0..<count { body(index) }
      return
    }
    let counter = Counter()
    let group = DispatchGroup()
    for _ in 0..<threads {
      group.enter()
      let thread = Thread {
        while let index = counter.next(below: count) { body(index) }
        group.leave()
      }
      // Deeply nested answers and templates recurse; give workers the main thread's stack.
      thread.stackSize = 8 << 20
      thread.start()
    }
    group.wait()
  }

  /// The next piece of work to hand out.
  private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func next(below limit: Int) -> Int? {
      lock.lock()
      defer { lock.unlock() }
      guard value < limit else { return nil }
      value += 1
      return value - 1
    }
  }
}

/// Lets numbered pieces of work, running at once, take something in their numbers' order:
/// piece `n` waits until pieces `0..<n` have taken theirs. Every piece must take exactly once.
final class OrderedClaims<State>: @unchecked Sendable {
  private let condition = NSCondition()
  private var state: State
  private var turn = 0

  init(_ state: State) { self.state = state }

  /// Waits for `index`'s turn, then runs `take` on the shared state.
  func claim<Result>(at index: Int, _ take: (inout State) -> Result) -> Result {
    condition.lock()
    defer { condition.unlock() }
    while turn != index { condition.wait() }
    let result = take(&state)
    turn += 1
    condition.broadcast()
    return result
  }
}

/// Results by position, filled from several threads.
final class Slots<Element: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var storage: [Element?]
  private var filled = 0
  private let onSet: (@Sendable (Element, Int) -> Void)?

  /// `count` empty slots; `onSet`, if given, is called with each element set and how many
  /// are set so far, one call at a time.
  init(count: Int, onSet: (@Sendable (Element, Int) -> Void)? = nil) {
    storage = Array(repeating: nil, count: count)
    self.onSet = onSet
  }

  func set(_ element: Element, at index: Int) {
    lock.lock()
    defer { lock.unlock() }
    storage[index] = element
    filled += 1
    onSet?(element, filled)
  }

  /// The results set so far, in order.
  var values: [Element] {
    lock.lock()
    defer { lock.unlock() }
    return storage.compactMap { $0 }
  }
}

extension Error {
  /// The error as a diagnostic: itself, or its description.
  var diagnostic: Diagnostic {
    self as? Diagnostic ?? Diagnostic.error("\(self)")
  }
}
