import pytest

from nodewatch.model.registry import UnknownAuthority, registry


def test_authority_codes_are_the_stable_short_ones():
    assert set(registry().authorities) == {"un", "us-ofac", "uk", "eu", "ca", "au"}


def test_every_dataset_is_unique_and_has_a_url():
    specs = registry().all_lists()
    assert len({s.dataset for s in specs}) == len(specs)
    assert all(s.url.startswith("https://") for s in specs)


@pytest.mark.parametrize(
    ("authority", "label", "code", "regime"),
    [
        ("us-ofac", "DPRK3", "DPRK3", "dprk"),
        ("us-ofac", "dprk-nkspea", "DPRK-NKSPEA", "dprk"),
        ("us-ofac", "RUSSIA-EO14024", "RUSSIA-EO14024", "russia"),
        ("un", "DPRK", "UN-1718", "dprk"),
        ("uk", "Democratic People's Republic of Korea", "UK-DPRK", "dprk"),
        ("au", "Autonomous  (DPRK)", "AU-DPRK", "dprk"),
        ("us-ofac", "SDGT", "SDGT", "other"),
        ("us-ofac", "UKRAINE-EO13999", "UKRAINE-EO13999", "russia"),  # unknown label: regime by pattern
    ],
)
def test_programme_lookup(authority, label, code, regime):
    prog = registry().programme(authority, label)
    assert (prog.code, prog.regime) == (code, regime)


def test_unknown_authority_is_a_clear_error():
    with pytest.raises(UnknownAuthority, match="known: au, ca, eu, uk, un, us-ofac"):
        registry().authority("ofac")


def test_programme_found_by_code_as_records_store_it():
    assert registry().programme("uk", "UK-DPRK").name.startswith("The Democratic People's Republic of Korea")
    assert registry().programme("au", "AU-RUSSIA").regime == "russia"
    assert registry().programme("us-ofac", "NPWMD").regime == "proliferation"
