"""What a measure is about beyond its owner, read from the figure's parse: what a rate or duty
falls on ("a 145% tariff on goods from Zembla") and what a share is of ("30% of all small parcels")."""

from __future__ import annotations

from newsreport.claims.names import PLATFORMS

TARGET_PREPS = {"on", "against"}  # "a tariff on Zemblan goods", "duties against imports from Zembla"


def targets(measure, doc) -> list[str]:
    """Places and nationalities in the "on ..." phrase of a measure's nouns: what a rate or duty
    falls on ("a 145% tariff on goods from Zembla" -> ['Zembla'])."""
    words, preps = [], []
    for token in measure:
        preps += [c for c in token.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS]
    if preps:  # "a tariff on goods from Zembla": the parser may hang "from Zembla" on the verb or the tariff
        preps += [c for token in measure for c in token.children
                  if c.dep_ == "prep" and c.lower_ == "from" and c not in preps]
    else:  # "Goods from Zembla now face tariffs of 120%": what bears the rate is the subject
        preps = [c for token in measure if token.dep_ in ("nsubj", "nsubjpass") for c in token.children
                 if c.dep_ == "prep" and c.lower_ == "from"]
    for prep in preps:
        for t in prep.subtree:
            if any(a.dep_ == "prep" and a.lower_ in ("to", "into") and a in prep.subtree for a in t.ancestors):
                continue  # "a levy on its exports to the US": where the goods go is not what it falls on
            if t.ent_type_ in ("DATE", "TIME") or t.text in PLATFORMS:
                continue  # "imposed a 10% tariff on Zemblan goods on Tuesday": a day bears no tariff; "on Android" is a platform
            if t.ent_type_ in ("GPE", "NORP", "LOC") or t.pos_ == "PROPN" and t.ent_type_ != "PERSON" \
                    and any(c.isupper() for c in t.text) \
                    or t.pos_ == "ADJ" and t.dep_ == "amod" and t.text[:1].isupper():  # not "de" of "a duty on de
                # minimis parcels"; "on all Zemblan goods": a nationality the tagger does not know
                entity = next((e for e in doc.ents if e.start <= t.i < e.end), None)
                words.append(entity.text if entity is not None else t.text)
    return list(dict.fromkeys(words))


def origin_words(measure) -> list[str]:
    """Capitalized modifiers of the measure's subject: where the goods that bear a rate come from
    ("Zemblan imports now face an extra 10% duty" -> ['Zemblan']), for rates keyed by what they fall on."""
    return [c.text for token in measure if token.dep_ in ("nsubj", "nsubjpass") and token.pos_ == "NOUN"
            for c in token.children if c.dep_ in ("amod", "compound") and c.text[:1].isupper()
            and c.ent_type_ not in ("DATE", "TIME", "PERSON")]


GENERIC_GOODS = {"good", "import", "export", "product", "item", "shipment", "purchase", "merchandise", "commodity"}


def target_noun(measure) -> str:
    """What kind of goods a rate falls on, when the phrase names a kind ("a 25% tariff on Zemblan
    steel" -> 'steel'); '' for goods in general ("on all Zemblan goods", "Zemblan imports face"):
    a tariff on steel is not the tariff on everything."""
    for token in measure:
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS):
            for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
                return "" if pobj.lemma_.lower() in GENERIC_GOODS else pobj.lemma_.lower()
    return ""


def of_object(noun, stop: set[int]) -> str:
    """What a share is of: the object of the "of" phrase of the figure's noun, with its modifiers
    ("30% of all small parcels" -> 'small parcels'); '' when there is none."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.i not in stop and c.pos_ == "NOUN"):
            modifiers = [c for c in pobj.children if c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "NOUN")
                         and c.ent_type_ not in ("NORP", "GPE", "DATE") and c.lower_ not in ("all", "total")]
            return " ".join(t.lower_ for t in sorted(modifiers + [pobj], key=lambda t: t.i))
    return ""
