"""Dated events whose actor is an institution: a central bank's rate decision (config `rate_cut`, `rate_rise`,
`rate_hold`) is its country's, however the bank is named; a witness telling lawmakers speaks at a hearing of the
company they lead; a block that comes into force is a ban; an operation taken up by a pronoun ("halted them")
is still that operation; and an event told beside a person is the company's that acts in it. Stories of our own:
central banks, a tech chief before senators, a drug maker, a sports league, an app block, a betting site, a
crypto lender, a carmaker."""

import pytest

from claims_fixtures import article, story_claims


def claims_of(tmp_path, first: str, second: str, metric: str):
    claims = story_claims(tmp_path, {"a.md": article("Story", "2026-10-16", first, outlet="Wire"),
                                     "b.md": article("Story", "2026-10-16", second, outlet="Paper")})
    return claims, claims[claims.metric.str.startswith(metric)]


def shown(claims):
    return claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second, metric, status", [
    ("The Reserve Bank of Ostrava lowered its cash rate to 3.1% on Tuesday, March 9, the first cut in two years.",
     "Borrowers in Ostrava welcomed the central bank's decision on 10 March to cut its rate to 3.1%.", "rate_cut", "conflict"),
    ("The Bank of Tessaly raised its benchmark interest rate to 5% on Thursday, May 6, to fight inflation.",
     "Ostrava's central bank kept its rate unchanged. Savers in Tessaly gained after the Bank of Tessaly hiked its "
     "main rate on 6 May.", "rate_rise", "agreement"),
    ("The Bank of Corlund left its policy rate unchanged on Wednesday, June 2, as growth in Corlund slowed.",
     "Corlund's central bank held its key rate steady on Thursday, June 3, economists said.", "rate_hold", "conflict"),
])
def test_a_central_banks_rate_decision_is_its_countrys(tmp_path, first, second, metric, status):
    claims, rows = claims_of(tmp_path, first, second, metric)
    assert list(rows.status) == [status], shown(claims)


@pytest.mark.parametrize("first, second", [
    # another month's decision is another meeting's
    ("The Bank of Tessaly cut its main rate on Thursday, March 4, in Tessaly's first cut this year.",
     "The Bank of Tessaly cut its main rate again on 29 April."),
    ("The Bank of Tessaly cut its main rate on Thursday, March 4, as prices in Tessaly fell.",
     "The Bank of Tessaly lowered its main rate on 6 May, its second cut of the year."),
    # a decision expected is no decision; a lender's rates are no central bank's
    ("The Bank of Tessaly cut its main rate on Thursday, March 4, as prices in Tessaly fell.",
     "The Bank of Tessaly is expected to cut its main rate on 5 March, economists in Tessaly said."),
    ("The Bank of Corlund cut its key rate on Thursday, Oct. 8, as growth in Corlund slowed.",
     "Economists in Corlund expect the Bank of Corlund to cut its key rate again on 22 October."),
    ("The US central bank raised its key rate on Wednesday, Oct. 7, as prices in the US rose.",
     "Traders in the US think the US central bank could raise its key rate on Oct. 28."),
    ("Hollin Bank lowered its rates on Monday, March 8, for savers.", "Hollin Bank cut its rates on Tuesday, March 9."),
    ("Hollin Bank is Britain's oldest lender. The bank cut its rates on Monday, March 8, for savers in Britain.",
     "Hollin Bank lowered its rates for savers in Britain on Tuesday, March 9."),
])
def test_rate_decisions_apart_expected_or_a_lenders_do_not_conflict(tmp_path, first, second):
    claims, rows = claims_of(tmp_path, first, second, "rate_")
    assert "conflict" not in set(rows.status) and "discrepancy" not in set(rows.status), shown(claims)


