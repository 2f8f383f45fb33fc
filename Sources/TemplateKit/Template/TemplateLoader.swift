import Foundation

/// Where templates come from: a folder, the set built into the binary, or several of these
/// layered so that a user's folder overrides the built-in set.
public protocol TemplateLoader: Sendable {
  /// The text of the template file `name` (a path under the templates root, such as
  /// `sections/规范党内政治生活.tmpl`), or nil when there is none.
  func text(of name: String) throws -> TemplateText?
  /// Every file name under the root.
  func names() -> [String]
}

/// A template file's text and the name messages should show for it.
public struct TemplateText: Sendable {
  /// The name to show in messages: a real path for files on disk.
  public var displayName: String
  public var text: String

  public init(displayName: String, text: String) {
    self.displayName = displayName
    self.text = text
  }
}

/// Templates held in memory: the built-in set, and tests.
public struct MemoryLoader: TemplateLoader {
  private let files: [String: String]
  private let prefix: String

  /// `files` by path; messages show each as `prefix + path`.
  public init(files: [String: String], displayPrefix prefix: String = "") {
    self.files = files
    self.prefix = prefix
  }

  public func text(of name: String) -> TemplateText? {
    files[name].map { TemplateText(displayName: prefix + name, text: $0) }
  }

  public func names() -> [String] { files.keys.sorted() }
}

/// Templates in a folder on disk, read when asked for.
public struct DirectoryLoader: TemplateLoader {
  public let root: String

  /// The largest template file read (10 MB); real ones hold a few kilobytes.
  public static let maximumFileBytes = 10_000_000

  public init(root: String) { self.root = root }

  public func text(of name: String) throws -> TemplateText? {
    let path = (root as NSString).appendingPathComponent(name)
    switch FileKind(path: path) {
    case .missing, .directory: return nil
    default: break
    }
    let bytes = try InputFile.read(path, limit: Self.maximumFileBytes, noun: "模板文件")
    // Decoded as answers are: not UTF-8 or a forbidden character is an error at its place.
    return TemplateText(displayName: path, text: try TextDecoding.decode(bytes, file: path))
  }

  public func names() -> [String] {
    guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
    var names: [String] = []
    while let name = walker.nextObject() as? String {
      var isDirectory: ObjCBool = false
      let path = (root as NSString).appendingPathComponent(name)
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
        !isDirectory.boolValue, !(name as NSString).lastPathComponent.hasPrefix(".")
      {
        names.append(name)
      }
    }
    return names.sorted()
  }
}

/// Several loaders, the first that has a name winning: a user's folder before the built-in set.
public struct LayeredLoader: TemplateLoader {
  public let layers: [any TemplateLoader]

  public init(_ layers: [any TemplateLoader]) { self.layers = layers }

  public func text(of name: String) throws -> TemplateText? {
    for layer in layers {
      if let text = try layer.text(of: name) { return text }
    }
    return nil
  }

  public func names() -> [String] {
    Array(Set(layers.flatMap { $0.names() })).sorted()
  }
}
