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
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Final

from dreamjournal.analysis.gates import PatternGates
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
     "fears", "surprise", "liebsten", "lieber", "liebend", "relaxed", "entspannt", "gelassen",
     "locker", "liebste", "liebster", "liebstes"}
)  # fmt: skip


def coded_class(name: str, word: str) -> HvdcClass | None:
    """The HVdC class a cue is coded as; None for disgust, calm alone, scenery ('scary')."""
    if name in _NOT_CODED_NAMES or word in _NOT_CODED_WORDS:
        return None
    return HVDC_OF[name]


_DREAMER: Final[dict[Language, frozenset[str]]] = {
    "en": frozenset({"i", "me", "my", "we", "us", "our", "myself", "i'm", "i'd", "i've"}),
    "de": frozenset({"ich", "mir", "mich", "mein", "meine", "meinem", "meinen", "meiner",
                     "wir", "uns", "unser",
                     "i", "mi"}),  # Bavarian, Austrian "i war mega stolz" (round 43)
}  # fmt: skip
_SUBJECT_DREAMER: Final = frozenset({"i", "we", "i'm", "ich", "wir"})
_SUBJECT_OTHERS: Final = frozenset({"he", "she", "they", "he's", "she's", "er", "sie"})
_GROUP_SUBJECTS: Final = frozenset(
    {"everyone", "everybody", "someone", "somebody", "people", "nobody", "alle", "jemand",
     "niemand", "leute", "others", "anderen"}
)  # fmt: skip
# Possessives that introduce someone else ("my mother"): the noun after decides.
_POSSESSIVE_DREAMER: Final = frozenset(
    {"my", "our", "mein", "meine", "meinem", "meinen", "meiner", "unser", "unsere"}
)
_OTHERS: Final[dict[Language, frozenset[str]]] = {
    "en": frozenset({"he", "she", "they", "his", "her", "their", "he's", "she's",
                     "everyone", "everybody", "someone", "somebody", "people", "nobody"}),
    "de": frozenset({"er", "sie", "ihr", "ihre", "ihrem", "ihren", "sein",
                     "seine", "seinem", "seinen", "jemand", "alle", "niemand", "leute",
                     "beide", "beiden"}),
}  # fmt: skip
_INTENSIFIERS: Final = frozenset(
    {"very", "so", "really", "extremely", "incredibly", "totally", "terribly", "super",
     "completely", "utterly", "deeply", "absolutely", "truly", "insanely", "overwhelming",
     "sehr", "total", "extrem", "unglaublich", "wahnsinnig", "furchtbar", "schrecklich",
     "richtig", "völlig", "zutiefst", "riesige", "riesigen", "große", "großer", "grosse",
     "panische", "tierische", "solche", "unendlich", "fürchterlich", "mega", "voller", "riesig"}
)  # fmt: skip
_DIMINISHERS: Final = frozenset(
    {"slightly", "somewhat", "bit", "little", "mildly", "kinda", "etwas", "bisschen",
     "leicht", "wenig", "leise", "kaum"}
)  # fmt: skip


def _english(pattern: str) -> re.Pattern[str]:
    """An English pattern that also reads contractions typed without their apostrophe
    ("couldnt work out", "didnt dare")."""
    return re.compile(pattern.replace("n't", "n'?t"))


# (fine name, pattern) per language over the lower-cased text; the first match wins a span.
_BODY: Final[dict[Language, tuple[tuple[str, re.Pattern[str]], ...]]] = {
    "en": tuple(
        (name, _english(p))
        for name, p in (
            (
                "anger",
                r"\bclench\w*\s+(?:my\s+|his\s+|her\s+)?(?:fists?|jaw|teeth)\b"
                r"|\bfists?\s+(?:\w+\s+)?clenched\b"
                # round 32: "my hands balled up into fists"
                r"|\bhands?\s+(?:\w+\s+)?balled\s+(?:up\s+)?(?:into\s+)?fists?\b",
            ),
            (
                "anger",
                r"\bgrit(?:ted)?\s+(?:my\s+)?teeth\b|\bslamm\w*\s+the\s+(?:front\s+|back\s+|bedroom\s+|car\s+)?door\b"
                # round 31: "slammed my laptop shut", "slammed the book down on the desk"
                r"|\bslammed\s+(?:my|the|his|her)\s+\w+\s+(?:shut|down)\b",
            ),
            (
                "anger",
                r"\b(?:shout|yell|scream)\w*\s+(?:\w+\s+hoarse\s+)?at\s+(?!the\s+top\b)(?:him|her|them|"
                r"the|my|his|their|everyone|everybody|\w+)\b"
                # not someone told to do something: "yelling at her to steer" (round 30)
                r"(?!\s+to\s+(?!death\b)\w+)",
            ),
            (
                "sadness",
                r"\blump\s+(?:came\s+|rose\s+|formed\s+)?(?:in|to|into)\s+my\s+throat\b"
                r"|\btears\s+(?:ran|rolled|streamed|welled)\b"
                r"|\beyes\s+(?:filled\s+up|welled\s+up|filled\s+with\s+tears)\b",
            ),
            ("joy", r"\bheart\s+(?:just\s+|simply\s+)?(?:leapt|leaped|soared|swelled)\b"),
            ("fear", r"\bcold\s+sweat\b|\b(?:drenched|soaked|covered|bathed)\s+in\s+sweat\b"),
            ("fear", r"\bsweat(?:ing|ed|y)?\b"),
            (
                "fear",
                r"\bheart(?:'s|\s+is)?\s+(?:was\s+|started\s+|began\s+|kept\s+)?(?:pounding|racing|hammering|thumping|thudding|banging|"
                r"in\s+my\s+(?:mouth|throat)|going\s+(?:like|mad|crazy)|skipped|"
                r"beating\s+(?:so\s+|really\s+)?(?:fast|hard|wildly|like))\b",
            ),
            ("fear", r"\b(?:pounding|racing|hammering|thumping)\s+heart\b"),
            # (not "shaking a bucket of oats", "shaking my head", "shaking hands": round 32)
            (
                "fear",
                r"\b(?:trembl\w*|shaking(?!\s+(?:a|an|the|his|her|my|their|our|its|hands|it|them|off|out)\b)"
                r"|shivering|quivering)\b",
            ),
            # (not a gesture: "shook my head", "shook hands")
            (
                "fear",
                r"\bshook\b(?!\s+(?:his|her|their|my|our)\s+(?:hands?|heads?)\b)"
                r"(?!\s+(?:hands|heads?)\b)",
            ),
            (
                "fear",
                r"\bfroze\b|\bfrozen\s+(?:in\s+place|to\s+the\s+spot|with\s+fear|stiff|solid)\b"
                r"|\b(?:i|we)\s+was\s+frozen\b|\b(?:i|we)\s+were\s+frozen\b|\bparaly[sz]ed\b"
                r"|\b(?:lay|stood|sat)\s+(?:there\s+)?frozen\b",
            ),
            (
                "fear",
                r"\bgoose\s*bumps\b|\bhairs?\s+(?:stood|standing)\s+(?:up|on\s+end)\b"
                r"|\bhairs?\s+on\s+(?:the\s+back\s+of\s+)?my\s+(?:arms?|neck)\s+(?:was\s+|were\s+)?(?:stood|standing)\b",
            ),
            (
                "fear",
                r"\b(?:couldn't|could\s+not|can't)\s+(?:get\s+(?:a\s+|my\s+)?(?:proper\s+|full\s+|decent\s+)?)?breathe?\b"
                r"|\bgasp(?:ed|ing)\s+for\s+"
                r"(?:air|breath)\b|\bheld\s+my\s+breath\b"
                # round 32: "my breath kept catching in my throat"
                r"|\bbreath\s+(?:\w+\s+){0,2}?(?:catching|caught|hitched|hitching|stuck)\s+in\s+my\s+(?:throat|chest)\b"
                r"|\bmy\s+breath\s+(?:is|was)\s+coming\s+(?:out\s+)?in\s+(?:\w+\s+){0,2}?(?:gasps|pants|bursts)\b",
            ),
            (
                "fear",
                r"\b(?:stomach|tummy|gut|insides)\s+(?:\w+\s+){0,2}?(?:dropped|drops|sank|sinks|in\s+knots|"
                r"knotted|churn\w*|turned|turns|lurched|flipped|clenched|tightened|hurt|hurts|ached"
                r"|went\s+(?:ice[\s-]?)?cold|ran\s+cold|turned\s+to\s+ice|turning(?:\s+over)?|gone\s+to\s+ice"
                r"|gone\s+(?:ice[\s-]?)?cold)\b"
                # round 32: "a horrible churning in my gut"
                r"|\bchurning\s+in\s+my\s+(?:stomach|tummy|gut|insides)\b"
                # "a queasy weight in the pit of my stomach" (round 32)
                r"|\b(?:knot|weight|dread|sick\w*|hollow\w*|lump)\s+(?:\w+\s+){0,2}?in\s+the\s+pit\s+of\s+my\s+stomach\b",
            ),
            # a body part and what fear did to it ("my legs went to water", "every muscle in me
            # locks", "my whole body went cold", "mind just went blank", "teeth chattering")
            (
                "fear",
                r"\b(?:legs|knees)\s+(?:\w+\s+){0,2}?(?:(?:went|turned)\s+to\s+(?:jelly|water|rubber)|(?:went|turned|were|felt)\s+rubbery|"
                r"gave\s+way|buckled|went\s+weak|(?:were\s+|felt\s+)?like\s+jelly)\b"
                r"|\b(?:body|blood|skin|spine)\s+(?:\w+\s+){0,2}?(?:went|ran|turned|was|felt)\s+"
                r"(?:\w+\s+)?(?:cold|icy|ice|numb)\b|\bskin\s+(?:crawl\w*|prickl\w*)\b"
                r"|\bmuscles?\s+(?:\w+\s+){0,3}?(?:locks|locked|seized|tensed|froze)\b"
                r"|\bmind\s+(?:\w+\s+)?(?:went|goes|go|was|had\s+gone)\s+(?:completely\s+|totally\s+)?"
                r"(?:blank|white|empty)\b|\bteeth\s+chatter\w*|\bchattering\s+teeth\b"
                r"|\b(?:couldn't|could\s+not|can't|cannot)\s+move\s+(?:my|a|an|our)\s+(?:single\s+)?(?:legs?|"
                r"arms?|body|muscle|finger|feet|limb)\b|\bknuckles\s+(?:went|turned|were)\s+white\b"
                r"|\bvoice\s+(?:\w+\s+)?(?:wobbl\w*|quaver\w*|shak\w*|trembl\w*|crack\w*)\b"
                # round 32: "my voice went all squeaky and high", "couldn't swallow"
                r"|\bvoice\s+went\s+(?:all\s+)?(?:squeaky|shrill|high|thin|tiny)\b"
                r"|\b(?:couldn't|could\s+not|can't|cannot)\s+swallow\b(?!\s+(?:the|a|an|it|my|any|anything|food|pills?|them)\b)",
            ),
            (
                "fear",
                r"\bmouth\s+(?:went\s+|was\s+|felt\s+)?(?:\w+\s+)?dry\b|\bdry\s+mouth\b"
                r"|\b(?:sweaty|clammy)\s+(?:palms|hands)\b|\bwip\w*\s+my\s+(?:palms|hands)\b"
                r"|\bmy\s+(?:palms|hands)\s+(?:all\s+|so\s+)?(?:clammy|sweaty)\b"
                # embarrassment in the face (round 30): "I felt my cheeks burn and apologized"
                r"|\bmy\s+cheeks\s+(?:\w+\s+)?(?:burn|burned|burnt|burning|flamed|flaming|flushed)\b"
                r"|\b(?:palms|hands|fingers)\s+(?:were|was|went|got|are|is)\s+(?:\w+\s+)?(?:clammy|sweaty|sweating|soaking|soaked|dripping|"
                r"damp|wet|slick|slippery)\b",
            ),
            (
                "fear",
                r"\b(?:heartbeat|heart\s+beat\w*|pulse|blood)\s+(?:in\s+my\s+(?:ears|throat)|pounding|racing"
                r"|(?:thudding|throbbing|hammering|thumping|drumming|roaring|rushing)\s+in\s+my\s+(?:ears|throat|head))\b"
                r"|\bknees\s+(?:were\s+|was\s+)?knocking\b|\bhear\s+my\s+own\s+blood\b"
                r"|\b(?:hands?|legs?)\s+(?:all\s+|so\s+|were\s+|was\s+)?shaky\b"
                r"|\bthroat\s+(?:so\s+|was\s+|went\s+|is\s+|felt\s+){0,2}tight\b"
                r"|\bhear\s+my\s+(?:own\s+)?heart\w*\b|\b(?:body|whole\s+body|i)\s+(?:went|was)\s+"
                r"(?:completely\s+|totally\s+)?rigid\b|\bbody\s+rigid\b",
            ),
            ("fear", r"\b(?:i|we)\s+(?P<cue>went)\s+(?:\w+\s+)?(?:cold|numb)\s+all\s+over\b"),
            (
                "fear",
                r"\b(?:didn't|did\s+not|couldn't|could\s+not|never)\s+dare\w*\b|\bdared\s+not\b",
            ),
            # a chest gone tight, breath held back, praying not to be found (round 26)
            (
                "fear",
                r"\bmy\s+chest\s+(?:\w+\s+){0,2}?(?:tight|tightened|tightening|constricted)\b|\btightness\s+in\s+my\s+chest\b"
                r"|\b(?:barely|hardly)\s+(?:breathing|breathed|daring\s+to\s+breathe)\b"
                r"|\bpray(?:ing|ed)\s+(?:that\s+)?(?:they|he|she|it|nobody|no\s+one)\s+(?:wouldn't|won't|didn't"
                r"|would\s+not|wouldn't)\b",
            ),
            (
                "sadness",
                r"\b(?:heavy\s+)?ache\s+(?:\w+\s+){0,2}?(?:in|under)\s+my\s+(?:chest|heart|breastbone|ribs)\b"
                r"|\bheavy\s+(?:heart|ache)\b",
            ),
            ("fear", r"\bscream(?:ed|ing)?\b"),
            (
                "shame",
                r"\bblush\w*|\bface\s+(?:turned|went)\s+red\b|\bface\s+(?:was\s+)?(?:burning|on\s+fire|aflame)\b"
                r"|\bface\s+(?:heat|heats|heated|heating)\s+up\b|\bface\s+(?:got|went|was)\s+(?:all\s+|so\s+)?hot\b"
                r"|\b(?:went|turned)\s+(?:bright\s+|all\s+|completely\s+|beetroot\s+)?red\b",
            ),
            # what a nightmare does to the body (round 27): a voice that will not come, limbs
            # that will not move, lying dead still, one's own breath loud, a fizzing or sinking
            # stomach, cheeks gone hot (legs like lead are tired, not afraid)
            (
                "fear",
                r"\b(?:shout|scream|call|yell|cry|say|speak|talk)\w*\s+(?:\w+\s+){0,6}?(?:but\s+)?(?:nothing|no"
                r"\s+sound|no\s+noise|not\s+a\s+sound)\s+(?:\w+\s+)?(?:comes|came|would\s+come)\s+out\b"
                r"|\b(?:voice|scream|shout|words?)\s+(?:\w+\s+){0,2}?(?:won't|wouldn't|didn't|doesn't"
                r"|don't|can't|couldn't)\s+come\s+out\b"
                r"|\b(?:can't|couldn't|cannot)\s+make\s+(?:them|it|my\s+\w+)\s+move\b"
                r"|\b(?:can't|couldn't|cannot)\s+move\s+(?:anything|a\s+muscle|at\s+all)\b"
                r"|\bknees\s+(?:were\s+|was\s+)?(?:\w+\s+)?knocking\b"
                r"|\b(?:dead|stock)[\s-]still\b|\bhear\s+my\s+(?:own\s+)?breath\w*\b"
                r"|\bbreath\s+(?:is\s+|was\s+)?sawing\b"
                r"|\b(?:fizzing|sinking)\s+(?:\w+\s+){0,2}?in\s+my\s+(?:stomach|tummy|gut|belly|chest)\b"
                r"|\bsinking\s+(?:feeling|sickness)\b",
            ),
            ("shame", r"\b(?:cheeks|ears)\s+(?:\w+\s+){0,2}?(?:hot|burning|flush\w*|red)\b"),
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
                r"\b(?:fäuste|faust)\s+(?:\w+\s+){0,2}geballt\b|\bzähne\s+(?:\w+\s+)?(?:aufeinandergebissen|"
                r"zusammengebissen)\b|"
                r"\b(?:knallte|schlug)\s+die\s+tür\s+zu\b|\bschrie\s+(?:ihn|sie|ihm|ihr|"
                r"alle|meine\w*|meinen)\s+(?:\w+\s+)?an\b|\banschrie\b",
            ),
            (
                "sadness",
                r"\bklo(?:ß|ss)\s+im\s+hals\b|\btränen\s+(?:liefen|flossen|kamen|stiegen)\b",
            ),
            (
                "fear",
                r"\bkalter\s+schwei(?:ß|ss)\b|\bschwei(?:ß|ss)\w*|\b\w*geschwitzt\b|\bschwitz\w*"
                r"|\baufgewacht\b[^.!?]{0,60}\bklatschnass\b|\bklatschnass\b[^.!?]{0,30}\baufgewacht\b",
            ),
            (
                "fear",
                r"\bherz\w*\s+(?:\w+\s+){0,2}(?:rast|raste|rasten|pochte|klopfte|hämmerte|gehämmert|gerast|"
                r"schlug\s+(?:\w+\s+)?(?:wild|bis\s+zum\s+hals|schnell))\b"
                r"|\bherz\w*\s+hat\s+(?:\w+\s+){0,3}(?:geklopft|gepocht|gerast|gehämmert|gepumpt|"
                r"geschlagen)\b|\bherzrasen\b|\bherzklopfen\b",
            ),
            (
                "fear",
                r"\bzitter\w*|\bgezittert\b|\bbebte\b|\b(?:ge)?schlotter\w*|\bging\s+(?:\w+\s+){0,2}die\s+düse\b"
                # chattering teeth (round 31; the cold explains them as it explains shivering)
                r"|\bzähne\s+(?:\w+\s+){0,5}?geklappert\b|\bzähneklappern\b|\bklapperten\s+(?:mir\s+)?(?:die\s+)?zähne\b",
            ),
            (
                "fear",
                r"\berstarr\w*|\bwie\s+(?:gelähmt|versteinert)\b|\bkonnte\s+mich\s+"
                r"(?:\w+\s+)?nicht\s+(?:mehr\s+)?(?:bewegen|rühren)\b",
            ),
            (
                "fear",
                r"\bgänsehaut\b|\bhaare\s+stellten\s+sich\b"
                r"|\b(?:nacken)?haare\s+(?:\w+\s+){0,2}?(?:gesträubt|sträubten)\b"
                r"|\bsträubten\s+sich\s+(?:\w+\s+){0,2}?(?:nacken)?haare\b",
            ),
            (
                "fear",
                r"\bmund\s+(?:war|wurde)\s+(?:\w+\s+)?trocken\b|\bstaubtrocken\b"
                r"|\bherz\w*\s+in\s+den\s+ohren\b|\bstocksteif\b|\bsteif\s+vor\s+angst\b"
                r"|\bschwitzige\s+hände\b",
            ),
            # "schlug mir das Herz bis zum Hals", weak knees, blood run cold, a head gone empty
            (
                "fear",
                r"\bherz\s+(?:\w+\s+){0,3}?bis\s+zum\s+hals\b|\bknie\s+(?:\w+\s+){0,2}?(?:weich|butterweich|zitterten)\b"
                r"|\bpuls\s+(?:\w+\s+)?in\s+den\s+ohren\b|\bhände\s+(?:\w+\s+){0,3}?(?:geklebt|klebten|feucht|schwitzig|nass|klatschnass|klitschnass)\b"
                r"|\bknie\s+(?:\w+\s+)?wie\s+(?:pudding|gummi|wackelpudding)\b"
                r"|\bstimme\s+(?:\w+\s+){0,3}?(?:gewackelt|wackelte|gezittert|versagte|versagt)\b"
                r"|\bweiche\s+knie\b|\bbeine\s+(?:wie\s+pudding|gaben\s+nach|versagten)\b"
                r"|\bblut\s+(?:\w+\s+){0,3}?(?:gefror|gefroren|stockte|gestockt)\b|\bblut\s+(?:\w+\s+){0,2}?in\s+den\s+ohren\b"
                r"|\bkopf\s+(?:war\s+|wurde\s+|ist\s+)?(?:\w+\s+)?(?:leer|leergefegt)\b"
                r"|\bmagen\s+(?:\w+\s+){0,2}?(?:zusammengezogen|zog\s+sich|krampfte|umgedreht|drehte\s+sich)\b"
                # round 32: "krampfte sich mein Magen zusammen", "brachte ich kein Wort heraus"
                r"|\b(?:krampfte|zog)\s+sich\s+(?:mein\s+|der\s+)?magen\b"
                r"|\bbrachte\s+(?:ich\s+)?kein\s+wort\s+(?:heraus|raus)\b",
            ),
            ("sadness", r"\bschwere\w*\s+herz\w*\b|\bherz\s+(?:\w+\s+){0,2}schwer\b"),
            (
                "fear",
                r"\bkeine\s+luft\s+(?:mehr\s+)?(?:bekommen|gekriegt)\b|\bnicht\s+getraut\b|"
                r"\b(?:bekam|kriegte)\s+(?:keine|kaum(?:\s+noch)?)\s+luft\b|\bkonnte\s+(?:kaum|nicht)\s+(?:mehr\s+)?"
                r"atmen\b|\bhielt\s+den\s+atem\s+an\b"
                # round 32: "mein Atem ging immer schneller und flacher"
                r"|\batem\s+(?:\w+\s+){0,3}?(?:schneller|flacher|stockte|stoßweise|gestockt)\b"
                # round 41: "mir wurde ganz eng in der Brust"
                r"|\b(?:ganz\s+|so\s+|total\s+)?eng\s+(?:in\s+der|um\s+die)\s+brust\b|\bbrust\s+(?:wurde|war)\s+(?:ganz\s+|so\s+)?eng\b",
            ),
            ("fear", r"\bschrie\b|\bschreien\b|\bgeschrien\b|\bkreischte\b"),
            (
                "shame",
                r"\berrötete\b|\bwurde\s+(?:ganz\s+)?rot\b|\brot\s+(?:bis\s+über|angelaufen|worde)\b"
                r"|\bblut\s+(?:\w+\s+)?(?:in\s+die\s+wangen|in\s+den\s+kopf|ins\s+gesicht)\b"
                r"|\b(?:knallrot|puterrot|hochrot)\b"
                # round 32: "mein Gesicht hat geglüht wie eine Tomate"
                r"|\bgesicht\s+(?:\w+\s+){0,2}?(?:geglüht|glühte|glühend|gebrannt|brannte)\b"
                # round 44: "mir ist total heiss geworden im gesicht"
                r"|\bmir\s+(?:ist|war|wurde)\s+(?:\w+\s+)?(?:heiß|heiss)\s+(?:geworden\s+)?im\s+gesicht\b",
            ),
            # what a nightmare does to the body, in the present too (round 27): "kann mich nicht
            # bewegen", "wie festgenagelt", a scream without a voice, "kriege keine Luft", hands
            # stuck, a dry mouth, no swallowing, knees giving way, a cramped body, ice-cold, legs
            # like rubber, a pulse in the ears, a heart felt in the throat, a pull in the belly
            (
                "fear",
                r"\bkann\s+mich\s+(?:\w+\s+)?nicht\s+(?:mehr\s+)?(?:bewegen|rühren)\b"
                r"|\bwie\s+(?:festgenagelt|festgefroren|eingefroren)\b"  # "angewurzelt": amazed too
                r"|\bkeine\s+stimme\b|\bkein(?:en)?\s+ton\s+(?:\w+\s+)?raus\b"
                r"|\b(?:kriege|krieg|kriegte|bekomme|bekam)\s+(?:\w+\s+)?keine\s+luft\b"
                r"|\bhände\s+(?:\w+\s+)?kleben\b|\bmund\s+ist\s+(?:\w+\s+)?trocken\b"
                r"|\b(?:kann|konnte)\s+(?:\w+\s+)?nicht\s+(?:mehr\s+)?schlucken\b"
                r"|\b(?:knie|beine)\s+(?:\w+\s+){0,2}?(?:geben|gaben|gibt)\s+(?:\w+\s+)?nach\b"
                r"|\bkörper\s+(?:\w+\s+){0,2}?verkrampf\w*|\bmir\s+(?:wird|wurde|war)\s+(?:\w+\s+)?eiskalt\b"
                r"|\bbeine\s+(?:\w+\s+){0,2}?wie\s+(?:gummi|blei|pudding|wackelpudding)\b"
                r"|\bpuls\s+(?:\w+\s+){0,2}?in\s+den\s+ohren\b|\bim\s+hals\s+spür\w*"
                r"|\bziehen\s+im\s+(?:bauch|magen)\b|\bzieht\s+sich\s+(?:\w+\s+){0,2}?alles\s+zusammen\b"
                r"|\binnerlich\s+(?:\w+\s+){0,3}?gestorben\b|\bhei(?:ß|ss)\s+und\s+kalt\b",
            ),
            (
                "shame",
                r"\bam\s+liebsten\s+(?:\w+\s+){0,2}?(?:unter\s+den\s+tisch|im\s+boden|in\s+den\s+boden)\s+"
                r"(?:\w+\s+)?(?:gekrochen|versunken|verkrochen|verschwunden)\b",
            ),
        )
    ),
}


# For each pattern of _BODY, in order, words of which every match holds one: a pattern whose
# words are all absent is not searched (most texts hold few body cues; this keeps `analyze` fast).
_BODY_NEEDLES: Final[dict[Language, tuple[tuple[str, ...], ...]]] = {
    "en": (
        ("clench", "balled"), ("grit", "slamm"), ("shout", "yell", "scream"),
        ("lump", "tears", "eyes"),
        ("heart",), ("sweat",), ("sweat",), ("heart",), ("heart",),
        ("trembl", "shaking", "shivering", "quivering"), ("shook",),
        ("froze", "paraly"),
        ("goose", "hair"), ("breath", "gasp"), ("stomach", "tummy", "gut", "insides"),
        ("legs", "knees", "body", "blood", "skin", "spine", "muscle", "mind", "teeth", "chatter",
         "move", "knuckles", "voice"), ("dry", "palms", "hands", "cheeks", "fingers"),
        ("heart", "pulse", "rigid", "blood", "knees", "shaky", "throat"), ("went",), ("dare",),
        ("chest", "breath", "pray"),
        ("ache", "heavy"),
        ("scream",),
        ("blush", "face", "red"),
        ("out", "move", "still", "breath", "fizzing", "sinking", "knees"),
        ("cheeks", "ears"),
    ),
    "de": (
        ("ballte", "biss"), ("tür", "schrie", "geballt", "gebissen"), ("klo", "tränen"),
        ("schwei", "schwitz"),
        ("herz",), ("zitter", "bebte", "schlotter", "düse", "klapper"),
        ("erstarr", "gelähmt", "versteinert", "konnte mich"), ("gänsehaut", "haare", "nackenhaare"),
        ("mund", "trocken", "herz", "steif", "schwitzige"),
        ("herz", "knie", "beine", "blut", "kopf", "magen", "puls", "hände", "stimme", "wort"),
        ("herz",),
        ("luft", "getraut", "atme", "atem", "brust"), ("schr", "kreisch"),
        ("errötete", "rot", "blut", "gesicht"),
        ("kann mich", "wie ", "stimme", "ton", "luft", "kleben", "mund", "schlucken", "nach",
         "verkrampf", "eiskalt", "beine", "puls", "hals", "ziehen", "zusammen", "gestorben",
         "kalt"),
        ("am liebsten",),
    ),
}  # fmt: skip


