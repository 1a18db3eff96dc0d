"""A candidate scored as listed: with every name the lists give the target it names."""

from __future__ import annotations

import pytest

from nodewatch.match import ListedNames, score, score_as_listed
from nodewatch.match.entity import subject_of
from nodewatch.match.listed import name_key
from nodewatch.model.record import Name, Record
from tests.records import record

# Real list entries, as OFAC, the UN and the UK give them.
RECORDS = [
    record(
        "ofac-12212",
        "Organization",
        "GREEN PINE ASSOCIATED CORPORATION",
        "SAENGP'IL COMPANY",
        "CH'O'NGSONG YO'NHAP",
        country="kp",
    ),
    record("un-KPe.010", "Organization", "KOREAN COMMITTEE FOR SPACE TECHNOLOGY", "KCST"),
    record("uk-13342", "Organization", "Korean Committee for Space Technology", "조선우주공간기술위원회"),
    # OFAC's two KIM Yong Chol: one name, two men.
    record("ofac-1", "Person", "KIM, Yong Chol", "KIM, Yong-chol", birthDate="1962", nationality="kp"),
    record("ofac-2", "Person", "KIM, Yong Chol", "KIM, Yeong-cheol", birthDate="1947", nationality="kp"),
    record("ofac-3", "Vessel", "NAM SAN 8", "MUNAKATA", imoNumber="8122347"),
    record("ofac-4", "Organization", "NAM SAN 8", "NAMSAN TRADING"),
]


@pytest.fixture(scope="module")
def listed() -> ListedNames:
    return ListedNames.of_records(RECORDS)


def org(name: str, **props: str) -> dict:
    return {"schema": "Organization", "properties": {"name": [name], **{k: [v] for k, v in props.items()}}}


def test_name_key_sets_case_accents_and_punctuation_aside() -> None:
    assert name_key("JON, Yun Gun") == name_key("Jon Yun-Gun") == "jon yun gun"
    assert name_key("Ch'o'ngsong") != name_key("Chongsong")  # MR aspiration marks are letters


def test_a_cover_name_meets_through_the_list(listed: ListedNames) -> None:
    query, candidate = org("SAENGP'IL COMPANY"), org("GREEN PINE ASSOCIATED CORPORATION")
    assert not score(query, candidate).match
    result = score_as_listed(query, candidate, listed)
    assert result.match
    feature = result.features[0]
    assert feature.name == "listed" and "ofac-12212" in feature.detail and "SAENGP'IL" in feature.detail


def test_another_lists_names_join_one_target(listed: ListedNames) -> None:
    """UN and UK list KCST under one name: the UK's Hangul name is the UN record's too."""
    widened = listed.widen(org("KOREAN COMMITTEE FOR SPACE TECHNOLOGY"))
    assert set(widened.records) == {"un-KPe.010", "uk-13342"}
    assert score_as_listed(
        org("조선우주공간기술위원회"), org("KOREAN COMMITTEE FOR SPACE TECHNOLOGY"), listed
    ).match


def test_namesakes_are_told_apart_by_birth_date_or_left_alone(listed: ListedNames) -> None:
    born_1962 = {"schema": "Person", "properties": {"name": ["KIM, Yong Chol"], "birthDate": ["1962"]}}
    assert listed.widen(born_1962).records == ("ofac-1",)
    no_date = {"schema": "Person", "properties": {"name": ["KIM, Yong Chol"]}}
    assert listed.widen(no_date).records == ()  # two records of one list: ambiguous
    query = {"schema": "Person", "properties": {"name": ["KIM, Yeong-cheol"]}}
    assert "listed" not in {f.name for f in score_as_listed(query, born_1962, listed).features}


def test_a_record_of_another_kind_or_imo_is_not_the_candidate(listed: ListedNames) -> None:
    vessel = {"schema": "Vessel", "properties": {"name": ["NAM SAN 8"]}}
    assert listed.widen(vessel).records == ("ofac-3",)
    assert score_as_listed({"schema": "Vessel", "properties": {"name": ["MUNAKATA"]}}, vessel, listed).match
    other_ship = {"schema": "Vessel", "properties": {"name": ["NAM SAN 8"], "imoNumber": ["9000001"]}}
    assert listed.widen(other_ship).records == ()
    assert listed.widen(org("NAM SAN 8")).records == ("ofac-4",)


def test_a_weak_alias_does_not_say_which_record_a_candidate_is() -> None:
    rec = Record("ofac-27307", "ofac", "Organization")
    rec.add_name(Name.make("LAZARUS GROUP"))
    rec.add_name(Name.make("OFFICE 91", kind="weak"))
    listed = ListedNames.of_records([rec])
    assert listed.widen(org("OFFICE 91")).records == ()
    assert "OFFICE 91" in {v for v, _p in listed.widen(org("LAZARUS GROUP")).subject.names}


def test_an_unlisted_candidate_scores_as_given(listed: ListedNames) -> None:
    query, candidate = org("Daedong Credit Bank"), org("DAESONG CREDIT DEVELOPMENT BANK")
    assert score_as_listed(query, candidate, listed).to_dict() == score(query, candidate).to_dict()
    assert subject_of(candidate) == listed.widen(candidate).subject


def test_of_one_lists_records_the_one_whose_primary_name_it_is_is_taken() -> None:
    """The UN's KPe.021 quotes KPe.018's name as an alias; the candidate is KPe.018."""
    listed = ListedNames.of_records(
        [
            record("un-KPe.018", "Organization", "SECOND ACADEMY OF NATURAL SCIENCES", "SANSRI"),
            record(
                "un-KPe.021",
                "Organization",
                "KOREA TANGUN TRADING CORPORATION",
                "SECOND ACADEMY OF NATURAL SCIENCES",
            ),
            record("ofac-1", "Organization", "VTB BANK PUBLIC JOINT STOCK COMPANY", country="ru"),
            record(
                "ofac-2",
                "Organization",
                "VTB BANK (UKRAINE)",
                "VTB BANK PUBLIC JOINT STOCK COMPANY",
                country="ua",
            ),
            record("ofac-3", "Organization", "MIR", country="ru"),
            record("ofac-4", "Organization", "MIR", country="ir"),
        ]
    )
    assert listed.widen(org("SECOND ACADEMY OF NATURAL SCIENCES")).records == ("un-KPe.018",)
    assert listed.widen(org("VTB BANK PUBLIC JOINT STOCK COMPANY")).records == ("ofac-1",)
    assert listed.widen(org("MIR", country="ir")).records == ("ofac-4",)
    assert listed.widen(org("MIR")).records == ()
