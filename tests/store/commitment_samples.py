"""Sample articles for the commitment store tests, written for them: one agreement followed
across four years (proposed, agreed, signed, reviewed) in VNA Chinese and wire English, and a
plan of action reviewed while its successor is drafted."""

from __future__ import annotations

AGREEMENT = "越南—新加坡数字经济合作协定"

CHAIN = [
    {"id": "chain-1-proposed", "published": "2021-04-12",
     "title": "越南与新加坡外长举行会谈",
     "text": "越南与新加坡外长举行会谈\n越通社河内——4月12日，越南外交部长裴青山在河内同新加坡外交部长"
             "维文举行会谈。\n新方提议商签《越南—新加坡数字经济合作协定》。(完)"},
    {"id": "chain-2-agreed", "published": "2022-03-08",
     "title": "越南与新加坡总理举行会谈",
     "text": "越南与新加坡总理举行会谈\n越通社新加坡——3月8日，越南政府总理范明政在新加坡同新加坡总理"
             "李显龙举行会谈。\n双方商定签署《越南—新加坡数字经济合作协定》。(完)"},
    {"id": "chain-3-signed", "published": "2023-02-09",
     "title": "越南与新加坡签署数字经济合作协定",
     "text": "越南与新加坡签署数字经济合作协定\n越通社河内——2月9日，越南政府总理范明政在河内同"
             "新加坡总理李显龙举行会谈。\n会谈后，两国总理见证签署《越南—新加坡数字经济合作协定》。"
             "(完)"},
    {"id": "chain-4-reviewed", "published": "2024-06-20",
     "title": "越南与新加坡外长通电话",
     "text": "越南与新加坡外长通电话\n越通社河内——6月20日，越南外交部长裴青山同新加坡外交部长维文"
             "通电话。\n双方回顾了《越南—新加坡数字经济合作协定》的实施情况。(完)"},
]

ENGLISH = [
    {"id": "en-signed", "published": "2022-11-14",
     "title": "Indonesia, Australia sign maritime pact",
     "text": "Indonesia, Australia sign maritime pact\nJakarta (Antara) - Indonesian Foreign "
             "Minister Retno Marsudi held talks with Australian Foreign Minister Penny Wong in "
             "Jakarta on Monday.\nThe two ministers signed the Indonesia-Australia Maritime "
             "Cooperation Agreement."},
    {"id": "en-in-force", "published": "2023-07-03",
     "title": "Indonesia-Australia maritime pact enters into force",
     "text": "Indonesia-Australia maritime pact enters into force\nCanberra (AAP) - Indonesian "
             "Foreign Minister Retno Marsudi and Australian Foreign Minister Penny Wong spoke by "
             "phone on Monday.\nThe Indonesia-Australia Maritime Cooperation Agreement entered "
             "into force on July 1."},
]

#: One agreement the knowledge base knows (RCEP), told in Chinese then in English.
ACROSS_LANGUAGES = [
    {"id": "rcep-zh-signed", "published": "2020-11-16", "title": "东盟与日本外长通电话",
     "text": "东盟与日本外长通电话\n越通社河内——11月15日，越南外交部长同日本外交大臣通电话。\n"
             "日方高度评价东盟成功签署《区域全面经济伙伴关系协定》。(完)"},
    {"id": "rcep-en-in-force", "published": "2022-01-03",
     "title": "ASEAN, New Zealand ministers hold phone talks",
     "text": "ASEAN, New Zealand ministers hold phone talks\nWellington (AAP) - Foreign ministers "
             "of Vietnam and New Zealand spoke by phone on Monday.\nThe Regional Comprehensive "
             "Economic Partnership (RCEP) entered into force on January 1./."},
]

SUCCESSION = [
    {"id": "plan-review", "published": "2025-08-02",
     "title": "第二十一次东盟—新西兰对话会举行",
     "text": "第二十一次东盟—新西兰对话会举行\n越通社吉隆坡——第二十一次东盟—新西兰对话会于2025年8月1日"
             "在吉隆坡举行。\n双方积极评价东盟—新西兰行动计划(2021-2025年)的实施成效，"
             "一致同意尽快制定东盟—新西兰行动计划(2026-2030年)。(完)"},
]
