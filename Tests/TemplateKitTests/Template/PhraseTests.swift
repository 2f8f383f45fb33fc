import Testing

@testable import TemplateKit

@Suite("Phrase banks: stock items picked by name, reworded or added to")
struct PhraseTests {
  let template = """
    下一步，我们将继续努力。

    {% bank 措施库 %}
    {% item "增强责任意识" %}继续履行{{ 职责 }}的职责。
    {% item "加强制度建设" %}继续完善各项制度。
    {% item "强化理论武装" %}深入开展理论学习。
    {% endbank %}
    {% phrases 下一步.措施 from 措施库 as m %}
    {% section m.标题 runin %}{% phrase %}{% endsection %}
    {% endphrases %}
    """

  @Test func withoutAChoiceEveryStockItemInOrder() throws {
    #expect(
      try render("{% section \"下一步\" %}\(template){% endsection %}", ["职责": "第一责任人"])
        == """
        一、下一步
        下一步，我们将继续努力。
        （一）增强责任意识。继续履行第一责任人的职责。
        （二）加强制度建设。继续完善各项制度。
        （三）强化理论武装。深入开展理论学习。

        """)
  }

  /// An item with a title only, which names no stock item, is the user's own: its title
  /// stands as its heading, even with no text under it.
  @Test func theAnswersPickRewordAndAddInTheirOwnOrder() throws {
    let data: Value = [
      "下一步": [
        "措施": [
          "强化理论武装",
          ["标题": "增强责任意识", "内容": "改写后的内容。"],
          ["标题": "服务中心大局", "内容": "自己写的内容。"],
          "只有标题、没有内容的一条",
        ]
      ]
    ]
    #expect(
      try render(template, data)
        == """
        下一步，我们将继续努力。
        一、强化理论武装。深入开展理论学习。
        二、增强责任意识。改写后的内容。
        三、服务中心大局。自己写的内容。
        四、只有标题、没有内容的一条。

        """)
  }

  /// An entry may name a stock item by the part of its name before the first comma, or by a
  /// beginning no other item shares; the item then shows under its full name.
  @Test func anEntryFindsItsStockItemByItsHeadOrABeginning() throws {
    let bank = """
      {% bank 措施库 %}
      {% item "持续正风肃纪，涵养政治生态" %}紧盯重点领域。
      {% item "加强组织领导，推动责任落实" %}认真履行职责。
      {% item "加强制度建设" %}完善各项制度。
      {% endbank %}
      {% phrases 下一步.措施 from 措施库 as m %}{% section m.标题 runin %}{% phrase %}{% endsection %}{% endphrases %}
      """
    let data: Value = ["下一步": ["措施": ["持续正风肃纪", "加强组织", "加强"]]]
    #expect(
      try render(bank, data)
        == """
        一、持续正风肃纪，涵养政治生态。紧盯重点领域。
        二、加强组织领导，推动责任落实。认真履行职责。
        三、加强。

        """)
    #expect(PhraseMatching.stockName(for: "加强", among: ["加强组织领导", "加强制度建设"]) == nil)
  }

  @Test func stockItemsAsPointsInOneParagraph() throws {
    let text = try render(
      """
      {% bank 问题库 %}
      {% item "重视不够" %}与业务工作相比投入不够。
      {% item "融合不够" %}抓手不多。
      {% endbank %}
      {% points %}{% phrases 问题 from 问题库 as m %}{% point %}{{ m.标题 }}。{% phrase %}{% endphrases %}{% endpoints %}
      """, ["问题": ["融合不够", "学习不深"]])
    #expect(text == "一是融合不够。抓手不多。二是学习不深。\n")
  }

  @Test func theTemplateTellsItsBanks() throws {
    let parsed = try parse(template)
    #expect(
      parsed.phraseBanks
        == [PhraseBank(selection: "下一步.措施", names: ["增强责任意识", "加强制度建设", "强化理论武装"])])
  }

  @Test func aPhraseOutsideALayout() {
    let error = diagnostic { _ = try render("甲{% phrase %}") }
    #expect(error?.message == "“{% phrase %}”要写在“{% phrases %}”之内")
  }

  @Test func anUnknownBank() {
    let error = diagnostic { _ = try render("{% phrases x from 无 as m %}{% endphrases %}") }
    #expect(error?.message == "没有名为“无”的措辞库")
    #expect(error?.location?.column == 19)
  }

  @Test func duplicateItems() {
    let error = diagnostic {
      _ = try render("{% bank 库 %}{% item \"甲\" %}1{% item \"甲\" %}2{% endbank %}")
    }
    #expect(error?.message == "措辞“甲”重复了")
  }
}
