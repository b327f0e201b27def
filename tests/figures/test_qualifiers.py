"""Hedge words and the direction of a change."""

import pytest

from newsreport.figures.extractor import extract


@pytest.mark.parametrize("text, value", [
    ("Revenue fell 2.1% last quarter.", 2.1),
    ("Exports dropped by 4% in March.", 4),
    ("Its shares slid 7.5 percent on Friday.", 7.5),
])
def test_a_fall_goes_down(text, value):
    fell = next(f for f in extract(text) if f.kind == "percent")
    assert (fell.value, fell.direction) == (value, "down")


@pytest.mark.parametrize("text, qualifier", [
    ("The video app counts about 300 million monthly users.", "approx"),
    ("It is now worth more than $17 billion.", "more_than"),
    ("Fewer than 700,000 users signed up.", "less_than"),
    ("Fines could reach up to 6% of turnover.", "at_most"),
    ("The park drew 15,000+ visitors.", "at_least"),
])
def test_hedges_become_qualifiers(text, qualifier):
    assert [f.qualifier for f in extract(text)] == [qualifier]


@pytest.mark.parametrize("text, direction", [
    ("Shares plunged around 17% on Monday.", "down"),
    ("Daily users jumped by over 110%.", "up"),
    ("The Nasdaq shed 3%.", "down"),
])
def test_verbs_of_change_give_a_direction(text, direction):
    assert next(f for f in extract(text) if f.kind == "percent").direction == direction


@pytest.mark.parametrize("text, value, qualifier", [
    ("Parcels worth $800 or less enter duty-free.", 800, "at_most"),
    ("Firms with 50 employees or fewer are exempt.", 50, "at_most"),
    ("Loans of 5% or lower were offered.", 5, "at_most"),
    ("Towns of 10,000 people or more voted.", 10000, "at_least"),
])
def test_qualifiers_written_after_the_number(text, value, qualifier):
    figure = next(f for f in extract(text) if f.value == value)
    assert figure.qualifier == qualifier


@pytest.mark.parametrize("text, direction", [
    ("Copper rebounded 2% after a week of losses.", "up"),
    ("The pound firmed 0.3% against the euro.", "up"),
    ("Oil recovered 1.5 percent on Tuesday.", "up"),
    ("The yen weakened 0.4% against the dollar.", "down"),
    ("Tech stocks tanked 6% in a single session.", "down"),
    ("The shares gave up 2% in late trade.", "down"),
    ("The token gave back 3.5% of its gains.", "down"),
])
def test_more_verbs_of_change_give_a_direction(text, direction):
    assert next(f for f in extract(text) if f.kind == "percent").direction == direction


@pytest.mark.parametrize("text, direction", [
    ("Costs rose sharply, by 18 percent, over the period.", "up"),
    ("Sales dipped slightly, by 0.5%, in May.", "down"),
    ("Exports grew again, by 4.2%, the agency said.", "up"),
])
def test_a_change_set_off_by_a_comma_keeps_its_direction(text, direction):
    assert next(f for f in extract(text) if f.kind == "percent").direction == direction


@pytest.mark.parametrize("text", [
    ("The team gave up 2 goals in the first half."),
    ("Fans picked up 300 tickets at the gate."),
    ("The firm set up 12 offices abroad."),
])
def test_phrasal_up_that_is_not_a_rise_gives_no_up(text):
    assert all(f.direction != "up" for f in extract(text))


@pytest.mark.parametrize("text, quote, direction", [
    ("The index shed 120 points, or 0.9%, to 13,100.", "0.9%", "down"),
    ("Sales rose $40 million, or 6 percent, in the quarter.", "6 percent", "up"),
    ("The fund lost 2,000 members, or 4%, last year.", "4%", "down"),
])
def test_a_change_restated_after_or_shares_its_direction(text, quote, direction):
    assert next(f for f in extract(text) if f.quote == quote).direction == direction


def test_alternatives_joined_by_or_stay_without_a_direction():
    assert [f.direction for f in extract("Tickets cost $20, or $25 at the door.")] == ["", ""]


@pytest.mark.parametrize("text, value", [
    ("Officials said 60-odd ballots were spoiled.", 60.0),
    ("The band toured for 30 odd years.", 30.0),
    ("Some 200-odd delegates attended.", 200.0),
])
def test_odd_after_a_number_is_approximate(text, value):
    figure = next(f for f in extract(text) if f.value == value)
    assert figure.qualifier == "approx"


