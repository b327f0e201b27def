"""Wordings found on a probe story of our own (an AI model's release and a chip-stock rout, told by a
markets wire, a tech site and an Asian desk), each shown on several kinds of story:
- "put out its Meridian-2 model on Feb. 25" is a launch, and "Solen's model, called Meridian-2, was
  released" launches Meridian-2: two days for one release conflict; a launch's place is its own verb's
  ("was released on Feb. 26 and became the top app on Apple's US App Store": not a US launch);
- "a model trained for just $4.8 million", "a film made for $30 million": what it cost;
- "investors valued rivals at as much as $20 billion": a figure of other parties, not the actor's."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("first, second", [
    ("Solen's model, called Meridian-2, was released on Feb. 26 and became the top free app on Apple's US App Store.",
     "The Hangzhou lab Solen put out its Meridian-2 model on Feb. 25."),
    ("Pixelon's new phone, called Nova, was unveiled on Sept. 9.",
     "The Korean maker Pixelon put out Nova on Sept. 10, a day later than planned."),
    ("Harbor Games put out Stackfall 2 on May 14.",
     "Harbor Games released Stackfall 2 on May 15, the studio said."),
])
def test_a_launch_told_otherwise_is_one_launch_and_two_days_conflict(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Launch", "2026-09-20", first, "Wire"),
                                     "b.md": article("Release", "2026-09-20", second, "Daily")})
    launches = claims[claims.metric.str.startswith("launch")]
    assert list(launches.status) == ["conflict"], claims[["entity", "metric", "scope", "status", "values"]].to_string()


@pytest.mark.parametrize("body, value", [
    ("The start-up Solen said its latest model was trained for just $4.8 million.", "$4.8 million"),
    ("The studio Orla Pictures said its new film was made for $30 million.", "$30 million"),
    ("The club Harlo United said its new stadium was built for £420 million.", "£420 million"),
])
def test_what_a_thing_was_made_for_is_its_cost(tmp_path, body, value):
    claims = story_claims(tmp_path, {"a.md": article("Cost", "2026-03-03", body)})
    made = claims[claims["values"].str.contains(value, regex=False)]
    assert [m.partition(":")[0] for m in made.metric] == ["cost"], claims[["entity", "metric", "values"]].to_string()


@pytest.mark.parametrize("body, value", [
    ("Solen has no plans to raise money, even as investors valued rivals at as much as $20 billion.", "$20 billion"),
    ("Pinglo is growing fast. Its backers valued competitors at $9 billion last year, Pinglo said.", "$9 billion"),
    ("Velda Motors is weighing a listing. Bankers valued peers at about $40 billion, Velda Motors said.", "$40 billion"),
])
def test_a_figure_of_unnamed_rivals_is_not_the_actor_s(tmp_path, body, value):
    claims = story_claims(tmp_path, {"a.md": article("Rivals", "2026-03-05", body)})
    assert claims[claims["values"].str.contains(value, regex=False)].empty, \
        claims[["entity", "metric", "values"]].to_string()


@pytest.mark.parametrize("first, second, published", [
    ("The government unveiled the new cocoa producer price on Wednesday, the minister said.",
     "When the government unveiled the new cocoa producer price on Thursday, farmers cheered.", "2026-09-14"),
    ("The city council unveiled its draft budget on Monday after weeks of delay.",
     "The council unveiled the draft budget on Tuesday, the mayor's office said.", "2026-03-12"),
])
def test_a_launch_verb_that_launches_no_product_still_dates_its_happening(tmp_path, first, second, published):
    """"unveiled the new producer price", "unveiled its draft budget": no product is launched, but the day is still the
    day of a happening (the unveiling of that thing), and two days for it conflict; it had been dropped for want of a
    launched product."""
    claims = story_claims(tmp_path, {"a.md": article("Price", published, first, "Wire"),
                                     "b.md": article("Budget", published, second, "Daily")})
    events = claims[claims.metric.str.startswith("occurrence")]
    assert list(events.status) == ["conflict"], claims[["entity", "metric", "status", "values"]].to_string()
