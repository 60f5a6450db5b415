"""Language identification, one language per document.

Chinese, Japanese and Korean are told apart by their scripts, which is exact and free.
Texts in Latin or Cyrillic script go to lingua, restricted to the configured languages:
it tells Vietnamese from English even without diacritics, where n-gram detectors trained
on diacritic text fail. The detector is built once per process, on first use.

Lingua is the dearest step of the stage (about a millisecond a document), and most Latin
text we read is English prose, which says so in its function words: a sample long enough
in which they make up a good share of the words is English without asking the detector
(:func:`plainly_english`). The words chosen are no words of the other configured
languages (nor Vietnamese syllables written without diacritics: ``to``, ``on``, ``in``
are left out), so a French, German or Vietnamese text never reaches the share; a text
that falls short goes to lingua as before.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, ClassVar

from summitry.document import Document
from summitry.pipeline import register
from summitry.settings import Settings

#: Share of letters in a script above which the script decides the language.
SCRIPT_SHARE = 0.3
#: Only this much text is given to the statistical detector; more adds time, not accuracy.
SAMPLE_CHARS = 2000

_ISO_TO_LINGUA = {
    "en": "ENGLISH", "vi": "VIETNAMESE", "ru": "RUSSIAN", "fr": "FRENCH", "es": "SPANISH",
    "de": "GERMAN", "id": "INDONESIAN", "ms": "MALAY", "pt": "PORTUGUESE", "th": "THAI",
    "zh": "CHINESE", "ja": "JAPANESE", "ko": "KOREAN",
}


def _letters_in(*ranges: tuple[str, str]) -> re.Pattern[str]:
    """One character class of the letters (``str.isalpha``) in the given ranges: a script's
    share is counted among letters, and a block's marks and punctuation are none."""
    runs: list[list[int]] = []
    for lo, hi in ranges:
        for c in range(ord(lo), ord(hi) + 1):
            if not chr(c).isalpha():
                continue
            if runs and runs[-1][1] == c - 1:
                runs[-1][1] = c
            else:
                runs.append([c, c])
    return re.compile("[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                                    for a, b in runs) + "]")


def _count(others: re.Pattern[str], text: str) -> int:
    """How many characters of ``text`` are in a class, given the pattern of runs of all
    the other characters (removing those is cheaper than listing each one in the class)."""
    return len(others.sub("", text))


def _others(letters: re.Pattern[str]) -> re.Pattern[str]:
    """Runs of the characters not in the one-class pattern ``letters``."""
    return re.compile("[^" + letters.pattern[1:-1] + "]+")


_KANA = _letters_in(("\u3040", "\u30ff"))
_HANGUL = _letters_in(("\uac00", "\ud7af"))
_HAN = _letters_in(("\u4e00", "\u9fff"), ("\u3400", "\u4dbf"))
_NOT_KANA, _NOT_HANGUL, _NOT_HAN = _others(_KANA), _others(_HANGUL), _others(_HAN)

#: English function words that are no words of the other configured languages (German
#: ``was``/``will``, French ``on``, Vietnamese ``to``/``an`` are left out).
ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and that with were is are has have been for from by which its their this said"
    .split())
#: Fewest ASCII words a sample needs before its function words are counted: a headline
#: or a caption is left to the detector.
MIN_ENGLISH_WORDS = 40
#: Share of those words a sample's words must reach (English news: 0.15-0.30; other
#: languages: near none).
ENGLISH_SHARE = 0.12
#: Largest share of letters outside ASCII an English sample may hold (names with
#: diacritics); more and the detector decides.
MAX_NON_ASCII_SHARE = 0.05
_ASCII_WORD = re.compile(r"[A-Za-z]+")


def plainly_english(sample: str, letters: int) -> bool:
    """Whether ``sample`` (with ``letters`` letters) is English by its function words."""
    words = _ASCII_WORD.findall(sample)
    if len(words) < MIN_ENGLISH_WORDS:
        return False
    if letters - sum(map(len, words)) > MAX_NON_ASCII_SHARE * letters:
        return False
    common = sum(1 for w in words if w.lower() in ENGLISH_FUNCTION_WORDS)
    return common >= ENGLISH_SHARE * len(words)


def detect_language(text: str, languages: tuple[str, ...]) -> str | None:
    sample = text[:SAMPLE_CHARS]
    n = sum(map(str.isalpha, sample))
    if not n:
        return None
    kana = _count(_NOT_KANA, sample)
    hangul = _count(_NOT_HANGUL, sample)
    han = _count(_NOT_HAN, sample)
    if kana / n > 0.05 and "ja" in languages:
        return "ja"
    if hangul / n > SCRIPT_SHARE and "ko" in languages:
        return "ko"
    if han / n > SCRIPT_SHARE and "zh" in languages:
        return "zh"
    latin_languages = tuple(x for x in languages if x not in ("zh", "ja", "ko"))
    if not latin_languages:
        return None
    if "en" in latin_languages and plainly_english(sample, n):
        return "en"
    detector = _detector(latin_languages)
    found = detector.detect_language_of(sample)
    if found is None:
        return None
    iso: str = found.iso_code_639_1.name.lower()
    return iso


@lru_cache(maxsize=4)
def _detector(languages: tuple[str, ...]) -> Any:
    from lingua import Language, LanguageDetectorBuilder

    chosen = [getattr(Language, _ISO_TO_LINGUA[x]) for x in languages if x in _ISO_TO_LINGUA]
    if len(chosen) == 1:
        chosen.append(Language.ENGLISH if chosen[0] != Language.ENGLISH else Language.FRENCH)
    return LanguageDetectorBuilder.from_languages(*chosen).build()


@register("language")
class LanguageStage:
    name: ClassVar[str] = "language"
    requires: ClassVar[frozenset[str]] = frozenset({"body"})
    provides: ClassVar[frozenset[str]] = frozenset({"lang"})

    def __init__(self, settings: Settings):
        self.languages = settings.languages

    def __call__(self, doc: Document) -> Document:
        text = doc.body_text or doc.text
        detected = detect_language(text, self.languages)
        doc.lang = detected or (doc.meta_lang.split("-")[0].lower() if doc.meta_lang else None)
        return doc