@pytest.mark.parametrize("text, direction", [
    ("Japan's Nikkei off 0.4%, while Seoul was flat.", "down"),
    ("Brent was off 1.2% in early trade.", "down"),
    ("The Hang Seng lost ground, shedding 1.2 per cent.", "down"),
    ("Revenue was up a healthy 12% on the year.", "up"),
    ("Shares fell a further 2.5% on Tuesday.", "down"),
])
def test_market_phrasing_of_a_change(text, direction):
    assert next(f for f in extract(text) if f.kind == "percent").direction == direction


@pytest.mark.parametrize("text", [
    "The plant laid off 200 workers in March.",
    "Take 20% off all items this week.",
    "Prices rose to a record 5% in May.",
])
def test_off_or_a_level_reached_is_no_change(text):
    assert all(f.direction == "" for f in extract(text))


@pytest.mark.parametrize("text, quote", [
    ("The jet programme costs $1.7 trillion over 66 years.", "66 years"),
    ("The fund returned 12.5% annually over five years.", "five years"),
    ("Savings reach 40 million euros over a decade, or 4 million over 10 years.", "10 years"),
])
def test_over_a_period_after_an_amount_is_the_span_it_accrues_over(text, quote):
    figure = next(f for f in extract(text) if f.quote == quote)
    assert figure.qualifier == "exact"


@pytest.mark.parametrize("text, quote", [
    ("He worked at the plant for over 20 years.", "over 20 years"),
    ("Talks lasted over 3 hours on Monday.", "over 3 hours"),
    ("It was the lowest level in over 10 years.", "over 10 years"),
])
def test_over_a_period_with_no_amount_before_is_more_than(text, quote):
    figure = next(f for f in extract(text) if f.quote == quote)
    assert figure.qualifier == "more_than"


@pytest.mark.parametrize("text, qualifier", [
    ("The unemployment rate ticked up to 3.9% in March.", "exact"),
    ("Petrol prices went up to $5 a gallon.", "exact"),
    ("The forecast was revised up to 4.5 percent.", "exact"),
    ("Fines of up to 6% of turnover apply.", "at_most"),
    ("The drive can store up to 500 files.", "at_most"),
])
def test_up_to_after_a_verb_of_movement_is_where_it_ended(text, qualifier):
    assert [f.qualifier for f in extract(text) if f.kind != "date"] == [qualifier]


@pytest.mark.parametrize("text", [
    "The firm cut a deal with 5 suppliers.",
    "Officials dropped a plan for 40 new homes.",
    "The club lost a match in 3 sets.",
])
def test_a_verb_of_change_with_its_own_object_gives_the_number_no_direction(text):
    assert all(f.direction == "" for f in extract(text))


@pytest.mark.parametrize("text, quote, direction", [
    ("Monthly users reached 310 million, an increase of 25 million on the quarter.", "25 million", "up"),
    ("The index posted a decline of 2.3% over the week.", "2.3%", "down"),
    ("Hospitals reported a sharp drop of about 400 admissions in July.", "about 400 admissions", "down"),
    ("Farmers expect a rise of 4 percent in wheat prices.", "4 percent", "up"),
    ("The plan allows fare hikes of up to 6% a year.", "up to 6%", "up"),
])
def test_a_noun_of_change_gives_the_amount_after_of_its_direction(text, quote, direction):
    figure = next(f for f in extract(text) if f.quote == quote)
    assert figure.direction == direction


@pytest.mark.parametrize("text", [
    "Stores saw a 3% drop in footfall.",
    "A loss of 61 cents a share was forecast.",
    "The club's share of the vote was 40%.",
])
def test_an_amount_before_a_noun_of_change_or_of_a_level_has_no_direction(text):
    assert all(f.direction == "" for f in extract(text))


@pytest.mark.parametrize("text", [
    "Sales of the console were off by 8% in the quarter.",
    "Attendance was off by nearly 2,000 on last season.",
    "Copper closed off by 1.5 percent.",
])
def test_off_by_an_amount_is_a_fall(text):
    assert [f.direction for f in extract(text) if f.kind in ("percent", "count")] == ["down"]


@pytest.mark.parametrize("text, value, quote", [
    ("The streaming app topped 10 million downloads within a week.", 10_000_000, "topped 10 million downloads"),
    ("Bitcoin topped $100,000 for the first time on Thursday.", 100_000, "topped $100,000"),
    ("The film topped one million admissions in France.", 1_000_000, "topped one million admissions"),
])
def test_topped_before_an_amount_is_more_than_and_no_rank(text, value, quote):
    figures = extract(text)
    assert not any(f.kind == "rank" for f in figures)
    figure = next(f for f in figures if f.value == value)
    assert (figure.quote, figure.qualifier) == (quote, "more_than")


