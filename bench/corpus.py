"""A generated corpus of news-like articles with the artefacts real pages carry.

The benchmarks need megabytes of text in the shapes the cleaner meets (headline, sapo,
captions, a repeated lead, end markers, teaser blocks), in Chinese and English. The
articles are assembled from templates written for this purpose, with varied names, dates
and numbers so that no two are identical.
"""

from __future__ import annotations

import random

ZH_PEOPLE = ["阮文安", "黎氏华", "陈文明", "范国勇", "武德胜", "裴光海"]
ZH_STATES = ["老挝", "柬埔寨", "泰国", "印尼", "俄罗斯", "日本", "韩国", "印度"]
EN_PEOPLE = ["Nguyen Van An", "Le Thi Hoa", "Tran Van Minh", "Pham Quoc Dung"]
EN_STATES = ["Laos", "Cambodia", "Thailand", "Indonesia", "Russia", "Japan", "India"]

ZH_TEMPLATE = """越南与{state}举行第{n}次副外长级政治磋商

越南外交部副部长{person}{m}月{d}日在河内同{state}外交部副部长共同主持第{n}次政治磋商。
越南与{state}举行第{n}次副外长级政治磋商 ảnh 1{person}在磋商上发言。图自越通社

越通社河内——越南外交部副部长{person}{m}月{d}日在河内同{state}外交部副部长共同主持第{n}次政治磋商。

双方一致同意加强各层级互访，推动双边贸易额在{y}年达到{amount}亿美元。{filler}

双方还就共同关心的地区和国际问题交换意见，同意在联合国和东盟框架内加强协调与配合。(完)

越通社

更多

越南国家主席会见{state}大使。图自越通社

越南国家主席会见{state}驻越大使

{m}月{d2}日，越南国家主席在河内会见{state}驻越南大使。
"""

EN_TEMPLATE = """Vietnam, {state} hold {n}th political consultation
Deputy FM {person} (R) and his counterpart at the consultation (Photo: VNA)Hanoi (VNA) – Deputy Foreign Minister {person} and his {state} counterpart co-chaired the {n}th political consultation in Hanoi on {month} {d}.
The two sides agreed to boost exchanges at all levels and raise bilateral trade to {amount} billion USD by {y}. {filler}
They also discussed regional and international issues of mutual concern./.VNA
Related news
PM receives {state} Ambassador
"""

ZH_FILLER = "双方高度评价两国在经贸、投资、教育、文化等领域合作取得的积极成果。"
EN_FILLER = (
    "Both sides spoke highly of the results of cooperation in trade, investment and education."
)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def generate(target_chars: int, seed: int = 7) -> list[str]:
    """Articles (about two thirds Chinese) totalling at least ``target_chars`` characters."""
    rng = random.Random(seed)
    out: list[str] = []
    total = 0
    while total < target_chars:
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        values = {"n": rng.randint(2, 30), "m": m, "d": d, "d2": max(1, d - 1),
                  "y": rng.randint(2010, 2030), "amount": rng.randint(1, 90),
                  "month": MONTHS[m - 1]}
        if rng.random() < 0.66:
            text = ZH_TEMPLATE.format(state=rng.choice(ZH_STATES), person=rng.choice(ZH_PEOPLE),
                                      filler=ZH_FILLER * rng.randint(1, 6), **values)
        else:
            text = EN_TEMPLATE.format(state=rng.choice(EN_STATES), person=rng.choice(EN_PEOPLE),
                                      filler=EN_FILLER * rng.randint(1, 6), **values)
        out.append(text)
        total += len(text)
    return out


def as_html(text: str) -> str:
    """The same article as a minimal web page, for HTML extractors."""
    from html import escape

    lines = [line for line in text.splitlines() if line.strip()]
    paragraphs = "".join(f"<p>{escape(line)}</p>" for line in lines[1:])
    return (f"<html><head><title>{escape(lines[0])}</title></head><body><nav><a href='/'>Home"
            f"</a></nav><article><h1>{escape(lines[0])}</h1>{paragraphs}</article>"
            f"<footer>Copyright</footer></body></html>")
