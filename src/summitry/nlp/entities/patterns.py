"""Rule data for recognising names the knowledge base lacks.

Kept apart from the code that applies it (``appositions.py``): the surname list, the
characters that end a name, the characters of transliterated foreign names, and the words
that make a single-character state abbreviation (越, 俄) a reference to a state.
"""

from __future__ import annotations

#: Surnames that open Chinese names and Vietnamese names written in Chinese characters
#: (VNA's Chinese service writes Nguyễn as 阮, Trần as 陈, Bùi as 裴, ...).
SURNAMES = set(
    "阮陈黎范黄潘武裴邓杜胡吴杨李张苏梁王丁郑林何段陶高冯谢刘赵孙周徐朱马胡郭罗宋"
    "韩唐曹许邓萧曾程蔡彭吕卢蒋魏贾叶田钟汪任姜石谭廖邹熊金陆孔白崔康毛邱秦江史顾侯"
    "邵孟龙万段雷钱汤尹易常武乔贺赖龚文庞樊兰殷施洪翟安颜倪严牛温芦季俞章鲁葛伍韦申"
    "尤毕聂焦向柳邢骆岳齐沈梅莫庄辛管祝左涂谷祁时舒耿牟卜詹关苗凌费纪靳盛童欧甄项曲"
    "成游阳裘仲欧阳司马上官诸葛欧阳夏侯阮氏农"
)

#: Characters after which a Chinese name cannot continue (checked from the third character
#: on, since a name has at least two): function words, verbs of reporting and meeting,
#: ranks and honorifics.
NAME_STOP = set(
    "在于和与同及以对向为将也还就等表强指说会出率的、，,。(（)）;；:：上中少大先女阁总主副部外"
    "分一两已曾今日月年应并时称认希高代致访抵进举共等同志阁下夫人院长书记席理长官使参"
    "介绍谈见宴了是有得到过来去要能可所被把从自由均都亦又再即便则而但且与并邀请宣"
)

#: Two-character words that follow titles but are not names (总理高度评价, 高官关于).
NOT_NAMES = {"高度", "一致", "关于", "表示", "指出", "强调", "出席", "会见", "同意", "希望",
             "感谢", "认为", "重申", "欢迎", "祝贺", "提议", "建议", "宣布", "主持", "率领",
             "参加", "访问", "会谈", "举行", "发表", "签署", "以及", "等人", "一行", "期间",
             "万象", "金边", "河内", "北京", "曼谷", "雅加达", "东京", "首尔", "莫斯科", "华盛顿",
             "新任", "前任", "现任", "常务", "高级", "特别", "文莱", "马来", "泰国", "老挝", "越南"}

#: Characters of transliterated foreign names (Xinhua-style transliteration). A dotted
#: name (伊戈尔·莫尔古洛夫) ends where these stop, so "拉夫罗夫出席" yields 拉夫罗夫.
TRANSLIT = set(
    "阿埃艾爱安昂奥巴拔白班邦包保鲍贝本比彼毕边宾波伯博布查达戴丹道德迪蒂丁东杜敦多厄恩"
    "尔法范菲费芬丰冯佛弗福富盖甘冈戈格葛根古瓜哈海汉豪赫亨洪侯胡华霍基吉加贾简杰金卡"
    "凯坎康柯科克肯库夸奎拉莱赖兰朗劳勒雷蕾累黎里理丽利莉连廉列林琳领留柳龙卢鲁路伦罗洛"
    "吕马迈麦曼梅门蒙米敏明莫姆穆纳娜乃南内尼妮努诺欧帕潘庞佩彭皮平珀普奇齐契恰乔切钦琼"
    "热茹瑞若萨塞赛桑瑟森沙莎尚舍申施什史舒斯松苏索塔泰坦汤唐特提廷通图托瓦万旺威维韦温"
    "文沃乌伍西希锡夏谢辛休修许雅亚扬耶伊易因英尤约扎泽詹兹佐祖琪娅丝芙黛瑟蒂妮蕾"
    "奈涅聂宁纽沙夫克尔哥贡拿乌莎玛露琼凡甘素坤颂猜蓬昆诗乍颂蓬帕拉姆萨万赛宋通伦本扬"
    "别考嘎义"
)

#: Words after which a run of single-character state abbreviations (越老, 中越, 俄)
#: refers to the states: relations, pairs of countries, titles.
ABBREV_FOLLOWERS = (
    "关系", "两国", "三国", "两党", "友好", "友谊", "合作", "双边", "建交", "边境", "贸易",
    "联合", "企业", "协会", "特殊", "传统", "全面", "战略", "伙伴", "团结", "经贸", "投资",
    "外交", "议会", "政府", "人民", "军队", "国防", "安全", "对话", "磋商", "峰会",
    "总统", "总理", "外长", "副外长", "防长", "首相", "国家主席", "主席", "驻", "大使",
    "外交部", "国防部", "领导人", "政府间", "友协", "双方", "三方", "四方", "各方", "命运共同体",
)

