"""Wordings found on a probe story of our own (a phone launch told by a wire, a review and a markets desk),
each shown on stories of several kinds:
- a product's number is part of its name ("Halo 9", "iPhone 17", "Model 3"): last year's model is another
  product, so its price is not compared with the new one's;
- a launch told in a relative clause ("last year's Halo 8, which launched at $799") is background: "It arrives
  in stores on Sept. 17" two sentences on is the new model's;
- a phrase after a comma that holds another figure ("61 million phones in the quarter, a 23% share of the
  world market") names that figure's measure, not this one's;
- a counted part's own place ("270,000 people worldwide, 110,000 of them in South Korea") is its scope."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("first, second", [
    ("The Halo 9 costs $899 in the US, the company said.", "Last year's Halo 8 cost $799 in the US at launch."),
    ("The Model 3 now costs $39,000 in the US.", "The Model 5 costs $52,000 in the US, the carmaker said."),
    ("The Pixo 12 sells for $649, the company said.", "Its predecessor, the Pixo 11, sold for $599."),
])
def test_a_model_number_is_part_of_the_product_s_name(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Launch", "2027-09-14", first, "Wire"),
                                     "b.md": article("Review", "2027-09-15", second, "Daily")})
    assert "conflict" not in set(claims.status) and "discrepancy" not in set(claims.status), \
        claims[["entity", "metric", "status", "values"]].to_string()


@pytest.mark.parametrize("body, other", [
    ("Nimbra's Halo 9 costs $899, $100 more than last year's Halo 8, which launched at $799. Early demand looks "
     "strong. It arrives in stores on Sept. 17.", "The Halo 9 goes on sale on Sept. 17, Nimbra said."),
    ("Vexo's V4 costs $1,200, more than last year's V3, which launched at $1,000. Early orders look strong. "
     "It arrives in shops on Oct. 2.", "The V4 arrives in shops on Oct. 2, Vexo said."),
    ("Pellar's Aura costs $499, less than last year's Nova, which launched at $699. Early orders look strong. "
     "It arrives in stores on Nov. 5.", "The Aura arrives in stores on Nov. 5, Pellar said."),
])
def test_a_launch_in_a_relative_clause_is_background(tmp_path, body, other):
    # (with "Halo 8" and "Halo 9" one name "Halo" on the previous code, the first passed there too: a guard)
    claims = story_claims(tmp_path, {"a.md": article("Review", "2027-09-15", body, "Wire"),
                                     "b.md": article("Launch", "2027-09-15", other, "Daily")})
    launches = claims[claims.metric.str.startswith("launch")]
    assert list(launches.status) == ["agreement"], claims[["entity", "metric", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("Analysts estimate Nimbra shipped 61 million phones in the quarter, a 23% share of the world market.",
     "Nimbra shipped 61 million phones in the quarter, the analysts said."),
    ("Brava sold 2.1 million cars last year, a 9% share of the European market, the group said.",
     "Brava sold 2.1 million cars last year, according to the group."),
    ("Kestrel Air carried 30 million passengers last year, a 12% share of the Spanish market, the airline said.",
     "Kestrel Air carried 30 million passengers last year, the airline said."),
])
def test_another_figure_s_phrase_names_no_measure_of_this_one(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Share", "2027-07-30", first, "Wire"),
                                     "b.md": article("Sales", "2027-07-30", second, "Daily")})
    assert "agreement" in set(claims.status) and not claims.metric.str.contains("share_price").any(), \
        claims[["entity", "metric", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("Nimbra employs about 270,000 people worldwide, 110,000 of them in South Korea.",
     "In South Korea, Nimbra employs 110,000 people, the company said."),
    ("Ostrel has 48 million customers worldwide, 12 million of them in Brazil.",
     "Ostrel has 12 million customers in Brazil, according to the company."),
    ("Kestrel Air flew 90 million passengers last year, 30 million of them in Spain.",
     "Kestrel Air flew 30 million passengers in Spain last year."),
])
def test_a_counted_part_keeps_its_own_place(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Staff", "2027-07-30", first, "Wire"),
                                     "b.md": article("Local", "2027-07-30", second, "Daily")})
    agreed = claims[claims.status == "agreement"]
    assert len(agreed) == 1 and agreed.iloc[0].scope not in ("", "global"), \
        claims[["entity", "metric", "scope", "status", "values"]].to_string()
