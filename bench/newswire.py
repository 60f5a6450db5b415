"""A deterministic synthetic newswire: diplomatic news in the styles of VNA and Xinhua.

The knowledge-base store needs large feeds (20,000-100,000 articles) in which the same
meeting is reported by several outlets in two languages and recalled later, with a known
answer for linking. This module draws a pool of *events* (talks, receptions, phone calls,
video talks, numbered conferences of a series) between real office-holders of the knowledge
base, in office on the date drawn, and writes 1-4 articles for each: VNA Chinese service
(``越通社河内——``, captions ``图自越通社``, a repeated lead, ``(完)``, a ``更多`` teaser
block), Xinhua Chinese (``新华社北京X月X日电（记者 …）``), VNA English (``Hanoi (VNA) –``,
``./.``, ``Related news``) and Xinhua English (``HANOI, Jan. 26 (Xinhua) --``). About one
article in five also recalls an earlier event of the same two parties or the same series.

Every sentence pattern here was written for this generator; none is copied from an outlet.
The output is a pure function of ``(n, seed)``, and ``records(n)`` is a prefix of
``records(m)`` for ``n < m``: articles are produced as a stream, never all held in memory.

    python bench/newswire.py out.jsonl 100000 [--seed 1]

:func:`expected_events` gives the ground truth for the first ``n`` records: each distinct
event, its participants (``state:VNM``, ``org:ASEAN``, ``person:pham-minh-chinh``), its date
and the ids of the articles that report it, recall it or only show it in a teaser.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import json
import random
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape
from pathlib import Path
from typing import Any

# --------------------------------------------------------------------------------------
# Actors: states and organizations (names as the knowledge base spells them)


@dataclass(frozen=True, slots=True)
class Party:
    code: str
    kind: str  # "state" or "org"
    en: str
    zh: str
    adj: str  # English adjective: "Russian"; for organizations the acronym
    city_en: str  # capital (or seat) where it hosts
    city_zh: str
    side_zh: str  # "俄方"

    @property
    def gid(self) -> str:
        return f"{self.kind}:{self.code}"


_PARTY_ROWS = (
    ("VNM", "state", "Vietnam", "越南", "Vietnamese", "Hanoi", "河内", "越方"),
    ("CHN", "state", "China", "中国", "Chinese", "Beijing", "北京", "中方"),
    ("RUS", "state", "Russia", "俄罗斯", "Russian", "Moscow", "莫斯科", "俄方"),
    ("LAO", "state", "Laos", "老挝", "Lao", "Vientiane", "万象", "老方"),
    ("KHM", "state", "Cambodia", "柬埔寨", "Cambodian", "Phnom Penh", "金边", "柬方"),
    ("JPN", "state", "Japan", "日本", "Japanese", "Tokyo", "东京", "日方"),
    ("KOR", "state", "South Korea", "韩国", "South Korean", "Seoul", "首尔", "韩方"),
    ("IND", "state", "India", "印度", "Indian", "New Delhi", "新德里", "印方"),
    ("USA", "state", "United States", "美国", "US", "Washington", "华盛顿", "美方"),
    ("SGP", "state", "Singapore", "新加坡", "Singaporean", "Singapore", "新加坡", "新方"),
    ("THA", "state", "Thailand", "泰国", "Thai", "Bangkok", "曼谷", "泰方"),
    ("IDN", "state", "Indonesia", "印度尼西亚", "Indonesian", "Jakarta", "雅加达", "印尼方"),
    ("MYS", "state", "Malaysia", "马来西亚", "Malaysian", "Kuala Lumpur", "吉隆坡", "马方"),
    ("PHL", "state", "Philippines", "菲律宾", "Philippine", "Manila", "马尼拉", "菲方"),
    ("AUS", "state", "Australia", "澳大利亚", "Australian", "Canberra", "堪培拉", "澳方"),
    ("NZL", "state", "New Zealand", "新西兰", "New Zealand", "Wellington", "惠灵顿", "新方"),
    ("FRA", "state", "France", "法国", "French", "Paris", "巴黎", "法方"),
    ("DEU", "state", "Germany", "德国", "German", "Berlin", "柏林", "德方"),
    ("GBR", "state", "United Kingdom", "英国", "British", "London", "伦敦", "英方"),
    ("CUB", "state", "Cuba", "古巴", "Cuban", "Havana", "哈瓦那", "古方"),
    ("MNG", "state", "Mongolia", "蒙古", "Mongolian", "Ulaanbaatar", "乌兰巴托", "蒙方"),
    ("KAZ", "state", "Kazakhstan", "哈萨克斯坦", "Kazakh", "Astana", "阿斯塔纳", "哈方"),
    ("BLR", "state", "Belarus", "白俄罗斯", "Belarusian", "Minsk", "明斯克", "白方"),
    ("UZB", "state", "Uzbekistan", "乌兹别克斯坦", "Uzbek", "Tashkent", "塔什干", "乌方"),
    ("BRA", "state", "Brazil", "巴西", "Brazilian", "Brasilia", "巴西利亚", "巴方"),
    ("ZAF", "state", "South Africa", "南非", "South African", "Pretoria", "比勒陀利亚", "南非方"),
    ("BRN", "state", "Brunei", "文莱", "Bruneian", "Bandar Seri Begawan", "斯里巴加湾市", "文方"),
    ("CAN", "state", "Canada", "加拿大", "Canadian", "Ottawa", "渥太华", "加方"),
    ("UN", "org", "United Nations", "联合国", "UN", "New York", "纽约", "联合国方面"),
    ("ASEAN", "org", "ASEAN", "东盟", "ASEAN", "Jakarta", "雅加达", "东盟方面"),
    ("WHO", "org", "World Health Organization", "世界卫生组织", "WHO", "Geneva", "日内瓦",
     "世卫组织"),
    ("EU", "org", "European Union", "欧盟", "EU", "Brussels", "布鲁塞尔", "欧方"),
)
PARTIES: dict[str, Party] = {row[0]: Party(*row) for row in _PARTY_ROWS}
_CITY_ZH = {p.city_en: p.city_zh for p in PARTIES.values()}

# --------------------------------------------------------------------------------------
# Office-holders: (slug, English name, Chinese name, zh short, en short, party, role,
# start, end). Roles: hos head of state, hog head of government, party party leader, fm
# foreign minister, dfm deputy foreign minister, def defence minister, leg head of the
# legislature, sg head of an organization. Dates follow the knowledge base's offices.

_OFFICES = (
    ("nguyen-phu-trong", "Nguyen Phu Trong", "阮富仲", "", "Trong", "VNM", "party",
     "2011-01-19", "2024-07-19"),
    ("nguyen-phu-trong", "Nguyen Phu Trong", "阮富仲", "", "Trong", "VNM", "hos",
     "2018-10-23", "2021-04-05"),
    ("nguyen-xuan-phuc", "Nguyen Xuan Phuc", "阮春福", "", "Phuc", "VNM", "hog",
     "2016-04-07", "2021-04-05"),
    ("nguyen-xuan-phuc", "Nguyen Xuan Phuc", "阮春福", "", "Phuc", "VNM", "hos",
     "2021-04-05", "2023-01-18"),
    ("vo-van-thuong", "Vo Van Thuong", "武文赏", "", "Thuong", "VNM", "hos",
     "2023-03-02", "2024-03-21"),
    ("to-lam", "To Lam", "苏林", "", "Lam", "VNM", "hos", "2024-05-22", "2024-10-21"),
    ("to-lam", "To Lam", "苏林", "", "Lam", "VNM", "party", "2024-08-03", ""),
    ("luong-cuong", "Luong Cuong", "梁强", "", "Cuong", "VNM", "hos", "2024-10-21", ""),
    ("pham-minh-chinh", "Pham Minh Chinh", "范明政", "", "Chinh", "VNM", "hog",
     "2021-04-05", ""),
    ("pham-binh-minh", "Pham Binh Minh", "范平明", "", "Minh", "VNM", "fm",
     "2011-08-03", "2021-04-08"),
    ("bui-thanh-son", "Bui Thanh Son", "裴青山", "", "Son", "VNM", "fm", "2021-04-08", ""),
    ("ngo-xuan-lich", "Ngo Xuan Lich", "吴春历", "", "Lich", "VNM", "def",
     "2016-04-09", "2021-04-08"),
    ("phan-van-giang", "Phan Van Giang", "潘文江", "", "Giang", "VNM", "def",
     "2021-04-08", ""),
    ("nguyen-quoc-dung", "Nguyen Quoc Dung", "阮国勇", "", "Dung", "VNM", "dfm",
     "2018-01-01", "2023-01-01"),
    ("ha-kim-ngoc", "Ha Kim Ngoc", "何金玉", "", "Ngoc", "VNM", "dfm", "2019-01-01", ""),
    ("do-hung-viet", "Do Hung Viet", "杜雄越", "", "Viet", "VNM", "dfm", "2021-06-01", ""),
    ("le-thi-thu-hang", "Le Thi Thu Hang", "黎氏秋姮", "", "Hang", "VNM", "dfm",
     "2022-03-01", ""),
    ("nguyen-minh-vu", "Nguyen Minh Vu", "阮明武", "", "Vu", "VNM", "dfm", "2019-01-01", ""),
    ("le-hoai-trung", "Le Hoai Trung", "黎怀钟", "", "Trung", "VNM", "dfm",
     "2014-01-01", "2021-01-01"),
    ("nguyen-thi-kim-ngan", "Nguyen Thi Kim Ngan", "阮氏金银", "", "Ngan", "VNM", "leg",
     "2016-03-31", "2021-03-31"),
    ("vuong-dinh-hue", "Vuong Dinh Hue", "王廷惠", "", "Hue", "VNM", "leg",
     "2021-03-31", "2024-05-02"),
    ("tran-thanh-man", "Tran Thanh Man", "陈青敏", "", "Man", "VNM", "leg", "2024-05-20", ""),
    ("xi-jinping", "Xi Jinping", "习近平", "", "Xi", "CHN", "hos", "2013-03-14", ""),
    ("li-keqiang", "Li Keqiang", "李克强", "", "Li", "CHN", "hog", "2013-03-15", "2023-03-11"),
    ("li-qiang", "Li Qiang", "李强", "", "Li", "CHN", "hog", "2023-03-11", ""),
    ("wang-yi", "Wang Yi", "王毅", "", "Wang", "CHN", "fm", "2013-03-16", "2022-12-30"),
    ("qin-gang", "Qin Gang", "秦刚", "", "Qin", "CHN", "fm", "2022-12-30", "2023-07-25"),
    ("wang-yi", "Wang Yi", "王毅", "", "Wang", "CHN", "fm", "2023-07-25", ""),
    ("wei-fenghe", "Wei Fenghe", "魏凤和", "", "Wei", "CHN", "def", "2018-03-19", "2023-03-12"),
    ("li-shangfu", "Li Shangfu", "李尚福", "", "Li", "CHN", "def", "2023-03-12", "2023-10-24"),
    ("dong-jun", "Dong Jun", "董军", "", "Dong", "CHN", "def", "2023-12-29", ""),
    ("le-yucheng", "Le Yucheng", "乐玉成", "", "Le", "CHN", "dfm", "2018-01-01", "2022-06-01"),
    ("ma-zhaoxu", "Ma Zhaoxu", "马朝旭", "", "Ma", "CHN", "dfm", "2019-01-01", ""),
    ("sun-weidong", "Sun Weidong", "孙卫东", "", "Sun", "CHN", "dfm", "2021-03-01", ""),
    ("li-zhanshu", "Li Zhanshu", "栗战书", "", "Li", "CHN", "leg", "2018-03-17", "2023-03-10"),
    ("zhao-leji", "Zhao Leji", "赵乐际", "", "Zhao", "CHN", "leg", "2023-03-10", ""),
    ("vladimir-putin", "Vladimir Putin", "弗拉基米尔·普京", "普京", "Putin", "RUS", "hos",
     "2012-05-07", ""),
    ("dmitry-medvedev", "Dmitry Medvedev", "德米特里·梅德韦杰夫", "梅德韦杰夫", "Medvedev",
     "RUS", "hog", "2012-05-08", "2020-01-16"),
    ("mikhail-mishustin", "Mikhail Mishustin", "米哈伊尔·米舒斯京", "米舒斯京", "Mishustin",
     "RUS", "hog", "2020-01-16", ""),
    ("sergey-lavrov", "Sergey Lavrov", "谢尔盖·拉夫罗夫", "拉夫罗夫", "Lavrov", "RUS", "fm",
     "2004-03-09", ""),
    ("sergey-shoigu", "Sergey Shoigu", "谢尔盖·绍伊古", "绍伊古", "Shoigu", "RUS", "def",
     "2012-11-06", "2024-05-12"),
    ("andrey-belousov", "Andrey Belousov", "安德烈·别洛乌索夫", "别洛乌索夫", "Belousov",
     "RUS", "def", "2024-05-14", ""),
    ("andrey-rudenko", "Andrey Rudenko", "安德烈·鲁登科", "鲁登科", "Rudenko", "RUS", "dfm",
     "2019-01-01", ""),
    ("igor-morgulov", "Igor Morgulov", "伊戈尔·莫尔古洛夫", "莫尔古洛夫", "Morgulov", "RUS",
     "dfm", "2011-12-01", "2022-06-01"),
    ("vyacheslav-volodin", "Vyacheslav Volodin", "维亚切斯拉夫·沃洛金", "沃洛金", "Volodin",
     "RUS", "leg", "2016-10-05", ""),
    ("bounnhang-vorachith", "Bounnhang Vorachith", "本扬·沃拉吉", "本扬", "Bounnhang", "LAO",
     "hos", "2016-04-20", "2021-03-22"),
    ("bounnhang-vorachith", "Bounnhang Vorachith", "本扬·沃拉吉", "本扬", "Bounnhang", "LAO",
     "party", "2016-01-22", "2021-01-15"),
    ("thongloun-sisoulith", "Thongloun Sisoulith", "通伦·西苏里", "通伦", "Thongloun", "LAO",
     "hog", "2016-04-20", "2021-03-22"),
    ("thongloun-sisoulith", "Thongloun Sisoulith", "通伦·西苏里", "通伦", "Thongloun", "LAO",
     "hos", "2021-03-22", ""),
    ("thongloun-sisoulith", "Thongloun Sisoulith", "通伦·西苏里", "通伦", "Thongloun", "LAO",
     "party", "2021-01-15", ""),
    ("phankham-viphavanh", "Phankham Viphavanh", "潘坎·维帕万", "潘坎", "Phankham", "LAO",
     "hog", "2021-03-22", "2022-12-30"),
    ("sonexay-siphandone", "Sonexay Siphandone", "宋赛·西潘敦", "宋赛", "Sonexay", "LAO",
     "hog", "2022-12-30", ""),
    ("saleumxay-kommasith", "Saleumxay Kommasith", "沙伦赛·贡玛西", "沙伦赛", "Saleumxay",
     "LAO", "fm", "2016-04-20", ""),
    ("chansamone-chanyalath", "Chansamone Chanyalath", "占沙蒙·占雅拉", "", "", "LAO", "def",
     "2014-06-01", ""),
    ("pany-yathotou", "Pany Yathotou", "巴妮·雅陶都", "巴妮", "Pany", "LAO", "leg",
     "2010-12-23", "2021-03-22"),
    ("saysomphone-phomvihane", "Saysomphone Phomvihane", "赛宋蓬·丰威汉", "赛宋蓬",
     "Saysomphone", "LAO", "leg", "2021-03-22", ""),
    ("hun-sen", "Hun Sen", "洪森", "", "Hun Sen", "KHM", "hog", "1985-01-14", "2023-08-22"),
    ("hun-manet", "Hun Manet", "洪玛奈", "", "Hun Manet", "KHM", "hog", "2023-08-22", ""),
    ("norodom-sihamoni", "Norodom Sihamoni", "诺罗敦·西哈莫尼", "西哈莫尼", "Sihamoni", "KHM",
     "hos", "2004-10-14", ""),
    ("prak-sokhonn", "Prak Sokhonn", "布拉索昆", "", "Sokhonn", "KHM", "fm",
     "2016-04-04", "2023-08-22"),
    ("sok-chenda-sophea", "Sok Chenda Sophea", "宋金达", "", "", "KHM", "fm",
     "2023-08-22", ""),
    ("tea-banh", "Tea Banh", "迪班", "", "", "KHM", "def", "1987-01-01", "2023-08-22"),
    ("tea-seiha", "Tea Seiha", "迪西哈", "", "", "KHM", "def", "2023-08-22", ""),
    ("heng-samrin", "Heng Samrin", "韩桑林", "", "", "KHM", "leg", "2006-08-01", "2023-08-21"),
    ("khuon-sodary", "Khuon Sodary", "坤索达丽", "", "", "KHM", "leg", "2023-08-21", ""),
    ("shinzo-abe", "Shinzo Abe", "安倍晋三", "安倍", "Abe", "JPN", "hog",
     "2012-12-26", "2020-09-16"),
    ("yoshihide-suga", "Yoshihide Suga", "菅义伟", "", "Suga", "JPN", "hog",
     "2020-09-16", "2021-10-04"),
    ("fumio-kishida", "Fumio Kishida", "岸田文雄", "岸田", "Kishida", "JPN", "hog",
     "2021-10-04", "2024-10-01"),
    ("shigeru-ishiba", "Shigeru Ishiba", "石破茂", "", "Ishiba", "JPN", "hog",
     "2024-10-01", "2025-10-21"),
    ("taro-kono", "Taro Kono", "河野太郎", "", "", "JPN", "fm", "2017-08-03", "2019-09-11"),
    ("toshimitsu-motegi", "Toshimitsu Motegi", "茂木敏充", "", "Motegi", "JPN", "fm",
     "2019-09-11", "2021-11-10"),
    ("yoshimasa-hayashi", "Yoshimasa Hayashi", "林芳正", "", "", "JPN", "fm",
     "2021-11-10", "2023-09-13"),
    ("yoko-kamikawa", "Yoko Kamikawa", "上川阳子", "", "", "JPN", "fm",
     "2023-09-13", "2024-10-01"),
    ("takeshi-iwaya", "Takeshi Iwaya", "岩屋毅", "", "", "JPN", "fm", "2024-10-01", "2025-10-21"),
    ("taro-kono", "Taro Kono", "河野太郎", "", "", "JPN", "def", "2019-09-11", "2020-09-16"),
    ("nobuo-kishi", "Nobuo Kishi", "岸信夫", "", "", "JPN", "def", "2020-09-16", "2022-08-10"),
    ("yasukazu-hamada", "Yasukazu Hamada", "滨田靖一", "", "", "JPN", "def",
     "2022-08-10", "2023-09-13"),
    ("minoru-kihara", "Minoru Kihara", "木原稔", "", "", "JPN", "def", "2023-09-13", "2024-10-01"),
    ("gen-nakatani", "Gen Nakatani", "中谷元", "", "", "JPN", "def", "2024-10-01", "2025-10-21"),
    ("moon-jae-in", "Moon Jae-in", "文在寅", "", "Moon", "KOR", "hos", "2017-05-10", "2022-05-10"),
    ("yoon-suk-yeol", "Yoon Suk Yeol", "尹锡悦", "", "Yoon", "KOR", "hos",
     "2022-05-10", "2025-04-04"),
    ("lee-jae-myung", "Lee Jae-myung", "李在明", "", "Lee", "KOR", "hos", "2025-06-04", ""),
    ("kang-kyung-wha", "Kang Kyung-wha", "康京和", "", "Kang", "KOR", "fm",
     "2017-06-18", "2021-02-08"),
    ("chung-eui-yong", "Chung Eui-yong", "郑义溶", "", "Chung", "KOR", "fm",
     "2021-02-09", "2022-05-10"),
    ("park-jin", "Park Jin", "朴振", "", "Park", "KOR", "fm", "2022-05-12", "2024-01-10"),
    ("cho-tae-yul", "Cho Tae-yul", "赵兑烈", "", "Cho", "KOR", "fm", "2024-01-10", "2025-07-01"),
    ("narendra-modi", "Narendra Modi", "纳伦德拉·莫迪", "莫迪", "Modi", "IND", "hog",
     "2014-05-26", ""),
    ("subrahmanyam-jaishankar", "Subrahmanyam Jaishankar", "苏杰生", "", "Jaishankar", "IND",
     "fm", "2019-05-30", ""),
    ("rajnath-singh", "Rajnath Singh", "拉杰纳特·辛格", "", "Singh", "IND", "def",
     "2019-05-31", ""),
    ("ram-nath-kovind", "Ram Nath Kovind", "拉姆·纳特·科温德", "科温德", "Kovind", "IND", "hos",
     "2017-07-25", "2022-07-25"),
    ("droupadi-murmu", "Droupadi Murmu", "德劳帕迪·穆尔穆", "穆尔穆", "Murmu", "IND", "hos",
     "2022-07-25", ""),
    ("donald-trump", "Donald Trump", "唐纳德·特朗普", "特朗普", "Trump", "USA", "hos",
     "2017-01-20", "2021-01-20"),
    ("joe-biden", "Joe Biden", "约瑟夫·拜登", "拜登", "Biden", "USA", "hos",
     "2021-01-20", "2025-01-20"),
    ("donald-trump", "Donald Trump", "唐纳德·特朗普", "特朗普", "Trump", "USA", "hos",
     "2025-01-20", ""),
    ("mike-pompeo", "Mike Pompeo", "迈克·蓬佩奥", "蓬佩奥", "Pompeo", "USA", "fm",
     "2018-04-26", "2021-01-20"),
    ("antony-blinken", "Antony Blinken", "安东尼·布林肯", "布林肯", "Blinken", "USA", "fm",
     "2021-01-26", "2025-01-20"),
    ("marco-rubio", "Marco Rubio", "马尔科·鲁比奥", "鲁比奥", "Rubio", "USA", "fm",
     "2025-01-21", ""),
    ("mark-esper", "Mark Esper", "马克·埃斯珀", "埃斯珀", "Esper", "USA", "def",
     "2019-07-23", "2020-11-09"),
    ("lloyd-austin", "Lloyd Austin", "劳埃德·奥斯汀", "", "Austin", "USA", "def",
     "2021-01-22", "2025-01-20"),
    ("pete-hegseth", "Pete Hegseth", "皮特·赫格塞思", "赫格塞思", "Hegseth", "USA", "def",
     "2025-01-25", ""),
    ("lee-hsien-loong", "Lee Hsien Loong", "李显龙", "", "Lee", "SGP", "hog",
     "2004-08-12", "2024-05-15"),
    ("lawrence-wong", "Lawrence Wong", "黄循财", "", "Wong", "SGP", "hog", "2024-05-15", ""),
    ("halimah-yacob", "Halimah Yacob", "哈莉玛·雅各布", "哈莉玛", "Halimah", "SGP", "hos",
     "2017-09-14", "2023-09-13"),
    ("tharman-shanmugaratnam", "Tharman Shanmugaratnam", "尚达曼", "", "Tharman", "SGP", "hos",
     "2023-09-14", ""),
    ("vivian-balakrishnan", "Vivian Balakrishnan", "维文", "", "Balakrishnan", "SGP", "fm",
     "2015-10-01", ""),
    ("ng-eng-hen", "Ng Eng Hen", "黄永宏", "", "", "SGP", "def", "2011-05-21", "2025-05-01"),
    ("prayut-chan-o-cha", "Prayut Chan-o-cha", "巴育·占奥差", "巴育", "Prayut", "THA", "hog",
     "2014-08-24", "2023-08-22"),
    ("srettha-thavisin", "Srettha Thavisin", "赛塔·他威信", "赛塔", "Srettha", "THA", "hog",
     "2023-08-22", "2024-08-14"),
    ("paetongtarn-shinawatra", "Paetongtarn Shinawatra", "佩通坦·西那瓦", "佩通坦",
     "Paetongtarn", "THA", "hog", "2024-08-16", "2025-08-29"),
    ("don-pramudwinai", "Don Pramudwinai", "敦·巴穆威奈", "", "", "THA", "fm",
     "2015-08-23", "2023-09-01"),
    ("joko-widodo", "Joko Widodo", "佐科·维多多", "佐科", "Widodo", "IDN", "hos",
     "2014-10-20", "2024-10-20"),
    ("prabowo-subianto", "Prabowo Subianto", "普拉博沃·苏比安托", "普拉博沃", "Prabowo",
     "IDN", "def", "2019-10-23", "2024-10-20"),
    ("prabowo-subianto", "Prabowo Subianto", "普拉博沃·苏比安托", "普拉博沃", "Prabowo",
     "IDN", "hos", "2024-10-20", ""),
    ("retno-marsudi", "Retno Marsudi", "雷特诺·马尔苏迪", "雷特诺", "Retno", "IDN", "fm",
     "2014-10-27", "2024-10-20"),
    ("mahathir-mohamad", "Mahathir Mohamad", "马哈蒂尔", "", "Mahathir", "MYS", "hog",
     "2018-05-10", "2020-03-01"),
    ("muhyiddin-yassin", "Muhyiddin Yassin", "慕尤丁", "", "Muhyiddin", "MYS", "hog",
     "2020-03-01", "2021-08-16"),
    ("ismail-sabri-yaakob", "Ismail Sabri Yaakob", "伊斯梅尔·萨布里", "", "Ismail Sabri",
     "MYS", "hog", "2021-08-21", "2022-11-24"),
    ("anwar-ibrahim", "Anwar Ibrahim", "安瓦尔·易卜拉欣", "安瓦尔", "Anwar", "MYS", "hog",
     "2022-11-24", ""),
    ("saifuddin-abdullah", "Saifuddin Abdullah", "赛夫丁·阿卜杜拉", "", "", "MYS", "fm",
     "2018-07-02", "2020-02-24"),
    ("hishammuddin-hussein", "Hishammuddin Hussein", "希沙姆丁", "", "Hishammuddin", "MYS",
     "fm", "2020-03-10", "2021-08-16"),
    ("saifuddin-abdullah", "Saifuddin Abdullah", "赛夫丁·阿卜杜拉", "", "", "MYS", "fm",
     "2021-08-30", "2022-11-24"),
    ("mohamad-hasan", "Mohamad Hasan", "穆罕默德·哈桑", "", "", "MYS", "fm", "2023-12-12", ""),
    ("rodrigo-duterte", "Rodrigo Duterte", "罗德里戈·杜特尔特", "杜特尔特", "Duterte", "PHL",
     "hos", "2016-06-30", "2022-06-30"),
    ("ferdinand-marcos-jr", "Ferdinand Marcos Jr.", "费迪南德·罗穆亚尔德斯·马科斯", "马科斯",
     "Marcos", "PHL", "hos", "2022-06-30", ""),
    ("teodoro-locsin-jr", "Teodoro Locsin Jr.", "洛钦", "", "Locsin", "PHL", "fm",
     "2018-10-17", "2022-06-30"),
    ("enrique-manalo", "Enrique Manalo", "马纳罗", "", "Manalo", "PHL", "fm",
     "2022-07-01", "2025-06-30"),
    ("scott-morrison", "Scott Morrison", "斯科特·莫里森", "莫里森", "Morrison", "AUS", "hog",
     "2018-08-24", "2022-05-23"),
    ("anthony-albanese", "Anthony Albanese", "安东尼·阿尔巴尼斯", "阿尔巴尼斯", "Albanese",
     "AUS", "hog", "2022-05-23", ""),
    ("marise-payne", "Marise Payne", "玛丽丝·佩恩", "", "", "AUS", "fm",
     "2018-08-26", "2022-05-23"),
    ("penny-wong", "Penny Wong", "黄英贤", "", "", "AUS", "fm", "2022-05-23", ""),
    ("richard-marles", "Richard Marles", "理查德·马尔斯", "马尔斯", "Marles", "AUS", "def",
     "2022-06-01", ""),
    ("jacinda-ardern", "Jacinda Ardern", "杰辛达·阿德恩", "阿德恩", "Ardern", "NZL", "hog",
     "2017-10-26", "2023-01-25"),
    ("chris-hipkins", "Chris Hipkins", "克里斯·希普金斯", "希普金斯", "Hipkins", "NZL", "hog",
     "2023-01-25", "2023-11-27"),
    ("christopher-luxon", "Christopher Luxon", "克里斯托弗·卢克森", "卢克森", "Luxon", "NZL",
     "hog", "2023-11-27", ""),
    ("nanaia-mahuta", "Nanaia Mahuta", "纳纳娅·马胡塔", "马胡塔", "Mahuta", "NZL", "fm",
     "2020-11-06", "2023-11-27"),
    ("emmanuel-macron", "Emmanuel Macron", "埃马纽埃尔·马克龙", "马克龙", "Macron", "FRA",
     "hos", "2017-05-14", ""),
    ("angela-merkel", "Angela Merkel", "安格拉·默克尔", "默克尔", "Merkel", "DEU", "hog",
     "2005-11-22", "2021-12-08"),
    ("olaf-scholz", "Olaf Scholz", "奥拉夫·朔尔茨", "朔尔茨", "Scholz", "DEU", "hog",
     "2021-12-08", "2025-05-06"),
    ("friedrich-merz", "Friedrich Merz", "弗里德里希·默茨", "默茨", "Merz", "DEU", "hog",
     "2025-05-06", ""),
    ("boris-johnson", "Boris Johnson", "鲍里斯·约翰逊", "", "Johnson", "GBR", "hog",
     "2019-07-24", "2022-09-06"),
    ("rishi-sunak", "Rishi Sunak", "里希·苏纳克", "苏纳克", "Sunak", "GBR", "hog",
     "2022-10-25", "2024-07-05"),
    ("keir-starmer", "Keir Starmer", "基尔·斯塔默", "斯塔默", "Starmer", "GBR", "hog",
     "2024-07-05", ""),
    ("miguel-diaz-canel", "Miguel Diaz-Canel", "米格尔·迪亚斯-卡内尔", "迪亚斯-卡内尔",
     "Diaz-Canel", "CUB", "hos", "2018-04-19", ""),
    ("miguel-diaz-canel", "Miguel Diaz-Canel", "米格尔·迪亚斯-卡内尔", "迪亚斯-卡内尔",
     "Diaz-Canel", "CUB", "party", "2021-04-19", ""),
    ("ukhnaagiin-khurelsukh", "Ukhnaagiin Khurelsukh", "乌赫那·呼日勒苏赫", "呼日勒苏赫",
     "Khurelsukh", "MNG", "hos", "2021-06-25", ""),
    ("kassym-jomart-tokayev", "Kassym-Jomart Tokayev", "卡瑟姆-若马尔特·托卡耶夫", "托卡耶夫",
     "Tokayev", "KAZ", "hos", "2019-03-20", ""),
    ("alexander-lukashenko", "Alexander Lukashenko", "亚历山大·卢卡申科", "卢卡申科",
     "Lukashenko", "BLR", "hos", "1994-07-20", ""),
    ("shavkat-mirziyoyev", "Shavkat Mirziyoyev", "沙夫卡特·米尔济约耶夫", "米尔济约耶夫",
     "Mirziyoyev", "UZB", "hos", "2016-09-08", ""),
    ("luiz-inacio-lula-da-silva", "Luiz Inacio Lula da Silva", "路易斯·伊纳西奥·卢拉·达席尔瓦",
     "卢拉", "Lula", "BRA", "hos", "2023-01-01", ""),
    ("cyril-ramaphosa", "Cyril Ramaphosa", "西里尔·拉马福萨", "拉马福萨", "Ramaphosa", "ZAF",
     "hos", "2018-02-15", ""),
    ("hassanal-bolkiah", "Hassanal Bolkiah", "哈桑纳尔·博尔基亚", "", "", "BRN", "hos",
     "1967-10-05", ""),
    ("erywan-yusof", "Erywan Yusof", "艾瑞万", "", "Erywan", "BRN", "fm", "2018-01-30", ""),
    ("justin-trudeau", "Justin Trudeau", "贾斯廷·特鲁多", "特鲁多", "Trudeau", "CAN", "hog",
     "2015-11-04", "2025-03-14"),
    ("antonio-guterres", "Antonio Guterres", "安东尼奥·古特雷斯", "古特雷斯", "Guterres", "UN",
     "sg", "2017-01-01", ""),
    ("lim-jock-hoi", "Lim Jock Hoi", "林玉辉", "", "", "ASEAN", "sg", "2018-01-01", "2022-12-31"),
    ("kao-kim-hourn", "Kao Kim Hourn", "高金洪", "", "", "ASEAN", "sg", "2023-01-01", ""),
    ("tedros-adhanom-ghebreyesus", "Tedros Adhanom Ghebreyesus", "谭德塞", "", "Tedros", "WHO",
     "sg", "2017-07-01", ""),
    ("ursula-von-der-leyen", "Ursula von der Leyen", "乌尔苏拉·冯德莱恩", "冯德莱恩",
     "von der Leyen", "EU", "sg", "2019-12-01", ""),
)


@dataclass(frozen=True, slots=True)
class Holder:
    """A person in one office: the same person in two offices is two holders."""

    slug: str
    en: str
    zh: str
    zh_short: str
    en_short: str
    party: str
    role: str
    start: date
    end: date | None

    @property
    def gid(self) -> str:
        return f"person:{self.slug}"

    def in_office(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


def _holders() -> tuple[Holder, ...]:
    out = []
    for slug, en, zh, zh_short, en_short, party, role, start, end in _OFFICES:
        out.append(
            Holder(slug, en, zh, zh_short or zh, en_short or en, party, role,
                   date.fromisoformat(start), date.fromisoformat(end) if end else None)
        )
    return tuple(out)


HOLDERS = _holders()
_BY_OFFICE: dict[tuple[str, str], tuple[Holder, ...]] = {}
for _h in HOLDERS:
    _BY_OFFICE[(_h.party, _h.role)] = (*_BY_OFFICE.get((_h.party, _h.role), ()), _h)

ROLE_LEVEL = {"hos": "summit", "hog": "summit", "party": "summit", "fm": "ministerial",
              "def": "ministerial", "dfm": "senior_officials", "leg": "other", "sg": "other"}
_LEVEL_RANK = {"summit": 3, "ministerial": 2, "senior_officials": 1, "other": 0}

_ZH_ROLE = {"hos": "总统", "hog": "总理", "fm": "外长", "dfm": "外交部副部长",
            "def": "国防部长", "leg": "议长", "party": "总书记"}
_ZH_TITLE = {
    ("VNM", "hos"): "国家主席", ("CHN", "hos"): "国家主席", ("LAO", "hos"): "国家主席",
    ("CUB", "hos"): "国家主席", ("KHM", "hos"): "国王", ("BRN", "hos"): "苏丹",
    ("VNM", "hog"): "政府总理", ("CHN", "hog"): "国务院总理", ("JPN", "hog"): "首相",
    ("GBR", "hog"): "首相", ("USA", "fm"): "国务卿", ("GBR", "fm"): "外交大臣",
    ("BRN", "fm"): "外交部第二部长", ("USA", "dfm"): "副国务卿", ("JPN", "def"): "防卫大臣",
    ("USA", "def"): "国防部长", ("VNM", "leg"): "国会主席", ("LAO", "leg"): "国会主席",
    ("KHM", "leg"): "国会主席", ("RUS", "leg"): "国家杜马主席",
    ("UN", "sg"): "秘书长", ("ASEAN", "sg"): "秘书长", ("WHO", "sg"): "总干事",
    ("EU", "sg"): "委员会主席",
}
# Party titles name the party, not the state: "越共中央总书记", never "越南越共…".
_ZH_PARTY_TITLE = {"VNM": "越共中央总书记", "CHN": "中共中央总书记",
                   "LAO": "老挝人民革命党中央总书记", "CUB": "古巴共产党中央第一书记"}
_ZH_LEG_FULL = {"CHN": "全国人大常委会委员长"}

_EN_ROLE = {"hos": "President", "hog": "Prime Minister", "fm": "Foreign Minister",
            "dfm": "Deputy Foreign Minister", "def": "Defence Minister", "leg": "Speaker",
            "party": "General Secretary"}
_EN_TITLE = {
    ("VNM", "hos"): "State President", ("KHM", "hos"): "King", ("BRN", "hos"): "Sultan",
    ("CHN", "hog"): "Premier", ("USA", "fm"): "Secretary of State",
    ("IND", "fm"): "External Affairs Minister", ("GBR", "fm"): "Foreign Secretary",
    ("BRN", "fm"): "Second Minister of Foreign Affairs", ("USA", "def"): "Secretary of Defense",
    ("USA", "dfm"): "Deputy Secretary of State", ("VNM", "leg"): "National Assembly Chairman",
    ("LAO", "leg"): "National Assembly President", ("KHM", "leg"): "National Assembly President",
    ("RUS", "leg"): "State Duma Chairman", ("CHN", "leg"): "top legislator",
    ("UN", "sg"): "Secretary-General", ("ASEAN", "sg"): "Secretary-General",
    ("WHO", "sg"): "Director-General", ("EU", "sg"): "Commission President",
}
_EN_PARTY_TITLE = {"VNM": "Party General Secretary", "CHN": "General Secretary",
                   "LAO": "Lao Party General Secretary", "CUB": "First Secretary"}
_EN_BY_SLUG = {"nguyen-thi-kim-ngan": "National Assembly Chairwoman",
               "khuon-sodary": "National Assembly President"}


def title_zh(h: Holder, home: str, rng: random.Random) -> str:
    """The title that precedes a name in Chinese copy: "俄罗斯外长", "越南政府总理"."""
    if h.role == "party":
        return _ZH_PARTY_TITLE[h.party]
    if h.role == "leg" and h.party in _ZH_LEG_FULL:
        return _ZH_LEG_FULL[h.party]
    role = _ZH_TITLE.get((h.party, h.role)) or _ZH_ROLE[h.role]
    if h.role == "fm" and h.party not in ("USA", "GBR", "BRN") and rng.random() < 0.35:
        role = "外交部长"
    party = PARTIES[h.party]
    if h.party == home and home == "CHN":
        return role  # Xinhua: "国家主席习近平", "国务院总理李强"
    if h.party == home and rng.random() < 0.3:
        return role  # VNA: "政府总理范明政"
    return party.zh + role


def title_en(h: Holder, home: str) -> str:
    """The title before a name in English copy: "Russian Foreign Minister"."""
    if h.slug in _EN_BY_SLUG and h.role == "leg":
        role = _EN_BY_SLUG[h.slug]
    elif h.role == "party":
        role = _EN_PARTY_TITLE[h.party]
    else:
        role = _EN_TITLE.get((h.party, h.role)) or _EN_ROLE[h.role]
    if h.party == home and home == "VNM":
        return role  # VNA: "Prime Minister Pham Minh Chinh"
    if h.role == "party" and h.party == "LAO":
        return role
    return f"{PARTIES[h.party].adj} {role}"


# --------------------------------------------------------------------------------------
# Series: numbered meetings, one per year (two for the ASEAN Summit), with a fixed date.


@dataclass(frozen=True, slots=True)
class Series:
    key: str
    zh: str  # with {n} for the Chinese ordinal: "第{n}次东盟—俄罗斯高官会"
    en: str  # with {n} for the English ordinal: "{n} ASEAN-Russia Senior Officials' Meeting"
    en_abbr: str  # the short form English copy uses on a second mention ("SOM")
    parties: tuple[str, ...]
    roles: tuple[tuple[str, str], ...]  # the chairs: (party, role); empty: chair by year
    level: str
    base_year: int
    base_ordinal: int
    per_year: int = 1
    unnamed_zh: str = ""  # a chair without a name in the knowledge base
    unnamed_en: str = ""


def _series() -> tuple[Series, ...]:
    out = [
        Series("asean-rus-som", "第{n}次东盟—俄罗斯高官会",
               "{n} ASEAN-Russia Senior Officials' Meeting", "ASEAN-Russia SOM",
               ("ASEAN", "RUS", "VNM"), (("VNM", "dfm"), ("RUS", "dfm")), "senior_officials",
               2021, 17),
        Series("asean-chn-som", "第{n}次中国—东盟高官磋商",
               "{n} ASEAN-China Senior Officials' Consultation", "ASEAN-China SOC",
               ("ASEAN", "CHN", "VNM"), (("VNM", "dfm"), ("CHN", "dfm")), "senior_officials",
               2019, 25),
        Series("asean-jpn-som", "第{n}次东盟—日本高官会",
               "{n} ASEAN-Japan Senior Officials' Meeting", "ASEAN-Japan SOM",
               ("ASEAN", "JPN", "VNM"), (("VNM", "dfm"),), "senior_officials", 2022, 19,
               unnamed_zh="日本外务审议官", unnamed_en="Japanese Deputy Minister for Foreign "
               "Affairs"),
        Series("asean-ind-som", "第{n}次东盟—印度高官会",
               "{n} ASEAN-India Senior Officials' Meeting", "ASEAN-India SOM",
               ("ASEAN", "IND", "VNM"), (("VNM", "dfm"),), "senior_officials", 2021, 23,
               unnamed_zh="印度外交部东部事务秘书", unnamed_en="Indian Secretary (East)"),
        Series("asean-kor-som", "第{n}次东盟—韩国高官会",
               "{n} ASEAN-Republic of Korea Senior Officials' Meeting", "ASEAN-ROK SOM",
               ("ASEAN", "KOR", "VNM"), (("VNM", "dfm"),), "senior_officials", 2020, 24,
               unnamed_zh="韩国外交部第一次官", unnamed_en="South Korean First Vice Foreign "
               "Minister"),
        Series("vnm-chn-steering", "越中双边合作指导委员会第{n}次会议",
               "{n} meeting of the Vietnam-China Steering Committee for Bilateral Cooperation",
               "Steering Committee meeting", ("VNM", "CHN"), (("VNM", "fm"), ("CHN", "fm")),
               "ministerial", 2020, 12),
        Series("vnm-rus-strategic", "越俄第{n}次副外长级战略对话",
               "{n} Vietnam-Russia Strategic Dialogue at deputy foreign minister level",
               "strategic dialogue", ("VNM", "RUS"), (("VNM", "dfm"), ("RUS", "dfm")),
               "senior_officials", 2019, 11),
        Series("asean-summit", "第{n}届东盟峰会", "{n} ASEAN Summit", "ASEAN Summit",
               ("ASEAN",), (), "summit", 2019, 34, per_year=2),
        Series("amm", "第{n}届东盟外长会议", "{n} ASEAN Foreign Ministers' Meeting",
               "AMM", ("ASEAN",), (), "ministerial", 2019, 52),
    ]
    consultations = (("JPN", 8), ("KOR", 9), ("IND", 10), ("AUS", 6), ("NZL", 4), ("FRA", 9),
                     ("DEU", 5), ("GBR", 10), ("THA", 7), ("IDN", 6), ("SGP", 11),
                     ("MYS", 5), ("PHL", 9), ("CAN", 4), ("BRA", 3), ("MNG", 12),
                     ("KAZ", 4), ("UZB", 3), ("CUB", 8), ("ZAF", 2))
    for code, base in consultations:
        p = PARTIES[code]
        out.append(
            Series(f"vnm-{code.lower()}-pc", "第{n}次越南—" + p.zh + "外交部副部长级政治磋商",
                   "{n} Vietnam-" + p.en + " Political Consultation at deputy foreign "
                   "minister level", "political consultation", ("VNM", code), (("VNM", "dfm"),),
                   "senior_officials", 2019, base, unnamed_zh=p.zh + "外交部副部长",
                   unnamed_en=p.adj + " Deputy Foreign Minister")
        )
    return tuple(out)


SERIES = _series()
_SERIES_BY_KEY = {s.key: s for s in SERIES}

# The ASEAN chair of each year and its leader and foreign minister (summits and AMMs).
_ASEAN_CHAIR = {2019: "THA", 2020: "VNM", 2021: "BRN", 2022: "KHM", 2023: "IDN", 2024: "LAO",
                2025: "MYS"}
_ASEAN_CHAIR_CITY = {2019: "Bangkok", 2020: "Hanoi", 2021: "Bandar Seri Begawan",
                     2022: "Phnom Penh", 2023: "Jakarta", 2024: "Vientiane",
                     2025: "Kuala Lumpur"}
_ASEAN_SUMMIT_DAYS = ("06-23", "11-03", "06-26", "11-12", "10-26", "10-27", "11-10", "11-11",
                      "05-10", "09-05", "10-08", "10-09", "05-26", "10-26")
_AMM_DAYS = ("08-02", "09-09", "08-02", "08-03", "07-11", "07-25", "07-08")
_ASEAN_CHAIR_LEADER = {"THA": ("THA", "hog"), "VNM": ("VNM", "hog"), "BRN": ("BRN", "hos"),
                       "KHM": ("KHM", "hog"), "IDN": ("IDN", "hos"), "LAO": ("LAO", "hog"),
                       "MYS": ("MYS", "hog")}
_ASEAN_CHAIR_FM = {"THA": ("THA", "fm"), "VNM": ("VNM", "fm"), "BRN": ("BRN", "fm"),
                   "KHM": ("KHM", "fm"), "IDN": ("IDN", "fm"), "LAO": ("LAO", "fm"),
                   "MYS": ("MYS", "fm")}

FIRST_DAY = date(2019, 1, 1)
LAST_DAY = date(2025, 10, 31)

# --------------------------------------------------------------------------------------
# Events


@dataclass(slots=True)
class Event:
    """One meeting that happened; every article about it points here."""

    eid: str
    sub: str  # talks, reception, phone, video, conference
    day: date
    a: Holder | None  # the subject (host, caller) of a bilateral event
    b: Holder | None  # the counterpart
    parties: tuple[str, ...]
    chairs: tuple[Holder, ...] = ()
    series: Series | None = None
    ordinal: int | None = None
    fmt: str = "in_person"
    level: str = "other"
    city: str | None = None  # English name of the city, None for calls
    unnamed_chair: bool = False
    drawn: bool = False  # reported as news already (a recall may create it before)

    @property
    def kind(self) -> str:
        """The contract kind; a numbered bilateral series (consultations) is talks."""
        if self.sub == "conference":
            return "conference" if "ASEAN" in self.parties else "talks"
        return {"talks": "talks", "reception": "talks", "phone": "call", "video": "call"}[self.sub]

    @property
    def persons(self) -> tuple[Holder, ...]:
        if self.sub == "conference":
            return self.chairs
        return tuple(h for h in (self.a, self.b) if h is not None)

    def summary(self) -> dict[str, Any]:
        gids = sorted({PARTIES[p].gid for p in self.parties} | {h.gid for h in self.persons})
        return {
            "event": self.eid,
            "kind": self.kind,
            "sub": self.sub,
            "format": self.fmt,
            "level": self.level,
            "ordinal": self.ordinal,
            "series": self.series.key if self.series else None,
            "name": _event_name_en(self),
            "date": self.day.isoformat(),
            "location": self.city,
            "parties": sorted(self.parties),
            "participants": gids,
            "chairs": sorted(h.gid for h in self.chairs),
        }


def _event_name_en(ev: Event) -> str:
    if ev.series is not None and ev.ordinal is not None:
        return ev.series.en.format(n=ordinal_en(ev.ordinal))
    assert ev.a is not None and ev.b is not None
    verb = {"talks": "Talks", "reception": "Reception", "phone": "Phone call",
            "video": "Video talks"}[ev.sub]
    return f"{verb}: {ev.a.en} and {ev.b.en}"


@dataclass(frozen=True, slots=True)
class Mention:
    """What one article says about one event."""

    event: Event
    reported: bool
    date: str  # the date as precise as the article states it (ISO, maybe 2021-03)
    persons: tuple[str, ...]  # person gids the sentence names
    form: str  # which sentence pattern stated it (for per-pattern recall)


@dataclass(slots=True)
class Article:
    outlet: str
    lang: str
    published: date
    title: str
    text: str
    mentions: list[Mention]
    teased: list[Event] = field(default_factory=list)
    url: str = ""
    odd: str = ""  # "", "empty", "caption", "html"


# --------------------------------------------------------------------------------------
# Small text helpers

_ZH_DIGITS = "零一二三四五六七八九"
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_XH_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.",
              "Oct.", "Nov.", "Dec.")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def zh_number(n: int) -> str:
    """1-99 in Chinese numerals, as ordinals are written: 十七, 二十三, 五十二."""
    if n < 10:
        return _ZH_DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "十" if tens == 1 else _ZH_DIGITS[tens] + "十"
    return head + (_ZH_DIGITS[ones] if ones else "")


def ordinal_en(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _zh_md(d: date) -> str:
    return f"{d.month}月{d.day}日"


def _en_md(d: date) -> str:
    return f"{_MONTHS[d.month - 1]} {d.day}"


def _pick(rng: random.Random, options: Sequence[str]) -> str:
    return options[rng.randrange(len(options))]


@functools.lru_cache(maxsize=1024)
def _cumulative(table: tuple[tuple[Any, float], ...]) -> tuple[tuple[Any, ...], list[float]]:
    return tuple(item for item, _ in table), list(itertools.accumulate(w for _, w in table))


def _weighted(rng: random.Random, table: tuple[tuple[Any, float], ...]) -> Any:
    """One item of ``((item, weight), ...)``, drawn with one ``rng.random()``."""
    items, cum = _cumulative(table)
    return items[min(bisect.bisect_right(cum, rng.random() * cum[-1]), len(items) - 1)]


# --------------------------------------------------------------------------------------
# Drawing events

_SUBJECTS = (("VNM", 60.0), ("CHN", 25.0), ("RUS", 4.0), ("JPN", 3.0), ("LAO", 3.0),
             ("IND", 2.0), ("KHM", 2.0), ("KOR", 1.0))
_PARTNERS = (("LAO", 5), ("KHM", 4), ("CHN", 4), ("RUS", 4), ("JPN", 4), ("KOR", 3), ("USA", 3),
             ("IND", 3), ("SGP", 2), ("THA", 2), ("IDN", 2), ("MYS", 2), ("PHL", 2), ("AUS", 2),
             ("NZL", 1), ("FRA", 1), ("DEU", 1), ("GBR", 1), ("CUB", 1.5), ("MNG", 0.5),
             ("KAZ", 0.5), ("BLR", 0.5), ("UZB", 0.5), ("BRA", 0.5), ("ZAF", 0.3), ("BRN", 0.5),
             ("CAN", 0.5), ("VNM", 4), ("UN", 0.6), ("ASEAN", 0.3), ("WHO", 0.2), ("EU", 0.4))
_ROLE_PAIRS = {
    "talks": (("hog", "hog", 3.0), ("hos", "hos", 2.0), ("fm", "fm", 3.0), ("def", "def", 1.5),
              ("leg", "leg", 1.0), ("party", "party", 0.8), ("hos", "party", 0.3)),
    "reception": (("hog", "fm", 3.0), ("hos", "fm", 1.5), ("party", "hog", 1.0),
                  ("hos", "hog", 0.8), ("hog", "def", 1.0), ("hog", "sg", 1.0),
                  ("fm", "dfm", 0.6), ("leg", "fm", 0.5), ("party", "fm", 0.8),
                  ("hos", "sg", 0.4), ("hog", "leg", 0.5)),
    "phone": (("hog", "hog", 3.0), ("hos", "hos", 2.0), ("fm", "fm", 3.0),
              ("party", "party", 0.6), ("hog", "sg", 0.5), ("fm", "sg", 0.3)),
    "video": (("hog", "hog", 2.0), ("fm", "fm", 2.0), ("hos", "hos", 1.0),
              ("party", "party", 0.4), ("def", "def", 0.5)),
}
_PARTNERS_OF = {code: tuple(p for p in _PARTNERS if p[0] != code) for code, _ in _SUBJECTS}
_ROLE_TABLES = {
    (sub, org): tuple(((ra, rb), w) for ra, rb, w in pairs if (rb == "sg") == org)
    for sub, pairs in _ROLE_PAIRS.items()
    for org in (False, True)
}
_VENUES_ZH = {"VNM": ("政府总部", "主席府", "外交部"), "CHN": ("人民大会堂", "钓鱼台国宾馆"),
              "RUS": ("克里姆林宫",), "LAO": ("总理府",)}


class _EventPool:
    """Draws new events and keeps what later articles need to recall earlier ones."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.count = 0
        self.used: set[tuple[date, frozenset[str]]] = set()
        self.history: dict[frozenset[str], list[Event]] = {}
        self.recent: list[Event] = []
        self.series_events: dict[tuple[str, int], Event] = {}
        # The calendar of series meetings, in a seed-dependent order, drawn until used up.
        self.series_days: dict[tuple[str, int], date] = {}
        slots = []
        for s in SERIES:
            for year in range(2019, 2026):
                for k in range(s.per_year):
                    ordinal = s.base_ordinal + (year - s.base_year) * s.per_year + k
                    if ordinal < 1:
                        continue
                    self.series_days[(s.key, ordinal)] = self._series_day(s, year, k)
                    slots.append((s.key, ordinal))
        rng.shuffle(slots)
        self.calendar = slots

    def _series_day(self, s: Series, year: int, k: int) -> date:
        idx = year - 2019
        if s.key == "asean-summit":
            return date.fromisoformat(f"{year}-{_ASEAN_SUMMIT_DAYS[idx * 2 + k]}")
        if s.key == "amm":
            return date.fromisoformat(f"{year}-{_AMM_DAYS[idx]}")
        day = date(year, 3, 1) + timedelta(days=self.rng.randrange(245))
        return min(day, LAST_DAY)

    def _new_id(self) -> str:
        self.count += 1
        return f"ev-{self.count:06d}"

    # -- series ------------------------------------------------------------------------
    def series_event(self, key: str, ordinal: int) -> Event | None:
        """The event of a series meeting, made on first use (report or recall)."""
        if (key, ordinal) in self.series_events:
            return self.series_events[(key, ordinal)]
        if (key, ordinal) not in self.series_days:
            return None
        s = _SERIES_BY_KEY[key]
        day = self.series_days[(key, ordinal)]
        chairs: list[Holder] = []
        parties = list(s.parties)
        if s.roles:
            for party, role in s.roles:
                h = _holder(party, role, day, self.rng)
                if h is None:
                    return None
                chairs.append(h)
        else:
            chair = _ASEAN_CHAIR[day.year]
            office = (_ASEAN_CHAIR_LEADER if s.level == "summit" else _ASEAN_CHAIR_FM)[chair]
            h = _holder(*office, day, self.rng)
            if h is None:
                return None
            chairs.append(h)
            parties.append(chair)
        virtual = day.year in (2020, 2021) or (day.year == 2022 and day.month < 5)
        fmt = "virtual" if virtual else "in_person"
        if s.roles and len(s.parties) == 2:
            host = s.parties[ordinal % 2]
            city: str | None = PARTIES[host].city_en
        elif s.roles:
            city = "Hanoi" if ordinal % 2 else PARTIES[s.parties[1]].city_en
        else:
            city = _ASEAN_CHAIR_CITY[day.year]
        ev = Event(self._new_id(), "conference", day, None, None, tuple(dict.fromkeys(parties)),
                   tuple(chairs), s, ordinal, fmt, s.level, None if virtual else city,
                   unnamed_chair=len(s.roles) == 1)
        self.series_events[(key, ordinal)] = ev
        self.used.add((day, frozenset(ev.parties)))  # no bilateral event the same day
        return ev

    def _draw_conference(self) -> Event | None:
        """A calendar meeting not reported yet (a recall may have created it already)."""
        while self.calendar:
            ev = self.series_event(*self.calendar.pop())
            if ev is not None and not ev.drawn:
                return ev
        return None

    # -- bilateral ---------------------------------------------------------------------
    def draw(self) -> Event:
        rng = self.rng
        if self.calendar and rng.random() < 0.12:
            ev = self._draw_conference()
            if ev is not None:
                self._remember(ev)
                return ev
        while True:
            day = FIRST_DAY + timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))
            covid = 2020 <= day.year <= 2021
            sub = _weighted(rng, (("talks", 3.0), ("reception", 3.0), ("phone", 2.0),
                                  ("video", 2.0 if covid else 0.25)))
            subject = _weighted(rng, _SUBJECTS)
            partner = _weighted(rng, _PARTNERS_OF[subject])
            org = PARTIES[partner].kind == "org"
            pairs = _ROLE_TABLES[(sub, org)]
            if not pairs:
                continue
            ra, rb = _weighted(rng, pairs)
            a = _holder(subject, ra, day, rng)
            b = _holder(partner, rb, day, rng)
            key = (day, frozenset((subject, partner)))
            if a is None or b is None or key in self.used:
                continue
            self.used.add(key)
            if sub in ("phone", "video"):
                city = None
            elif sub == "reception" or org or rng.random() < 0.7:
                city = PARTIES[subject].city_en
            else:
                city = PARTIES[partner].city_en
            fmt = {"phone": "phone", "video": "virtual"}.get(sub, "in_person")
            la, lb = ROLE_LEVEL[a.role], ROLE_LEVEL[b.role]
            level = la if _LEVEL_RANK[la] <= _LEVEL_RANK[lb] else lb
            ev = Event(self._new_id(), sub, day, a, b, (subject, partner), (), None, None, fmt,
                       level, city)
            self._remember(ev)
            return ev

    def _remember(self, ev: Event) -> None:
        ev.drawn = True
        if ev.series is None:
            pair = frozenset(ev.parties)
            past = self.history.setdefault(pair, [])
            past.append(ev)
            if len(past) > 12:
                del past[0]
        self.recent.append(ev)
        if len(self.recent) > 40:
            del self.recent[0]

    def earlier(self, ev: Event, before: date) -> Event | None:
        """An earlier event the article about ``ev`` may recall, or None."""
        limit = before - timedelta(days=15)
        if ev.series is not None and ev.ordinal is not None:
            prev = self.series_event(ev.series.key, ev.ordinal - 1)
            return prev if prev is not None and prev.day <= limit else None
        past = [p for p in self.history.get(frozenset(ev.parties), ()) if p.day <= limit]
        return self.rng.choice(past) if past else None