@pytest.mark.parametrize("first, second, entity, status", [
    ("Brisko's chief executive, Dana Holt, told lawmakers on Tuesday, June 8, that the app removes fake accounts.",
     "Dana Holt, the head of Brisko, testified before the House Energy Committee on Wednesday, June 9.",
     "Brisko", "conflict"),
    ("The chief executive of Meridell, Paul Aster, insisted to senators on 3 March that its drug prices were fair.",
     "Meridell's boss, Paul Aster, appeared before the Senate health committee on March 4.", "Meridell", "conflict"),
    ("Premier Rugby chairman Kevan Doyle told MPs on 12 May that the league would survive.",
     "Kevan Doyle, chairman of Premier Rugby, appeared before a parliamentary committee on May 12.",
     "Premier Rugby", "agreement"),
    ("The High Court will hear Zappa's petition on 20 October, its lawyers said.",
     "Zappa has challenged the ban. Zappa, which has 9 million users in Kenya, says it is unlawful, and the matter is "
     "listed for hearing on October 20.",
     "Zappa", "agreement"),
])
def test_a_hearing_is_the_company_whose_chief_testifies(tmp_path, first, second, entity, status):
    claims, rows = claims_of(tmp_path, first, second, "hearing")
    assert list(zip(rows.entity, rows.status)) == [(entity, status)], shown(claims)


@pytest.mark.parametrize("first, second, metric, entity", [
    ("The government blocked the messaging app Pingo on security grounds. The block came into force on Monday, March 2.",
     "The ban on Pingo took effect on March 3, the ministry said.", "ban_takes_effect", "Pingo"),
    ("Regulators blocked the betting site Luckro last week. The block took effect on Friday, May 8, officials said.",
     "Luckro's ban took effect on 9 May.", "ban_takes_effect", "Luckro"),
    ("Customers said withdrawals at Kivex slowed on Friday, and the exchange halted them on Saturday, Oct. 3.",
     "Kivex froze withdrawals on Sunday, Oct. 4, citing market turmoil.", "withdrawals_halted", "Kivex"),
    ("Brevik builds vans in Osby. Production at the plant had slowed for weeks before the carmaker halted it on "
     "Monday, March 9.",
     "Brevik suspended production at Osby on Tuesday, March 10.", "production_halted", "Brevik"),
    ("Kivex, a crypto lender, grew fast. Mara Lind, 41, had her savings there. On 4 October, the day the exchange froze "
     "withdrawals, she was about to pay her rent.",
     "Kivex halted withdrawals on Saturday, Oct. 3, citing market turmoil.", "withdrawals_halted", "Kivex"),
])
def test_a_block_a_pronoun_object_and_a_company_beside_a_person(tmp_path, first, second, metric, entity):
    claims, rows = claims_of(tmp_path, first, second, metric)
    assert list(zip(rows.entity, rows.status)) == [(entity, "conflict")], shown(claims)


@pytest.mark.parametrize("first, second, metric, entity", [
    ("Zivo, the chat app, climbed to No. 1 on the US App Store on Monday, Oct. 12.",
     "Everyone counts Zivo differently. Appmetric, the download tracker, counted 2 million downloads. The app reached No. 1 "
     "on the App Store in the US on October 12.", "app_ranking", "Zivo"),
    ("The streaming app Lumo went dark for US users on Sunday, Oct. 11.",
     "Lumo lost users fast. Streamline, a market-data analytics firm, put its audience at 9 million. The app went dark "
     "on Sunday, Oct. 11.", "service_shutdown", "Lumo"),
    ("Crypto lender Kivex halted withdrawals on Saturday, Oct. 10.",
     "Kivex had grown fast. Chainwatch, the blockchain analytics firm, tracked $200 million leaving. The lender halted "
     "withdrawals on Saturday, Oct. 10.", "withdrawals_halted", "Kivex"),
])
def test_a_firm_described_as_a_source_is_not_the_app(tmp_path, first, second, metric, entity):
    claims, rows = claims_of(tmp_path, first, second, metric)
    assert list(zip(rows.entity, rows.status)) == [(entity, "agreement")], shown(claims)


