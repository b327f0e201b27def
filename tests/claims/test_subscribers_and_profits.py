"""Measures a reader joins whatever the wording: people who pay for a service are its subscribers
("paying subscribers", "paid subscriptions", "a subscriber base", "subscribers"), and a profit with
no other word is the bottom line (net profit, net income); a gross profit is a measure of its own
and never conflicts with the net one. Stories of our own: a newspaper, a fitness app, a food maker,
a video service."""

from claims_fixtures import own_outlet_article as article, story_claims


def test_paying_subscribers_and_subscribers_of_one_paper_conflict(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Gazette audit", "2026-07-03",
                        "The Harbor Gazette had 310,000 paying subscribers at the end of June, the newspaper said."),
        "b.md": article("Gazette readers", "2026-07-04",
                        "The Harbor Gazette's subscribers numbered 350,000 at the end of June, according to an audit."),
    })
    subscribers = claims[claims.metric == "subscribers"]
    assert list(subscribers.status) == ["conflict"] and list(subscribers.entity) == ["Harbor Gazette"]


def test_paid_subscriptions_a_subscriber_base_and_subscribers_are_one_measure(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Pulsefit results", "2026-02-10", "Pulsefit, the fitness app, said it had 2.1 million paid "
                        "subscriptions in 2025."),
        "b.md": article("Pulsefit grows", "2026-02-11", "Pulsefit's subscriber base reached 2.1 million last year."),
        "c.md": article("Pulsefit estimate", "2026-02-12", "Pulsefit ended 2025 with 2.6 million subscribers, analysts at "
                        "Kernel Research estimate."),
    })
    subscribers = claims[claims.metric == "subscribers"]
    assert list(subscribers.status) == ["conflict"] and subscribers.n_sources.tolist() == [3]


def test_a_video_service_keeps_subscribers_apart_from_users(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Strimo numbers", "2026-04-02", "Strimo has 9 million paying subscribers and 40 million users."),
        "b.md": article("Strimo audience", "2026-04-03", "Strimo's users number about 41 million."),
    })
    assert set(claims[claims.metric == "subscribers"].status) == {"single"}
    assert list(claims[claims.metric == "users"].status) == ["agreement"]


def test_a_profit_is_the_net_profit_and_a_gross_profit_is_apart(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Marlowe results", "2026-03-10", "Marlowe Foods reported a profit of $120 million for 2025."),
        "b.md": article("Marlowe report", "2026-03-11", "Marlowe Foods' net income was $95 million in 2025, its annual "
                        "report shows."),
        "c.md": article("Marlowe margins", "2026-03-12", "Marlowe Foods had a gross profit of $400 million in 2025."),
    })
    assert list(claims[claims.metric == "net_profit"].status) == ["conflict"]
    assert list(claims[claims.metric == "gross_profit"].status) == ["single"]


def test_annual_profit_and_net_profit_of_a_bank_agree(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Tarn Bank year", "2026-02-20", "Tarn Bank posted net profit of $2.4 billion for 2025."),
        "b.md": article("Tarn Bank annual", "2026-02-21", "The lender's annual profit came to about $2.4 billion last "
                        "year, Tarn Bank said."),
    })
    assert list(claims[claims.metric == "net_profit"].status) == ["agreement"]


def test_paying_members_are_subscribers(tmp_path):
    # a gym chain, a streamer and a wine club count their paying members as others count subscribers
    for name, first, second in [
        ("Ironhall", "Ironhall ended June with 410,000 paying members, the gym chain said.",
         "Ironhall had 410,000 subscribers at the end of June."),
        ("Reelbox", "Reelbox closed the second quarter with 9.2 million paid members.",
         "Reelbox had 9.2 million subscribers at the end of the second quarter."),
        ("Vintly", "The wine club Vintly had 85,000 paying members in 2025, it said.", "Vintly had 85,000 subscribers in 2025."),
    ]:
        folder = tmp_path / name
        folder.mkdir()
        claims = story_claims(folder, {"a.md": article(name, "2026-07-20", first), "b.md": article(name, "2026-07-21", second)})
        subscribers = claims[claims.metric == "subscribers"]
        assert list(subscribers.status) == ["agreement"], claims[["entity", "metric", "period", "status"]].to_string()