@pytest.mark.parametrize("text, quote", [
    ("The central bank raised rates by 25 basis points.", "25 basis points"),
    ("The council raised the parking fee by $2 an hour.", "$2"),
    ("Ofgem is raising the price cap by 1.2% from October.", "1.2%"),
])
def test_raised_by_an_amount_is_a_rise(text, quote):
    assert next(f for f in extract(text) if f.quote == quote).direction == "up"


@pytest.mark.parametrize("text", [
    "The start-up raised $250 million from investors.",
    "Volunteers raised 3,000 euros for the shelter.",
    "The campaign has raised over $1 million so far.",
])
def test_money_raised_is_no_rise(text):
    assert all(f.direction == "" for f in extract(text))


@pytest.mark.parametrize("text", [
    "Euro-area output grew 0.3% q/q and 1.1% y/y.",
    "Rents rose 2% on the month and 5% on the year.",
    "Imports and exports fell 3% and 4% respectively.",
])
def test_the_same_change_over_a_second_span_shares_its_direction(text):
    directions = [f.direction for f in extract(text) if f.kind == "percent"]
    assert len(directions) == 2 and len(set(directions)) == 1 and directions[0] in ("up", "down")


def test_a_share_after_and_is_no_second_change():
    figures = [f for f in extract("Sales rose 5% and 40% of buyers were new.") if f.kind == "percent"]
    assert [f.direction for f in figures] == ["up", ""]


@pytest.mark.parametrize("text, direction", [
    ("Tech stocks: Apple +1.2%, chipmakers mixed.", "up"),
    ("The Dow was +150 points at midday.", "up"),
    ("Night temperatures will reach +5C in the valleys.", ""),
    ("Highs of +3 degrees are forecast for Oslo.", ""),
])
def test_a_plus_sign_is_a_rise_but_not_on_a_temperature(text, direction):
    figure = next(f for f in extract(text) if f.kind in ("percent", "other"))
    assert figure.direction == direction


@pytest.mark.parametrize("text, quote, direction", [
    ("The drug cut the risk of death by 20% in the trial.", "20%", "down"),
    ("Boards boosted the share of women directors by 5 points.", "5 points", "up"),
    ("The city reduced the size of its bus fleet by 12.", "12", "down"),
])
def test_a_verb_that_changes_its_object_gives_the_amount_after_by_its_direction(text, quote, direction):
    assert next(f for f in extract(text) if f.quote == quote).direction == direction


def test_an_amount_after_by_with_no_verb_of_change_has_no_direction():
    figures = extract("Shares fell after the company was hit by 20% tariffs.")
    assert next(f for f in figures if f.kind == "percent").direction == ""


@pytest.mark.parametrize("text, direction", [
    ("Operating margins widened 120 bps in the half.", "up"),
    ("The trade gap narrowed 8% in March.", "down"),
    ("Credit spreads were widening by 15 basis points a week.", "up"),
])
def test_a_gap_that_widens_or_narrows_moves(text, direction):
    assert next(f for f in extract(text) if f.kind in ("percent", "other")).direction == direction


@pytest.mark.parametrize("text, direction", [
    # a verb of change is a whole word: "Downloads", "Upgrades", "downtime" name things, not moves
    ("Downloads spiked by more than 200% in the US after the ban.", "up"),
    ("Downloads of the game rose 35% over the holiday weekend.", "up"),
    ("Upgrades to the premium tier fell 12% in the quarter.", "down"),
    ("Server downtime grew by 10% last year, the audit found.", "up"),
])
def test_a_verb_of_change_is_a_whole_word(text, direction):
    assert next(f for f in extract(text) if f.kind == "percent").direction == direction


@pytest.mark.parametrize("text, direction", [
    ("Economists expect prices to climb another 2% next year.", "up"),
    ("The pound fell another 1.4 percent against the dollar on Tuesday.", "down"),
    ("Enrolment could shrink another 5% by the autumn, the university warned.", "down"),
])
def test_another_before_the_amount_keeps_the_direction(text, direction):
    assert next(f for f in extract(text) if f.kind == "percent").direction == direction