def _holder(party: str, role: str, day: date, rng: random.Random) -> Holder | None:
    options = [h for h in _BY_OFFICE.get((party, role), ()) if h.in_office(day)]
    if not options:
        return None
    return options[0] if len(options) == 1 else rng.choice(options)


# --------------------------------------------------------------------------------------
# Paragraph banks (written for this generator). Placeholders: {A} {B} short names of the
# two sides' persons, {Ast} {Bst} their states, {Aside} {Bside} "越方" / "the Vietnamese side".

_ZH_A_SPEECH = (
    "{A}表示，{Ast}始终高度重视同{Bst}的友好合作关系，愿同{Bst}一道推动双边关系"
    "持续健康稳定发展。",
    "{A}强调，两国在政治、经济和人文等领域的合作潜力巨大，双方应进一步挖掘潜力，"
    "为两国人民带来更多实实在在的利益。",
    "{A}建议双方加强政策沟通，充分发挥现有合作机制的作用，推动已签署的协议尽早落地见效。",
    "{A}表示，{Aside}愿同{Bside}加强在数字经济、绿色转型、可再生能源和创新创业等新兴领域的合作。",
    "{A}希望双方继续为对方企业投资兴业创造便利条件，推动更多大型项目落地。",
    "{A}指出，{Aside}愿同{Bside}一道，落实好两国高层领导人达成的重要共识，推动各领域合作"
    "提质升级。",
    "{A}表示，当前国际和地区形势复杂多变，双方应加强战略沟通，共同维护地区和平、稳定与发展。",
)
_ZH_B_SPEECH = (
    "{B}表示，{Bst}珍视同{Ast}的传统友谊，愿同{Aside}保持密切沟通，推动各领域务实合作"
    "不断取得新进展。",
    "{B}赞赏{Ast}近年来取得的发展成就，认为{Ast}在地区和国际事务中发挥着日益重要的作用。",
    "{B}表示，{Bside}支持双方扩大贸易往来，愿进口更多{Ast}优质农产品和加工产品。",
    "{B}同意{A}的看法，表示{Bside}愿同{Aside}加强在教育、科技、卫生和旅游等领域的交流。",
    "{B}表示，{Bside}愿同{Aside}密切在多边机制中的协调配合，共同应对气候变化、粮食安全和"
    "能源安全等全球性挑战。",
    "{B}强调，{Bst}视{Ast}为重要合作伙伴，希望双方进一步便利人员往来，扩大直航航班。",
)
_ZH_AGREE = (
    "双方一致同意进一步加强政治互信，保持各层级特别是高层交往，加强政府、议会和地方之间的交流。",
    "双方同意推动经贸、投资、交通基础设施、能源和农业等领域合作取得更多实质性成果。",
    "双方还就共同关心的地区和国际问题交换意见，同意在联合国、东盟等多边框架内继续加强"
    "协调与配合。",
    "双方强调，应通过和平方式解决海上分歧，尊重国际法，特别是1982年《联合国海洋法公约》。",
    "双方同意加强教育培训、文化、旅游和人文交流合作，为两国青年增进相互了解创造条件。",
    "双方同意加强防务安全、打击跨国犯罪和应对非传统安全挑战等领域的合作。",
    "双方一致认为，两国关系发展势头良好，各领域合作成果丰硕，符合两国人民的根本利益。",
)
_ZH_FACTS = (
    "据统计，{y}年{Ast}与{Bst}双边贸易额达{x}亿美元，同比增长{p}%。",
    "截至目前，{Bst}在{Ast}共有有效投资项目{k}个，协议投资总额约{x}亿美元。",
    "目前约有{k}名{Ast}留学生在{Bst}学习，双方人员往来日益频繁。",
)
_ZH_CLOSERS = (
    "分析人士指出，{Ast}与{Bst}保持高层密切交往，有利于双方在复杂多变的国际形势下加强协调、"
    "共谋发展。",
    "近年来，{Ast}与{Bst}在贸易、投资、教育和卫生等领域签署了多项合作文件，务实合作不断走深走实。",
    "据介绍，双方有关部门将尽快制定具体落实方案，推动此次达成的各项共识转化为实际成果。",
    "{Ast}与{Bst}人文交流日益密切，目前两国间每周往返航班已恢复并超过疫情前水平。",
)
_ZH_COVID = "{B}感谢{Aside}在抗击新冠肺炎疫情中给予的支持与帮助。"
_ZH_CONF = (
    "与会代表回顾了各方在贸易投资、互联互通和人力资源开发等领域合作取得的进展，"
    "并就下阶段合作方向交换意见。",
    "各方一致同意继续落实好现有合作行动计划，加强在公共卫生、数字转型、能源安全和应对"
    "气候变化等领域的合作。",
    "与会各方还就东海、缅甸和朝鲜半岛局势等共同关心的地区和国际问题交换了意见。",
    "各方强调维护东盟团结和中心地位的重要性，支持以和平方式解决争端。",
    "会议审议通过了下阶段合作的工作计划，并就筹备年内相关会议交换了意见。",
)
_ZH_LONG = (
    "{Ast}与{Bst}之间的合作涵盖政治、经济、国防安全、教育、科技、文化、旅游等诸多领域。"
    "近年来，双方地方之间的交流日趋活跃，多个省市结为友好省市，开展了形式多样的合作项目。",
    "在经济领域，双方企业积极开展合作，在加工制造、基础设施建设、金融服务、电子商务等方面"
    "取得积极成果。双方同意进一步简化通关手续，提高物流效率，为扩大贸易规模创造条件。",
    "在人文交流方面，两国定期举办文化周、电影周等活动，旅游合作持续恢复，直航航班数量"
    "稳步增加，为增进两国人民相互了解和友谊作出积极贡献。",
    "分析人士认为，在世界经济复苏乏力、地缘政治形势复杂多变的背景下，加强互利合作对于"
    "双方实现各自发展目标具有重要意义。",
    "双方同意加强海关、检验检疫等部门之间的协调，为农产品、水产品进入对方市场提供便利，"
    "同时加强打击走私和贸易欺诈行为。",
)

