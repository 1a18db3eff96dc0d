"""Organisation names: legal forms, generic words, translated words and acronyms.

Legal forms come first from rigour's org-type table (ISO 20275 and more: ООО → llc,
ПАО/ЗАО/AO → jsc, Co., Ltd. → llc) and then from ``data/legal_forms.tsv`` for what it
leaves (Corporation, Company, JV). They are dropped from the scoring tokens and reported,
so they neither create nor block a match. Generic words (Korea, Trading, General, Bank)
weigh little (``data/org_generic.tsv``); Korean words (은행/unhaeng = bank) are translated
through ``data/korean_lexicon.tsv`` whatever their romanisation.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from rigour.names.org_types import extract_org_types, remove_org_types
from rigour.text.distance import levenshtein

from nodewatch.names import korean
from nodewatch.names.normalize import normalize, tokens
from nodewatch.names.russian import is_cyrillic, skeleton
from nodewatch.names.tables import alternatives, rows


@cache
def _legal_forms() -> dict[tuple[str, ...], str]:
    """Skeleton token sequence -> legal form class, from legal_forms.tsv.

    Keys are Slavic skeletons, so every transliteration of a Russian form meets its row
    (obshchestvo/obschestvo/obshestvo s ogranichennoi/ogranichennoj otvetstvennostyu).
    """
    out: dict[tuple[str, ...], str] = {}
    for cls, forms in rows("legal_forms.tsv"):
        for form in alternatives(forms):
            out[tuple(skeleton(t) for t in tokens(normalize(form)))] = cls
    return out


@cache
def _max_form_length() -> int:
    return max(len(k) for k in _legal_forms())


@lru_cache(maxsize=65536)
def split_legal_forms(text: str) -> tuple[str, tuple[str, ...]]:
    """Normalised text without its legal forms, and the classes removed (``llc``, ``jsc``...).

    If the name is nothing but a legal form it is kept whole: a name must have tokens.
    """
    found = [(words, generic) for words, generic in extract_org_types(text, generic=True)]
    # rigour reads an apostrophe as a word's end; ours keep it (the "at" of Hay'at Tahrir
    # al-Sham is no Austrian AT).
    standalone = [(words, generic) for words, generic in found if _standalone(words, text)]
    if len(standalone) < len(found) or any(words in _KINDS_NOT_FORMS for words, _generic in found):
        found = [(words, generic) for words, generic in standalone if words not in _KINDS_NOT_FORMS]
        rest = _without(text, [words for words, _generic in found])
    else:
        rest = remove_org_types(text, replacement=" ") if found else text
    classes = [generic for _words, generic in found]
    kept: list[str] = []
    toks = tokens(rest)
    keys = [skeleton(t) for t in toks]
    forms = _legal_forms()
    starts = _form_starts()
    index = 0
    while index < len(toks):
        if keys[index] not in starts:
            kept.append(toks[index])
            index += 1
            continue
        for size in range(min(_max_form_length(), len(toks) - index), 0, -1):
            cls = forms.get(tuple(keys[index : index + size])) or _misspelt_form(keys[index : index + size])
            if cls is not None:
                classes.append(cls)
                index += size
                break
        else:
            kept.append(toks[index])
            index += 1
    if not kept:
        return text, ()
    return " ".join(kept), tuple(dict.fromkeys(classes))


# Kinds of body that stay words of the name, where rigour reads a legal form: Russian NPO
# and KB (NPO Mashinostroyeniya, KB Mashinostroyeniya: a research-and-production
# association and a design bureau, two firms; rigour: a non-profit, a Swedish
# partnership), and German Stiftung, a foundation, not the firm of the same name (Robert
# Bosch Stiftung GmbH is not Robert Bosch GmbH), as English keeps Foundation.
_KINDS_NOT_FORMS = frozenset(("npo", "kb", "stiftung"))


def _standalone(words: str, text: str) -> bool:
    """``words`` stand in ``text`` with no apostrophe joining them to a word around them."""
    return re.search(rf"(?<![\w']){re.escape(words)}(?![\w'])", text) is not None


def _without(text: str, found: list[str]) -> str:
    """``text`` with each of the whole words ``found`` taken out."""
    for words in found:
        text = re.sub(rf"(?<!\w){re.escape(words)}(?!\w)", " ", text)
    return text


@cache
def _long_forms() -> dict[tuple[str, int], list[tuple[tuple[str, ...], str]]]:
    """Legal forms of three words or more, by first word and length."""
    out: dict[tuple[str, int], list[tuple[tuple[str, ...], str]]] = {}
    for key, cls in _legal_forms().items():
        if len(key) >= 3:
            out.setdefault((key[0], len(key)), []).append((key, cls))
    return out


def _misspelt_form(keys: list[str]) -> str | None:
    """A long legal form with a misspelt word (OBSHCHESTVO S ORGANICHENNOI OTVETSTVENNOSTYU):
    the first word exact, each other long word at most two edits off."""
    for form, cls in _long_forms().get((keys[0], len(keys)), ()) if keys else ():
        if all(
            a == b or (min(len(a), len(b)) >= 6 and levenshtein(a, b) <= 2)
            for a, b in zip(form[1:], keys[1:], strict=True)
        ):
            return cls
    return None


@cache
def _form_starts() -> frozenset[str]:
    return frozenset(key[0] for key in _legal_forms())


def legal_form_class(words: str) -> str | None:
    """The class of a normalised word sequence if it is a legal form (``company`` → co)."""
    return _legal_forms().get(tuple(skeleton(w) for w in words.split()))


@cache
def stopwords() -> frozenset[str]:
    # Normalised as names are: Greek της ends in σ then.
    return frozenset(normalize(row[0]) for row in rows("org_stopwords.txt"))


@cache
def _generic() -> dict[str, float]:
    return {row[0]: float(row[1]) for row in (*rows("org_generic.tsv"), *rows("org_places.tsv"))}


@cache
def _places() -> frozenset[str]:
    return frozenset(row[0] for row in rows("org_places.tsv"))


def generic_weight(word: str) -> float | None:
    """The weight of a generic or place word of organisation names, None for a distinctive one."""
    return _generic().get(word)


def is_place(word: str) -> bool:
    """A country, its adjective or a city/province (``data/org_places.tsv``)."""
    return word in _places()


@cache
def _trades() -> dict[str, int]:
    return {word: index for index, row in enumerate(rows("org_trades.tsv")) for word in alternatives(row[0])}


def trade(words: tuple[str, ...]) -> int | None:
    """The trade one word of a firm's name declares, given as its spelling and translations
    (``data/org_trades.tsv``: shipping = maritime; 무역회사 is trading company); None for
    another word."""
    trades = _trades()
    return next((trades[part] for word in words for part in word.split() if part in trades), None)


# The words that make a bank a country's central bank, and the word of a bank, in English
# (other languages' words are looked up by their translations: Центральный, κεντρική).
_CENTRAL_BANK_WORDS = frozenset(("central", "national", "reserve"))


def central_bank_word(words: tuple[str, ...]) -> bool:
    """A word (its spelling and translations) that names a central bank with "bank"."""
    return any(part in _CENTRAL_BANK_WORDS for word in words for part in word.split())


def bank_word(words: tuple[str, ...]) -> bool:
    return any(part in ("bank", "banking") for word in words for part in word.split())


# Compass words, as names of firms and bodies use them: China Eastern / China Southern
# Airlines, East / West Sea Fleet are two.
_DIRECTIONS = {
    "east": "east",
    "eastern": "east",
    "west": "west",
    "western": "west",
    "south": "south",
    "southern": "south",
    "north": "north",
    "northern": "north",
}


def direction(words: tuple[str, ...]) -> str | None:
    """The compass point a word (its spelling and translations) names, if any."""
    return next((_DIRECTIONS[part] for word in words for part in word.split() if part in _DIRECTIONS), None)


_SCHOOL_WORDS = frozenset(("university", "college"))


def school_word(words: tuple[str, ...]) -> bool:
    """A word (its spelling and translations) that names a university or college."""
    return any(part in _SCHOOL_WORDS for word in words for part in word.split())


@cache
def _fields() -> frozenset[str]:
    return frozenset(row[0] for row in rows("org_fields.txt"))


def fields(words: tuple[str, ...]) -> frozenset[str]:
    """The fields of study a word of a school's name names (``data/org_fields.txt``)."""
    found = _fields()
    return frozenset(part for word in words for part in word.split() if part in found)


