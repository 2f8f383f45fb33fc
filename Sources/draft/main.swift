import Foundation

exit(Draft.run(Array(CommandLine.arguments.dropFirst())).rawValue)
