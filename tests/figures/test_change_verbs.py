"""Direction of a change: a verb of change counts in every inflection, with a particle "back", and a
verb of small movement with a comparative before the amount. Sentences of our own from markets,
health, education, transport, farming, sport and app stories."""

import pytest

from newsreport.figures.change_verbs import DOWN_LEMMAS, UP_LEMMAS, verb_forms
from newsreport.figures.extractor import extract


def direction(sentence: str, quote: str) -> str:
    figure = next(f for f in extract(sentence) if quote in f.quote)
    return figure.direction


@pytest.mark.parametrize("sentence, quote, expected", [
    # -ing and -s forms, and participles, of verbs whose past tense was already read
    ("The ruble was tumbling 3% against the dollar by midday in Moscow.", "3%", "down"),
    ("Copper prices retreating 1.2% on Thursday dragged the miners with them.", "1.2%", "down"),
    ("Attendance at the folk festival has been shrinking 5% a year since the pandemic.", "5%", "down"),
    ("Mortgage applications sunk 8% over the holiday week.", "8%", "down"),
    ("The carrier's bookings advancing 6% helped the whole travel sector.", "6%", "up"),
    ("Orders contracting 4% in the quarter worried the factory's board.", "4%", "down"),
    # verbs of change that were missing in every form
    ("Enrolment at the community college dwindled 9% over two years.", "9%", "down"),
    ("Milk output eroded 2% as dairy farmers culled their herds.", "2%", "down"),
    ("Shares of the shoe retailer improved 4% in early trading.", "4%", "up"),
    ("Daily sign-ups for the photo app are receding 15% a week now that the rival is back.", "15%", "down"),
    # verbs of a fall or a slowing: a stock nosedives, sales slow, a market cools, demand softens
    ("The chipmaker's stock nosedived 18% after the earnings miss.", "18%", "down"),
    ("Home sales slowed 3% in December as mortgage rates rose.", "3%", "down"),
    ("Wage growth cooled 0.3 percentage points in November.", "0.3", "down"),
    ("Demand for the handheld console softened 1.8% after the holidays.", "1.8%", "down"),
    ("Passenger growth at the airport decelerated 2 points in the spring.", "2", "down"),
])
def test_every_inflection_of_a_verb_of_change_gives_a_direction(sentence, quote, expected):
    assert direction(sentence, quote) == expected


@pytest.mark.parametrize("sentence, quote, expected", [
    ("Home sales bounced back 3.5% in February after a weak winter.", "3.5%", "up"),
    ("Membership of the nurses' union climbed back 3% after two years of losses.", "3%", "up"),
    ("The chat app's ranking fell back 12 places once the outage ended.", "12", "down"),
    ("The city cut back bus service by 10% to save money.", "10%", "down"),
    ("Shares of the lender pulled back 2.3% from their record.", "2.3%", "down"),
    ("Sign-ups to the chat app pulled back 40% once the ban was lifted.", "40%", "down"),
    # "wipe out" in every form, as "wiped out" was
    ("The chipmaker's shares plunged, wiping out $589 billion in market value.", "$589 billion", "down"),
    ("A single bad harvest wipes out 30% of the farm's income.", "30%", "down"),
    ("The storm could wipe out 2 million acres of cotton.", "2 million", "down"),
])
def test_a_particle_back_keeps_the_verbs_direction(sentence, quote, expected):
    assert direction(sentence, quote) == expected


@pytest.mark.parametrize("sentence, quote, expected", [
    ("The pound edged higher by 0.3% after the inflation figures came out.", "0.3%", "up"),
    ("Bond yields ticked lower, 4 basis points, as traders priced in a cut.", "4 basis points", "down"),
    ("Wheat futures drifted lower 2% on forecasts of a large harvest.", "2%", "down"),
    ("Ticket prices for the final inched higher by about $15 overnight.", "$15", "up"),
])
def test_a_small_movement_with_a_comparative_before_the_amount_is_a_change(sentence, quote, expected):
    assert direction(sentence, quote) == expected


@pytest.mark.parametrize("sentence, quote", [
    ("Bids for the stadium must stay firm 30 days before the auction.", "30"),
    ("Flights to the lower 48 states resumed on Monday.", "48"),
    ("The league's title race is a narrow 2-point contest now.", "2"),
    ("Shares closed 1.1% higher on the day.", "1.1%"),  # a comparative after the amount: no direction
    ("Inflation slowed to 2.4% in September.", "2.4%"),  # the level reached: no direction
    ("The freight train slowed to 20 mph near the station.", "20"),
])
def test_words_that_only_look_like_change_give_no_direction(sentence, quote):
    figure = next((f for f in extract(sentence) if quote in f.quote), None)
    assert figure is None or figure.direction == ""


