from followthemoney import model

from nodewatch.model.dates import parse_date
from nodewatch.model.record import Link, Name, Record, Sanction, script_of


def make_record() -> Record:
    record = Record("un-KPi.033", "un", "Person", position="line 10")
    record.add_name(Name.make("KIM JONG UN", parts={"firstName": "JONG UN", "lastName": "KIM"}))
    record.add_name(Name.make("김정은", kind="non-latin"))
    record.add_name(Name.make("Kim Jong-un", kind="weak", quality="low"))
    record.add("nationality", "Korea, North")
    record.add_date("birthDate", parse_date("circa 1984"))
    record.sanctions.append(Sanction("UN-1718", parse_date("2016-06-01"), reason="Leader", un_ref="KPi.033"))
    record.links.append(Link("linked_to", target_name="KOREA WORKERS' PARTY", target_ref="un-KPe.001"))
    return record


def test_script_detection():
    assert script_of("김정은") == "Hangul"
    assert script_of("Александр") == "Cyrillic"
    assert script_of("金铁三") == "Han"
    assert script_of("Kim Jong Un") == "Latin"


def test_add_cleans_through_ftm_and_keeps_uncleanable_as_note():
    record = make_record()
    assert record.properties["nationality"] == ["kp"]
    record.add("nationality", "Atlantis")
    assert record.properties["nationality"] == ["kp"]
    assert "nationality: Atlantis" in record.notes


def test_statements_roundtrip():
    record = make_record()
    statements = list(record.to_statements())
    assert len({s.id for s in statements}) == len(statements)
    rebuilt = Record.from_statements(
        "un", ((s.target_id, s.schema, s.prop, s.value, s.lang) for s in statements)
    )
    assert rebuilt.names[0].kind == "primary"
    assert set(rebuilt.names) == set(record.names)
    assert rebuilt.dates == record.dates
    assert rebuilt.sanctions == record.sanctions
    assert rebuilt.links == record.links
    assert rebuilt.properties == record.properties


def test_statement_ids_are_stable_across_calls():
    assert [s.id for s in make_record().to_statements()] == [s.id for s in make_record().to_statements()]


def test_ftm_view_is_valid():
    entities = make_record().to_entities()
    person, sanction, link = entities
    assert person.get("name") == ["KIM JONG UN"]
    assert "김정은" in person.get("alias")
    assert person.get("weakAlias") == ["Kim Jong-un"]
    assert person.get("lastName") == ["KIM"]
    assert person.get("birthDate") == ["1984"]
    assert sanction.schema.name == "Sanction" and sanction.get("unscId") == ["KPi.033"]
    assert link.schema.name == "UnknownLink" and link.get("object") == ["un-KPe.001"]
    for entity in entities:
        model.get_proxy(entity.to_dict(), cleaned=False)  # raises on an invalid entity


def test_parts_and_extras_roundtrip_equal_whatever_the_order_given():
    record = Record("uk-1", "uk", "Person")
    record.add_name(
        Name.make("KIM Chol Nam", parts={"lastName": "KIM", "firstName": "Chol Nam", "title": "Mr"})
    )
    record.sanctions.append(Sanction("UK-DPRK", extra=(("listed", "2020"), ("designated", "2019"))))
    rebuilt = Record.from_statements(
        "uk", ((s.target_id, s.schema, s.prop, s.value, s.lang) for s in record.to_statements())
    )
    assert rebuilt.names == record.names
    assert rebuilt.sanctions == record.sanctions
    assert [k for k, _ in record.names[0].parts] == ["title", "firstName", "lastName"]
