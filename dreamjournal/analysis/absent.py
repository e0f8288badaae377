"""Figures a dream names but does not put in the scene: a voice on the phone, someone waited for,
someone left behind.

"My mom called and said the house was flooding", "Meine Mutter hat am Telefon gesagt ...",
"I was waiting for my sister", "ohne meinen Bruder": the mother, the sister and the brother are
not where the dreamer is, so the scene plan does not draw them there (they may still come in
later: a later mention that is none of these puts them in that scene).
"""

from __future__ import annotations

from typing import Final, Literal

from dreamjournal.analysis.parse import Occurrence, Parsed

Absence = Literal["call", "awaited", "without"]

# "my father wasn't there", "das Publikum war gar nicht da", "mein Bruder fehlte": after the
# figure, in its clause (a few words may come between: "aber gar").
_NOT_THERE: Final = (
    ("wasn't", "there"), ("weren't", "there"), ("was", "not", "there"), ("were", "not", "there"),
    ("was", "gone"), ("were", "gone"), ("was", "missing"), ("were", "missing"),
    ("nicht", "da"), ("nicht", "mehr", "da"), ("war", "weg"), ("waren", "weg"), ("fehlte",),
    ("fehlten",), ("wasn't", "in", "the", "dream"), ("was", "not", "in", "the", "dream"),
    ("war", "nicht", "im", "traum"), ("kam", "nicht", "vor"),
)  # fmt: skip

# "My mom called", "Karen rang me", "he texted": the figure before the verb is elsewhere.
_CALL_VERBS: Final = frozenset(
    {"called", "calls", "calling", "rang", "rings", "phoned", "phones", "phoning", "texted",
     "texts", "texting", "messaged", "messages", "facetimed", "emailed", "skyped"}
)  # fmt: skip
# Words between the figure and the verb ("my mom had just called").
_BETWEEN: Final = frozenset(
    {"had", "has", "was", "kept", "just", "suddenly", "finally", "then", "even", "also", "again"}
)
# After the verb (or after "me"), words of a call across a room: "called out", "called me over".
_CALL_IN_THE_ROOM: Final = frozenset(
    {"out", "to", "after", "over", "into", "in", "across", "for", "back", "down", "inside"}
)
_ME: Final = frozenset({"me", "us", "him", "her", "them"})
# A clause told as a call: every figure in it is on the other end of the line.
_CALL_PHRASES: Final = (
    ("on", "the", "phone"), ("over", "the", "phone"), ("on", "facetime"), ("on", "speaker"),
    ("am", "telefon"), ("am", "handy"), ("per", "telefon"), ("ubers", "handy"),
    ("uebers", "handy"), ("per", "videocall"), ("per", "whatsapp"), ("per", "sms"),
)  # fmt: skip
_CALL_ENDS: Final = frozenset(p[-1] for p in _CALL_PHRASES)
_CALL_WORDS_DE: Final = frozenset({"angerufen", "anrief", "anriefen", "anzurufen"})
_DREAMER_ADDRESSED: Final = frozenset({"i", "me", "ich", "mir", "mich"})
# "texting my ex", "messaging my sister": the one written to is elsewhere.
_TEXTING: Final = frozenset(
    {"texting", "texted", "messaging", "messaged", "phoning", "phoned", "ringing", "calling",
     "emailing", "emailed"}
)  # fmt: skip
_OWN: Final = frozenset({"my", "our", "his", "her", "their"})
# A message sent: "eine SMS geschrieben", "sent me a text", "schickte mir eine Nachricht".
_MESSAGES: Final = frozenset(
    {"sms", "nachricht", "whatsapp", "mail", "e-mail", "email", "text", "message", "voicemail"}
)
_SENT: Final = frozenset(
    {"geschrieben", "schrieb", "schrieben", "geschickt", "schickte", "schickten", "sent",
     "sends", "send", "left", "hinterlassen"}
)  # fmt: skip
_RIEF: Final = frozenset({"rief", "ruft", "riefen", "rufen", "rufe"})
# "I called my mom", "ich habe meine Mutter angerufen": the one called is elsewhere too.
_DREAMER: Final = frozenset({"i", "ich"})
_DETERMINERS: Final = frozenset(
    {"my", "the", "a", "an", "our", "his", "her", "their", "your", "meine", "meinen", "meinem",
     "meiner", "den", "die", "das", "dem", "der", "einen", "eine", "unseren", "unsere", "mein"}
)  # fmt: skip
_WITHOUT: Final = frozenset({"without", "ohne"})


# Words that introduce a name ("meine Freundin Lena", "my friend Tom").
_KIN_TITLES: Final = frozenset(
    {"freundin", "freund", "schwester", "bruder", "friend", "sister", "brother", "cousin",
     "cousine", "kollegin", "kollege", "colleague", "nachbarin", "nachbar", "neighbour"}
)  # fmt: skip
# The one waited for or looked for is not (yet) there: "waited ... for", "looking for".
_SOUGHT_EN: Final = ("wait", "looking", "looked", "search", "searching", "searched", "hunted")
_SEARCHED_DE: Final = frozenset({"suchte", "suchten", "suche", "sucht", "vermisste"})