def test_every_lemma_yields_its_past_and_ing_forms():
    up, down = set(verb_forms(UP_LEMMAS)), set(verb_forms(DOWN_LEMMAS))
    assert {"rose", "risen", "rising", "rises", "leapt", "leaped", "bounced"} <= up
    assert {"fell", "fallen", "dropped", "dropping", "shedding", "sunk", "sank", "dove", "dived"} <= down
    assert "lower" not in down and "add" not in up  # bases that name other things


@pytest.mark.parametrize("sentence, quote, expected", [
    ("The euro weakened to $1.02, a loss of 1.5% on the day.", "1.5%", "down"),
    ("The FTSE closed the week with losses of 3.2 percent.", "3.2", "down"),
    ("Treasuries ended with a loss of nearly 40 basis points for the month.", "40", "down"),
    # a loss of money is the amount lost, a level, not a change
    ("The airline reported a loss of $2 billion for the year.", "$2 billion", ""),
])
def test_a_loss_of_a_share_or_points_is_a_fall(sentence, quote, expected):
    assert direction(sentence, quote) == expected


@pytest.mark.parametrize("sentence, quote, expected", [
    ("GDP shrank at an annualized rate of 0.3% in the first quarter.", "0.3%", "down"),
    ("The economy grew at an annual rate of 2.8% in the third quarter.", "2.8%", "up"),
    ("Home prices rose at a seasonally adjusted annual pace of 4.1% in March.", "4.1%", "up"),
])
def test_a_change_at_an_annual_rate_keeps_its_direction(sentence, quote, expected):
    assert direction(sentence, quote) == expected


@pytest.mark.parametrize("sentence, quote, expected", [
    # a market wins back or gives up ground; a climate, a business or a patient's state moves
    ("The shares recouped 2% in late trade after the chief executive's comments.", "2%", "up"),
    ("The ride-hailing app regained 12% of its lost drivers within a month.", "12%", "up"),
    ("Oil surrendered 1.5% after the weekly inventory data.", "1.5%", "down"),
    ("Global temperatures have warmed by 1.1C since pre-industrial times.", "1.1C", "up"),
    ("The lake warmed 2 degrees over the summer, biologists said.", "2 degrees", "up"),
    ("Operating margin deteriorated by 2 percentage points as freight costs rose.", "2", "down"),
    ("The patient's lung function deteriorated 15% in a year.", "15%", "down"),
    # a verb that lengthens or shortens its object, then "by" the amount
    ("The new battery extends the car's range by 60 miles.", "60 miles", "up"),
    ("The ministry extended the filing deadline by two weeks.", "two weeks", "up"),
    ("The league lengthened the season by 4 games.", "4 games", "up"),
    ("The update shortened charging time by 15 minutes.", "15 minutes", "down"),
    ("The court shortened his sentence by three years on appeal.", "three years", "down"),
])
def test_verbs_of_regaining_surrendering_and_lengthening_give_a_direction(sentence, quote, expected):
    assert direction(sentence, quote) == expected


@pytest.mark.parametrize("sentence, quote", [
    ("Visitors can expect a warm 25C afternoon on Saturday.", "25C"),
    ("Buyers may pay for an extended 10-year warranty.", "10-year"),
    ("The strike extended into a 3rd week.", "3rd"),
])
def test_such_verbs_as_adjectives_or_without_by_give_no_direction(sentence, quote):
    figure = next((f for f in extract(sentence) if quote in f.quote), None)
    assert figure is None or figure.direction == ""


@pytest.mark.parametrize("sentence, quote, expected", [
    # a noun of change that also names other things gives a direction to a share or points
    ("The blue chips staged a rally of 2.4% on Friday.", "2.4%", "up"),
    ("Shares of the drugmaker saw a rebound of 5% after the ruling.", "5%", "up"),
    ("The yen made an advance of 1.1 percent against the euro.", "1.1 percent", "up"),
    ("Hospital waiting times showed an improvement of 3 percent over the month.", "3 percent", "up"),
    ("The chat app's stock suffered a slide of 4% after the downgrade.", "4%", "down"),
    ("Yields saw a retreat of 20 basis points after the jobs report.", "20 basis points", "down"),
    ("The lender's shares had a sell-off of 7% in Milan.", "7%", "down"),
])
def test_a_noun_of_change_of_a_share_or_points_gives_a_direction(sentence, quote, expected):
    assert direction(sentence, quote) == expected


@pytest.mark.parametrize("sentence, quote", [
    ("Organisers said the rally of 5,000 supporters was peaceful.", "5,000"),
    ("The publisher paid the author an advance of $500,000.", "$500,000"),
    ("The exhibition opens with a slide of 30 photographs from the war.", "30"),
])
def test_such_a_noun_of_people_money_or_things_gives_no_direction(sentence, quote):
    assert direction(sentence, quote) == ""


