"""Whether the dream makes a figure a woman or a man, and who an apposition names again.

A video model given "a teacher" draws whomever it likes; the dreamer wrote "die Lehrerin" or
"my boss, a tall woman". The scene plan keeps what the text says:

- the word itself: "Lehrerin", "Ärztin", "Nachbarin" (a German feminine form of a role the
  lexicon knows as "Lehrer", "Arzt", "Nachbar"); "Lehrer", "Arzt" (the masculine form of a role
  with a feminine one); "waitress", "landlady", "wife", "policeman";
- a figure whose word is itself of one sex ("sister", "uncle");
- an apposition: "the teacher, a stern woman, ..." is one figure, a woman;
- an English pronoun that points back to the figure ("My boss came in. She ...").

Nothing is guessed from a role: "a doctor" with no such word stays None.
"""

from __future__ import annotations

from typing import Final

from dreamjournal.analysis.parse import Occurrence, Parsed
from dreamjournal.analysis.scene_plan import Gender
from dreamjournal.analysis.vocab import FEMALE_CONCEPTS, MALE_CONCEPTS

_EN_FEMALE: Final = frozenset(
    {"girlfriend", "wife", "fiancee", "fiancée", "ex-girlfriend", "ex-wife", "waitress",
     "landlady", "policewoman", "girl", "lady", "ladies", "unknown woman", "mom", "mum",
     "mommy", "mummy", "mama", "grandma", "granny", "nana", "auntie", "actress", "nun",
     "stewardess", "hostess", "headmistress", "businesswoman", "saleswoman", "chairwoman",
     "granddaughter", "nuns"}
)  # fmt: skip
_EN_MALE: Final = frozenset(
    {"boyfriend", "husband", "fiance", "fiancé", "ex-boyfriend", "ex-husband", "barman",
     "policeman", "boy", "guy", "unknown man", "dad", "daddy", "papa", "grandpa", "granddad",
     "grandad", "landlord", "actor", "monk", "steward", "headmaster", "businessman",
     "salesman", "chairman", "fireman", "postman", "grandson", "firemen"}
)  # fmt: skip
# German words (folded) of one sex that no ending tells.
_DE_FEMALE: Final = frozenset(
    {"krankenschwester", "ehefrau", "ex-frau", "exfrau", "cousine", "maedchen", "oma", "mama",
     "mutti", "tante", "frau", "frauen", "hexe", "dame", "enkeltochter", "nonne", "nonnen",
     "feuerwehrfrau", "braut"}
)  # fmt: skip
_DE_MALE: Final = frozenset(
    {"ehemann", "ex-mann", "exmann", "pfleger", "typ", "kerl", "junge", "opa", "papa", "vati",
     "verlobter", "vorgesetzter", "mann", "maenner", "kumpel", "cousin", "onkel", "enkelsohn",
     "feuerwehrmann", "braeutigam"}
)  # fmt: skip
# Figures an apposition may call a role again: "the teacher, a stern woman".
_APPOSITIVE: Final[dict[str, Gender | None]] = {
    "woman": "female", "man": "male", "person": None, "stranger": None, "child": None,
}  # fmt: skip
_APPOSITION_WORDS: Final[dict[str, Gender]] = {
    "woman": "female", "lady": "female", "girl": "female", "man": "male", "guy": "male",
    "boy": "male", "frau": "female", "dame": "female", "maedchen": "female", "mann": "male",
    "typ": "male", "kerl": "male", "junge": "male",
}  # fmt: skip
_ARTICLES: Final = frozenset({"a", "an", "ein", "eine", "einen", "einem", "einer"})
_AND_OR: Final = frozenset({"and", "or", "und", "oder", "sowie"})
_UMLAUT: Final = {"ae": "a", "oe": "o", "ue": "u"}
_SHE: Final = frozenset({"she", "her", "herself"})
_HE: Final = frozenset({"he", "him", "himself"})


def _is_role(parsed: Parsed, folded: str) -> bool:
    return any(cat == "characters" for cat, _ in parsed.lexicon.exact.get(folded, ()))


def _de_stems(stem: str) -> list[str]:
    """ "lehrer" -> lehrer, lehrere; "aerzt" -> aerzt, arzt: the masculine forms to look up."""
    out = [stem, stem + "e"]
    for spelled, plain in _UMLAUT.items():
        k = stem.rfind(spelled)
        if k >= 0:
            out.append(stem[:k] + plain + stem[k + 2 :])
    return out


def _de_feminine(stem: str) -> list[str]:
    """ "arzt" -> arztin, aerztin; "kollege" -> kollegin: the feminine forms to look up."""
    base = stem[:-1] if stem.endswith("e") else stem
    out = [base + "in"]
    for plain, spelled in (("a", "ae"), ("o", "oe"), ("u", "ue")):
        k = base.rfind(plain)
        if k >= 0 and base[k - 1 : k + 1] not in {"ae", "oe", "ue", "ea", "eu", "au"}:
            out.append(base[:k] + spelled + base[k + 1 :] + "in")
    return out


def word_gender(parsed: Parsed, o: Occurrence) -> Gender | None:
    """The sex the figure's own word gives it ("Lehrerin", "waitress", "sister"), if any."""
    if o.key in FEMALE_CONCEPTS:
        return "female"
    if o.key in MALE_CONCEPTS:
        return "male"
    tokens = parsed.tokens
    if parsed.language == "en":
        words = " ".join(tokens.lower[o.first : o.last])
        last = tokens.lower[o.last - 1]
        if words in _EN_FEMALE or last in _EN_FEMALE:
            return "female"
        if words in _EN_MALE or last in _EN_MALE:
            return "male"
        return None
    word = tokens.folded[o.last - 1]
    if word in _DE_FEMALE:
        return "female"
    if word in _DE_MALE:
        return "male"
    for ending in ("innen", "in"):
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) <= 2:
            continue
        if any(_is_role(parsed, s) for s in _de_stems(stem)):
            return "female"
    if any(_is_role(parsed, s) for s in _de_feminine(word)):
        return "male"
    return None


