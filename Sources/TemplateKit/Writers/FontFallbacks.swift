/// Other names for the fonts reports use: the same face under another name (仿宋 and
/// FangSong), then the nearest face a machine without it may have. The HTML page lists them
/// all, then what Linux has; the .docx names a chain of them (`chain(from:)`) that ends in a
/// face every Windows and WPS installs.
enum FontFallbacks {
  /// The kind of face a role wants, to pick what a machine without any named font should use.
  enum Kind {
    case song, fangSong, kai, hei
  }

  /// Other names and near faces for `font`, best first; empty for a font not known here.
  static func alternatives(_ font: String) -> [String] {
    known[font] ?? []
  }

  /// Faces Linux distributions ship (Noto CJK, AR PL), then the CSS generic family.
  static func linuxFallbacks(_ kind: Kind) -> [String] {
    switch kind {
    case .song, .fangSong: ["Noto Serif CJK SC", "Source Han Serif SC", "AR PL UMing CN", "serif"]
    case .kai: ["AR PL UKai CN", "Noto Serif CJK SC", "Source Han Serif SC", "serif"]
    case .hei: ["Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "sans-serif"]
    }
  }

  /// The faces every Windows since Vista and every WPS Office installs, by their Chinese names:
  /// where a fallback chain ends.
  static let everywhere: Set<String> = ["宋体", "仿宋", "黑体", "楷体"]
  /// The faces a chain passes through: Windows' and Microsoft Office's, by their Chinese names
  /// (华文中宋 comes with Office).
  private static let chainFaces: Set<String> = everywhere.union(["华文中宋"])

  /// The faces to use, in turn, when `font` is missing: its alternatives that Windows, Office
  /// or WPS install, nearest first, ending in one of `everywhere` — `方正小标宋简体` → 华文中宋
  /// → 宋体, `仿宋_GB2312` → 仿宋; empty for a font of `everywhere` itself or one not known.
  static func chain(from font: String) -> [String] {
    let links = alternatives(font).filter(chainFaces.contains)
    guard let last = links.last, everywhere.contains(last) else { return [] }
    return links
  }

  private static let known: [String: [String]] = [
    "仿宋_GB2312": ["仿宋", "FangSong_GB2312", "FangSong", "STFangsong"],
    "仿宋": ["FangSong", "仿宋_GB2312", "STFangsong"],
    "楷体_GB2312": ["楷体", "KaiTi_GB2312", "KaiTi", "STKaiti"],
    "楷体": ["KaiTi", "楷体_GB2312", "STKaiti"],
    "黑体": ["SimHei", "STHeiti", "微软雅黑", "Microsoft YaHei"],
    "方正小标宋简体": ["方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "华文中宋", "STZhongsong", "宋体", "SimSun"],
    "华文中宋": ["STZhongsong", "宋体", "SimSun"],
    "宋体": ["SimSun", "STSong"],
  ]

}
