"""What the dreamer wears in a scene, when the dream says it: "I was in my pyjamas", "Ich stand
im Schlafanzug auf dem Bahnsteig", "I was wearing a wedding dress", "ich trug nur Unterwäsche".

A dream of standing in pyjamas on a platform is a dream about the pyjamas: the shot shows the
dreamer in them, and they are no loose object lying in the scene. Clothes said of someone else
("a man in a long coat") are that figure's look (`planner`), never the dreamer's: the dreamer's
own are said with "my"/"mein", or right after "I"/"ich" and a verb with no other figure between.
"""

# ruff: noqa: E501
from __future__ import annotations

import re
from typing import Final

# The clothes a dream shot can show, German spellings folded (ä -> ae), with the English words.
_CLOTHES_EN: Final = {
    "pyjamas": "pyjamas", "pajamas": "pyjamas", "pjs": "pyjamas", "nightgown": "a nightgown",
    "nightie": "a nightgown", "nightdress": "a nightgown", "dressing gown": "a dressing gown",
    "bathrobe": "a bathrobe", "swimsuit": "a swimsuit", "bathing suit": "a swimsuit",
    "swimming costume": "a swimsuit", "swimming trunks": "swimming trunks", "underwear": "underwear",
    "wedding dress": "a wedding dress", "school uniform": "a school uniform", "uniform": "a uniform",
    "suit": "a suit", "dress": "a dress", "coat": "a coat", "raincoat": "a raincoat",
    "costume": "a costume", "onesie": "a onesie", "ball gown": "a ball gown", "towel": "a towel",
    "socks": "socks", "slippers": "slippers", "hospital gown": "a hospital gown",
}  # fmt: skip
_CLOTHES_DE: Final = {
    "schlafanzug": "pyjamas", "pyjama": "pyjamas", "nachthemd": "a nightgown",
    "bademantel": "a bathrobe", "morgenmantel": "a dressing gown", "badeanzug": "a swimsuit",
    "badehose": "swimming trunks", "bikini": "a bikini", "unterwaesche": "underwear",
    "unterhose": "underwear", "hochzeitskleid": "a wedding dress", "brautkleid": "a wedding dress",
    "schuluniform": "a school uniform", "uniform": "a uniform", "anzug": "a suit", "kleid": "a dress",
    "mantel": "a coat", "regenmantel": "a raincoat", "kostuem": "a costume", "handtuch": "a towel",
    "socken": "socks", "hausschuhen": "slippers", "pantoffeln": "slippers",
    "krankenhaushemd": "a hospital gown", "jogginghose": "tracksuit bottoms",
}  # fmt: skip
# What the clothes are called as loose things in the plan's objects (to take them out there).
WORN_OBJECTS: Final = frozenset(
    {"pyjamas", "pair of pyjamas", "nightgown", "dressing gown", "bathrobe", "swimsuit",
     "underwear", "wedding dress", "uniform", "school uniform", "suit", "dress", "coat",
     "raincoat", "costume", "towel", "socks", "slippers", "bikini", "swimming trunks"}
)  # fmt: skip


def _alternatives(words: dict[str, str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


_EN: Final = re.compile(
    # "in my pyjamas", "in only my underwear"
    r"\bin\s+(?:only\s+|just\s+)?my\s+(?:\w+\s+)??(?P<a>" + _alternatives(_CLOTHES_EN) + r")\b"
    # "I was wearing a wedding dress", "I'm wearing my old school uniform"
    r"|\b(?:i|i'm|i\s+was|i\s+am)\s+(?:\w+\s+)?wearing\s+(?:only\s+|just\s+)?(?:my|a|an|the)?\s*(?:\w+\s+)??"
    r"(?P<b>" + _alternatives(_CLOTHES_EN) + r")\b"
    # "I was in a swimsuit", "I stood there in a bathrobe"
    r"|\bi\s+(?:was|am|stood|sat|ran|went|walked|arrived|came|turned\s+up|showed\s+up)\s+"
    r"(?:(?:there|outside|(?:at|to|on)\s+(?:the|a|an|my|work|school)(?:\s+\w+)?)\s+)?"
    r"in\s+(?:a|an|the)?\s*(?:\w+\s+)??(?P<c>" + _alternatives(_CLOTHES_EN) + r")\b"
)
_DE: Final = re.compile(
    # "in meinem Schlafanzug", "in meiner Schuluniform"
    r"\bin\s+(?:meinem|meiner|meinen)\s+(?:\w+\s+)??(?P<a>" + _alternatives(_CLOTHES_DE) + r")\b"
    # "ich stand im Schlafanzug", "ich bin nur in Unterwaesche", with no figure named between
    r"|\bich\s+(?:(?!einen\b|eine\b|ein\b|den\b)\w+\s+){1,3}(?:nur\s+)?(?:im|in)\s+(?:einem\s+|einer\s+)?(?:\w+\s+)??"
    r"(?P<b>" + _alternatives(_CLOTHES_DE) + r")\b"
    # "ich trug ein Hochzeitskleid", "ich hatte nur meinen Bademantel an"
    r"|\bich\s+(?:trug|trage|hatte|hab|habe)\s+(?:nur\s+|bloss\s+)?(?:mein\w*|ein\w*|den|die|das)?\s*(?:\w+\s+)??"
    r"(?P<c>" + _alternatives(_CLOTHES_DE) + r")\b"
    # "im Schlafanzug stand ich ..."
    r"|^\W*(?:nur\s+)?im\s+(?P<d>" + _alternatives(_CLOTHES_DE) + r")\s+(?:\w+\s+)?ich\b"
)


def dreamer_wears(text: str, language: str) -> str | None:
    """What the dreamer wears in `text` (a scene's lines, lower case, umlauts folded), in
    English with its article ("pyjamas", "a wedding dress"), or None when not said."""
    rx, words = (_DE, _CLOTHES_DE) if language == "de" else (_EN, _CLOTHES_EN)
    m = rx.search(text)
    if m is None:
        return None
    said = next(g for g in m.groups() if g is not None)
    return words[" ".join(said.split())]