#: Characters that, right before 日 or 月, make it part of a date (十六日, 16日, 今日).
DATE_CHARS = set("〇一二三四五六七八九十廿卅今昨明翌次当同本每周")

#: Honorifics that precede a name in English news and are not part of it.
EN_HONORIFICS = ("Samdech Techo", "Samdech", "Dato' Seri", "Datuk Seri", "Dato Seri", "Tan Sri",
                 "Datuk", "Dato'", "Dr.", "Dr", "Mr.", "Mr", "Mrs.", "Ms.", "Madam", "H.E.",
                 "General", "Gen.", "Senior Lieutenant General", "Lieutenant General", "Colonel")

#: Lower-case words allowed inside English personal names.
EN_NAME_PARTICLES = {"del", "de", "la", "van", "von", "bin", "binti", "da", "dos", "di", "al", "el",
                     "der", "den", "ter", "du", "le", "ibn", "abu", "ben", "bint", "das"}

#: Endings of titles that stand right before a name (``总理宋赛·西潘敦``): a transliterated
#: name never extends back over them. The title lexicon adds its own forms.
TITLE_ENDINGS = ("总理", "主席", "部长", "外长", "防长", "总统", "首相", "书记", "大使", "国王",
                 "议长", "委员", "司长", "秘书长", "副总理", "元帅", "将军", "上将", "夫人", "先生",
                 "女士", "阁下", "苏丹", "亲王", "王储", "代表", "官员", "特使", "总督",
                 "太后", "王后", "王太后", "公主", "王子")

#: Surfaces that contain a state's name but are not the state (oceans, regions, peoples'
#: languages): matched like names so that they win as the longest match, and dropped.
NOT_ACTORS = ("印度洋", "印度-太平洋", "印度—太平洋", "印太", "太平洋", "大西洋", "北冰洋",
              "南海", "东海", "朝鲜半岛", "中东", "北非", "东南亚", "东亚", "南亚", "中亚",
              "西亚", "东北亚", "亚太", "亚洲", "欧洲", "非洲", "美洲", "拉美", "中国共产党",
              "Indian Ocean", "Indo-Pacific", "Pacific Ocean", "East Sea", "South China Sea",
              "Korean Peninsula", "Middle East", "Southeast Asia", "East Asia", "Asia-Pacific",
              "Latin America", "Chinese New Year",
              # Words a state's name sits inside: the Taiwan Strait (台海地区 is not Haiti),
              # coastal and sea areas, a clock (香港时间 is not Hong Kong taking part).
              "台海", "台湾海峡", "海地区", "海地带", "香港时间", "澳门时间", "北京时间",
              "Hong Kong time",
              # 发展中国家 (developing countries) holds 中国; seas, gulfs and bays named after
              # a state are places, not the state.
              "发展中国家", "印度太平洋", "孟加拉湾", "泰国湾", "暹罗湾", "阿曼湾", "几内亚湾",
              "墨西哥湾", "日本海", "菲律宾海", "阿拉伯海", "Bay of Bengal", "Gulf of Thailand",
              "Gulf of Oman", "Gulf of Guinea", "Gulf of Mexico", "Sea of Japan",
              "Philippine Sea", "Arabian Sea",
              # national offices named after a territory they deal with
              "港澳办", "港澳事务办公室", "国台办", "台湾事务办公室", "台办",
              "Taiwan Affairs Office")

#: Surfaces that name a state only before one of these words. 中非 is China–Africa
#: (中非合作, 中非关系, 中非合作论坛) far more often than the Central African Republic,
#: which news names in full or with a title or side right after it.
STATE_NEEDS_FOLLOWER: dict[str, tuple[str, ...]] = {
    "中非": ("共和国", "总统", "总理", "政府", "外长", "外交部", "首都", "方面", "国民议会",
             "过渡", "局势", "维和"),
}

#: Continents and regions written as one character beside a state's abbreviation (中非,
#: 中欧, 中拉, 中阿): the state's abbreviation still counts, the region is no state.
#: 欧 beside a state's abbreviation is the European Union (中欧关系, 中法欧三方会晤).
REGION_ABBREVIATIONS: dict[str, str | None] = {"非": None, "欧": "org:EU", "拉": None}

