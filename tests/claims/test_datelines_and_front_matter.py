"""Wordings found when check4 (the frozen check half of the twelfth session) was spent, each shown on
stories of several kinds:
- a wire dateline ("ANTWERP, Belgium (EuroWire) —", "NEW DELHI:") says where a story was filed: its place
  is neither the owner of the figures after it nor their scope;
- "fines of up to $2,500" and "penalties of up to $2,500" are one measure (a plural of the metric's word);
- of two charts in one sentence, each day is on the chart written nearest it ("hit No. 1 on Apple's US chart on
  Wednesday, went on to top the British App Store on Friday"), and a people's adjective at a store is its country;
- a body named with "of" or "for" ("the Bank of Canada", "the University of Leeds") keeps its whole name: two
  central banks, two universities or two ministries are not one "Bank", "University" or "Ministry";
- "the Austin company" is the company named before, not the city (a place the gazetteers know, even where
  the tagger takes it for a person); "Payroll start-up Tallyfin" is Tallyfin;
- people "moved to cyclone shelters" are people evacuated, and people "admitted to hospital" or "hospitalised"
  are one measure;
- a national rate whose article names no place near it is the rate of the place its headline names
  ("Norland economy grows 0.4%", "Vellmark's jobless rate rises");
- an unquoted title with a colon ("title: Explainer: what the law means") keeps the article's date, so
  "Friday, July 2" is dated in the article's year, not in the year of another date it names."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("dateline, body, other", [
    ("ANTWERP, Belgium (EuroWire) — ",
     "Dock workers walked off the job on Monday over pay.\n\nAbout 6,500 dockers are taking part in the strike, "
     "according to the port authority.",
     "Roughly 6,500 port workers have stayed away since Monday, the port authority said."),
    ("NEW DELHI: ",
     "Lawyers for the short-video platform filed a plea in the High Court on Friday.\n\nAbout 4 crore users have "
     "lost access since the order, the plea said.",
     "Some 40 million users have lost access since the order, the petition said."),
    ("MANILA, Philippines (Islandwire) — ",
     "Rescue teams reached flooded villages on Tuesday as the storm weakened.\n\nAbout 12,000 families remain in evacuation centres, "
     "the disaster agency said.",
     "Some 12,000 families were still in shelters, officials said."),
])
def test_a_dateline_place_owns_no_figure_and_scopes_none(tmp_path, dateline, body, other):
    claims = story_claims(tmp_path, {"a.md": article("Wire", "2027-06-15", dateline + body, "Wire"),
                                     "b.md": article("Daily", "2027-06-15", other, "Daily")})
    place = dateline.split(",")[0].split(":")[0].strip()
    keyed = claims[claims.entity.str.upper().str.contains(place.split()[-1]) |
                   claims.scope.str.upper().str.contains(place.split()[-1])]
    assert keyed.empty, keyed[["entity", "metric", "scope", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("The law lets the attorney general seek civil penalties of up to $2,500 for each violation.",
     "Companies that break the rules face fines of up to $2,500 for each violation."),
    ("Under the rules, Ofcom can impose a penalty of up to £18m on Chattle.",
     "Chattle faces fines of up to £18m, the regulator said."),
    ("The league can hand Dunmore Athletic a penalty of up to €2m for the breach.",
     "Dunmore Athletic could face fines of up to €2m if the breach is proven."),
])
def test_fines_and_penalties_are_one_measure(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Law", "2027-06-28", first, "Wire"),
                                     "b.md": article("Rules", "2027-06-29", second, "Daily")})
    fines = claims[claims.metric.str.startswith("fine")]
    assert list(fines.status) == ["agreement"], claims[["entity", "metric", "status", "values"]].to_string()


@pytest.mark.parametrize("title, body", [
    ("Explainer: what Nebraska's age law means for your phone",
     "The law comes into force on Friday, July 2. Iowa's version does not begin until January 1, 2028."),
    ("Markets wrap: what the rate decision means",
     "The central bank announces its decision on Friday, July 2. Its next review is due on January 1, 2028."),
    ("Q&A: when the new stadium opens",
     "The stadium opens on Friday, July 2. A second stand follows on January 1, 2028."),
])
def test_a_colon_in_a_title_keeps_the_article_s_year(tmp_path, title, body):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.md").write_text(f"---\ntitle: {title}\npublished: 2027-06-29\n---\n{body}\n",
                                              encoding="utf-8")
    from newsreport.corpus.loader import load_corpus
    from newsreport.figures.extractor import figures_table
    table = figures_table(load_corpus(tmp_path / "corpus"))
    assert "2027-07-02" in set(table.date), table[["quote", "date"]].to_string()


@pytest.mark.parametrize("sentence, other", [
    ("Lumo, which hit No. 1 on Apple's US chart on Wednesday, reached No. 1 on the British App Store on Friday.",
     "Lumo reached No. 1 on the US App Store on Wednesday, May 5."),
    ("The game Tidepool topped the US App Store on Monday and climbed to No. 1 on the German App Store on Thursday.",
     "Tidepool was the top free app on Apple's US store on Monday, May 3."),
    ("Budget airline app Skyhop reached No. 1 on Apple's US chart on Tuesday and was No. 1 on the Japanese App Store "
     "on Saturday.", "Skyhop hit No. 1 on the US App Store on Tuesday, May 4."),
])
def test_each_day_of_a_climb_is_on_the_chart_written_nearest_it(tmp_path, sentence, other):
    claims = story_claims(tmp_path, {"a.md": article("Charts", "2027-05-08", sentence, "Wire"),
                                     "b.md": article("Top", "2027-05-08", other, "Daily")})
    ranks = claims[claims.metric.str.startswith("app_ranking")]
    us_days = ranks[ranks.scope == "US"]  # the other chart's day is not compared with the US one
    assert list(us_days.status) == ["agreement"] and us_days.iloc[0]["values"].count(";") == 1, \
        ranks[["entity", "metric", "scope", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("The Bank of England raised its key rate to 5% on Thursday.", "The Bank of Canada raised its key rate to 4.5% on Thursday."),
    ("The University of Leeds said it had 38,000 students this year.",
     "The University of Bristol said it had 29,000 students this year."),
    ("The Ministry of Health said 1,200 people were treated in hospital in June.",
     "The Ministry of Defence said 900 people were treated in hospital in June."),
])
def test_bodies_named_with_of_keep_their_whole_name(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("One", "2027-06-30", first, "Wire"),
                                     "b.md": article("Two", "2027-06-30", second, "Daily")})
    assert "conflict" not in set(claims.status) and "discrepancy" not in set(claims.status), \
        claims[["entity", "metric", "status", "values"]].to_string()
    # (the ministries are told apart on the previous code too, by the words after "of": a guard)
    assert not {"Bank", "University", "Ministry"} & set(claims.entity), claims[["entity", "metric", "values"]].to_string()


@pytest.mark.parametrize("title, first, second", [
    ("Payroll start-up Tallyfin raises $300 million",
     "Tallyfin has raised $300 million in a round that values the Austin company at $4.5 billion, its chief said.",
     "Investors valued Tallyfin at $4.5 billion in the round, the company said."),
    ("Grocer Pantrio opens 40 stores",  # (the tagger takes Denver and Charlotte for places: guards)
     "Pantrio opened 40 stores this year, and the Denver company now employs 12,000 people, it said.",
     "Pantrio employs about 12,000 people, according to the company."),
    ("Lender Quidwell posts record profit",
     "Quidwell reported a record year, and the Charlotte company said its profit reached $820 million in 2026.",
     "Quidwell's profit was $820 million in 2026, the lender said."),
])
def test_a_city_before_company_describes_the_company_named_before(tmp_path, title, first, second):
    claims = story_claims(tmp_path, {"a.md": article(title, "2027-03-02", first, "Wire"),
                                     "b.md": article(title, "2027-03-02", second, "Daily")})
    agreed = claims[claims.status == "agreement"]
    assert len(agreed) == 1 and agreed.iloc[0].entity == title.split()[2 if "start-up" in title else 1], \
        claims[["entity", "metric", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("In Odisha, 3.2 lakh people had been moved to cyclone shelters by Friday, officials said.",
     "Officials said about 320,000 people were evacuated in Odisha by Friday."),
    ("Some 14,000 residents of Kerala were relocated to relief camps as the floods rose, the state said.",
     "About 14,000 people were evacuated in Kerala as the floods rose."),
    ("In Guerrero, 5,600 people were moved to shelters as the hurricane neared, officials said.",
     "About 5,600 people were evacuated in Guerrero as the hurricane neared, officials said."),
])
def test_people_moved_to_shelters_are_people_evacuated(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Storm", "2027-05-25", first, "Wire"),
                                     "b.md": article("Relief", "2027-05-25", second, "Daily")})
    assert list(claims[claims.metric == "displaced_people"].status) == ["agreement"], \
        claims[["entity", "metric", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("In Texas, 43 people have been admitted to hospital since the outbreak began, the department said.",
     "In Texas, 43 people have been hospitalized since the outbreak began, officials said."),
    ("In Seville, about 210 people were taken to hospital during the heat wave, the city said.",
     "In Seville, some 210 people were hospitalised during the heat wave, the city said."),
    ("In Lagos, 65 passengers were rushed to hospitals after the crash, police said.",
     "In Lagos, 65 people were hospitalised after the crash, police said."),
])
def test_people_admitted_to_hospital_are_one_measure(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Outbreak", "2027-04-14", first, "Wire"),
                                     "b.md": article("Cases", "2027-04-14", second, "Daily")})
    assert list(claims[claims.metric.str.startswith("hospitalized")].status) == ["agreement"], \
        claims[["entity", "metric", "status", "values"]].to_string()


@pytest.mark.parametrize("titles, first, second", [
    (("Norland economy grows 0.4% in second quarter", "Norland's growth revised up"),
     "Output rose faster than expected. The economy grew 0.4% in the second quarter, the statistics office said.",
     "Officials revised their figures on Friday. The economy grew 0.6% in the second quarter, the office said."),
    (("Vellmark's jobless rate rises in June", "Vellmark unemployment climbs as employers cut staff"),
     "Employers cut staff again. The jobless rate rose to 5.2% in June, the statistics agency said.",
     "Hiring slowed further. The unemployment rate climbed to 5.2% in June, officials said."),
    (("Ostravia inflation eases to 3.1%", "Ostravia's inflation slows in May"),
     "Food prices fell. Annual inflation slowed to 3.1% in May, the statistics office said.",
     "Fuel got cheaper. Annual inflation eased to 3.1% in May, the office said."),
])
def test_a_national_rate_is_the_rate_of_the_place_its_headline_names(tmp_path, titles, first, second):
    claims = story_claims(tmp_path, {"a.md": article(titles[0], "2027-07-10", first, "Wire"),
                                     "b.md": article(titles[1], "2027-07-10", second, "Daily")})
    compared = claims[claims.status.isin(["agreement", "conflict"])]
    assert len(compared) == 1 and compared.iloc[0].entity, claims[["entity", "metric", "status", "values"]].to_string()
