"""Crisis-language check (self-harm, suicide; English and German) and where to find help.

What is flagged: first-person, present statements of suicidal or self-harm intent ("I want to die",
"ich will mich umbringen", "I keep cutting myself", "Suizidgedanken").
What is not: dreams about death ("I dreamt my grandfather died"), idioms ("this traffic is killing
me", "ich lach mich tot", "todmüde"), third-person past events, and explicit denials. A person who
writes "I am not suicidal" is taken at their word and not flagged; statements whose negation *is*
the crisis ("I don't want to live anymore", "ich will nicht mehr leben") are always flagged.
Flagging only shows help resources and pauses remote sending and sharing until the person
confirms, so where a phrase is ambiguous the patterns lean towards flagging.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from pydantic import BaseModel, ConfigDict

from dreamjournal.analysis import Language, detect_language
from dreamjournal.analysis.text import normalize


class CrisisAssessment(BaseModel):
    """Whether a text contains crisis language, and the phrases that triggered it."""

    model_config = ConfigDict(frozen=True)

    flagged: bool
    matches: list[str]
    language: Language


class HelpResource(BaseModel):
    """A place to reach a person now; `source_url` is where the number was checked."""

    model_config = ConfigDict(frozen=True)

    name: str
    region: str
    description: str
    phone: str | None = None
    sms: str | None = None
    url: str | None = None
    source_url: str


@dataclass(frozen=True, slots=True)
class _Pattern:
    """One crisis phrase pattern."""

    regex: re.Pattern[str]
    negation_is_the_crisis: bool = False  # "don't want to live": a negator must not cancel it


def _p(pattern: str, *, intrinsic: bool = False) -> _Pattern:
    """Compile a pattern; intrinsic means its negation is part of the crisis statement."""
    return _Pattern(re.compile(pattern), intrinsic)


_NOT_OTHERS: Final = r"(?!(?:him|her|them|you|it|he|she|they|everyone|everybody)\b)"
_SELF_HARM_VERBS: Final = (
    r"(?:hurt|harm|cut|burn|injure|starve|hurting|harming|cutting|burning|injuring|starving)"
)

_PATTERNS: Final[tuple[_Pattern, ...]] = (
    # English
    _p(r"\bkill(?:ing)?\s+myself\b(?!\s+laughing)"),
    _p(r"\b(?:hang|hanging|shoot|shooting|drown|drowning|poison|poisoning)\s+myself\b"),
    _p(
        rf"\b(?:want|wanna|wish|ready)\b(?:\s+{_NOT_OTHERS}\w+){{0,2}}?\s+die\b"
        r"(?!\s+(?:of|from|laughing|for)\b)"
    ),  # fmt: skip
    _p(r"\b(?:end|ending|take|taking)\s+my\s+(?:own\s+)?life\b(?!\s+(?:back|savings)\b)"),
    _p(r"\bend(?:ing)?\s+it\s+all\b"),
    _p(r"\bwish\s+i\s+(?:was|were)\s+dead\b|\bwish\s+i\s+had\s+never\s+been\s+born\b"),
    _p(r"\bbetter\s+off\s+(?:dead|without\s+me)\b"),
    _p(r"\bsuicidal\s+(?:thoughts?|ideation|feelings?|urges?|plans?)\b"),
    _p(r"\bi(?:'m|\s+am|\s+feel|\s+felt|\s+have\s+been|'ve\s+been)\s+(?:\w+\s+){0,2}?suicidal\b"),
    _p(
        r"\b(?:thinking|think|thought|thoughts)\s+(?:about|of)\s+"
        r"(?:suicide|killing\s+myself|ending\s+(?:it|my\s+life))\b"
    ),  # fmt: skip
    _p(r"\b(?:commit|committing)\s+suicide\b"),
    _p(
        rf"\b(?:want|wanna|need|urge|going|gonna|tempted|plan|planning|started|keep|kept|been)\b"
        rf"(?:\s+\w+){{0,2}}?\s+(?:to\s+)?{_SELF_HARM_VERBS}\s+myself\b"
    ),  # fmt: skip
    _p(rf"\b{_SELF_HARM_VERBS}\s+myself\s+(?:on\s+purpose|deliberately|intentionally|again)\b"),
    _p(r"\bi\b[^.!?]{0,30}\bself[- ]?(?:harm|injur)\w*"),
    _p(r"\bno\s+(?:reason|point)\s+(?:to|in)\s+(?:live|living|going\s+on)\b", intrinsic=True),
    _p(r"\bnothing\s+(?:left\s+)?to\s+live\s+for\b", intrinsic=True),
    _p(
        r"\b(?:don't|do\s+not|no\s+longer)\s+want\s+to\s+(?:live|be\s+alive|exist|be\s+here)"
        r"(?:\s+any\s*more|\s+any\s+longer)?(?=\s*(?:$|[.,!?;]))",
        intrinsic=True,
    ),  # fmt: skip
    _p(
        r"\b(?:don't|do\s+not)\s+want\s+to\s+wake\s+up\s+(?:any\s*more|ever\s+again)\b",
        intrinsic=True,
    ),  # fmt: skip
    _p(r"\bcan't\s+go\s+on\s+living\b|\bcannot\s+go\s+on\s+living\b", intrinsic=True),
    # German
    _p(
        r"\bich\s+(?:(?!er\b|sie\b|es\b|man\b|jemand\b|der\b|die\b|das\b|dass\b|ob\b)\w+\s+){0,4}?"
        r"mich\s+(?:selbst\s+)?(?:\w+\s+){0,2}?(?:umbringen|umzubringen|töten|zu\s+töten|erhängen"
        r"|aufhängen|aufzuhängen|erschießen|zu\s+erschießen|vergiften|zu\s+vergiften)\b"
    ),  # fmt: skip
    _p(
        r"\bich\b[^.!?,]{0,40},\s*mich\s+(?:selbst\s+)?(?:\w+\s+)?"
        r"(?:umzubringen|zu\s+töten|zu\s+verletzen|zu\s+ritzen|aufzuhängen)\b"
    ),  # fmt: skip
    _p(
        r"\bmich\s+selbst\s+(?:\w+\s+){0,2}?(?:umbringen|umzubringen|töten|verletzen|zu\s+verletzen)\b"
    ),
    _p(r"\bich\s+(?:\w+\s+){0,2}?bringe?\s+mich\s+(?:\w+\s+){0,2}?um\b"),
    _p(r"\bbringe?\s+ich\s+mich\s+(?:\w+\s+){0,2}?um\b"),
    _p(
        r"(?:\bich\s+(?:\w+\s+){0,2}?(?:will|möchte|muss|werde|könnte)|\b(?:will|möchte|muss|werde)"
        r"\s+ich)\s+mich\s+(?:selbst\s+)?(?:\w+\s+){0,2}?(?:verletzen|ritzen|schneiden)\b"
    ),  # fmt: skip
    _p(
        r"\bich\s+(?:\w+\s+){0,2}?ritze\b|\bmich\s+(?:\w+\s+){0,2}?(?:ritzen|zu\s+ritzen|geritzt)\b"
    ),
    _p(r"\bselbstverletz\w*"),
    _p(r"\b(?:will|möchte|wünschte|würde\s+gerne?|würde\s+lieber)\b(?:\s+\w+){0,2}?\s+sterben\b"),
    _p(r"\bich\s+(?:\w+\s+){0,2}?(?:tu|tue)\s+mir\s+(?:\w+\s+)?(?:was|etwas)\s+an\b"),
    _p(r"\bich\b[^.!?,]{0,30}\bmir\s+(?:\w+\s+)?(?:was|etwas)\s+(?:anzutun|antun)\b"),
    _p(r"\bmir\s+(?:\w+\s+){0,2}?das\s+leben\s+(?:zu\s+)?nehmen\b"),
    _p(r"\bnehme?\s+mir\s+(?:\w+\s+)?das\s+leben\b"),
    _p(r"\bmeinem\s+leben\s+(?:\w+\s+)?ein\s+ende\s+(?:zu\s+)?(?:setzen|machen|bereiten)\b"),
    _p(r"\b(?:suizid|selbstmord)(?:gedanken?|absichten?|pläne?n?|versuch\w*)\b"),
    _p(
        r"\bich\s+(?:bin|fühle\s+mich|war)\s+(?:\w+\s+){0,2}?(?:suizidal|suizidgefährdet|lebensmüde)\b"
    ),
    _p(
        r"\b(?:denke|dachte|nachdenke|überlege)\s+(?:\w+\s+){0,3}?(?:an|über)\s+(?:suizid|selbstmord)\b"
    ),
    _p(r"\b(?:suizid|selbstmord)\s+(?:zu\s+)?begehen\b"),
    _p(
        r"\blieber\s+tot\b|\bwünschte?\b[^.!?]{0,20}\bwäre?\s+tot\b|\bbesser\s+dran\s+ohne\s+mich\b"
    ),
    _p(
        r"\b(?:will|möchte|mag|kann)\s+(?:\w+\s+){0,2}?nicht\s+mehr\s+(?:leben|weiterleben)\b",
        intrinsic=True,
    ),  # fmt: skip
    _p(r"\bnicht\s+mehr\s+(?:leben|weiterleben)\s+(?:will|möchte|mag|wollen)\b", intrinsic=True),
    _p(r"\b(?:will|möchte)\s+(?:\w+\s+){0,2}?nicht\s+mehr\s+aufwachen\b", intrinsic=True),
    _p(r"\b(?:keinen|kein)\s+(?:sinn|grund)\s+(?:mehr\s+)?(?:zu|zum)\s+leben\b", intrinsic=True),
    _p(r"\bleben\s+(?:hat|macht)\s+(?:\w+\s+)?keinen\s+sinn\b", intrinsic=True),
)

# fmt: off
_NEGATORS: Final = frozenset({
    "not", "never", "no", "nor", "neither", "cannot", "dont", "didnt", "wont", "wouldnt", "isnt",
    "wasnt", "nicht", "nie", "niemals", "kein", "keine", "keinen", "keiner", "keinem", "keinerlei",
    "keineswegs", "weder",
})
# A negator followed by one of these no longer denies the match: "I don't know why I want to die".
_NEGATION_BARRIERS: Final = frozenset({
    "know", "why", "care", "understand", "if", "whether", "but", "because", "and", "so",
    "weiß", "warum", "ob", "aber", "weil", "und", "denn",
})
# fmt: on
_NEGATION_WINDOW: Final = 4  # words before the match, inside its clause
_CLAUSE_START: Final = re.compile(r"[,;:]|\b(?:but|aber|sondern)\b")
_SENTENCES: Final = re.compile(r"[^.!?\n]+")
_WORDS: Final = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def _is_negator(word: str) -> bool:
    """Whether a word negates (not, never, don't, nicht, kein...)."""
    return word in _NEGATORS or word.endswith("n't")


def _denied(sentence: str, match: re.Match[str]) -> bool:
    """Whether a negator inside the match or just before it (same clause) denies the statement."""
    if any(_is_negator(w) for w in _WORDS.findall(match.group())):
        return True
    before = sentence[: match.start()]
    clause_starts = [m.end() for m in _CLAUSE_START.finditer(before)]
    window = _WORDS.findall(before[clause_starts[-1] if clause_starts else 0 :])[-_NEGATION_WINDOW:]
    for i, word in enumerate(window):
        if _is_negator(word) and not _NEGATION_BARRIERS.intersection(window[i + 1 :]):
            return True
    return False


def assess_crisis(text: str) -> CrisisAssessment:
    """Look for first-person suicidal or self-harm intent in English or German text."""
    clean = normalize(text).lower()
    matches: list[str] = []
    for sentence_match in _SENTENCES.finditer(clean):
        sentence = sentence_match.group()
        for pattern in _PATTERNS:
            for match in pattern.regex.finditer(sentence):
                if not pattern.negation_is_the_crisis and _denied(sentence, match):
                    continue
                phrase = " ".join(match.group().split())
                if phrase not in matches:
                    matches.append(phrase)
    return CrisisAssessment(flagged=bool(matches), matches=matches, language=detect_language(text))


# Each number below was checked against the public page in its source_url.
_INTERNATIONAL = HelpResource(
    name="Find A Helpline",
    region="international",
    description=(
        "A directory of free, confidential helplines in many countries. "
        "Choose your country to see who you can call, text or chat with right now."
    ),
    url="https://findahelpline.com",
    # findahelpline.com country pages list free crisis helplines (checked: findahelpline.com/AU).
    source_url="https://findahelpline.com/AU",
)
_REGIONAL: Final[dict[str, tuple[HelpResource, ...]]] = {
    "US": (
        HelpResource(
            name="988 Suicide & Crisis Lifeline",
            region="US",
            description=(
                "Free and confidential, 24 hours a day. Call or text 988, "
                "or chat at 988lifeline.org. If you are in immediate danger, call 911."
            ),
            phone="988",
            sms="988",
            url="https://988lifeline.org",
            # Wyoming Department of Health: "call or text 988—or chat online at 988Lifeline.org".
            source_url="https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline",
        ),
    ),
    "UK": (
        HelpResource(
            name="Samaritans",
            region="UK",
            description="Free to call from any phone, day or night. Someone will listen.",
            phone="116 123",
            url="https://www.samaritans.org",
            # Samaritans: free to call 116 123 from landlines and mobiles.
            source_url="https://www.samaritans.org/how-we-can-help/contact-samaritan/",
        ),
    ),
    "IE": (
        HelpResource(
            name="Samaritans Ireland",
            region="IE",
            description="Free to call, day or night. Someone will listen.",
            phone="116 123",
            url="https://www.samaritans.org",
            # Irish Examiner: Samaritans' freephone helpline number in Ireland is 116 123.
            source_url="https://www.irishexaminer.com/breakingnews/ireland/samaritans-answer-29m-calls-since-2014-charity-to-play-crucial-role-in-new-mental-help-phone-service-914684.html",
        ),
    ),
    "DE": (
        HelpResource(
            name="TelefonSeelsorge",
            region="DE",
            description=(
                "Kostenlos, anonym und rund um die Uhr: 0800 111 0 111 oder 0800 111 0 222. "
                "Auch per Chat und Mail über telefonseelsorge.de."
            ),
            phone="0800 111 0 111",
            url="https://www.telefonseelsorge.de",
            # domradio.de: 0800/1110111 and 0800/1110222, rund um die Uhr kostenfrei und anonym.
            source_url="https://www.domradio.de/glossar/telefonseelsorge-0",
        ),
        HelpResource(
            name="TelefonSeelsorge (zweite Nummer)",
            region="DE",
            description="Kostenlos, anonym und rund um die Uhr.",
            phone="0800 111 0 222",
            url="https://www.telefonseelsorge.de",
            source_url="https://www.domradio.de/glossar/telefonseelsorge-0",
        ),
    ),
}
_REGION_ALIASES: Final = {
    "GB": "UK",
    "USA": "US",
    "IRELAND": "IE",
    "GERMANY": "DE",
    "DEUTSCHLAND": "DE",
}

SUPPORT_MESSAGE: Final[dict[Language, str]] = {
    "en": (
        "It sounds like things may be really hard right now. You don't have to go through this "
        "alone. Talking to someone can help, and the people below are there for that, any time. "
        "If you are in danger right now, please call your local emergency number."
    ),
    "de": (
        "Es klingt, als ob gerade vieles sehr schwer ist. Du musst das nicht allein tragen. "
        "Ein Gespräch kann helfen, und die Menschen unten sind jederzeit dafür da. "
        "Wenn du gerade in Gefahr bist, ruf bitte den Notruf an."
    ),
}


def help_resources(region: str = "international") -> list[HelpResource]:
    """Helplines for a region (US, UK, IE, DE); the international directory is always included."""
    code = region.strip().upper()
    code = _REGION_ALIASES.get(code, code)
    return [*_REGIONAL.get(code, ()), _INTERNATIONAL]


def support_message(language: str = "en") -> str:
    """A calm, plain message to show next to help resources."""
    return SUPPORT_MESSAGE["de" if language.lower().startswith("de") else "en"]
