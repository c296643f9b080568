import pytest

from pipeline.evaluate import evaluate


def _article(venues):
    return {"id": "x", "gold": {"officials": [], "quotes": [], "dates": [], "regulations": [],
                                "venues": [{"name": n, "region": None} for n in venues]}}


@pytest.mark.parametrize("gold,predicted,missed", [
    # the closest name is matched, not the first gold item sharing half its words
    (["Pelabuhan Hunimua", "Pelabuhan Tulehu"], ["Pelabuhan Tulehu"], ["Pelabuhan Hunimua"]),
    (["Kantor Camat Tilamuta", "Kantor Bupati Boalemo"], ["Kantor Bupati Boalemo"], ["Kantor Camat Tilamuta"]),
    # a name inside another still matches (SCORING.md)
    (["Aula Kantor Bupati Boalemo"], ["Aula Kantor Bupati"], []),
])
def test_evaluate_venues_match_the_closest_gold_name_first(gold, predicted, missed):
    report = evaluate([_article(gold)], {"x": {"venues": [{"name": n} for n in predicted]}})
    assert [v["name"] for v in report.details[0]["venues"]["missed"]] == missed
    assert report.scores["venues"].tp == len(predicted)