@cache
def _regions() -> frozenset[str]:
    return frozenset(row[0] for row in rows("org_places.tsv") if len(row) > 2 and row[2] == "region")


def is_region(word: str) -> bool:
    """A place word that names a country or a province, a region that holds cities (china,
    korean, liaoning, yanbian): unlike a city, it tells nothing against a city."""
    return word in _regions()


def phrase_weight(phrase: str) -> float | None:
    """The weight of a translated phrase whose words are all generic (총국 = general bureau
    weighs what GENERAL and BUREAU weigh together, up to a distinctive word's 1.0)."""
    words = [w for w in phrase.split() if w not in stopwords()]
    weights = [generic_weight(w) for w in words]
    if not words or any(w is None for w in weights):
        return None
    return min(1.0, sum(w for w in weights if w is not None))


def translation_key(phrase: str) -> str:
    """A translation as one token, without spaces, stop words or a final legal form
    (academy of sciences → ``academysciences``), so it meets a run of the other name's
    tokens joined."""
    words = [w for w in tokens(normalize(phrase)) if w not in stopwords()]
    while len(words) > 1 and legal_form_class(words[-1]) is not None:
        words.pop()  # 무역회사 = trading company meets TRADING (CORPORATION)
    return "".join(words)


@cache
def _korean_lexicon() -> dict[tuple[str, ...], list[tuple[tuple[korean.Parse, ...], tuple[str, ...]]]]:
    """Lexicon entries by the coarse keys of their syllables (see ``korean.syllable_key``)."""
    out: dict[tuple[str, ...], list[tuple[tuple[korean.Parse, ...], tuple[str, ...]]]] = {}
    for forms, english in rows("korean_lexicon.tsv"):
        for hangul in alternatives(forms):
            readings = korean.parse(hangul)
            key = korean.reading_key(readings[0])
            out.setdefault(key, []).append((readings, alternatives(english)))
    return out


