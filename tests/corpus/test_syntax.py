"""spaCy parses: batched (`parse_many`) and read back from the map's stored parses
(`serialize`, `provide`) give exactly the parse of one `nlp(text)` call, on the seeds' sentences."""

import pytest

from newsreport.corpus import syntax
from newsreport.corpus.loader import load_corpus
from newsreport.paths import DEFAULT_CORPUS


def reading(doc) -> list[tuple]:
    """What the claims and entities steps read of a parse, token by token, and the entities."""
    return [(t.text, t.idx, t.tag_, t.pos_, t.head.i, t.dep_, t.lemma_, t.ent_type_, t.ent_iob_, t.is_sent_start)
            for t in doc] + [(e.start_char, e.end_char, e.label_) for e in doc.ents]


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    return [s.text for d in load_corpus(DEFAULT_CORPUS).documents for s in d.sentences][:80]


@pytest.fixture
def fresh_cache():
    syntax._PARSES.clear(), syntax._STORED.clear()
    yield
    syntax._PARSES.clear(), syntax._STORED.clear()


def test_batched_parses_equal_single_calls(sentences, fresh_cache):
    single = [reading(syntax.load_parser()(t)) for t in sentences]
    assert [reading(d) for d in syntax.parse_many(sentences)] == single


def test_stored_parses_are_read_back_not_parsed_again(sentences, fresh_cache, monkeypatch):
    payload = syntax.serialize(sentences)
    expected = [reading(syntax.parse(t)) for t in sentences]
    syntax._PARSES.clear()
    syntax.provide(sentences, payload)

    def no_parsing(*args, **kwargs):
        raise AssertionError("a stored sentence was parsed again")

    monkeypatch.setattr(type(syntax.load_parser()), "__call__", no_parsing)
    monkeypatch.setattr(type(syntax.load_parser()), "pipe", no_parsing)
    assert [reading(syntax.parse(t)) for t in sentences] == expected
    assert len(payload) < 1000 * len(sentences)  # compact: a few hundred bytes a sentence


def test_a_stored_parse_is_only_used_for_its_own_text(sentences, fresh_cache):
    payload = syntax.serialize(sentences[:2])
    syntax._PARSES.clear()
    syntax.provide([sentences[1], sentences[0]], payload)  # offered under the wrong texts
    assert syntax.parse(sentences[1]).text == sentences[1]
