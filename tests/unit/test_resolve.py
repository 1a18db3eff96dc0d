"""Resolution pieces on hand-built records: identifier links, refusals, stable ids."""

from __future__ import annotations

from nodewatch.model.dates import parse_date
from nodewatch.model.record import Name, Record, Sanction
from nodewatch.resolve.cluster import build
from nodewatch.resolve.evidence import Evidence
from nodewatch.resolve.identifiers import identifier_links, keys
from nodewatch.resolve.run import assign_ids


def record(rid: str, authority: str, schema: str, name: str, **props: str) -> Record:
    r = Record(rid, authority, schema)
    r.add_name(Name.make(name))
    for prop, value in props.items():
        if prop == "un_ref":
            r.sanctions.append(Sanction("X", un_ref=value))
        else:
            r.add(prop, value)
    return r


def always(score: float):
    return lambda a, b: score


def test_un_reference_joins_person_records_but_not_a_ship_to_its_owner():
    un = record("un-KPe.064", "un", "Organization", "KOREA SAMJONG SHIPPING")
    uk_company = record("uk-13635", "uk", "Organization", "KOREA SAMJONG SHIPPING", un_ref="KPe.064")
    uk_ship = record("uk-13636", "uk", "Vessel", "SAM JONG 2", un_ref="KPe.064", imoNumber="7408873")
    links = identifier_links([un, uk_company, uk_ship], always(1.0), 0.6)
    assert [(e.a, e.b, e.kind) for e in links] == [("un-KPe.064", "uk-13635", "un_ref")]


def test_imo_links_vessels_across_lists():
    a = record("ofac-1", "us-ofac", "Vessel", "SAM JONG 2", imoNumber="IMO 7408873")
    b = record("uk-2", "uk", "Vessel", "SAMJONG 2", imoNumber="7408873")
    assert ("imo", "7408873") in keys(a)
    (link,) = identifier_links([a, b], always(0.0), 0.6)
    assert link.kind == "imo"


def test_passport_needs_agreeing_names_and_ignores_short_numbers():
    a = record("ofac-1", "us-ofac", "Person", "KIM Chol", passportNumber="381420089")
    b = record("uk-2", "uk", "Person", "RI Song", passportNumber="381420089")
    c = record("au-3", "au", "Person", "KIM Chol", passportNumber="12")
    assert identifier_links([a, b], always(0.2), 0.6) == []
    assert len(identifier_links([a, b], always(0.9), 0.6)) == 1
    assert keys(c) == []


def test_same_authority_records_are_not_joined_by_a_shared_document():
    a = record("ofac-1", "us-ofac", "Person", "KIM Chol", passportNumber="381420089")
    b = record("ofac-2", "us-ofac", "Person", "KIM Chol", passportNumber="381420089")
    assert identifier_links([a, b], always(1.0), 0.6) == []


def test_cluster_refuses_judged_different_and_name_links_that_double_an_authority():
    authorities = {"un-1": "un", "uk-1": "uk", "uk-2": "uk", "ofac-1": "us-ofac"}
    evidence = [
        Evidence("un-1", "uk-1", "un_ref", "un ref KPi.1"),
        Evidence("ofac-1", "uk-2", "name", "name", 0.9),  # weaker: would put uk-1 and uk-2 together
        Evidence("un-1", "ofac-1", "name", "name", 0.95),
    ]
    clusters = build(authorities, evidence)
    groups = sorted(sorted(g) for g in clusters.groups())
    assert groups == [["ofac-1", "uk-1", "un-1"], ["uk-2"]]
    ((refused, reason),) = clusters.refused
    assert refused.b == "uk-2" and reason == "both sides already hold a uk record"
    judged = build(authorities, [Evidence("un-1", "uk-1", "un_ref", "x")], different=[("un-1", "uk-1")])
    assert len(judged.groups()) == 4 and judged.refused[0][1] == "judged different"


def test_same_judgement_is_applied_transitively_and_beats_a_name_refusal():
    authorities = {"uk-1": "uk", "uk-2": "uk", "un-1": "un"}
    evidence = [
        Evidence("uk-1", "uk-2", "judgement", "same"),
        Evidence("uk-2", "un-1", "judgement", "same"),
    ]
    (group,) = build(authorities, evidence).groups()
    assert group == {"uk-1", "uk-2", "un-1"}