@pytest.mark.parametrize("text, quote, direction", [
    ("The rupee depreciated 2.3% against the dollar last month.", "2.3%", "down"),
    ("The yuan appreciated 0.4 percent after the central bank's fixing.", "0.4 percent", "up"),
    ("The cost of the stadium project ballooned by $400 million.", "$400 million", "up"),
    ("Claims for sick pay mushroomed by 60% over the winter.", "60%", "up"),
    ("Factory wages picked up 0.4% in November, the ministry said.", "0.4%", "up"),
    ("The Lakers picked up 3 wins on the road trip.", "3 wins", ""),  # a gain of a team, no rise
])
def test_currency_and_cost_verbs_and_a_rate_picking_up(text, quote, direction):
    assert next(f for f in extract(text) if f.quote == quote).direction == direction


@pytest.mark.parametrize("text, directions", [
    # a change listed after the first with its verb left out shares its direction
    ("Germany's DAX rose 1.2%, France's CAC 40 0.8% and Britain's FTSE 100 0.5%.", ["up", "up", "up"]),  # markets
    ("The Nikkei fell 1.1% and the Hang Seng 2.3% on Friday.", ["down", "down"]),                       # markets
    ("Apple rose 2%, Microsoft 1.5%, while Nvidia fell 3%.", ["up", "up", "down"]),                    # stocks
    ("Sales rose 5% and Amazon said 40% of buyers were new.", ["up", ""]),                             # retail
    ("Prices fell 3%, and 20% of stores closed.", ["down", ""]),                                       # retail
])
def test_a_change_with_its_verb_left_out_in_a_list(text, directions):
    assert [f.direction for f in extract(text) if f.kind == "percent"] == directions


@pytest.mark.parametrize("text, value", [
    ("Repairs to the sea wall will cost in the region of $2 million, the council said.", 2_000_000),
    ("The drought in the south has lasted more or less 18 months.", 18),
    ("The software firm employs 2,000 people, give or take.", 2000),
    ("Close on 700 flights were cancelled across the region by the storm.", 700),
    ("Polls suggest the mayor's lead is in the region of 6 points.", 6),
])
def test_hedges_of_an_approximate_amount(text, value):
    figure = next(f for f in extract(text) if f.value == value)
    assert figure.qualifier == "approx"


@pytest.mark.parametrize("text, value", [
    ("Patients waited an average of 41 minutes in the emergency room.", 41),
    ("Listings in the suburb stay on the market an average of 52 days.", 52),
    ("The fund's managers beat the index by an average of 3 points a year.", 3),
])
def test_an_average_is_no_hedge(text, value):
    figure = next(f for f in extract(text) if f.value == value)
    assert figure.qualifier == "exact"


@pytest.mark.parametrize("text, value", [
    ("The poll's margin of error is plus or minus 3.1 percentage points.", 3.1),        # polling
    ("The scale is accurate to plus/minus 0.5 grams, the maker says.", 0.5),            # consumer tech
    ("Forecasters put the storm's track error at plus or minus 40 miles.", 40),         # weather
])
def test_a_margin_plus_or_minus_has_no_sign(text, value):
    assert value in [f.value for f in extract(text)]


@pytest.mark.parametrize("text, qualifier", [
    ("A third of TikTok users said they had tried at least one other app.", "at_least"),  # apps
    ("The bill would stop any family owning more than one holiday home.", "more_than"),   # housing
    ("Each patient may bring up to two visitors.", "at_most"),                            # health
])
def test_a_hedged_number_word_counts_without_a_noun(text, qualifier):
    assert qualifier in [f.qualifier for f in extract(text) if f.kind == "count"]


@pytest.mark.parametrize("text, quote, qualifier", [
    # "barely" and "scarcely" hedge the amount (just about it), as news annotation (CQE's bounds) reads them
    ("The measure passed with barely 51% of the vote.", "51%", "approx"),
    ("The striker has scored scarcely 10 goals in two seasons.", "10", "approx"),
    ("The new app drew barely 3,000 downloads in its first week.", "3,000", "approx"),
    # "a shade under/over" is a bound, as "just under/over" is
    ("The marathon winner finished in a shade under 2 hours 5 minutes.", "2 hours", "less_than"),
    ("The painting sold for a shade over $4 million at auction.", "$4 million", "more_than"),
    ("Turnout was a shade under 60% in the capital.", "60%", "less_than"),
    # "beneath" is below
    ("Temperatures fell beneath 10 degrees overnight in the valley.", "10 degrees", "less_than"),
    ("Shares of the retailer slipped beneath $20 for the first time.", "$20", "less_than"),
    ("The lake's level dropped beneath 300 metres above sea level.", "300 metres", "less_than"),
])
def test_barely_and_beneath_are_hedges_and_a_shade_keeps_the_bound(text, quote, qualifier):
    figure = next(f for f in extract(text) if quote in f.quote)
    assert figure.qualifier == qualifier