# Confusion said through a negation ("I didn't understand", "wusste nicht, wo ich war"); these
# are never themselves negated.
_CONFUSION: Final[dict[Language, tuple[re.Pattern[str], ...]]] = {
    "en": tuple(
        _english(p)
        for p in (
            # (round 43: not "couldn't get it out", a thing stuck)
            r"\b(?:didn't|did\s+not|couldn't|could\s+not)\s+(?:\w+\s+)?(?:understand|get\s+it(?!\s+(?:out|off|in|open|back|up|down|free|loose|through|to|into|started|going|working))|"
            # ("didn't know what to say" when touched or shy is no puzzlement, round 26)
            r"know\s+(?:whether(?!\s+to\b)|what(?!\s+to\s+say\b)(?!\s+to\s+do\s+with\s+(?:my|his|her)\s+(?:hands|self|eyes))|where|how(?!\s+to\b)|why|who\b|if(?!\s+i\s+should\b)|which\s+(?:way|wing|floor|room|building|street|station|stop|direction|door)\b)|figure\s+out|"
            r"make\s+sense)",
            r"\b(?:wasn't|was\s+not)\s+(?:\w+\s+)?sure\s+(?:if|whether|what|where|who|why|how)\b",
            # round 32: "I really don't get why she is collecting them"
            r"\b(?:don't|do\s+not|didn't|did\s+not)\s+(?:really\s+|even\s+)?get\s+(?:why|how|what)\b",
            # (round 41: "nodded along without a clue what he was saying")
            r"\b(?:no|without\s+a|not\s+a|hadn't\s+a|didn't\s+have\s+a)\s+(?:idea|clue)\s+(?:how|what|where|why|who|which|whether|if)\b|\bkept\s+wondering\b",
            # round 34: "I didn't know whether to believe her", "didn't know which one was real"
            r"\b(?:didn't|did\s+not|couldn't|could\s+not)\s+(?:\w+\s+)?(?:know|tell)\s+(?:whether|if)\s+to\s+(?:believe|trust)\b"
            r"|\b(?:didn't|did\s+not|couldn't|could\s+not)\s+(?:\w+\s+)?(?:know|tell)\s+which\s+(?:one\s+|of\s+(?:them|us)\s+)?(?:was|is|were)\s+(?:real|true|me|the\s+real)\b",
            # "didn't have the faintest idea", "hadn't a clue", "not knowing where I was" (round 26)
            r"\b(?:didn't|did\s+not|don't)\s+have\s+(?:a|the\s+(?:faintest|foggiest|slightest|vaguest"
            r"|remotest|least))\s+(?:clue|idea)\b|\bhadn't\s+(?:a|the\s+\w+)\s+(?:clue|idea)\b"
            r"|\bnot\s+the\s+(?:faintest|foggiest|slightest|vaguest)\s+(?:idea|clue|notion)\b"
            r"|\bnot\s+knowing\s+(?:where|what|which|how|who|whether|if|why)\b|\bboggl(?:ed|es|ing)\b"
            r"|\b(?:that|it|this)\s+(?:really\s+|completely\s+|totally\s+|rather\s+|a\s+bit\s+|properly\s+)?threw\s+me\b(?!\s+(?:the|a|an|into|out|off\s+the"
            r"|over|across|to|down|onto|against|back|through|aside)\b)",
            r"\b(?:trying|tried|try)\s+to\s+(?:work\s+out|figure\s+out|make\s+sense\s+of|work\s+(?:it|that)\s+out)\b"
            # round 32: "I honestly couldn't tell whether the blackout was part of the play"
            # (not the writer's "I can't tell whether I was asleep", now)
            r"|\b(?:couldn't|could\s+not)\s+tell\s+(?:whether|if|what\s+was|who\s+was|which)\b"
            r"|\b(?:couldn't|could\s+not|can't)\s+work\s+out\b",
            r"\bd[eé]j[aà]\s+vu\b|\bwhat\s+to\s+make\s+of\b|\bmade\s+no\s+sense\b",
            # disbelief (round 26): "none of us could believe it"
            r"\b(?:couldn't|could\s+not)\s+believe\s+(?:it|what|how|that|our)\b"
            r"|\b(?:none\s+of\s+us|neither\s+of\s+us)\s+could\s+believe\b",
            # idioms that carry their own negation: "could not make heads or tails of it", "couldn't
            # for the life of me figure out", "didn't know if I was coming or going"
            r"\bheads?\s+(?:or|nor)\s+tails?\b|\bfor\s+the\s+life\s+of\s+me\b|\bcoming\s+or\s+going\b"
            r"|\b(?:couldn't|could\s+not)\s+make\s+out\s+(?:what|who|where|why|how)\b",
            # a second language's "I was not understand why"
            r"\b(?:was|were|am|is)\s+not\s+understand\w*\b",
            # told in the present ("I really don't understand what happen", "stood there not
            # understanding how is this possible"), not the writer's "why I dream this" (round 34)
            r"\b(?:i|we)\s+(?:really\s+|just\s+)?(?:don't|do\s+not)\s+(?:really\s+)?understand\s+(?:what|how|where|who|anything)\b"
            r"|\bnot\s+understanding\s+(?:what|how|why|where|who|anything)\b",
            # wondering why, a thing strange to the dreamer ("seemed very strange to me", "I
            # thought it was odd"); "which I think is odd" comments on the dream afterwards
            # ("started wondering how I was going to land" plans, round 26)
            r"\b(?:i|we)\s+(?:\w+\s+)?wonder(?:ed|ing)\s+(?:why|how(?!\s+(?:i|we)\s+(?:was|were)\s+going\s+to\b)(?!\s+to\b))\b",
            r"\b(?:seemed|felt|was|looked)\s+(?:\w+\s+)?(?:strange|odd|weird|bizarre|peculiar)\s+to"
            r"\s+(?:me|us)\b|\b(?:i|we)\s+(?:thought|found)\s+(?:it|that|this)\s+(?:was\s+)?(?:\w+\s+)?"
            r"(?:strange|odd|weird|bizarre|peculiar)\b",
            r"\blike\s+(?:what\s+the\s+(?:hell|heck|fuck)|wtf)\b",
            # "it was more like, hang on, what is this", "hang on, who?" (round 27)
            r"\bhang\s+on,?\s+(?:what|who|where|why|how)\b",
            # round 43: "I was like ??? why would you want that"
            r"(?:(?<=\bi\swas\s)|(?<=\bi\swas\sjust\s))like\s*(?:\?{2,}|huh\b|what\?|wait\s+what\b)",
        )
    ),
    "de": tuple(
        re.compile(p)
        for p in (
            # ... not "wusste nicht, wo ich hingucken soll", which is shame (round 27)
            # ... nor "ich weiß nicht, warum" after a feeling: the writer's remark now
            r"\b(?!(?:weiß|weiss)\s+(?:\w+\s+){0,2}nicht\s*,?\s*warum\b)"
            r"(?:wusste|wusst|weiß|weiss)\s+(?:\w+\s+){0,2}nicht\s*(?:mehr\s*)?,?\s*(?:was|wo|wie|warum|"
            # (round 41: "wusste ich nicht mehr, zu wem ich eigentlich wollte")
            r"wer|ob|wohin|(?:zu|mit|bei|von)\s+wem|wen|wem)\b(?!\s+ich\s+hin(?:gucken|schauen|sehen|kucken)\b)(?<!wohin(?=\s+mit\s+mir))"
            # (round 32: "wusste gar nicht, was ich sagen soll" is shame or guilt, no puzzlement)
            r"(?!\s+ich\s+(?:dazu\s+|darauf\s+)?(?:sagen|antworten)\s+(?:soll|sollte)\b)",
            r"\bnicht\s+(?:mehr\s+)?gewusst,?\s+(?:was|wo|wie|warum|wer|ob)\b",
            # "ich check gar nix mehr", "bin nicht draufgekommen", "verstehe erst gar nicht, dass
            # ich gemeint bin" (round 27)
            r"\b(?:check|kapier)\w*\s+(?:\w+\s+)?(?:gar\s+|überhaupt\s+)?(?:nix|nichts)\b"
            r"|\b(?:nicht|nie)\s+(?:drauf|dahinter)\s*gekommen\b"
            r"|\b(?:verstehe|versteh|versteht|verstand|verstanden)\s+(?:\w+\s+){0,2}?(?:gar|überhaupt)\s+nicht\b",
            r"\b(?:nicht|nichts|nix|ned|net|nöd|nit)\s+(?:mehr\s+)?(?:kapiert|verstanden|verstande|gecheckt|geschnallt|gschnallt|"
            r"geblickt|begriffen)\b|\bkein(?:\s+einziges)?\s+wort\s+(?:\w+\s+)?(?:kapiert|verstanden)\b",
            # "hab mi ned auskennt" (Austrian: had no idea what was going on), lost one's bearings
            r"\b(?:kapierte|verstand|checkte|begriff)\s+(?:\w+\s+)?(?:gar\s+)?nichts\b"
            r"|\b(?:nicht|ned|net|nöd|nit)\s+(?:mehr\s+)?(?:ausgekannt|auskennt|auskannt)\b"
            r"|\borientierung\s+verloren\b"
            # round 32: "ich konnte es überhaupt nicht fassen"
            r"|\bkonnte\s+(?:es|das)\s+(?:\w+\s+)?nicht\s+fassen\b",
            r"\bnicht\s+sicher,?\s+ob\b",
            # "ich hab mich gefragt, wo ...", "fragte ich mich, ob": wondering, not being asked
            r"\b(?:ich|wir)\s+(?:\w+\s+){0,3}(?:mich|uns)\s+(?:\w+\s+){0,4}gefragt,?\s+"
            r"(?:was|wo|wie|warum|wer|ob)\b|\b(?:fragte\s+ich|ich\s+fragte)\s+mich\s+(?:\w+\s+){0,2}"
            r"(?:was|wo|wie|warum|wer|ob)\b",
            # "keine Ahnung warum" comments on a feeling after waking; "keine Ahnung, wo ich
            # war" is the dream's own puzzlement
            r"\bkeine\s+ahnung(?:\s+mehr)?,?\s+(?:was|wo|wie|wer|wovon|worum|wohin|woher|welche\w*)\b",
            # round 34: "hab mich gleichzeitig gefragt, wie das sein kann"
            r"\b(?:hab|habe|hatte)\s+(?:ich\s+)?mich\s+(?:\w+\s+){0,3}gefragt,?\s+(?:was|wo|wie|warum|wer|ob)\b",
            # "das fand ich seltsam", "kam mir komisch vor", "verstand nicht, warum"
            r"\bfand\s+(?:ich|wir)\s+(?:das\s+|es\s+)?(?:\w+\s+)?(?:seltsam|komisch|merkwürdig|"
            r"eigenartig|sonderbar)\b|\b(?:ich|wir)\s+fanden?\s+(?:das|es)\s+(?:\w+\s+)?(?:seltsam|"
            r"komisch|merkwürdig|eigenartig|sonderbar)\b",
            r"\bkam\s+mir\s+(?:\w+\s+){0,2}(?:seltsam|komisch|merkwürdig|eigenartig|spanisch)\s+vor\b",
            r"\bverstand\s+(?:\w+\s+){0,2}nicht,?\s+(?:was|warum|wieso|weshalb|wie)\b",
            # told in the present: "Ich verstehe nicht, ich habe doch Aufenthalt" (round 34; not
            # the writer's "ich verstehe nicht, warum ich das träume")
            r"\bich\s+(?:versteh|verstehe)\s+(?:das\s+|es\s+)?nicht\b(?!\s*,?\s*(?:warum|wieso|weshalb)\s+ich\b)",
            # disbelief (round 26): "ich hab erst gedacht, ich hör nicht recht"
            r"\b(?:hör|höre)\s+(?:ich\s+)?nicht\s+recht\b|\bhöre\s+ich\s+recht\b"
            r"|\btraute\s+meinen\s+ohren\s+nicht\b"
            r"|\bnicht\s+(?:mehr\s+)?durchgeblickt\b|\bblickte?\s+(?:\w+\s+)?nicht\s+(?:mehr\s+)?durch\b"
            # round 43: "Ich so: hä? wieso ich??"
            r"|\bich\s+so\s*:?\s*(?:hä|hae|hää|haeh|häh)\b|\bich\s+so\s*:?\s*(?:wie\s+jetzt|\?{2,})",
        )
    ),
}
# Idioms whose words cross a clause break ("und"/"and" starts a clause, so lexicon phrases,
# which stay inside one clause, cannot hold them), and idioms a word around them decides
# ("getting wound up" is anger, "wound up in Leeds" is not).
_IDIOMS: Final[dict[Language, tuple[tuple[str, re.Pattern[str]], ...]]] = {
    "en": tuple(
        (name, _english(p))
        for name, p in (
            ("anger", r"\bsick\s+and\s+tired\b"),
            ("fear", r"\bscared\s+out\s+of\s+my\s+wits\b"),
            # round 44: "stayed there happily reading a book"; "thought it was the funniest
            # thing ever"
            (
                "joy",
                r"\bhappily\b(?!\s+(?:married|ever|accept|agree|admit|pay|give|take|help|lend|do|say|go|oblige|share))"
                r"|\b(?:thought|found)\s+it\s+(?:was\s+)?the\s+funniest\b",
            ),
            # "angry and hurt": the cue is the second word (group "cue")
            ("sadness", r"\b(?:angry|mad|cross|furious|upset)\s+and\s+(?P<cue>hurt)\b"),
            (
                "anger",
                r"\b(?:getting|got|get|gets|was|were|so|really|properly|more\s+and\s+more)\s+wound\s+up\b"
                r"|\b(?:just|totally|completely|properly|finally)\s+(?:lose|lost|losing)\s+it\b"
                r"|\bwild\s+with\s+(?:him|her|them|anger|rage|fury)\b",
            ),
            (
                "confusion",
                r"\b(?:completely|totally|utterly|all|a\s+bit)\s+at\s+sea\b"
                r"|\bcaught\s+(?:\w+\s+){0,2}off\s+guard\b",
            ),
            (
                "guilt",
                r"\bfelt\s+like\s+(?:the\s+)?(?:worst|a\s+terrible|an\s+awful|a\s+bad|a\s+useless)\s+"
                r"(?:mother|father|mum|mom|dad|parent|person|friend|wife|husband|son|daughter|human|teacher)\b",
            ),
            (
                "loneliness",
                r"\b(?:felt|feel|feeling)\s+(?:so\s+|terribly\s+|very\s+|utterly\s+|really\s+|totally\s+|"
                r"completely\s+|awfully\s+|dreadfully\s+|horribly\s+|quite\s+|so\s+very\s+)?alone\b",
            ),
            # missing the people of one's life ("missed my family so much it hurt"), not a bus;
            # feelings hurt, said with a word of degree ("I was just hurt"; "hurt in the crash"
            # is a body's), round 26
            (
                "sadness",
                r"\b(?:missed|miss|missing)\s+(?:my|our)\s+(?:\w+\s+)?(?:family|mum|mom|mother|dad|father|parents"
                r"|kids|children|wife|husband|partner|boyfriend|girlfriend|friends|home|sister|brother"
                r"|grandma|grandmother|grandpa|grandfather|son|daughter|old\s+life|country|people)\b"
                r"|\b(?:missed|missing)\s+(?:him|her|them|you|home)\s+(?:so\s+much|terribly|badly|like\s+crazy"
                r"|dreadfully|desperately|more\s+than)\b|\bmissing\s+home\b"
                # round 44: "I missed my garden terribly": the missing said with its degree
                r"|\b(?:missed|missing)\s+(?:my|our)\s+(?:\w+\s+){1,2}?(?:so\s+much|terribly|so\s+badly"
                r"|dreadfully|desperately|like\s+crazy)\b",
            ),
            (
                "sadness",
                r"\b(?:was|felt|were)\s+(?:just|so|really|deeply|terribly|very|quite|a\s+bit|a\s+little)\s+hurt\b"
                r"(?!\s+(?:in|on|at|by\s+the|from\s+the)\b)",
            ),
            # let down with a word of degree ("felt desperately let down"), round 26
            ("sadness", r"\b(?:felt|feel|feeling|was)\s+(?:\w+\s+)?let\s+down\b"),
            ("sadness", r"\b(?:felt|was|just|really|a\s+bit|more)\s+stung\b"),
            ("shame", r"\bground\s+to\s+(?:open\s+up\s+and\s+)?swallow\s+me\b"),
            # round 26 (dev16): a chill down the spine, beside oneself, jumping up and down
            (
                "fear",
                r"\bchill\s+(?:went\s+|ran\s+|shot\s+)?(?:right\s+)?(?:down|up)\s+my\s+spine\b"
                # (not "beside myself with joy", "... with puzzlement": the feeling named after it)
                r"|\bbeside\s+myself\b(?!\s+with\s+(?:joy|happiness|delight|excitement|glee|pride|puzzlement|confusion|bewilderment|rage|anger|fury|grief))",
            ),
            ("joy", r"\b(?:scream\w*\s+and\s+)?jump(?:ed|ing)?\s+up\s+and\s+down\b"),
            (
                "joy",
                r"\bfloat(?:ed|ing)\s+out\s+of\s+(?:there|the\s+room|the\s+building|the\s+office)\b",
            ),
            (
                "joy",
                r"\b(?:i|we)\s+(?:was|were)\s+(?:absolutely\s+|well\s+|so\s+|proper\s+|properly\s+)?buzzing\b",
            ),
            (
                "fear",
                r"\b(?:i|we)\s+(?:\w+\s+)?flapp(?:ed|ing)\s+(?:about|around|round)\b|\bgave\s+me\s+(?:a|an|quite\s+a|such\s+a)\s+(?:\w+\s+)?fright\b",
            ),
            # a weight gone from the shoulders, the chest or the mind: relief
            (
                "relief",
                r"\bweight\s+(?:\w+\s+){0,2}?(?:off|from|lifted)\s+(?:off\s+)?(?:my|our)\s+(?:shoulders|chest|mind|heart)\b",
            ),
            # "it hurt, honestly, watching my kids look through me": hurt feelings, not pain
            (
                "sadness",
                r"\bit\s+(?:really\s+|so\s+)?hurt\b(?=[^.!?]{0,30}\b(?:watching|to\s+see|to\s+hear|"
                r"seeing|hearing|that)\b)",
            ),
            (
                "joy",
                r"\bfelt\s+like\s+(?:a\s+)?(?:queen|king|princess|prince|million\s+dollars|superstar|"
                r"rock\s*star|hero|superhero|champion|winner)\b|\bpatted\s+myself\s+on\s+the\s+back\b"
                r"|\b(?:i|we)\s+(?:\w+\s+)?(?:found|thought)"
                r"\s+(?:it|that|this)\s+(?:was\s+)?(?:\w+\s+)?(?:funny|hilarious)\b",
            ),
        )
    ),
    "de": tuple(
        (name, re.compile(p))
        for name, p in (
            ("joy", r"\bhin\s+und\s+weg\b"),
            # round 44: "fand es eher lustig" (a word of degree between), "fand's eigentlich
            # super", "es war eher lustig"; "getröstet"; "das fünfte Rad am Wagen"
            (
                "joy",
                r"\bfand(?:'?s)?\s+(?:(?:es|das|ich)\s+)?(?:eher|irgendwie|ziemlich|echt|voll|total|richtig|sogar|mega|eigentlich)\s+(?:lustig|witzig|amüsant|super|toll|klasse|genial)\b"
                r"|\b(?:es|das)\s+war\s+(?:eher|irgendwie|ziemlich|echt|total|richtig|sogar)\s+lustig\b",
            ),
            (
                "relief",
                r"\b(?:irgendwie|so|total|ganz)\s+getröstet\b|\bfühlte\s+mich\s+(?:\w+\s+)?getröstet\b",
            ),
            ("loneliness", r"\b(?:fünfte|fuenfte)s?\s+rad\s+am\s+wagen\b"),
            # a relief as a stone, a rock or a boulder off the heart; hurt that "hat mich
            # getroffen"; regret ("hat es mir leidgetan") and pity ("er tat mir leid"), round 26
            ("relief", r"\b\w*(?:stein|brocken|felsen)\s+vom\s+herzen\b"),
            (
                "sadness",
                r"\b(?:hat|hatte)\s+mich\s+(?:\w+\s+)?(?:getroffen|verletzt)\b|\b(?:er|sie)\s+(?:hat|tat)\s+mir\s+(?:\w+\s+){0,2}?leid\b",
            ),
            (
                "guilt",
                r"\b(?:es|das)\s+(?:hat|tat)\s+mir\s+(?:\w+\s+){0,3}?(?:leid|leidgetan)\b"
                r"|\b(?:hat|tat)\s+(?:es|das)\s+mir\s+(?:\w+\s+){0,3}?(?:leid|leidgetan)\b",
            ),
            (
                "joy",
                r"\bgefühlt\s+wie\s+(?:der|die|ein|eine)\s+(?:könig\w*|kaiser\w*|prinz\w*|star|held\w*|sieger\w*|gewinner\w*|king|queen|boss)\b"
                r"|\bging\s+mir\s+das\s+herz\s+auf\b|\bmir\s+ging\s+(?:\w+\s+)?das\s+herz\s+auf\b",
            ),
            # hurt feelings said to oneself ("noch mehr hat es mir wehgetan"), round 26
            (
                "sadness",
                r"\b(?:das|es)\s+(?:hat|tat|hatte)\s+mir\s+(?:\w+\s+){0,2}?(?:weh|wehgetan)\b"
                r"|\b(?:hat|tat|hatte)\s+(?:es|das)\s+mir\s+(?:\w+\s+){0,2}?(?:weh|wehgetan)\b",
            ),
            ("fear", r"\bangst\s+und\s+bange\b"),
            # left standing, at a loss (round 27; it was shame before)
            ("confusion", r"\bwie\s+bestellt\s+und\s+nicht\s+abgeholt\b"),
            ("joy", r"\b(?:mir|mich)\s+(?:\w+\s+){0,2}selbst\s+auf\s+die\s+schulter\s+geklopft\b"),
            (
                "joy",
                r"\bfand\s+(?:ich|wir)\s+(?:\w+\s+){0,4}(?P<cue>lustig|witzig|urkomisch)\b"
                r"|\b(?:ich|wir)\s+fanden?\s+(?:das|es)\s+(?:\w+\s+){0,2}(?:lustig|witzig|urkomisch)\b",
            ),
        )
    ),
}
# The patterns `body_cues` runs, behind their pre-tests (see `gates`).
CUE_GATES: Final[dict[Language, PatternGates]] = {
    language: PatternGates(
        [
            *_CONFUSION[language],
            *(p for _, p in _IDIOMS[language]),
            *(p for _, p in _BODY[language]),
        ]
    )
    for language in ("en", "de")
}
# "in a language I didn't understand", "eine Sprache, die ich nicht verstanden hab": a fact
# about what was said, not puzzlement.
_NOT_UNDERSTOOD_THING: Final = re.compile(
    r"\b(?:language|languages|accent|dialect|word|words|sprache|sprachen|dialekt|akzent|wort|"
    r"worte|wörter)\b[^\w.!?]+(?:\w+[^\w.!?]+){0,4}$"  # (within the sentence: round 30)
    # a thing said, then the dreamer in a relative clause ("Durchsagen auf Französisch, die
    # ich nicht verstanden hab", "announcements that I couldn't understand"), round 26
    r"|\w+\s*,?\s+(?:die|das|den|welche|which|that)\s+(?:ich|i|wir|we)\s+(?:\w+\s+)?$"
)
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


_ME_TOO_OPENS: Final = re.compile(
    r"(?:ich\s+auch|mir\s+auch|ich\s+genauso|me\s+too|same\s+here|so\s+was\s+i|so\s+did\s+i"
    # round 44: "I felt the same", "Ich mich auch"
    r"|i\s+felt\s+the\s+same|i\s+did\s+too|ich\s+mich\s+auch)\b"
)