_EN_A_SPEECH = (
    "{A} said {Ast} always attaches importance to its friendship and cooperation with {Bst}, "
    "and wishes to work with {Bst} to lift bilateral ties to a new height.",
    "{A} stressed that the two countries still have huge potential for cooperation in trade, "
    "investment, energy and education, and urged both sides to tap it more effectively.",
    "{A} suggested the two sides make better use of existing cooperation mechanisms and "
    "speed up the implementation of signed agreements.",
    "{A} called on {Bside} to create favourable conditions for {Ast}'s goods, especially "
    "farm and aquatic products, to enter its market.",
    "{A} proposed stronger cooperation in emerging areas such as the digital economy, green "
    "transition, renewable energy and innovation.",
    "{A} noted that amid complicated regional and global developments, the two sides should "
    "intensify strategic communication to jointly safeguard peace, stability and development.",
    "{A} asked {Bside} to continue facilitating the stay of {Ast}'s community there and to "
    "consider opening more direct flights between the two countries.",
)
_EN_B_SPEECH = (
    "For his part, {B} said {Bst} values its traditional friendship with {Ast} and wants to "
    "maintain close contact with {Aside} to advance practical cooperation.",
    "{B} spoke highly of {Ast}'s socio-economic achievements and its growing role in regional "
    "and international affairs.",
    "{B} affirmed that {Bside} supports expanding two-way trade and encourages its businesses "
    "to invest in {Ast}.",
    "{B} agreed with {A}'s proposals and pledged to step up exchanges in education, science, "
    "health care and tourism.",
    "{B} said {Bst} regards {Ast} as an important partner and hopes to coordinate closely at "
    "multilateral forums on climate change, food security and energy security.",
    "{B} expressed the hope that the two countries would soon upgrade their economic ties and "
    "remove barriers to trade in agricultural products.",
)
_EN_AGREE = (
    "The two sides agreed to further strengthen political trust and maintain exchanges at all "
    "levels, including through Party, State, Government and parliamentary channels.",
    "Both sides agreed to push for more substantive results in trade, investment, transport "
    "infrastructure, energy and agriculture.",
    "They also exchanged views on regional and international issues of mutual concern and "
    "agreed to continue close coordination at the United Nations and ASEAN.",
    "The two sides stressed the importance of settling disputes at sea by peaceful means in "
    "line with international law, including the 1982 UN Convention on the Law of the Sea.",
    "They agreed to enhance cooperation in education and training, culture, tourism and "
    "people-to-people exchange.",
    "The two sides agreed to boost cooperation in defence and security, the fight against "
    "transnational crime and non-traditional security challenges.",
)
_EN_FACTS = (
    "Two-way trade between {Ast} and {Bst} reached {x} billion USD in {y}, up {p} percent "
    "year-on-year.",
    "{Bst} currently has {k} valid investment projects in {Ast} with a total registered "
    "capital of about {x} billion USD.",
    "About {k} students from {Ast} are studying in {Bst}.",
)
_EN_COVID = "{B} thanked {Aside} for its support in the fight against the COVID-19 pandemic."
_EN_CONF = (
    "The officials reviewed the progress of cooperation in trade and investment, connectivity "
    "and human resources development, and discussed orientations for the next stage.",
    "Participants agreed to continue implementing the current plan of action and to boost "
    "cooperation in public health, digital transformation, energy security and climate change "
    "response.",
    "They also exchanged views on regional and international issues of common concern, "
    "including the East Sea, Myanmar and the Korean Peninsula.",
    "Participants stressed the importance of ASEAN solidarity and centrality and supported the "
    "peaceful settlement of disputes.",
)
_EN_LONG = (
    "Cooperation between {Ast} and {Bst} now covers politics, the economy, defence and "
    "security, education, science and technology, culture and tourism. Exchanges between "
    "localities have grown more active in recent years, with many provinces and cities "
    "establishing friendship ties and joint projects.",
    "In the economic field, businesses of the two countries have worked together in "
    "manufacturing, infrastructure, financial services and e-commerce. Both sides agreed to "
    "further simplify customs procedures and improve logistics efficiency.",
    "On people-to-people exchange, the two countries regularly hold culture and film weeks, "
    "while tourism cooperation has kept recovering and the number of direct flights has "
    "steadily increased.",
    "Analysts said that amid a sluggish global recovery and a complex geopolitical situation, "
    "closer mutually beneficial cooperation matters for both sides' development goals.",
)