def test_cluster_ids_are_inherited_by_largest_overlap():
    first = assign_ids([{"un-1", "uk-1"}, {"ofac-9"}], {})
    a_id, b_id = first["un-1"], first["ofac-9"]
    assert first["uk-1"] == a_id and a_id != b_id and a_id.startswith("nw-")
    # a new release adds an OFAC record to the first target and splits nothing
    second = assign_ids([{"un-1", "uk-1", "ofac-2"}, {"ofac-9"}], first)
    assert second["ofac-2"] == a_id and second["ofac-9"] == b_id
    # a split: the larger part keeps the id, the smaller gets a new one
    third = assign_ids([{"un-1", "uk-1"}, {"ofac-2"}, {"ofac-9"}], second)
    assert third["un-1"] == a_id and third["ofac-2"] not in (a_id, b_id)
    # ids do not depend on the order of the groups
    assert assign_ids([{"ofac-9"}, {"un-1", "uk-1"}], {}) == first


def test_listing_day_support(monkeypatch):
    from nodewatch.resolve.names import same_listing_day

    a = record("au-1", "au", "Person", "RI Je Son")
    a.sanctions.append(Sanction("AU-1718", parse_date("2009-07-16")))
    b = record("un-KPi.002", "un", "Person", "RI JE SON")
    b.sanctions.append(Sanction("UN-1718", parse_date("2009-07-16")))
    c = record("uk-1", "uk", "Person", "RI JE SON")
    c.sanctions.append(Sanction("UK-DPRK", parse_date("2009-07-20")))
    assert same_listing_day(a, b, 1)
    assert not same_listing_day(a, c, 1)


def scoring_screen(records: list[Record]):
    """Screens by scoring every record of the other list with the real matcher (fine for a handful)."""
    from nodewatch.match import score

    def screen(query: Record, authority: str):
        results = [(r.id, score(query, r)) for r in records if r.authority == authority]
        return sorted(results, key=lambda x: -x[1].score)

    return screen


def org(rid: str, authority: str, programme: str, name: str, *aliases: str) -> Record:
    r = Record(rid, authority, "Organization")
    r.add_name(Name.make(name))
    for alias in aliases:
        r.add_name(Name.make(alias, kind="alias"))
    r.sanctions.append(Sanction(programme))
    return r


def test_name_link_prefers_the_primary_name_over_an_alias_naming_another_target():
    from nodewatch.resolve.names import name_links

    komid = org("un-KPe.001", "un", "UN-1718", "KOREA MINING DEVELOPMENT TRADING CORPORATION")
    kumryong = org("un-KPe.014", "un", "UN-1718", "KOREA KUMRYONG TRADING CORPORATION")
    ofac = org(
        "ofac-9345",
        "us-ofac",
        "DPRK2",
        "KOREA MINING DEVELOPMENT TRADING CORPORATION",
        "KOREA KUMRYONG TRADING CORPORATION",
        "KOMID",
    )
    records = [komid, kumryong, ofac]
    links = name_links(records, screen=scoring_screen(records))
    assert [(e.a, e.b) for e in links] == [("ofac-9345", "un-KPe.001")]


def test_name_link_refuses_two_equally_good_candidates():
    from nodewatch.resolve.names import name_links

    a = org("un-1", "un", "UN-1718", "KOREA SONGI TRADING COMPANY")
    b = org("un-2", "un", "UN-1718", "KOREA SONGI TRADING COMPANY")
    c = org("uk-1", "uk", "UK-DPRK", "KOREA SONGI TRADING COMPANY")
    records = [a, b, c]
    assert name_links(records, screen=scoring_screen(records)) == []


def test_per_authority_screening_finds_the_other_lists_record_among_many_look_alikes():
    from nodewatch.resolve.names import name_links

    def person(rid: str, authority: str, name: str, dob: str) -> Record:
        r = record(rid, authority, "Person", name)
        r.add_date("birthDate", parse_date(dob))
        r.sanctions.append(Sanction("DPRK"))
        return r

    crowd = [person(f"ofac-{i}", "us-ofac", "KIM Yong Chol", f"19{40 + i}-01-01") for i in range(12)]
    un = person("un-KPi.024", "un", "KIM YONG CHOL", "1962-02-18")
    ofac = person("ofac-17614", "us-ofac", "KIM, Yong Chol", "1962-02-18")
    links = name_links([*crowd, un, ofac])
    assert [(e.a, e.b) for e in links] == [("ofac-17614", "un-KPi.024")]
