"""What a journalist types becomes an FTS5 expression of quoted strings only, and dates become bounds."""
from __future__ import annotations

import pytest

from pipeline.store.query import QueryError, date_bound, match_position, match_words, published_date


@pytest.mark.parametrize("typed,expression", [
    ("menegaskan", '({text_stem speaker} : "tegas")'),
    ("pemberdayaan sosial", '({text_stem speaker} : "daya") AND ({text_stem speaker} : "sosial")'),
    ("Bekasi", '({text speaker} : "Bekasi")'),
    ('"dana hibah" disalurkan', '({text_stem} : "dana hibah") AND ({text_stem speaker} : "salur")'),
    ("bansos* OR (NEAR x)", '({text_stem speaker} : "bansos") AND ({text speaker} : "OR") AND '
                            '({text speaker} : "NEAR") AND ({text_stem speaker} : "x")'),
    ("'; DROP TABLE quotes; --", '({text speaker} : "DROP") AND ({text speaker} : "TABLE") AND '
                                 '({text_stem speaker} : "quotes")'),
    ("sama-sama", '({text_stem speaker} : "sama-sama")'),
    ('"', None),
    ("  ***  ", None),
])
def test_query_match_words_quotes_every_term(typed, expression):
    assert match_words(typed) == expression


def test_query_match_words_limits_terms():
    with pytest.raises(QueryError, match="q: 33 words or phrases; the limit is 32"):
        match_words("kata " * 33)


@pytest.mark.parametrize("typed,expression", [
    ("Kepala Dinas Sosial", '{position} : "Kepala Dinas Sosial"'),
    ("Kadis, Sosial!", '{position} : "Kadis Sosial"'),
    ("---", None),
])
def test_query_match_position_is_a_phrase(typed, expression):
    assert match_position(typed) == expression


@pytest.mark.parametrize("typed,end,bound", [
    ("2024", False, "2024-01-01"), ("2024", True, "2024-12-31"),
    ("2024-02", False, "2024-02-01"), ("2024-02", True, "2024-02-29"), ("2023-02", True, "2023-02-28"),
    ("2024-02-23", True, "2024-02-23"), (" 2024-02-23 ", False, "2024-02-23"),
])
def test_query_date_bound_widens_partial_dates(typed, end, bound):
    assert date_bound(typed, "since", end=end) == bound


@pytest.mark.parametrize("typed", ["23/02/2024", "2024-2-3", "2024-02-30", "Februari 2024", "", "20240"])
def test_query_date_bound_rejects_other_forms(typed):
    with pytest.raises(QueryError, match="^until: .* is not a date"):
        date_bound(typed, "until", end=True)


@pytest.mark.parametrize("published,day", [
    ("2024-02-23", "2024-02-23"), ("2024-02-23T10:00:00+08:00", "2024-02-23"), ("2013-04", "2013-04-01"),
    ("2013", "2013-01-01"), ("kemarin", None), (None, None),
])
def test_query_published_date_is_the_first_day_of_the_period(published, day):
    assert published_date(published) == day
