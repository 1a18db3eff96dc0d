"""Chinese names: Han characters read as pinyin, Wade–Giles, Cantonese and Korean.

A Han name meets a Latin one through the reading its bearer would use: pinyin (mainland),
Wade–Giles (Taiwan, older lists: Chang, Hsu), Hong Kong Government Cantonese (Tsang,
Wong), or the Sino-Korean reading when a North Korean name is written in characters
(金铁三 = Kim Chol Sam, compared through the Korean syllable sets). Pinyin comes from
pypinyin, Cantonese from cantonese-romanisation (traditional characters, as Hong Kong
writes them), Wade–Giles from ``data/wade_giles.tsv``. Organisation words (有限公司,
船務, 香港) are translated through ``data/chinese_lexicon.tsv``.
"""

from __future__ import annotations

from functools import cache, lru_cache

from nodewatch.names.normalize import ascii_fold
from nodewatch.names.tables import alternatives, rows

SYSTEM_NAMES = {"pinyin": "pinyin", "wg": "Wade–Giles", "yue": "Cantonese (HK)", "kr": "Sino-Korean"}


def is_han(ch: str) -> bool:
    code = ord(ch)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x2FA1F
    )


def has_han(text: str) -> bool:
    return any(is_han(ch) for ch in text)


@cache
def _wade_giles() -> dict[str, str]:
    return {pinyin: ascii_fold(wg.replace("ü", "u")) for pinyin, wg in rows("wade_giles.tsv")}


@cache
def _cantonese() -> object:
    from cantoroman import Cantonese

    return Cantonese()


@cache
def _hanja() -> dict[str, tuple[str, ...]]:
    return {row[0]: alternatives(row[1]) for row in rows("hanja_names.tsv")}


@lru_cache(maxsize=32768)
def readings(ch: str) -> dict[str, tuple[str, ...]]:
    """Latin readings of one Han character per system (Korean ones are Hangul)."""
    from pypinyin import Style, pinyin

    out: dict[str, tuple[str, ...]] = {}
    heteronyms = pinyin(ch, style=Style.NORMAL, heteronym=True, errors="ignore")
    pys = tuple(dict.fromkeys(p for group in heteronyms for p in group if p.isalpha()))[:3]
    if pys:
        out["pinyin"] = tuple(p.replace("v", "u") for p in pys)
        wade = _wade_giles()
        out["wg"] = tuple(dict.fromkeys(wade[p] for p in pys if p in wade))
    yue = _cantonese().getRoman(ch)[0]  # type: ignore[attr-defined]
    if yue:
        out["yue"] = tuple(yue[:3])
    hangul = _hanja().get(ch)
    if hangul:
        out["kr"] = hangul
    return out


@cache
def _lexicon() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for forms, english in rows("chinese_lexicon.tsv"):
        for form in alternatives(forms):
            out[form] = alternatives(english)
    return out


def segment(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """Split a Han run into lexicon words (with their translations) and single characters.

    Longest match first, so 有限公司 is one legal-form word rather than 有限 + 公司.
    """
    lexicon = _lexicon()
    longest = max((len(k) for k in lexicon), default=1)
    out: list[tuple[str, tuple[str, ...]]] = []
    index = 0
    while index < len(text):
        for size in range(min(longest, len(text) - index), 0, -1):
            word = text[index : index + size]
            if size > 1 and word in lexicon:
                out.append((word, lexicon[word]))
                index += size
                break
            if size == 1:
                out.append((word, lexicon.get(word, ())))
                index += 1
    return out