@pytest.mark.parametrize("first, second", [
    ("Brisko's chief executive, Dana Holt, told lawmakers on Tuesday, June 8, that the app removes fake accounts.",
     "Dana Holt, the head of Brisko, told lawmakers in a letter on Friday, June 4, that fake accounts were falling."),
    ("Meridell's boss, Paul Aster, appeared before the Senate health committee on March 4.",
     "Meridell's boss, Paul Aster, told senators in a statement on March 9 that prices would fall."),
    ("Premier Rugby chairman Kevan Doyle told MPs on 12 May that the league would survive.",
     "Premier Rugby chairman Kevan Doyle assured MPs in an email on 2 May that wages would be paid."),
])
def test_telling_lawmakers_in_a_letter_is_no_hearing(tmp_path, first, second):
    claims, rows = claims_of(tmp_path, first, second, "hearing")
    assert "conflict" not in set(rows.status) and "discrepancy" not in set(rows.status), shown(claims)


@pytest.mark.parametrize("first, second, metric, status", [
    ("The Bank of Corlund announced a quarter-point cut on Thursday, Oct. 8, as inflation in Corlund eased.",
     "The Bank of Corlund cut borrowing costs on 7 October, its first move this year.", "rate_cut", "conflict"),
    ("The US central bank raised its key rate on Wednesday, Oct. 7, as prices in the US rose.",
     "Savers in the US will earn more after the US central bank lifted its main rate on 7 October.", "rate_rise",
     "agreement"),
    ("The Reserve Bank of Ostrava kept its cash rate at 4% on Tuesday, Oct. 6, as prices in Ostrava rose.",
     "The Reserve Bank of Ostrava left its cash rate unchanged on 6 October.", "rate_hold", "agreement"),
    ("Dana Holt, Brisko's chief executive, was grilled by senators on Tuesday, June 8, over fake accounts.",
     "Brisko's chief executive, Dana Holt, testified before the Senate Commerce Committee on June 9.", "hearing",
     "conflict"),
])
def test_more_wordings_of_rate_decisions_and_hearings(tmp_path, first, second, metric, status):
    claims, rows = claims_of(tmp_path, first, second, metric)
    assert list(rows.status) == [status], shown(claims)


@pytest.mark.parametrize("first, second", [
    ("Brisko's chief executive, Dana Holt, testified before the Senate Commerce Committee on Tuesday, Oct. 6.",
     "A House panel has scheduled its own hearing on Brisko for Oct. 20, with Dana Holt, Brisko's chief executive."),
    ("Meridell's boss, Paul Aster, appeared before the Senate health committee on March 4.",
     "Meridell's boss, Paul Aster, faces another hearing before the House on March 18."),
    ("The High Court heard Zappa's petition on 5 October. Zappa wants the ban lifted.",
     "Zappa's case goes to a second hearing on 19 October, its lawyers said."),
])
def test_another_hearing_is_another_event(tmp_path, first, second):
    claims, rows = claims_of(tmp_path, first, second, "hearing")
    assert "conflict" not in set(rows.status) and "discrepancy" not in set(rows.status), shown(claims)


@pytest.mark.parametrize("first, second, entity", [
    ("Brisko chief executive Dana Holt testified before the Senate Commerce Committee on Wednesday, Oct. 7.",
     "At the Senate hearing on Thursday, Oct. 8, Holt told lawmakers that Brisko deletes fake accounts.", "Brisko"),
    ("Paul Aster, the head of Meridell, appeared before the Senate health committee on March 4.",
     "Aster's appearance before the Senate committee on March 5 lasted three hours.", "Meridell"),
    ("Kestrel Air chief executive Chen Wei appeared before a parliamentary committee on 12 May.",
     "Chen's appearance before MPs on 13 May was tense.", "Kestrel Air"),
])
def test_a_witness_named_alone_is_the_company_another_article_says_they_lead(tmp_path, first, second, entity):
    claims, rows = claims_of(tmp_path, first, second, "hearing")
    assert list(zip(rows.entity, rows.status)) == [(entity, "conflict")], shown(claims)