def shared_with_dreamer(position: int, tokens: Tokens) -> bool:
    """ "everyone was nervous, me most of all", "alle hatten Angst, ich auch"."""
    sentence = tokens.sentence[position]
    following = [
        tokens.lower[j]
        for j in range(position + 1, min(len(tokens.lower), position + 11))
        if tokens.sentence[j] == sentence
    ]
    text = " ".join(following)
    # round 41: the next sentence opens with it ("Oma ... sagt, sie ist so glücklich. Ich auch,
    # ehrlich"), when the cue's own sentence ends within the reach
    after = [
        tokens.lower[j]
        for j in range(position + 1, min(len(tokens.lower), position + 11))
        if tokens.sentence[j] == sentence + 1
    ][:4]
    if _ME_TOO_OPENS.match(" ".join(after)):
        return True
    # round 42: the dreamer first in a subject of two ("me and my friend Jonas were cheering",
    # "ich und mein Freund haben gejubelt")
    start = position
    while start > 0 and tokens.clause[start - 1] == tokens.clause[position]:
        start -= 1
    if (
        start > 0
        and tokens.lower[start] in {"and", "und"}
        and tokens.lower[start - 1] in {"me", "i", "ich"}
        and (
            start == 1
            or tokens.sentence[start - 2] != tokens.sentence[start - 1]
            or tokens.original[start - 1] in {"Me", "Ich"}
        )
    ):
        return True
    return bool(
        re.search(
            r"\b(?:me\s+(?:too|as\s+well|most|included|especially)|including\s+me|"
            r"ich\s+auch|mir\s+auch|ich\s+am\s+meisten|ich\s+genauso|so\s+(?:was|did|were|had)\s+i|"
            r"(?:und\s+)?ich\s+mittendrin|me\s+in\s+the\s+middle\s+of\s+it|"
            r"(?:and|as)\s+was\s+i|i\s+was\s+too|ging\s+es\s+genauso|ich\s+ebenfalls"
            # round 41: "unsere Tochter auch, und ehrlich gesagt ging's mir genauso"
            r"|ging(?:'s|s|\s+es)\s+mir\s+genauso|mir\s+ging(?:'s|s|\s+es)\s+genauso|same\s+(?:here|for\s+me)"
            # round 42: "Sie hat sich riesig gefreut und ich mich auch"
            r"|ich\s+mich\s+auch|ich\s+mir\s+auch)\b"
            # (round 50: up to two words of the cue's own after it, "just as lost as me")
            r"|^(?:\w+\s+){0,2}as\s+(?:i\s+(?:was|did|felt)|me)\b|^(?:\w+\s+){0,2}wie\s+ich\b",
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


def body_cues(
    text: str,
    tokens: Tokens,
    language: Language,
    gates: PatternGates | None = None,
    present: frozenset[str] | None = None,
) -> list[tuple[int, str, str, bool]]:
    """(token index, fine name, words, negatable) for bodily and phrasal signs of emotion
    (`gates` holding `CUE_GATES`' patterns and the needles `present` in the text, if known)."""
    low = text.lower()
    if gates is None or present is None:
        gates = CUE_GATES[language]
        present = gates.present(low)
    taken: list[tuple[int, int]] = []
    out: list[tuple[int, str, str, bool]] = []
    body = [
        entry
        for entry, needles in zip(_BODY[language], _BODY_NEEDLES[language], strict=True)
        if any(needle in low for needle in needles)
    ]
    for negatable, table in (
        (False, [("confusion", p) for p in _CONFUSION[language]]),
        (True, list(_IDIOMS[language]) + body),
    ):
        for name, pattern in table:
            for m in gates.finditer(pattern, low, present):
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                if name == "confusion" and _NOT_UNDERSTOOD_THING.search(
                    low[max(0, m.start() - 60) : m.start()]
                ):
                    continue
                if name == "fear" and _JOYFUL_AFTER.search(low[m.end() : m.end() + 40]):
                    continue  # "heart pounding with excitement", "screamed with joy"
                taken.append((m.start(), m.end()))
                at = m.start("cue") if "cue" in pattern.groupindex else m.start()
                position = max(0, bisect_right(tokens.start, at) - 1)
                out.append((position, name, " ".join(m.group().split()), negatable))
    return sorted(out)


def _object_of_a_preposition(j: int, sentence_start: int, tokens: Tokens) -> bool:
    """Whether the person at token j follows a preposition ("um meinen Vater"), so is no
    subject ("einer von meinen Freunden" keeps its person, and so does "einem Jungen, der
    strahlte")."""
    if j + 1 < len(tokens.lower) and tokens.lower[j + 1] in {"der", "die", "das", "den"}:
        return False
    before = tokens.lower[max(sentence_start, j - 2) : j]
    if before[-1:] and before[-1] in _GOVERNING:
        return True
    return (
        len(before) == 2 and before[0] in _GOVERNING and before[1] in _DETERMINERS_BEFORE_A_PERSON
    )


_DATIVE_OTHERS: Final = frozenset({"ihm", "ihnen"})
_BE_DE: Final = frozenset({"war", "ist", "wurde", "wäre", "wars", "war's"})
_IT_DE: Final = frozenset({"es", "das", "dies", "alles"})


def _dative_other(position: int, tokens: Tokens) -> bool:
    """Whether a German feeling is had by "ihm"/"ihnen" beside "war" in its clause, the teller
    not named in it ("es war ihm peinlich"; "ihm war das peinlich")."""
    clause = tokens.clause[position]
    start = position
    while start > 0 and tokens.clause[start - 1] == clause and position - start < 5:
        start -= 1
    words = tokens.lower[start:position]
    if {"mir", "ich", "mich", "uns", "wir"} & set(words):
        return False
    # "es war ihm ...", or "ihm war ..." opening the clause; not "(ich) war ihm dankbar", where
    # he is whom the dreamer thanks
    return any(
        word in _DATIVE_OTHERS
        and (
            k > 1
            and words[k - 1] in _BE_DE
            and words[k - 2] in _IT_DE
            or k == 0
            and len(words) > 1
            and words[1] in _BE_DE
        )
        for k, word in enumerate(words)
    )


def _participle_of_the_subject(position: int, tokens: Tokens, persons: frozenset[int]) -> bool:
    """Whether a German present participle after the dreamer as object ("hat mich weinend
    angerufen") describes someone else named before it in its sentence, with no "ich" or "wir"
    between."""
    if position == 0 or not tokens.lower[position].endswith("end"):
        return False
    if tokens.lower[position - 1] not in {"mich", "uns"}:
        return False
    # (the sentence before it: a subject dropped after "und", "Mein Sohn hat ... verloren und
    # mich heulend angerufen")
    sentence = tokens.sentence[position]
    before = [
        k for k in range(max(0, position - 14), position - 1) if tokens.sentence[k] == sentence
    ]
    if any(tokens.lower[k] in {"ich", "wir"} for k in before):
        return False
    return any(k in persons or _person_word(k, tokens, "de") for k in before)


def experiencer(
    position: int,
    tokens: Tokens,
    language: Language,
    persons: frozenset[int],
    teller: frozenset[str] = frozenset(),
) -> str:
    """'dreamer' or 'other' for the cue at `position` (see the module docstring); `teller` holds
    the words naming the dreamer of a dream someone else wrote down ("Noah", "he")."""
    dreamer, others = _DREAMER[language], _OTHERS[language]
    clause, sentence = tokens.clause[position], tokens.sentence[position]
    if tokens.lower[position] in _MY or (
        tokens.lower[position] in _DREAMER_OBJECTS
        and position > 0
        and tokens.lower[position - 1] in {"was", "das", "es"}
    ):
        # "hoping he wouldn't notice me, my palms clammy": the dreamer's body; "..., was mich
        # wahnsinnig machte": the dreamer the feeling names first (round 32)
        return "dreamer"
    if tokens.lower[position] in {"i", "i'm", "ich"} and not teller:
        return "dreamer"  # a cue that opens with its own "I": "i was frozen" (round 43)
    if language == "de" and _dative_other(position, tokens):
        return "other"  # "es war ihm total peinlich", "ihm war das unangenehm" (round 45)
    if language == "de" and _participle_of_the_subject(position, tokens, persons):
        return "other"  # "Mein Sohn hat mich heulend angerufen": he cries (round 48)
    # "a bit angry at them for laughing": the ones laughed at are the laughers (round 43)
    if (
        position >= 2
        and tokens.lower[position - 1] == "for"
        and tokens.lower[position - 2] in _FOR_IT
    ):
        return "other"
    # "made me angry", "jagte mir Angst ein", "scared me": the dreamer right after the cue
    following = position + 1
    if (
        following < len(tokens.lower)
        and tokens.clause[following] == clause
        and tokens.lower[following] in {"me", "us", "mir", "mich", "uns"}
        and not tokens.lower[position].startswith(_DONE_AT_SOMEONE)
    ):
        return "dreamer"
    # "a chill of foreboding went through me", "the hotter under the collar I got": the
    # dreamer just after the feeling, in the same clause (round 30)
    ahead = [
        tokens.lower[k]
        for k in range(following, min(len(tokens.lower), following + 5))
        if tokens.clause[k] == clause
    ]
    if any(
        ahead[k] in _PASSES_THROUGH and ahead[k + 1] in _THROUGH and ahead[k + 2] in {"me", "us"}
        for k in range(len(ahead) - 2)
    ):
        return "dreamer"
    if tokens.lower[position] in {"made", "make", "makes"} and any(
        ahead[k] == "to" and ahead[k + 1] in {"me", "us"} for k in range(len(ahead) - 1)
    ):
        return "dreamer"  # "..., which made no sense to me at all" (round 32)
    if "the" in tokens.lower[max(0, position - 2) : position] and any(
        ahead[k] in {"i", "we"} and ahead[k + 1] in _BECAME for k in range(len(ahead) - 1)
    ):
        return "dreamer"
    # "ich hab mich für sie gefreut": glad for someone is the dreamer's (round 41)
    if (
        language == "de"
        and any(
            tokens.lower[k] in {"mich", "uns"}
            and (
                tokens.lower[k + 1] in {"für", "fuer"}
                # round 42: "ich hab mich riesig für sie gefreut"
                or (
                    tokens.lower[k + 1] in _INTENSIFIERS | _INTENSIFYING_ADVERBS
                    and tokens.lower[k + 2 : k + 3] in (["für"], ["fuer"])
                )
            )
            and tokens.clause[k] == clause
            for k in range(max(0, position - 6), position - 1)
        )
    ):
        return "dreamer"
    # "... und musste sich das Lachen verkneifen": the German "sich" is someone else's
    # (not "hat sich mir der Magen umgedreht", nor a child's "er hat sich gefreut" written down)
    if (
        language == "de"
        and not teller
        and any(
            tokens.lower[k] == "sich"
            and tokens.clause[k] == clause
            # (the dreamer after "für" is whom it is for: "sie hat sich für mich gefreut")
            and _DREAMER_OBJECTS.isdisjoint(
                w
                for j, w in enumerate(tokens.lower[k:position], k)
                if tokens.lower[j - 1] not in {"für", "fuer", "mit", "über", "ueber"}
            )
            # nor "mir haben sich die Nackenhaare gesträubt" (round 32)
            and _DREAMER_OBJECTS.isdisjoint(tokens.lower[max(0, k - 2) : k])
            for k in range(max(0, position - 3), position)
        )
    ):
        return "other"
    # "so wütend war ich": a German feeling put first, its bearer after the verb (round 29)
    if (
        language == "de"
        and following + 1 < len(tokens.lower)
        and tokens.clause[following + 1] == clause
        and tokens.lower[following] in _GERMAN_BE
        and tokens.lower[following + 1] in {"ich", "wir"}
    ):
        return "dreamer"
    # "him laughing", "sie weinend": the one right before a feeling in "-ing" (round 29)
    if (
        position > 0
        and tokens.lower[position - 1] in {"him", "them", "herself", "himself", "themselves"}
        and tokens.lower[position].endswith("ing")
    ):
        return "other"
    # "Mein Kaninchen ... es war richtig wütend", "üses Büsi ... es isch ganz truurig gsi": a
    # creature named as "es" after it, not the dreamer (round 43)
    if language == "de" and _a_creature_as_es(position, tokens):
        return "other"
    # "then it smiled", "it was crying": a thing or creature, not the dreamer (round 29)
    if language == "en":
        back = [
            tokens.lower[k]
            for k in range(max(0, position - 4), position)
            if tokens.clause[k] == clause
        ]
        if "it" in back and _LOOKED.intersection(back[back.index("it") + 1 :]):
            return "other"  # "and it looked so forlorn" (an animal, round 32)
        if "its" in back and _LOOKED.intersection(back[back.index("its") + 1 :]):
            return "other"  # "its eyes looked incredibly sad" (round 40)
        cue_word = tokens.lower[position]
        if (
            "it" in back
            and _WAS_EN.intersection(back[back.index("it") + 1 :])
            and set(back[back.index("it") + 1 :])
            <= _WAS_EN | _INTENSIFIERS | _DIMINISHERS | _DEGREE_WORDS
            and (
                cue_word.endswith("ed")
                or cue_word == "afraid"
                or cue_word in _CREATURE_MOODS
                # round 38: "it was properly sulking"
                or (cue_word.endswith("ing") and not _CAUSING.fullmatch(cue_word))
            )
        ):
            return "other"  # "it was terrified, eyes rolling" (round 37; not "it was terrifying")
        if _THEMSELVES.intersection(ahead[:3]) and not teller:
            return "other"  # "looking very pleased with themselves" (round 32)
    it_before = position > 0 and (
        # (not "it" after a preposition, in the clause before: "stared at it, puzzled", round 38)
        (
            tokens.lower[position - 1] == "it"
            and (
                tokens.clause[position - 1] == clause
                or position < 2
                or tokens.lower[position - 2] not in _PREPOSITIONS
            )
        )
        or (position > 1 and tokens.lower[position - 2 : position] in (["it", "was"], ["it", "is"]))
    )
    if (
        language == "en"
        and it_before
        and tokens.lower[position].endswith(("ed", "es", "ing"))
        and tokens.lower[position] not in _FELT_STATES
        and not _CAUSING.fullmatch(tokens.lower[position])  # "it was terrifying" (round 38)
    ):
        return "other"
    # "visibly pissed off", "sichtlich angepisst": a feeling seen on someone else (round 29)
    if (
        position > 0
        and tokens.lower[position - 1] in _VISIBLY
        and _SUBJECT_DREAMER.isdisjoint(tokens.lower[max(0, position - 4) : position - 1])
    ):
        return "other"
    # "it was so lovely", "es war so schön": said of the moment, the dreamer's (round 29)
    if _of_the_moment(position, tokens):
        return "dreamer"
    # "in case I startled him", "I'd scared her": the one the dreamer startled feels it
    if (
        following < len(tokens.lower)
        and tokens.clause[following] == clause
        and tokens.lower[following] in {"him", "her", "them"}
        and tokens.lower[position] in _FELT_BY_THE_OBJECT
    ):
        return "other"
    # "the screaming guy", "a frightened child": the feeling of the person it describes (and
    # "grumpy talking frog", round 40)
    if (
        language == "en"
        and following < len(tokens.lower)
        and tokens.clause[following] == clause
        and (
            (
                tokens.lower[position].endswith(("ing", "ed"))
                and _person_word(following, tokens, language)
            )
            or (
                following + 1 < len(tokens.lower)
                and tokens.lower[following].endswith("ing")
                and tokens.clause[following + 1] == clause
                and _person_word(following + 1, tokens, language)
            )
        )
    ):
        return "other"
    # "'I'm disappointed in you,' he said": a feeling said to the dreamer is the speaker's
    if (
        following + 1 < len(tokens.lower)
        and tokens.lower[following] in {"in", "with", "at"}
        and tokens.lower[following + 1] == "you"
    ):
        return "other"
    # "every muscle in me locked", "etwas in mir zerbrach": the dreamer's own body or self
    # ("disappointed in me", "interested in us": the dreamer is whom the feeling is about)
    if (
        following + 1 < len(tokens.lower)
        and tokens.lower[following] == "in"
        and tokens.lower[following + 1] in {"me", "us", "mir", "uns"}
        and not tokens.lower[position].startswith(("disappoint", "interest", "enttäusch"))
    ):
        return "dreamer"
    # "crying her eyes out", "sobbing my heart out": whose eyes, whose heart
    if following + 1 < len(tokens.lower) and tokens.lower[following + 1] in _OUT_PARTS:
        owner = tokens.lower[following]
        if owner in {"my", "our"}:
            return "dreamer"
        if owner in {"his", "her", "their"}:
            return "other"
    # "so the kids wouldn't notice how scared I was": the subject after "how" is the one
    if (
        position > 0
        and tokens.lower[position - 1] == "how"
        and following < len(tokens.lower)
        and tokens.lower[following] in {"i", "we"}
    ):
        return "dreamer"
    sentence_start = position
    while sentence_start > 0 and tokens.sentence[sentence_start - 1] == sentence:
        sentence_start -= 1
    if language == "de" and _perceived_doing_de(sentence_start, position, tokens, persons):
        return "other"  # "Drinnen hab ich meine Mama lachen hören" (round 51)
    # "he scared the hell out of me", "it frightened the life out of us"
    if "out" in tokens.lower[position + 1 : position + 6] and _OUT_OF_ME.match(
        " ".join(clause_after(position, tokens))
    ):
        return "dreamer"
    # "Mich hat der Kerl so auf die Palme gebracht": a clause opened by the dreamer as its
    # object, the feeling's bearer in German (round 26)
    opener = position
    while opener > sentence_start and tokens.clause[opener - 1] == clause:
        opener -= 1
    if (
        language == "de"
        and tokens.lower[opener] == "mich"
        and _SUBJECT_DREAMER.isdisjoint(tokens.lower[opener + 1 : position])
    ):
        return "dreamer"
    if _thing_as_subject(opener, position, tokens) or _thing_as_subject(
        sentence_start, position, tokens
    ):
        return "other"  # "The toaster got more and more exasperated" (round 38)
    # "... was the flight attendant, who was beaming": the person the relative clause is
    # about (round 33)
    if (
        language == "en"
        and tokens.lower[opener] == "who"
        and opener > sentence_start
        and (opener - 1 in persons or _person_word(opener - 1, tokens, language))
        and _SUBJECT_DREAMER.isdisjoint(tokens.lower[opener + 1 : position])
    ):
        return "other"
    # Inside the cue's clause, the nearest person decides.
    j = position - 1
    looked_at = not _LOOKED_AT_DE.isdisjoint(tokens.lower[position + 1 : position + 3])
    while j >= sentence_start and tokens.clause[j] == clause:
        word = tokens.lower[j]
        if looked_at and word in _OBJECTS_OF_PREPOSITIONS:
            j -= 1
            continue  # "meine Mutter hat mich so enttäuscht angeschaut": hers (round 52)
        if word in teller:
            return "dreamer"  # "Noah (age 7) told me ... he was really cross"
        if word == "i" and j + 1 < position and tokens.lower[j + 1] in _PARENTHETICAL:
            j -= 1
            continue  # "she was furious, I mean shaking with rage" (round 33)
        if _in_a_simile(j, tokens):
            j -= 1
            continue  # "felt like a kid again, pure joy": no one else (round 28)
        if (
            language == "de"
            and (j in persons or _person_word(j, tokens, language))
            and _object_of_a_preposition(j, sentence_start, tokens)
        ):
            # past the preposition and its determiner
            j -= 2 if tokens.lower[j - 1] in _GOVERNING else 3
            continue  # "ich hab um meinen Vater getrauert": not the subject (round 32)
        if j in persons:
            if (
                language == "de"
                # (not "hab ich Kevin lachen gehört": his laughter, perceived)
                and not _PERCEIVED_DE.intersection(tokens.lower[position : position + 4])
                and _HAVE_DE.intersection(tokens.lower[max(0, j - 3) : j])
                and _dreamer_just_before(j, tokens, clause, 3)
            ):
                return "dreamer"  # "ich hab meine Oma so vermisst": she is missed (round 43)
            return "other"  # "my mother was angry": the person, not "my"
        if (
            _person_word(j, tokens, language)
            or _demonstrative_subject(j, tokens, language)
            or _a_name(j, tokens, language)
        ):
            # "the fans were furious", "die Braut war stinksauer", "der hat sich erschrocken";
            # "I hugged the boy, so happy" keeps the dreamer (the person is an object)
            return "dreamer" if _dreamer_just_before(j, tokens, clause, 3) else "other"
        if word == "alle" and j >= 2 and tokens.lower[j - 2 : j] == ["fix", "und"]:
            j -= 3  # "ich war fix und alle vor Trauer": worn out, not everyone
            continue
        if _some_of_them(j, tokens, sentence_start):
            return "other"  # "ein paar in der letzten Reihe haben gekichert"
        if word in _OBJECT_PRONOUNS and j > 0 and tokens.lower[j - 1] in _PREPOSITIONS:
            j -= 1  # "mich so nach ihr gesehnt", "angry with him": not the one feeling (round 29)
            continue
        if word in others:
            if (
                word in _GROUP_ALL
                and _we_just_before(j, tokens, clause)
                and not _uns_the_object(j, tokens, clause)
            ):
                return "dreamer"  # "wir haben uns alle gefreut", "we all laughed"
            if word in _BOTH and not _SUBJECT_DREAMER.isdisjoint(tokens.lower[sentence_start:j]):
                return "dreamer"  # "meine Schwester und ich ... beide Freudentränen geweint"
            if word in _OBJECT_PRONOUNS and _dreamer_just_before(j, tokens, clause):
                return "dreamer"  # "ich hab sie so vermisst", "I hugged her, so happy"
            return "other"
        if word in {"me", "us"} and j > 0 and tokens.lower[j - 1] in _ACTS_ON_SOMEONE:
            j -= 1  # "Dave kept blaming me and getting madder": me is the one blamed (round 26)
            continue
        if word == "anderen" and j > 0 and tokens.lower[j - 1] == "die":
            return "other"  # "die anderen hatten einen Heidenspaß" (round 26)
        if (
            language == "de"
            and word in {"einer", "eine"}
            and tokens.lower[j + 1] in _GERMAN_BE | _HAVE_DE
            and (
                j == sentence_start
                or tokens.clause[j - 1] != tokens.clause[j]
                or tokens.lower[j - 1] in {"und", "aber"}
            )
        ):
            return "other"  # "einer war richtig wütend" (one of them, round 40)
        if word == "other" and j > 0 and tokens.lower[j - 1] == "the":
            return "other"  # "the other backing off with his hands up, scared witless" (round 28)
        if word in {"eins", "einer", "eine", "one"} and tokens.lower[j + 1 : j + 3] in (
            ["von", "den"],
            ["von", "meinen"],
            ["of", "the"],
            ["of", "my"],
        ):
            return "other"  # "Eins von den Fischkindern hat geweint" (round 44)
        if word in {"you", "du", "ihr"} and tokens.lower[j + 1] in _YOU_WERE:
            return "other"  # "you were laughing your head off": the one the dream is told to
        if _the_whole_place(j, tokens):
            return "other"  # "the entire canteen was howling with laughter" (round 28)
        if _contact_relative(j, tokens, persons, language):
            j -= 1
            continue  # "the man I met was furious": the man (round 40)
        if word in dreamer:
            if word in _POSSESSIVE_DREAMER and (
                (j + 1) in persons or _person_word(j + 1, tokens, language)
            ):
                return "other"
            if (
                word in _WE
                and j > 1
                and tokens.lower[j - 1] in {"of", "von"}
                and (tokens.lower[j - 2] in _SOME_OF_US)
            ):
                return "dreamer"  # "the three of us were petrified" (round 32)
            if j > 0 and (
                (word in _OBJECTS_OF_PREPOSITIONS and tokens.lower[j - 1] in _PREPOSITIONS)
                or (word in _POSSESSIVE_DREAMER and tokens.lower[j - 1] in _PLACE_PREPOSITIONS)
            ):
                # "the fans around us were furious", "a man in my cupboard was cross": not the
                # subject
                j -= 1
                continue
            return "dreamer"
        j -= 1
    # "I hugged my father and was so happy", "Ich hab meinen Vater gedrückt und war so
    # glücklich": a clause of "and" and a verb shares the subject of the clause before it
    # (round 27), not the object nearest to it.
    shared = _subject_shared_by_and(j + 1, tokens, sentence_start, persons, language, position)
    if shared is not None:
        return shared
    # "..., and the relief was enormous": the feeling named as its clause's own subject, with
    # no one's before it, is the teller's (round 43)
    if (
        position > 0
        and tokens.lower[position - 1] in _THE
        and tokens.lower[position + 1 : position + 2] in (["was"], ["is"], ["war"], ["ist"])
        and not _FOR_THEM.search(" ".join(tokens.lower[position + 2 : position + 7]))
    ):
        return "dreamer"
    # "..., die ganze Zeit so ein mulmiges Gefühl im Bauch": a feeling had, in a clause with
    # no verb and no one in it, is the teller's (round 43)
    if language == "de" and _a_feeling_had_alone(position, tokens, opener, persons):
        return "dreamer"
    # (a clause of the feeling alone, "..., clearly annoyed", reaches past a relative clause
    # with no "who"; not "... and that really hurt", round 40)
    bare = all(
        tokens.lower[k].endswith("ly") or tokens.lower[k] in _INTENSIFIERS
        for k in range(opener, position)
    )
    # A clause without its own subject ("..., and was terrified", "more and more irritated")
    # takes the nearest subject before it in the sentence: a pronoun, a group ("everyone",
    # "alle"), or a person opening a clause ("The other passengers looked puzzled, but I was
    # gripping the rail, scared stiff" is the dreamer's).
    for k in range(j, sentence_start - 1, -1):
        word = tokens.lower[k]
        if _in_subordinate(k, tokens, sentence_start):
            continue  # "Ich wusste, dass sie tot ist, und war traurig": not "sie"
        if bare and _contact_relative(k, tokens, persons, language):
            continue  # "an old woman I didn't know snapped at me, clearly annoyed" (round 40)
        if word in _SUBJECT_DREAMER or word in teller:
            if language == "en" and _perceived_doing(k, position, tokens, persons):
                return "other"  # "I could hear my family having dinner, laughing" (round 44)
            return "dreamer"
        if (
            language == "de"
            and word in {"sie", "ihn", "ihm"}
            and k >= 2
            and tokens.lower[k - 1] in _HAVE_DE
            and tokens.lower[k - 2] in {"ich", "wir"}
        ):
            continue  # "ich hab sie gedrückt und vor Freude geheult": her, the object (round 36)
        if word in _BOTH and k > 0 and tokens.lower[k - 1] in _WE:
            return "dreamer"  # "wir beide haben gelacht und gejubelt"
        if word in _BOTH and k > 0 and tokens.lower[k - 1] in {"die", "the"}:
            return "other"  # "die beiden sind rumgehopst und haben gejubelt" (round 26)
        if word in _SUBJECT_OTHERS or word in _GROUP_SUBJECTS:
            if word == "alle" and k >= 2 and tokens.lower[k - 2 : k] == ["fix", "und"]:
                continue  # "fix und alle": worn out
            if k > 0 and tokens.lower[k - 1] in _PREPOSITIONS:
                continue  # "in front of everyone": not the subject
            return "other"
        if word == "other" and k > 0 and tokens.lower[k - 1] == "the":
            return "other"  # "the other backing off ..., scared witless" (round 28)
        if _demonstrative_subject(k, tokens, language):
            return "other"  # "Der hat total ratlos ausgesehen": spoken German's "he" (round 31)
        if (
            (k in persons or _person_word(k, tokens, language) or _a_name(k, tokens, language))
            and _opens_clause(k, tokens, sentence_start)
            and not _in_a_simile(k, tokens)
        ):
            if _the_dreamer_was(k, tokens):
                return "dreamer"  # "Ich war ein Adler und bin ... geflogen, so glücklich"
            return "other"
    return "dreamer"


_PERCEIVE: Final = frozenset(
    {"hear", "heard", "see", "saw", "watch", "watched", "watching", "hearing", "seeing", "noticed"}
)
_PERSON_BEFORE: Final = frozenset({"my", "the", "a", "our", "some", "all", "his", "her", "their"})
_A_SUBJECT_EN: Final = frozenset({"i", "he", "she", "they", "we", "you", "it"})


def _perceived_doing(k: int, position: int, tokens: Tokens, persons: frozenset[int]) -> bool:
    """Whether the -ing cue at `position` tells what people the dreamer (at k) hears or sees
    are doing: "I could hear my family downstairs having dinner, laughing" (round 44)."""
    # (round 44: or a feeling at the end of a chain of them, "I saw my boss on a lilo paddling
    # past, waving, totally delighted")
    chain = any(tokens.lower[q].endswith("ing") for q in range(k + 1, position))
    if not tokens.lower[position].endswith("ing") and not chain:
        return False
    for m in range(k + 1, min(k + 4, position)):
        if tokens.lower[m] not in _PERCEIVE:
            continue
        n = m + 1
        while n < position and tokens.lower[n] in _PERSON_BEFORE:
            n += 1
        if n < position and (n in persons or _person_word(n, tokens, "en")):
            return not any(tokens.lower[q] in _A_SUBJECT_EN for q in range(n + 1, position))
        return False
    return False


_PERCEIVING_DE: Final = tuple(
    [w] for w in ("hören", "hoeren", "sehen", "gehört", "gehoert", "gesehen")
)


def _perceived_doing_de(start: int, position: int, tokens: Tokens, persons: frozenset[int]) -> bool:
    """Whether the infinitive cue at `position` is what a person named before it in its clause
    (from `start`) is heard or seen doing: "Drinnen hab ich meine Mama lachen hören", "ich hab
    die Kinder weinen sehen" (round 51)."""
    if tokens.lower[position + 1 : position + 2] not in _PERCEIVING_DE:
        return False
    clause = tokens.clause[position]
    return any(
        tokens.clause[n] == clause and (n in persons or _person_word(n, tokens, "de"))
        for n in range(start, position)
    )


_A_FEELING_NOUN_DE: Final = frozenset({"gefühl", "gefuehl", "ziehen", "kribbeln", "grummeln"})
_ONE_IN_IT_DE: Final = frozenset({"er", "sie", "es", "ihr", "man"})


def _a_feeling_had_alone(
    position: int, tokens: Tokens, opener: int, persons: frozenset[int]
) -> bool:
    """A German "(so) ein ... Gefühl" in a clause with no finite verb and no one named in it."""
    clause = tokens.clause[position]
    words = [k for k in range(opener, len(tokens.lower)) if tokens.clause[k] == clause]
    if not any(tokens.lower[k] in _A_FEELING_NOUN_DE for k in words if k >= position):
        return False
    if not any(tokens.lower[k] in {"ein", "einen"} for k in words if k < position):
        return False
    return not any(
        k in persons
        or tokens.lower[k] in _ONE_IN_IT_DE
        or tokens.lower[k] in _GERMAN_FINITE
        or tokens.lower[k] in _HAVE_DE
        or tokens.lower[k] in _GERMAN_BE
        for k in words
    )


_WAS_A: Final = frozenset(
    {("war", "ein"), ("war", "eine"), ("bin", "ein"), ("bin", "eine"), ("was", "a"), ("was", "an"),
     ("am", "a"), ("am", "an")}
)  # fmt: skip


def _the_dreamer_was(k: int, tokens: Tokens) -> bool:
    """Whether the person or creature at k is what the dreamer was ("ich war ein Adler", "I was
    a horse"), round 43."""
    # (a word may stand between: "ich selbst war ein Adler")
    return tuple(tokens.lower[max(0, k - 2) : k]) in _WAS_A and (
        (k >= 3 and tokens.lower[k - 3] in {"ich", "i", "i'm"})
        or (k >= 4 and tokens.lower[k - 4] in {"ich", "i"})
    )


_HAVE_DE: Final = frozenset({"hab", "habe", "hatte", "haben", "hatten"})
_PERCEIVED_DE: Final = frozenset(
    {"gehört", "gehoert", "gesehen", "sah", "hörte", "hoerte", "beobachtet", "erlebt"}
)
_FOR_IT: Final = frozenset({"them", "him", "her", "everyone", "everybody", "people", "you"})
_FOR_THEM: Final = re.compile(r"\b(?:for|to|fuer|für)\s+(?:him|her|them|ihn|sie|ihm|ihr)\b")
_NERVOUS_LAUGH: Final = re.compile(
    r"\b(?:obwohl|although|even\s+though|though)\b(?:\s+\S+){0,4}?\s+(?:schiss|angst|panik|bammel"
    r"|scared|terrified|afraid|frightened|petrified|nervous|nervös|nervoes)\b"
)
_WHERE_A_THING_IS_LOST: Final = frozenset(
    {"somewhere", "under", "behind", "between", "down", "overboard", "forever"}
)
_COMFORTED_ONES: Final = frozenset(
    {"her", "him", "them", "me", "us", "the", "my", "his", "each", "everyone", "mum", "dad"}
)
# What is boiled on a stove ("I was just boiling kettles", round 43)
_BOILED_THINGS: Final = frozenset(
    {"the", "a", "some", "kettles", "kettle", "water", "pasta", "eggs", "potatoes", "rice",
     "milk", "nappies", "bottles", "towels", "pans", "pots", "soup", "spaghetti"}
)  # fmt: skip
# after the "I" of a clause of "the man I met": not being or feeling ("the man I was with")
_I_AND_A_STATE: Final = frozenset(
    {"was", "am", "felt", "feel", "got", "get", "became", "become", "were", "'m", "grew", "went"}
)


def _contact_relative(k: int, tokens: Tokens, persons: frozenset[int], language: Language) -> bool:
    """Whether the "I" or "we" at k opens an English relative clause with no "who" after a
    person ("the man I met was furious", "a woman I didn't know snapped at me")."""
    if language != "en" or tokens.lower[k] not in {"i", "we"} or k == 0:
        return False
    if tokens.sentence[k - 1] != tokens.sentence[k] or tokens.clause[k - 1] != tokens.clause[k]:
        return False
    if not (k - 1 in persons or _person_word(k - 1, tokens, language)):
        return False
    return k + 1 < len(tokens.lower) and tokens.lower[k + 1] not in _I_AND_A_STATE


# a scene or a time, whose "mood" is the dreamer's ("the whole thing was confusing")
_SCENE_NOUNS: Final = frozenset(
    {"atmosphere", "mood", "air", "room", "place", "situation", "whole", "feeling", "vibe", "scene",
     "dream", "thing", "day", "night", "weather", "sky", "music", "world", "house", "party", "rest",
     "stimmung", "atmosphäre", "ganze", "traum"}
)  # fmt: skip
_FOUND: Final = frozenset({"fand", "fanden", "findet", "found", "thought"})


def _thing_as_subject(opener: int, position: int, tokens: Tokens) -> bool:
    """Whether the feeling's clause opens with a thing or creature named by "the" or "der/die"
    as its subject ("The toaster got more and more exasperated", "Der Dompteur fand das alles
    sehr lustig"): theirs, not the dreamer's (round 38)."""
    words = tokens.lower
    if words[opener] not in {"the", "der", "die"} or opener + 2 > position:
        return False
    noun = words[opener + 1]
    if noun in _SCENE_NOUNS:
        return False
    rest = words[opener + 2 : position + 1]  # (a cue may open with "fand": "fand das ... lustig")
    if rest[0] in _FOUND:  # "der Dompteur fand das alles sehr lustig", not "fand ich"
        return _SUBJECT_DREAMER.isdisjoint(rest) and not _DREAMER_OBJECTS.intersection(rest)
    cue = words[position]
    return (
        words[opener] == "the"
        and cue.endswith("ed")
        and rest[0] in _LINKING
        and all(w in _LINKING or w in _BETWEEN_LINK for w in rest[:-1])
    )


def _of_the_moment(position: int, tokens: Tokens) -> bool:
    """ "it was so lovely", "es war so schön": a feeling said of the moment, no one's but the
    dreamer's, whoever was named before."""
    clause = tokens.clause[position]
    if (
        tokens.lower[position] in {"es", "it"}
        and position + 1 < len(tokens.lower)
        and tokens.lower[position + 1] in {"war", "was"}
    ):
        j = position + 1  # a phrase that opens with it: "es war einfach schön" (round 33)
    elif tokens.lower[position].split()[0] in {"war", "was"}:
        j = position
    else:
        j = position - 1
        while j >= 0 and tokens.clause[j] == clause and tokens.lower[j] in _DEGREE:
            j -= 1
    return (
        j >= 1
        and tokens.clause[j - 1] == clause
        and f"{tokens.lower[j - 1]} {tokens.lower[j].split()[0]}" in {"it was", "es war"}
        and not (j >= 2 and tokens.lower[j - 2] in _THOUGHT_IT)  # "she thought it was hilarious"
    )


_THOUGHT_IT: Final = frozenset(
    {"thought", "think", "thinks", "said", "says", "found", "finds", "fand", "findet", "meinte",
     "sagte", "fanden", "dachte"}
)  # fmt: skip


# "you were", "du warst": the one a dream is told to, in it (round 28; a present "you" is often
# anyone: "you just feel so small", "da hast du einfach Angst")
# (round 49: and what the addressee looked or seemed in it, "you looked really pleased")
_YOU_WERE: Final = frozenset(
    {"were", "was", "warst", "wart", "hattest", "looked", "seemed", "sahst", "wirktest", "schienst"}
)
_WHOLE: Final = frozenset({"whole", "entire", "ganze", "gesamte"})


def _in_a_simile(j: int, tokens: Tokens) -> bool:
    """A person word in a comparison ("like a kid", "wie ein Kind"), within three words."""
    return any(
        tokens.lower[m] in {"like", "wie"} and tokens.clause[m] == tokens.clause[j]
        for m in range(max(0, j - 3), j)
    )


def _the_whole_place(j: int, tokens: Tokens) -> bool:
    """ "the whole canteen", "die ganze Klasse": everyone in it, a subject right after."""
    return (
        j >= 1
        and (
            tokens.lower[j - 1] in _WHOLE
            # round 38: "the room was in stitches", "the audience roared"
            or (tokens.lower[j - 1] == "the" and tokens.lower[j] in _ROOM_OF_PEOPLE)
        )
        and tokens.lower[j] in _FULL_OF_PEOPLE
        and j + 1 < len(tokens.lower)
        and tokens.lower[j + 1] in _PLACE_FOLLOWS
    )


_FULL_OF_PEOPLE: Final = frozenset(
    {"canteen", "room", "class", "classroom", "school", "hall", "office", "bus", "train", "plane",
     "stadium", "street", "village", "town", "crowd", "audience", "family", "team", "restaurant",
     "pub", "bar", "church", "party", "table", "house", "ward", "courtroom", "congregation",
     "klasse", "schule", "halle", "saal", "büro", "zug", "stadion", "straße", "dorf", "stadt",
     "familie", "mannschaft", "kirche", "gesellschaft", "raum", "zimmer", "publikum", "kantine",
     "mensa", "kneipe", "runde", "verwandtschaft", "hochzeitsgesellschaft", "cabin", "carriage",
     "stands", "arena", "kabine", "abteil", "tribüne",
     # round 33: "the whole promenade went into a blind panic"
     "promenade", "square", "platform", "station", "market", "mall", "deck", "beach", "pier",
     "platz", "bahnsteig", "markt", "strand"}
)  # fmt: skip


_ROOM_OF_PEOPLE: Final = frozenset(
    {"room", "hall", "audience", "crowd", "class", "stands", "arena"}
)
_PLACE_FOLLOWS: Final = frozenset(
    {"was", "were", "went", "started", "burst", "fell", "erupted", "kept", "began", "stood",
     "hat", "war", "ist", "fing", "brach", "lachte", "johlte", "jubelte", "cheered", "laughed",
     "clapped", "cried", "gasped", "screamed", "roared", "booed", "howled", "applauded"}
)  # fmt: skip


# Verbs whose object feels it ("startled him", "frightened them"), round 27.
_FELT_BY_THE_OBJECT: Final = frozenset(
    {"startled", "scared", "frightened", "terrified", "surprised", "shocked", "upset", "annoyed",
     "angered", "confused", "worried", "embarrassed", "humiliated", "saddened", "amused",
     "delighted", "panicked", "spooked", "startle", "scare", "frighten", "annoy"}
)  # fmt: skip
_VERBS_AFTER_AND: Final = frozenset(
    {"was", "were", "felt", "got", "had", "became", "seemed", "looked", "war", "waren", "hatte",
     "hat", "habe", "hab", "bin", "fühlte", "wurde", "wurden", "haben", "hatten", "sind",
     # round 51: "Ich sah meinen Bruder und musste weinen", "... und fing an zu weinen"
     "musste", "mussten", "fing", "fingen", "konnte", "konnten", "started", "began",
     # round 52: "... but kept crying"
     "kept"}
)  # fmt: skip
_AND_BUT: Final = frozenset({"and", "und", "but", "aber"})
_LOOKED_AT_DE: Final = frozenset(
    {"angeschaut", "angesehen", "angeguckt", "angestarrt", "angeblickt", "anschaute", "ansah",
     "anguckte", "anstarrte", "gemustert", "musterte"}
)  # fmt: skip
_ADVERBS_BETWEEN: Final = frozenset(
    {"honestly", "really", "pretty", "quite", "so", "very", "totally", "also", "still", "even",
     "just", "kind", "of", "a", "bit", "little", "somehow", "ehrlich", "gesagt", "ziemlich",
     "total", "voll", "echt", "auch", "trotzdem", "irgendwie", "richtig", "sehr"}
)  # fmt: skip


def _subject_shared_by_and(
    first: int,
    tokens: Tokens,
    sentence_start: int,
    persons: frozenset[int],
    language: Language,
    position: int = -1,
) -> str | None:
    """For a clause opened by "and"/"und" and a verb at `first`: whose the subject of the main
    clause before it is, read from that clause's first three words (None: not such a clause, or
    no subject found there). With the feeling's `position`, "and" and nothing but adverbs before
    it ("... and honestly pretty angry on her behalf", round 52) counts as such a clause."""
    if first <= sentence_start or first + 1 >= len(tokens.lower):
        return None
    verb = tokens.lower[first + 1]
    if first + 1 < position and all(
        w in _ADVERBS_BETWEEN for w in tokens.lower[first + 1 : position]
    ):
        verb = "was"  # the verb left out
    participle = (
        language == "en"
        and len(verb) > 4
        and verb.endswith(("ing", "ed"))
        and tokens.original[first + 1] == verb
    )  # "was pressing her nose to the window and squealing with delight"
    # (round 52: "but" too, "I was happy too but kept crying")
    if tokens.lower[first] not in _AND_BUT or not (verb in _VERBS_AFTER_AND or participle):
        return None
    opening = first
    while True:  # the clause before, passing over a subordinate one ("..., dass sie tot ist,")
        before = opening - 1
        opening = before
        while opening > sentence_start and tokens.clause[opening - 1] == tokens.clause[before]:
            opening -= 1
        # (round 52: and an infinitive clause, "Ich hab versucht, sie zu trösten, und war ...")
        infinitive = language == "de" and before > opening and tokens.lower[before - 1] == "zu"
        if opening == sentence_start or (
            tokens.lower[opening] not in _SUBORDINATORS and not infinitive
        ):
            break
        if _article_before_a_noun(opening, tokens, language):
            break  # ", die zwei Beamten standen da und haben gekichert": an article (round 28)
    # "When I found him he was eating ... and looked at me completely puzzled": the main
    # clause after a "when" clause with no comma has the later subject (round 44)
    if language == "en" and tokens.lower[opening] in {"when", "once", "after", "before", "while"}:
        subjects = [
            k
            for k in range(opening + 1, first)
            if tokens.lower[k] in _SUBJECT_DREAMER or tokens.lower[k] in _SUBJECT_OTHERS
        ]
        if len(subjects) >= 2:
            return "dreamer" if tokens.lower[subjects[-1]] in _SUBJECT_DREAMER else "other"
    # German puts the verb second: "und dann kam der Oberarzt" (round 28)
    reach = 5 if language == "de" else 3
    for k in range(opening, min(first, opening + reach)):
        word = tokens.lower[k]
        if word in _SUBJECT_DREAMER:
            return "dreamer"
        if (
            word in _SUBJECT_OTHERS
            or word in _GROUP_SUBJECTS
            or k in persons
            or _person_word(k, tokens, language)
            or _a_name(k, tokens, language)
            or _demonstrative_subject(k, tokens, language)
        ):
            return "other"
    return None


# Where spoken German's demonstrative "der"/"die" opens a clause as its subject
_DEMONSTRATIVE_AFTER: Final = frozenset({"und", "aber", "dann", "doch", "also", "denn", "da"})


def _article_before_a_noun(k: int, tokens: Tokens, language: Language) -> bool:
    """German "der/die/das" opening a clause as an article, a capitalised noun within two words
    after it ("die zwei Beamten"), not as a relative pronoun ("der sich aufregte")."""
    return (
        language == "de"
        and tokens.lower[k] in {"der", "die", "das"}
        and any(
            tokens.original[m][:1].isupper() and tokens.clause[m] == tokens.clause[k]
            for m in range(k + 1, min(len(tokens.lower), k + 3))
        )
    )


_SUBORDINATORS: Final = frozenset(
    {"that", "because", "which", "who", "whom", "whose", "where", "although", "though", "since",
     "dass", "weil", "ob", "wo", "obwohl", "da", "damit", "welche", "welcher", "der", "die", "das",
     # round 28: "brüllt mich an, warum ich nicht weitergehe, richtig sauer" is Sven's
     "warum", "wieso", "weshalb", "why"}
)  # fmt: skip


def _in_subordinate(k: int, tokens: Tokens, sentence_start: int) -> bool:
    """Whether token k is in a clause opened by a subordinator ("that", "dass", "weil")."""
    first = k
    while first > sentence_start and tokens.clause[first - 1] == tokens.clause[k]:
        first -= 1
    if (
        tokens.lower[first] in {"der", "die", "das"}
        and first + 1 < len(tokens.lower)
        and tokens.lower[first + 1] in _AFTER_A_DEMONSTRATIVE
    ):
        return False  # "..., das fand ich lustig": a demonstrative before its verb (round 26)
    if first != sentence_start and tokens.lower[first] in _SUBORDINATORS:
        return True
    # "Der Küchenchef, mit dem ich mich nie verstanden habe, ...": a German relative clause
    # (round 29), closed by its finite verb
    opener = tokens.lower[first : first + 2]
    relative = opener[:1] and (
        opener[0] in _RELATIVE_DE
        or (len(opener) == 2 and opener[0] in _PREPOSITIONS and opener[1] in _RELATIVE_DE)
    )
    return bool(
        first != sentence_start
        and relative
        and any(
            tokens.lower[m] in _FINITE_LAST
            for m in range(first, min(k + 8, len(tokens.lower)))
            if tokens.clause[m] == tokens.clause[k]
        )
    )


_RELATIVE_DE: Final = frozenset({"dem", "denen", "dessen", "deren"})
# a German relative clause ends in its finite verb ("..., mit dem ich mich nie verstanden habe,")
_FINITE_LAST: Final = frozenset(
    {"habe", "hab", "hatte", "bin", "war", "hat", "ist", "wurde", "kann"}
)
_OBJECT_PRONOUNS: Final = frozenset({"him", "her", "them", "sie", "ihn", "ihm", "ihr", "ihnen"})
# Verbs done to someone: the "me" after them is the one acted on, not the one who feels what
# the clause goes on to say ("kept blaming me for it and getting madder and madder").
_ACTS_ON_SOMEONE: Final = frozenset(
    {"told", "asked", "blamed", "showed", "called", "pushed", "hugged", "kissed", "handed",
     "thanked", "helped", "followed", "chased", "hit", "kicked", "grabbed", "warned", "begged",
     "accused", "teased", "ignored", "blaming", "telling", "asking", "showing", "calling",
     "pushing", "hugging", "chasing", "following", "teasing", "ignoring", "accusing", "warning",
     "begging", "shoved", "shoving", "poked", "poking", "nudged", "nudging", "passed", "paid",
     "texted", "rang", "phoned", "waved", "winked", "elbowed",
     # round 29: "they answer me with only smiles"
     "answer", "answered", "answering", "greeted", "greeting", "welcomed", "gave", "gives"}
)  # fmt: skip


def _dreamer_just_before(j: int, tokens: Tokens, clause: int, reach: int = 2) -> bool:
    """Whether "I"/"ich" stands up to `reach` words before token j in its clause (so j is an
    object: "ich hab sie vermisst", "I hugged the boy")."""
    return any(
        k >= 0 and tokens.clause[k] == clause and tokens.lower[k] in _SUBJECT_DREAMER
        for k in range(j - 1, j - 1 - reach, -1)
    )


def _uns_the_object(j: int, tokens: Tokens, clause: int) -> bool:
    """Whether "uns alle" before token j follows "er"/"sie" in its clause, who then does it to
    us ("weil er uns alle vermissen wird", round 45); not "wir haben uns alle gefreut"."""
    if j < 1 or tokens.lower[j - 1] != "uns":
        return False
    before = [tokens.lower[k] for k in range(max(0, j - 5), j - 1) if tokens.clause[k] == clause]
    return "wir" not in before and bool({"er", "sie"} & set(before))


def _we_just_before(j: int, tokens: Tokens, clause: int) -> bool:
    """Whether "we"/"wir"/"uns" stands one or two words before token j ("wir alle", "we all")."""
    return any(
        k >= 0 and tokens.clause[k] == clause and tokens.lower[k] in _WE
        for k in (j - 1, j - 2, j - 3)
    )


# People the character lexicon does not list, for attribution only: roles, groups, the people
# of a scene ("the chef laughed", "the tourists looked puzzled", "die Rentner waren ratlos").
_PERSON_WORDS: Final[dict[Language, frozenset[str]]] = {
    "en": frozenset(
        {"chef", "cook", "waiter", "waitress", "nurse", "doctor", "teacher", "driver", "guard",
         "couple", "couples",  # round 52: "an old couple who were still very much in love"
         "guide", "keeper", "zookeeper", "shepherd", "groundsman", "handler",  # round 43
         "workman", "workmen", "labourer", "labourers", "laborer", "roofer", "decorator",  # 44
         "manager", "boss", "landlord", "landlady", "examiner", "magician", "vicar", "priest",
         "cashier", "receptionist", "tourist", "fan", "crowd", "audience", "guest", "passenger",
         "kid", "child", "children", "boy", "girl", "man", "men", "woman", "women", "lady", "guy",
         "bride", "groom", "student", "pupil", "colleague", "neighbour", "neighbor", "parent",
         "relative", "staff", "stranger", "officer", "policeman", "policewoman", "soldier",
         "widow", "widower", "baby", "toddler", "teenager", "player", "customer", "patient",
         "others", "friend", "flatmate", "roommate", "partner", "husband", "wife", "boyfriend",
         "girlfriend", "nephew", "niece", "twin", "twins", "lifeguard", "bartender", "clown",
         "coach", "referee", "judge", "jury", "shopkeeper", "postman", "builder", "farmer",
         "captain", "pilot", "surgeon", "dentist", "headteacher", "headmaster", "headmistress",
         "invigilator", "usher", "singer", "band", "team", "class", "family", "people", "folk",
         "grown-ups", "adults", "adult", "villagers", "fans", "kids", "guests", "girls", "boys",
         # round 38: a stage's and an interview's people ("the interviewer smiled", "our
         # guitarist looked miserable", "the heckler was red in the face")
         "director", "directors", "chairman", "chairwoman", "ceo",  # round 44
         "interviewer", "bassist", "drummer", "guitarist", "pianist", "violinist", "cellist",
         "heckler", "organiser", "organizer", "concierge", "examiners",
         "judges", "bandmate", "bandmates", "choirmaster", "compere", "mover", "movers",
         "bandleader", "frontman", "vocalist",  # round 53
         # round 26: the roles of a dream's scenes ("the host cackled with delight")
         "host", "hostess", "presenter", "contestant", "proctor", "clerk", "official", "secretary",
         "professor", "lecturer", "tutor", "instructor", "trainer", "mechanic", "plumber",
         "electrician", "scientist", "actor", "actress", "dancer", "musician", "artist", "writer",
         "reporter", "journalist", "photographer", "lawyer", "attorney", "banker", "salesman",
         "saleswoman", "vendor", "seller", "owner", "tenant", "housekeeper", "cleaner", "maid",
         "butler", "nanny", "babysitter", "caretaker", "carer", "gardener", "fisherman", "sailor",
         "ranger", "sheriff", "detective", "inspector", "thief", "burglar", "robber", "gunman",
         "attacker", "kidnapper", "murderer", "killer", "prisoner", "inmate", "pastor", "minister",
         "rabbi", "imam", "monk", "bishop", "pope", "king", "queen", "prince", "princess",
         "president", "mayor", "politician", "celebrity", "athlete", "goalkeeper", "umpire",
         "announcer", "bouncer", "barman", "barmaid", "baker", "butcher", "pharmacist", "vet",
         "midwife", "therapist", "psychiatrist", "counsellor", "counselor", "principal",
         "schoolmate", "teammate", "housemate", "coworker", "co-worker", "employee", "supervisor",
         "intern", "sergeant", "soldiers", "crew", "pirate", "cowboy", "knight", "wizard",
         "fairy", "giant", "zombie", "vampire", "alien", "mum", "mom", "dad", "grandma",
         "grandpa", "granny", "auntie", "toddlers", "youngsters", "teens", "strangers",
         "spectators", "onlookers", "bystanders", "visitors", "visitor", "mourners", "locals",
         # round 32: "the elevator operator went white as a sheet"
         "operator", "attendant", "porter", "doorman", "steward", "stewardess", "paramedic",
         "firefighter", "fireman", "cabbie", "courier", "warden", "nun",
         "passers-by", "shoppers", "diners", "commuters", "workers", "worker", "officials",
         "mam", "mammy", "mummy", "nana", "nan", "gran", "grandad", "granda", "ma",
         "pa", "nanna", "nonna", "nonno", "abuela", "abuelo", "aunty", "uncle", "aunt",
         "youngest", "eldest", "oldest", "father-in-law", "mother-in-law", "brother-in-law",
         "sister-in-law", "in-laws", "stepdad", "stepmum", "stepmom",
         # round 29: creatures of a dream feel as persons do ("the monster was crying")
         "monster", "monsters", "dragon", "unicorn", "creature", "dog", "dogs", "puppy", "cat",
         "kitten", "horse", "pony", "bear", "fox", "wolf", "lion", "tiger", "parrot", "robot",
         # round 32: "the hens went berserk with alarm"
         "hens", "hen", "chickens", "cows", "cow", "sheep", "geese", "goose", "ducks", "pigs",
         "pig", "horses", "cats", "birds", "animals", "cattle", "goat", "goats",
         # round 44: the creatures of water dreams ("the crab was sad")
         "crab", "crabs", "fish", "dolphins", "whales", "seals", "octopus", "turtle", "swan",
         "swans", "duck", "otter", "seagull", "seagulls", "gull", "gulls", "penguin", "penguins",
         # round 29: "the lad behind the counter was panicking"
         "lad", "lads", "lass", "lasses", "bloke", "blokes", "chap", "fella", "fellow", "dude",
         "conductor", "medic", "consultant", "registrar",
         # round 33: "The congregation looked at one another, utterly perplexed."
         "congregation", "parishioners", "choir", "committee", "group",
         "councillors", "councillor", "councilors", "councilor", "council",
         # round 34: family words of the world's Englishes ("my tita was so mad at me")
         "tita", "tito", "lola", "lolo", "tia", "tio", "tía", "tío", "abuelita", "abuelito",
         # round 39: creatures of a chase ("the seal looked very happy about it")
         "seal", "whale", "dolphin", "owl", "deer", "rabbit", "mouse", "rat", "snake", "monkey",
         "elephant", "giraffe", "shark", "goblin", "troll", "ghost", "witch", "clowns",
         # round 39: the people of an ordinary day ("a jogger went past and looked irritated")
         "jogger", "joggers", "runner", "cyclist", "cyclists", "hairdresser", "barber",
         "postwoman", "postie", "hiker", "hikers", "motorist", "pedestrian", "pedestrians",
         "librarian", "pensioner", "pensioners", "teenagers", "neighbours", "neighbors",
         # round 39: machines that speak and feel in a dream ("the car's voice said, cheerfully",
         # "an engineer came in looking absolutely livid")
         "engineer", "technician", "satnav", "sat-nav", "siri", "alexa", "chatbot",
         # round 40: the famous and the fantastic ("my squire was trembling", "the dinosaur was
         # very nervous", "a rock star was throwing a tantrum")
         "squire", "dinosaur", "dinosaurs", "frog", "frogs", "toad", "star", "rockstar",
         "popstar", "emperor", "empress", "duke", "duchess", "astronaut", "astronauts",
         "martian", "martians", "aliens", "superhero", "villain", "elf", "elves", "mermaid"}
    ),
    "de": frozenset(
        {"gäste", "gast", "leute", "kinder", "kind", "eltern", "kollegen", "kollege", "kollegin",
         "passanten", "passant", "fußgänger",  # round 33: "die Passanten waren gereizt"
         # round 34: "Der Detektiv war richtig sauer", "Der Offizier hat gebrüllt, ganz wütend"
         "detektiv", "detektivin", "offizier", "offiziere", "hebamme", "beamtin", "wächter",
         "wächterin", "türsteher", "zöllner", "soldat", "soldaten", "ausbilder", "richter",
         "richterin", "anwalt", "anwältin", "priester", "nonne", "sanitäter", "pfleger",
         "pflegerin", "krankenschwester", "kassierer", "kassiererin",
         "nachbarn", "nachbar", "nachbarin", "touristen", "tourist", "rentner", "rentnerin",
         "zuschauer", "schüler", "schülerin", "fans", "verwandte", "verwandten", "passagiere",
         "braut", "bräutigam", "mann", "männer", "frau", "frauen", "junge", "jungen", "mädchen",
         "herr", "dame", "typ", "kerl", "chef", "chefin", "arzt", "ärztin", "lehrer", "lehrerin",
         "fahrer", "fahrerin", "polizist", "polizistin", "kellner", "kellnerin", "wirt", "wirtin",
         "gegner", "trainer", "trainerin", "publikum", "familie", "geschwister", "baby", "mönch",
         "pfarrer", "bürgermeister", "verkäufer", "verkäuferin", "maklerin", "makler", "clown",
         "besucher", "mitschüler", "freunde", "freund", "freundin", "klasse", "mannschaft",
         # round 26
         "jungs", "mädels", "kerle", "typen", "gastgeber", "moderator", "kandidat", "kandidaten",
         "beamte", "beamter", "beamten", "sachbearbeiter", "professor", "dozent", "schaffner",
         "ärzte", "polizisten", "räuber", "einbrecher", "dieb", "diebe",
         "täter", "mörder", "bauer", "handwerker", "könig", "prinz", "hexe", "geist",
         "menschen", "mensch", "zwillinge", "brautpaar", "kunde", "kunden", "mitarbeiter",
         "angestellte", "angestellten", "bewohner", "personal", "menge", "mama", "papa", "omi",
         "opi", "enkel", "enkelin", "jugendliche", "jugendlichen", "fremde", "fremder",
         "fremden", "zuschauerinnen", "kinders", "lehrling", "azubi", "meister", "geselle",
         "anderen",
         # round 39: a chase's creatures and giants ("der Riese hat fröhlich gepfiffen")
         "riese", "riesen", "monster", "zwerg", "drache", "hund", "hunde", "katze", "robbe", "wal",
         "bär", "wolf", "wölfe", "fuchs", "pferd", "vogel", "affe", "roboter", "zombie", "vampir",
         "hühner", "huhn", "kühe", "kuh", "schafe", "gänse", "enten", "ki", "navi",
         "siri", "alexa", "wg", "fahrgäste", "techniker", "ingenieur",
         # round 40: ("der Kaiser ist ungeduldig geworden", "der Chauffeur war richtig hässig")
         "kaiser", "kaiserin", "königin", "prinzessin", "chauffeur", "außerirdischer",
         "außerirdische", "außerirdischen", "alien", "aliens", "regisseur", "regisseurin",
         "sänger", "sängerin", "star", "schauspieler", "schauspielerin", "frosch",
         "dinosaurier", "drachen", "astronaut", "astronauten", "ritter", "knappe",
         # round 41: Austrian and southern words for a boy or a girl ("ein kleiner Bub im Stuhl
         # hatte furchtbare Angst")
         "bub", "bube", "buben", "bua", "buam", "bursch", "dirndl", "mädel", "madl", "maderl",
         # ... and the people of a market and a table ("der Händler war beleidigt", "meine
         # Begleitung war ganz begeistert")
         "händler", "händlerin", "marktfrau", "begleitung", "begleiter", "begleiterin",
         "tischnachbar", "tischnachbarin",
         # round 42: a child named by what it is ("Irgendwann hat der Kleine auch gelacht", "ein
         # Bengel hat Steine geworfen")
         "kleine", "kleiner", "kleinen", "bengel", "bengels", "knirps", "lütte", "lütten",
         # ... and by a place in a race ("der Zweite war total enttäuscht")
         "erste", "zweite", "dritte", "letzte", "sieger", "siegerin", "gewinner", "gewinnerin"}
    ),
}  # fmt: skip
# German compounds end in the person ("Schwiegervater", "Lkw-Fahrer", "Arbeitskollegen").
_PERSON_ENDINGS_DE: Final = (
    "vater", "mutter", "bruder", "schwester", "onkel", "tante", "oma", "opa", "eltern",
    "kollege", "kollegen", "kollegin", "freund", "freundin", "freunde", "fahrer", "lehrer",
    "lehrerin", "sohn", "tochter", "kinder", "nachbar", "nachbarn", "nachbarin", "mann",
    "kamerad", "kameraden", "kameradin", "kumpel",  # round 32: "mein Kamerad Basti neben mir"
    "frau", "leute", "gäste", "rentner", "touristen", "schüler", "zuschauer", "enkel",
    "cousin", "cousine", "schwager", "schwägerin", "chef", "chefin",
    # round 42: "meine Mitbewohnerin Jule ... Jule hat vor Angst geschrien"
    "mitbewohner", "mitbewohnerin", "beifahrer", "beifahrerin",
    # round 28: "der Oberarzt", "die Stationsleiterin", "der Hausmeister"
    "arzt", "ärztin", "pfleger", "pflegerin", "meister", "schulleiter", "abteilungsleiter",
    "filialleiter", "teamleiter", "bauleiter", "leiterin", "direktor",
    "direktorin", "verkäufer", "verkäuferin", "kellner", "kellnerin", "polizist", "polizistin",
    "arbeiter", "arbeiterin",  # "der Vorarbeiter", "die Bauarbeiter"
    "prüfer", "prüferin", "leiter",  # round 29: "der Prüfer", "der Fachleiter"
    # round 37: "Der Chirurg war total wütend", "Der Kondukteur war ziemlich genervt"
    "chirurg", "chirurgin", "kondukteur", "kondukteurin", "anästhesist", "anästhesistin",
    "sanitäter", "sanitäterin", "schaffnerin", "zöllner", "zöllnerin", "kontrolleur",
    "kontrolleurin", "wärter", "wärterin", "hebamme", "richter", "richterin", "pfarrer",
    "pfarrerin", "trainer", "trainerin", "pilot", "pilotin", "steward", "stewardess",
    "drache", "einhorn", "monster", "hund", "katze", "pferd", "bär", "roboter",  # creatures
    # round 38: "Die Möbelpacker waren ... genervt", "Der Abwart war schlecht gelaunt", "Der
    # Dompteur", "die Jury", "der Moderator"
    "packer", "abwart", "abwartin", "dompteur", "dompteurin", "jury", "moderator", "moderatorin",
    "dirigent", "dirigentin", "portier", "concierge", "vermieter", "vermieterin", "hausmeisterin",
    # round 30: "Die Kleinen in meinem Zelt zitterten", "die ganze Wirtsstube schunkelte"
    "kleinen", "stube", "runde", "gesellschaft", "belegschaft", "mannschaft", "chor",
    # round 48: "Die Journalisten waren völlig baff", "Die Delegierten waren völlig verwirrt"
    "journalist", "journalisten", "journalistin", "polizisten", "delegierte", "delegierten",
    "abgeordnete", "abgeordneten", "angestellte", "angestellten", "beamte", "beamten",
    "reporter", "reporterin", "fotografen", "fotografin", "politiker", "politikerin",
    "besucher", "besucherin", "passagiere", "fahrgäste", "publikum", "zuhörer", "fans",
    "sänger", "sängerin", "musiker", "musikerin", "schauspieler", "schauspielerin",
)  # fmt: skip
# ... and their plurals (round 50: "Die Stewardessen sind ganz blass geworden", "die Pilotinnen",
# "die Chirurgen", "die Dompteure", "die Ärzte")
_PERSON_ENDINGS_DE_PLURAL: Final = (
    *(e + "nen" for e in _PERSON_ENDINGS_DE if e.endswith("in")),
    *(e + "en" for e in _PERSON_ENDINGS_DE if e.endswith(("ess", "ist", "ent", "ot", "urg"))),
    *(e + "e" for e in _PERSON_ENDINGS_DE if e.endswith("eur")),
    "ärzte",
    "ärztinnen",
)
_PERSON_ENDINGS_DE_ALL: Final = (*_PERSON_ENDINGS_DE, *_PERSON_ENDINGS_DE_PLURAL)
_GROUP_ALL: Final = frozenset({"all", "both", "alle", "beide", "beiden"})
_BOTH: Final = frozenset({"both", "beide", "beiden"})
_WE: Final = frozenset({"we", "us", "wir", "uns"})
_OBJECTS_OF_PREPOSITIONS: Final = frozenset({"us", "me", "uns", "mir", "mich"})
_LOOKED: Final = frozenset({"looked", "seemed", "sounded", "appeared", "looks", "seems"})
_WAS_EN: Final = frozenset({"was", "is", "got", "became", "gets"})
_THEMSELVES: Final = frozenset({"themselves", "himself", "herself", "itself"})
# a group the dreamer is one of: "the three of us", "both of us", "alle von uns"
_SOME_OF_US: Final = frozenset(
    {"all", "both", "two", "three", "four", "five", "few", "most", "several", "each", "alle",
     "beide", "zwei", "drei", "vier"}
)  # fmt: skip
_GERMAN_BE: Final = frozenset({"war", "bin", "wurde", "waren", "sind"})
# what "it" makes of someone ("it terrified", "it frightened"): the one frightened is elsewhere
_FELT_STATES: Final = frozenset(
    {"terrified", "frightened", "scared", "worried", "upset", "annoyed"}
)
# "-ing" words that say what a thing does to the dreamer ("it was terrifying", "it was so
# confusing"), not what a creature does ("it was crying", "it was properly sulking")
_CAUSING: Final = re.compile(
    r"(?:terrify|frighten|confus|annoy|bor|amus|disturb|upsett|horrify|unsettl|scar|worry|depress|sadden"
    r"|bewilder|puzzl|baffl|infuriat|irritat|embarrass|humiliat|delight|thrill|excit|pleas|surpris|shock"
    r"|astonish|amaz|alarm|exasperat|frustrat|madden|distress|agonis|agoniz|overwhelm|petrify|intimidat"
    r"|unnerv|disconcert|perplex|mystify|bemus|dishearten|heartbreak|heartwarm|harrow|haunt|enrag"
    r"|aggravat|disappoint|devastat|comfort|sooth|reassur|charm|mortify|nerve-wrack|nerve-rack|hair-rais"
    r"|spine-chill|blood-curdl|bloodcurdl|gut-wrench|creep|menac|threaten|calm|relax|mov|touch|disorient|disorientat)ing"
)
# a creature's mood said as "it was ..." ("this time it was cheerful and burst into song")
_CREATURE_MOODS: Final = frozenset(
    {"cheerful", "grumpy", "sulky", "moody", "jolly", "smug", "furious", "cross", "jealous",
     "proud", "grouchy", "huffy", "miffed"}
)  # fmt: skip
# what may stand between "it" and such a word ("it was properly sulking")
_DEGREE_WORDS: Final = frozenset(
    {"properly", "quite", "pretty", "rather", "still", "clearly", "actually", "being"}
)
_VISIBLY: Final = frozenset({"visibly", "obviously", "sichtlich", "merklich", "sichtbar"})
_PREPOSITIONS: Final = frozenset(
    {"around", "near", "beside", "behind", "with", "at", "towards", "toward", "past", "to",
     "for", "about", "from", "next", "um", "neben", "hinter", "bei", "mit", "vor", "zu",
     "gegenüber", "über", "von", "of", "among", "amongst", "unter", "nach"}
)  # fmt: skip
# Feelings shown at someone, whose "me" after them is the one looked at, not the one feeling:
# "cheering us on", "laughed at me" is theirs; "scared me" stays the dreamer's.
_DONE_AT_SOMEONE: Final = (
    "cheer", "laugh", "smil", "grin", "giggl", "clapp", "applaud", "jeer", "sneer", "lach",
    "jubel", "anlach", "auslach",
)  # fmt: skip
_PLACE_PREPOSITIONS: Final = _PREPOSITIONS | {"in", "on", "under", "inside", "into", "im", "auf"}
_GOVERNING: Final = _PREPOSITIONS - {"of", "von"}
_DETERMINERS_BEFORE_A_PERSON: Final = frozenset(
    {"my", "his", "her", "their", "our", "the", "a", "an", "mein", "meine", "meinen", "meinem",
     "meiner", "sein", "seine", "seinen", "seinem", "ihr", "ihre", "ihren", "ihrem", "den", "dem",
     "der", "die", "das", "einen", "einem", "einer"}
)  # fmt: skip
_DEMONSTRATIVE_VERBS: Final = frozenset(
    {"hat", "hatte", "war", "ist", "wurde", "haben", "hatten", "waren", "sind", "wurden",
     "kam", "ging", "stand", "saß", "sagte", "meinte", "fing", "wollte", "konnte"}
)  # fmt: skip
_OUT_PARTS: Final = frozenset({"eyes", "heart", "head", "lungs"})
_OUT_OF_ME: Final = re.compile(r"^(?:\S+\s+){0,4}out\s+of\s+(?:me|us)\b")


# What a role names when it stands before one of these: a thing, not the person ("a dentist
# appointment", "the doctor's surgery"; round 39)
_ROLE_AS_MODIFIER_BEFORE: Final = frozenset(
    {"appointment", "appointments", "office", "surgery", "practice", "visit", "bill", "chair",
     "clinic", "waiting", "uniform", "costume", "outfit", "show", "programme", "program"}
)  # fmt: skip


def role_as_modifier(j: int, tokens: Tokens, language: Language) -> bool:
    """Whether English token j is a role word said of a thing ("a dentist appointment")."""
    return (
        language == "en"
        and j + 1 < len(tokens.lower)
        and tokens.clause[j + 1] == tokens.clause[j]
        and tokens.lower[j + 1] in _ROLE_AS_MODIFIER_BEFORE
    )


def _person_word(j: int, tokens: Tokens, language: Language) -> bool:
    """Whether token j names a person the character lexicon does not list (see above)."""
    if j >= len(tokens.lower) or role_as_modifier(j, tokens, language):
        return False
    word = tokens.lower[j]
    if language == "de":
        if not tokens.original[j][:1].isupper():
            return False
        return word in _PERSON_WORDS["de"] or word.endswith(_PERSON_ENDINGS_DE_ALL)
    people = _PERSON_WORDS["en"]
    if word == "one" and j >= 2 and tokens.lower[j - 1] in _CHILD_BY_AGE:
        return tokens.lower[j - 2] in _POSSESSIVE_PARENT  # "my older one" (round 43)
    return word in people or (word.endswith("s") and word[:-1] in people)


# "my older one started crying", "our little one": a child named by age (round 43)
_CHILD_BY_AGE: Final = frozenset(
    {"older", "younger", "little", "big", "middle", "eldest", "youngest", "oldest", "small", "wee"}
)
_POSSESSIVE_PARENT: Final = frozenset({"my", "our", "his", "her", "their"})


def _a_name(j: int, tokens: Tokens, language: Language) -> bool:
    """An English word capitalised inside a sentence, or capitalised there elsewhere ("my friend
    Joy ... Joy was furious"), or a name opening a sentence before its verb (both languages:
    "Deb got shirty", "Steffen versteht überhaupt nicht"): someone other than the dreamer."""
    original = tokens.original[j]
    if not original[:1].isupper() or original.isupper():
        return False
    if language == "de":
        return _german_name_opening_a_sentence(j, tokens) or _german_name_after_a_fond_word(
            j, tokens
        )
    if tokens.lower[j] in _I_FORMS:
        return False  # "I'm", "I'd": the dreamer, not a name (round 27)
    if j > 0 and tokens.sentence[j - 1] == tokens.sentence[j]:
        return True
    return _named_elsewhere(j, tokens) or _name_opening_a_sentence(j, tokens)


_I_FORMS: Final = frozenset({"i", "i'm", "i'd", "i've", "i'll", "im", "ive", "id"})
# What follows a name that opens a sentence: a past-tense verb or "who" ("Deb got really shirty
# with me", "Priya laughed", "Deb, who's my senior, ..."), round 27.
_AFTER_A_NAME: Final = frozenset(
    {"was", "got", "said", "had", "came", "went", "kept", "told", "gave", "took", "made",
     "stood", "sat", "ran", "seemed", "looked", "who", "who's", "is", "has", "gets", "says",
     "just", "suddenly", "then", "also", "started", "began", "turned", "knew", "thought"}
)  # fmt: skip
_RARE_ENOUGH_FOR_A_NAME: Final = 15_000  # subtitle count: "deb" 507, "joan" 823; "weirdly" has -ly


_GERMAN_NAME_VERBS: Final = frozenset(
    {"hat", "hatte", "war", "ist", "wurde", "sagt", "sagte", "kam", "kommt", "ging", "geht",
     "stand", "steht", "saß", "sitzt", "lag", "liegt", "lachte", "lacht", "schrie", "schreit",
     "weinte", "weint", "fragte", "fragt", "meinte", "meint", "versteht", "verstand", "wusste",
     "weiß", "schaute", "schaut", "guckte", "guckt", "rief", "ruft", "fing", "fängt", "flucht",
     "fluchte", "grinste", "grinst", "brüllte", "brüllt",
     # round 30: "Bello winselte leise, fraß nichts und sah todunglücklich aus"
     "winselte", "bellte", "jaulte", "heulte", "lief", "rannte", "sprang", "fraß", "aß",
     "schlief", "zitterte", "lächelte", "nickte", "kicherte", "seufzte", "wartete", "sah"}
)  # fmt: skip


def _german_name_opening_a_sentence(j: int, tokens: Tokens) -> bool:
    """A capitalised word opening a German sentence before its verb that the text names
    someone with elsewhere, after a person or as an apposition ("mein Kollege Murat fährt ...
    Murat stand hinter mir", "der Fahrer, Steffen, ... Steffen versteht überhaupt nicht");
    not "Irgendwann wusste ich ..." (round 27)."""
    if j > 0 and tokens.sentence[j - 1] == tokens.sentence[j]:
        return False
    nxt = j + 1
    if nxt >= len(tokens.lower) or tokens.lower[nxt] not in _GERMAN_NAME_VERBS:
        return False
    word = tokens.lower[j]
    if word in _DREAMER["de"] or word in _OTHERS["de"] or word in _SUBJECT_OTHERS:
        return False  # "Ich", "Sie": a pronoun, whatever follows
    if any(
        w == word and o[:1].islower() for w, o in zip(tokens.lower, tokens.original, strict=True)
    ):
        return False  # a word also written small is no name
    return any(
        m != j
        and tokens.lower[m] == word
        and tokens.original[m][:1].isupper()
        and tokens.sentence[m - 1] == tokens.sentence[m]
        and (
            tokens.clause[m - 1] != tokens.clause[m]
            or _person_word(m - 1, tokens, "de")
            or tokens.lower[m - 1] in _NAMING_DE  # "er hieß Bello" (round 30)
        )
        for m in range(1, len(tokens.lower))
    )


_NAMING_DE: Final = frozenset({"hieß", "hiess", "heißt", "heisst", "namens", "genannt"})
_FOND_WORDS_DE: Final = frozenset(
    {"kleine", "kleiner", "kleinen", "alte", "alter", "alten", "liebe", "lieber", "arme", "armer",
     "süße", "süßer", "dicke", "dicker"}
)  # fmt: skip
_ARTICLES_DE: Final = frozenset(
    {"der", "die", "den", "dem", "meine", "mein", "meinem", "meinen", "unsere", "unser", "unserem"}
)


def _german_name_after_a_fond_word(j: int, tokens: Tokens) -> bool:
    """A capitalised word after an article and a fond adjective, before a verb ("die kleine
    Rima hat geweint", "der alte Kalle lachte"): a name (round 42)."""
    return (
        j >= 2
        and j + 1 < len(tokens.lower)
        and tokens.lower[j - 1] in _FOND_WORDS_DE
        and tokens.original[j - 1][:1].islower()
        and tokens.lower[j - 2] in _ARTICLES_DE
        and tokens.lower[j + 1] in _GERMAN_NAME_VERBS
        and tokens.sentence[j - 2] == tokens.sentence[j]
    )


def _name_opening_a_sentence(j: int, tokens: Tokens) -> bool:
    """A capitalised word opening a sentence that is a rare word or none ("Deb", "Priya"),
    followed by a verb or "who": a name, not an adverb ("Weirdly", "Afterwards")."""
    from dreamjournal.analysis.dictionary import frequency

    word = tokens.lower[j]
    nxt = j + 1
    if nxt >= len(tokens.lower) or tokens.sentence[nxt] != tokens.sentence[j]:
        return False
    after = tokens.lower[nxt]
    apposition = (  # "Rufus, my beagle, stood ..." (round 30)
        after in {"my", "our", "his", "her", "their"} and tokens.clause[nxt] != tokens.clause[j]
    )
    if not (apposition or after in _AFTER_A_NAME or (after.endswith("ed") and len(after) > 3)):
        return False
    if word.endswith(("ly", "wards", "ing")) or len(word) < 3:
        return False
    return frequency(word, "en") < _RARE_ENOUGH_FOR_A_NAME


def _demonstrative_subject(j: int, tokens: Tokens, language: Language) -> bool:
    """ "Der hat sich erschrocken", "die war total nervös": a German pronoun 'der'/'die' that
    opens its clause before a verb is another person."""
    if (
        language == "de"
        and tokens.lower[j] in {"der", "die", "das"}  # (round 43: "das eine ... das andere")
        and (j == 0 or tokens.clause[j - 1] != tokens.clause[j] or _after_a_conjunction(j, tokens))
        and j + 2 < len(tokens.lower)
        and tokens.lower[j + 1] in {"eine", "andere", "einen", "anderen"}
        and tokens.lower[j + 2] in _DEMONSTRATIVE_VERBS
    ):
        return True  # "die eine hat gejubelt, die andere war stinksauer" (round 42)
    if (
        language == "de"
        and tokens.lower[j] in {"der", "die"}
        and j > 0
        and tokens.lower[j - 1] in _DEMONSTRATIVE_VERBS
        and (
            j == 1
            or tokens.clause[j - 2] != tokens.clause[j - 1]
            or _after_a_conjunction(j - 1, tokens)
        )
        and not _article_before_a_noun(j, tokens, language)
        and tokens.lower[j + 1 : j + 2] in _HOW_MUCH_DE
    ):
        return True  # "Als ich reinkam, waren die total genervt": the verb first (round 51)
    if (
        language == "de"
        and tokens.lower[j] in {"der", "die", "das"}
        and j > 0
        and tokens.lower[j - 1] in _THE_ONE_DE
        and "ich" not in tokens.lower[max(0, j - 4) : j - 1]
    ):
        return True  # "Sie war diejenige, die genervt war": the one named before (round 52)
    return (
        language == "de"
        and tokens.lower[j] in {"der", "die"}
        and (j == 0 or tokens.clause[j - 1] != tokens.clause[j] or _after_a_conjunction(j, tokens))
        and j + 1 < len(tokens.lower)
        and tokens.lower[j + 1] in _DEMONSTRATIVE_VERBS
    )


_THE_ONE_DE: Final = frozenset({"diejenige", "derjenige", "dasjenige", "diejenigen"})
# adverbs that follow a pronoun, never an article ("waren die total genervt", not "hatte die
# ganze Zeit so ein mulmiges Gefühl")
_HOW_MUCH_DE: Final = tuple(
    [w]
    for w in ("total", "richtig", "voll", "so", "echt", "mega", "völlig", "sehr", "extrem",
              "auch", "alle", "ganz", "komplett", "super", "tierisch", "gar", "plötzlich")
)  # fmt: skip


def _after_a_conjunction(j: int, tokens: Tokens) -> bool:
    """Token j comes right after an "und", "aber", "dann" that opens its clause ("Und der kam
    raus und war stocksauer", round 31)."""
    return tokens.lower[j - 1] in _DEMONSTRATIVE_AFTER and (
        j == 1 or tokens.clause[j - 2] != tokens.clause[j - 1]
    )


def _clause_before(i: int, tokens: Tokens) -> list[str]:
    """The words before token i in its clause."""
    j = i
    while j > 0 and tokens.clause[j - 1] == tokens.clause[i]:
        j -= 1
    return tokens.lower[j:i]


def clause_after(position: int, tokens: Tokens) -> list[str]:
    """The words after `position` in its clause (at most eight)."""
    clause = tokens.clause[position]
    return [
        tokens.lower[k]
        for k in range(position + 1, min(len(tokens.lower), position + 9))
        if tokens.clause[k] == clause
    ]


# Some of the people there, as a clause's subject ("ein paar haben gekichert", "einige lachten",
# "a few of them laughed"); "ein paar Minuten" after a verb is no one (round 26).
_SOME: Final = frozenset(
    {"einige", "manche", "viele", "paar", "some", "several", "few", "many", "couple"}
)


def _some_of_them(j: int, tokens: Tokens, sentence_start: int) -> bool:
    """Whether token j is "paar"/"einige"/"some"... opening its clause as its subject."""
    word = tokens.lower[j]
    if word not in _SOME:
        return False
    after = tokens.lower[j + 1 : j + 3]
    if word in {"paar", "few", "couple"}:  # "a couple of them" (round 33)
        if j == 0 or tokens.lower[j - 1] not in {"ein", "a"}:
            return False
        j -= 1
    first = j
    while first > sentence_start and tokens.clause[first - 1] == tokens.clause[j]:
        first -= 1
    # "some of them", "ein paar in der letzten Reihe", "einige" alone; not "a few minutes"
    return first == j and (
        not after
        or after[0] in {"of", "von", "in", "im", "aus", "at", "on"}
        or after[0] in _DEMONSTRATIVE_VERBS
        or after[0].endswith(("ed", "te", "ten"))
    )


def _opens_clause(k: int, tokens: Tokens, sentence_start: int) -> bool:
    """Whether a person word stands within three words of its clause's start (a subject), or
    in German after the verb of a clause that no "ich"/"wir" holds ("am ersten Abend saß die
    kleine Emma ...", round 26)."""
    first = k
    while first > sentence_start and tokens.clause[first - 1] == tokens.clause[k]:
        first -= 1
    head = k - 1 if k - 1 >= first and tokens.lower[k - 1] in _DETERMINERS else k
    if head - 1 >= first and tokens.lower[head - 1] in _PREPOSITIONS:
        return False  # "thinking about my girls": the object of a preposition (round 27)
    if k - first <= 3:
        return True
    before = tokens.lower[first:k]
    return (
        k - first <= 6
        and tokens.original[k][:1].isupper()
        and any(w in _GERMAN_FINITE for w in before)
        and _SUBJECT_DREAMER.isdisjoint(before)
    )


_DETERMINERS: Final = frozenset(
    {"my", "our", "his", "her", "their", "the", "a", "an", "mein", "meine", "meinem", "meinen",
     "meiner", "unser", "unsere", "unserem", "unseren", "der", "die", "das", "dem", "den"}
)  # fmt: skip
# Finite verbs a German V2 clause puts before its subject ("saß die kleine Emma"), and those a
# demonstrative opens a main clause with ("..., das fand ich lustig").
_GERMAN_FINITE: Final = _DEMONSTRATIVE_VERBS | {
    "saß", "stand", "lag", "kam", "ging", "saßen", "standen", "lagen", "kamen", "gingen"
}  # fmt: skip
_AFTER_A_DEMONSTRATIVE: Final = _GERMAN_FINITE | {"fand", "fanden", "machte", "gab"}


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
     "fand", "fanden", "dachte", "dachten", "behauptete", "behaupteten", "asked", "asking", "asks",
     "why", "fragte", "fragten", "warum", "wieso", "telling", "tells", "saying",
     "gesagt", "gemeint", "behauptet"}  # round 41: "hat gesagt, ich seh traurig aus"
)  # fmt: skip
_LOOKING: Final = frozenset(
    {"looked", "look", "seemed", "seem", "sounded", "sehe", "seh", "sah", "wirke", "wirkte",
     "aussehe", "aussah", "klang"}
)  # fmt: skip


