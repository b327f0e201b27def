"""The paraphrase check (`tests/claims/paraphrase/`, scored by `benchmarks/claims_paraphrase.py`):
invented outlets state one figure or one event in different words ("its user base passed 60
million" / "is used by more than 60 million people"; "valued at" / "a valuation of"; "on Monday" /
"Jan. 13" / "the 13th"; "in the US" / "American users") and the ledger must key them alike; figures
that only look alike (another scope, period, measure or owner, a plan, a series) must stay apart.

The tuning half was read while the claims rules were written: each of its gold rows is a test. A
check half is written first and not tuned on: its recall is measured by the benchmark, and here
only what a user relies on whatever the wording: no false conflict, no look-alike pair joined."""

import collections
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = importlib.util.spec_from_file_location("claims_paraphrase", ROOT / "benchmarks" / "claims_paraphrase.py")
paraphrase = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(paraphrase)

# Tuning rows the ledger still misses, with the reason (a strict xfail: fixing one shows up here)
KNOWN_MISSES = {
    ("kestrel", 1): "'is bigger than Vantor, with 2,000 employees': the 'with' phrase is read as the subject's",
    ("haleair", 0): "things affected are keyed by their wording: 'grounding 300 flights' (dated by the strike's day), "
                    "'about 300 cancelled flights' and '450 flights were cancelled' are not one measure",
    ("zembla_parcels", 0): "'1.2 billion small parcels' and 'shipments' are two measures: a size word is kept in the key",
    # the check half of the fifth session, moved here once scored (its misses were read)
    ("corvex", 2): "'The AI startup employs 400 people' is parsed with a noun as its root: no owner",
    # the check half of the sixth session, moved here once spent (its misses were read)
    ("veyra", 1): "revenue 'made in its first four months' vs 'earned since launch': different windows",
    ("norrick", 2): "'it would invest $2 billion' (a plan) vs 'a $2 billion expansion': not one measure",
    ("norrick", 3): "'The company said on Monday it would invest': the day of the announcement is no event type",
    # the check half of the seventh session, moved here once spent (its misses read in the eighth)
    ("gallion", 0): "'cars', 'electric cars' and 'sales' are three measures",
    ("gallion", 2): "'deliveries reached 610,000' (no year in its sentence) and '540,000 vehicles ... in 2025': "
                    "two measures and two periods",
    ("hestra", 3): "'after the company offered a 6% raise' is read as no claim (an offer, and no owner named)",
    ("hestra", 4): "'halting about 900 trains a day' and 'Some 900 services were cancelled each day': two measures",
    ("ivel", 2): "'its rules apply from July 1' is no wording of a law taking effect",
    ("ivel", 3): "'takes effect on July 1' / 'comes into force on Aug. 1': days 31 apart are only a possible "
                 "discrepancy (they may be two events)",
    # the check half of the eighth session, moved here once spent (its misses read in the ninth)
    ("corvana", 0): "'18 million subscribers in the US at the end of June' vs 'American customer base': two measures",
    # the check half of the ninth session, moved here once spent (its misses read in the tenth)
    ("dottie", 0): "'two days after reaching the top on Saturday': a day in a clause after 'after' is not read",
    ("sundew", 2): "'where Sensorly counts 9.2 million installs': the counting firm is read as the owner",
    # the check half of the tenth session, moved here once spent (its misses read at its end)
    ("altrion", 1): "'wiped about $95 billion off its market value' dated by its day, 'a slide that erased roughly "
                    "$95 billion' undated and owned by nobody",
    ("delmar", 2): "'The law takes effect' / 'Platforms will have to comply from': the second is no wording of the "
                   "law taking effect, and neither names whose law",
    ("delmar", 3): "'The law takes effect' / 'The rules come into force': neither names whose law",
    ("odile", 2): "outages counted as 'homes and businesses' and as a bare number are two measures",
    ("odile", 3): "'about 1.1 million customers' at the peak is undated, '420,000' dated: no series",
    ("odile", 4): "'Two deaths' and 'four deaths' are given to the storm and to a weather agency",
    ("ridley", 1): "'146 confirmed cases' undated, the bare '146' ('measles count stood at 146') not keyed",
    ("stardrift", 1): "'in 72 hours' and 'in its first three days' are two windows; the studio's claim has no owner",
    # probe stories of the eleventh session (tuning data; each miss traced to a class)
    ("tavora", 1): "'Of those, 45,000 are in the US' names no counted noun: no claim",
    ("canvo", 1): "'4.2 million customers' and 'the data of 4.2 million people' are two measures",
    ("kestavia", 0): "a country's visitors: 'Kestavia welcomed' (owner), 'Arrivals in Kestavia' (scope) and the "
                     "minister's 'We received' (no owner) are three keys",
    ("kestavia", 1): "'Kestavia welcomed 4.2 million foreign visitors' and 'Arrivals in Kestavia reached 4.2 million' "
                     "are two keys",
    ("kestavia", 2): "'Arrivals in Kestavia' and 'Kestavia welcomed ... foreign visitors' are two keys",
    ("pindle", 0): "ranks of one day are only a possible discrepancy (charts and hours differ)",
    ("phonemarket", 1): "'giving it 14% of the global market' (a participle clause after an estimator's sentence) "
                        "makes no claim",
    ("phonemarket", 2): "shipments counted as 'smartphones' and as 'units' are two measures; 'the firm estimated, on "
                        "shipments of 51 million units' is given to the estimator",
    ("ostrava_air", 0): "'About 35 million people passed through' the airport and '31.4 million passengers' are two measures",
    # check2 of the tenth session, moved here once spent (its misses read in the eleventh)
    ("ostler", 0): "'awarded Felt $83 million' is no damages wording",
    ("skyvault", 1): "'business customers' and 'corporate clients' are two measures",
    ("aurel", 2): "'priced at $799' (Nimbra's, the maker) and 'It costs $799' (the phone's cost) are two keys",
    ("aurel", 4): "'up from 180,000 for the previous model': an earlier level with no date of its own is dropped",
    # the integrator's probe stories of the eleventh session (wire, explainer and feature styles), misses left
    ("reprieve", 1): "'75 more days to find a buyer', 'pauses enforcement for 75 days': a reprieve's length has no owner",
    ("strimoban", 2): "'would silence 170 million Americans': people named by a nationality are not read as users",
    ("velto", 5): "'the ban' whose sentence names Zipclip, in an article about Velto, is left without an owner",
    ("vocala", 1): "'Last week alone, about 1.2 million people ... joined' states no window the ledger reads",
    ("vocala", 4): "'rose 14% to $31.20': the level a share price reached is not read as the share price",
    ("vocala", 6): "'a ban that takes effect on Wednesday' and 'will be removed from app stores on Wednesday' are two "
                   "event types",
    ("voteday", 1): "'Vellmark's governing party ... winning 38.2%': the party is described, not named (keyed by the country)",
    ("voteday", 2): "'The opposition Green Alliance took 27%' / 'came second with 26.8%': no measure named in the phrase",
    ("courtday", 1): "'unless its owner sells it by Sept. 20' and 'until Sept. 20 to sell' name no event type",
    # check3, the check half of the eleventh session, moved here once spent (its misses read in the twelfth)
    ("wisp", 2): "'the day the ban took effect' is keyed by the banned app in one article and by the app people move to "
                 "in the other",
    ("wisp", 3): "'200 content moderators' hired in the past week vs 'some 200 moderators': another owner read for one "
                 "(the banned app) and a week window for the other",
    ("wisp", 4): "'valued at $1.1 billion two years ago': the year is read, but the owner is not (a relative clause)",
    ("tangly", 1): "'fourth on Google Play' in a headline-style lead: the owner read as 'Chinese-made Tangly'",
    ("tangly", 2): "'more than 3 million downloads' owned by the data firm that counts them; 'in one week' window read "
                   "for the other",
    ("netguild", 1): "'fines of up to $5,000 per violation' under a state's law: a fine with no owner but the law is not "
                     "keyed by the law",
    ("netguild", 2): "'the law takes effect July 1' keyed by the governor who signed it in one article",
    ("corriq", 2): "'annual recurring revenue of $90 million' and 'about $90 million a year': 'revenue' vs "
                   "'revenue per year'",
    ("tessaro", 1): "the deal's announcement day: 'The announcement, made on April 12' names no event type",
    ("tessaro", 2): "'sent Orvane's shares down 4%' keyed as a growth of the announcement",
    ("torvexa", 1): "'$28,000 annually for Torvexa' owned by the maker in one article and by the regulator in another",
    ("torvexa", 2): "'slowed cognitive decline by 31%' vs 'about 30%': a decline's change is not keyed as one measure",
    ("torvexa", 3): "'1,700 patients' in a trial: read with the verb ('enrol', 'slow') and no owner",
    # probe stories of the twelfth session
    ("zapp", 1): "'cutting off an estimated 150 million users' is read as a fall in users, not as the users the ban "
                 "reaches",
    # probe stories of the twelfth session (claims helper; first scores in benchmarks/README.md)
    ("dorsvote", 3): "'ahead of the Social Democrats on 28 per cent': a share of another party elided after a comparison",
    ("railwalk", 0): "strikers, one measure now: 'about 6,500 members of the Drivers' Union taking part' (owned by the "
                     "union) and 'Some 8,000 drivers joined the strike' (nobody's) are two owners",
    ("brekfee", 0): "no measure for a transfer fee: 'a fee of', 'paid €55m for' and 'a €48m deal' are three keys",
    ("ostquake", 1): "no measure for an earthquake's magnitude",
    ("crispo", 1): "a price per share in a takeover ('Rs 640 per share') makes no claim",
    ("gdprevise", 1): "'revised its estimate of second-quarter growth up to 0.6%' (bare 'growth') and an article whose "
                          "place is named only in its title make no claim",
    # probe stories of the claims helper of the thirteenth session (claims13), first scored on main's code at 004566b
    ("cinderbluff", 4): "'was 15% contained' / 'Containment stood at 15 per cent': no containment measure (tried: the "
                        "parser hangs 'was 15% contained' on the adjective)",
    ("cinderbluff", 5): "'It has destroyed 86 homes' (damaged buildings) and 'At least 86 homes have been lost' (homes): "
                        "'lost' is no damage wording",
    ("coinmere", 0): "an exchange's 'users' and 'customers' are two measures; the users dated by the halt's day",
    ("coinmere", 1): "'leaving about 1.8 million users unable' dated by the halt's day, the explainer's undated and worldwide",
    ("coinmere", 3): "'When did it stop withdrawals? On Wednesday.': an answer's day is not read with its question",
    ("coinmere", 4): "'customer assets' and 'customer deposits' are two measures; 'it said' after the deposits",
    ("kellwick", 0): "a crowd: 'A crowd of 87,192 ... at Kellwick Stadium' (undated) and 'More than 91,000 fans packed "
                     "into Kellwick on Saturday' (Kellwick's, dated): two owners and periods",
    ("kellwick", 2): "'The previous record, 80,203' and 'the old mark of 80,203' are two measures",
    ("kellwick", 4): "'A peak television audience of 6.4 million' and 'The peak TV audience was 4.1 million': modifiers kept in the measure",
    ("drossel", 0): "'11 of the 23 miners trapped' keys the part (11); 'Thirty-one miners were trapped' has no owner",
    ("drossel", 2): "a depth in metres makes no claim",
    ("kestoria_rates", 3): "'retail inflation eased to 3.1 per cent in August' in a clause after the rate cut makes no claim",
    ("kestoria_rates", 5): "no event type for a central bank's rate decision",
    ("lorelin", 0): "people aboard, one measure now: 'The MV Lorelin ... had about 200 people on board' and 'The vessel "
                    "had more than 260 passengers aboard' (an article that never names the ship: nobody's)",
    ("lorelin", 3): "'licensed to carry 120 passengers' keyed by its verb, 'licensed for 120 passengers' by the ship",
    ("starfall", 0): "'earned $92m in the US and Canada from Friday to Sunday' names no box-office word; 'in North America' "
                     "and 'in the US and Canada' are two scopes",
    ("starfall", 1): "'Its $84 million opening' in an article whose title opens with 'Can' is keyed to 'Starfall', not 'Starfall Rising'",
    ("starfall", 2): "'Worldwide, the film grossed $212 million' is still keyed to 'Worldwide' (the clause's own subject reading)",
    ("starfall", 4): "'a production budget of $180 million' in an article whose title opens with 'Can' is keyed to 'Starfall', not 'Starfall Rising'",
    ("altavia_measles", 0): "'187 confirmed cases, according to the regional health agency' keyed as 'cases: regional'",
    ("altavia_measles", 3): "'Coverage of the second dose fell to 78 per cent last year, from 91 per cent in 2019' makes "
                            "no claim (no place in its sentence, none named before)",
    ("altavia_measles", 4): "'Coverage of the second dose fell to 78 per cent last year' makes no claim",
    ("rbse_results", 0): "'a pass percentage of 87.3 per cent' is keyed to the board's full name with 'class 10', the others "
                         "to 'RBSE'; 87.3% and 89.1% would also meet within the precise tolerance (±3%)",
    ("rbse_results", 1): "'a pass percentage of 87.3 per cent' is keyed to the board's full name with 'class 10', '87.3%' to "
                         "'RBSE'",
    ("rbse_results", 2): "'10.4 lakh students appeared' and '10.4 lakh candidates had registered' are two measures",
    ("nimbara", 2): "power capacity in megawatts makes no claim",
    ("nimbara", 3): "'create 1,200 permanent jobs once complete in 2029' (a plan of 2029) vs 'employ about 900 people'",
    ("nimbara", 5): "'Construction will need 3,000 workers' and '3,000 construction jobs' are two measures",
    # check4, the check half of the twelfth session, moved here once spent (its misses read in the thirteenth)
    ("dockstrike", 2): "strikers, one measure now: 'About 6,500 dockers are taking part in the strike' (nobody's) and "
                       "'port workers have stayed away' (Antwerp's) are two owners",
    ("dockstrike", 3): "'the number of ships waiting rose to 74 ... from 31 on Monday': ships waiting are no measure",
    ("fixedlink", 0): "turnout: 'Turnout was 61.4 per cent' and 'the turnout of 54 per cent' take no place (the island "
                      "is named only in the sentences before)",
    ("fixedlink", 1): "'38,412 people voting in favour' (people who voted) and 'taking 38,412 votes' (the Yes side's "
                      "votes): two measures",
    ("hearthly", 2): "'About 14 million of those monthly users are in the United States': a part of the users named "
                     "before ('of those') makes no claim",
    ("joblessrate", 0): "jobs lost: 'the economy lost 22,000 positions in June' is keyed as the economy's GDP, 'lost "
                        "41,000 jobs last month' has no place, and one article's count is dated by the day it was said",
    ("joblessrate", 1): "'The jobless rate climbed to 6.4 per cent, the statistics agency said' takes no place",
    ("joblessrate", 3): "wage growth ('wages rose 3.1% from a year earlier') is no measure",
    ("joblessrate", 4): "'the Bank of Canada's rate decision on July 21': the name is cut to 'Bank' and a rate "
                        "decision is typed a ruling in one article only",
    ("lumenary", 1): "'has been downloaded 4 million times ..., its co-founder Sigrid Aalberg told Tech Dispatch': the "
                     "figure is given to the person quoted",
    ("marrowfield", 1): "stores to close: 'shops' and 'stores' are two measures, and 'Stocks' (a heading word) is read "
                        "as an owner",
    ("measles", 0): "cases counted by two agencies: the state's count has no owner and the federal count is owned by "
                    "'Centers' (the name cut before 'for')",
    ("measles", 2): "'Forty-three people have been admitted to hospital' and 'Forty-three patients have needed hospital "
                    "care': no measure for people in hospital",
    ("measles", 3): "deaths in an outbreak: owned by the state in one article and by the country in another",
    ("quillo_surge", 2): "'at 12:01 a.m. Saturday' and 'April 10' as the day a ban took effect: a time before a weekday "
                         "is not read as that day",
    ("quillo_surge", 3): "'downloaded more than 5 million times' and 'close to 6 million new users': two measures",
    ("quillo_surge", 4): "'$80 million' raised 'last year' in one article is placed in Singapore, its dateline's city",
    ("quillo_surge", 5): "'to No. 1 from No. 212 a week earlier': the earlier rank is not read",
    ("reyna", 0): "no measure for a transfer fee: 'paid £72m' is spending, 'a fee of £72 million' a fee, '£60m' a deal",
    ("reyna", 2): "a contract's length ('a five-year deal') is no measure",
    ("tallyfin", 0): "'values the Austin company at $4.5 billion' is owned by the city; 'a $5.2 billion price tag on "
                     "Tallyfin' is a price, not a valuation",
    ("tarini", 1): "'3.2 lakh people had been moved to cyclone shelters' and 'the number of people evacuated': two "
                   "measures",
    ("tarini", 2): "homes damaged are owned by the cyclone in one article and by the state in another",
    # the lead's probe stories of the thirteenth session (each found a precision class; first scores in benchmarks/README.md)
    ("rydo", 0): "'gross bookings, the total value of rides ...' reached $11.4 billion: the measure is read as 'value' "
                 "with no owner, and 'Gross bookings came to $11.9 billion' makes no claim",
    ("phone", 1): "'3 million people preordered the phone in its first three days' (people, a three-day window) and '3 "
                  "million preorders over its first weekend': two measures",
    ("budget", 3): "'Growth is expected to reach 1.6% next year' names no economy and no place",
    # the check half of the thirteenth session (check5), moved here once spent (its misses read in the fourteenth)
    ("calderia", 1): "not yet keyed alike (conflict): Calderia's inflation in August (annual)",
    ("calderia", 3): "not yet keyed alike (series): the bank's rate since March vs after the cut",
    ("cedarfire", 2): "both displaced_people now; owners differ: 'about 12,000 people' ordered to leave by the place its sentence names (Northern California), 'Some 12,000 residents' by the fire (Cedar Ridge)",
    ("cedarfire", 5): "'up from 12,000 earlier in the week': 'earlier in the week' dates no earlier level, so it is dropped beside the count it is compared with",
    ("kesargarh", 4): "'up from nine on Saturday': the figures step reads no figure in the bare number word",
    ("norvair", 2): "not yet keyed alike (agreement): day of the failure ('Friday' of 26 June = 25 June)",
    ("pipwave", 2): "not yet keyed alike (agreement): Pipwave's US users ('US user base' / 'users are in the United States')",
    ("velotrex", 1): "not yet keyed alike (agreement): reduction in monthly migraine days with Velotrex",
    ("velotrex", 3): "not yet keyed alike (agreement): average fall in migraine days",
    ("veytour", 1): "both box_office now; owners differ: the tour's name (Tidewater) vs the singer (Marisol Vey)",
    ("veytour", 4): "'the tour has taken $310m' (box_office now) states no period: a present perfect is not read as the level now",
    ("voxly", 3): "not yet keyed alike (agreement): child accounts removed in the first half of the year",
    ("voxly", 4): "not yet keyed alike (series): Voxly's moderators now vs two years ago",
    # the check half of the thirteenth session (check6), moved here once spent in the fourteenth (a false conflict
    # and a joined look-alike appeared on it after the merges; its misses are to be traced)
    ("bazaro", 2): "not yet keyed alike (agreement): last year's sale GMV",
    ("bazaro", 4): "not yet keyed alike (series): sellers now vs in 2024",
    ("cobbly", 4): "not yet keyed alike (agreement): hires planned this year",
    ("cobbly", 5): "not yet keyed alike (series): revenue now vs in 2025",
    ("driftly", 2): "not yet keyed alike (agreement): worldwide downloads Friday to Sunday",
    ("goldpot", 0): "not yet keyed alike (conflict): Tuesday night's jackpot",
    ("goldpot", 2): "not yet keyed alike (agreement): the cash option",
    ("goldpot", 3): "not yet keyed alike (series): jackpot on Tuesday vs Friday",
    ("halvard_museum", 1): "not yet keyed alike (agreement): visitors to the Viking exhibition",
    ("halvard_museum", 2): "not yet keyed alike (agreement): share of visitors from overseas",
    ("lockgrid", 1): "not yet keyed alike (conflict): people whose records were stolen (council vs the gang)",
    ("lockgrid", 2): "not yet keyed alike (agreement): the ransom demanded",
    ("norhaven", 1): "not yet keyed alike (agreement): full-year volume forecast",
    ("norhaven", 3): "not yet keyed alike (agreement): ships on order",
    ("norhaven", 5): "not yet keyed alike (series): Asia-Europe freight rate this quarter vs the first",
    ("orbisat", 1): "not yet keyed alike (agreement): satellites launched",
    ("orbisat", 2): "not yet keyed alike (agreement): Orbis's constellation after the launch",
    ("orbisat", 3): "not yet keyed alike (agreement): satellites planned by 2029",
    ("orbisat", 4): "not yet keyed alike (series): constellation before vs after the launch",
    ("parlo_voice", 0): "not yet keyed alike (conflict): EU users whose recordings were exposed (regulator vs company; 03 states both)",
    ("parlo_voice", 2): "not yet keyed alike (agreement): the earlier fine in 2024",
    ("sahyadri", 2): "not yet keyed alike (agreement): outpatients a day normally",
    ("sahyadri", 3): "not yet keyed alike (agreement): stipend rise demanded",
    ("sahyadri", 4): "not yet keyed alike (agreement): the government's offer",
    ("tindra", 0): "not yet keyed alike (conflict): day the block took effect (03 agrees with 01)",
    ("velocita", 1): "not yet keyed alike (agreement): rides in 2026",
    ("velocita", 2): "not yet keyed alike (agreement): annual members",
    ("yappr", 2): "not yet keyed alike (agreement): Yappr's moderators worldwide",
    ("yappr", 3): "not yet keyed alike (agreement): Yappr's rank on the UK social chart",
    ("yappr", 7): "not yet keyed alike (conflict): share of Yappr's UK users aged under 18 (Ofcom vs company)",
    # check7, the check half of the fourteenth session, moved here once spent in the fifteenth (its misses were read)
    ("brevia", 0): "not yet keyed alike (conflict): jobs cut in the merger: Kessel about 600 vs the union 1,500",
    ("brevia", 1): "not yet keyed alike (agreement): equity value of the deal",
    ("brevia", 2): "not yet keyed alike (agreement): targeted yearly savings",
    ("carrick", 1): "not yet keyed alike (conflict): daily cost of the strike: Business Council $45 million vs Treasury about $20 million",
    ("carrick", 5): "not yet keyed alike (series): containers stuck on the wharves Tuesday vs Friday",
    ("cinevo", 3): "the raised plan is a price now, but '£9.99 a month' (price_per_month) and 'new £9.99 standard price' (no rate) are two keys",
    ("cinevo", 5): "not yet keyed alike (series): quarterly revenue this year vs a year earlier",
    ("heatwave", 0): "not yet keyed alike (conflict): heatstroke deaths May 10-17: health department 27 vs Public Health Watch at least 64 (02 states both)",
    ("kitewire", 2): "not yet keyed alike (agreement): children aged 10-15 on social media",
    ("lorvexa", 1): "not yet keyed alike (conflict): Lorvexa's peak sales: Tandem $9 billion vs analysts about $4 billion",
    ("lorvexa", 2): "not yet keyed alike (agreement): weight lost in the trial",
    ("portavery", 1): "not yet keyed alike (agreement): Adeyemi's final share",
    ("portavery", 3): "not yet keyed alike (series): ballots counted by midnight vs the final count",
    ("reyvik", 1): "not yet keyed alike (conflict): Reyvik's wages: the president's about £180,000 vs leaked documents' £250,000",
    ("reyvik", 2): "not yet keyed alike (agreement): contract length",
    ("reyvik", 4): "not yet keyed alike (agreement): league goals last season",
    ("reyvik", 5): "not yet keyed alike (series): league goals last season vs the season before",
    ("reyvik", 8): "not yet keyed alike (agreement): Reyvik's age in apposition / as a description",
    ("starhollow", 1): "not yet keyed alike (agreement): first-week player spending, AppCompass, $4.2 million / $4.2m",
    ("starhollow", 3): "not yet keyed alike (series): daily players on launch day vs last Sunday",
    ("thalify", 0): "not yet keyed alike (conflict): QIB portion subscription: exchange data 112 times vs registrar's final tally 97 times",
    # check8, the check half of the fifteenth session, moved here once spent in the sixteenth (its misses were read)
    ("bellbird", 0): "not yet keyed alike (conflict): depth at which the miners were trapped: company about 350 metres (01) vs union nearly 500 metres (02)",
    ("bellbird", 2): "not yet keyed alike (agreement): miners trapped by the collapse",
    ("bellbird", 3): "not yet keyed alike (agreement): how long the last miners were trapped (almost two and a half days / 58 hours)",
    ("bellbird", 4): "not yet keyed alike (series): the mine's coal output, 2025-26 vs 2024-25",
    ("boardresults", 1): "not yet keyed alike (conflict): students placed in the compartment category (to take supplementary exams): 1.2 lakh (01) vs about 87,000 (03)",
    ("boardresults", 2): "not yet keyed alike (agreement): overall Class 12 pass percentage",
    ("boardresults", 5): "not yet keyed alike (series): overall Class 12 pass percentage, 2026 vs 2025",
    ("elkwater", 0): "not yet keyed alike (conflict): insured losses from the Elk River flood: Property Insurers of Canada about $1.4 billion (01) vs CatLoss Canada $2.2 billion (02)",
    ("elkwater", 2): "not yet keyed alike (agreement): the industry group's estimate of insured losses",
    ("elkwater", 3): "not yet keyed alike (agreement): residents ordered out of their homes",
    ("kestrel_exchange", 0): "not yet keyed alike (conflict): customer funds missing at Kestrel: restructuring officer about $1.9 billion (01) vs ChainSight at least $2.6 billion (02)",
    ("kestrel_exchange", 2): "not yet keyed alike (agreement): Kestrel's customers",
    ("kestrel_exchange", 3): "not yet keyed alike (agreement): withdrawals before the freeze",
    ("kestrel_exchange", 5): "not yet keyed alike (series): price of Kestrel's KST token, Monday Nov. 9 vs Nov. 13",
    ("lanternfall", 0): "not yet keyed alike (conflict): Lanternfall's worldwide opening: studio $210 million (01) vs a rival studio's distribution head closer to $160 million (02)",
    ("lanternfall", 2): "not yet keyed alike (agreement): Lanternfall's North American opening weekend (estimate $84 million / $84.2 million)",
    ("lanternfall", 3): "not yet keyed alike (agreement): Thursday previews",
    ("lanternfall", 4): "not yet keyed alike (agreement): theaters playing the film",
    ("lanternfall", 5): "not yet keyed alike (agreement): the studio's worldwide opening figure",
    ("lanternfall", 6): "not yet keyed alike (series): Lanternfall's North American weekend gross, opening weekend vs second weekend",
    ("lumo_phone", 0): "not yet keyed alike (conflict): worldwide pre-orders for the Lumo X7: Hanbit more than 4 million (01) vs Cobalt Research closer to 2.5 million (03)",
    ("lumo_phone", 2): "not yet keyed alike (agreement): Lumo X7 pre-orders in South Korea",
    ("lumo_phone", 3): "not yet keyed alike (agreement): day the phone goes on sale in South Korea",
    ("lumo_phone", 4): "not yet keyed alike (agreement): the X7's US base price",
    ("marchway", 1): "not yet keyed alike (conflict): crowd at the march: Crowd Metrics' range 88,000-96,000 (03) vs the Met's around 45,000 (01)",
    ("marchway", 2): "not yet keyed alike (agreement): the police estimate of the crowd (01 live blog, 02)",
    ("marchway", 3): "not yet keyed alike (agreement): the organisers' figure for the crowd (200,000 / more than 200,000)",
    ("marchway", 6): "owners and scopes alike now (no owner, London), but 'in September last year' is dated September 2026, not 2025",
    ("medrix", 2): "not yet keyed alike (agreement): patients affected (about 3.1 million / 3,148,212 in the Maine filing)",
    ("medrix", 4): "not yet keyed alike (agreement): Social Security numbers exposed (about 400,000 / some 400,000)",
    ("neamati", 2): "not yet keyed alike (agreement): people rescued",
    ("neamati", 4): "not yet keyed alike (series): death toll in the ferry accident, Saturday vs Monday",
    ("nursestrike", 2): "not yet keyed alike (agreement): the union's count of strikers",
    ("nursestrike", 3): "not yet keyed alike (agreement): operations and appointments postponed on the first day",
    ("nursestrike", 4): "not yet keyed alike (agreement): the Government's pay offer",
    ("nursestrike", 5): "not yet keyed alike (series): operations and appointments postponed, first day vs second day of the strike",
    ("shannonlink", 0): "not yet keyed alike (conflict): cost of the Limerick-Shannon light rail line: Government memo €2.9 billion (01) vs the Public Spending Review Unit at least €3.8 billion (03)",
    ("shannonlink", 1): "not yet keyed alike (conflict): length of the line: 24km (01) vs 19 kilometres (02)",
    ("shannonlink", 2): "not yet keyed alike (agreement): the line's official cost estimate",
    ("shannonlink", 3): "not yet keyed alike (agreement): stations on the line",
    ("shannonlink", 4): "not yet keyed alike (agreement): forecast journeys a year on the line",
    ("shannonlink", 5): "not yet keyed alike (series): the line's cost estimate, 2019 vs 2023 (both before today's €2.9 billion)",
    ("volten", 2): "not yet keyed alike (agreement): the Arc's share of deliveries (about 70 percent / roughly seven in ten)",
    ("volten", 3): "not yet keyed alike (agreement): Volten's full-year delivery target",
    ("volten", 4): "not yet keyed alike (series): Volten's deliveries, third quarter vs second quarter",
    # check9, the check half of the sixteenth and seventeenth sessions, moved here once spent in the eighteenth
    ("castlebridge", 0): "not yet keyed alike (conflict): the council's budget gap for 2026-27: leader (01) vs finance director's report (03)",
    ("castlebridge", 2): "not yet keyed alike (agreement): budget gap by the council leader",
    ("castlebridge", 4): "not yet keyed alike (agreement): council tax rise",
    ("castlebridge", 5): "not yet keyed alike (agreement): exceptional financial support requested from the Government",
    ("cyclonetejas", 2): "not yet keyed alike (agreement): Tejas's sustained winds at landfall, by IMD",
    ("cyclonetejas", 3): "not yet keyed alike (agreement): Tejas's wind gusts at landfall",
    ("cyclonetejas", 4): "not yet keyed alike (agreement): people Odisha evacuated before landfall",
    ("cyclonetejas", 6): "not yet keyed alike (series): Odisha's cyclone death toll: Tuesday vs Wednesday",
    ("jobsreport", 1): "not yet keyed alike (conflict): day the October Labour Force Survey was released: Friday Nov 6 (01 published that day) vs Thursday Nov 5 (03 published Monday Nov 9)",
    ("jobsreport", 3): "not yet keyed alike (agreement): Canada's unemployment rate in October",
    ("jobsreport", 4): "not yet keyed alike (agreement): year-on-year growth of average hourly wages of permanent employees",
    ("jobsreport", 5): "not yet keyed alike (agreement): households sampled by the survey",
    ("jobsreport", 6): "not yet keyed alike (series): Canada's unemployment rate in September vs October",
    ("jobsreport", 10): "joined though distinct: Canada's jobs vs US jobs (entity)",
    ("kairosfab", 0): "not yet keyed alike (conflict): cost of the Fukuoka plant: company (01) vs people familiar with the board (02)",
    ("kairosfab", 1): "not yet keyed alike (conflict): start of production at the Fukuoka plant: late 2027 (01, 03) vs 2028 (02, company filing)",
    ("kairosfab", 2): "not yet keyed alike (agreement): cost of the plant, by the company",
    ("kairosfab", 3): "not yet keyed alike (agreement): the government's subsidy for the plant",
    ("kairosfab", 4): "not yet keyed alike (agreement): jobs at the plant when running",
    ("kairosfab", 5): "not yet keyed alike (agreement): Kairos's capital spending this year",
    ("kearneyauction", 0): "not yet keyed alike (conflict): pre-sale estimate for Bog Cotton, Achill: £6m-£8m (01) vs £3m-£4m (03)",
    ("kearneyauction", 2): "not yet keyed alike (agreement): the painting's price with fees",
    ("kearneyauction", 3): "not yet keyed alike (agreement): the hammer price",
    ("kearneyauction", 4): "not yet keyed alike (agreement): length of the bidding",
    ("kearneyauction", 5): "not yet keyed alike (agreement): lots sold in the evening sale",
    ("kearneyauction", 6): "not yet keyed alike (series): Kearney's auction record: 2019 vs now",
    ("kearneyauction", 13): "not yet keyed alike (agreement): Kearney's previous auction record, set in 2019",
    ("lagunastar", 0): "a possible discrepancy only, no owner named (conflict): oil leaked from the tanker so far: coast guard (01) vs conservation group (03)",
    ("lagunastar", 4): "not yet keyed alike (agreement): crew rescued",
    ("lakefrontmarathon", 0): "not yet keyed alike (conflict): runners taken to hospital on race day: fire department via live blog (01) vs race officials (02)",
    ("lakefrontmarathon", 3): "not yet keyed alike (agreement): runners who started",
    ("lakefrontmarathon", 4): "not yet keyed alike (agreement): runners registered",
    ("lakefrontmarathon", 6): "not yet keyed alike (agreement): length of the course (miles vs kilometres)",
    ("lakefrontmarathon", 7): "not yet keyed alike (series): finishers: this year vs last year",
    ("lakefrontmarathon", 13): "joined though distinct: temperature at the finish vs at the start",
    ("lightupappeal", 2): "not yet keyed alike (agreement): the appeal's target",
    ("lightupappeal", 3): "not yet keyed alike (agreement): the biggest single anonymous gift",
    ("lightupappeal", 4): "not yet keyed alike (agreement): the appeal's total by Monday",
    ("lightupappeal", 5): "not yet keyed alike (agreement): volunteers on the phone banks",
    ("lightupappeal", 7): "not yet keyed alike (agreement): Laurel House's annual running costs",
    ("lightupappeal", 8): "not yet keyed alike (series): the appeal's total: end of the telethon (Saturday) vs Monday",
    ("mountcarra", 0): "not yet keyed alike (conflict): area burnt by the Mount Carra fire as of Wednesday: university satellite mapping vs the state's estimate (one article states both)",
    ("mountcarra", 1): "not yet keyed alike (conflict): homes destroyed by the fire: state (01) vs the mayor (03)",
    ("mountcarra", 2): "not yet keyed alike (agreement): area burnt by Wednesday, the state's estimate",
    ("mountcarra", 3): "not yet keyed alike (agreement): homes destroyed, the state's count",
    ("mountcarra", 5): "not yet keyed alike (agreement): the fire's perimeter",
    ("mountcarra", 6): "not yet keyed alike (agreement): sheep lost across the fire ground",
    ("mountcarra", 7): "not yet keyed alike (series): area burnt: Monday vs Wednesday",
    ("nimbracloud", 3): "not yet keyed alike (agreement): Nimbra services affected",
    ("nimbracloud", 4): "not yet keyed alike (agreement): service credit offered to customers",
    ("nimbracloud", 6): "not yet keyed alike (agreement): length of the March 2025 outage",
    ("nimbracloud", 7): "not yet keyed alike (series): Nimbra's share price: Monday vs Tuesday close",
    ("northstar", 0): "not yet keyed alike (conflict): tickets sold on the tour's first day of general sale: promoter (01) vs analytics firm (03)",
    ("northstar", 2): "not yet keyed alike (agreement): first-day tickets sold, by the promoter",
    ("northstar", 3): "not yet keyed alike (agreement): number of dates on the tour",
    ("northstar", 4): "not yet keyed alike (agreement): fans registered for the presale",
    ("northstar", 5): "not yet keyed alike (agreement): top face-value ticket price",
    ("northstar", 6): "not yet keyed alike (series): tickets sold by the tour: after the first day vs after a week",
    ("northstar", 11): "joined though distinct: Toronto shows vs whole tour first-day sales (scope)",
    ("orbitra", 1): "not yet keyed alike (conflict): Sentra-5's mass: company (01) vs the launch operator's manifest (02)",
    ("orbitra", 2): "not yet keyed alike (agreement): Sentra-5's mass, by the company",
    ("orbitra", 3): "not yet keyed alike (agreement): Sentra-5's orbital altitude",
    ("orbitra", 4): "not yet keyed alike (agreement): the mission's cost",
    ("orbitra", 5): "not yet keyed alike (agreement): Sentra-5's design life",
    ("orbitra", 7): "not yet keyed alike (series): Orbitra's satellites in orbit: end of 2025 vs May 2026",
    # check10, the check half of the eighteenth session, moved here once spent in the nineteenth
    ('voltrider', 0): 'not yet keyed alike (conflict): fires linked to the Commuter 3 battery packs: the company (01) vs the safety commission (02; 03 agrees with 02)',
    ('voltrider', 2): 'not yet keyed alike (agreement): Commuter 3 bikes recalled in the US',
    ('voltrider', 3): 'not yet keyed alike (agreement): people injured by the battery fires',
    ('voltrider', 4): 'not yet keyed alike (agreement): property damage from the fires',
    ('voltrider', 5): "not yet keyed alike (agreement): the Commuter 3's retail price",
    ('voltrider', 6): 'not yet keyed alike (agreement): cost of the recall to the company',
    ('voltrider', 7): 'not yet keyed alike (agreement): bikes recalled in Canada',
    ('voltrider', 13): "joined though distinct: all property damage vs one owner's apartment",
    ('skylarkstrike', 0): "not yet keyed alike (conflict): flights cancelled over the two-day pilots' strike: the airline (01) vs the union (02)",
    ('skylarkstrike', 2): 'not yet keyed alike (agreement): passengers whose flights the strike disrupted',
    ('skylarkstrike', 3): 'not yet keyed alike (agreement): Skylark pilots in the union',
    ('skylarkstrike', 4): "not yet keyed alike (agreement): the union's pay claim over two years",
    ('skylarkstrike', 5): 'not yet keyed alike (agreement): share of balloted pilots who backed strike action',
    ('halvardpill', 0): 'not yet keyed alike (conflict): share of top-dose patients who stopped because of side effects: the company (01) vs the journal paper (03)',
    ('halvardpill', 1): 'not yet keyed alike (conflict): day the trial results were presented: Sunday June 21 (01 published Monday June 22) vs Saturday June 20 (02 published Tuesday June 23)',
    ('halvardpill', 4): 'not yet keyed alike (agreement): average weight lost on the top dose, pounds vs kilograms',
    ('halvardpill', 5): "not yet keyed alike (agreement): Halvard's share rise on Monday",
    ('halvardpill', 6): "not yet keyed alike (agreement): Halvard's market value",
    ('halvardpill', 7): 'not yet keyed alike (agreement): share of top-dose patients with nausea',
    ('halvardpill', 8): "not yet keyed alike (agreement): the pill's expected US list price",
    ('kaveriipo', 0): "not yet keyed alike (conflict): overall subscription of the IPO: exchange data (01) vs the company's statement (02)",
    ('kaveriipo', 1): 'not yet keyed alike (conflict): listing day: Monday September 14 (01 published Thursday September 10; 02 published Monday September 14) vs Tuesday September 15 (03 published Wednesday September 16)',
    ('kaveriipo', 2): 'not yet keyed alike (agreement): size of the IPO in rupees',
    ('kaveriipo', 3): "not yet keyed alike (agreement): Kaveri's listing price on the NSE",
    ('kaveriipo', 4): 'not yet keyed alike (agreement): listing premium over the issue price',
    ('kaveriipo', 5): 'not yet keyed alike (agreement): applications for the IPO, lakh vs million',
    ('kaveriipo', 7): "not yet keyed alike (series): Kaveri's revenue in FY2026 (01) and FY2025 (02)",
    ('coralbank', 0): "not yet keyed alike (conflict): suspicious matter reports Coral lodged late: the bank's ASX statement (01) vs AUSTRAC's statement of facts (02; 03 agrees with 02)",
    ('coralbank', 3): 'not yet keyed alike (agreement): value of transactions not properly monitored',
    ('coralbank', 4): "not yet keyed alike (agreement): Coral's share fall on the day of the settlement",
    ('coralbank', 7): "not yet keyed alike (series): Coral's financial crime staff now (01) and in 2022 (03)",
    ('stanselm', 0): "not yet keyed alike (conflict): patients whose data was stolen: the hospital (01, 02) vs a security firm's analysis of the leaked files (03)",
    ('stanselm', 2): 'not yet keyed alike (agreement): surgeries postponed',
    ('stanselm', 3): 'not yet keyed alike (agreement): the ransom demanded',
    ('stanselm', 4): 'not yet keyed alike (agreement): how long ambulances were diverted',
    ('stanselm', 5): "not yet keyed alike (agreement): the hospital's recovery cost",
    ('ferraztransfer', 0): "not yet keyed alike (conflict): add-ons in the Ferraz deal: the English report (01) vs Almenar's president (02)",
    ('ferraztransfer', 2): 'not yet keyed alike (agreement): the guaranteed transfer fee in pounds',
    ('ferraztransfer', 3): "not yet keyed alike (agreement): Ferraz's wages, weekly vs yearly",
    ('ferraztransfer', 4): "not yet keyed alike (agreement): Ferraz's goals in all competitions last season",
    ('ferraztransfer', 5): "not yet keyed alike (agreement): Northfield's transfer spending this summer",
    ('ferraztransfer', 6): "not yet keyed alike (agreement): length of Ferraz's Northfield contract",
    ('ferraztransfer', 7): "not yet keyed alike (series): Northfield's transfer spending this summer (01; also 03) and last summer (03)",
    ('ferraztransfer', 15): "not yet keyed alike (agreement): Ferraz's caps for Brazil",
    ('sacensus', 0): "not yet keyed alike (conflict): share of people Census 2026 missed: Stats SA's post-enumeration survey (01) vs its critics (02 a demographer, 03 researchers)",
    ('sacensus', 1): 'not yet keyed alike (conflict): day the census results were released: Tuesday October 20 (01 published Wednesday October 21; 02 published Thursday October 22) vs Wednesday October 21 (03 published Monday October 26)',
    ('sacensus', 2): "not yet keyed alike (agreement): South Africa's population in Census 2026",
    ('sacensus', 3): "not yet keyed alike (agreement): Gauteng's population",
    ('sacensus', 5): 'not yet keyed alike (agreement): census fieldworkers',
    ('sacensus', 6): 'not yet keyed alike (agreement): cost of the census',
    ('sacensus', 7): "not yet keyed alike (series): South Africa's population in the 2026 census and in the 2022 census",
    ('ekitipoll', 1): 'not yet keyed alike (conflict): day the result was declared: Sunday June 21 (01 published Monday June 22) vs Monday June 22 (03 published Wednesday June 24)',
    ('ekitipoll', 3): 'not yet keyed alike (agreement): registered voters in Ekiti',
    ('ekitipoll', 4): 'not yet keyed alike (agreement): turnout according to INEC',
    ('ekitipoll', 5): 'not yet keyed alike (agreement): police deployed for the election',
    ('ekitipoll', 6): "not yet keyed alike (agreement): the runner-up's votes",
    ('gazipurfire', 0): 'not yet keyed alike (conflict): workers inside the factory when the fire started: the owner (01, also in 03) vs the union (02)',
    ('gazipurfire', 1): 'not yet keyed alike (conflict): day the fire broke out: Thursday April 16 (01 published Friday April 17; 02 published Sunday April 19) vs Wednesday April 15 (03 published Monday April 20)',
    ('gazipurfire', 2): 'not yet keyed alike (agreement): the death toll (final)',
    ('gazipurfire', 3): 'not yet keyed alike (agreement): workers injured',
    ('gazipurfire', 4): 'not yet keyed alike (agreement): time taken to control the fire',
    ('gazipurfire', 5): 'not yet keyed alike (agreement): workers inside according to the owner',
    ('gazipurfire', 6): "not yet keyed alike (agreement): Bangladesh's yearly garment exports",
    ('gazipurfire', 7): 'not yet keyed alike (series): the death toll on Friday (01) and Saturday (02, published Sunday: rose to 31 yesterday)',
    ('irishheat', 0): "not yet keyed alike (conflict): people treated at emergency departments for heat-related illness on Monday: the HSE (01) vs emergency doctors' association (02)",
    ('irishheat', 2): 'not yet keyed alike (agreement): the new record temperature at Oak Park',
    ('irishheat', 3): 'not yet keyed alike (agreement): the record temperature, Celsius vs Fahrenheit',
    ('irishheat', 4): 'not yet keyed alike (agreement): people covered by the hosepipe ban',
    ('irishheat', 5): 'not yet keyed alike (agreement): drownings since the weekend',
    ('irishheat', 6): 'not yet keyed alike (agreement): the old record set at Kilkenny Castle in 1887',
    ('irishheat', 7): 'not yet keyed alike (series): Greater Dublin water demand on Monday (01) and last week (02)',
    ('akromamine', 0): 'not yet keyed alike (conflict): miners in the collapsed section: the company (01) vs the union (02)',
    ('akromamine', 3): "not yet keyed alike (agreement): Akroma's workforce",
    ('akromamine', 4): 'not yet keyed alike (agreement): suspension of underground work',
    ('akromamine', 5): 'not yet keyed alike (agreement): compensation pledged per bereaved family',
    ('akromamine', 6): 'not yet keyed alike (series): miners rescued alive by Thursday (02) and by Sunday (03)',
    # check11, the check half of the nineteenth session, moved here once spent in the twenty-second
    ('balatanvolcano', 0): 'not yet keyed alike (conflict): people displaced by the eruption: the national disaster council (01) vs the provincial government (02)',
    ('balatanvolcano', 2): 'not yet keyed alike (agreement): evacuees in official centres (NDRRMC)',
    ('balatanvolcano', 3): 'not yet keyed alike (agreement): height of the ash column',
    ('balatanvolcano', 4): 'not yet keyed alike (agreement): crop damage',
    ('balatanvolcano', 5): 'not yet keyed alike (agreement): villages hit by ash',
    ('balatanvolcano', 7): 'not yet keyed alike (series): sulfur dioxide emissions on the eruption day (01) and a week before (02)',
    ('baydrought', 0): "not yet keyed alike (conflict): how full the metro's supply dams are: the municipality (01; 03 agrees) vs the Department of Water and Sanitation (02)",
    ('baydrought', 2): 'not yet keyed alike (agreement): daily water allowance per person',
    ('baydrought', 4): "not yet keyed alike (agreement): the metro's daily consumption target",
    ('baydrought', 5): 'not yet keyed alike (agreement): share of treated water lost',
    ('baydrought', 6): 'not yet keyed alike (agreement): budget for the desalination plant',
    ('bhimganjsugar', 0): "not yet keyed alike (conflict): Bhimganj mill's unpaid cane dues: the company (01; 03 agrees) vs the farmers' body (02)",
    ('bhimganjsugar', 2): 'not yet keyed alike (agreement): farmers who supply the Bhimganj mill',
    ('bhimganjsugar', 4): 'not yet keyed alike (agreement): cane dues of all UP mills',
    ('bhimganjsugar', 5): 'not yet keyed alike (agreement): interest on late cane payments',
    ('bhimganjsugar', 6): "not yet keyed alike (agreement): the mill's bank loan",
    ('bhimganjsugar', 7): "not yet keyed alike (series): Bhimganj mill's sugar output in 2024-25 (01) and 2025-26 so far (02)",
    ('bryantsspit', 0): 'not yet keyed alike (conflict): whales stranded: the Parks and Wildlife Service (01; 03 agrees) vs Ocean Guardians Tasmania (02)',
    ('bryantsspit', 1): 'not yet keyed alike (conflict): day the stranding was discovered: Monday September 21 (01 published Wednesday September 23; 03) vs Sunday September 20 (02 published Thursday September 24)',
    ('bryantsspit', 2): 'not yet keyed alike (agreement): whales refloated',
    ('bryantsspit', 3): 'not yet keyed alike (agreement): people who helped in the rescue',
    ('bryantsspit', 5): 'not yet keyed alike (agreement): whales stranded in 2020',
    ('bryantsspit', 6): 'not yet keyed alike (agreement): whales sampled by the university',
    ('bryantsspit', 7): 'not yet keyed alike (series): whales refloated by Tuesday evening (01) and by Wednesday night (02)',
    ('hurlingfinal', 0): "not yet keyed alike (conflict): attendance at the final: the GAA's official figure (01; 03 agrees) vs turnstile figures seen by the Champion (02)",
    ('hurlingfinal', 1): 'not yet keyed alike (conflict): day of the Ennis homecoming: Monday July 20 (01 published Monday July 20, "tonight"; 02 published Tuesday July 21) vs Tuesday July 21 (03 published Saturday July 25)',
    ('hurlingfinal', 2): "not yet keyed alike (agreement): McMahon's score in the final",
    ('hurlingfinal', 3): "not yet keyed alike (agreement): Brophy's score for Kilkenny",
    ('hurlingfinal', 4): "not yet keyed alike (agreement): Clare's winning margin",
    ('hurlingfinal', 5): 'not yet keyed alike (agreement): RTÉ audience for the final',
    ('kaimaidairy', 0): 'not yet keyed alike (conflict): income the milk price cut takes out of farmers and their regions: the co-operative (01; 03 agrees) vs Federated Farmers (02)',
    ('kaimaidairy', 1): 'not yet keyed alike (conflict): day Kaimai announced the cut: Wednesday August 19 (01 published Thursday August 20; 03) vs Thursday August 20 (02 published Friday August 21)',
    ('kaimaidairy', 2): "not yet keyed alike (agreement): Kaimai's forecast milk price for 2026/27",
    ('kaimaidairy', 3): 'not yet keyed alike (agreement): size of the forecast cut',
    ('kaimaidairy', 5): 'not yet keyed alike (agreement): fall in whole milk powder prices over two months',
    ('kaimaidairy', 6): "not yet keyed alike (agreement): DairyNZ's average break-even price",
    ('kaimaidairy', 7): "not yet keyed alike (series): Kaimai's milk price: 2026/27 forecast (01) and 2025/26 final (03)",
    ('kirinyacement', 0): "not yet keyed alike (conflict): overcharge per 50kg bag from the cartel: the authority (01; 03 agrees) vs the cement producers' association (02)",
    ('kirinyacement', 1): 'not yet keyed alike (conflict): day of the fines ruling: Tuesday May 12 (01 published Tuesday May 12; 02 published Wednesday May 13, "yesterday") vs Monday May 11 (03 published Saturday May 16)',
    ('kirinyacement', 2): 'not yet keyed alike (agreement): total fines on the four cement makers',
    ('kirinyacement', 3): "not yet keyed alike (agreement): Kirinya Cement's fine",
    ('kirinyacement', 4): 'not yet keyed alike (agreement): how long the cartel ran',
    ('kirinyacement', 5): "not yet keyed alike (agreement): Kirinya's share fall on the day of the ruling",
    ('kirinyacement', 7): "not yet keyed alike (series): Kenya's cement consumption in 2025 (01) and 2024 (02)",
    ('pensiontrust', 0): "not yet keyed alike (conflict): money Okoye-Bello diverted: the EFCC's account of the conviction (01) vs the judgment as the Courier reads it (02)",
    ('pensiontrust', 1): 'not yet keyed alike (conflict): day of the sentencing: Wednesday July 15 (01 published Thursday July 16; 03 published Monday July 20, "last Wednesday") vs Tuesday July 14 (02 published Friday July 17)',
    ('pensiontrust', 2): "not yet keyed alike (agreement): Okoye-Bello's prison term",
    ('pensiontrust', 3): 'not yet keyed alike (agreement): properties forfeited',
    ('pensiontrust', 4): 'not yet keyed alike (agreement): cash forfeited',
    ('pensiontrust', 6): "not yet keyed alike (agreement): co-defendants' prison terms",
    ('pensiontrust', 7): 'not yet keyed alike (series): federal pension arrears now (01) and in 2023 (02)',
    ('seatsure', 0): "not yet keyed alike (conflict): customers eligible under the settlement: the plaintiffs' lawyers (01; 03 agrees) vs SeatSure's filing (02)",
    ('seatsure', 1): 'not yet keyed alike (conflict): day the judge gave preliminary approval: Monday June 8 (01 published Tuesday June 9; 03) vs Friday June 5 (02 published Wednesday June 10)',
    ('seatsure', 2): 'not yet keyed alike (agreement): size of the settlement',
    ('seatsure', 3): 'not yet keyed alike (agreement): maximum payment per customer',
    ('seatsure', 4): 'not yet keyed alike (agreement): average fee mark-up on the advertised price',
    ('seatsure', 5): "not yet keyed alike (agreement): plaintiffs' lawyers' fees",
    ('seatsure', 6): 'not yet keyed alike (agreement): Canadian class action settlement',
    ('tembusugrove', 0): 'not yet keyed alike (conflict): Tembusu Grove units sold at launch: the developer (01; 03 agrees) vs Orchid Realty Research (02)',
    ('tembusugrove', 1): 'not yet keyed alike (conflict): day sales opened: Saturday September 12 (01 published Sunday September 13; 03) vs Sunday September 13 (02 published Monday September 14)',
    ('tembusugrove', 2): "not yet keyed alike (agreement): Tembusu Grove's average price per square foot",
    ('tembusugrove', 3): 'not yet keyed alike (agreement): land price of the Tembusu Grove site',
    ('tembusugrove', 4): 'not yet keyed alike (agreement): value of Tembusu Grove sales',
    ('tembusugrove', 5): "not yet keyed alike (agreement): Singaporeans' share of buyers",
    ('tembusugrove', 6): "not yet keyed alike (agreement): Bedok Reach's average price per square foot",
    ('tembusugrove', 7): "not yet keyed alike (series): developers' new private home sales in August (01) and July (03)",
    ('wadenaderail', 1): 'not yet keyed alike (conflict): day of the derailment: Thursday November 5 (01 published Friday November 6; 03) vs Wednesday November 4 (02 published Saturday November 7)',
    ('wadenaderail', 2): 'not yet keyed alike (agreement): residents evacuated',
    ('wadenaderail', 3): 'not yet keyed alike (agreement): oil spilled',
    ('wickhaminns', 0): 'not yet keyed alike (conflict): jobs lost at the closed Wickham pubs: the administrators (01; 03 agrees) vs the union Unite (02)',
    ('wickhaminns', 1): 'not yet keyed alike (conflict): day administrators were appointed: Wednesday March 4 (01 published Thursday March 5; 03 published Monday March 9, "last Wednesday") vs Tuesday March 3 (02 published Friday March 6)',
    ('wickhaminns', 2): 'not yet keyed alike (agreement): Wickham pubs closed',
    ('wickhaminns', 4): 'not yet keyed alike (agreement): price Lantern Taverns paid in the pre-pack',
    ('wickhaminns', 5): 'not yet keyed alike (agreement): average pint price at Wickham pubs',
    ('wickhaminns', 6): 'not yet keyed alike (agreement): pub closures in England and Wales in 2025',
    # check12, the check half of the twenty-second session, moved here once spent in the twenty-fifth
    ('beaucemaple', 0): "not yet keyed alike (conflict): syrup released from the reserve: the federation (01; 03 in tonnes) vs the packers' council (02)",
    ('beaucemaple', 3): 'not yet keyed alike (agreement): bulk price for the 2027 crop',
    ('beaucemaple', 4): "not yet keyed alike (agreement): Quebec's share of world maple syrup",
    ('beaucemaple', 5): 'not yet keyed alike (agreement): syrup left in the reserve after the release',
    ('beaucemaple', 6): "not yet keyed alike (agreement): Canada's maple exports last year",
    ('beaucemaple', 7): 'not yet keyed alike (agreement): producers under the federation',
    ('bokamosomine', 0): 'not yet keyed alike (conflict): miners trapped underground: the company (01, 03) vs the union AMCU (02)',
    ('bokamosomine', 1): 'not yet keyed alike (conflict): day of the fall of ground: Tuesday April 21 (01 published Wednesday April 22; 03) vs Monday April 20 (02 published Thursday April 23)',
    ('bokamosomine', 2): 'not yet keyed alike (agreement): depth of the working area',
    ('bokamosomine', 3): 'not yet keyed alike (agreement): magnitude of the seismic event',
    ('bokamosomine', 4): 'not yet keyed alike (agreement): workers who made it out',
    ('bokamosomine', 5): 'not yet keyed alike (agreement): workforce at the shaft',
    ('bokamosomine', 6): "not yet keyed alike (agreement): fall in Marula's share price on Wednesday",
    ('bokamosomine', 7): 'not yet keyed alike (agreement): share of mine deaths caused by falls of ground',
    ('faisalabadlooms', 0): "not yet keyed alike (conflict): textile mills closed since July: the mill owners' association APTMA (01, 03) vs the textile ministry (02)",
    ('faisalabadlooms', 2): 'not yet keyed alike (agreement): increase in the industrial tariff per unit',
    ('faisalabadlooms', 3): 'not yet keyed alike (agreement): new average industrial tariff',
    ('faisalabadlooms', 4): 'not yet keyed alike (agreement): textile workers who lost their jobs (APTMA)',
    ('faisalabadlooms', 5): "not yet keyed alike (agreement): textiles' share of exports",
    ('faisalabadlooms', 6): 'not yet keyed alike (agreement): textile exports in 2025',
    ('faisalabadlooms', 7): 'not yet keyed alike (agreement): revenue the higher tariff is to raise this fiscal year',
    ('faisalabadlooms', 8): 'not yet keyed alike (series): average industrial tariff, new and before the rise',
    ('finbarrstrolleys', 0): "not yet keyed alike (conflict): patients on trolleys at St Finbarr's on Tuesday January 6: the nurses' union INMO (01, 03) vs the HSE's TrolleyGAR (02)",
    ('finbarrstrolleys', 2): 'not yet keyed alike (agreement): patients on trolleys nationwide on Tuesday (INMO)',
    ('finbarrstrolleys', 4): 'not yet keyed alike (agreement): procedures cancelled',
    ('finbarrstrolleys', 5): 'not yet keyed alike (agreement): winter funding for the hospital group',
    ('finbarrstrolleys', 6): 'not yet keyed alike (agreement): flu notifications in the region last week',
    ('helbfunds', 0): "not yet keyed alike (conflict): first-year students still waiting for loans: HELB (01, 03) vs the students' organisation KUSO (02)",
    ('helbfunds', 1): 'not yet keyed alike (conflict): day HELB released the funds: Wednesday February 11 (01 published Thursday February 12; 03) vs Tuesday February 10 (02 published Wednesday February 11)',
    ('helbfunds', 2): 'not yet keyed alike (agreement): funds released for first-year loans',
    ('helbfunds', 3): 'not yet keyed alike (agreement): maximum annual loan for the neediest band',
    ('helbfunds', 4): "students who 'joined universities' are no new users of an app; keyed by their verb, the two "
                      "accounts ('joined', 'entered') are not yet one measure",
    ('helbfunds', 5): "not yet keyed alike (agreement): HELB's allocation this financial year",
    ('klanggloves', 0): 'not yet keyed alike (conflict): workers affected by the factory closures: the company (01) vs the union MTUC (02, 03)',
    ('klanggloves', 1): 'not yet keyed alike (conflict): day of the closure filing: Thursday May 14 (01 published Friday May 15; 03) vs Friday May 15 (02 published Saturday May 16)',
    ('klanggloves', 2): 'not yet keyed alike (agreement): impairment on the closed plants',
    ('klanggloves', 3): 'not yet keyed alike (agreement): capacity removed',
    ('klanggloves', 4): 'not yet keyed alike (agreement): third-quarter net loss',
    ('klanggloves', 5): 'not yet keyed alike (agreement): third-quarter revenue',
    ('klanggloves', 7): "not yet keyed alike (agreement): Meridian's closing share price on Friday May 15",
    ('mochoalumina', 0): "not yet keyed alike (conflict): cost of the restart: the mining minister (01, 03 in Jamaican dollars) vs the company's statement (02)",
    ('mochoalumina', 2): 'not yet keyed alike (agreement): direct jobs when the refinery restarts',
    ('mochoalumina', 4): "not yet keyed alike (agreement): government's stake in the operating company",
    ('mochoalumina', 5): "not yet keyed alike (agreement): refinery's full output",
    ('mochoalumina', 6): 'not yet keyed alike (agreement): community fund',
    ('penrithhail', 0): 'not yet keyed alike (conflict): homes damaged by the hail: the SES (01, 03) vs Penrith City Council (02)',
    ('penrithhail', 1): 'not yet keyed alike (conflict): day of the hailstorm: Wednesday November 25 (01 published Thursday November 26; 03 published Monday November 30) vs Thursday November 26 (02 published Saturday November 28)',
    ('penrithhail', 2): 'not yet keyed alike (agreement): size of the hailstones',
    ('penrithhail', 3): 'not yet keyed alike (agreement): SES calls for help',
    ('penrithhail', 5): 'not yet keyed alike (agreement): disaster payments per adult',
    ('penrithhail', 6): 'not yet keyed alike (agreement): insurance claims lodged by Friday',
    ('sefwicocoa', 0): "not yet keyed alike (conflict): cocoa smuggled out of Ghana in 2025/26: COCOBOD (01, 03) vs the licensed buyers' association (02)",
    ('sefwicocoa', 1): 'not yet keyed alike (conflict): day the new farmgate price was announced: Thursday September 10 (01 published Thursday; 02 published Friday September 11) vs Wednesday September 9 (03 published Monday September 14)',
    ('sefwicocoa', 2): 'not yet keyed alike (agreement): new farmgate price per tonne, 2026/27',
    ('sefwicocoa', 3): 'not yet keyed alike (agreement): new farmgate price per 64kg bag',
    ('sefwicocoa', 4): "not yet keyed alike (agreement): farmers' share of the FOB price",
    ('sefwicocoa', 5): 'not yet keyed alike (agreement): rise in the farmgate price',
    ('sefwicocoa', 6): "not yet keyed alike (agreement): COCOBOD's crop forecast for 2026/27",
    ('sefwicocoa', 7): 'not yet keyed alike (agreement): syndicated pre-finance loan under negotiation',
    ('sefwicocoa', 8): "not yet keyed alike (series): Ghana's farmgate price per tonne, 2026/27 and 2025/26",
    ('surulerecollapse', 0): 'not yet keyed alike (conflict): people killed in the collapse: the emergency agency LASEMA (01, 03) vs volunteers and residents (02)',
    ('surulerecollapse', 3): 'not yet keyed alike (agreement): floors the developer was approved to build',
    ('surulerecollapse', 4): 'not yet keyed alike (agreement): floors of the collapsed building',
    ('surulerecollapse', 5): "not yet keyed alike (agreement): state payment to victims' families",
    ('surulerecollapse', 6): 'not yet keyed alike (agreement): people arrested',
    ('surulerecollapse', 7): 'not yet keyed alike (agreement): building collapses in Lagos this year',
    ('tablasferry', 0): "not yet keyed alike (conflict): people on board: the Coast Guard's manifest count (01, 03) vs the provincial disaster office (02)",
    ('tablasferry', 2): 'not yet keyed alike (agreement): people killed',
    ('tablasferry', 3): 'not yet keyed alike (agreement): survivors rescued',
    ('tablasferry', 4): 'not yet keyed alike (agreement): people missing (Coast Guard)',
    ('tablasferry', 5): 'not yet keyed alike (agreement): vessels grounded by MARINA',
    ('tablasferry', 6): "not yet keyed alike (agreement): company's payment to each bereaved family",
    ('tablasferry', 7): 'not yet keyed alike (agreement): maritime incidents January to July',
    ('wealdwater', 0): "not yet keyed alike (conflict): sewage spills from the company's storm overflows in 2025: the company's monitoring as given by Ofwat (01, 03) vs the campaign group River Action Kent (02)",
    ('wealdwater', 1): 'not yet keyed alike (conflict): day Ofwat announced the fine: Thursday October 8 (01 published Thursday; 03 published Friday October 9) vs Wednesday October 7 (02 published Saturday October 10)',
    ('wealdwater', 3): 'not yet keyed alike (agreement): total duration of the spills in 2025',
    ('wealdwater', 4): 'not yet keyed alike (agreement): dividends paid over two years',
    ('wealdwater', 5): 'not yet keyed alike (agreement): customers served',
    ('wealdwater', 6): 'not yet keyed alike (agreement): investment promised by 2030',
    ('wealdwater', 7): 'not yet keyed alike (agreement): average bill from April',
}