_ZH_OTHER_TEASERS = (
    ("还剑湖畔游人如织。", "河内市多措并举推动旅游业发展", "今年前{k}个月，河内市接待国内外游客"
     "人次同比明显增长，多项旅游刺激活动陆续推出。"),
    ("胡志明市一工业园区。", "胡志明市吸引外资保持增长势头", "今年以来，胡志明市新批外资项目"
     "数量同比增长，加工制造业和数字经济领域项目占比较大。"),
    ("湄公河三角洲地区稻田。", "越南大米出口额同比增长", "越南农业与环境部数据显示，今年前"
     "{k}个月越南大米出口量保持增长，主要出口市场需求稳定。"),
)
_EN_OTHER_TEASERS = (
    "Hanoi steps up efforts to attract more international tourists",
    "Rice exports post strong growth in first months",
    "HCM City sees rising foreign investment in high-tech manufacturing",
    "Vietnam's digital economy forecast to keep double-digit growth",
)
_REPORTERS = ("王晶", "胡佳丽", "刘畅", "李明", "张伟", "陈佳", "赵博", "黄飞", "孙洁", "杨柳",
              "周然", "吴昊", "郑直", "林海")
_EDITORS = ("吴京泽", "邱丽芳", "刘阳", "张樱", "王雪", "李睿")
_EN_EDITORS = ("Liu Hua", "Zhang Jing", "Chen Lin", "Wang Yan", "Huaxia")
_ZH_TOD = ("上午", "下午", "晚", "")