@lru_cache(maxsize=65536)
def korean_translations(token: str) -> tuple[str, ...]:
    """English translations of a Korean word in any romanisation or Hangul (무역 → trading)."""
    readings = korean.parse(token)
    if not readings:
        return ()
    lexicon = _korean_lexicon()
    out: list[str] = []
    for reading in readings:
        for entry, english in lexicon.get(korean.reading_key(reading), ()):
            if (korean.compare((reading,), entry) or 0.0) >= 0.9:
                out.extend(english)
    return tuple(dict.fromkeys(out))


@cache
def _hangul_words() -> tuple[frozenset[str], int]:
    words = frozenset(h for forms, _english in rows("korean_lexicon.tsv") for h in alternatives(forms))
    return words, max(len(w) for w in words)


@lru_cache(maxsize=16384)
def segment_hangul(word: str) -> tuple[str, ...]:
    """Split an unspaced Hangul organisation name into lexicon words, the syllables between
    them kept together (조선광업개발무역회사 → 조선 광업 개발 무역회사; 대성은행 → 대성 은행),
    a city's or county's suffix apart (평양시): Korean writes organisation names as one word.

    The split is the one that covers most syllables with lexicon words, in the fewest pieces,
    and among equals the one with the longer words first: taking the longest word from the
    left alone would cut 만경대학생소년궁전 (Mangyongdae Schoolchildren's Palace) at 대학
    (university), not at 학생소년 (schoolchildren). A name begins with its country, 조선
    (Korea): 조선소백수무역회사 is 조선 소백수 무역회사 (Korea Sobaeksu Trading Company), though
    조선소 alone is a shipyard."""
    if word.startswith(_COUNTRY) and len(word) > len(_COUNTRY) + 2:
        return (_COUNTRY, *segment_hangul(word[len(_COUNTRY) :]))
    words, longest = _hangul_words()
    size = len(word)
    # steps[i][known]: the best (covered, -pieces) split of word[i:] whose first piece is a
    # lexicon word (True) or a syllable no word covers (False), that piece's end and the
    # kind of the piece after it.
    steps: list[dict[bool, _Step]] = [{} for _ in range(size + 1)]
    steps[size][True] = ((0, 0), size, True)
    for index in range(size - 1, -1, -1):
        for end in range(min(size, index + longest), index + 1, -1):
            if word[index:end] in words:
                (covered, pieces), _end, _next = steps[end][(after := _first_best(steps[end]))]
                _keep(steps[index], True, ((covered + end - index, pieces - 1), end, after))
        for after, ((covered, pieces), _end, _next) in list(steps[index + 1].items()):
            run = 0 if not after and index + 1 < size else 1  # before an unknown syllable: one run
            _keep(steps[index], False, ((covered, pieces - run), index + 1, after))
    out: list[str] = []
    out_known: list[bool] = []
    index, known = 0, _first_best(steps[0])
    while index < size:
        _value, end, after = steps[index][known]
        if known or not out or out_known[-1]:
            out.append(word[index:end])
            out_known.append(known)
        else:
            out[-1] += word[index:end]
        index, known = end, after
    return tuple(part for chunk in out for part in _place_and_suffix(chunk, words))


