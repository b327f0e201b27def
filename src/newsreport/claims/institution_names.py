"""One institution under the names articles give it. An acronym an article defines ("the Rajmer Board of Secondary
Education (RBSE)", "the Reserve Bank of Kestoria (RBK)") is the name it stands for, in every article of the corpus.
A country's central bank named in full ("the Reserve Bank of Kestoria", "the Central Bank of Ostra", "the Bank of
Canada", or the tagger's cut "Reserve Bank" where the article writes "Reserve Bank of Kestoria") is the country, as
"Kestoria's central bank" already is (places.NATIONAL_BODIES): its rate is the country's rate."""

from __future__ import annotations

import re

NAME_WORD = r"(?:[A-Z][\w&'’-]*|of|the|and|for|on)"
DEFINED = re.compile(rf"\b((?:[A-Z][\w&'’-]*)(?:\s+{NAME_WORD}){{1,7}})\s+\(([A-Z]{{2,7}})\)")
CENTRAL_BANK = re.compile(r"^(?:the\s+)?(?:Reserve|Central|National|People's|People’s|State) Bank of (?:the\s+)?"
                          r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})$")
BANK_STEM = re.compile(r"^(?:Reserve|Central|National|People's|People’s|State) Bank$")
# central banks named plainly "Bank of" their country ("the Bank of Canada", "the Bank of Japan"); not "Bank of America",
# "Bank of China" or "Bank of Ireland", which are commercial banks
PLAIN_BANK_OF = re.compile(r"^(?:the\s+)?Bank of (Canada|Japan|Korea|Israel|Thailand|Jamaica|Ghana|Uganda|Tanzania|Zambia|"
                           r"Botswana|Namibia|Mauritius|Sierra Leone|Papua New Guinea|Italy|France|Spain|Greece|Portugal|"
                           r"Finland|Estonia|Latvia|Lithuania|Slovenia|Albania|Russia|Algeria|Guyana)$")


def defined_acronyms(texts: list[str]) -> dict[str, str]:
    """Acronym -> full name, from definitions whose capitalized words' initials spell the acronym."""
    found = {}
    for text in texts:
        for match in DEFINED.finditer(text):
            words = match.group(1).split()
            for first in range(len(words)):  # "The Rajmer Board ..." may start before the name
                initials = "".join(w[0] for w in words[first:] if w[0].isupper())
                if initials == match.group(2) and words[first][0].isupper():
                    found.setdefault(match.group(2), " ".join(words[first:]))
                    break
    return found


def central_bank_country(name: str, text: str) -> str:
    """The country of a central bank named `name` in `text`, or ''."""
    whole = CENTRAL_BANK.match(name) or PLAIN_BANK_OF.match(name)
    if whole:
        return whole.group(1)
    if BANK_STEM.match(name):  # the tagger's "Reserve Bank" of "Reserve Bank of Kestoria"
        written = re.search(rf"\b{re.escape(name)} of (?:the\s+)?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){{0,2}})", text)
        return written.group(1) if written else ""
    return ""


def unify_institutions(records: list[dict], texts: dict[str, str]) -> None:
    """Write each owner named by a defined acronym (or by the tagger's cut of its full name before "of": "Rajmer
    Board") as its full name, and a central bank as its country."""
    acronyms = defined_acronyms(list(texts.values()))
    for record in records:
        entity = str(record.get("entity") or "")
        if not entity:
            continue
        full = acronyms.get(entity) or next((name for name in acronyms.values() if name.startswith(f"{entity} of ")), entity)
        country = central_bank_country(full, texts.get(record["doc"], ""))
        record["entity"] = country or full
