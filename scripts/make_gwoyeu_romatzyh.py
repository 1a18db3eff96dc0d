"""Write ``src/nodewatch/names/data/gwoyeu_romatzyh.tsv``: every pinyin syllable in
Gwoyeu Romatzyh (國語羅馬字), tone by tone.

    python scripts/make_gwoyeu_romatzyh.py

Gwoyeu Romatzyh spells the tone in the letters (馬 mǎ is maa, 華 huá hwa, 九 jiǔ jeou, 秀 xiù
shiow), and Taiwanese write their names in it or half in it (Ma Ying-jeou, Lu Shiow-yen,
Wang Jin-pyng, Jaw Shaw-kong). Its spellings follow from a syllable's initial, final and
tone by the system's rules, which this script applies once; the table is the data the
matcher reads. Rules as in Y. R. Chao's *Mandarin Primer* (1948).
"""

from __future__ import annotations

from pathlib import Path

from nodewatch.names.chinese import pinyin_syllables

TABLE = Path(__file__).resolve().parents[1] / "src" / "nodewatch" / "names" / "data" / "gwoyeu_romatzyh.tsv"
INITIALS = {
    "zh": "j", "ch": "ch", "sh": "sh", "z": "tz", "c": "ts", "s": "s", "j": "j", "q": "ch",
    "x": "sh", "b": "b", "p": "p", "m": "m", "f": "f", "d": "d", "t": "t", "n": "n", "l": "l",
    "g": "g", "k": "k", "h": "h", "r": "r",
}  # fmt: skip
SONORANTS = frozenset("mnlr")
# Pinyin finals (after the initial, y/w spelt out) -> the basic (first-tone) GR final.
FINALS = {
    "a": "a", "o": "o", "e": "e", "ai": "ai", "ei": "ei", "ao": "au", "ou": "ou", "an": "an",
    "en": "en", "ang": "ang", "eng": "eng", "ong": "ong", "er": "el",
    "i": "i", "ia": "ia", "ie": "ie", "iao": "iau", "iu": "iou", "iou": "iou", "ian": "ian",
    "in": "in", "iang": "iang", "ing": "ing", "iong": "iong",
    "u": "u", "ua": "ua", "uo": "uo", "uai": "uai", "ui": "uei", "uei": "uei", "uan": "uan",
    "un": "uen", "uen": "uen", "uang": "uang", "ueng": "ueng",
    "v": "iu", "ve": "iue", "van": "iuan", "vn": "iun",
}  # fmt: skip
# The second tone adds r after the first vowel of a final that starts with none of i, u.
THIRD_TONE = {
    "a": "aa", "o": "oo", "e": "ee", "ai": "ae", "ei": "eei", "au": "ao", "ou": "oou", "an": "aan",
    "en": "een", "ang": "aang", "eng": "eeng", "ong": "oong", "el": "eel", "y": "yy",
    "i": "ii", "ia": "ea", "ie": "iee", "iau": "eau", "iou": "eou", "ian": "ean", "in": "iin",
    "iang": "eang", "ing": "iing", "iong": "eong",
    "u": "uu", "ua": "oa", "uo": "uoo", "uai": "oai", "uei": "oei", "uan": "oan", "uen": "oen",
    "uang": "oang", "ueng": "oeng",
    "iu": "eu", "iue": "eue", "iuan": "euan", "iun": "eun",
}  # fmt: skip
FOURTH_ENDINGS = (("ng", "nq"), ("n", "nn"), ("l", "ll"), ("i", "y"), ("u", "w"))


def split(syllable: str) -> tuple[str, str] | None:
    """Pinyin syllable -> (pinyin initial, pinyin final with y/w and ü restored)."""
    for size in (2, 1):
        if syllable[:size] in INITIALS:
            initial, final = syllable[:size], syllable[size:]
            break
    else:
        initial, final = "", syllable
    if initial in ("j", "q", "x") and final.startswith("u"):
        final = "v" + final[1:]  # ju is jü
    if not initial:
        if final.startswith("yu"):
            final = "v" + final[2:]
        elif final.startswith("yi") or final.startswith("wu"):
            final = final[1:]
        elif final.startswith("y"):
            final = "i" + final[1:]
        elif final.startswith("w"):
            final = "u" + final[1:]
    final = final.replace("ü", "v")
    if initial in ("zh", "ch", "sh", "r", "z", "c", "s") and final == "i":
        return initial, "y"
    return (initial, final) if final in FINALS else None


def spellings(syllable: str) -> tuple[str, str, str, str] | None:
    """The four tones' GR spellings of a toneless pinyin syllable."""
    parts = split(syllable)
    if parts is None:
        return None
    initial, final = parts
    basic = "y" if final == "y" else FINALS[final]
    head = INITIALS.get(initial, "")
    return (
        _first(head, basic, initial),
        _second(head, basic, initial),
        _third(head, basic),
        _fourth(head, basic),
    )


def _first(head: str, basic: str, initial: str) -> str:
    return head + ("h" if initial in SONORANTS else "") + basic


def _second(head: str, basic: str, initial: str) -> str:
    """Sonorant initials write the second tone plain; a leading i or u becomes y or w (華
    hwa, 平 pyng, 宜 yi); any other final takes r after its vowels (台 tair, 唐 tarng)."""
    if initial in SONORANTS:
        return head + basic
    if basic[0] in "iu":
        glide = "y" if basic[0] == "i" else "w"
        return head + glide + (basic[1:] if len(basic) > 1 else basic)
    for coda in ("ng", "n", "l"):
        if basic.endswith(coda):
            return head + basic[: -len(coda)] + "r" + coda
    return head + basic + "r"


def _third(head: str, basic: str) -> str:
    final = THIRD_TONE[basic]
    if not head:
        if basic == "i" or basic == "in" or basic == "ing":
            return "y" + final
        if basic[0] == "i":
            return "y" + final  # 友 yǒu yeou, 語 yǔ yeu
        if basic[0] == "u":
            return "w" + (final if basic == "u" else final[1:] if final[0] == "u" else final)
    return head + final


def _fourth(head: str, basic: str) -> str:
    """A final coda or glide changes (i y, u w, n nn, ng nq, l ll: 秀 shiow, 上 shanq); a
    final vowel takes h (趙 jaw is au → aw; 大 dah, 玉 yuh)."""
    for end, spelt in FOURTH_ENDINGS:
        if basic.endswith(end) and len(basic) > len(end) and basic != "iu":
            final = basic[: -len(end)] + spelt
            break
    else:
        final = basic + "h"
    if not head:
        if basic in ("i", "in", "ing"):
            return "y" + final
        if basic[0] == "i":
            return "y" + final[1:]  # 義 yì yih, 要 yào yaw
        if basic[0] == "u":
            return "w" + (final if basic == "u" else final[1:])
    return head + final


def main() -> None:
    lines = [
        "# Gwoyeu Romatzyh (國語羅馬字): each pinyin syllable's spelling in the four tones, which",
        "# the system writes in the letters (馬 maa, 華 hwa, 九 jeou, 秀 shiow, 義 yih, 趙 jaw).",
        "# Taiwanese write their names in it, or half in it (Ma Ying-jeou, Wang Jin-pyng).",
        "# Written by scripts/make_gwoyeu_romatzyh.py from the system's rules.",
        "# pinyin\ttone 1\ttone 2\ttone 3\ttone 4",
    ]
    for syllable in sorted(pinyin_syllables()):
        spelt = spellings(syllable)
        if spelt is not None:
            lines.append("\t".join((syllable, *spelt)))
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 5} syllables -> {TABLE}")


if __name__ == "__main__":
    main()