# --------------------------------------------------------------------------------------
# Sentences that state an event


@dataclass(slots=True)
class _Ctx:
    """One article being written: language, outlet, dates and who was named already."""

    rng: random.Random
    lang: str
    outlet: str  # "vna" or "xinhua"
    home: str  # VNM or CHN: whose officials need no country
    published: date
    dateline_city: str = ""  # English city of the dateline
    named: set[str] = field(default_factory=set)

    def ref(self, h: Holder) -> str:
        """A person on first mention (title and full name), then the short name."""
        if h.slug in self.named:
            return h.zh_short if self.lang == "zh" else h.en_short
        self.named.add(h.slug)
        if self.lang == "zh":
            return title_zh(h, self.home, self.rng) + h.zh
        return f"{title_en(h, self.home)} {h.en}"

    def full(self, h: Holder) -> str:
        """A person in a recall: the full name, with "时任"/"then" when out of office now."""
        self.named.add(h.slug)
        if h.in_office(self.published):
            return h.zh if self.lang == "zh" else h.en
        if self.lang == "zh":
            return "时任" + title_zh(h, self.home, self.rng) + h.zh
        return f"then {title_en(h, self.home)} {h.en}"


def _city_zh(ev: Event) -> str:
    return _CITY_ZH.get(ev.city or "", ev.city or "")


