"""Name similarity: token-aligned, order-insensitive, script- and romanisation-aware.

Two analysed names (``nodewatch.names.analyze``) are aligned token by token. A pair of
tokens meets through the strongest route they share: the same text; the same ASCII form;
Korean syllable sets (Hangul and every romanisation); an official transliteration (GOST,
BGN/PCGN, ICAO, pinyin, Wade–Giles, Cantonese); the Slavic skeleton; a given-name
equivalent; a translation of an organisation word; or, last, a small edit distance. A
token may also meet a run of adjacent tokens on the other side (``Jongun`` = ``Jong Un``,
``NAMCHONGANG`` = ``NAM CHON GANG``) or the initials of one (``KCST`` = Korean Committee
for Space Technology). Tokens are weighted (a generic word such as Trading counts little),
and the score is the weighted share of each side that met, multiplied: a name that meets
only part of the other scores low, whichever side is longer.

Three routes are tried only where they apply: in a Korean person's name, a syllable one
jamo off another meets weakly (a birth date must then agree for a match); a person's name
spelt in pinyin meets a Korean name through the characters both may write (Jiang Wen-ji =
Kang Mun Kil, 姜文吉); and a translated word left over meets the words of its translation
scattered in the other name (kwahakwon = ACADEMY OF NATURAL SCIENCES less NATURAL).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise, product
from typing import NamedTuple

from rigour.text.distance import levenshtein

from nodewatch.names import chinese, hebrew, japanese, korean, orgs, phonetic, russian, turkic
from nodewatch.names.analyze import AnalysedName, Part, Token, _consonants, make_token
from nodewatch.names.normalize import ascii_fold

# Below this a token pair is not a meeting at all.
MIN_TOKEN_SIM = 0.55
# Two short tokens that both read as Korean but never meet as Korean are different
# syllables, not a typo (Daedong ≠ Daesong): no spelling distance makes them meet, and
# token_similarity gives them this route.
KOREAN_CLASH = "different Korean syllables"
# In a Korean person's name a syllable one jamo off (see ``korean.near``) still counts, weakly:
# lists misspell one letter of a syllable (Wan/Wang, Kon/Kwon, Gi/Gil), so a name one such
# syllable off does not match alone (0.64 for three syllables), nor with a nationality, but
# does with a birth date that agrees, even by year only (Pak Chang-Ho b. 1964 is UN KPi.036
# PAEK CHANG-HO b. 1964-06-18).
NEAR_SYLLABLE = "one letter off another syllable"
NEAR_SYLLABLE_SIM = 0.4


class PartMatch(NamedTuple):
    """One meeting: query parts, candidate parts, similarity and the route that made it."""

    query: tuple[str, ...]
    candidate: tuple[str, ...]
    sim: float
    route: str


# One meeting as the aligner keeps it: similarity, query and candidate token numbers, route.
Meeting = tuple[float, tuple[int, ...], tuple[int, ...], str]
# A possible meeting: similarity, words it spans, query and candidate words, route.
Option = tuple[float, int, tuple[int, ...], tuple[int, ...], str]


class NameComparison:
    """The score of two names and what made it.

    The explanation (which parts met, through what, and which met nothing) is spelt out
    only when read: scoring compares several pairs of names for every pair of entities,
    and a screen hundreds, while a caller explains only the results it shows.
    """

    __slots__ = (
        "_candidate",
        "_chosen",
        "_query",
        "_used_c",
        "_used_q",
        "numbers_conflict",
        "order_ok",
        "score",
    )

    def __init__(
        self,
        score: float,
        query: AnalysedName,
        candidate: AnalysedName,
        chosen: list[Meeting],
        used: tuple[set[int], set[int]],
        order_ok: bool = True,
        numbers_conflict: bool = False,
    ) -> None:
        self.score = score
        self.order_ok = order_ok
        self.numbers_conflict = numbers_conflict
        self._query, self._candidate = query, candidate
        self._chosen = chosen
        self._used_q, self._used_c = used

    @property
    def query(self) -> str:
        return self._query.original

    @property
    def candidate(self) -> str:
        return self._candidate.original

    @property
    def matches(self) -> tuple[PartMatch, ...]:
        q, c = self._query.parts, self._candidate.parts
        return tuple(
            PartMatch(
                tuple(q[k].token.text for k in qi), tuple(c[k].token.text for k in ci), round(sim, 3), route
            )
            for sim, qi, ci, route in self._chosen
        )

    @property
    def unmatched_query(self) -> tuple[str, ...]:
        return tuple(p.token.text for k, p in enumerate(self._query.parts) if k not in self._used_q)

    @property
    def unmatched_candidate(self) -> tuple[str, ...]:
        return tuple(p.token.text for k, p in enumerate(self._candidate.parts) if k not in self._used_c)

    def __repr__(self) -> str:
        return f"NameComparison({self.score}, {self.query!r}, {self.candidate!r}, {self.matches!r})"


# Spellings that meet through a loose system weigh a little less than an official
# transliteration: Singapore and Malaysia spell a Hokkien syllable many ways, so a character
# meets more Latin syllables through it (厚 hō is Ho, as 何 is in Cantonese: Ho Hau-wah).
_FORM_SIM: dict[str, float] = {"nan": 0.92, "id": 0.92, "mo": 0.92, "sur": 0.92, "gr": 0.92}
_LOOSE_ROUTES: frozenset[str] = frozenset(chinese.SYSTEM_NAMES[system] for system in _FORM_SIM)
_PINYIN: str = chinese.SYSTEM_NAMES["pinyin"]


@lru_cache(maxsize=524288)
def token_similarity(
    a: Token, b: Token, korean_context: bool = True, chinese_context: bool = False
) -> tuple[float, str]:
    """Similarity of two tokens in [0, 1] and the route that gave it.

    ``korean_context`` says the names may be Korean (organisation names always may; a
    person's name when either side reads as Korean throughout): only then do two short
    tokens that read as different Korean syllables count as different words. Without it
    Ilya/Iliya or Artem/Artyom, which happen to parse as Korean, compare as spellings.
    ``chinese_context`` says both are people's names spelt in pinyin throughout: then every
    word cut into as many pinyin syllables is read as characters (Hailun is not Hailin).
    """
    if a.text == b.text:
        return 1.0, "exact"
    if a.number is not None or b.number is not None:
        return (1.0, "number") if a.number == b.number else (0.0, "different number")
    if a.script == "Han" and b.script == "Han":
        # Characters compare as characters, traditional or simplified: two that read alike
        # are still two (王毅 is not 王义), as two Hangul syllables are.
        same = chinese.simplified(a.text) == chinese.simplified(b.text)
        return (0.98, "traditional/simplified characters") if same else (0.0, "different characters")
    marked = "'" in a.text + b.text and "Hangul" in (a.script, b.script)
    if a.latin and a.latin == b.latin and not marked:
        if a.script == b.script:
            return 0.98, "spelling"
        return 0.96, _script_route(a, b)
    best = (0.0, "")
    if not a.korean_keys or not b.korean_keys:
        kr = None
    elif a.korean_keys.isdisjoint(b.korean_keys):
        kr = 0.0  # no reading shares even the coarse syllable classes
    else:
        kr = korean.compare(a.korean, b.korean)
    if kr:
        best = (0.95, "Korean romanisation") if kr == 1.0 else (0.88, "Korean common spelling")
        if best[0] >= 0.95:
            return best[0], _korean_route(a, b)
    # Two Hangul words compare as Hangul, through their syllables above: 성진 and 송진 are two
    # names, though McCune–Reischauer without breves writes both songjin.
    both_hangul = a.script == "Hangul" and b.script == "Hangul"
    # A romanised word with marks that reads as Korean and never meets the Hangul word is
    # another word: its breves, which the spellings lose, say so (Ŭn is 은, not 운).
    marked_apart = marked and kr == 0.0
    for form, system in a.forms if not both_hangul and not marked_apart else ():
        if form == b.latin:
            return max(best, (_FORM_SIM.get(system, 0.95), _system_name(a.script, system)))
    for form, system in b.forms if not both_hangul and not marked_apart else ():
        if form == a.latin:
            return max(best, (_FORM_SIM.get(system, 0.95), _system_name(b.script, system)))
    # Short spellings that read as different Korean syllables are different words
    # (Daedong ≠ Daesong, Yong ≠ Pyong); in longer ones a letter off may be a misspelling.
    # In organisation words letters merely dropped are how lists misspell (Hunjin, Henjin
    # for Heungjin); a substituted letter still makes another word (Jinsong ≠ Jinmyong).
    clash = (
        korean_context
        and kr == 0.0
        and a.syllables is not None
        and b.syllables is not None
        and min(a.syllables[0], b.syllables[0]) <= 2
        and (not a.stem or not _dropped_letters(a.latin, b.latin))
    )
    if len(a.skeleton) >= 3 and a.skeleton == b.skeleton and not (clash and not a.stem):
        # Under a Korean clash only organisation words may meet this way (Yusto = Justo).
        best = max(best, (0.92 if not clash else 0.85, "Slavic spelling variant"))
    if best[0] < 0.9 and (_transcribed(a, b) or _voiced_apart(a, b)):
        best = (0.9, "French or German spelling")
    if best[0] < 0.9 and (_turkic_c(a, b) or _turkic_c(b, a)):
        best = (0.9, "Turkic c")
    if a.stem and a.stem == b.stem and not clash:
        best = max(best, (0.9, "same word"))
    if (
        a.stem
        and b.stem
        and best[0] < 0.85
        and not orgs.synonym_classes(a.latin).isdisjoint(orgs.synonym_classes(b.latin))
    ):
        best = (0.85, "synonym")
    if a.group is not None and a.group == b.group:
        best = max(best, (0.9, "given-name equivalent"))
    if (a.translation_keys or b.translation_keys) and (_translated(a, b) or _translated(b, a)):
        best = max(best, (0.9, "translation"))
    if not a.stem and not b.stem and a.skeleton and b.skeleton and russian.gender_pair(a.text, b.text):
        # Peskova is Peskov's wife or daughter: a relative, not a spelling of one name.
        return max(best, (0.6, "feminine/masculine surname form"))
    if best[0] < ARABIC_SIM and (a.script == "Hebrew") != (b.script == "Hebrew"):
        written, other = (a, b) if a.script == "Hebrew" else (b, a)
        if other.script == "Latin" and hebrew.meets(written.text, other.latin):
            return ARABIC_SIM, "Hebrew consonants"  # נתניהו = Netanyahu
    if best[0] < KANA_SIM and (a.script in japanese.KANA_SCRIPTS or b.script in japanese.KANA_SCRIPTS):
        kana, other = (a, b) if a.script in japanese.KANA_SCRIPTS else (b, a)
        if other.script == "Latin" and japanese.kana_key(kana.latin) == japanese.latin_key(other.latin):
            return KANA_SIM, "Japanese kana spelling"  # キム = Kim, ラブロフ = Lavrov
    if best[0] < LOANWORD_SIM and (a.script == "Hangul") != (b.script == "Hangul") and _loanword(a, b):
        return LOANWORD_SIM, "Korean loanword"  # 폴라리스 = Polaris, 텔레비죤 = television
    if "Han" in (a.script, b.script):
        # A character reads as given syllables: another syllable is another character
        # (习近平 is Xi Jinping, not Xi Jinming), so Han meets only through its readings.
        return best
    if best[0] < 0.9 and a.script == "Cyrillic" == b.script and russian.east_slavic_form(a.text, b.text):
        return 0.9, "Ukrainian or Belarusian form"
    if best[0] < 0.9:
        if clash:
            if not best[0]:
                best = (0.0, KOREAN_CLASH)
        elif _pinyin_clash(a, b, chinese_context) or chinese.other_syllables(a.latin, b.latin):
            return best  # Xiaohong ≠ Xiaodong: another syllable is another character
        elif _both_native(a, b):
            return best  # Müller ≠ Möller, Kılıç ≠ Kılınç: each is its own spelling
        elif _name_suffix(a.latin, b.latin):
            pass  # Eslami ≠ Eslamian: a suffix makes another name
        elif (
            not a.stem
            and not b.stem
            and _consonant_apart(a.skeleton, b.skeleton, (a.script == "Cyrillic") != (b.script == "Cyrillic"))
        ):
            return best  # Fomin ≠ Fokin, Сазонов ≠ Sazanov: a letter makes another surname
        else:
            fuzzy = _fuzzy(a, b)
            if fuzzy > best[0]:
                best = (fuzzy, "similar spelling")
    if best[0] < ARABIC_SIM and not clash and _same_consonants(a, b):
        # Arabic script writes only the consonants: meeting them is its transliteration.
        arabic = "Arabic" in (a.script, b.script)
        best = max(best, (ARABIC_SIM, "Arabic consonants") if arabic else (CONSONANT_SIM, "same consonants"))
    return best


# Turkish and Azerbaijani c is the sound j (Sancar, Rəcəbov, Cabbarov), which Russian
# writes дж, French dj and English j (Санджар, Radjabov, Jabbarov); not ç, which is ch.
_TURKIC_C = re.compile(r"(?<![sc])c(?=[aeiouıəöü])")
# A word that is Turkic by its letters or a surname suffix, the only words whose c meets an
# English j: elsewhere Cody is not Jody, nor Marco Marjo.
_TURKIC_WORD = re.compile(r"[ıəşğçöü]|(?:ov|ova|ev|eva|yev|yeva|oglu|oğlu|zade)$")


def _turkic_c(a: Token, b: Token) -> bool:
    """``a`` is a Turkic word spelt with c, ``b`` the same word with j, dj or dzh for it."""
    if a.script != "Latin" or "c" not in a.text or not _TURKIC_C.search(a.text):
        return False
    spellings = ("dzh", "dj", "j") if _TURKIC_WORD.search(a.text) else ("dzh", "dj")
    return any(ascii_fold(_TURKIC_C.sub(j, a.text)) == b.latin for j in spellings)


def _transcribed(a: Token, b: Token) -> bool:
    """One word is the French or German spelling of the other, a Slavic name: Poutine is
    Путин, Jelzin Yeltsin (see ``russian.transcription_skeletons``)."""
    return (bool(a.transcribed) and _voiceless_in(b, a.transcribed)) or (
        bool(b.transcribed) and _voiceless_in(a, b.transcribed)
    )


def _voiced_apart(a: Token, b: Token) -> bool:
    """A Cyrillic word and a Latin one that differ only in s for з, as German and French
    write it (Кузьмин, Kusmin), found by their skeletons with s and z as one."""
    if {a.script, b.script} != {"Cyrillic", "Latin"} or len(a.skeleton) < 5:
        return False
    return a.skeleton != b.skeleton and russian.voiceless(a.skeleton) == russian.voiceless(b.skeleton)


def _voiceless_in(token: Token, skeletons: tuple[str, ...]) -> bool:
    """``token``'s skeleton is one of ``skeletons``; not a word spelt in pinyin (Zhang is no
    Russian name that French writes Chang)."""
    if len(token.skeleton) < 4 or token.script not in ("Latin", "Cyrillic"):
        return False
    own = russian.voiceless(token.skeleton)
    if token.script == "Cyrillic" and russian.CYRILLIC_ONLY + own in skeletons:
        return True
    return own in skeletons and not (token.script == "Latin" and chinese.pinyin_spelt(token.latin))


# A Hangul word meeting a Latin one as Korean writes loanwords (see korean.loanword_key).
LOANWORD_SIM = 0.85
# Fewest consonant classes a loanword key meets on: fewer meet by chance (무역, mark).
_LOANWORD_KEY = 3
_EPENTHETIC = frozenset("스트크프브드그르츠즈쓰")


def _loanword(a: Token, b: Token) -> bool:
    """A Hangul word that writes a Latin one as a loanword (팬오션 Pan Ocean). Against a
    word that also reads as Korean, only a Hangul word with the vowel Korean puts after a
    consonant English ends a syllable with (스, 트, 크, 프: 폴라리스 Polaris), which Korean
    words of their own do not: those met or missed through their syllables (송진 is not
    Sungjin, though their consonants are one)."""
    hangul, latin = (a, b) if a.script == "Hangul" else (b, a)
    if latin.script != "Latin" or not latin.latin.isalpha():
        return False
    if latin.korean and _EPENTHETIC.isdisjoint(hangul.text):
        return False
    key = korean.loanword_key(latin.latin, "english")
    return len(key) >= _LOANWORD_KEY and key == korean.loanword_key(hangul.latin, "hangul")


def _both_native(a: Token, b: Token) -> bool:
    """Both words keep the letters of their own alphabet (ü, ś, ı, ō; or both are Cyrillic,
    Greek ...): each is how the name is written at home, not a rendering of it, so a letter
    more or other makes another name (Müller/Möller, Schröder/Schröter, Satō/Saitō, Володин/
    Волошин). Renderings that differ only in those letters (Müller/Mueller/Muller) and
    Slavic spelling variants met before this is asked."""
    if a.script != b.script:
        return False
    if a.script == "Latin":
        return not a.text.isascii() and not b.text.isascii()
    return a.script in _ALPHABETS


# Scripts whose spellings of a name vary little once normalised (Arabic alif forms are
# folded): two words of one of them that differ are two words (محمود is not محمد).
_ALPHABETS = frozenset(("Cyrillic", "Greek", "Armenian", "Georgian", "Arabic", "Hebrew"))


# Endings that make a new name of a whole one: the Persian -an/-ian (Eslamian, "of
# Eslami") and the Slavic -in, -ov, -ev, -enko (Volozhin of Volozh, Ivanov of Ivan). (A
# final -i or -y is not one: it is also how a Slavic name ends in one transliteration and
# not another, Yevgen/Yevgeny, or a Georgian nominative, Otar/Otari.)
_NAME_SUFFIXES = ("an", "ian", "yan", "in", "ov", "ev", "enko")


def _consonant_apart(x: str, y: str, cyrillic: bool = False) -> bool:
    """Two Slavic surnames' skeletons apart by a consonant, substituted, added or dropped
    (Shcherbakov/Shcherbatov, Timoshin/Timokhin, Mishchenko/Mishchenkov). The skeleton has
    already met the ways Latin spells one Cyrillic letter (kh/h, ks/x, w/v), so what is left
    is another name; lists misspell vowels (Strimousov for Stremousov), which stay similar
    spellings, but not a name written in Cyrillic (``cyrillic``): its Latin form changes a
    vowel only where Cyrillic is read two ways (е as ё: Воробьев is Vorobiov). Sazonov is
    not Сазанов."""
    if x == y or min(len(x), len(y)) < 5:
        return False
    short, long = sorted((x, y), key=len)
    if short.endswith("ski") and long == short + "h":
        return True  # Siberian -ikh is another family (Ostrovsky, Ostrovskikh)
    if short.endswith(("o", "e")) and long == short + "v":
        return True  # Ukrainian -ko is not Russian -kov (Chuyko, Chuykov)
    if not x.endswith(_SLAVIC_SURNAME_ENDS) or not y.endswith(_SLAVIC_SURNAME_ENDS):
        return False
    if x.endswith("din") or y.endswith("din"):
        return False  # Arabic al-Din ("of the faith"), not -in: Kamaleddin is Kamaladdin
    # Against Cyrillic one vowel off only: more is another language's form of the name
    # (Belarusian KARPIANKOU for Карпенков), not a misreading of its letters.
    return _letters_apart(x, y, cyrillic and levenshtein(x, y) == 1) > 0


# Vowels no Cyrillic letter is spelt as both of, nor lists confuse: another surname (е and и
# are: Strimousov for Stremousov; о and а, ё and е, ы and и are).
_ANOTHER_VOWEL = frozenset(("ai", "ia", "iu", "ui"))


def _another_letter(a: str, b: str, cyrillic: bool) -> bool:
    """One edit (``a`` → ``b``, "" for a letter added or dropped) that makes another name
    (see ``_consonant_apart``)."""
    if a and b:
        if a + b in _VOICING or b + a in _VOICING:
            return False
        if cyrillic and a + b in ("kh", "hk"):
            return True  # к is never h, nor х k (Цеков is not Tsekhov)
        if a in _SPELT_FREELY or b in _SPELT_FREELY:
            return False
        if a not in _VOWELS or b not in _VOWELS:
            return True  # a consonant for another, or for a vowel (Yefremov/Yefimov)
        if a + b in _ANOTHER_VOWEL:
            return True  # Nazarov/Nazirov, Kostyukov/Kostikov: no letter is read both ways
        return cyrillic and a + b not in ("eo", "oe")
    letter = a or b
    # A Latin i or e more is a soft sign or a й read out (Воробьев, Vorobiev).
    return letter not in _NOT_CONSONANTS or (cyrillic and letter in ("a", "o", "u"))


def _hard_o(x: str, i: int, y: str, j: int) -> bool:
    """An o against the e of a Cyrillic е or ё after a consonant that marks no softness (r,
    k, t ...): ё is yo, io or e there, and a bare o is the hard о of another name (Чекмарёв
    is not Chekmarov); after a hushing consonant or a soft sign it is o (Горбачёв Gorbachov,
    Воробьев Vorobiov)."""
    if {x[i], y[j]} != {"e", "o"}:
        return False
    word, k = (x, i) if x[i] == "o" else (y, j)
    return k > 0 and word[k - 1] not in _SOFT_BEFORE_O


# Letters after which a Latin o may write ё: a soft sign or y, and the end of zh, ch, sh, shch, ts.
_SOFT_BEFORE_O = frozenset("iyjhsz")


def _soft_vowel(word: str, i: int) -> bool:
    """A vowel of a skeleton no transliteration puts in or leaves out: one between two
    consonants (Surkov/Surikov), the i of й before a consonant (Badin/Baidin), the u or a of
    iu or ia after a consonant (ю, я; without it the i is и: Kostyukov/Kostikov). Not the o
    of io, which is ё, also written e, nor the i of a soft sign before a vowel (Vorobiev)."""
    letter, before, after = word[i], word[i - 1 : i] if i else "", word[i + 1 : i + 2]
    if letter not in _VOWELS or not before:
        return False
    if letter in ("u", "a") and before == "i" and word[i - 2 : i - 1] not in _VOWELS:
        return True
    if after and after not in _VOWELS:
        return before not in _VOWELS if letter != "i" else True
    return False


def _letters_apart(x: str, y: str, cyrillic: bool) -> int:
    """How few edits that make another name (``_another_letter``) a shortest way of editing
    ``x`` into ``y`` needs: Жданов/Jdanov (zhdanov/idanov) is z → i and h dropped, none,
    not z dropped and h → i."""
    # cost[j]: (edits, of them ones that make another name) from x[:i] to y[:j], least first.
    dropped = [_another_letter(cx, "", cyrillic) or _soft_vowel(x, i) for i, cx in enumerate(x)]
    added = [_another_letter("", cy, cyrillic) or _soft_vowel(y, j) for j, cy in enumerate(y)]
    cost = [(0, 0)]
    for j, extra in enumerate(added):
        cost.append((j + 1, cost[j][1] + extra))
    for i, cx in enumerate(x):
        drop = dropped[i]
        row = [(i + 1, cost[0][1] + drop)]
        for j, cy in enumerate(y):
            up, left, diagonal = cost[j + 1], row[j], cost[j]
            row.append(
                min(
                    (up[0] + 1, up[1] + drop),
                    (left[0] + 1, left[1] + added[j]),
                    diagonal
                    if cx == cy
                    else (
                        diagonal[0] + 1,
                        diagonal[1]
                        + (_another_letter(cx, cy, cyrillic) or (cyrillic and _hard_o(x, i, y, j))),
                    ),
                )
            )
        cost = row
    return cost[-1][1]


# Vowels, and h and the c of ch: transliterations add, drop and swap them (Šojgu/Shoigu,
# Herman/German for Г, Haniyeh/Haniya, Basirovich for Баширович, German Michail for Mikhail).
_SPELT_FREELY = frozenset("hc")
_NOT_CONSONANTS = frozenset("aeiouyhc")
_VOWELS = frozenset("aeiouy")
# Consonants that differ only in voicing, which German and French spellings swap (Schigalow
# for Жигалов: з and ж are s, sch), and the French j of ж, which the skeleton reads as i
# (Jdanov for Жданов).
_VOICING = frozenset(("sz", "fv", "kg", "td", "pb", "zi"))
# Slavic surnames by their endings (skeletons: -ov, -ev, -in and feminine -ova, -eva, -ina,
# -ski, -enko, -uk): the stem before the suffix is a word, and one consonant more or other
# makes another surname. Elsewhere (Aminat/Amina, Baptista/Batista) it may not, nor in a
# patronymic, which lists often mistype (Vladmimirovich).
_SLAVIC_SURNAME_ENDS = ("ov", "ev", "in", "ova", "eva", "ina", "ski", "skii", "skaia", "enko", "uk")


def _name_suffix(x: str, y: str) -> bool:
    """One word is the other with a name-making suffix (see ``_NAME_SUFFIXES``)."""
    short, long = sorted((x, y), key=len)
    return len(short) >= 4 and long.startswith(short) and long[len(short) :] in _NAME_SUFFIXES


def _pinyin_clash(a: Token, b: Token, chinese_context: bool) -> bool:
    """Two words both spelt as only pinyin spells (see ``chinese.pinyin_spelt``), or any two
    pinyin words of names both spelt in pinyin, cut into as many syllables: a syllable that
    differs is another character, not a typo."""
    if a.script != "Latin" or b.script != "Latin":
        return False
    if chinese_context:
        cut_a, cut_b = chinese.pinyin_cut(a.latin), chinese.pinyin_cut(b.latin)
        return (
            bool(cut_a)
            and len(cut_a) == len(cut_b)
            and not all(map(chinese.same_syllable, cut_a, cut_b))  # Chou = Zhou (Wade–Giles)
        )
    if not chinese.pinyin_spelt(a.latin) or not chinese.pinyin_spelt(b.latin):
        return False
    return len(chinese.sino_korean(a.latin)[0]) == len(chinese.sino_korean(b.latin)[0])


@lru_cache(maxsize=65536)
def _near_syllables(a: Token, b: Token) -> bool:
    return korean.near(a.korean, b.korean)


# A kana word meeting a Latin one as kana adapt names (see nodewatch.names.japanese).
KANA_SIM = 0.9
# Two words written with the same consonants in the same order, vowels aside.
CONSONANT_SIM = 0.8
ARABIC_SIM = 0.9


def _same_consonants(a: Token, b: Token) -> bool:
    """Words that differ only in their vowels or in how a consonant is spelt (see
    ``nodewatch.names.phonetic``): Kandari/Kondori, Qadhafi/Gaddafi, Breeze/Briz.

    Three consonants at least (any number in Arabic script, which writes no short vowels),
    as many syllables, no digits; two known given names of different rows never meet so
    (Anton is not Antonina, Kirill is not Karl).
    """
    if a.group is not None and b.group is not None and a.group != b.group:
        return False
    x, y = a.latin, b.latin
    if a.stem and b.stem and orgs.generic_weight(x) is not None and orgs.generic_weight(y) is not None:
        return False  # two words of the common vocabulary are two words (eastern, southern)
    if x == y or not x.isalpha() or not y.isalpha():
        return False
    if "Arabic" in (a.script, b.script):
        for kx in _arabic_keys(a):
            for ky in _arabic_keys(b):
                if kx and kx == ky:
                    return True
                # The article al- written on the word in Arabic script, apart or not at all
                # in Latin (القذافي is Gaddafi, al-Qadhafi).
                if any(
                    t.text.startswith("ال") and k[1:] and k[1:] == o for t, k, o in ((a, kx, ky), (b, ky, kx))
                ):
                    return True
        return False
    if min(len(x), len(y)) < 4:
        return False
    (kx, gx), (ky, gy) = phonetic.consonant_key(x), phonetic.consonant_key(y)
    return len(kx) >= 3 and kx == ky and gx == gy


_G_NOT_GH = re.compile(r"g(?!h)")
# The sun letters of Arabic after an article inside a word, and the letter of each in a key.
_SUN_KEYS = {"ت": "t", "د": "d", "ر": "r", "ز": "z", "س": "s", "ص": "s", "ض": "d", "ط": "t", "ن": "n"}
_INNER_SUN_ARTICLE = re.compile("ال([" + "".join(_SUN_KEYS) + "])")


def _arabic_keys(token: Token) -> tuple[str, ...]:
    """The consonant keys of a word to compare with Arabic script, where و writes the
    vowel u and the consonant w that Persian names spell v (موسوی is Mousavi). French
    spellings of the Maghreb write ش as ch (شنقريحة is Chanegriha, أخنوش Akhannouch), which
    Arabic has no other letter for; Persian چ keeps its own ch. A g may be ج, an x is ks
    (فاکسون Faxon)."""
    if token.script == "Arabic":
        key = phonetic.consonant_key(token.skeleton)[0]
        keys = [key]
        for sun in _INNER_SUN_ARTICLE.findall(token.text[1:]):
            # An article inside a name said as the sun letter after it (نور الدين, run as
            # one word: Noureddine), whose l the Latin spelling drops.
            letter = _SUN_KEYS[sun]
            keys.append(keys[-1].replace("l" + letter, letter, 1))
        if "ظ" in token.text:
            keys.append(key.replace("z", "d"))  # ظ is z in the Levant, dh in the Gulf (Abu Dhabi)
        return tuple(dict.fromkeys(keys))
    latin = token.latin.replace("v", "w").replace("x", "ks")
    keys = [phonetic.consonant_key(latin)[0]]
    if "ch" in latin:
        keys.append(phonetic.consonant_key(latin.replace("ch", "sh"))[0])
    if "g" in latin:
        # Egypt, and Lebanon's French spellings, say and write ج g (جمال Gamal, جعجع Geagea).
        keys.append(phonetic.consonant_key(_G_NOT_GH.sub("j", latin))[0])
    if "z" in latin:
        # Persian, Urdu and Turkish say ض z, which Arabic script writes as Arabic does
        # (فضل الله Fazlullah, رمضان Ramazan).
        keys.append(phonetic.consonant_key(latin.replace("z", "d"))[0])
    if "tion" in latin:
        # An English word in Arabic letters writes its -tion as said (كونستراكشون construction).
        keys.append(phonetic.consonant_key(latin.replace("tion", "shon"))[0])
    return tuple(keys)


def _dropped_letters(a: str, b: str) -> bool:
    """The shorter word is the longer with letters left out (hunjin in heungjin)."""
    short, long = sorted((a, b), key=len)
    if len(short) == len(long):
        return False
    letters = iter(long)
    return all(ch in letters for ch in short)


def _translated(a: Token, b: Token) -> bool:
    """``a`` translates to ``b`` (unhaeng → bank) or both translate to one word."""
    if not a.translation_keys:
        return False
    return (
        b.latin in a.translation_keys
        or (bool(b.stem) and b.stem in a.translation_keys)
        or not a.translation_keys.isdisjoint(b.translation_keys)
    )


def _fuzzy(a: Token, b: Token) -> float:
    """Edit-distance similarity, allowed only for small edits relative to length: of the
    ASCII forms, the Slavic skeletons, the stems and, for Arabic script, the consonants.
    Not two words one of which imports what the other exports (Сибтехимпорт, Sibtekhexport)."""
    directions = {_trade_direction(a.latin), _trade_direction(b.latin)}
    if directions == {"import", "export"}:
        return 0.0
    best = _edit_similarity(a.latin, b.latin, 0.0)
    if a.skeleton and b.skeleton and (a.skeleton != a.latin or b.skeleton != b.latin):
        best = _edit_similarity(a.skeleton, b.skeleton, best)
    if a.stem and b.stem and (a.stem != a.latin or b.stem != b.latin):
        best = _edit_similarity(a.stem, b.stem, best)
    if a.script == "Arabic" or b.script == "Arabic":
        best = _edit_similarity(
            a.skeleton if a.script == "Arabic" else _consonants(a.latin),
            b.skeleton if b.script == "Arabic" else _consonants(b.latin),
            best,
        )
    return best


def _trade_direction(word: str) -> str:
    """Import, export or neither, of a word that names a firm's trade (Техимпорт, Tekhexport)."""
    if "import" in word:
        return "import"
    return "export" if "export" in word or "eksport" in word else ""


