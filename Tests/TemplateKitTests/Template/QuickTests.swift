import TemplateKit
import Testing

@Test func smoke() throws {
  let out = try render(
    """
    {% title %}{{ 单位.简称 }}报告{% endtitle %}
    今年召开党组会{{ 统计.党组会 }}次。
    {% points %}
    {% point %}第一件事{? ，共{{ 统计.缺 }}次?}。
    {% point if false %}不要
    {% point %}{? {{ 缺 }} ?}
    {% point %}第三件事。
    {% endpoints %}

    {% section "加强党建" runin %}
    内容{{ 缺失 }}。
    {% endsection %}
    {% signature %}
    {{ 单位.简称 }}
    2023年12月25日
    {% endsignature %}
    """, ["单位": ["简称": "区残联"], "统计": ["党组会": 12]])
  print(out)
  #expect(out.contains("一是第一件事。二是第三件事。"))
}
