import pytest

from nodewatch.model.dates import DateValue, parse_date, year_range


@pytest.mark.parametrize(
    ("text", "value", "precision", "circa", "end"),
    [
        ("1962-01-05", "1962-01-05", "day", False, None),
        ("15 Apr 1957", "1957-04-15", "day", False, None),
        ("Apr 1957", "1957-04", "month", False, None),
        ("1958", "1958", "year", False, None),
        ("circa 1947", "1947", "year", True, None),
        ("c. 1960", "1960", "year", True, None),
        ("1960 to 1962", "1960", "range", False, "1962"),
        ("Between 1958 and 1960", "1958", "range", False, "1960"),
        ("05/01/1962", "1962-01-05", "day", False, None),  # day first, as UK/AU write it
        ("00/00/1962", "1962", "year", False, None),  # UK: day and month unknown
        ("00/05/1962", "1962-05", "month", False, None),
        ("2026-02-27T00:00:09.554Z", "2026-02-27", "day", False, None),
        ("January 5, 1962", "1962-01-05", "day", False, None),
    ],
)
def test_parse_date_keeps_precision(text, value, precision, circa, end):
    parsed = parse_date(text)
    assert parsed is not None
    assert (parsed.value, parsed.precision, parsed.circa, parsed.end) == (value, precision, circa, end)


@pytest.mark.parametrize("text", ["", None, "unknown", "31/02/1962", "1962 to 1950", "Smarch 1962", "0000"])
def test_parse_date_rejects_non_dates(text):
    assert parse_date(text) is None


def test_month_first_when_asked():
    parsed = parse_date("01/05/1962", dayfirst=False)
    assert parsed is not None and parsed.value == "1962-01-05"


def test_roundtrip_and_iso_values():
    value = parse_date("circa 1960 to 1962")
    assert value is not None and value.circa and value.iso_values() == ["1960", "1962"]
    assert DateValue.from_dict(value.to_dict()) == value
    assert year_range(1962, 1960).iso_values() == ["1960", "1962"]
