/// A mistake in how a command was called: shown with the command's usage, exit code 2.
struct UsageError: Error {
  var message: String
  init(_ message: String) { self.message = message }
}