#: Words that never stand in an English personal name ("Ministry of Foreign Affairs").
EN_NOT_NAME_WORDS = {"ministry", "minister", "president", "republic", "embassy", "university",
                     "bank", "department", "council", "committee", "government", "assembly",
                     "party", "people", "state", "kingdom", "association", "union", "office",
                     "the", "ambassador", "ambassadors", "secretary", "general", "court",
                     "institute", "agency", "foreign", "affairs", "national", "people's",
                     "commissioner", "representative", "permanent", "high", "press", "trust",
                     "summit", "summits", "related", "counter", "terrorism", "humanitarian",
                     "assistance", "time", "news", "service", "forum", "dialogue", "meeting",
                     "conference", "cooperation", "security", "declaration", "statement"}

#: Where a statistical model pays (``model.WindowPicker``): words after which (first) or
#: before which (second) news puts a name. Titles from the title lexicon are added to the
#: first list. A clause is read by the model only when such a place is not already
#: explained by the gazetteer or the appositions.
MODEL_CUES_ZH: tuple[tuple[str, ...], tuple[str, ...]] = (
    ("会见", "会晤", "接见", "致电", "致函", "陪同", "发言人", "特使", "顾问",
     "秘书长", "主席", "大使", "总统", "总理", "国王", "首相", "外长", "部长", "议长"),
    ("表示", "指出", "强调", "说", "会见", "会晤", "会谈", "通电话", "举行", "出席", "访问",
     "访华", "抵达", "称", "认为", "介绍", "发言", "主持", "率团", "一行", "先生", "女士",
     "总统", "阁下"),
)
MODEL_CUES_EN: tuple[tuple[str, ...], tuple[str, ...]] = (
    ("met", "met with", "meets", "meeting with", "talks with", "call with", "spokesperson",
     "spokesman", "spokeswoman", "adviser", "advisor", "envoy", "ambassador", "Ambassador",
     "counterpart", "said", "told", "by", "and", "with", "President", "Minister", "Prime"),
    ("said", "says", "told", "met", "held", "visited", "arrived", "stressed", "noted",
     "added", "welcomed", "thanked", "attended", "chaired", "hosted", "of"),
)
#: A model window is one clause: it ends at these.
MODEL_WINDOW_BREAKS_ZH = r"[。！？；，\n]"
MODEL_WINDOW_BREAKS_EN = r"(?<=[.!?;])\s+|\n"

#: Function characters a model may glue to a Chinese name's edges (同拉马福萨, 拜登和).
MODEL_EDGE_CHARS = set("同与和及跟向对在将等")
#: Characters that join the parts of a transliterated name (伊戈尔·莫尔古洛夫, and the dash
#: Chinese writes between Spanish double surnames).
NAME_JOINERS = set("·—－-")
#: Characters of sides (阿方, 美方): with state abbreviations, never a whole name.
SIDE_CHARS = set("方双")
#: Model labels of words that a name never overlaps: LAC's verbs, adverbs, function words,
#: numbers and times (a rule's 主席成功 is 成功/ad, 首相时隔 is 时隔/v).
MODEL_NOT_NAME_LABELS = frozenset(
    "word:" + t for t in ("v", "vd", "ad", "d", "p", "c", "u", "xc", "m", "q", "r", "f",
                          "w", "t", "TIME", "a"))

#: Characters right before a Chinese name a model found that make it a place (在X会见,
#: 抵达X): models often tag unfamiliar cities as persons.
MODEL_PLACE_BEFORE = set("在于抵赴到从往")
#: Quotation marks: a model's name standing alone inside them is a nickname of a thing
#: (a car, an operation), not a person.
QUOTES_OPEN = set("“「『\"‘")
QUOTES_CLOSE = set("”」』\"’")
#: Two-character "names" ending in these are sides and countries (阿方, 马国).
SIDE_ENDINGS = set("方国")

#: Words that start with a transliteration character but end a dotted name before them
#: (…·X通电话 is X on the phone, …·X夫人 is X's wife).
NAME_END_WORDS = ("通电话", "通话", "通报", "夫人", "夫妇", "一行")

#: After a title, a transliteration without dots (总统X) is a name only when one of these
#: ends it: a list or clause mark, a conjunction or preposition ...
BARE_NAME_ENDS = set("、，,。；;：:（(和与及同在对向将也")
#: ... or a reporting or meeting verb.
BARE_NAME_FOLLOWERS = ("表示", "说", "称", "指出", "强调", "介绍", "高度", "会见", "会晤",
                       "会谈", "出席", "主持", "率团", "一行", "致辞", "发言", "通电话", "举行")

#: Honorifics between a title and a name in Chinese (Malaysian style):
#: 首相拿督斯里X, 首相丹斯里X.
ZH_HONORIFICS = ("拿督斯里", "丹斯里", "拿督", "敦斯里")
