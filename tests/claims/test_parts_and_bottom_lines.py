"""Wordings found on probe stories of our own (a ride-hailing company's quarter, floods in a state, a national budget), each shown
on stories of several kinds:
- "620 million trips worldwide in the quarter, 410 million of them in the US": the part is the US count, not a
  second worldwide count (which made a false possible discrepancy with the whole);
- "two-thirds of the 620 million rides", "40% of its 9,000 staff": the whole after a fraction is nobody's count
  in the sentence's place (it made a false conflict with the US part);
- "In 2024, floods in the state killed 183 people and displaced more than 600,000": the opening year dates both
  verbs' figures (the second one, undated, made a false conflict with this year's count);
- "a deficit of 1.8% of GDP", "defence at 2.1% of GDP": a ratio to the economy's size, not the economy's growth
  (it made false possible discrepancies with the growth forecast);
- "Defence spending would rise to 98 billion crowns" is a part of spending, not all of it (it made a false
  series with the total);
- "The company earned $84 million in the quarter" is its net profit, not its revenue; "a net loss of $640
  million" is a net loss, not a fall in market value."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("first, second", [
    ("Rydo said it completed 620 million trips worldwide in the quarter, 410 million of them in the US.",
     "Riders took 620 million trips with Rydo around the world in the quarter."),
    ("Vantra shipped 48 million phones worldwide last year, 12 million of them in India, the company said.",
     "Vantra shipped 48 million phones around the world last year, the company said."),
    ("Glimmer had 90 million subscribers worldwide at the end of June, 31 million of them in Europe.",
     "Glimmer counted 90 million subscribers around the globe at the end of June."),
])
def test_a_counted_part_is_not_a_second_worldwide_count(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Quarter", "2027-05-06", first, "Wire"),
                                     "b.md": article("Results", "2027-05-07", second, "Daily")})
    assert "discrepancy" not in set(claims.status) and "conflict" not in set(claims.status), \
        claims[["entity", "metric", "scope", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("US trips made up about two-thirds of the 620 million rides Rydo handled in the quarter.",
     "In the US alone, riders took 410 million trips with Rydo in the quarter."),
    ("UK sales made up half of the 2.4 million cars Castor sold in 2026.",
     "In the UK, Castor sold 1.2 million cars in 2026."),
    ("Indian users account for 40% of the 300 million users Chatterly has.",
     "In India, Chatterly has 120 million users, the company said."),
])
def test_the_whole_after_a_fraction_is_not_the_part_s_count(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Share", "2027-05-08", first, "Wire"),
                                     "b.md": article("Local", "2027-05-08", second, "Daily")})
    assert "conflict" not in set(claims.status) and "discrepancy" not in set(claims.status), \
        claims[["entity", "metric", "scope", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second, metric", [
    ("Rydo earned $84 million in the three months to March, on sales of $3.2 billion.",
     "Rydo posted net income of $84 million in the first quarter.", "net_profit"),
    ("Orvane earned €410 million in 2026, the bank said.", "Orvane's net profit was €410 million in 2026.", "net_profit"),
    ("Kestrel Air posted a net loss of $640 million in 2026.", "Kestrel Air lost $640 million in 2026, a net loss it "
     "blamed on fuel.", "net_loss"),
])
def test_earned_is_the_bottom_line_and_a_net_loss_is_a_loss(tmp_path, first, second, metric):
    claims = story_claims(tmp_path, {"a.md": article("Profit", "2027-05-07", first, "Wire"),
                                     "b.md": article("Earnings", "2027-05-07", second, "Daily")})
    assert list(claims[claims.metric == metric].status) == ["agreement"], \
        claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("In 2024, floods in Bahia killed 183 people and displaced more than 600,000. This year the toll is lower.",
     "About 70,000 people have been displaced in Bahia by this year's floods, officials said."),
    ("In 2025, Ostrel hired 4,000 engineers and employed 52,000 people in all, its report said.",
     "Ostrel now employs about 61,000 people, the company said on Monday."),
    ("Last year, the festival sold 90,000 tickets and drew 140,000 visitors, the organisers said.",
     "This year's festival drew 110,000 visitors, the organisers said."),
])
def test_an_opening_year_dates_both_coordinated_verbs(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Before", "2027-04-22", first, "Wire"),
                                     "b.md": article("Now", "2027-04-22", second, "Daily")})
    assert "conflict" not in set(claims.status) and "discrepancy" not in set(claims.status), \
        claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("The budget deficit would narrow to 1.8% of GDP next year, the minister said. Nordland's economy will grow "
     "1.6% next year.", "Nordland's economy is expected to grow 1.6% next year, and its deficit to reach 1.8% of GDP."),
    ("Ostravia's public debt stood at 61% of gross domestic product in 2026, and the economy grew 2.2% that year.",
     "Ostravia's economy grew 2.4% in 2026, while its debt reached 61% of its GDP."),
    ("Vellmark spends about 1.5% of its GDP on defence; its economy grew 0.9% last year.",
     "Vellmark's economy grew 0.9% last year, and defence took 2% of GDP."),
])
def test_a_share_of_gdp_is_no_growth_of_the_economy(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Budget", "2027-10-06", first, "Wire"),
                                     "b.md": article("Plans", "2027-10-07", second, "Daily")})
    growth = claims[claims.metric == "gdp"]
    assert not growth["values"].str.contains("1.8%|61%|1.5%|2%").any(), \
        claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("Nordland proposed spending of 1.42 trillion crowns for 2028.",
     "Nordland's defence spending would rise to 98 billion crowns in 2028, the minister said."),
    ("Kestrel plans to spend $4 billion in 2027, the company said.",
     "Kestrel's marketing spending will reach $900 million in 2027, the company said."),
    ("Ostravia's spending will total 310 billion euros in 2027, the ministry said.",
     "Ostravia's health spending will reach 41 billion euros in 2027, the ministry said."),
])
def test_a_part_of_spending_is_not_all_spending(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Budget", "2027-10-06", first, "Wire"),
                                     "b.md": article("Plans", "2027-10-07", second, "Daily")})
    assert not set(claims.status) & {"conflict", "discrepancy", "series"}, \
        claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("sentence", [
    "US consumers spent $11.3 billion online on Black Friday, according to Adobe.",
    "Tourists spent €4.2 billion in Lisbon last year, the city said.",
    "Shoppers spent £1.9 billion on the day, the trade body said.",
])
def test_who_spent_is_no_part_of_the_spending(sentence):
    from newsreport.claims.measure_details import divisible_detail
    from newsreport.claims.structure import read_figure
    from newsreport.claims.vocabulary import load_vocabulary, nearest_metric

    amount = next(w for w in sentence.split() if w[:1] in "$€£")
    start = sentence.index(amount)
    reading = read_figure(sentence, start, start + len(amount) + len(" billion"))
    metric, span = nearest_metric(reading.measure_text, 0, 0, "money", load_vocabulary(), in_phrase=True)
    assert metric.name == "spending" and divisible_detail(metric, reading.measure_text, span) == ""
