#!/usr/bin/env python3
"""Deterministic generator of sub-units' answers files for the `draft batch` benchmark.

Writes N answers files for the built-in kind 落实主体责任情况报告, one per sub-unit, each a
complete answers file shaped like Examples/corpus-000.yaml (unit, secretary, counts, pairing,
lecture, visit, studies, next steps), with names, numbers and lists varied per unit.

    python3 Benchmarks/batch/gen_units.py -n 1000 -o /tmp/units-1000

The same (n, seed) always yields byte-identical files.
"""
import argparse
import os
import random

DEPTS = [
    ("残疾人联合会", "残联", "残疾人工作", "残疾人事业", "残疾人"),
    ("教育局", "教育局", "教育教学工作", "教育事业", "师生"),
    ("卫生健康委员会", "卫健委", "卫生健康工作", "卫生健康事业", "群众"),
    ("民政局", "民政局", "民政工作", "民政事业", "困难群众"),
    ("退役军人事务局", "退役军人局", "退役军人服务工作", "退役军人事业", "退役军人"),
    ("人力资源和社会保障局", "人社局", "人社工作", "人社事业", "劳动者"),
]
BRANCHES = ["机关第一党支部", "机关第二党支部", "综合科党支部", "服务中心党支部",
            "离退休干部党支部", "执法大队党支部", "信息中心党支部", "办公室党支部"]
DISTRICTS = ["临江区", "青山区", "东湖区", "云阳县", "宁远县", "长乐区", "清河县", "白沙区"]
SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭")
GIVEN = ["建国", "晓明", "丽华", "志强", "海燕", "文博", "秀英", "国庆", "红梅", "立新",
         "春生", "雪梅", "振华", "玉兰", "德胜", "思远", "静怡", "宏伟"]
TITLES = [("党支部书记", "书记"), ("党支部书记、副局长", "局长"), ("党支部书记、科长", "科长"),
          ("党支部书记、主任", "主任")]
FESTIVALS = ["助残日", "爱眼日", "爱耳日", "重阳节", "学雷锋纪念日", "国际志愿者日"]
STUDIES = ["党章党规准则条例", "党纪学习教育读书班材料", "习近平总书记重要讲话精神",
           "《习近平谈治国理政》第四卷", "中国共产党纪律处分条例"]
RISKS = ["资金审核发放", "项目招标采购", "行政审批", "评先评优", "物资采购"]
MEASURES = ["切实增强责任意识", "加强党建制度建设", "切实强化理论武装",
            "突出政治统领，做到“两个维护”", "持续正风肃纪，涵养政治生态"]


def unit(i, rng):
    district = DISTRICTS[i % len(DISTRICTS)]
    full, short, work, cause, _ = DEPTS[(i // len(DISTRICTS)) % len(DEPTS)]
    branch = BRANCHES[(i // (len(DISTRICTS) * len(DEPTS))) % len(BRANCHES)]
    serial = i // (len(DISTRICTS) * len(DEPTS) * len(BRANCHES))
    suffix = "东西南北中"[serial % 5] + "片" if serial else ""
    name = SURNAMES[rng.randrange(len(SURNAMES))] + GIVEN[rng.randrange(len(GIVEN))]
    title, call = TITLES[rng.randrange(len(TITLES))]
    month, day = rng.randint(5, 11), rng.randint(1, 28)
    lines = [
        f"# 生成的第 {i + 1} 个单位（Benchmarks/batch/gen_units.py）",
        "报告:",
        "  类型: 落实主体责任情况报告",
        "  日期: 2024-12-25",
        "年度: 2024",
        "单位:",
        f"  全称: {district}{suffix}{full}{branch}",
        f"  简称: {district}{suffix}{short}{branch.replace('党支部', '')}",
        f"  党组织: {district}{suffix}{short}{branch}",
        "  自称: 我支部",
        f"上级: [{district}委, {district}{short}党组]",
        "书记:",
        f"  姓名: {name}",
        f"  职务: {title}",
        f"  称呼: {name[0]}{call}",
        "业务:",
        f"  工作: {work}",
        f"  事业: {cause}",
        f"  节日: [{', '.join(rng.sample(FESTIVALS, 2))}]",
        "统计:",
        f"  党建专题会议: {rng.randint(2, 8)}",
        f"  谈心谈话: {rng.randint(10, 60)}",
        f"  党员大会: {rng.randint(4, 8)}",
        f"  支委会: {rng.randint(12, 16)}",
        f"  党小组会: {rng.randint(8, 24)}",
        f"  党课: {rng.randint(4, 8)}",
        f"  主题党日: {rng.randint(12, 14)}",
        f"  集中学习: {rng.randint(12, 30)}",
        f"  专题研讨: {rng.randint(3, 10)}",
        f"  警示教育: {rng.randint(2, 6)}",
        f"  廉政谈话: {rng.randint(10, 40)}",
        "结对共建:",
        f"  日期: 2024-{month:02d}-{day:02d}",
        f"  单位: {district}红星村",
        "  党组织: 红星村党支部",
        "  活动: 主题党建月活动",
        "党课:",
        "  题目: 锤炼坚强党性彰显担当作为",
        "  要点: 党性的概念、为什么要加强党性修养、如何加强党性修养三个方面进行讲解",
        "走访慰问:",
        f"  日期: 2024-{month:02d}-{day:02d}",
        f"  地点: {district}幸福社区",
        "  活动: “双报到、双服务、双报告”活动",
        f"  户数: {rng.randint(2, 20)}",
        "  物品: 米面油等生活用品",
        "党务公开: true",
        "学习:",
        f"  其他内容: [{', '.join(rng.sample(STUDIES, 2))}]",
        "廉政:",
        f"  重点工作: [{', '.join(rng.sample(RISKS, 2))}]",
        "下一步:",
        "  开头: 创新思路",
        "  措施:",
    ] + [f"    - {m}" for m in rng.sample(MEASURES, 3)]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=1000, help="number of units")
    parser.add_argument("-o", required=True, help="folder to write the answers files into")
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.o, exist_ok=True)
    for i in range(args.n):
        path = os.path.join(args.o, f"单位{i + 1:05d}.yaml")
        with open(path, "w", encoding="utf-8") as out:
            out.write(unit(i, rng))


if __name__ == "__main__":
    main()
