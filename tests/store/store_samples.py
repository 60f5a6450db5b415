"""Sample articles written for the store tests, in VNA Chinese and wire English styles.

The same meetings are told several times: the Vietnam–Indonesia foreign ministers' talks
in Jakarta on 14 March 2023 by a Chinese and an English report and recalled (month only) by
a later Chinese article; a phone call between the same ministers six days later (a different
meeting); the 19th ASEAN–Russia senior officials' meeting by a Chinese and an English
report.
"""

from __future__ import annotations

import json
from pathlib import Path

from summitry.store.database import Store
from summitry.store.engine import reading

ARTICLES = [
    {"id": "vna-zh-talks", "published": "2023-03-14", "title": "越南与印度尼西亚外长举行会谈",
     "text": "越南与印度尼西亚外长举行会谈\n越通社雅加达——3月14日，越南外交部长裴青山在雅加达同"
             "印度尼西亚外交部长雷特诺·马尔苏迪举行会谈。\n双方一致同意加强两国战略伙伴关系，"
             "推动双边贸易额早日达到150亿美元。(完)"},
    {"id": "wire-en-talks", "published": "2023-03-15",
     "title": "Vietnamese, Indonesian foreign ministers hold talks",
     "text": "Vietnamese, Indonesian foreign ministers hold talks\nJakarta (VNA) – Foreign "
             "Minister Bui Thanh Son held talks with his Indonesian counterpart Retno Marsudi "
             "in Jakarta on March 14.\nThe two sides agreed to step up cooperation in trade "
             "and fisheries./."},
    {"id": "vna-zh-call", "published": "2023-03-21", "title": "越南与印度尼西亚外长通电话",
     "text": "越南与印度尼西亚外长通电话\n越通社河内——3月20日，越南外交部长裴青山同印度尼西亚"
             "外交部长雷特诺·马尔苏迪通电话。\n双方就共同关心的地区问题交换意见。(完)"},
    {"id": "vna-zh-som", "published": "2023-05-10", "title": "第十九次东盟—俄罗斯高官会在河内举行",
     "text": "第十九次东盟—俄罗斯高官会在河内举行\n越通社河内——第十九次东盟—俄罗斯高官会于2023年"
             "5月10日在河内举行。越南外交部副部长杜雄越与俄罗斯外交部副部长安德烈·鲁登科共同主持"
             "会议。(完)"},
    {"id": "wire-en-som", "published": "2023-05-11",
     "title": "ASEAN, Russia hold 19th senior officials' meeting",
     "text": "ASEAN, Russia hold 19th senior officials' meeting\nHanoi (VNA) – The 19th "
             "ASEAN-Russia Senior Officials' Meeting took place in Hanoi on May 10, co-chaired "
             "by Deputy Foreign Minister Do Hung Viet and Russian Deputy Foreign Minister "
             "Andrey Rudenko./."},
    {"id": "vna-zh-recall", "published": "2023-09-05", "title": "越南与印度尼西亚加强合作",
     "text": "越南与印度尼西亚加强合作\n越通社河内——9月5日，越南外交部长裴青山在河内会见印度尼西亚"
             "驻越南大使。\n裴青山回顾了2023年3月同印度尼西亚外交部长雷特诺·马尔苏迪在雅加达举行的"
             "会谈。(完)"},
]


def write_jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return path


def meeting_of(store: Store, doc: str) -> int:
    """The linked meeting of a document's first reported meeting."""
    for m in store.meetings():
        if any(s.doc == doc and s.reported for s in m.sources):
            return m.id
    raise AssertionError(f"no meeting reported by {doc}")


def dump(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table that holds facts, in key order: not the run bookkeeping
    (``runs``, ``skips``: a per-run record) nor the run ids stamped on rows."""
    out = {}
    with reading(store.engine) as conn:
        for name in ("documents", "cleaned", "actors", "doc_entities", "series",
                     "meetings", "participants", "chairs", "sources", "evidence",
                     "keep_apart", "link_log"):
            table = getattr(store.t, name)
            cols = [c for c in table.c if c.name != "run_id"]
            rows = conn.execute(table.select().with_only_columns(*cols)
                                .order_by(*table.primary_key.columns)).all()
            out[name] = [tuple(r) for r in rows]
    return out
