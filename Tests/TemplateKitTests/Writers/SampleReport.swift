import TemplateKit

/// A report with every kind of block the writers handle: title, addressee, headings of all
/// four levels, run-in headings, gaps, signature. Long enough to fill three pages.
enum SampleReport {
  static let title = "XX区残联落实管党治党政治责任情况报告"

  static let partyMeetings = Gap(field: "统计.党组会", label: "党组会次数")
  static let signer = "中共XX区残联党组"
  static let date = "2023年12月25日"

  static let opening =
    "2023年，在市委、区委的正确领导下，XX区残联党组以学习贯彻习近平新时代中国特色社会主义思想为指导，"
    + "深入贯彻落实党的二十大精神，坚决落实党要管党、从严治党主体责任，加强政治建设，严格纪律规矩，"
    + "强化党内监督，推动全面从严治党不断走向深入。现将XX区残联落实管党治党政治责任情况报告如下："

  static let responsibility =
    "一是XX区残联始终牢牢牵住主体责任这个“牛鼻子”，层层压实责任，为进一步强化党组书记抓党建工作的"
    + "主责主业意识，切实加强对党建工作的领导，推动全面从严治党向纵深发展，XX区残联党组书记、理事长"
    + "XXX始终坚持把党建工作摆在履行职责的首要位置，做好示范带头，认真履行党建工作第一责任人职责，"
    + "坚持把党建工作与残联业务工作同研究、同部署、同落实，定期召开党建工作专题会议，围绕党的组织生活"
    + "制度和党员教育管理制度等党建工作开展阶段性部署和总结。二是领导班子成员严格落实“一岗双责”制度，"
    + "扎实落实党风廉政建设责任制，重视党员发展的审核和学习培训，注重与党员干部的谈心谈话，大力开展"
    + "廉政风险点自查，教育党员干部践行廉洁自律，积极营造了风正、气顺、劲足的良好工作氛围。"

  static var document: Document {
    Document(blocks: [
      .title(Title(text: [.text(InlineText(title))])),
      .paragraph(Paragraph(style: .flush, content: [.text("中共XX区委：")])),
      .paragraph(Paragraph(content: [.text(InlineText(opening))])),
      .heading(Heading(level: 1, number: "一、", text: [.text("落实全面从严管党治党主体责任")])),
      .paragraph(
        Paragraph(content: [
          .text("全年召开党组会"), .gap(partyMeetings), .text("次，专题研究党建工作。"),
        ])),
      .paragraph(Paragraph(content: [.text(InlineText(responsibility))])),
      .heading(Heading(level: 2, number: "（一）", text: [.text("压实领导责任")])),
      .heading(Heading(level: 3, number: "1.", text: [.text("书记带头")])),
      .paragraph(Paragraph(content: [.text(InlineText(responsibility))])),
      .heading(Heading(level: 4, number: "（1）", text: [.text("班子成员履行“一岗双责”")])),
      .paragraph(Paragraph(content: [.text(InlineText(responsibility))])),
      .heading(Heading(level: 1, number: "二、", text: [.text("规范党内政治生活")])),
      .paragraph(Paragraph(content: [.text(InlineText(responsibility))])),
      .paragraph(Paragraph(content: [.text(InlineText(opening))])),
      .heading(Heading(level: 1, number: "三、", text: [.text("下一步工作思路")])),
      .paragraph(
        Paragraph(content: [
          .text("下一步，我们将继续以学习常态化、制度化教育为依托，不断创新思路，强化措施，狠抓落实。")
        ])),
      .paragraph(
        Paragraph(
          runIn: Heading(level: 2, number: "（一）", text: [.text("切实增强责任意识。")]),
          content: [
            .text("继续认真履行党建第一责任人的职责，带头严守党纪党规，切实加强党建工作，做到用制度管人、"),
            .text("按制度办事，抓好班子、带好队伍、管好干部。"),
          ])),
      .paragraph(
        Paragraph(
          runIn: Heading(level: 2, number: "（二）", text: [.text("加强党建制度建设。")]),
          content: [
            .text("继续完善组织生活、主题党日等各项制度，全年开展主题党日"),
            .gap(Gap(field: "统计.主题党日", label: "主题党日次数")),
            .text("次，真正做到制度健全、运行规范。"),
          ])),
      .signature(Signature(lines: [[.text(InlineText(signer))]], date: [.text(InlineText(date))])),
    ])
  }
}
