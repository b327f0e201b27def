"""Who reckons a figure does not own it: an estimator that "puts it closer to" another's figure ("Norbeck puts
it closer to Rs 2,500 crore"), a reckoning or those who reckon as a subject ("A tally by Fever Watch found
...", "Analysts at Carrow Securities expect ..."), and the venue a crowd is counted at ("the crowd at Orwell
Park, which the ground's owner put at 38,000") name the source or the place, so the figure keys with the one the
owner states. A measure's acronym after "of" names the measure ("GMV of Rs 4,000 crore"). Stories of our own:
a flash sale, a game launch, a cinema chain, a ride-hailing week; a flu season, a drought, a recall, a bird count; a
concert, a match."""

import pytest

from claims_fixtures import article, story_claims


def two_articles(tmp_path, title: str, first: str, second: str):
    return story_claims(tmp_path, {"a.md": article(title, "2026-05-10", first),
                                   "b.md": article(title, "2026-05-10", second)})


def shown(claims) -> str:
    return claims[["entity", "metric", "scope", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("owner, stated, estimate", [
    ("Kartly", "Kartly said its weekend flash sale brought in GMV of Rs 4,000 crore.",
     "Kartly claims GMV of Rs 4,000 crore for the sale; Norbeck Analytics puts it closer to Rs 2,500 crore."),
    ("Ostara Games", "Ostara Games said it had sold 6 million copies of its new title.",
     "Ostara Games claims sales of 6 million copies, though Playmeter Research puts it closer to 3 million copies."),
    ("Lumina Cinemas", "Lumina Cinemas said 12 million tickets were sold at its screens.",
     "Lumina Cinemas reports 12 million tickets sold; consultancy Frame Data puts them nearer to 8 million tickets."),
])
def test_an_estimator_putting_it_closer_to_a_figure_owns_none(tmp_path, owner, stated, estimate):
    claims = two_articles(tmp_path, f"{owner} figures questioned", stated, estimate)
    assert owner in set(claims[claims.status.isin(["conflict", "discrepancy"])].entity), shown(claims)
    assert not claims.entity.str.contains("Norbeck|Playmeter|Frame Data").any(), shown(claims)


@pytest.mark.parametrize("sentence, source", [
    ("A tally of hospital records by the non-profit Fever Watch found at least 900 flu deaths in Dorran this winter.",
     "Fever Watch"),
    ("A survey of 2,000 farms by Kestrel Polling found 340 dry wells in Ennis this summer.", "Kestrel Polling"),
    ("Analysts at Carrow Securities expect losses of about $2 billion from the Velt recall.", "Carrow Securities"),
    ("Researchers at Tolland University counted 2,300 nesting pairs of puffins on Skerry Island this spring.",
     "Tolland University"),
])
def test_a_reckoning_or_those_who_reckon_own_no_figure(tmp_path, sentence, source):
    claims = two_articles(tmp_path, "Counting the cost", sentence, "The weather was calm, a forecaster said.")
    assert source not in set(claims.entity), shown(claims)


@pytest.mark.parametrize("sentence, owner", [
    ("Engineers at Dorran Motors built 40,000 cars in May.", "Dorran Motors"),
    ("Sales at Hollis Foods reached $3 billion last year.", "Hollis Foods"),
    ("An audit of ward records by Mercy Trust found 58 patient deaths at Ellery Hospital last year.", "Ellery Hospital"),
])
def test_people_or_things_at_a_company_still_are_its(tmp_path, sentence, owner):
    claims = two_articles(tmp_path, "A good year", sentence, "The weather was calm, a forecaster said.")
    assert owner in set(claims.entity), shown(claims)


@pytest.mark.parametrize("performer, stated, crowd", [
    ("Marta Quell", "Marta Quell played to 52,000 fans at Orwell Park on Saturday, her promoter said.",
     "Saturday's crowd at Orwell Park, which the ground's owner put at about 38,000, sang along to Marta Quell."),
    ("Dorran Rovers", "Dorran Rovers drew a crowd of 41,000 at Kell Stadium on Sunday, the club said.",
     "Sunday's attendance at Kell Stadium, which the stadium operator put at 29,000, watched Dorran Rovers lose."),
])
def test_a_crowd_at_a_venue_is_not_the_venues(tmp_path, performer, stated, crowd):
    claims = story_claims(tmp_path, {"a.md": article(f"{performer} draws a crowd", "2026-05-11", stated),
                                     "b.md": article(f"{performer} draws a crowd", "2026-05-12", crowd)})
    rows = claims[claims.metric.str.partition(":")[0] == "attendance"]
    assert not rows.entity.str.contains("Park|Stadium").any(), shown(claims)
    assert list(rows.status) == ["conflict"], shown(claims)


def test_a_venue_without_a_crowd_noun_still_owns_its_count(tmp_path):
    claims = two_articles(tmp_path, "Busy airport", "Passenger numbers at Kessel Airport reached 9 million last year.",
                          "The weather was calm, a forecaster said.")
    assert "Kessel Airport" in set(claims.entity), shown(claims)


@pytest.mark.parametrize("owner, first, second", [
    ("Kartly", "Kartly said its flash sale generated GMV of Rs 4,000 crore.",
     "Kartly's flash sale generated GMV of about Rs 2,500 crore, according to Norbeck Analytics."),
    ("Zuma Rides", "Zuma Rides said its holiday week generated GMV of Rs 700 crore.",
     "Zuma Rides' holiday week generated GMV of about Rs 450 crore, according to Pellam Research."),
])
def test_a_measure_s_acronym_before_of_names_the_measure(tmp_path, owner, first, second):
    claims = two_articles(tmp_path, f"{owner} in numbers", first, second)
    assert "conflict" in set(claims[claims.entity == owner].status), shown(claims)


@pytest.mark.parametrize("first, second", [
    ("Kirinya Cement was fined Sh1.1 billion by the authority on Tuesday.",
     "Sh1.1 billion is the fine Kirinya Cement must pay, the authority said."),
    ("Coastline Water expects repairs to cost R120 million this year.",
     "R120 million will go on repairs at Coastline Water this year, the utility said."),
])
def test_an_amount_read_as_its_own_subject_owns_nothing(tmp_path, first, second):
    claims = two_articles(tmp_path, "Fines and repairs", first, second)
    assert not claims.entity.str.contains(r"\d").any(), shown(claims)