def _zh_day(ctx: _Ctx, d: date) -> str:
    """The event day as Chinese copy writes it: "13日" after a Xinhua dateline of that
    month, else "9月13日", sometimes with the year."""
    rng = ctx.rng
    if ctx.outlet == "xinhua" and ctx.published.month == d.month and rng.random() < 0.8:
        text = f"{d.day}日"
    elif rng.random() < 0.12:
        text = f"{d.year}年{_zh_md(d)}"
    else:
        text = _zh_md(d)
    return text + (_pick(rng, _ZH_TOD) if rng.random() < 0.4 else "")


def _en_day(ctx: _Ctx, d: date) -> str:
    """ "on March 15" (VNA) or "on Friday" / "on Sept. 11" (Xinhua)."""
    if ctx.outlet == "xinhua":
        if 0 <= (ctx.published - d).days <= 5 and ctx.rng.random() < 0.6:
            return f"on {_WEEKDAYS[d.weekday()]}"
        return f"on {_XH_MONTHS[d.month - 1]} {d.day}"
    return f"on {_en_md(d)}"


def _place_zh(ctx: _Ctx, ev: Event) -> str:
    city = _city_zh(ev)
    host = next((p for p in ev.parties if PARTIES[p].city_en == ev.city), "")
    if host in _VENUES_ZH and ctx.rng.random() < 0.35:
        return city + _pick(ctx.rng, _VENUES_ZH[host])
    return city


def _place_en(ctx: _Ctx, ev: Event) -> str:
    if ctx.outlet == "xinhua" and ev.city == ctx.dateline_city and ctx.rng.random() < 0.5:
        return "here"
    return f"in {ev.city}"


def _names(*holders: Holder | None) -> tuple[str, ...]:
    return tuple(h.gid for h in holders if h is not None)


def lead_zh(ctx: _Ctx, ev: Event) -> tuple[str, str, tuple[str, ...]]:
    """The sentence that reports ``ev`` in Chinese: (sentence, form, persons named)."""
    rng = ctx.rng
    d = _zh_day(ctx, ev.day)
    if ev.sub == "conference":
        return _conf_zh(ctx, ev, d)
    assert ev.a is not None and ev.b is not None
    a, b = ctx.ref(ev.a), ctx.ref(ev.b)
    named = _names(ev.a, ev.b)
    if ev.sub == "talks":
        p = _place_zh(ctx, ev)
        form = _weighted(rng, (("t1", 3), ("t2", 3), ("t3", 2), ("t4", 1)))
        text = {
            "t1": f"{d}，{a}在{p}同{b}举行会谈。",
            "t2": f"{a}{d}在{p}与{b}举行会谈。",
            "t3": f"{a}于{d}在{p}同{b}举行会谈，双方就双边关系和共同关心的国际与地区问题"
            "深入交换意见。",
            "t4": f"{d}，{a}与{b}在{p}举行会谈。",
        }[form]
    elif ev.sub == "reception":
        p = _place_zh(ctx, ev)
        form = _weighted(rng, (("r1", 3), ("r2", 3), ("r3", 1)))
        text = {
            "r1": f"{d}，{a}在{p}会见了{b}。",
            "r2": f"{a}{d}在{p}会见{b}。",
            "r3": f"{a}{d}在{p}会见了{b}，双方就进一步深化双边合作交换意见。",
        }[form]
    elif ev.sub == "phone":
        form = _weighted(rng, (("c1", 3), ("c2", 2), ("c3", 2)))
        text = {
            "c1": f"{d}，{a}同{b}通电话。",
            "c2": f"{a}{d}应约同{b}通电话。",
            "c3": f"{a}与{b}{d}举行电话会谈。",
        }[form]
    else:
        form = _weighted(rng, (("v1", 3), ("v2", 2)))
        text = {
            "v1": f"{d}，{a}同{b}举行视频会谈。",
            "v2": f"{a}{d}以视频方式同{b}举行会谈。",
        }[form]
    return text, f"zh.{ev.sub}.{form}", named


def _conf_name_zh(ev: Event) -> str:
    assert ev.series is not None and ev.ordinal is not None
    n = str(ev.ordinal) if ev.ordinal % 5 == 0 else zh_number(ev.ordinal)
    return ev.series.zh.format(n=n)


def _chairs_zh(ctx: _Ctx, ev: Event) -> tuple[str, tuple[str, ...]]:
    refs = [ctx.ref(h) for h in ev.chairs]
    if ev.unnamed_chair and ev.series is not None:
        refs.append(ev.series.unnamed_zh)
    return "和".join(refs), _names(*ev.chairs)


def _conf_zh(ctx: _Ctx, ev: Event, d: str) -> tuple[str, str, tuple[str, ...]]:
    rng = ctx.rng
    name = _conf_name_zh(ev)
    chairs, named = _chairs_zh(ctx, ev)
    where = "以视频方式" if ev.fmt == "virtual" else f"在{_city_zh(ev)}"
    co = "共同" if len(ev.chairs) + int(ev.unnamed_chair) > 1 else ""
    form = _weighted(rng, (("s1", 3), ("s2", 2)))
    if form == "s1":
        verb = "召开" if ev.fmt == "virtual" else "举行"
        text = f"{name}于{d}{where}{verb}，由{chairs}{co}主持。"
    else:
        text = f"{d}，{chairs}{where}{co}主持{name}。"
    return text, f"zh.conference.{form}", named


def lead_en(ctx: _Ctx, ev: Event) -> tuple[str, str, tuple[str, ...]]:
    """The sentence that reports ``ev`` in English: (sentence, form, persons named)."""
    rng = ctx.rng
    d = _en_day(ctx, ev.day)
    if ev.sub == "conference":
        return _conf_en(ctx, ev, d)
    assert ev.a is not None and ev.b is not None
    a, b = ctx.ref(ev.a), ctx.ref(ev.b)
    named = _names(ev.a, ev.b)
    xinhua = ctx.outlet == "xinhua"  # Xinhua favours "X on Friday held talks with Y"
    if ev.sub == "talks":
        p = _place_en(ctx, ev)
        form = _weighted(rng, (("t1", 2 if xinhua else 4), ("t2", 5 if xinhua else 3), ("t3", 1)))
        text = {
            "t1": f"{a} held talks with {b} {p} {d}.",
            "t2": f"{a} {d} held talks with {b} {p}.",
            "t3": f"{a} and {b} held talks {p} {d}.",
        }[form]
    elif ev.sub == "reception":
        p = _place_en(ctx, ev)
        verb = "met with" if ctx.outlet == "xinhua" else "received"
        form = _weighted(rng, (("r1", 2 if xinhua else 3), ("r2", 4 if xinhua else 2)))
        text = {
            "r1": f"{a} {verb} {b} {p} {d}.",
            "r2": f"{a} {d} {verb} {b} {p}.",
        }[form]
    elif ev.sub == "phone":
        form = _weighted(rng, (("c1", 3), ("c2", 2), ("c3", 5 if xinhua else 2), ("c4", 1)))
        text = {
            "c1": f"{a} held phone talks with {b} {d}.",
            "c2": f"{a} had a phone conversation with {b} {d}.",
            "c3": f"{a} {d} held phone talks with {b}.",
            "c4": f"{a} spoke over the phone with {b} {d}.",
        }[form]
    else:
        form = _weighted(rng, (("v1", 3), ("v2", 2), ("v3", 1), ("v4", 3 if xinhua else 0)))
        text = {
            "v1": f"{a} held virtual talks with {b} {d}.",
            "v2": f"{a} held talks with {b} via videoconference {d}.",
            "v3": f"{a} and {b} held virtual talks {d}.",
            "v4": f"{a} {d} held talks with {b} via video link.",
        }[form]
    return text, f"en.{ev.sub}.{form}", named


def _conf_name_en(ev: Event) -> str:
    assert ev.series is not None and ev.ordinal is not None
    return ev.series.en.format(n=ordinal_en(ev.ordinal))


def _conf_en(ctx: _Ctx, ev: Event, d: str) -> tuple[str, str, tuple[str, ...]]:
    rng = ctx.rng
    name = _conf_name_en(ev)
    refs = [ctx.ref(h) for h in ev.chairs]
    if ev.unnamed_chair and ev.series is not None:
        refs.append(ev.series.unnamed_en)
    chairs = " and ".join(refs)
    co = "co-chaired" if len(refs) > 1 else "chaired"
    where = "via videoconference" if ev.fmt == "virtual" else f"in {ev.city}"
    form = _weighted(rng, (("s1", 3), ("s2", 2)))
    if form == "s1":
        text = f"The {name} took place {where} {d}, {co} by {chairs}."
    else:
        text = f"{chairs} {co} the {name} {where} {d}."
    return text, f"en.conference.{form}", _names(*ev.chairs)


def _recall_date(ctx: _Ctx, d: date) -> tuple[str, str, str]:
    """How a recall dates an earlier event: (zh phrase, en phrase, ISO as precise)."""
    rng = ctx.rng
    x = rng.random()
    if x < 0.15 and d.year == ctx.published.year - 1:
        return f"去年{d.month}月", f"in {_MONTHS[d.month - 1]} last year", d.isoformat()[:7]
    if x < 0.4:
        return f"{d.year}年{_zh_md(d)}", f"on {_en_md(d)}, {d.year}", d.isoformat()
    return f"{d.year}年{d.month}月", f"in {_MONTHS[d.month - 1]} {d.year}", d.isoformat()[:7]


