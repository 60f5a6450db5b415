"""Chinese commitment cues (simplified; the analysis text folds traditional script)."""

from __future__ import annotations

from summitry.extract.commitments.cues import CommitmentCues, StatusCue

S = StatusCue

HEADS: tuple[tuple[str, str], ...] = (
    ("行动计划", "plan_of_action"),
    ("行动纲领", "plan_of_action"), ("计划", "plan_of_action"), ("规划", "plan_of_action"),
    ("纲要", "plan_of_action"), ("蓝图", "plan_of_action"), ("路线图", "plan_of_action"),
    ("谅解备忘录", "mou"), ("备忘录", "mou"),
    ("联合声明", "joint_statement"), ("联合公报", "joint_statement"),
    ("新闻公报", "joint_statement"), ("公报", "joint_statement"),
    ("愿景声明", "declaration"), ("宣言", "declaration"), ("声明", "declaration"),
    ("协定", "agreement"), ("协议", "agreement"), ("议定书", "agreement"),
    ("自由贸易区", "agreement"),
    ("条约", "treaty"), ("公约", "treaty"), ("宪章", "treaty"),
    ("对话机制", "mechanism"), ("磋商机制", "mechanism"), ("机制", "mechanism"),
    ("对话", "mechanism"), ("委员会", "mechanism"), ("工作组", "mechanism"),
    ("小组", "mechanism"), ("合作平台", "mechanism"), ("热线", "mechanism"),
    ("机构", "mechanism"),
    ("基金会", "fund"), ("基金", "fund"),
    ("框架", "framework"), ("架构", "framework"), ("发展战略", "framework"),
    ("倡议", "initiative"), ("举措", "initiative"), ("工程", "initiative"),
    ("构想", "initiative"), ("经济带", "initiative"), ("发展带", "initiative"),
    ("经济走廊", "initiative"),
    ("议程", "initiative"), ("友好年", "initiative"), ("伙伴年", "initiative"),
    ("交流年", "initiative"), ("合作年", "initiative"), ("团结年", "initiative"),
    ("成果文件", "other"), ("成果清单", "other"), ("清单", "other"), ("决议", "other"),
    ("共识", "other"), ("成果", "other"), ("愿景", "other"), ("行为准则", "other"),
    ("准则", "other"), ("立场文件", "other"), ("伙伴关系", "other"), ("合作文件", "other"),
)

#: Verbs before a name. ``通过`` is also "through", so it needs an object right after it.
BEFORE = (
    S(r"签署|签订|签约|缔结|草签|见证签署|交换", "signed", "sign"),
    S(r"通过了?(?=《|“)|审议通过|批准|发表|发布|共同发表|宣布", "adopted", "adopt"),
    S(r"回顾|总结|评估|盘点|评价", "reviewed", "review"),
    S(r"草拟|起草|制定|拟定|编制|编撰|谈判|磋商|商签", "drafting", "agree"),
    S(r"成立|设立|设有|建立|启动|开通|创建|组建|发起|推出|建成", "launched", "launch"),
    S(r"落实|执行|实施|推进|贯彻|践行|共建|办好|用好|打造|建设", "implemented", "agree"),
    S(r"考虑|研究|探讨|探索|研讨|讨论", "considered", "agree"),
    S(r"提议|建议|倡议|提出|倡导", "proposed", "propose"),
    S(r"同意|商定|达成|决定|一致认为", "agreed", "agree"),
)

AFTER = (
    S(r"^的?(?:正式)?(?:成立|设立|建立|启动|开通)|^[^，。；]{0,8}(?:基本)?(?:成型|建成)"
      r"|^[》”]?是由[^，。；]{1,30}(?:发起|创立|设立)", "launched", "launch"),
    S(r"^[》”]?是由[^，。；]{1,30}(?:提出|倡议)", "proposed", "propose"),
    S(r"^的?签署|^签署|^的?(?:交换|签字|签约)仪式", "signed", "sign"),
    S(r"^的?(?:取得的)?(?:成效|成果|执行情况|落实情况|实施情况|进展)", "reviewed", "review"),
    S(r"^的?(?:谈判|磋商|编撰|制定|起草)", "drafting", "agree"),
    S(r"^(?:正式)?(?:生效)", "in_force", "other"),
    S(r"^(?:正式)?(?:闭幕|到期|结束)", "expired", "other"),
    S(r"^(?:走深走实|落到实处|得到落实|全面落地|顺利实施|稳步推进|[^，。；]{0,4}(?:落实|实施))",
      "implemented", "agree"),
)

MODALS = (
    S(r"考虑|研究|研讨", "considered", "agree"),
    # To explore setting something up is to put it forward (``探讨建立…平台``).
    S(r"提议|建议|倡议|主张|探讨|探索", "proposed", "propose"),
    S(r"同意|商定|决定|一致认为|达成一致", "agreed", "agree"),
)

STANCES = (
    S(r"欢迎", "", "welcome"), S(r"支持", "", "support"), S(r"反对", "", "oppose"),
    S(r"赞赏|高度评价|积极评价|给予好评", "", "praise"), S(r"关切|担忧|关注", "", "concern"),
    S(r"呼吁|敦促", "", "call_for"), S(r"承诺|保证|愿意|愿", "", "pledge"),
)