def ascribed(position: int, tokens: Tokens) -> bool:
    """An emotion others see in the dreamer ("they said I looked terrified", "alle meinten, ich
    sehe verängstigt aus"): HVdC codes it only when the dreamer confirms it, so it is not theirs."""
    sentence = tokens.sentence[position]
    seen_saying = seen_me = said_by_another = told_by_another = False
    j = position - 1
    start = position
    while start > 0 and tokens.sentence[start - 1] == sentence:
        start -= 1
    for j in range(start, position):
        word = tokens.lower[j]
        if word in _SAYING:
            seen_saying, seen_me = True, False
            said_by_another = word in _SPEAKING_DE and (j == 0 or tokens.lower[j - 1] != "ich")
            # round 39: "He laughed and said I always did worry too much" (not "I said I ...")
            told_by_another = word in _SPEAKING_EN and (j == 0 or tokens.lower[j - 1] != "i")
        elif seen_saying and word in {"i", "ich"}:
            seen_me = True
            if (
                told_by_another
                and tokens.lower[j - 1] in _SAID_BEFORE_I  # "said I ...", "told me I ..."
                and position - j <= _SAID_OF_ME_REACH
                and tokens.clause[j] == tokens.clause[position]
                and not _I_FELT.intersection(tokens.lower[j + 1 : position + 1])
            ):
                return True
        elif seen_me and word in _LOOKING and tokens.clause[j] == tokens.clause[position]:
            return True  # (not "... said i looked furious and they were right, i was livid")
        elif (
            seen_me
            and said_by_another
            and (word in _REPORTED_BE or (word in _REPORTED_HAVE and tokens.lower[j - 1] == "ich"))
            and tokens.clause[j] == tokens.clause[position]
        ):
            return True  # (not "..., ich sei im falschen Zug, und ich war völlig verwirrt")
    return False