@pytest.mark.parametrize("text, quote, direction", [
    # a verb that changes its object, the object, then a share or points with no "by"
    ("The company hiked prices 8% in March, blaming freight costs.", "8%", "up"),
    ("The carrier is raising fares 5% from June.", "5%", "up"),
    ("The hospital group is trimming its headcount 10% this year.", "10%", "down"),
    ("Apple lifted its quarterly dividend 4% on Thursday.", "4%", "up"),
    ("The central bank lowered its benchmark rate 25 basis points.", "25 basis points", "down"),
    ("The school board reduced class sizes 15 percent over five years.", "15 percent", "down"),
])
def test_a_verb_changing_its_object_gives_a_share_after_the_object_its_direction(text, quote, direction):
    figure = next(f for f in extract(text) if quote in f.quote)
    assert figure.direction == direction


@pytest.mark.parametrize("text, quote", [
    ("The council raised concerns that 40% of homes were damp.", "40%"),
    ("The pay cut affected 40% of staff at the plant.", "40%"),
    ("Tax increases hit 30% of households hardest.", "30%"),
    ("The bank raised its stake to 5% on Monday.", "5%"),
])
def test_a_clause_or_a_noun_after_such_a_verb_gives_no_direction(text, quote):
    figure = next(f for f in extract(text) if quote in f.quote)
    assert figure.direction == ""


@pytest.mark.parametrize("sentence, quote", [
    # "near" before an amount hedges it (markets, weather, fundraising)
    ("Bitcoin was trading near $64,000 on Sunday evening.", "$64,000"),
    ("Temperatures near 40C are forecast for the weekend.", "40C"),
    ("The appeal has raised near 2 million pounds so far.", "2 million pounds"),
])
def test_near_before_an_amount_is_approximate(sentence, quote):
    figure = next(f for f in extract(sentence) if quote in f.quote)
    assert figure.qualifier == "approx"


@pytest.mark.parametrize("sentence, quote, expected", [
    # "over" a duration after a verb of spreading out in time is the span, no bound (finance, tax,
    # benefits, transport); after "for" or before money it stays "more than"
    ("The student loan is repaid over 25 years.", "25 years", "exact"),
    ("The new levy will be phased in over three years.", "three years", "exact"),
    ("Compensation payments are spread over six months.", "six months", "exact"),
    ("The new bus fleet will be rolled out over 18 months.", "18 months", "exact"),
    ("She has coached the team for over 20 years.", "20 years", "more_than"),
    ("The fund invested over $2 billion in wind farms.", "$2 billion", "more_than"),
])
def test_over_a_duration_after_a_verb_of_spreading_is_the_span(sentence, quote, expected):
    figure = next(f for f in extract(sentence) if quote in f.quote)
    assert figure.qualifier == expected


@pytest.mark.parametrize("sentence, quote, expected", [
    # "top" as a verb after a modal or "to" is "more than" (weather, company, media, trade); a ranking's
    # "top 5" stays a rank
    ("Temperatures could top 40C in the capital on Friday.", "40C", "more_than"),
    ("Sales of the console are expected to top $1 billion this year.", "$1 billion", "more_than"),
    ("The trailer will top 100 million views by Sunday, the studio said.", "100 million", "more_than"),
    ("Grain exports may top 2 million tonnes in the season.", "2 million", "more_than"),
])
def test_top_as_a_verb_after_a_modal_is_more_than(sentence, quote, expected):
    figure = next(f for f in extract(sentence) if quote in f.quote)
    assert figure.qualifier == expected


def test_a_rankings_top_5_is_no_bound():
    assert all(f.qualifier != "more_than" for f in extract("The game climbed to top 5 overall on the chart."))


@pytest.mark.parametrize("text, qualifier", [
    ("Voltara handed over 84,000 cars to customers in the quarter.", "exact"),
    ("The chain turned over $5 billion in sales.", "exact"),
    ("Fans forked over $300 for a seat.", "exact"),
    # a verb that takes "over" either way keeps the hedge: more than 300 passengers
    ("The ferry carried over 300 passengers.", "more_than"),
    ("The team won over 50 medals.", "more_than"),
])
def test_over_as_a_verbs_particle_is_no_hedge(text, qualifier):
    """"over" after "handed", "turned" or "forked" is the verb's particle, not "more than"."""
    assert [f.qualifier for f in extract(text)] == [qualifier]
