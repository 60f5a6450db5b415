"""Throughput of summitry.nlp.dates.find_times against dateparser, measured in the same run.

    PYTHONPATH=src .venv/bin/python bench/bench_dates.py [--mb 5] [--sample 20000]

Builds a synthetic Chinese news text (our own template sentences with random dates, lunar
dates, numbers and non-dates), times find_times over all of it, then times
dateparser.search.search_dates over a small sample of the same text (it is far too slow to
run on megabytes), and prints chars/s for both. English is measured the same way.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
import warnings

from summitry.nlp.dates import Anchor, find_times

ZH_TEMPLATES = (
    "越通社河内——越南政府副总理兼外长{y}年{m}月{d}日同东盟各国外长出席了视频会议。",
    "两国领导人{m}月{d}日下午在河内举行会谈，双方同意加强各领域合作。",
    "据新华社报道，第{n}次中国—东盟高官会将于{m}月{d}日至{d2}日在万象举行。",
    "会议通过了《{y}-{y2}年行动计划》，并庆祝建交{n}周年，约{n}万人参加活动。",
    "人民日报讯 国务院总理昨天上午会见了来访的外国政府代表团，宾主进行了友好交谈。",
    "春节前夕，农历腊月二十{dc}，大使馆举办招待会，欢迎旅居当地的侨胞代表。",
    "本月{d}日，外交部发言人在例行记者会上表示，中方愿同各方保持密切沟通。",
    "该国经济去年增长{n}%，预计今年{m}月将恢复至疫情前水平，出口额达到{n}亿美元。",
    "各方强调，应继续落实二〇二一年一月二十六日达成的共识，推动区域合作不断向前发展。",
)
# Sentences with no date, so that the mix has about as many time expressions per thousand
# characters as wire copy (4-6), not one per sentence.
ZH_FILLER = (
    "双方一致同意进一步深化政治互信，扩大经贸、投资、科技和人文交流合作，推动两国关系持续健康发展。",
    "与会代表就地区和国际形势、海上安全、气候变化以及公共卫生等共同关心的问题深入交换了意见。",
    "该部长强调，东盟始终坚持多边主义，愿同各伙伴国携手应对挑战，为地区和平稳定与繁荣作出贡献。",
    "越方高度评价中方在抗击疫情方面给予的宝贵帮助，希望两国有关部门加强协调，落实好已达成的各项共识。",
    "会议期间，各国外长还审议了东盟共同体建设进展情况，并就下一阶段的优先领域提出了具体建议。",
)
EN_FILLER = (
    "Both sides agreed to deepen political trust and expand cooperation in trade, investment "
    "and people-to-people exchanges. ",
    "Delegates exchanged views on regional and international issues of mutual concern, "
    "including maritime security and public health. ",
    "The minister stressed that ASEAN remains committed to multilateralism and an open, "
    "inclusive regional architecture. ",
)
EN_TEMPLATES = (
    "HANOI (VNA) - Deputy Prime Minister Pham Binh Minh held talks on {d} January {y} "
    "with his counterpart. ",
    "The two sides agreed to hold the next round from {d} to {d2} November in Jakarta. ",
    "Ministers will meet on Tuesday, the foreign ministry said last week. ",
    "The {n}th ASEAN summit, slated for March {d} and {d2}, will take place online. ",
    "UN Security Council Resolution 2254 was adopted in 2015, officials recalled. ",
    "Trade between the two countries reached {n} billion USD earlier this year. ",
)


def build(templates: tuple[str, ...], filler: tuple[str, ...], size: int, seed: int) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        if rng.random() < 0.75:
            sentence = rng.choice(filler)
            parts.append(sentence)
            total += len(sentence)
            continue
        sentence = rng.choice(templates).format(
            y=rng.randint(2000, 2030), y2=rng.randint(2031, 2035), m=rng.randint(1, 12),
            d=rng.randint(1, 27), d2=rng.randint(28, 30), n=rng.randint(2, 99),
            dc=rng.choice("一二三四五六七八九"))
        parts.append(sentence)
        total += len(sentence)
    return "".join(parts)


def rate(chars: int, seconds: float) -> str:
    return f"{chars / seconds:>14,.0f} chars/s"


def measure(label: str, text: str, lang: str, sample: int, docs: int) -> None:
    anchor = Anchor(dt.date(2021, 6, 1))
    # Articles are a few thousand characters: run per document, as the pipeline will.
    step = max(1, len(text) // docs)
    t0 = time.perf_counter()
    found = 0
    for i in range(0, len(text), step):
        found += len(find_times(text[i:i + step], lang, anchor))
    ours = time.perf_counter() - t0
    from dateparser.search import search_dates

    piece = text[:sample]
    base = dt.datetime(2021, 6, 1)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        t1 = time.perf_counter()
        theirs_found = search_dates(piece, languages=[lang],
                                    settings={"RELATIVE_BASE": base}) or []
        theirs = time.perf_counter() - t1
    print(f"{label}: {len(text):,} chars in {step:,}-char documents, "
          f"{1000 * found / len(text):.1f} expressions per 1000 chars")
    print(f"  summitry find_times : {rate(len(text), ours)}  ({found:,} expressions)")
    print(f"  dateparser (sample {len(piece):,} chars): {rate(len(piece), theirs)}  "
          f"({len(theirs_found)} expressions)")
    print(f"  speed-up: {(len(text) / ours) / (len(piece) / theirs):,.0f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=5.0, help="size of the generated text")
    parser.add_argument("--sample", type=int, default=20_000, help="chars given to dateparser")
    parser.add_argument("--doc-chars", type=int, default=3_000, help="chars per document")
    args = parser.parse_args()
    size = int(args.mb * 1_000_000)
    packs = (("zh", ZH_TEMPLATES, ZH_FILLER), ("en", EN_TEMPLATES, EN_FILLER))
    for lang, templates, filler in packs:
        text = build(templates, filler, size, seed=7)
        measure(lang, text, lang, args.sample, max(1, size // args.doc_chars))


if __name__ == "__main__":
    main()