@pytest.mark.parametrize("sentence, quote, expected", [
    ("The Nikkei ended up 0.8% at 33,450 on Tuesday.", "0.8%", "up"),
    ("Gold ended up 0.5 percent after the Fed minutes.", "0.5 percent", "up"),
    ("Shares of the airline ended up 2.1% on the day.", "2.1%", "up"),
])
def test_a_market_that_ends_up_a_share_rose(sentence, quote, expected):
    assert direction(sentence, quote) == expected


def test_ending_up_somewhere_is_no_rise():
    assert direction("The family ended up 40 miles from home after the storm.", "40 miles") == ""


@pytest.mark.parametrize("sentence, quote, expected", [
    # verbs of wearing down or dying away, and of quickening
    ("Battery capacity degrades by 20% after a thousand charging cycles.", "20%", "down"),
    ("Support for the governing party waned 4 points over the summer.", "4 points", "down"),
    ("Bond yields ebbed 0.2 percentage point after the auction.", "0.2", "down"),
    ("Hiring slackened 1.5% in the second half, the survey found.", "1.5%", "down"),
    ("River levels subsided 2 metres overnight after the storm.", "2 metres", "down"),
    ("The rally faded as shares of the bank faded 3% by the close.", "3%", "down"),
    ("Core inflation moderated 0.3 points in January.", "0.3", "down"),
    ("Growth in app downloads quickened 6% in the holiday season.", "6%", "up"),
])
def test_verbs_of_fading_and_quickening_give_a_direction(sentence, quote, expected):
    assert direction(sentence, quote) == expected


def test_moderate_as_an_adjective_gives_no_direction():
    assert direction("Economists expect moderate 2% growth next year.", "2%") == ""


@pytest.mark.parametrize("sentence, quote, expected", [
    # a bare base verb before a share or points: headlines and leads with a plural subject, infinitives
    ("Meta shares crater 20% after earnings miss", "20%", "down"),
    ("Stocks rally 2% as inflation cools", "2%", "up"),
    ("Oil prices tank 7% on demand fears", "7%", "down"),
    ("Chip stocks plummet 10 percent on new export curbs", "10 percent", "down"),
    ("Real wages improve 3% as energy bills fall", "3%", "up"),
    ("Analysts expect the yen to weaken 5% next year.", "5%", "down"),
    ("Treasuries could rally 10 points if the Fed cuts.", "10 points", "up"),
])
def test_a_bare_verb_of_change_before_a_share_gives_a_direction(sentence, quote, expected):
    assert direction(sentence, quote) == expected


@pytest.mark.parametrize("sentence, quote", [
    ("The bill passed with a narrow 51% majority.", "51%"),
    ("Relief goes to the lower 5% of earners.", "5%"),
    ("The court heard of a crash 40 years ago.", "40"),  # no share
    ("Investors saw the rally 5% short of its peak.", "5%"),  # an article before the noun
])
def test_such_a_base_after_an_article_or_before_no_share_gives_no_direction(sentence, quote):
    assert direction(sentence, quote) == ""


@pytest.mark.parametrize("sentence, quote, expected", [
    # the same change told for a second span or place, its verb left out: economy, markets, company
    # results, health and transport
    ("Factory output grew 2.1% in January and 1.4% in February, the agency said.", "1.4%", "up"),
    ("The lender's shares lost 3.2% on Monday and a further 1.9% on Tuesday.", "1.9%", "down"),
    ("Sales fell 4% in Europe, 6% in Asia and 2% in the Americas.", "6%", "down"),
    ("Sales fell 4% in Europe, 6% in Asia and 2% in the Americas.", "2%", "down"),
    ("Measles cases rose 30% in the north and 12% in the south over the winter.", "12%", "up"),
    ("Bus ridership dropped 8% in the first half and 5% in the second.", "5%", "down"),
    ("Pay rose 0.8 per cent in the quarter and 4.1 per cent through the year.", "4.1 per cent", "up"),
    # a share of something, a gap to a mark, or a new clause is no second change
    ("Revenue rose 8% in the quarter, 2% above what analysts expected.", "2%", ""),
    ("Bookings climbed 15% in March, and 40% of them came from abroad.", "40%", ""),
    ("Prices rose 3% in May and inflation was 2.6% a year earlier.", "2.6%", ""),
    ("The index gained 1.2% on Friday, 3% short of its record.", "3%", ""),
])
def test_a_change_told_for_a_second_span_shares_its_verbs_direction(sentence, quote, expected):
    assert direction(sentence, quote) == expected