# The dreamer confirming what others saw, just after it (round 41: "told me I looked furious
# when I burned the rice. Honestly I was.", "said I looked scared and I was, my hands were
# shaking", "and I said yeah, I really am"); not "War ich aber gar nicht"
_CONFIRMED: Final = re.compile(
    r"^[^.!?]{0,45}?[.,;!?']*\s*(?:and\s+|und\s+)?(?:(?:yes|yeah|ja),?\s+)?(?:honestly,?\s+|ehrlich\s+gesagt,?\s+|ehrlich,?\s+)?"
    r"(?:i\s+said\s+)?(?:(?:yes|yeah|yep|ja|und\s+ja),?\s+)?"
    r"(?:i\s+(?:really\s+|truly\s+|definitely\s+)?(?:was|am|did)|(?:they|he|she)\s+(?:were|was)\s+right"
    # (round 53: "Und ja, das war ich auch.")
    r"|(?:das\s+|so\s+)?war\s+ich(?:\s+das|\s+es)?(?:\s+auch|\s+wirklich|\s+tatsächlich)?|stimmt(?:\s+auch)?|hatte\s+ich(?:\s+auch)?"
    # round 42: "und ich so: ja, voll"
    r"|ich\s+so\s*:?\s*(?:ja|jo|jep|yes)(?:,?\s+(?:voll|total|schon|klar|sehr|echt|hatte\s+ich|war\s+ich))?)"
    r"(?=\s*(?:[.,;!?]|$|too\b|auch\b))"
)


