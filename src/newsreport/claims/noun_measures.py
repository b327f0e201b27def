"""The measure a figure's own noun names when no config metric does. The parse ties an amount or a physical quantity
to one noun, and that noun says what it measures, whatever the noun is: "a ransom of $4 million", "a $4 million
ransom demand", "the deficit is $3 billion" (a sum of money that is a ransom, a deficit); "90 mm of rain", "winds of
95 mph", "a 12km pipeline" (a quantity of rain, the speed of winds, the length of a pipeline), a size its subject has
("the tunnel is 9.5 km long", "the bridge stretches 1.6 km": their length) and a level its subject stood at ("the lake
peaked at 4 metres": its level). A physical quantity is keyed by its unit's dimension beside its
noun (`pipeline_length`, `wind_speed`): values are compared within one unit anyway (claims/units.py), and the
dimension keeps "a 40km tunnel" apart from "a 40-tonne tunnel". Money and physical units only: a percentage beside a
noun is most often a change of something else ("a 5% rise")."""

from __future__ import annotations

from newsreport.claims.parsing import figure_tokens, parsed, span_root

# physical units (as the figures step writes them) -> the dimension they measure; a unit not listed keys nothing
DIMENSIONS = {
    **dict.fromkeys(("millimetres", "millimeters", "centimetres", "centimeters", "metres", "meters", "kilometres",
                     "kilometers", "miles", "feet", "foot", "inches", "yards"), "length"),
    **dict.fromkeys(("miles per hour", "kilometres per hour", "kilometers per hour", "km/h", "mph", "knots"), "speed"),
    **dict.fromkeys(("tonnes", "tons", "kilograms", "kilos", "pounds", "grams"), "mass"),
    **dict.fromkeys(("litres", "liters", "millilitres", "kilolitres", "megalitres", "gigalitres", "gallons", "barrels",
                     "cubic metres", "cubic meters"), "volume"),
}
# nouns naming what was said about a sum, not what the sum is: "a $10 million ransom demand" is a ransom; and
# statistics of something named before ("the average is £1,380")
SAID_HEADS = {"demand", "request", "estimate", "figure", "claim", "proposal", "sum", "amount", "total", "average",
              "median", "mean"}
# a thing's own size, told with an adjective after the quantity or a verb of extent whose subject it is ("the bull
# weighed 900 kg"; not "measure", whose subject is as often the one measuring)
SIZE_ADJECTIVES = {"long", "wide", "high", "tall", "deep", "thick", "across"}
SIZE_VERBS = {"weigh", "span", "stretch", "run", "extend"}
UNIT_NOUNS = {"unit", "equivalent"}  # "twenty-foot equivalent units": the name of a unit, not a thing 20 feet long
# nouns of a sum someone reckons in advance: what it is a reckoning of is the measure ("a $2bn estimate for a bridge")
ESTIMATE_HEADS = {"estimate", "projection", "forecast"}
NOUN_TAGS = ("NOUN", "PROPN")


def noun_measure(kind: str, unit: str, sentence: str, rel_start: int, rel_end: int,
                 vocabulary) -> tuple[str, tuple[int, int], list[str]] | None:
    """(metric, span of its noun, no doubt) of a money or physical-unit figure from the noun the parse ties it to:
    the noun an amount is "of" or is said to be ("a ransom of $4m", "the deficit is $3bn"), the noun it modifies
    ("a $4m ransom demand", "the 12km pipeline"), or for a physical quantity the noun it is "of" ("90 mm of rain"),
    or the level a subject stood at ("the lake peaked at 4 metres": its level). None for other figures,
    or when the figure stands in no such shape. `vocabulary`: its synonyms join two words for one thing of a
    physical quantity ("route", "line"; the synonyms of counted people do not name what a sum is)."""
    dimension = DIMENSIONS.get(unit.strip().lower(), "") if kind == "other" else ""
    if kind != "money" and not dimension:
        return None
    tokens = figure_tokens(parsed(sentence), rel_start, rel_end)
    if not tokens:
        return None
    root = span_root(tokens)
    noun, level = measured_noun(root, physical=bool(dimension))
    words = noun_words(noun, {t.i for t in tokens}) if noun is not None else []
    # a height a river or lake stood at is its level; a mass or volume a subject came to is the subject's own ("the
    # harvest came to 10 million tonnes": harvest), unless its noun names no thing ("demand", "the total": a level)
    words = ["level"] if level and (dimension == "length" or not words or words[-1] in SAID_HEADS | UNIT_NOUNS) else words
    if kind == "money" and len(words) > 1 and words[-1] in SAID_HEADS:
        words = words[:-1]  # "a ransom demand" is a ransom
    if kind == "money" and words and words[-1] in ESTIMATE_HEADS and noun is not None and estimated(noun, vocabulary):
        return estimated(noun, vocabulary), (noun.idx, noun.idx + len(noun)), []  # "a $2bn estimate for the bridge": its cost
    if not words or words[-1] in SAID_HEADS | UNIT_NOUNS:
        return None  # "the figure was $2 billion": a placeholder (claims.neighbours), no noun of its own
    if kind == "money" and words[-1] in vocabulary.built_things and vocabulary.metric("cost") is not None:
        return "cost", (noun.idx, noun.idx + len(noun)), []  # "a ¥1.2 trillion factory": what the factory costs
    name = "_".join(vocabulary.synonyms.get(w, w) if dimension else w for w in words)
    name += f"_{dimension}" if dimension and words[-1] != dimension else ""  # "wind speeds of 150 km/h": wind_speed
    return name, (noun.idx, noun.idx + len(noun)), []


