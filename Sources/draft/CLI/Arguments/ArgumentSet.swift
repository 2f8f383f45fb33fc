/// A property of a command that holds declared arguments of its own, shared by several
/// commands (`CatalogueOptions`): its arguments count as the command's.
protocol ArgumentGroup {}

/// The declared arguments of a command (or group), found among its properties in the order
/// they are written — as swift-argument-parser finds them, by reflection on a fresh value.
struct ArgumentSet {
  let arguments: [any DeclaredArgument]

  init(of value: Any) {
    var arguments: [any DeclaredArgument] = []
    for child in Mirror(reflecting: value).children {
      if let argument = child.value as? any DeclaredArgument {
        arguments.append(argument)
      } else if let group = child.value as? any ArgumentGroup {
        arguments += ArgumentSet(of: group).arguments
      }
    }
    self.arguments = arguments
  }

  var declarations: [ArgumentDeclaration] { arguments.map(\.declaration) }
}