def _edit_similarity(x: str, y: str, best: float) -> float:
    """``best``, raised if ``x`` and ``y`` are a few edits apart (1 below 8 letters, 2
    below 13, else 3)."""
    size_x, size_y = len(x), len(y)
    longest = size_x if size_x > size_y else size_y
    if size_x < 3 or size_y < 3 or longest < 4:
        return best
    allowed = 1 if longest < 8 else 2 if longest < 13 else 3
    if size_x - size_y > allowed or size_y - size_x > allowed:
        return best
    if allowed == 1 and x[0] != y[0] and x[-1] != y[-1]:
        return best  # one edit leaves the first or the last letter as it was
    distance = levenshtein(x, y)
    if distance <= allowed:
        sim = 1.0 - 0.75 * distance / longest
        return sim if sim > best else best
    return best


def _script_route(a: Token, b: Token) -> str:
    other = a if a.script != "Latin" else b
    for form, system in other.forms:
        if form == other.latin:
            return _system_name(other.script, system)
    return f"{other.script} transliteration"


def _system_name(script: str, system: str) -> str:
    if script == "Cyrillic":
        return russian.SYSTEM_NAMES.get(system, system)
    if script == "Han":
        return chinese.SYSTEM_NAMES.get(system, system)
    if script == "Hangul":
        return korean.SYSTEM_NAMES.get(system, system)
    return system