def measured_noun(root, physical: bool):
    """(noun, whether the figure is its level) of the figure whose highest token is `root`, noun None for none: its
    head noun when it modifies one, the noun it is "of" or the subject it is said to be, and for a physical quantity
    the noun after its own "of", the subject of a verb stating its size ("the bull weighs 900 kg"), or the subject
    whose level it is."""
    head = root.head
    if root.dep_ in ("compound", "nummod", "amod", "nmod") and head.pos_ in NOUN_TAGS and head.i > root.i:
        if physical and any(c.dep_ == "nummod" and c.i < root.i for c in head.children):
            return None, False  # "2 million 25-kg sacks": the size of each thing another number counts, no claim
        return head, False  # "a $4 million ransom demand", "the 12km pipeline"
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in NOUN_TAGS and head.head.i < root.i:
        return head.head, False  # "a ransom of $4 million", "winds of 95 mph"
    if root.dep_ == "attr" and head.lemma_ == "be":  # "the deficit is about $3bn"
        return next((c for c in head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None), False
    if not physical:
        return None, False
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None:  # "90 millimetres of rain"; "within 5 km of the coast" measures no coast: a distance from it
        stuff = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
        bare = stuff is not None and not any(c.dep_ in ("det", "poss") for c in stuff.children)
        return (stuff if bare else None), False
    if root.dep_ == "npadvmod" and head.lower_ in SIZE_ADJECTIVES:  # "the tunnel is 9.5 km long", "a wall 4 m high"
        return (level_subject(head.head) if head.dep_ == "acomp" else head.head if head.head.pos_ in NOUN_TAGS
                else None), False
    if root.dep_ in ("dobj", "npadvmod") and head.lemma_.lower() in SIZE_VERBS:
        return level_subject(head), False  # "the bridge stretches 1.6 km", "a queue that stretched 2 km"
    if root.dep_ == "pobj" and head.lower_ in ("at", "to") and head.head.pos_ == "VERB":
        valued = next((c for c in head.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if valued is not None:  # "estimated its sustained winds at 175 km/h", "put the river's height at 6 metres":
            return valued, False  # the object is what is measured; the subject only reads or sets it
        subject = level_subject(head.head)  # "the lake crested at 4 metres", "the Tamsel peaked at 6 metres"
        return subject, subject is not None
    return None, False


def level_subject(verb):
    """The subject of `verb` that a level is stated of ("the lake stood at 3 metres"), through verbs joined by "and"
    and a relative "which": None when it names no noun."""
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ == "WDT" and verb.dep_ == "relcl":
        subject = verb.head  # "the river, which rose to 7 metres"
    return subject if subject is not None and subject.pos_ in NOUN_TAGS else None


def noun_words(noun, figure: set[int]) -> list[str]:
    """The lemmas of `noun` with the nouns compounded before it ("ex gratia", "tunnel section"), lower case,
    leaving out the figure's own tokens and names ("the Tamsel River pipeline" is a pipeline: the name is its owner)."""
    before = [c for c in noun.lefts if c.dep_ == "compound" and c.i not in figure and c.is_alpha
              and not (c.pos_ == "PROPN" and c.text[:1].isupper())]
    return [t.lemma_.lower() for t in before + [noun]]


def estimated(noun, vocabulary) -> str:
    """What a sum named as an estimate (`noun`: "estimate", "projection") is an estimate of: the money noun after its
    "of" ("a $1.4bn estimate of insured losses": the losses), or the cost of the thing after its "of" or "for" ("the
    £1.1bn estimate for a tunnel", "a $3m estimate of the repairs": what it will cost); '' when it names neither."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "for")), None)
    thing = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None) if prep is not None else None
    if thing is None:
        return ""
    if thing.lower_ in vocabulary.money_nouns or thing.lemma_.lower() in vocabulary.money_nouns:
        return thing.lemma_.lower()  # "an estimate of the costs", "of insured losses"
    return "cost" if vocabulary.metric("cost") is not None else ""
