"""Chinese cues (simplified; the extractor reads the analysis text, so traditional input
matches too). Written from the conventions of Chinese-language diplomatic reporting: VNA
and VOV Chinese services, Xinhua, People's Daily (``A同B举行会谈``, ``A会见B``,
``A对B进行国事访问``, ``由A主持``, ``以视频方式召开``).
"""

from __future__ import annotations

import re

from summitry.extract.patterns import Cues, Trigger


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


# An anaphoric or attributive tail after a trigger: "会谈上", "会见时", "访问期间" refer to a
# meeting already stated; "来访的" is handled by the visit trigger itself.
# 中 marks "during" (会谈中) unless it opens a name (会见中共中央…, 会谈中方…, 会见中国…).
_NOT_AFTER = r"(?![上时]|中(?![共国方华央美俄日韩越老柬印非欧东亚])|期间|结束|的成果|成果|团|室)"

#: One-character visit words (访越, 访美) and the rest of the state name each character
#: opens: 出访越南 is 出访 + 越南, never 访越 + 南 (the verb must not swallow the name).
SHORT_VISIT_NAMES = {
    "华": "",
    "越": "南",
    "俄": "罗斯",
    "老": "挝",
    "柬": "埔寨",
    "美": "国",
    "日": "本",
    "韩": "国",
    "印": "度|尼",
}
_SHORT_VISITS = "|".join(
    f"访{c}(?!{rest})" if rest else f"访{c}" for c, rest in SHORT_VISIT_NAMES.items()
)

TRIGGERS = (
    Trigger(
        _re(r"(?:视频|视讯|线上|在线)(?:通话|会谈|会晤)" + _NOT_AFTER),
        "call",
        "call",
        "before",
        split=True,
        format="virtual",
    ),
    Trigger(
        _re(r"(?:通了?电话|电话会谈|电话交谈|电话会晤|通话)" + _NOT_AFTER),
        "call",
        "call",
        "before",
        split=True,
        format="phone",
    ),
    Trigger(
        _re(
            r"(?:举行了?|进行了?)?(?:双边|正式|小范围|扩大)?(?:会谈|会晤|会面|见面|畅谈|晤谈|面谈)"
            + _NOT_AFTER
        ),
        "talks",
        "talks",
        "before",
    ),
    # "A同B会面时,…": a back-reference by form; the meeting it names when nothing before
    # it states one (structure: first_statement)
    Trigger(
        _re(r"(?:会谈|会晤|会面|见面|通话|通电话)(?=时)"),
        "talks",
        "talks",
        "before",
    ),
    Trigger(
        _re(r"(?<![走])(?:会见|接见|礼节性拜会|拜会|拜访)了?" + _NOT_AFTER),
        "talks",
        "reception",
        "after",
        split=True,
    ),
    Trigger(_re(r"(?:递交|呈递)了?(?:国书|到任国书)"), "talks", "credentials", "before"),
    Trigger(
        _re(
            r"(?<![走])(?:(?:国事|正式友好|正式|工作|友好|官方|国事友好)访问|访问(?!期间|团|时|中(?![国华共方东亚非欧美]))"
            r"|来访|到访|出访(?=[^，。；]{0,20}?[国斯亚本南挝寨度尼])|" + _SHORT_VISITS + ")"
        ),
        "visit",
        "visit",
        "after",
    ),
)