# Said to the dreamer, in the second person, just before the feeling ("you're scared, aren't
# you", "Du hast Angst, oder?")
_TO_YOU: Final = frozenset({"you", "you're", "youre", "du", "bist"})


# German puts the subject after the verb in "so glücklich war er da" (round 42)
_BE_INVERTED_DE: Final = frozenset({"war", "waren", "ist", "sind", "wurde", "wurden"})
_THIRD_AFTER_DE: Final = frozenset({"er", "sie", "der", "die", "das"})


def subject_after(position: int, tokens: Tokens) -> bool:
    """Whether a German feeling is followed by "war er", "waren sie" in its clause: theirs."""
    if position >= len(tokens.lower):
        return False
    clause = tokens.clause[position]
    after = [
        w
        for k, w in enumerate(tokens.lower[position + 1 : position + 3], position + 1)
        if tokens.clause[k] == clause
    ]
    return len(after) == 2 and after[0] in _BE_INVERTED_DE and after[1] in _THIRD_AFTER_DE


def said_to_me(position: int, tokens: Tokens) -> bool:
    """Whether a feeling is put to the dreamer as "you" in the three words before it."""
    clause = tokens.clause[position]
    return any(
        tokens.lower[k] in _TO_YOU and tokens.clause[k] == clause
        for k in range(max(0, position - 3), position)
    )


def confirmed(position: int, tokens: Tokens, text: str) -> bool:
    """Whether the dreamer confirms, right after it, a feeling others ascribed to them."""
    return bool(_CONFIRMED.match(text[tokens.end[position] : tokens.end[position] + 90].lower()))


# The dreamer denying, right after it, a feeling others ascribed to them (round 46: "my mum
# kept saying I was paranoid. I wasn't paranoid", "meinte, ich hätte wohl Angst vor Gespenstern.
# Hatte ich gar nicht.", "ich hätte total panisch ausgesehen, war ich aber gar nicht")
_DENIED: Final = re.compile(
    r"^[^.!?]{0,60}?(?:[.,;!?'\"]+\s*(?:(?:but|aber|and|und|no|nein|nope|nö),?\s+)?"
    # (round 52: "kept asking why I was so angry but I wasn't angry")
    r"|\s+(?:but|aber)\s+)"
    r"(?:i\s+(?:really\s+)?(?:wasn't|wasnt|was\s+not|am\s+not|'m\s+not|wasn't\s+at\s+all)"
    r"|(?:war|hatte|bin|hab)\s+ich\s+(?:aber\s+|doch\s+|echt\s+)?(?:gar\s+|überhaupt\s+|ueberhaupt\s+)?(?:nicht|keine|nich)"
    r"|(?:stimmt|stimmte)\s+(?:aber\s+)?(?:gar\s+)?nicht|(?:that|it)\s+(?:wasn't|was\s+not|isn't)\s+true)\b"
)


def ascribed_and_denied(position: int, tokens: Tokens, text: str) -> bool:
    """Whether a feeling someone else said the dreamer had (a word of saying before it in its
    sentence, not the dreamer's own "I said") is denied by the dreamer right after it."""
    if not _DENIED.match(text[tokens.end[position] : tokens.end[position] + 120].lower()):
        return False
    sentence = tokens.sentence[position]
    return any(
        tokens.lower[j] in _SAYING and (j == 0 or tokens.lower[j - 1] not in {"i", "ich"})
        for j in range(position)
        if tokens.sentence[j] == sentence
    )


# German reported speech, said by someone else (round 39: "Mein Mann meinte, ich sei heute so
# gereizt"; not "ich dachte, ich wäre verloren", the dreamer's own thought)
_REPORTED_BE: Final = frozenset(
    {
        "sei",
        "seist",
        "wäre",
        "waere",
        "sähe",
        "saehe",
        "aussähe",
        "aussaehe",
    }  # "ich sähe traurig aus"
)
# round 51: or had, right after "ich" ("Oma meinte, ich hätte bestimmt Angst"; not "Als sie
# sagten, ich hab bestanden, hätte ich platzen können vor Stolz")
_REPORTED_HAVE: Final = frozenset({"hätte", "hätt", "haette"})
_SPEAKING_EN: Final = frozenset({"said", "says", "told", "insisted", "telling", "tells", "saying"})
_SAID_BEFORE_I: Final = frozenset({"said", "says", "told", "insisted", "that", "me"})
_SAID_OF_ME_REACH: Final = 4  # "said I always did worry": the feeling a few words after "I"
_I_FELT: Final = frozenset({"felt", "feel", "was", "got", "became"})  # "told me I was ..." is mine
_SPEAKING_DE: Final = frozenset(
    {"meinte", "meinten", "sagte", "sagten", "behauptete", "behaupteten", "fand", "fanden",
     # round 41: the perfect ("die Erzieherin hat gesagt, ich seh traurig aus")
     "gesagt", "gemeint", "behauptet"}
)  # fmt: skip


_TEARS: Final = (
    "cry", "cried", "tear", "wein", "träne", "traene", "sob", "schluchz", "eyes", "weep", "wept",
    "heul",  # round 46: "geheult vor Wut"
)  # fmt: skip


# Said to be the good kind: "screaming but like the good kind", "mein Herz hat gerast, aber im
# guten Sinn", "nervous in a good way" (round 36)
_GOOD_KIND: Final = re.compile(
    r"\b(?:the\s+good\s+kind|in\s+a\s+good\s+way|in\s+the\s+best\s+way|the\s+good\s+sort|im\s+guten\s+sinn"
    r"|im\s+positiven\s+sinn|auf\s+die\s+gute\s+art|positiv\s+aufgeregt"
    r"|aber\s+ein\s+(?:schoener|guter|angenehmer)|but\s+a\s+(?:good|nice|lovely)\s+one)\b"
)


def in_the_good_kind(cue: Cue, tokens: Tokens) -> Cue:
    """A fear word or sign in a sentence that calls it the good kind is excitement (HVdC:
    happiness); any other cue is returned as it is."""
    if HVDC_OF[cue.name] != "apprehension" or cue.name in {"shame", "guilt"}:
        return cue
    sentence = tokens.sentence[cue.position]
    pairs = zip(tokens.folded, tokens.sentence, strict=True)
    words = " ".join(w for w, s in pairs if s == sentence)
    if not _GOOD_KIND.search(words):
        return cue
    return Cue("excitement", cue.position, cue.word, cue.source, cue.experiencer, cue.intensity)


def joyless_in_joy(cue: Cue, cues: list[Cue], tokens: Tokens) -> bool:
    """A fear sign of the body in a sentence of stated joy, anger or grief and no stated fear,
    or tears in one of stated joy and no stated sadness ("tears of joy", "Freudentränen
    geweint", "so wütend, dass ich gezittert hab"): excitement, anger or grief, not fear or
    grief (HVdC rule 3)."""
    sentence = tokens.sentence[cue.position]
    if _a_sign_of_joy(cue, cues, tokens):
        return True  # "my heart was going a mile a minute with excitement" (round 53)
    if _moved_by_beauty(cue, cues, tokens):
        return True  # "goosebumps all over, it was so beautiful I started crying" (round 53)
    beside = [
        c
        for c in cues
        if c.source == "word"
        and tokens.sentence[c.position] == sentence
        and c is not cue
        and not (c.name == "sadness" and any(t in c.word for t in _TEARS))
        # (a hug or a kiss is no joy said: "haben uns umarmt, und ich konnte nicht aufhören zu
        # heulen", round 39)
        and c.word not in _NOT_CODED_WORDS
        # ("my heart was going like mad": how fast, no anger said, round 44)
        and not (
            c.word in {"mad", "crazy", "verrückt", "verrueckt"}
            and tokens.lower[c.position - 1 : c.position] in (["like"], ["wie"])
        )
    ]
    said = {HVDC_OF[c.name] for c in beside}
    grief = any(
        HVDC_OF[c.name] == "sadness"
        and c.word[:1].isalpha()  # (not an emoji: "😭")
        and c.experiencer == "dreamer"
        and (c.position == 0 or tokens.lower[c.position - 1] not in _POSSESSIVES)  # "my crush"
        for c in beside
    )
    if cue.name == "fear" and "breath" in cue.word and grief and "apprehension" not in said:
        return True  # "felt such grief I could barely breathe" (round 40)
    if cue.source == "body" and cue.name == "shame" and "anger" in said:
        return True  # "Mir schoss das Blut in den Kopf ... um ihm keine zu kleben" (round 32)
    if cue.source == "body" and cue.name == "fear" and "apprehension" not in said:
        # "so wütend, dass ich gezittert hab"; "grief came over me so hard my knees buckled"
        # "cried so hard I couldn't get my breath", "weinte so sehr, dass ich zitterte": the
        # crying's (round 31)
        cried_so = any(
            c.name == "sadness"
            and any(t in c.word for t in _TEARS)
            and 0 < cue.position - c.position <= 7
            and tokens.sentence[c.position] == sentence
            and tokens.lower[c.position + 1] in {"so", "until", "till", "bis"}
            for c in cues
        )
        # (round 52: the anger of the one who shows the sign, not another's: "Ich hab mich
        # nicht getraut, es dem Lehrer zu sagen, der war eh schon so angefressen")
        angry = any(HVDC_OF[c.name] == "anger" and c.experiencer == cue.experiencer for c in beside)
        # (and joy not set against the sign by "aber dann": "Am Anfang haben mir die Hände
        # geschlottert, aber dann ... haben mit mir gelacht", round 52)
        joyful = any(
            HVDC_OF[c.name] == "happiness"
            and not _set_against(
                tokens, min(c.position, cue.position), max(c.position, cue.position)
            )
            for c in beside
        )
        return joyful or angry or grief or cried_so
    if (
        cue.name == "sadness"
        and any(t in cue.word for t in _TEARS)
        and "sadness" not in said
        and any(
            HVDC_OF[c.name] == "apprehension"
            and 0 < cue.position - c.position <= 3
            and tokens.lower[cue.position - 1] in {"and", "und"}
            for c in beside
        )
    ):
        return True  # "I was so scared and crying": the fear's tears (round 44)
    if "happiness" not in said:
        return False
    joys = [
        c.position for c in beside if HVDC_OF[c.name] == "happiness" and c.position < cue.position
    ]
    of_joy = _OF_JOY.intersection(tokens.lower[cue.position + 1 : cue.position + 4])
    if joys and not of_joy and _set_against(tokens, max(joys), cue.position):
        return False  # "I was happy too but kept crying because ...": against the joy (round 52)
    if cue.name == "anxiety" and cue.word in _FLUTTERS:
        return True  # "so ein warmes Kribbeln im Bauch", enjoyed: excitement (round 27)
    words = " ".join(
        tokens.lower[k] for k in range(len(tokens.lower)) if tokens.sentence[k] == sentence
    )
    brought = bool(_JOY_BRINGS_TEARS.search(words))  # "so erleichtert, dass ich geheult hab"
    if not brought and any(
        tokens.lower[k] in _AT_ONCE and tokens.sentence[k] == sentence
        for k in range(cue.position + 4, len(tokens.lower))
    ):
        # "geheult, weil ..., und gleichzeitig war da so eine Erleichterung" (round 39), not
        # "gleichzeitig gelacht und geheult" (both at once of joy)
        return False
    tears = any(t in cue.word for t in _TEARS)
    if not tears and any(t in cue.word for t in ("heul", "flenn")):
        # "heulen" of joy only when the joy brings it on ("so erleichtert, dass ich angefangen
        # hab zu heulen", "vor Glück geheult"), not "gefreut ... und geheult, als sie ging"
        # (round 39)
        tears = brought
    return cue.name == "sadness" and tears and "sadness" not in said


_WITH_A_CAUSE: Final = frozenset({"with", "from", "vor", "aus"})


def _a_sign_of_joy(cue: Cue, cues: list[Cue], tokens: Tokens) -> bool:
    """A fear sign named with a joy as its cause right after it ("heart going a mile a minute
    with excitement", "zitterte vor Freude"): the joy's (HVdC rule 3)."""
    if HVDC_OF[cue.name] != "apprehension" or cue.name in {"shame", "guilt"}:
        return False
    end = cue.position + (len(cue.word.split()) - 1 if cue.source == "word" else 0)
    if end + 1 >= len(tokens.lower) or tokens.lower[end + 1] not in _WITH_A_CAUSE:
        return False
    return any(HVDC_OF[c.name] == "happiness" and end + 1 < c.position <= end + 3 for c in cues)


# Beauty that moves to tears or goosebumps ("it was so beautiful I started crying", "so schön,
# dass ich Gänsehaut hatte")
_SO_BEAUTIFUL: Final = re.compile(
    r"\b(?:so|such|too|unbelievably|incredibly|unglaublich|wahnsinnig|so\s+unfassbar)\s+"
    r"(?:beautiful|gorgeous|lovely|stunning|moving|magical|schön|wunderschön|ergreifend|berührend|bewegend|magisch)\b"
)


def _moved_by_beauty(cue: Cue, cues: list[Cue], tokens: Tokens) -> bool:
    """Tears or a fear sign of the body in a sentence of something so beautiful, with no fear or
    sadness said in it and no "but" between: being moved, not fear or grief."""
    tears = cue.name == "sadness" and any(t in cue.word for t in _TEARS)
    if not (tears or (cue.source == "body" and cue.name == "fear")):
        return False
    sentence = tokens.sentence[cue.position]
    positions = [k for k in range(len(tokens.lower)) if tokens.sentence[k] == sentence]
    words = " ".join(tokens.lower[k] for k in positions)
    if not _SO_BEAUTIFUL.search(words) or any(tokens.lower[k] in _AGAINST for k in positions):
        return False
    return not any(
        c.source == "word"
        and c is not cue
        and tokens.sentence[c.position] == sentence
        and HVDC_OF[c.name] in {"apprehension", "sadness"}
        and not any(t in c.word for t in _TEARS)
        for c in cues
    )


_AGAINST: Final = frozenset({"but", "aber", "yet", "doch", "though"})
_OF_JOY: Final = frozenset({"joy", "happiness", "relief", "freude", "glück", "erleichterung"})
# ... not "aber vor Glück", "but from joy": the joy given as the cause
_CAUSE_AFTER: Final = frozenset({"vor", "aus", "im", "of", "from", "with", "in"})


def _set_against(tokens: Tokens, first: int, last: int) -> bool:
    """Whether a "but"/"aber" between two words sets the later against the earlier, not "aber
    vor Glück" (the joy as the sign's cause)."""
    return any(
        tokens.lower[k] in _AGAINST
        and (k + 1 >= len(tokens.lower) or tokens.lower[k + 1] not in _CAUSE_AFTER)
        for k in range(first + 1, last)
    )


_JOY_BRINGS_TEARS: Final = re.compile(
    r"\b(?:so|derart|dermaßen|total)\s+(?:\w+\s+){0,2}(?:erleichtert|froh|glücklich|gerührt)\b[^.!?]{0,40}\bdass\b"
    r"|\bvor\s+(?:lauter\s+)?(?:freude|glück|erleichterung|rührung)\b|\bfreudentränen\b|\baber\s+(?:im\s+)?(?:guten|schönen)\b"
    r"|\bgelacht\s+und\s+geheult\b|\blachen\s+und\s+heulen\b"
)
# Two feelings said at once: the tears keep their own ("... und gleichzeitig erleichtert")
_AT_ONCE: Final = frozenset({"gleichzeitig", "zugleich", "simultaneously", "bittersweet"})


# what brings tears without a feeling: "mir sind von den Zwiebeln die Tränen runtergelaufen"
_TEARS_CAUSES: Final = frozenset(
    {"onion", "onions", "zwiebel", "zwiebeln", "zwiebelschneiden", "smoke", "rauch", "chlorine",
     "chlor", "pollen", "heuschnupfen", "allergy", "allergies", "allergie", "yawning", "gähnen"}
)  # fmt: skip


def tears_of_a_cause(cue: Cue, tokens: Tokens) -> bool:
    """Tears in a sentence that names what brought them: onions, smoke, pollen (round 32)."""
    if cue.name != "sadness" or not any(t in cue.word for t in _TEARS):
        return False
    sentence = tokens.sentence[cue.position]
    return any(
        tokens.lower[k] in _TEARS_CAUSES
        for k in range(len(tokens.lower))
        if tokens.sentence[k] == sentence
    )


_DREAMER_OBJECTS: Final = frozenset({"mir", "mich", "uns"})
_MY: Final = frozenset({"my", "mein", "meine", "meinem", "meinen", "meiner"})


def names_my_body(words: str) -> bool:
    """Whether a body cue's words name the dreamer's own body before their last word ("a cold
    knot in the pit of my stomach"; not "shouting at my", round 32)."""
    return not _MY.isdisjoint(words.split()[:-1])


_PASSES_THROUGH: Final = frozenset(
    {"went", "ran", "shot", "came", "washed", "swept", "crept", "rushed", "surged", "passed"}
)
_THROUGH: Final = frozenset({"through", "over", "into", "up"})
_BECAME: Final = frozenset({"got", "became", "grew", "felt", "was", "get", "become", "feel"})
# What a clause opened by "the <noun>" may hold before its feeling: "got more and more", "was
# very", "looked a bit"
_LINKING: Final = _WAS_EN | _LOOKED | _BECAME | frozenset({"grew", "were", "looks", "seemed"})
_BETWEEN_LINK: Final = (
    _INTENSIFIERS
    | _DIMINISHERS
    | frozenset({"more", "and", "even", "a", "quite", "rather", "pretty"})
)
_POSSESSIVES: Final = frozenset(
    {"my", "his", "her", "our", "their", "your", "mein", "meine", "meinen", "meinem", "meiner"}
)
_FLUTTERS: Final = frozenset(
    {"kribbeln", "kribbelte", "butterflies", "flutter", "fluttering", "tingle", "tingling"}
)
_EXERTION: Final = re.compile(
    r"\b(?:marathon\w*|jogg\w*|jog|workout|gym(?!\s+(?:teachers?|bag|shoes|membership|card))|sprint\w*|cycl\w+\s+uphill|uphill|"
    r"training|trainiert\w*|exercis\w*|halbmarathon|bergauf|fitnessstudio|laufband|"
    r"treadmill|race\s+track|wettlauf|workout|took\s+the\s+stairs|(?:\w+\s+)?flights?\s+of\s+stairs|"
    r"\w+\s+floors\b(?=.{0,80}\b(?:breath|lungs|puffing|panting))|treppen\s+hoch|treppauf|"
    r"schlepp\w*|geschleppt"
    # round 32: "running up the stairs of the CN Tower for some charity thing"
    r"|for\s+(?:some\s+|a\s+)?charity|charity\s+(?:run|climb|thing|walk|race|stair\w*)|stairs\s+of\s+the\s+\w+\s+tower)\b"
)


# Cold that makes one shiver (round 30: "Das Wasser war eiskalt, ich hatte Gänsehaut am ganzen
# Körper"), not the chill of fear down one's back ("lief es mir eiskalt den Rücken runter")
_COLD: Final = re.compile(
    r"\b(?:eiskalt\w*|eisig\w*|kalt|kalte[nrs]?|kälte|frost\w*|fror|froren|frieren|gefroren|schnee\w*"
    r"|cold|icy|freezing|(?<!there,\s)(?<!there\s)(?<!stood\s)frozen|chilly|frost\w*|snow\w*|blizzard)\b"
)
_COLD_OF_FEAR: Final = re.compile(r"\b(?:rücken|rücken\w*|spine|back|blood|blut|sweat|schweiß)\b")
_SHIVERS: Final = re.compile(
    r"gänsehaut|goose\s*bumps|goosebumps|shiver\w*|zitter\w*|trembl\w*|teeth|zähne\w*|klapper\w*|bibber\w*|cheeks"
)


def mentions_exertion(text: str) -> bool:
    """Whether a text speaks of sport or of cold at all (a cheap test before `from_exertion`)."""
    low = text.lower()
    return _EXERTION.search(low) is not None or _COLD.search(low) is not None


def from_exertion(cue: Cue, cues: list[Cue], tokens: Tokens, text: str) -> bool:
    """A pounding heart or sweat in a sentence of sport (a marathon, jogging, cycling uphill)
    with no fear stated in it is exertion, not apprehension; goosebumps or shivering in a
    sentence of cold are the cold."""
    if cue.name != "fear" or (cue.source != "body" and not _BODY_IDIOM.search(cue.word)):
        return False  # ("going like the clappers" is the lexicon's, and as much the body's)
    if _HEART_IN_THE_MOUTH.search(cue.word):
        return False  # "my heart was in my mouth" on the bench press: fear (round 42)
    sentence = tokens.sentence[cue.position]
    if any(
        c.source == "word"
        and not _BODY_IDIOM.search(c.word)
        and tokens.sentence[c.position] == sentence
        and coded_class(c.name, c.word) == "apprehension"  # ("stuck to my back" is no fear)
        for c in cues
    ):
        return False
    first = bisect_left(tokens.sentence, sentence - 1)
    last = bisect_right(tokens.sentence, sentence) - 1
    near = text[tokens.start[first] : tokens.end[last]].lower()
    own = bisect_left(tokens.sentence, sentence)
    here = text[tokens.start[own] : tokens.end[last]].lower()  # the cue's own sentence
    if _SHIVERS.search(cue.word) and _COLD.search(here) and not _COLD_OF_FEAR.search(here):
        return True  # goosebumps in ice-cold water: the cold (round 30; not snow a sentence before)
    return bool(_EXERTION.search(near))


_HEART_IN_THE_MOUTH: Final = re.compile(r"\b(?:mouth|throat|hals|hose|boots)\b")
_BODY_IDIOM: Final = re.compile(r"\b(?:heart|clappers|sweat\w*|pounding|racing|herz|schweiß\w*)\b")


# Words right after an emotion word that make it a thing's name or quality: "a sad film", "Happy
# Hour", "panic buying", "ein trauriges Lied" (the film is sad, nobody feels it).
_THING_AFTER: Final = frozenset(
    {"film", "films", "movie", "movies", "song", "songs", "story", "stories", "book", "books",
     "novel", "ending", "endings", "music", "tune", "poem", "letter", "news", "hour", "meal",
     "meals", "buying", "button", "room", "birthday", "emoji", "smiley", "filme", "lied",
     "lieder", "geschichte", "buch", "roman", "ende", "musik", "gedicht", "brief", "nachricht",
     "nachrichten", "serie", "raum", "knopf", "melodie", "ballade", "christmas", "weihnachten",
     "ostern", "easter", "neues", "fest", "feiertage"}
)  # fmt: skip
_PLACE_ADJECTIVES: Final = frozenset({"abandoned", "deserted", "forsaken"})
_AFTER_A_FEELING: Final = frozenset(
    {"by", "and", "in", "at", "on", "there", "again", "too", "when", "because", "so", "for",
     "as", "like", "me", "us", "with", "than", "after", "all", "without", "while", "but",
     "once", "now", "then", "that", "afterwards", "the", "a", "an",
     # "a forsaken sort of feeling" (round 33)
     "feeling", "feelings", "sort", "kind", "sense", "sensation", "mood"}
)  # fmt: skip
_THING_BEFORE: Final = frozenset({"pain", "stress", "schmerz"})  # "pain relief"
_WILLING_TO: Final = frozenset(
    {"help", "give", "lend", "show", "take", "do", "drive", "pay", "wait", "answer", "explain",
     "oblige", "assist", "let", "stay", "swap", "share", "carry", "bring", "watch"}
)  # fmt: skip
_INTENSIFYING_ADVERBS: Final = frozenset(
    {"furchtbar", "schrecklich", "fürchterlich", "entsetzlich", "höllisch", "tierisch",
     "terribly", "awfully", "horribly", "dreadfully", "frightfully", "madly", "insanely",
     "crazy"}
)  # fmt: skip
_HYPOTHETICAL: Final = frozenset(
    {"would", "i'd", "we'd", "wouldn't", "she'd", "he'd", "should", "should've", "ought", "you'd",
     "they'd", "would've", "wouldve"}
)  # fmt: skip  # ("I should have been frightened", round 26; "Would've been terrified", round 42)
_FUTURE: Final = frozenset({"going", "gonna", "will", "i'll", "we'll", "i'm", "shall"})
_NAMING: Final = frozenset({"called", "titled", "entitled", "named", "namens", "titel", "betitelt"})
_NOT_FEELINGS: Final = frozenset(
    # (round 44: "dass ich mich trau" is daring, not grief read into a typo)
    {"thank", "thanks", "thanked", "thanking", "please", "trau", "traue", "traut", "trauen"}
)
_FELT_LIKE: Final = frozenset({"felt", "feel", "feeling", "feels", "fühlte", "fühlt", "kam"})
_CRUSHED_BODY: Final = frozenset(
    {"chest", "ribs", "body", "hand", "hands", "foot", "feet", "leg", "legs", "lungs", "brust"}
)
_DESPERATELY_WHAT: Final = frozenset(
    {"homesick", "sad", "lonely", "unhappy", "miserable", "sorry", "tired", "hungry", "thirsty",
     "missed", "missing", "wanted", "wanting", "needed", "needing", "hoped", "hoping", "wished",
     "wishing", "in", "keen", "curious", "happy", "excited"}
)  # fmt: skip
_PARENTHETICAL: Final = frozenset({"mean", "guess", "suppose", "swear", "reckon"})
_SCOLDED: Final = frozenset(
    {"zusammengestaucht", "angeschnauzt", "angeschrien", "angebrüllt", "angemeckert",
     "angepflaumt", "runtergeputzt", "zusammengeschissen",
     # round 33: "die Passanten haben mich angemotzt"
     "angemotzt", "angeblafft", "angemault", "angezickt"}
)  # fmt: skip
# Verbs spelled like a thing after a feeling word: "panic rose up my throat" (round 31)
_VERBS_LIKE_THINGS: Final = frozenset({"rose", "sank", "set", "left", "lay", "wound", "bore"})
_ENGLISH_EMOTION_WORDS: Final = frozenset(
    {"happy", "angry", "sad", "scary", "mad", "lucky", "funny", "crazy", "joy", "hope",
     "lonely", "love", "glad", "jolly", "merry"}
)  # fmt: skip


