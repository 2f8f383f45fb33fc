import Foundation

@testable import TemplateKit

/// An answers file of the small test catalogue's kind 简报 for a unit called `name`.
func unitAnswers(_ name: String, meetings: Int = 12) -> String {
  """
  报告:
    类型: 简报
    日期: 2023-12-25
  年度: 2023
  单位:
    全称: \(name)
    简称: \(name)
  统计:
    党组会: \(meetings)
  活动:
    - {日期: 2023-07-02, 内容: 集中学习}

  """
}