# The word for Korea that DPRK organisation names begin with.
_COUNTRY = "조선"


# A step of segment_hangul: ((covered, -pieces), end of the piece, kind of the next piece).
_Step = tuple[tuple[int, int], int, bool]


def _first_best(states: dict[bool, _Step]) -> bool:
    """The kind of first piece that splits best; a lexicon word among equals."""
    return max((True, False), key=lambda k: states[k][0] if k in states else (-1, 0))


def _keep(states: dict[bool, _Step], known: bool, step: _Step) -> None:
    """Keep ``step`` unless an equal or better one is there already (the longer word wins)."""
    current = states.get(known)
    if current is None or step[0] > current[0]:
        states[known] = step


# A city (시) or a county (군) written on its place's name (평양시 Pyongyang City, 원산시).
_PLACE_SUFFIXES = frozenset("시군")
# The provinces of both Koreas by their stems, and the suffixes of a province (도) and of the
# south or north half of one (남도, 북도): 황해남도 is South Hwanghae Province, 자강도 Chagang.
_PROVINCES = frozenset(
    ("평안", "함경", "황해", "충청", "전라", "경상", "자강", "량강", "양강", "강원", "경기", "제주")
)
_PROVINCE_SUFFIXES = ("남도", "북도", "도")


def _place_and_suffix(chunk: str, words: frozenset[str]) -> tuple[str, ...]:
    """A chunk no lexicon word covers, of a place of two syllables or more and its suffix,
    as the words English writes (평양시 → 평양 시, 황해남도 → 황해 남도); a known word is left
    whole, and so is a chunk ending in 도 that names no province (태권도)."""
    if chunk in words:
        return (chunk,)
    if len(chunk) >= 3 and chunk[-1] in _PLACE_SUFFIXES:
        return chunk[:-1], chunk[-1]
    for suffix in _PROVINCE_SUFFIXES:
        stem = chunk[: -len(suffix)]
        if chunk.endswith(suffix) and stem in _PROVINCES:
            return stem, suffix
    return (chunk,)


@cache
def _phrases() -> dict[tuple[str, ...], str]:
    return {
        tuple(phrase.split()): word
        for word, phrases in rows("org_phrases.tsv")
        for phrase in alternatives(phrases)
    }


@cache
def _slavic_phrases() -> dict[tuple[str, ...], str]:
    """The Cyrillic phrases by the Slavic skeletons of their words, which their
    transliterations share (морской торговый порт: morskoy torgovyy port, morskoi torgovyi port)."""
    cyrillic = ((phrase, word) for phrase, word in _phrases().items() if is_cyrillic(phrase[0]))
    return {tuple(skeleton(w) for w in phrase): word for phrase, word in cyrillic}


@cache
def _phrase_starts() -> frozenset[str]:
    """The first words of the phrases: most names hold none (built once, not per name)."""
    return frozenset(phrase[0] for phrase in (*_phrases(), *_slavic_phrases()))


@cache
def _longest_phrase() -> int:
    return max(len(p) for p in _phrases())


def join_phrases(words: tuple[str, ...]) -> tuple[str, ...]:
    """Words with each phrase of ``data/org_phrases.tsv`` joined into its one word
    (import and export → importexport), stop words inside a phrase skipped."""
    starts = _phrase_starts()
    keys = tuple(skeleton(word) if word.isascii() else word for word in words)
    if starts.isdisjoint(words) and starts.isdisjoint(keys):
        return words
    out: list[str] = []
    index = 0
    while index < len(words):
        word = words[index]
        if word in starts or keys[index] in starts:
            found = _phrase_at(words, words, index, _phrases()) or _phrase_at(
                words, keys, index, _slavic_phrases()
            )
            if found is not None:
                out.append(found[0])
                index = found[1]
                continue
        out.append(word)
        index += 1
    return tuple(out)