def recall_zh(ctx: _Ctx, ev: Event) -> tuple[str, str, str, tuple[str, ...]]:
    """A sentence recalling ``ev``: (sentence, form, ISO date as stated, persons named)."""
    rng = ctx.rng
    dz, _, iso = _recall_date(ctx, ev.day)
    if ev.sub == "conference":
        name = _conf_name_zh(ev)
        where = "以视频方式" if ev.fmt == "virtual" else f"在{_city_zh(ev)}"
        lead = "此前，" if rng.random() < 0.5 else ""
        return f"{lead}{name}于{dz}{where}举行。", "zh.recall.conference", iso, ()
    assert ev.a is not None and ev.b is not None
    if ev.sub != "reception" and rng.random() < 0.1:
        both = {"talks": f"{dz}，双方曾在{_city_zh(ev)}举行会谈。",
                "phone": f"此前，双方曾于{dz}通电话。",
                "video": f"{dz}，双方曾以视频方式举行会谈。"}[ev.sub]
        return both, "zh.recall.unnamed", iso, ()
    a, b = ctx.full(ev.a), ctx.full(ev.b)
    p = _city_zh(ev)
    text = {
        "talks": f"{dz}，{a}曾在{p}同{b}举行会谈。",
        "reception": f"{dz}，{a}曾在{p}会见{b}。",
        "phone": f"此前，{a}曾于{dz}同{b}通电话。",
        "video": f"{dz}，{a}曾同{b}举行视频会谈。",
    }[ev.sub]
    return text, f"zh.recall.{ev.sub}", iso, _names(ev.a, ev.b)


def recall_en(ctx: _Ctx, ev: Event) -> tuple[str, str, str, tuple[str, ...]]:
    """The English counterpart of :func:`recall_zh`."""
    rng = ctx.rng
    _, de, iso = _recall_date(ctx, ev.day)
    if ev.sub == "conference":
        assert ev.series is not None and ev.ordinal is not None
        where = "via videoconference" if ev.fmt == "virtual" else f"in {ev.city}"
        if rng.random() < 0.15:
            short = f"{ordinal_en(ev.ordinal)} {ev.series.en_abbr}"
            return f"The {short} was held {where} {de}.", "en.recall.conference_abbr", iso, ()
        return (f"The {_conf_name_en(ev)} took place {where} {de}.", "en.recall.conference",
                iso, ())
    assert ev.a is not None and ev.b is not None
    if ev.sub != "reception" and rng.random() < 0.1:
        verb = {"talks": "held talks", "phone": "held phone talks",
                "video": "held virtual talks"}[ev.sub]
        where = f" in {ev.city}" if ev.city else ""
        return f"The two sides {verb}{where} {de}.", "en.recall.unnamed", iso, ()
    a, b = ctx.full(ev.a), ctx.full(ev.b)
    lead = "Earlier, " if rng.random() < 0.3 else ""
    a = a if lead else a[0].upper() + a[1:]  # "Then Prime Minister …" opens a sentence
    text = {
        "talks": f"{lead}{a} held talks with {b} in {ev.city} {de}.",
        "reception": f"{lead}{a} received {b} in {ev.city} {de}.",
        "phone": f"{lead}{a} held phone talks with {b} {de}.",
        "video": f"{lead}{a} held virtual talks with {b} {de}.",
    }[ev.sub]
    return text, f"en.recall.{ev.sub}", iso, _names(ev.a, ev.b)


# --------------------------------------------------------------------------------------
# Headlines and body paragraphs

_EN_ROLE_SHORT = {"hos": "President", "hog": "PM", "party": "Party chief", "fm": "FM",
                  "dfm": "Deputy FM", "def": "Defence Minister", "leg": "NA Chairman",
                  "sg": "Secretary-General"}


def _role_zh(h: Holder) -> str:
    if h.role == "party":
        return _ZH_PARTY_TITLE[h.party]
    if h.role == "leg" and h.party in _ZH_LEG_FULL:
        return _ZH_LEG_FULL[h.party]
    return _ZH_TITLE.get((h.party, h.role)) or _ZH_ROLE[h.role]


def _role_en(h: Holder, outlet: str) -> str:
    """A title as headlines shorten it: "PM" (VNA's own), "Lao PM", "Chinese Premier"."""
    if h.role == "sg":
        role = f"{PARTIES[h.party].adj} {_EN_TITLE[(h.party, 'sg')]}"
        return role.replace("EU Commission", "European Commission")
    if h.role == "leg":
        role = "top legislator" if h.party == "CHN" else "NA Chairman"
        if h.party == "RUS":
            role = "State Duma Chairman"
    elif h.party in ("CHN", "USA", "IND", "GBR") or h.role in ("hos",):
        role = _EN_TITLE.get((h.party, h.role)) or _EN_ROLE_SHORT[h.role]
    else:
        role = _EN_ROLE_SHORT[h.role]
    if h.party == "VNM" and outlet == "vna":
        return role
    return f"{PARTIES[h.party].adj} {role}"


def headline_zh(ev: Event, rng: random.Random) -> str:
    if ev.sub == "conference":
        name = _conf_name_zh(ev)
        if ev.fmt == "virtual":
            return name + "以视频方式召开"
        return f"{name}在{_city_zh(ev)}举行"
    assert ev.a is not None and ev.b is not None
    a = ev.a.zh if len(ev.a.zh) <= 4 else ev.a.zh_short
    b = PARTIES[ev.b.party].zh + _role_zh(ev.b) + ev.b.zh_short
    if ev.b.role == "party":
        b = _role_zh(ev.b) + ev.b.zh_short
    return {
        "talks": f"{a}同{b}举行会谈",
        "reception": f"{a}会见{b}",
        "phone": f"{a}同{b}通电话",
        "video": f"{a}同{b}举行视频会谈",
    }[ev.sub]


def headline_en(ev: Event, outlet: str) -> str:
    if ev.sub == "conference":
        assert ev.series is not None and ev.ordinal is not None
        how = "online" if ev.fmt == "virtual" else f"in {ev.city}"
        return f"{ordinal_en(ev.ordinal)} {ev.series.en_abbr} held {how}"
    assert ev.a is not None and ev.b is not None
    a = ev.a.en_short if outlet == "xinhua" else _role_en(ev.a, outlet)
    same = ev.a.role == ev.b.role and ev.b.role != "sg"
    b = f"{PARTIES[ev.b.party].adj} counterpart" if same else _role_en(ev.b, outlet)
    verb = {"talks": "holds talks with", "reception": "receives",
            "phone": "holds phone talks with", "video": "holds virtual talks with"}[ev.sub]
    if outlet == "xinhua" and ev.sub == "reception":
        verb = "meets"
    return f"{a} {verb} {b}"


def _slots(ctx: _Ctx, ev: Event) -> dict[str, str]:
    """The names a paragraph template may use, for one article."""
    if ev.sub == "conference":
        first = ev.chairs[0]
        second: Holder | None = ev.chairs[1] if len(ev.chairs) > 1 else None
        pa, pb = PARTIES[first.party], PARTIES[ev.parties[1] if len(ev.parties) > 1 else "ASEAN"]
    else:
        assert ev.a is not None and ev.b is not None
        first, second = ev.a, ev.b
        pa, pb = PARTIES[ev.a.party], PARTIES[ev.b.party]
    zh = ctx.lang == "zh"
    return {
        "A": ctx.ref(first),
        "B": ctx.ref(second) if second is not None else (pb.zh if zh else pb.en),
        "Ast": pa.zh if zh else pa.en,
        "Bst": pb.zh if zh else pb.en,
        "Aside": pa.side_zh if zh else f"the {pa.adj} side",
        "Bside": pb.side_zh if zh else f"the {pb.adj} side",
        "y": str(min(ev.day.year - 1, 2024)),
        "Bcity": pb.city_zh if zh else pb.city_en,
    }


def _fill(template: str, slots: dict[str, str], rng: random.Random) -> str:
    if "{x}" in template or "{k}" in template:
        slots = dict(slots, x=f"{rng.randint(5, 1800) / 10:.1f}".removesuffix(".0"),
                     p=str(rng.randint(2, 35)), k=str(rng.randint(20, 3500)))
    return template.format(**slots)


def _some(rng: random.Random, bank: Sequence[str], low: int, high: int) -> list[str]:
    """``low``..``high`` distinct items of ``bank`` (cheaper than ``rng.sample``)."""
    left = list(bank)
    return [left.pop(rng.randrange(len(left))) for _ in range(min(len(left), low + rng.randrange(
        high - low + 1)))]


def body(ctx: _Ctx, ev: Event, long: bool) -> list[str]:
    """The article's own paragraphs after the lead, in its language."""
    rng = ctx.rng
    zh = ctx.lang == "zh"
    if ev.sub == "conference" and "ASEAN" in ev.parties:
        picks = _some(rng, _ZH_CONF if zh else _EN_CONF, 3, 5)
    elif ev.sub == "conference":  # a bilateral series: consultations, a steering committee
        picks = _some(rng, _ZH_A_SPEECH if zh else _EN_A_SPEECH, 1, 2)
        if len(ev.chairs) > 1:
            picks.extend(_some(rng, _ZH_B_SPEECH if zh else _EN_B_SPEECH, 1, 2))
        picks.extend(_some(rng, _ZH_AGREE if zh else _EN_AGREE, 2, 3))
        if rng.random() < 0.3:
            picks.append("双方同意明年在{Bcity}举行下一次磋商。" if zh else
                         "The two sides agreed to hold the next round in {Bcity} next year.")
    else:
        assert ev.b is not None
        picks = _some(rng, _ZH_A_SPEECH if zh else _EN_A_SPEECH, 1, 3 if zh else 2)
        if PARTIES[ev.b.party].kind == "org":
            picks.append(
                "{B}赞赏{Ast}在落实可持续发展目标和应对气候变化等方面所作的努力，表示{Bst}"
                "愿继续为{Ast}提供支持。" if zh else
                "{B} lauded {Ast}'s efforts to pursue the Sustainable Development Goals and "
                "respond to climate change, and pledged continued support from the {Bst}."
            )
        else:
            picks.extend(_some(rng, _ZH_B_SPEECH if zh else _EN_B_SPEECH, 1, 3 if zh else 2))
            if ev.day.year in (2020, 2021) and rng.random() < 0.4:
                picks.append(_ZH_COVID if zh else _EN_COVID)
            picks.extend(_some(rng, _ZH_AGREE if zh else _EN_AGREE, 2 if zh else 1,
                               4 if ctx.outlet == "xinhua" else 3))
            if rng.random() < 0.5:
                picks.insert(rng.randint(0, len(picks)), _pick(rng, _ZH_FACTS if zh else _EN_FACTS))
    if zh and ctx.outlet == "xinhua" and ev.sub != "conference":
        picks.extend(_some(rng, _ZH_CLOSERS, 1, 2))
    if long:
        extra = list(_ZH_LONG if zh else _EN_LONG) * 3
        rng.shuffle(extra)
        for t in extra[: rng.randint(5, 12)]:
            picks.insert(rng.randint(1, len(picks)), t)
    slots = _slots(ctx, ev)
    return [_fill(t, slots, rng) for t in picks]


# --------------------------------------------------------------------------------------
# Articles, outlet by outlet


def _caption_zh(ev: Event, rng: random.Random) -> str:
    if ev.sub == "conference":
        return _pick(rng, ("会议现场。", f"{ev.chairs[0].zh}在会上发言。"))
    assert ev.a is not None and ev.b is not None
    return _pick(rng, (f"{ev.a.zh}与{ev.b.zh}。", "会谈现场。", f"{ev.a.zh}在会谈上发言。"))


def _caption_en(ev: Event, rng: random.Random) -> str:
    if ev.sub == "conference":
        return _pick(rng, ("At the meeting", f"{ev.chairs[0].en} speaks at the event"))
    assert ev.a is not None and ev.b is not None
    return _pick(rng, (f"{ev.a.en} (R) and {ev.b.en}", f"{ev.a.en} at the talks",
                       "An overview of the talks"))


def _insert_recall(ctx: _Ctx, paras: list[str], recall: Event | None,
                   mentions: list[Mention]) -> None:
    if recall is None:
        return
    text, form, iso, named = (recall_zh if ctx.lang == "zh" else recall_en)(ctx, recall)
    tail = ("双方当时就深化双边合作达成广泛共识。" if ctx.lang == "zh" else
            " The two sides then reached broad consensus on deepening cooperation.")
    if ctx.rng.random() < 0.4:
        text += tail
    paras.insert(ctx.rng.randint(1, max(1, len(paras))), text)
    mentions.append(Mention(recall, False, iso, named, form))


def _dateline_city(ev: Event, home: str) -> str:
    """Where the story is filed: the meeting's city, else the capital of a participant."""
    if ev.city is not None:
        return ev.city
    if ev.sub == "conference":
        return PARTIES[ev.chairs[0].party].city_en
    return PARTIES[home if home in ev.parties else ev.parties[0]].city_en


def _teaser_candidates(pool: _EventPool, ev: Event, pub: date, skip: set[str]) -> list[Event]:
    """Related news: earlier events of the same parties, or others of the same months."""
    lo = pub - timedelta(days=300)
    near = [e for e in pool.recent if lo <= e.day <= pub]
    same = pool.history.get(frozenset(ev.parties), []) if ev.series is None else []
    seen: dict[str, Event] = {}
    for e in (*same, *near):
        if e.eid not in skip and e.day < pub:
            seen[e.eid] = e
    return list(seen.values())


def _teasers_zh(rng: random.Random, candidates: list[Event], teased: list[Event]) -> list[str]:
    out = []
    others = list(_ZH_OTHER_TEASERS)
    for _ in range(rng.randint(2, 3)):
        if candidates and rng.random() < 0.7:
            ev = candidates.pop(rng.randrange(len(candidates)))
            ctx = _Ctx(rng, "zh", "vna", "VNM", ev.day)
            title = headline_zh(ev, rng)
            if rng.random() < 0.5:
                out.append(f"{title}。图自越通社")
            lead, _, _ = lead_zh(ctx, ev)
            out.extend([title, "越通社河内——" + lead])
            teased.append(ev)
        else:
            cap, title, lead = others.pop(rng.randrange(len(others)))
            out.extend([f"{cap}图自越通社", title, lead.format(k=rng.randint(2, 11))])
    return out


