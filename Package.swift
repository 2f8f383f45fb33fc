// swift-tools-version: 6.0
// draft: a report drafting template engine. Depends on the Swift toolchain alone.
import PackageDescription

let package = Package(
  name: "draft",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "draft", targets: ["draft"]),
    .library(name: "TemplateKit", targets: ["TemplateKit"]),
  ],
  targets: [
    // The library: answers, template language, document tree, writers, catalogue.
    .target(
      name: "TemplateKit",
      plugins: ["EmbedTemplates"]
    ),
    // The command-line tool.
    .executableTarget(
      name: "draft",
      dependencies: ["TemplateKit"]
    ),
    // Build-time tool: turns Templates/ into Swift source so the binary carries them.
    .executableTarget(name: "embed-templates"),
    .plugin(
      name: "EmbedTemplates",
      capability: .buildTool(),
      dependencies: ["embed-templates"]
    ),
    // Benchmarks (Benchmarks/README.md): rendering the benchmark workload, timed.
    .executableTarget(
      name: "render-bench",
      dependencies: ["TemplateKit"],
      path: "Benchmarks/render-bench"
    ),
    .testTarget(
      name: "TemplateKitTests",
      dependencies: ["TemplateKit"],
      exclude: ["YAMLTestSuite", "Archive/Fixtures"]
    ),
    .testTarget(
      name: "DraftEndToEndTests",
      dependencies: ["draft"],
      exclude: ["Corpus", "BadInputs", "Encodings", "Learning", "Workbooks"]
    ),
  ]
)