CUES = Cues(
    lang="zh",
    triggers=TRIGGERS,
    meeting_nouns=_re(
        r"(?:(?:领导人|首脑|元首|总理|外长)(?:第[0-9一二三四五六七八九十百]+次)?(?:正式|非正式|定期)?会晤"
        r"|高官会议|高官会|外长会议|外长会|防长会议|防长会|部长级会议|部长会议|领导人会议"
        r"|首脑会议|峰会|高级别会晤|年度会晤|磋商会议|磋商|对话会|公开辩论会|辩论会|公开辩论|大会|系列会议"
        r"|联席会议|例会|论坛|会议|仪式|谈判)"
    ),
    name_stops=_re(
        r"(?:出席|参加|召开|举行|举办|主持|开幕|闭幕|拉开|帷幕|评价|欢迎|同意|表示|强调|指出|通过"
        r"|签署|发表|会见|会谈|期间|之际|包括|其中|即|在|于|以|由|了|将|并|是|为|(?<![应针面相绝])对|向|从|就|等"
        r"|上|称|的|中|有关|启动|筹备|准备|参与|派|率|团|出|进行|成功|首届(?=东盟)|各国|各|该|此|本|这"
        r"|还|也|后|前|时|与会|恢复|推动|支持|落实|贯彻|执行|可能|有望|预计|拟|借|趁|利用|(?<=\d)个|[两三四五六七八九十几多]个)$"
    ),
    not_meetings=_re(
        r"(?:会议室|会议厅|会议中心|全国代表大会|代表大会|党代会|全体会议|常务会议|新闻发布会|记者会"
        r"|招待会|研讨会|座谈会|博览会|展览会|交易会|运动会|音乐会|见面会|推介会|洽谈会|晚会|联欢会"
        r"|庆祝大会|纪念大会|表彰大会|动员大会|誓师大会|股东大会|人民代表大会|政府会议|党委会议"
        r"|签字仪式|签约仪式|欢迎仪式|升旗仪式|揭牌仪式|开工仪式|奠基仪式|颁奖仪式|拴线祝福仪式"
        r"|交换仪式|献花仪式|(?:文件|协议)交换仪式|国宴|宴会)"
    ),
    level_cues=(
        (_re(r"峰会|首脑|领导人|最高级|元首"), "summit"),
        (_re(r"外长|部长|防长|大臣|部长级"), "ministerial"),
        (_re(r"高官|高级官员|副外长|副部长|司局|工作组|SOM"), "senior_officials"),
    ),
    format_cues=(
        (_re(r"线上线下|线上与线下|线上和线下|混合(?:形式|方式)"), "hybrid"),
        (_re(r"视频|视讯|线上|在线|网络会议|云会议|远程|以网络方式"), "virtual"),
        (_re(r"电话|通话"), "phone"),
    ),
    ordinals=(
        _re(r"第([0-9一二三四五六七八九十百零〇两]+)(?:次|届|轮)"),
        _re(r"(首)(?:次|届|轮)"),
    ),
    chair_before=_re(r"(?:共同|联合)?主持(?:了|召开|下|的)?|担任(?:会议)?主席"),
    chair_after=_re(r"东道主"),
    co_chair=_re(r"共同主持|联合主持"),
    attend=_re(r"出席|与会|参加|率团|率领|列席|参会|出会"),
    occasion_after=_re(r"[^，。；]{0,12}?(?:之机|期间|间隙|场边|之际)"),
    attendee_list=_re(
        r"(?:聚集|汇聚|云集|吸引|迎来)[^。；]{0,24}?(?:领导人|领袖|元首|首脑|政要|高官|外长|部长|代表)"
        r"[^。；]{0,8}?(?:包括|其中有|其中包括)|(?:出席|与会)(?:的|者)(?:领导人|领袖|嘉宾)?(?:包括|有)"
    ),
    delegation=_re(r"^(?:高级)?(?:党政)?代表团"),
    anaphora=_re(
        r"(?:该|此次|本次|这次)(?:会议|峰会|辩论会|会谈|会晤)|(?:会议|峰会|辩论会|会谈|会晤)(?:上|中|期间)"
        r"|会上|(?:主持|出席|参加|与会)了?(?:会议|峰会|辩论会)"
        # a bare 会议/峰会 opening its clause as the subject: 会议在阿斯塔纳开幕
        r"|(?<![\u4e00-\u9fff])(?:会议|峰会|会晤)(?=在|于|由|期间|还|并|将|以)"
    ),
    during=_re(r"(?:访问|此访|访越|访老|访华|访俄|访柬|访印)期间|在此期间|此访中|访问中"),
    same_day=_re(r"当天|当日|同日|同一天|同天"),
    recall=_re(
        r"高度评价|欢迎|回顾|曾经?|此前|上次|上届|去年|前不久|不久前|以来|成功举办|成功举行"
        r"|所达成|达成的|落实|纪念|周年"
    ),
    # 支持X国承办…大会: support for a host is for a meeting still to come
    plan_firm=_re(
        r"筹备|准备|同意.{0,6}(?:举行|召开|举办|启动)|尽快|早日"
        r"|支持[^，。；]{0,12}(?:举办|主办|承办|申办)|申办"
    ),
    plan=_re(
        r"(?<![上中少大])将(?:率先|首先|首次|正式|再次|再度|亲自|专程|分别|于近期|择期|在近期)?"
        r"(?:于|在|举行|召开|出席|对|赴|前往|率团|与|同|参加|访问|会见)|即将|拟于|拟|计划"
        r"|定于|筹备|准备|尽快|早日|下届|支持[^，。；]{0,12}(?:举办|主办|承办|申办)|申办"
        r"|下次|明年|邀请.{0,12}(?:访问|出席)"
        # hedged or arranged, not yet held: 可能借…峰会会面, 有望, 预计, 正在协调…访问
        r"|可能|有望|预计|预定|正在协调|正在安排"
        # 会 as a modal after a pronoun or a day (他23日会在…举行会谈); not 会见 (met), not 年会
        r"|(?<=[他她们我日周天])会(?=在|于|与|同|前往|出席|访问|到)"
    ),
    occasion=_re(r"之际|期间|框架内|框架下|场合|间隙|系列峰会|系列会议"),
    separately=_re(r"分别"),
    partner=_re(r"同|与|跟|和|向"),
    conjunction=_re(r"、|和|与|及|以及|同|跟"),
    speech=_re(
        r"强调|表示|指出|认为|说|称|介绍|重申|建议|提议|希望|感谢|祝贺|发表讲话|致辞|通报|分享"
        r"|赞赏|肯定|高度评价|宣布|透露|证实"
    ),
    # first match wins: the deputy titles before the titles they contain
    unnamed_titles=(
        (_re(r"副部长|副外长|高官"), "senior_officials"),
        (_re(r"大使|代办|总领事"), "other"),
        (_re(r"副总理|副首相"), "ministerial"),
        (_re(r"总理|首相|总统|国家主席|总书记|国王"), "summit"),
        (_re(r"外长|部长|大臣"), "ministerial"),
    ),
    both_sides=_re(
        r"两位(?:总理|领导人?|部长|外长|主席|总统|首相|总书记)|两国(?:领导人|总理|外长)"
        r"|双方领导人|二人|两人"
    ),
    invitation=_re(r"应(.{1,90}?)(?:的)?(?:邀请|之邀)"),
    plan_after=_re(
        r"[^，。；]{0,80}?(?<![上中少大])(?:将|即将|拟|定于|计划)[^，。；]{0,30}?"
        r"(?:举行|召开|举办|开幕|启动|进行)"
        r"|[^，。；]{0,8}?(?:明天|明日|下周|下月|下个月|明年)"
        # the eve of a meeting comes before it: 峰会前夕, 会谈前夕
        r"|[^，。；]{0,30}?前夕"
    ),
    teaser=_re(
        r"\s*(?:(?:上一篇|下一篇|相关新闻|相关阅读|延伸阅读|推荐阅读)\s*[:：]?|更多\s*[:：>])"
    ),
    # A mechanism's name followed by what belongs to the mechanism, not to a session of it:
    # 论坛框架, 论坛轮值主席国, 论坛成员, 论坛相关行动计划, 论坛正式运行/成立.
    mechanism_after=_re(r"\s*等?(?:多边|双边|区域)?(?:机制|平台|框架|渠道)"
                        r"|(?:的)?(?:轮值主席|主席国|成员国?|秘书处|秘书长|相关|正式运行|"
                        r"成立|创始|机制化|建设|运行)"
                        # 论坛X方成员国: members of the forum; 论坛——北京行动计划: its document;
                        # 论坛 第七届部长级会议: the series that owns the numbered meeting
                        r"|[\u4e00-\u9fff]方成员"
                        r"|[—－-]{1,2}[^，。；、]{0,16}?(?:行动计划|宣言|声明|纲要|规划|愿景)"
                        r"|\s*第[一二三四五六七八九十百零\d]+[届次]"),
    speech_before=_re(r"(?:说|指出|表示|强调|认为|称)[，,：:]?[^，。；]{0,6}$"),
    cancel=_re(r"(?:宣布|决定|被迫|已经?)?(?:取消|推迟|延期|暂停|叫停)(?:了|举行|召开)?"),
    list_ahead=_re(
        r"了?(?:多位|多名|数位|几位|多国|多个国家的?|一些|部分|众多|各国)[^，。；、]{0,8}?"
        r"(?:领导人|政要|元首|首脑|外长|部长|总理|总统|官员)"
    ),
    pairs_and_all=_re(r"双边(?:和|及|与|、|以及)(?:三边|三方|多边)|(?:三边|三方)(?:和|及|与|、|以及)双边"),
    list_lead=_re(r"[，,\s]*(?:其中包括|其中有|包括|他们(?:包括|是)|分别是)"),
)
