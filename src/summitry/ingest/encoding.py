"""Turn the bytes of a file into text, or say precisely why they are not text.

The cascade, cheapest and most certain first:

1. known binary signatures (PNG, JPEG, PDF, ZIP, gzip, ...) -> :class:`BinaryInputError`;
2. a byte-order mark (UTF-8, UTF-16, UTF-32) -> that encoding;
3. UTF-16 without a BOM, recognised by its zero bytes at every other position (before
   UTF-8, since NUL is valid UTF-8); any other NUL byte -> binary;
4. ISO-2022-JP, recognised by its escape sequences (it is 7-bit, so valid UTF-8 too);
5. strict UTF-8, which almost never decodes non-UTF-8 Chinese by accident;
6. Shift-JIS (cp932) and EUC-JP, recognised by decoding strictly to text with a share of
   kana no Chinese text has (both otherwise pass for UTF-16 or EUC-KR garbage);
7. UTF-16 Chinese without a BOM (few zero bytes), recognised by decoding to mostly CJK;
8. charset-normalizer, restricted to the legacy encodings news text actually comes in
   (GB18030/GBK, Big5, the Windows code pages), which ranks candidates by how coherent
   the decoded text is; an incoherent best guess is reported as undecodable.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from summitry.errors import BinaryInputError, DecodeError

#: File signatures of formats people drop into a corpus folder by mistake.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"RIFF", "a RIFF media file"),
)

#: Byte-order marks, longest first (UTF-32-LE's BOM starts with UTF-16-LE's).
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: Legacy encodings considered by the statistical step. GB18030 is a superset of GBK and
#: GB2312, so it stands for all three.
LEGACY_ENCODINGS: tuple[str, ...] = (
    "gb18030", "big5", "cp1252", "cp1258", "cp1251", "koi8_r", "shift_jis", "euc_kr",
)

#: Japanese encodings tried by their kana share, most common first (cp932 is the Windows
#: superset of Shift-JIS that Japanese sites actually send).
JAPANESE_ENCODINGS: tuple[str, ...] = ("cp932", "euc_jp")

#: Escape sequences that switch ISO-2022-JP into its two-byte sets.
ISO2022_ESCAPES: tuple[bytes, ...] = (b"\x1b$B", b"\x1b$@", b"\x1b(J", b"\x1b(I")

#: Share of full-width kana among the non-ASCII characters above which a decoding is
#: Japanese: news prose in Japanese runs at 30-60 %, Chinese at 0 (half-width katakana are
#: not counted: Big5 bytes decode to them as Shift-JIS).
MIN_KANA_SHARE = 0.15

#: charset-normalizer's "chaos" above which a decoding is judged not to be text.
MAX_CHAOS = 0.3


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


def decode_bytes(data: bytes, source: str | None = None) -> Decoded:
    """Decode ``data`` or raise :class:`DecodeError` / :class:`BinaryInputError`."""
    for signature, what in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise BinaryInputError(f"binary file ({what}), not text", source=source)
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _strict(data, encoding, source)
    if b"\x00" in data:
        # NUL is valid UTF-8, so UTF-16 must be recognised before UTF-8 is tried.
        utf16 = _sniff_utf16(data)
        if utf16 is None:
            raise BinaryInputError("binary file (contains NUL bytes), not text", source=source)
        return _strict(data, utf16, source)
    if any(escape in data for escape in ISO2022_ESCAPES):
        return _strict(data, "iso2022_jp", source)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    japanese = _japanese(data)
    if japanese is not None:
        return japanese
    utf16 = _sniff_utf16(data)
    if utf16 is not None:
        return _strict(data, utf16, source)
    return _guess_legacy(data, source)


def _strict(data: bytes, encoding: str, source: str | None) -> Decoded:
    try:
        return Decoded(data.decode(encoding), encoding.replace("-sig", ""))
    except UnicodeDecodeError as exc:
        raise DecodeError(f"not valid {encoding} although it looks like it "
                          f"(byte {exc.start}: {exc.reason})", source=source) from None


def _japanese(data: bytes) -> Decoded | None:
    """Shift-JIS or EUC-JP text, told from Chinese by its kana."""
    for encoding in JAPANESE_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        wide = [c for c in text if ord(c) > 0x7F]
        kana = sum(1 for c in wide if "\u3041" <= c <= "\u30ff")
        if wide and kana / len(wide) >= MIN_KANA_SHARE:
            return Decoded(text, encoding)
    return None


def _sniff_utf16(data: bytes) -> str | None:
    """UTF-16 text without a BOM has a zero in one byte of most ASCII code units."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / (len(sample) / 2)
    odd = sample[1::2].count(0) / (len(sample) / 2)
    # Chinese UTF-16 has few zero bytes, so also accept it when it decodes to mostly CJK.
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    for encoding in ("utf-16-le", "utf-16-be"):
        if len(data) % 2 == 0 and _mostly_cjk(data[:2048], encoding):
            return encoding
    return None


def _mostly_cjk(data: bytes, encoding: str) -> bool:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return False
    cjk = sum(1 for c in text if "\u4e00" <= c <= "\u9fff" or c in "，。、：；（）")
    return len(text) > 8 and cjk / len(text) > 0.6


def _guess_legacy(data: bytes, source: str | None) -> Decoded:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is None or best.chaos > MAX_CHAOS:
        raise DecodeError("cannot decode: not UTF-8, UTF-16, GB18030/GBK, Big5 or another "
                          "accepted encoding (undecodable or binary bytes)", source=source)
    return Decoded(str(best), best.encoding)