@pytest.mark.parametrize("sentence, quote, expected", [
    # an amount taken "off" a value by a verb of removal is a fall (markets, retail, energy, transport)
    ("The profit warning wiped 12% off the insurer's market value.", "12%", "down"),
    ("The sale knocked $40 off the price of the headphones.", "$40", "down"),
    ("Cheaper gas shaved 0.4 points off the inflation rate.", "0.4", "down"),
    ("The new timetable lopped 15 minutes off the journey to the coast.", "15 minutes", "down"),
    ("Take 20% off all items this week.", "20%", ""),  # a discount offered, no change told
    # "off" that is no removal
    ("The divers clipped 3 lines off the coast of the island.", "3", ""),
    ("The wreck of the ferry lies 3 miles off the coast.", "3 miles", ""),
    ("The coach sent 2 players off the bench at half-time.", "2", ""),
])
def test_an_amount_taken_off_a_value_is_a_fall(sentence, quote, expected):
    assert direction(sentence, quote) == expected


@pytest.mark.parametrize("sentence, quote, expected", [
    # particle verbs and a verb of fast movement: markets, sport, retail, tech
    ("The Dow tacked on 0.4% in the final hour of trading.", "0.4%", "up"),
    ("The airline's shares clawed back 3.1% after the early sell-off.", "3.1%", "up"),
    ("Shares of the chip designer zoomed 15% on the takeover news.", "15%", "up"),
    ("The league leaders stretched their lead by four points on Saturday.", "four points", "up"),
    ("Zoom 5 features every remote worker should know", "5", ""),
])
def test_particle_verbs_and_fast_movement_give_a_direction(sentence, quote, expected):
    assert direction(sentence, quote) == expected


@pytest.mark.parametrize("sentence, quote, expected", [
    # text printed in lower case: a change whose verb is left out after "the" and a name (markets,
    # sales, sport attendance); a clause with its own verb takes nothing
    ("the dow fell 1.2% and the nasdaq 0.8% on tuesday.", "0.8%", "down"),
    ("sales at the chain rose 6%, and the online arm 14%.", "14%", "up"),
    ("crowds at the open dropped 9% and the final 4% this year.", "4%", "down"),
    ("the index fell 2% and the analysts expect 3% more.", "3%", ""),
])
def test_a_gapped_change_in_lower_case_text_shares_the_direction(sentence, quote, expected):
    assert direction(sentence, quote) == expected


@pytest.mark.parametrize("sentence, quote, expected", [
    # a hyphened adjective between the verb and its amount (economy, retail, tech)
    ("Output grew a better-than-expected 3.1% in the spring.", "3.1%", "up"),
    ("Toy sales increased by a double-digit 14% over the holidays.", "14%", "up"),
    ("Handset shipments fell a much-feared 9% in the quarter.", "9%", "down"),
    # the span of the change set off by commas before "by" (markets, road safety, hospitals)
    ("The index rose for a fourth straight session, by 0.4%.", "0.4%", "up"),
    ("Traffic deaths dropped for a second year running, by 4.2%.", "4.2%", "down"),
    ("Waiting times grew for the third month in a row, by 6 minutes.", "6 minutes", "up"),
    # an agent after "by" is no amount of the change
    ("Sales rose for the year, led by 12 stores in the north.", "12", ""),
    # "and then" before a further amount of the same change (retail, farming)
    ("Sales dropped 5% in May and then another 3% in June.", "3%", "down"),
    ("Milk yields rose 2% and then a further 1.5% as the weather warmed.", "1.5%", "up"),
])
def test_adjectives_spans_and_then_keep_the_direction_of_a_change(sentence, quote, expected):
    assert direction(sentence, quote) == expected


@pytest.mark.parametrize("sentence, quote, expected", [
    # verbs of a fall or a rise that were missing (energy, media, retail, company results, banking)
    ("Demand for diesel diminished by 4% over the summer.", "4%", "down"),
    ("The streaming service haemorrhaged 9% of its subscribers in a year.", "9%", "down"),
    ("Footfall in the arcade lessened by 3% after the car park closed.", "3%", "down"),
    ("The carmaker's losses deepened by 12% in the quarter.", "12%", "up"),
    # a verb that changes its object, with "by" (central banks, ratings, sport)
    ("The central bank upped its growth forecast by 0.5 percentage points.", "0.5", "up"),
    ("The agency downgraded the city's bonds by two notches.", "two notches", "down"),
    ("Bookmakers upgraded the club's title chances by 10 points.", "10 points", "up"),
    # noun forms stay none
    ("The ups and downs of 2 years in office wore him out.", "2 years", ""),
])
def test_more_verbs_of_change_and_of_changing_an_object(sentence, quote, expected):
    assert direction(sentence, quote) == expected