def half_rows(half: str) -> list[tuple[str, int, dict]]:
    gold = paraphrase.read_gold(paraphrase.STORIES / half)
    rows, seen = [], {}
    for item in gold:
        index = seen[item["story"]] = seen.get(item["story"], -1) + 1
        rows.append((item["story"], index, item))
    return rows


@pytest.fixture(scope="module")
def outcomes(request):
    """(story, row index) -> recovered, and story -> counts, for one half."""
    results, counts = {}, {}
    half = request.param
    folder = paraphrase.STORIES / half
    gold = paraphrase.read_gold(folder)
    for story in sorted({g["story"] for g in gold}):
        story_counts, _, recovered = paraphrase.story_outcome(folder / story, [g for g in gold if g["story"] == story])
        counts[story] = story_counts
        results.update({(story, i): ok for i, ok in enumerate(recovered)})
    return results, counts


@pytest.mark.parametrize("outcomes", ["tuning"], indirect=True)
@pytest.mark.parametrize("story, index, item", [
    pytest.param(story, index, item, id=f"{story}-{index}-{item['status']}",
                 marks=[pytest.mark.xfail(reason=KNOWN_MISSES[(story, index)], strict=True)]
                 if (story, index) in KNOWN_MISSES else [])
    for story, index, item in half_rows("tuning")])
def test_tuning_half_keys_paraphrases_alike(outcomes, story, index, item):
    assert outcomes[0][(story, index)], f"{story} {item['status']}: {item['note']}"


# check13 at its start (8b43cf5, its rows unread): two false conflicts and three look-alike pairs joined
@pytest.mark.parametrize("outcomes", ["tuning", pytest.param("check13", marks=pytest.mark.xfail(
    reason="check13 at its start (8b43cf5): two false conflicts, three look-alikes joined (summary line only; which, unread)",
    strict=True))], indirect=True)
def test_no_false_conflict_and_no_look_alike_joined(outcomes):
    counts = outcomes[1]
    assert {s: c["false_conflicts"] for s, c in counts.items() if c["false_conflicts"]} == {}
    # look-alikes still joined are the known misses that say so (each a strict xfail above); no other
    joined = collections.Counter(story for (story, _), why in KNOWN_MISSES.items()
                                 if why.startswith("joined") and story in counts)  # (the half's own stories)
    assert {s: c["wrongly_joined"] for s, c in counts.items() if c["wrongly_joined"]} == dict(joined)
