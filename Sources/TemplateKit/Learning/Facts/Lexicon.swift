/// Words of Party-organisation reports that learning reads facts and names by: measure words
/// after counts, verbs before what is counted, place and organisation endings, posts,
/// surnames, stock slogans. Knowledge of the language, not of any one report.
enum Lexicon {
  // MARK: Counts

  /// Measure words after a number, longest first so that `人次` wins over `人`.
  static let measures: [String] = [
    "万人次", "人次", "户次", "家次", "场次", "篇次", "课时", "学时", "小时", "分钟", "平方米", "公里", "千克",
    "公斤", "次", "场", "期", "轮", "批", "届", "节", "堂", "讲", "个", "名", "人", "位", "户", "家", "条",
    "项", "件", "篇", "份", "本", "册", "套", "台", "部", "支", "所", "座", "处", "间", "辆", "张", "天", "周",
    "起", "例", "宗", "笔", "种", "类", "块", "面", "组", "队", "班", "首", "幅", "封", "米", "吨", "亩",
    "倍", "元",
  ]

  /// Measure words that count things named after them (`3个全国品牌`, `12名在职党员`),
  /// unlike those that count doings named before them (`召开党组会12次`).
  static let classifiers: Set<String> = [
    "个", "名", "位", "户", "家", "所", "座", "支", "项", "件", "篇", "份", "本", "套", "台", "部",
    "张", "辆", "间", "块", "面", "种", "类", "条",
  ]

  /// What a count of things so measured is called in a label: 次数, 人数…
  static func countNoun(for measure: String) -> String {
    switch measure {
    case "次", "场", "场次", "期", "轮", "届", "节", "堂", "讲", "批": "次数"
    case "名", "人", "位": "人数"
    case "人次", "万人次", "户次", "家次", "篇次": "人次"
    case "户": "户数"
    case "家": "家数"
    case "个", "支", "所", "座", "处", "间": "个数"
    case "天", "周", "小时", "分钟", "课时", "学时": "时长"
    default: "数量"
    }
  }

  /// Verbs before what is done or counted, longest first: the name of a count is what follows
  /// the last of them.
  static let verbs: [String] = [
    "建立健全", "专题研究", "研究部署", "召开", "开展", "组织", "举办", "举行", "参加", "参与", "讲授", "观看",
    "收看", "进行", "完成", "制定", "修订", "排查", "选树", "划分", "建立", "印发", "出台", "发放", "走访",
    "慰问", "帮扶", "接待", "办理", "处理", "受理", "查处", "发现", "开设", "刊发", "发表", "报送",
    "上报", "录用", "发展", "吸收", "表彰", "评选", "签订", "实施", "投入", "覆盖", "邀请", "主持", "达到",
    "提供", "解决", "收集", "征集", "梳理", "编印", "撰写", "推送", "发布", "播放", "评定", "新增", "新建",
    "建成", "打造", "创建", "培育", "认定", "审核", "核查", "督查", "检查", "抽查", "约谈", "部署", "安排",
    "带领", "引导", "帮助", "来到", "深入到", "深入", "落实", "完善", "推动", "推进", "结合", "杜绝", "围绕", "包括",
    "加强", "强化", "严格", "利用", "通过", "讲", "为", "向", "给",
  ]

  /// Words that open a phrase before what it is about: `在元旦春节…等节点`.
  static let prepositions: [String] = [
    "尤其是在", "特别是在", "通过", "在", "对", "把", "将", "从", "如", "像", "以",
  ]

  /// Verbs of holding an activity: on a date, what follows one of them is what was held.
  static let activityVerbs: [String] = ["开展", "召开", "举办", "举行", "组织", "参加", "签订", "印发"]

  /// Words that follow a post but are not a person's name.
  static let notNames: Set<String> = [
    "关于", "高度", "严格", "严肃", "全面", "全体", "同志", "成员", "时刻", "应当", "文件", "明确", "党的", "向党",
    "于是", "和各", "主持", "带头", "亲自", "亲抓", "牵头", "班子", "从严", "对照", "任务", "责任", "履行",
  ]

  /// Words that open a clause without being part of what it names.
  static let fillers: [String] = [
    "全年共", "今年来", "今年以来", "一年来", "全年", "今年", "年内", "累计", "共计", "合计", "先后", "其中", "同时",
    "共", "并", "还", "已", "又", "均",
  ]

