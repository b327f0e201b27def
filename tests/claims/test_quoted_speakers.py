"""'We' in a quotation is the speaker's organization: in "'We now have 2 million daily users,' the founder
said" the users are the company's named before, not the founder's and not nobody's, so the quote is
compared with the other articles' figures. Outside quotation marks 'we' is the writer and owns nothing.
Stories of our own: a marketplace's staff quoted by a spokesperson, an app's users quoted by its founder,
a bank's customers quoted by its chief executive."""

import pytest

from claims_fixtures import story_claims


def article(title: str, published: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


@pytest.mark.parametrize("entity, metric, first, second", [
    ("Quintara", "staff",
     "Quintara will close two warehouses, the company said on Monday. The company employs about 30,000 people.",
     "Quintara is cutting jobs in logistics. \"We have about 30,000 employees, and we need fewer of them in "
     "logistics,\" a spokesperson said."),
    ("Velora", "daily_active_users",
     "Velora, a Seoul-based short-video app, said on Tuesday that two million people now use it every day.",
     "Velora has raised $40 million from investors. \"We now have two million daily users,\" founder Park Ji-ho "
     "said in an interview."),
    ("Nordbank", "customers",
     "Nordbank has 3.1 million customers, its annual report shows.",
     "Nordbank opened ten branches this year. “Our 3.1 million customers want to see us in person,” chief "
     "executive Ines Berg said."),
])
def test_we_in_a_quotation_is_the_company_named_before(tmp_path, entity, metric, first, second):
    claims = story_claims(tmp_path, {"a.md": article(f"{entity} in the news", "2026-03-10", first),
                                     "b.md": article(f"{entity} changes course", "2026-03-11", second)})
    agreed = claims[(claims.entity == entity) & claims.metric.str.startswith(metric) & (claims.status == "agreement")]
    assert len(agreed) == 1, claims[["entity", "metric", "status", "values"]].to_string()


def test_we_of_the_writer_owns_nothing(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Nordbank results", "2026-02-03", "Nordbank has 3.1 million customers. We counted 40 branches "
                                                          "in Stockholm alone."),
        "b.md": article("Nordbank", "2026-02-04", "Nordbank has 3.1 million customers and 55 branches.")})
    assert not ((claims.status == "conflict") & claims.metric.str.contains("branch")).any(), \
        claims[["entity", "metric", "status", "values"]].to_string()


@pytest.mark.parametrize("entity, metric, first, second", [
    ("Velora", "daily_active_users",
     "Velora, a Seoul-based short-video app, said on Tuesday that two million people now use it every day.",
     "Velora has 2 million daily active users."),
    ("Lumora", "users",
     "Lumora, a Shanghai-based maker of e-bike software, said 300,000 riders now use it.",
     "Lumora has about 300,000 users."),
    ("Pindle", "monthly_active_users",
     "Pindle, the Lisbon-based photo app, says 14 million people use it every month.",
     "Pindle has 14 million monthly active users."),
])
def test_a_based_descriptor_is_no_name_and_what_people_use_is_the_owner(tmp_path, entity, metric, first, second):
    """A title naming nobody: the actor is the one the text names, not "Seoul-based"; "people use it": it is
    what they use, resolved to the company the reporting clause names."""
    claims = story_claims(tmp_path, {"a.md": article("A quiet climb", "2026-03-10", first),
                                     "b.md": article("Apps to watch", "2026-03-11", second)})
    agreed = claims[(claims.entity == entity) & claims.metric.str.startswith(metric) & (claims.status == "agreement")]
    assert len(agreed) == 1, claims[["entity", "metric", "status", "values"]].to_string()
