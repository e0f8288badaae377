"""Emotion cues: Hall-Van de Castle classes, body cues, intensity, and whose emotion it is.

Hall & Van de Castle (1966) code five emotion classes in dream reports; our finer names map onto
them (fear, anxiety, helplessness, shame, guilt -> apprehension; anger, disgust -> anger;
sadness, loneliness, longing -> sadness; confusion, surprise -> confusion; joy, calm, relief,
love, awe, wonder, excitement -> happiness). Embarrassment and guilt sit with apprehension, as in
the HVdC manual. Fear shown only through the body (sweat, a pounding heart, trembling, freezing)
is apprehension; clenched fists are anger; a lump in the throat is sadness.

Attribution: a cue belongs to the nearest person named before it in its clause ("I was furious"
-> the dreamer; "he was furious", "meine Mutter hatte Angst" -> another character); "made me
angry" and "mir war angst" are the dreamer's. With nobody named, a dream report's feelings are
the dreamer's ("it was terrifying").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Final

from dreamjournal.analysis.models import HvdcClass, Language
from dreamjournal.analysis.text import Tokens

HVDC_CLASSES: Final = ("anger", "apprehension", "sadness", "confusion", "happiness")
HVDC_OF: Final[dict[str, HvdcClass]] = {
    "fear": "apprehension", "anxiety": "apprehension", "helplessness": "apprehension",
    "shame": "apprehension", "guilt": "apprehension", "anger": "anger", "disgust": "anger",
    "sadness": "sadness", "loneliness": "sadness", "longing": "sadness",
    "confusion": "confusion", "surprise": "confusion", "joy": "happiness", "calm": "happiness",
    "relief": "happiness", "love": "happiness", "awe": "happiness", "wonder": "happiness",
    "excitement": "happiness",
}  # fmt: skip

# Not coded in HVdC: disgust has no class, and "calm" alone is no emotion ("at peace" is).
_NOT_CODED_NAMES: Final = frozenset({"disgust"})
_NOT_CODED_WORDS: Final = frozenset(
    {"calm", "calmly", "ruhig", "ruhe", "gentle", "sanft", "safe", "cozy", "cosy", "comfortable",
     "soothing", "behaglich", "gemütlich", "fun", "spaß", "tender", "curious", "neugierig",
     "magical", "magisch", "wonder", "gewaltig", "majestic", "magnificent", "spectacular",
     "breathtaking", "atemberaubend", "majestätisch", "sublime", "erhaben", "amazing", "exciting",
     "aufregend", "thrilling", "adrenaline", "kiss",
     "kissed", "küsste", "kuss", "hug", "hugged", "hugging", "umarmte", "umarmung", "umarmten",
     "umarmt",
     "stress", "gestresst", "stressed", "tense", "angespannt", "creepy", "scary", "spooky",
     "eerie", "menacing", "threatening", "bedrohlich", "gruselig", "unheimlich", "frightening",
     "terrifying", "horror", "hate", "hated", "hatred", "hass", "hasste",
     "surprising", "shock", "schock", "trapped", "stuck", "gefangen", "fear",
     "fears", "surprise", "liebsten", "lieber", "liebend"}
)  # fmt: skip


def coded_class(name: str, word: str) -> HvdcClass | None:
    """The HVdC class a cue is coded as; None for disgust, calm alone, scenery ('scary')."""
    if name in _NOT_CODED_NAMES or word in _NOT_CODED_WORDS:
        return None
    return HVDC_OF[name]


_DREAMER: Final[dict[Language, frozenset[str]]] = {
    "en": frozenset({"i", "me", "my", "we", "us", "our", "myself", "i'm", "i'd", "i've"}),
    "de": frozenset({"ich", "mir", "mich", "mein", "meine", "meinem", "meinen", "meiner",
                     "wir", "uns", "unser"}),
}  # fmt: skip
_SUBJECT_DREAMER: Final = frozenset({"i", "we", "i'm", "ich", "wir"})
_SUBJECT_OTHERS: Final = frozenset({"he", "she", "they", "he's", "she's", "er", "sie"})
_GROUP_SUBJECTS: Final = frozenset(
    {"everyone", "everybody", "someone", "somebody", "people", "nobody", "alle", "jemand",
     "niemand", "leute"}
)  # fmt: skip
# Possessives that introduce someone else ("my mother"): the noun after decides.
_POSSESSIVE_DREAMER: Final = frozenset(
    {"my", "our", "mein", "meine", "meinem", "meinen", "meiner", "unser", "unsere"}
)
_OTHERS: Final[dict[Language, frozenset[str]]] = {
    "en": frozenset({"he", "she", "they", "his", "her", "their", "he's", "she's",
                     "everyone", "everybody", "someone", "somebody", "people", "nobody"}),
    "de": frozenset({"er", "sie", "ihr", "ihre", "ihrem", "ihren", "sein",
                     "seine", "seinem", "seinen", "jemand", "alle", "niemand", "leute"}),
}  # fmt: skip
_INTENSIFIERS: Final = frozenset(
    {"very", "so", "really", "extremely", "incredibly", "totally", "terribly", "super",
     "completely", "utterly", "deeply", "absolutely", "truly", "insanely", "overwhelming",
     "sehr", "total", "extrem", "unglaublich", "wahnsinnig", "furchtbar", "schrecklich",
     "richtig", "völlig", "zutiefst", "riesige", "riesigen", "große", "großer", "grosse",
     "panische", "tierische", "solche", "unendlich", "fürchterlich", "mega", "voller"}
)  # fmt: skip
_DIMINISHERS: Final = frozenset(
    {"slightly", "somewhat", "bit", "little", "mildly", "kinda", "etwas", "bisschen",
     "leicht", "wenig", "leise", "kaum"}
)  # fmt: skip

# (fine name, pattern) per language over the lower-cased text; the first match wins a span.
_BODY: Final[dict[Language, tuple[tuple[str, re.Pattern[str]], ...]]] = {
    "en": tuple(
        (name, re.compile(p))
        for name, p in (
            ("anger", r"\bclench\w*\s+(?:my\s+|his\s+|her\s+)?(?:fists?|jaw|teeth)\b"),
            ("anger", r"\bgrit(?:ted)?\s+(?:my\s+)?teeth\b|\bslamm\w*\s+the\s+door\b"),
            (
                "anger",
                r"\b(?:shout|yell|scream)\w*\s+at\s+(?:him|her|them|the|my|his|their|everyone)\b",
            ),
            ("sadness", r"\blump\s+in\s+my\s+throat\b|\btears\s+(?:ran|rolled|streamed|welled)\b"),
            ("joy", r"\bheart\s+(?:leapt|leaped|soared|swelled)\b"),
            ("fear", r"\bcold\s+sweat\b|\b(?:drenched|soaked|covered|bathed)\s+in\s+sweat\b"),
            ("fear", r"\bsweat(?:ing|ed|y)?\b"),
            (
                "fear",
                r"\bheart\s+(?:was\s+)?(?:pounding|racing|hammering|thumping|thudding|"
                r"beating\s+(?:so\s+|really\s+)?(?:fast|hard|wildly|like))\b",
            ),
            ("fear", r"\b(?:pounding|racing|hammering|thumping)\s+heart\b"),
            ("fear", r"\b(?:trembl\w*|shaking|shivering|quivering)\b"),
            ("fear", r"\bshook\b(?!\s+(?:his|her|their|my|our)\s+hands?\b)(?!\s+hands\b)"),
            (
                "fear",
                r"\bfroze\b|\bfrozen\s+(?:in\s+place|to\s+the\s+spot|with\s+fear|stiff|solid)\b"
                r"|\b(?:i|we)\s+was\s+frozen\b|\b(?:i|we)\s+were\s+frozen\b|\bparaly[sz]ed\b",
            ),
            ("fear", r"\bgoose\s*bumps\b|\bhairs?\s+(?:stood|standing)\s+(?:up|on\s+end)\b"),
            (
                "fear",
                r"\b(?:couldn't|could\s+not|can't)\s+breathe\b|\bgasp(?:ed|ing)\s+for\s+"
                r"(?:air|breath)\b|\bheld\s+my\s+breath\b",
            ),
            ("fear", r"\bstomach\s+(?:dropped|sank|in\s+knots|churned|turned)\b"),
            (
                "fear",
                r"\bmouth\s+(?:went|was|felt)\s+(?:\w+\s+)?dry\b|\bdry\s+mouth\b"
                r"|\b(?:sweaty|clammy)\s+(?:palms|hands)\b|\bwip\w*\s+my\s+(?:palms|hands)\b"
                r"|\b(?:palms|hands)\s+(?:were|was|went|got)\s+(?:\w+\s+)?(?:clammy|sweaty|sweating)\b",
            ),
            (
                "fear",
                r"\b(?:heartbeat|heart\s+beat\w*|pulse)\s+(?:in\s+my\s+(?:ears|throat)|pounding|racing)\b"
                r"|\bhear\s+my\s+(?:own\s+)?heart\w*\b|\b(?:body|whole\s+body|i)\s+(?:went|was)\s+"
                r"(?:completely\s+|totally\s+)?rigid\b|\bbody\s+rigid\b",
            ),
            (
                "fear",
                r"\b(?:didn't|did\s+not|couldn't|could\s+not|never)\s+dare\w*\b|\bdared\s+not\b",
            ),
            (
                "sadness",
                r"\b(?:heavy\s+)?ache\s+in\s+my\s+(?:chest|heart)\b|\bheavy\s+(?:heart|ache)\b",
            ),
            ("fear", r"\bscream(?:ed|ing)?\b"),
            (
                "shame",
                r"\bblush\w*|\bface\s+(?:turned|went)\s+red\b|\bface\s+(?:was\s+)?burning\b"
                r"|\b(?:went|turned)\s+(?:bright\s+|all\s+|completely\s+|beetroot\s+)?red\b",
            ),
        )
    ),
    "de": tuple(
        (name, re.compile(p))
        for name, p in (
            (
                "anger",
                r"\bballte\s+(?:die\s+|meine\s+)?fäuste?\b|\bbiss\s+die\s+zähne\s+zusammen\b",
            ),
            (
                "anger",
                r"\b(?:knallte|schlug)\s+die\s+tür\s+zu\b|\bschrie\s+(?:ihn|sie|ihm|ihr|"
                r"alle|meine\w*|meinen)\s+(?:\w+\s+)?an\b|\banschrie\b",
            ),
            (
                "sadness",
                r"\bklo(?:ß|ss)\s+im\s+hals\b|\btränen\s+(?:liefen|flossen|kamen|stiegen)\b",
            ),
            (
                "fear",
                r"\bkalter\s+schwei(?:ß|ss)\b|\bschwei(?:ß|ss)\w*|\bgeschwitzt\b|\bschwitz\w*",
            ),
            (
                "fear",
                r"\bherz\w*\s+(?:\w+\s+){0,2}(?:rast|raste|rasten|pochte|klopfte|hämmerte|gehämmert|gerast|"
                r"schlug\s+(?:\w+\s+)?(?:wild|bis\s+zum\s+hals|schnell))\b"
                r"|\bherzrasen\b|\bherzklopfen\b",
            ),
            ("fear", r"\bzitter\w*|\bgezittert\b|\bbebte\b|\bschlotter\w*"),
            (
                "fear",
                r"\berstarr\w*|\bwie\s+(?:gelähmt|versteinert)\b|\bkonnte\s+mich\s+"
                r"(?:\w+\s+)?nicht\s+(?:mehr\s+)?(?:bewegen|rühren)\b",
            ),
            ("fear", r"\bgänsehaut\b|\bhaare\s+stellten\s+sich\b"),
            (
                "fear",
                r"\bmund\s+(?:war|wurde)\s+(?:\w+\s+)?trocken\b|\bstaubtrocken\b"
                r"|\bherz\w*\s+in\s+den\s+ohren\b|\bstocksteif\b|\bsteif\s+vor\s+angst\b"
                r"|\bschwitzige\s+hände\b",
            ),
            ("sadness", r"\bschwere\w*\s+herz\w*\b|\bherz\s+(?:war\s+)?schwer\b"),
            (
                "fear",
                r"\bkeine\s+luft\s+(?:mehr\s+)?(?:bekommen|gekriegt)\b|\bnicht\s+getraut\b|"
                r"\b(?:bekam|kriegte)\s+keine\s+luft\b|\bkonnte\s+(?:kaum|nicht)\s+(?:mehr\s+)?"
                r"atmen\b|\bhielt\s+den\s+atem\s+an\b",
            ),
            ("fear", r"\bschrie\b|\bschreien\b|\bgeschrien\b|\bkreischte\b"),
            ("shame", r"\berrötete\b|\bwurde\s+(?:ganz\s+)?rot\b"),
        )
    ),
}


# Confusion said through a negation ("I didn't understand", "wusste nicht, wo ich war"); these
# are never themselves negated.
_CONFUSION: Final[dict[Language, tuple[re.Pattern[str], ...]]] = {
    "en": tuple(
        re.compile(p)
        for p in (
            r"\b(?:didn't|did\s+not|couldn't|could\s+not)\s+(?:\w+\s+)?(?:understand|get\s+it|"
            r"know\s+(?:what|where|how|why|who|if|whether)|figure\s+out|make\s+sense)",
            r"\b(?:wasn't|was\s+not)\s+(?:\w+\s+)?sure\s+(?:if|whether|what|where|who|why|how)\b",
            r"\bno\s+(?:idea|clue)\s+(?:how|what|where|why|who)\b|\bkept\s+wondering\b",
            r"\b(?:trying|tried|try)\s+to\s+(?:work\s+out|figure\s+out|make\s+sense\s+of)\b"
            r"|\b(?:couldn't|could\s+not|can't)\s+work\s+out\b",
            r"\bd[eé]j[aà]\s+vu\b|\bwhat\s+to\s+make\s+of\b|\bmade\s+no\s+sense\b",
        )
    ),
    "de": tuple(
        re.compile(p)
        for p in (
            r"\b(?:wusste|weiß|weiss)\s+(?:\w+\s+){0,2}nicht\s*(?:mehr\s*)?,?\s*(?:was|wo|wie|warum|"
            r"wer|ob|wohin)\b",
            r"\bnicht\s+gewusst,?\s+(?:was|wo|wie|warum|wer|ob)\b",
            r"\b(?:nicht|nichts)\s+(?:mehr\s+)?(?:kapiert|verstanden|gecheckt|geblickt|begriffen)\b",
            r"\bnicht\s+sicher,?\s+ob\b|\bgefragt,?\s+(?:was|wo|wie|warum|wer|ob)\b",
            r"\bkeine\s+ahnung,?\s+(?:was|wo|wie|warum|wer|wie)\b",
        )
    ),
}
_JOYFUL_AFTER: Final = re.compile(
    r"^\W*(?:\w+\s+){0,2}?(?:with|of|vor|aus)\s+(?:joy|excitement|delight|happiness|freude|"
    r"aufregung|glück|begeisterung)"
)
_ROLE_ARTICLES: Final = frozenset(
    {"der", "die", "ein", "eine", "einer", "einem", "einen", "mein", "meine", "meinem", "meinen"}
)


def role_nouns(tokens: Tokens, language: Language) -> list[int]:
    """German person nouns by form: an article, then a capitalised word in -in/-erin."""
    if language != "de":
        return []
    return [
        i
        for i in range(1, len(tokens.lower))
        if tokens.lower[i - 1] in _ROLE_ARTICLES
        and tokens.original[i][:1].isupper()
        and tokens.lower[i].endswith(("erin", "in"))
        and len(tokens.lower[i]) > 5
    ]


def shared_with_dreamer(position: int, tokens: Tokens) -> bool:
    """ "everyone was nervous, me most of all", "alle hatten Angst, ich auch"."""
    sentence = tokens.sentence[position]
    following = [
        tokens.lower[j]
        for j in range(position + 1, min(len(tokens.lower), position + 8))
        if tokens.sentence[j] == sentence
    ]
    text = " ".join(following)
    return bool(
        re.search(
            r"\b(?:me\s+(?:too|as\s+well|most|included|especially)|including\s+me|"
            r"ich\s+auch|mir\s+auch|ich\s+am\s+meisten)\b"
            r"|^(?:\w+\s+)?as\s+(?:i\s+(?:was|did|felt)|me)\b|^(?:\w+\s+)?wie\s+ich\b",
            text,
        )
    )


@dataclass(frozen=True, slots=True)
class Cue:
    """One emotion cue in the text."""

    name: str  # fine name (an EMOTION_AFFECT key)
    position: int  # token index
    word: str  # evidence as written (lower case)
    source: str  # "word" or "body"
    experiencer: str  # "dreamer" or "other"
    intensity: float  # 0.3 slight, 0.6 plain, 1.0 intensified


def body_cues(text: str, tokens: Tokens, language: Language) -> list[tuple[int, str, str, bool]]:
    """(token index, fine name, words, negatable) for bodily and phrasal signs of emotion."""
    low = text.lower()
    taken: list[tuple[int, int]] = []
    out: list[tuple[int, str, str, bool]] = []
    for negatable, table in (
        (False, [("confusion", p) for p in _CONFUSION[language]]),
        (True, list(_BODY[language])),
    ):
        for name, pattern in table:
            for m in pattern.finditer(low):
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                if name == "fear" and _JOYFUL_AFTER.search(low[m.end() : m.end() + 40]):
                    continue  # "heart pounding with excitement", "screamed with joy"
                taken.append((m.start(), m.end()))
                position = max(0, bisect_right(tokens.start, m.start()) - 1)
                out.append((position, name, " ".join(m.group().split()), negatable))
    return sorted(out)


def experiencer(position: int, tokens: Tokens, language: Language, persons: frozenset[int]) -> str:
    """'dreamer' or 'other' for the cue at `position` (see the module docstring)."""
    dreamer, others = _DREAMER[language], _OTHERS[language]
    clause, sentence = tokens.clause[position], tokens.sentence[position]
    # "made me angry", "jagte mir Angst ein", "scared me": the dreamer right after the cue
    following = position + 1
    if (
        following < len(tokens.lower)
        and tokens.clause[following] == clause
        and tokens.lower[following] in {"me", "us", "mir", "mich", "uns"}
    ):
        return "dreamer"
    sentence_start = position
    while sentence_start > 0 and tokens.sentence[sentence_start - 1] == sentence:
        sentence_start -= 1
    # Inside the cue's clause, the nearest person decides.
    j = position - 1
    while j >= sentence_start and tokens.clause[j] == clause:
        word = tokens.lower[j]
        if j in persons:
            return "other"  # "my mother was angry": the person, not "my"
        if word in others:
            if word in _OBJECT_PRONOUNS and _dreamer_just_before(j, tokens, clause):
                return "dreamer"  # "ich hab sie so vermisst", "I hugged her, so happy"
            return "other"
        if word in dreamer:
            if word in _POSSESSIVE_DREAMER and (j + 1) in persons:
                return "other"
            return "dreamer"
        j -= 1
    # A clause without its own subject ("..., and was terrified", "more and more irritated")
    # takes the nearest subject before it in the sentence: a pronoun, a group ("everyone",
    # "alle"), or a person opening a clause ("The other passengers looked puzzled, but I was
    # gripping the rail, scared stiff" is the dreamer's).
    for k in range(j, sentence_start - 1, -1):
        word = tokens.lower[k]
        if _in_subordinate(k, tokens, sentence_start):
            continue  # "Ich wusste, dass sie tot ist, und war traurig": not "sie"
        if word in _SUBJECT_DREAMER:
            return "dreamer"
        if word in _SUBJECT_OTHERS or word in _GROUP_SUBJECTS:
            return "other"
        if k in persons and _opens_clause(k, tokens, sentence_start):
            return "other"
    return "dreamer"


_SUBORDINATORS: Final = frozenset(
    {"that", "because", "which", "who", "whom", "whose", "where", "although", "though", "since",
     "dass", "weil", "ob", "wo", "obwohl", "da", "damit", "welche", "welcher", "der", "die", "das"}
)  # fmt: skip


def _in_subordinate(k: int, tokens: Tokens, sentence_start: int) -> bool:
    """Whether token k is in a clause opened by a subordinator ("that", "dass", "weil")."""
    first = k
    while first > sentence_start and tokens.clause[first - 1] == tokens.clause[k]:
        first -= 1
    return first != sentence_start and tokens.lower[first] in _SUBORDINATORS


_OBJECT_PRONOUNS: Final = frozenset({"him", "her", "them", "sie", "ihn", "ihm", "ihr", "ihnen"})


def _dreamer_just_before(j: int, tokens: Tokens, clause: int) -> bool:
    """Whether "I"/"ich" stands one or two words before token j in its clause (so j is an
    object: "ich hab sie vermisst")."""
    return any(
        k >= 0 and tokens.clause[k] == clause and tokens.lower[k] in _SUBJECT_DREAMER
        for k in (j - 1, j - 2)
    )


def _opens_clause(k: int, tokens: Tokens, sentence_start: int) -> bool:
    """Whether a person word stands within three words of its clause's start (a subject)."""
    first = k
    while first > sentence_start and tokens.clause[first - 1] == tokens.clause[k]:
        first -= 1
    return k - first <= 3