def feeling_in_context(
    cue: Cue, tokens: Tokens, language: Language, thing_after: bool = False
) -> bool:
    """Whether a cue is a feeling where it stands; False for a name or title ("my friend Joy",
    "Angry Birds", "Happy Hour"), a quality of a thing ("a sad film", "pain relief", with
    `thing_after` when the next word is a place or an object of the lexicon: "an abandoned
    hospital"), "happy to help", an intensifier ("furchtbar aufgeregt", "terribly late"), a
    hypothetical ("I'd normally be starstruck") and thanks. Body cues always are, but for
    "trying to work out how to ...", which is planning."""
    if (
        _planning_how_to(cue, tokens)
        or _to_the_listener(cue.position, tokens)
        or _telling_it(cue.position, tokens)
        or _asked_whether(cue.position, tokens)
    ):
        return False
    if cue.source != "word":
        if _a_thing_froze(cue.position, tokens, language):
            return False  # "the gravy froze in the boat", "the screen froze" (round 29)
        if language == "de":
            # "Normalerweise hätte ich da geschrien": the body's sign that did not happen (round 32)
            return not _german_hypothetical(cue.position, tokens)
        return not _would_have(cue.position, tokens)
    i = cue.position
    word = tokens.lower[i]
    first = word.split()[0] if word else word
    if first in _NOT_FEELINGS or cue.word.split()[0] in _NOT_FEELINGS:
        return False
    n = len(tokens.lower)
    nxt = tokens.lower[i + 1] if i + 1 < n and tokens.clause[i + 1] == tokens.clause[i] else ""
    mid_sentence = i > 0 and tokens.sentence[i - 1] == tokens.sentence[i]
    original = tokens.original[i]
    if (
        language == "de"
        and word in _SALUTATION_DE
        and not mid_sentence
        and i + 1 < n
        and tokens.original[i + 1][:1].isupper()
    ):
        return False  # "Liebe Frau Dr. M., ...", "Lieber Tom,", "Liebe Grüße": a letter's words
    capitalised = original[:1].isupper() and not original.isupper()  # "SO SCARED" is a shout
    if (
        language == "en"
        and capitalised
        and word != "i"
        and (mid_sentence or _named_elsewhere(i, tokens))
    ):
        return False  # a name or a title: "Joy", "Angry Birds", "The Scary Hour"
    if (
        language == "de"
        and capitalised
        and first in _ENGLISH_EMOTION_WORDS
        and i + 1 < n
        and tokens.original[i + 1][:1].isupper()
    ):
        return False  # "Happy Hour", "Angry Birds" in a German report
    if nxt in _THING_AFTER or (
        thing_after and nxt and " " not in cue.word and nxt not in _VERBS_LIKE_THINGS
    ):
        return False
    if language == "en" and word.endswith("ingly") and _opens_a_clause(i, tokens):
        return False  # "annoyingly I've lost the middle": the teller's comment (round 29)
    if i > 0 and tokens.lower[i - 1] in {"a", "an"} and nxt in _SIZES:
        return False  # "a sad little beep": a thing's look (round 29)
    before = tokens.lower[max(0, i - 6) : i]
    if (
        " " not in cue.word
        and before[-2:-1] in (["like"], ["wie"])
        and before[-1:] in (["a"], ["an"], ["ein"], ["eine"], ["einem"], ["einer"])
        and not _FELT_LIKE.intersection(before)
    ):
        return False  # "hopping like a sad kangaroo": how the hopping looked (round 33)
    if first in {"crushed", "crushing"} and _CRUSHED_BODY.intersection(before[-3:]):
        return False  # "my chest felt crushed": a weight, not grief (round 33)
    if first in {"love", "like"} and nxt == "to" and before[-1:] in (["would"], ["i'd"], ["'d"]):
        return False  # "would love to hear how it ended for you" (round 33)
    if first == "desperately" and nxt in _DESPERATELY_WHAT:
        return False  # "desperately homesick": how homesick (round 33)
    if first in _PLACE_ADJECTIVES and nxt and nxt not in _AFTER_A_FEELING:
        return False  # "an abandoned factory", "a deserted street"
    if i > 0 and tokens.lower[i - 1] in _THING_BEFORE:
        return False
    if (
        first in {"mad", "crazy", "verrückt", "verrueckt"}
        and i > 0
        and tokens.lower[i - 1] in {"like", "wie"}
    ):
        return False  # "my heart was going like mad": how fast, not anger
    if (
        cue.word.endswith(" lost")
        and i > 0
        and tokens.lower[i - 1] in {"got", "get", "getting", "gets"}
    ):
        return False  # "we got completely lost in the souks": a way lost, not puzzlement (round 44)
    after = i + len(cue.word.split())  # the word after the cue's last
    if (
        cue.word.endswith(" lost")
        and _FELT_LIKE.isdisjoint(cue.word.split())  # ("felt lost in the new shopping centre")
        and after + 1 < len(tokens.lower)
        and (
            tokens.lower[after] == "somewhere"
            or tokens.lower[after] in {"in", "at", "inside"}
            and (
                tokens.lower[after + 1] in {"a", "an", "the"}
                and tokens.lower[after + 2 : after + 3] not in (["dream"], ["moment"])
                or tokens.original[after + 1][:1].isupper()
            )
        )
    ):
        return False  # "I was lost in Tokyo": a place, not puzzlement (round 48)
    if first in {"loved", "liked"} and i > 0 and tokens.lower[i - 1] in {"i'd", "we'd", "had"}:
        return False  # "I was gutted, I'd loved it": the house once loved, no joy now (round 44)
    if _put_on(i, tokens):
        return False  # "I put on the biggest smile, but inside I was rattled" (round 28)
    if _if_i_do(i, tokens):
        return False  # "'if I panic I'll die', so I didn't panic": a condition (round 44)
    if _if_it_were_real(i, tokens):
        return False  # "if this were real I'd be losing my mind with fear" (round 28)
    if _asked_and_denied(i, tokens):
        return False  # "Angst? Null.", "Scared? Nope." (round 28)
    if language == "de" and _FRONTED_NONE.match(" ".join(tokens.lower[i + 1 : i + 8])):
        return False  # "Angst hatte ich komischerweise überhaupt keine" (round 35)
    if first.startswith(("bawl", "yell", "shout", "scream", "holler")) and _TELLING_OFF.match(
        " ".join(tokens.lower[i + 1 : i + 5])
    ):
        return False  # "bawling me out" (scolding), "yelling at her to steer" (round 30)
    if (
        first == "afraid"
        and nxt == "of"
        and tokens.lower[max(0, i - 3) : i][-2:]
        in (["since", "i'm"], ["because", "i'm"], ["as", "i'm"])
    ):
        return False  # "since I'm afraid of heights": the teller's trait (round 30)
    if tokens.lower[i + 1 : i + 3] in (["me", "later"], ["me", "afterwards"], ["me", "afterward"]):
        return False  # "which surprised me later when I thought about it" (round 30)
    if first in _SCOLDED and {"mich", "uns"} & set(_clause_before(i, tokens)):
        return False  # "hat mich vor allen zusammengestaucht": his anger, not mine (round 31)
    if first == "overwhelming" and nxt and nxt not in _AFTER_A_FEELING:
        return False  # "overwhelming tenderness": how strong the feeling after it is (round 31)
    if first in {"awkward", "fiddly"} and nxt == "to":
        return False  # "a parcel, really awkward to hold": a thing's handling (round 31)
    if word == "blessing" and i > 0 and tokens.lower[i - 1] == "the":
        return False  # "meant to do the blessing": the rite (round 28)
    if word == "mad" and (_alone_in_sentence(i, tokens) or _said_of_it(i, tokens)):
        return False  # "Mad.", "it was mad": a remark that it was crazy (round 28)
    if word == "frieden" and tokens.lower[max(0, i - 2) : i] == ["krieg", "und"]:
        return False  # "Krieg und Frieden", the novel (round 27)
    if word == "crush" and i > 0 and tokens.lower[i - 1] in {"my", "a", "his", "her", "their"}:
        return False  # "my crush texted me back": the person one fancies (round 27)
    if word == "piss" and i > 0 and tokens.lower[i - 1] == "the":
        return False  # "taking the piss out of each other": teasing (round 27)
    if any(t in word for t in _TEARS) and (
        _TEARS_OF_FEAR_OR_RAGE.match(" ".join(tokens.lower[i + 1 : i + 4]))
        or _FEAR_OR_RAGE_BEFORE_TEARS.search(" ".join(tokens.lower[max(0, i - 3) : i]))
    ):
        return False  # "sobbing with fear", "vor Wut geheult": the fear's or the rage's tears
    size = len(cue.word.split())
    if (
        cue.name == "sadness"
        and (any(t in word for t in _TEARS) or word in {"choked", "lump"})
        and _TEARS_OF_JOY.match(" ".join(tokens.lower[i + size : i + size + 3]))
    ):
        return False  # "choked up with happiness", "vor Freude geweint": joy's tears (round 38)
    if word in _SCALE_ITEMS and nxt[:1].isdigit():
        return False  # a diary's scale, "Anspannung 20", "anxiety 7/10": a rating (round 38)
    if word == "magic" and nxt in _MAGIC_THINGS:
        return False  # "I did a magic trick": a trick, not wonder (round 38)
    if word.startswith(("smil", "lächel", "gelächelt")) and _FOR_THE_CAMERA.match(
        " ".join(tokens.lower[i + 1 : i + 5])
    ):
        return False  # "smiled for the photos": a pose, not a feeling (round 37)
    if word in {"glück", "glueck"} and (
        (i > 0 and tokens.lower[i - 1] in {"zum", "viel", "kein"})
        or nxt in {"gehabt", "hatte", "hatten"}
        or (i > 0 and tokens.lower[i - 1] in {"hatte", "hatten", "hab", "habe", "hast"})
    ):
        return False  # "zum Glück kam gleich der nächste", "Glück gehabt": luck (round 37)
    if word == "schuld" and i > 0 and tokens.lower[i - 1] == "in":
        return False  # "unser Haus in Schuld": the village on the Ahr (round 27)
    if word == "thrown" and i > 0 and tokens.lower[i - 1] in _PERFECT_EN:
        return False  # "I'd thrown two years away": done, not taken aback (round 27)
    if word in {"love", "darling", "dear"} and (
        _alone_in_clause(i, tokens) or _called_at_the_end(i, tokens)
    ):
        return False  # "which place, love?", "we have to sell it love" (rounds 27, 29)
    after = i + len(cue.word.split())
    if cue.word in {"had a ball", "have a ball", "having a ball"} and tokens.lower[
        after : after + 1
    ] == ["of"]:
        return False  # "I had a ball of wool" (round 29)
    if (
        first in {"howled", "howling", "geheult", "heulte", "heulten"}
        and _WIND_BEFORE.intersection(
            tokens.lower[max(0, i - 3) : i]
            # round 42: the subject after the verb ("Im Traum heulten nachts die Sirenen")
            + [
                k_word
                for k, k_word in enumerate(tokens.lower[i + 1 : i + 4], i + 1)
                if tokens.clause[k] == tokens.clause[i]
            ]
        )
    ):
        return False  # "der Wind hat geheult", "the wind howled" (round 29)
    if (
        first.startswith("cheer")
        and nxt in {"me", "him", "her", "us", "them"}
        and (tokens.lower[i - 1 : i] == ["to"])
    ):
        return False  # "bought me a pint to cheer me up": a purpose, not a feeling (round 42)
    if (
        cue.word in {"lost it", "lose it", "losing it"}
        and tokens.lower[after : after + 1]
        and tokens.lower[after] in _WHERE_A_THING_IS_LOST
    ):
        return False  # "I lost it somewhere in the abbey": the ring, not my temper (round 43)
    if first.startswith(("lach", "gelacht", "laugh", "giggl", "kicher")) and _NERVOUS_LAUGH.search(
        " ".join(
            tokens.lower[k]
            for k in range(i + 1, min(n, i + 12))
            if tokens.sentence[k] == tokens.sentence[i]
        )
    ):
        return False  # "hab gelacht, obwohl ich eigentlich Schiss hatte": nervous (round 43)
    if word == "vermisst" and (
        nxt in {"ist", "sind", "wird", "werden", "war", "waren", "gemeldet"}
        or tokens.lower[i - 1 : i] in (["als"], ["wird"], ["gilt"])
    ):
        return False  # "unser Hund, der seit drei Wochen vermisst ist": missing (round 43)
    if word in {"comfort", "comforted", "comforting"} and (
        tokens.lower[i - 1 : i] == ["to"] or nxt in _COMFORTED_ONES
    ):
        return False  # "tried to comfort her": done for someone, not felt (round 43)
    if (
        cue.word.endswith("boiling")
        and tokens.lower[after : after + 1]
        and tokens.clause[after] == tokens.clause[i]
        and tokens.lower[after] in _BOILED_THINGS
    ):
        return False  # "I was just boiling kettles": cooking, not rage (round 43)
    if word in {"quake", "quakes"} and (
        tokens.lower[i - 1 : i] in (["the"], ["a"], ["that"], ["this"], ["another"], ["big"])
        or (i > 0 and tokens.lower[i - 1].isdigit())
    ):
        return False  # "the 2011 quake", "another quake": an earthquake (round 42)
    if word == "verlegen" and (
        nxt in _MODAL_AFTER_DE or tokens.lower[i - 1 : i] in (["zu"], ["neu"])
    ):
        return False  # "den Schlauch neu verlegen mussten": to lay, not embarrassed (round 42)
    if first in _RAGES and any(
        tokens.lower[k] in _RAGING_THINGS and tokens.clause[k] == tokens.clause[i]
        for k in range(max(0, i - 3), min(n, i + 4))
    ):
        return False  # "the storm raged", "draußen tobte ein Gewitter" (round 37)
    if word in {"aufgelöst", "aufgeloest"} and nxt in {
        "ist",
        "sind",
        "wurde",
        "wurden",
        "worden",
        "hat",
        "haben",
    }:
        return False  # "die Wohnung, die längst aufgelöst ist": cleared, not distraught (round 38)
    if word in {"rattled", "rattling"} and (
        nxt in _MOTION_AFTER or nxt in {"the", "a", "an", "her", "his", "my", "its", "their", "our"}
    ):
        return False  # "the tram rattled past", "rattled her dish": a noise (rounds 29, 33)
    if any(
        tokens.lower[k] in _NAMING and tokens.clause[k] == tokens.clause[i]
        for k in range(max(0, i - 3), i)
    ):
        return False  # "a film called 'The Sad Sailors'", "ein Lied namens ..."
    if (
        first in {"happy", "glad"}
        and nxt == "to"
        and i + 2 < n
        and tokens.lower[i + 2] in _WILLING_TO
    ):
        return False  # "happy to give me a lift": willing
    if (first in _INTENSIFYING_ADVERBS or _uninflected(first) in _INTENSIFYING_ADVERBS) and (
        nxt and " " not in cue.word
    ):
        return False  # "hat sich furchtbar aufgeregt", "furchtbar Angst"
    clause = tokens.clause[i]
    before = [tokens.lower[k] for k in range(max(0, i - 4), i) if tokens.clause[k] == clause]
    if language == "de":
        return not _german_hypothetical(i, tokens)
    return not (language == "en" and _would_have(i, tokens, before))


# After a word of shouting or crying: an object and "out" (scolding), or someone told to do
# something ("yelling at her to steer into the skid")
_TELLING_OFF: Final = re.compile(
    r"(?:me|him|her|them|us|\w+)\s+out\b|at\s+(?:me|him|her|them|us|\w+)\s+to\s+\w+"
)
_SIZES: Final = frozenset({"little", "old", "small", "big", "tiny", "wee", "grey", "gray"})


def _opens_a_clause(i: int, tokens: Tokens) -> bool:
    """Whether token i opens its clause (after a comma, a full stop or "and", "but", "so")."""
    return (
        i == 0
        or tokens.clause[i - 1] != tokens.clause[i]
        or (
            tokens.lower[i - 1] in {"and", "but", "so"}
            and (i < 2 or tokens.clause[i - 2] != tokens.clause[i])
        )
    )


_LOOKED_FOR: Final = frozenset({"expecting", "expected", "waiting", "waited"})
_BUT_I_WASNT: Final = re.compile(
    r"\bbut\s+(?:i\s+)?(?:wasn't|wasnt|was\s+not|didn't|couldn't|just\s+wasn't)\b"
)


def _would_have(i: int, tokens: Tokens, before: list[str] | None = None) -> bool:
    """ "I'd have been scared", "I'd have legged it screaming": a hypothetical, in the four words
    of its clause before the cue (round 28: body cues too)."""
    if before is None:
        clause = tokens.clause[i]
        before = [tokens.lower[k] for k in range(max(0, i - 4), i) if tokens.clause[k] == clause]
        # "awake me would've been clinging to the railing in a cold sweat" (round 32)
        wider = [tokens.lower[k] for k in range(max(0, i - 10), i) if tokens.clause[k] == clause]
        if any(w in {"would've", "would", "wouldve"} for w in wider) and "been" in wider:
            return True
    # ("I realised I'd been happy the whole way": "I'd been" right before the feeling is "I had
    # been", round 39; not "said I'd been found guilty")
    had_been = (
        before[-2:-1] == ["been"] and before[-1] in _INTENSIFIERS | {"this", "that"}
    ) or before[-1:] == ["been"]
    # (round 44: "she'd never been this happy": had never been)
    hypothetical = [
        w
        for k, w in enumerate(before)
        if w in _HYPOTHETICAL
        and not (
            had_been
            and w.endswith("'d")
            and (
                before[k + 1 : k + 2] == ["been"]
                or (before[k + 1 : k + 2] in (["never"], ["ever"], ["always"]))
                and before[k + 2 : k + 3] == ["been"]
            )
        )
    ]
    if hypothetical and any(
        w in {"be", "been", "have", "feel"}
        for w in before  # "you'd think I would feel homesick"
    ):
        return True
    # "I kept expecting to feel sad and just didn't", "waiting to feel sad about it and it
    # never came": a feeling looked for, not had (round 32)
    if _LOOKED_FOR.intersection(before) and before[-2:-1] == ["to"]:
        return True
    # "I wanted to be angry at him but I wasn't" (round 39): a feeling wanted, then denied
    if " ".join(before).endswith(
        ("wanted to be", "wanted to feel", "tried to be", "tried to feel")
    ):
        sentence = tokens.sentence[i]
        after = " ".join(
            tokens.lower[k]
            for k in range(i + 1, min(len(tokens.lower), i + 12))
            if tokens.sentence[k] == sentence
        )
        if _BUT_I_WASNT.search(after):
            return True
    # "if he doesn't show up I'm going to be angry": a feeling promised on a condition (round 30);
    # "if this lift drops I shall be in a right panic" (round 33: six words back)
    clause = tokens.clause[i]
    near = [tokens.lower[k] for k in range(max(0, i - 6), i) if tokens.clause[k] == clause]
    if "be" not in near or not _FUTURE.intersection(near):
        return False
    sentence = tokens.sentence[i]
    k = i
    while k > 0 and tokens.sentence[k - 1] == sentence and k > i - 14:
        k -= 1
    return "if" in tokens.lower[k:i]


# "this'll make you laugh", "you'll laugh", "don't laugh": the listener, not the dream
_MAKES: Final = frozenset({"make", "makes", "made"})


def _to_the_listener(i: int, tokens: Tokens) -> bool:
    """A feeling of whoever the dream is told to ("this'll make you laugh", round 28)."""
    prev = tokens.lower[i - 1] if i > 0 else ""
    return (prev == "you" and i > 1 and tokens.lower[i - 2] in _MAKES) or prev == "you'll"


_TELLING: Final = frozenset({"telling", "tell", "erzählen", "erzähle", "erzähl", "schreiben"})
_LISTENERS: Final = frozenset({"you", "dir", "euch", "ihnen"})


def _telling_it(i: int, tokens: Tokens) -> bool:
    """ "I'm a bit embarrassed telling you this", "peinlich, das zu erzählen": the teller now,
    in the four words after the cue (round 28)."""
    sentence = tokens.sentence[i]
    after = [
        tokens.lower[k]
        for k in range(i + 1, min(len(tokens.lower), i + 5))
        if tokens.sentence[k] == sentence
    ]
    told_then = {"was", "were", "war", "hatte"}.intersection(tokens.lower[max(0, i - 3) : i])
    return not told_then and bool(_TELLING.intersection(after) and _LISTENERS.intersection(after))


# A feeling put first and denied after its verb: "Angst hatte ich aber keine" (round 35)
_FRONTED_NONE: Final = re.compile(
    r"(?:hatte|hab|habe|hatten|verspürte|spürte)\s+ich\s+(?:\w+\s+){0,3}?(?:keine|keinen|kein|null)\b"
)
_SHORT_NOS: Final = (
    ["not", "at", "all"],
    ["überhaupt", "nicht"],
    ["gar", "nicht"],
    ["kein", "bisschen"],
)
_NONE_AT_ALL: Final = frozenset(
    {"null", "nope", "nö", "nee", "nein", "keine", "none", "zero", "nada", "no", "not"}
)


def _asked_and_denied(i: int, tokens: Tokens) -> bool:
    """The cue ends its sentence (a question) and a short answer of none follows."""
    n = len(tokens.lower)
    if i + 1 >= n or tokens.sentence[i + 1] == tokens.sentence[i]:
        return False
    answer = [
        tokens.lower[k]
        for k in range(i + 1, min(n, i + 5))
        if tokens.sentence[k] == tokens.sentence[i + 1]
    ]
    return (len(answer) == 1 and answer[0] in _NONE_AT_ALL) or answer in _SHORT_NOS


_ASKED: Final = frozenset({"asked", "ask", "asking", "wondered", "fragte", "gefragt", "frage"})


def _asked_whether(i: int, tokens: Tokens) -> bool:
    """ "I asked whether she was scared", "gefragt, ob sie Angst hatte": a question, not a
    feeling told (round 28)."""
    before = tokens.lower[max(0, i - 5) : i]
    if "whether" in before or "ob" in before:
        return True
    return "if" in before and bool(_ASKED.intersection(tokens.lower[max(0, i - 7) : i]))


_SMILES: Final = frozenset({"smile", "grin", "lächeln", "grinsen"})
_PUT_ON: Final = frozenset({"put", "forced", "fake", "faked", "faking", "aufgesetzt", "gequält"})


_POLITE: Final = frozenset({"politely", "polite", "höflich", "hoeflich"})
_PRETENDING: Final = frozenset({"pretending", "pretended", "pretend", "faking", "vorgetäuscht"})
_INSIDE: Final = frozenset({"inside", "underneath", "innerlich", "innen"})


def _put_on(i: int, tokens: Tokens) -> bool:
    """A smile put on, forced or faked: a face shown, not a feeling (round 28); smiled
    politely, or kept up while "inside I was a nervous wreck" (round 32)."""
    word = tokens.lower[i]
    if not (word in _SMILES or word.startswith(("smil", "grin", "lächel"))):
        return False
    if _PUT_ON.intersection(tokens.lower[max(0, i - 4) : i]):
        return True
    if _POLITE.intersection(tokens.lower[max(0, i - 1) : i + 2]):
        return True
    sentence = tokens.sentence[i]
    after = [
        tokens.lower[k] for k in range(i + 1, len(tokens.lower)) if tokens.sentence[k] == sentence
    ]
    if _PRETENDING.intersection(after[:6]):
        return True  # "I smiled back, pretending I hadn't noticed" (round 42)
    return any(
        w in {"but", "aber", "doch"} and _INSIDE.intersection(after[k + 1 : k + 3])
        for k, w in enumerate(after)
    )


_IF_REAL: Final = re.compile(
    r"\b(?:if\s+(?:this|it|that)\s+(?:were|was|had\s+been)\s+(?:real|for\s+real|true)"
    r"|wenn\s+(?:das|es)\s+(?:echt|wirklich|real)\s+(?:gewesen\s+)?wäre"
    # round 30: "wenn mir das in echt passiert wäre", "if that had happened in real life"
    r"|wenn\s+(?:mir|uns)?\s*(?:das|es|so\s+etwas|sowas|so\s+was)\s+(?:\w+\s+){0,2}(?:in\s+echt|wirklich|in\s+wirklichkeit|im\s+echten\s+leben)"
    r"\s+(?:\w+\s+)?(?:wäre|würde|passierte)"
    r"|if\s+(?:this|it|that)\s+had\s+(?:really\s+)?happened(?:\s+to\s+me)?\s+(?:in\s+real\s+life|for\s+real|in\s+reality)"
    r"|(?:hätte|haette)\s+(?:mir\s+)?(?:das|es)\s+(?:\w+\s+){0,2}(?:im\s+echten\s+leben|in\s+echt|in\s+wirklichkeit))\b"
)


def _if_it_were_real(i: int, tokens: Tokens) -> bool:
    """A feeling under "if this were real" earlier in its sentence, with no "but" between: a
    hypothetical ("If this was real I'd be scared, but in the dream I felt free" keeps "free")."""
    sentence = tokens.sentence[i]
    k = i
    while k > 0 and tokens.sentence[k - 1] == sentence:
        k -= 1
    before = " ".join(tokens.lower[k:i])
    found = list(_IF_REAL.finditer(before))
    return bool(found) and not _TURN.search(before, found[-1].end())


_TURN: Final = re.compile(r"\b(?:but|aber|doch|instead|stattdessen)\b")


def _alone_in_sentence(i: int, tokens: Tokens) -> bool:
    sentence = tokens.sentence[i]
    return (i == 0 or tokens.sentence[i - 1] != sentence) and (
        i + 1 >= len(tokens.lower) or tokens.sentence[i + 1] != sentence
    )


def _said_of_it(i: int, tokens: Tokens) -> bool:
    """ "it was mad", "that's mad", "how mad is that": said of a thing."""
    before = tokens.lower[max(0, i - 3) : i]
    return bool(before) and (
        before[-1] in {"it's", "that's", "how"}
        or before[-2:] in (["it", "was"], ["that", "was"], ["it", "is"], ["that", "is"])
        or before[-3:] in (["it", "was", "so"], ["that", "was", "so"], ["it", "was", "just"])
    )


_PERFECT_EN: Final = frozenset(
    {"had", "have", "has", "i'd", "i've", "we'd", "we've", "he'd", "she'd", "they'd", "you'd"}
)


_MODAL_AFTER_DE: Final = frozenset(
    {"mussten", "musste", "muss", "müssen", "sollten", "sollte", "wollten", "wollte", "will",
     "kann", "konnten", "konnte", "lassen", "ließ", "werden", "wird", "würde", "sollen"}
)  # fmt: skip
_WIND_BEFORE: Final = frozenset(
    {"wind", "storm", "sturm", "gale", "wolf", "wolves", "wölfe", "sirene", "sirenen", "siren",
     "sirens", "alarm", "motor", "motoren", "engine", "engines"}
)  # fmt: skip
_TEARS_OF_FEAR_OR_RAGE: Final = re.compile(
    r"(?:with|from|out\s+of|in|vor|aus)\s+(?:sheer\s+|pure\s+|lauter\s+|purer\s+)?(?:fear|terror|fright|panic|dread|angst|furcht|panik|schreck"
    # round 46: tears of rage are the anger's ("am Ende hab ich geheult vor Wut")
    r"|rage|anger|fury|frustration|wut|zorn|frust)\b"
)
_FEAR_OR_RAGE_BEFORE_TEARS: Final = re.compile(
    r"\b(?:vor|aus)\s+(?:lauter\s+|purer\s+)?(?:angst|panik|furcht|schreck|wut|zorn|frust)$"
)
_TEARS_OF_JOY: Final = re.compile(
    r"(?:up\s+)?(?:with|of|from|vor|aus)\s+(?:sheer\s+|pure\s+|lauter\s+|purer\s+)?(?:happiness|joy|pride|relief|laughter|freude|glück|stolz|rührung|erleichterung)\b"
)
# the items of a mood diary's scales, rated with a number after them
_SCALE_ITEMS: Final = frozenset(
    {"anspannung", "tension", "angst", "anxiety", "stress", "wut", "anger", "trauer", "sadness",
     "fear", "panik", "panic", "unruhe", "druck"}
)  # fmt: skip
_MAGIC_THINGS: Final = frozenset(
    {"trick", "tricks", "show", "act", "wand", "kit", "set", "spell", "spells", "carpet", "marker",
     "number", "circle", "mushrooms", "hat"}
)  # fmt: skip
_FOR_THE_CAMERA: Final = re.compile(
    r"(?:for|into|at)\s+(?:the\s+|a\s+)?(?:photos?|pictures?|camera|photographer|selfie)\b"
    r"|(?:für|in)\s+(?:das|die|ein)\s+(?:foto|fotos|kamera)\b"
)
_RAGES: Final = frozenset(
    {"raged", "raging", "rages", "rage", "tobte", "tobten", "tobt", "getobt", "wütete", "wüteten",
     "wütet", "gewütet", "wuetete", "wuetet", "gewuetet"}
)  # fmt: skip
_RAGING_THINGS: Final = frozenset(
    {"storm", "storms", "sea", "fire", "fires", "flames", "waves", "wind", "gale", "blizzard",
     "hurricane", "tornado", "river", "flood", "torrent", "thunderstorm", "sturm", "gewitter",
     "unwetter", "meer", "see", "feuer", "flammen", "wellen", "orkan", "brand", "fluss",
     "sturmflut", "hochwasser", "wasser", "water", "battle", "schlacht", "krieg", "war"}
)  # fmt: skip
_MOTION_AFTER: Final = frozenset(
    {"past", "along", "through", "over", "around", "round", "down", "up", "off", "away", "on", "in",
     "vorbei", "durch"}
)  # fmt: skip
_BODY_PARTS: Final = frozenset(
    {"body", "blood", "hands", "legs", "arms", "face", "heart", "whole", "room", "crowd"}
)  # fmt: skip