def join_letters(words: tuple[str, ...]) -> tuple[str, ...]:
    """Runs of single letters joined into one word, an acronym spelt with gaps (P&C, P AND C
    → pc, which then meets PAPER AND CARTON), stop words between them skipped."""
    if sum(1 for word in words if len(word) == 1 and word.isalpha()) < 2:
        return words
    out: list[str] = []
    run = ""
    pending: list[str] = []  # stop words after a letter, kept unless another letter follows
    for word in words:
        if len(word) == 1 and word.isalpha() and word.isascii():
            run += word
            pending.clear()
        elif run and word in stopwords():
            pending.append(word)
        else:
            if run:
                out.append(run)
                out.extend(pending)
                run, pending = "", []
            out.append(word)
    if run:
        out.append(run)
        out.extend(pending)
    return tuple(out)


def _phrase_at(
    words: tuple[str, ...], keys: tuple[str, ...], index: int, phrases: dict[tuple[str, ...], str]
) -> tuple[str, int] | None:
    """The phrase starting at ``index`` and the index after it, if one does (``keys``: the
    words' skeletons)."""
    longest = _longest_phrase()
    kept: list[str] = []
    found: tuple[str, int] | None = None
    position = index
    while position < len(words) and len(kept) < longest:
        if words[position] in stopwords() and kept:
            position += 1
            continue
        kept.append(keys[position])
        position += 1
        word = phrases.get(tuple(kept))
        if word is not None:
            found = (word, position)
    return found


@cache
def _abbreviations() -> dict[str, tuple[str, ...]]:
    return {abbreviation: (word,) for abbreviation, word in rows("org_abbreviations.tsv")}


def abbreviation(word: str) -> tuple[str, ...]:
    """The full word an abbreviation stands for (``shpg`` → shipping), or nothing."""
    return _abbreviations().get(word, ())


@cache
def _foreign_words() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for forms, english in rows("org_translations.tsv"):
        for form in alternatives(forms):
            out.setdefault("".join(skeleton(t) for t in tokens(normalize(form))), alternatives(english))
    return out


# Russian endings of adjectives (gender, number, case) and of plural nouns, in Slavic
# skeletons: морской, морское, морская are one word, as are завод and заводы; the skeleton
# writes -ых ih and -ю iu (авиационных, развитию).
_INFLECTION = re.compile(r"(?:ogo|ego|omu|emu|aia|aa|ykh|ikh|ih|imi|ymi|oi|ii|yi|oe|ee|ie|iu|om|em|i|a|y|u)$")


def _inflection_stem(skel: str) -> str:
    stem = _INFLECTION.sub("", skel)
    return stem if len(stem) >= 4 else skel


@cache
def _foreign_stems() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for key, english in _foreign_words().items():
        out.setdefault(_inflection_stem(key), english)
    return out


def foreign_translations(token: str) -> tuple[str, ...]:
    """English for an organisation word of another language (zavod, завод → plant), by its
    Slavic skeleton so any transliteration meets (``data/org_translations.tsv``); failing
    that, by the stem a Russian word keeps through its endings (морское пароходство, заводы)."""
    skel = skeleton(token)
    found = _foreign_words().get(skel)
    if found is None and len(skel) > 4:
        found = _foreign_stems().get(_inflection_stem(skel))
    return found or ()


_SUFFIXES = (
    # Russian adjectives of places and names in every case (AZOVSKI = Azov, URALSKAYA = Ural,
    # the genitive KASPERSKOGO = Kaspersky, the dative по Приморскому краю = Primorsky Krai),
    # and a city's own -sk (Хабаровском крае = Khabarovsk Krai), longest first.
    ("skogo", ""),
    ("skoye", ""),
    ("skaya", ""),
    ("skomu", ""),
    ("skikh", ""),
    ("skimi", ""),
    ("skuyu", ""),
    ("skiy", ""),
    ("skii", ""),
    ("skij", ""),
    ("skoe", ""),
    ("skoi", ""),
    ("skoy", ""),
    ("skoj", ""),
    ("skom", ""),
    ("skie", ""),
    ("skih", ""),
    ("skim", ""),
    ("sky", ""),
    ("ski", ""),
    ("sk", ""),
    ("ative", ""),
    ("ation", ""),
    ("ial", ""),
    ("ics", ""),
    ("ic", ""),
    ("ies", "y"),
    ("ery", ""),
    ("ing", ""),
    ("es", ""),
    ("s", ""),
    ("ed", ""),
    ("ean", "ea"),
    ("ian", "ia"),
)
_ENDINGS = tuple(suffix for suffix, _replacement in _SUFFIXES)