def intensity(position: int, tokens: Tokens) -> float:
    """1.0 after an intensifier ("so scared", "große Angst"), 0.3 after a diminisher, else 0.6."""
    clause = tokens.clause[position]
    for j in range(position - 1, max(-1, position - 3), -1):
        if tokens.clause[j] != clause:
            break
        if tokens.lower[j] in _INTENSIFIERS:
            return 1.0
        if tokens.lower[j] in _DIMINISHERS:
            return 0.3
    return 0.6


_SAYING: Final = frozenset(
    {"said", "told", "say", "says", "thought", "insisted", "meinte", "meinten", "sagte", "sagten",
     "fand", "fanden", "dachte", "dachten", "behauptete", "behaupteten"}
)  # fmt: skip
_LOOKING: Final = frozenset(
    {"looked", "look", "seemed", "seem", "sounded", "sehe", "sah", "wirke", "wirkte", "aussehe",
     "aussah", "klang"}
)  # fmt: skip


def ascribed(position: int, tokens: Tokens) -> bool:
    """An emotion others see in the dreamer ("they said I looked terrified", "alle meinten, ich
    sehe verängstigt aus"): HVdC codes it only when the dreamer confirms it, so it is not theirs."""
    sentence = tokens.sentence[position]
    seen_saying = seen_me = False
    j = position - 1
    start = position
    while start > 0 and tokens.sentence[start - 1] == sentence:
        start -= 1
    for j in range(start, position):
        word = tokens.lower[j]
        if word in _SAYING:
            seen_saying, seen_me = True, False
        elif seen_saying and word in {"i", "ich"}:
            seen_me = True
        elif seen_me and word in _LOOKING:
            return True
    return False


_TEARS: Final = ("cry", "cried", "tear", "wein", "träne", "traene", "sob", "schluchz")


def joyless_in_joy(cue: Cue, cues: list[Cue], tokens: Tokens) -> bool:
    """A fear sign of the body in a sentence of stated joy or anger and no stated fear, or tears
    in one of stated joy and no stated sadness ("tears of joy", "Freudentränen geweint", "so
    wütend, dass ich gezittert hab"): excitement or anger, not fear or grief (HVdC rule 3)."""
    sentence = tokens.sentence[cue.position]
    said = {
        HVDC_OF[c.name]
        for c in cues
        if c.source == "word"
        and tokens.sentence[c.position] == sentence
        and c is not cue
        and not (c.name == "sadness" and any(t in c.word for t in _TEARS))
    }
    if cue.source == "body" and cue.name == "fear" and "apprehension" not in said:
        return bool(said & {"happiness", "anger"})  # "so wütend, dass ich gezittert hab"
    if "happiness" not in said:
        return False
    return cue.name == "sadness" and any(t in cue.word for t in _TEARS) and "sadness" not in said
