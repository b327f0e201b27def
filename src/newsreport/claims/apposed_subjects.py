"""A sentence's subject named beside a common noun that describes it: "The meditation app Marlo reached No. 3"
(the parser takes 'app' for the subject and 'Marlo' for its appositive) and "Fundly, a crowdfunding platform owned
by Rally, raised ..." (a name ending in '-ly' is tagged an adverb, and the description taken for the subject). What
"it" or "the app" in the next sentence refers to is that name."""

from __future__ import annotations

from newsreport.claims.names import is_name, name_of


def apposed_name(subject, names: frozenset) -> str:
    """The name apposed to a common-noun `subject` token ('Marlo' of "The meditation app Marlo"), or the name
    opening the sentence before a comma and the subject's indefinite article ('Fundly' of "Fundly, a crowdfunding
    platform, raised"); '' for neither."""
    if subject.pos_ != "NOUN":
        return ""
    apposed = next((c for c in subject.children if c.dep_ == "appos" and is_name(c, names)), None)
    if apposed is not None:
        return name_of(apposed)[0]
    tokens = subject.doc
    article = next((c for c in subject.children if c.dep_ == "det"), None)
    if article is None or article.lower_ not in ("a", "an") or article.i < 2 or tokens[article.i - 1].text != ",":
        return ""
    name = tokens[article.i - 2]  # the name opens the sentence and ends at the comma: "Fundly, a platform"
    if name.head == subject.head and is_name(name, names) and all(t.head == name or t == name for t in tokens[:name.i]):
        return name_of(name)[0]
    return ""


def named_apposition(subject, names: frozenset):
    """The name token apposed to a common-noun `subject` ("its parent Kaiyun Tech", "the regulator Ofcom", "its
    rival, Velo,"), which is who speaks for a reported "it"; `subject` itself otherwise (None stays None)."""
    if subject is None or subject.pos_ != "NOUN":
        return subject
    return next((c for c in subject.children if c.dep_ == "appos" and is_name(c, names)), subject)


def misread_subjects(verb) -> list:
    """Names before `verb` the parser hung on it as modifiers though they are its subject: a subject parsed as nmod
    ("Brisko and Haulo ship 600,000 packages"), or a name in -ly parsed as an adverb ("estimates that Vibely generated
    $8 billion": a capitalized adverb inside a sentence is a name); so an "adverb" opening a sentence right before its
    finite verb, which has no subject ("Flickly averaged 210 million users": no English sentence opens "Still rose")."""
    return [c for c in verb.children if c.i < verb.i and (c.dep_ == "nmod" and c.pos_ == "PROPN" and verb.dep_ == "ROOT"
                                                          or c.dep_ == "advmod" and c.i > c.sent.start and c.text[:1].isupper()
                                                          or c.dep_ == "advmod" and c.i == c.sent.start and c.i + 1 == verb.i
                                                          and c.text[:1].isupper() and verb.tag_ in ("VBD", "VBZ", "VBP"))]