#: A name does not extend left over these (function words, verbs that govern it).
BOUNDARIES = frozenset(
    "对 就 与 同 和 及 以及 并 在 将 把 以 为 是 于 由 向 从 据 按照 根据 包括 如 了 已 已经 "
    "正在 还 也 都 均 共同 一致 积极 尽快 尽早 进一步 继续 推动 加强 深化 支持 欢迎 通过 "
    "签署 签订 签约 缔结 草签 交换 批准 发表 发布 宣布 回顾 总结 评估 盘点 评价 草拟 起草 "
    "制定 拟定 编制 编撰 谈判 磋商 商签 讨论 成立 设立 建立 启动 开通 创建 组建 发起 推出 建成 "
    "落实 执行 实施 推进 贯彻 践行 共建 办好 用好 考虑 研究 探讨 探索 研讨 提议 建议 倡议 提出 "
    "倡导 同意 商定 达成 决定 认为 出席 见证 围绕 有关 各项 各自 其中 即 "
    "重申 强调 表示 指出 希望 愿 愿意 期待 致力 致力于 努力 要 应 应当 需要 打造 构建 助力 "
    "帮助 完成 参与 参加 加入 召开 举行 取得 进行 开展 "
    "包括 涉及 就是 这 这一 该 此 其 本 今年 去年 明年 以来 期间 方面 落实好 办好 用好 通报 "
    "巩固 引领 主导 直属 汇聚 谋划 成为 作为 视 属于 形成".split()
)

ZH = CommitmentCues(
    lang="zh",
    heads=HEADS,
    bare_heads=frozenset({"联合声明", "联合公报", "新闻公报", "宣言", "成果文件", "合作文件"}),
    needs_verb=frozenset({"机制", "对话", "委员会", "工作组", "小组", "机构", "伙伴关系", "成果",
                          "共识", "框架", "架构", "发展战略", "平台", "合作平台", "议程", "举措",
                          "对话机制", "磋商机制", "决议", "声明", "计划", "规划", "蓝图",
                          "协议", "协定", "准则", "愿景", "构想", "经济带", "发展带",
                          "经济走廊", "自由贸易区"}),
    before=BEFORE,
    after=AFTER,
    modals=MODALS,
    future=r"将|即将|将要|预计|有望|届时|下一步",
    stances=STANCES,
    both_sides=r"双方|两国|两党|各方|各国|与会各方|与会国|成员国|领导人|外长们|部长们|各位部长|六方|三方|四方|五方",
    generic=r"^(?:[的了]|取得的|达成的|提出的|重要|广泛|许多|多项|一系列|系列|新的?|有关|相关|各项|现有|合作|双边|多边|"
            r"这一?|该|此|有关|一些|部分|具体|主要|全面|务实|积极|良好|丰硕|诸多|更多|重大|伟大|全球|"
            r"有效|宏伟|历史性|里程碑式|"
            r"两国|双方|各方|共同|对话|交流|沟通|协调|[一二三四五六七八九十两几多\d]+[项个份点])*$",
    boundaries=BOUNDARIES,
    not_names=r"论坛$|峰会$|会议$|会晤$|联合国宪章|海洋法公约|组织$",
    relations=frozenset({"伙伴关系"}),
    principles=r"(?:根据|按照|依据|依照|遵循|遵守|基于|恪守|符合)[《“]?$",
    bundle=r"^(?:[\d一二三四五六七八九十两几多]+[项个份])$",
    examples=r"[等]\s*$",
    meeting_before=r"第[一二三四五六七八九十百\d]+[次届轮]$",
    meeting_ordinal=r"第[一二三四五六七八九十百\d]+[次届轮]",
    meeting_after=r"^(?:第[一二三四五六七八九十百\d]+[次届轮])?(?:会议|会晤|例会|全体会议|年会|部长级会)",
    listing=r"(?:包括|如|例如|分别是|即)[：:，,]?\s*$",
    coordination=r"[》”]?\s*(?:、|和|及|以及|与|并)[^，。；、]{0,4}?[《“]?",
    recalled=r"^[^，。；]{0,3}?(?:[\d一二三四五六七八九十]+周年|以来|[\d一二三四五六七八九十]+年来)",
    drafts=r"^[》”]?(?:(?:[、和及]《[^》]{1,60}》)*(?:两份|三份|等|等多份|多份)?[^，。；]{0,6}草案"
           r"|的?(?:谈判|磋商|商签))",
    programmes=((r"共建(“[^”]{2,12}”)(?![^，。；]{0,2}倡议)", "initiative", "implemented",
                 "agree"),),
    # Words that hold a single-character boundary (对, 和, 要, 本...) inside them.
    glue=frozenset("对接 对话 对外 和平 和谐 同盟 同步 在线 为期 向好 及时 并购 与会 将近 以上 "
                   "由于 是否 重要 主要 需要 必要 日本 基本 资本 根本 文本 成本 尤其 因此 相应 "
                   "供应 适应 例如 比如 参与 共和 行为 作为 自由 面向 方向 导向 数据 可以 所以 "
                   "予以 属于 对于 关于 基于 为了 除了 首都 平均 针对 反对 相对 应对 合同 协同 "
                   "认同 不同 合并 现在 存在 所在 实在 同期 同年".split()),
)