def absent_figures(parsed: Parsed, figures: list[Occurrence]) -> dict[int, Absence]:
    """The first tokens of the figures (among `figures`) that the text puts elsewhere, and why."""
    tokens = parsed.tokens
    folded, clause = tokens.folded, tokens.clause
    n = len(folded)
    calls = _call_clauses(parsed)
    names = {i for i, _ in parsed.names}
    absent: dict[int, Absence] = {}
    for o in figures:
        if clause[o.first] in calls:
            absent[o.first] = "call"
            continue
        # "my mom (had just) called (me)", not "called me over"
        k = o.last
        while k < n and folded[k] in _BETWEEN and clause[k] == clause[o.first]:
            k += 1
        named = k + 1 < n and tokens.original[k + 1][:1].isupper()  # "a dog called Bear"
        if k < n and folded[k] in _CALL_VERBS and clause[k] == clause[o.first] and not named:
            after = k + 1
            if after < n and folded[after] in _ME:
                after += 1
            if after >= n or folded[after] not in _CALL_IN_THE_ROOM:
                absent[o.first] = "call"
                continue
        if _not_there(parsed, o):
            absent[o.first] = "without"
            continue
        # "waiting for my sister", "without my brother", "ohne meinen Bruder"
        j = o.first - 1
        if j >= 1 and o.first in names and folded[j] in _KIN_TITLES:
            j -= 1  # "auf meine Freundin Lena": before the word that introduces the name
        if j >= 0 and folded[j] in _DETERMINERS:
            j -= 1
        if j >= 0 and folded[j] in _WITHOUT:
            absent[o.first] = "without"
        elif j >= 0 and folded[j] == "mit" and _in_clause(parsed, clause[o.first], "telefon"):
            absent[o.first] = "call"  # "ich habe mit meiner Mutter telefoniert"
        elif (
            j >= 0 and folded[j] == "for" and _in_clause(parsed, clause[o.first], *_SOUGHT_EN)
        ) or (
            j >= 0 and folded[j] == "auf" and _in_clause(parsed, clause[o.first], "wart", "gewart")
        ):
            absent[o.first] = "awaited"  # "waited at the station for my brother", "looking for"
        elif (j >= 0 and folded[j] in _SEARCHED_DE) or (
            j >= 0 and folded[j] == "nach" and _in_clause(parsed, clause[o.first], "such", "gesuch")
        ):
            absent[o.first] = "awaited"  # "suchte meine Schwester", "nach meinem Hund gesucht"
    return absent


_OTHER_SUBJECTS: Final = frozenset(
    {"i", "ich", "we", "wir", "he", "she", "they", "er", "sie", "it", "es", "and", "und", "mir",
     "me"}
)  # fmt: skip


def _not_there(parsed: Parsed, o: Occurrence) -> bool:
    """ "my father wasn't there", "das Publikum war aber gar nicht da": said within the four
    words after the figure, in its sentence, with no other subject between."""
    folded, sentence = parsed.tokens.folded, parsed.tokens.sentence
    end = o.last
    while end < len(folded) and sentence[end] == sentence[o.first] and end < o.last + 7:
        end += 1
    after = folded[o.last : end]
    if any(w in _OTHER_SUBJECTS for w in after):
        return False  # "my father, whom I could not find": another subject
    return any(after[k : k + len(p)] == list(p) for p in _NOT_THERE for k in range(4))


def _call_clauses(parsed: Parsed) -> frozenset[int]:
    """Clauses told as a phone call: "on the phone", "am Telefon", "hat mich angerufen",
    "rief mich an", "I called my mom" (the dreamer calling out of the scene)."""
    folded, clause = parsed.tokens.folded, parsed.tokens.clause
    found: set[int] = set()
    for i, word in enumerate(folded):
        c = clause[i]
        if word in _CALL_WORDS_DE:
            found.add(c)
        elif word in _RIEF and any(
            folded[j] == "an" and clause[j] == c for j in range(i + 1, min(i + 8, len(folded)))
        ):
            found.add(c)  # "rief mich an", "ruft meine Mutter an"
        elif word in _CALL_ENDS and any(
            folded[i - len(p) + 1 : i + 1] == list(p) for p in _CALL_PHRASES
        ):
            # "Mom said on the phone I should ...": a call to the dreamer; "my boss was on the
            # phone shouting" is a man seen with a phone
            sentence = parsed.tokens.sentence
            if any(
                sentence[k] == sentence[i] and folded[k] in _DREAMER_ADDRESSED
                for k in range(len(folded))
            ):
                found.add(c)
        elif word in _CALL_VERBS and i > 0 and folded[i - 1] in _DREAMER:
            nxt = folded[i + 1] if i + 1 < len(folded) else ""
            if nxt not in _CALL_IN_THE_ROOM and nxt not in _ME:
                found.add(c)  # "I called my mom", not "I called out to her"
        elif word in _TEXTING and i + 1 < len(folded) and folded[i + 1] in _OWN:
            found.add(c)  # "I was on a night bus texting my ex"
        elif word in _MESSAGES and any(
            folded[k] in _SENT and clause[k] == c for k in range(max(0, i - 6), len(folded))
        ):
            found.add(c)  # "Mein Chef hat mir eine SMS geschrieben", "she sent me a text"
    return frozenset(found)


def _in_clause(parsed: Parsed, c: int, *starts: str) -> bool:
    """Whether clause c has a word starting so ("wart" in "ich wartete auf meine Schwester")."""
    folded, clause = parsed.tokens.folded, parsed.tokens.clause
    return any(clause[k] == c and folded[k].startswith(starts) for k in range(len(folded)))