  /// Words after a count where the name of what is counted stops.
  static let stops: [String] = [
    "全部", "分别", "先后", "共同", "均", "都", "已", "全", "被", "的", "在", "到", "于", "等", "，", "。",
  ]

  // MARK: Names

  /// Endings of place names (`XX区`, `XX街道`): a blank before one is the place's name.
  static let places: [String] = ["街道", "社区", "省", "市", "区", "县", "镇", "乡", "村", "州", "旗", "盟"]

  /// Endings of organisations' names, longest first.
  static let organisationEndings: [String] = [
    "机关党委", "党工委", "党总支", "党支部", "委员会", "党组", "党委", "残联", "妇联", "团委", "工会", "协会",
    "商会", "政府", "街道", "社区", "中心", "公司", "集团", "学校", "大学", "医院", "银行", "法院", "检察院",
    "局", "委", "办", "会", "院", "所", "站", "厅", "部", "处", "室", "队", "镇", "乡", "村",
  ]

  /// Endings of the names of Party organisations.
  static let partyEndings: [String] = ["机关党委", "党工委", "党总支", "党支部", "党组", "党委"]

  /// How an organisation calls itself.
  static let selfNames: [String] = [
    "我单位", "本单位", "我中心", "我会", "我局", "我委", "我院", "我校", "我所", "我办", "我部", "我厅", "我处",
    "本会", "本局",
  ]

  /// Posts, longest first; several are joined by `、` (`党组书记、理事长`).
  static let posts: [String] = [
    "机关党委书记", "党支部书记", "党工委书记", "党总支书记", "副理事长", "党组书记", "党委书记", "常务副", "副书记",
    "副局长", "副主任", "副主席", "副部长", "副院长", "副校长", "理事长", "董事长", "总经理", "书记", "局长",
    "主任", "主席", "部长", "院长", "校长", "处长", "科长", "所长", "站长", "经理", "区长", "市长", "县长",
    "镇长", "乡长", "组长", "队长", "委员",
  ]

  /// Common surnames: a name after a post starts with one.
  static let surnames: Set<Character> = Set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
  )

  /// Characters that end a person's name when they follow it (`张三同志`, `张三始终`…).
  static let afterName: Set<Character> = Set("同在对以为带始主亲多认严坚高重深指和与及等讲作向从是的，。、；：")

  // MARK: Titles and quotations

  /// Documents every Party organisation cites, which stay text.
  static let stockTitles: Set<String> = [
    "党章", "准则", "条例", "中国共产党章程", "关于新形势下党内政治生活的若干准则", "中国共产党党内监督条例",
    "中国共产党纪律处分条例", "中国共产党廉洁自律准则", "中国共产党问责条例", "中国共产党支部工作条例（试行）",
  ]

  /// Slogans every report quotes, which stay text.
  static let stockSlogans: Set<String> = [
    "三会一课", "一岗双责", "两个维护", "两个确立", "四个意识", "四个自信", "四风", "四种形态", "第一议题", "三重一大",
    "不忘初心、牢记使命", "学习强国", "放管服", "最多跑一次", "牛鼻子", "急难愁盼", "两学一做", "三严三实", "四个全面",
    "五位一体", "第一责任人", "模范机关",
  ]

  /// Words after a quoted name that make it the name of an activity, a brand or a mechanism:
  /// `“双报到、双服务、双报告”活动`.
  static let namedThings: [(word: String, group: String)] = [
    ("党建服务品牌", "品牌"), ("党建品牌", "品牌"), ("服务品牌", "品牌"), ("品牌", "品牌"), ("工作机制", "机制"),
    ("机制", "机制"), ("专项行动", "活动"), ("主题活动", "活动"), ("活动", "活动"), ("行动", "活动"), ("工程", "活动"),
    ("工作法", "机制"), ("模式", "机制"), ("平台", "名称"), ("讲坛", "名称"), ("论坛", "名称"), ("大讲堂", "名称"),
    ("课堂", "名称"), ("项目", "名称"), ("创建", "活动"), ("志愿服务", "活动"), ("先锋队", "名称"), ("示范岗", "名称"),
  ]

  /// Ends of document names: a title ending so is a document (`…实施方案`).
  static let documentEndings: [String] = [
    "方案", "办法", "意见", "细则", "规定", "制度", "计划", "清单", "责任书", "承诺书", "通知", "规划", "条例", "准则",
    "决定", "要点", "报告", "纲要", "分工", "规则", "守则", "手册",
  ]
}