@lru_cache(maxsize=131072)
def stem(word: str) -> str:
    """An English organisation word without plural, -ing, -ed, -ery, final -e or demonym
    ending (banking → bank, trade/trading → trad, machine/machinery → machin), or a Russian
    place adjective without its ending (uralskaya → ural), so inflected forms meet."""
    if word.endswith(_ENDINGS):  # most words have none: one C call rules them all out
        for suffix, replacement in _SUFFIXES:
            if len(word) > len(suffix) + 2 and word.endswith(suffix):
                word = word[: -len(suffix)] + replacement
                if len(word) > 3 and word[-1] == word[-2]:  # metallic → metall → metal
                    word = word[:-1]
                break
    return word[:-1] if len(word) > 4 and word[-1] in "ey" else word


_NO_CLASSES: frozenset[int] = frozenset()


@cache
def _synonyms() -> dict[str, frozenset[int]]:
    out: dict[str, set[int]] = {}
    for index, row in enumerate(rows("org_synonyms.tsv")):
        for word in alternatives(row[0]):
            out.setdefault(word, set()).add(index)
    return {word: frozenset(found) for word, found in out.items()}


def synonym_classes(word: str) -> frozenset[int]:
    """The rows of ``org_synonyms.tsv`` a generic word belongs to (office = bureau;
    department is also a ministry)."""
    return _synonyms().get(word, _NO_CLASSES)


@cache
def _countries() -> dict[str, str]:
    return {word: code for code, words in rows("org_countries.tsv") for word in alternatives(words)}


def country(words: tuple[str, ...]) -> str | None:
    """The country one of a word's forms names (``org_countries.tsv``), if any."""
    countries = _countries()
    for word in words:
        code = countries.get(word)
        if code is not None:
            return code
    return None


@cache
def known_bodies() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """The well-known state bodies and firms (``org_acronyms.tsv``): the acronyms and
    brands each goes by, and its full names."""
    return tuple((alternatives(acronyms), alternatives(full)) for acronyms, full in rows("org_acronyms.tsv"))


@cache
def _russian_initials() -> dict[str, frozenset[str]]:
    """English word or phrase of an organisation name (its stopwords left out) -> the first
    letters of the Russian words ``org_translations.tsv`` translates so (central: ц; design:
    к; research production: нп), and an abbreviation's letters for its phrase (design bureau:
    кб). Built from the table, so a row added there serves acronyms too."""
    drop = stopwords()
    out: dict[str, set[str]] = {}
    for forms, english in rows("org_translations.tsv"):
        russian_forms = [form for form in alternatives(forms) if is_cyrillic(form)]
        if not russian_forms:
            continue
        form = russian_forms[0]
        for phrase in alternatives(english):
            words = [w for w in tokens(normalize(phrase)) if w not in drop]
            if not words:
                continue
            abbreviation = " " not in form and len(form) == len(words) and len(form) <= 5
            letters = form if abbreviation else "".join(word[0] for word in form.replace("-", " ").split())
            out.setdefault(" ".join(words), set()).add(letters)
    return {phrase: frozenset(letters) for phrase, letters in out.items()}


def russian_acronym_spans(acronym: str, words: list[str]) -> list[tuple[int, int]]:
    """Runs ``words[start:end]`` of English words that spell a Russian acronym through the
    Russian words they translate, in order (ЦКБ = Central Design Bureau: центральное
    конструкторское бюро; РНКБ = Russian National Commercial Bank): Russian lists write the
    acronym, English ones the translated name."""
    index = _russian_initials()
    spans: set[tuple[int, int]] = set()

    def spell(letter: int, word: int, start: int) -> None:
        if letter == len(acronym):
            spans.add((start, word))
            return
        for size in (1, 2, 3):
            if word + size > len(words):
                break
            for letters in index.get(" ".join(words[word : word + size]), ()):
                if acronym.startswith(letters, letter):
                    spell(letter + len(letters), word + size, start)

    for start in range(len(words)):
        spell(0, start, start)
    return sorted(spans)


@lru_cache(maxsize=16384)
def initials_of(phrases: tuple[str, ...]) -> frozenset[str]:
    """The initials of each phrase's words but stop words (people's army: pa), as an
    acronym of the phrase would take them."""
    drop = stopwords()
    return frozenset(
        "".join(w[0] for w in tokens(normalize(phrase)) if w not in drop) for phrase in phrases
    ) - {""}


def acronym_like(token: str) -> bool:
    """A token that may stand for a longer name: 2–6 letters (RGB, KCST, KOMID, SANSRI)."""
    return 2 <= len(token) <= 6 and token.isalpha() and token.isascii()
