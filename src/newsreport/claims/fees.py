"""Whose a transfer fee is: the one person its sentence names (the player or coach who moved), never the club that paid
or was paid ("Corbin completed the signing of Ana Ruiz for a fee of £40m", "Ana Ruiz has joined Corbin for £35m",
"Corbin's president, asked about Ana Ruiz: 'We paid £30m'": Ana Ruiz's fee, three times)."""

from __future__ import annotations

from newsreport.claims.parsing import parsed


def person_moved(sentence: str) -> str:
    """The one person `sentence` names (its PERSON entities, a longer name standing for its shorter forms: "Ana
    Ruiz" and "Ruiz"), or '' when it names none or several."""
    people = {e.text.removesuffix("'s").removesuffix("’s") for e in parsed(sentence).ents if e.label_ == "PERSON"}
    longest = {p for p in people if not any(p != q and p in q.split() + [q] for q in people)}
    return longest.pop() if len(longest) == 1 else ""
