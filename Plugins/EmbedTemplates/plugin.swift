import Foundation
import PackagePlugin

/// Embeds the built-in templates (`Templates/` at the package root) into TemplateKit, so the
/// `draft` binary finds them wherever it is run from and wherever it is copied to.
@main
struct EmbedTemplates: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let templates = context.package.directoryURL.appending(path: "Templates")
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedTemplates.swift")
    return [
      .buildCommand(
        displayName: "Embedding built-in templates",
        executable: try context.tool(named: "embed-templates").url,
        arguments: [templates.path, output.path],
        inputFiles: Self.files(under: templates),
        outputFiles: [output]
      )
    ]
  }

  /// Every regular file under `folder`, so that editing a template re-embeds them. (SwiftPM
  /// plans plugin commands once: after adding or removing a template, `touch Package.swift`
  /// so it plans again. A test compares the embedded set with the folder.)
  private static func files(under folder: URL) -> [URL] {
    guard
      let walker = FileManager.default.enumerator(
        at: folder, includingPropertiesForKeys: [.isRegularFileKey])
    else { return [] }
    return walker.compactMap { item in
      guard let url = item as? URL,
        (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
      else { return nil }
      return url
    }
  }
}