def _korean_route(a: Token, b: Token) -> str:
    if a.script == "Hangul" or b.script == "Hangul":
        return "Hangul ↔ romanisation"
    if a.script == "Han" or b.script == "Han":
        return "Sino-Korean reading"
    return "Korean romanisation"


def _joined_runs(
    side_a: tuple[Part, ...],
    side_b: tuple[Part, ...],
    open_a: list[int],
    open_b: list[int],
    flip: bool,
    kind: str,
    context: bool,
) -> list[Option]:
    """Runs of 2–3 (or, for a translated word, 4) adjacent tokens of one side that hold an
    open token, each against the open tokens of the other side it may meet.

    Before a run is analysed as one word, a cheap test: a run of Latin tokens meets a Latin
    token without translations only if it is about as long and, unless both read as Korean
    (Tong Il = Dongil), starts with the same letter.
    """
    out: list[Option] = []
    if len(side_a) < 2:
        return out  # no run of two
    targets_b, open_ended, shortest, longest = _run_targets(side_b, open_b)
    # A translated word may stand for four words (ГосНИИ = state scientific research institute).
    translated_b = any(side_b[j].token.translation_keys for j in open_b)
    for start, size, plain, joined, low, high in _runs(side_a, open_a, 4 if translated_b else 3):
        if plain and not open_ended and not shortest <= joined <= longest:
            continue  # too short or too long for every target
        parts = side_a[start : start + size]
        if plain:
            first = parts[0].token.latin[:1]
            # Only a translated token reads the run's joined text: joined for those alone.
            text = "".join(p.token.latin for p in parts) if translated_b else ""
            targets = [
                j
                for j, foreign, translated, length, slack, letter, syllables in targets_b
                if foreign
                or text in translated
                or (
                    -slack <= joined - length <= slack
                    and (
                        letter == first
                        or (syllables is not None and low <= syllables[1] and syllables[0] <= high)
                    )
                )
                or (bool(translated) and low > 0)  # a Korean compound may translate
            ]
        else:
            targets = open_b
        if not targets:
            continue
        merged = _merge(parts, kind)
        span = tuple(range(start, start + size))
        for j in targets:
            sim, route = token_similarity(merged, side_b[j].token, context)
            if sim >= MIN_TOKEN_SIM:
                qi, ci = ((j,), span) if flip else (span, (j,))
                out.append((sim, size, qi, ci, f"{route}, joined"))
    return out