def _a_thing_froze(i: int, tokens: Tokens, language: Language) -> bool:
    """ "the gravy froze", "the screen froze", "the windows trembled", "die Fenster zitterten":
    a thing froze or shook, after "the"/"der"/"die"/"das" (and an adjective: "the whole house
    shook") as its subject, not a person, a body part or a room full of people (round 33: the
    shaking too, not after a preposition: "my hands on the table were shaking")."""
    word = tokens.lower[i]
    if word != "froze" and not word.startswith(_SHAKES):
        return False
    k = i - 1
    if k >= 0 and tokens.lower[k] in _SHAKE_AUX:
        k -= 1  # "the bridge was shaking", "die Wände haben gebebt"
    noun = k
    if noun < 1 or tokens.clause[noun] != tokens.clause[i]:
        return False
    det = noun - 1 if tokens.lower[noun - 1] in _THE else noun - 2
    if det < 0 or tokens.lower[det] not in _THE or tokens.clause[det] != tokens.clause[i]:
        return False
    if det > 0 and tokens.lower[det - 1] in _PREPOSITIONS | _MORE_PREPOSITIONS:
        return False
    return not (
        _person_word(noun, tokens, language)
        or tokens.lower[noun] in _BODY_PARTS
        or tokens.lower[noun] in _MY
    )


_SHAKES: Final = ("trembl", "shak", "shook", "quiver", "zitter", "bebt", "gebebt", "wackel")
_SHAKE_AUX: Final = frozenset(
    {"was", "were", "kept", "began", "started", "hat", "haben", "hatte", "hatten", "all"}
)
_THE: Final = frozenset({"the", "der", "die", "das", "den", "alle"})
_MORE_PREPOSITIONS: Final = frozenset(
    {"on", "in", "under", "over", "into", "onto", "through", "across", "inside", "beneath",
     "below", "im", "auf", "an", "durch", "hinter"}
)  # fmt: skip


_CALLED_AFTER: Final = frozenset(
    {"it", "you", "that", "this", "there", "then", "now", "here", "ok", "okay", "alright",
     "thanks", "yes", "no", "sorry", "on", "up", "down", "in", "out", "home"}
)  # fmt: skip


def _called_at_the_end(i: int, tokens: Tokens) -> bool:
    """ "we have to sell it love", "come on love": a word closing its clause after a pronoun,
    an adverb or an interjection is the one addressed (not "in love", "so much love")."""
    return (
        i > 0
        and tokens.clause[i - 1] == tokens.clause[i]
        and tokens.lower[i - 1] in _CALLED_AFTER
        and (i + 1 >= len(tokens.lower) or tokens.clause[i + 1] != tokens.clause[i])
    )


def _alone_in_clause(i: int, tokens: Tokens) -> bool:
    """Whether token i is a clause of its own (", love,")."""
    clause = tokens.clause[i]
    return (i == 0 or tokens.clause[i - 1] != clause) and (
        i + 1 >= len(tokens.lower) or tokens.clause[i + 1] != clause
    )


_WH_WORDS: Final = frozenset({"how", "what", "where", "when", "which", "who", "whether"})


def _planning_how_to(cue: Cue, tokens: Tokens) -> bool:
    """ "trying to work out how to tell her": planning what to do, not puzzlement ("trying to
    work out how it had happened" stays confusion), round 27."""
    words = cue.word.split()
    if words[0] not in {"trying", "tried", "try"} or words[-1] != "out":
        return False  # "couldn't work out how to get out" is still lost
    end = cue.position + len(cue.word.split())
    after = tokens.lower[end : end + 3]
    return bool(after) and after[0] in _WH_WORDS and "to" in after[1:]


_SUBJUNCTIVE_DE: Final = frozenset(
    {"hätte", "hätt", "wäre", "wär", "würde", "würd", "würden", "hätten", "wären", "müsste",
     "müßte", "sollte", "haette", "waere", "wuerde", "wuerden", "haetten", "waeren", "muesste"}
)  # fmt: skip
# "obwohl ich eigentlich sauer auf ihn sein müsste": a feeling owed, not felt (round 49)
_OUGHT_TO_BE_DE: Final = frozenset(
    {"müsste", "muesste", "müssten", "muessten", "sollte", "sollten", "könnte", "koennte",
     "dürfte", "duerfte"}
)  # fmt: skip
_UNREAL_DE: Final = frozenset(
    {
        "gehabt",
        "gewesen",
        "geworden",
        "ausgerastet",
        "ausgeflippt",
        "durchgedreht",
        "gestorben",
        "sterben",
        "bekommen",
        "gekriegt",
        "kriegen",
        "erschreckt",
        "erschrocken",
        "gefreut",
        "geärgert",
        "gefürchtet",
        "geschämt",
        # round 36: "Wenn ich wach gewesen wäre, hätte ich wahrscheinlich geheult"
        "geheult",
        "geweint",
        "geflennt",
        "geschluchzt",
        "geschrien",
        "gelacht",
        "gezittert",
        "geschoben",  # round 42: "hätte ich bestimmt Panik geschoben"
    }
)


_SALUTATION_DE: Final = frozenset({"liebe", "lieber", "liebes", "liebste", "liebster"})
_OTHERWISE_DE: Final = frozenset({"normalerweise", "sonst", "eigentlich", "gewöhnlich"})


def _german_hypothetical(i: int, tokens: Tokens) -> bool:
    """ "Wenn mir das in echt passiert wäre, hätte ich voll Panik gehabt", "wäre ich total
    ausgerastet": a feeling the dreamer would have had, not one they had. "Ich wäre vor Angst
    fast gestorben" and "ich hätte heulen können" are felt."""
    if _thought_if_then(i, tokens):
        return True
    clause = tokens.clause[i]
    k = i - 1
    subjunctive = False
    while k >= 0 and tokens.clause[k] == clause and k >= i - 8:
        if tokens.lower[k] in _SUBJUNCTIVE_DE:
            subjunctive = True
        k -= 1
    after = [
        tokens.lower[j]
        for j in range(i + 1, min(len(tokens.lower), i + 6))
        if tokens.clause[j] == clause
    ]
    if "sein" in after and _OUGHT_TO_BE_DE.intersection(after):
        return True
    if subjunctive and any(
        tokens.lower[j] in {"müssen", "sollen"}
        for j in range(i + 1, min(len(tokens.lower), i + 9))
        if tokens.clause[j] == clause
    ):
        return True  # "hätte ich mich freuen müssen", "vor Angst in die Hose machen müssen"
    # "Normalerweise hätte ich da vor Panik das Lenkrad verrissen": what would have happened
    # otherwise, not what did (round 32)
    before = [tokens.lower[j] for j in range(max(0, i - 8), i) if tokens.clause[j] == clause]
    if subjunctive and _OTHERWISE_DE.intersection(before):
        return True
    # "Wenn ich ihm in echt begegnen würde, wäre ich wahrscheinlich stinkwütend": the clause
    # of "wenn" before it makes it so (round 40)
    if subjunctive and _if_unreal_before(i, tokens):
        return True
    # "ich wäre vor Angst fast gestorben" was felt; "würde ich vor Angst sterben" would be
    if not subjunctive or (
        i > 0 and tokens.lower[i - 1] == "vor" and "würde" not in tokens.lower[max(0, i - 5) : i]
    ):
        return False
    after = [
        tokens.lower[j]
        for j in range(i, min(len(tokens.lower), i + 4))
        if tokens.clause[j] == clause
    ]
    return bool(set(after) & _UNREAL_DE) and "können" not in after


# Neuter creatures a German dream goes on about as "es" (round 43)
_NEUTER_CREATURES_DE: Final = frozenset(
    {"kaninchen", "kind", "baby", "pferd", "tier", "büsi", "buesi", "kätzchen", "kaetzchen",
     "schwein", "mädchen", "maedchen", "lamm", "kalb", "fohlen", "küken", "kueken", "reh",
     "eichhörnchen", "eichhoernchen", "meerschweinchen", "schaf", "zebra", "nashorn", "krokodil",
     "pony", "huhn", "nilpferd", "känguru", "kaenguru", "kamel", "faultier", "wiesel", "frettchen",
     "häschen", "haeschen", "hündchen", "huendchen", "vögelchen", "voegelchen", "entchen",
     "schweinchen", "ferkel", "kälbchen", "kaelbchen", "hasi", "mäuschen", "maeuschen"}
)  # fmt: skip
_IT_IS_DE: Final = frozenset(
    {"war", "ist", "isch", "wurde", "wirkte", "sah", "schien", "heig", "het", "hatte", "hat"}
)
# What "es war ..." says of a scene, not of a creature ("es war schrecklich")
_SCENE_WORDS_DE: Final = frozenset(
    {"schrecklich", "furchtbar", "schlimm", "gruselig", "unheimlich", "komisch", "seltsam",
     "merkwürdig", "peinlich", "lustig", "schön", "schoen", "beängstigend", "bedrohlich",
     "verwirrend", "traurig"}
)  # fmt: skip


def _a_creature_as_es(position: int, tokens: Tokens) -> bool:
    """Whether the cue's clause has "es" as its subject right before it, and a neuter creature
    was named before in the sentence or the one before it."""
    clause = tokens.clause[position]
    back = [
        tokens.lower[k] for k in range(max(0, position - 4), position) if tokens.clause[k] == clause
    ]
    if "es" not in back or not _IT_IS_DE.intersection(back):
        return False
    word = tokens.lower[position]
    sentence = tokens.sentence[position]
    earlier = [
        tokens.lower[k]
        for k in range(max(0, position - 40), position)
        if tokens.sentence[k] >= sentence - 1
    ]
    if word in _SCENE_WORDS_DE:
        return False  # "es war furchtbar": the scene's, told by the dreamer
    if _DREAMER_OBJECTS.intersection(back[back.index("es") + 1 :]):
        return False  # "hat es mich angefressen", "es wurde mir mulmig": mine
    return any(w in _NEUTER_CREATURES_DE for w in earlier)


_THOUGHT_DE: Final = frozenset(
    {"gedacht", "dachte", "dacht", "denk", "denke", "überlegt", "ueberlegt"}
)


def _if_i_do(i: int, tokens: Tokens) -> bool:
    """The feeling as the condition of an English "if" ("if I panic I'll die", "if we get
    scared"), in its own clause: thought of, not felt."""
    clause = tokens.clause[i]
    for k in range(i - 1, max(-1, i - 4), -1):
        if tokens.clause[k] != clause:
            return False
        if tokens.lower[k] in {"if", "unless"}:
            return k + 1 < i and tokens.lower[k + 1] in {"i", "i'm", "we", "we're"}
    return False


def _thought_if_then(i: int, tokens: Tokens) -> bool:
    """ "Ich hab gedacht, wenn das stimmt, fall ich aus allen Wolken": a feeling thought of for
    a condition, in the present tense, is not felt (round 43)."""
    start = i
    while start > 0 and tokens.sentence[start - 1] == tokens.sentence[i]:
        start -= 1
    clause = tokens.clause[i]
    before = [k for k in range(start, i) if tokens.clause[k] != clause]
    opens = [k for k in before if tokens.lower[k] == "wenn"]
    if not opens:
        return False
    # the cue's clause comes right after the one of "wenn" (not "..., und hatte Angst")
    between = {tokens.clause[k] for k in before if k >= opens[-1]}
    thought = {tokens.lower[k] for k in before if k < opens[-1]}
    return len(between) == 1 and bool(_THOUGHT_DE & thought)


def _if_unreal_before(i: int, tokens: Tokens) -> bool:
    """Whether the sentence opens, before the cue's clause, with "wenn" and a subjunctive."""
    start = i
    while start > 0 and tokens.sentence[start - 1] == tokens.sentence[i]:
        start -= 1
    clause = tokens.clause[i]
    before = [tokens.lower[k] for k in range(start, i) if tokens.clause[k] != clause]
    if before and before[0] == "wenn" and _SUBJUNCTIVE_DE.intersection(before):
        return True
    # round 42: the condition as an inverted clause ("Wär das echt gewesen, hätte ich bestimmt
    # Panik geschoben")
    if before and before[0] in _SUBJUNCTIVE_DE and {"gewesen", "echt", "wirklich"} & set(before):
        return True  # (round 43: "Wär das echt, wär ich durchgedreht vor Angst")
    # round 41: a "wenn" clause after someone's words, the cue's own clause subjunctive ("mein
    # Kumpel meinte, wenn das Pferd verliert, würd ich mich schwarz ärgern")
    own = [tokens.lower[k] for k in range(start, i + 1) if tokens.clause[k] == clause]
    return "wenn" in before and bool(_SUBJUNCTIVE_DE.intersection(own))


def _uninflected(word: str) -> str:
    """A German adjective without its ending ("furchtbares" -> "furchtbar")."""
    for ending in ("es", "en", "er", "em", "e"):
        if word.endswith(ending) and len(word) > len(ending) + 4:
            return word[: -len(ending)]
    return word


_MID_CAPITALS: list[tuple[Tokens, frozenset[str]]] = []  # the last text's, computed once


def _mid_sentence_capitals(tokens: Tokens) -> frozenset[str]:
    """Words written with a capital inside a sentence (names, titles), once per text."""
    last = _MID_CAPITALS[0] if _MID_CAPITALS else None
    if last is not None and last[0] is tokens:
        return last[1]
    found = [
        tokens.original[k]
        for k in range(1, len(tokens.original))
        if tokens.sentence[k - 1] == tokens.sentence[k] and tokens.original[k][:1].isupper()
    ]
    # "my daughter Melissa's wedding ... Melissa came up the aisle beaming" (round 26)
    capitals = frozenset(found + [w[:-2] for w in found if w.endswith(("'s", "’s")) and len(w) > 3])
    _MID_CAPITALS[:] = [(tokens, capitals)]
    return capitals


def _named_elsewhere(i: int, tokens: Tokens) -> bool:
    """Whether the capitalised word at the start of a sentence is capitalised in the middle of
    one elsewhere too ("My friend Joy ... Joy was furious"): a name."""
    return tokens.original[i] in _mid_sentence_capitals(tokens)


_REFLEXIVE_ANNOYED: Final = frozenset({"aufgeregt", "regte", "aufregte", "aufregen"})
_PERFECT_AUX: Final = frozenset({"hab", "habe", "hat", "hatte", "haben", "hatten", "hast"})


_SCENERY_FEAR: Final = frozenset(
    {"scary", "creepy", "spooky", "eerie", "terrifying", "frightening", "gruselig", "unheimlich",
     "beängstigend"}
)  # fmt: skip
_IT_WAS: Final = frozenset(
    {"it was", "that was", "this was", "es war", "das war", "war es", "war das"}
)
_DEGREE: Final = frozenset(
    {"so", "really", "very", "super", "pretty", "quite", "kind", "of", "kinda", "actually",
     "honestly", "genuinely", "properly", "seriously", "echt", "voll", "total", "richtig", "ganz",
     "schon", "sehr", "ziemlich", "mega", "extrem", "irgendwie", "einfach"}
)  # fmt: skip


def _said_of_the_moment(i: int, tokens: Tokens) -> bool:
    """Whether a word like "scary" is said of the moment, not of a thing: "it was (so) scary",
    "das war echt gruselig" with nothing after it in its clause ("it was a scary film" and "the
    house was creepy" describe a thing and stay uncoded)."""
    clause = tokens.clause[i]
    if i + 1 < len(tokens.lower) and tokens.clause[i + 1] == clause:
        return False
    j = i - 1
    while j >= 0 and tokens.clause[j] == clause and tokens.lower[j] in _DEGREE:
        j -= 1
    return (
        j >= 1
        and tokens.clause[j - 1] == clause
        and (f"{tokens.lower[j - 1]} {tokens.lower[j]}" in _IT_WAS)
    )


# Words of ease HVdC codes only as a felt state ("felt so safe", "fühlte mich so geborgen");
# "calm" and "relaxed" stay uncoded even then, as the coders of the sets read them.
_CONTENT_WORDS: Final = frozenset(
    {"safe", "cosy", "cozy", "comfortable", "geborgen", "sicher", "gemütlich", "behaglich"}
)  # fmt: skip
_VERY: Final = frozenset(
    {"so", "completely", "totally", "utterly", "really", "very", "perfectly", "absolutely",
     "ganz", "total", "völlig", "richtig", "sehr", "vollkommen"}
)  # fmt: skip
_FEEL_VERBS: Final = frozenset({"felt", "feel", "feeling", "fühlte", "gefühlt", "fühle"})


def _felt_very(i: int, tokens: Tokens) -> bool:
    """Whether word i follows an intensifier and, within four words before, a verb of feeling
    ("I felt so warm and safe", "feeling so cosy", "ich hab mich so geborgen gefühlt")."""
    sentence = tokens.sentence[i]  # across "warm and safe"
    near = [tokens.lower[k] for k in range(max(0, i - 5), i) if tokens.sentence[k] == sentence]
    after = [tokens.lower[k] for k in range(i + 1, min(len(tokens.lower), i + 2))]
    return (
        bool(near)
        and bool(set(near[-3:]) & _VERY)
        and bool(set(near) & _FEEL_VERBS or set(after) & _FEEL_VERBS)
    )


_FELT_NOUNS: Final[dict[str, HvdcClass]] = {
    "fear": "apprehension", "horror": "apprehension", "surprise": "confusion",
    "shock": "confusion", "schock": "confusion",
}  # fmt: skip


def _felt_as_noun(i: int, tokens: Tokens) -> bool:
    """A feeling noun said as felt ("sick with fear", "in horror", "to my surprise", "I felt
    fear"), not a thing talked of ("my fear of heights", "a surprise party")."""
    before = tokens.lower[max(0, i - 2) : i]
    if not before or tokens.clause[i - 1] != tokens.clause[i]:
        return False
    after = tokens.lower[i + 1] if i + 1 < len(tokens.lower) else ""
    if before[-1] in {"the", "this", "that"} and after in _COMES_OVER:
        return True  # "then the fear comes up through my feet" (round 27)
    if before[-1] in _SHEER and after not in {"of", "vor"}:
        return True  # "Pure fear at first, my legs just went" (round 39), not "pure fear of"
    return before[-1] in {"with", "in", "felt", "vor"} or before in (["to", "my"], ["to", "our"])


_SHEER: Final = frozenset(
    {"pure", "sheer", "utter", "blind", "raw", "absolute", "blanke", "nackte"}
)


# What a feeling does when it arrives ("the fear came over me", "the horror rose").
_COMES_OVER: Final = frozenset(
    {"comes", "came", "rose", "rises", "hit", "hits", "washed", "washes", "took", "takes",
     "gripped", "grips", "crept", "creeps", "swept", "sweeps", "filled", "fills", "kicked",
     "kicks", "set", "sets", "welled", "wells", "surged", "surges"}
)  # fmt: skip


_MY_FAULT_AFTER: Final = re.compile(
    r"(?:like|as\s+if|as\s+though)\s+(?:it|this|that)\s+(?:was|were)\s+(?:all\s+)?my\s+fault\b"
    # "I felt awful and apologised like ten times", "... like the worst mum in the world"
    r"|and\s+(?:kept\s+)?(?:apologi[sz]ed|apologi[sz]ing|said\s+sorry|saying\s+sorry)\b"
    r"|like\s+(?:the\s+|a\s+)?(?:worst|terrible|awful|useless|bad)\s+(?:mum|mom|mother|dad|father|parent|person|friend|wife|husband|daughter|son|teacher|nurse)\b"
)


def context_class(cue: Cue, tokens: Tokens) -> HvdcClass | None:
    """A class the clause gives a cue instead of its own: "hat sich über den Baum aufgeregt"
    is annoyance (anger), "ich war aufgeregt" stays nervousness; "it was scary" is the
    dreamer's fear, "a scary film" is none."""
    i = cue.position
    if tokens.lower[i] in _FELT_NOUNS and _felt_as_noun(i, tokens):
        return _FELT_NOUNS[tokens.lower[i]]  # "sick with fear", "to my surprise", "vor Schreck"
    if tokens.lower[i] in _SCENERY_FEAR:
        return "apprehension" if _said_of_the_moment(i, tokens) else None
    if tokens.lower[i] in _CONTENT_WORDS and _felt_very(i, tokens):
        return "happiness"  # "I felt so warm and safe", not "a safe place" (round 27)
    if cue.name == "sadness":
        after = i + len(cue.word.split())
        if _MY_FAULT_AFTER.match(" ".join(tokens.lower[after : after + 8])):
            return "apprehension"  # "I felt awful, like it was all my fault": guilt (round 44)
    if tokens.lower[i] not in _REFLEXIVE_ANNOYED:
        return None
    clause = tokens.clause[i]
    words = {tokens.lower[k] for k in range(max(0, i - 6), i) if tokens.clause[k] == clause}
    reflexive = words & {"sich", "mich", "uns", "dich"}
    if reflexive and (
        words & {"über", "ueber"}
        or "sich" in words
        or words & _PERFECT_AUX
        # round 42: the perfect's "hab" said once for two verbs ("Ich hab an die Scheibe
        # gehämmert und mich tierisch aufgeregt")
        or ({"und", "and"} & words and not words & {"war", "bin", "ist", "wurde", "wäre"})
    ):
        return "anger"  # "hab mich tierisch aufgeregt": upset with someone
    return None


_AWAKE_ASIDE: Final = re.compile(
    r"\b(?:in\s+real\s+life|irl|in\s+waking\s+life|when\s+(?:i'm\s+|i\s+am\s+)?awake"
    r"|now\s+(?:that\s+)?(?:i'm|i\s+am)\s+(?:awake|up)|jetzt\s+im\s+wachen|im\s+echten"
    r"\s+leben|im\s+wachen\s+leben|in\s+wirklichkeit|wenn\s+ich\s+wach\s+bin)\b"
    # round 40: the writer's present word on the dream ("I'm so sick of this one")
    r"|\b(?:i'm|i\s+am)\s+(?:so\s+|really\s+|getting\s+|just\s+)?(?:sick|tired|fed\s+up)\s+of\s+(?:this|these|that)"
    r"\s+(?:one|dream\w*|nightmare\w*|lift\s+dream)\b"
    # round 42: a remark on the dream once awake ("which surprised me when I woke up", "was mich
    # beim Aufwachen gewundert hat")
    r"|\b(?:which|that|this|it)\s+(?:really\s+|kind\s+of\s+|kinda\s+)?\w+\s+me\s+(?:\w+\s+)?(?:when|after|once|as\s+soon\s+as)\s+i\s+woke\b"
    r"|\bwas\s+mich\s+(?:\w+\s+)?(?:beim|nach\s+dem)\s+aufwachen\b"
)
# the real performance ahead, awake, anywhere in the feeling's sentence (round 38: "I have the
# real exam on Thursday and I'm bricking it", "Jetzt bin ich vor dem echten Konzert aufgeregt")
_THE_REAL_ONE: Final = re.compile(
    r"\b(?:(?:the|my)\s+real\s+(?:exam|test|concert|gig|interview|presentation|speech|performance|audition|match|recital"
    # round 39: "then my real phone buzzed at five in the morning and I was furious"
    r"|phone|mobile|alarm)|mein\s+echtes\s+handy"
    r"|(?:vor|nach)\s+(?:dem|der|meinem|meiner)\s+echten|(?:das|die|den|der)\s+echte[n]?\s+(?:prüfung|konzert|auftritt|rede|vorspiel|vorstellungsgespräch))\b"
)


def awake_aside(cue: Cue, tokens: Tokens) -> bool:
    """Whether a cue is said of waking life ("I'm nervous of dogs when awake", "in real life I
    hate heights"): the words of its clause and the four after it say so."""
    i, clause = cue.position, tokens.clause[cue.position]
    first = i
    while first > 0 and tokens.clause[first - 1] == clause:
        first -= 1
    last = i
    while last + 1 < len(tokens.lower) and tokens.clause[last + 1] == clause:
        last += 1
    last = min(len(tokens.lower) - 1, max(last, i + 4))
    if tokens.sentence[last] != tokens.sentence[i]:
        last = i
        while last + 1 < len(tokens.lower) and tokens.sentence[last + 1] == tokens.sentence[i]:
            last += 1
    span = " ".join(tokens.lower[first : last + 1])
    if _AWAKE_ASIDE.search(span) and not _NEVER_SO_AWAKE.search(span):
        return True
    start = i
    while start > 0 and tokens.sentence[start - 1] == tokens.sentence[i]:
        start -= 1
    end = i
    while end + 1 < len(tokens.lower) and tokens.sentence[end + 1] == tokens.sentence[i]:
        end += 1
    if _THE_REAL_ONE.search(" ".join(tokens.lower[start : end + 1])):
        return True
    # ... or its sentence opens with it and tells no dream ("Im echten Leben ist alles gut mit
    # uns, zum Glück", "In real life we're fine, thank goodness"), round 31
    words = tokens.lower[start : last + 1]
    return bool(_AWAKE_OPENING.match(" ".join(words[:4]))) and not any(
        w.startswith(("dream", "traum", "träum", "geträum")) for w in words
    )


# the dream's feeling measured against waking life, still the dream's (round 38: "I felt at peace
# in a way I never manage when I'm awake", "wie ich es im wachen Leben nie schaffe")
_NEVER_SO_AWAKE: Final = re.compile(
    r"\b(?:in\s+a\s+way|like)\s+i\s+(?:never|rarely|seldom|don't|do\s+not|can't|cannot)\b"
    r"|\bwie\s+(?:ich\s+(?:es\s+)?)?(?:\w+\s+){0,3}(?:nie|selten|kaum)\b"
)
_AWAKE_OPENING: Final = re.compile(
    r"(?:(?:and|but|und|aber)\s+)?(?:in\s+real\s+life|irl|im\s+echten\s+leben|in\s+echt"
    r"|in\s+wirklichkeit)\b"
)


_FELT_BAD: Final = re.compile(r"^felt\s+(?:so\s+|really\s+)?(?:bad|awful|terrible|horrible)$")


_GUILT: Final = frozenset({"guilt", "shame"})


def class_among(cue: Cue, cues: list[Cue], tokens: Tokens) -> HvdcClass | None:
    """A class the cues around one give it: "felt awful" is sadness (a loss: "I felt awful, I'd
    never see him again"), but guilt where guilt or shame is said in its sentence ("I broke
    her vase, I felt awful and guilty")."""
    sentence = tokens.sentence[cue.position]
    if cue.name == "sadness" and any(t in cue.word for t in _TEARS):
        # "the guilt was like a weight, I drove back crying": the tears of that guilt (round 27)
        near = [
            c
            for c in cues
            if c is not cue
            and tokens.sentence[c.position] == sentence
            and c.experiencer
            == cue.experiencer  # (not "cried while he stood there looking guilty")
        ]
        if any(c.name in _GUILT and c.source == "word" for c in near) and not any(
            c.name in {"sadness", "loneliness", "longing"} for c in near
        ):
            return "apprehension"
        return None
    if not _FELT_BAD.match(cue.word):
        return None
    if any(
        c.name in {"guilt", "shame"}
        and tokens.sentence[c.position] == sentence
        and c.experiencer == cue.experiencer
        for c in cues
    ):
        return "apprehension"
    return None


def we_share(cue: Cue, tokens: Tokens) -> bool:
    """Whether a dreamer's cue is said of "we"/"wir" (the dreamer and others: "we were all
    scared", "wir haben uns riesig gefreut"): the other characters feel it too."""
    i = cue.position
    if set(cue.word.split()) & {"me", "my", "mir", "mich", "mein"}:
        return False  # "the whole thing gave me the creeps"
    clause, sentence = tokens.clause[i], tokens.sentence[i]
    j = i - 1
    while j >= 0 and tokens.sentence[j] == sentence:
        word = tokens.lower[j]
        if word in {"we", "wir"} or (word in _BOTH and tokens.clause[j] == clause):
            return True  # ("meine Schwester und ich ... beide Freudentränen geweint")
        if word in {"i", "ich", "me", "mir", "mich", "my", "mein", "meine"}:
            return False
        if tokens.clause[j] != clause and word in {"he", "she", "they", "er", "sie"}:
            return False
        j -= 1
    return False
