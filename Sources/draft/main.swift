import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// Signals blocked by whatever started draft (Foundation's `Process` passes on a mask that
// blocks nearly all) are unblocked: Ctrl+C and `kill` must end it, and `preview --watch`
// runs until they do.
var unblocked = sigset_t()
sigemptyset(&unblocked)
sigprocmask(SIG_SETMASK, &unblocked, nil)

exit(Draft.run(Array(CommandLine.arguments.dropFirst())).rawValue)