_Target = tuple[int, bool, frozenset[str], int, int, str, tuple[int, int] | None]


def _run_targets(side: tuple[Part, ...], open_tokens: list[int]) -> tuple[list[_Target], bool, int, int]:
    """What the cheap test of ``_joined_runs`` reads of each open token of the other side
    (number, foreign script, translation keys, length, length slack, first letter,
    syllables), once per call; whether any is foreign or translated (any run may meet it);
    and the hull of the joined lengths the others accept."""
    targets: list[_Target] = []
    open_ended = False
    shortest, longest = 1 << 30, -1
    for j in open_tokens:
        t = side[j].token
        foreign, length = t.script != "Latin", len(t.latin)
        slack = max(2, length // 4)
        targets.append((j, foreign, t.translation_keys, length, slack, t.latin[:1], t.syllables))
        open_ended = open_ended or foreign or bool(t.translation_keys)
        shortest, longest = min(shortest, length - slack), max(longest, length + slack)
    return targets, open_ended, shortest, longest


def _runs(
    side: tuple[Part, ...], open_tokens: list[int], longest: int
) -> Iterator[tuple[int, int, bool, int, int, int]]:
    """The runs of 2–``longest`` adjacent tokens that hold an open token (``open_tokens``
    ascending), by start then size, with what the cheap test of ``_joined_runs`` reads:
    whether every token is Latin, the joined length, and the fewest and most syllables the
    run reads as Korean (-1, -1 unless every token reads as Korean).

    Built incrementally (a longer run extends the shorter one at the same start): the runs
    of a pair of names are tested by the thousand, so no slices and sums per run.
    """
    count = len(side)
    for start in range(max(0, open_tokens[0] - longest + 1), min(open_tokens[-1], count - 2) + 1):
        next_open = open_tokens[bisect_left(open_tokens, start)]
        token = side[start].token
        plain = token.script == "Latin"
        joined = len(token.latin)
        syllables = token.syllables
        whole = syllables is not None
        low, high = syllables if syllables is not None else (-1, -1)
        for stop in range(start + 2, min(start + longest, count) + 1):
            token = side[stop - 1].token
            plain = plain and token.script == "Latin"
            joined += len(token.latin)
            syllables = token.syllables
            if whole and syllables is not None:
                low, high = low + syllables[0], high + syllables[1]
            else:
                whole, low, high = False, -1, -1
            if next_open < stop:
                yield start, stop - start, plain, joined, low, high


def _merge(parts: tuple[Part, ...], kind: str) -> Token:
    joined = "".join(
        p.token.text.rstrip("'") if i < len(parts) - 1 else p.token.text for i, p in enumerate(parts)
    )
    return make_token(joined, kind)


def _acronym_sim(acronym: str, words: list[str]) -> float:
    """How well an acronym spells a run of words: 0.85 by initials or by prefixes of three
    words or more (KOMID = KOrea MIning Development), 0.75 by prefixes of two (KOGEN): the
    more words a prefix acronym spells in order, the less it is chance."""
    letters = _initials(words)
    if letters == acronym:
        return 0.85
    if acronym[:1] == letters[:1] and _prefix_acronym(acronym, words):
        return 0.85 if len(words) >= 3 else 0.75
    return 0.0


def _prefix_acronym(acronym: str, words: list[str]) -> bool:
    """KOMID = KOrea MIning Development: each word gives a prefix of 1–3 letters, in order."""
    if not words:
        return not acronym
    if not acronym:
        return False
    word = words[0]
    for size in range(min(3, len(word), len(acronym)), 0, -1):
        if acronym[:size] == word[:size] and _prefix_acronym(acronym[size:], words[1:]):
            return True
    return False


def compare_names(query: AnalysedName, candidate: AnalysedName) -> NameComparison:
    """Align two analysed names and score them (see the module docstring)."""
    q, c = query.parts, candidate.parts
    kind = query.kind if query.kind == candidate.kind else "other"
    context = kind != "person" or query.korean_like or candidate.korean_like
    chinese_names = query.chinese_like and candidate.chinese_like
    options: list[Option] = []
    best_q = [0.0] * len(q)
    best_c = [0.0] * len(c)
    c_tokens = [cp.token for cp in c]
    for i, qp in enumerate(q):
        q_token = qp.token
        for j, c_token in enumerate(c_tokens):
            sim, route = token_similarity(q_token, c_token, context, chinese_names)
            if route is KOREAN_CLASH:
                if kind == "person" and _near_syllables(q_token, c_token):
                    options.append((NEAR_SYLLABLE_SIM, 1, (i,), (j,), NEAR_SYLLABLE))
            elif sim >= MIN_TOKEN_SIM:
                options.append((sim, 1, (i,), (j,), route))
                if sim > best_q[i]:
                    best_q[i] = sim
                if sim > best_c[j]:
                    best_c[j] = sim
    if min(best_q, default=1.0) < 0.9 or min(best_c, default=1.0) < 0.9:
        options.extend(_east_slavic_options(q, c, best_q, best_c))
        if kind == "person":
            options.extend(_central_asian_options(q, c, best_q, best_c))
        options.extend(_span_options(query, candidate, best_q, best_c, kind, context))
        if query.chinese_like and candidate.korean_like:
            options.extend(_sino_options(q, c, best_q, False))
        elif candidate.chinese_like and query.korean_like:
            options.extend(_sino_options(c, q, best_c, True))
        # Only against a name with a word pinyin has not (Wong, Kwok, Jen): between two
        # names spelt in pinyin another syllable is another character (see _pinyin_clash).
        if kind == "person":
            pinyin_q = _pinyin_throughout(q) and not query.hyphenated
            pinyin_c = _pinyin_throughout(c) and not candidate.hyphenated
            if pinyin_q and not pinyin_c:
                options.extend(_other_romanisation_options(q, c, best_q, False))
            elif pinyin_c and not pinyin_q:
                options.extend(_other_romanisation_options(c, q, best_c, True))
            if not pinyin_c and _in_characters(q):
                options.extend(_near_reading_options(q, c, best_q, best_c, False))
            elif not pinyin_q and _in_characters(c):
                options.extend(_near_reading_options(c, q, best_c, best_q, True))
    if kind == "person" and _read_in_pinyin(q, c, options):
        # A name spelt in pinyin throughout that meets characters in pinyin reads them all in
        # pinyin: 洋 may be Hokkien Yong, but 汪洋 is Wang Yang, not Wang Yong. (LEI Man Chong
        # is pinyin too, but meets 李文忠 only as Macau spells it.)
        options = [o for o in options if o[4] not in _LOOSE_ROUTES]
    # Best first; among equals, longer runs, then pairs in the same position (KIM = KIM
    # before KIM = the other KIM of "KIM Kim Chol"), so order checks see the natural pairing.
    # A particle alone (the article al) meets last: it must not take the al of a run that
    # spells a word (Badruddin al-Houthi = Badr al-Din al-Huthi).
    options.sort(
        key=lambda o: (
            o[1] > 1 or (q[o[2][0]].role != "particle" and c[o[3][0]].role != "particle"),
            o[0],
            o[1],
            -abs(o[2][0] / len(q) - o[3][0] / len(c)),
        ),
        reverse=True,
    )
    used_q: set[int] = set()
    used_c: set[int] = set()
    chosen: list[Meeting] = []
    for sim, _size, qi, ci, route in options:
        if not used_q.isdisjoint(qi) or not used_c.isdisjoint(ci):
            continue
        used_q.update(qi)
        used_c.update(ci)
        chosen.append((sim, qi, ci, route))
    if (len(used_q) < len(q) or len(used_c) < len(c)) and len(options) > len(chosen):
        _reassign(options, chosen, used_q, used_c)
    if query.has_initial or candidate.has_initial:
        _match_initials(q, c, used_q, used_c, chosen)
    if len(used_q) < len(q) and len(used_c) < len(c):
        _match_scattered_translations(q, c, used_q, used_c, chosen)
    return _score(query, candidate, chosen, used_q, used_c)


def _reassign(options: list[Option], chosen: list[Meeting], used_q: set[int], used_c: set[int]) -> None:
    """A word left over takes the word another took when that other can meet a word left over
    on its side instead: the greedy alignment took the strongest meeting, this one meets both
    words (陳慶炎 = Tan Keng Yam: 炎 may be read tan, but here it is yam, and 陳 is Tan)."""
    singles = [(o[2][0], o[3][0], o) for o in options if len(o[2]) == 1 and len(o[3]) == 1]
    for side in (0, 1):  # the word left over is in the query (0) or in the candidate (1)
        used = (used_q, used_c)
        for i, j, option in singles:
            mine, theirs = (i, j)[side], (j, i)[side]
            if mine in used[side] or theirs not in used[1 - side]:
                continue
            held = next(
                (m for m in chosen if len(m[1]) == len(m[2]) == 1 and (m[2], m[1])[side][0] == theirs), None
            )
            if held is None:
                continue
            holder = (held[1], held[2])[side][0]
            spare = next(
                (o for a, b, o in singles if (a, b)[side] == holder and (b, a)[side] not in used[1 - side]),
                None,
            )
            if spare is None or option[0] + spare[0] <= held[0]:
                continue
            chosen.remove(held)
            chosen.append((option[0], option[2], option[3], option[4]))
            chosen.append((spare[0], spare[2], spare[3], spare[4]))
            used[side].add(mine)
            used[1 - side].add((spare[3], spare[2])[side][0])


def _match_scattered_translations(
    q: tuple[Part, ...], c: tuple[Part, ...], used_q: set[int], used_c: set[int], chosen: list[Meeting]
) -> None:
    """A translated word left over meets the other side's left-over words that spell its
    translation in any order, not adjacent: English puts the words of a Korean compound
    around others (제2자연과학원, CHE 2 CHAYON KWAHAKWON: kwahakwon = academy of sciences, in
    SECOND ACADEMY OF NATURAL SCIENCES around NATURAL, which chayon met)."""
    for side_a, side_b, used_a, used_b, flip in ((q, c, used_q, used_c, False), (c, q, used_c, used_q, True)):
        for i, part in enumerate(side_a):
            if i in used_a or not part.token.translations:
                continue
            found = _scattered(part.token.translations, side_b, used_b)
            if found:
                used_a.add(i)
                used_b.update(found)
                qi, ci = (found, (i,)) if flip else ((i,), found)
                chosen.append((0.9, qi, ci, "translation, scattered"))


def _scattered(translations: tuple[str, ...], side: tuple[Part, ...], used: set[int]) -> tuple[int, ...]:
    """Left-over tokens of ``side`` that hold every word of one translation of two words or
    more (by spelling or stem), in their order, or nothing."""
    left = [k for k in range(len(side)) if k not in used]
    for phrase in translations:
        words = [w for w in phrase.split() if w not in orgs.stopwords()]
        if len(words) < 2:
            continue
        found: list[int] = []
        for word in words:
            stem = orgs.stem(word)
            k = next((k for k in left if k not in found and side[k].token.latin in (word, stem)), None)
            if k is None:
                k = next((k for k in left if k not in found and side[k].token.stem == stem), None)
            if k is None:
                break
            found.append(k)
        else:
            return tuple(sorted(found))
    return ()


def _east_slavic_options(
    q: tuple[Part, ...], c: tuple[Part, ...], best_q: list[float], best_c: list[float]
) -> list[Option]:
    """In a Ukrainian or Belarusian name against a Russian one (a word of one has a letter
    Russian lacks, the other none), every Cyrillic word that met nothing well read as that
    language's form of a Russian one: Аляксандр Рыгоравіч Лукашэнка is Александр
    Григорьевич Лукашенко, though only Рыгоравіч shows the name is Belarusian."""
    out: list[Option] = []
    own_q = russian.has_east_slavic_letters(p.token.text for p in q)
    if own_q == russian.has_east_slavic_letters(p.token.text for p in c):
        return out
    for i, qp in enumerate(q):
        for j, cp in enumerate(c):
            if (
                best_q[i] >= 0.9
                or best_c[j] >= 0.9
                or qp.token.script != "Cyrillic"
                or cp.token.script != "Cyrillic"
            ):
                continue
            own, other = (qp, cp) if own_q else (cp, qp)
            if russian.east_slavic_reading(own.token.text, other.token.text):
                out.append((0.9, 1, (i,), (j,), "Ukrainian or Belarusian form"))
    return out


# A word of a Central Asian name met in another alphabet's spelling (see ``turkic``).
CENTRAL_ASIAN_SIM = 0.88


def _central_asian_options(
    q: tuple[Part, ...], c: tuple[Part, ...], best_q: list[float], best_c: list[float]
) -> list[Option]:
    """In a pair of names one of which has a word of a Central Asian alphabet, each word that
    met nothing well against one of the other name whose consonants and vowel places agree
    (``turkic.key``), or two that write "son of" or "daughter of" apart: Sodiq Safoyev is
    Садык Сафаев, Hojamyrat Geldimyradow Ходжамурад Гельдимурадов, Tynybekova Тыныбек кызы."""
    if (
        _pinyin_throughout(q)
        or _pinyin_throughout(c)
        or not any(turkic.marked(p.token.text) for p in (*q, *c))
    ):
        return []  # pinyin q is another sound (Qian)
    return _turkic_meetings(q, c, best_q, best_c, False) + _turkic_meetings(c, q, best_c, best_q, True)


def _turkic_meetings(
    side_a: tuple[Part, ...], side_b: tuple[Part, ...], best_a: list[float], best_b: list[float], flip: bool
) -> list[Option]:
    """The meetings of ``_central_asian_options`` of one word of ``side_a`` each; the words of
    ``side_b`` one by one only when not ``flip`` (else they were met the other way round)."""
    out: list[Option] = []
    for i, part in enumerate(side_a):
        if best_a[i] >= CENTRAL_ASIAN_SIM or part.token.script not in _TURKIC_SCRIPTS:
            continue
        wanted = turkic.key(part.token.text)
        if len(wanted) < 4:
            continue
        for j, other in enumerate(side_b):
            if best_b[j] >= CENTRAL_ASIAN_SIM or other.token.script not in _TURKIC_SCRIPTS:
                continue
            if not flip and turkic.key(other.token.text) == wanted:
                out.append((CENTRAL_ASIAN_SIM, 1, (i,), (j,), "Central Asian spelling"))
            elif j + 1 < len(side_b) and turkic.key(other.token.text + side_b[j + 1].token.text) == wanted:
                pair = (j, j + 1)
                qi, ci = (pair, (i,)) if flip else ((i,), pair)
                out.append((CENTRAL_ASIAN_SIM, 2, qi, ci, "Central Asian spelling"))
    return out


_TURKIC_SCRIPTS = frozenset(("Latin", "Cyrillic"))


def _span_options(
    query: AnalysedName,
    candidate: AnalysedName,
    best_q: list[float],
    best_c: list[float],
    kind: str,
    context: bool,
) -> list[Option]:
    """Meetings of one token with a run of 2–3 adjacent tokens, or with an acronym's words.

    Only tokens that met nothing well are tried (a run must hold one, and the token it
    may meet must be one), which keeps this step off the common path.
    """
    q, c = query.parts, candidate.parts
    out: list[Option] = []
    for side_a, side_b, best_a, best_b, flip in ((q, c, best_q, best_c, False), (c, q, best_c, best_q, True)):
        open_b = [j for j in range(len(side_b)) if best_b[j] < 0.95]
        if not open_b:
            continue
        open_a = [k for k in range(len(side_a)) if best_a[k] < 0.9]
        if open_a:
            out.extend(_joined_runs(side_a, side_b, open_a, open_b, flip, kind, context))
        if kind == "person":
            continue
        if (query if flip else candidate).known_acronym:
            continue  # its full names are its names (see ``orgs.acronym_expansions``)
        initials = "".join(p.token.latin[:1] for p in side_a)
        for j in open_b:
            token = side_b[j].token
            if not orgs.acronym_like(token.latin) or len(side_a) < 2:
                continue
            if token.script == "Cyrillic" and not token.translations:
                out.extend(_russian_acronym_options(token.text, j, side_a, flip))
            acronym = token.latin
            legal_letters = _legal_letters(candidate if flip else query)
            for start, letter in enumerate(initials):
                if letter != acronym[0]:
                    continue
                for end in range(start + 2, min(len(side_a), start + len(acronym)) + 1):
                    span = tuple(range(start, end))
                    if initials[start:end] == acronym:
                        sim = 0.85
                    elif end - start < len(acronym):
                        sim = _acronym_sim(acronym, [side_a[k].token.latin for k in span])
                    else:
                        continue
                    if sim:
                        qi, ci = ((j,), span) if flip else (span, (j,))
                        out.append((sim, len(span), qi, ci, "acronym"))
            # The legal form often gives the acronym's last letter (KOEC = Korea Oil
            # Exploration Corporation, KPTC = Korea Paekho Trading Corporation).
            size = len(acronym) - 1
            if acronym[-1] in legal_letters and size >= 2 and initials[-size:] == acronym[:-1]:
                span = tuple(range(len(side_a) - size, len(side_a)))
                qi, ci = ((j,), span) if flip else (span, (j,))
                out.append((0.85, size, qi, ci, "acronym with legal form"))
            # Or of every word of the name, legal forms and joined phrases in it (SOCAR,
            # CANTV, MOGE = Myanma Oil and Gas Enterprise).
            words = list((candidate if flip else query).acronym_words)
            if len(acronym) >= 3 and len(words) >= 2 and len(side_a) >= 2:
                sim = _acronym_sim(acronym, words)
                if sim:
                    span = tuple(range(len(side_a)))
                    # The word the acronym ends in may follow it too: RNKB Bank.
                    after = side_b[j + 1] if j + 1 < len(side_b) else None
                    mine = (j, j + 1) if after and _spelt_again(after, acronym, words) else (j,)
                    qi, ci = (mine, span) if flip else (span, mine)
                    out.append((sim, len(span), qi, ci, "acronym of every word"))
                elif len(words) > len(acronym) and _initials(words[: len(acronym)]) == acronym:
                    # Or of the words it starts with, a legal form among them: PKN Orlen is
                    # Polski Koncern Naftowy ORLEN.
                    span = tuple(k for k, p in enumerate(side_a) if p.token.latin in words[: len(acronym)])
                    if len(span) >= 2:
                        qi, ci = ((j,), span) if flip else (span, (j,))
                        out.append((0.85, len(span), qi, ci, "acronym of the first words"))
                elif len(words) > len(acronym):
                    span = _acronym_between_legal_forms(acronym, words, side_a)
                    if span:
                        qi, ci = ((j,), span) if flip else (span, (j,))
                        out.append((0.85, len(span), qi, ci, "acronym of the words between legal forms"))
            out.extend(_translated_acronym_options(acronym, j, side_a, flip))
            for k, other in enumerate(side_a):
                readings = other.token.korean
                if (
                    readings
                    and len(token.latin) == len(readings[0]) >= 2
                    and token.latin in korean.syllable_initials(readings)
                ):
                    qi, ci = ((j,), (k,)) if flip else ((k,), (j,))
                    out.append((0.85, 1, qi, ci, "acronym of Korean syllables"))
    return out


def _translated_acronym_options(acronym: str, j: int, side: tuple[Part, ...], flip: bool) -> list[Option]:
    """Meetings of an acronym of three letters or more with a run of translated words whose
    English words it abbreviates (KPA = 조선인민군: 조선 Korean, 인민군 People's Army)."""
    out: list[Option] = []
    if len(acronym) < 3:
        return out
    for start in range(len(side)):
        heads = {""}
        for end in range(start, len(side)):
            translations = side[end].token.translations
            if not translations:
                break
            spelt = (h + i for h in heads for i in orgs.initials_of(translations))
            heads = {head for head in spelt if acronym.startswith(head)}
            if not heads:
                break
            if acronym in heads:
                span = tuple(range(start, end + 1))
                qi, ci = ((j,), span) if flip else (span, (j,))
                out.append((0.85, len(span), qi, ci, "acronym of translated words"))
    return out


# A pinyin token meeting Korean tokens through the characters both may spell.
SINO_KOREAN_SIM = 0.85


def _sino_options(
    pinyin: tuple[Part, ...], hangul: tuple[Part, ...], best: list[float], flip: bool
) -> list[Option]:
    """Meetings of each pinyin token that met nothing well with a run of 1–3 Korean tokens
    read through the characters (Jiang Wen-ji = Kang Mun Kil: 姜 jiang/강, 文 wen/문, 吉
    ji/길; Jin Tiesan = Kim Chol Sam). Not a name written in characters: those meet pinyin
    through their own readings (正 is zheng; zhen is 真 or 貞, also 정 in Korean)."""
    out: list[Option] = []
    if any(p.token.script == "Han" for p in hangul):
        return out
    for i, part in enumerate(pinyin):
        if best[i] >= SINO_KOREAN_SIM:
            continue
        readings = chinese.sino_korean(part.token.latin)
        for start in range(len(hangul)):
            for stop in range(start + 1, min(start + 3, len(hangul)) + 1):
                run = [p.token.korean for p in hangul[start:stop]]
                if not all(run):
                    break
                joined = [tuple(s for parse in combo for s in parse) for combo in product(*run)]
                if korean.compare(readings, joined) == 1.0:
                    span = tuple(range(start, stop))
                    qi, ci = (span, (i,)) if flip else ((i,), span)
                    out.append(
                        (SINO_KOREAN_SIM, stop - start, qi, ci, "Sino-Korean reading of a pinyin spelling")
                    )
    return out


# A pinyin word meeting the Cantonese or Wade–Giles spellings of its syllables.
OTHER_ROMANISATION_SIM = 0.9
OTHER_ROMANISATION = "the same characters in another romanisation"


def _read_in_pinyin(q: tuple[Part, ...], c: tuple[Part, ...], options: list[Option]) -> bool:
    """A name spelt in pinyin throughout whose words meet the characters in pinyin, all of
    them or all but one. When pinyin meets only one word of three, the name is spelt another
    way whose syllables happen to be pinyin too: Singapore's Tan Chuan-Jin is 陳川仁 in
    Hokkien (Tan, Jin) and pinyin (Chuan)."""
    for parts, is_query in ((q, True), (c, False)):
        if _pinyin_throughout(parts):
            met = {k for o in options if o[4] == _PINYIN for k in (o[2] if is_query else o[3])}
            if met and len(met) >= len(parts) - 1:
                return True
    return False


def _pinyin_throughout(parts: tuple[Part, ...]) -> bool:
    """Two or more Latin words, each a run of pinyin syllables (Liu Dehua)."""
    return len(parts) >= 2 and all(
        p.token.script == "Latin" and chinese.pinyin_cut(p.token.latin) for p in parts
    )


def _other_romanisation_options(
    pinyin: tuple[Part, ...], other: tuple[Part, ...], best: list[float], flip: bool
) -> list[Option]:
    """Meetings of each pinyin token that met nothing well with a run of the other name's
    tokens, one per syllable, that spell its syllables in Hong Kong's Cantonese romanisation
    or in Wade–Giles (Liu Dehua = LAU Tak Wah, 劉德華; REN Zheng Fei = Jen Cheng-fei). Not a
    name in characters: those meet pinyin through their own readings (石 is shi, not zhi)."""
    out: list[Option] = []
    if any(p.token.script == "Han" for p in other):
        return out
    for i, part in enumerate(pinyin):
        syllables = chinese.pinyin_cut(part.token.latin)
        if best[i] >= SINO_KOREAN_SIM or not syllables:
            continue
        size = len(syllables)
        for start in range(len(other) - size + 1):
            run = other[start : start + size]
            if all(map(chinese.spells_syllable, (p.token.latin for p in run), syllables)):
                span = tuple(range(start, start + size))
                qi, ci = (span, (i,)) if flip else ((i,), span)
                out.append((OTHER_ROMANISATION_SIM, size, qi, ci, OTHER_ROMANISATION))
    return out


# A character meeting a personal spelling one letter off its reading (see chinese.near_reading).
NEAR_READING_SIM = 0.8
NEAR_READING = "a personal spelling near the character's reading"


def _in_characters(parts: tuple[Part, ...]) -> bool:
    return all(p.token.script == "Han" for p in parts)


def _near_reading_options(
    han: tuple[Part, ...], latin: tuple[Part, ...], best_han: list[float], best_latin: list[float], flip: bool
) -> list[Option]:
    """Meetings of each character of a person's name in characters that met nothing well
    with a Latin word, not spelt in pinyin throughout, near its reading in a system the
    name's other words met the characters through (the name is spelt in one way)."""
    out: list[Option] = []
    spelt = {p.token.latin for p in latin}
    systems = {system for p in han for form, system in p.token.forms if form in spelt}
    if not systems:
        return out
    for i, part in enumerate(han):
        if best_han[i] >= NEAR_READING_SIM or len(part.token.text) != 1:
            continue
        readings = [form for form, system in part.token.forms if system in systems]
        for j, other in enumerate(latin):
            latin_word = best_latin[j] < NEAR_READING_SIM and other.token.script == "Latin"
            if latin_word and chinese.near_reading(other.token.latin, readings):
                qi, ci = ((j,), (i,)) if flip else ((i,), (j,))
                out.append((NEAR_READING_SIM, 1, qi, ci, NEAR_READING))
    return out


def _russian_acronym_options(acronym: str, j: int, side: tuple[Part, ...], flip: bool) -> list[Option]:
    """A Russian acronym meeting the run of English words that translate its words (ЦКБ МТ
    «Рубин» = Rubin Central Design Bureau for Marine Engineering)."""
    if not all(p.token.script == "Latin" for p in side):
        return []
    out: list[Option] = []
    for start, end in orgs.russian_acronym_spans(acronym, [p.token.latin for p in side]):
        span = tuple(range(start, end))
        qi, ci = ((j,), span) if flip else (span, (j,))
        out.append((0.85, len(span), qi, ci, "Russian acronym of the translated words"))
    return out


def _acronym_between_legal_forms(acronym: str, words: list[str], side: tuple[Part, ...]) -> tuple[int, ...]:
    """The parts an acronym spells when it spells a run of the name's words, legal forms
    inside the run included, and every word of the name but a number is in the run: PLN is
    PT Perusahaan Listrik Negara (Persero), 1MDB 1Malaysia Development Berhad."""
    size = len(acronym)
    for start in range(1, len(words) - size + 1):
        run = words[start : start + size]
        if _initials(run) != acronym:
            continue
        span = tuple(k for k, p in enumerate(side) if p.token.latin in run)
        rest = [p for k, p in enumerate(side) if k not in span]
        if len(span) >= 2 and all(p.role == "number" for p in rest):
            return span
    return ()


def _initials(words: list[str]) -> str:
    return "".join(word[:1] for word in words)


def _spelt_again(after: Part, acronym: str, words: list[str]) -> bool:
    """A generic word after an acronym that is the last word the acronym spells (RNKB Bank:
    Rossiyskiy Natsionalnyy Kommercheskiy Bank)."""
    last = orgs.stem(words[-1])
    return (
        after.role == "generic"
        and after.token.latin[:1] == acronym[-1]
        and (after.token.stem == last or last in after.token.translation_keys)
    )


_LEGAL_INITIALS = {"corp": "c", "co": "c", "ltd": "l"}


def _legal_letters(name: AnalysedName) -> str:
    return "".join(_LEGAL_INITIALS.get(cls, "") for cls in name.legal_forms)


def _match_initials(
    q: tuple[Part, ...], c: tuple[Part, ...], used_q: set[int], used_c: set[int], chosen: list
) -> None:
    """An unmatched initial meets an unmatched name that starts with it (J. = Jong)."""
    for i, qp in enumerate(q):
        if i in used_q:
            continue
        for j, cp in enumerate(c):
            if j in used_c:
                continue
            a, b = qp.token.latin, cp.token.latin
            if (qp.role == "initial" or cp.role == "initial") and a[:1] == b[:1]:
                used_q.add(i)
                used_c.add(j)
                chosen.append((0.75, (i,), (j,), "initial"))
                break


def _score(
    query: AnalysedName,
    candidate: AnalysedName,
    chosen: list[Meeting],
    used_q: set[int],
    used_c: set[int],
) -> NameComparison:
    q, c = query.parts, candidate.parts
    wq = [p.weight for p in q]
    wc = [p.weight for p in c]
    if query.kind == "person" and not (query.korean_like and candidate.korean_like):
        # A Western middle name missing on one side weighs little (John Smith = John Paul Smith),
        # as does a second surname when the other name met whole (Nicolas MADURO = Nicolás
        # Maduro Moros), and a patronymic the other name goes without when the words that
        # are there met well (Alexei DYUMIN = Aleksey Gennadyevich Dyumin; a loose surname
        # and a missing patronymic are two doubts: Лавров is not Sergey V. LAVRIKOV).
        strong = all(sim >= 0.9 for sim, _qi, _ci, _route in chosen)
        # Both names with a middle word of their own have two names there, not one missing:
        # Jason CHOW Tsz-hin is not Jason CHAU Tsz-hin.
        conflict = _middle_left(q, used_q) and _middle_left(c, used_c)
        for parts, weights, used, other, other_used in (
            (q, wq, used_q, c, used_c),
            (c, wc, used_c, q, used_q),
        ):
            other_whole = len(other) >= 2 and len(other_used) == len(other)
            ends = range(len(parts)) if other_whole else range(1, len(parts) - 1)
            if (
                other_whole
                and _name_before(parts, used, chosen, parts is c)
                and not _pinyin_throughout(other)
                and not _malay_compound_first(parts)
            ):
                # A word before a whole other name is a son's own name before his father's
                # (Uday Saddam Hussein is not Saddam Hussein), not a missing middle name; but
                # Hong Kong and Taiwan write an English name before the Chinese one (Andy LAU
                # Tak Wah = Liu Dehua).
                ends = range(1, len(parts))
            for k in ends if not conflict else ():
                # Not a character of a name in characters: each is a syllable of the name
                # (王毅华 is not Wang Yi), as a Korean name's are.
                if k not in used and parts[k].role == "word" and parts[k].token.script != "Han":
                    weights[k] *= MISSING_NAME_PART
            if strong and not any(p.role == "patronymic" for p in other):
                for k, part in enumerate(parts):
                    if k not in used and part.role == "patronymic":
                        weights[k] *= MISSING_NAME_PART
    if query.kind == "person":
        _english_name_first(q, wq, used_q, c, used_c)
        _english_name_first(c, wc, used_c, q, used_q)
    leftovers = len(used_q) < len(q) or len(used_c) < len(c)
    places_differ = False
    if leftovers and query.kind in ("org", "other"):
        left_q = [q[k].role for k in range(len(q)) if k not in used_q]  # roles of the parts that met nothing
        left_c = [c[k].role for k in range(len(c)) if k not in used_c]
        places_differ = _different_places(q, left_q, left_c, chosen)
        if not places_differ and _is_subset_name(left_q, left_c, wq, wc, chosen):
            # Descriptive words only one side has count for less (see _is_subset_name).
            wq = [w if k in used_q else w * SUBSET_LEFTOVER for k, w in enumerate(wq)]
            wc = [w if k in used_c else w * SUBSET_LEFTOVER for k, w in enumerate(wc)]
    met_q = met_c = 0.0
    for sim, qi, ci, _route in chosen:
        met_q += sim * sum(map(wq.__getitem__, qi))
        met_c += sim * sum(map(wc.__getitem__, ci))
    total_q, total_c = sum(wq), sum(wc)
    cov_q = met_q / total_q if total_q else 0.0
    cov_c = met_c / total_c if total_c else 0.0
    if (
        query.kind in ("org", "other")
        and any(q[k].role in ("word", "number") for _s, qi, _ci, _r in chosen for k in qi)
        and not any(c[k].role == "word" for k in range(len(c)) if k not in used_c)
    ):
        # An organisation is often named by part of its full name (Strategic Force for the
        # Strategic Rocket Force of the KPA): once a distinctive word has met, what the
        # candidate has beyond the query costs less than what the query has beyond the
        # candidate (a query with words of its own names something more specific). Not
        # when the candidate keeps a distinctive word of its own: that names another member
        # of the group (Toshiba / Toshiba Tec, ALROSA / ALROSA-Nyurba).
        score = max(cov_q * cov_c, cov_q**1.5 * (0.6 + 0.4 * cov_c))
    else:
        score = cov_q * cov_c
    numbers_conflict = bool(query.numbers and candidate.numbers and query.numbers != candidate.numbers)
    if (
        numbers_conflict
        or (query.body and candidate.body and query.body != candidate.body)
        or (
            leftovers
            and query.kind in ("org", "other")
            and not (query.body and query.body == candidate.body)
            and (_central_bank_apart(q, used_q, c, used_c) or _another_school(q, used_q, c, used_c))
        )
    ):
        score *= 0.5
    elif bool(query.numbers) != bool(candidate.numbers) and query.kind != "person":
        score *= ONE_SIDED_NUMBER
    if (
        query.kind == "person"
        and query.korean_like
        and candidate.korean_like
        and _inner_initial_sound(q, c, chosen)
    ):
        score *= INNER_INITIAL_SOUND
    if query.generation != candidate.generation and not _junior_by_patronymic(query, candidate):
        # Juan Ponce Enrile and Juan Ponce Enrile Jr. are father and son.
        score *= OTHER_GENERATION
    if leftovers and query.kind in ("org", "other") and _different_countries(q, used_q, c, used_c):
        score *= DIFFERENT_COUNTRIES
    elif places_differ or (
        leftovers
        and query.kind in ("org", "other")
        and (_different_trades(q, used_q, c, used_c) or _different_directions(q, used_q, c, used_c))
    ):
        score *= DIFFERENT_PLACES
    order_ok = _order_ok(chosen) if query.kind == "person" else True
    if not order_ok:
        # Korean given names are ordered syllables (Yong Chol is not Chol Yong); elsewhere
        # a turned order is mostly a list's convention.
        score *= 0.6 if query.korean_like and candidate.korean_like else 0.85
    return NameComparison(
        round(min(score, 1.0), 4), query, candidate, chosen, (used_q, used_c), order_ok, numbers_conflict
    )


# A Korean name whose last given syllable meets only by the initial-sound rule.
INNER_INITIAL_SOUND = 0.6


def _inner_initial_sound(q: tuple[Part, ...], c: tuple[Part, ...], chosen: list[Meeting]) -> bool:
    """Two romanised Korean names, each written syllable by syllable, whose third syllables
    differ by a first r, l or n (Kim Jae Ryong, Kim Jae Yong): the initial-sound rule that
    drops it applies to a word's first syllable, never to a given name's second (재룡 is
    Jae-ryong in both Koreas, 재용 another name)."""
    for _sim, qi, ci, _route in chosen:
        if len(qi) == len(ci) == 1 and qi[0] >= 2 and ci[0] >= 2:
            x, y = sorted((q[qi[0]].token.latin, c[ci[0]].token.latin), key=len)
            if len(y) == len(x) + 1 and y[0] in "rln" and y[1:] == x:
                return True
    return False


def _junior_by_patronymic(query: AnalysedName, candidate: AnalysedName) -> bool:
    """A junior against a name whose patronymic is its own given name: Boris Borisovich
    ROTENBERG is the son of a Boris, so Boris ROTENBERG JUNIOR (not Boris Romanovich)."""
    junior, other = (query, candidate) if query.generation == "junior" else (candidate, query)
    if junior.generation != "junior" or other.generation:
        return False
    words = [p.token.latin for p in other.parts if p.role == "word"]
    return bool(words) and any(
        p.role == "patronymic" and len(words[0]) >= 3 and p.token.latin.startswith(words[0])
        for p in other.parts
    )


# The first words of Malay compound given names, which short forms drop (Mohd Rafizi bin
# Ramli is Rafizi Ramli, Abdul Daim bin Zainuddin Daim Zainuddin): not a son's name. Only
# abbreviated, or in a name with bin or binti: an Iranian Mohammad Abbas is not Abbas.
_COMPOUND_FIRST = frozenset(
    ("muhammad", "mohammad", "mohammed", "mohamad", "mohamed", "muhammed", "ahmad", "abdul", "nur", "siti")
)
_ABBREVIATED_FIRST = frozenset(("mohd", "muhd", "md"))


def _malay_compound_first(parts: tuple[Part, ...]) -> bool:
    first = parts[0].token.latin
    return first in _ABBREVIATED_FIRST or (
        first in _COMPOUND_FIRST and any(p.token.latin in ("bin", "binti", "bte") for p in parts)
    )


def _name_before(parts: tuple[Part, ...], used: set[int], chosen: list[Meeting], candidate: bool) -> bool:
    """The first word met nothing and the second met the other name's first word."""
    if len(parts) < 3 or 0 in used:
        return False
    return any(
        (ci if candidate else qi)[0] == 1 and (qi if candidate else ci)[0] == 0
        for _sim, qi, ci, _route in chosen
    )


def _middle_left(parts: tuple[Part, ...], used: set[int]) -> bool:
    """A word between a name's first and last that met nothing."""
    return any(k not in used and parts[k].role == "word" for k in range(1, len(parts) - 1))


def _english_name_first(
    parts: tuple[Part, ...],
    weights: list[float],
    used: set[int],
    other: tuple[Part, ...],
    other_used: set[int],
) -> None:
    """Hong Kong and Taiwan write an English given name before the Chinese name (Martin LEE
    Chu-ming = 李柱銘): a first word that met nothing, when every other word met a name in
    characters whole, weighs as a missing middle name. A Korean name never has a word
    before its surname, so this holds for names read as Korean too."""
    if (
        len(parts) >= 3
        and 0 not in used
        and len(used) == len(parts) - 1
        and len(other_used) == len(other)
        and all(p.token.script == "Han" for p in other)
    ):
        weights[0] *= MISSING_NAME_PART


# What a Western middle name or second surname only one side has weighs (John Smith = John
# Paul Smith; Alex Saab = Alex Nain Saab Morán).
MISSING_NAME_PART = 0.4
# A number only one name has tells sister ships and firms apart (KUM UN SAN and KUM UN SAN 3,
# NORD STREAM and NORD STREAM 2), yet a list may drop it: it lowers, and does not veto.
ONE_SIDED_NUMBER = 0.8
# A generational suffix (Jr., Sr.) on one side, or another on each.
OTHER_GENERATION = 0.65
# Two organisation names each with a city, or a trade, of its own, none shared, name sister firms.
DIFFERENT_PLACES = 0.8
# Two organisation names each with a country of its own: the bodies of two states, or a
# group's firms in two (Hong Leong Group Singapore / Malaysia), further apart than two cities.
DIFFERENT_COUNTRIES = 0.6
# In a subset name, what a descriptive word only one side has still weighs.
SUBSET_LEFTOVER = 0.3
# A subset name must carry at least this much weight in the words that met.
SUBSET_MIN_WEIGHT = 0.6
_PLACE = frozenset(("place", "region"))
_DESCRIPTIVE = frozenset(("generic", "place", "region"))


def _different_places(
    q: tuple[Part, ...], left_q: list[str], left_c: list[str], chosen: list[Meeting]
) -> bool:
    """Each name keeps a city of its own and no city met: DANDONG X and DALIAN X, COSCO
    SHIPPING TANKER (DALIAN) and (SHANGHAI) are two firms, as are Russia's consulates in
    Harbin and in Shenyang, while CHINA X may be YANBIAN X (``left_*``: roles left over)."""
    return (
        "place" in left_q
        and "place" in left_c
        and not any(q[k].role == "place" for _sim, qi, _ci, _route in chosen for k in qi)
    )


def _different_trades(q: tuple[Part, ...], used_q: set[int], c: tuple[Part, ...], used_c: set[int]) -> bool:
    """Each name keeps a trade word of its own, of another trade (KOREA UNBYOL TRADING /
    KOREA UNBYOL SHIPPING, X HOLDINGS / X TRADING): sister firms of one group, as two cities
    make (see ``orgs.trade``)."""
    trades_q = {_trade(q[k]) for k in range(len(q)) if k not in used_q} - {None}
    trades_c = {_trade(c[k]) for k in range(len(c)) if k not in used_c} - {None}
    return bool(trades_q) and bool(trades_c) and trades_q.isdisjoint(trades_c)


def _different_countries(
    q: tuple[Part, ...], used_q: set[int], c: tuple[Part, ...], used_c: set[int]
) -> bool:
    """Each name keeps a country of its own, another on each side: the bodies of two
    states (Ministry of Defence of Russia / of Ukraine), or a group's firms in two (see
    ``orgs.country``). A country word is a region, which alone tells nothing against a
    city, so ``_different_places`` does not see it."""
    countries_q = {_country(q[k]) for k in range(len(q)) if k not in used_q} - {None}
    countries_c = {_country(c[k]) for k in range(len(c)) if k not in used_c} - {None}
    return bool(countries_q) and bool(countries_c) and countries_q.isdisjoint(countries_c)


def _different_directions(
    q: tuple[Part, ...], used_q: set[int], c: tuple[Part, ...], used_c: set[int]
) -> bool:
    """Each name keeps a compass point of its own, another on each side (China Eastern /
    China Southern Airlines): two bodies, as two cities make."""
    points_q = {_direction(q[k]) for k in range(len(q)) if k not in used_q} - {None}
    points_c = {_direction(c[k]) for k in range(len(c)) if k not in used_c} - {None}
    return bool(points_q) and bool(points_c) and points_q.isdisjoint(points_c)


def _direction(part: Part) -> str | None:
    return orgs.direction((part.token.latin, *part.token.translations))


def _central_bank_apart(q: tuple[Part, ...], used_q: set[int], c: tuple[Part, ...], used_c: set[int]) -> bool:
    """Two banks, one named central (national, reserve) and the other not: a country's
    central bank and a commercial bank named after the country (Central Bank of Cyprus /
    Bank of Cyprus, Banco Central do Brasil / Banco do Brasil, National Bank of Georgia /
    Bank of Georgia). Where the bare name is the central bank's (Bank of Russia), the table
    of known bodies says so, and this does not apply."""
    central_q = any(_central(q[k]) for k in range(len(q)) if k not in used_q)
    central_c = any(_central(c[k]) for k in range(len(c)) if k not in used_c)
    return central_q != central_c and _is_bank(q) and _is_bank(c)


def _another_school(q: tuple[Part, ...], used_q: set[int], c: tuple[Part, ...], used_c: set[int]) -> bool:
    """Two universities or colleges, the words left over naming another field of study on
    each side, or one only on one (Tianjin University / Tianjin University of Technology,
    澳門大學 / 澳門科技大學): a city's schools share its name (see ``orgs.fields``)."""
    if not (_is_school(q) and _is_school(c)):
        return False
    return _fields_left(q, used_q) != _fields_left(c, used_c)


def _is_school(parts: tuple[Part, ...]) -> bool:
    return any(orgs.school_word((part.token.latin, *part.token.translations)) for part in parts)


def _fields_left(parts: tuple[Part, ...], used: set[int]) -> frozenset[str]:
    return frozenset().union(
        *(
            orgs.fields((parts[k].token.latin, *parts[k].token.translations))
            for k in range(len(parts))
            if k not in used
        )
    )


def _central(part: Part) -> bool:
    return orgs.central_bank_word((part.token.latin, *part.token.translations))


def _is_bank(parts: tuple[Part, ...]) -> bool:
    return any(orgs.bank_word((part.token.latin, *part.token.translations)) for part in parts)


def _country(part: Part) -> str | None:
    return orgs.country((part.token.latin, *part.token.translations))


def _trade(part: Part) -> int | None:
    return orgs.trade((part.token.latin, *part.token.translations)) if part.role == "generic" else None


def _is_subset_name(
    left_q: list[str], left_c: list[str], wq: list[float], wc: list[float], chosen: list[Meeting]
) -> bool:
    """An organisation named by a subset of the other's words, the rest descriptive.

    ``KOREA RYONHA MACHINERY JOINT VENTURE CORPORATION`` is also listed as ``Ryonha Machine
    Tool``, ``VERUS`` as ``VERUS CONSULTING GROUP``: when every word of one name met (a place
    word may stay unmatched: that is where the firm is) and the other has only generic or
    place words left, the names differ in description, not identity. When both sides keep
    words of their own (BONUM MANAGEMENT / BONUM INVESTMENTS) this does not hold, nor when
    each keeps a city of its own (see ``_different_places``). ``left_*``: the roles of the
    parts of each side that met nothing.
    """
    for left_small, left_large, w_small, side in ((left_q, left_c, wq, 0), (left_c, left_q, wc, 1)):
        if not _PLACE.issuperset(left_small) or not _DESCRIPTIVE.issuperset(left_large):
            continue
        met = sum(w_small[k] for _sim, qi, ci, _route in chosen for k in (ci if side else qi))
        if met >= SUBSET_MIN_WEIGHT:
            return True
    return False


def _order_ok(chosen: list[Meeting]) -> bool:
    """Matched tokens keep their order up to a rotation (KIM Jong Un = Jong Un KIM,
    but Yong Chol ≠ Chol Yong)."""
    positions = [ci[0] for _qi, ci in sorted((qi, ci) for _s, qi, ci, _r in chosen)]
    if len(positions) < 3:
        return True
    descents = sum(1 for a, b in pairwise(positions) if a > b)
    return descents == 0 or (descents == 1 and positions[-1] < positions[0])
