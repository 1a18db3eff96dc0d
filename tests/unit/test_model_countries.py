import pytest
from followthemoney import registry

from nodewatch.model import countries
from nodewatch.model.countries import clean_country


@pytest.mark.parametrize(
    "text",
    [
        "kp",
        "KP",
        "PRK",
        "Korea, North",
        "North Korea",
        "Democratic People's Republic of Korea",
        "Russia",
        "Russian Federation",
        "China",
        "Hong Kong",
        "United Kingdom",
        "Syria",
        "Atlantis",
        "Côte d'Ivoire",
        "россия",
    ],
)
def test_same_answers_as_followthemoney(text):
    assert clean_country(text) == registry.country.clean(text)


def test_index_is_cached_on_disk_and_reused(tmp_path, monkeypatch):
    monkeypatch.setenv("NODEWATCH_CACHE", str(tmp_path))
    countries._names.cache_clear()
    first = countries._names()
    (cached,) = tmp_path.glob("territory-names-rigour-*.json")
    countries._names.cache_clear()
    monkeypatch.setattr(countries, "_build", lambda: pytest.fail("rebuilt instead of reading the cache"))
    assert countries._names() == first and cached.stat().st_size > 100_000
    countries._names.cache_clear()
