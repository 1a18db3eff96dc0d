"""Canada SEMA parser on a hand-written sample (tests/fixtures/ca) and alias-splitting cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from nodewatch.model.record import Record
from nodewatch.sources import ca
from nodewatch.sources.base import MAX_FIELD_CHARS, SourceError


@pytest.fixture
def sample(fixtures_dir: Path) -> tuple[Path, bytes]:
    path = fixtures_dir / "ca" / "sema-sample.xml"
    return path, path.read_bytes()


@pytest.fixture
def parsed(sample) -> dict[str, Record]:
    return {r.id: r for r in ca.parse(*sample).records}


def test_sniff(sample, fixtures_dir):
    assert ca.sniff(sample[1])
    for other in ("un/un-consolidated-sample.xml", "eu/eu-fsf-v1_1-sample.xml", "eu/eu-fsf-v1_0-sample.xml"):
        assert not ca.sniff((fixtures_dir / other).read_bytes())
    assert not ca.sniff(b"<data-set><row/></data-set>")


def test_file_level(sample):
    result = ca.parse(*sample)
    assert (result.dataset, result.format, result.published) == ("ca-sema", "ca-sema-xml", None)
    assert [r.id for r in result.records] == [
        "ca-belarus-1-part-1-10",
        "ca-russia-1-part-2-101",
        "ca-russia-1-1-42",
        "ca-syria-part-2-60",
        "ca-venezuela-7",  # no Schedule
    ]
    assert result.counts()["by_schema"] == {"Organization": 1, "Person": 3, "Vessel": 1}


def test_person(parsed):
    person = parsed["ca-belarus-1-part-1-10"]
    assert person.schema == "Person"
    assert [(n.value, n.kind, n.lang) for n in person.names] == [
        ("Nikolai Aleksandrovich LUKASHENKO", "primary", None),
        ("Mikalay Alyaksandravich Lukashenka", "alias", None),
        ("Kolya Lukashenko", "alias", None),
        ("Мікалай Аляксандравіч Лукашэнка", "non-latin", "bel"),
        ("Николай Александрович Лукашенко", "non-latin", "rus"),
    ]
    assert dict(person.names[0].parts) == {"firstName": "Nikolai Aleksandrovich", "lastName": "LUKASHENKO"}
    assert [(p, d.value, d.precision) for p, d in person.dates] == [("birthDate", "2004-08-31", "day")]
    (sanction,) = person.sanctions
    assert sanction.programme == "CA-BELARUS"
    assert sanction.listing_date is not None and sanction.listing_date.value == "2020-09-28"
    assert sanction.authority_ref == "Schedule 1, Part 1, Item 10"


def test_vessel(parsed):
    ship = parsed["ca-russia-1-1-42"]
    assert ship.schema == "Vessel"
    assert ship.names[0].value == "Sakhalin Express"
    assert ship.properties["imoNumber"] == ["9259513"]
    assert ship.properties["type"] == ["Oil Tanker"]
    assert [(p, d.value, d.precision) for p, d in ship.dates] == [("buildDate", "2003", "year")]
    assert ship.sanctions[0].programme == "CA-RUSSIA"


def test_organization_aliases_keep_legal_forms(parsed):
    org = parsed["ca-russia-1-part-2-101"]
    assert org.schema == "Organization"
    assert [n.value for n in org.names] == [
        "Concern Avtomatika JSC",
        "Концерн Автоматика, АО",
        "АО «Концерн «Автоматика»",
        "Автоматика",
    ]


def test_title_alternative_dates_and_unreadable_dates(parsed):
    general = parsed["ca-syria-part-2-60"]
    assert general.properties["title"] == ["Major General/major-général"]
    assert [(d.value, d.precision) for _, d in general.dates] == [("1963", "year"), ("1964", "year")]
    # A single-word alias of a person is weak.
    assert [(n.value, n.kind) for n in general.names[1:]] == [
        ("Sergei", "weak"),
        ("Serhii AL-AHMAD", "alias"),
    ]
    venezuela = parsed["ca-venezuela-7"]
    assert venezuela.dates == []
    assert "birthDate: born in the early 1970s" in venezuela.notes
    assert "Remarks: added by hand" in venezuela.notes  # unknown element kept


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Рембаза, АО", ["Рембаза, АО"]),
        ("ОАО, БЭТО", ["ОАО, БЭТО"]),
        ("BSZ, BSW, Belarusian Metal Holding Company", ["BSZ", "BSW", "Belarusian Metal Holding Company"]),
        ("LAT, LLC Laser Devices and Technologies", ["LAT", "LLC Laser Devices and Technologies"]),
        (
            "Abdel Rahim Dagalo, Abdul Rahim Dagalo and Abdelrahim Hamdan Dagalo Mousa",
            ["Abdel Rahim Dagalo", "Abdul Rahim Dagalo", "Abdelrahim Hamdan Dagalo Mousa"],
        ),
        (
            "Rusich' Sabotage and Assault Reconnaissance Group; ДШРГ Русич",
            ["Rusich' Sabotage and Assault Reconnaissance Group", "ДШРГ Русич"],
        ),
        ("Тетяна Олександрівна Кузьміч and Цвєтаєва", ["Тетяна Олександрівна Кузьміч", "Цвєтаєва"]),
        ("Министерство финансов or МинФин; MinFin", ["Министерство финансов", "МинФин", "MinFin"]),
        (
            "Ольга Александровна КРАВЦОВА / Ольга Олександрiвна КРАВЦОВА",
            ["Ольга Александровна КРАВЦОВА", "Ольга Олександрiвна КРАВЦОВА"],
        ),
        (
            "(Юрий Николаевич ГОВТВИН / Юрiй Миколайович ГОВТВIН",
            ["Юрий Николаевич ГОВТВИН", "Юрiй Миколайович ГОВТВIН"],
        ),
        (
            "Министерство культуры, спорта и туризма Запорожской области",
            ["Министерство культуры, спорта и туризма Запорожской области"],
        ),
        (
            "Центр (исследовательский, боевого применения) 924",
            ["Центр (исследовательский, боевого применения) 924"],
        ),
    ],
)
def test_split_aliases(text, expected):
    assert [name for name, _ in ca.split_aliases(text)] == expected


def test_split_aliases_languages():
    text = "Yehya Sinwar, Abu Ibrahim, Arabic: يحيى السنوار; Russian\xa0: Яхья Синвар"
    assert ca.split_aliases(text) == [
        ("Yehya Sinwar", None),
        ("Abu Ibrahim", None),
        ("يحيى السنوار", "ara"),
        ("Яхья Синвар", "rus"),
    ]


def test_record_without_item(sample):
    path, data = sample
    broken = data.replace(b"<Item>101</Item>", b"")
    with pytest.raises(SourceError, match="no id can be made") as err:
        ca.parse(path, broken)
    assert err.value.position == "line 13"


def test_colliding_ids_are_refused(sample):
    path, data = sample
    clash = data.replace(b"<Item>101</Item>", b"<Item>10</Item>").replace(b"1, Part 2", b"1, Part 1")
    clash = clash.replace(
        b"<Country>Russia / Russie</Country>\n\t\t<EntityOrShip>Concern",
        b"<Country>Belarus</Country>\n\t\t<EntityOrShip>Concern",
    )
    with pytest.raises(SourceError, match="duplicate id ca-belarus-1-part-1-10"):
        ca.parse(path, clash)


def test_bad_input(sample):
    path, data = sample
    with pytest.raises(SourceError, match="malformed XML"):
        ca.parse(path, data[:300])
    with pytest.raises(SourceError, match="DTD"):
        ca.parse(
            path, data.replace(b"<data-set", b'<!DOCTYPE data-set SYSTEM "http://x/y.dtd">\n<data-set', 1)
        )
    with pytest.raises(SourceError, match="declared encoding"):
        ca.parse(path, data.replace(b'encoding="UTF-8"', b'encoding="windows-1252"'))
    huge = data.replace(
        b"<Item>7</Item>", b"<Item>7</Item><Aliases>" + b"z" * (MAX_FIELD_CHARS + 5) + b"</Aliases>"
    )
    with pytest.raises(SourceError, match="exceeds"):
        ca.parse(path, huge)