def _teasers_en(rng: random.Random, candidates: list[Event], teased: list[Event]) -> list[str]:
    out: list[str] = []
    others = list(_EN_OTHER_TEASERS)
    for _ in range(rng.randint(2, 3)):
        if candidates and rng.random() < 0.7:
            ev = candidates.pop(rng.randrange(len(candidates)))
            out.append(headline_en(ev, "vna"))
            teased.append(ev)
        else:
            out.append(others.pop(rng.randrange(len(others))))
    return out


def _published(rng: random.Random, day: date, outlet: str) -> date:
    lag = _weighted(rng, ((0, 0.75), (1, 0.25))) if outlet == "xinhua" else _weighted(
        rng, ((0, 0.6), (1, 0.3), (2, 0.1)))
    return day + timedelta(days=lag)


def vna_zh(rng: random.Random, pool: _EventPool, ev: Event, recall: Event | None) -> Article:
    pub = _published(rng, ev.day, "vna")
    ctx = _Ctx(rng, "zh", "vna", "VNM", pub)
    title = headline_zh(ev, rng)
    lead, form, named = lead_zh(ctx, ev)
    mentions = [Mention(ev, True, ev.day.isoformat(), named, "vna." + form)]
    paras = body(ctx, ev, rng.random() < 0.05)
    _insert_recall(ctx, paras, recall, mentions)
    city = _CITY_ZH[_dateline_city(ev, "VNM")] if ev.fmt == "in_person" else "河内"
    parts = [title, ""]
    if rng.random() < 0.85:
        parts.append(lead)
    if rng.random() < 0.7:
        parts.append(f"{title} ảnh 1{_caption_zh(ev, rng)}图自越通社")
    parts.append("")
    parts.append(f"越通社{city}——{lead}")
    for p in paras:
        parts.extend(["", p])
    parts[-1] += "(完)"
    teased: list[Event] = []
    skip = {ev.eid} | ({recall.eid} if recall else set())
    if rng.random() < 0.8:
        parts.extend(["", "越通社", "", "更多", ""])
        candidates = _teaser_candidates(pool, ev, pub, skip)
        parts.extend(_interleave_blank(_teasers_zh(rng, candidates, teased)))
    return Article("vna", "zh", pub, title, "\n".join(parts) + "\n", mentions, teased)


def _interleave_blank(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        out.extend([line, ""])
    return out


def xinhua_zh(rng: random.Random, pool: _EventPool, ev: Event, recall: Event | None) -> Article:
    pub = _published(rng, ev.day, "xinhua")
    ctx = _Ctx(rng, "zh", "xinhua", "CHN", pub)
    title = headline_zh(ev, rng)
    lead, form, named = lead_zh(ctx, ev)
    mentions = [Mention(ev, True, ev.day.isoformat(), named, "xinhua." + form)]
    paras = body(ctx, ev, rng.random() < 0.05)
    _insert_recall(ctx, paras, recall, mentions)
    city = _CITY_ZH[_dateline_city(ev, "CHN")]
    reporters = "　".join(rng.sample(_REPORTERS, rng.randint(1, 2)))
    dateline = f"新华社{city}{pub.month}月{pub.day}日电（记者 {reporters}）"
    parts = [title, ""] if rng.random() < 0.5 else []
    parts.append(dateline + lead)
    for p in paras:
        parts.extend(["", p])
    parts[-1] += "（完）"
    parts.extend(["", f"（责任编辑：{_pick(rng, _EDITORS)}）"])
    if rng.random() < 0.6:
        parts.extend(["", "【纠错】", "", "分享到："])
    return Article("xinhua", "zh", pub, title, "\n".join(parts) + "\n", mentions)


def vna_en(rng: random.Random, pool: _EventPool, ev: Event, recall: Event | None) -> Article:
    pub = _published(rng, ev.day, "vna")
    ctx = _Ctx(rng, "en", "vna", "VNM", pub)
    title = headline_en(ev, "vna")
    lead, form, named = lead_en(ctx, ev)
    mentions = [Mention(ev, True, ev.day.isoformat(), named, "vna." + form)]
    paras = body(ctx, ev, rng.random() < 0.04)
    _insert_recall(ctx, paras, recall, mentions)
    city = _dateline_city(ev, "VNM") if ev.fmt == "in_person" else "Hanoi"
    parts = [title, ""]
    if rng.random() < 0.85:
        parts.append(lead)
    if rng.random() < 0.7:
        parts.append(f"{title} ảnh 1{_caption_en(ev, rng)} (Photo: VNA)")
    parts.append(f"{city} (VNA) – {lead}")
    for i, p in enumerate(paras):
        if i and rng.random() < 0.15:  # a caption glued to the next paragraph
            parts.append(f"{_caption_en(ev, rng)} (Photo: VNA){p}")
        else:
            parts.extend(["", p])
    parts[-1] = parts[-1].rstrip().removesuffix(".") + "./."
    teased: list[Event] = []
    skip = {ev.eid} | ({recall.eid} if recall else set())
    if rng.random() < 0.8:
        parts.extend(["", "VNA", "", "Related news", ""])
        candidates = _teaser_candidates(pool, ev, pub, skip)
        parts.extend(_interleave_blank(_teasers_en(rng, candidates, teased)))
    return Article("vna", "en", pub, title, "\n".join(parts) + "\n", mentions, teased)


def xinhua_en(rng: random.Random, pool: _EventPool, ev: Event, recall: Event | None) -> Article:
    pub = _published(rng, ev.day, "xinhua")
    city = _dateline_city(ev, "CHN")
    ctx = _Ctx(rng, "en", "xinhua", "CHN", pub, dateline_city=city)
    title = headline_en(ev, "xinhua")
    lead, form, named = lead_en(ctx, ev)
    mentions = [Mention(ev, True, ev.day.isoformat(), named, "xinhua." + form)]
    paras = body(ctx, ev, rng.random() < 0.04)
    _insert_recall(ctx, paras, recall, mentions)
    dateline = f"{city.upper()}, {_XH_MONTHS[pub.month - 1]} {pub.day} (Xinhua) -- "
    parts = [dateline + lead]
    for p in paras:
        parts.extend(["", p])
    tail = rng.random()
    if tail < 0.3:
        parts.extend(["", "Enditem"])
    elif tail < 0.5:
        parts.extend(["", f"Editor: {_pick(rng, _EN_EDITORS)}"])
    return Article("xinhua", "en", pub, title, "\n".join(parts) + "\n", mentions)


_WRITERS = {("vna", "zh"): vna_zh, ("xinhua", "zh"): xinhua_zh, ("vna", "en"): vna_en,
            ("xinhua", "en"): xinhua_en}


def _outlet_weights(ev: Event) -> tuple[tuple[tuple[str, str], float], ...]:
    vn, cn = "VNM" in ev.parties, "CHN" in ev.parties
    if vn and cn:
        w = (3.0, 3.0, 2.5, 2.0)
    elif vn:
        w = (4.5, 1.8, 2.5, 0.8)
    elif cn:
        w = (1.5, 4.5, 1.0, 2.0)
    else:
        w = (1.8, 2.8, 1.0, 1.4)
    keys = (("vna", "zh"), ("xinhua", "zh"), ("vna", "en"), ("xinhua", "en"))
    return tuple(zip(keys, w, strict=True))


def _articles_for(ev: Event, pool: _EventPool, rng: random.Random) -> list[Article]:
    count = _weighted(rng, ((1, 0.3), (2, 0.4), (3, 0.2), (4, 0.1)))
    weights = _outlet_weights(ev)
    out = []
    for _ in range(count):
        key = _weighted(rng, weights)
        weights = tuple((k, w) for k, w in weights if k != key)
        recall = pool.earlier(ev, ev.day) if rng.random() < 0.22 else None
        out.append(_WRITERS[key](rng, pool, ev, recall))
    return out


# --------------------------------------------------------------------------------------
# Odd inputs a real feed carries: still valid records


def _odd(rng: random.Random, pool: _EventPool, pending: list[Article]) -> Article:
    kind = _weighted(rng, (("empty", 0.3), ("caption", 0.3), ("html", 0.4)))
    if kind == "html":
        art = pending.pop(rng.randrange(len(pending)))
        paras = "".join(f"<p>{escape(line)}</p>" for line in art.text.splitlines() if line)
        art.text = (
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
            f"<title>{escape(art.title)}</title>"
            "<script type=\"text/javascript\">var _hmt = _hmt || []; (function () { var hm = "
            "document.createElement(\"script\"); hm.src = \"//stats.example/hm.js\"; "
            "document.head.appendChild(hm); })();</script></head><body>"
            "<nav><a href=\"/\">Home</a> <a href=\"/world/\">World</a></nav>"
            f"<article><h1>{escape(art.title)}</h1>{paras}"
            "<script>document.write('<div class=\"ad\"><a href=\"javascript:void(0)\">"
            "Ad</a></div>');</script></article><footer>Copyright</footer></body></html>"
        )
        art.odd = "html"
        return art
    ev = pool.recent[-1] if pool.recent else pool.draw()
    lang = "zh" if rng.random() < 0.6 else "en"
    title = headline_zh(ev, rng) if lang == "zh" else headline_en(ev, "vna")
    text = ""
    if kind == "caption":
        text = (f"{_caption_zh(ev, rng)}图自越通社" if lang == "zh" else
                f"{_caption_en(ev, rng)} (Photo: VNA)")
    return Article("vna", lang, ev.day + timedelta(days=1), title, text, [], [], odd=kind)


# --------------------------------------------------------------------------------------
# The stream, records and ground truth


def _stream(seed: int) -> Iterator[Article]:
    rng = random.Random(seed)
    pool = _EventPool(rng)
    pending: list[Article] = []
    while True:
        while len(pending) < 8:
            ev = pool.draw()
            pending.extend(_articles_for(ev, pool, rng))
        if rng.random() < 0.012:
            yield _odd(rng, pool, pending)
        else:
            yield pending.pop(rng.randrange(len(pending)))


def _url(index: int, art: Article) -> str:
    num = 100000 + index * 37 % 900000
    ymd = art.published.isoformat()
    if art.outlet == "xinhua":
        host = "www.xinhua.example" if art.lang == "zh" else "english.xinhua.example"
        return f"http://{host}/world/{ymd[:7]}/{ymd[8:]}/c_{1120000000 + index}.htm"
    host = "zh.vna.example" if art.lang == "zh" else "en.vna.example"
    return f"https://{host}/news/{ymd.replace('-', '')}-post{num}.vnp"


def _record(index: int, art: Article) -> dict[str, str]:
    return {"id": f"gen-{index:06d}", "title": art.title, "text": art.text,
            "published": art.published.isoformat(), "lang": art.lang, "url": _url(index, art)}


def _articles(n: int, seed: int) -> Iterator[tuple[int, Article]]:
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    return enumerate(itertools.islice(_stream(seed), n), 1)


def records(n: int, seed: int = 1) -> Iterator[dict[str, str]]:
    """Exactly ``n`` JSON-Lines records ``{"id", "title", "text", "published", "lang",
    "url"}``; the same ``(n, seed)`` gives the same records, and a larger ``n`` extends them."""
    for index, art in _articles(n, seed):
        yield _record(index, art)


def expected_events(n: int, seed: int = 1) -> list[dict[str, Any]]:
    """The ground truth for ``records(n, seed)``: every event that one of those articles
    reports or recalls, in order of first mention, with

    - ``event``, ``kind`` (contract kind), ``sub`` (talks, reception, phone, video,
      conference), ``format``, ``level``, ``ordinal``, ``series``, ``name``, ``date``,
      ``location`` (English city or None);
    - ``parties`` (state and organization codes), ``participants`` (global ids:
      ``state:VNM``, ``org:ASEAN``, ``person:pham-minh-chinh``), ``chairs``;
    - ``reported_by`` and ``recalled_by`` (article ids), ``teased_by`` (ids of articles that
      only show it in a teaser after the end of the text: they must not be linked to it);
    - ``mentions``: per article, ``doc``, ``reported``, ``date`` (as precise as the text
      states it: ``2021-03-15`` or ``2021-03``), ``persons`` named in that sentence and
      ``form`` (the sentence pattern, for per-pattern recall).
    """
    events: dict[str, dict[str, Any]] = {}
    teased: dict[str, list[str]] = {}
    for index, art in _articles(n, seed):
        doc = f"gen-{index:06d}"
        for m in art.mentions:
            entry = events.get(m.event.eid)
            if entry is None:
                entry = m.event.summary()
                entry.update(reported_by=[], recalled_by=[], teased_by=[], mentions=[])
                events[m.event.eid] = entry
            (entry["reported_by"] if m.reported else entry["recalled_by"]).append(doc)
            entry["mentions"].append({"doc": doc, "reported": m.reported, "date": m.date,
                                      "persons": list(m.persons), "form": m.form})
        for ev in art.teased:
            teased.setdefault(ev.eid, []).append(doc)
    for eid, docs in teased.items():
        if eid in events:
            events[eid]["teased_by"] = docs
    return list(events.values())


def write_jsonl(path: str | Path, n: int, seed: int = 1) -> None:
    """Write ``records(n, seed)`` to ``path``, one JSON object per line (UTF-8)."""
    with open(path, "w", encoding="utf-8") as out:
        for rec in records(n, seed):
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", help="output .jsonl file")
    parser.add_argument("n", type=int, help="number of records")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--truth", help="also write expected_events(n) to this JSON file")
    args = parser.parse_args(argv)
    write_jsonl(args.path, args.n, args.seed)
    if args.truth:
        with open(args.truth, "w", encoding="utf-8") as out:
            json.dump(expected_events(args.n, args.seed), out, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