def appositions(parsed: Parsed, figures: list[Occurrence]) -> dict[int, tuple[int, Gender | None]]:
    """{token of an apposition: (token of the figure it names again, the sex it says)}.

    "The teacher, a stern woman, was writing": "woman" is the teacher. Only a plain person word
    ("a woman", "ein junger Mann") after a comma, itself closed by a comma or the sentence's end
    and not part of a list ("my sister, a dog, and a man" stays three)."""
    tokens = parsed.tokens
    out: dict[int, tuple[int, Gender | None]] = {}
    by_first = sorted(figures, key=lambda o: o.first)
    for before, o in zip(by_first, by_first[1:], strict=False):
        word = tokens.folded[o.last - 1]
        if o.key not in _APPOSITIVE or word not in _APPOSITION_WORDS:
            continue
        if before.key in _APPOSITIVE or tokens.sentence[before.first] != tokens.sentence[o.first]:
            continue
        lead = range(before.last, o.first)
        if (  # "the driver was a woman with pink hair", "die Fahrerin war eine alte Frau"
            2 <= len(lead) <= 4
            and tokens.lower[lead[0]] in _COPULA
            and tokens.lower[lead[1]] in _ARTICLES
            and all(tokens.clause[k] == tokens.clause[o.first] for k in lead)
        ):
            out[o.first] = (before.first, _APPOSITION_WORDS[word])
            continue
        if tokens.clause[o.first] != tokens.clause[before.last - 1] + 1:
            continue  # exactly one comma between them
        lead = range(before.last, o.first)
        if not lead or tokens.lower[lead[0]] not in _ARTICLES or len(lead) > 3:
            continue
        if any(tokens.clause[k] != tokens.clause[o.first] for k in lead):
            continue
        k = o.last
        same = (
            k < len(tokens.lower)
            and not parsed.text[tokens.end[o.last - 1] : tokens.start[k]].strip()
        )
        if same and tokens.lower[k] in _AND_OR:
            continue  # "my boss, a man and a dog": a list
        j = before.first - 1
        listed = j >= 0 and tokens.clause[j] == tokens.clause[before.first]
        if listed and tokens.lower[j] in _AND_OR:
            continue  # "a man and my boss, a woman": no apposition to tell
        out[o.first] = (before.first, _APPOSITION_WORDS[word])
    return out


_COPULA: Final = frozenset({"was", "is", "war", "ist"})
_OWNERS: Final = frozenset(
    {"my", "our", "his", "her", "mein", "meine", "meinen", "meinem", "meiner", "unser", "unsere",
     "a", "an", "the", "ein", "eine", "einen", "der", "die", "das", "dem", "den"}
)  # fmt: skip


def named_appositions(
    parsed: Parsed, figures: list[Occurrence], named: frozenset[int]
) -> dict[int, int]:
    """{token of the second: token of the first} for a name and a role that name one person:
    "Mrs. Patel, my old chemistry teacher, ...", "Marco, my old friend, ...", "meine Lehrerin,
    Frau Berger, ...", "an old man called Mr Fisher". Exactly one comma between them (or
    "called"); the role opens with "my" or an article and is no list ("Anna, my sister and a
    dog": the sister is another)."""
    tokens = parsed.tokens
    out: dict[int, int] = {}
    by_first = sorted(figures, key=lambda o: o.first)
    for before, o in zip(by_first, by_first[1:], strict=False):
        if (before.first in named) == (o.first in named):
            continue  # a name and a role, in either order
        if o.key in _APPOSITIVE and o.first not in named:
            continue  # "Lena, a tall girl": a description (`appositions`), no role
        if tokens.sentence[before.first] != tokens.sentence[o.first]:
            continue
        lead = list(range(before.last, o.first))
        called = any(tokens.folded[k] in _CALLED for k in lead)
        if tokens.clause[o.first] != tokens.clause[before.last - 1] + (0 if called else 1):
            continue
        if o.first in named:  # "meine Lehrerin, Frau Berger", "an old man called Mr Fisher"
            if any(tokens.folded[k] not in _TITLE_WORDS | _CALLED for k in lead):
                continue
        elif not lead or tokens.lower[lead[0]] not in _OWNERS or len(lead) > 4:
            continue
        k = o.last
        same = (
            k < len(tokens.lower)
            and not parsed.text[tokens.end[o.last - 1] : tokens.start[k]].strip()
        )
        if same and tokens.lower[k] in _AND_OR:
            continue
        out[o.first] = before.first
    return out


# Words that give a figure its name: "a man called Tom", "the bus driver was Mrs Patel".
_CALLED: Final = frozenset({"called", "named", "namens", "genannt", "was", "is", "war", "ist"})
_TITLE_WORDS: Final = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "herr", "frau", "doktor", "prof", "professor"}
)


def pronoun_gender(parsed: Parsed, token: int) -> Gender | None:
    """The sex an English pronoun at `token` says ("she", "him"); None for any other word."""
    if parsed.language != "en":
        return None  # German "sie" is also "they"; "er" also stands for things
    word = parsed.tokens.lower[token]
    return "female" if word in _SHE else "male" if word in _HE else None
