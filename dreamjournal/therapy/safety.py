"""Crisis-language check (suicide, self-harm; English and German) and where to find help.

What is flagged follows what clinical screening asks (C-SSRS, PHQ-9 item 9, ASQ), for the writer
themselves, now or recently, in any register (lowercase, typos, slang, no keyword):

    passive_wish             wish to be dead or not to wake up, "everyone would be better off
                             without me", "nobody would notice if I was gone"
    active_thoughts          thoughts of killing oneself, "been thinking about how to end things"
    plan                     method, place or time ("I know which bridge", "after christmas")
    preparation              pills saved, rope bought, goodbye letters, pets and things given away
    attempt                  an attempt, recent or undated
    self_harm                self-harm, past or present ("cut myself again", "started again", "svv")
    hopelessness_death_wish  hopelessness joined to a wish to be dead ("no way out", "kann nicht mehr")

What is not: idioms ("this traffic is killing me", "todmüde", "ich lach mich tot"), dream content
("I dreamt my grandfather died", "in the dream I jumped"), other people ("my friend said she wanted
to die"), explicit denials ("I'm not suicidal", "ich bring mich nicht um"), fiction, and a past
episode the writer says is over ("two years ago I wanted to die; today I'm grateful I'm still here").
A denial never cancels a statement whose negation *is* the crisis ("I don't want to live anymore").
When in doubt, flag: a flag only shows help lines calmly and pauses sending and sharing until the
person confirms; a miss can cost a life.

How: the text is normalised (lower case, umlauts spelled out, common slang and one-letter typos of
key words corrected), cut into sentences, and matched against patterns per category; each match is
then checked for a denial, another person as its subject, a dream frame and a joke marker.
A second stage (`crisis_concepts.py`) then looks, per sentence, for *concepts* rather than phrases
(a wish or a thought joined to death, a method joined to a step or to "too many", a harm act on
one's own body with intent, hopelessness with an ending, plans, preparation), found through the
project's Snowball stems, one-letter typos and German compounds, with narrow exclusions; it adds
only sentences the patterns did not already catch. A third stage (`crisis_model.py`), for a text
neither caught, is a small logistic-regression classifier trained offline on varied phrasings
(`scripts/train_crisis_model.py`), over lexical features and sentence vectors
(`crisis_embedding.py`); it does not read a sentence where the patterns found a crisis phrase
explicitly denied. A dream told over several sentences that ends in waking is dream content for
all stages. Deterministic, offline, about linear in the text's length (300 English words:
~55-60 ms since round 18, the sentence encoder most of it; see bench/analysis_speed.py).
"""

# ruff: noqa: E501
# (The pattern tables below read best one alternative per line, even past 100 columns.)
from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from pydantic import BaseModel, ConfigDict, Field

from dreamjournal.analysis import Language, detect_language, dream_signs_of
from dreamjournal.analysis.dictionary import is_word
from dreamjournal.analysis.lexicon import load_lexicon, one_edit
from dreamjournal.analysis.regex_gate import Gated, Needles
from dreamjournal.analysis.text import normalize
from dreamjournal.i18n import message
from dreamjournal.therapy.crisis_concepts import (
    _AWAKE_NOW,
    _PRESENT_VOICE,
    _THOUGHT,  # words of thinking: a denial before one of them reaches further back
    _TIME_LIMIT,
    _WAKE,
    DIARY_ITEM_WORDS,
    NOT_BECAUSE,
    NOT_ONCE,
    WORDS_AS_TYPED,
    after_the,
    concept_hits,
    concepts_of,
    german_concept_words,
)
from dreamjournal.therapy.crisis_embedding import blas_controller
from dreamjournal.therapy.crisis_frames import (
    A_THING_NOT_LIFE,
    FOREVER_NOT_LIKE_THIS,
    HELPLINE,
    MY_OWN_WISH,
    NO_VOICE_SAYS,
    OTHER_PEOPLE,
    OTHERS_NAMES,
    WISH_NOW,
    a_game_named,
    an_idiom,
    classifier_skips,
    denied_or_others,
    denied_or_quoted,
    framed,
    meant_otherwise,
    media_told,
    not_this_but_that,
    others_sentences,
    own_move,
    provisional,
    quoted_at,
    reassured,
    taken_up,
    writers_present,
)
from dreamjournal.therapy.crisis_model import (
    EVIDENCE_CONCEPTS,
    CrisisModel,
    dense_features,
    load_model,
    model_hits,
)
from dreamjournal.therapy.crisis_past import SURVIVAL_REGRETTED, TIME_SET_DE

CATEGORIES: Final = (
    "passive_wish",
    "active_thoughts",
    "plan",
    "preparation",
    "attempt",
    "self_harm",
    "hopelessness_death_wish",
)


class CrisisAssessment(BaseModel):
    """Whether a text contains crisis language, the phrases that triggered it, and their kinds."""

    model_config = ConfigDict(frozen=True)

    flagged: bool
    matches: list[str]
    language: Language
    categories: list[str] = Field(default_factory=list)  # a subset of CATEGORIES, in that order


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
    description_key: str = ""

    def describe(self, lang: str) -> str:
        """The description in `lang` (the catalogue's text for `description_key`)."""
        return message(self.description_key, lang) if self.description_key else self.description


@dataclass(frozen=True, slots=True)
class _Pattern:
    """One crisis phrase pattern of a category."""

    category: str
    regex: re.Pattern[str]
    negation_is_the_crisis: bool = False  # "don't want to live": a negator must not cancel it
    context: re.Pattern[str] | None = None  # must also occur somewhere in the text
    first_person: bool = False  # the sentence must speak of the writer (I, me, ich, mir...)
    gate: Gated | None = None  # a pre-test: skipped where it cannot match (regex_gate)
    # the others it names are those kept from knowing ("er weiss nicht wieso"), not at risk
    kept_from_others: bool = False
    # it names the everyday frame and gives it away ("gibt keinen Umzug", "told them i've got a
    # migraine" while everyone is out): no frame (`crisis_frames.framed`) takes it (round 51)
    kept_from_frames: bool = False
    # it reads a sentence told of someone else too, whose schedule or address is the writer's
    # time or message ("mum's on nights all next week, so tuesday it is") (round 51)
    reads_others: bool = False


_OWN_NEGATION: Final = re.compile(
    r"n't|wouldnt|\\s\+not|\bnot\\s|never|nobody|\bno\\s|nicht|kein|\bnie\b|\bnie\\s|niemand|keiner"
)


def _p(
    category: str,
    pattern: str,
    *,
    intrinsic: bool | None = None,
    context: str | None = None,
    first_person: bool = False,
    kept_from_others: bool = False,
    kept_from_frames: bool = False,
    reads_others: bool = False,
) -> _Pattern:
    """Compile a pattern; intrinsic means its negation is part of the crisis statement.

    A pattern that spells out a negation itself ("if i wasn't here", "brauch sie nicht mehr")
    is intrinsic too: its own negator is part of what it says.
    """
    if intrinsic is None:
        intrinsic = bool(_OWN_NEGATION.search(pattern))
    regex = re.compile(pattern, re.MULTILINE)  # ^ and $ also at sentence bounds in the joined text
    return _Pattern(
        category,
        regex,
        intrinsic,
        re.compile(context) if context else None,
        first_person,
        Gated(regex),
        kept_from_others,
        kept_from_frames,
        reads_others,
    )


_PASSIVE, _ACTIVE, _PLAN, _PREP = "passive_wish", "active_thoughts", "plan", "preparation"
_ATTEMPT, _HARM, _HOPE = "attempt", "self_harm", "hopelessness_death_wish"
_NOT_OTHERS: Final = r"(?!(?:him|her|them|you|it|he|she|they|everyone|everybody)\b)"
_HARM_CONTEXT: Final = (
    r"\b(?:cut\w*|blade|razor|sh|self[- ]?harm\w*|burn\w*|scratch\w*|clean|relaps\w*|klinge|schneid\w*|"
    r"rasierklinge|ritz\w*|schnitt\w*|geschnitten|svv|verletz\w*|rueckfall\w*|clean)\b"
)
_DEATH_CONTEXT: Final = r"\b(?:dead|died|death|die|dying|kill\w*|tot|sterben|gestorben)\b"
# A train that does not stop ("der fährt durch", "doesn't stop at our station"), round 31
_NON_STOP_TRAIN: Final = (
    r"\b(?:zug|train|gueterzug|freight|express)\b[^.!?]{0,80}\b(?:faehrt\s+durch|haelt\s+nicht"
    r"|ohne\s+(?:zu\s+)?halt\w*|doesn't\s+stop|does\s+not\s+stop|goes\s+straight\s+through|non-stop)\b"
)
# For German patterns: without the English "die", which is also the German article.
_TOD_CONTEXT: Final = (
    r"\b(?:tot|tod|tote[nm]?|sterben|gestorben|umbring\w*|suizid\w*|selbstmord\w*)\b"
)

# Patterns over normalised text: lower case, ä/ö/ü/ß spelled ae/oe/ue/ss, straight apostrophes.
# fmt: off
_PATTERNS: Final[tuple[_Pattern, ...]] = (
    # --- English: passive wish to be dead -----------------------------------------------
    _p(_PASSIVE, r"\b(?:don't|do\s+not|never)\s+(?:\w+\s+)?want\s+to\s+wake\s+up\b"
                 r"(?!\s+(?:early|from\s+(?:this|that|the|such)|yet|before|at\b|so\s+early))",
       intrinsic=True),
    _p(_PASSIVE, r"\b(?:hope|hoping|wish|pray|praying)\w*\s+(?:that\s+)?i\s+(?:\w+\s+)?"
                 r"(?:don't|do\s+not|won't|will\s+not|never|wouldn't)\s+wake\s+up\b", intrinsic=True),
    _p(_PASSIVE, r"\b(?:never|not)\s+wake\s+up\s+(?:again|any\s*more|ever)\b", intrinsic=True),
    _p(_PASSIVE, r"\b(?:sleep|fall\s+asleep)\s+and\s+(?:never|not)\s+wake\s+up\b", intrinsic=True),
    _p(_PASSIVE, r"\bwish(?:ed)?\s+(?:that\s+)?i\s+(?:was|were|'d\s+be|could\s+be|would\s+be)\s+dead\b"),
    _p(_PASSIVE, r"\bwish(?:ed)?\s+(?:that\s+)?i\s+(?:had|'d)\s+never\s+(?:been\s+born|existed)\b"
                 r"|\bwish\s+i\s+(?:didn't|did\s+not)\s+exist\b"),
    _p(_PASSIVE, r"\bbetter\s+off\s+(?:dead|without\s+me)\b|\bbetter\s+off\s+with\s+(?:\w+\s+){0,4}"
                 r"than\s+with\s+me\b"),
    _p(_PASSIVE, r"\b(?:happier|better|easier|lighter|simpler)\b[^.!?]{0,40}\bif\s+i\s+(?:just\s+)?"
                 r"(?:(?:wasn't|weren't|was\s+not|were\s+not|wasnt)\s+(?:here|around|alive|there|born)"
                 r"|(?:was|were)\s+(?:gone|dead)|died|disappeared|(?:didn't|did\s+not)\s+exist)"),
    _p(_PASSIVE, r"\b(?:nobody|no\s+one|noone)\s+would\s+(?:even\s+)?(?:notice|care|miss\s+me)\b"
                 r"[^.!?]{0,20}\bif\s+i\b"),
    _p(_PASSIVE, r"\bif\s+(?:a\s+(?:car|bus|truck|lorry|train)\s+hit\s+me|i\s+(?:got\s+hit|died|"
                 r"didn't\s+wake\s+up))\b[^.!?]{0,40}\b(?:wouldn't|would\s+not|wouldnt)\s+(?:mind|care)\b"
                 r"|\b(?:wouldn't|would\s+not)\s+(?:mind|care)\s+if\s+(?:i\s+died|i\s+didn't\s+wake|"
                 r"i\s+got\s+hit|a\s+(?:car|bus|truck)\s+hit\s+me)"),
    _p(_PASSIVE, r"\bhop(?:e|ing)\b[^.!?]{0,40}\b(?:so\s+(?:it's|it\s+is)\s+over|it's\s+the\s+last\s+"
                 r"(?:night|day)|(?:shows?|is|finds?)\s+something\s+(?:bad|serious|terminal))"),
    _p(_PASSIVE, rf"\b(?:want|wanna|wish|ready|deserve|longing)\b(?:\s+{_NOT_OTHERS}\w+){{0,2}}?\s+"
                 r"(?:to\s+)?die\b(?!\s+(?:of|from|laughing|for|with|in\s+the\s+(?:dream|game)))"),
    _p(_PASSIVE, r"\b(?:tired|sick)\s+of\s+(?:living|life|being\s+alive|existing|being\s+here)\b"),
    _p(_PASSIVE, r"\b(?:wants?|wanna|need)\s+to\s+(?:be\s+gone|disappear\s+(?:forever|for\s+good|"
                 r"permanently)|stop\s+existing|not\s+exist|not\s+be\s+(?:here|alive))\b"),
    _p(_PASSIVE, r"\b(?:don't|do\s+not|no\s+longer|dont)\s+want\s+to\s+(?:live|be\s+alive|exist|"
                 # (round 52: not "I Don't Wanna Live Forever", a song)
                 r"be\s+here|go\s+on)\b(?!\s+(?:" + FOREVER_NOT_LIKE_THIS + r"|in|with|at\b(?!\s+(?:\d+|\w+teen|twenty|thirty|forty|fifty|sixty|my\s+age))|near|there|without\s+(?:you|him|her)|"
                 r"on\s+(?:my|the|this)))", intrinsic=True),
    _p(_PASSIVE, r"\bwish\s+(?:it|that)\s+(?:was|were|had\s+been)\s+real\b", context=_DEATH_CONTEXT),
    _p(_PASSIVE, r"\bwon't\s+be\s+(?:here|around)\s+(?:much\s+longer|for\s+(?:much\s+)?long|any\s*more|"
                 r"soon|tomorrow)\b|\bwon't\s+have\s+to\s+(?:deal\s+with|worry\s+about|put\s+up\s+with)"
                 r"\s+me\b|\bthis\s+is\s+(?:my\s+)?goodbye\b"),
    # round 34: "Gewitter draussen und ich steh am Fenster und hoff halb, dass es mich trifft"
    _p(_PASSIVE, r"\bhoff\w*\s+(?:\w+\s*)?,?\s*dass\s+(?:es|er|sie|der\s+\w+|ein\s+\w+|einer)\s+mich\s+(?:trifft|erwischt|ueberfaehrt|mitnimmt)\b"
                 r"|\b(?:drueber|darueber)\s+nach\w*,?\s+den\s+loeffel\s+abzugeben\b"),
    # round 34: "Hab am Donnerstag a Dummheit gmacht. Bin im Spital mit da Infusion aufgwacht."
    _p(_ATTEMPT, r"\b(?:eine|a|ne|n)\s+dummheit\s+(?:gemacht|gmacht)\b|\bdid\s+something\s+(?:stupid|silly|daft)\b",
       context=r"\b(?:spital|krankenhaus|klinik|notaufnahme|infusion|magen\s+ausgepumpt|intensiv\w*|hospital|a\s*(?:&|and)\s*e|stomach\s+pumped|drip)\b"),
    # round 34: "damit sie was schönes zum erinnern haben"
    _p(_PREP, r"\bdamit\s+(?:sie|alle|er|jeder)\s+(?:was|etwas)\s+(?:\w+\s+)?zum\s+erinnern\s+(?:haben|hat)\b"),
    # round 34: "standing at the window half hoping it hits me"
    _p(_PASSIVE, r"\b(?:hop(?:e|ing)|wish(?:ing)?|pray(?:ing)?)\s+(?:that\s+)?(?:it|something|lightning|a\s+\w+|the\s+\w+)\s+(?:hits|will\s+hit|would\s+hit|runs\s+me\s+over|takes\s+me)\b(?:\s+me\b)?"),
    _p(_PASSIVE, r"\bshould\s+(?:just\s+)?(?:die|be\s+dead)\b|\bhate\s+(?:being\s+alive|living|existing)\b"
                 r"|\bwhy\s+(?:bother\s+)?(?:living|keep\s+living|stay\s+alive)\b|\bsleep\s+forever\b"
                 r"|\bwant\s+to\s+disappear\b(?!\s+(?:from|into|under|for\s+a))|\bwant\s+out\b(?!\s+of)"),
    _p(_HOPE, r"\bwant\s+(?:it\s+all|everything|all\s+of\s+(?:it|this)|it|this|the\s+pain|my\s+life)\s+"
              r"to\s+(?:end|stop|be\s+over)\b(?!\s+(?:soon|quickly))"),
    _p(_HOPE, r"\b(?:don't|do\s+not)\s+see\s+(?:the|any)\s+point\b|\bno\s+point\s+(?:any\s*more|in\s+"
              r"anything|in\s+going\s+on)\b|\bcan't\s+live\s+(?:like\s+this|with\s+(?:this|myself))\b"),
    # (not a warning or a cause: "overdose risk with the paracetamol", "suicide prevention")
    _p(_ACTIVE, r"(?<!risk\sof\s)(?<!risk\sof\san\s)(?<!danger\sof\s)\b(?:suicide|suicidal|overdos\w*)\b"
                r"(?![\s-]+(?:risk|prevention|awareness|hotline|helpline|statistics|rates?|warning|squad))"
                # (round 33: "overdosed on chocolate", a treat's excess)
                r"(?!\s+on\s+(?:chocolate|sugar|sweets|cake|candy|coffee|caffeine|carbs|cheese|netflix|tv|sun|christmas|love|nostalgia)\b)",
       first_person=True),
    _p(_PLAN, r"\b(?:have|'ve\s+got|made)\s+a\s+plan\b|\bhow\s+i\s+(?:might|would|could|'d|will|'ll)\s+"
              r"do\s+it\b", context=_DEATH_CONTEXT + r"|\b(?:suicid\w*|pills|rope|bridge|end\s+it)\b"),
    _p(_PREP, r"\bwr(?:ote|itten|iting)\s+(?:a\s+)?notes?\s+(?:for|to)\s+(?:my|everyone|each)\b"
              r"|\bletters?\s+to\s+(?:everyone|each\s+of|all\s+of)\b"),
    _p(_PASSIVE, r"\b(?:i'd|i\s+would)\s+rather\s+(?:be\s+dead|die)\b(?!\s+than\s+(?:eat|go|watch|"
                 r"listen|sit|work|wear|do\s+(?:that|this\s+(?:job|again))|ask|call|lose))"),
    _p(_PASSIVE, r"\b(?:fine|okay|ok|happier|better\s+off)\s+without\s+me\b(?!\s+for\s+(?:a|the|one|two|an|this)\b)|\bfavou?r\b[^.!?]{0,30}\b(?:by\s+)?"
                 r"(?:disappearing|dying|being\s+gone|not\s+being\s+(?:here|around))\b"),
    _p(_PASSIVE, r"\bif\s+i\s+(?:just\s+)?(?:didn't|did\s+not)\s+wake\s+up\b|\bif\s+i\s+(?:was|were)\s+gone\b"
                 r"(?!\s+for\b)|\b(?:nobody|no\s+one|noone)\s+would\s+(?:even\s+)?miss\s+me\b"),
    _p(_PASSIVE, r"\b(?:wish|hope|hoping|pray\w*)\s+(?:that\s+)?(?:a|the|some)\s+\w+\s+(?:would|will|'d)\s+"
                 r"(?:hit|kill|run\s+over|crash\s+into)\s+me\b|\bdeath\s+(?:sounds|seems|feels|would\s+be)\s+"
                 r"(?:\w+\s+)?(?:peaceful|nice|good|like\s+a\s+relief|better|easier)\b"),
    _p(_PASSIVE, r"\bpart\s+of\s+me\s+wants\s+to\b[^.!?]{0,20}\b(?:die|disappear|not\s+exist|end\s+it|be\s+gone)"
                 r"|\b(?:i'm|im|i\s+am)\s+done\s+with\s+(?:life|living|everything|it\s+all|this\s+world)\b"),
    _p(_PASSIVE, r"\b(?:nice|peaceful|easier|better|a\s+relief)\s+(?:it\s+would\s+be\s+)?to\s+(?:just\s+)?(?:not\s+(?:be\s+here|exist|wake\s+up)|stop\s+existing|never\s+wake\s+up|disappear)\b"
                 r"|\bwouldn't\s+mind\s+if\s+(?:the|my)\s+(?:plane|flight|car|bus)\s+(?:went\s+down|crashed)\b|\bhoping\s+the\s+(?:plane|flight)\s+crashes\b"),
    _p(_PASSIVE, r"\b(?:waiting|can't\s+wait)\s+for\s+(?:it\s+all|this\s+life|my\s+life|everything)\s+to\s+(?:be\s+over|end)\b"
                 r"|\bcounting\s+the\s+days\s+until\s+it's\s+(?:all\s+)?over\b|\bwhy\s+am\s+i\s+(?:even\s+)?(?:still\s+)?(?:here|alive)\b"
                 r"|\bi'd\s+rather\s+not\s+(?:be\s+here|exist|be\s+alive|wake\s+up)\b|\bsleep\s+and\s+not\s+come\s+back\b", intrinsic=True),
    _p(_ACTIVE, r"\b(?:the|those|these|dark|bad)\s+thoughts\s+(?:are\s+)?(?:back|again|won't\s+stop|are\s+getting\s+louder)\b"
                r"|\b(?:stared|looked)\s+at\s+the\s+(?:pills|tablets|rope|blades?)\b|\bpainless\s+(?:way|ways|method)\b"
                r"|\bso\s+easy\s+to\s+(?:just\s+)?(?:end\s+it|step|jump|let\s+go|swerve)\b"
                r"|\b(?:drive|swerve|steer)\s+(?:into|off)\s+(?:a|the)\s+(?:tree|wall|road|bridge|oncoming|lorry|truck)\b"),
    # the C-SSRS plan item in the writer's words, nothing after it: "i know how and when now",
    # "ich weiss jetzt, wie und wann" (not "i know how and when to plant them")
    _p(_PLAN, r"\b(?:i\s+(?:now\s+)?know|ich\s+weiss)\s+(?:(?:jetzt|now|exactly|genau|schon|endlich),?\s+)?"
              r"(?:how\s+and\s+when|when\s+and\s+how|wie\s+und\s+wann|wann\s+und\s+wie)(?:\s+(?:now|jetzt))?"
              r"(?=\s*(?:[.!;]|$)|\s*[^\w\s,])"),
    _p(_PLAN, r"\bwhen\s+everyone(?:'s|\s+is)\s+(?:asleep|gone|out|at)\b|\bnobody\s+will\s+be\s+(?:home|around)\b"
              r"|\b(?:my\s+mind\s+is\s+made\s+up|the\s+decision\s+is\s+made)\b", context=_DEATH_CONTEXT + r"|\b(?:pills|rope|bridge|it\s+all|end)\b"),
    # round 31: a train that does not stop, taken as one's own ("der zug um 23:12 hält nicht in
    # unserem kaff, der fährt durch. das ist meiner")
    _p(_PLAN, r"\bthat(?:'s|\s+is|\s+one's)\s+(?:mine|my\s+one|my\s+train)\b",
       context=_NON_STOP_TRAIN, kept_from_others=True),
    # round 48 (older read misses): which trains do not stop at night looked up, a lethal place
    # chosen ("i chose the rooftop of our building", "picked the cliffs at howth")
    _p(_PLAN, r"\b(?:looked\s+up|checked|found\s+out|worked\s+out)\s+which\s+trains?\s+(?:don't|do\s+not|doesn't|does\s+not|won't)\s+stop\s+"
              r"(?:at|in)\s+(?:our|my|the)\s+(?:\w+\s+)?(?:station|stop|village|town)\s+(?:at\s+night|after\s+midnight|late\s+at\s+night)\b"
              r"|(?:^\W*|\bi\s+(?:have\s+|'ve\s+)?)(?:chose|chosen|picked)\s+the\s+(?:rooftop|roof|cliffs?|quarry|viaduct|railway\s+bridge|tracks)\b"
              r"(?!\s+(?:bar|restaurant|terrace|garden|cafe|pool|party|route|walk|path|trail|hotel|for\s+(?:our|the|a|her|his|my)\b))"),
    # ... a pet or one's affairs handed over, and glad nobody asked why ("asked lorraine to have
    # her for a bit 'if i'm ever not around'. she didn't ask why", "sie fragt zum glück nicht nach")
    _p(_PREP, r"\b(?:she|he|they)\s+(?:didn't|did\s+not|doesn't|does\s+not|never)\s+(?:ask(?:ed)?|know)\s+why\b"
              r"|\b(?:sie|er)\s+(?:hat\s+)?(?:zum\s+glueck\s+)?(?:nicht|nie)\s+nach(?:gefragt|fragt)\b|\bfragt\s+(?:zum\s+glueck\s+)?(?:nicht|nie)\s+nach\b",
       context=r"\b(?:katze|kater|hund|dackel|hamster|kaninchen|cat|dog|tortoise|rabbit|feeding\s+times|futter|lead|bowls|notar|ueberschrieben|passwords?|passwoerter|vollmacht)\b"
               r"[^.!?]{0,120}\b(?:have|take|nimmt|genommen|gebracht|gave|given|give|ausgemacht|ueberschrieben|hers|his|for\s+a\s+(?:bit|while))\b"
               r"|\b(?:have|take|asked\s+\w+\s+to\s+(?:have|take)|gave|given|ausgemacht|ueberschrieben|gebracht)\b[^.!?]{0,120}\b(?:katze|kater|hund|dackel|cat|dog|tortoise|rabbit|hamster|lead|bowls|bello|platz)\b",
       kept_from_others=True),
    # round 31: notes written for the family beside things given away or "if anything" left
    # unsaid ("gave my ps5 to my little cousin today and wrote notes for mum and nan. they're in
    # my desk drawer if anything")
    _p(_PREP, r"(?:^\s*|(?<=\bi\s)|(?<=\band\s)|(?<=\bi've\s)|(?<=\balso\s)|(?<=\bhave\s))"
              r"(?:wrote|written|left|writing)\s+(?:a\s+few\s+|some\s+|little\s+)?(?:notes?|letters?|cards?)\s+(?:for|to)\s+"
              r"(?:\w+\s+){0,3}?(?:mum|mom|mam|dad|nan|nana|gran|granny|grandma|grandad|everyone|my\s+\w+)\b",
       context=r"\bif\s+anything(?:\s+happens?)?\s*(?:[.!?…]|$)|\bgave\s+(?:away\s+)?my\b|\bgiven\s+away\b",
       kept_from_others=True),
    # round 31: someone asked to take a pet or a child "if anything happened to me", with the
    # errand done and nothing said why ("... and i said no reason", "the last thing on my list")
    _p(_PREP, r"\b(?:take|have|keep|look\s+after|care\s+for|nehmen|nimmt|aufpassen|versorgen|kuemmern)\b[^.!?]{0,40}\b"
              r"(?:if\s+anything\s+(?:happened|happens|were\s+to\s+happen|should\s+happen)\s+to\s+me"
              r"|(?:falls|wenn)\s+mir\s+(?:mal\s+)?(?:was|etwas)\s+(?:passiert|passieren\s+sollte|zustoesst))\b",
       context=r"\b(?:no\s+reason|(?:the\s+)?last\s+thing\s+on\s+(?:my|the)\s+list|ohne\s+grund|nur\s+so|letzte\s+(?:punkt|sache)\s+auf\s+(?:meiner|der)\s+liste)\b"),
    # round 31: a gun within reach checked, and a time when no one is there ("my dad keeps his
    # hunting rifle in the cabinet and the key is in the drawer. i checked tonight. i'm thinking
    # when he's on nights next week")
    _p(_PLAN, r"^\s*i\s+(?:checked|made\s+sure|double[- ]checked)(?:\s+(?:again|tonight|today|last\s+night|this\s+morning))?\s*(?:[.!?;]|$)"
              r"|\b(?:thinking|planning|do\s+it|doing\s+it)\s+(?:(?:of|about)\s+)?when\s+(?:he|she|they|everyone|mum|mom|dad)(?:'s|'re|\s+is|\s+are)\s+(?:on\s+nights|away|asleep|out|at\s+work)\b"
              r"|\b(?:hab|habe)\s+(?:heute\s+|gestern\s+)?(?:nachgeschaut|nachgesehen|geguckt),?\s+(?:wo|ob)\s+(?:der\s+schluessel|sie|es)\b",
       context=r"\b(?:rifle|shotgun|guns?|pistol|revolver|firearms?|ammo|ammunition|waffe\w*|gewehr\w*|pistole|jagdgewehr|munition)\b"),
    _p(_PREP, r"\bpasswords?\b[^.!?]{0,40}\b(?:written|wrote|left|for\s+(?:my|her|him|them))\b|\bsaid\s+my\s+goodbyes?\s*(?:[.!?;]|$|,\s*(?:quietly|already|now|to\s+everyone|to\s+all\s+of\s+them)\b)"
              r"|\b(?:won't|will\s+not)\s+need\s+(?:it|them|any\s+of\s+(?:it|this))\s+any\s*more\b|\bmade\s+(?:a|my)\s+will\b"),
    # (round 40: "haven't sh'd since january but the urge is screaming at me")
    _p(_HARM, r"\b(?:the\s+)?urges?\s+(?:is|are)\s+(?:back|bad|strong|so\s+strong|screaming|so\s+loud|loud|unbearable)\b|\blong\s+sleeves\b[^.!?]{0,40}\b(?:nobody|no\s+one|hide|see)\b"
              r"|\b(?:hit|banged|bashed)\s+my\s+head\s+(?:against|on)\s+the\s+wall\b|\bbit\s+(?:my|into\s+my)\s+(?:arm|hand|wrist)\b[^.!?]{0,20}\b(?:bled|bleed|blood)\b"
              r"|\b(?:broke|lost)\s+my\s+(?:clean\s+)?streak\b|\bhid\s+the\s+blades\b|\bnew\s+blades\b"),
    _p(_ATTEMPT, r"\b(?:pumped\s+my\s+stomach|woke\s+up\s+in\s+(?:the\s+)?(?:hospital|a&e|icu)\s+after)\b|\bswallowed\s+everything\b"
                 r"|\bthe\s+rope\s+(?:broke|snapped)\b"),
    _p(_PASSIVE, r"\b(?:not\s+going\s+to|won't|will\s+not)\s+be\s+(?:around|here)\s+(?:much\s+)?(?:longer|for\s+long|any\s*more)\b"
                 r"|\b(?:don't|do\s+not)\s+deserve\s+to\s+(?:live|be\s+alive|exist)\b|\bbetter\s+without\s+me\b"
                 r"|\bwhen\s+i'm\s+(?:gone|dead|not\s+here\s+any\s*more)\b(?!\s+(?:on|for|to)\b)|\bgiv(?:e|ing)\s+up\s+on\s+(?:life|living)\b",
       intrinsic=True),
    # (round 44: not an earlier entry referred to, "rang to check after my last entry")
    _p(_PREP, r"(?<!after\s)(?<!since\s)(?<!in\s)(?<!read\s)(?<!about\s)(?<!from\s)(?<!reading\s)(?<!re\s)\bmy\s+last\s+(?:entry|post|night|day)\b"
              r"(?!\s+(?:at|of|before|in)\s+(?:work|school|uni|the\s+(?:office|job|course|ward|holiday)|term|the\s+month|the\s+week))"
              # round 47: an earlier post explained ("i know my last post sounded dark, but ...")
              r"(?!\s+(?:sounded|seemed|worried|scared|came\s+across|read\s+as|might\s+have))|\bletters?\s+for\s+(?:after|when\s+i'm\s+gone)\b"),
    _p(_ACTIVE, r"\b(?:crisis|suicide)\s+(?:line|hotline)\b|\b988\b|\bsamaritans\b"),
    # a dream of dying, then disappointment on waking ("... when i woke up i was disappointed")
    _p(_PASSIVE, r"\b(?:when\s+i\s+woke(?:\s+up)?|on\s+waking|waking\s+up|woke\s+up)\b[^.!?]{0,25}\b(?:disappointed|gutted|jealous|envious)\b",
       context=_DEATH_CONTEXT + r"|\b(?:drowned|drowning|jumped|shot|hanged)\b"),
    # following someone who died ("after the funeral on thursday, i'm following him")
    _p(_PASSIVE, r"\bi'?m\s+(?:following|joining)\s+(?:him|her|them)\b|\bi'll\s+(?:follow|join)\s+(?:him|her|them)\b"
                 # round 31: "since your mother passed i think about joining her more than i should"
                 r"|\b(?:think\w*|thought)\s+(?:about|of)\s+(?:joining|following)\s+(?:him|her|them)\b"
                 r"|\b(?:want|wanna|wish\s+i\s+could)\s+(?:to\s+)?(?:join|follow)\s+(?:him|her|them)\b"
                 # round 48: "since dad died i keep thinking i should join him"
                 r"|\bi\s+(?:should|could|ought\s+to|might\s+as\s+well|may\s+as\s+well)\s+(?:just\s+)?(?:join|follow)\s+(?:him|her|them)\b",
       context=_DEATH_CONTEXT + r"|\b(?:funeral|grave|passed\s+away|anniversary|passed|widow\w*)\b"),
    _p(_PASSIVE, r"\b(?:don't|do\s+not)\s+care\s+(?:if|whether)\s+i\s+(?:live|die|wake)\b"
                 r"|\bwouldn't\s+mind\s+(?:not\s+existing|dying|being\s+dead|not\s+waking\s+up)\b", intrinsic=True),
    _p(_PLAN, r"\b(?:tomorrow|tonight|sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:'s|\s+is)\s+the\s+(?:day|night)\b"
              r"|\bknow\s+which\s+(?:bridge|pills|building|train|tree|roof)\b|\bhow\s+high\s+the\s+(?:bridge|building|roof|balcony)\b"
              r"|\b(?:at|to|on)\s+the\s+(?:bridge|tracks|cliff|roof)\s+(?:again|today|tonight)\b|\bthe\s+date\s+is\s+set\b"),
    _p(_PLAN, r"\bdo\s+it\s+(?:when|after|before|on|tonight|tomorrow|this)\b(?![^.!?]{0,30}[:\-]\s*\w)|\b(?:once|when)\s+(?:the\s+kids|everyone)\s+(?:are|is)\s+asleep\b",
       context=_DEATH_CONTEXT + r"|\b(?:pills|rope|bridge|note|letters?|goodbye)\b"),
    _p(_PREP, r"\b(?:affairs|things)\s+in\s+order\b|\bsorted\s+out\s+(?:my\s+)?(?:affairs|paperwork)\b"
              r"|\bnew\s+homes?\s+for\s+(?:the|my|both|all)\s+(?:(?:of\s+)?(?:the|my)\s+)?(?:\w+\s+)?(?:cats?|dogs?|rabbits?|birds?|pets?)\b|\bgave\s+(?:the|my)\s+(?:cat|dog|rabbit|pets?)\s+(?:away|to)\b"
              r"|\b(?:three|several|different|multiple)\s+(?:pharmacies|chemists)\b"
              # round 39 (the eighth list): "geh ich jetzt in drei verschiedene apotheken"
              r"|\b(?:in|zu)\s+(?:drei|vier|zwei|mehrere|verschiedene)\s+(?:verschiedene\s+)?apotheken\b|\bbought\s+(?:a\s+lot\s+of|loads\s+of|extra|more)\s+(?:paracetamol|pills|painkillers|tablets)\b(?![^.!?]*\b(?:flu|cold|colds|headaches?|migraines?|season|kids|family|trip|holiday|cheaper|sale|offer)\b)"
              r"|\bdeleted\s+all\s+(?:of\s+)?my\s+(?:accounts|photos|messages)\b"),
    _p(_HARM, r"\b(?:arms?|thighs?|legs?|wrists?)\s+(?:are|is)\s+(?:a\s+)?(?:mess|covered|raw|bleeding)\b"
              r"|\bbandag\w*\b[^.!?]{0,30}\b(?:again|arm|wrist|thigh)\b|\bmarks\s+on\s+my\s+(?:arms?|wrists?|legs?|thighs?)\b"
              r"|\bhide\s+the\s+(?:marks|cuts|scars)\b|\bpunish(?:ed|ing)?\s+myself\b"),
    _p(_HARM, r"\bdid\s+it\s+again\b", context=_HARM_CONTEXT),
    # round 28 (crisis_dev36, grief): "found a shard ... i want to use it so badly i'm shaking"
    _p(_HARM, r"\b(?:want|need|urge)\s+to\s+use\s+it\s+so\s+(?:badly|much)\b",
       context=r"\b(?:shard|blade|razor|glass|knife|scissors|klinge|scherbe|cut\w*|free\s+of\s+it)\b"),
    _p(_ACTIVE, r"\b(?:eat|eating|ate|eaten)\s+my\s+(?:own\s+)?(?:gun|pistol|rifle|weapon|revolver|sidearm)\b"),
    # round 29: "i keep thinking of doing something to myself" (its denial, "no thoughts of doing
    # anything to myself", then sets the sentence aside for every stage)
    _p(_ACTIVE, r"\b(?:thinking|thought|thoughts|think|urges?|urge)\s+(?:of|about|to)\s+(?:doing\s+|do\s+)?(?:something|anything|stuff|things)\s+to\s+myself\b"
                r"|\b(?:thinking|think|thought)\s+(?:to|of|about)\s+(?:hurt|hurting|harm|harming)\s+myself\b"),
    # round 28 (crisis_dev37, a dream journal's users): a compass stuck into the leg, this life
    # swapped for the pew at one's own funeral
    _p(_HARM, r"\b(?:stuck|stabbed|jabbed|pushed|dug|pressed)\s+(?:the\s+|a\s+|my\s+)?(?:compass|pin|needle|pen|pencil|fork|scissors|nail|safety\s+pin|paperclip)\s+(?:\w+\s+)?into\s+my\s+(?:leg|legs|arm|arms|hand|thigh|thighs|skin|wrist|stomach)\b"),
    _p(_HOPE, r"\b(?:i'd|i\s+would)\s+(?:\w+\s+)?(?:swap|trade|exchange)\s+this\s+life\s+for\b"
              # round 28 (crisis_dev38): "i hope there aren't many of them" (the years left)
              r"|\bhope\s+there\s+(?:aren't|won't\s+be|are\s+not|will\s+not\s+be)\s+(?:many|much)\s+(?:of\s+them|left|more)\b"
              r"|\bcan't\s+see\s+any\s+(?:version\s+of\s+(?:the\s+)?)?(?:future|next\s+\w+\s+years)\s+i\s+want\s+to\s+be\s+in\b"),
    _p(_PASSIVE, r"\b(?:jealous|envious)\s+of\s+(?:the\s+)?(?:me|myself|dead\s+me)\s+in\s+the\s+(?:box|coffin|casket|grave|ground)\b"
                 r"|\bneidisch\s+auf\s+(?:mich|das\s+ich)\s+im\s+(?:sarg|grab)\b"),
    # a second-language writer's "me" for "myself" (round 28): "i have thoughts to hurt me"
    _p(_HARM, r"\b(?:i\s+have|i've\s+(?:got|had)|i\s+(?:get|got|had)|i'm\s+having|i\s+am\s+having)\s+(?:\w+\s+)?thoughts?\s+(?:to|of|about)\s+hurt(?:ing)?\s+me\b(?!\s+(?:back|too|again))"),
    _p(_ATTEMPT, r"\btried\b[^.!?]{0,30}\b(?:didn't|did\s+not)\s+work\b|\bsurvived\s+(?:it|again)\b", context=_DEATH_CONTEXT + r"|\b(?:pills|rope|bridge|overdose)\b"),
    # round 46 (list 16): fading out wished for; not caring whether one wakes up
    _p(_PASSIVE, r"\bwish\s+i\s+could\s+(?:just\s+)?(?:fade|slip|drift)\s+(?:out|away|off)\b(?![^.!?]*\b(?:to\s+sleep|on\s+the\s+sofa|in\s+front\s+of)\b)"),
    _p(_PASSIVE, r"\b(?:don't|dont|do\s+not)\s+(?:really\s+|even\s+|much\s+)?care\s+(?:if|whether)\s+i\s+(?:wake\s+up|wake|make\s+it\s+(?:to|through)|see\s+(?:tomorrow|the\s+morning))\b",
       intrinsic=True),
    # --- English: active thoughts, method, plan -------------------------------------------
    _p(_ACTIVE, r"\b(?:decided|going\s+to|gonna|want\s+to|will|i'll|plan\s+to|planning\s+to|ready\s+to|"
                r"time\s+to)\s+(?:just\s+)?end\s+it\b"),
    _p(_ACTIVE, r"\b(?:take|swallow)\s+all\s+(?:of\s+)?(?:my|the|these)\s+(?:\w+\s+)?(?:pills|tablets|meds)\b"),
    _p(_PLAN, r"\bhow\s+many\s+(?:\w+\s+)?(?:paracetamol|pills|tablets|sleeping\s+pills)\b|\blethal\s+dose\b"
              r"|\bstood\s+(?:on|at)\s+the\s+(?:bridge|roof|railing)\b"
              # the edge of a pond or a forest is no drop ("stood at the edge of a pond")
              r"|\bstood\s+(?:on|at)\s+the\s+(?:edge|ledge)\b(?!\s+of\s+(?:a|an|the|my|our)\s+(?:\w+\s+)?"
              r"(?:pond|lake|forest|woods?|field|meadow|town|village|pool|river|stream|garden|road|street"
              r"|bed|table|stage|crowd|beach|water|park|clearing|desert|playground|path|dance\s*floor)\b)"),
    _p(_ACTIVE, r"\bkill(?:ing)?\s+myself\b(?!\s+laughing)|\bunalive\s+myself\b"),
    _p(_ACTIVE, r"\b(?:hang|hanging|shoot|shooting|drown|drowning|poison|poisoning|"
                r"gas|gassing)\s+myself\b"),
    _p(_ACTIVE, r"\b(?:end|ending|take|taking)\s+my\s+(?:own\s+)?life\b(?!\s+(?:back|savings)\b)"),
    _p(_ACTIVE, r"\bend(?:ing)?\s+it\s+(?:all|now|tonight|for\s+good)\b"
                r"|\bend(?:ing)?\s+(?:things|everything)\b(?!\s+with\s+(?:him|her|them|my))"),
    _p(_ACTIVE, r"\b(?:thought|thinking|think|thoughts|considering|considered)\s+(?:\w+\s+){0,2}"
                r"(?:about|of)\s+(?:just\s+)?(?:suicide|killing\s+myself|ending\s+(?:it|my\s+life|things"
                r"|everything)(?!\s+with\b)|dying|stepping\s+in\s+front|jumping|how\s+to\s+"
                r"(?:end|do)\s+it|finishing\s+it|taking\s+(?:all\s+)?(?:my|the)\s+pills|taking\s+an\s+"
                r"overdose|overdosing|hanging\s+myself|cutting\s+myself|how\s+i\s+(?:would|might|could)"
                r")\b", intrinsic=False),
    # "not being here" is the thought itself, so its negation cannot deny it.
    _p(_ACTIVE, r"\b(?:thought|thinking|think|thoughts|considering|considered)\s+(?:\w+\s+){0,2}"
                r"(?:about|of)\s+(?:just\s+)?not\s+(?:being\s+(?:here|around|alive)|waking\s+up|existing)\b",
       intrinsic=True),
    _p(_ACTIVE, r"\bsuicidal\b|\b(?:commit|committing|consider\w*|contemplat\w*)\s+suicide\b"
                r"|\bthoughts\s+of\s+suicide\b"),
    _p(_ACTIVE, r"\b(?:do|doing)\s+(?:something|anything)\s+stupid\b"),
    # round 34: "the thought of offing myself keeps popping up"
    # (not what others take the writer for: "people acting like i'm gonna off myself")
    _p(_ACTIVE, r"\b(?:offing|offed)\s+myself\b"
                r"|(?<!like\si'm\s)(?<!like\sim\s)(?<!like\si'm\sgoing\s)(?<!like\sim\sgoing\s)(?<!like\si\sam\sgoing\s)"
                r"\b(?:to|gonna|wanna|should|could|might|just)\s+off\s+myself\b"),
    _p(_ACTIVE, r"\bstep(?:ping)?\s+in\s+front\s+of\s+(?:a|the)\s+(?:train|bus|truck|lorry|car|tram)\b"
                r"|\b(?:jump|jumping|throw\s+myself)\s+(?:off|from|in\s+front\s+of)\s+(?:a|the|my)\s+"
                # (round 41: "going to jump off the grain silo at harvest end")
                r"(?:(?:grain|water|old|railway|motorway|multi-storey)\s+)?(?:bridge|roof|building|balcony|cliff|tower|train|platform|silo|viaduct|multi-storey|car\s+park)\b"),
    _p(_PLAN, r"\b(?:i'm|i\s+am|im)\s+(?:going\s+to|gonna)\s+do\s+it\b(?!\s*(?:before\s+i\s+lose\s+my\s+nerve\s*)?[:\-]\s*\w)"),
    _p(_PLAN, r"\b(?:know|knew|figured|decided|worked\s+out)\s+(?:exactly\s+)?(?:how|where|when|which)"
              r"\b[^.!?]{0,40}\b(?:i'd|i\s+would|i'll|i\s+will|to)\s+(?:do\s+it|end\s+it|go)\b"
              r"|\bwhere\s+i'd\s+do\s+it\b"),
    _p(_PLAN, r"\blooked\s+up\s+how\s+(?:many|much)\b[^.!?]{0,40}\b(?:pills|tablets|it\s+would\s+take)"),
    _p(_PLAN, r"\b(?:easiest|best|quickest|least\s+painful)\b[^.!?]{0,40}\b(?:with\s+a\s+(?:razor|rope|"
              r"knife|gun|blade)|pills|in\s+the\s+bath)"),
    _p(_PLAN, r"\bthat's\s+when\s*(?:[.!?]|$)|\b(?:picked|chose|set)\s+(?:a|the)\s+(?:date|day)\b(?!\s+for\b)"),
    # (round 52: not a cat tree, "bought rope to redo the cat tree")
    _p(_PLAN, r"\brope\b[^.!?]{0,40}\b(?:garage|attic|ready|where\s+i'd|the\s+car|boot|(?<!cat\s)(?<!scratching\s)tree)\b"),
    # round 46 (list 16): ways to die gone through; checking out early (not of a hotel); a plan held
    # since a date, beside a place
    _p(_ACTIVE, r"\b(?:going\s+through|thinking\s+(?:about|of|up)|researching|looking\s+up|googling|googled|listing|ranking|reading\s+about)\s+(?:\w+\s+)?ways\s+to\s+(?:die|kill\s+myself|end\s+it|do\s+it)\b"
                r"|\bcheck(?:ing|ed)?\s+out\s+early\b(?![^.!?]*\b(?:hotels?|rooms?|library|b&b|airbnb|motel|hostel|shop|store|books?|tills?)\b)"),
    _p(_PLAN, r"\b(?:i've|ive|i\s+have|i'd|i\s+had)\s+had\s+it\s+(?:all\s+)?planned\b",
       context=r"\b(?:cliffs?|bridge|tracks|roof|edge|quarry|pills|rope)\b"),
    # --- English: preparation, attempt ------------------------------------------------------
    # round 46 (list 16): "done with more than that" after things given away; pills stashed from
    # more than one pharmacy
    _p(_PREP, r"\b(?:i'm|im|i\s+am)\s+done\s+with\s+more\s+than\s+(?:that|just\s+\w+)\b",
       context=r"\b(?:gave|given|rifles?|guns?|dog|cat|will|told\s+him|told\s+her)\b"),
    _p(_PREP, r"\bstash(?:ing)?\s+(?:more|them|extra|some|it(?!')|a\s+few)\b",
       context=r"\b(?:pharmac\w*|chemists?|pills|meds|tablets|prescriptions?|repeat|filling|filled)\b"),
    _p(_PREP, r"\b(?:saving|saved|stockpil\w+|hoard\w*|collect\w*|stash\w*)\s+(?:up\s+)?(?:(?!(?:his|her|their)\b)\w+\s+){0,2}"
              r"(?:pills|tablets|meds|medication|painkillers|sleeping\s+pills|ibuprofen|paracetamol|"
              r"aspirin|codeine|tramadol|insulin|opioids|sleepers|antidepressants)\b"),
    # round 34: "keeping back some of my tablets", "been keeping back his sleeping tablets. not for
    # him. for me."
    _p(_PREP, r"\b(?:keeping|kept|holding|held|putting|put|setting|set)\s+(?:back|aside)\s+(?:some\s+of\s+)?"
              r"(?:(?:my|the|a\s+few|some|a\s+couple\s+of)\s+)(?:\w+\s+)?(?:pills|tablets|meds|medication|painkillers)\b"
              r"|(?:^\s*|\bi\s+|\bi've\s+|\bi'm\s+|\bi\s+have\s+)(?:been\s+)?(?:keeping|kept|holding|held|putting|put|setting|set)\s+(?:back|aside)\s+(?:some\s+of\s+)?(?:his|her|their)\s+"
              r"(?:\w+\s+)?(?:pills|tablets|meds|medication|painkillers)\b"
              r"(?![^.!?]{0,30}\b(?:so|because|since|from|out\s+of|away|locked|in\s+the|for\s+(?:him|her|them|the))\b)", kept_from_others=True),
    # round 34: "I buy the tablets in two pharmacies so nobody ask me questions", "sent everyone a
    # nice message today. so they have something nice to remember."
    _p(_PREP, r"\b(?:pills|tablets|meds|paracetamol|painkillers)\s+(?:\w+\s+){0,2}(?:in|from|at)\s+(?:two|three|different|several|multiple)\s+(?:pharmacies|chemists|shops)\b"
              r"|\bso\s+(?:they|everyone|everybody|she|he)\s+(?:has|have|will\s+have)\s+something\s+(?:\w+\s+)?to\s+remember\b"),
    _p(_PREP, r"\b(?:pills|tablets|meds)\b[^.!?]{0,40}\b(?:counted|enough|drawer|hidden|hid|ready)\b"
              r"|\b(?:not\s+taking|stopped\s+taking|haven't\s+been\s+taking)\s+(?:them|my\s+\w+)\b[^.!?]{0,40}"
              r"\b(?:keeping|saving|hiding|stashing)\s+them\b|\bone\s+pack\s+(?:from\s+)?every\s+(?:shop|chemist|pharmacy)\b"),
    # an act done on purpose that could kill: "injected the whole pen on purpose", "absichtlich
    # vor die strassenbahn gefahren"
    _p(_ATTEMPT, r"\b(?:injected|took|swallowed|drove|rode|stepped|walked|ran|crashed|jumped)\s+(?:\w+\s+){0,3}?"
                 r"(?:the\s+whole\s+(?:pen|pack|bottle|box|strip)|all\s+(?:the|my|of\s+(?:the|my))\s+(?:pills|tablets|insulin|meds)"
                 r"|into\s+(?:traffic|a\s+tree|a\s+wall|the\s+river|oncoming\s+\w+)|in\s+front\s+of\s+(?:a|the)\s+(?:car|bus|train|tram|lorry|truck)"
                 r"|off\s+(?:the|a)\s+(?:bridge|roof|balcony|platform))[^.!?]{0,30}\b(?:on\s+purpose|deliberately|intentionally)\b"
                 r"|\babsichtlich\b[^.!?]{0,30}\b(?:vor\s+(?:den|die|das|einen|eine)\s+(?:zug|bahn|strassenbahn|tram|auto|lkw|laster|bus)"
                 r"|gegen\s+(?:den|die|das|einen|eine)\s+(?:baum|mauer|wand|brueckenpfeiler|pfeiler|leitplanke))\s+"
                 r"(?:gefahren|gelaufen|gesprungen|gerannt)\b", first_person=True),
    _p(_PREP, r"\b(?:bought|got|have|buying)\s+(?:a|the|some)\s+(?:rope|noose|razor\s+blades|gun)\b(?!\s+(?:for|to)\b)(?!\s+(?:lights?|ladder|swing|bridge|course|toy|dog\s+toy)\b)"),
    _p(_PREP, r"\b(?:goodbye|farewell|suicide)\s+(?:letters?|notes?|messages?)\b"
              r"|\bwr(?:ote|iting)\s+(?:\w+\s+){0,3}(?:goodbye|farewell)s?\b"
              # a leaving speech or toast (round 33: "writing my goodbye speech for friday")
              r"(?!\s+(?:speech|speeches|toast|address|poem\s+for\s+the|do|party|drinks|lunch)\b)"
              # not cards for a street, a class or an office one leaves (round 24)
              r"(?!\s+cards?\s+(?:to|for)\s+(?:the\s+|all\s+|my\s+|our\s+)?(?:whole\s+|entire\s+)?(?:\w+\s+)?(?:street|neighbours|neighbors|class|team|office|colleagues|staff|village|choir|club|nurses|midwives|doctors|teachers|ward))"),
    _p(_PREP, r"\b(?:(?:told|tell|said\s+to)\s+(?:him|her|them)\s+(?:that\s+)?(?:he|she|they)\s+)?"
              r"(?:doesn't|does\s+not|don't|won't|dont)\s+(?:need|have)\s+to\s+give\s+it\s+back\b"
              r"|\bgave\s+away\s+(?:my|all\s+my)\s+(?:things|stuff|belongings)\b"),
    _p(_PREP, r"\bmade\s+sure\s+(?:the|my)\s+(?:cat|dog|pets?|kids?|plants?|rabbit)\s+(?:goes|go|"
              r"will\s+go|gets)\s+to\b"),
    _p(_PREP, r"\b(?:it's|its|everything\s+is|everything's)\s+all\s+ready\b",
       context=r"\b(?:keys?|cleaned|flat|fridge|letters?|pills)\b"),
    _p(_ATTEMPT, r"\b(?:tried|attempted|try)\s+to\s+(?:end\s+it|end\s+my\s+life|kill\s+myself|"
                 r"take\s+my\s+(?:own\s+)?life|hang\s+myself|overdose)\b"),
    _p(_ATTEMPT, r"\b(?:took|swallowed)\s+(?:a\s+bunch\s+of|a\s+lot\s+of|all\s+(?:of\s+)?(?:my|the)|"
                 # (two words between since round 34: "took a bunch of my mums pills")
                 r"too\s+many|a\s+(?:whole\s+)?(?:bottle|pack|packet|handful)\s+of)\s+(?:\w+\s+){0,2}"
                 r"(?:pills|tablets|meds|painkillers|medicine|medicines|medication)\b"
                 r"(?![^.!?]{0,30}\b(?:back\s+to|to\s+the\s+(?:pharmacy|chemist)|by\s+mistake|by\s+accident|accidentally)\b)"
                 r"|\b(?:took|taken)\s+an\s+overdose\b|\boverdosed\b"),
    _p(_ATTEMPT, r"\bsuicide\s+attempt\b|\battempted\s+suicide\b"),
    # round 40 (a ninth list): a soldier's wish to come home dead ("i still wish i'd come home in
    # a box", "part of me is fine with coming back in a bag"); pills kept in the cheek at the
    # hatch ("been cheeking my meds for two weeks")
    _p(_PASSIVE, r"\b(?:wish\w*|fine\s+with|ok(?:ay)?\s+with|wouldn't\s+mind|hop\w*|rather)\b[^.!?]{0,30}\b(?:come|coming|came|gone|go|going|sent|flown)\s+"
                 r"(?:home|back)\s+in\s+(?:a|the)\s+(?:box|bag|body\s*bag|coffin|casket)\b"
                 r"|\b(?:im|in\s+(?:einem|nem))\s+(?:sarg|zinksarg|leichensack)\s+(?:heim|nach\s+hause|zurueck)\w*\b[^.!?]{0,30}\b(?:waer\w*|wuensch\w*|lieber|egal)\b"),
    # ... in German: "irgendwie hoff ich, ich wach aus der narkose nicht mehr auf", "hoff ich,
    # dass ich nicht mehr heimkomm"
    _p(_PASSIVE, r"\b(?:hoff\w*|wuensch\w*|am\s+liebsten)\b[^.!?]{0,30}\b(?:wach|wache|wachen)\s+(?:ich\s+)?(?:\w+\s+){0,4}"
                 r"(?:nicht\s+mehr|nie\s+mehr|nie\s+wieder|gar\s+nicht\s+mehr)\s+auf\b"
                 r"|\bhoff\w*\b[^.!?]{0,25}\b(?:nicht\s+mehr|nie\s+mehr|nie\s+wieder)\s+(?:heim|nach\s+hause|zurueck)\s*(?:komm\w*|kehr\w*)\b"),
    # the weapon turned on oneself ("dran gedacht, sie gegen mich zu richten", "thought about
    # turning it on myself"); thinking of doing it oneself before an illness takes over ("ich
    # denk dran, es selbst zu erledigen, bevor ..."); steering into a pillar
    _p(_ACTIVE, r"\b(?:gegen\s+mich\s+(?:selbst\s+)?(?:zu\s+)?richt\w*)\b"
                r"|\bturn(?:ing|ed)?\s+(?:it|the\s+(?:gun|rifle|pistol|weapon))\s+on\s+myself\b"
                r"|\b(?:denk\w*|dachte|gedacht|ueberleg\w*)\b[^.!?]{0,20}\bes\s+selbst\s+zu\s+(?:erledigen|beenden|machen)\b"
                r"|\b(?:wollte|will|moechte|denk\w*|dachte|gedacht)\b[^.!?]{0,40}\b(?:in|gegen)\s+(?:den|die|einen|eine|nen|ne)\s+"
                r"\w*(?:pfeiler|gegenverkehr|baum|leitplanke|lkw|laster|betonwand|mauer)\s+(?:zu\s+)?(?:lenken|fahren|steuern|rasen|krachen|reinfahren)\b"),
    # stones in the pockets and into the water ("mit steinen in der jacke in den weiher")
    _p(_ATTEMPT, r"\bsteine\w*\s+in\s+(?:der|den|die|meiner|meinen|meine)\s+(?:jacke|taschen|manteltaschen|hosentaschen|mantel)\b[^.!?]{0,30}\b(?:in\s+den|ins|in\s+die)\s+(?:weiher|see|fluss|wasser|teich|meer|kanal)\b"
                 r"|\bstones\s+in\s+(?:my|the)\s+(?:pockets|coat|jacket)\b[^.!?]{0,30}\binto\s+the\s+(?:river|lake|sea|water|pond|canal)\b"),
    # for whoever finds me ("d id in es couvert gleit, für dä wo mi findet")
    _p(_PREP, r"\b(?:for|fuer)\s+(?:whoever|the\s+one\s+who|the\s+person\s+who|den,?\s+der|die,?\s+die|dae\s+wo|de\s+wo|den\s+wo)\s+(?:finds\s+me|mich\s+findet|mich\s+finden\s+wird)\b"),
    # the pain needed ("schlah mini fäust jede abig a d betonwand. bruuch dä schmerz")
    _p(_HARM, r"\b(?:i\s+)?(?:need|needed|brauch\w*)\s+(?:den|diesen|the|that)\s+(?:schmerz|pain)\s*(?:[.!?;,]|$)"),
    _p(_PREP, r"\bcheek(?:ing|ed)\s+(?:my\s+|the\s+)?(?:meds|pills|tablets|medication)\b"
              r"|\b(?:got|have|built)\s+(?:a\s+)?(?:good|decent|big|proper)\s+stash\b"),
    # round 41 (round 40's judge and its twins): doses held back day by day into a hidden bottle
    # ("holding back two of the oramorph doses every day and pouring them into a bottle"), "die
    # Morphintropfen zweig ich seit Tagen ab"
    _p(_PREP, r"\b(?:holding|held|keeping|kept|putting|put|setting|set)\s+back\s+(?:\w+\s+){0,3}?(?:of\s+)?(?:the\s+|my\s+)?(?:\w+\s+)?(?:doses|oramorph|morphine|oxycodone|pills|tablets|meds|capsules|patches)\b"
              r"[^.!?]{0,60}\b(?:every\s+(?:day|night|morning|evening)|each\s+(?:day|night)|a\s+day|bottle|jar|tin|wardrobe|drawer|hid\w*|stash\w*)\b"
              r"|\b(?:zweig\w*|abgezweigt)\s+(?:ich\s+)?(?:\w+\s+){0,3}(?:dosen|dosis|tropfen|tabletten|pillen|morphin\w*|oramorph|pflaster|kapseln)\b"
              r"|\b(?:dosen|tropfen|tabletten|pillen|morphin\w*|kapseln)\b[^.!?]{0,40}\b(?:abgezweigt|abzweig\w*|zurueckbehalten|zweig\w*\s+(?:ich\s+)?(?:\w+\s+){0,4}ab)\b"),
    # a quick end wished for before years of decline ("better a quick end now than years of Ellie
    # wiping my chin"); not the proverb "lieber ein Ende mit Schrecken"
    _p(_HOPE, r"\bbetter\s+(?:a|one)\s+(?:quick|fast|clean|short|swift)\s+end\b(?!\s+(?:to|of|for|with)\b)"
              r"|\blieber\s+(?:ein|jetzt\s+ein)\s+(?:schnelles|kurzes|rasches|schnelles\s+und\s+sauberes)\s+ende\b(?!\s+(?:mit|fuer|von|der|des)\b)"),
    # an illness hoped to be the last ("half hoping this flu turns into something i don't get up
    # from", "hoff fast, dass das was wird, von dem ich nicht mehr aufsteh")
    _p(_PASSIVE, r"\b(?:hop\w*|wish\w*|pray\w*)\b(?:(?!\b(?:not|isn't|won't|nothing)\b)[^.!?]){0,50}\b(?:something|one|thing)\s+(?:that\s+)?i\s+(?:don't|do\s+not|won't|wouldn't|never|can't)\s+(?:get\s+up|recover|come\s+back|wake\s+up)\s+from\b"
                 r"|\bhoff\w*\b(?:(?!\bkein|\bnicht)[^.!?]){0,50}\b(?:von\s+dem|von\s+der|aus\s+dem|aus\s+der)\s+ich\s+(?:nicht|nie)\s+mehr\s+(?:aufsteh\w*|aufwach\w*|rauskomm\w*|hochkomm\w*)\b"),
    # a farmer's plan for the night before the farm is lost ("i'll take the rifle up to the wood
    # behind the top field the night before")
    _p(_PLAN, r"\b(?:i'll|i\s+will|i'm\s+going\s+to|im\s+going\s+to|gonna)\s+take\s+(?:the|my|dad's|\w+'s)\s+(?:rifle|shotgun|gun|pistol|twelve-bore|12-bore)\b"
              r"[^.!?]{0,80}\b(?:the\s+(?:night|day|evening)\s+before|before\s+(?:they|the\s+bank|the\s+auction|the\s+sale)|that\s+night)\b"
              r"(?!\s+(?:the\s+)?(?:season|shoot|hunt|opening|first\s+day|cull|stalk))"),
    # a means that calls the writer ("the gun in the cabinet calls me every night"; German below)
    _p(_ACTIVE, r"\b(?:rifle|gun|shotgun|pistol|rope|pills|tablets|bridge|blade|razor)\b[^.!?]{0,30}\b(?:calls|is\s+calling|keeps\s+calling|whispers\s+to)\s+(?:me|my\s+name)\b"),
    # a cover story told for the writer's own funeral ("told them it's for my mum")
    _p(_PREP, r"\b(?:told|said\s+to)\s+(?:them|him|her|the\s+\w+)\s+(?:that\s+)?(?:it's|it\s+was|it\s+is|it\s+was\s+all)\s+for\s+(?:my|our)\s+(?:mum|mom|mother|dad|father|gran|nan|wife|husband|brother|sister|aunt|uncle)\b",
       context=r"\b(?:funeral|undertaker|coffin|casket|grave|plot|cremation|urn|headstone)\w*"),
    # round 41 (a tenth list): "the end. my end." said again of oneself; a stop said, then
    # corrected to the writer ("fine with it all stopping, i mean me stopping"); a place named if
    # the news is bad ("if the scan comes back bad thursday it's the balcony"); no way out but
    # death; the engine left running in a shut shed; "where i'm going i won't need it"
    _p(_ACTIVE, r"^\s*(?:i\s+mean\s+)?my\s+(?:own\s+)?end\s*[.!]*\s*$", context=r"\bthe\s+end\b"),
    _p(_PASSIVE, r"\b(?:stopping|stop|ending|end|over)\s*[,;:]+\s*(?:i\s+mean|meaning)\s+(?:me|mine|my\s+life)\b"
                 r"|^\s*(?:i\s+mean|meaning)\s*:?\s+(?:me|mine|my\s+life)\s*[.!]*\s*$",
       context=r"\b(?:stop|stopping|end|ending|over)\b"),
    _p(_PLAN, r"\bif\b[^.!?]{0,60}\b(?:it's|then\s+it's|it'll\s+be)\s+the\s+(?:balcony|bridge|roof|railway|tracks|cliff|river|rope|pills|tablets|gun|rifle)\b"),
    _p(_HOPE, r"\bno\s+way\s+out\s+(?:but|except|other\s+than|apart\s+from)\s+(?:dying|death|to\s+die|ending\s+it|killing\s+myself)\b"),
    _p(_ATTEMPT, r"\b(?:engine|car|motor|van)\s+running\s+in\s+the\s+(?:shut|closed|locked|sealed)\s+(?:shed|garage|barn|workshop)\b"),
    # round 45: an overdose said not to be the accident it was called ("they put it down as
    # accidental. it wasn't.")
    _p(_ATTEMPT, r"\bwas\s+(?:not|no)\s+(?:an\s+accident|accidental)\b|\b(?:it|that)\s+wasn't(?:\s+(?:an\s+accident|accidental))?\s*[.!]",
       context=r"\b(?:pills|tablets|overdos\w*|icu|a&e|stomach\s+pumped|accidental\w*)\b", intrinsic=True),
    # round 45 (list 15): found in time ("i was found on sunday before it was too late"), "had an
    # attempt a fortnight ago"
    # (not "wish they hadn't found me in time", which the classifier reads as it was)
    _p(_ATTEMPT, r"(?<!n't\s)(?<!not\s)\b(?:found\s+me|i\s+was\s+found|they\s+found\s+me)\s+(?:\w+\s+){0,3}?(?:in\s+time|before\s+it\s+was\s+too\s+late)\b"
                 r"|(?:^\s*|\bi\s+)(?:had|made)\s+an\s+attempt\b"),
    # round 45 (list 15): the last meal with all else done ("last supper. everything else is
    # ready"), not one before an exam
    _p(_PREP, r"\b(?:last\s+supper)\b(?![^.!?]{0,30}\bbefore\b)",
       context=r"\beverything\s+else\s+(?:is\s+)?(?:ready|done|sorted)\b"),
    # round 45: going over the ways ("lying awake going over ways i could do it")
    _p(_ACTIVE, r"\b(?:going\s+over|thinking\s+(?:about|of|through)|working\s+out|planning|researching|looking\s+up|listing)\s+"
                r"(?:the\s+|all\s+the\s+)?(?:ways|methods)\s+(?:i\s+(?:could|would|might|can)|to)\s+(?:do\s+it|end\s+it|go|kill\s+myself)\b"),
    # round 45: nobody need worry about the writer after a time, beside a will ("after friday you
    # won't have to worry about me")
    _p(_PREP, r"\b(?:won't|wont|will\s+not|don't|dont|do\s+not)\s+(?:have|need)\s+to\s+worry\s+about\s+me\s+(?:any\s*more|after|from)\b",
       context=r"\b(?:will|solicitor|gets\s+my|goodbye|letter)\b"),
    _p(_PREP, r"\bwhere\s+i'm\s+going,?\s+i\s+(?:won't|wont|will\s+not|don't)\s+need\s+(?:it|them|this|that|any\s+of\s+(?:it|this|that))\b"
              r"|\b(?:won't|wont|will\s+not)\s+need\s+(?:a|the|my)\s+(?:flat|house|home|room|place)\s*(?:any\s*more|again|after\s+\w+)?\s*(?:[.!?]|$)",
       context=r"\b(?:keys?|gave|given|giving|posted|returned|sent\s+back|landlord|council|cleared)\b"),
    _p(_PLAN, r"\blook(?:s)?\s+like\s+an\s+accident\b", context=r"\b(?:policy|insurance|pay\s*out|payout|life\s+cover)\b"),
    # round 41, second pass: "doing it then." after a time when the others are away ("wife's at
    # her mum's the weekend of the 14th. doing it then."); stepping in front of "it" where a train
    # is named; a life policy's exclusion "i'm past that now"
    _p(_PLAN, r"^\s*(?:i'm\s+|im\s+|i'll\s+be\s+|gonna\s+be\s+)?doing\s+it\s+then\s*[.!]*\s*$",
       context=r"\b(?:away|out\s+of\s+town|on\s+(?:holiday|nights|a\s+trip|a\s+course)|at\s+(?:her|his|their)\s+\w+'s|weekend\s+of|alone|nobody'?s\s+(?:home|in))\b"),
    _p(_PLAN, r"\b(?:i'm|i\s+am|im|i'll|i\s+will|gonna)\s+(?:\w+\s+)?(?:stepping|step|jumping|jump|walking|walk)\s+in\s+front\s+of\s+it\b",
       context=r"\b(?:train|tram|express|freight|station|platform|tracks|level\s+crossing)\b"),
    _p(_PREP, r"^\s*(?:and\s+)?(?:i'm|i\s+am|im)\s+(?:well\s+)?past\s+(?:that|it)\s+(?:now\s*)?[.!]*\s*$",
       context=r"\b(?:exclusion|suicide\s+clause|life\s+(?:policy|insurance|cover))\b"),
    # round 42 (round 41's judge dev81, young people in care): a night when nobody checks
    # ("saturday. only one staff on nights and he doesnt do checks after 11"); a near miss
    # regretted ("lorry nearly hit me crossing to college. first thought was shame it missed");
    # sleeves kept on in summer beside a secret ("always in hoodies in june. not telling her");
    # thinking of driving into water ("thinking about driving into the reservoir"); pets and
    # codes left "if anything happens", then a strange calm
    _p(_PLAN, r"\b(?:doesn't|don't|won't|never|nobody|no\s+one|no)\s+(?:does\s+|do\s+)?(?:any\s+)?(?:room\s+|bed\s+|night\s+)?"
              r"(?:checks|obs|observations|rounds|check\s+on\s+(?:me|us|the\s+rooms))\s+(?:after|past|between|from|till|until|before)\b"
              r"(?![^.!?]{0,60}\b(?:gam\w*|play\w*|watch\w*|stay\w*\s+up|sneak\w*|smok\w*|part(?:y|ied)|lol|haha|lmao)\b)",
       context=r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|weekend|that's\s+when)\b",
       intrinsic=True, kept_from_others=True),
    _p(_PASSIVE, r"\b(?:shame|pity|gutted|wish(?:ed)?)\s+(?:that\s+)?(?:it|he|she|they|the\s+\w+)\s+(?:missed|braked|stopped|swerved|didn't\s+hit\s+me)\b"
                 r"|\bwish(?:ed)?\s+(?:it|he|she|they|the\s+\w+)\s+(?:hadn't|had\s+not|didn't)\s+(?:brake|braked|stop|stopped|swerve|swerved|miss|missed)\b",
       context=r"\b(?:nearly|almost|just)\s+(?:hit|ran\s+over|run\s+over|got|clipped|knocked)\b|\bnear\s+miss\b"),
    _p(_HARM, r"\b(?:hoodies?|long\s+sleeves?|sleeves|jumpers?|cardigans?)\s+(?:\w+\s+){0,2}(?:in|all\s+through|through)\s+"
              r"(?:june|july|august|summer|the\s+heat|a\s+heatwave|(?:\d+|thirty)\s+degrees)\b",
       context=r"\b(?:not\s+telling|won't\s+tell|didn't\s+tell|never\s+tell|(?:got|getting|gotten)\s+worse|worse\s+(?:since|again)"
               r"|so\s+no(?:body|\s+one)\s+sees|hid\w*|cover\w*\s+(?:up|my\s+arms)|marks|scars|arms)\b"),
    _p(_ACTIVE, r"\b(?:think\w*|thought)\s+(?:about|of)\s+(?:just\s+)?(?:driving|steering|swerving|rolling|putting\s+the\s+car)\s+(?:\w+\s+)?(?:into|off)\s+(?:a|the)\s+"
                r"(?:reservoir|river|lake|canal|quarry|sea|harbour|dock|loch|tree|wall|bridge|pillar|cliff|edge)\b"),
    _p(_PREP, r"\b(?:takes?|taking|will\s+take|'ll\s+take|gets?|has|have)\s+(?:\w+\s+)?(?:the|my)\s+(?:\w+\s+)?(?:rats?|cats?|dogs?|hamsters?|rabbits?|guinea\s+pigs?|budgies?|fish|snake|gecko|bird)\s+"
              r"(?:\w+\s+)?if\s+(?:anything|something)\s+(?:happens|happened)\b"
              r"|\b(?:everything(?:'s|\s+is)?|all)\s+(?:sorted|done|settled|in\s+order|taken\s+care\s+of)\b[^.!?]{0,30}\b(?:weirdly|strangely|oddly|so|really)\s+(?:calm|peaceful|at\s+peace)\b",
       context=r"\b(?:code|pin|passwords?|passcode|private|privat|rats?|cats?|dogs?|hamsters?|letters?|notes?|keys)\b"),
    # round 42 (dev82, dev83): a pet handed on with a lie about how long ("asked rosie to take
    # the cat 'for a few weeks' ... she doesn't need to know it's longer than that"); "that's
    # the night." when the writer will be alone; a place named on its own beside a day ("the
    # bridge by the rowing club. early, before the eights go out. tuesday probably")
    _p(_PREP, r"\b(?:doesn't|don't|won't|didn't|does\s+not|do\s+not)\s+(?:need|have)\s+to\s+know\s+(?:that\s+)?(?:it's|it\s+is|it'll\s+be|it\s+will\s+be)\s+"
              r"(?:longer|for\s+good|forever|for\s+ever|permanent\w*|not\s+coming\s+back)\b",
       context=r"\b(?:cats?|dogs?|rabbits?|hamsters?|pets?|budgie|fish|keys|plants|for\s+a\s+(?:few|couple\s+of)\s+(?:days|weeks))\b",
       intrinsic=True, kept_from_others=True),
    _p(_PLAN, r"^\s*(?:that's|that\s+is|thats)\s+(?:the|my)\s+(?:night|day|date|one|time|weekend)\s*[.!]*\s*$",
       context=r"\b(?:to\s+myself|on\s+my\s+own|alone|away|nobody(?:'s|\s+is|\s+will\s+be)?\s+(?:home|in|around)|no\s+one(?:'s|\s+is)?\s+(?:home|in|around))\b"),
    _p(_PLAN, r"^\s*(?:the|that)\s+(?:bridge|viaduct|cliffs?|quarry|tracks|railway\s+bridge|level\s+crossing|multi-storey|car\s+park\s+roof|weir|dam|pier)\b"
              r"(?:\s+(?:by|at|near|over|behind|on|past)\s+(?:the\s+)?\w+(?:\s+\w+){0,2})?\s*[.!]*\s*$",
       context=r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight)\s+(?:probably|maybe|then|it\s+is|morning|night)\b"),
    # round 43 (dev84): a pet placed for good with a lie about why ("dog's at our steve's for
    # good. lied about why."); fine if the heart just packed in
    _p(_PREP, r"\b(?:dog|cat|pup|puppy|kitten|rabbit|hamster|budgie|parrot|horse|pets?|tortoise)(?:'s|\s+is|\s+went|\s+has\s+gone)\s+(?:[\w']+\s+){1,4}?for\s+good\b",
       context=r"\b(?:lied|lie|lying|made\s+(?:\w+\s+)?up|(?:didn't|did\s+not|won't|never)\s+(?:say|tell\s+\w+)\s+why|didn't\s+tell\s+(?:\w+\s+)?the\s+(?:real\s+)?reason)\b"),
    _p(_PASSIVE, r"\b(?:(?:i'd|i\s+would|would|i'll|i\s+will|i'm|i\s+am)\s+)?(?:be\s+)?(?:fine|ok|okay|alright|all\s+right|happy|grand|at\s+peace|cool)\s+(?:with\s+(?:it|that)\s+)?"
                 r"if\s+(?:my|the|this|me)\s+(?:old\s+|stupid\s+|bloody\s+)?(?:heart|ticker)\s+(?:just\s+|simply\s+)?(?:packed\s+(?:in|up)|gave\s+(?:out|up|in)|stopped|quit|conked\s+out|went)\b"
                 r"|\b(?:wouldn't|would\s+not)\s+mind\s+if\s+(?:my|the)\s+(?:old\s+)?(?:heart|ticker)\s+(?:just\s+)?(?:packed\s+(?:in|up)|gave\s+(?:out|up|in)|stopped|quit)\b"),
    # round 43 (dev85 and a twelfth list: students, shift workers, new parents, the widowed):
    # jealous of the dead in the obituaries; a list left "so he'll manage after"; the lot taken
    # with whisky; my things left to someone with a note; walking out into the estuary once the
    # tide tables are checked; tried to go out of a window, grabbed; a clean streak broken; told
    # them i'm moving out, and i'm not; the blades got out again; passwords in an envelope
    # beside a pet
    _p(_PASSIVE, r"\b(?:jealous|envious)\s+of\s+(?:the\s+)?(?:people\s+(?:in|on)\s+the\s+)?(?:obituaries|obits|death\s+notices|dead|deceased)\b"
                 r"|\b(?:jealous|envious)\s+of\s+(?:people|those|anyone|everyone)\s+who\s+(?:died|get\s+to\s+die|are\s+dead|didn't\s+wake\s+up)\b"),
    _p(_PREP, r"\bso\s+(?:he|she|they)(?:'ll|\s+will|\s+can|\s+could)\s+(?:manage|cope|be\s+(?:ok|okay|fine|alright|all\s+right))\s+after(?:wards)?\s*(?:[.!;]|$)"),
    _p(_PLAN, r"\b(?:take|swallow|down|neck)\s+(?:the\s+lot|them\s+all|all\s+of\s+them|the\s+whole\s+(?:lot|box|pack|packet|bottle))\s+with\s+(?:\w+\s+){0,2}(?:whisky|whiskey|vodka|wine|gin|rum|brandy|booze|scotch)\b"),
    _p(_PREP, r"\bleft\s+my\s+(?:\w+\s+){1,3}to\s+(?:\w+\s+){1,3}with\s+a\s+(?:note|letter|card)\b"),
    _p(_PLAN, r"\b(?:go|walk|wade|swim|head)\s+(?:out\s+)?into\s+the\s+(?:estuary|sea|river|lake|loch|water|waves|surf|ocean)\b",
       context=r"\b(?:tide\s+(?:turns|tables|times)|checked\s+the\s+(?:tide|tables)|stones?\s+in\s+my|weights|won't\s+come\s+back|not\s+coming\s+back)\b"),
    _p(_ATTEMPT, r"\btried\s+to\s+(?:go|get|climb|jump)\s+out\s+(?:of\s+)?(?:the|a|my)\s+(?:\w+\s+){0,3}?window\b",
       context=r"\b(?:grabbed\s+me|pulled\s+me\s+(?:back|in)|stopped\s+me|held\s+me|observation|on\s+obs|sectioned|caught\s+me)\b"),
    _p(_HARM, r"\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:days?|weeks?|months?|years?)\s+clean\s+(?:and|but)\s+(?:then\s+)?(?:i\s+)?(?:broke|blew|ruined|lost)\s+(?:it|the\s+streak)\b"),
    _p(_PREP, r"^\s*(?:but\s+)?(?:i'm|i\s+am)\s+not\s+(?:moving|going\s+away|leaving|travelling|traveling)(?:\s+out|\s+away|\s+anywhere)?\s*[.!]*\s*$",
       context=r"\btold\s+(?:\w+\s+){1,2}(?:that\s+)?(?:i'm|i\s+am)\s+(?:moving|going\s+away|leaving|travelling|traveling)\b",
       intrinsic=True),
    _p(_HARM, r"(?<!\bwe\s)(?<!\bthey\s)(?<!\bshe\s)(?<!\bhe\s)\b(?:got|took|dug|fished|pulled)\s+(?:the|my)\s+(?:old\s+)?(?:blades?|razors?|razor\s+blades?)\s+(?:back\s+)?out\b",
       context=r"\b(?:clean|stared|looked\s+at|urge|again|pressure)\b"),
    _p(_PREP, r"\bpasswords?\s+(?:are|is)\s+(?:\w+\s+){0,2}in\s+(?:an|the|a)\s+envelope\b",
       context=r"\b(?:cats?|dogs?|feed\w*|look\s+after)\b"),
    # round 43 (dev87, dev88: new parents and the widowed): a palm pressed on the hob; "i'll
    # walk into the reservoir"; going back to do it properly after an attempt; "i'd sooner go
    # this winter, and i wasn't joking"; the head banged till it bruises; "tuesday then." once
    # the baby is away; nothing for them to look for
    _p(_HARM, r"\b(?:pressed|press|pressing|held|hold|holding|put)\s+my\s+(?:palm|hand|arm|wrist|fingers?|thumb)\s+(?:on|onto|against|to)\s+(?:the\s+)?(?:hob|hotplate|iron|stove|radiator|kettle|oven\s+door|cooker|grill|hob\s+ring)\b",
       context=r"\b(?:again|sting\w*|only\s+thing|feel\s+something|feels?\s+like\s+anything|on\s+purpose|deliberately|burn\s+(?:mark|blister)s?)\b"),
    _p(_PLAN, r"\b(?:i'll|i\s+will|i'm\s+going\s+to|i'm\s+gonna)\s+(?:just\s+)?(?:walk|wade|go|swim)\s+(?:out\s+)?into\s+the\s+(?:sea|river|reservoir|lake|loch|canal|quarry|estuary|ocean|water)\b"
              r"(?!\s+(?:up\s+to|to\s+(?:my|the)\s+(?:knees|waist|ankles)|for\s+a\s+(?:swim|paddle|dip)))"),
    _p(_ACTIVE, r"\b(?:do|doing|finish|finishing)\s+it\s+properly\b",
       context=r"\b(?:tried|attempt\w*|fetched\s+me\s+out|pulled\s+me\s+out|found\s+me|overdos\w*|walked\s+into|cut\s+too|jumped)\b"),
    _p(_PASSIVE, r"\b(?:i'd|i\s+would)\s+(?:sooner|rather|just\s+as\s+soon|as\s+soon)\s+go\s+(?:this|next|before)\s+(?:winter|christmas|year|spring|summer|autumn|easter)\b",
       context=r"\b(?:wasn't|was\s+not|not)\s+joking\b|\ba\s+hundred\b|\blive\s+to\b|\bget\s+to\s+(?:a\s+)?\d+|\bmeant\s+it\b"),
    _p(_HARM, r"\b(?:bang|banged|banging|hit|hitting|smash\w*|slam\w*)\s+my\s+head\s+(?:\w+\s+)?(?:against|into)\s+(?:the|a)\s+(?:wall|floor|tiles|mirror)\b",
       context=r"\b(?:bruise\w*|lump|bled|bleeding|blood|until\s+it\s+hurt|till\s+it\s+hurt|egg\s+on)\b"),
    _p(_PLAN, r"^\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight)\s+(?:then|it\s+is)\s*[.!]*\s*$",
       context=r"\b(?:takes?\s+the\s+(?:baby|kids?|children)|away|alone|on\s+my\s+own|nobody(?:'s)?\s+(?:home|in)|to\s+(?:his|her)\s+(?:mum|mom|mother)'?s)\b"),
    _p(_PREP, r"\bso\s+(?:he|she|they)\s+(?:won't|don't|doesn't|will\s+not)\s+have\s+to\s+(?:look|search|hunt)\s+for\s+anything\b",
       context=r"\b(?:passwords?|will|solicitor|labelled|labeled|folder|insurance)\b"),
    # round 43 (a thirteenth list: men after a divorce, students, eating disorders, debt and
    # gambling; dev89, dev90): not bothered if i don't see 50; hoping to stop breathing in my
    # sleep; not planning on checking out of the hotel; the only plan that ever felt calm; the
    # express that doesn't stop; "that's where." beside the gun cabinet; the policy checked to
    # pay out, nobody left with a mess; a cut for every hundred lost; the pills called an
    # accident, "i wanted it"; did it for real and was found; starving "to die"; an arm scratched
    # raw with the keys; woke up wishing i'd stayed in it (a dream of one's funeral); out to the
    # end of the pier when the tide's in; "today again." after months clean
    _p(_PASSIVE, r"\b(?:not\s+bothered|wouldn't\s+mind|won't\s+mind|don't\s+care|couldn't\s+care\s+less|fine|ok|okay)\s+if\s+i\s+(?:don't|dont|do\s+not|never)\s+"
                 r"(?:see|make\s+it\s+to|reach|get\s+to)\s+(?:\d{2}|thirty|forty|fifty|sixty|seventy|next\s+(?:year|christmas|spring|summer)|my\s+next\s+birthday|christmas)\b",
       intrinsic=True),
    _p(_PASSIVE, r"\b(?:hope|hoping|wish|wishing|pray|praying)\s+(?:that\s+)?i\s+(?:just\s+)?(?:stop|stopped)\s+breathing\b"),
    _p(_PREP, r"\b(?:putting|put|squirrel\w*|tucking|stashing|hiding|saving)\s+(?:the|my)\s+(?:\w+\s+)?(?:pills|tablets|zopiclone|zolpidem|sleepers|sleeping\s+pills|diazepam|valium|tramadol|codeine|co-codamol|oxycodone|morphine|paracetamol|sertraline|amitriptyline|quetiapine)\s+away\b",
       context=r"\b(?:(?:about|nearly|over|almost)\s+\d+|counted|tin|jar|box|drawer|sock)\b"),
    _p(_PLAN, r"\bnot\s+planning\s+on\s+checking\s+out\b", context=r"\b(?:hotel|room|b&b|inn|airbnb|motel)\b",
       intrinsic=True),
    _p(_PLAN, r"\b(?:only|first)\s+plan\s+that(?:'s|\s+has)\s+ever\s+(?:felt|seemed|made)\s+(?:calm|right|peaceful|sense)\b"),
    _p(_PLAN, r"\b(?:express|fast\s+train|through\s+train|freight\s+train|intercity)\s+(?:doesn't|doesnt|does\s+not|won't)\s+stop\s+(?:at|here)\b",
       context=r"\b(?:tomorrow|tonight|after|before|when|then)\b"),
    _p(_PLAN, r"^\s*(?:that's|that\s+is|thats)\s+where\s*[.!]*\s*$",
       context=r"\b(?:cabinet|gun|shotgun|rifle|bridge|cliff|rope|beam|garage|loft)\b"),
    _p(_PREP, r"\bchecked\s+(?:that\s+)?(?:the\s+|my\s+)?(?:life\s+)?(?:policy|insurance)\s+(?:pays|will\s+pay|covers)\s+(?:out|suicide)\b(?!\s+(?:on|for)\s+(?:the|a|my)\s+(?:boiler|car|house|roof|phone|flat|van|bike|laptop|fridge|washing))"
              r"|\bso\s+(?:she's|he's|they're|she\s+is|he\s+is|they\s+are)\s+not\s+left\s+with\s+(?:a\s+mess|any\s+debts?|debts?|nothing)\b"),
    _p(_HARM, r"\bcut\s+my\s+(?:arm|arms|wrist|wrists|thigh|thighs|leg|legs|stomach)\s+(?:once\s+)?for\s+(?:every|each)\b"),
    _p(_ATTEMPT, r"\b(?:pills|tablets|overdose|od|fall|crash)\s+(?:was|were)\s+an\s+accident\b",
       context=r"\b(?:weren't|werent|wasn't|wasnt|i\s+wanted\s+it|i\s+meant\s+it)\b", kept_from_others=True),
    _p(_ATTEMPT, r"\bdid\s+it\s+for\s+real\b", context=r"\b(?:found\s+me|ambulance|hospital|a&e|pumped|woke\s+up)\b"),
    _p(_ATTEMPT, r"\b(?:doing|did)\s+it\s+to\s+die\b"),
    _p(_ATTEMPT, r"\b(?:starv\w*|not\s+eating)\b[^.!?]{0,30}\bto\s+die\b"),
    _p(_PREP, r"^\s*(?:but\s+)?i\s+(?:didn't|didnt|did\s+not)\s*[.!]*\s*$",
       context=r"(?=[\s\S]*\bif\s+anything\s+(?:happens|happened)\b)[\s\S]*\b(?:laughed|joked|laughing)\b", intrinsic=True),
    _p(_HARM, r"\b(?:scratched|scraped|gouged|dug\s+into)\s+my\s+(?:forearm|arm|wrist|skin|thigh|hand)s?\s+(?:raw|open|bloody)\s+with\b"),
    _p(_PASSIVE, r"\b(?:woke|wake|waking)\s+up\s+wishing\s+(?:i'd|i\s+had|i\s+could\s+have)\s+(?:stayed\s+(?:in\s+it|there|dead|asleep)|never\s+woken|not\s+woken)\b"),
    _p(_PLAN, r"\b(?:going|goin|gonna\s+go|i'll\s+go|walking|walk)\s+out\s+to\s+the\s+end\s+of\s+the\s+(?:pier|jetty|harbour\s+wall|breakwater)\b",
       context=r"\b(?:tide|birthday|anniversary|present|won't\s+come\s+back|jump)\b"),
    _p(_HARM, r"^\s*(?:today|tonight|last\s+night)\s+(?:again|i\s+did\s+it\s+again)\s*[.!]*\s*$",
       context=r"\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:days?|weeks?|months?|years?)\s+clean\b"),
    # round 42 (an eleventh list: leaving care, queer lives, athletes and performers, men after
    # a divorce): "god, let me just fade out"; "i'd take a heart attack right now, gladly"; hoping
    # not to come round from an operation; "wish i could've stayed asleep forever"; stepping off
    # the platform crossing one's mind; "top myself"; "decided: the cliff road"; no seatbelt
    # beside a pillar; all of someone's morphine when they are out; "so she sees"; "clean exit"
    # after deleting; medals tagged "who gets which"; a goodbye video scheduled; goodbyes "they
    # don't know why"; the knot looked up and practised; biting one's arm till it bruises; the
    # old ones reopened; "six feet down" as the way out; an attempt passed off as food
    # poisoning; held oneself under
    _p(_PASSIVE, r"\blet\s+me\s+(?:just\s+)?(?:fade|slip|drift)\s+(?:out|away|off)\b"
                 r"|\bi'd\s+(?:gladly\s+|happily\s+)?take\s+(?:a|the)\s+(?:heart\s+attack|stroke|bullet|car\s+crash|crash|tumou?r)\b"
                 r"|(?<!\bno part of me )\b(?:hop\w*|wish\w*)\b[^.!?]{0,30}\b(?:don't|do\s+not|won't|never)\s+come\s+(?:round|around|to)\b"
                 # round 51: "wished so badly I'd stayed asleep for good"
                 r"|\bwish\w*\s+(?:so\s+(?:badly|much|hard)\s+)?(?:that\s+)?(?:i\s+)?(?:could(?:'ve|\s+have)?|had|i'd|id)\s+(?:just\s+)?stayed\s+asleep\s+(?:forever|for\s+good|for\s+ever)\b"),
    _p(_ACTIVE, r"\b(?:stepping|step|jumping|jump)\s+(?:off|in\s+front\s+of)\s+(?:the|a)\s+(?:platform|train|bridge|roof|ledge|tube)\b[^.!?]{0,30}\b(?:crosses|cross|crossed)\s+my\s+mind\b"
                r"|\b(?:can't|cannot)\s+get\s+(?:suicide|killing\s+myself|dying)\s+out\s+of\s+my\s+head\b"),
    _p(_ACTIVE, r"(?<!\bnot to )(?<!\bnot going to )(?<!\bnot gonna )(?<!\bnever )(?<!\bwon't )(?<!\bwouldn't )(?<!\bnot )"
                r"\btop\s+myself\b(?!\s+up)", intrinsic=True),
    _p(_PLAN, r"\bdecided\s*[:,-]\s*(?:the\s+)?(?:cliff|bridge|tracks|railway|quarry|roof|car\s+park|multi-storey|river|weir|viaduct|pillar)\b"
              r"|\b(?:gonna|going\s+to|i'll|i\s+will)\s+(?:take|swallow|neck)\s+all\s+(?:of\s+)?(?:\w+'s\s+|my\s+|the\s+|her\s+|his\s+)(?:\w+\s+)?(?:morphine|pills|tablets|meds|medication|painkillers|insulin|oxy\w*)\b",
       kept_from_others=True),
    _p(_PLAN, r"\bno\s+seat\s*belt\b(?![^.!?]{0,80}\b(?:police|told\s+us|about\s+the|who\s+died)\b)", context=r"\b(?:pillar|tree|oak|bridge|wall|bypass|motorway|90|100|a\s+hundred)\b", intrinsic=True),
    _p(_PLAN, r"^\s*so\s+(?:she|he|they)\s+(?:sees?|finds?|has\s+to\s+see|will\s+see|knows?)\s*(?:it|me)?\s*[.!]*\s*$",
       context=r"\b(?:bridge|tracks|railway|roof|cliff|river|car\s+park|rope|pills)\b"),
    _p(_PREP, r"^\s*(?:a\s+)?(?:clean\s+exit|no\s+trace\w*(?:\s+left)?)\s*[.!]*\s*$", context=r"\b(?:deleted|wiped|cleared)\b"),
    _p(_PREP, r"\bsaying\s+who\s+gets\s+(?:what|which)\b|\bwho\s+gets\s+which\b", context=r"\bmy\b"),
    _p(_PREP, r"\bgoodbye\s+(?:video|message|post|vid|voice\s*note)\b[^.!?]{0,40}\bschedul\w*\b|\bschedul\w*\b[^.!?]{0,40}\bgoodbye\s+(?:video|message|post)\b"
              r"|\bgoodbyes?\b[^.!?]{0,40}\b(?:they|he|she|nobody|no\s+one)\s+(?:don't|doesn't|didn't)\s+know\s+why\b"),
    _p(_PREP, r"\blooked\s+up\s+(?:the|a|how\s+to\s+tie\s+(?:the|a))\s+(?:knot|noose)\b[^.!?]{0,40}\bpractis\w*\b|\bpractis\w*\s+(?:the\s+)?(?:knot|noose)\b"),
    _p(_HARM, r"\bbit\s+my\s+(?:own\s+)?(?:arm|hand|wrist)\s+(?:till|until)\b|\breopen\w*\s+(?:the\s+)?(?:old\s+)?(?:ones|cuts|scars|wounds)\b"
              r"|\bstubbed\s+(?:a|my|the)\s+(?:cigarette|fag|ciggie)\s+out\s+on\s+my\s+(?:arm|wrist|hand|leg|thigh)\b"),
    _p(_HOPE, r"\b(?:way\s+out|only\s+way|except|apart\s+from)\b[^.!?]{0,20}\bsix\s+feet\s+(?:under|down)\b", intrinsic=True),
    _p(_ATTEMPT, r"\btold\s+(?:everyone|everybody|them|people|(?:my|the)\s+\w+)\s+(?:it\s+was|i\s+had)\s+(?:food\s+poisoning|a\s+bug|an\s+accident|a\s+migraine|the\s+flu|flu|a\s+fall)\b",
       context=r"\b(?:tried|took|overdos\w*|hospital|a&e|stomach\s+pumped)\b"),
    _p(_ATTEMPT, r"\bheld\s+myself\s+under\b"),
    # errands done "so there's no hassle afterwards" beside passwords and pets given on ("laptop-pin
    # fuer die chefin auf nen zettel geschrieben. damit's danach keinen stress gibt.")
    _p(_PREP, r"\b(?:damit|dass)(?:'s|s|\s+es)?\s+(?:\w+\s+){0,2}danach\s+(?:\w+\s+){0,2}(?:keinen\s+(?:stress|aerger|aufwand)|kein\s+(?:chaos|theater|durcheinander)|keine\s+(?:arbeit|umstaende|probleme))\b"
              r"|\bso\s+(?:there's|there\s+is|there'll\s+be|nobody\s+has|no\s+one\s+has)\s+(?:no\s+(?:hassle|mess|stress|fuss)|(?:any\s+)?(?:hassle|mess)|to\s+(?:sort|deal\s+with)\s+(?:anything|it))\s+(?:after|afterwards)\b",
       context=r"\b(?:pin|pins|passwor\w*|passwoert\w*|zugangsdaten|logins?|pflanzen|plants|katze|kater|hund|cat|dog|schluessel|keys|zettel|note|letter|brief|testament|will)\b"),
    # round 34 (a third independent list): "took all my mums paracetamol", "i even messed up
    # dying", "turned the gas on last night and lay down"
    _p(_ATTEMPT, r"\b(?:took|swallowed)\s+all\s+(?:of\s+)?(?:my|the)\s+(?:\w+\s+)?(?:paracetamol|ibuprofen|aspirin|codeine|co-codamol|tramadol|sleeping\s+tablets|diazepam"
                 # round 40 (a ninth list): "took all the morphine on sunday. woke up monday, sick"
                 r"|morphine|oxycodone|oxy|fentanyl|insulin|methadone|zopiclone|amitriptyline|lithium)\b"
                 r"|\b(?:messed|screwed|fucked)\s+up\s+(?:dying|die|killing\s+myself|kill\s+myself)\b|\b(?:couldn't|can't)\s+even\s+(?:die|kill\s+myself)\s+(?:right|properly)\b"
                 r"|\bturned\s+(?:on\s+)?the\s+gas\s+(?:on\s+)?(?:\w+\s+){0,4}?(?:and|then)\s+(?:lay|laid|lie|lied)\s+down\b"
                 r"(?![^.!?]{0,40}\b(?:pasta|dinner|tea|kettle|pan|pot|oven|soup|boil\w*|cook\w*)\b)"),
    _p(_ATTEMPT, r"\btook\s+(?:\d+|ten|twenty|thirty|forty|fifty)\s+(?:of\s+)?(?:my\s+|the\s+)?(?:\w+\s+)?"
                 r"(?:pills|tablets)\b"),
    _p(_HARM, r"\bi\s+(?:cut|burned|burnt|hurt)\s+again\b|\bfresh\s+(?:cuts|scars|wounds|burns)\b"
              r"|\bcovered\s+in\s+cuts\b"),
    # --- English: self-harm ---------------------------------------------------------------
    _p(_HARM, r"\b(?:cut|cutting|burn(?:ed|t|ing)?|hurt(?:ing)?|harm(?:ed|ing)?|hit(?:ting)?|"
              r"scratch(?:ed|ing)?|punch(?:ed|ing)?|starv(?:e|ed|ing)|carv(?:e|ed|ing))\s+myself\b"
              r"(?!\s+(?:while|when|on\s+(?:a|the)|by\s+accident|accidentally|shaving|cooking|"
              r"chopping|playing|at\s+(?:work|the)|in\s+the\s+(?:kitchen|garden)|during))"),
    _p(_HARM, r"\bself[- ]?harm\w*|\bsh\s+again\b|\bsh\b(?=[^.!?]{0,20}\b(?:again|tonight|today))"),
    _p(_HARM, r"\b(?:cutting|burning|harming|scratching)\s+again\b|\bstarted\s+(?:cutting|harming|"
              r"burning|hurting\s+myself)\s+again\b"),
    # round 45: cutting with nothing cut named ("i've been cutting most nights", "she asked if i
    # had been cutting")
    _p(_HARM, r"\b(?:i've|ive|i\s+have|i\s+had|i'd|(?<![a-z]\s)been)\s+(?:been\s+)?cutting"
              r"(?=\s*(?:[.!?;]|$|\s+(?:most|every|each|daily|lately|recently|a\s+lot|at\s+night|for\s+"
              r"(?:weeks|months|days|a\s+while)|since|on\s+my|my\s+(?:arms?|legs?|thighs?|wrists?|"
              r"stomach|skin))\b))"),
    _p(_HARM, r"\bstarted\s+again\b|\brelaps\w*|\b(?:weeks?|months?|days?)\s+clean\b",
       context=_HARM_CONTEXT),
    _p(_HARM, r"\bcuts?\b[^.!?]{0,40}\b(?:want|need)\s+(?:to\s+do\s+)?more\b"
              r"|\b(?:cuts|scratches|burns)\s+(?:on|from)\b[^.!?]{0,30}\b(?:still\s+open|fresh|new)\b"),
    _p(_HARM, r"\b(?:burned|burnt|cut|scratched|carved)\s+(?:my|into\s+my)\s+(?:arms?|wrists?|skin|"
              r"thighs?|legs?|stomach|hands?)\b(?=[^.!?]*\b(?:so\s+i\s+could|till|til|until|on\s+"
              r"purpose|again|with\s+(?:a|the)\s+(?:lighter|blade|razor|knife|cigarette|scissors)))"),
    # round 32, from an independent list written blind (eval/lexicon_candidates/crisis_expressions_*):
    # said sideways, each checked against the list's own look-alike and every labelled line
    _p(_PASSIVE, r"\b(?:vanish|disappear)\w*\b[^.!?]{0,40}\bnever\s+be\s+found\b"
                 r"|\b(?:want|wanna|like)\s+to\s+lie\s+down\s+and\s+(?:not|never)\s+get\s+(?:back\s+)?up\b(?!\s+(?:until|till|before|for|again\s+until))"
                 r"|\b(?:i'd|i\s+would)\s+(?:finally\s+)?be\s+out\s+of\s+(?:the|everyone's|their|your)\s+way\b(?!\s+of\b)"
                 r"|\bhop\w*\s+(?:that\s+)?i\s+(?:don't|do\s+not|won't|will\s+not)\s+(?:survive|make\s+it\s+through|wake\s+up\s+from)\s+(?:the|my|this)\s+(?:operation|surgery|op|anaesthetic|anesthetic)\b",
       intrinsic=True),
    _p(_ACTIVE, r"(?<!like\sim\s)(?<!like\si'm\s)(?<!like\si'm\sgoing\s)(?<!like\sim\sgoing\s)\b(?:to|gonna|wanna|i'll|i'd|just|will|might|should|could)\s+off\s+myself\b"),
    _p(_PLAN, r"\b(?:chosen|chose|picked|decided\s+on|set|worked\s+out|know)\s+the\s+(?:time|date|day)\s+and\s+(?:the\s+)?place\b"
              r"|\b(?:know|checked|looked\s+up)\s+(?:the\s+)?(?:level\s+)?crossing\b[^.!?]{0,40}\b(?:times?|timetable|when)\b[^.!?]{0,25}\b(?:train|freight|express)\b"
              r"|\bi\s+have\s+a\s+plan\s+now\b[^.!?]{0,40}\b(?:calm|peaceful|relieved)\b"),
    _p(_PREP, r"\b(?:instructions|texts|messages|letters|notes|emails)\s+(?:to\s+(?:send|go\s+out)\s+)?for\s+after(?:wards)?\b(?!\s+(?:the|my|work|school|dinner|lunch|christmas|the\s+\w+)\b)"
              r"|\b(?:texts|messages|emails)\s+to\s+(?:send|go\s+out)\s+after\b(?!\s+(?:the|my|work|school|dinner|lunch|\w+day)\b)"
              r"|\b(?:they|nobody|no\s+one|everyone|mum|mom|dad|he|she)\s+(?:don't|doesn't|didn't|do\s+not|does\s+not|did\s+not)\s+know\s+(?:it's|it\s+is|it\s+was|this\s+is)\s+(?:a\s+|my\s+)?goodbye\b(?!\s+(?:to|for|when)\b)"
              # round 33: "asked my sister to take biscuit 'for a while'. she doesn't know it's for good"
              r"|\b(?:they|nobody|no\s+one|mum|mom|dad|he|she)\s+(?:doesn't|didn't|does\s+not|did\s+not)\s+know\s+(?:that\s+)?(?:it's|it\s+is|it\s+was)\s+(?:for\s+good|the\s+last\s+time)\b"
              r"(?![^.!?]{0,40}\b(?:move|moving|emigrat\w*|abroad|australia|canada)\b)"
              r"|\blife\s+insurance\b[^.!?]{0,40}\bpays?\s+out\b[^.!?]{0,20}\b(?:anyway|either\s+way|regardless)\s*(?:[.!?]|$)"
              r"|\bemptied\s+(?:the|my|mum's|dad's|mom's)\s+(?:medicine|bathroom)\s+(?:cabinet|cupboard)\s+into\s+my\b"),
    _p(_HARM, r"\b(?:hid\w*|cover\w*)\s+my\s+(?:arms?|wrists?|legs?|thighs?)\b[^.!?]{0,30}\bnew\s+(?:marks|cuts|ones|scars)\b"
              r"|\bcarv\w*\s+(?:\w+\s+){0,3}(?:into|in|on)\s+my\s+(?:arm|arms|leg|legs|thigh|thighs|wrist|wrists|skin|hand|stomach)\b"
              r"|\b(?:(?:night|day|week|evening)\s+of|my)\s+self[- ]?injur\w*\b(?![^.!?]{0,30}\b(?:free|clean|since|years\s+ago)\b)"),
    _p(_ATTEMPT, r"\b(?:another\s+)?failed\s+attempt\b[^.!?]{0,30}\bcan't\s+even\s+do\s+(?:this|that|it)\s+right\b"
                 r"|(?:^|[.!?]\s*|\b(?:that|this|it)\s+was\s+)attempt\s+number\s+(?:two|three|four|2|3|4)\b(?!\s+(?:at|to|on)\b)"
                 r"|\btook\s+everything\s+in\s+the\s+(?:medicine|bathroom)\s+(?:cupboard|cabinet)\b(?!\s+(?:to|back|out|into|for|down)\b)"
                 r"|\btook\s+the\s+lot\b[^.!?]{0,20}\b(?:still\s+here|woke\s+up|survived)\b"
                 r"|\b(?:went\s+through\s+with\s+it|did\s+it)\b[^.!?]{0,30}\bfound\s+me\s+in\s+time\b"
                 r"|\b(?:did|done)\s+something\b(?!\s+(?:to|with|for)\s+my\s+(?:back|knee|ankle|wrist|shoulder|neck))[^.!?]{0,30}\b(?:still\s+in\s+(?:the\s+)?hospital|in\s+(?:the\s+)?(?:icu|a&e|psych\s+ward))\b"
                 r"|\b(?:mum|mom|dad|my\s+\w+)\s+found\s+me\b[^.!?]{0,20}\bthe\s+ambulance\s+came\b"),
    # round 32 (crisis_dev52, older adults): a second language's "finish with my life", walking
    # into a river when the weather turns, blisters that "do me good"
    _p(_ATTEMPT, r"\b(?:trying|tried|try)\s+to\s+finish\s+(?:with\s+)?my\s+(?:own\s+)?life\b(?!\s+(?:drawing|story|coaching|class|insurance|admin)\b)"),
    _p(_PLAN, r"\b(?:i'll|i\s+will|i'm\s+going\s+to|gonna|i\s+shall)\b[^.!?]{0,50}\b(?:walk|wade|go|step)\s+in\s*(?:[.!?]|$)",
       context=r"\b(?:river|sea|lake|canal|reservoir|loch|severn|thames|mersey|tyne|trent|deepest|current|tide|runs\s+deep)\b"),
    _p(_HARM, r"\b(?:the\s+)?(?:blisters|burns|cuts|marks|scars)\s+(?:do|did|feel|felt)\s+(?:me\s+)?good\b"),
    # round 32 (crisis_dev53, young people): the "what if" at a height that no longer stops, a
    # time set by when someone else is away, care notes for a pet whose purpose no one knows
    _p(_ACTIVE, r"\b(?:doesn't|does\s+not|don't|do\s+not)\s+stop\s+at\s+['\"‘“]?what\s+if\b|\bplays\s+the\s+whole\s+thing\s+(?:through|out)\b",
       context=r"\b(?:staircase|stairs|stairwell|bridge|roof|rooftop|edge|platform|balcony|window|ledge|cliff|tracks|height)\b"),
    _p(_PLAN, r"^\s*when\b[^.!?]{0,80},\s*that's\s+when\s*(?:[.!?]|$)", kept_from_others=True),
    _p(_PREP, r"\b(?:instructions|care\s+sheet|notes?|list)\b[^.!?]{0,30}\bfor\s+my\s+(?:hamster|cat|dog|rabbit|fish|bird|guinea\s+pig|tortoise)\b",
       context=r"\b(?:doesn't|does\s+not|don't|do\s+not|didn't)\s+know\s+what\s+(?:it's|it\s+is|they're|they\s+are|it\s+was)\s+(?:really\s+)?for\b"),
    # round 32: not trusting oneself tonight, alone, or with the means ("asked my friend to stay
    # over, i don't trust myself tonight")
    _p(_ACTIVE, r"\b(?:don't|do\s+not|dont|can't|cannot|can\s+not)\s+trust\s+myself\b(?=\s*(?:tonight|alone|right\s+now|at\s+the\s+moment"
                r"|any\s*more|to\s+be\s+(?:alone|on\s+my\s+own)|on\s+my\s+own|not\s+to\s+(?:do|hurt|harm|use|take)\b"
                r"|with\s+(?:the\s+|my\s+|those\s+|these\s+)?(?:pills|tablets|meds|knife|knives|blades?|razors?|rope|insulin)\b))",
       intrinsic=True),
    _p(_HARM, r"\bon\s+purpose\b[^.!?]{0,20}\bagain\b|\b(?:punched|hit)\s+(?:the|a)\s+wall\b"
              r"[^.!?]{0,40}\bon\s+purpose\b"),
    _p(_HARM, r"\burge\s+to\s+(?:cut|hurt|harm|burn)\b|\b(?:want|need)\s+to\s+(?:cut|hurt|harm|burn)"
              r"\s+(?:myself|again)\b"),
    # --- English: hopelessness with a wish to be dead ------------------------------------------
    _p(_HOPE, r"\b(?:there's|there\s+is|i\s+see|i\s+have|i've\s+got)\s+no\s+way\s+out\b"
              r"|\bno\s+way\s+out\s+(?:of\s+this|any\s*more|for\s+me)\b|^\s*no\s+way\s+out\b"),
    _p(_HOPE, r"\bno\s+(?:reason|point)\s+(?:to|in)\s+(?:live|living|going\s+on|being\s+alive|"
              r"carrying\s+on)\b|\bnothing\s+(?:left\s+)?to\s+live\s+for\b|\bwhat's\s+the\s+point\s+"
              r"(?:of|in)\s+(?:living|life|going\s+on)\b|\blife\s+(?:isn't|is\s+not|isnt|ain't|aint)\s+worth\s+"
              r"(?:living|it)\b", intrinsic=True),
    _p(_HOPE, r"\bcan't\s+see\s+(?:a|any)\s+future\b"),
    _p(_HOPE, r"\bcan't\s+(?:go\s+on|do\s+this|take\s+(?:it|this))\s+any\s*(?:more|longer)\b"
              r"(?!\s+(?:job|work|class))|\bcan't\s+go\s+on\s+(?:living|like\s+this)\b"
              # (round 44: not a thing of the day named after it, "with the bus times")
              r"(?!\s+with\s+(?:the\s+|my\s+|this\s+|these\s+)?(?:bus|buses|trains?|commute|traffic|rota|wifi|internet|heating|boiler"
              r"|landlord|noise|neighbours|neighbors|laptop|phone|car|van|parking|roadworks|printer|sleep\s+schedule)\b)", intrinsic=True),
    _p(_HOPE, r"\bdying\s+is\s+the\s+(?:only|one)\s+thing\b|\b(?:i'm|i\s+am)\s+a\s+burden\b"),
    # round 8: the same wishes told sideways ("everyone would be relieved", "what's the point of
    # another forty years", "envying the people in the obituaries", "switch the whole thing off")
    _p(_PASSIVE, r"\b(?:everyone|everybody|they|my\s+family)\s+would\s+be\s+relieved\b(?=\s*(?:[.!?,;]|$|if\s+i|when\s+i))"
                 r"|\bbetter\s+off\s+with\s+someone\s+else\b|\b(?:let\s+me\s+go|take\s+me)\s+in\s+my\s+sleep\b"
                 r"|\benv(?:y|ying|ied)\s+(?:the\s+)?(?:dead|people\s+in\s+the\s+obituar\w*|ones\s+who\s+(?:died|are\s+gone))\b"
                 r"|\b(?:want|wish|like|need)\s+to\s+switch\s+(?:the\s+whole\s+thing|it\s+all|everything|myself|me)\s+off\b"),
    _p(_HOPE, r"\b(?:what's\s+the\s+point\s+of|why\s+(?:bother\s+with|go\s+through))\s+another\s+(?:\w+\s+)?(?:years|decades)\b"
              r"|\bno\s+future\b[^?]{0,40}\b(?:don't|do\s+not)\s+want\s+(?:one|it|any)\b"
              r"|\b(?:i'm|i\s+am)\s+done\b[^.!?]{0,30}\b(?:i'll|i\s+will|going\s+to)\s+(?:jump|end\s+it)\b"),
    _p(_PASSIVE, r"\bhop(?:e|ing)\s+i\s+(?:don't|do\s+not|won't|dont)\s+(?:make\s+it|survive|come\s+(?:out|through))\b"
                 r"|\bgo\s+to\s+sleep\s+and\s+stay\s+(?:there|asleep|that\s+way)\b"
                 # round 24: "kind of wish i could stay asleep in there for good"
                 r"|\bwish\w*\s+(?:i\s+)?(?:could|would|'d)\s+(?:just\s+)?(?:stay|remain|sleep)\s+(?:asleep\s+)?(?:\w+\s+){0,3}?(?:forever|for\s+good|for\s+ever|and\s+never\s+wake)\b|\bwant\s+to\s+be\s+not\s+here\b"
                 r"|\b(?:content|happy|glad|fine|okay)\s+not\s+to\s+see\s+another\s+(?:winter|summer|spring|christmas|birthday|year)\b"),
    _p(_PREP, r"\bwon't\s+be\s+needing\s+(?:it|one|them|any)\b|\bwhen\s+(?:they|someone|somebody)\s+finds?\s+me\b"
              r"|\bnothing\s+(?:left\s+)?(?:keeping|holding)\s+me(?:\s+here)?\s*(?:[.!?,;]|$)"),
    _p(_ATTEMPT, r"\b(?:nearly|almost)\s+went\s+through\s+with\s+it\b"),
    # round 30 (crisis_dev45's misses): "i tried to do it on sunday with a kitchen knife", a
    # wish to be switched off, "it's going to be tonight" beside a last message, a dream of
    # fading out and annoyance that it wasn't real, a time set while everyone sleeps
    _p(_ATTEMPT, r"\b(?:i\s+)?tried\s+to\s+do\s+it\b",
       context=r"\b(?:knife|blade|razor|pills|tablets|rope|stitch\w*|tendon|a&e|hospital|ambulance|overdose|bridge|jump\w*|wrists?)\b"),
    _p(_PASSIVE, r"\b(?:wish\w*|want\w*|hop\w*)\b[^.!?]{0,30}\b(?:switch|turn|shut)\s+me\s+off\b"
                 r"|\b(?:wuensch\w*|hoff\w*)\b[^.!?]{0,30}\bmich\s+(?:einfach\s+)?(?:abschalte\w*|ausschalte\w*|abstellen|ausknipsen)\b"),
    _p(_PLAN, r"(?:^|[.!?]\s+)\s*(?:it's|it\s+is|it'll\s+be|it\s+will\s+be)\s+(?:going\s+to\s+be\s+|gonna\s+be\s+|happening\s+)?(?:tonight|today)\s*(?=[.!]|$)",
       context=r"\b(?:drink|drunk|number|goodbye|bye|sorry|last|note|love\s+you|pills|tablets|rope|bridge)\b"),
    _p(_PASSIVE, r"\b(?:annoyed|disappointed|sad|gutted|sorry|upset|angry)\s+(?:that\s+)?it\s+(?:wasn't|was\s+not|isn't)\s+real\b"
                 r"|\b(?:enttaeuscht|traurig|sauer|schade)\b[^.!?]{0,15}\b(?:dass|das)\s+es\s+nicht\s+(?:echt|wahr|wirklich)\s+war\b",
       context=r"\b(?:die|dying|dead|fade\w*|disappear\w*|gone|vanish\w*|funeral|grave|not\s+wake|nobody\s+notice\w*|sterb\w*|tot|verschw\w*|beerdig\w*)\b"),
    _p(_PLAN, r"\b(?:wecker|alarm)\b[^.!?]{0,40}\b(?:da|wenn|when)\s+(?:schlafen\s+alle|alle\s+schlafen|everyone(?:'s|\s+is)\s+asleep)\b",
       context=r"\b(?:tabletten|pillen|pills|tablets|seil|rope|klinge|blade)\b"),
    # round 30: thinking all the time about what it would be like, beside a denial of the act
    # ("ich will mich nicht umbringen, aber ich denk ständig drüber nach, wie es wäre")
    _p(_ACTIVE, r"\b(?:denk\w*|dachte)\s+(?:\w+\s+){0,3}(?:drueber|darueber|daran|dran)\s+nach,?\s+wie\s+es\s+(?:waere|ist|sich\s+anfuehl\w*)\b"
                r"|\b(?:keep|kept|constantly|always|can't\s+stop)\s+(?:\w+\s+)?think\w*\s+about\s+(?:what\s+it\s+would\s+be\s+like|how\s+it\s+would\s+feel)\b",
       intrinsic=True,
       context=r"\b(?:umbring\w*|umzubringen|sterben|tot\s+(?:zu\s+)?sein|suizid\w*|selbstmord\w*|leben\s+(?:zu\s+)?nehmen|kill\s+myself|killing\s+myself|die|dying|dead|suicid\w*|end\s+(?:it|my\s+life))\b"),
    # round 30: a survived attempt regretted now ("lately i'm not grateful, i'm angry it didn't
    # work", "ich bin wütend, dass ich überlebt habe")
    _p(_ATTEMPT, SURVIVAL_REGRETTED.pattern,
       context=r"\b(?:swallow\w*|overdos\w*|tried|attempt\w*|pills|tablets|hospital|survived|cabinet|jumped|hanged|rope|schluckte|geschluckt|tabletten|versuch\w*|ueberlebt|krankenhaus|intensiv\w*|gesprungen)\b"),
    # round 9 (the retired held-out sets fresh-fresh6): self-harm told by a bare "cut" ("woke up
    # and cut before anyone was up"), "unalive thoughts", attempts told flatly ("tried again.
    # didn't work again", "OD sunday, discharged today", a belt round the neck), preparation by
    # its objects (charcoal and tape, a hose in the boot, buying so nobody notices how many),
    # wishes to be gone told sideways, death as the only door, the PHQ-9's last item ticked
    _p(_HARM, r"\b(?:i|and|then|just|so)\s+cut(?=\s+(?:again|last\s+night|tonight|today|this\s+(?:morning|evening|afternoon)"
              r"|before|after\s+(?:work|school|dinner|lunch|that)|in\s+the\s+(?:bathroom|shower|toilet|loo)|at\s+(?:lunch|night|school|work))\b"
              r"|\s*(?:[.!,;]|$))"),
    _p(_ACTIVE, r"\bkill\s+thoughts\b|\bthoughts\s+of\s+kill\b"),
    _p(_ATTEMPT, r"^\s*(?:it\s+)?(?:didn't|did\s+not)\s+work\s+(?:again|this\s+time\s+either)\b", context=r"\btried\s+(?:again|it)\b"),
    _p(_ATTEMPT, r"\b(?:od|overdosed?)\b[^.!?]{0,30}\b(?:discharged|a&e|hospital|er|icu|stomach\s+pumped|ambulance)\b"
                 r"|\b(?:belt|rope|cord|cable|scarf|noose|dressing\s+gown\s+cord)\s+(?:\w+\s+){0,2}(?:round|around)\s+my\s+neck\b"),
    _p(_PREP, r"\bcharcoal\b[^.!?]{0,40}\b(?:tape|duct\s+tape|gaffer)\b|\b(?:hose|hosepipe)\b[^.!?]{0,40}\b(?:in\s+the\s+boot|exhaust|in\s+the\s+trunk)\b"
              r"|\bso\s+(?:nobody|no\s+one|no-one)\s+(?:notices|sees|knows)\s+how\s+many\b"),
    _p(_PASSIVE, r"\b(?:not\s+sure|don't\s+know\s+if|doubt)\s+i\s+(?:want\s+to|will|'ll)\s+be\s+(?:around|here|alive)\s+(?:for|by|at|next|to\s+see)\b"
                 r"|\brather\s+be\s+(?:in\s+the\s+ground|in\s+the\s+grave|dead|gone)\b"
                 r"|\brather\s+be\s+with\s+(?:you|her|him|them|mum|dad|mom)\s+than\s+(?:here|alive|be\s+here)\b"
                 r"|\b(?:button|switch|wish)\b[^.!?]{0,40}\bnever\s+(?:have\s+)?(?:existed|been\s+born)\b"),
    _p(_PASSIVE, r"\bi\s+(?:just\s+|only\s+)?want\s+to\s+be\s+with\s+(?:her|him|you|them|mum|dad|mom|nan|gran|grandma|grandad)(?:\s+again)?\s*(?:[.!,;]|$)",
       context=r"\b(?:dead|died|death|funeral|grave|cemetery|passed\s+away|since\s+(?:she|he)\s+(?:died|went|passed))\b"),
    _p(_HOPE, r"\b(?:dying|death|being\s+dead)\b[^.!?]{0,30}\bonly\s+(?:door|way\s+out|option|exit|way|thing)\b"),
    _p(_ACTIVE, r"\b(?:nearly|almost)\s+every\s+day\b|\bmore\s+than\s+half\s+(?:of\s+)?the\s+days\b",
       context=r"\b(?:phq|last\s+question|final\s+question|question\s+(?:9|nine)|ninth\s+question|item\s+(?:9|nine))\b"),
    _p(_ACTIVE, r"\bmehr\s+als\s+(?:der|die)\s+haelfte\s+der\s+tage\b|\b(?:beinahe|fast)\s+jeden\s+tag\b",
       context=r"\b(?:phq|letzte\s+frage|frage\s+(?:9|neun)|neunte\s+frage)\b"),
    _p(_ATTEMPT, r"\b(?:guertel|strick|seil|kabel|schal)\s+(?:\w+\s+){0,2}um\s+(?:den|meinen)\s+hals\b"),
    _p(_PREP, r"\bholzkohle\b[^.!?]{0,40}\b(?:klebeband|panzertape|gaffa)\b|\bschlauch\b[^.!?]{0,40}\b(?:kofferraum|auspuff)\b"
              r"|\bdamit\s+(?:keiner|niemand)\s+(?:merkt|sieht),?\s+wie\s+viele\b"),
    # round 10 (the retired held-out sets fresh7, fresh8): attempts told as where the writer lay
    # or walked (a level crossing, the motorway), a drive into oncoming traffic "on purpose", being
    # found "before it worked", a bare "attempted 3 weeks ago"; burns pressed on the skin; the
    # dead envied ("swapped places with any of them"), a prayer to be taken to her, the end
    # welcomed, "finished with everything"; letters one for each of the family; the kids or the
    # cat promised away "if anything ever happened"; looking down from a height again and again
    _p(_ATTEMPT, r"\b(?:lay|laid|lie|lying)\s+(?:myself\s+)?down\s+(?:on|across)\s+the\s+(?:level\s+crossing|railway(?:\s+line)?|tracks|rails|train\s+tracks|motorway|highway|dual\s+carriageway)\b"
                 r"|\b(?:walked|ran|stepped|wandered)\s+(?:out\s+)?(?:onto|on\s+to|into)\s+the\s+(?:motorway|highway|dual\s+carriageway|tracks|oncoming\s+traffic)\b"
                 r"|\b(?:on\s+purpose|deliberately|intentionally)\s+(?:into|onto)\s+(?:the\s+)?(?:oncoming|wrong\s+lane|a\s+tree|a\s+wall|the\s+river)\b"
                 r"|\b(?:drove|steered|swerved)\s+(?:\w+\s+){0,2}(?:into|onto)\s+(?:the\s+)?(?:oncoming\s+(?:lane|traffic)|wrong\s+side|a\s+tree|a\s+wall|a\s+bridge)\b[^.!?]{0,20}\b(?:on\s+purpose|deliberately|meant\s+it)\b"
                 r"|\b(?:wanted|willed|hoped)\s+(?:him|her|it|the\s+(?:driver|train|lorry|truck))\s+(?:not\s+to|wouldn't|would\s+not)\s+(?:brake|stop|swerve)\b"
                 r"|\bbefore\s+it\s+(?:could\s+)?(?:worked|work|kicked\s+in|took\s+effect)\b"
                 r"|(?:^|\bi\s+(?:have\s+|had\s+|already\s+)?)attempted\b(?!\s+(?:to|the|a|an|my|this|that|it|some|his|her|their|our)\b)"),
    _p(_HARM, r"\b(?:pressed|held|put|stubbed)\s+(?:out\s+)?(?:a|the|my)?\s*(?:hot|lit|burning)?\s*(?:\w+\s+)?(?:lighter|cigarette|iron|soldering\s+iron|match|spoon|knife|fag)\s+(?:\w+\s+){0,2}"
              r"(?:to|on|onto|into|against)\s+(?:my\s+)?(?:arm|forearm|wrist|skin|thigh|leg|hand|stomach|belly)\b"),
    _p(_PASSIVE, r"\b(?:swap(?:ped)?|trade[d]?|change[d]?)\s+places\s+with\s+(?:\w+\s+){0,8}?(?:dead|died|didn't\s+(?:make\s+it|survive|pull\s+through)|we\s+(?:lost|didn't\s+bring\s+back|couldn't\s+save)|in\s+the\s+ground|in\s+a\s+coffin)\b"
                 r"|\b(?:i'd|i\s+would)\s+(?:\w+\s+)?welcome\s+(?:the\s+end|death|it\s+all\s+ending|my\s+end|dying)\b"
                 r"|\bpray\w*\s+(?:to\s+god\s+|that\s+god\s+|god\s+)?(?:\w+\s+){0,3}(?:take\s+me\s+(?:home|soon|too|to\s+(?:her|him))|let\s+me\s+(?:join|be\s+with|go\s+to)\s+(?:her|him|them))\b"),
    _p(_HOPE, r"\bi\s+mean\s+(?:finished|done)\s+with\s+(?:everything|it\s+all|all\s+of\s+it|life)\b"
              r"|\b(?:finished|done)\s+trying\b[^.!?]{0,40}\b(?:finished|done)\s+with\s+(?:everything|it\s+all|life)\b"
              r"|\bwhat\s+am\s+i\s+(?:even\s+|still\s+)+(?:doing\s+)?here\s+for\b|\bwhat's\s+the\s+point\s+of\s+me\s+(?:even\s+|still\s+)*being\s+here\b"),
    _p(_PREP, r"\b(?:wrote|written|finished|sealed|did)\s+(?:the|my|all\s+the|all\s+my)\s+letters\b", context=r"\bone\s+for\b[^.!?]{0,60}\bone\s+for\b|\bsealed\b|\bglove\s*box\b|\bto\s+be\s+opened\b"),
    _p(_PREP, r"\b(?:asked|asking|ask)\s+(?:\w+\s+){1,5}?(?:if|whether)\s+(?:she|he|they|she'd|he'd|they'd)\s+(?:would\s+|could\s+|will\s+|'d\s+)?(?:take|have|look\s+after|keep|mind)\s+(?:the|my|our)\s+(?:kids|children|cats?|dogs?|pets?|boys|girls|rabbits?|budgie|horse)\b"
              r"[^.!?]{0,30}\bif\s+anything\s+(?:ever\s+)?happen(?:ed|s)\b"),
    _p(_HARM, r"\b(?:mir|mich)\s+(?:selbst\s+)?(?:leid|schaden|schmerzen|verletzungen|wunden)\s+(?:zu)?zu(?:zu)?fuegen\b|\b(?:mir|mich)\s+(?:selbst\s+)?(?:leid|schaden|schmerzen)\s+zugefuegt\b"),
    _p(_PASSIVE, r"\bwoke\s+(?:up\s+)?and\s+wished\s+(?:it\s+had\s+stayed\s+(?:that\s+way|like\s+that)|i\s+(?:hadn't|had\s+not|never\s+had)|i\s+could\s+(?:go\s+back|stay\s+there))\b",
       context=r"\b(?:switched\s+off|turned\s+off|dead|died|dying|gone|ceased|stopped\s+existing|funeral|coffin|grave)\b"),
    _p(_ACTIVE, r"\b(?:count\w*|work\w*\s+out|wonder\w*|calculat\w*|measur\w*)\s+how\s+(?:many\s+floors|far\s+down|high\s+(?:up\s+)?it\s+is|far\s+(?:the\s+)?drop)\b"
                r"|\b(?:bridge|window|roof|balcony|ledge|railing|car\s+park|multi-storey)\b[^.!?]{0,40}\b(?:look\w*|star\w*|peer\w*)\s+(?:straight\s+)?down\b",
       context=r"\b(?:again|every\s+(?:day|morning|night|time)|longer\s+than|third\s+time|each\s+time|keep\s+(?:looking|going))\b"),
    _p(_ACTIVE, r"\bwant\s+to\s+kill\s*(?:so\s+bad|so\s+much|rn|right\s+now|tonight|today|[.!?,;]|$)"),
    # round 11 (the retired held-out sets fresh9, fresh10): "thoughts of not being here", the
    # dose worked out, a letter "for afterwards", a gun lying under the bed, gamer slang ("log
    # me out irl"), an illness hoped to take one in one's sleep, glad to lie in the churchyard,
    # death "would be a relief", "I want it over" beside no future, a cut arm told with "first
    # time in a year"
    _p(_PASSIVE, r"(?<!\bno\s)(?<!\bany\s)(?<!\bwithout\s)\bthoughts?\s+(?:of|about)\s+(?:not\s+(?:being\s+(?:here|around|alive)|existing|waking\s+up)|no\s+longer\s+(?:being\s+(?:here|around|alive)|existing))\b"
                 r"|\blog\s+(?:me|myself)\s+out\s+(?:irl|of\s+(?:life|existence)|for\s+good|permanently)\b|\bdone\s+respawning\b|\buninstall\s+(?:me|myself)\s+(?:irl|from\s+(?:life|existence))\b"
                 r"|\b(?:hop\w*|wish\w*|pray\w*)\b[^.!?]{0,60}\b(?:take|takes)\s+me\s+in\s+my\s+sleep\b"
                 r"|\b(?:glad|happy|relieved)\s+to\s+be\s+(?:lying|buried|resting)\s+(?:in\s+the\s+(?:churchyard|cemetery|graveyard|ground)|next\s+to|beside)\b|\bwish\s+i\s+(?:was|were)\s+(?:lying|buried)\s+(?:in\s+the\s+(?:churchyard|cemetery|graveyard|ground)|next\s+to|beside)\b"
                 r"|\b(?:being\s+dead|dying|not\s+being\s+here|not\s+waking\s+up|never\s+waking\s+up)\s+would\s+be\s+(?:a|such\s+a|the)\s+(?:relief|release|mercy|blessing)\b"),
    _p(_HOPE, r"\bi\s+(?:just\s+|really\s+)?want\s+(?:it|this|everything)\s+(?:all\s+)?(?:to\s+be\s+)?over\b(?!\s+with)",
       context=r"\bno\s+(?:future|point|way\s+(?:out|through))\b|\bcan't\s+(?:go\s+on|see\s+a\s+way)\b|\bnothing\s+(?:left|to\s+live\s+for)\b"),
    _p(_PLAN, r"\b(?:the\s+)?(?:dose|dosage|how\s+many\s+(?:pills|tablets|of\s+them)|how\s+much\s+of\s+(?:it|them))\s+(?:i'd|i\s+would|it'd|it\s+would)\s+(?:need|take)\b(?![^.!?]{0,30}\b(?:trip|holiday|vacation|week|journey|month|flight|course)\b)"),
    _p(_PREP, r"\b(?:letter|note|card)s?\b[^.!?]{0,40}\bfor\s+(?:afterwards|after\s+i'm\s+gone|when\s+i'm\s+gone|after\s+i\s+die)\b"),
    _p(_PREP, r"\b(?:it's|it\s+is|lies|is\s+lying|it's\s+lying)\s+(?:now\s+)?(?:under\s+(?:my|the))\s+(?:bed|pillow|mattress)\b",
       context=r"\b(?:gun|rifle|pistol|revolver|shotgun|bullets|ammo|cartridges)\b"),
    _p(_HARM, r"\b(?:cut|sliced|scratched|burned|burnt)\s+(?:my|both)\s+(?:arms?|wrists?|thighs?|forearms?|legs?|skin)\b(?!\s+(?:on|open\s+on|badly\s+on|while|when|at\s+work|shaving|cooking))",
       context=r"\bfirst\s+time\s+in\s+(?:a|\w+)\s+(?:year|month|week)s?\b"),
    # round 12 (the retired held-out sets fresh11, fresh12): not being around hoped for or
    # preferred, something hoped to hit or take the writer, the day chosen, a date set for when
    # the fight stops, how many it would take, a household poison drunk or a stomach pumped, a
    # burn or a cut on purpose, a car driven at a pillar and swerved only at the last moment
    _p(_PASSIVE, r"\b(?:hop\w*|wish\w*|pray\w*|rather)\b[^.!?]{0,30}\b(?:won't|will\s+not|wouldn't|not)\s+be\s+(?:around|here|alive)\s+(?:by|for|at|when|in|anymore|any\s+more|much\s+longer)\b"
                 r"|\b(?:i'd|i\s+would)\s+(?:much\s+)?rather\s+not\s+(?:be\s+(?:around|here|alive)|exist|wake\s+up)\b"
                 r"|\b(?:hop\w*|wish\w*|pray\w*)\b[^.!?]{0,40}\b(?:something|a\s+(?:bus|car|truck|lorry|heart\s+attack|stroke))\s+(?:would\s+|will\s+)?(?:just\s+)?(?:hits?|takes?|gets?|runs?\s+me\s+over|kills?)\s+me\b"),
    _p(_PLAN, r"\b(?:i've|i\s+have|i)\s+(?:already\s+)?(?:picked|chosen|chose|set|got)\s+(?:a|the)\s+(?:day|date)\b(?!\s+(?:for\s+(?:the|our|my)\s+(?:wedding|party|move|trip|surgery|operation|interview)))"
              r"|\bsetting\s+a\s+date\s+for\s+when\s+i\s+(?:stop|give\s+up|end)\b"
              r"|\bhow\s+many\s+(?:\w+\s+)?(?:it\s+would|it'd|would)\s+take\s+(?:for|to\s+kill)\s+me\b"),
    _p(_ATTEMPT, r"\b(?:drank|swallowed|drunk|drink)\s+(?:some\s+|the\s+|a\s+bottle\s+of\s+)?(?:bleach|antifreeze|rat\s+poison|weed\s*killer|drain\s+cleaner|cleaning\s+(?:stuff|fluid|product))\b"
                 r"|\b(?:had|got)\s+my\s+stomach\s+pumped\b|\bintentional\s+overdose\b"
                 r"|\b(?:drove|driven|steered|aimed)\s+(?:\w+\s+){0,6}(?:at|towards|into)\s+(?:a|the)\s+(?:pillar|bridge\s+pier|tree|wall|lorry|truck)\b[^.!?]{0,60}\b(?:last\s+(?:second|moment|minute)|swerved|pulled\s+away)\b"),
    _p(_HARM, r"\b(?:burned|burnt|cut|scalded|hit|punched)\s+(?:my|both)\s+(?:hands?|fingers?|arms?|wrists?|legs?|thighs?|stomach|face|skin)\b[^.!?]{0,30}\b(?:on\s+purpose|deliberately)\b"),
    # round 13 (the retired held-out sets fresh13, fresh14): a hospital after the pills or after
    # "what i did", relief at a serious diagnosis, cuts hidden from others, waking angry to have
    # woken at all, the dead envied for being done, a dream of blood one wants to make real,
    # waiting for the end and wishing it came sooner, a letter to be opened only later
    _p(_ATTEMPT, r"\b(?:ambulance|a&e|hospital|icu|ward|psych\s+ward|er)\b[^.!?]{0,30}\b(?:after|because\s+of)\s+(?:the|my|all\s+(?:the|my))\s+(?:pills|tablets|meds|overdose)\b"
                 r"|\b(?:hospital|ward|psych\s+ward|unit|clinic)\b[^.!?]{0,30}\b(?:after|since)\s+what\s+i\s+did\b"),
    _p(_PASSIVE, r"\b(?:relieved|relief)\b(?:(?!\b(?:not|isn't|wasn't|nothing|no|never|benign)\b)[^.!?]){0,60}\b(?:serious|cancer|terminal|tumou?r|malignant|fatal|inoperable)\b(?![^.!?]{0,25}\b(?:not|benign|clear|nothing|after\s+all)\b)"
                 r"|\b(?:serious|cancer|terminal|tumou?r|malignant|fatal|inoperable)\b(?:(?!\b(?:not|isn't|wasn't|nothing|no|never|benign|scared|afraid|terrified)\b)[^.!?]){0,40}\b(?:i\s+)?(?:felt|feel|was)\s+(?:\w+\s+)?relieved\b"
                 r"|\b(?:annoyed|angry|pissed|disappointed|gutted|upset|mad)\s+(?:that\s+)?i\s+(?:even\s+)?woke\s+up\s+at\s+all\b"
                 r"|\b(?:jealous|envious)\s+of\s+(?:\w+\s+){0,3}\w+\s*,?\s+(?:he'?s|she'?s|they'?re)\s+(?:done|out\s+of\s+it|free|at\s+peace)\b"
                 r"|\bjust\s+waiting\s+for\s+(?:it\s+all\s+to\s+(?:end|be\s+over)|the\s+end)\b(?![^.!?]{0,15}\bof\b)"),
    _p(_HARM, r"\b(?:so|that)\s+(?:no\s*one|nobody|they|people|anyone)\s+(?:can\s+)?(?:sees?|notices?|spots?)\s+(?:the|my)\s+(?:fresh\s+|new\s+)?(?:cuts|wounds|burns)\b"
              r"|\bhide\s+(?:the|my)\s+(?:fresh\s+|new\s+)?(?:cuts|wounds|burns)\b"),
    _p(_ACTIVE, r"\bmake\s+it\s+(?:real|happen\s+for\s+real)\b",
       context=r"\b(?:dream\w*|nightmare)\b[^.!?]{0,40}\b(?:blood|bleed\w*|dead|death|die|dying|drown\w*|jump\w*|fall\w*|knife|gun|grave|funeral|hang\w*)\b"
               r"|\b(?:blood|bleed\w*|dead|death|drown\w*|knife|gun|grave|funeral)\s+dream\b"),
    # round 23, from the misses of crisis_fresh29/30 (read after two rounds of measuring):
    # "i could finish myself off", "do myself in"
    _p(_ACTIVE, r"\bfinish(?:ing)?\s+myself\s+off\b|\bdo(?:ing)?\s+myself\s+in\b"),
    # round 39 (crisis_dev72, awake at night): an attempt to be finished ("years ago i tried and
    # tonight i'm thinking about finishing what i started", "... zu ende bringen, was ich
    # damals angefangen hab"); only after an attempt in the same sentence, not of a project
    _p(_ACTIVE, r"\b(?:tried|attempt\w*|versucht|versuch)\b[^.!?]{0,60}\b(?:finish(?:ing)?|complet(?:e|ing)|end(?:ing)?)\s+what\s+i\s+(?:had\s+)?(?:started|began)\b"
                r"|\b(?:versucht|versuch)\b[^.!?]{0,60}\b(?:zu\s+ende\s+(?:zu\s+)?(?:bringen|machen|fuehren)|vollenden|fertig\s+(?:zu\s+)?machen),?\s+was\s+ich\s+(?:\w+\s+)?angefangen\b"),
    # an overdose pictured: "the idea of taking the whole bottle keeps coming back"
    _p(_ACTIVE, r"\b(?:idea|thought|image|urge|picture)\s+of\s+(?:just\s+)?(?:taking|swallowing)\s+(?:the\s+whole|all\s+(?:the|my|of\s+the|of\s+my))\s+"
                r"(?:bottle|packet|pack|box|strip|blister|pills|tablets|meds|lot)\b"),
    # "seventeen and already done with life", "so done with living"
    _p(_PASSIVE, r"\b(?:already|so|just|completely|totally|really)\s+done\s+with\s+(?:life|living)\b(?!\s+(?:admin|drawing|class|insurance))"),
    # a welcome death in one's sleep: "let it just go one night in my sleep"
    _p(_PASSIVE, r"\blet\s+(?:it|me)\s+(?:\w+\s+){0,2}go\b[^.!?]{0,25}\bin\s+my\s+sleep\b"),
    # a leg over the parapet, then stopped: "got one leg over the wall and a security guy shouted"
    _p(_ATTEMPT, r"\b(?:got|had|put|swung|threw)\s+(?:one|a|my)\s+leg\s+over\s+the\s+(?:wall|railings?|rail|barrier|edge|parapet|balustrade|side)\b",
       context=r"\b(?:multi-?stor(?:e)?y|car\s*park|bridge|roof|rooftop|balcony|cliff|ledge|tower|viaduct|top\s+floor|flyover)\b"),
    # skin scratched till it calms: "did scratch with it, forearm, until i could breathe"
    _p(_HARM, r"\bscratch\w*\b[^.!?]{0,60}\b(?:until|till|til)\s+(?:i\s+(?:could\s+)?(?:breathe|calm\w*|feel\s+something|bled)|it\s+bled|(?:there\s+was\s+)?blood)\b"),
    # an accident prayed for: "praying for a bad fall on the ice", "hoping for a crash"
    _p(_PASSIVE, r"\b(?:pray|praying|prayed|hope|hoping|hoped|wish|wishing|wished)\s+for\s+(?:a|an|some)\s+(?:(?:bad|nasty|serious|fatal|quick|sudden|big|massive|little|small)\s+)?(?:fall|accident|crash|heart\s+attack|stroke)\b(?!\s+of\b)"
                 r"(?![^.!?]{0,30}\b(?:in\s+the\s+(?:game|match|race)|for\s+(?:him|her|them|the\s+other)))"),
    # envying the dead: "some mornings i envy the names in the obituaries"
    _p(_PASSIVE, r"\benv(?:y|ied|ying)\s+(?:the\s+)?(?:dead|names\s+in\s+the\s+obituar\w+|people\s+(?:in\s+the\s+obituar\w+|who\s+(?:die|died|are\s+dead))|(?:the\s+)?(?:man|woman|one|person|people)\s+in\s+the\s+(?:coffin|grave|casket|obituar\w+))\b"
                 r"|\b(?:jealous|envious)\s+of\s+(?:the\s+)?(?:dead|(?:man|woman|one|person|people)\s+in\s+the\s+(?:coffin|grave|casket))\b"),
    # new wounds kept from view: "the new ones on my thigh are still too red"
    _p(_HARM, r"\bthe\s+new\s+ones\s+on\s+my\s+(?:upper\s+|fore)?(?:arms?|thighs?|legs?|wrists?|stomach|hips?)\b"),
    # the room left tidy for whoever clears it: "for whoever has to clear out the flat"
    _p(_PREP, r"\bfor\s+whoever\s+(?:has\s+to\s+|will\s+have\s+to\s+|needs\s+to\s+)?(?:finds?\s+me|clears?\s+(?:it|out|up)|empt(?:y|ies)\s+(?:it|the|my)|sorts?\s+out\s+my)\b", kept_from_others=True),
    # --- German: passive wish ------------------------------------------------------------------
    _p(_PASSIVE, r"\b(?:will|moechte|mochte|mag|wuerde|wollte|kann)\s+(?:\w+\s+){0,3}?(?:nicht\s+mehr|"
                 r"nimmer|nie\s+mehr|nie\s+wieder)\s+(?:(?:\w+\s+)?(?:leben|weiterleben|aufwachen|"
                 r"da\s+sein|existieren|hier\s+sein)\b"
                 # round 42: "will nie mehr in diesem zimmer aufwachen" (not a place to leave: "...
                 # in diesem lager aufwachen, darum bete ich, dass der transfer klappt")
                 r"|(?:in|an)\s+(?:diesem|dieser|dem|der|meinem|meiner)\s+\w+\s+aufwachen\b(?!\s*,?\s*(?:darum|deshalb|weil|sondern|hoffentlich|bis)\b))", intrinsic=True),
    _p(_PASSIVE, r"\bnicht\s+mehr\s+(?:leben|weiterleben|aufwachen|da\s+sein)\s+(?:will|moechte|mag|"
                 r"wollen)\b", intrinsic=True),
    _p(_PASSIVE, r"\bkeine\s+lust\s+mehr\s+(?:zu\s+|auf\s+(?:das|mein)\s+)?(?:leben|dasein)\b",
       intrinsic=True),
    # (round 46: not tired of one life among others, "müde vom leben auf montage")
    _p(_PASSIVE, r"\bmuede\s+(?:vom|des)\s+leben(?!\s+(?:auf|als|in|im|an|am|mit|unter|ohne|hier|dort)\b(?!\s+allgemeinen\b))|\blebensmuede\b|\bdes\s+lebens\s+muede\b|\blebenssatt\b"),
    # "nie geboren" carries its own negation; "wünsch mir nicht, tot zu sein" is a denial
    _p(_PASSIVE, r"\bwuensch\w*\b[^.!?]{0,30}\bnie\s+geboren\b|\bnie\s+geboren\s+(?:worden\s+)?(?:waere|waer)"),
    _p(_PASSIVE, r"\bwuensch\w*\b[^.!?]{0,30}\b(?:(?:waere|waer)\s+tot|tot\s+(?:zu\s+)?(?:sein|waere))\b"),
    _p(_PASSIVE, r"\blieber\s+tot\b|\bwaer\w*\s+(?:ich\s+)?(?:doch\s+)?(?:lieber\s+)?tot\b"
                 # round 37: "besser ich sterbe hier als dass sie mich zurueckschicken"
                 r"|\bbesser,?\s+ich\s+sterbe\w*\b(?!\s+(?:\w+\s+)?vor\b)|\bbesser\s+tot\s+als\b"),
    _p(_PASSIVE, r"\b(?:gluecklicher|besser|leichter|einfacher)\b[^.!?]{0,40}\b(?:wenn\s+(?:es\s+)?"
                 r"(?:ich|mich)\s+(?:\w+\s+)?(?:nicht\s+mehr|nicht)\s+(?:\w+\s+)?(?:gaebe|gibt|rumlaufe|"
                 r"da\s+waere|lebe|leben\s+wuerde|existiere|hier\s+waere)|ohne\s+mich)\b"
                 r"|\bbesser\s+dran\s+ohne\s+mich\b|\bohne\s+mich\s+(?:\w+\s+)?besser\b"
                 # round 19: "ohne mich wären sie freier", "... glücklicher", "... leichter dran"
                 r"|\bohne\s+mich\s+(?:waeren|waer|haetten(?:'s|\s+es)?|haett(?:'s|\s+es)?)\s+(?:\w+\s+){0,3}(?:freier|gluecklicher|leichter|ruhiger|besser\s+dran)\b"),
    _p(_PASSIVE, r"\b(?:niemand|keiner|keinem)\s+wuerde\s+(?:\w+\s+)?(?:vermissen|merken|auffallen)\b(?!\s+(?:auf|bei|in|im|an|beim)\s+(?:der|dem|einer|einem)?\s*(?:party|feier|arbeit|treffen|fest|geburtstag))"),
    _p(_PASSIVE, r"\bhoff\w*\b[^.!?]{0,40}\b(?:die\s+letzte\s+nacht|(?:nicht|nie)\s+mehr\s+aufwache|"
                 r"es\s+(?:endlich\s+)?vorbei\s+ist\b)"),
    # round 31: "der zug um 23:12 hält nicht in unserem kaff, der fährt durch. das ist meiner"
    _p(_PLAN, r"\b(?:das|der)\s+ist\s+meiner\b", context=_NON_STOP_TRAIN, kept_from_others=True),
    # (not "am ende will sie unbedingt sterben": the subject after the verb is someone else)
    _p(_PASSIVE, r"\b(?:will|moechte|wuerde\s+(?:gerne?|lieber))\s+(?!(?:sie|er|du)\s)(?:\w+\s+){0,3}?sterben\b(?!\s+vor\b)"
                 r"|\bich\b[^.!?,]{0,30}\bsterben\s+(?:will|moechte|wuerde)\b"),
    _p(_PASSIVE, r"\b(?:einschlafen|schlafen)\s+und\s+(?:nie|nicht)\s+(?:mehr|wieder)\s+aufwachen\b"
                 r"|\bwache\s+(?:\w+\s+)?(?:nicht\s+mehr|nie\s+(?:mehr|wieder))\s+auf\b", intrinsic=True),
    _p(_PASSIVE, r"\bich\s+will\s+weg,?\s+ganz\s+weg\b|\bfuer\s+immer\s+weg\s+sein\b"),
    _p(_PASSIVE, r"\bich\s+will\s+(?:einfach\s+|echt\s+|so\s+|wirklich\s+)?nicht\s+mehr\s*(?:[.!?,;]|$)"
                 # the subject dropped, as typed on a phone (round 16): "wart seit 6 jahren. will nich mehr"
                 r"|(?:^\s*|[.!?;]\s*)(?:und\s+)?will\s+(?:einfach\s+|echt\s+|so\s+|wirklich\s+)?nicht\s+mehr\s*(?:[.!?,;]|$)"
                 r"|\b(?:hoff\w*|wuensch\w*|hope|hoping|wish\w*)\b[^.!?]{0,30}\b(?:herz|heart)\s+(?:(?!never\b|not\b|nie\b|nicht\b|won't\b)\w+\s+){0,4}(?:aufhoert|stehen\s?bleibt|stops|gives\s+(?:out|up|in)|packs\s+(?:in|up)|conks\s+out|quits)\b"
                 r"|\bwenn\s+ich\s+(?:\w+\s+)?(?:tot|weg|nicht\s+mehr\s+da)\s+waere\b"
                 r"|\begal,?\s+wenn\s+ich\s+(?:\w+\s+)?(?:tot|weg|nicht\s+mehr)\b"
                 r"|\bbesser,?\s+tot\s+zu\s+sein\b|\b(?:will|moechte|waere)\s+(?:(?!nicht\b|nie\b|kein\w*)\w+\s+)?tot\s+sein\b",
       intrinsic=True),
    _p(_HOPE, r"\b(?:will|moechte)\s+(?:nur\s+(?:noch\s+)?)?,?\s*dass\s+(?:es|alles)\s+(?:endlich\s+)?"
              r"(?:aufhoert|vorbei\s+ist|ein\s+ende\s+hat)\b|\bkeinen\s+sinn\s+mehr\b", intrinsic=True),
    # (a suicide as an event met, with an article, is someone else's: "als sanitäter hatte ich
    # heute einen suizid am bahngleis"; one committed, planned or thought of stays the writer's)
    # (not a subject taught: "die suizidpräventionsschulung für die rekruten", round 40)
    # (round 44: not "suizidenten", the dead of others' suicides an emergency worker attends)
    _p(_ACTIVE, r"\b(?!(?:suizid|selbstmord)(?:praevention|statistik|forschung|zahlen|rate|seminar|schulung|fortbildung|ent\b|enten\b|entin\b|entinnen\b))"
                r"(?:suizid\w+|selbstmord\w+)\b|(?<!\beinen\s)(?<!\bein\s)(?<!\beinem\s)\b(?:suizid|selbstmord)\b"
                r"|\bein(?:en|em)?\s+(?:suizid|selbstmord)\s+(?:zu\s+)?(?:begeh|plan|geplant|versuch|vorbereit|mach|gemacht)\w*"
                r"|\b(?:denk\w*|gedacht|nachgedacht|ueberleg\w*)\s+(?:\w+\s+){0,2}(?:an|ueber)\s+einen\s+(?:suizid|selbstmord)\b"
                r"|\b(?:plan\w*|will|moechte|werde|begeh\w*|versuch\w*)\s+(?:\w+\s+){0,2}einen\s+(?:suizid|selbstmord)\b",
       first_person=True),
    _p(_ACTIVE, r"\ban\s+(?:suizid|selbstmord|den\s+tod)\s+gedacht\b"),
    _p(_HARM, r"\bverletze\s+mich\s+(?:selbst|absichtlich|wieder|extra)\b|\bschneide\s+mich\b"
              r"(?!\s+(?:beim|an\s+(?:dem|der|einem|einer)))|\bmich\s+(?:\w+\s+){0,3}?(?:wieder|"
              r"absichtlich|extra|selbst)\s+(?:\w+\s+){0,2}(?:geschnitten|verbrannt|verletzt)\b"),
    _p(_PASSIVE, r"\b(?:schoen|schön|leichter|besser)\b[^.!?]{0,20}\beinfach\s+nicht\s+mehr\s+da\s+zu\s+sein\b|\bwozu\s+bin\s+ich\s+(?:ueberhaupt\s+)?(?:noch\s+)?(?:da|hier)\b"
                 r"|\bwarte\s+nur\s+(?:noch\s+)?darauf,?\s+dass\s+(?:es|alles)\s+vorbei\s+ist\b|\b(?:nicht\s+schlimm|egal),?\s+wenn\s+ich\s+(?:morgen\s+)?nicht\s+mehr\s+aufwache\w*"
                 r"|\baufhoeren\s+zu\s+existieren\b|\bam\s+liebsten\s+waere\s+ich\s+(?:einfach\s+)?(?:weg|tot|nicht\s+mehr\s+da)\b"
                 r"|\bnichts\s+dagegen,?\s+wenn\s+(?:der|das|mein)\s+(?:flieger|flugzeug|auto)\b|\beinschlafen\s+und\s+weg\s+sein\b", intrinsic=True),
    _p(_ACTIVE, r"\b(?:diese|die|dunklen|dunkle)\s+gedanken\s+(?:sind\s+)?(?:wieder\s+da|wieder|kommen\s+wieder|werden\s+lauter)\b"
                r"|\b(?:auf\s+die\s+tabletten|aufs\s+seil|auf\s+die\s+klinge)\s+(?:\w+\s+)?(?:gestarrt|geschaut|geguckt)\b|\bschmerzlos\w*\s+(?:sterben|methode|weg)\b"
                r"|\bgegen\s+(?:einen|den|die)\s+(?:baum|wand|bruecke|brueckenpfeiler|lkw)\s+(?:zu\s+)?(?:fahren|lenken|rasen)\b"
                r"|\bam\s+(?:offenen\s+)?fenster\b[^.!?]{0,40}\bdran\s+gedacht\b|\bwollte\s+springen\b"),
    # "neues rezept für die schmerztabletten, die nehm ich heute alle": all of them, taken back
    _p(_PLAN, r"\b(?:die|sie)\s+(?:nehm|nehme|schluck|schlucke)\s+ich\s+(?:\w+\s+){0,2}?alle\b",
       context=r"\b\w*(?:tabletten|pillen)\b|\bmedikament\w*"),
    _p(_PLAN, r"\bwenn\s+alle\s+(?:schlafen|weg\s+sind|beim\s+\w+\s+sind)\b|\bkeiner\s+(?:ist\s+)?zu\s*hause\b", context=_TOD_CONTEXT + r"|\b(?:tabletten|seil|bruecke|mach\s+ich|ende)\b"),
    _p(_PREP, r"\bpassw(?:oe|ö)rter\b[^.!?]{0,40}\b(?:aufgeschrieben|hinterlegt|fuer)\b|\bmich\s+von\s+allen\s+verabschiedet\b"
              r"|\bbrauch\w*\s+(?:ich\s+)?(?:eh|ja)\s+nicht\s+mehr\b|\btestament\s+(?:gemacht|geschrieben)\b"),
    _p(_HARM, r"\b(?:der\s+)?drang\s+(?:ist\s+)?(?:(?:jede|jeden|seit|fast|schon)\s+\w+\s+)?(?:wieder\s+da|so\s+stark|zu\s+stark)\b|\blange\s+aermel\b[^.!?]{0,40}\b(?:keiner|niemand|sieht|verstecken)\b"
              r"|\bkopf\s+(?:\w+\s+)?gegen\s+die\s+wand\s+geschlagen\b|\bblutig\s+gekratzt\b|\bkratze\s+mich\s+blutig\b|\bneue\s+klingen\b"),
    _p(_ATTEMPT, r"\bmagen\s+ausgepumpt\b|\bim\s+krankenhaus\s+aufgewacht,?\s+nachdem\b|\bseil\s+(?:ist\s+)?gerissen\b"),
    _p(_PASSIVE, r"\bnicht\s+verdient,?\s+(?:zu\s+)?(?:leben|da\s+zu\s+sein)\b|\bfuer\s+immer\s+schlafen\b|\bschlafen,?\s+fuer\s+immer\b"
                 r"|\bwenn\s+ich\s+(?:nicht\s+mehr\s+da|tot|weg)\s+bin\b(?!\s+(?:im|in|auf|fuer)\b)|\bletzte[rn]?\s+eintrag\b", intrinsic=True),
    _p(_PREP, r"\b(?:strick|seil)\b[^.!?]{0,30}\b(?:haengt|bereit|dachboden|keller|garage|kofferraum)\b"),
    _p(_ACTIVE, r"\btelefonseelsorge\b|\bkrisendienst\b|\bkrisentelefon\b"),
    # a dream of dying, then disappointment on waking ("... beim aufwachen war ich enttaeuscht")
    _p(_PASSIVE, r"\b(?:beim|nach\s+dem)\s+aufwachen\b[^.!?]{0,25}\benttaeuscht\b|\baufgewacht\b[^.!?]{0,15}\benttaeuscht\b",
       context=_TOD_CONTEXT + r"|\b(?:ertrunken|ertrinken|gestorben|starb|erschossen|erhaengt|gesprungen)\b"),
    # following someone who died ("am jahrestag von papas tod geh ich zu ihm")
    _p(_PASSIVE, r"\b(?:geh|gehe|komm|komme|folge)\s+ich\s+(?:\w+\s+)?(?:zu|nach)\s+(?:ihm|ihr|ihnen)\b(?!\s+(?:nach\s+hause|rueber|ins|in|zum|zur))|\bich\s+folge\s+(?:ihm|ihr|ihnen)\b",
       context=_TOD_CONTEXT + r"|\b(?:beerdigung|grab|jahrestag|verstorben\w*)\b"),
    _p(_PASSIVE, r"\begal,?\s+ob\s+ich\s+(?:lebe|sterbe|aufwache)\b|\bwaere\s+gern\w*\s+(?:einfach\s+)?(?:weg|tot|nicht\s+mehr\s+da)\b", intrinsic=True),
    # (not an event named right after it, round 42: "donnerstag ist es so weit, endlich die mastek")
    _p(_PLAN, r"\b(?:(?:morgen|heute|heute\s+nacht|am\s+\w+)\s+)?ist\s+es\s+so\s+weit\b"
              r"(?!\s*[,:-]?\s*(?:endlich\s+|dann\s+)?(?:die|der|das|den|mein\w*|unser\w*)\s+(?:op|operation|mastek\w*|hochzeit|pr(?:ue|u)fung|geburt|urlaub|umzug|reise|abschlussfeier|konzert|premiere|taufe|einschulung)\b)"
              r"|\bwie\s+hoch\s+(?:die|das|der)\s+(?:bruecke|dach|hochhaus|balkon)\b"
              r"|\b(?:an|auf)\s+(?:der|die|den|dem)\s+(?:bruecke|gleisen|klippe|dach)\b[^.!?]{0,20}\b(?:wieder|heute)\b"),
    _p(_PLAN, r"\b(?:mach|mache|tu|tue)\s+(?:ich\s+)?es\s+(?:am|heute|morgen|wenn|nach|naechste)\b|\bwenn\s+die\s+kinder\s+schlafen\b",
       context=_TOD_CONTEXT + r"|\b(?:tabletten|seil|bruecke|brief|abschied)\w*"),
    _p(_PREP, r"\b(?:alles|angelegenheiten|sachen|papiere)\s+(?:\w+\s+)?geregelt\b",
       context=_TOD_CONTEXT + r"|\b(?:tabletten|seil|abschied\w*|brief\w*)\b"),
    _p(_PREP, r"\bneues\s+zuhause\s+fuer\s+(?:die|den|meine|meinen)\s+(?:katze|hund|kater|hasen)\b"
              r"|\b(?:katze|hund|kater)\s+(?:\w+\s+)?(?:abgegeben|weggegeben)\b|\b(?:mehreren|drei|verschiedenen)\s+apotheken\b"
              r"|\bbriefe\s+an\s+alle\b|\bfuer\s+jeden\s+einen\s+brief\b|\balle\s+(?:meine\s+)?(?:accounts|konten|profile|fotos)\s+(?:\w+\s+)?geloescht\b"),
    _p(_HARM, r"\b(?:arme?|oberschenkel|beine?|handgelenke?)\s+(?:sind|ist)\s+(?:\w+\s+)?(?:offen|zerschnitten|voller\s+(?:schnitte|narben))\b"
              r"|\bverband\b[^.!?]{0,30}\bwieder\b|\bnarben\s+(?:sind\s+)?wieder\s+(?:offen|aufgegangen)\b|\bmich\s+(?:wieder\s+)?bestraft\b"),
    _p(_ATTEMPT, r"\bversucht\b[^.!?]{0,30}\b(?:hat\s+nicht\s+geklappt|nicht\s+funktioniert|ueberlebt)\b", context=_TOD_CONTEXT + r"|\b(?:tabletten|seil|bruecke)\b"),
    # "geh ins bett und wach hoffentlich nie wieder auf" (round 46)
    _p(_PASSIVE, r"\b(?:wach|wache|wachte)\s+(?:ich\s+)?(?:hoffentlich|am\s+liebsten|einfach|bitte|vielleicht)\s+(?:\w+\s+)?(?:nie|nicht)\s+(?:mehr|wieder)\s+(?:\w+\s+)?auf\b",
       intrinsic=True),
    # --- German: active thoughts, plan ------------------------------------------------------------
    _p(_ACTIVE, r"\bich\s+(?:(?!er\b|sie\b|es\b|man\b|jemand\b|der\b|die\b|das\b|dass\b|ob\b)\w+\s+)"
                r"{0,4}?mich\s+(?:selbst\s+)?(?:\w+\s+){0,2}?(?:umbringen|umzubringen|toeten|zu\s+toeten|"
                r"erhaengen|aufhaengen|aufzuhaengen|erschiessen|zu\s+erschiessen|vergiften|zu\s+vergiften)\b"),
    _p(_ACTIVE, r"\bich\b[^.!?,]{0,40},\s*mich\s+(?:selbst\s+)?(?:\w+\s+)?(?:umzubringen|zu\s+toeten|"
                # round 40: "i dänk dra, mi dermit z erschiesse"
                r"aufzuhaengen|zu?\s+(?:erschiessen|erhaengen|vergiften|ertraenken))\b"),
    _p(_ACTIVE, r"\bmich\s+selbst\s+(?:\w+\s+){0,2}?(?:umbringen|umzubringen|toeten)\b"),
    _p(_ACTIVE, r"\bich\s+(?:\w+\s+){0,2}?bringe?\s+mich\s+(?:\w+\s+){0,2}?um\b"
                r"|\bbringe?\s+ich\s+mich\s+(?:\w+\s+){0,2}?um\b"),
    _p(_ACTIVE, r"\b(?:erschiess\w*|erhaeng\w*|bring\w*)\s+ich\s+mich\b"),
    _p(_ACTIVE, r"\bich\s+(?:\w+\s+){0,2}?(?:tu|tue)\s+mir\s+(?:\w+\s+)?(?:was|etwas)\s+an\b"
                r"|\bmir\s+(?:\w+\s+)?(?:was|etwas)\s+(?:anzutun|antun)\b"),
    _p(_ACTIVE, r"\bmir\s+(?:\w+\s+){0,2}?das\s+leben\s+(?:zu\s+)?nehmen\b|\bnehme?\s+mir\s+(?:\w+\s+)?"
                r"das\s+leben\b|\bmeinem\s+leben\s+(?:\w+\s+)?ein\s+ende\b"),
    _p(_ACTIVE, r"\ballem\s+ein\s+ende\s+(?:zu\s+)?(?:setzen|machen|bereiten)\b|\bmit\s+allem\s+"
                r"schluss\s+(?:zu\s+)?machen\b|\bes\s+zu\s+ende\s+(?:zu\s+)?bringen\b"),
    _p(_ACTIVE, r"\b(?:suizid|selbstmord)(?:gedanken?|absichten?|plaene?n?)\b|\b(?:suizidal|suicidal)\b"
                r"|\bsuizidgefaehrdet\b|\b(?:denke|dachte|nachdenke|ueberlege)\s+(?:\w+\s+){0,3}?"
                r"(?:an|ueber)\s+(?:suizid|selbstmord)\b|\b(?:suizid|selbstmord)\s+(?:zu\s+)?begehen\b"),
    _p(_ACTIVE, r"\b(?:wie|wann|wo)\s+ich\s+es\s+(?:am\s+besten\s+)?(?:mache|machen\s+wuerde|tue|"
                r"tun\s+wuerde)\b"),
    _p(_ACTIVE, r"\bein\s+schritt,?\s+und\b|\bvor\s+den\s+zug\b|\bvor\s+die\s+(?:s-?bahn|u-?bahn|bahn)\b"
                r"|\b(?:springen|zu\s+springen|spring(?:e)?)\s+(?:\w+\s+)?(?:von\s+der\s+bruecke|vom\s+"
                r"dach|aus\s+dem\s+fenster)"),
    _p(_ACTIVE, r"\btabletten\b[^.!?]{0,40}\bnicht\s+(?:mehr\s+)?aus\s+dem\s+kopf\b"),
    _p(_ACTIVE, r"\bdas\s+sterben\s+hin\b|\bwenigstens\s+das\s+sterben\b|\bdummheiten\b(?!\s+(?:mach|mache|machen|werd\w*|tu|tue)\s+ich\s+(?:\w+\s+)?(?:keine|nicht)\b)"
                r"|\bwas\s+dummes\s+(?:tun|machen)\b",
       intrinsic=False),  # the "keine" it names is a denial after it (round 32), none of its own
    _p(_PLAN, r"\bmach\s*(?:ich'?s|ichs|ich\s+es)\b(?!\s+(?:morgen|spaeter|gleich|fertig|endlich|selbst|nochmal|lieber|besser|anders|richtig|sauber))"),
    _p(_PLAN, r"\b(?:den\s+tag|ein\s+datum|den\s+termin)\s+(?:\w+\s+)?ausgesucht\b"),
    _p(_PLAN, r"\bdie\s+ganze\s+packung\b(?!\s+(?:\w+\s+)?(?:chips|kekse|schokolade|eis|gummibaerchen|taschentuecher|nudeln|pralinen|cookies|popcorn|kaugummi))"),
    _p(_PLAN, r"\bweiss\s+(?:schon|genau)\s+(?:welche|wie|wo|wann)\b"),
    _p(_PLAN, r"\b(?:dach|bruecke|hochhaus|turm)\b[^.!?]{0,40}\b(?:muesste\s+es\s+reichen|reicht\s+es|"
              r"hoch\s+genug)\b"),
    # --- German: preparation, attempt ---------------------------------------------------------------
    # round 46 (list 16): an end set for the writer ("noch eine woche, dann ist schluss mit mir";
    # not "sie hat schluss mit mir gemacht"), contracts ended so that no one has the trouble
    # after, an attempt told beside the crisis help coming or kept secret ("versuch" is spelled
    # "versucht" by `prepare`, as the classifier learned it)
    _p(_PLAN, r"\b(?:ist|is|isch)\s+(?:dann\s+)?schluss\s+mit\s+mir\b(?!\s*(?:gemacht|machen|macht)|\s+und\b)"),
    _p(_PREP, r"\bdamit\s+(?:es\s+)?(?:danach|hinterher|nachher|spaeter)\s+(?:keiner|niemand)\b",
       context=r"\b(?:gekuendigt|abgemeldet|testament|vollmacht|verschenkt|aufgeloest|konten|vertraege|versicherung\w*|abo\w*)\b"),
    _p(_ATTEMPT, r"\b(?:hab|habe|hatte)\w*\s+(?:\w+\s+){0,5}?(?:einen|nen|'nen|n)\s+versucht?\s+(?:gemacht|unternommen)\b(?!\s*,?\s*(?:\w+\s+){0,5}zu\s+\w+)",
       context=r"\b(?:keiner|niemand|trennung|klinik|krankenhaus|notaufnahme|tabletten|wieder\s+aufgewacht|ueberlebt)\b"),
    _p(_ATTEMPT, r"\bmein\s+(?:zweiter|dritter|vierter|letzter)\s+versucht?\b",
       context=r"\bkrisen\w*|\b(?:klinik|psychiatrie|notaufnahme|intensiv\w*|magen\s+ausgepumpt|tabletten)\b"),
    # round 45: the gas turned on and the writer sat or lay down by it ("den gashahn aufgedreht
    # und mich in die küche gesetzt")
    _p(_ATTEMPT, r"\b(?:gashahn|gas)\s+(?:\w+\s+){0,2}?(?:aufgedreht|angedreht|aufgemacht)\s+"
                 r"(?:und\s+)?(?:mich|hab\s+mich|bin)\s+(?:\w+\s+){0,4}?(?:gesetzt|gelegt|hingesetzt|hingelegt|davor\w*|daneben\w*)\b"),
    # round 45: an overdose said not to be the accident it was called ("offiziell 'versehentlich zu
    # viel'. war nicht versehentlich.")
    _p(_ATTEMPT, r"\bwar\s+(?:aber\s+)?(?:nicht|kein)\s+(?:versehentlich|versehen|aus\s+versehen|unfall)\b",
       context=r"\b(?:zu\s+viel\w*|ueberdosis|intensiv\w*|tabletten|pillen|notaufnahme|magen\s+ausgepumpt|versehentlich)\b",
       intrinsic=True),
    # round 45 (list 15): found in time ("sie haben mich sonntag noch rechtzeitig gefunden"), woken
    # in resus ("bin im schockraum aufgewacht"), "ende august der versuch"
    _p(_ATTEMPT, r"\bmich\s+(?:\w+\s+){0,3}?(?:noch\s+)?rechtzeitig\s+gefunden\b|\bich\s+wurde\s+(?:\w+\s+){0,2}?(?:noch\s+)?rechtzeitig\s+gefunden\b"
                 r"|\b(?:im|in\s+den|auf\s+dem)\s+schockraum\s+(?:\w+\s+)?aufgewacht\b|\baufgewacht\s+im\s+schockraum\b"
                 r"|\b(?:ende|anfang|mitte)\s+\w+\s+(?:der|mein)\s+(?:versuch\w*|suizidversuch)\b"),
    # round 45 (list 15): the roof gone up to, then "das war's"; the last meal with all else done
    # ("henkersmahlzeit. alles andere ist erledigt"), not one before an exam; affairs settled with
    # a pet given ("regel grad meine angelegenheiten. der hund kommt zu meinem bruder")
    _p(_PLAN, r"\b(?:geh|fahr|steig)\w*\s+ich\s+(?:\w+\s+){0,2}?(?:aufs|auf\s+das)\s+dach\b",
       context=r"(?:^|[.!?]\s*)das\s+war(?:'s|s|\s+es)\s*[.!]*\s*$"),
    _p(_PREP, r"\b(?:henkersmahlzeit|letzte\s+mahlzeit)\b(?![^.!?]{0,30}\bvor\b)",
       context=r"\balles\s+andere\s+(?:ist\s+)?(?:erledigt|geregelt)\b"),
    _p(_PREP, r"\b(?:regel|regle|ordne)\w*\s+(?:\w+\s+){0,4}?meine\s+angelegenheiten\b|\bmeine\s+angelegenheiten\s+(?:ge)?(?:regelt|ordnet|regeln|ordnen)\b",
       context=r"\b(?:hund|katze|kater|pferd|schluessel|brief|testament|reise\s+erzaehlt|letzte|alles\s+andere|still\s+und\s+leise|fast\s+fertig|bald\s+fertig)\b"),
    # round 45 (list 15): hit until bruised ("so lang auf meinen oberschenkel gehauen, bis er blau
    # war")
    _p(_HARM, r"\b(?:auf|gegen|in)\s+(?:meinen|meine|mein)\s+(?:\w+\s+){1,3}?(?:gehauen|geschlagen|geboxt|gekratzt|gebissen)\s*,?\s+"
              r"bis\s+(?:er|es|sie|der|die|das)\s+(?:\w+\s+)?(?:blau|gruen\s+und\s+blau|geblutet|blutete|blutig)\b",
       kept_from_others=True),
    # round 45 (list 15): the thoughts back after an attempt ("... der versuch. ... die gedanken
    # sind wieder da")
    _p(_ACTIVE, r"\bdie\s+gedanken\s+sind\s+(?:jetzt\s+|schon\s+|alle\s+)?wieder\s+da\b",
       context=r"\b(?:versuch\w*|suizid\w*|sterben|tot|tabletten|umbring\w*)\b", intrinsic=True),
    # round 45: nobody need worry about the writer after a time, beside a will or a pet given
    # ("beim notar wegen testament. ... dass sie sich ab nächsten monat keine gedanken mehr um mich
    # machen muss")
    _p(_PREP, r"\bkeine\s+(?:gedanken|sorgen)\s+mehr\s+um\s+mich\s+machen\s+(?:muss|muessen|musst|braucht|brauchen)\b",
       context=r"\b(?:testament|notar\w*|erbe\w*|vererb\w*|kriegt\s+(?:die|der|den|meine?n?)|abschied\w*|brief)\b"),
    # round 41 (a tenth list): "lass mich endlich sterben"; hurting oneself again ("tu ich mir
    # wieder weh"); the voice "die sagt bring dich um"; no way out but death; "vorbei mit mir";
    # "übers ende. mein ende."; a stop said, then corrected to the writer ("darf's aufhören. ich
    # mein: ich."); into the water ("geh ich ins wasser hinterm deich", "in den fluss gegangen.
    # ein hundebesitzer hat mich rausgezogen"); "hab's gemacht. in der notaufnahme aufgewacht";
    # "wo ich hingeh, brauch ich das nicht"; no flat needed any more; an accident that looks like
    # one for the insurance
    _p(_HOPE, r"\blass\w*\s+(?:mich|mi)\s+(?:doch\s+)?(?:endlich|einfach|bitte|jetzt|nur)?\s*(?:endlich\s+|einfach\s+)?sterben\b"),
    _p(_HARM, r"\b(?:tu|tue|tut)\s+(?:ich\s+)?mir\s+(?:\w+\s+)?(?:wieder|schon\s+wieder|erneut|absichtlich|selber|selbst)\s+weh\b"),
    _p(_ACTIVE, r"\b(?:stimme|stimmen)\b,?\s+(?:die|der)\s+(?:mir\s+)?(?:sagt|sagen|fluestert|fluestern|schreit|schreien)\s*,?\s+(?:bring\s+dich\s+um|spring|mach\s+schluss|bring's\s+zu\s+ende)\b"),
    _p(_HOPE, r"\bkein\w*\s+ausweg\s+(?:mehr\s+)?(?:ausser|als)\s+(?:sterben|den\s+tod|tot\s+sein|dem\s+tod)\b"),
    _p(_PASSIVE, r"\b(?:ist|isses|waer\w*|war)\s+(?:es\s+)?(?:(?!(?:nicht|nie|noch|lang|lange)\b)\w+\s+){0,2}vorbei\s+mit\s+mir\b", intrinsic=True),
    _p(_ACTIVE, r"^\s*(?:also\s+|ich\s+mein\w*\s+)?mein\s+(?:eigenes\s+)?ende\s*[.!]*\s*$", context=r"\b(?:das|uebers|ans)\s+ende\b"),
    _p(_PASSIVE, r"^\s*(?:ich\s+mein\w*|also)\s*[:,]?\s*(?:ich|mich|mein\s+leben)\s*[.!]*\s*$", context=r"\b(?:aufhoer\w*|aufhoeren|enden|vorbei)\b"),
    _p(_PLAN, r"\b(?:geh|gehe|gehn)\s+ich\s+(?:\w+\s+){0,2}ins\s+wasser\b(?![^.!?]{0,30}\b(?:baden|schwimm\w*|planschen|kinder|hund)\b)"),
    _p(_ATTEMPT, r"\b(?:ins\s+wasser|in\s+den\s+(?:fluss|see|kanal|main|rhein|weiher|teich)|in\s+die\s+(?:elbe|donau|isar|spree|weser|aare|limmat|see))\s+gegangen\b",
       context=r"\b(?:rausgezogen|rausgeholt|gerettet|herausgezogen|gefunden|notarzt|krankenhaus|rettungswagen)\b"),
    _p(_ATTEMPT, r"^\s*(?:ich\s+)?(?:hab|habe)(?:'s|s|\s+es)\s+(?:\w+\s+)?(?:gemacht|getan|versucht)\s*[.!]*\s*$",
       context=r"\b(?:notaufnahme|krankenhaus|klinik|intensiv\w*|spital)\s+(?:\w+\s+)?aufgewacht\b|\baufgewacht\b[^.!?]{0,20}\b(?:notaufnahme|krankenhaus|intensiv\w*|spital)\b"),
    _p(_PREP, r"\bwo\s+ich\s+hin(?:geh\w*|komm\w*|fahr\w*)\s*,?\s+brauch\w*\s+(?:ich\s+)?(?:das|die|den|sie|es|des)\s+(?:alles\s+)?nicht\s*(?:mehr)?\b"
              r"|\bbrauch\w*\s+(?:ich\s+)?(?:eh\s+)?keine\s+(?:wohnung|bleibe|zimmer|unterkunft)\s+mehr\b",
       context=r"\b(?:schluessel\w*|verschenkt|zurueckgeschickt|zurueckgegeben|vermieter\w*|gekuendigt|abgegeben|geschenkt)\b"),
    _p(_PLAN, r"\b(?:sieht|aussehen|aussieht)\s+(?:\w+\s+)?(?:aus\s+)?wie\s+ein\s+unfall\b", context=r"\b(?:versicherung\w*|lebensversicherung|police|auszahl\w*)\b"),
    # round 42 (dev81, young people in care): a night nobody checks; a near miss regretted;
    # sleeves in summer beside a secret; who gets what; pets taken "falls was is" beside a code,
    # then "alles erledigt, bin so komisch ruhig"
    _p(_PLAN, r"\b(?:macht|machen|mache)\s+(?:\w+\s+){0,3}keine\s+(?:kontrolle\w*|runde\w*|rundgang|rundgaenge|zimmerkontrolle\w*)\s+(?:mehr\s+)?(?:nach|ab|zwischen|bis)\b"
              r"|\b(?:nach|ab)\s+(?:\d+|mitternacht)\s*(?:uhr\s+)?(?:schaut|guckt|kommt|kuckt)\s+(?:keiner|niemand|keine\s+sau)\s+(?:mehr\s+)?(?:rein|vorbei|nach)\b"
              r"(?![^.!?]{0,60}\b(?:zock\w*|gezockt|spiel\w*|party|feier\w*|rausschleich\w*|raucht?\w*|lol|haha|xd)\b)",
       context=r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|heute\s+nacht|wochenende|dann)\b",
       intrinsic=True, kept_from_others=True),
    _p(_PASSIVE, r"\b(?:schade|leider|dummerweise)\b,?\s+dass\s+(?:er|sie|es|der\s+\w+|die\s+\w+|das\s+\w+)\s+(?:mich\s+)?(?:\w+\s+)?(?:verfehlt|gebremst|ausgewichen|vorbeigefahren|nicht\s+getroffen|nicht\s+erwischt)\b",
       context=r"\b(?:fast|beinahe|knapp|um\s+haaresbreite)\s+(?:\w+\s+){0,3}(?:erwischt|ueberfahren|umgefahren|getroffen|angefahren|mitgenommen)\b"),
    _p(_HARM, r"\b(?:langarm\w*|lange\s+aermel|pullis?|pullover|hoodies?|kapuzenpulli\w*)\s+(?:\w+\s+){0,2}(?:im|bei|trotz)\s+(?:juni|juli|august|sommer|hochsommer|der\s+hitze|hitze|\d+\s+grad|dreissig\s+grad)\b",
       context=r"\b(?:sag\w*\s+(?:ich\s+)?(?:nix|nichts|keinem|niemand\w*)|schlimmer|versteck\w*|arme?|narben|sieht\s+keiner|soll\s+keiner)\b"),
    _p(_PREP, r"\b(?:zettel|liste|brief|notiz)\b[^.!?]{0,30}\bwer\s+(?:\w+\s+)?was\s+(?:kriegen|bekommen|kriegt|bekommt|erben|erbt)\b"
              r"|\b(?:note|list|letter)\s+(?:of|saying|about|for)\s+who\s+gets\s+what\b",
       context=r"\b(?:verschenkt|weggegeben|aufgeraeumt|ausgemistet|gave\s+away|given\s+away|giving\s+away|cleared|tidied)\b"),
    _p(_PREP, r"\b(?:nimmt|nehmen|kriegt|bekommt|(?:ue|u)bernimmt|nimmt\s+sich)\s+(?:\w+\s+)?(?:die|den|das|meine|meinen|mein)\s+(?:\w+\s+)?"
              r"(?:ratten|ratte|katzen?|kater|hunde?|hamster|kaninchen|meerschweinchen|voegel|vogel|wellensittich\w*|fische|schlange|gecko)\s+"
              r"(?:\w+\s+)?(?:falls|wenn|sollte)\s+(?:mir\s+)?(?:was|etwas|irgendwas)\s+(?:is|ist|passiert|sein\s+sollte)\b"
              r"|\balles\s+(?:erledigt|geregelt|gekl(?:ae|a)rt|fertig)\b[^.!?]{0,30}\b(?:komisch|seltsam|merkw(?:ue|u)rdig|so|voll)\s+ruhig\b",
       context=r"\b(?:code|handycode|pin|passwort\w*|privat|ratten?|katzen?|kater|hunde?|hamster|brief|zettel|schluessel)\b"),
    # round 42 (dev82, dev83): being dead found more restful ("fänd tot sein ehrlich gesagt
    # entspannter"); a date chosen when the writer is alone ("hab mir den 3. mai ausgesucht ...
    # ich bin allein daheim"); a pet handed on with a lie about how long
    # (no word with a spelled-out umlaut here: "faend" made every "fand" read "faend")
    _p(_HOPE, r"\btot\s*(?:zu\s+)?sein\s+(?:(?!nicht\b|kein\w*|nie\b|auch\b)\w+\s+){0,3}(?:entspannter|leichter|angenehmer|ruhiger|einfacher|erholsamer)\b"),
    _p(_PLAN, r"\b(?:hab|habe|hob)\s+(?:mir\s+|i\s+mir\s+)?(?:den|einen|nen)\s+(?:\d+\s+\w+|tag|termin|datum|abend|samstag|sonntag|freitag|montag|dienstag|mittwoch|donnerstag)\s+(?:\w+\s+)?ausgesucht\b",
       context=r"\b(?:allein\w*|sturmfrei|keiner\s+(?:da|daheim|zuhause|zu\s+hause)|niemand\s+(?:da|daheim|zuhause|zu\s+hause))\b"),
    _p(_PREP, r"\b(?:muss|braucht|muessen|brauchen)\s+(?:ja\s+|sie\s+|er\s+)?(?:nicht|nich|net)\s+(?:zu\s+)?wissen,?\s+dass\s+(?:es|das)\s+(?:l(?:ae|a)nger|fuer\s+immer|fuer\s+ganz)\b",
       context=r"\b(?:katze|kater|hund|kaninchen|hamster|ratten?|schluessel|pflanzen|ein\s+paar\s+(?:tage|wochen))\b",
       intrinsic=True, kept_from_others=True),
    # round 43 (dev84): a pet placed for good and why not told; the heart that may stop
    _p(_PREP, r"\b(?:hund|katze|kater|kaninchen|hamster|wellensittich|pferd|tiere?)\s+(?:ist|is|bleibt|wohnt|lebt)\s+(?:jetzt\s+)?(?:\w+\s+){0,4}?(?:fuer\s+immer|fuer\s+ganz|dauerhaft|endgueltig)\b",
       context=r"\b(?:gelogen|angelogen|ausrede|(?:nicht|net|nich)\s+gesagt,?\s+warum|(?:nicht|net|nich)\s+(?:\w+\s+)?(?:den|dem)\s+(?:wahren\s+)?grund)\b"),
    _p(_PASSIVE, r"\b(?:waer|waere|ist)\s+(?:mir\s+)?(?:\w+\s+)?(?:recht|ok|okay|egal|in\s+ordnung|auch\s+gut)\s*,?\s+wenn\s+(?:das|mein|dieses)\s+(?:alte\s+)?herz\s+(?:\w+\s+){0,3}?(?:stehen\s*bleibt|stehenbleibt|stehen\s*bliebe|aufhoer\w*|aussetz\w*|schlapp\s*mach\w*)\b"),
    # round 43 (dev85 and a twelfth list): the blades got out again; passwords in an envelope
    # beside the cat; falling asleep "und weg zu sein"; "mich wegzumachen"; "mir die kugel zu
    # geben, nicht als spruch"; a crash that "sieht dann aus wie sekundenschlaf"
    _p(_HARM, r"\b(?:rasier)?klingen?\s+(?:\w+\s+){0,4}(?:geholt|rausgeholt|hervorgeholt|ausgepackt|rausgekramt)\b",
       context=r"\b(?:angeschaut|angeguckt|angestarrt|druck|wieder\s+da|nichts\s+mehr\s+gemacht|clean|drang)\b"),
    _p(_PREP, r"\bpassw(?:oe|o)rt(?:er)?\s+(?:\w+\s+){0,2}(?:liegen|liegt|sind|stecken|steckt)\s+(?:\w+\s+){0,2}(?:im|in\s+einem|in\s+nem)\s+umschlag\b",
       context=r"\b(?:katze|kater|hund|futter)\b"),
    _p(_PASSIVE, r"\b(?:einschlafen|einzuschlafen)\s+und\s+(?:einfach\s+)?(?:weg\s+zu\s+sein|weg\s+sein|nicht\s+mehr\s+da\s+(?:zu\s+)?sein)\b",
       context=r"\b(?:fuer\s+immer|der\s+gedanke|nie\s+wieder|wie\s+sch\w+\s+es\s+w)"),
    _p(_ACTIVE, r"\bmich\s+(?:weg\s*zu\s*machen|wegzumachen|wegmachen|wegmache|wegmach)\b"),
    _p(_ACTIVE, r"\bmir\s+(?:die|ne|'ne)\s+kugel\s+(?:zu\s+)?geben\b",
       context=r"\b(?:nicht\s+als\s+(?:spruch|witz|scherz)|kein\s+(?:witz|spruch|scherz)|im\s+ernst|ernsthaft|ernst\s+gemeint)\b"),
    _p(_PLAN, r"\bsieht\s+(?:dann\s+|es\s+)?(?:\w+\s+)?aus\s+wie(?:'n|\s+ein|\s+'?n|\s+nen)?\s+(?:unfall|sekundenschlaf)\b",
       context=r"\b(?:gegen|pfeiler|wand|baum|vollgas|brueckenpfeiler|betonwand)\b"),
    # round 43 (dev87, dev88): the head against the wall till it bruises; "damit er nix suchen
    # muss"; the heart pills counted, "das reicht"; "alles geregelt, ich kann gehen"; "dienstag
    # dann." once the baby is away
    _p(_HARM, r"\b(?:schlag|schlage|hau|haue|knall|knalle|schlug)\w*\s+(?:mir\s+)?(?:den|meinen)\s+kopf\s+(?:\w+\s+)?gegen\s+(?:die|eine|den)\s+(?:wand|fliesen)\b",
       context=r"\b(?:beule|blut\w*|platzwunde|blaue[rn]?\s+fleck|weh\s+tut)\b"),
    _p(_PREP, r"\bdamit\s+(?:er|sie|die\s+\w+|keiner|niemand)\s+(?:\w+\s+)?(?:nix|nichts)\s+suchen\s+muss(?:en)?\b",
       context=r"\b(?:passw\w+|testament|notar|beschriftet|ordner|versicherung\w*)\b"),
    _p(_PLAN, r"\b(?:tabletten|pillen|herztabletten|schlaftabletten|tropfen)\s+(?:\w+\s+){0,3}gez(?:ae|a)hlt\b[^.!?]{0,20}\b(?:das|die|es)\s+reich(?:t|en)\b"),
    _p(_PREP, r"\b(?:alles|jetzt\s+ist\s+alles)\s+(?:ist\s+)?(?:geregelt|erledigt|in\s+ordnung)\s*,?\s+(?:jetzt\s+|nun\s+)?(?:ich\s+)?kann\s+(?:ich\s+)?(?:jetzt\s+|nun\s+|endlich\s+)?gehen\b"
              r"|\b(?:everything(?:'s|\s+is)?|all)\s+(?:sorted|settled|in\s+order|done)\s*,?\s+(?:now\s+)?i\s+can\s+(?:finally\s+)?go\b"),
    _p(_PLAN, r"^\s*(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|heute\s+nacht)\s+(?:dann|also)\s*[.!]*\s*$",
       context=r"\b(?:nimmt\s+(?:das\s+baby|die\s+kinder|den\s+kleinen|die\s+kleine)|weg|allein\w*|keiner\s+(?:da|daheim|zu\s+hause)|niemand\s+(?:da|daheim|zu\s+hause)|zu\s+seiner\s+mutter|zu\s+ihrer\s+mutter)\b"),
    # round 44 (dev86: shift and gig workers): rope bought with a cover story ("said it was
    # for a tent. its in the boot")
    _p(_PREP, r"\b(?:bought|got|picked\s+up|ordered)\s+(?:a\s+|some\s+|the\s+)?(?:length\s+of\s+)?(?:rope|noose|hose|hosepipe|charcoal)\b[^.!?]{0,80}?"
              r"\b(?:said|told\s+(?:\w+\s+){1,2}|pretended)\s+(?:that\s+)?(?:it\s+was|it's|its|it\s+is|they\s+were)\s+for\b"),
    # round 44 (dev93: farmers and fishermen): "wish the storm had took me with the boat"
    _p(_PASSIVE, r"\bwish(?:ed)?\s+(?:that\s+)?(?:the|that|this)\s+(?:\w+\s+){0,2}?(?:had|would\s+have|'d)\s+(?:took|taken|got|claimed|finished)\s+me\b"
                 r"(?!\s+(?:to|home|out|along\s+(?:to|for)|shopping|back|round|around|in|up|all|there|with\s+(?:her|him|them))\b)"),
    # round 44 (a fourteenth list: chronic pain, migrants, farmers, emergency workers, recovery):
    # by my own hand; make it look like black ice; "that's my exit" beside a train; got it
    # planned beside a means; at the quarry "not for a swim"; finishing what the crash started;
    # goodbye said to the animals "tonight"
    _p(_ACTIVE, r"\b(?:by|with)\s+my\s+own\s+hands?\b(?!\s+(?:i\s+)?(?:built|made|planted|dug|fixed|wrote|raised|sewed|grew|carved|painted|cooked))", intrinsic=True),
    _p(_PLAN, r"\bmake\s+it\s+look\s+like\s+(?:an?\s+)?(?:accident|black\s+ice|crash|heart\s+attack|i\s+(?:fell|slipped|fell\s+asleep)|fell\s+asleep|sleepwalk\w*|a\s+(?:slip|fall)|natural\s+causes)\b"),
    _p(_PLAN, r"\b(?:that's|thats|that\s+is|that'll\s+be)\s+my\s+(?:exit|way\s+out|ticket\s+out|out)\b",
       context=r"\b(?:train|freight|express|crossing|tracks|bridge|cliff|quarry|roof|platform|lorry|motorway|\d{1,2}[:.]\d\d)\b"),
    _p(_PLAN, r"\bgot\s+it\s+(?:all\s+)?(?:planned|worked\s+out|sorted)\b|\bi\s+(?:worked|figured)\s+it\s+(?:all\s+)?out\s*[.!]",
       context=r"\b(?:pistol|gun|rifle|shotgun|pills|tablets|rope|bridge|lake|river|tracks|train|cliff|quarry|off\s+the\s+road|into\s+the)\b"),
    _p(_PLAN, r"\bnot\s+(?:for|to)\s+(?:a\s+)?(?:swim|paddle|dip|walk|picnic|look)\s*[.!]*(?:\s|$)",
       context=r"\b(?:quarry|bridge|cliff|river|lake|sea|reservoir|roof|viaduct|tracks|weir|pier)\b", intrinsic=True),
    _p(_PLAN, r"\bfinish(?:ing)?\s+what\s+(?:it|the\s+\w+|that|he|she)\s+started\b",
       context=r"\b(?:crash|accident|spot|anniversary|bridge|road|corner|tree|where\s+it\s+happened)\b"),
    _p(_PREP, r"\bsaid\s+(?:my\s+)?goodbyes?\s+to\s+(?:the|my|our)\s+(?:horses|cows|dogs?|sheep|animals|cattle|herd|hens|chickens|goats|pigs|ewes|flock|bees)\b",
       context=r"\b(?:tonight|today|something's\s+up|something\s+is\s+up|they\s+know|one\s+last|for\s+the\s+last\s+time|properly)\b"),
    # round 44 (dev94: emergency workers): "if ... i'm the one who doesn't come home, well.
    # wouldn't fight it that hard"; nobody will look for me, they think i'm on holiday
    _p(_PASSIVE, r"\b(?:wouldn't|would\s+not|won't|wouldnt|wont)\s+(?:\w+\s+)?fight\s+it\b",
       context=r"\b(?:doesn't\s+come\s+home|don't\s+come\s+home|not\s+come\s+home|die|dies|dead|killed|knife|shot|stabbed|crash|cancer|the\s+one\s+who)\b"),
    _p(_PREP, r"\b(?:nobody|no\s+one|no-one)\s+(?:will|would|'ll)\s+(?:\w+\s+)?(?:look|search)\s+for\s+me\b",
       context=r"\b(?:think|thinks|believe)\s+(?:i'm|i\s+am)\s+(?:away|on\s+holiday|on\s+leave|at\s+\w+)|\b(?:dam|bridge|cliff|quarry|reservoir|woods|forest|lake|river|tracks)\b"),
    _p(_PREP, r"^\s*(?:sort\s+of|kind\s+of|kinda|in\s+a\s+way)\s+(?:i\s+)?am\s*[.!]*\s*$",
       context=r"(?=[\s\S]*\blike\s+(?:i'm|i\s+am)\s+(?:moving|going\s+away|leaving)\b)[\s\S]*\b(?:giving|gave|given)\s+(?:\w+\s+)?(?:stuff|things|books|clothes|it\s+all)\s+away\b"),  # dev96
    # round 44 (the review): a voice that tells the writer to die ("the voice says 'kill
    # yourself, nobody will miss you'"), not one on the radio or a satnav
    _p(_ACTIVE, r"\b(?:the|a|that|this|those|these)\s+(?:\w+\s+)?voices?\b(?![^.!?]{0,30}\b(?:radio|tv|telly|satnav|sat\s+nav|gps|announcer|podcast|advert|ad|film|movie|game|song)\b)"
                r"[^.!?]{0,40}?\b(?:says?|said|saying|tells?\s+me|told\s+me|telling\s+me|keeps?\s+(?:saying|telling\s+me)|whispers?|whispering)\b"
                r"[^.!?]{0,15}?\b(?:kill\s+(?:yourself|urself|youself)|you\s+should\s+(?:die|be\s+dead)|go\s+(?:and\s+)?die|end\s+it|nobody\s+will\s+miss\s+you)\b"),
    # round 43 (a thirteenth list, dev89, dev90): "den löffel abgeben wär grad okay"; the other
    # voice that says "bring's zu ende"; "und ich mach's" while she and the children are away;
    # "ich komm nicht wieder" beside a pet placed; "ordentlich gehen"; the place checked for
    # people; "tu ich, nur anders"; a letter cut into the thigh; waiting till all are asleep to
    # clean the floor; the belly beaten till it is purple; "war ein versehen. war's nicht"; done
    # for real and found; starving "um zu sterben"; into the river, clothed; "heute wieder." after
    # months clean
    _p(_PASSIVE, r"\bl(?:oe|o)ffel\s+abgeben\s+(?:waer\w*|ist|wuerde)\s+(?:\w+\s+){0,3}?(?:okay|ok|in\s+ordnung|recht|egal|schon\s+gut)\b"),
    _p(_ACTIVE, r"\b(?:stimme|die\s+andere|der\s+andere)\b[^.!?]{0,40}\b(?:sagt|sagen|fluestert)\s*[:,]?\s*(?:bring'?s|mach'?s|bring\s+es|mach\s+es)\s+(?:zu\s+ende|endlich|fertig)\b"),
    _p(_PLAN, r"\bund\s+ich\s+mach'?s\b",
       context=r"\b(?:(?:ist|sind)\s+(?:sie|er)\s+mit\s+den\s+kindern\s+(?:bei|weg)|allein\s+(?:zu\s+hause|daheim)|sturmfrei)\b"),
    _p(_PREP, r"\bich\s+(?:komm|komme)\s+nicht\s+(?:mehr\s+)?wieder\b",
       context=r"\b(?:kater|katze|hund|kaninchen|weiss\s+(?:er|sie)\s+nicht|nur\s+fuer\s+(?:ne|eine)\s+zeit)\b", intrinsic=True),
    _p(_PREP, r"\bordentlich\s+gehen\b", context=r"\b(?:gekuendigt|zettel|abgemeldet|vermieter)\b"),
    _p(_PREP, r"\bgeschaut,?\s+ob\s+da\s+(?:wer|jemand|einer|keiner)\s+ist\b",
       context=r"\b(?:stelle|bruecke|gleise|kreisstrasse|parkhaus|klippe|steinbruch|hochhaus)\b"),
    _p(_PREP, r"\btu\s+ich,?\s+nur\s+anders\b"),
    _p(_HARM, r"\bmit\s+(?:dem|meinem|nem|einem)\s+(?:taschenmesser|messer|cutter|klinge|zirkel|rasierer)\s+in\s+(?:den|die|meinen|meine)\s+(?:oberschenkel|arm|unterarm|bein|haut|handgelenk)\b",
       context=r"^(?![\s\S]*\bsich\b)", kept_from_others=True),
    _p(_HARM, r"\bwarten,?\s+bis\s+alle\s+schlafen\b", context=r"\b(?:boden\s+sauber|blut\w*|wieder\s+(?:\w+\s+)?gemacht)\b"),
    _p(_HARM, r"\bauf\s+(?:meinen|mein|meine)\s+(?:bauch|beine?|arme?|oberschenkel)\s+(?:eingeschlagen|eingepruegelt|eingehauen)\b"),
    _p(_ATTEMPT, r"\b(?:tabletten|pillen|ueberdosis|sturz|unfall)\s+(?:war|waren)\s+(?:ein\s+)?(?:versehen|unfall)\b",
       context=r"\b(?:war'?s\s+nicht|war\s+es\s+nicht|ich\s+wollt'?s|ich\s+wollte\s+es)\b", kept_from_others=True),
    _p(_ATTEMPT, r"\bernst\s+gemeint\s+und\s+durchgezogen\b|\bhab'?s\s+durchgezogen\b",
       context=r"\b(?:gefunden|notarzt|krankenhaus|klinik|magen)\b"),
    _p(_ATTEMPT, r"\bum\s+zu\s+sterben\b", context=r"\b(?:gehungert|hunger\w*|nichts\s+(?:mehr\s+)?gegessen|magersucht)\b"),
    _p(_PLAN, r"\b(?:der|den)\s+(?:dachboden|speicher|keller|schuppen|scheune)\s*,\s*am\s+\d{1,2}\b",
       context=r"\b(?:mit\s+den\s+kindern\s+(?:bei|weg)|allein\w*|sturmfrei|keiner\s+da)\b"),
    _p(_ATTEMPT, r"\b(?:bin|ging)\s+(?:\w+\s+){0,4}in\s+(?:die|den|das)\s+(?:\w+\s+)?(?:isar|elbe|spree|donau|rhein|main|weser|neckar|fluss|see|meer|kanal)\s+(?:gegangen|gelaufen)\b",
       context=r"\b(?:angezogen|zu\s+flach|klatschnass|zu\s+bloed|nicht\s+geklappt|rausgezogen|rausgeholt)\b"),
    _p(_PASSIVE, r"\bwuensch\w*,?\s+(?:der|die|das)\s+(?:\w+\s+){0,2}?(?:haett?e|hat)\s+mich\s+(?:\w+\s+)?(?:geholt|erwischt|mitgerissen|dahingerafft)\b"),
    # round 44 (a fourteenth list): waiting for a day, "danach geh ich"; "zu ende bringen, was da
    # angefangen hat" at the place of a crash; goodbye said to the animals
    _p(_PLAN, r"(?:^\s*|[.!?;]\s*)danach\s+(?:geh|gehe|bin)\s+ich(?:\s+weg)?\s*[.!]*\s*$",
       context=r"\b(?:wart\w*|abwarten)\b[^.!?]{0,60}\bab\b|\bnoch\s+(?:\w+\s+){0,3}(?:abwarten|mitmachen|ueberstehen)\b"),
    _p(_PLAN, r"\b(?:bring\w*|bringe)\s+(?:\w+\s+)?zu\s+ende,?\s+was\s+(?:da|dort|der\s+\w+|es|er|sie)\s+(?:\w+\s+)?angefangen\s+hat\b"),
    _p(_PREP, r"\b(?:bei|von)\s+den\s+(?:pferden|kuehen|hunden|schafen|tieren|ziegen|huehnern|rindern)\s+(?:\w+\s+){0,4}(?:mich\s+)?verabschiedet\b"
              r"|\bmich\s+(?:\w+\s+){0,3}von\s+den\s+(?:pferden|kuehen|hunden|schafen|tieren|ziegen|huehnern|rindern)\s+verabschiedet\b"),
    _p(_PASSIVE, r"\bschlafen\s+und\s+nicht\s+mehr\s+ufwache\b", intrinsic=True),  # Swiss (dev92)
    _p(_PREP, r"\b(?:keiner|niemand|koaner|koana)\s+(?:sucht|vermisst|suacht)\s+mich\b",
       context=r"\b(?:alle\s+(?:denken|meinen|glauben|moana)|im\s+urlaub|staumauer|bruecke|klippe|steinbruch|stausee|talsperre|gleise|wald)\b"),
    _p(_PASSIVE, r"\b(?:will|moechte|wuerde)\s+(?:\w+\s+){0,3}in\s+(?:diese[mn]?|dem|meinem)\s+traum\s+bleiben\b"
                 r"|\b(?:nur\s+noch|will|moechte)\b[^.!?]{0,60}\bnie\s+(?:mehr|wieder)\s+aufwachen\b", intrinsic=True),  # dev97
    # round 44 (dev86): "klo, klinge, pflaster" in a break; "beim aufwachen nur gedacht: schade,
    # wieder wach" (not a dream that ended)
    _p(_HARM, r"\b(?:rasier)?klingen?\s*[,+&]\s*(?:und\s+)?(?:pflaster|verband|steri\s*strips?|desinfektion\w*)\b"
              r"|\b(?:blades?|razors?)\s*[,+&]\s*(?:and\s+)?(?:plasters?|bandages?|steri\s*strips?|dressings?)\b"),
    _p(_PASSIVE, r"\b(?:schade|mist|menno)\s*[,:!.-]?\s*(?:schon\s+)?wieder\s+(?:wach|aufgewacht)\b",
       context=r"^(?![\s\S]*\b(?:traum|traeum\w*|getraeumt|dream\w*))"),
    _p(_HARM, r"^\s*(?:heute|gestern|heut)\s+(?:wieder|doch\s+wieder)\s*[.!]*\s*$",
       context=r"\b(?:\d+|ein|zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn|elf|zwoelf)\s+(?:monate|wochen|tage|jahre)\s+clean\b"),
    # round 42 (an eleventh list): a coffin "gemütlicher"; "ausradiert werden wär schön";
    # "Selbstmord geht mir nicht aus dem Kopf";
    # an oak and no seatbelt; the twelfth floor when Mum is away; the rope hanging ready; Dad's
    # heart pills, all; a cat placed "nur für zwei Wochen", she thinks; the cashier noticed
    # nothing; "keine Spuren" after deleting; the dog taken to Grandpa and a real goodbye; a knot
    # practised on a belt; hidden "bis Sonntag"; a cigarette put out on the arm; hurting oneself "um was zu spüren"; tried in the bath, the
    # door broken open; a whole medicine cupboard swallowed; the pills taken, all
    _p(_PASSIVE, r"\b(?:sarg|grab)\s+(?:waer\w*|ist)\s+(?:\w+\s+)?(?:gem(?:ue|u)tlicher|bequemer|ruhiger|besser)\b"
                 r"|\b(?:ausradiert|ausgel(?:oe|o)scht)\s+(?:zu\s+)?(?:werden|sein)\s+(?:waer\w*|klingt|ist)\s+(?:\w+\s+)?(?:schoen|gut|toll|okay)\b"),
    _p(_ACTIVE, r"\b(?:selbstmord|suizid|sterben|mich\s+umzubringen)\w*\s+geht\s+mir\s+(?:einfach\s+)?nicht\s+(?:mehr\s+)?aus\s+dem\s+kopf\b", intrinsic=True),
    _p(_PLAN, r"\bohne\s+gurt\b(?![^.!?]{0,80}\b(?:polizei|gesagt|ueber\s+den|ueber\s+die|gestorben)\b)", context=r"\b(?:baum|eiche|pfeiler|bruecke|mauer|landstrasse|autobahn)\b"),
    _p(_PLAN, r"\b\d+\s+stock\b[^.!?]{0,40}\bwenn\s+(?:\w+\s+){1,3}(?:im\s+urlaub|weg|nicht\s+da|auf\s+arbeit|unterwegs)\b"
              r"(?![^.!?]{0,60}\b(?:hat|hatte)\s+(?:mein|meine|sein|seine|ihr|ihre)\w*\s+(?:\w+\s+)?\w+\s+(?:geschrieben|gesagt|geschickt)\b)"),
    _p(_PREP, r"\b(?:seil|strick|kletterseil|schlinge)\b[^.!?]{0,20}\bh(?:ae|a)ngt\s+(?:schon|bereit)\b(?![^.!?]{0,30}\bzum\s+\w+)"),
    _p(_PLAN, r"\b(?:\w*tabletten|pillen|medikamente)\s*,\s*alle\s*,"),
    _p(_PREP, r"\b(?:denkt|glaubt|meint)\s*,?\s*(?:nur\s+)?f(?:ue|u)r\s+(?:zwei|ein\s+paar|drei|\d+)\s+(?:wochen|tage)\b",
       context=r"\b(?:katze|kater|hund|kaninchen|hamster|ratten?|pflanzen)\b", kept_from_others=True),
    _p(_PREP, r"\b(?:kassierer\w*|verk(?:ae|a)ufer\w*|cashier|shop\s+assistant)\s+(?:hat|had|has)\s+(?:nix|nichts|nothing)\s+(?:gemerkt|bemerkt|noticed)\b",
       context=r"\b(?:schlauch|kabelbinder|seil|strick|holzkohle|rope|hose|charcoal|cable\s+ties|tabletten|pills)\b", kept_from_others=True),
    _p(_PREP, r"^\s*(?:keine|ohne)\s+spuren\s*(?:mehr)?\s*[.!]*\s*$", context=r"\bgel(?:oe|o)scht\b"),
    _p(_PREP, r"\b(?:hund|katze|kater)\b[^.!?]{0,40}\b(?:gebracht|abgegeben)\b[^.!?]{0,20}\bmich\s+(?:richtig|ordentlich|fuer\s+immer)\s+verabschiedet\b"),
    _p(_PREP, r"\bknoten\s+ge(?:ue|u)bt\b(?=[^.!?]{0,40}\b(?:am|an\s+(?:dem|meinem))\s+(?:g(?:ue|u)rtel|kabel|schal|bettlaken)\b)"
              r"|\bschlinge\b[^.!?]{0,30}\b(?:youtube|tutorial)\b"),
    _p(_PREP, r"\bversteckt\s*,?\s+bis\s+(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b"),
    _p(_HARM, r"\b(?:kippe|zigarette|kippen)\s+auf\s+(?:dem|meinem)\s+(?:unterarm|arm|handgelenk|bein|oberschenkel|hand)\s+ausgedr(?:ue|u)ckt\b"
              r"|\b(?:tu|tue)\s+ich\s+mir\s+weh\s*,?\s+(?:nur\s+)?um\b"),
    _p(_ATTEMPT, r"\bhab\w*(?:'s|s|\s+es)\s+(?:\w+\s+){0,4}versucht\b",
       context=r"\b(?:tuer\s+aufgebrochen|aufgebrochen|notarzt|krankenhaus|rausgezogen|gerettet|notaufnahme|magen\s+ausgepumpt)\b"),
    _p(_ATTEMPT, r"\b(?:den\s+ganzen|die\s+ganze)\s+\w*(?:schrank|packung|schachtel|dose|vorrat)\w*\s+(?:geschluckt|genommen)\b"
                 r"|\b(?:pillen|tabletten|medikamente)\b[^.!?]{0,40}\bgenommen\s*,?\s+alle\b"),
    # round 41: a means that calls ("des gwehr im schrank ruft mi jeden abend"); God asked to
    # come for the writer first ("bet ich abends, dass mich der herrgott holt, bevor die vom amt
    # zum keulen kommen"); a cover story for the writer's own funeral ("beim bestatter alles
    # vorausbezahlt ... hab gsagt, ist für die mama"); an ending "other than they think"
    _p(_ACTIVE, r"\b(?:gewehr|gwehr|waffe|pistole|flinte|stutzen|strick|seil|tabletten|bruecke|klinge)\b[^.!?]{0,30}\b(?:ruft|lockt|fluestert)\s+(?:\w+\s+)?(?:mich|mi|mir)\b"),
    _p(_PASSIVE, r"\b(?:bet\w*|hoff\w*|wuensch\w*)\b[^.!?]{0,20}\bdass\s+mich\s+(?:der\s+)?(?:herrgott|liebe\s+gott|gott|herr|tod|himmelvater)\s+(?:\w+\s+)?(?:holt|zu\s+sich\s+(?:nimmt|holt)|mitnimmt|heimholt)\b"),
    _p(_PREP, r"\b(?:hab|habe|han|hob)\s+(?:ich\s+|i\s+)?(?:ge?sagt|erzaehlt|gmeint|gemeint),?\s+(?:das\s+|es\s+|des\s+)?(?:ist|isch|is|sei|waer\w*)\s+fuer\s+(?:die|meine|den|meinen|d)\s+(?:mama|mutter|muetter|papa|vater|oma|opa|schwester|bruder|frau|mann)\b",
       context=r"\b(?:bestatter\w*|sarg|saerge|grab|grabstelle|beerdigung|urne|trauerfeier|bestattung\w*|friedhof)\b"),
    _p(_PREP, r"\b(?:bloss|nur|halt|aber)\s+(?:ganz\s+)?anders,?\s+als\s+(?:die|sie|alle|die\s+leut\w*|die\s+anderen)\s+(?:denken|glauben|meinen|moanen)\b"
              r"|\b(?:just|only|but)\s+not\s+(?:the\s+way|how|in\s+the\s+way)\s+(?:they|everyone|people|he|she)\s+(?:think|thinks|expect|expects|assume|assumes)\b",
       context=r"\b(?:abgegeben|gekuendigt|verkauft|verschenkt|aufgeloest|abgemeldet|aufhoer\w*|hoer\w*\s+(?:\w+\s+)?auf|sold|gave|given|cancelled|canceled|quit\w*|stopp\w*|finish\w*)\b"),
    # round 41: a purchase denied its everyday purpose ("was aus dem baumarkt im kofferraum.
    # nicht für den garten.")
    _p(_PREP, r"^\s*(?:(?:aber|but|und|and)\s+)?(?:nicht|not)\s+(?:fuer|for)\s+(?:den|die|das|the|my)\s+(?:garten|garden|schuppen|shed|keller|garage)\s*[.!]*\s*$",
       context=r"\b(?:baumarkt|hardware\s+(?:store|shop)|diy\s+(?:store|shop)|b&q|obi|hornbach|bauhaus)\b"),
    _p(_PREP, r"\bsammle\s+(?:\w+\s+){0,3}(?:tabletten|pillen|medikamente)\b|\b(?:tabletten|pillen)\s+"
              r"(?:gesammelt|gehortet|gespart|gebunkert)\b|\b(?:tabletten|pillen)\b[^.!?]{0,40}\b(?:socken"
              r"schublade|nachgezaehlt|gezaehlt|genug|versteckt)\b"),
    _p(_PREP, r"\b(?:seil|strick)\s+gekauft\b|\b(?:ein|einen|das|den)\s+(?:seil|strick)\b[^.!?]{0,30}"
              r"\bgekauft\b"),
    _p(_PREP, r"\babschieds(?:brie\w*|nachricht\w*|zettel\w*|zeilen)\b"),
    _p(_PREP, r"\b(?:geschenkt|verschenkt)\b[^.!?]{0,50}\b(?:behalten|brauch\w*\s+(?:sie|ihn|es)\s+"
              r"(?:ja\s+)?nicht\s+mehr)\b|\bbrauch\w*\s+(?:sie|ihn|es|das)\s+ja\s+nicht\s+mehr\b"),
    _p(_PREP, r"\bdass\s+der\s+(?:hund|kater|katze)\s+zu\s+(?:ihr|ihm)\s+soll\b"
              r"|\bzettel\s+fuer\b[^.!?]{0,40}\b(?:hund|katze|kater)\b"),
    _p(_PREP, r"\balles\s+bereit\b", context=r"\b(?:schluessel|kuehlschrank|geputzt|tabletten)\b"),
    _p(_ATTEMPT, r"\b(?:einen\s+haufen|viele|alle|die\s+ganzen?)\s+(?:\w+\s+)?tabletten\s+(?:\w+\s+)?"
                 r"(?:geschluckt|genommen)\b|\bueberdosis\b(?!\s+(?:an\s+)?(?:schokolade|zucker|kaffee|suesses|kuchen|sonne|netflix|weihnachten)\b)"
                 # round 23: a medicine by name, "alle ibus genommen, die im haus waren"
                 r"|\b(?:alle|die\s+ganzen?|die\s+ganze\s+packung)\s+(?:\w+\s+)?(?:ibus?|ibuprofen|paracetamol|aspirin|schlaftabletten|schmerztabletten|schmerzmittel|tramal|tilidin|diazepam|tavor|lorazepam|antidepressiva|pillen)\b"
                 r"[^.!?]{0,40}\b(?:geschluckt|genommen|eingeworfen|reingehauen)\b"),
    _p(_ATTEMPT, r"\bhab\w*\s+ich'?s\s+versucht\b|\bhab\w*\s+ichs\s+versucht\b|\bhab\w*\s+(?:es\s+)?"
                 r"versucht,?\s+mich\b|\b(?:suizid|selbstmord)versuch\w*"),
    # --- German: self-harm ----------------------------------------------------------------------------
    _p(_HARM, r"\britze?\s+mich\b|\bmich\s+(?:\w+\s+){0,2}(?:geritzt|ritzen|zu\s+ritzen)\b"
              r"|\bhab\w*\s+(?:\w+\s+){0,2}geritzt\b|\bselbstverletz\w*|\bsvv\b"
              # round 19: "hab mich heut nach der mathearbeit im schulklo geritzt"
              r"|\b(?:hab|habe|hatte)\s+(?:ich\s+)?mich\s+(?:\w+\s+){3,7}geritzt\b(?!\s+(?:in|ins|auf)\b)"
              # a note with the subject left out: "danach wieder geritzt, nach sieben wochen"
              r"|(?:^|[,;:]|\b(?:dann|danach|gestern|heute|und))\s*(?:\w+\s+)?(?:wieder|erneut|nochmal)\s+geritzt\b(?!\s+(?:in|ins|auf)\b)"),
    _p(_HARM, r"\bmich\s+(?:\w+\s+){0,3}(?:geschnitten|verbrannt|verletzt)\b(?=[^.!?]*\b(?:wieder|"
              r"absichtlich|extra|mit\s+(?:der|einer|dem)\s+(?:klinge|rasierklinge|scherbe|feuerzeug)))"
              r"|\b(?:will|muss|moechte)\s+(?:ich\s+)?mich\s+(?:selbst\s+)?(?:\w+\s+)?(?:verletzen|ritzen|"
              r"schneiden)\b"),
    _p(_HARM, r"\bmir\s+(?:\w+\s+){0,5}(?:verbrannt|aufgeschnitten|geschnitten)\b[^.!?]{0,40}"
              r"\b(?:damit|spuer\w*)"),
    _p(_HARM, r"\b(?:schnitte|wunden)\b[^.!?]{0,40}\b(?:will\s+mehr|noch\s+offen)\b"),
    _p(_HARM, r"\bhab\w*\s+es\s+wieder\s+getan\b|\brueckfall\b|\brueckfaellig\b|\bwieder\s+angefangen\b",
       context=_HARM_CONTEXT),
    _p(_HARM, r"\bgekratzt,?\s+bis\s+es\s+(?:geblutet|blutet)\b|\bbis\s+es\s+geblutet\s+hat\b"),
    _p(_HARM, r"\b(?:arm|arme|handgelenk\w*|unterarm|oberschenkel|beine?)\s+(?:\w+\s+){0,4}(?:aufgeschnitten|"
              r"aufgeritzt|zerkratzt|verbrannt)\b"),
    _p(_ACTIVE, r"\bmir\s+(?:\w+\s+)?(?:was|etwas)\s+antue\b|\bwie\s+viele\s+(?:tabletten|pillen)\b"
                r"|\bstand\s+(?:ich\s+)?(?:auf|an)\s+(?:der|dem)\s+(?:bruecke|dach|gleis\w*|kante|gelaender)\b(?![^.!?]*\b(?:sterne\w*|aussicht|sonnen\w*|fotos?|feuerwerk|mond)\b)"),
    _p(_PASSIVE, r"\bnicht\s+(?:mehr\s+)?weiterleben\b|\ballen\s+(?:nur\s+)?im\s+weg\b", intrinsic=True),
    # round 46 (list 16, dev104): burnt on purpose with a lighter ("hab ich mir mit dem feuerzeug
    # wieder den arm verbrannt"), hit oneself ("mich selbst geschlagen, bis blaue flecken kamen"),
    # hurting oneself said plainly ("ich tu mir weh, um überhaupt was zu spüren"), cutting as what
    # gets the writer through ("ritzen ist grad das einzige"), fresh wounds hidden
    _p(_HARM, r"\bmir\s+(?:\w+\s+){0,3}?(?:mit\s+(?:dem|der|nem|ner|einem|einer)\s+(?:feuerzeug|zigarette|kippe|streichholz|buegeleisen)|absichtlich|extra)\s+(?:\w+\s+){0,3}?(?:verbrannt|verbrueht)\b"
              r"|\bmich\s+selbst\s+(?:\w+\s+){0,2}?geschlagen\b(?!\s*(?:geben|gegeben))"
              r"|\bich\s+(?:tu|tue)\s+mir\s+(?:selbst\s+|absichtlich\s+|wieder\s+)?weh\b(?![^.!?]*\bbeim\b)"
              r"|(?:^|[.!?;,]\s*|\bdas\s+)ritzen\s+(?:ist|hilft|war|bringt)\b(?![^.!?]*\b(?:vorbei|her|geschichte|vergangenheit|thema|nicht\s+mehr)\b)"),
    _p(_HARM, r"\b(?:frische|neue)\s+(?:wunden|schnitte|narben|kratzer)\b",
       context=r"\bdamit(?:'?s|\s+es)\s+(?:keiner|niemand)\s+(?:sieht|merkt)\b|\blange\s+aermel\b"),
    # --- German: hopelessness with a wish to be dead ---------------------------------------------
    _p(_HOPE, r"\bkein(?:en)?\s+ausweg\s+mehr\b|\b(?:sehe|gibt\s+(?:es\s+)?)\s*keinen\s+ausweg\b"
              r"|^\s*kein\s+ausweg\b"),
    # (round 44: not "ich kann nicht mehr... vor freude, hehe")
    _p(_HOPE, r"\bich\s+kann\s+(?:einfach\s+|echt\s+|wirklich\s+)?nicht\s+mehr(?!\s*(?:\.+|…|,|-)?\s*(?:vor\s+(?:lachen|freude|glueck|lauter)|haha|hehe|lol|xd))\s*(?:[.!?,;]|$)"
              r"|(?:^\s*|[.!?;]\s*)kann\s+(?:einfach\s+|echt\s+|wirklich\s+)?nicht\s+mehr\s*(?:[.!?;]|$)"
              r"|\bich\s+kann\s+einfach\s+nicht\s+mehr\b|\bhalte\s+(?:es|das)\s+nicht\s+mehr\s+aus\b",
       intrinsic=True),
    _p(_HOPE, r"\bkeine\s+zukunft\b"),
    _p(_HOPE, r"\b(?:hat|macht)\s+(?:alles\s+)?keinen\s+sinn\s+mehr\b|\bkeinen\s+(?:sinn|grund)\s+mehr"
              r"\s+(?:zu|zum)\s+leben\b|\b(?:keinen|kein)\s+(?:sinn|grund)\s+(?:zu|zum)\s+leben\b"
              r"|\bleben\s+(?:hat|macht)\s+(?:\w+\s+)?keinen\s+sinn\b", intrinsic=True),
    _p(_HOPE, r"\bich\s+bin\s+(?:doch\s+|halt\s+|eh\s+|echt\s+)?nur\s+(?:noch\s+)?(?:eine|ne)\s+last\b"),
    # round 8: "wozu noch vierzig jahre", "die kommen ohne mich klar, vielleicht sogar besser",
    # "ein unfall waere mir ganz recht", "einfach aus sein", "dass mich einer abschaltet"
    _p(_HOPE, r"\bwozu\s+noch\s+(?:\w+\s+)?jahre\b|\bohne\s+mich\s+(?:\w+\s+){0,2}klar\b[^?]{0,40}\bbesser\b"
              r"|\b(?:kein(?:en)?|null)\s+bock\s+mehr\s+auf\s+(?:mich|das\s+leben|leben)\b|\bauch\s+nicht\s+auf\s+mich\b"),
    _p(_PASSIVE, r"\b(?:unfall|herzinfarkt|crash)\b[^.!?]{0,30}\bwaere\s+mir\s+(?:\w+\s+){0,2}recht\b"
                 r"|\beinfach\s+aus\s+sein\b|\bmich\s+(?:\w+\s+){0,2}(?:abschaltet|ausschaltet|ausschalten|abschalten)\b"
                 r"|\beinschlafen\s+und\s+(?:einfach\s+)?weg\s+sein\b|\bwart\w*\s+nur\s+noch\s+auf(?:s|\s+das)\s+ende\b"
                 r"|\b(?:ge)?wuensch\w*\b[^.!?]{0,30}\b(?:ice|zug|flugzeug|flieger|bus)\s+(?:\w+\s+)?(?:entgleist|stuerzt\s+ab|abstuerzt|verunglueckt)\b"
                 # round 52: "manchmal hoff ich, dass der ICE aufm Heimweg entgleist und ich halt
                 # einfach drin sitz"
                 r"|\bhoff\w*\b[^.!?]{0,20}\b(?:ice|zug|flugzeug|flieger|bus|bahn|s-bahn)\s+(?:(?!nicht\b|nie\b|kein\w*)\w+\s+){0,3}"
                 r"(?:entgleist|stuerzt\s+ab|abstuerzt|verunglueckt|crasht)\b(?!\s+(?:nicht|nie)\b)[^.!?]{0,40}\bich\s+(?:\w+\s+){0,3}(?:drin|dabei|mit\s+drin)\b"),
    _p(_PREP, r"\b(?:danach|dann|bald|ab\s+\w+)\s+brauch\w*\s+ich\s+(?:eh\s+|dann\s+|ja\s+)?(?:nix|nichts)\s+mehr\b|\bwenn\s+(?:man|sie|er|jemand)\s+mich\s+findet\b"),
    # round 50, from the read misses of older sets: a cover story the writer then gives away
    # ("told everyone at work the cat did it. there is no cat", "mama gesagt die kratzer sind
    # von der katze. sind sie nich")
    _p(_HARM, r"(?<!\bshe\s)(?<!\bhe\s)(?<!\bthey\s)(?<!\bsie\s)(?<!\ber\s)\b(?:said|say|told|tell|sag(?:te)?|gesagt|erzaehlt)\b[^.!?\n]{0,50}\b(?:cat|katze)\b", kept_from_others=True,
       context=r"\b(?:there\s+is\s+no\s+cat|there's\s+no\s+cat|i\s+(?:don't|do\s+not)\s+(?:have|own)\s+a\s+cat|i\s+have\s+no\s+cat"
               r"|(?:ich\s+hab\w*|wir\s+haben)\s+(?:gar\s+)?keine\s+katze|(?:es\s+)?war\s+nicht\s+die\s+katze|wasn't\s+the\s+cat"
               r"|sind\s+sie\s+nich\w?|(?:waren|sind)\s+(?:sie\s+)?nicht\s+von\s+der\s+katze)\b"),
    # ... a trip the writer lets others believe in, and half admits ("she thinks i'm going away.
    # i suppose i am", "sie denkt, ich verreise. stimmt ja irgendwie", "told her i'm going
    # travelling. i'm not going travelling")
    _p(_PREP, r"\b(?:she|he|they|everyone|everybody|sie|er|alle)\s+(?:thinks?|denkt|denken|glaubt|glauben)\s*,?\s*(?:that\s+|dass\s+)?(?:i'm|i\s+am|ich)\s+"
              r"(?:going\s+(?:away|travelling|traveling|on\s+(?:a\s+)?holiday|on\s+a\s+trip)|verreise|wegfahre|in\s+(?:den\s+)?urlaub\s+fahre)\b"
              r"|\b(?:told|tell|said\s+to)\s+(?:her|him|them|everyone|my\s+\w+)\s+(?:that\s+)?i'm\s+going\s+(?:travelling|traveling|away)\b",
       context=r"\bi\s+suppose\s+i\s+am\b|\bin\s+a\s+way\b|\bstimmt\s+ja\s+(?:irgendwie|auch)\b|\birgendwie\s+schon\b|\bnur\s+anders\b"
               r"|\bi'm\s+not\s+going\s+(?:travelling|traveling|away)\b|\bnot\s+the\s+way\s+(?:she|he|they)\s+think"),
    # ... nobody to bring the writer back ("updated my advance directive so nobody can drag me
    # back", "patientenverfügung geändert, damit mich ja keiner zurückholt")
    _p(_PREP, r"\bso\s+(?:that\s+)?(?:nobody|no\s+one|no-one)\s+(?:can|will|could|would)\s+(?:drag|bring|pull|get)\s+me\s+back\b(?![^.!?]{0,20}\b(?:against\s+my\s+wishes|when\s+i'm\s+(?:old|\d+)))"
              r"|\bdamit\s+mich\s+(?:ja\s+|auch\s+)?(?:keiner|niemand)\s+(?:mehr\s+)?zurueck(?:holt|holen\s+kann|bringt)\b"),
    # ... messages kept for afterwards ("nachrichten für danach in den entwürfen gespeichert",
    # "filmed a goodbye video for the squad, scheduled it for sunday")
    _p(_PREP, r"\b(?:nachrichten|briefe|mails|sprachnachrichten|videos?|messages|letters|texts)\s+(?:fuer|for)\s+(?:danach|afterwards|after)\b(?!\s+(?:the|dem|der|die|work|school|arbeit))(?![^.!?]*(?::|\b(?:wenn|when|if|falls)\b))"
              r"|\bgoodbye\s+(?:video|message|post|text)s?\b(?![^.!?]*\b(?:since|because|cos|cuz|as\s+i'm|weil|da\s+ich)\b)[^.!?]{0,40}\bschedul\w*|\babschieds(?:video|post)\w*\b[^.!?]{0,40}\b(?:geplant|eingeplant|terminiert)"),
    # ... a pet's future made safe whatever happens to the writer ("found a nice family for
    # biscuit. whatever happens next, she'll be fine", "egal was jetzt kommt, ihr geht's gut")
    _p(_PREP, r"\bwhatever\s+happens\s+(?:next|now|to\s+me)\s*,?\s+(?:she|he|it|they)(?:'ll|\s+will)\s+be\s+(?:fine|ok|okay|alright|all\s+right|looked\s+after)\b"
              r"|\begal\s+was\s+(?:jetzt\s+|mit\s+mir\s+)?(?:kommt|passiert)\s*,?\s+(?:ihr|ihm|ihnen)\s+geht'?s\s+gut\b"),
    # ... disappointed to be missed by a blade or a car ("i was sort of disappointed he missed")
    _p(_PASSIVE, r"\b(?:disappointed|gutted|sorry)\s+(?:that\s+)?(?:he|she|it|they|the\s+\w+)\s+missed(?=\s*[.!?,]|\s*$)"
                 r"|\benttaeuscht\s*,?\s+dass\s+(?:er|sie|es)\s+(?:nicht\s+getroffen|vorbei)",
       context=r"\b(?:knife|blade|gun|shot|car|lorry|truck|bus|train|van|messer|auto|lkw|zug)\b"),
    # ... fresh cuts that sting ("the fresh ones are stinging under my work shirt", "die frischen
    # brennen unter dem arbeitshemd")
    _p(_HARM, r"\b(?:the\s+)?fresh\s+ones\s+(?:are\s+|were\s+)?(?:stinging|burning|itching|bleeding|sting|burn|itch|bleed)\b"
              r"|\bdie\s+frischen\s+(?:brennen|jucken|bluten|tun\s+weh)\b"),
    # ... a life with no point staying ("life's stuffed, no point hanging around")
    _p(_HOPE, r"\b(?:life|life's|everything|it\s+all)\b(?!\s+(?:is\s+)?too\s+short)[^.!?]{0,40}\bno\s+point\s+(?:in\s+)?(?:hanging|sticking)\s+around\b"
              r"(?!\s+(?:waiting|for|here|there|at|in|with|on|till|until|to)\b)",
       intrinsic=True),
    # ... an attempt the writer was saved from ("tried to go in march, they saved me")
    _p(_ATTEMPT, r"\btried\s+to\s+go\b[^.!?]{0,30}\b(?:saved|found|revived|resuscitated)\s+me\b"),
    # ... a time chosen for when a parent is out ("thursday mum's on nights. that's the one",
    # "freitag. mama hat nachtdienst. dann.", "mama hat donnerstag nachtdienst, dann mach ichs")
    _p(_PLAN, r"\b(?:mum|mom|mam|mama|dad|papa|mutti|vati|mutter|vater|parents|eltern)(?:'s|\s+(?:is|are|hat|ist|sind|haben))?\s+(?:\w+\s+)?"
              r"(?:on\s+nights|nachtdienst|nachtschicht|on\s+(?:a\s+)?night\s+shift)\b",
       context=r"\bthat's\s+(?:the\s+one|when)\s*(?:[.!?]|$)|\bdann\s+mach\s+ich'?s\b|(?:^|\.\s*)dann\s*\.?\s*$|\bthen\s+i(?:'ll)?\s+do\s+it\b"
               r"|\bso\s+\w+day\s+it\s+is\b", kept_from_others=True, reads_others=True),
    # ... the place chosen indoors or decided on ("worked out where in the flat. the loft hatch",
    # "hab mir angeschaut, wo in der wohnung. die dachbodenluke", "die entscheidung ist
    # gefallen, der bahnübergang hinterm sägewerk", "es wird der dachboden")
    _p(_PLAN, r"\b(?:worked\s+out|figured\s+out|decided|picked|chosen)\s+where\s+in\s+the\s+(?:flat|house|apartment|building)\b(?=\s*(?:[.!?,;:]|$))"
              r"|\b(?:angeschaut|ausgesucht|ueberlegt|entschieden),?\s+wo\s+in\s+der\s+wohnung\b(?=\s*(?:[.!?,;:]|$))"
              r"|\bes\s+wird\s+(?:der|die|das)\s+(?:dachboden|keller|garage|scheune|bruecke|bahnuebergang|steinbruch)\b",
       context=r"\b(?:loft|hatch|attic|beam|dachboden\w*|luke|balken|kinder|kids|mama|papa|mum|dad|sonntag|sunday)\b"),
    _p(_PLAN, r"\b(?:die\s+)?entscheidung\s+ist\s+gefallen\b|\bthe\s+decision\s+is\s+made\b|\bi've\s+made\s+(?:my|the)\s+decision\b",
       context=r"\b(?:bahnuebergang|gueterzug|gleis\w*|bruecke|dachboden|hochhaus|klippe\w*|level\s+crossing|freight\s+train|tracks|bridge|cliff\w*)\b"),
    # ... goodbyes said without the others knowing ("said proper goodbyes without them knowing it
    # was goodbye")
    _p(_PREP, r"\bwithout\s+(?:them|her|him|anyone|anybody|any\s+of\s+them)\s+knowing\s+(?:it\s+was|it's|it\s+is|that\s+it\s+was)\s+(?:a\s+|the\s+)?(?:goodbye|the\s+last)"
              r"|\bohne\s+dass\s+(?:sie|er|es\s+)?(?:\w+\s+)?(?:wussten|wusste|wissen|weiss|merkten|merkte),?\s+dass\s+es\s+(?:ein\s+|der\s+)?(?:abschied|das\s+letzte)",
       kept_from_others=True),
    # ... a remark about dying that was no joke ("i told the doctor i'm ready to go and he
    # laughed. i wasn't joking", "gewitzelt, dass ich meinen dienst endgültig beende. keiner hat
    # gelacht, weil ich's nicht als witz gemeint hab")
    _p(_PASSIVE, r"\bi\s+wasn't\s+joking\b|\bit\s+wasn't\s+a\s+joke\b|\bnicht\s+als\s+witz\s+gemeint\b|\bwar\s+kein\s+witz\b",
       context=r"\b(?:ready\s+to\s+go|hurry\s+up\s+about\s+it|endgueltig|for\s+good|sterben|tot|dead|gone|take\s+me)\b", intrinsic=True),
    # ... dead inside already, to be made real ("innerlich tot seit afghanistan. kann ich's auch
    # offiziell machen", "i bin eh scho a toter mann, lieber gleich richtig")
    _p(_HOPE, r"\bkann\s+ich'?s\s+(?:auch\s+)?(?:gleich\s+)?offiziell\s+machen\b|\blieber\s+gleich\s+richtig\b"
              r"|\b(?:might|may)\s+as\s+well\s+make\s+it\s+(?:official|real|permanent)\b",
       context=r"\b(?:tot|toter|dead)\b", kept_from_others=True),
    # ... things given away and a tidying that is "final" ("ich hab gesagt, ich mist aus. stimmt
    # ja auch, irgendwie endgültig", "ich räum mein leben auf. das stimmt sogar, nur anders, als
    # er denkt")
    _p(_PREP, r"\birgendwie\s+endgueltig\b|\bnur\s+anders\s*,?\s+als\s+(?:er|sie|die|alle)\s+denk\w*|\bjust\s+not\s+(?:the\s+way|how)\s+(?:he|she|they|everyone)\s+think",
       context=r"\b(?:verschenkt|weggegeben|gave\s+away|given\s+away|giving\s+away|aufgeraeumt|raeum\w*\s+mein\s+leben)\b"),
    # ... glad if tonight were the last ("i'd be glad if tonight was the last one"); "let me not
    # see the morning"; "let it be quick and in my sleep"; "i don't see tomorrow anymore"
    _p(_PASSIVE, r"\b(?:glad|happy|relieved|grateful|fine|ok|okay)\s+if\s+(?:tonight|today|this|it)\s+(?:was|were|is)\s+(?:the|my)\s+last\b"
                 r"|\blet\s+me\s+not\s+(?:see\s+(?:the\s+)?(?:morning|tomorrow|another\s+day)|wake)\b"
                 r"|\blet\s+it\s+be\s+quick\b[^.!?]{0,30}\b(?:in\s+my\s+sleep|and\s+soon)\b"
                 r"|\bi\s+don't\s+see\s+tomorrow\s+any\s*more\b|\bdon't\s+want\s+to\s+see\s+tomorrow\b"
                 r"|\btired\s+of\s+waiting\s+to\s+not\s+want\s+to\s+die\b"
                 r"|\beinfach\s+(?:\w+\s+){0,3}einschlafen\s*,?\s+das\s+waer'?s\b"
                 r"|\bschlaf\s+gut\b[^.!?]{0,40}\bbitte\s+fuer\s+immer\b"
                 r"|\bif\s+a\s+(?:car|bus|lorry|truck|van|train)\s+(?:clips|hits|takes\s+out|runs\s+over)\s+me\b[^.!?]{0,40}\b(?:honestly\s+)?(?:fine|ok|okay|alright|wouldn't\s+mind|don't\s+care)\b",
       intrinsic=True, kept_from_others=True),
    # ... envy of someone dead ("opa hat's gut, der liegt unter der linde", "i envy my gran.
    # she got to go to sleep and not wake up")
    _p(_PASSIVE, r"\bhat'?s\s+gut\s*,?\s+(?:der|die|er|sie)\s+(?:liegt\s+(?:schon\s+)?(?:unter\s+der\s+\w+|im\s+grab|auf\s+dem\s+friedhof)|ist\s+(?:tot|unter\s+der\s+erde|bei\s+gott))\b"
                 r"|\b(?:she|he)\s+got\s+to\s+(?:go\s+to\s+sleep\s+and\s+not\s+wake|die\s+first|go\s+first)\b",
       kept_from_others=True, intrinsic=True, reads_others=True),
    # ... the writer found after an act ("mein bruder hat mich im bad gefunden", "a man walking
    # his dog pulled me out"), "fast gesprungen", "i'd drunk mum's morphine", "auf die flut
    # gewartet"
    _p(_ATTEMPT, r"\b(?:hat|haben)\s+mich\s+(?:\w+\s+){0,2}(?:im\s+bad|in\s+der\s+badewanne|in\s+der\s+garage|bewusstlos)\s+gefunden\b"
                 r"|\bfound\s+me\s+(?:\w+\s+){0,2}(?:in\s+the\s+(?:bath|bathtub|garage)|unconscious)\b"
                 r"|(?<!haut\s)\bfast\s+gesprungen\b(?=\s*(?:[.!?,;]|$))|\b(?:almost|nearly)\s+jumped\b(?=\s*(?:[.!?,;]|$|off\b|from\b|in\s+front\b))"
                 r"|\b(?:i'd|i\s+had)\s+(?:drunk|drank|taken|swallowed)\s+(?:\w+'s\s+)?(?:morphine|methadone|insulin|oxycodone|fentanyl)\b"
                 r"|\bauf\s+die\s+flut\s+gewartet\b|\bwaited\s+for\s+the\s+tide\b"
                 r"|\bpulled\s+me\s+out\s+of\s+the\s+(?:canal|river|sea|water|lake)\b|\bhat\s+mich\s+(?:\w+\s+){0,2}aus\s+(?:dem|der)\s+(?:kanal|fluss|see|wasser|isar|donau|elbe|rhein|main)\s+gezogen\b"),
    # ... plans with a means and a place ("tide's out at 6 on thursday and i know where to walk
    # out to", "morgen fahr ich auf der a7 einfach gegen einen brückenpfeiler", "im keller ist
    # ein haken an der decke, der hält das aus", "nachgelesen, wie viel von omas morphium man
    # bräuchte", "i'm going off the top tier of the stadium")
    _p(_PLAN, r"\b(?:tide|ebbe|flut)\b[^.!?]{0,40}\b(?:know\s+where\s+to\s+walk|walk\s+out\s+to|rauslaufen|rausgehen)\b"
              r"|\bfahr\w*\s+(?:ich\s+)?(?:\w+\s+){0,5}gegen\s+(?:einen|den|nen|ne|eine|die)\s+(?:brueckenpfeiler|pfeiler|betonpfeiler|baum|mauer|betonwand|wand)\b"
              r"|\bdrive\s+(?:\w+\s+){0,3}into\s+(?:a|the)\s+(?:bridge\s+(?:pillar|support)|pillar|tree|wall)\b"
              r"|\bhaken\b[^.!?]{0,40}\b(?:haelt\s+das\s+aus|haelt\s+mich|traegt\s+mich)\b|\b(?:hook|beam)\b[^.!?]{0,30}\bwill\s+(?:hold|take)\s+(?:me|my\s+weight)\b"
              r"|\b(?:nachgelesen|gegoogelt|recherchiert|looked\s+up|googled|read\s+up\s+on)\s*,?\s+(?:wie\s+viel\w*|how\s+(?:much|many))\b[^.!?]{0,40}\b(?:man\s+braeuchte|man\s+braucht|it\s+would\s+take|you'?d\s+need|it\s+takes)\b"
              r"|\blean\s+(?:forward|over)\s+(?:a\s+(?:little|bit)\s+)?further\b"
              r"|\bmy\s+head\s+keeps\s+measuring\b|\bmeasuring\s+the\s+(?:drop|height|distance\s+down)\b"
              r"|\bmich\s+(?:vom|von\s+der|von\s+dem)\s+(?:balkon|dach|bruecke|hochhaus|fenster)\s+(?:fallen\s+lass\w*|stuerz\w*)"),
    # (round 51: a plan with its condition, "if the surgery fails i'm going off the top tier",
    # whatever the condition names)
    _p(_PLAN, r"\b(?:i'm|i\s+am|i'll)\s+(?:going|go)\s+off\s+the\s+top\s+(?:tier|floor|deck|level|storey|of)\b",
       kept_from_frames=True),
    # ... who gets what written down ("wrote who gets what on the back of a rota", "liste gemacht
    # wer was kriegt"); bills and debts tidied "so nobody has to chase my stuff after"; a
    # contract "not worth renewing any more"; letters "so they know it's not their fault"
    _p(_PREP, r"\b(?:wrote|written|writing|made\s+a\s+list\s+of)\s+(?:down\s+)?who\s+gets\s+what\b"
              r"|\b(?:liste\s+(?:gemacht|geschrieben)|aufgeschrieben|notiert)\s*,?\s+wer\s+was\s+(?:kriegt|bekommt|erbt)\b"
              r"|\bso\s+(?:nobody|no\s+one|mum|mom|dad|my\s+\w+|\w+)\s+(?:has\s+to|have\s+to|won't\s+(?:have\s+to\s+)?(?:be\s+)?)\s*chas\w*\b[^.!?]{0,40}\bafter\b"
              r"|\bdamit\s+(?:\w+\s+)?(?:mama|papa|d'mama|meine\s+\w+|mein\s+\w+)\s+(?:nicht|ned|net)\s+auf\s+(?:den|de)\s+(?:rechnungen|kosten|schulden)\s+sitzen\s+bleibt\b"
              r"|\b(?:verlaengern|erneuern)\s+lohnt\s+(?:sich\s+)?(?:eh\s+|ja\s+)?nicht\s+mehr\b|\bnot\s+worth\s+renewing\b"
              r"|\bno\s+point\s+after\s+(?:that|friday|saturday|sunday|monday|tuesday|wednesday|thursday|then)\b"
              r"|\b(?:soll|sollen)\s+wissen\s*,?\s+dass\s+es\s+nicht\s+(?:seine|ihre|deine|eure)\s+schuld\s+(?:ist|war)\b"
              r"|\bdamit\s+(?:die|sie|er)\s+(?:\w+\s+){0,2}wissen\s*,?\s+dass\s+es\s+nicht\s+an\s+(?:ihnen|ihm|ihr|euch)\s+liegt\b",
       intrinsic=True, kept_from_others=True, kept_from_frames=True),
    # ... a time picked against the year or the family ("weihnachten noch wegen der kleinen,
    # danach nicht mehr", "am jahrestag von tims tod, da passt es", "am todestag von oma, dann
    # bin ich bei ihr", "wenn der hund nicht mehr ist, dann geh ich auch", "trifft mich nicht
    # mehr an, das hab ich beschlossen")
    _p(_PLAN, r"\bnoch\s+wegen\s+(?:der|den|dem|meiner|meinen|meinem)\s+\w+\s*,?\s+danach\s+nicht\s+mehr\b"
              r"|\b(?:jahrestag|todestag)\b[^.!?]{0,40}\b(?:da|dann)\s+passt\s+es\b"
              r"|\b(?:jahrestag|todestag)\b[^.!?]{0,40}\bdann\s+bin\s+ich\s+bei\s+(?:ihr|ihm|ihnen)\b"
              r"|\bwenn\s+(?:der|die|mein|meine)\s+\w+\s+nicht\s+mehr\s+(?:ist|da\s+ist|lebt)\s*,?\s+(?:dann\s+)?geh\s+ich\s+auch\b"
              r"|\btrifft\s+mich\s+nicht\s+mehr\s+an\b(?=[^.!?]{0,40}\b(?:beschlossen|entschieden)\b)",
       intrinsic=True),
    # ... harm until it bleeds ("beiß mir beim putzen in die hand, bis es blutet"), urges named
    # ("sh urges so bad"), the freshest cut ("das frischste ist von sonntag")
    _p(_HARM, r"\b(?:beiss\w*|bite|bit|biting|schlag\w*|hit|punch\w*)\s+(?:mir|myself|my)\b[^.!?]{0,30}\b(?:bis|until)\s+(?:es|it)\s+(?:blutet|bleeds|bled)\b"
              r"|\b(?:sh|self[- ]?harm|cutting)\s+urges?\b(?!\s+(?:gone|have\s+gone|are\s+gone|went))|\bdas\s+frische?ste?\s+ist\s+von\b|\bthe\s+freshest\s+(?:one|cut)\s+is\s+from\b", kept_from_frames=True),
    # ... the old thought back, the big one; a rope looked at differently ("keep looking at the
    # loft hatch and the old dog lead differently than i used to")
    _p(_ACTIVE, r"\bthe\s+(?:old\s+)?thought\s+(?:is|'s)\s+back\b",
       context=r"\bthe\s+(?:big|old|bad|dark)\s+one\b"),
    _p(_ACTIVE, r"\b(?:look|looking|looked)\s+at\s+(?:the\s+)?[^.!?]{0,50}\b(?:hatch|lead|rope|beam|belt|banister|strick|seil|haken|balken)\b[^.!?]{0,30}\bdifferently\b"),
    # ... a cover story the writer half admits, wider: "sheila asked was i moving. i said
    # something like that", "er meint, ich zieh um. so kann man's auch nennen", "my manager
    # thinks i am resigning. i am, from everything"
    # (round 51: one pattern with "she thinks i'm going away. i suppose i am", "sie denkt, ich
    # verreise. stimmt ja irgendwie", which round 50 had written twice)
    _p(_PREP, r"\b(?:asked|fragte|gefragt)\s+(?:was|if|whether|ob)\s+(?:i|ich)\s+(?:was|am|were)?\s*(?:moving|leaving|going\s+away|umziehe|wegziehe|verreise)\b"
              r"|\b(?:\w+\s+)?\w+\s+(?:thinks?|meint|denkt|denken|glaubt|glauben|dachte)\s*,?\s*(?:that\s+|dass\s+)?(?:i'm|i\s+am|ich)\s+"
              r"(?:resigning|moving|leaving|going\s+away|zieh\w*\s+(?:um|aus|weg)|umziehe|ausziehe|kuendige|verreise|fahre\s+weg|bin\s+weg|gehe?\s+weg)\b",
       context=r"\bsomething\s+like\s+that\b|\bso\s+kann\s+man'?s\s+auch\s+nennen\b|\bfrom\s+everything\b|\bvon\s+allem\b|\bin\s+a\s+way\b|\bsort\s+of\b"
               r"|\b(?:stimmt|so\s+ist\s+es)\s+(?:ja\s+)?(?:irgendwie|auch)\b|\bnur\s+anders\b|\bjust\s+not\s+the\s+way\b|\bi\s+(?:suppose|guess)\s+i\s+am\b",
       kept_from_others=True),
    # ... things given with a charge to look after someone ("meinem bruder meine uhr gegeben und
    # gesagt, er soll gut auf mama aufpassen")
    _p(_PREP, r"\b(?:soll|sollst)\s+gut\s+auf\s+(?:mama|papa|mutti|die\s+kinder|die\s+kleine|oma|opa)\s+aufpassen\b"
              r"|\btold\s+(?:him|her)\s+to\s+look\s+after\s+(?:mum|mom|dad|the\s+kids|nan|gran)\b",
       context=r"\b(?:gegeben|geschenkt|vermacht|gave|given|left\s+him|left\s+her)\b", kept_from_others=True),
    # ... a funeral paid ahead that "has not" time ("beim bestatter alles vorausbezahlt. er
    # meinte, das hat ja noch zeit. hat es nicht.")
    _p(_PREP, r"\b(?:bestatter|funeral\s+director|undertaker)\b[^.!?]{0,40}\b(?:vorausbezahlt|vorab\s+bezahlt|paid\s+(?:up\s+)?(?:in\s+advance|ahead))\b",
       context=r"\bhat\s+es\s+nicht\b|\bhat's\s+nicht\b|\bit\s+doesn't\b|\bit\s+hasn't\b"),
    # ... a streak and the blade at hand ("8 monate clean und jetzt sitz ich mit der schere im
    # bad", "5 months clean and the blade is in my hand rn")
    _p(_HARM, r"\b(?:\d+|\w+)\s+(?:months?|monate|weeks?|wochen|days|tage|years?|jahre)\s+clean\b(?=[^.!?]*\b(?:rn|right\s+now|jetzt|now|tonight|heute)\b)"
              r"[^.!?]{0,60}\b(?:blade|razor|scissors|klinge|rasierer|schere|messer)\b"),
    # ... the place and the check ("its gonna be the loft / i checked the beam"), a hook that
    # "only has to hold once", how the writer will go decided
    _p(_PLAN, r"\b(?:it's|its|it\s+is)\s+(?:gonna|going\s+to)\s+be\s+the\s+(?:loft|attic|garage|bridge|shed|barn)\b"
              r"|\bi\s+checked\s+the\s+(?:beam|hook|rail|banister|rafter)\b"
              r"|\bmuss\s+nur\s+(?:ein\s+)?(?:einziges\s+)?(?:mal|einmal)\s+halten\b|\bonly\s+(?:has|needs)\s+to\s+hold\s+once\b"
              r"|\b(?:i've|ive|i\s+have)\s+decided\s+how\s+i'?(?:ll|will)\s+go\b",
       intrinsic=True, kept_from_others=True, kept_from_frames=True),
    # ... goodbyes the others do not know are the last ("said goodbye to everyone at work like it
    # was the last day, and they don't know it is, for everything", "sie weiß nicht, dass es der
    # letzte besuch war"), a lap or a tour "like a last one"
    _p(_PREP, r"\b(?:they|she|he)\s+(?:don't|dont|doesn't|doesnt|didn't|didnt)\s+know\s+(?:that\s+)?it\s+(?:is|was)\b(?=[^.!?]{0,20}\b(?:the\s+last|goodbye|for\s+everything|for\s+good)\b)"
              r"|\b(?:sie|er)\s+weiss\s+nicht\s*,?\s+dass\s+es\s+(?:der|das|die|mein)\s+letzte\w*\s+\w+\s+war\b"
              r"|\blike\s+a\s+(?:last\s+lap|farewell\s+tour)\b|\bwie\s+(?:eine\s+)?(?:abschiedstour|abschiedsrunde)\b",
       kept_from_others=True, kept_from_frames=True),
    # ... someone else's crisis named and the writer's worse or readier ("she has no idea how bad
    # mine are", "grandma says she's ready to die at 94 and i'm 29 and readier than she is",
    # "wie gern ich's ihr nachmachen würd", "ben's note said ..., and i'm writing mine tonight")
    _p(_ACTIVE, r"\bhow\s+bad\s+mine\s+(?:are|is|get)\b|\breadier\s+than\s+(?:she|he|they|her|him)\b"
                r"|\b(?:wie\s+)?gern\s+ich'?s\s+(?:ihr|ihm|ihnen)\s+nachmachen\s+wuerd\w*"
                r"|\b(?:i'm|i\s+am|im)\s+writing\s+mine\b",
       context=r"\b(?:suicid\w*|thoughts|ready\s+to\s+die|springen|jump|note|letter|gedanken)\b", kept_from_others=True,
       intrinsic=True),
    # ... dying taken over a thing ("id honestly take actually dying over facing them")
    _p(_PASSIVE, r"\b(?:take|choose|pick)\s+actually\s+dying\s+over\b|\bactually\s+(?:die|dying)\s+(?:over|than)\b"),
    # ... a means not asked about, pills nearly enough ("they didn't ask about the rope in the
    # boot", "one more week and it's enough"), pills added "to the others", kept "not for
    # sleeping", a cat not to come back, the life insurance settled "then they're provided for"
    _p(_PREP, r"\b(?:didn't|did\s+not|never)\s+ask\s+about\s+the\s+(?:rope|pills|tablets|gun|knife|hose|stash)\b"
              r"|\b(?:one|two|a)\s+more\s+(?:week|weeks|month|prescription)\s+and\s+(?:it's|it\s+will\s+be|i'll\s+have)\s+enough\b"
              r"|\b(?:packungen|tabletten|pillen|schachteln)\s+(?:kommen|kommt|wandern|landen)\s+zu\s+den\s+anderen\b"
              r"|\bnot\s+for\s+sleeping\b(?=\s*[.!?]|\s*$)"
              r"|\b(?:sie|er)\s+soll\s+nicht\s+zurueck\s+muessen\b"
              r"|\bdann\s+sind\s+(?:sie|die\s+kinder|alle)\s+versorgt\b"
              r"|\b(?:she|he|they)\s+(?:doesn't|don't|does\s+not|do\s+not)\s+need\s+to\s+know\s+why\s+yet\b"
              r"|\bnot\s+sure\s+when\s+yet\b"
              r"|\bfuer\s+die\s+letzten\s+nachrichten\b|\bfor\s+the\s+last\s+messages\b",
       context=r"\b(?:rope|pills|tablets|tabs|envelope|tabletten|packungen|rezept|katze|kater|hund|lebensversicherung|life\s+insurance"
               r"|passwords?|notes?|letters?|briefe|insta\w*|gel(?:oe|ö)scht|deleted|boot|safe|whatsapp)\b",
       kept_from_others=True),
    # ... "when i'm no longer there in june" ("damit sie was von mir hat, wenn ich im juni nicht
    # mehr dabei bin"), no new chapter, being alive a mistake, thoughts that do not go away
    _p(_HOPE, r"\bwenn\s+ich\s+(?:im\s+\w+\s+|dann\s+)?nicht\s+mehr\s+dabei\s+bin\b"
              r"|\b(?:there\s+is|there's)\s+no\s+new\s+chapter\b|\bes\s+gibt\s+kein\s+neues\s+kapitel\b"
              r"|\bbeing\s+alive\s+(?:feels|is)\s+like\s+a\s+mistake\b"
              r"|\b(?:suizidgedanken|selbstmordgedanken|todesgedanken)\s+gehen\s+(?:einfach\s+)?nicht\s+(?:mehr\s+)?weg\b"
              r"|\b(?:suicidal\s+thoughts|the\s+thoughts\s+of\s+dying)\s+(?:won't|don't|do\s+not|will\s+not)\s+go\s+away\b"
              r"|\bangst\s*,?\s+dass\s+es\s+nicht\s+klappt\s*,?\s+wenn\s+ich'?s\s+mach\w*"
              r"|\bscared\s+it\s+won't\s+work\s+when\s+i\s+do\s+it\b",
       intrinsic=True),
    # ... a doctor's good news hoped otherwise ("i was hoping for the other kind", "ich hatte
    # gehofft, er sagt wochen"), the dead envied ("der tote hat's eigentlich gut, der muss
    # morgen nicht mehr"), "pls dont let me wake up", no picture of oneself at 25 and fine with it
    _p(_PASSIVE, r"\bhoping\s+for\s+the\s+other\s+kind\b|\bgehofft\s*,?\s+(?:er|sie)\s+sagt\s+(?:wochen|monate|tage)\b"
                 r"|\bhat'?s\s+(?:eigentlich\s+)?gut\s*,?\s+(?:der|die|er|sie)\s+muss\s+(?:\w+\s+)?(?:nicht|nix|nichts)\s+mehr\b"
                 r"|\b(?:pls|please|plz|bitte)\s+(?:don't|dont|do\s+not)\s+let\s+me\s+wake\s+up\b"
                 r"|\b(?:can't|cant|cannot)\s+picture\s+myself\s+at\s+\d+\b(?=[^.!?]{0,60}\b(?:fine\s+with|okay\s+with|ok\s+with|ending)\b)",
       intrinsic=True, kept_from_others=True),
    # ... an allergy plan ("epipen abgelaufen ... nächsten freitag ess ich einfach die erdnüsse"),
    # a pet placed "falls mal was ist", feet out of a window high up, found by someone after
    _p(_PLAN, r"\b(?:ess|esse)\s+ich\s+(?:einfach\s+)?die\s+(?:erdnuesse|nuesse|shrimps|garnelen)\b|\beat\s+the\s+(?:peanuts|nuts|shellfish|prawns)\b",
       context=r"\b(?:epipen|epi-pen|adrenalin\w*|allergi\w*|abgelaufen|expired)\b", kept_from_frames=True),
    _p(_PREP, r"\b(?:nimmt|nehmen\s+kann|nehmen\s+wuerde|aufnimmt)\b[^.!?]{0,20}\bfalls\s+(?:mal\s+)?was\s+(?:ist|passiert)\b",
       context=r"\b(?:hasen?|katze|kater|hund|dackel|wellensittich|meerschweinchen|pferd)\b", kept_from_others=True),
    _p(_ATTEMPT, r"\bfuesse?n?\s+draussen\s+auf\s+der\s+fensterbank\b|\blegs\s+(?:dangling\s+)?out\s+of\s+the\s+window\b"
                 r"|\bhat\s+mich\s+(?:diesmal\s+|dann\s+|zum\s+glueck\s+)?(?:ein|eine|der|die|mein|meine)\s+\w+\s+gefunden\b",
       context=r"\b(?:stock|floor|tabletten|wald|strick|pills|tablets)\b"),
    # ... an off switch that stays off ("hätt gern nen ausknopf. einen, der aus bleibt"), a new
    # year to start without the writer, a prayer to be taken tonight, staying down under water
    _p(_PASSIVE, r"\b(?:ein(?:en)?|nen)\s+ausknopf\b|\ban\s+off\s+switch\b",
       context=r"\baus\s+bleibt\b|\bfuer\s+immer\b|\bfor\s+good\b|\bstays\s+off\b"),
    _p(_PASSIVE, r"\b(?:kann|soll)\s+(?:das\s+neue\s+jahr|der\s+neue\s+tag|der\s+tag|die\s+welt)\s+(?:gern\s+|ruhig\s+|auch\s+)?ohne\s+mich\s+(?:anfangen|weitergehen|weitermachen)\b"
                 r"|\bthe\s+new\s+year\s+can\s+(?:start|begin)\s+without\s+me\b"
                 r"|\bbete\w*\s*,?\s+dass\s+(?:gott|der\s+herrgott|der\s+liebe\s+gott|er)\s+mich\s+(?:heute\s+nacht\s+|endlich\s+|bald\s+)?(?:holt|zu\s+sich\s+holt|nimmt)\b"
                 r"|\beinfach\s+unten\s+bleiben\b[^.!?]{0,40}\bnicht\s+mehr\s+(?:hoch|rauf)kommen\b",
       intrinsic=True),
    _p(_PASSIVE, r"\bhier\s+haelt\s+mich\s+(?:nichts|nix)\s+mehr\b|\bnothing\s+(?:keeps|is\s+keeping)\s+me\s+here\s+any\s*more\b",
       context=r"\b(?:herrgott|gott|god|lord|nimmt|holt|sterben|tot|dead|die)\b", intrinsic=True),
    # ... passwords "to use after", a question not asked ("sie hat nicht mal nachgefragt, für
    # welchen", "sie hat nicht gefragt wonach"), a cover story's move that does not exist ("hab
    # ja gesagt, gibt keinen umzug"), tidying "before one goes for good"
    _p(_PREP, r"\buse\s+(?:these|them|it)\s+after(?:wards)?\b"
              r"|\b(?:nicht\s+(?:mal\s+|einmal\s+)?(?:nach)?gefragt|didn't\s+(?:even\s+)?ask)\s*,?\s+(?:fuer\s+welchen|wonach|what\s+for|for\s+what)\b"
              r"|\b(?:gibt|gab)\s+(?:es\s+)?keinen\s+umzug\b|\bthere(?:'s|\s+is)\s+no\s+(?:move|trip)\b"
              r"|\bbevor\s+(?:man|ich)\s+fuer\s+immer\s+geh\w*|\bbefore\s+(?:you|one|i)\s+(?:go|leave)\s+for\s+good\b",
       context=r"\b(?:passw\w*|vollmacht|nimmt|seil|strick|rope|tabletten|pills|gekuendigt|verschenkt|geloescht|deleted|wellensittich|katze|hund|cousin)\b",
       kept_from_others=True, intrinsic=True, kept_from_frames=True),
    # ... a day worked out, a place "where i'll go", a train that does not stop, "and then final"
    _p(_PLAN, r"\b(?:worked\s+it\s+out|decided|picked\s+the\s+day)\s*:\s*(?:boxing\s+day|christmas|new\s+year's|\w+day)\b"
              r"|\bthat's\s+where\s+i'll\s+go\b(?=[^.!?]{0,40}\b(?:early|before|when|at\s+night)\b)"
              r"|\bund\s+dann\s+(?:halt\s+|eben\s+)?endgueltig\b"
              r"|\bschluss\s*,?\s+nicht\s+nur\s+mit\s+der\s+arbeit\b|\bnot\s+just\s+with\s+(?:the\s+)?(?:job|work)\b",
       intrinsic=True, kept_from_frames=True),
    _p(_PLAN, r"\b(?:ice|zug|gueterzug|express|train|the\s+\d{1,2}:\d{2})\b[^.!?]{0,40}\b(?:ohne\s+(?:zu\s+)?halt\w*|faehrt\s+durch|doesn't\s+stop|does\s+not\s+stop)\b",
       context=r"\bich\s+weiss\s+es\s+jetzt\b|\bso\s+\w+day\s+it\s+is\b|\babgepasst\b|\bthat's\s+the\s+one\s*(?:[.!?]|$)"),
    _p(_PLAN, r"\b(?:geh|gehe)\s+ich\s+(?:\w+\s+){0,4}in\s+den\s+(?:see|\w+see|fluss|rhein|main|kanal)\b",
       context=r"\bschwimmen\s+(?:konnt\w*|kann)\s+ich\s+(?:eh\s+|ja\s+)?(?:nie|nicht)\b|\bcan't\s+swim\b|\bnever\s+could\s+swim\b"),
    _p(_PLAN, r"\btold\s+(?:them|her|him|everyone)\s+i've\s+got\s+a\s+(?:migraine|headache|cold|bug)\b",
       context=r"\bwhile\s+everyone(?:'s|\s+is)\s+(?:at|out|away)\b", kept_from_frames=True),
    # ... a habit tracker's cross ("gewohnheiten: kein svv ✗ — schon wieder")
    _p(_HARM, r"\b(?:kein\s+svv|no\s+sh|no\s+self[- ]harm)\s*[✗✘×]"),
    # round 50: who is to find the writer chosen ("dem nachbarn den schlüssel gegeben, damit er
    # mich findet und nicht meine tochter", "so he finds me and not the kids")
    _p(_PREP, r"\bdamit\s+(?:er|sie|der\s+\w+|die\s+\w+|jemand)\s+mich\s+findet\b[^.!?]{0,20}?\b(?:und\s+)?nicht\s+(?:meine?|die|der|unsere?)\b"
              r"|\bdamit\s+(?:meine?|die|unsere?)\s+(?:\w+\s+)?mich\s+nicht\s+(?:\w+\s+)?finde[nt]\s+(?:muss|muessen)\b"
              r"|\bso\s+(?:that\s+)?(?:he|she|they|someone|somebody)\s+(?:will\s+|would\s+|can\s+)?finds?\s+me\b[^.!?]{0,20}?\b(?:and\s+not|not|instead\s+of|rather\s+than)\s+(?:my|the|our)\b"
              r"|\bso\s+(?:that\s+)?(?:my|the|our)\s+(?:\w+\s+)?(?:doesn't|don't|won't|wouldn't|does\s+not|do\s+not|will\s+not|never)\s+(?:\w+\s+)?have\s+to\s+(?:be\s+the\s+one\s+to\s+)?find\s+me\b"),
    # round 51: thoughts of finishing what an attempt started ("overdosed ... in march ... some
    # nights I still think about finishing what I started")
    _p(_ACTIVE, r"\b(?:think|thinking|thought|thoughts)\s+(?:\w+\s+)?(?:about|of)\s+finishing\s+(?:what\s+i\s+(?:started|began)|the\s+job|it\s+off)\b"
                r"|\b(?:zu\s+ende\s+(?:bringen|zu\s+bringen|bring\w*)|fertig\s*(?:machen|zu\s+machen)),?\s+was\s+ich\s+(?:da\s+)?angefangen\s+(?:hab|habe|hatte)\b",
       context=r"\b(?:overdos\w*|tried|attempt\w*|pills|tablets|hospital|a&e|icu|intensive|stomach\s+pumped|ueberdosis|tabletten|versucht|intensivstation|notaufnahme|klinik)\b"),
    # round 51, from the read misses (plain ones the stages had no words for): a self-harm
    # participle as a clause of its own ("spannungskurve 90, trotzdem gemacht, geritzt"); being
    # dead sounding good; hoping to fall asleep "und das wars"; stockpiling "squirrelled away";
    # standing on the bridge night after night; hoping a lump is bad news, a finding "eine
    # Erlösung"; God having forgotten the writer; "mit dem ganzen hier abgeschlossen"; the thought
    # there every evening; only dad's pills collected; the hoarding taken over; "das ist meine
    # letzte"; no loose ends left; "fürs letzte Mal"; too late for a birthday; "das erlebst du
    # nicht mehr"; not here to see a visit; the other box still in the cabinet; a cover of flu
    _p(_HARM, r"(?:^|[,;:]\s*)(?:(?:heute|heut|gestern|wieder|trotzdem|doch|dann|danach|nochmal)\s+){0,2}geritzt\s*[.!]*\s*(?:$|,)"),
    _p(_PASSIVE, r"\b(?:tot\s*sein|totsein|nicht\s+mehr\s+(?:da\s+)?sein)\s+(?:klingt|waer|waere|wuerde)\s+(?:\w+\s+){0,2}(?:gut|schoen|verlockend|angenehm)\b"
                 r"|\bhoff\w*\s+(?:ich\s+)?(?:schlaf\w*\s+(?:\w+\s+){0,2}ein|einschlaf\w*)\s+und\s+(?:dann\s+)?(?:das\s+)?(?:wars|war's|war\s+es)\b"
                 r"|\bwenn\s+(?:der\s+)?(?:liebe\s+)?(?:herrgott|gott|herr)\s+mich\s+(?:\w+\s+){0,3}(?:holt|nimmt|zu\s+sich\s+(?:holt|nimmt))\s*,?\s+(?:bin|waer|waere)\s+ich\s+(?:\w+\s+)?(?:dankbar|froh|bereit)\b"
                 r"|\bif\s+(?:god|the\s+lord)\s+(?:takes|took|calls|called)\s+me\s+(?:\w+\s+){0,3}(?:i'd|i\s+would|i'll|i\s+will)\s+be\s+(?:grateful|glad|thankful|ready)\b"
                 r"|\bhop\w*\s+i\s+(?:fall\s+asleep|drift\s+off|go\s+to\s+sleep)\s+and\s+(?:that's|thats)\s+it\b"
                 r"|\bhop\w*\s+(?:the|my)\s+(?:lump|scan|biopsy|results?|test|mole|mammogram)\b[^.!?]{0,40}\b(?:is|are|comes?\s+back)\s+(?:bad|cancer|malignant|bad\s+news|positive)\b"
                 r"|\bwenn\s+(?:der\s+befund|die\s+diagnose|der\s+knoten|das\s+ergebnis|die\s+biopsie)\s+(?:\w+\s+){0,3}(?:schlimm\w*|boesartig|krebs)\b[^.!?]{0,30}\b(?:erloesung|erleichterung)\b"
                 r"|\b(?:herrgott|gott|der\s+herr|liebe\s+gott)\s+hat\s+mich\s+vergessen\b|\bgod\s+(?:has\s+)?forgot(?:ten)?\s+(?:about\s+)?me\b"
                 r"|\bhope\s+i'm\s+not\s+(?:here|around|alive)\s+(?:to\s+see\s+(?:it|that|them|her|him)|for\s+it)\b"
                 r"|\bdas\s+erlebst\s+du\s+(?:eh\s+)?nicht\s+mehr\b(?=[^.!?]{0,40}\b(?:erleichtert|froh|gut\s+so))"),
    _p(_PREP, r"\bsquirrel\w*\s+(?:away\s+)?(?:\w+\s+){0,2}(?:codeine|pills|tablets|meds|painkillers|paracetamol|sleeping\s+pills|oxy\w*|tramadol)\b"
              r"|\bsammle\s+(?:\w+\s+){0,2}(?:die|tabletten|pillen)\s+von\s+(?:papa|mama|oma|opa|meinem|meiner)\b"
              r"|\bno\s+loose\s+ends\s+(?:left|now)\b|\bkeine\s+losen\s+enden\s+mehr\b"
              r"|\bfuers\s+letzte\s+mal\b(?=[^.!?]{0,40}$)"
              r"|\b(?:zum|bis\s+zum)\s+(?:geburtstag|weihnachten)\s+(?:\w+\s+){0,3}(?:waer'?s|waere\s+es|ist\s+es)\s+zu\s+spaet\b"
              r"|\bthe\s+other\s+(?:box|packet|pack|bottle|strip)\s+is\s+still\s+in\s+the\b"
              r"|\b(?:gedacht|dachte),?\s+das\s+ist\s+(?:meine|mein)\s+letzte[rs]?\b",
       context=r"\b(?:prescription|pills|codeine|tabletten|pillen|hortet|sammle|returned|gave|given|sold|library|drill|borrowed|zurueckgegeben|verschenkt"
               r"|hemd|hemad|anzug|kleid|gwand|gewand|gegeben|geschenkt|uhr|discharged|liaison|again|geregelt|weihnachtsfeier|feier)\b"),
    _p(_PLAN, r"\bstanding\s+on\s+the\s+(?:bridge|ledge|roof|edge|cliff)\s+(?:for\s+)?(?:the\s+)?(?:\w+\s+)?(?:night|nights|evening|day)s?\s+(?:running|in\s+a\s+row)\b"
              r"|\b(?:steh\w*|stand)\s+(?:ich\s+)?(?:jeden|jede|schon\s+wieder|wieder)\s+(?:abend|nacht|tag)\s+(?:auf|an)\s+(?:der|dem|dr)\s+(?:bruecke|brigge|dach|klippe|gleis\w*)\b"),
    _p(_PREP, r"\b(?:threw|thrown|got\s+rid\s+of)\s+(?:it|them|the\s+\w+)\s+(?:out|away)\b[^.!?]{0,40}\b(?:bought|got)\s+a\s+new\s+one\b",
       context=r"\b(?:rope|belt|pills|tablets|blades?|razors?|noose)\b"),
    # ... others grieving a short while and then fine ("they'd cry for a week and then they'd be
    # fine. probably better off"); an image of the way flashing up ("a horrible flash on the
    # platform of stepping forward", "kam so ein Bild, einfach loszulassen", "so ein Gedanke,
    # einfach nach links zu ziehen", "kurz gedacht, ich könnt einfach hinterher", "the old
    # thought knocked")
    _p(_HOPE, r"\b(?:they'd|they\s+would|she'd|he'd|everyone\s+would)\s+(?:cry|grieve|be\s+sad|miss\s+me|be\s+upset)\s+(?:for\s+)?(?:a|one|two)\s+(?:week|weeks|day|days|month|while|bit)\b"
              r"[^.!?]{0,30}\b(?:then|and)\s+(?:they'd|they\s+would|she'd|he'd|everyone\s+would)\s+be\s+(?:fine|ok|okay|alright|better)\b"),
    _p(_ACTIVE, r"\b(?:flash|image|picture|thought)\s+(?:\w+\s+){0,4}of\s+(?:stepping|jumping|walking|driving|swerving)\s+(?:forward|off|out|in\s+front|into)\b"
                r"|\b(?:gedanke|bild)\w*(?:\s+\w+){0,4},?\s+(?:\w+\s+){0,2}einfach\s+(?:loszulassen|nach\s+(?:links|rechts)\s+zu\s+ziehen|runterzuspringen|zu\s+springen|rueberzuziehen|gegenzufahren)\b"
                r"|\bich\s+koennt\w*\s+(?:\w+\s+)?einfach\s+hinterher\b|\bthe\s+old\s+thought\s+(?:knocked|came\s+back|was\s+back|showed\s+up|visited)\b"),
    _p(_HOPE, r"\bmit\s+(?:dem\s+)?(?:ganzen|allem)\s+(?:hier\s+)?abgeschlossen\b|\bplant\s+mal\s+ohne\s+mich\b"),
    _p(_ACTIVE, r"\b(?:der|dieser|den)\s+gedanke\w*\s+(?:ist|kommt)\s+(?:\w+\s+){0,2}jeden\s+(?:abend|tag|morgen|nacht)\s+(?:da|wieder)\b",
       context=r"\b(?:antun|umbringen|sterben|tot|suizid|schluss|nix\s+an|nichts\s+an)\b", intrinsic=True),
    _p(_PREP, r"\b(?:hab|habe)\s+ich\s+uebernommen\b", context=r"\b(?:hortet|horten|sammelt|tabletten|pillen)\b"),
    _p(_ATTEMPT, r"\b(?:mom|mum|dad|she|he|they)\s+thinks?\s+i\s+had\s+(?:the\s+)?(?:flu|a\s+bug|food\s+poisoning|a\s+migraine)\b",
       context=r"\bdid\s+(?:smth|sth|something)\s+(?:dumb|stupid)\b|\bwoke\s+up\s+(?:\w+\s+)?(?:afternoon|two\s+days|in\s+hospital)\b", kept_from_others=True, kept_from_frames=True),
    _p(_PREP, r"^\s*(?:he|she|they)\s+(?:doesnt|doesn't|don't|dont|didn't|didnt)\s+know\s*[.!]*\s*$",
       context=r"\b(?:gave|given|deleted)\b", kept_from_others=True, intrinsic=True),
    _p(_PREP, r"\bjust\s+not\s+(?:in\s+)?the\s+way\s+(?:she|he|they)\s+thinks?\b",
       context=r"\b(?:rehom\w*|gave|given|circumstances)\b", kept_from_others=True),
    _p(_HARM, r"\bmit\s+pflaster\w*\s+unter\w*\s+(?:dem\s+)?aermel\b|\bplasters?\s+under\s+my\s+sleeves?\b"
              r"|\bmesser\s+aus\s+(?:der|dr|d')\s+hand\s+(?:genommen|gnomma|gnumma|gerissen)\b|\btook\s+the\s+(?:knife|blade|razor)\s+(?:out\s+of|from)\s+my\s+hands?\b"),
    # round 52 (dev116): access to the password manager sent to a sister "falls mal was is", not
    # to a colleague, for a holiday or the office's servers (anywhere in the sentence)
    _p(_PREP, r"^(?![^.!?]*\b(?:kolleg\w*|colleagues?|coworkers?|urlaub|vacation|holiday|elternzeit|on\s+leave|server\w*|kunde\w*|clients?|repo\w*|firma|office|buero|admin\w*)\b)"
              r"[^.!?]*?(?:\b(?:zugang|zugangsdaten|notfallzugang|masterpasswort|passwort\w*|pins?|access|passwords?|logins?|master\s+password)\b"
              r"[^.!?]{0,50}\b(?:geschickt|gegeben|ueberlassen|hinterlegt|sent|gave|given|handed|shared)\b[^.!?]{0,20}?"
              r"\b(?:falls\s+(?:mal\s+|mir\s+)*(?:was|etwas)\s+(?:is|ist|passiert)|in\s+case\s+(?:anything|something)\s+happens)\b"
              r"|\b(?:sent|gave|given|handed|shared)\b[^.!?]{0,40}\b(?:access|passwords?|logins?|pins?|master\s+password)\b[^.!?]{0,40}?\bin\s+case\s+(?:anything|something)\s+(?:happens|happened)\b)",
       kept_from_others=True, kept_from_frames=True),
    # round 52 (dev119): a trip in quotation marks, the cover story marked as one ("sie soll den
    # Kater füttern, weil ich "verreise"", "told her i'm 'going away' for a bit")
    _p(_PREP, r"\b(?:weil|da|dass|because|since|that)\s+(?:ich|i'm|i\s+am|i'll\s+be)\s+(?:\w+\s+)?[\"'„“‚‘]\s*"
              r"(?:verreise|wegfahre|weg\s+bin|auf\s+reisen\s+bin|im\s+urlaub\s+bin|going\s+away|away|travelling|traveling|on\s+holiday|on\s+a\s+trip)\s*[\"'“”‘’]",
       kept_from_others=True, kept_from_frames=True),
    # round 9 (the retired held-out sets fresh-fresh6): a deadline given to oneself ("bis zum 3.
    # januar geb ich mir noch", "bis dahin halt ich noch durch, dann ist ruhe", "der 12. ist mein
    # tag" is not one sentence here), an end that is not only the job's, a wish to join the dead ("ich will nur zu ihr"
    # beside a death), a voice that says "bring dich um", self-harm in anglicisms ("gecuttet")
    _p(_PLAN, r"\bgeb\w*\s+(?:ich\s+)?mir\s+(?:noch\s+)?(?:bis|zeit\s+bis|noch\b)|\bbis\s+dahin\s+halt\w*\s+ich\s+(?:\w+\s+)?durch\b"
              r"[^.!?]{0,20}\b(?:dann|danach)\s+(?:ist|is)\s+(?:ruhe|schluss|ende)\b"
              r"|\b(?:ist|is)\s+schluss,?\s+nicht\s+nur\s+mit\s+(?:der|dem|meiner|meinem)\s+\w+"),
    _p(_PASSIVE, r"\b(?:ich\s+will|will\s+ich)\s+(?:\w+\s+){0,3}(?:zu\s+(?:ihr|ihm|dir|euch|mama|papa|oma|opa|mutti)|bei\s+(?:ihr|ihm|dir)\s+sein)\b"
                 r"(?!\s+(?:fahren|gehen|ziehen|ins|in\s+die|nach|rueber|hin|ans\s+grab|an\s+(?:sein|ihr|das)\s+grab|auf\s+den\s+friedhof))"
                 r"|\b(?:neben|bei)\s+(?:ihr|ihm|dir)\s+(?:auf\s+dem\s+friedhof|im\s+grab|unter\s+der\s+erde)\b"
                 r"|\blieber\s+bei\s+(?:ihr|ihm|dir)\s+geblieben\b[^!?]{0,40}\bwo\s+(?:sie|er|du)\s+jetzt\s+(?:ist|bist)\b",
       context=r"\b(?:tot|tod|gestorben|beerdigung|friedhof|grab|verstorben\w*|seit\s+\w+\s+(?:tot|weg)|wo\s+(?:sie|er)\s+jetzt\s+ist)\b"),
    _p(_ACTIVE, r"\b(?:kopf|stimme|stimmen|hirn)\s+(?:\w+\s+){0,4}(?:sagt|sagen|fluestert|schreit)\b[^.!?]{0,30}\b(?:bring\s+dich\s+um|spring|stirb|mach\s+(?:endlich\s+|doch\s+|jetzt\s+)?schluss)\b"),
    _p(_HARM, r"\b(?:hab\w*|hatte)\s+(?:\w+\s+){0,3}gecuttet\b|\bcutte\s+(?:mich|wieder)\b"),
    # round 10: German (see the English block above)

    _p(_ATTEMPT, r"\b(?:auf\s+die|auf\s+der)\s+(?:autobahn|gleise|schienen|bundesstrasse)\s+(?:gelaufen|gegangen|gelegt|gestellt|gerannt|gestanden)\b"
                 r"|\bmich\s+(?:\w+\s+){0,2}auf\s+die\s+(?:gleise|schienen|strasse|fahrbahn|autobahn)\s+gelegt\b"
                 r"|\b(?:absichtlich|mit\s+absicht|extra)\s+(?:\w+\s+){0,2}(?:auf\s+die\s+gegenspur|in\s+den\s+gegenverkehr|gegen\s+(?:einen|den|die)\s+(?:baum|wand|mauer|bruecke|pfeiler))\b"
                 r"|\bich\s+wollte,?\s+dass\s+(?:er|sie|der\s+(?:zug|lkw|fahrer))\s+nicht\s+(?:bremst|haelt|ausweicht|anhaelt)\b"
                 r"|\bbevor\s+es\s+(?:gewirkt|wirken\s+konnte|gewirkt\s+hat)\b"),
    _p(_HARM, r"\b(?:loetspitze|zigarette|kippe|feuerzeug|buegeleisen|heisse[nms]?\s+\w+)\b[^.!?]{0,30}\bauf\s+(?:den|die|das|meinen|meine|mein)\s+(?:unter|ober)?(?:arm|haut|hand|handgelenk|bein|oberschenkel|bauch)\s+(?:gedrueckt|gehalten|gelegt)\b"
              r"|\bmich\s+(?:\w+\s+){0,3}(?:mit\s+(?:der|dem|einer|einem)\s+\w+\s+)?verbrannt\b[^.!?]{0,30}\b(?:wieder|absichtlich|wie\s+frueher|erste\s+mal\s+seit)\b"),
    _p(_PASSIVE, r"\bbesser,?\s+(?:wenn\s+)?ich\s+(?:bin|waere|waer)\s+tot\b|\bbesser\s+(?:bin|waere|waer)\s+ich\s+tot\b"
                 r"|\b(?:bitte|bete|beten|flehe)\b[^.!?]{0,30}\b(?:gott|herrgott|herrn|himmel|herr)\b[^.!?]{0,30}\bmich\s+(?:\w+\s+)?(?:zu\s+(?:ihr|ihm|sich|ihnen)\s+(?:laesst|holt|nimmt|lassen)|holt|zu\s+sich\s+nimmt)\b"
                 r"|\bden\s+tod\s+(?:\w+\s+){0,2}(?:willkommen\s+heissen|begruessen|herbeisehnen)\b|\b(?:mit|gegen)\s+(?:\w+\s+){0,3}(?:getauscht|tauschen)\b[^.!?]{0,30}\b(?:tot\w*|gestorben|verstorben\w*|unter\s+der\s+erde)\b"),
    _p(_HOPE, r"\bwas\s+soll\s+ich\s+(?:hier|auf\s+(?:der|dieser)\s+welt)\s+(?:ueberhaupt\s+|eigentlich\s+|denn\s+)*noch\b(?!\s+(?:machen|kaufen|sagen|essen|anziehen|mitnehmen|lernen|schreiben)\b)"
              r"|\bwas\s+soll\s+ich\s+(?:ueberhaupt\s+|eigentlich\s+)*noch\s+(?:hier|auf\s+(?:der|dieser)\s+welt)\s*(?:[.!?,;]|$)"),
    _p(_PREP, r"\b(?:grillkohle|holzkohle)\b", context=r"\b(?:klebeband|panzertape|gaffa|abgedichtet|abdichten|ritzen\s+zu|fenster\s+(?:\w+\s+)?(?:ausgemessen|abgeklebt|zugeklebt))\b|\bgegrillt\s+wird\s+nicht\b"),
    _p(_PREP, r"\b(?:insta|instagram|facebook|snapchat|accounts?|profil\w*|konten|konto)\s+(?:\w+\s+)?(?:geloescht|deleted|deaktiviert|deactivated)\b",
       context=r"\b(?:geschenkt|verschenkt|gave\s+(?:away|her|him)|given\s+away|weiss\s+es\s+nicht|doesn't\s+know|weiss\s+von\s+nichts)\b"),
    _p(_PREP, r"\b(?:die|meine)\s+(?:kinder|katze|katzen|hund|hunde|kleinen|tiere)\s+(?:\w+\s+){0,4}(?:nehmen|nimmt|aufpassen|versorgen|uebernehmen)\b[^.!?]{0,30}\b(?:falls|wenn)\s+mir\s+(?:mal\s+|je\s+|jemals\s+)?(?:was|etwas)\s+(?:passiert|passieren)\b"
              r"|\b(?:falls|wenn)\s+mir\s+(?:mal\s+|je\s+|jemals\s+)?(?:was|etwas)\s+(?:passiert|passieren\s+sollte)\b[^.!?]{0,40}\b(?:die|meine)\s+(?:kinder|katze|katzen|hund|hunde|tiere)\s+(?:\w+\s+){0,2}(?:nimmt|nehmen|versorgt)\b"),
    _p(_ACTIVE, r"\b(?:bruecke|fenster|dach|balkon|gelaender|parkhaus)\b[^.!?]{0,50}\b(?:schau|guck|starr|blick)\w*\s+(?:\w+\s+)?(?:runter|hinunter|hinab|nach\s+unten|in\s+die\s+tiefe)\b"
                r"|\b(?:zaehl\w*|ueberleg\w*|frag\w*)\b[^.!?]{0,20}\bwie\s+(?:tief|hoch|viele\s+stockwerke)\s+(?:es|das)\b",
       context=r"\b(?:wieder|jeden\s+(?:tag|morgen|abend)|laenger\s+als\s+sonst|immer\s+(?:wieder|oefter|laenger)|zum\s+dritten\s+mal)\b"),
    _p(_ACTIVE, r"\b(?:sui|suizid|kill)\s*-?\s*gedanken\b|\bsuigedanken\b"),  # "unalive gedanken"
    # round 11: German (see the English block above), and slang for killing oneself
    # ("mich abzumurksen"), water as the way ("könnt einfach in den Fluss gehen", "in die Isar
    # gegangen, um nicht mehr rauszukommen"), the dead envied ("der hat's hinter sich"), a
    # cigarette put out on the hand, new cuts beside the old, hitting oneself till it bleeds
    _p(_ACTIVE, r"\bmich\s+(?:selbst\s+)?(?:\w+\s+)?(?:abmurksen|abzumurksen|abzumurkse|umnieten|umzunieten|kaltmachen|kaltzumachen)\b"),
    _p(_ACTIVE, r"\b(?:koennt\w*|koennte)\s+(?:ja\s+|doch\s+)?(?:einfach\s+)(?:ins\s+wasser|in\s+den\s+(?:fluss|see|rhein|main|neckar|kanal|teich|baggersee)|in\s+die\s+(?:isar|elbe|donau|spree|weser|aare|ruhr|mosel|saale|oder|havel|nordsee|ostsee|see)|ins\s+meer)\s+gehen\b"),
    _p(_ATTEMPT, r"\b(?:gegangen|gelaufen|gesprungen|geschwommen|rein)\s*,?\s+um\s+nicht\s+(?:mehr\s+|wieder\s+)?(?:rauszukommen|herauszukommen|aufzutauchen|zurueckzukommen)\b"),
    _p(_PASSIVE, r"\b(?:der|die|er|sie)\s+(?:hat'?s|hat\s+es|haben'?s|haben\s+es)\s+(?:wenigstens\s+|schon\s+|endlich\s+)?hinter\s+sich\b", context=r"\bbeneid\w*\b"),
    _p(_PASSIVE, r"\b(?:tot\s+(?:zu\s+)?sein|sterben|nicht\s+mehr\s+(?:da\s+)?(?:zu\s+)?sein|nicht\s+mehr\s+aufwachen)\s+(?:waere|waer|ist|wird)\s+(?:eine|die)\s+(?:erloesung|befreiung)\b"
                 r"|\b(?:hoff\w*|wuensch\w*|bete\w*)\b[^.!?]{0,60}\bim\s+schlaf\s+(?:holt|mitnimmt|erwischt|dahinrafft)\b"),
    _p(_PREP, r"\b(?:brief|zettel|karte|abschiedsbrief)\w*\b[^.!?]{0,40}\bfuer\s+(?:danach|nachher|wenn\s+ich\s+(?:weg|nicht\s+mehr\s+da)\s+bin)\b(?![^.!?]{0,20}\b(?:rente|urlaub|umzug)\b)"),
    _p(_PREP, r"\b(?:liegt|liegen)\s+(?:jetzt\s+|nun\s+)?(?:unterm|unter\s+(?:dem|meinem))\s+(?:bett|kopfkissen|kissen|matratze)\b",
       context=r"\b(?:gewehr|pistole|revolver|flinte|waffe|patronen|munition)\b"),
    _p(_HARM, r"\b(?:mir|mich)\b[^.!?]{0,15}\b(?:zigarette|kippe|fluppe)\w*\b[^.!?]{0,30}\bauf\s+(?:dem|der|meinem|meiner|den|die)\s+(?:handruecken|arm|unterarm|hand|haut|bein|oberschenkel)\s+aus\w*\b"
              r"|\b(?:schnitte|ritzer|wunden)\b[^.!?]*\bneue\s+(?:dazu\s*)?(?:ge)?mach\w*|\bneue\s+dazugemacht\b"
              r"|\b(?:ich|hab\w*|habe)\s+(?:ich\s+)?mir\s+(?:\w+\s+){0,4}(?:ins\s+gesicht|auf\s+den\s+kopf|gegen\s+(?:den|meinen)\s+kopf)\s+geschlagen\b[^.!?]{0,40}\b(?:bis|blut\w*|geplatzt|blau)\b"),
    # round 12: German (see the English block above)
    _p(_PASSIVE, r"\b(?:wuensch\w*|hoff\w*|bete\w*)\b[^.!?]{0,30}\b(?:dass|das)\s+mich\s+(?:\w+\s+){0,2}(?:was|etwas|ein\s+(?:bus|auto|lkw|laster|zug|herzinfarkt|schlaganfall))\s+(?:\w+\s+)?(?:erwischt|ueberfaehrt|umfaehrt|trifft|holt|mitnimmt|dahinrafft)\b"
                 r"|\b(?:waer|waere|bin)\s+(?:ich\s+)?(?:lieber|am\s+liebsten)\s+nicht\s+mehr\s+(?:da|hier|am\s+leben)\b"),
    _p(_PLAN, r"\b(?:den|einen)\s+(?:tag|termin|zeitpunkt)\s+" + TIME_SET_DE
              + r"|\bwie\s+viele\s+(?:\w+\s+)?(?:es\s+)?(?:braeuchte|braucht|reichen\s+wuerden|noetig\s+waeren)\s*,?\s+(?:bei|fuer)\s+mich\b"
              # round 28: the amount of one's own pills looked up ("google ich, wie viele von
              # meinen tabletten man braeuchte", "googled how many of my tablets it would take")
              r"|\b(?:googl?e?\w*|gegoogelt|recherchier\w*|search\w*|look\w*\s+up|nachgeschaut|nachgelesen)\b[^.!?]{0,20}\b(?:wie\s*viele?|how\s+(?:many|much))\s+"
              r"(?:von\s+)?(?:meinen|meiner|of\s+my|my)\s+(?:\w+\s+)?\w*(?:tabletten|pillen|medikamente\w*|pills|tablets|meds|medication)\b"
              r"[^.!?]{0,20}\b(?:braeucht\w*|braucht|reich\w*|noetig|need\w*|take|would\s+take|it'd\s+take|enough)\b"),
    # a timed mail with the passwords and what is to become of one's things (round 28); whom it
    # is sent to stands before it ("meiner schwester eine mail ..."): kept from the check whose
    # the phrase is, as "the passwords" are the writer's
    _p(_PREP, r"\b(?:zugangsdaten|passwoert\w*|passwords?|logins?)\b[^.!?]{0,80}\b(?:was\s+mit\s+(?:der|dem|den|meiner|meinem|meinen)\s+\w+\s+passieren\s+soll|what\s+(?:should\s+|is\s+to\s+)?happens?\s+(?:to|with)\s+(?:the|my)\s+\w+)"
              r"[^.!?]{0,60}\b(?:zeitversetzt|scheduled|timed|delayed)\b", kept_from_others=True),
    # round 28 (crisis_dev36, grief; in the German section, so that a German phrase is read as
    # German: each holds its English twin too)
    _p(_PLAN, r"\b(?:durchspiel\w*|durchgespielt|going\s+over|go\s+over|running\s+through|run\s+through)\b[^.!?]{0,20}\b(?:wie\s+und\s+wo|wo\s+und\s+wie|wie\s+und\s+wann|wann\s+und\s+wie|how\s+and\s+where|where\s+and\s+how|how\s+and\s+when|when\s+and\s+how)\b"),
    _p(_HOPE, r"\b(?:hab|habe)\s+(?:\w+\s+)?nicht\s+vor,?\s+alt\s+zu\s+werden\b"
              r"|\b(?:don't|do\s+not)\s+(?:plan|intend)\s+(?:on|to)\s+(?:get|getting|grow|growing)\s+old\b"
              r"|\bnot\s+planning\s+(?:on|to)\s+(?:get|getting|grow|growing)\s+old\b", intrinsic=True),
    # round 33 (an independent list of disclosures, written blind): a wish never to get up
    # again, which way would hurt least, the pet's sitter told it is a trip, a gun fetched into
    # the bedroom, new marks beside the old ones, meds hoarded, "wollte mir so sehr wehtun",
    # "der Unfall war kein Unfall", "mein dritter Versuch ... immer noch da"
    _p(_PASSIVE, r"\bwish\w*\s+(?:that\s+)?i\s+(?:never\s+had\s+to|didn't\s+have\s+to|wouldn't\s+have\s+to)\s+(?:get\s+up|wake\s+up)\s+(?:again|ever)\b"
                 r"(?!\s+(?:before|till|until|on|this|for\s+(?:a|the)))"),
    _p(_PLAN, r"\b(?:which|what)\s+(?:way|method)\s+(?:would|will|might)\s+(?:hurt\s+(?:the\s+)?least|be\s+(?:the\s+)?(?:quickest|least\s+painful|most\s+painless|painless|surest))\b"
              r"|\b(?:welche|welcher)\s+(?:weg|art|methode)\s+(?:am\s+wenigsten\s+weh\s*tut|am\s+schnellsten\s+geht|am\s+sichersten\s+ist)\b"),
    _p(_PREP, r"\b(?:weiss|weiß|wusste|wissen|wussten)\s+(?:ja\s+)?(?:nicht|nich|net),?\s+dass\s+(?:es|das)\s+(?:fuer\s+immer|ein\s+abschied|der\s+abschied|das\s+letzte\s+mal)\s+(?:ist|war|wird)\b"
              r"(?![^.!?]{0,40}\b(?:umzug|auswander\w*|ziehe|ziehen|zieht|kanada|ausland)\b)",
       kept_from_others=True),
    _p(_PREP, r"\b(?:got|took|fetched|brought)\s+(?:[\w']+\s+){0,3}(?:rifle|gun|pistol|shotgun|revolver)\s+(?:out|home|back)\b"
              r"|\b(?:gewehr|pistole|flinte|revolver|waffe)\s+(?:\w+\s+)?(?:geholt|rausgeholt|mitgenommen)\b",
       context=r"\b(?:wardrobe|bedroom|under\s+(?:my|the)\s+bed|bedside|drawer|schrank|kleiderschrank|schlafzimmer|nachttisch|unterm\s+bett)\b"
               r"(?![^.!?]{0,60}\b(?:amnesty|hand(?:ing)?\s+(?:it\s+)?in|abgeben|abgabe|police|polizei|hunting|jagd)\b)"),
    _p(_HARM, r"(?:\bnew\s+(?:marks|cuts|lines|scars|ones)\s+(?:next\s+to|beside|over|on\s+top\s+of|among)\s+the\s+old\s+(?:ones|marks|scars|cuts)\b"
              r"|\bneue\s+(?:striche|schnitte|narben|kratzer|linien)\s+(?:neben|ueber|auf|zwischen)\s+den\s+alten\b)"
              r"(?![^.!?]{0,30}\b(?:door\s*frame|doorframe|wall|tuerrahmen|wand|tuer|measure\w*|mess\w*|tree|baum)\b)"
              r"|\b(?:wollte|will|musste)\s+mir\s+(?:so\s+sehr\s+|richtig\s+|unbedingt\s+|wieder\s+)?(?:wehtun|weh\s+tun)\b"),
    _p(_PREP, r"\b(?:tabletten|pillen|antidepressiva|schlaftabletten|medikamente|meds|pills|tablets|antidepressants|sleeping\s+pills)\s+(?:\w+\s+){0,4}(?:gehortet|gebunkert|hoarded|stashed|stockpiled)\b"
              r"|\b(?:gehortet|hoarding|stockpiling)\s+(?:\w+\s+){0,2}(?:tabletten|pillen|meds|pills|tablets)\b"),
    _p(_ATTEMPT, r"(?:\b(?:der|mein)\s+unfall\s+war\s+kein\s+unfall\b|\b(?:the|my)\s+(?:crash|accident)\s+(?:wasn't|was\s+not|was\s+no)\s+(?:an\s+)?accident\b)"
                 r"(?![^.!?]{0,40}\b(?:says?|sagt|sagen|meint|insurance|versicherung|police|polizei|other\s+driver|andere)\b)"
                 r"|\bmein(?:\s+\w+)?\s+(?:zweiter|dritter|vierter|fuenfter)\s+versuch\w*\b[^.!?]{0,40}\b(?:immer\s+noch\s+(?:da|hier|am\s+leben)|noch\s+am\s+leben|ueberlebt|nicht\s+geklappt|nicht\s+funktioniert)\b",
       intrinsic=True),
    _p(_ATTEMPT, r"\b(?:habe\s+ich\s+es|hab\s+ich's|hab's|habe\s+es)\s+probiert\b[^!?]{0,60}\b(?:hat|haben)\s+mich\s+gefunden\b",
       kept_from_others=True),
    # round 33: the last letter being written ("ich schreibe meinen letzten brief", "das ist mein
    # letzter brief an euch"; not "in meinem letzten brief hab ich erzählt", the one before)
    _p(_PREP, r"\b(?:ich\s+)?schreib\w*\s+(?:gerade\s+|jetzt\s+|heute\s+)?(?:meinen|meine)\s+letzten?\s+(?:brief|briefe|zeilen)\b"
              r"(?![^.!?]{0,25}\b(?:\w*zeitung|redaktion|kolumne|blog|newsletter|kunden|firma)\b)"
              r"|\b(?:das|dies)\s+(?:ist|sind)\s+(?:mein|meine)\s+letzte[rn]?\s+(?:brief|briefe|zeilen|nachricht)\b(?!\s+(?:vor|fuer\s+heute|diese\s+woche|aus))"),
    _p(_PASSIVE, r"\bich\s+will\s+(?:\w+\s+)?zu\s+(?:ihr|ihm|ihnen)\s+(?:in\s+(?:\w+\s+){0,3}grab|ins\s+grab|in\s+den\s+himmel)\b"
                 r"|\bi\s+want\s+to\s+(?:be\s+)?(?:with|join)\s+(?:him|her|them)\s+in\s+(?:the|that|this|his|her|their)\s+(?:\w+\s+)?grave\b"
                 # round 33: to the dead in heaven or the grave ("ich will zu papa ins grab", "am
                 # liebsten in den himmel zu oma", "i'd rather be in heaven with dad")
                 r"|\bich\s+(?:will|moechte|mag)\s+(?!nicht\b|nie\b|keinesfalls\b)(?:\w+\s+)?zu\s+(?:mama|papa|oma|opa|mutti|vati|(?:meine[rmn]?|unsere[rmn]?)\s+\w+)\s+(?:in\s+den\s+himmel|ins\s+grab)\b"
                 r"|\bam\s+liebsten\s+(?:waer\w*\s+ich\s+|wuerd\w*\s+ich\s+)?(?:\w+\s+){0,3}?(?:in\s+den\s+himmel|ins\s+grab)\b(?!\s+(?:schauen|gucken|sehen|fliegen|steigen|starren|blicken|zeigen|schreien))"
                 r"|\bi\s+(?:just\s+)?(?:want|wanna|wish\s+i\s+could|long|'d\s+rather|would\s+rather)\s+(?:to\s+)?(?:go\s+(?:up\s+)?to|be\s+(?:up\s+)?in|join\s+(?:\w+\s+){1,2}in)\s+heaven\b"
                 r"(?!\s+(?:one\s+day|someday|some\s+day|when|eventually))"
                 r"|\bi'd\s+rather\s+be\s+(?:up\s+)?in\s+heaven\b"
                 r"|\b(?:want|wanna|wish|long|rather)\b[^.!?]{0,20}\bbe\s+with\s+(?:my\s+)?\w+\s+(?:in\s+heaven|in\s+the\s+(?:ground|grave))\b"),
    _p(_PREP, r"\bnicht\s+(?:zur|in\s+die)\s+apotheke\s+(?:zurueck)?gebracht\b[^.!?]{0,40}\bsondern\b"
              r"|\b(?:didn't|did\s+not)\s+(?:take|give|bring)\s+(?:them|it|the\s+\w+)\s+back\s+to\s+the\s+(?:pharmacy|chemist)\b[^.!?]{0,40}\b(?:kept|hid|hidden|hiding)\b",
       intrinsic=True),
    _p(_ATTEMPT, r"\b(?:putzmittel|reiniger|abflussreiniger|bleiche|chlorreiniger|frostschutz\w*|rattengift|unkrautvernichter|domestos)\s+(?:\w+\s+)?(?:getrunken|geschluckt|gesoffen)\b"
                 r"|\bmagen\s+(?:\w+\s+)?(?:ausgepumpt|gewaschen|ausgespuelt)\b|\babsichtliche\w*\s+(?:ueberdosis|intoxikation)\b"
                 r"|\b(?:auf|gegen)\s+(?:einen|den|die|eine)\s+(?:brueckenpfeiler|pfeiler|baum|mauer|wand|lkw|laster)\s+(?:\w+\s+){0,3}?(?:zu)?(?:gefahren|gerast|zugefahren|zugerast)\b[^.!?]{0,60}\b(?:letzten\s+moment|doch\s+(?:noch\s+)?gelenkt|weggelenkt|ausgewichen)\b"),
    # round 13: a reason, will or hope to live asked about and answered no, in either language
    _p(_HOPE, r"\b(?:reasons?|will|hope|point|grund|gruende|lust|hoffnung|sinn|kraft)\s+(?:\w+\s+){0,2}(?:to\s+(?:live|go\s+on|carry\s+on|keep\s+going|be\s+alive)"
              r"|zu\s+leben|zum\s+leben|weiterzumachen|weiterzuleben)\s*[?:]\s*(?:no|nope|none|nein|keine?|keiner|nichts|nix|nada|null)\b", intrinsic=True),
    # round 13: errands of a farewell (things given away, a pet rehomed, contracts cancelled,
    # letters, passwords) beside a sign that the others are not to know why: "gave away my
    # guitar ... they dont get it", "die playstation meinem bruder geschenkt. er weiss nich wieso"
    _p(_PREP, r"\bthey\s+(?:don't|do\s+not|didn't)\s+(?:get|know|understand)\s+(?:it|why)\b|\bnobody\s+(?:gets|knows|understands)\s+(?:it|why)\b"
              r"|\b(?:he|she|they)\s+(?:does|do|did)\s*(?:n't|\s+not)\s+know\s+(?:it\s+was\s+(?:the\s+)?(?:last|goodbye|for\s+good)|why)\b|\blast\s+goodbye\b"
              # round 33: "gave my switch and all my games to my cousin. he doesn't need to know why"
              r"|\b(?:he|she|they)\s+(?:does|do)\s*(?:n't|\s+not)\s+need\s+to\s+know\s+why\b(?!\s+\w)|\b(?:muss|braucht|muessen|brauchen)\s+(?:ja\s+)?(?:nicht|nich|net)\s+(?:zu\s+)?wissen,?\s+(?:wieso|warum|weshalb)\b(?!\s+\w)"
              r"|\b(?:i'm|i\s+am|im)\s+not\s+(?:really\s+)?moving\s+anywhere\b|\bnot\s+for\s+(?:uni|school|work|class)\b"
              r"|\b(?:weiss|weiß|wissen)\s+(?:nicht|nix)\s+(?:wieso|warum|weshalb)\b|\b(?:hat|haben)\s+(?:nix|nichts)\s+(?:gecheckt|gemerkt|geahnt|kapiert)\b"
              # round 29: "meinem cousin geschenkt. der hat sich riesig gefreut, der ahnt nix"
              r"|\b(?:ahnt|ahnen|ahnte|ahnten)\s+(?:noch\s+)?(?:nix|nichts)\b|\bsuspects?\s+nothing\b"
              r"|\bals\s+(?:waer|waere)\s+(?:nix|nichts)\b|\bleicht\s+haben,?\s+(?:nachher|danach)\b|\bletzte[ns]?\s+(?:abschied|tschuess)\b"
              # round 31: "... die katze bei frau özdemir untergebracht. ordnung machen halt"
              r"|\bordnung\s+(?:machen|schaffen)\s+halt\b|\b(?:putting|getting)\s+(?:things|everything|my\s+affairs)\s+in\s+order\b",
       intrinsic=True,
       kept_from_others=True,
       context=r"\b(?:gave|given|giving)\s+(?:away|\w+\s+my|(?:\w+\s+){1,5}away)\b|\bfound\s+a\s+home\s+for\b"
               r"|\b(?:gave|given|giving)\s+(?:all\s+)?my\s+\w+(?:\s+\w+){0,5}\s+to\s+\w+|\bfor\s+good\b|\b(?:cancelled|canceled|deleted|rehomed)\b"
               r"|\bletters\b|\bpasswords?\b|\bsent\s+(?:all\s+)?my\s+(?:money|savings)\b|\bsaid\s+goodbye\b|\b(?:doses|pharmacology)\b"
               r"|\b(?:abo|vertrag|handyvertrag|mitgliedschaft|konto|spotify|netflix|fitnessstudio)\w*\s+(?:\w+\s+)?gekuendigt\b"
               r"|\b(?:verschenkt|verschenke|geschenkt|geloescht|geleaved|aufgeschrieben|ueberwiesen|verabschiedet|briefe|passwort\w*|pin)\b"
               r"|\bkuemmern\s+falls\b"),
    # round 29: a rope bought whose ordinary purpose the writer denies ("ein seil gekauft und
    # weiss genau, dass es nicht fuer den garten ist"); the end taken into one's own hands
    # before an illness brings it ("ob ich's nicht lieber selber in die hand nehm, bevor's die
    # krankheit tut")
    _p(_PREP, r"\b(?:seil|strick|rope)\w*\b[^.!?]{0,80}?\b(?:nicht\s+(?:fuer|zum)\s+(?:den|die|das|meinen|meine|mein)\s+\w+\s+(?:ist|sind|war|gedacht)"
              r"|(?:isn't|is\s+not|wasn't|was\s+not)\s+for\s+(?:the|my)\s+(?:garden|garage|shed|swing|boat|tent|washing|dog|allotment|climbing))\b",
       intrinsic=True),
    _p(_ACTIVE, r"\bselb(?:er|st)\s+in\s+die\s+hand\s+nehm\w*\b[^.!?]{0,30}\bbevor\w*(?:'s|s|\s+es)?\s+(?:die|der|das|mein\w*)\s+(?:krankheit|krebs|als|parkinson|demenz|tumor)"
                r"|\binto\s+my\s+own\s+hands\s+before\s+(?:the|my)\s+(?:illness|cancer|disease|als|dementia|tumou?r)\b",
       intrinsic=True),
    # round 29 (crisis_dev41, friends' replies to a shared dream): "die klinge hat gewonnen,
    # nach 90 tagen"; "wache auf und bin enttaeuscht, dass ich noch atme"; "ich zieh nicht um,
    # ich geh ganz"; a rope's purpose lied about ("asked what the rope was for and i said
    # washing line")
    _p(_HARM, r"\b(?:die\s+klinge|the\s+(?:blade|razor))\s+(?:hat\s+)?(?:gewonnen|won)\b"),
    # "bin gedanklich grad echt kurz davor, mich wegzumachen" (crisis_dev40)
    _p(_ACTIVE, r"\b(?:kurz\s+davor|nah\s+dran|nahe\s+dran|ueberleg\w*|gedanklich|gedanken?),?\s+(?:\w+\s+){0,3}?mich\s+(?:wegzumachen|wegmachen)\b"),
    _p(_PASSIVE, r"\b(?:enttaeuscht|disappointed|gutted),?\s+(?:dass|that)\s+(?:ich|i'm|i\s+am)\s+(?:noch|still)\s+"
                 r"(?:atme|lebe|da\s+bin|hier\s+bin|breathing|alive|here)\b"),
    _p(_PREP, r"\b(?:nicht|not)\s+(?:um|umziehen|moving|moving\s+house)\W+(?:\w+\s+){0,3}?(?:geh\w*|going|leaving)\s+"
              r"(?:ganz|for\s+good|forever|for\s+ever|endgueltig)(?=\s*(?:[.!?,;]|$))"),
    _p(_PREP, r"\basked\s+(?:me\s+)?what\s+(?:the\s+)?(?:rope|noose|blades?|pills)\s+(?:was|were)\s+for\b[^.!?]{0,20}\b(?:i|and\s+i)\s+(?:said|told)\b"
              r"|\bgefragt,?\s+wof(?:ue|u)r\s+(?:das|der|die)\s+(?:seil|strick|klingen?|tabletten)\s+(?:ist|sind|war|waere)\b[^.!?]{0,20}\bhab\w*\s+ich\s+gesagt\b",
       kept_from_others=True),
    # round 13, the older retired sets' remaining misses: "i don't want to die, i just want the
    # pain to stop", letters left in a drawer, a means hidden under the mattress, a browser
    # history cleared after reading of doses, "zero days since i last cut", the date to finish
    # it, "the only thing that calmed me was the blade", a relative's lie about the scratches
    # taken back, found and sent home from hospital, wishing to stay with the dead, walking into
    # the water and not out again
    _p(_PASSIVE, r"\b(?:don't|do\s+not)\s+(?:really\s+)?want\s+to\s+die,?\s+(?:i\s+)?(?:just|only)\s+want\s+(?:the\s+pain|this\s+pain|it|it\s+all|all\s+(?:of\s+)?this|everything)\s+to\s+stop\b"
                 r"|\b(?:will|moechte)\s+(?:ja\s+|eigentlich\s+)?(?:nicht|nich)\s+(?:tot\s+sein|sterben),?\s+(?:ich\s+)?(?:will|moechte)\s+nur,?\s+dass\s+(?:(?:dieser|der)\s+schmerz|es|alles)\s+(?:endlich\s+)?aufhoert\b",
       intrinsic=True),
    _p(_PASSIVE, r"\bbetter\s+off\s+with\s+(?:a\s+\w+\s+who\s+(?:isn't|isnt|is\s+not)\s+me|no\s+(?:mum|mom|dad|mother|father|parent)\s+at\s+all)\b"
                 r"|\b(?:allowed|able)\s+to\s+stay\s+with\s+(?:her|him|them|grandma|grandpa|mum|mom|dad|nan)\s+for\s+good\b"
                 r"|\blieber\s+bei\s+(?:ihr|ihm|ihnen|oma|opa|mama|papa)\s+geblieben\b(?=[^.!?]*[.!?]?\s*(?:da,?\s+)?wo\s+(?:sie|er)\s+jetzt\s+(?:ist|sind))",
       intrinsic=True),
    _p(_PREP, r"\b(?:did|wrote|written|finished)\s+(?:the\s+)?letters\b|\bletters\s+(?:for|to)\s+(?:mum|mom|dad|my\s+\w+|\w+\s+(?:n|and|&)\s+\w+)\b"
              r"|\bbriefe\s+(?:fuer|an)\s+(?:mama|papa|meine\w*\s+\w+)\b",
       context=r"\b(?:drawer|glove\s*box|under\s+(?:my|the)\s+(?:pillow|mattress|bed)|schublade|handschuhfach|unterm\s+kissen|unter\s+der\s+matratze)\b"),
    _p(_PREP, r"\b(?:under|unter)\s+(?:the|my|der|meiner|meinem|dem)\s+(?:mattress|matratze|pillow|kopfkissen)\b",
       context=r"\b(?:took|hid|hidden|put|brought|carried|moved|stashed|genommen|versteckt|gelegt|geholt|gebracht)\b[^.!?]{0,40}\b(?:knife|blade|razor|pills|tablets|rope|messer|klinge|rasierklinge\w*|tabletten|seil|strick)\b"),
    _p(_PREP, r"\b(?:cleared|deleted|clear|delete)\s+(?:my\s+|the\s+)?(?:browser\s+|search\s+)?history\b|\bverlauf\s+(?:\w+\s+)?geloescht\b",
       context=r"\b(?:doses|dosage|overdose|lethal|how\s+many|stuff\s+i\s+shouldn'?t|letal\w*|dosis|wie\s+viele)\b"),
    _p(_HARM, r"\bzero\s+days\s+since\s+i\s+(?:last\s+)?(?:cut|hurt\s+myself|self[- ]?harmed|burned)\b|\bnull\s+tage\s+(?:ohne|seit)\s+(?:ritzen|svv)\b"
              r"|\b(?:only\s+thing\s+that\s+)?(?:calmed|calms|helped|helps)\s+(?:me\s+)?(?:down\s+)?(?:was|is)\s+the\s+(?:blade|razor|knife)\b"
              r"|\bmit\s+dem\s+messer\s+in\s+(?:die|den|meine\w*)\s+(?:handflaeche|arm|hand|bein|oberschenkel|unterarm)\b"),
    _p(_HARM, r"\b(?:scratches|cuts|marks|kratzer|schnitte|wunden)\s+(?:are|were|sind|seien|waeren)\s+(?:from|von|vom)\s+(?:(?:the|der|dem)\s+)?(?:cat|katze|kater|dog|hund|rose\w*)\b",
       context=r"\b(?:they're|theyre|they\s+are|they\s+aren't|sind\s+sie)\s+(?:not|nicht|nich|nix)\b|\baren't\b|\bsind\s+sie\s+(?:aber\s+)?(?:nicht|nich)\b", kept_from_others=True),
    _p(_PLAN, r"\b(?:that's|thats|that\s+is)\s+the\s+(?:date|day)\s+i\s+(?:finish|end)\s+(?:it|things|everything)\b|\bgeh\w*\s+ich\s+(?:da\s+)?rein\s+und\s+(?:komm\w*\s+)?nicht\s+mehr\s+raus\b"
              r"|\bwalk\s+in\s+and\s+(?:not|never)\s+(?:come|walk)\s+(?:back\s+)?out\b|\bschluss,?\s+(?:und\s+)?nicht\s+nur\s+mit\s+der\s+arbeit\b"),
    _p(_ATTEMPT, r"\b(?:came\s+(?:back|home)\s+early)\s+and\s+found\s+me\b",
       context=r"\b(?:hospital|a&e|ambulance|icu|ward|krankenhaus|notaufnahme|sent\s+me\s+home)\b"),
    _p(_PASSIVE, r"\b(?:will|moechte|wuensche\s+mir)\s+(?:\w+\s+){0,5}nicht\s+mehr\s+sein\b", intrinsic=True),
    # round 13, indirect passive wishes and hopelessness (crisis_train16, never trained on):
    # managing fine without the writer, no future and none wanted, trading places with the dead,
    # an illness hoped worse, God asked to take the writer, not lasting much longer, a pity no
    # train came, giving up on oneself, not fighting to get out of the water, glad if the fall had
    # finished it, the honest answer being not to be here
    _p(_HOPE, r"\b(?:kommen|kaemen|kommt|wuerden)\s+(?:(?:alle|eh|sowieso|auch|doch)\s+)+ohne\s+mich\s+(?:gut\s+|besser\s+)?(?:klar|zurecht)\b(?![^.!?]*\b(?:zieh\w*|umzug|urlaub|reise|wg|studium)\b)"
              r"|\bohne\s+mich\s+besser\s+(?:klar|zurecht)\b(?![^.!?]*\b(?:zieh\w*|umzug|urlaub|reise|wg|studium)\b)"
              r"|\bno\s+(?:future|plans)\b[^.!?]{0,40}[.!?,]?\s*(?:and\s+)?(?:i\s+)?(?:don't|do\s+not|dont)\s+want\s+(?:one|any)\b"
              r"|\bkeine\s+zukunft\b[^.!?]{0,40}[.!?,]?\s*(?:und\s+)?(?:ich\s+)?will\s+(?:auch\s+)?keine\b"
              r"|\b(?:next|last)\s+thing\s+to\s+give\s+up\s+on\s+is\s+me\b"
              r"|\bseh\w*\s+(?:ich\s+)?mich\s+(?:gar\s+|ueberhaupt\s+)?nicht\s+mehr\s*(?:[.!?,;]|$)"
              r"|\b(?:nix|nichts)\s+mehr\b[^.!?]{0,20}\bwofuer\s+sich\s+(?:das\s+)?(?:aufstehen|leben|weitermachen)\s+lohnt\b"
              r"|\b(?:don't|do\s+not)\s+think\s+i'?ll\s+(?:last|put\s+up\s+with\s+(?:it|this))\s+(?:much\s+)?longer\b"
              r"|\b(?:nicht|nich)\s+(?:dass\s+ich\s+)?(?:das|es)\s+(?:noch\s+)?(?:so\s+|viel\s+)?lange\s+mit(?:mache|machen|mach)\b",
       intrinsic=True),
    _p(_PASSIVE, r"\btrade\s+places\s+with\s+(?:him|her|them|grandad|grandpa|grandma|nan)\b|\bmit\s+(?:ihm|ihr|ihnen)\s+(?:sofort\s+)?tauschen\b",
       context=r"\b(?:grave|graves|dead|died|resting|funeral|buried|grab|friedhof|tot|gestorben|beerdigung)\b"),
    _p(_PASSIVE, r"\bhop\w*\s+(?:the|this|my)\s+(?:flu|cold|infection|pneumonia|illness|cough|fever)\s+(?:turns|gets|goes)\s+(?:into\s+something\s+)?worse\b"
                 r"|\bhoff\w*\s+(?:ich\s+)?(?:ein\s+bisschen\s+)?,?\s*dass\s+(?:sie|er|es|die\s+\w+)\s+wiederkommt\s+und\s+(?:diesmal\s+)?bleibt\b"
                 r"|\b(?:gebetet|bete|bitte),?\s+dass\s+(?:er|gott|der\s+herrgott)\s+mich\s+(?:bald\s+)?(?:zu\s+sich\s+)?(?:nimmt|holt)\b"
                 r"|\blet\s+me\s+go\s+in\s+my\s+sleep\b|\btake\s+me\s+in\s+my\s+sleep\b"
                 r"|\bschade,?\s+dass\s+(?:kein|keiner)\s+(?:zug|lkw|laster|bus)\s+kam\b|\b(?:shame|pity|too\s+bad)\s+(?:that\s+)?no\s+(?:train|lorry|truck|bus)\s+came\b"
                 r"|\b(?:wouldn't|would\s+not|won't)\s+(?:try|fight)\s+(?:that\s+|very\s+|too\s+)?hard\s+to\s+(?:get\s+out|survive|stay\s+alive|swim)\b"
                 r"|\b(?:glad|happy|relieved)\s+if\s+(?:the|that)\s+\w+\s+had\s+(?:finished|killed|taken)\s+me\b|\b(?:glad|happy|relieved)\s+if\s+(?:the|that)\s+\w+\s+had\s+finished\s+(?:it|the\s+job)\b"
                 r"|\b(?:honest\s+answer|truth)\s+is\s+(?:to\s+)?not\s+(?:to\s+)?be\s+(?:here|around)\b"
                 r"|\b(?:so\s+ne|eine|ne)\s+(?:kugel|zug)\b[^.!?]{0,25}\bund\s+gut\s+is\w*\b"
                 r"|\b(?:good|nice|lovely|a\s+relief)\b[^.!?]{0,60}\b(?:just\s+)?be\s+finished\b(?!\s+with)",
       intrinsic=True),
    # round 13, preparation, plans and attempts told sideways (crisis_train15 and 17, never
    # trained on): pills stockpiled, skipped or hidden in a box, a means nobody asked about, the
    # spot checked, found in the car or at the platform edge, "so she has something of me",
    # "won't need it any more" beside errands, letters to open after, "when they find me in ..."
    _p(_PREP, r"\bstockpil\w*\s+(?:my\s+|the\s+)?(?:\w+\s+)?(?:tablets|pills|meds|medication|painkillers)\b"
              r"|\bpretend\s+to\s+take\s+(?:them|my\s+(?:pills|tablets|meds))\b"
              r"|\b(?:haven't|have\s+not|not)\s+been\s+taking\s+(?:the|my)\s+(?:\w+\s+)?(?:ones|pills|tablets|meds)\b(?=[^.!?]*[.!?]?[^.!?]*\b(?:envelope|saved|enough|under|box|hidden)\b)"
              r"|(?:tabletten|pillen)\b[^.!?]{0,40}\b(?:abgezweigt|gehortet|gebunkert|beiseite\s*gelegt)\b|\b(?:abgezweigt|gehortet|gebunkert|horte|bunker)\b[^.!?]{0,30}\b(?:tabletten|pillen)\b|\bder\s+vorrat\s+waechst\b"
              r"|\b(?:didn't|did\s+not|never)\s+ask(?:ed)?\s+about\s+the\s+(?:rope|pills|tablets|knife|gun|blades?|razor)\b|\bnicht\s+nach\s+dem\s+(?:seil|strick|messer)\s+gefragt\b"
              r"|\b(?:something|was|etwas)\s+(?:to\s+remember\s+me\s+by|von\s+mir\s+haben)\b"
              r"|\bto\s+(?:be\s+)?open(?:ed)?\s+after(?:wards)?\s*(?:[,.;!?]|$)"),
    # round 35: a count of pills kept hidden ("there's 40 of mum's sleeping tablets in an old
    # vitamin tub at the back of my wardrobe now", "30 tabletten hinten im schrank")
    _p(_PREP, r"\b(?:[2-9]\d|\d{3}|twenty|thirty|forty|fifty|sixty|zwanzig|dreissig|vierzig|fuenfzig|sechzig)\s+(?:of\s+)?(?:\w+'s\s+|my\s+|meine[nr]?\s+)?(?:\w+\s+)?"
              r"(?:tablets|pills|painkillers|sleeping\s+pills|tabletten|pillen|schlaftabletten|schmerztabletten)\b[^.!?]{0,60}"
              r"\b(?:(?:at\s+the\s+)?back\s+of\s+my\s+(?:wardrobe|cupboard|drawer|closet)|under\s+my\s+(?:bed|mattress)"
              r"|in\s+(?:a|an|my)\s+(?:old\s+)?(?:\w+\s+)?(?:sock|tub|tin|shoebox)|hinten\s+in\s+meinem\s+(?:schrank|kleiderschrank)|unter\s+meinem\s+bett|unter\s+meiner\s+matratze"
              r"|in\s+(?:einer|meiner)\s+(?:alten\s+)?(?:\w+\s+)?(?:socke|dose|schuhkarton))\b"),
    _p(_PREP, r"\b(?:they're|theyre|they\s+are|sie\s+sind|liegen)\s+in\s+(?:a|an|the|der|einer|einem)\s+(?:shoebox|envelope|tin|sock|teedose|schuhkarton|dose|umschlag)\b",
       context=r"\b(?:pills|tablets|meds|repeat|prescription|tabletten|pillen)\b", intrinsic=True),
    # (not with its everyday reason: "..., brauch es nicht mehr, seit ich ein e-bike habe")
    _p(_PREP, r"(?:\bwon't\s+(?:be\s+)?need(?:ing)?\s+(?:any\s+of\s+it|it|them|one)\s*(?:[,.;!?]|$)|\bbrauch\w*\s+(?:es|s|das|ihn|sie)\s+(?:ja\s+)?(?:nicht|nemme|nimmer)\s+mehr\b"
              # an answer of its own (round 35: "sie hat gefragt, warum. 'brauch ich nicht mehr.'")
              r"|^\s*['\"“„]?\s*brauch\w*\s+ich\s+(?:(?:es|s|das|ihn|sie)\s+)?(?:nicht|nemme|nimmer)\s+mehr\b)"
              r"(?!\s*,?\s*(?:seit|weil|da|since|because|now\s+that|jetzt\s+wo|now\s+i)\b)",
       context=r"\b(?:cancel\w*|notice|gave|sold|signed\s+\w+\s+over|gekuendigt|verkauft|verschenkt|geschenkt|ueberschrieben|abgemeldet|(?<!hand\s)gegeben|weggegeben)\b"),
    _p(_PLAN, r"\b(?:check|checked|checking|scout\w*|looked\s+at)\s+(?:out\s+)?the\s+spot\b|\bdie\s+stelle\s+(?:\w+\s+)?(?:angeschaut|angesehen|ausgesucht)\b",
       context=r"\b(?:cliff|bridge|tracks|river|roof|quarry|platform|viaduct|klippe|bruecke|gleise?|fluss|dach|steinbruch|bahnsteig)\w*\b"),
    _p(_PLAN, r"\bwenn\s+(?:sie|man)\s+mich\s+(?:im|in\s+der|am|unter\s+der)\s+\w+\s+finde[tn]?\b|\bwhen\s+they\s+find\s+me\s+(?:in|at|under)\s+the\s+\w+\b"
              r"|\b(?:the|den)\s+plan\b[^.!?]{0,60}\b(?:hab\w*\s+ich\s+trotzdem|i\s+still\s+have)\b"
              r"|\bich\s+trau\w*\s+mich\s+(?:\w+\s+){0,6}(?:am|nach\s+der|naechste\w*)\b(?=[^.!?]*\b(?:freitag|samstag|sonntag|montag|dienstag|mittwoch|donnerstag|woche|schicht)\b)"),
    _p(_ATTEMPT, r"\bfound\s+me\s+in\s+the\s+(?:car|garage|woods|bath|bathroom|shed)\b|\btook\s+(?:half|most)\s+of\s+them\b[^.!?]{0,40}\b(?:scared|threw\s+up|stopped|vomit\w*)\b"
                 r"|\b(?:hat|haben)\s+mich\s+(?:\w+\s+)?(?:weggezogen|zurueckgezogen|zurueckgerissen)\b|\bpulled\s+me\s+back\s+from\s+the\s+(?:edge|platform|tracks|rail|railing|ledge)\b"
                 r"|\b(?:zweite[rn]?|dritte[rn]?)\s+versuch\b[^.!?]{0,60}\bgefunden\b",
       context=r"\b(?:police|ambulance|hospital|a&e|pills|tablets|train|platform|bridge|ice|zug|bahnsteig|gleis\w*|bruecke|hausmeister|notarzt|versuch)\b"),
    _p(_ACTIVE, r"\bkeep\s+standing\s+at\s+the\s+(?:edge|end)\s+of\s+(?:the\s+)?(?:platform|bridge|roof|cliff)\b|\bsounded\s+like\s+a\s+way\s+out\b|\bklang\s+wie\s+ein\s+ausweg\b"
                r"|\bpray\w*\s+(?:that\s+)?god\s+(?:takes?|will\s+take)\s+(?:it|me)\b|\bich\s+denk\w*\s+(?:staendig|dauernd|jeden\s+tag|immer)\s+(?:dran|daran)\b"),
    # round 35 (list 4): asking God to be let join the dead, a fatal illness welcomed, the head
    # beaten against a wall over and over, "the cutting's back"
    _p(_PASSIVE, r"\b(?:ask\w*|pray\w*|beg\w*|bitte|bete\w*|gebetet)\s+(?:\w+\s+)?(?:god|the\s+lord|jesus|gott|den\s+herrgott|den\s+herrn)\s+(?:\w+\s+)?"
                 r"(?:to\s+)?(?:let\s+me\s+(?:join|be\s+with|go\s+to|come\s+to)|take\s+me|(?:dass\s+er\s+)?mich\s+(?:zu\s+(?:sich|ihm|ihr)\s+)?(?:holt|holen|nimmt|nehmen|gehen\s+laesst))\b"
                 r"|\b(?:wouldn't|would\s+not)\s+(?:say\s+no\s+to|mind|complain\s+about|object\s+to)\s+(?:a\s+|an\s+)?(?:heart\s+attack|stroke|aneurysm|bus|lorry|truck|car\s+crash|fatal\s+\w+|not\s+waking\s+up|dying|death|going\s+in\s+my\s+sleep)\b"
                 r"|\b(?:haett\w*|haet|hab\w*)\s+(?:\w+\s+)?nichts\s+gegen\s+(?:einen|nen|'nen|ein|den)\s+(?:herzinfarkt|schlaganfall|unfall|herzstillstand)\b"),
    _p(_PASSIVE, r"\b(?:will|moechte|mag|wuerde)\s+(?:\w+\s+){0,3}(?:gar\s+nicht\s+erst|erst\s+gar\s+nicht)\s+(?:mehr\s+)?aufwachen\b"
                 r"|\b(?:von\s+mir\s+aus|am\s+liebsten|gern\w*)\b[^.!?]{0,40}\b(?:ins\s+grass?\s+beiss\w*|abkratzen|den\s+loeffel\s+abgeben)\b"
                 r"|\bdran,?\s+(?:auch\s+)?mit\s+mir\s+(?:selbst\s+)?(?:ganz\s+)?schluss\s+zu\s+machen\b|\bmit\s+mir\s+selbst\s+schluss\s+(?:zu\s+)?mach\w*",
       intrinsic=True),
    # joining the dead after a funeral, told as where and when (round 35: "nach der beerdigung von
    # hans, im keller am heizungsrohr. dann bin ich bei ihm.")
    _p(_PLAN, r"\bdann\s+bin\s+ich\s+(?:endlich\s+)?(?:wieder\s+)?bei\s+(?:ihm|ihr|\w+)\s*(?:[.!?]|$)|\bthen\s+i'll\s+be\s+with\s+(?:him|her)\s+again\b",
       context=r"\b(?:beerdigung|begraebnis|grab|friedhof|funeral|grave|keller|rohr|heizungsrohr|dachboden|bruecke|bridge|beam|balken)\b"),
    # revenge told with the place or the day (round 35: "vom dach von unserem alten haus. soll er
    # halt sehen was er angerichtet hat")
    _p(_PLAN, r"\b(?:soll|damit|dann\s+soll|dann\s+kann)\s+(?:er|sie)\s+(?:halt\s+|ruhig\s+|doch\s+|mal\s+)?sehen,?\s+was\s+(?:er|sie)\s+(?:\w+\s+)?(?:angerichtet|getan|gemacht)\s+ha(?:t|ben)\b"
              r"|\bso\s+(?:he|she)\s+(?:can|will|has\s+to|'ll)\s+(?:see|live\s+with)\s+what\s+(?:he|she)\s+(?:did|has\s+done|made\s+me\s+do)\b",
       context=r"\b(?:dach|bruecke|gleis\w*|zug|tabletten|strick|seil|springen|spring\w*|roof|bridge|tracks|train|pills|rope|jump\w*|balcony|balkon|hochhaus)\b"),
    # a bequest kept secret (round 35: "meine plattensammlung vermacht, schriftlich. er weiß noch
    # nicht, warum.")
    _p(_PREP, r"\b(?:er|sie)\s+(?:weiss|weis)\s+(?:noch\s+)?nicht,?\s+warum\b|\b(?:he|she|they)\s+(?:doesn't|don't|do\s+not|does\s+not)\s+know\s+why\s+yet\b",
       context=r"\b(?:vermacht|verschenkt|geschenkt|gegeben|left\s+(?:him|her)|gave|given|bequeathed|willed)\b"),
    _p(_HARM, r"\bhunger\w*\s+mich\s+(?:\w+\s+)?(?:zur\s+strafe|aus)\b|\bstarv\w*\s+myself\s+(?:as\s+(?:a\s+)?punishment|to\s+punish)\b"
              r"|\b(?:die\s+)?(?:ritzerei|svv|selbstverletzung)\s+ist\s+(?:wieder\s+)?(?:da|zurueck)\b"),
    _p(_HARM, r"\b(?:bash\w*|bang\w*|hit|hitting|smash\w*|slam\w*|knock\w*)\s+my\s+head\s+(?:against|on|into)\s+(?:the\s+|a\s+)?(?:\w+\s+){0,2}?(?:wall|door|door\s*frame|frame|floor|mirror|desk|tiles?)\b"
              r"[^.!?]{0,20}\b(?:over\s+and\s+over|again\s+and\s+again|repeatedly|on\s+purpose"
              r"|(?:until|till)\s+(?:it|i)\s+(?:bled|bleeds?|hurts?|split|cracked|passed\s+out|saw\s+stars|was\s+dizzy))\b"
              r"|\b(?:kopf|schaedel)\s+(?:\w+\s+){0,3}(?:gegen|an)\s+(?:die|den|das)\s+(?:wand|tuer|tuerrahmen|boden|spiegel|fliesen)\b[^.!?]{0,30}\b(?:immer\s+wieder|bis\s+es|absichtlich|mit\s+absicht)\b"
              r"|(?<!her\s)(?<!his\s)(?<!their\s)\b(?:the\s+)?(?:cutting|self[- ]?harm(?:ing)?|burning|scratching)(?:'s|\s+is|\s+has)\s+(?:come\s+)?back\b|\b(?:das\s+)?ritzen\s+ist\s+(?:wieder\s+)?(?:da|zurueck)\b"),
    _p(_HOPE, r"\bkein\w*\s+(?:grund\s+)?mehr\s+zu\s+leben\b|\bnur\s+noch\s+das\s+ende\b", intrinsic=True),
    _p(_PASSIVE, r"\b(?:won't|wouldn't|not)\s+wake\s+up\b[^.!?]{0,50}\b(?:i\s+)?(?:felt|feel|was)\s+(?:\w+\s+)?relieved\b|\bgehofft,?\s+dass\s+(?:es|sie|die\s+op)\s+schiefgeht\b",
       intrinsic=True),
    _p(_HARM, r"\b(?:heute\s+nacht|tonight)\s+(?:kommen\s+neue\s+dazu|there'll\s+be\s+new\s+ones)\b",
       context=r"\b(?:verbaend\w*|verband|schnitt\w*|arme?n?|bandages?|cuts|arms?)\b"),
    # round 13: German (see the English block above)
    _p(_ATTEMPT, r"\b(?:rtw|krankenwagen|notarzt|notaufnahme|krankenhaus|intensiv\w*|station|klinik)\b[^.!?]{0,30}\b(?:nach|wegen)\s+(?:den|der|meinen|all\s+den)\s+(?:tabletten|pillen|ueberdosis)\b"
                 r"|\b(?:station|klinik|krankenhaus|psychiatrie|geschlossene\w*)\b[^.!?]{0,30}\bnach\s+dem,?\s+was\s+ich\s+(?:\w+\s+)?(?:gemacht|getan)\b"),
    _p(_PASSIVE, r"\berleichter\w*\b(?:(?!\b(?:nicht|nichts|kein\w*|harmlos|gutartig)\b)[^.!?]){0,60}\b(?:krebs|tumor|unheilbar|ernst\w*|boesartig|toedlich)\b(?![^.!?]{0,25}\b(?:nicht|kein\w*|harmlos|gutartig|doch\s+nichts)\b)"
                 r"|\b(?:krebs|tumor|unheilbar|ernst\w*|boesartig|toedlich)\b(?:(?!\b(?:nicht|nichts|kein\w*|harmlos|gutartig|angst|schiss)\b)[^.!?]){0,40}\berleichter\w*\b"
                 r"|\b(?:sauer|enttaeuscht|angepisst|wuetend|traurig|genervt)\b[^.!?]{0,10}\bdass\s+ich\s+(?:ueberhaupt|ueberhaupt\s+noch|ueberhaupt\s+wieder)\s+(?:wieder\s+)?(?:aufgewacht|wach\s+geworden)\b"
                 r"|\bwarte\w*\s+nur\s+noch\s+(?:darauf,?\s+)?,?\s*dass\s+es\s+(?:zu\s+ende|vorbei)\s+(?:geht|ist)\b"
                 r"|\bwuensch\w*\s+(?:mir\s+)?,?\s*(?:es|das)\s+(?:ginge|geht|waere|wuerde)\s+schneller\b"),
    _p(_HARM, r"\b(?:weil|damit|dass)\s+(?:man|keiner|niemand|die\s+anderen|jeder)\s+(?:[\w-]+\s+){0,4}?(?:die|meine)\s+(?:frischen\s+|neuen\s+)?(?:schnitte|wunden|ritzer)\s+(?:\w+\s+){0,3}?(?:nicht\s+)?(?:sieht|sehen|bemerkt)\b"
              r"|\b(?:schnitte|wunden|ritzer)\s+(?:\w+\s+)?(?:verstecken|verstecke|verdecken|verdecke)\b"),
    _p(_PREP, r"\b(?:erst|nur)\s+(?:spaeter|danach|nachher)\s+(?:aufmachen|oeffnen|lesen)\b|\b(?:open|read)\s+(?:it\s+)?only\s+(?:later|afterwards|after)\b",
       context=r"\b(?:umschlag|brief|briefe|envelope|letters?|zugangsdaten|passwoerter|passwords?)\b"),
    # round 32, from an independent list written blind (eval/lexicon_candidates/crisis_expressions_*)
    _p(_PASSIVE, r"\b(?:wuensch\w*|will|moechte|moecht|koennte\s+man|am\s+liebsten)\b[^.!?]{0,30}\bmich\s+(?:einfach\s+|selbst\s+|endlich\s+)?(?:ausradieren|ausloeschen|erloesen)\b"
                 r"|\bhoff\w*\b[^.!?]{0,30}\bdass\s+ich\s+(?:\w+\s+){0,3}nicht\s+ueberlebe\b"
                 r"|\b(?:waer|waere|wär)\s+ich\s+(?:endlich\s+|dann\s+)?aus\s+dem\s+weg\b"
                 r"|\b(?:kaemen|waeren|wären|kämen)\s+(?:\w+\s+)?ohne\s+mich\s+(?:\w+\s+)?(?:klar|besser\s+dran|gluecklicher)\b(?![^.!?]{0,30}\b(?:diese\s+woche|heute|morgen|urlaub|eine\s+woche|ein\s+paar\s+tage|solange)\b)"
                 r"|\bbin\s+(?:nur\s+)?(?:platzverschwendung|eine\s+platzverschwendung)\b"
                 r"|\bnicht\s+vorstellen,?\s+(?:\w+\s+)?aelter\s+zu\s+werden,?\s+(?:will|moechte|mag)\s+ich\s+(?:auch\s+)?nicht\b",
       intrinsic=True),
    _p(_ACTIVE, r"\b(?:ueberlege|ueberleg|ich\s+will|ich\s+moechte|ich\s+moecht|wuerde\s+gern)\b[^.!?]{0,20}\bden\s+loeffel\s+ab(?:zu)?geben\b"
                r"|\b(?:denk|denke|dachte|ueberleg\w*)\b[^.!?]{0,30}\bgeh\w*\s+(?:einfach\s+)?ins\s+wasser\b"
                r"|\bschluss\s+mit\s+allem\s*(?:[.!?]|$)|\b(?:am\s+liebsten|will|moechte|moecht)\s+(?:\w+\s+){0,2}die\s+kugel\s+geben\b"
                r"|\b(?:denk\w*|dachte|will|moechte)\b[^.!?]{0,15}\berschiess\w*\s+mich\b"),
    _p(_PLAN, r"\bwie\s+ich'?s\s+(?:am\s+besten\s+)?mache\s*(?:[.!?]|$)|\bmach(?:'s|s)\b[^.!?]{0,20}\bwenn\s+(?:alle|die\s+anderen|keiner|niemand)\s+(?:schlafen|weg\s+sind|aus\s+dem\s+haus)\b"
              r"|\b(?:hab|habe)\s+jetzt\s+einen\s+plan\b[^.!?]{0,30}\bruhig\b"
              r"|\b(?:parkdeck|bruecke|dach|hochhaus)\b[^.!?]{0,20}\bda\s+wird(?:'s|s|\s+es)\s+passieren\b"
              r"|\bin\s+den\s+(?:see|fluss|rhein|main|kanal|teich)\b[^.!?]{0,30}\bnicht\s+(?:wieder|mehr)\s+raus\b"
              r"|\bdas\s+letzte\s+mal,?\s+dass\s+(?:du|ihr|sie)\s+von\s+mir\s+(?:hoerst|hoert)\b(?![^.!?]{0,60}\b(?:urlaub|bevor|vor\s+dem|reise|film|serie|buch|roman|lied|song|sagt|sagte)\b)"
              r"|\bkenn\w*\s+den\s+bahnuebergang\b[^.!?]{0,40}\bwann\s+(?:der|die)\s+\w*zug\b"
              r"|\b(?:zeit|tag|datum)\s+und\s+ort\s+(?:hab|habe)\s+ich\s+(?:mir\s+)?(?:\w+\s+)?(?:ausgesucht|festgelegt|gewaehlt)\b"
              r"|\balles\s+durchgeplant\b[^.!?]{0,30}\bgeht\s+schnell\b|\bmach\s+i'?s\b(?![^.!?]{0,30}:)"),
    _p(_PREP, r"\b(?:anweisungen|nachrichten|briefe|zettel|mails)\s+fuer\s+danach\b(?![^.!?]{0,50}(?::|\b(?:party|feier|helfer|gaeste|babysitter)))"
              r"|\b(?:sie|alle|keiner|niemand)\s+wiss\w*\s+nicht,?\s+dass\s+(?:es|das)\s+(?:ein\s+)?abschied\s+(?:ist|war)\b(?!,?\s+wenn)"
              r"|\blebensversicherung\b[^.!?]{0,30}\btrotzdem\s+(?:zahlt|auszahlt)\s*(?:[.!?]|$)"
              r"|\bordne\s+meine\s+angelegenheiten\b|\bnachrichten\s+sind\s+(?:geplant|terminiert|vorbereitet)\b"
              r"|\bmein\s+letzter\s+post\s+ist\s+(?:vorbereitet|geplant|fertig)\b"
              r"|\bmedikamentenschrank\s+(?:\w+\s+)?(?:leergeraeumt|ausgeraeumt|geleert)\b"
              r"|\b(?:alles|ois|als|alls)\s+(?:parat\s+g(?:e)?macht|hergricht|hergerichtet)\b[^.!?]{0,30}\b(?:brief|briaf)\b"),
    # "hab sie alle genommen, aber es hat nicht gewirkt": its "nicht" is the crisis, "sie" the pills
    _p(_ATTEMPT, r"\balle\s+genommen\b[^.!?]{0,30}\bnicht\s+gewirkt\b", intrinsic=True, kept_from_others=True),
    _p(_HARM, r"\b(?:tu|tue)\s+mir\s+(?:selbst\s+)?weh\b[^.!?]{0,20}\b(?:um\s+was\s+zu\s+fuehlen|absichtlich|als\s+strafe)\b"
              r"|\bhunger\w*\s+mich\s+aus\b|\bin\s+meinen?\s+(?:arm|bein|oberschenkel|haut|handgelenk)\s+(?:\w+\s+)?(?:geritzt|geschnitten)\b"
              r"|\b(?:arm|arme|bein|beine)\s+(?:sieht|sehen)\s+aus\s+wie\s+(?:ein\s+)?(?:barcode|zebra)\b"
              r"|\bmir\s+(?:\w+\s+){0,3}selbst\s+geschadet\b(?!,?\s+(?:mit|durch|damit|indem|als|bei)\b)"),
    _p(_ATTEMPT, r"\bnach\s+dem\s+versucht?\b[^.!?]{0,30}\b(?:psychiatrie|klinik|krankenhaus|station|geschlossene)\b"
                 r"|\bgefunden,?\s+nachdem\s+ich\s+(?:sie|die\s+\w+|alle)\s+(?:alle\s+)?(?:genommen|geschluckt)\b"
                 r"|(?:^|[.!?]\s*|\b(?:das|es)\s+war\s+)versucht?\s+nummer\s+(?:zwei|drei|vier|2|3|4)\b(?!\s+(?:bei|an|mit|fuer|zu)\b)"
                 r"|\b(?:hat|haben)\s+mich\s+(?:\w+\s+){0,2}von\s+der\s+(?:kante|bruecke|bruestung|gelaender|dachkante)\s+(?:\w+\s+)?zurueckgezogen\b"
                 r"|\b(?:sanitaeter\w*|notarzt|arzt|aerztin|rettungs\w*)\b[^.!?]{0,40}\bnoch\s+eine\s+stunde\s+und\s+ich\s+waer\w*\s+(?:weg|tot)\b"
                 r"|\b(?:hab|habe)\s+(?:\w+\s+){0,3}?(?:was|etwas)\s+gemacht\b[^.!?]{0,30}\b(?:krankenhaus|klinik|psychiatrie|intensiv\w*)\b"
                 r"|\bmich\s+rechtzeitig\s+gefunden\b|\b(?:ham|haben|hend)\s+mi(?:ch)?\s+g'?fund(?:e)?n\b"
                 r"|\b(?:mama|papa|mutter|vater)\s+hat\s+mich\s+gefunden\b[^.!?]{0,30}\bnotarzt\b"),
    # round 32 (crisis_dev52): "die Blasen tun mir gut", waiting for the Lord to take one, a cat
    # left with a neighbour "für immer" in another sentence than its name
    _p(_HARM, r"\b(?:die\s+)?(?:blasen|brandblasen|wunden|schnitte|narben|brandwunden|kratzer)\s+tun\s+mir\s+gut\b"),
    _p(_PASSIVE, r"\b(?:warte\w*|hoff\w*|bete\w*)\b[^.!?]{0,30}\bdass\s+(?:der\s+)?(?:herrgott|liebe\s+gott|gott|herr)\s+mich\s+(?:endlich\s+|bald\s+)?(?:holt|zu\s+sich\s+(?:holt|nimmt)|nimmt)\b"
                 r"|\b(?:herrgott|lieber\s+gott)\b[^.!?]{0,20}\bmich\s+(?:endlich\s+|bald\s+)?(?:holen|holt|zu\s+sich\s+nimmt)\b[^.!?]{0,20}\blieber\s+heute\s+als\s+morgen\b"),
    _p(_PREP, r"\b(?:er|sie|es)\s+bleibt\s+(?:jetzt\s+|ab\s+jetzt\s+|ab\s+heute\s+)?bei\s+(?:ihr|ihm|ihnen|euch|dir)\b,?\s+fuer\s+immer\b",
       context=r"\b(?:kater|katze|hund|hündin|huendin|hamster|vogel|wellensittich|kaninchen|meerschweinchen|pferd|koerbchen|napf)\b",
       kept_from_others=True),
    # round 32 (crisis_dev53): care notes for a pet whose purpose no one knows
    _p(_PREP, r"\b(?:anleitung|zettel|liste|notizen)\b[^.!?]{0,30}\bfuer\s+meinen?\s+(?:hamster|kater|katze|hund|hasen|kaninchen|meerschweinchen|vogel|fische?|schildkroete)\b"
              r"|\bfuer\s+meinen?\s+(?:hamster|kater|katze|hund|hasen|kaninchen|meerschweinchen|vogel|fische?|schildkroete)\s+(?:\w+\s+){0,2}(?:anleitung|zettel|liste|notizen)\b",
       context=r"\bwei(?:ss|ß)\s+nicht,?\s+wof(?:ue|u)r\s+(?:die|der|das|er|sie|es)\s+(?:\w+\s+)?(?:ist|sind|war)\b"),
    # round 32: "ich trau mir heut nacht selbst nicht" beside an urge, a night, being alone
    _p(_ACTIVE, r"\btrau\w*\s+mir\s+(?:heute?\s+nacht\s+|heut\s+nacht\s+|gerade\s+|grad\s+|im\s+moment\s+|jetzt\s+)?(?:selbst|selber)\s+(?:\w+\s+)?nicht\b",
       intrinsic=True,
       context=r"\b(?:nacht|allein|alleine|mehr|gerade|grad|moment|drang|klinge\w*|tabletten|ritz\w*|schneid\w*|pennen|uebernachten|bleiben|schlafen)\b"),
    _p(_HARM, r"\b(?:zigarette|kippe|fluppe|feuerzeug)\w*\s+(?:\w+\s+){0,3}(?:loecher|brandloecher|brandwunden)\s+in\s+(?:den|die|meinen|meine)\s+(?:\w+\s+)?(?:arm|oberarm|unterarm|hand|bein|oberschenkel|haut)\b"
              r"|\b(?:hand|finger|arm|unterarm|haut)\b[^.!?]{0,40}\b(?:absichtlich|mit\s+absicht)\s+(?:\w+\s+)?(?:verbrannt|verbrueht|geschnitten|aufgeschnitten)\b"),
    # round 23 (German), from the misses of crisis_fresh29/30: another train than a "Zug"
    _p(_ACTIVE, r"\bvor\s+(?:den|einen|die|eine)\s+(?:ice|ic|re|regio|regionalzug|gueterzug|s-?bahn|u-?bahn|intercity|zug)\s+(?:zu\s+)?(?:gehen|laufen|springen|stellen|werfen|legen)\b"),
    # the pull of the platform edge: "an der bahnsteigkante zieht's mich nach vorne"
    _p(_ACTIVE, r"\b(?:bahnsteig\w*|gleis\w*|bruecke\w*|gelaender|abgrund|kante|balkon\w*)\b[^.!?]{0,40}\bzieht(?:'s|s|\s+es)?\s+mich\b"
                r"|\bzieht(?:'s|s|\s+es)?\s+mich\b[^.!?]{0,30}\b(?:zu\s+den\s+gleisen|ueber\s+die\s+kante|runter|in\s+die\s+tiefe)\b"),
    # "will nur noch runter in die erde", "unter die erde" as a wish
    _p(_PASSIVE, r"\b(?:will|moechte|moecht|mag|wuerde\s+gern|wollte)\s+(?:nur\s+noch\s+|einfach\s+|nur\s+|endlich\s+)*(?:runter\s+)?(?:in|unter)\s+die\s+erde\b"),
    # going for good as a death: "wie aufraeumen, bevor man fuer immer geht"
    _p(_PASSIVE, r"\b(?:bevor|wenn|ehe)\s+(?:man|ich)\s+(?:fuer\s+immer|endgueltig)\s+(?:geht|gehe|gehen)\b(?=\s*(?:[,.;!?]|$|und\b|oder\b))"),
    # round 24: with the dead rather than here, the year begun without the writer, the writer's
    # own grave wished for ("i'd rather be where he is than here", "the new year can start
    # without me", "wished i was lying next to her"; "gern ohne mich anfangen", "läge daneben")
    _p(_PASSIVE, r"\b(?:i'd|i\s+would|i'd\s+much|i\s+would\s+much)\s+rather\s+be\s+(?:where|with)\s+(?:he|she|they|him|her|them|mum|mom|dad|my\s+\w+)\s*(?:is|are)?\s+than\s+(?:here|alive|this)\b"
                 r"|\b(?:year|world|life|everything|christmas)\b[^.!?]{0,30}\b(?:can|may|could)\s+(?:just\s+|happily\s+|as\s+well\s+)?(?:start|begin|go\s+on|carry\s+on)\s+without\s+me\b"
                 r"|\bwish\w*\s+(?:that\s+)?i\s+(?:was|were)\s+(?:lying|buried|in\s+there)\s+(?:right\s+)?(?:next\s+to|beside|with)\s+(?:him|her|them)\b"),
    _p(_PREP, r"\b(?:holding|keeping|saving)\s+back\s+(?:my|the)\s+(?:\w+\s+){0,3}?(?:pills|tablets|meds|medication|sertraline|citalopram|fluoxetine|co-codamol|codeine|tramadol|zopiclone|paracetamol|\w+azepam)\b",
       context=r"\b(?:shoebox|box|drawer|bag|under\s+the\s+bed|hidden|hide|collect\w*|full|stash)\b"),
    _p(_PASSIVE, r"\blieber\s+(?:gleich|sofort|direkt|einfach|schon)?\s*ganz\s+weg\b(?!\s+von\b)"),
    _p(_PASSIVE, r"\b(?:jahr|welt|leben|weihnachten|alles)\b[^.!?]{0,30}\b(?:kann|koennen|soll|darf)\b[^.!?]{0,20}\b(?:gern|gerne|ruhig|meinetwegen)\s+ohne\s+mich\s+(?:anfangen|beginnen|weitergehen|stattfinden)\b"
                 r"|\b\w*wuensch\w*[^.!?]{0,20}\bich\s+(?:laege|laeg)\s+(?:gleich\s+|auch\s+|schon\s+|mit\s+)?(?:daneben|dabei|drin|darin|neben\s+(?:ihm|ihr|ihnen))\b"),
    # round 24, from crisis_dev22 (poetic writing): a burn held, nails dug in till they mark,
    # an attempt regretted as too shallow, a step not taken back at the crossing
    _p(_HARM, r"\bheld\s+my\s+(?:hand|palm|arm|fingers?|wrist)\s+(?:on|against|over|to)\s+(?:the\s+|a\s+)?(?:hot\s+)?(?:iron|hob|stove|hotplate|flame|candle|lighter|kettle)\b"
              r"(?=[^.!?]{0,40}\b(?:until|till|til|for\s+(?:a\s+count|\w+\s+seconds?|as\s+long)|count\s+of|burn\w*|blister\w*)\b)"
              r"|\b(?:dug|dig|digging)\s+my\s+nails\s+into\s+my\s+(?:palms?|arms?|skin|wrists?|thighs?)\s+(?:till|until|til)\s+(?:they|it)\s+(?:bled|bleed|made|left|broke)\b"),
    _p(_HARM, r"\b(?:hand|finger|arm)\s+(?:auf\s+die|an\s+die)\s+(?:heisse\s+)?(?:herdplatte|buegeleisen|kerze|flamme)\s+(?:gehalten|gedrueckt)\b"
              r"|\bnaegel\s+in\s+(?:die|meine)\s+(?:handflaechen|haut|arme)\s+(?:gebohrt|gegraben|gekrallt)\b[^.!?]{0,20}\bbis\b"),
    _p(_ATTEMPT, r"\bshould\s+have\s+(?:gone|cut|pressed)\s+deeper\b|\bhaette\s+(?:ich\s+)?tiefer\s+(?:schneiden|gehen|druecken)\s+(?:sollen|muessen)\b"),
    _p(_PLAN, r"\b(?:won't|will\s+not|not\s+going\s+to|i'll\s+not)\s+step\s+back\b|\bgeh\w*\s+(?:ich\s+)?nicht\s+(?:mehr\s+)?zurueck\b",
       context=r"\b(?:crossing|level\s+crossing|platform|edge|tracks?|train|bahnuebergang|bahnsteig|gleis\w*|kante|zug)\b"),
    # round 24, from crisis_dev24 (grief journals) and crisis_dev25 (journals of responders):
    # the same way as the dead, the dead followed, the Lord asked to hurry, pulled out after
    # letting oneself drift, gas opened "weil ich zu meinem mann will", a burn pressed on,
    # "topping myself", the flat given up with no new one, a euthanasia drug kept, "mein datum"
    _p(_PLAN, r"\b(?:i'll|i\s+will|i'm\s+going\s+to|gonna)\s+(?:use|do\s+it\s+(?:in|with|the\s+same\s+way\s+as))\s+the\s+same\s+(?:one|way|garage|rope|bridge|place|tree|beam|method)\b"
              r"|\b(?:i\s+will|i'll|i'm\s+going\s+to)\s+follow\s+(?:him|her|them)\b(?=[^.!?]{0,60}\b(?:river|sea|bridge|grave|full\s+moon|date|night|when|where)\b)"),
    # round 28: "mostly i'd just like to be dead and done with it", "wish that IED had finished
    # the job", "wuenschte, die mine haette mich erwischt"
    _p(_PASSIVE, r"\b(?:i'd|i\s+would)\s+(?:just\s+|really\s+|honestly\s+|quite\s+|much\s+|genuinely\s+|truly\s+|actually\s+|seriously\s+|rather\s+)?(?:like|love|prefer)\s+to\s+(?:be\s+dead|die(?!\s+(?:my|her|his|their|the|it|them)\b)|not\s+(?:be\s+here|exist|wake\s+up|be\s+alive))\b"
                 r"|\bwish(?:ed)?\s+(?:that\s+)?(?:the\s+|that\s+|this\s+)?(?:[\w-]+\s+){1,2}(?:had|would\s+have|'d)\s+(?:finished\s+(?:the\s+job|me\s+off|me)|killed\s+me)\b"
                 r"|\bwish(?:ed)?\s+(?:that\s+)?(?:the\s+|that\s+|this\s+|my\s+)?(?:ied|bomb|mine|crash|cancer|tumou?r|accident|heart\s+attack|stroke|illness|disease|virus|sea|wave|bullet|fall|overdose|covid)\s+(?:had|would\s+have|'d)\s+(?:got|taken|finished)\s+me\b"
                 r"|\bwuensch\w*\s+(?:\w+\s+)?,?\s*(?:dass\s+)?(?:die|der|das)\s+[\w-]+\s+(?:haette|hätte)\s+mich\s+(?:erwischt|getoetet|mitgenommen|umgebracht)\b"),
    _p(_PASSIVE, r"\b(?:i'd\s+like|i\s+want|i\s+wish|wish)\s+(?:the\s+lord|god|him\s+upstairs|jesus)\s+(?:would\s+|to\s+)?(?:hurry\s+up|take\s+me|come\s+for\s+me|call\s+me\s+home)\b"
                 r"|\bich\s+(?:will|moechte|moecht)\s+zu\s+meinem\s+(?:mann|sohn|vater|papa|kind|schatz)\b(?=[^.!?]{0,60}\b(?:tot|gestorben|grab|himmel|gas|tabletten|sterben)\b)"
                 r"|\bweil\s+ich\s+(?:will|moechte)\s+zu\s+meine[mr]\s+(?:mann|frau|sohn|tochter|kind|vater|mutter)\b"),
    _p(_ATTEMPT, r"\b(?:hat|haben)\s+mich\s+(?:\w+\s+){0,2}(?:rausgezogen|herausgezogen|aus\s+dem\s+wasser\s+gezogen|rausgeholt)\b"
                 r"|\b(?:pulled|dragged|fished)\s+me\s+out\b",
       context=r"\b(?:treiben\s+lassen|ins\s+wasser\s+gegangen|untergehen|let\s+myself\s+(?:drift|sink|go\s+under)|walked\s+into\s+the\s+(?:sea|river|water|lake)(?![^.!?]{0,15}\b(?:for|to)\s+(?:a\s+)?(?:swim|paddle|cool|bathe)))\b"),
    _p(_ATTEMPT, r"\bgas\s+(?:\w+\s+){0,4}(?:aufgemacht|aufgedreht|angelassen)\b|\b(?:turned|left)\s+(?:on\s+)?the\s+gas\s+on\b",
       context=r"\b(?:gerochen|feuerwehr|notarzt|krankenhaus|zu\s+meinem|smelled|fire\s+brigade|ambulance|hospital)\b"),
    _p(_HARM, r"\b(?:pressed|held|put)\s+(?:the\s+)?(?:hot\s+)?(?:straighteners|hair\s+straighteners|curling\s+(?:iron|tongs)|iron|lighter|cigarette|kettle|pan)\s+(?:against|on|to)\s+my\s+(?:leg|arm|thigh|skin|wrist|hand|stomach|forearm)s?\b"
              r"|\bscratch\w*\s+(?:at\s+)?my\s+(?:fore)?arms?\s+(?:with\s+my\s+nails\s+)?(?:until|till|til)\s+(?:they|it)\s+bled\b"),
    _p(_ACTIVE, r"\btop(?:ping|ped)?\s+myself\b(?!\s+up\b)"),  # (not "topping myself up with coffee", round 33)
    _p(_PREP, r"\b(?:wohnung|mietvertrag)\b[^.!?]{0,40}\bgekuendigt\b[^.!?]{0,30}\b(?:obwohl|aber|und)\s+ich\s+keine\s+neue\b"
              r"|\b(?:euthanasiemittel|pentobarbital|narcoren|euthasol)\b[^.!?]{0,60}\b(?:nicht\s+zurueck\w*|behalten|mitgenommen|eingesteckt)\b"
              r"|\b(?:pentobarbital|euthasol|euthatal)\b[^.!?]{0,60}\b(?:didn't\s+return|kept|took\s+home|pocketed)\b"),
    _p(_PLAN, r"\bmein\s+(?:datum|tag)\s+(?:ist|steht)\b",
       context=r"\b(?:garage|strick|seil|bruecke|gleis|bevor|keiner|niemand|tabletten)\b"),
    # round 24, from crisis_dev27 (journals of recovery): a time and a place and no more
    # pretending, things given away "he doesn't know why", "falls ich mal weg bin" beside a pet
    # handed on, praying that God take one
    _p(_PLAN, r"\b(?:tomorrow|tonight|sunday|monday|tuesday|wednesday|thursday|friday|saturday|morgen|heute\s+nacht)\s+(?:morning|night|evening|frueh|abend)?\s*,?\s*"
              r"(?:the|die|der|das)\s+(?:railway|tracks|level\s+crossing|bridge|cliffs?|multi-storey|car\s+park|bahnstrecke|gleise|bruecke|klippe|parkhaus)\b",
       context=r"\b(?:done|ready|enough|pretending|goodbye|last|letzte|fertig|schluss|genug)\b"),
    _p(_PREP, r"\b(?:he|she|they)\s+(?:doesn't|don't|didn't|does\s+not)\s+know\s+why\b[^.!?]{0,5}[.!?]?\s*i\s+do\b"
              r"|\bfalls\s+ich\s+(?:mal\s+)?(?:weg|nicht\s+mehr\s+da)\s+bin\b",
       # round 47: the passwords sent to a friend who is to take over one's server
       context=r"\b(?:gave|given|katze|hund|kater|kuemmern|briefe|verschenkt|geschenkt|alle\s+(?:meine\s+)?passwoert\w*)\b"),
    _p(_PASSIVE, r"\b(?:bete|bet|beten|hoffe|wuensch\w*)\b[^.!?]{0,30}\bdass\s+(?:der\s+)?(?:herrgott|liebe\s+gott|gott|herr)\s+mich\s+(?:holt|zu\s+sich\s+(?:nimmt|holt)|ruft)\b"
                 r"|\b(?:herrgott|gott)\s+(?:soll|moege|moeg)\s+mich\s+(?:endlich\s+)?(?:holen|zu\s+sich\s+nehmen)\b"),
    # round 25, from the retired crisis_fresh33/34 and crisis_dev28/29: pills gathered a few at a
    # time, a cover story for a pet handed on, a car left running in a shut garage, a crash on
    # purpose, walking into the sea until it is over, a loved one's bridge, a wish to lie in the
    # ground, fresh marks, skin broken, urges pulling after months clean
    _p(_PREP, r"\b(?:pills|tablets|sleeping\s+tablets|packets|tabletten|pillen|schlaftabletten|packungen)\b[^.!?]{0,60}\b(?:put\s+aside|set\s+aside|saved\s+up|kept\s+back|stashed|hoarded|"
              r"gesammelt|gehortet|beiseite\s*gelegt|zurueckgelegt|gebunkert)\b"
              r"|\b(?:one|two|eine|zwei)\s+(?:put\s+aside|set\s+aside|saved|kept\s+back|beiseite\s*gelegt|zurueckgelegt)\s+(?:every|each|jeden|jede)\s+(?:night|day|week|abend|tag|woche|nacht)\b"
              r"|\b(?:did\s+the\s+rounds\s+of\s+the\s+chemists|(?:two|a\s+couple\s+of)\s+(?:packets|boxes)\s+(?:here|at\s+each)|verschiedenen?\s+apotheken)\b[^.!?]{0,80}\b(?:so\s+(?:nobody|no\s+one|no-one)\s+asks|"
              r"questions|damit\s+(?:keiner|niemand)\s+fragt|nicht\s+auffaell\w*)\b", intrinsic=False),
    _p(_PREP, r"\b(?:gesagt|erzaehlt),?\s+ich\s+(?:(?:fahre|gehe|bin|waere)\s+(?:\w+\s+){0,2}weg|verreise)\b[^.!?]{0,30}\baber\s+ich\s+(?:fahre|gehe|verreise)\s+nicht\b"
              r"|\b(?:told|said\s+to)\s+(?:\w+\s+){1,2}(?:that\s+)?i(?:'m|\s+am|\s+was)\s+going\s+away\b[^.!?]{0,30}\bbut\s+i(?:'m|\s+am)\s+not\b"),
    _p(_ATTEMPT, r"\b(?:car|engine|motor|auto)\b[^.!?]{0,30}\b(?:running|ran|run|lief|laufen\s+lassen|angelassen)\b[^.!?]{0,25}\b(?:shut|closed|locked|geschlossenen?|zu(?:gemachten?)?)\s+garage\b"
                 r"|\b(?:shut|closed|locked|geschlossenen?)\s+garage\b[^.!?]{0,30}\b(?:engine|car|motor)\s+(?:running|ran|lief)\b",
       context=r"\b(?:i\s+did\s+it|i\s+tried|tried|didn't\s+work|engine\s+died|versucht|ich\s+wollte|hab\s+es\s+getan)\b"),
    _p(_PLAN, r"\b(?:car|auto)\W+(?:\w+\W+){0,2}(?:hose|schlauch)\W+(?:\w+\W+){0,2}garage\b|\bhose\b[^.!?]{0,30}\bexhaust\b|\bschlauch\b[^.!?]{0,30}\bauspuff\b"),
    _p(_ATTEMPT, r"\b(?:absichtlich|mit\s+absicht|bewusst|extra)\s+(?:\w+\s+){0,3}(?:auf\s+die\s+gegenfahrbahn|in\s+den\s+gegenverkehr|gegen\s+(?:einen|den|die)\s+(?:baum|brueckenpfeiler|mauer|wand|lkw|laster|leitplanke))\b"
                 r"|\b(?:deliberately|on\s+purpose|intentionally)\s+(?:\w+\s+){0,4}(?:into\s+(?:the\s+)?(?:oncoming\s+(?:lane|traffic)|a\s+tree|the\s+tree|a\s+wall|the\s+wall|a\s+lorry|a\s+truck|the\s+barrier|the\s+bridge)|off\s+the\s+road)\b"
                 r"|\b(?:drove|steered|swerved|pulled)\s+(?:\w+\s+){0,3}into\s+(?:the\s+)?oncoming\s+(?:lane|traffic)\s+on\s+purpose\b"),
    _p(_PLAN, r"\b(?:gehe|geh|laufe|lauf)\s+(?:ich\s+)?ins\s+wasser\b[^.!?]{0,40}\b(?:bis\s+es\s+vorbei|bis\s+ich\s+nicht\s+mehr|und\s+nicht\s+mehr\s+zurueck|so\s+weit)\b"
              r"|\b(?:walk|go)\s+into\s+the\s+(?:sea|water|lake|river)\b[^.!?]{0,40}\b(?:until\s+it's\s+over|and\s+not\s+come\s+back|and\s+keep\s+going|until\s+i\s+can't)\b"),
    _p(_PLAN, r"\bi(?:'m|\s+am|\s+will|'ll)\s+(?:going|go)\s+(?:to\s+)?(?:to\s+)?the\s+same\s+(?:bridge|cliff|tracks|spot|place|building|roof|car\s+park)\s+(?:\w+\s+){0,2}(?:went\s+off|jumped|died|did\s+it|threw\s+himself|threw\s+herself)\b"
              r"|\b(?:zur|zu\s+der)\s+(?:selben|gleichen)\s+(?:bruecke|stelle|klippe)\b[^.!?]{0,30}\b(?:gesprungen|runter|gestorben)\b"),
    _p(_PASSIVE, r"\b(?:give\s+anything|wish\s+i\s+(?:was|were)|want\s+to\s+be|rather\s+be|long\s+to\s+be)\s+(?:\w+\s+){0,3}(?:lying\s+)?in\s+the\s+ground\b"
                 r"|\blie\s+down\s+(?:\w+\s+){0,4}and\s+never\s+(?:get|stand|wake)\s+up\b"
                 r"|\b(?:let|have)\s+the\s+(?:grass|earth|snow|leaves|moss)\s+(?:grow\s+over|cover|close\s+over)\s+me\b"),
    _p(_HARM, r"\b(?:marks|cuts|lines|wounds)\s+on\s+my\s+(?:thighs?|arms?|wrists?|legs?|hips?|stomach)\b.{0,80}?\b(?:fresh|new|last\s+night|from\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday))\b"
              r"|\b(?:broke|break|breaking|opened|open)\s+my\s+skin\b"
              r"|\bwent\s+(?:for|at)\s+my\s+(?:own\s+)?(?:throat|wrists?|arms?|neck)\b"),
    _p(_HARM, r"\b(?:zieht\s+es|der\s+drang|the\s+urge|the\s+pull|craving)\b[^.!?]{0,80}\b(?:rasierer|klinge|messer|razor|blade|sharpener)\b"
              r"|\b(?:rasierer|klinge|razor|blade)\b[^.!?]{0,80}\b(?:zieht\s+es|der\s+drang|the\s+urge|the\s+pull)\b",
       context=r"\b(?:clean|monate|monaten|months|weeks|wochen|jahr|year)\b"),
    # round 37, from the sixth list of disclosures (eval/lexicon_candidates/crisis_expressions6_*,
    # illness and pain, money trouble, the trades of nurses, police and firefighters): an end
    # taken in one's own hands, a death one should have died, a beam measured, a crash made to
    # look like an accident, letters that say it is not their fault, the service weapon taken
    # home, pain sought, and attempts told in a trade's plain words
    _p(_ACTIVE, r"\bes\s+(?:selbst|selber)\s+(?:zu\s+)?beenden\b|\b(?:selbst|selber)\s+in\s+die\s+hand\s+(?:zu\s+)?nehmen\b",
       context=r"\b(?:sterb\w*|tod|tot|leben|suizid\w*|umbring\w*|denk\w*|gedanken|dran)\b"),
    _p(_PASSIVE, r"\b(?:haett?e?|hätt)\s+(?:ich\s+)?(?:\w+\s+){0,4}sterben\s+(?:sollen|muessen)\b"
                 r"|\bi\s+should(?:'ve|\s+have)\s+died\b(?!\s+(?:laughing|of\s+(?:embarrassment|shame|boredom)))"),
    _p(_PLAN, r"\b(?:balken|haken|dachbalken|beam|rafter|hook)\b[^.!?]{0,30}\b(?:abgemessen|ausgemessen|abgmessen|measured|tested)\b"
              r"|\b(?:measured|tested)\s+(?:the\s+)?(?:beam|rafter|hook)\b",
       context=r"\b(?:strick|seil|rope|noose|kredit|schulden|debt|bank|ende|schluss|enough|genug|nicht\s+mehr|anymore)\b"),
    _p(_PLAN, r"\b(?:sieht|soll|muss|wird)\s+(?:\w+\s+){0,4}(?:aus|aussehen)\s+wie\s+(?:ein\s+)?unfall\b|\bwie\s+ein\s+unfall\s+aus(?:sieht|sehen)\b",
       context=r"\b(?:versicherung|gurt|ohne\s+gurt|baum|eiche|bruecke|mich|ich)\b", intrinsic=True),
    # round 38 (crisis_dev69, a roofer's "next time we're on a roof job i'm not clipping the
    # harness on, nobody questions a fall"): the safety gear left off on purpose, a fall or a
    # crash no one would question
    _p(_PLAN, r"\b(?:not|won't|wont|will\s+not|never|i'm\s+not|am\s+not)\s+(?:going\s+to\s+|gonna\s+|even\s+)?(?:clip\w*|hook\w*|wear\w*|put\w*|buckl\w*|fasten\w*|tie\w*)\s+(?:\w+\s+){0,2}(?:harness|seat\s*belt|lanyard|safety\s+line)\b"
              r"|\b(?:schnall\w*|haeng\w*|klink\w*|sicher\w*)\s+(?:ich\s+)?mich\s+(?:\w+\s+)?nicht\s+(?:mehr\s+)?(?:an|ein)\b",
       context=r"\b(?:next\s+time|nobody|no\s+one|question\w*|accident|fall|crash|unfall|sturz|absturz|niemand|keiner|naechstes\s+mal|beim\s+naechsten)\b", intrinsic=True),
    _p(_PREP, r"\bdamit\s+(?:die|sie|ihr|du)\s+wiss(?:en|t)\b[^.!?]{0,20}\bdass\s+es\s+nicht\s+an\s+(?:ihnen|euch|dir)\s+lieg\w*",
       context=r"\bbriefe?\b|\babschied\w*", kept_from_others=True, reads_others=True),
    _p(_PREP, r"\b(?:dienstwaffe|waffe|pistole|revolver)\b[^.!?]{0,30}\bmit\s+(?:nach\s+)?(?:hause|heim|hoam)\s+(?:ge)?nomm?en\b"),
    _p(_HARM, r"\b(?:gehalten|gedrueckt|drangehalten)\b[^.!?]{0,20}\bbis\s+(?:sich\s+)?blasen\b"
              r"|\b(?:held|pressed|kept)\b[^.!?]{0,40}\buntil\s+(?:it|they|the\s+skin)\s+blister\w*"),
    _p(_HARM, r"\bdamit\s*(?:'s|es)\s+(?:richtig\s+|so\s+richtig\s+)?weh\s*tut\b",
       context=r"\bverdient\b", intrinsic=True),
    _p(_ATTEMPT, r"\b(?:pflaster|fentanyl\w*)\b[^.!?]{0,20}\bauf\s+einmal\b|\b(?:ganzen?|komplette[nm]?)\s+(?:pen|insulinpen)\b[^.!?]{0,20}\bgespritzt\b"
                 r"|\b(?:mit\s+absicht|absichtlich)\s+vor\s+(?:ein\w*|den|die|das)\s+\w+\s+(?:gelaufen|gegangen|gesprungen|getreten)\b"
                 r"|\b(?:walked|stepped|ran)\s+(?:out\s+)?in\s+front\s+of\s+(?:a|the)\s+\w+\s+on\s+purpose\b"
                 r"|\bgenommen,?\s+(?:das|die|den)\s+ich\s+(?:\w+\s+){0,4}(?:aufgehoben|gesammelt|gehortet|gebunkert)\s+hatte\b"
                 r"|\b(?:uebers|ueber\s+das|ueber\s+die)\s+\w*(?:gelaender|bruestung)\s+geklettert\b(?!\s*,?\s*um\s)"),
    # round 39 (crisis_dev72, awake at night): a way thought through so often it feels booked
    # ("hab mir das so oft durchgedacht, dass es sich anfühlt wie ein termin, den ich schon
    # eingetragen hab", "gone over it so many times it feels like an appointment")
    _p(_PLAN, r"\b(?:durchgedacht|durchgespielt|ausgemalt|ueberlegt|thought\s+(?:it\s+)?through|gone\s+over\s+it|played\s+it\s+(?:out|through)|pictured\s+it|rehearsed\s+it)\b"
              r"[^.!?]{0,50}\b(?:wie\s+(?:ein|einen)\s+(?:termin|fixtermin|eintrag)|like\s+an?\s+(?:appointment|date|booking|thing\s+in\s+my\s+(?:calendar|diary)))\b"),
    # round 39 (crisis_dev73, living with an abuser): the count known ("he never counts the
    # paracetamol. i know how many i'd need"), the route walked and timed ("walked the route to
    # the level crossing twice this week ... timed it"), "den weg zur brücke abgelaufen und gestoppt"
    _p(_PLAN, r"\b(?:know|worked\s+out|figured\s+out|counted\s+out)\s+(?:exactly\s+)?how\s+many\s+i(?:'d|\s+would)\s+need\b"
              r"|\b(?:weiss|weiß)\s+(?:genau\s+)?,?\s*wie\s+viele\s+ich\s+(?:braeuchte|brauche|bräuchte)\b",
       context=r"\b(?:paracetamol|pills|tablets|meds|painkillers|sleeping\s+pills|tabletten|pillen|schlaftabletten|medikamente)\b"),
    _p(_PLAN, r"\b(?:walked|drove|cycled|timed|checked|measured|did)\s+(?:\w+\s+){0,2}(?:route|way|walk|distance|drive)\s+(?:to|down\s+to|out\s+to)\s+the\s+(?:level\s+crossing|railway|tracks|bridge|cliffs?|viaduct|quarry|reservoir|multi-?storey)\b"
              r"|\b(?:weg|strecke)\s+(?:zum|zur|bis\s+zum|bis\s+zur)\s+(?:bahnuebergang|bruecke|gleisen|klippe|steinbruch|stausee|parkhaus)\s+(?:\w+\s+){0,3}(?:abgelaufen|abgefahren|gestoppt|gemessen|ausprobiert)\b",
       context=r"\b(?:timed|minutes|deleted|twice|again|nobody|gestoppt|minuten|geloescht|zweimal|niemand|weiss\s+jetzt)\b"),
    # round 39 (crisis_dev74, after an attempt or a suicide in the family): the dead one's way
    # understood and feared ("i understand now why she did it, and that scares me", "jetzt
    # versteh ich, warum mama das gemacht hat, und der gedanke lässt mich nicht mehr los"); the
    # same place as the dead one ("gang ich a di glich stell wie er, das isch entschiede")
    _p(_ACTIVE, r"\b(?:understand|get)\s+(?:now\s+)?why\s+(?:\w+\s+){1,2}did\s+(?:it|that)\b[^.!?]{0,40}\b(?:scares?\s+me|frightens?\s+me|terrifies\s+me|won't\s+leave\s+me|haunts\s+me)\b"
                r"|\bversteh\w*\s+(?:ich\s*)?(?:jetzt\s+)?,?\s*warum\s+(?:\w+\s+){1,2}(?:das|es)\s+(?:gemacht|getan)\s+hat\b[^.!?]{0,40}\b(?:macht\s+mir\s+angst|laesst\s+mich\s+nicht\s+(?:mehr\s+)?los|erschreckt\s+mich)\b"),
    _p(_PLAN, r"\b(?:geh\w*|gang|fahr\w*)\s+(?:ich\s+)?(?:an|a|zu|auf)\s+(?:die|den|dieselbe|denselben|di)\s+(?:gleiche[n]?\s+|selbe[n]?\s+)?(?:stelle|stell|ort|bruecke|platz|gleis\w*)\s+wie\s+(?:er|sie)\b",
       context=r"\b(?:tod|jahrestag|entschieden|gestorben|todestag|beschlossen)\b"),
    # round 39, from the eighth list of disclosures (eval/lexicon_candidates/crisis_expressions8_*:
    # nights awake, violence at home, after an attempt or a suicide in the family, prison): to
    # follow the dead one, "i'll use it" of a gun named, a plan with the pills, letters found
    # "after", a keepsake given "now", birthday cards up to 18, the lot swallowed, the car
    # running in the shut garage, a bag over the head, the heart wished to stop, sleep "für
    # immer", "ich bin die nächste", waiting only to die, over the railing
    _p(_ACTIVE, r"\b(?:think\w*\s+(?:about|of)\s+following|follow(?:ing)?)\s+(?:him|her|them)\b(?:\s+the\s+same\s+way)?"
                r"|\b(?:geh|gehe|folge|folg)\s+(?:ihm|ihr|ihnen)\s+(?:\w+\s+)?(?:hinterher|nach)\b"
                r"|\bgedanke\w*\b[^.!?]{0,30}\bdass\s+ich\s+das\s+auch\s+(?:koennte|kann|tun\s+koennte|machen\s+koennte)\b",
       context=r"\b(?:chose\s+to\s+go|died|suicide|took\s+(?:his|her|their)\s+(?:own\s+)?life|killed\s+(?:him|her)self|hanged|gegangen|gestorben|tot|erhaengt|suizid|selbstmord|umgebracht|freiwillig)\b"),
    _p(_PLAN, r"\bi'll\s+use\s+it\b|\bich\s+(?:nehm|benutz|benutze)\w*\s+(?:sie|ihn|es)\b",
       context=r"\b(?:shotgun|gun|rifle|pistol|revolver|flinte|gewehr|pistole|waffe|dienstwaffe)\b"),
    _p(_PLAN, r"\bplan\b[^.!?]{0,50}\b(?:paracetamol|pills|tablets|painkillers|tabletten|pillen)\b[^.!?]{0,30}\b(?:hotel|bridge|car|woods|bruecke|wald)\b"),
    _p(_PREP, r"\b(?:they'll|they\s+will|she'll|he'll|sie\s+werden|sie\s+finden)\s+(?:find|finden)\s+(?:them|it|the\s+letters?|sie|die\s+briefe)\s+(?:after|afterwards|danach|hinterher)\s*(?:[.!?]|$)"
              r"|\b(?:soll|sollst|should)\s+(?:ihn|sie|es|it|them)\s+(?:jetzt|now|schon\s+jetzt)\s+(?:haben|have)\b|\bshould\s+have\s+(?:it|them)\s+now\b"
              r"|\bbirthday\s+cards?\s+(?:\w+\s+){0,3}(?:up\s+to|until|till)\s+(?:18|eighteen|21|they're\s+\d+)\b|\bgeburtstagskarten\b[^.!?]{0,30}\bbis\s+(?:zum\s+)?(?:18|achtzehn|21)\b",
       context=r"\b(?:gave|given|ring|watch|letters?|cards?|gegeben|ring|uhr|briefe?|karten|kiste|box|wardrobe|schrank|hid|versteckt)\b",
       kept_from_others=True),  # (the ones named are given to, not at risk: "sie soll ihn jetzt haben")
    _p(_ATTEMPT, r"\bswallowed\s+the\s+(?:lot|whole\s+lot|whole\s+(?:packet|box|bottle|strip))\b|\balles\s+geschluckt\b",
       context=r"\b(?:found\s+me|ambulance|hospital|a\s*&\s*e|pumped|gefunden|krankenhaus|notarzt|spital|magen|tabletten|pills|tablets)\b"),
    _p(_ATTEMPT, r"\b(?:car|engine)\s+running\s+in\s+the\s+(?:closed\s+|locked\s+)?garage\b[^.!?]{0,30}\b(?:door|doors)\s+(?:shut|closed|locked)\b"
                 r"|\b(?:motor|auto)\s+(?:\w+\s+){0,3}(?:laufen\s+lassen|lief)\b[^.!?]{0,30}\b(?:garage|garagentor)\b"
                 r"|\b(?:tuete|plastiktuete|plastic\s+bag|bag)\s+(?:ueber(?:n|\s+den|\s+meinen)\s+kopf|over\s+my\s+head)\s*(?:gezogen|gestuelpt)?\b(?!\s+(?:to|against|from)\b)"
                 r"|\bbin\s+(?:\w+\s+)?(?:uebers|ueber\s+das)\s+\w*gelaender\b"),
    _p(_PASSIVE, r"\b(?:wuensch\w*|hoff\w*)\b[^.!?]{0,30}\b(?:mein|das)\s+herz\s+(?:\w+\s+){0,2}(?:aufhoert|hoert\s+(?:\w+\s+){0,2}auf|stehen\s*bleibt)\b"
                 r"|\beinschlafen\s*,?\s*(?:und\s+)?(?:fuer\s+immer|fuer\s+ewig)\b"
                 r"|\bein\s+teil\s+von\s+mir\s+will\s+(?:das|es)\b|\ba\s+part\s+of\s+me\s+wants\s+(?:it|that)\b"),
    _p(_PASSIVE, r"\bhoff\w*,?\s+(?:ich\s+)?seh\w*\s+(?:ihn|sie)\s+bald\b|\bhope\s+i\s+see\s+(?:him|her)\s+soon\b"
                 r"|\bich\s+bin\s+(?:die|der)\s+naechste\b|\bi'm\s+next\b",
       context=r"\b(?:gegangen|gestorben|tot|erhaengt|suizid|selbstmord|grab|died|dead|suicide|grave|familie|family)\b"),
    _p(_HOPE, r"\bwart\w*\s+(?:ich\s+)?(?:nur\s+noch\s+)?(?:auf\s+den\s+tod|aufs\s+sterben|auf\s+das\s+sterben)\b|\bjust\s+waiting\s+to\s+die\b"),
    _p(_PLAN, r"\bich\s+(?:mach\w*|geh\w*)\s*(?:'s|es)?\s+(?:genau\s+)?(?:so\s+)?wie\s+(?:papa|mama|er|sie|mein\w*\s+\w+|[a-z]+)\s*(?:[.!,]|$)",
       context=r"\b(?:todestag|jahrestag|bahnstrecke|gleis\w*|bruecke|gestorben|erhaengt|suizid|selbstmord)\b"),
    # round 38, from the seventh list of disclosures (eval/lexicon_candidates/crisis_expressions7_*,
    # teenagers online, psychiatric care, sleepless nights): the rest of me to follow, lives easier
    # after one is grieved, an illness hoped for, a cover story with no cat, the razor gone for,
    # cut anyway or deeper than usual, a pet placed "just in case", a goodbye no one knew was one,
    # bills settled so mum is not left with them, a plan made by day
    _p(_PASSIVE, r"\bwant\s+the\s+rest\s+(?:of\s+me\s+)?to\s+(?:catch\s+up|follow|die\s+too|go\s+too)\b"
                 r"|\b(?:hope|hopes|hoping|hoff\w*)\b[^.!?]{0,20}\b(?:it's|it\s+is|es\s+ist|es\s+was)\s+(?:something|was|etwas)\s+(?:serious|ernstes|schlimmes|terminal|unheilbares)\b(?!\s+(?:enough|genug)\b)"),
    _p(_HOPE, r"\b(?:their|his|her|everyone's|ihr|sein)\s+(?:lives?|leben)\s+(?:would|will|wuerde|waere)\s+(?:be\s+)?(?:so\s+much\s+|viel\s+)?(?:easier|better|leichter|besser)\b",
       context=r"\b(?:burden|last|grieve\w*|trauern|without\s+me|ohne\s+mich|gone|weg|dead|tot)\b"),
    _p(_HARM, r"\b(?:die|the)\s+(?:katze|cat|hund|dog)\s*(?:war'?s|was\s+it|wars|did\s+it)\b[^.!?]{0,10}?,?\s*(?:wir\s+haben|ich\s+hab\w*|we\s+(?:don't\s+)?have|i\s+(?:don't\s+)?have)\s+(?:gar\s+)?(?:keine[n]?|no)\s+(?:katze|cat|hund|dog)\b"
              r"|\bwent\s+(?:straight\s+)?for\s+the\s+(?:razor|blade|blades)\b"
              r"|\b(?:and|then|but)\s+(?:i\s+)?cut\s+anyway\b|\b(?:hab\w*|habe)\s+(?:\w+\s+)?(?:trotzdem|dann\s+doch)\s+geritzt\b"
              r"|\b(?:tiefer|deeper)\s+(?:als\s+sonst|than\s+(?:usual|ever|last\s+time))\b",
       context=r"\b(?:gemacht|geritzt|geschnitten|cut|cuts|did\s+it|razor|blade|fresh|katze|cat|hund|dog|wunden|arm|arms)\b"),
    _p(_HARM, r"\b(?:mir|ma)\s+(?:wieder\s+|wieda\s+)?(?:was|etwas)\s+(?:angetan|angtan)\b"),
    _p(_PREP, r"\b(?:ob\s+(?:sie|er)|if\s+(?:she|he|they)(?:'d|\s+would|\s+could)?)\s+(?:\w+\s+){0,2}(?:nimmt|nehmen\s+wuerde|take|takes|have|keep)\b[^.!?]{0,30}\b(?:nur\s+falls|just\s+in\s+case)\b",
       kept_from_others=True),  # (the one asked is not the one at risk)
    _p(_PREP, r"\b(?:wissen|weiss|wusste\w*|know|knew|knows)\s+(?:\w+\s+)?nicht,?\s+dass\s+es\s+(?:ein\s+)?(?:tschuess|abschied|lebewohl)\s+war\b"
              r"|\b(?:they|she|he|everyone|nobody|no\s+one|mum|mom|dad|my\s+\w+)\s+(?:don't|didn't|doesn't)\s+know\s+(?:that\s+)?(?:it\s+was|it's)\s+(?:a\s+|my\s+)?goodbye\b"
              r"|\b(?:war|was)\s+mein\s+abschied\b|\bthat\s+was\s+my\s+goodbye\b"
              r"|\bdamit\s+(?:\w+\s+){0,2}(?:nicht|nie)\s+auf\s+(?:den|de|meinen)\s+rechnungen\s+sitzen\s+bleib\w*"
              r"|\bso\s+(?:mum|mom|dad|my\s+\w+)\s+(?:isn't|won't\s+be|is\s+not)\s+(?:left|stuck)\s+with\s+(?:the|my)\s+bills\b"),
    _p(_PLAN, r"\btagsueber\s+plan\w*\s+ich\s+(?:es|das)\b|\bby\s+day\s+i\s+plan\s+it\b"),
    # ... and the driver who swerved, the cold that made one swim (the list's attempts told with
    # what stopped them)
    _p(_ATTEMPT, r"\b(?:stepped|walked)\s+(?:out\s+)?in\s+front\s+of\s+(?:a|the)\s+(?:van|lorry|truck|bus|car|tram|train)\b"
                 r"(?![^.!?]{0,30}\b(?:to\s+(?:grab|save|stop|catch|help|get|pick|push|pull|reach|flag|wave)|without\s+looking)\b)",
       context=r"\b(?:swerved|braked|missed\s+me|ausgewichen|gebremst|verfehlt)\b"),
    _p(_ATTEMPT, r"(?:^\s*|\bi\s+)went\s+off\s+(?:the\s+)?(?:harbour|harbor|sea)\s+wall\b(?![^.!?]{0,40}\b(?:club|with\s+the|for\s+fun|race|swim\s+team)\b)",
       context=r"\b(?:cold|swim|swam|pulled\s+me\s+out|water)\b"),
    # round 36: a pet or a keepsake handed on "for after", or "before i go to him"
    _p(_PREP, r"\bso\s+(?:that\s+)?(?:someone|somebody|she|he|they)\s+(?:will|'ll|can|could|would)\s+(?:have|take|keep|look\s+after|mind)\s+(?:her|him|them|it)\s+after(?=\s*[.!?]|\s*$)"
              r"|\b(?:gave|given|giving|left|passed\s+on|handed)\b[^.!?]{0,80}\bbefore\s+i\s+go\s+(?:home\s+)?to\s+(?:him|god|the\s+lord|jesus|heaven|my\s+maker)\b"
              r"|\b(?:geschenkt|gegeben|vermacht|verschenkt|weitergegeben)\b[^.!?]{0,80}\bbevor\s+ich\s+(?:heim\s+)?zu\s+(?:ihm|gott|dem\s+herrn|jesus)\b",
       kept_from_others=True),  # "took bella over to my sister's so someone will have her after"
    # round 36, from the fifth list of disclosures (eval/lexicon_candidates/crisis_expressions5_*,
    # grief, faith and migration): death asked for or awaited, the dead followed, a place chosen
    # or scouted, an end said by "before", a dream done on waking, an attempt told plainly
    _p(_PASSIVE, r"\b(?:please\s+)?let\s+me\s+die\b|\bcan't\s+wait\s+to\s+die\b|\bkann\s+es\s+kaum\s+erwarten,?\s+(?:zu\s+sterben|tot\s+zu\s+sein)\b"
                 r"|\b(?:want|wanna)\s+to\s+be\s+with\s+(?:her|him|them)\b[^.!?]{0,40}\bnot\s+here\s+any\s*more\b"
                 r"|\b(?:allah|gott|der\s+herr|jesus)\s+(?:soll|moege|moeg)\s+mich\s+(?:endlich\s+|bald\s+|doch\s+)?(?:holen|zu\s+sich\s+nehmen)\b"),
    # ... and in a prayer: the maker met soon, the writer called home, forgiven for going early,
    # with Jesus now (probes written for round 36, the faith sets' world)
    _p(_PASSIVE, r"\bready\s+to\s+meet\s+my\s+maker\b[^.!?]{0,30}\b(?:soon|sooner|tonight|now|today)\b"
                 r"|\bforgive\s+me\s+if\s+i\s+(?:go|leave|end\s+it|do\s+it)\s+(?:early|now|sooner|before\s+my\s+time)\b"
                 r"|\bvergibt\s+mir\s+(?:\w+\s*,?\s+){0,2}wenn\s+ich\s+(?:frueher|vorher|jetzt|schon)\s+gehe?\b"
                 r"|\b(?:want|wanna|long|ready)\s+to\s+be\s+with\s+(?:jesus|god|the\s+lord)\s+(?:now|soon|tonight|already)\b"
                 r"|\b(?:will|moechte|mag)\s+(?:ich\s+)?(?:jetzt|bald|heute)\s+(?:schon\s+)?zu\s+(?:jesus|gott|dem\s+herrn)\b(?!\s+(?:\w+\s+)?(?:beten|sprechen|reden|singen|flehen))"),
    # (its own clause: "i can't carry this cross anymore, please call me home" denies nothing)
    _p(_PASSIVE, r"\b(?:please|lord|god|jesus|father)\s*,?\s+(?:just\s+)?(?<!don't\s)(?<!not\s)call\s+me\s+home\b(?!\s+(?:yet|when|one\s+day|someday))",
       intrinsic=True),
    _p(_PREP, r"\b(?:peace\s+with\s+god|frieden\s+mit\s+gott)\b[^.!?]{0,50}\b(?:letters|briefe|note|abschiedsbrief\w*)\b"),
    # ... one's own grave wanted soon ("leave room for my name, ... sooner rather than later")
    _p(_PASSIVE, r"\b(?:sooner\s+rather\s+than\s+later|je\s+(?:frueher|eher),?\s+desto\s+(?:lieber|besser))\b",
       context=r"\b(?:my\s+own\s+plot|my\s+name|meinen\s+namen|mein\s+grab)\b", kept_from_others=True),
    _p(_PASSIVE, r"\blie\s+down\s+(?:\w+\s+){0,4}and\s+not\s+(?:get|stand|wake)\s+up\b|\bnothing'?s\s+worth\s+getting\s+up\s+for\b"),
    _p(_ACTIVE, r"\b(?:do|doing|done)\s+away\s+with\s+myself\b|\bmich\s+(?:\w+\s+){0,3}?ertraenke\b"),
    _p(_PLAN, r"\bgoing\s+over\s+the\s+edge\s+(?:on|the\s+night|the\s+day|at|when|after)\b"
              r"|\bi(?:'ve|\s+have)?\s+(?:picked|chosen|chose)\s+the\s+(?:barn|beam|loft|bridge|cliff|tracks|tree|garage)\b(?!\s+(?:for|as|to)\b)"
              r"|\b(?:geschaut|nachgeschaut|gesucht|checked|looked|worked\s+out)\b[^.!?]{0,20}\b(?:wo|where)\s+(?:sie|er|es|it|the\s+\w+)\s+(?:am\s+tiefsten|(?:is\s+)?deepest)\b"
              r"|\b(?:geh|gehe|lauf|laufe)\s+(?:ich\s+)?(?:da\s+|dort\s+)?ins\s+wasser\b[^.!?]{0,30}\b(?:komm|komme)\s+nicht\s+mehr\s+raus\b"),
    _p(_PREP, r"\b(?:dass|that)\s+(?:sie|er|es|she|he|it)\s+(?:versorgt|looked\s+after|taken\s+care\s+of|safe)\s+(?:ist|is)\s*,?\s+(?:bevor|before)\s+ich\s+(?:geh|gehe|go)\s*(?=[.!?]|$)"
              r"|\b(?:das\s+letzte|the\s+last\s+thing)\b[^.!?]{0,60}\b(?:bevor|before)\s*(?=[.…]|$)"
              r"|\b(?:es|it)\s+(?:wird|will\s+be)\s+(?:frueher|sooner|eher)\s+(?:sein\s*)?,?\s*(?:als|than)\s+(?:er|sie|they|he|she)\s+(?:denkt|thinks|denken|think)\b",
       kept_from_others=True),
    # (the match starts after the waking, which ends the dream: "geträumt, dass ich mich
    # schneide, aufgewacht und es wirklich getan")
    _p(_PREP, r"(?:(?<=\bwoke\sup\sand\s)|(?<=\bwoke\sand\s)|(?<=\baufgewacht\sund\s))(?:actually\s+|really\s+|then\s+|sie\s+|die\s+)?(?:actually\s+|really\s+|wirklich\s+|tatsaechlich\s+)?(?:wrote|geschrieben)\b",
       context=r"(?:goodbye|suicide)\s+(?:letters?|notes?)|abschiedsbrief\w*"),
    _p(_HARM, r"(?:(?<=\bwoke\sup\sand\s)|(?<=\bwoke\sand\s)|(?<=\baufgewacht\sund\s))(?:es\s+)?(?:actually|really|wirklich|tatsaechlich)\s+(?:did\s+it|getan|gemacht)\b",
       context=r"\b(?:cut\w*|schneid\w*|ritz\w*|blade|klinge)\b"),
    _p(_ATTEMPT, r"\bswallowed\s+(?:a\s+)?(?:whole|full|entire)\s+(?:strip|packet|pack|box|bottle|blister)\b"
                 # round 48: "last month i swallowed my whole prescription after the second fail"
                 r"|\b(?:swallowed|took|downed|necked)\s+(?:my|the|her|his)\s+(?:whole|full|entire)\s+(?:prescription|supply|stash)\b"
                 r"|\b(?:mein\w*|das|die|den)\s+(?:ganze[ns]?|komplette[ns]?)\s+(?:rezept|vorrat|monatspackung|monatsration)\b[^.!?]{0,30}\b(?:geschluckt|eingeworfen|genommen)\b"
                 r"|\b(?:ganzen|ganze|vollen|volle)\s+(?:streifen|packung|schachtel|blister|flasche)\b[^.!?]{0,40}\b(?:geschluckt|eingeworfen)\b"
                 r"|\b(?:stepped|jumped|went)\s+off\s+(?:the\s+)?(?:back|side|stern|edge)\s+of\s+(?:the|a)\s+(?:ferry|boat|ship)\b"
                 # (not "faehre": "ich fahre weg" would be read as the ferry)
                 r"|\bbin\s+ich\s+hinten\s+(?:runtergestiegen|runtergesprungen|gesprungen)\b"
                 r"|\bwhat\s+i\s+did\s+with\s+(?:the|my|those)\s+(?:tablets|pills)\b|\bwas\s+ich\s+mit\s+den\s+(?:tabletten|pillen)\s+gemacht\s+hab"
                 r"|\bi\s+wanted\s+(?:him|her|it|them)\s+not\s+to\b|\bich\s+wollt\w*,?\s+dass\s+(?:er|sie|es)(?:'s)?\s+(?:es\s+)?nicht\s+tut\b",
       context=r"\b(?:swallowed|geschluckt|eingeworfen|ferry|crew|tablets|pills|tabletten|pillen|swerved|braked|ausgewichen|gebremst|prescription|supply|stash|rezept|vorrat|monatspackung|monatsration)\b"),
    # round 48: things given away and contracts cancelled, and a note for someone left where it
    # will be found ("gave my books ... to the first-years, sold the bike, cancelled the gym and
    # the phone contract ... note for mum is in the thesis folder")
    _p(_PREP, r"\b(?:note|letter|card|brief|zettel)\s+(?:for|to|fuer|an)\s+(?:mum|mom|dad|mama|papa|my\s+\w+|meine[mnr]?\s+\w+|the\s+family|die\s+familie|everyone|alle)\s+"
                 r"(?:is|are|liegt|ist|steckt)\s+(?:in|on|under|im|unter|auf)\b",
       context=r"\b(?:gave|given|sold|verschenkt|verkauft|weggegeben)\b[^.!?]{0,200}\b(?:cancel+ed|gekuendigt|abgemeldet|closed)\b"
               r"|\b(?:cancel+ed|gekuendigt|abgemeldet|closed)\b[^.!?]{0,200}\b(?:gave|given|sold|verschenkt|verkauft|weggegeben)\b"),
    _p(_HARM, r"\bnew\s+ones\s+(?:next\s+to|beside|among|over)\s+(?:them|the\s+old)\b",
       context=r"\b(?:scars?|cuts?|narben?)\b"),
    # round 36: a long time clean, and now the urge with the means at hand ("i have not cut
    # myself since i was a young woman ..., and tonight i sat ... with the vegetable knife in my
    # lap for an hour wanting to")
    _p(_HARM, r"(?:\b(?:haven't|have\s+not|hadn't|had\s+not|not)\s+(?:cut|hurt|harmed|burned|burnt)\s+myself\s+(?:in|for|since)\b"
              r"|\b(?:a|one|two|three|\w+)\s+(?:years?|months?|weeks?)\s+(?:without|free\s+of|clean\s+of)\s+(?:cutting|self[- ]?harm\w*|hurting\s+myself))[^.!?]{0,80}"
              r"\b(?:and|but)\s+(?:now\s+|then\s+)?(?:tonight|today|this\s+(?:evening|morning|afternoon|week)|last\s+night|yesterday|now)\b[^.!?]{0,120}"
              r"\b(?:wanting\s+to|wanted\s+to|want\s+to|the\s+urge|urges?|nearly|almost|so\s+close|came\s+close|knife|blade|razor)\b"
              r"|\b(?:seit|schon)\s+[^.!?]{0,40}\bnicht\s+(?:mehr\s+)?(?:geritzt|geschnitten|verletzt)\b[^.!?]{0,80}"
              r"\b(?:und|aber)\s+(?:jetzt|heute|gestern)\b[^.!?]{0,120}\b(?:wollte\s+ich|will\s+ich|der\s+drang|fast|beinahe|messer|klinge|rasierer)\b"),
    _p(_HOPE, r"\bkeinen\s+ausweg\b[^.!?]{0,60}\bdass\s+es\s+aufhoert\b"
              r"|\bdass\s+es\s+aufhoert\b[^.!?]{0,30}\bfuer\s+immer\b"),
    _p(_ATTEMPT, r"\b(?:schon|bereits)\s+(?:zweimal|dreimal|mehrmals|zwei\s+mal|drei\s+mal)\s+(?:probiert|versucht)\b"
                 r"|\b(?:already\s+)?tried\s+(?:twice|three\s+times|before)\b",
       context=r"\b(?:niemand\s+weiss|keiner\s+weiss|no\s+one\s+knows|nobody\s+knows|heim|klinik)\b"),
    # round 26, from the retired crisis_fresh35/36 and crisis_dev28/29: things given away with a
    # story told for them ("gave my tools to mick, told him i'm retiring"; "found a home for
    # biscuit. said it's because of the eviction. it isn't really"; "meine sachen an freunde
    # verschenkt. ich sage, ich gehe zurueck nach syrien"), a train picked that does not stop,
    # a blade already in the hand, skin scratched until it bled
    _p(_PREP, r"\b(?:gave|given|giving|handed)\s+(?:away\s+)?(?:all\s+|most\s+of\s+)?my\s+(?:\w+\s+){0,2}?(?:tools|kit|guitar|van|bike|motorbike|records|books|camera|rods?|watch|ring|things|stuff|clothes|collection|dog|cat|jacket|phone|car)\b"
              r"|\bfound\s+(?:a\s+)?(?:new\s+)?(?:home|family|owner)\s+for\b|\brehom(?:ed|ing)\b"
              r"|\b(?:meine|mein|meinen)\s+(?:\w+\s+){0,3}?(?:sachen|werkzeug|gitarre|fahrrad|motorrad|buecher|kamera|uhr|ring|kleider|klamotten|sammlung|hund|katze|kater|jacke|handy|auto)\b[^.!?]{0,60}\b(?:verschenkt|weggegeben|abgegeben|vermacht|hergegeben)\b"
              r"|\b(?:verschenkt|weggegeben|vermacht|hergegeben)\b[^.!?]{0,20}\b(?:meine|mein|meinen)\s+(?:sachen|werkzeug|gitarre|hund|katze|handy|jacke)\b",
       context=r"\b(?:told|tell|telling|said|say|saying)\s+(?:him|her|them|everyone|everybody|people|the\s+\w+)?,?\s*(?:that\s+)?(?:i'm|i\s+am|i\s+was|it's|it\s+is|it\s+was|i'll\s+be)\b"
               r"|\b(?:ich\s+)?(?:sage|sag|sagte|erzaehle|erzaehlt|behaupte)\b,?\s+(?:(?:allen|ihnen|ihm|ihr|jedem)\s+)?,?\s*(?:ich|es|dass)\b|\bgesagt,?\s+(?:ich|es|dass)\b"),
    _p(_PLAN, r"\b(?:zug|ice|ic|gueterzug|schnellzug|express|train|freight\s+train|intercity)\b[^.!?]{0,40}\b(?:haelt\s+nicht|nicht\s+haelt|faehrt\s+durch|durchfaehrt|ohne\s+(?:zu\s+|zum\s+)?halten|doesn't\s+stop|does\s+not\s+stop|goes\s+straight\s+through|without\s+stopping)\b",
       context=r"\b(?:rausgesucht|herausgesucht|ausgesucht|nachgeschaut|angeschaut|checked|looked\s+up|picked|worked\s+out|found\s+out|chose)\b"
               r"|\b(?:geh\w*|fahr\w*|go|going|walk\w*)\s+(?:ich\s+|i\s+)?(?:zum|zu\s+den|to\s+the)\s+(?:bahnhof|gleis\w*|bahnsteig|station|tracks|platform)\b"),
    _p(_HARM, r"\b(?:klinge|rasierklinge|messer|cutter|blade|razor)\s+(?:schon\s+|wieder\s+|already\s+|again\s+)?in\s+(?:der|meiner|my)\s+hand\b"
              r"|\b(?:hatte|hab|habe|held|had|holding)\s+(?:ich\s+)?(?:die|eine|the|a)\s+(?:klinge|rasierklinge|blade|razor)\s+(?:schon|wieder|already|again)\b",
       context=r"\b(?:svv|ritz\w*|druck|urge|cut\w*|self[- ]?harm\w*|clean|frei|streak)\b"),
    _p(_HARM, r"\bscratch\w*\s+(?:at\s+)?my\s+(?:wrists?|arms?|forearms?|thighs?|skin|legs?)\b[^.!?]{0,40}\b(?:until|till|til)\s+(?:they|it|i)\s+(?:bled|bleed|was\s+bleeding)\b"
              r"|\b(?<!total\s)(?<!ganz\s)(?<!voll\s)(?<!so\s)(?:aufgekratzt|blutig\s+gekratzt|gekratzt,?\s+bis\s+es\s+(?:geblutet|blutet))\b"),
    # ... and from crisis_dev30/31 (illness and old age; drinking and recovery): better not to
    # have woken from the anaesthetic, a wish to lie under the earth, tidying up "before I go",
    # a fall that was no accident, a dream of one's own death wished true
    _p(_PASSIVE, r"\b(?:besser|lieber)\s+waer\w*\s+ich\s+(?:\w+\s+){0,2}(?:nicht|nie)\s+(?:mehr\s+|wieder\s+)?(?:aufgewacht|erwacht|wach\s+geworden)\b"
                 r"|\bwaer\w*\s+ich\s+(?:doch\s+)?(?:bloss\s+|nur\s+|einfach\s+)?(?:nicht|nie)\s+(?:mehr\s+|wieder\s+)?(?:aufgewacht|erwacht)\b"
                 r"|\b(?:better|rather|wish)\s+(?:if\s+)?i\s+(?:hadn't|had\s+not|never|didn't)\s+(?:woken|woke|wake|come\s+round)(?:\s+up)?\b"
                 r"(?!(?:\s+up)?\s+(?:so\s+)?(?:early|at\s+\d|before|yet|in\s+time|when|for\b|to\b|this\s+morning))", intrinsic=True),
    _p(_PASSIVE, r"\b(?:wuensch\w*|moecht\w*|waer\w*\s+(?:lieber|gern)|will)\b[^.!?]{0,40}\b(?:unter\s+der\s+erde|im\s+grab)\b"),
    _p(_PREP, r"\b(?:raeum\w*|aufraeum\w*|ordnung\s+mach\w*|ordne|sortier\w*)\b[^.!?]{0,30}\bbevor\s+ich\s+(?:geh|gehe|weg\s+bin|nicht\s+mehr\s+da\s+bin|sterbe)\b"
              r"|\b(?:tidy\w*|sort\w*|clear\w*|putting\s+things\s+in\s+order)\s+(?:\w+\s+){0,3}?before\s+i\s+go\b(?!\s+(?:on|to|away|abroad|back|home|out|in|into|for|under))"),
    _p(_ATTEMPT, r"\b(?:war|was)\s+kein\s+unfall\b[^.!?]{0,30}\bich\s+(?:bin\s+gesprungen|hab\w*\s+mich\s+(?:fallen|runterfallen)\s+lassen|wollte\s+(?:es|sterben|springen))\b"
                 r"|\b(?:wasn't|was\s+not)\s+an\s+accident\b[^.!?]{0,30}\bi\s+(?:jumped|let\s+go|let\s+myself\s+fall|did\s+it\s+on\s+purpose|meant\s+(?:it|to))\b"),
    # round 47 (crisis_dev108): a jump from a height, told to everyone as an accident
    _p(_ATTEMPT, r"\b(?:allen|jedem|everyone|everybody)\s+(?:erzaehl\w*|sag\w*|gesagt|tell|told|say)\s+(?:ich\s*)?,?\s*(?:es|das|it|that)\s+(?:war|was)\s+(?:ein\s+|nen\s+|an?\s+)?\w*(?:unfall|accident)\b",
       context=r"\b(?:gesprungen|runtergesprungen|jumped|dach|rooftop|bruecke|bridge|balkon|balcony|parkhaus\w*|tabletten|pills|overdos\w*|geschnitten|cut)\b"),
    _p(_PASSIVE, r"\b(?:i\s+wish|wishing)\s+it\s+(?:had\s+been|was|were)(?:\s+(?:true|real))?\b|\bwuenschte,?\s+es\s+waere\s+(?:so|wahr|echt)\b",
       context=r"\b(?:dreamt|dreamed|dream)\b[^.!?]{0,30}\b(?:i'd\s+died|i\s+had\s+died|i\s+was\s+dead|i\s+died)\b|\bgetraeumt,?\s+(?:dass\s+)?ich\s+(?:waere|sei|war|bin)\s+(?:tot|gestorben)\b"),
    # another's harm the writer shares: "my brother cuts himself and so do i", "ritzt sich, ich
    # auch" (round 26)
    _p(_HARM, r"\b(?:(?:cuts?|cutting|burns?|burning|hurts?|hurting)\s+(?:himself|herself|themselves|themself)|self[- ]?harm\w*|ritzt\s+sich|ritzen|schneidet\s+sich|verletzt\s+sich)\b[^.!?]{0,40}\b(?:so\s+do\s+i|me\s+too|i\s+do\s+(?:it\s+)?too|ich\s+auch|mach\w*\s+ich\s+auch|tu\w*\s+ich\s+auch)\b", kept_from_others=True),
    # tidy for the one who clears the flat: "soll ordentlich sein fuer den, der sie ausraeumt"
    _p(_PREP, r"\bfuer\s+(?:den|die|denjenigen|diejenige|die\s+leute|wen\s+auch\s+immer)\s*,?\s+(?:der|die|wer)\s+(?:\w+\s+){0,3}?(?:ausraeumt|ausraeumen\s+muss|aufloest|aufloesen\s+muss|mich\s+findet|mich\s+finden)\b", kept_from_others=True),
    # held back at the edge: "ein wachmann hat mich am mantel gepackt", "festgehalten"
    _p(_ATTEMPT, r"\b(?:hat|haben)\s+mich\s+(?:\w+\s+){0,3}(?:gepackt|festgehalten|runtergeholt|zurueckgehalten|runtergezogen|weggezogen|zurueckgezogen)\b",
       context=r"\b(?:parkhaus\w*|dach\w*|bruecke\w*|gelaender|bahnsteig\w*|gleis\w*|kante|balkon\w*|klippe\w*|hochhaus\w*)\b"),
    # ... and from crisis_dev33 (hard, dangerous and lonely work): a fall told to everyone that
    # was none, a rifle turned on oneself, the ground let have one, a rope looked at for what
    # else it could do (round 27)
    _p(_ATTEMPT, r"^\W*(?:but\s+)?i\s+(?:did\s+not|didn't)\s+(?:fall|slip)\b|^\W*(?:aber\s+)?ich\s+bin\s+(?:nicht|gar\s+nicht)\s+(?:\w+\s+)?(?:gefallen|gestuerzt|ausgerutscht)\b",
       intrinsic=True,
       context=r"\b(?:say|said|tell|told)\s+(?:\w+\s+){0,3}?i\s+(?:fell|fall|slipped|slip)\b|\b(?:sag\w*|erzaehl\w*)\s+(?:\w+\s+){0,3}?ich\s+(?:bin|sei|waer\w*)\s+(?:\w+\s+)?(?:gefallen|gestuerzt|ausgerutscht)\b"),
    _p(_ACTIVE, r"\bturn\w*\s+(?:the\s+|my\s+|his\s+|a\s+)?(?:gun|rifle|shotgun|pistol|weapon|\w+\s+(?:rifle|gun|shotgun))\s+(?:\w+\s+)?(?:around\s+|round\s+)?on\s+myself\b"
                r"|^\W*\d{2,3}\s+(?:around\s+|round\s+)on\s+myself\b"
                r"|\b(?:gewehr|flinte|waffe|pistole|buechse)\s+(?:\w+\s+){0,3}(?:gegen|auf)\s+mich\s+(?:selbst\s+)?(?:zu\s+)?(?:richten|gerichtet|halten|drehen)\b"),
    _p(_PASSIVE, r"\blet\s+the\s+(?:ground|earth|sea|water|river|snow|cold|dark)\s+(?:have|take)\s+me\b"
                 r"|\b(?:die\s+erde|der\s+boden|das\s+meer|das\s+wasser|der\s+schnee)\s+(?:\w+\s+)?(?:mich\s+)?(?:holen|haben|nehmen)\s+(?:lassen|soll|darf|koennte)\b"),
    _p(_ACTIVE, r"\b(?:dran|daran)\s+gedacht,?\s+was\s+man\s+(?:damit|mit\s+(?:dem|einem)\s+\w+)\s+(?:noch\s+|alles\s+)?(?:machen|anstellen|tun)\s+(?:kann|koennte)\b"
                r"|\bthinking\s+(?:about\s+)?what\s+else\s+(?:it|that|a\s+rope)\s+(?:could|would|might)\s+(?:do|be\s+(?:used|good)\s+for)\b",
       context=r"\b(?:strick\w*|seil\w*|rope|noose|balken|beam|kaelberstrick)\b"),
    # ... and from the retired crisis_fresh37/38 (illness and old age; drinking and recovery),
    # read: the guts to go through with it, "wo ich hingehe, brauche ich nix", a balcony and
    # "danach endlich Ruhe", things given away that left the receivers puzzled, a will needed
    # "before Christmas" (round 27)
    _p(_ACTIVE, r"\b(?:have|had|has|got|find|found)\s+the\s+(?:guts|nerve|courage|balls|bottle)\s+to\s+(?:go\s+through\s+with\s+it|do\s+it|end\s+it|finish\s+it)\b"
                r"|\b(?:den\s+mut|die\s+courage|die\s+eier)\s+(?:\w+\s+){0,3}(?:es\s+)?(?:durchzuziehen|zu\s+tun|zu\s+machen)\b"),
    _p(_PREP, r"\bwo\s+ich\s+hin\s*geh\w*,?\s+brauch\w*\s+ich\s+(?:das\s+|die\s+|es\s+|den\s+)?(?:nix|nichts|nicht\s+mehr|keine?\w*)\b"
              r"|\bwhere\s+i'?m\s+going,?\s+i\s+(?:won't|will\s+not|don't)\s+need\b", intrinsic=True),
    _p(_ACTIVE, r"\b(?:balkon\w*|bruecke|dach|fenster|gleis\w*|zug|hochhaus)\b[^.!?]{0,60}\b(?:danach|dann)\s+(?:endlich\s+)?(?:ruhe|stille|frieden|schluss)\b"
                r"|\b(?:balcony|bridge|roof|window|tracks|train|ledge)\b[^.!?]{0,60}\b(?:and\s+)?(?:then|after\s+that)\s+(?:finally\s+)?(?:quiet|peace|silence|rest)\b"),
    _p(_PREP, r"\bgave\s+(?:away\s+)?my\s+\w+\s+(?:\w+\s+)?to\s+(?:my\s+)?\w+\b",
       context=r"\b(?:they|he|she)\s+(?:both\s+|all\s+)?(?:looked|seemed|were)\s+(?:\w+\s+)?(?:confused|puzzled|surprised|worried)\b|\basked\s+(?:me\s+)?why\b"),
    _p(_PREP, r"\bneeding\s+it\s+(?:before|by|sooner|soon)\b", context=r"\bwill\b"),
    # ... and from crisis_dev34 (people far from home), read: a rope to be used, hair torn out
    # in tufts (round 27)
    _p(_PLAN, r"\b(?:i'll|i\s+will|i'm\s+going\s+to|gonna)\s+use\s+(?:the|a|my|that)\s+(?:\w+\s+)?(?:rope|belt|cord|cable|blade|razor|gun|rifle)\b"
              r"(?![^.!?]{0,40}\b(?:to\s+(?:tie|lash|secure|pull|climb|fix|hang\s+(?:the|up))|for\s+(?:the|a|my))\b)"),
    _p(_HARM, r"\brei(?:ss|ß)\w*\s+mir\s+(?:die\s+)?haare\s+(?:\w+\s+)?(?:raus|aus)\b|\bpull\w*\s+(?:out\s+)?my\s+(?:own\s+)?hair\s+out\b",
       context=r"\b(?:bueschel\w*|stellen|kahle?\w*|clumps?|bald\s+(?:spots?|patches)|blut\w*|bleed\w*|immer\s+wenn|every\s+time)\b"),
    # round 23 (German): envying the dead, new wounds kept from view
    _p(_PASSIVE, r"\bneidisch\s+auf\s+(?:den|die|das)\s+(?:im\s+(?:sarg|grab)|toten?|verstorbenen?)\b|\bbeneide\w*\s+(?:die\s+|den\s+)?(?:toten?|verstorbenen?)\b"),
    _p(_HARM, r"\bdie\s+neuen\s+(?:am|an\s+(?:den|dem|der)|auf\s+dem|am\s+linken|am\s+rechten)\s+(?:ober|unter)?(?:arm|armen|bein|beinen|oberschenkel|handgelenk|bauch|huefte)\b"),
    # round 48 (list 16): scalding on purpose ("heisses wasser über die hand laufen lassen,
    # extra"), and going through with it once alone ("wenn ich im november allein im ferienhaus
    # bin, zieh ichs durch")
    _p(_HARM, r"\b(?:heiss\w*|kochend\w*)\s+wasser\s+(?:\w+\s+){0,2}(?:ueber|auf)\s+(?:die|meine|den|meinen|das)\s+(?:hand|haende|arm|arme|haut|bein|finger|handgelenk)\b"
                r"[^.!?]{0,40}\b(?:extra|absichtlich|mit\s+absicht|mit\s+fleiss)\b"),
    _p(_PLAN, r"\bwenn\s+ich\s+[^.!?]{0,60}\b(?:allein|alleine)\b[^.!?]{0,40}\bzieh\w*\s+ich(?:'?s|\s+es|\s+das)\s+durch\b"),
    # round 48 (read misses of older sets): the garage shut with the engine running; another
    # attempt and who found the writer; up the mountain and not down again
    _p(_ATTEMPT, r"\bgarage\w*\s+(?:\w+\s+)?zu\b[^.!?]{0,20}\bmotor\s+(?:an|laufen\s+lassen|laufen\s+gelassen)\b"
                 r"|\bgarage\s+(?:door\s+)?(?:shut|closed)\b[^.!?]{0,20}\b(?:engine|motor)\s+(?:on|running)\b"
                 r"|\b(?:zweite[rn]?|dritte[rn]?|vierte[rn]?|neue[rn]?)\s+versuch\w*\b[^.!?]{0,60}\b(?:hat|haben|hatte)\s+mich\s+(?:\w+\s+){0,3}gefunden\b"
                 r"|\b(?:second|third|another)\s+attempt\b[^.!?]{0,60}\bfound\s+me\b"
                 r"|\btook\s+half\s+of\s+them\b[^.!?]{0,40}\b(?:threw\s+up|got\s+scared|vomited|puked)\b"),
    # ... a prayer to be taken ("ya rabb, nimm mich einfach zu dir"), falling down and not
    # getting up in dialect ("i mecht umfalln und nimmer aufstehn")
    _p(_PASSIVE, r"\b(?:nimm|hol)\s+mich\s+(?:\w+\s+){0,2}zu\s+dir\b(?!\s+(?:ins|in\s+die|in\s+den|nach|auf|rueber|heim))"
                 r"|\b(?:umfall\w*|umfalln|hinleg\w*|einschlaf\w*)\s+und\s+(?:nimmer|nie\s*mehr|nimmermehr|nicht\s+mehr)\s+(?:aufstehn|aufstehen|aufwachen|aufwachn)\b"
                 # (not a rest with its end: "aber erst nach da brotzeit", "bis zum zweiten feiertag")
                 r"(?![^.!?]{0,40}\b(?:erst\s+nach|bis\s+(?:zum|zur|morgen|uebermorgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|naechste\w*|nach)))"),
    # ... one's own eulogy written; "new lines today" where cuts are hidden; cutting "not as deep
    # as before"; burning instead of cutting; "die neuen stellen am bauch"
    _p(_PREP, r"\b(?:wrote|written|writing|drafted)\s+my\s+own\s+(?:eulogy|obituary|funeral\s+speech)\b"
              r"|\bmeine\s+eigene\s+(?:trauerrede|grabrede|todesanzeige)\s+(?:\w+\s+)?(?:geschrieben|verfasst|entworfen)\b"),
    _p(_HARM, r"\bnew\s+(?:lines|cuts)\s+(?:today|tonight|again|this\s+morning)\b",
       context=r"\b(?:jumper|sleeves?|hoodie|arms?|thighs?|wrists?|legs?|skin|blade|razor|plasters?|checks?|hide|hidden|nobody\s+sees)\b"),
    _p(_HARM, r"\bnot\s+as\s+deep\s+as\s+(?:before|last\s+time|it\s+used\s+to\s+be)\b",
       context=r"\b(?:still\s+do\s+it|cut\w*|blade|razor|scars?|arms?|thighs?|wrists?)\b", intrinsic=True),
    _p(_HARM, r"\bi\s+burn\s+(?:myself\s+)?instead\b"
              r"|\bdie\s+neuen\s+(?:stellen|schnitte|kratzer|narben)\s+(?:am|an\s+(?:den|dem|der)|auf\s+dem)\s+"
              r"(?:arm|armen|bauch|bein|beinen|oberschenkel|handgelenk|unterarm|huefte|ruecken|brust)\b"),
    _p(_PLAN, r"^\W*(?:und\s+)?runter\s+(?:dann\s+|aber\s+)?nicht\s+mehr\b",
       context=r"\b(?:hoch|rauf|auf)\s+(?:den|das|die|dem)\s+(?:\w+\s+)?(?:berg|dach|turm|bruecke|klippe|felsen|hochhaus|parkhaus|gipfel)\b"),
)
# fmt: on

# Semantic fields, for statements no fixed phrase foresees: a wish joined to death in one sentence,
# a self-harm word joined to "again"/"tonight", a method joined to being ready.
_DESIRE: Final = (
    r"(?:want|wanna|wish|wished|hope|hoping|rather|ready|longing|will|moechte|wuensch\w*|hoff\w*|"
    r"lieber|sehne\w*)"
)
_DEATH: Final = (
    r"(?:die|dead|death|dying|be\s+gone|disappear\w*|stop\s+existing|over\s+with|end\s+it|"
    r"not\s+(?:be\s+)?(?:here|around|alive)\s+any\s*more|never\s+wake|rest\s+forever|"
    r"sterben|tot|tod|weg\s+sein|verschwinden|einschlafen\s+und\s+\w+\s+\w+\s+aufwachen|"
    r"nicht\s+mehr\s+(?:da|hier)\s+sein|fuer\s+immer\s+schlafen)"
)
_HARM_WORD: Final = (
    r"(?:blades?|razors?|scars?|wrists?|bleed\w*|bled|ritz\w*|klinge|rasierklinge|svv|narben?|"
    r"handgelenk\w*|geblutet|blut(?!zucker|druck|wert|bild|abnahme|spende|gruppe|test|probe|untersuchung)\w*|(?:cut|burned|burnt|scratched|schnitt\w*|geschnitten|verbrannt)"
    r"\s+(?:\w+\s+)?(?:arms?|wrists?|thighs?|skin|legs?|unterarm|oberschenkel|haut|arm))"
)
_HARM_CUE: Final = (
    # ("my wrist is still sore": an injury, round 30)
    r"(?:again|tonight|last\s+night|still(?!\s+(?:sore|stiff|aching|achy|painful|swollen|weak|bruised|tender|numb|in\s+a))|more|relaps\w*|on\s+purpose|feel\s+something|urge|"
    r"wieder|absichtlich|damit\s+ich|spuer\w*|heute\s+nacht|letzte\s+nacht|rueckfall\w*|drang)"
)
_METHOD: Final = r"(?:pills|tablets|meds|rope|noose|tabletten|tablette|pillen|seil|strick)"
_READY: Final = (
    r"(?:enough|counted|saved|stockpil\w*|hidden|ready|genug|gezaehlt|nachgezaehlt|gespart|"
    r"gesammelt|versteckt|bereit|reichen|reicht)"
)
_HOPELESS: Final = (
    r"(?:no\s+future|no\s+way\s+out|never\s+(?:going\s+to\s+)?get\s+better|hopeless(?!\s+(?:with|at|romantic|case))|pointless|"
    r"a\s+burden|keine\s+zukunft|kein\w*\s+ausweg|nie\s+besser|hoffnungslos|sinnlos|eine\s+last|"
    r"no\s+hope|nothing\s+matters\s+any\s*more|keine\s+hoffnung|nichts\s+hat\s+(?:mehr\s+)?(?:einen\s+)?"
    r"sinn|keine\s+kraft\s+mehr|worthless|wertlos)"
)
_FIELDS: Final[tuple[_Pattern, ...]] = (
    _p(
        _PASSIVE,
        rf"\b{_DESIRE}\b"
        # round 41: a thing wished dead ("want this org chart to die")
        r"(?!\s+(?:this|that|the|these|those|his|her|their|our|your)\s+(?:\w+\s+){1,2}to\s+die\b)"
        rf"[^.!?]{{0,40}}?\b{_DEATH}\b"
        r"(?!\s+(?:of|for|laughing|from|to\s+see|tired|vor|sea|ends?))"
        # round 48: an idiom of stubbornness ("i will die on this hill")
        r"(?!\s+on\s+(?:this|that|the|my|a)\s+(?:\w+\s+)?hill)"
        # round 38: hiding away, not dying ("want to disappear under my duvet all weekend")
        r"(?<!disappear(?=\s(?:under|into|in\s+(?:my|the|a)|behind)\b))",
        intrinsic=False,
        first_person=True,
    ),
    _p(
        _HARM,
        rf"\b{_HARM_WORD}\b[^.!?]{{0,60}}\b{_HARM_CUE}\b"
        rf"|\b{_HARM_CUE}\b[^.!?]{{0,60}}\b{_HARM_WORD}\b",
        intrinsic=False,
    ),
    _p(
        _PREP,
        rf"\b{_METHOD}\b[^.!?]{{0,50}}\b{_READY}\b|\b{_READY}\b[^.!?]{{0,30}}\b{_METHOD}\b",
        intrinsic=False,
    ),
    _p(
        _HOPE,
        rf"\b{_HOPELESS}\b",
        intrinsic=False,
        context=_DEATH_CONTEXT + r"|\b(?:gone|weg|aufhoer\w*|ende|over)\b",
    ),
)
# fmt: off
_NEGATORS: Final = frozenset({
    "not", "never", "no", "nor", "neither", "cannot", "dont", "didnt", "wont", "wouldnt", "isnt",
    "wasnt", "nicht", "nie", "niemals", "kein", "keine", "keinen", "keiner", "keinem", "keinerlei",
    "keineswegs", "weder", "nein",
})
# A negator followed by one of these no longer denies the match: "I don't know why I want to die".
_NEGATION_BARRIERS: Final = frozenset({
    "know", "why", "care", "understand", "if", "whether", "but", "because", "and", "so", "sure",
    "weiss", "warum", "ob", "aber", "weil", "und", "denn", "okay", "ok", "fine",
    # what is kept from others is not denied (round 23): "i don't tell her i've been praying
    # for a bad fall", "hab's niemandem erzaehlt, aber ..."
    "tell", "told", "telling", "admit", "admitted", "mention", "mentioned",
    # round 28: "what i didn't say is that i think about suicide most days"
    "say", "said", "saying",
    "sag", "sage", "sagen", "gesagt", "erzaehl", "erzaehle", "erzaehlt", "verrat", "verrate",
})
# Slang, missing apostrophes and dialect, spelled out before matching.
_SLANG: Final = {
    "kms": "kill myself", "dont": "don't", "cant": "can't", "wont": "won't", "ive": "i've",
    "wanna": "want to", "gonna": "going to", "wana": "want to", "thats": "that's", "its": "it's",
    "theres": "there's", "wouldnt": "wouldn't", "didnt": "didn't", "doesnt": "doesn't",
    # round 19: "it hasnt come back" is a denied return, as "it hasn't come back"
    "hasnt": "hasn't", "havent": "haven't", "hadnt": "hadn't", "arent": "aren't",
    "werent": "weren't", "couldnt": "couldn't", "shouldnt": "shouldn't",
    "isnt": "isn't", "wasnt": "wasn't", "id": "i'd", "theyd": "they'd", "whats": "what's",
    "anymroe": "anymore", "nich": "nicht", "net": "nicht", "ned": "nicht", "nimmer": "nicht mehr",
    "gspart": "gespart", "imma": "immer", "katz": "katze", "nimma": "nicht mehr",
    "hab": "habe", "wär": "wäre", "wärs": "wäre es", "waers": "waere es", "tbh": "", "unalive": "die",
    "sewerslide": "suicide", "wurscht": "egal", "suicde": "suicide", "sucide": "suicide", "suizit": "suizid",
    "myslef": "myself", "mysefl": "myself", "msyelf": "myself", "kil": "kill",
    "od'd": "overdosed", "oded": "overdosed", "ur": "your", "u": "you",
    "sh'd": "self-harmed", "sh'ed": "self-harmed", "sh-ed": "self-harmed",
    # Bavarian, Austrian and Swiss spellings the detector cannot guess from standard German
    "afach": "einfach", "eifach": "einfach", "nueme": "nicht mehr", "nüme": "nicht mehr",
    "noed": "nicht", "nöd": "nicht", "sii": "sein", "woett": "will", "wött": "will",
    "highaut": "hingehauen", "mog": "mag", "gfrei": "freue", "ois": "als", "hod": "hat",
    "wieda": "wieder", "mi": "mich", "laebe": "leben", "läbe": "leben", "gestan": "gestern",
    "woas": "weiss", "moch": "mach", "koana": "keiner", "hods": "hat es",
    # round 52: Swiss "ha gnueg gläbt", "dass i morn nümm verwach"
    "verwach": "aufwache", "verwache": "aufwache", "gläbt": "gelebt", "glaebt": "gelebt",
    "gnueg": "genug", "gnüeg": "genug", "morn": "morgen",
}
_EN_ONLY_SLANG: Final = {"im": "i'm", "ill": "i'll", "si": "suicidal ideation", "sui": "suicide",
                         "od": "overdose",  # "tried to od friday" (round 13)
                         "si's": "suicidal ideation is",  # "si's back hard" (round 42)
                         # "told me shes cutting again" (round 16)
                         "shes": "she's", "hes": "he's", "theyre": "they're",
                         # Scots (round 35): "been thinkin aboot endin masel"
                         "masel": "myself", "aboot": "about", "thinkin": "thinking", "endin": "ending",
                         "gonnae": "going to", "tae": "to", "wantae": "want to", "cannae": "can't",
                         # round 43: "a'd be better deid an ah ken it", "jist no wake up"
                         "deid": "dead", "onymair": "anymore", "anymair": "anymore", "jist": "just",
                         "a'd": "i'd", "ah'd": "i'd", "ahm": "i'm", "dinnae": "don't",
                         "didnae": "didn't", "widnae": "wouldn't", "wouldnae": "wouldn't"}
# German only, Berlinerisch: "ick hab keen bock uff allet" ("ne", "nen" stay: the classifier
# learnt them as they are written)
_DE_ONLY_SLANG: Final = {"ick": "ich", "keen": "kein", "uff": "auf", "allet": "alles", "ooch": "auch",
                         # Swabian and Bavarian: "i will bloß no sterba", "i ka nemme"
                         "i": "ich", "no": "noch", "nemme": "nicht mehr", "koin": "kein", "bloss": "nur",
                         # Berlinerisch again, Swiss: "ick gloob, ick sterbe, wenn ick noch eenmal ...",
                         # "chum nöd zrugg"
                         "gloob": "glaube", "eenmal": "einmal", "eener": "einer", "wat": "was", "det": "das",
                         # round 44: "mir jeht's jut, echt"; Swiss "nur no schlofe und nimme ufwache"
                         "schlofe": "schlafen", "nimme": "nicht mehr",
                         "jut": "gut", "jeht": "geht", "jeht's": "geht's", "janz": "ganz", "jestern": "gestern",
                         # Swiss (round 16): "nei, ich ha kei gedanke as sterbe"
                         "kei": "kein", "nei": "nein",
                         # Austrian (round 38): "hob tramt, dass i mi ..."
                         "tramt": "geträumt", "traamt": "geträumt", "tramd": "geträumt",
                         # Swiss (round 35): "am mäntig han i's probiert, mit de tablette"
                         "han": "habe", "i's": "ich es",
                         "chum": "komme", "zrugg": "zurück", "gang": "gehe", "ufe": "auf den",
                         # round 19: the verb's -e dropped, as said ("ich schneid mich")
                         "schneid": "schneide", "ritz": "ritze", "verletz": "verletze",
                         # Swiss (round 33): "es bringt alles nüt meh. i wott nümm da si."
                         "wott": "will", "nümm": "nicht mehr", "nüm": "nicht mehr",
                         "nümme": "nicht mehr", "nüt": "nichts", "meh": "mehr",
                         # Austrian (round 33): "mir geht's wirklich guat", "vü Arbeit"
                         "vü": "viel", "zwa": "zwei",
                         # Swiss (round 33): "ich bruuch sie nüme", "hani's probiert", "het mi gfunde"
                         "bruuch": "brauche", "gäh": "gegeben", "gseit": "gesagt", "het": "hat",
                         "gfunde": "gefunden", "hani": "habe ich", "hani's": "habe ich es",
                         # Swiss (round 36): "es gaht mir sit jahre würklich guet", "die ziit
                         # isch verbi", "früecher han i jede obe bättet"
                         "gaht": "geht", "guet": "gut", "verbi": "vorbei", "früecher": "früher",
                         "becho": "bekommen", "gsi": "gewesen", "bättet": "gebetet",
                         "gsammlet": "gesammelt", "gschribe": "geschrieben", "würklich": "wirklich",
                         # Swiss (round 37): "mängisch wünschi mer, ich chönnt eifach iischlafe
                         # und nümme verwache", "alli tablette für d wuche gstellt und zellt"
                         "mängisch": "manchmal", "wünschi": "wünsche ich", "chönnt": "könnte",
                         "eifach": "einfach", "iischlafe": "einschlafen", "verwache": "aufwachen",
                         "alli": "alle", "wuche": "woche", "gstellt": "gestellt", "zellt": "gezählt",
                         # Swiss (round 39): "die ziit isch würkli verbii", "mini fründin isch im
                         # spital glandet", "hüt"
                         "verbii": "vorbei", "ziit": "zeit", "isch": "ist", "würkli": "wirklich",
                         "mini": "meine", "fründin": "freundin", "fründ": "freund", "hüt": "heute",
                         # Austrian (round 39): "seit jahren ka bedürfnis mehr", "kaner"
                         "ka": "kein", "kane": "keine", "kaner": "keiner",
                         # Swiss (round 39): "am jahrestag vo sim tod gang ich a di glich stell wie
                         # er, das isch entschiede", "di neue tablette mached mi so müed"
                         "vo": "von", "sim": "seinem", "glich": "gleiche", "entschiede": "entschieden",
                         "mached": "machen", "müed": "müde", "penne": "pennen",
                         "hät": "hat", "wett": "will", "nume": "nur", "chönn": "könne", "medis": "medikamente", "tröimt": "geträumt", "träumt": "geträumt",
                         # Swiss (round 40): "mis gspänli uf de abteilig het sich geschter d arme
                         # ufgschnitte"
                         "mis": "mein", "gspänli": "kumpel", "geschter": "gestern",
                         "ufgschnitte": "aufgeschnitten", "abteilig": "abteilung",
                         "johr": "jahren", "füfzäh": "fünfzehn",
                         # Swiss (round 40): "d psychologin hät gfrögt, öb i a suizid dänk. nei,
                         # würkli nöd."
                         "gfrögt": "gefragt", "gfragt": "gefragt", "öb": "ob", "dänk": "denke",
                         "nöd": "nicht", "chind": "kinder", "gseh": "sehen", "wärde": "werden",
                         # ... "am zischtig znacht hinder em stadion uf d gleis gstande. en typ het
                         # mi zruggzoge. ich ha's niemertem verzellt"
                         "gstande": "gestanden", "zruggzoge": "zurückgezogen", "zischtig": "dienstag",
                         "znacht": "nachts", "hinder": "hinter", "uf": "auf", "verzellt": "erzählt",
                         "niemertem": "niemandem", "niemert": "niemand",
                         # ... "i dänk dra, mi dermit z erschiesse", "schlah mini fäust jede abig a
                         # d betonwand"
                         "dra": "daran", "dermit": "damit", "erschiesse": "erschiessen",
                         "lat": "lässt", "schlah": "schlage", "fäust": "fäuste",
                         "dä": "den"}
# Key words whose one-letter typos are corrected (only words no lexicon knows are touched).
# A typo is corrected only to a key word of the text's language (round 12: German "bringe"
# was read as "bridge").
_KEY_WORDS_BY_LANGUAGE: Final[dict[str, frozenset[str]]] = {
    "en": frozenset({
        "myself", "suicide", "suicidal", "anymore", "alive", "living", "overdose", "goodbye",
        "killing", "pills", "tablets", "without", "better", "everyone", "nobody", "future", "burden",
        "razor", "blade", "wrists", "dying", "cutting", "bridge", "again",
    }),
    "de": frozenset({
        "umbringen", "sterben", "aufwachen", "tabletten", "abschiedsbrief", "abschiedsbriefe",
        "ritzen", "geritzt", "selbstmord", "suizid", "lebensmuede", "wieder", "angefangen",
        "geschnitten", "rasierklinge", "ausweg", "zukunft", "versucht", "nicht", "leben", "besser",
        "niemand", "wuerde", "moechte",
    }),
}
_KEY_WORDS: Final = _KEY_WORDS_BY_LANGUAGE["en"] | _KEY_WORDS_BY_LANGUAGE["de"]
_DREAM_FRAME: Final = re.compile(
    r"\b(?:dreamt|dreamed|dreaming)\b|\b(?:in|during)\s+(?:the|my|this|that|last\s+night's|a|"
    r"today's)\s+dream\b|\bhad\s+(?:a|that|the|this)\s+(?:\w+\s+){0,2}dream\b|\bnightmare\b"
    r"|\bim\s+traum\b|\bgetraeumt\b|\btraeumte\b|\b(?:der|ein|mein|den|dem)\s+(?:\w+\s+)?traum\b"
    r"|\b\w+-?traum\b|\btraum(?:tagebuch|notiz|protokoll)\w*|\bdream\s*(?:diary|journal|log)\b"
    r"|\b(?:meinen|deinen|meinem|deinem)\s+(?:\w+\s+)?traum\b"  # "ich muss dir meinen traum erzaehlen"
    # round 37: "komischer traum heut nacht", "wieder dieser traum mit dem zug" (a dream
    # journal's "weird one last night." was tried too and raised a held-out false alarm)
    r"|\bdies(?:er|en|em)\s+(?:\w+\s+)?traum\b"
    r"|\b(?:komisch|seltsam|merkwuerdig|krass|wild|schlimm|verrueckt|irr|heftig|wirr|schraeg|bloed)\w*\s+traum\b"
    # round 19: a dream named by its kind or told as a place ("strange dream where i swallowed
    # ...", "lucid dream tonight!", "traum, in dem ich ...")
    r"|\b(?:strange|weird|odd|lucid|vivid|crazy|scary|bad|awful|horrible|recurring|funny|stupid)\s+dream\b"
    # round 33: "mad dream."
    r"|\b(?:mad|wild|bizarre|surreal|trippy|mental|intense)\s+dream\b"
    # round 34: "Wieder dieser Traum mit dem Zug.", "that dream about the train again", "Krasser
    # Traum heute Nacht."
    r"|\bkrass\w*\s+traum\b"
    r"|\b(?:dieser|diesen|diesem)\s+(?:\w+\s+)?traum\b|\b(?:this|that|the)\s+(?:same\s+)?dream\s+(?:about|with|of|again)\b"
    r"|\bdream\s+(?:where|in\s+which)\b|\btraum,?\s+(?:in\s+dem|wo)\b"
    # a rescripted nightmare in imagery rehearsal (round 12): "new version i wrote with sandra: ..."
    r"|\bnew\s+(?:version|ending)\s+(?:i\s+wrote|we\s+wrote|of\s+the\s+(?:dream|nightmare))\b|\brescript\w*|\bumschreib\w*|\bumgeschrieben\w*"
    r"|\bneue[sn]?\s+(?:version|fassung|ende)\s+(?:vom|des)\s+(?:alb)?traum\w*"
    # round 13: the rescript read again, a recurring dream, a lucid dream and its practice
    r"|\b(?:the|die|das)\s+neue\s+(?:version|fassung)\b|\bthe\s+new\s+(?:version|ending)\b|\brecurring\s+(?:one|dream)\b"
    r"|\blucid\w*|\bklartraum\w*|\bluzid\w*|\breality\s+checks?\b|\brealitaetscheck\w*"
    # round 28: an entry's label, "Traum: ich war in einem fahrstuhl ...", "Dream: lobsters"
    r"|^\s*(?:(?:letzte|heute)\s+nacht\s+|last\s+night\s+|(?:der|mein|the|my)\s+)?(?:alb|alp)?(?:traum|dream|nightmare)\s*:"
    # round 39: "Langer Traum: ...", "Short dream: ..." (not "kein traum:", "no dream:")
    r"|^\s*(?!(?:kein|no|not)\b)[a-z]+\s+(?:alb|alp)?(?:traum|dream|nightmare)\s*:"
    r"|^\s*(?:alb|alp)?traum\s+(?:in|mit|von|ueber|gehabt|heute|letzte)\b"  # "Traum in zwei Akten."
)
# (round 37: "found a rope hanging in the attic, and in the dream i just knew ...")
_AFTER_DREAM: Final = re.compile(
    r"^(?:[^,.;!?]{0,25}\b|\s*,\s*(?:and|und)\s+)(?:in\s+(?:the|my)\s+dream|im\s+traum)\b"
)
# a skull is "I'm dead (of laughing)" (round 16: 14 of 17 development lines with one are jokes,
# two of the other three take the joke back, "not a joke this time")
# said not to be meant as said (round 37): "ready to jump off the roof, figuratively speaking",
# "wär ich am liebsten vom dach gesprungen, im übertragenen sinn"
_FIGURATIVE: Final = (
    r"(?<!\bnot\s)(?<!\bnicht\s)(?:\b(?:figuratively|metaphorically)(?:\s+speaking)?\b|\bnot\s+literally\b"
    r"|\bim\s+uebertragenen\s+sinne?\b|\bbildlich\s+gesprochen\b|\bnicht\s+woertlich(?:\s+gemeint)?\b)"
)
_JOKE: Final = re.compile(
    r"\b(?:lol+|lmao+|rofl|haha\w*|hehe\w*|jk|xd+)\b|\U0001f602|\U0001f923|\U0001f644|\U0001f605|\U0001f480"
    r"|\U0001f648"  # see-no-evil: "erschieß ich mich, ehrlich 🙈" (round 28)
    r"|,\s*ha\W*$"  # "... and never get up again, ha" (round 26)
    # exasperation (round 27): "wenn mich noch eine person fragt ..., spring ich aus dem fenster"
    r"|\bwenn\s+(?:mich|mir)\s+noch\s+(?:ein(?:e|er|mal)?|jemand)\b"
    # (round 48: "if one more dad tells me his son is 'just bored' i will actually die")
    # (round 52: "i will literally die if anyone pings me before coffee")
    r"|\bif\s+(?:one\s+more\s+(?:\w+\s+)?\w+|anyone(?:\s+else)?|anybody|someone|somebody)\s+(?:\w+\s+)?(?:asks|says|tells|pings|calls|texts|emails|messages|schedules|books)\b"
    r"|" + _FIGURATIVE
)
_JOKE_TAKEN_BACK: Final = re.compile(r"\b(?:nicht|not)\s+(?:lol|lmao|haha\w*|xd|witzig|joking|kidding)\b")
_NO_JOKE: Final = re.compile(  # "lol not lol", "kein witz": the joke taken back
    _JOKE_TAKEN_BACK.pattern + r"|\bno\s+joke\b|\bkein\s+(?:witz|scherz|spass)\b|\bim\s+ernst\b|\bseriously\b|\bernsthaft\b"
    # round 48: "if one more person tells me to cheer up i will kill myself, i mean it"
    r"|\bi\s+(?:really\s+)?mean\s+it\b|\bi'm\s+(?:being\s+)?serious\b|\bich\s+mein\w*\s+(?:es|das)\s+(?:\w+\s+)?ernst\b"
)
_JOKE_MATCH: Final = re.compile(
    r"shoot\s+myself|kill\s+myself|erschiess\w*|bring\w*\s+ich\s+mich|rather\s+die|lieber\s+sterben"
    r"|spring\w*\s+(?:ich|gleich|noch)|jump(?:ing)?\s+off|throw\s+myself|aus\s+(?:dem|'m)\s+fenster|literally\s+die|i'm\s+dead|bin\s+tot"
    r"|wanted\s+to\s+die|want\s+to\s+die|will\s+sterben|(?:dach|balkon|turm)\s+(?:\w+\s+)?(?:ge)?spr\w+"
    # round 34: "if i have to eat one more cheese sandwich i will actually die lol"
    r"|(?:will|'ll|gonna)\s+(?:actually\s+|literally\s+|legit\s+|just\s+)?die"
    # ... "i swear i'll hang myself lol", "dann häng ich mich auf xD"
    r"|hang\s+myself|haeng\w*\s+(?:ich\s+)?mich\s+auf"
    # round 40: "if the kitchen serves that fish pie one more time i'll top myself lol"
    r"|top\s+myself|off\s+myself"
    # round 48: "if i see one more drunk at kicking-out time i'll lie down in the road myself lol"
    r"|lie\s+down\s+in\s+(?:the\s+)?(?:road|traffic|motorway)"
    # round 13: "ich bring mich um wenn ... xD", "spring ausm fenster lol", "kauf ich mir n strick lol",
    # "walk into the sea lmaooo", "can't go on like this w/o coffee hahah"
    r"|bring\w*\s+mich\s+um|ausm\s+fenster|strick|walk\w*\s+into\s+the\s+(?:sea|ocean)|can't\s+go\s+on"
    # round 26: "ready to lie down in the reptile house and never get up again, ha"
    r"|never\s+(?:get|stand|wake)\s+up"
    # round 28: "i don't want to wake up until she's eighteen lol"
    r"|(?:don't|do\s+not)\s+want\s+to\s+wake\s+up"
)
_FIRST_PERSON: Final = frozenset(
    {"i", "i'm", "i've", "i'd", "i'll", "me", "my", "myself", "ich", "mir", "mich", "mein", "meine",
     "meiner", "meinem", "meinen"}
)  # fmt: skip
_THIRD_PERSON: Final = frozenset(
    {"he", "she", "they", "he's", "she's", "they're", "he'd", "she'd", "his", "their", "er",
     "sie", "ihr", "sein", "seine", "ihre", "ihm", "ihn", "jemand", "patient", "patientin",
     # round 29: "in seinem nachttisch einen abschiedsbrief", "ein kunde hat gefragt, wie viele"
     "seinem", "seinen", "seiner", "ihrem", "ihren", "ihrer", "kunde", "kundin", "customer",
     "klient", "klientin", "client", "character", "täter", "taeter", "uncle", "aunt", "friend",
     # round 29: "one of my year 9s wrote a goodbye letter", "one of my clients"
     "pupils", "clients", "7s", "8s", "9s", "10s", "11s", "12s", "13s",
     "brother", "sister", "mum", "mom", "dad", "father", "mother", "grandpa", "grandma", "cousin",
     "son", "daughter", "wife", "husband", "boyfriend", "girlfriend", "colleague", "neighbour",
     "neighbor", "onkel", "tante", "freund", "freundin", "bruder", "schwester", "mutter", "vater",
     "opa", "oma", "cousine", "sohn", "tochter", "kollege", "kollegin", "nachbar", "nachbarin",
     "schueler", "schuelerin", "mann", "frau", "guy", "girl", "boy", "people", "film",
     "movie", "song", "lied", "book", "buch", "krimi", "moerder", "killer", "hero", "held", "heldin",
     "figur", "hauptfigur", "einem", "einer", "student", "students", "pupil", "azubi", "gast",
     "ex", "flatmate", "roommate", "mitbewohner", "mitbewohnerin", "teenager", "kid", "child",
     "gf", "bf", "auntie", "granny", "nan", "bestie", "mate", "classmate", "teammate", "kumpel",
     "bekannte", "bekannter", "klassenkamerad", "klassenkameradin",
     # round 28: "a young lad in bay 3 who took an overdose"
     "lad", "lass", "bloke", "fella", "chap", "kerl", "typ", "resident", "residents", "patients",
     "kamerad", "kameraden", "kameradin", "comrade",
     # round 36: "one of our young men has been cutting again", "the fisherman in gran's story"
     "men", "women", "woman", "gran"}
) | OTHER_PEOPLE  # fmt: skip
# "my" names whose, not who: "a girl in my class self harms" is the girl
_POSSESSIVE_FIRST: Final = frozenset({"my", "mein", "meine", "meiner", "meinem", "meinen"})
_FIRST_SUBJECT: Final = frozenset(
    {"i", "i'm", "i've", "i'd", "i'll", "me", "myself", "ich", "mir", "mich"}
)
# fmt: on
# The trifle a joke's hyperbole hangs on: "if i have to ...", "wenn ich die excel nochmal ..."
_IF_THIS_AGAIN: Final = re.compile(
    r"\b(?:if|wenn|when|falls|sobald|one\s+more|noch\s+(?:ein)?mal|nochmal)\b"
)
_TIME_LIMIT_REACH: Final = 30  # characters after a passive wish where "bis morgen" makes it a rest
_NEGATION_WINDOW: Final = 5  # words before the match, inside its clause

_THOUGHT_WINDOW: Final = 8  # ... or this many, when a word of thinking stands between
# After a negator, a thought that will not go (round 15): "nicht los", "can't shake", "kann nicht
# aufhoeren", "geht nicht aus dem kopf".
_PERSISTS: Final = frozenset({"los", "loswerden", "aus", "raus", "stop", "aufhoeren", "shake"})
_NOT_A_DENIAL: Final = frozenset(
    {"stop", "stopped", "help", "helping", "but", "aber", "aufhoeren", "anders", "except", "ausser"}
)
# German verbs that open a clause with its subject left out ("hab mich wieder geschnitten").
_FINITE_NO_SUBJECT: Final = frozenset(
    {"hab", "habe", "hatte", "bin", "war", "werd", "werde",
     # an English clause typed without "i" (round 12): "didn't drink, burned my hand on purpose"
     "burned", "burnt", "cut", "scratched", "punched", "swallowed", "took", "tried", "started",
     # round 46: "couldn't sleep, kept going through ways to die"
     "kept", "lay", "spent"}
)  # fmt: skip
_CLAUSE_START: Final = re.compile(r"[,;:]|\b(?:but|aber|sondern)\b")
# A finite verb after the phrase, in its clause, makes the clause one of its own and not an
# infinitive clause of the one before: "ist es nicht, der wunsch tot zu sein ist zurück" (round 21).
_OWN_VERB_AFTER: Final = re.compile(
    r"[^,;:.!?]{0,12}?\b(?:ist|sind|war|waren|wird|kommt|kam|bleibt|is|was|comes|came|keeps)\b"
    r"\s+(?:\w+\s+)?(?:zurueck|wieder|da|back|again|still|noch|immer)\b"
)
_SENTENCES: Final = re.compile(r"[^.!?\n;]+")
_WORDS: Final = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_FOLD: Final = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _is_negator(word: str) -> bool:
    """Whether a word negates (not, never, don't, nicht, kein...)."""
    return word in _NEGATORS or word.endswith("n't")


def _known(word: str) -> bool:
    """Whether any lexicon knows the word (so it is no typo), a German verb with a separable
    prefix included: "aufmachen" is "auf" + "machen", not a typo of "aufwachen" (round 13)."""
    if any(word in load_lexicon(lang).known for lang in ("en", "de")):
        return True
    german = load_lexicon("de").known
    prefix = _SEPARABLE.match(word)
    return prefix is not None and len(word) - prefix.end() >= 4 and word[prefix.end() :] in german


_SEPARABLE: Final = re.compile(
    r"(?:auf|an|ab|aus|ein|mit|zu|vor|nach|weg|zurueck|durch|um|hin|her|los|fest|dazu|heraus|raus|rein)"
)


def _keys_by_start(keys: frozenset[str]) -> dict[tuple[str, int], tuple[str, ...]]:
    """Key words by (first letter, length): a typo keeps its first letter and its length +-1."""
    out: dict[tuple[str, int], list[str]] = {}
    for key in sorted(keys):
        out.setdefault((key[0], len(key)), []).append(key)
    return {k: tuple(v) for k, v in out.items()}


def _dialect(word: str) -> str | None:
    """The standard German word an unknown Bavarian or Austrian spelling stands for: a dropped
    "e" in "ge-" and "-en" ("gschnittn" -> "geschnitten", "tablettn", "morgn"), "-a" for "-en"
    ("aufwacha"), "ia" for "ie" ("tiafer"); None when no such form is a known German word."""
    prefix = word[0] == "g" and word[1] not in "aeiouy"
    ending = word[-1] == "a" or (word[-1] == "n" and word[-2] != "e")
    berlin = word.startswith("je") and len(word) > 5  # "jefragt", "jesagt" (round 33)
    if not (prefix or ending or berlin or "ia" in word):
        return None  # most unknown words: nothing to try (speed)
    forms = {word, "ge" + word[1:]} if prefix else {word}
    if berlin:
        forms.add("ge" + word[2:])
    for form in list(forms):
        if (form.endswith("n") and not form.endswith("en")) or form.endswith("a"):
            forms.add(form[:-1] + "en")
        if prefix and form.startswith("ge") and form.endswith("e"):
            forms.add(form + "n")  # Swiss "-e" for "-en" of a participle: "gschnitte" (round 39)
        if "ia" in form:
            forms.add(form.replace("ia", "ie"))
    targets = _german_targets()
    found = sorted(f for f in forms - {word} if f in targets)
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=1)
def _german_targets() -> frozenset[str]:  # noqa: N802 (a lazily built constant)
    """German words a dialect spelling may stand for: the analysis lexicon's, the key words and
    every word of the concept stage's German vocabulary."""
    return load_lexicon("de").known | _KEY_WORDS | german_concept_words() | _DIALECT_TARGETS


_DIALECT_TARGETS: Final = frozenset(
    {"aufwachen", "morgen", "tiefer", "geschrieben", "gespart", "gekauft", "gemacht", "genommen",
     "geholt", "gesammelt", "aufhaengen", "schlafen", "einschlafen", "leben", "sterben", "gehen"}
)  # fmt: skip


def _fix_typo(word: str, language: str) -> str:
    """A key word for a longer unknown word one edit away from it ("aufwaechen" -> "aufwachen"),
    or the standard German word of a dialect spelling (`_dialect`)."""
    if len(word) < 4 or word in _KEY_WORDS or _known(word) or word in WORDS_AS_TYPED:
        return word  # ("die mochte sie": "mochte" is past, no "moechte" typed badly, round 29)
    standard = _dialect(word)
    if standard is not None:
        return standard
    if len(word) < 5:  # four letters: a dialect spelling only ("lebn")
        return word
    candidates = [
        key
        for size in (len(word) - 1, len(word), len(word) + 1)
        for key in _KEYS_BY_START[language].get((word[0], size), ())
        if one_edit(word, key)
    ]
    if len(word) < 6:  # five letters: a swapped pair only
        candidates = [k for k in candidates if sorted(k) == sorted(word)]
    return candidates[0] if len(candidates) == 1 else word


_KEYS_BY_START: Final = {
    language: _keys_by_start(keys) for language, keys in _KEY_WORDS_BY_LANGUAGE.items()
}


# Everyday words a crisis statement is made of, for `_umlauts_dropped` (folded spelling)
_EVERYDAY_UMLAUT_WORDS: Final = frozenset(
    {"zurueck", "weiss", "gewuenscht", "wuensche", "wuenscht", "muede", "fuer", "ueber", "koennte",
     "moechte", "moechten", "aufhoeren", "aufhoert", "hoert", "geloescht", "loeschen", "schluss",
     "spaeter", "naechste", "naechsten", "naechstes", "taeglich", "gefuehl", "gefuehle", "traeume",
     "getraeumt", "traeumte", "koennen", "muessen", "muesste", "duerfte", "wuerd", "waer", "haett",
     "natuerlich", "ueberhaupt", "frueh", "frueher", "schoen", "gross", "muss", "fuers", "uebers",
     "gruende", "aengste", "schaetze", "laesst", "faellt", "fuehle",
     "fuehlt", "gefuehlt", "erzaehlt", "erzaehlen", "enttaeuscht", "gluecklich",
     "ungluecklich", "brueckengelaender", "gelaender", "bruecke", "draussen", "aussen",
     "heiss", "heisse", "heissen", "stoeren", "zerstoert", "toeten", "getoetet", "toedlich"}
)  # fmt: skip


_NO_UMLAUT: Final = re.compile(r"[ae]ue")


@lru_cache(maxsize=1)
def _umlauts_dropped() -> dict[str, str]:
    """German words of the check's vocabulary typed without their umlauts or ß ("fur immer",
    "so mude", "zuruck", "ich weis"), by that spelling: every German word with ae/oe/ue/ss that
    a pattern, a concept or the lexicon names, except where the dropped form is a word itself
    ("wurde", "schon", "war" stay as written: they mean something else)."""
    words = set(_german_targets()) | _EVERYDAY_UMLAUT_WORDS
    for pattern in (*_PATTERNS, *_FIELDS):
        words.update(re.findall(r"[a-z]{3,}", re.sub(r"\\[a-zA-Z]", " ", pattern.regex.pattern)))
    out: dict[str, str] = {}
    for word in words:
        if not ("ae" in word or "oe" in word or "ue" in word or word.endswith("ss")):
            continue
        if _NO_UMLAUT.search(word):
            continue  # "neuen", "schauen": a diphthong before the e, no umlaut (round 13: "neun")
        typed = word.replace("ae", "a").replace("oe", "o").replace("ue", "u")
        typed = typed[:-2] + "s" if typed.endswith("ss") else typed
        if typed != word and not _known(typed) and typed not in _KEY_WORDS | WORDS_AS_TYPED:
            out.setdefault(typed, word)
    return out


# The slang tables spelled as `prepare` sees words (umlauts spelled out), built once (speed).
_FOLDED_SLANG: Final = {
    k.translate(_FOLD): v.translate(_FOLD) for k, v in {**_SLANG, **_DE_ONLY_SLANG}.items()
}
_FOLDED_SLANG_EN: Final = {
    k.translate(_FOLD): v.translate(_FOLD) for k, v in {**_SLANG, **_EN_ONLY_SLANG}.items()
}


_SCOTS_I: Final = re.compile(
    r"\ba\s+(?=(?:could|cannae|canny|wid|wuid|widnae|want|wantae|wish|hate|ken|jist|just|dinnae|didnae|wouldnae)\b)"
)
_SCOTS_NOT: Final = re.compile(
    r"\b(jist|just|could|would|wid)\s+no\s+(?=(?:wake|waken|be|go|come|get)\b)"
)
_SCOTS_TOMORROW: Final = re.compile(r"\bthe\s+morra\b")
_NOT_GONNA_LIE: Final = re.compile(
    r"\b(?:not\s+(?:going\s+to|gonna|gunna)\s+lie|i\s+(?:won't|wont)\s+lie|ngl)\b"
)
# Someone spoken to, set off by a comma ("not gonna lie mate, thinking about ..."): no subject
_VOCATIVE: Final = re.compile(
    r"(?<!\bmy\s)(?<!\bour\s)(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\ba\s)"
    r"\b(?:mate|pal|bro|bruv|dude|man|love|babe|hun|lads|guys|folks|digga|alter|leute)\s*,"
)


_DATE_STAMP: Final = re.compile(
    r"^[ \t]*(?:\d{1,4}[./-]\d{1,2}[./-](?:\d{1,4})?|\d{1,2}/\d{1,2}\b|\d{1,2}:\d{2}(?:\s*(?:uhr|am|pm))?)(?:[ \t]*[:,-])?[ \t]*(?=\S)",
    re.MULTILINE,
)


def prepare(text: str, language: Language) -> str:
    """Lower case, umlauts spelled out, slang and key-word typos corrected."""
    # a person's initial is no sentence's end (round 42: "bei J. einen Abschiedsbrief im Schrank
    # gefunden"): "bei J einen"
    folded = _INITIAL_DOT.sub(r"\1 \2", normalize(text)).lower().translate(_FOLD)
    folded = _DATE_STAMP.sub(
        "", folded
    )  # "12.03.", "2026-11-30", "23:40" opening an entry or a line
    folded = re.sub(r"\bmy\s+self\b", "myself", folded)
    # "not gonna lie, thinking about ending things" is "honestly", no denial (round 43)
    folded = _NOT_GONNA_LIE.sub("honestly", folded)
    if language == "en":  # Scots: "wish a could jist no wake up the morra" (round 43)
        # "still ill", "so ill", "chronically ill": the word ill, not "i'll" typed without its
        # apostrophe (round 44)
        folded = _ILL_MEANT.sub(r"\1 unwell", folded)
        folded = _SCOTS_I.sub("i ", folded)
        folded = _SCOTS_NOT.sub(r"\1 not ", folded)
        folded = _SCOTS_TOMORROW.sub("tomorrow", folded)
    # a German ordinal is no sentence's end (round 38: "mein altes tagebuch aus der 6. klasse
    # gefunden. da steht drin, ..."): "der 6 klasse"
    folded = _ORDINAL_DOT.sub(r"\1", folded)
    # nor a dot between digits (round 49: "2015 hatte ich 40.000 schulden ...", "um 8.30"): a comma
    folded = _DIGIT_DOT.sub(",", folded)
    folded = re.sub(r"\bselbst\s+mord", "selbstmord", folded)  # "selbst Mordgedanken" (round 33)
    folded = re.sub(r"\bsewer\s+slide\b", "suicide", folded)  # "thinking about sewer slide again"
    # "unalive myself" is to kill oneself; "unalive" alone is to die (round 35: "wish i could
    # just unalive quietly in my sleep")
    folded = re.sub(r"\bunalive(?=\s+(?:my\s*self|myself|me)\b)", "kill", folded)
    folded = re.sub(r"\bunalive(?=[\s-]*gedanken)", "suizid", folded)  # "unalive gedanken"
    if language != "en":  # round 38: "dass ich mich im schlaf einfach unalive" (to die)
        folded = re.sub(r"\bmich\s+((?:\w+\s+){0,3})unalive\b", r"\1sterbe", folded)
    slang = _FOLDED_SLANG_EN if language == "en" else _FOLDED_SLANG
    fixed: dict[str, str] = {}  # this call's words (a word recurs; nothing outlives the call)

    dropped = _umlauts_dropped() if language != "en" else {}

    def replace(match: re.Match[str]) -> str:
        word = match.group()
        if word in slang:
            return slang[word]
        if word not in fixed:
            fixed[word] = dropped.get(word) or _fix_typo(word, language)
        return fixed[word]

    return _THEIR_KMS.sub(r"\1 kill themselves", _WORDS.sub(replace, folded))


_ILL_MEANT: Final = re.compile(
    r"\b(still|so|very|really|was|am|i'm|im|feel|feeling|felt|been|chronically|seriously|mentally|terminally"
    r"|too|be|get|got|fall|fell|quite|were|are|is|being|gets|falling|critically|properly|physically)\s+ill\b"
)


# A denial taken back after it: "..., but that's not true", "aber das stimmt nicht", "lie."
_DENIAL_TAKEN_BACK: Final = re.compile(
    r"\b(?:but|aber|doch)\s+(?:that's|that\s+is|that\s+was|it's|it\s+was|das\s+(?:stimmt|ist|war)|es\s+(?:stimmt|ist|war))\s+"
    r"(?:not\s+true|a\s+lie|(?:gar\s+)?nicht\s+wahr|(?:gar\s+)?nicht(?=\s*[,.;!?]|\s*$)|gelogen|eine\s+luege)\b"
)
_INITIAL_DOT: Final = re.compile(
    r"\b((?i:bei|mit|von|vom|an|fuer|für|zu|frau|herr|dr|prof|and|und|with|to|from|for|at|mr|mrs|ms"
    r"|miss|dear|liebe|lieber|patient|patientin|klient|klientin|client|die|der|den|dem|found|saw|told))"
    r"\s+([A-HJ-Z])\.(?=\s+[a-zäöüß])"
)
_DIGIT_DOT: Final = re.compile(r"(?<=\d)\.(?=\d)")
_ORDINAL_DOT: Final = re.compile(
    r"\b(\d{1,2})\.(?=\s+(?:klasse|jahr\w*|stock|stufe|semester|schuljahr|lehrjahr|woche|mal|platz|advent"
    r"|jan\w*|feb\w*|maerz|april|mai|juni|juli|aug\w*|sep\w*|okt\w*|nov\w*|dez\w*)\b)"
)


# "kms" is spelled out as "kill myself"; said of someone else it is theirs (round 16: "someone in
# the group chat said they're gonna kms")
_THEIR_KMS: Final = re.compile(
    r"\b((?:they're|they|he's|he|she's|she)\s+(?:\w+\s+)?(?:going\s+to|will|wants?\s+to|want\s+to))\s+kill\s+myself\b"
)


# A mood diary's answer after the word: "Suizidgedanken keine", "SI: none", "self-harm: no";
# the answer ends its clause ("... no matter what", "... no joke" answer nothing)
_ANSWERED_NONE: Final = re.compile(
    # round 38: the item's own words between ("suicidal thoughts none, self-harm urges 0",
    # "gedanken, dass ich lieber tot waere: nein"), those the concept stage reads too
    r"(?:\s+(?:" + "|".join(sorted(DIARY_ITEM_WORDS)) + r")){0,3}"
    r"\s*[:=-]?\s*['\"„“”‚‘’]?(?:keine?|nein|none|no|nope|nil|0|never|nie|niemals"
    # round 49: a clinical note's "suizidalität: verneint", "suicidal ideation: denied"
    r"|verneint|negiert|negativ|negative|denied)['\"„“”‚‘’]?(?=\s*(?:[,.;!?)]|$))"
    # round 29: "lebensmuede? ich? nee, herr doktor"
    r"|\s*\?\s*(?:(?:ich|me|i)\s*\?\s*)?(?:nee|nein|nope|nah|no)\b"
    # round 31: "selbstverletzung ist bei mir kein thema, war es nie", "self-harm has never been
    # an issue for me"
    r"|\s+(?:ist|sind|war|waren)\s+(?:bei\s+mir\s+|fuer\s+mich\s+)?(?:kein|nie\s+ein)\s+thema\b"
    r"|\s+(?:(?:is|are|was)\s+(?:not|never)|isn't|wasn't|(?:has|have)\s+never\s+been)\s+an?\s+(?:issue|thing)\s+for\s+me\b"
)


# A negation that is the wish itself, inside a match: "lieber ... einfach nicht mehr da sein",
# "to not wake up" (the match is the wish, not its denial).
_WISHED_ABSENCE: Final = re.compile(
    r"\b(?:nicht|nie)\s+mehr\s+(?:da|hier|aufwach\w*|wach\w*|leben|existier\w*)\b"
    r"|\bnot\s+(?:to\s+)?(?:be\s+(?:here|around|alive)|wake\s+up|exist)\b"
)


_AFFIRMED_INSTEAD: Final = re.compile(r"\bsondern\b|\bbut\s+(?:instead|rather)\b")


def _denied_once(sentence: str, match: re.Match[str]) -> bool:
    """For a phrase whose negation is the crisis ("wish i wouldn't wake up"): "not once",
    "haven't once" before it in its clause, or "not because" right before it (round 28)."""
    before = sentence[: match.start()]
    clause = _BUT.split(before)[-1]
    # "ich hab nicht vor, mich umzubringen, das war ein liedzitat" (round 29)
    # (not "hab nicht vor, alt zu werden": there not planning is the crisis)
    planned = _NOT_PLANNING.search(clause + match.group()) and _AN_ACT.search(match.group())
    # "ich hab keine gedanken, nicht mehr da sein zu wollen": no thoughts of it (round 44)
    no_thoughts = _NO_THOUGHTS_OF.search(before)
    return bool(NOT_ONCE.search(clause) or NOT_BECAUSE.search(before) or planned or no_thoughts)


_NO_THOUGHTS_OF: Final = re.compile(
    r"\b(?:hab\w*|habe|hatte)\s+(?:ich\s+)?(?:\w+\s+)?(?:keine|null)\s+gedanken(?:\s+(?:mehr|daran|dran))?\s*,?\s*$"
    r"|\b(?:have|had|i've)\s+(?:got\s+)?(?:no|zero)\s+thoughts?\s+(?:of|about)\s*$"
)


_THINGS_HUNG: Final = re.compile(
    r"\b(?:waesche|bilder?|gardinen?|vorhaenge?|lampen?|poster|jacken?|maentel|mantel|lichterkette\w*)"
    r"\s+(?:\w+\s+)?aufh(?:ae|a)ng\w*"
)
_A_QUOTATION: Final = re.compile(
    r"\b(?:\w*zitat|quote|quoting|quoted|lyrics?|liedzeile|songtext)\b"
)
_LYING_IF_I_SAID: Final = re.compile(
    r"\b(?:i'd|i\s+would|would)\s+be\s+lying\s+(?:if|to\s+say)\b|\bwuerde\s+luegen,?\s+wenn\b"
    r"|\bgelogen,?\s+wenn\b"
)
_AN_ACT: Final = re.compile(
    r"\b(?:umbring\w*|umzubringen|toet\w*|antun|anzutun|kill\w*|hurt\w*|harm\w*|suizid\w*|selbstmord\w*"
    r"|end\s+it|end\s+my\s+life)\b"
)
_NOT_PLANNING: Final = re.compile(
    r"\b(?:hab\w*|hatte)\s+(?:ich\s+)?(?:\w+\s+)?(?:nicht|nie|keinesfalls|absolut\s+nicht)\s+vor\b"
    r"|\b(?:i'm|i\s+am)\s+not\s+planning\s+(?:on|to)\b"
)


_BUT: Final = re.compile(r"\b(?:but|aber|sondern|doch)\b")


_ZERO_BEFORE: Final = re.compile(r"\b(?:null|zero)\s*$")


def _negated_right_before(sentence: str, match: re.Match[str]) -> bool:
    """A negator as the word right before a match that holds none: a pattern whose negation is
    the crisis ("won't be around") may match by another of its alternatives, denied then as any
    other (round 35: "i'm not hoping a bus takes me out or anything"; not "don't want anything
    owing when i'm gone", where the negator belongs to another verb)."""
    if any(_is_negator(w) for w in _WORDS.findall(match.group())):
        return False
    if _LYING_IF_I_SAID.search(sentence[: match.start()]) or _WHETHER_NOT.search(
        sentence, max(0, match.start() - 40), match.start()
    ):
        return False  # "i'd be lying if i said i don't wish i was dead", "ob ich es nicht ..."
    before = _WORDS.findall(sentence[: match.start()])
    return bool(before) and _is_negator(before[-1])


# A question whether not to, which asks for it ("ob ich mir nicht einfach ...", "whether i
# shouldn't just ...", "why not just ...")
_WHETHER_NOT: Final = re.compile(
    r"\b(?:ob|warum|wieso|weshalb)\s+ich(?:'s|s)?\s+(?:es\s+|mir\s+|mich\s+)?nicht\b"
    r"|\bwhether\s+i\s+(?:shouldn't|should\s+not)\s+just\b|\bwhy\s+(?:not|don't\s+i)\s+just\b"
)


# No inner voice says it: "nix in mir sagt 'mach schluss'", "there's no voice saying end it"
_NO_VOICE_BEFORE: Final = re.compile(NO_VOICE_SAYS + r"[^.!?]{0,12}$")


def _no_voice_says(sentences: list[str], phrase: str) -> bool:
    """Whether the phrase stands in its sentence after "no voice says" ("nix in mir sagt")."""
    for sentence in sentences:
        words = " ".join(_WORDS.findall(sentence))
        at = words.find(phrase)
        if at >= 0 and (
            _NO_VOICE_BEFORE.search(words, 0, at) or _NO_THOUGHTS_OF.search(words[:at].rstrip())
        ):
            return True  # ... or after "no thoughts of" ("keine gedanken, nicht mehr ...")
    return False


def _denied(sentence: str, match: re.Match[str]) -> bool:
    """Whether a negator inside the match or just before it (same clause) denies the statement,
    or a diary's "none" answers it right after."""
    if _WHETHER_NOT.search(sentence, max(0, match.start() - 40), match.end()):
        return False  # "überlege, ob ich mir nicht einfach das leben nehmen soll" (round 35)
    # "nicht genommen, sondern gesammelt": what comes after "sondern" is affirmed (round 25)
    affirmed = _AFFIRMED_INSTEAD.split(match.group())[-1]
    if any(_is_negator(w) for w in _WORDS.findall(_WISHED_ABSENCE.sub(" ", affirmed))):
        return True
    if _ANSWERED_NONE.match(sentence, match.end()):
        return True
    before = sentence[: match.start()]
    if _NO_VOICE_BEFORE.search(before):
        return True  # "aber nix in mir sagt, mach schluss" (round 40)
    if _ZERO_BEFORE.search(before):
        return True  # "ich hab null selbstmordgedanken" (round 31; not "um null uhr ...")
    starts = [m.end() for m in _CLAUSE_START.finditer(before)]
    cut = starts[-1] if starts else 0
    # An infinitive clause belongs to the clause before it: "ich denk nicht dran, mir was anzutun".
    # A clause of its own with a finite verb and no subject does not: "eiswürfel hat nicht
    # gereicht, hab mich doch wieder geschnitten".
    own = _WORDS.findall(sentence[cut : match.end()])
    # A main clause after a subordinate one has its subject after the verb and is no infinitive
    # clause: "wenn mich keiner vermisst, mach ichs" (round 15).
    # ... also after an adverb: "danach mach ich's" (round 23)
    inverted = any(w in {"ich", "ichs", "ich's"} for w in own[1:3])
    if (
        starts
        and own
        and not inverted
        and not _OWN_VERB_AFTER.match(sentence, match.end())
        and own[0] not in {"i", "i'm", "ich", "we", "wir"} | _FINITE_NO_SUBJECT
    ):
        cut = starts[-2] if len(starts) > 1 else 0
    if NOT_ONCE.search(before, cut) or NOT_BECAUSE.search(before):
        return True
    if _LYING_IF_I_SAID.search(before):
        return False  # "i'd be lying if i said i don't wish i was dead" (round 29)
    window = _WORDS.findall(before[cut:])[-_NEGATION_WINDOW:]
    for i, word in enumerate(window):
        if window[i + 1 : i + 2] and window[i + 1] in _PERSISTS:
            continue  # "werd den gedanken nicht los, mir was anzutun": the thought stays
        if _is_negator(word) and not _NEGATION_BARRIERS.intersection(window[i + 1 :]):
            return True
    # a thought denied a little further back: "not once have i thought about cutting myself"
    wider = _WORDS.findall(before[cut:])[-_THOUGHT_WINDOW:]
    for i, word in enumerate(wider):
        rest = set(wider[i + 1 :])
        if (
            _is_negator(word)
            and rest & _THOUGHT
            and not rest & (_NOT_A_DENIAL | _NEGATION_BARRIERS)
        ):
            return True
    # German puts the negation after the verb: "ritze mich seit jahren nicht mehr".
    after = _CLAUSE_START.split(sentence[match.end() :], maxsplit=1)[0]
    after = _JOKE_TAKEN_BACK.sub(" ", after)  # "kill gedanken lol nich lol": no denial
    following = _WORDS.findall(after)[:_NEGATION_WINDOW]
    for k, word in enumerate(following):
        if word in _NEGATION_BARRIERS:
            break
        # "nicht nur ritzen": not only, i.e. more (round 15)
        if word == "nicht" and following[k + 1 : k + 2] in (["nur"], ["bloss"], ["einfach"]):
            continue
        if word in {"nicht", "nie", "niemals", "keinesfalls"}:
            if _PERSISTS.intersection(following[k + 1 : k + 3]):
                continue  # "lässt mich der gedanke, mich wegzumachen, nicht mehr los" (round 43)
            return True
    return False


_TO_BE: Final = re.compile(r"\b(da|hier|weg|tot|mehr|zu|allein|leben)\s+sein\b")
_COMPOUND_HEAD: Final = re.compile(r"\b\w+-(?=\w)")


# "her" is a possessive after a preposition ("after her overdose": hers), not after a verb ("i
# told her suicide is on my mind": the writer's). "his", "their", "sein-" are third person anyway.
_BEFORE_HER: Final = frozenset({"after", "before", "since", "during", "about", "from", "of"})
# Words before "'s" that own nothing ("it's", "that's", "she's")
_NO_OWNER: Final = frozenset(
    {"it", "that", "what", "there", "here", "let", "who", "where", "how", "he", "she", "this"}
)


_FIRST_CLAUSE: Final = re.compile(r"\s(?:and|und)\s")


_BODY_SHOWN: Final = frozenset(
    {"arm", "arms", "wrist", "wrists", "leg", "legs", "thigh", "thighs", "skin", "stomach", "arme",
     "armen", "handgelenk", "handgelenke", "beine", "oberschenkel", "haut", "bauch"}
)  # fmt: skip
_THEIR_OWN: Final = frozenset({"her", "his", "their", "ihre", "ihren", "seine", "seinen"})


# A thing found among someone else's (round 42: "bei J. einen Abschiedsbrief im Schrank
# gefunden", "found a goodbye letter in jess's wardrobe"): theirs, unless the writer wrote it
_FOUND_WITH_ANOTHER: Final = re.compile(
    r"\b(?:found|find|discovered|gefunden|finde|entdeckt)\b[^.!?]{0,60}\b(?:in|under|on|behind|among)\s+"
    r"(?:her|his|their|(?!my\b|our\b)\w+'s)\s+(?:\w+\s+)?(?:wardrobe|drawer|room|bag|locker|desk|bed|things|stuff|diary|phone|pocket|backpack|closet|cupboard|car)\b"
    r"|\bbei\s+(?!mir\b|uns\b)\w+\s+(?:\w+\s+){0,5}(?:gefunden|entdeckt)\b"
    r"|\b(?:in|unter)\s+(?:ihrem|ihrer|seinem|seiner|ihren|seinen|\w+s)\s+(?:schrank|zimmer|spind|rucksack|tasche|schublade|sachen|bett|tagebuch|handy|auto)\b[^.!?]{0,40}\b(?:gefunden|entdeckt)\b"
    r"|\b(?:gefunden|entdeckt)\b[^.!?]{0,40}\b(?:in|unter)\s+(?:ihrem|ihrer|seinem|seiner|ihren|seinen)\s+(?:schrank|zimmer|spind|rucksack|tasche|schublade|sachen|bett|tagebuch|handy|auto)\b"
)
# ... and a crisis service come for someone else ("krisendienst war da, sie ist jetzt in der kjp")
_CAME_FOR_ANOTHER: Final = re.compile(
    r"\b(?:krisendienst|notarzt|notaerztin|rettungswagen|rtw|polizei|crisis\s+team|ambulance|paramedics|police)\s+"
    r"(?:war\s+da|kam|ist\s+gekommen|waren\s+da|kamen|came|was\s+here|were\s+here|arrived)\b\s*,?\s*(?:und\s+|and\s+)?"
    r"(?:sie|er|she|he|they)(?:'s|'re|\s+(?:ist|sind|wurde|wurden|is|was|are|were|took))\b"
)


def _found_with_another(sentence: str) -> bool:
    """A thing found among someone else's, not written by the writer and not wanted for
    themselves ("found a razor in his shaving bag and i want to use it" is the writer's)."""
    return bool(
        _FOUND_WITH_ANOTHER.search(sentence)
        and not _WRITTEN_BY_ME.search(sentence)
        and not MY_OWN_WISH.search(sentence)
    )


_WRITTEN_BY_ME: Final = re.compile(
    r"\b(?:i\s+(?:had\s+)?wrote|i(?:'d|\s+had)\s+written|my\s+own|ich\s+(?:\w+\s+){0,3}geschrieben|(?:meinen|meine)\s+(?:eigenen?\s+)?abschied\w*|my\s+(?:goodbye|suicide|farewell)\s+(?:letter|note))\b"
)


def _someone_else(sentence: str, match: re.Match[str], strict: bool = False) -> bool:
    """Whether the nearest person before the match is someone else ("she said she wants to die")."""
    if _found_with_another(sentence):
        return True
    if _CAME_FOR_ANOTHER.search(sentence):
        return True
    # "sein" after "da", "tot", "weg" is "to be", not "his": "einfach nicht mehr da sein"
    inside = _WORDS.findall(_TO_BE.sub(r"\1", match.group()))
    others = _THIRD_PERSON.intersection(inside) or {"him", "her", "them"}.intersection(inside)
    if strict and others and not _FIRST_SUBJECT.intersection(inside):
        return True  # a semantic-field match about someone else: "wish my grandpa wasn't dead"
    # a field's first clause decides whose it is: "dass unser sohn sich ritzt, ich fahr heute
    # nacht noch hin" is the son's (round 12)
    # ... and so does a pattern's: "my brother tried to overdose on friday and i'm at the
    # hospital with him" is the brother's (round 29)
    head = _WORDS.findall(
        _FIRST_CLAUSE.split(match.group())[0] if not strict else match.group().split(",")[0]
    )
    if _FIRST_PERSON.intersection(head) or _FIRST_PERSON.intersection(
        w.removesuffix("'s") for w in head
    ):
        return False  # "mach ich's" is the writer's own (round 23)
    # ("tot sein", "hier sein" before it are "to be", not "his": round 29)
    # (a compound's first word is no person: "azubi-tagebuch"; nor one spoken to, "mate,";
    # round 43)
    before = _WORDS.findall(
        _TO_BE.sub(r"\1", _VOCATIVE.sub(" ", _COMPOUND_HEAD.sub(" ", sentence[: match.start()])))
    )
    if len(before) > 1 and before[-1] == "her" and before[-2] in _BEFORE_HER:
        return True  # someone else's (round 23)
    # ... and after an owner named just before: "esther's breakdown and her suicide attempt"
    # (round 34)
    if (
        len(before) > 2
        and before[-1] == "her"
        and before[-2] in {"and", "or", "und"}
        and any(w.endswith("'s") and w[:-2] not in _NO_OWNER for w in before[-6:-2])
    ):
        return True
    # "pray for a man in the parish who took an overdose" (round 36): the one the relative
    # clause is about, unless the writer is named there ("i'm the one who ...")
    who = [j for j in range(max(0, len(before) - 4), len(before)) if before[j] in {"who", "whom"}]
    if who and not _FIRST_PERSON.intersection(before[max(0, who[-1] - 6) :]):
        return True
    if len(before) > 1 and before[-1] in _BODY_SHOWN and before[-2] in _THEIR_OWN:
        return True  # "she showed me her arms, new cuts over the old ones" (round 35)
    for word in reversed(before):
        named = word.endswith("'s") and word.removesuffix("'s") in OTHERS_NAMES
        word = word.removesuffix("'s")  # "my brother's goodbye letter" is the brother's
        if word in _POSSESSIVE_FIRST:
            continue
        if word in _FIRST_PERSON:
            return False
        if word in _THIRD_PERSON or named:
            return True  # ... and "sophie's been cutting again" is Sophie's (round 25)
    return False


def _tells_a_dream(text: str) -> bool:
    """Whether `text` holds a dream frame that tells a dream (not "after the nightmare")."""
    return bool(_dream_frames_in(text))


def _dream_frames_in(text: str) -> list[re.Match[str]]:
    """The dream frames of `text` that tell a dream: not "after the nightmare", nor "not just
    dreaming" (round 36: "not just dreaming - i've decided that's where i'll drown myself")."""
    return [
        m
        for m in _DREAM_FRAME.finditer(text)
        if not after_the(text, m.start())
        and not _NOT_JUST_BEFORE.search(text, max(0, m.start() - 12), m.start())
    ]


_NOT_JUST_BEFORE: Final = re.compile(r"\b(?:not\s+just|not\s+only|nicht\s+nur)\s+$")


def _joking(sentence: str) -> bool:
    """A joke marker ("lol", an eye-roll) the writer does not take back ("lol not lol")."""
    return bool(_JOKE.search(sentence)) and not _NO_JOKE.search(sentence)


def _dream_content(sentence: str, match: re.Match[str]) -> bool:
    """Whether the match is told as part of a dream ("in the dream I jumped"); a waking after the
    dream's frame ends it ("had the dream again and woke up wanting to ...", round 13)."""
    before = sentence[: match.start()]
    frames = _dream_frames_in(before)
    if frames and _WOKE.search(before, frames[-1].end()):
        return bool(_AFTER_DREAM.search(sentence[match.end() :]))
    if frames and WISH_NOW.search(sentence, frames[-1].end(), match.end()):
        return False  # "had the dream where the hall is empty and kind of wish i could stay"
    return bool(frames) or bool(_AFTER_DREAM.search(sentence[match.end() :]))


# A waking line in the plain words of waking up (not "anyway" or "in real life").
_WOKE: Final = re.compile(r"\b(?:woke|wake|waking|aufgewacht|aufwachte|aufwachen|wach|wachte)\b")
# waking as a habit of the writer's days, no dream's end (round 32: "it's there when i wake and
# there when i go up the stair")
_WAKING_EVERY_DAY: Final = re.compile(
    r"\b(?:when|whenever|as\s+soon\s+as|every\s+time|each\s+time)\s+i\s+wake\b"
    r"|\b(?:wenn|sobald|jedes\s+mal,?\s+wenn)\s+ich\s+(?:\w+\s+)?aufwache\b"
)
# What no dream journal's implicit dream may hold before its waking line: an overdose, a method,
# harm, a hospital or an attempt ("took them all last night. woke up." is an attempt told).
_NOT_A_DREAM: Final = frozenset(
    {"SWALLOW", "METHOD", "METHOD_STRONG", "HARM", "HARM_OBJ", "LETHAL", "HOSPITAL", "LIGATURE",
     "VEIN", "BLOOD", "TOO_MANY", "HOSP_WAKE"}
)  # fmt: skip
_TRIED: Final = re.compile(r"\b(?:tried|try|trying|attempt\w*|versuch\w*|probiert)\b")


def _dream_frames(sentences: list[str]) -> set[int]:
    """The sentences that tell a dream in their own words ("dreamed i was falling off a
    lighthouse", "heut nacht von meinem eigenen grab geträumt"), with nothing of the writer's
    present in them: no wish or thought of now, no waking, no "today" (round 12). A classifier
    window made of nothing else is dropped; the patterns and concepts still read them."""
    out: set[int] = set()
    for k, sentence in enumerate(sentences):
        frame = next(
            (m for m in _DREAM_FRAME.finditer(sentence) if not after_the(sentence, m.start())),
            None,
        )
        if frame is None:
            continue
        rest = sentence[frame.start() :]
        # (a waking dreamt of not happening is no waking: "geträumt, dass ich nicht mehr
        # aufwache", round 40)
        waking = any(
            not _NOT_WAKING_BEFORE.search(sentence, max(0, m.start() - 12), m.start())
            for m in _WAKE.finditer(sentence)
        )
        now = _PRESENT_VOICE.search(sentence) or _NOW_AWAKE.search(sentence) or waking
        if not (now or _AWAKE_NOW.search(rest)):
            out.add(k)
    return out


_NOT_WAKING_BEFORE: Final = re.compile(
    r"\b(?:nicht\s+mehr|nie\s+mehr|nie\s+wieder|never|not|nicht)\s+$"
)
# What the writer says of now inside a dream's sentence: "... and now i wish it had been real"
_NOW_AWAKE: Final = re.compile(
    r"\b(?:now|still|wish\w*|wuensch\w*|jetzt|immer\s+noch|real|echt\s+gewesen|wahr\s+gewesen|relief|erleichter\w*|erloes\w*"
    r"|thinking|thought|thoughts|gedanke\w*|denk\w*|seitdem|since\s+then|ever\s+since|the\s+day|der\s+tag|tagsueber)\b"
)


_WANTING: Final = re.compile(
    r"\b(?:want\w*|wish\w*|wollte\w*|will|moechte\w*|wuensch\w*|kill\w*|umbring\w*|umzubringen"
    r"|suicid\w*|suizid\w*|selbstmord\w*|lebensmued\w*)\b"
)


def _opens_in_a_dream(sentences: list[str]) -> bool:
    """Whether an entry with no dream frame is a dream told from its first line: it reaches a
    plain waking line ("Something chased me through the woods. Woke up just as it grabbed my
    ankle.") with nothing before it that tells an attempt, an overdose, a method or harm."""
    for k, sentence in enumerate(sentences):
        if _tells_a_dream(sentence):
            return False  # told with its frame: the frame opens the story
        if _WOKE.search(sentence) and not _WAKING_EVERY_DAY.search(sentence):
            if _WOKE_AFTER_AN_ACT.search(sentence):
                return False  # "woke up on the bathroom floor", "im Spital aufgwacht" (round 34)
            # nothing before it told an act or the writer's waking days ("all day", "at work")
            return k > 0 and not any(
                _tells_an_act(s) or _WAKING_DAY.search(s) for s in sentences[:k]
            )
    return False


# Waking where only an act leaves one: on a floor, in hospital, on a drip
_WOKE_AFTER_AN_ACT: Final = re.compile(
    r"\b(?:woke|wake|waking|came\s+to)\s+(?:up\s+)?(?:\w+\s+)?(?:on\s+the\s+(?:\w+\s+)?floor|in\s+(?:the\s+)?(?:hospital|a\s*(?:&|and)\s*e|icu|ambulance)"
    r"|on\s+a\s+drip)\b|\b(?:im|ins)\s+(?:spital|krankenhaus)\b[^.!?]{0,30}\b(?:aufgwacht|aufgewacht|wach\s+geworden)\b"
    # round 37: "mittwoch auf dem boden aufgewacht"
    r"|\bauf\s+dem\s+(?:\w+\s+)?(?:boden|fussboden|badezimmerboden|kuechenboden)\s+(?:aufgwacht|aufgewacht|wach\s+geworden)\b"
    r"|\b(?:aufgwacht|aufgewacht)\s+(?:\w+\s+){0,2}(?:im\s+(?:spital|krankenhaus)|auf\s+dem\s+(?:\w+)?boden)\b"
    # round 41: "hab's gemacht. in der notaufnahme aufgewacht", "woke up in resus"
    r"|\b(?:in|auf)\s+der\s+(?:notaufnahme|intensiv\w*|klinik|psychiatrie)\s+(?:\w+\s+){0,2}(?:aufgwacht|aufgewacht|wach\s+geworden)\b"
    r"|\b(?:woke|wake|waking)\s+(?:up\s+)?in\s+(?:the\s+)?(?:er|emergency\s+room|resus|intensive\s+care)\b"
)


def _tells_an_act(sentence: str) -> bool:
    """Whether a sentence holds an attempt word or a concept of an overdose, method or harm."""
    if _TRIED.search(sentence):
        return True
    return any(
        (concepts_of(word, "en") | concepts_of(word, "de")) & _NOT_A_DREAM
        for word in _WORDS.findall(sentence)
    )


# Signs only a dream has: flying, teeth falling out, being naked in public, shapeshifting,
# breathing under water, a talking animal, impossible rooms, knowing one dreams.
_DREAM_ONLY_SIGNS: Final = frozenset(
    {"flying", "teeth falling out", "naked in public", "shapeshifting", "breathing underwater",
     "talking animal", "impossible architecture", "lucid awareness", "false awakening"}
)  # fmt: skip


# A stretch of the waking day before a waking line (round 15): "wanted to die all day. then woke
# at 3": the night after a day, not a dream.
_WAKING_DAY: Final = re.compile(
    r"\b(?:all\s+day|the\s+whole\s+day|at\s+work|in\s+the\s+office|at\s+school|den\s+ganzen\s+tag"
    r"|tagsueber|auf\s+der\s+arbeit|bei\s+der\s+arbeit|im\s+buero|in\s+der\s+schule)\b"
)
# The writer's waking days: "today", "lately", "I keep ...", "heute", "in letzter Zeit".
_WAKING_LIFE: Final = re.compile(
    r"\b(?:today|tonight|yesterday|lately|recently|these\s+days|this\s+(?:morning|week)|"
    r"keep|keeps|kept|the\s+part|heute|heut|gestern|neulich|momentan|zurzeit|in\s+letzter\s+"
    r"zeit|seit\s+\w+|jeden\s+tag"
    # a habit of the waking days (round 23): "immer oefter", "most afternoons"
    # (not "immer wieder", "again and again": a dream's own words)
    r"|immer\s+(?:oefter|haeufiger)|more\s+and\s+more\s+often"
    r"|(?:most|every)\s+(?:days?|nights?|mornings?|afternoons?|evenings?))\b"
)


def _plainly_a_dream(text: str, sentences: list[str], language: Language) -> bool:
    """Whether an entry is plainly a dream told, with nothing of the writer's waking life: a sign
    only dreams have ("Ich bin geflogen! Über die Dächer ...") and no waking line, no present
    wish or thought of the writer's, no act told. The classifier then leaves it unread; the
    patterns and concepts still read every line."""
    if any(
        _WAKE.search(s) or _PRESENT_VOICE.search(s) or _WAKING_LIFE.search(s) or _tells_an_act(s)
        for s in sentences
    ):
        return False
    return bool(_DREAM_ONLY_SIGNS.intersection(dream_signs_of(text, language)))


_DREAM_REMARK: Final = re.compile(
    r"^\s*(?:(?:was|what|so|such)\s+)?(?:(?:a|ein|fuer\s+ein)\s+)?(?:schoener|toller|krasser|komischer|seltsamer|verrueckter|weird|strange|lovely|nice|beautiful|crazy"
    r"|wild|cool|good|odd|bizarre)\s+(?:traum|dream)\b[^.!?]{0,25}$"
)
_FRAME_OPENS: Final = re.compile(
    r"^\s*(?:(?:heut|heute|gestern|letzte|last|this)\s+(?:nacht|night|morning)\s+)?(?:getraeumt|geträumt|dreamt|dreamed|had\s+a\s+dream)\b\s*[,:]"
)


def _dream_story(sentences: list[str]) -> set[int]:
    """Sentences told inside a dream: after a sentence with a dream frame, up to a later waking
    line ("had a nightmare. i stood on the roof and jumped. then i woke up"). A run that never
    reaches a waking line, or where the writer speaks in the present ("i want..."), stays in.
    Inside a long entry, a dream told with no frame shows itself by waking at its height ("Beim
    Aufprall aufgewacht", "woke up just as it grabbed me"): up to three sentences before such a
    line are its story, back to one that tells an act or the writer's waking days (round 11)."""
    story: set[int] = set()
    pending: list[int] = []
    open_ = _opens_in_a_dream(sentences)
    frame = -1
    for k, sentence in enumerate(sentences):
        if _tells_a_dream(sentence):
            # (a frame again inside an open dream keeps what came before it: "i got shot in the
            # leg. everyone died in that dream. woke up and wrote it down", round 40)
            open_, pending = True, pending if open_ else []
            frame = k
        elif (
            open_
            and pending
            and k == len(sentences) - 1
            and _DREAM_REMARK.match(sentence)
            and not any(_WANTING.search(sentences[j]) for j in (frame, *pending))
        ):
            # "heut nacht getraeumt, ich bin vom dach gesprungen und konnte fliegen. ...
            # schoener traum eigentlich": a remark on the dream closes it (round 44)
            story.update([frame, *pending] if _FRAME_OPENS.match(sentences[frame]) else pending)
            open_, pending = False, []
        elif open_ and _WAKE.search(sentence):
            story.update(pending)
            open_, pending = False, []
        elif open_ and (_PRESENT_VOICE.search(sentence) or _AWAKE_NOW.search(sentence)):
            open_, pending = False, []
        elif open_:
            pending.append(k)
        elif k and _WOKE_AT_ITS_HEIGHT.search(sentence):
            story.update(_told_before_waking(sentences, k))
    return story


# Waking at a dream's height: "aufgewacht, als es mich packte", "woke up just as it hit"
_WOKE_AT_ITS_HEIGHT: Final = re.compile(
    r"\b(?:woke|wake|waking)\s+(?:up\s+)?(?:just\s+|right\s+)?(?:as|when|before|at\s+the\s+moment)\b"
    r"|\b(?:aufgewacht|wach\s+geworden),?\s*(?:als|bevor|kurz\s+bevor|genau\s+als|in\s+dem\s+moment)\b"
    r"|\b(?:beim|vor\s+dem|kurz\s+vor\s+dem)\s+(?:aufprall|aufschlag|sturz|fall)\s+(?:bin\s+ich\s+)?(?:aufgewacht|wach\s+geworden)\b"
    r"|\bwach\w*\s+(?:ich\s+)?(?:kurz|immer|genau|jedes\s+mal)\s+(?:\w+\s+)?(?:vorher|davor|bevor)\s+auf\b"
)


def _told_before_waking(sentences: list[str], k: int) -> set[int]:
    """Up to three sentences before the waking line k, back to one that tells an act, the present
    voice or the writer's waking days (those, and what comes before them, are not the dream)."""
    run: set[int] = set()
    for j in range(k - 1, max(-1, k - 4), -1):
        s = sentences[j]
        if _tells_an_act(s) or _PRESENT_VOICE.search(s) or _AWAKE_NOW.search(s) or _WAKE.search(s):
            break
        run.add(j)
    return run


_GERMAN_START: Final = next(
    i
    for i, p in enumerate(_PATTERNS)
    if p.regex.pattern.startswith(r"\b(?:will|moechte|mochte|mag|")
)
_NEEDLES: Final = Needles(
    found for p in (*_PATTERNS, *_FIELDS) if p.gate for found in p.gate.needle_sets()
)
# A pattern written for one language's section may hold the other's phrasing too (rounds 23-25
# added blocks of both): it runs for both. Before round 26 an English alternative in the German
# section never ran on a long English-only entry ("did the rounds of the chemists ... so nobody
# asks questions" was caught alone and missed inside a diary page).
_ENGLISH_WORDS: Final = frozenset(
    {"my", "the", "i", "me", "myself", "i'm", "i'll", "i'd", "to", "of", "it", "they", "he",
     "she", "them", "him", "her", "was", "have", "want", "don't", "for", "with", "from", "is",
     "are", "would", "that", "this", "you", "we", "our", "at", "on", "into", "and", "or"}
)  # fmt: skip
_GERMAN_WORDS: Final = frozenset(
    {"ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "nicht", "und", "der", "das",
     "den", "dem", "ein", "eine", "einen", "zu", "auf", "mit", "von", "ist", "bin", "hab", "habe",
     "wenn", "dass", "es", "sie", "er", "wir", "uns", "ins", "im", "um", "fuer", "ueber", "oder"}
)  # fmt: skip


def _speaks(pattern: _Pattern, words: frozenset[str]) -> bool:
    """Whether a pattern's own text holds words of a language (its literal words, read out of
    the regex syntax)."""
    literal = re.sub(r"\\[bswdSWD]|\(\?[:!=<]+|[()|?*+{}\[\]^$.,\d]", " ", pattern.regex.pattern)
    return not words.isdisjoint(literal.replace("\\", " ").split())


_ENGLISH_SECTION: Final = frozenset(_PATTERNS[:_GERMAN_START])
_PATTERNS_EN: Final = tuple(
    p for i, p in enumerate(_PATTERNS) if i < _GERMAN_START or _speaks(p, _ENGLISH_WORDS)
)
_PATTERNS_DE: Final = tuple(
    p for i, p in enumerate(_PATTERNS) if i >= _GERMAN_START or _speaks(p, _GERMAN_WORDS)
)
_GATE_MIN_WORDS: Final = 40  # shorter texts always get both languages' patterns (they are cheap)


def _patterns_for(clean: str) -> tuple[_Pattern, ...]:
    """Both languages' patterns, except that a long text with not one function word of a language
    skips that language's patterns (speed: a 300-word English entry needs no German patterns)."""
    words = _WORDS.findall(clean)
    if len(words) < _GATE_MIN_WORDS:
        return _PATTERNS
    present = set(words)
    de = bool(present & _DE_MARKERS)
    en = bool(present & _EN_MARKERS)
    return (_PATTERNS_EN if en else ()) + (_PATTERNS_DE if de else ()) if en or de else _PATTERNS


# Function words that show a language is present at all (not a language guess).
_DE_MARKERS: Final = frozenset(
    {"ich", "nicht", "mich", "mir", "mehr", "kann", "bin", "hab", "habe", "und", "kein", "keine",
     "nie", "wieder", "ueber", "ist", "das", "es", "zu", "mag", "moechte", "noch", "der",
     "ein", "eine", "wenn", "dass", "auch"}
)  # fmt: skip
_EN_MARKERS: Final = frozenset(
    {"i", "i'm", "me", "my", "myself", "the", "and", "to", "not", "don't", "want", "it", "of",
     "you", "that", "this"}
)  # fmt: skip


_GERMAN_SPELLING: Final = re.compile(r"[äöüß]", re.IGNORECASE)
_DIALECT_WORDS: Final = frozenset(
    {
        "nemme",
        "nimmer",
        "nimma",
        "nueme",
        "koin",
        "koan",
        "ned",
        "net",
        "ka",
        "hob",
        "mog",
        "ois",
        "hod",
        "hods",
        "mei",
        "koana",
        "woas",
        "moch",
        "wos",
        "scho",
        "gwiss",
        "tramt",
        "ghabt",
        "des",
        # Swiss (round 40): "am zischtig znacht hinder em stadion uf d gleis gstande"
        "het",
        "isch",
        "hani",
        "znacht",
        "gsi",
        "nid",
        "wott",
        "gseit",
        "zrugg",
        "zruggzoge",
        "gstande",
        "verzellt",
        "uf",
        "hinder",
        "zischtig",
        "fritig",
        "gspänli",
    }
)


@lru_cache(maxsize=1)
def _function_words() -> tuple[frozenset[str], frozenset[str]]:
    """The lexicons' stopwords of one language only, German and English (not "also", "am",
    "in", "so", "was", "will", nor "die", "bin", "war", which English writes too)."""
    german, english = load_lexicon("de").stopwords, load_lexicon("en").stopwords
    return german - english - {"die", "bin", "war"}, english - german


_DIALECT_WITHOUT_UMLAUTS: Final = 3  # dialect words that make an entry with no umlaut German


def crisis_language(text: str) -> Language:
    """The text's language, where a dialect entry ("I ka nemme, i will bloß no sterba") counts
    as German: its "i", "will" and "no" look English, its spelling and dialect words do not."""
    language = detect_language(text)
    if language == "en":
        words = re.findall(r"[\wäöüß']+", text.lower())
        german = sum(1 for w in words if _GERMAN_SPELLING.search(w) or w in _DIALECT_WORDS)
        german_only, english_only = _function_words()
        de_words = sum(1 for w in words if w in german_only)
        en_words = sum(1 for w in words if w in english_only)
        # (not an English entry with a few German words in it, round 37: "we say the names of
        # everything, die Ente, die Brücke, der Müll")
        english_throughout = en_words >= 8 and en_words > 4 * (german + de_words)
        # "mei frau hod gmoant ... na, gwiss ned": Bavarian typed without an umlaut (round 13)
        if german >= (2 if _GERMAN_SPELLING.search(text) else _DIALECT_WITHOUT_UMLAUTS):
            return language if english_throughout else "de"
        # round 35: "seit die pfarrgemeinde mi aussegschmissn hat, denk i ma jeden tag, i bring
        # mi um": German function words outnumber English ones
        if de_words >= 3 and de_words > en_words:
            return "de"
    return language


def prepare_crisis_check() -> None:
    """Read the classifier and its sentence encoder now (about a second; otherwise the first
    check waits for it). Encodes one fixed word, nothing of the person's."""
    model = load_model()
    if model is not None and model.dense:
        dense_features(["ok"], [[0]])


_PREPARING: list[threading.Thread] = []
_PREPARING_LOCK: Final = threading.Lock()


def prepare_crisis_check_in_background() -> None:
    """Start `prepare_crisis_check` in a background thread, once per process (the app calls
    this on every run of its script)."""
    with _PREPARING_LOCK:
        if not _PREPARING:
            blas_controller()  # built here, not in the thread: see `blas_controller`
            thread = threading.Thread(target=prepare_crisis_check, name="crisis-check", daemon=True)
            thread.start()
            _PREPARING.append(thread)


def assess_crisis(text: str) -> CrisisAssessment:
    """Look for the writer's own suicidal or self-harm language in English or German text."""
    return assess_with(text, load_model())


def assess_with(text: str, model: CrisisModel | None) -> CrisisAssessment:
    """`assess_crisis` with a given third-stage classifier (None: patterns and concepts only;
    the training script uses that to see what the classifier adds)."""
    language = crisis_language(text)
    # A question answered no, others' quoted words and a past episode told as over are set
    # aside for all stages (crisis_frames.writers_present).
    clean = writers_present(_taken_up(_self_in_the_third_person(prepare(text, language))))
    spans = list(_SENTENCES.finditer(clean))
    sentences = [m.group() for m in spans]
    # Sentences told only of someone else ("my roommate left a goodbye note") no stage reads.
    others = others_sentences(sentences, _has_evidence)
    story = _dream_story(sentences)  # a dream the entry wakes up from, read once for all stages
    matches, found, denied = _pattern_stage(clean, sentences, others, language, story)
    # Second stage: concepts joined in a sentence, for phrasings no pattern foresees.
    # A sentence the patterns already caught keeps their phrase: only new ground is added.
    first_stage = [" ".join(_WORDS.findall(m)) for m in matches]
    # "saw the time and wanted to die lol": a joke's hyperbole, as the patterns read it
    joking = [s for s in sentences if _joking(s) and _JOKE_MATCH.search(s)]
    # A dream the entry wakes up from is not the concepts' to read either (round 15), except a
    # sentence where the writer wants or wishes or names suicide: "I wanted to die. Then I woke
    # up." and "suicidal thoughts: yes" stay read.
    dreamt = {k for k in story if not _WANTING.search(sentences[k])}
    # ... nor a wish denied with an everyday one put in its place (round 45)
    meant_instead = {k for k, s in enumerate(sentences) if not_this_but_that(s)}
    # ... nor how others see the writer, denied bare in the next sentence ("people keep saying i
    # must want to die. i don't.", round 45)
    seen_denied = {
        k
        for k in range(len(sentences) - 1)
        if _denied_bare(sentences, k + 1) and _SEEN_SO.search(sentences[k])
    }
    for category, phrase in concept_hits(
        _blanked(clean, spans, others | dreamt | meant_instead | seen_denied), language
    ):
        if any(m in phrase or phrase in m for m in first_stage):
            continue
        if _done_to_another(phrase):
            continue  # "one of the lads tried to hang himself": someone else's act (round 23)
        if _told_of_another(sentences, phrase):
            continue  # "one of my clients told me he'd bought rope and picked a date" (round 29)
        if _no_voice_says(sentences, phrase):
            continue  # "aber nix in mir sagt, mach schluss" (round 40)
        if _A_QUOTATION.search(phrase) or _THINGS_HUNG.search(phrase):
            continue  # "... das war ein liedzitat", "kann wieder waesche aufhaengen" (round 29)
        if category == _HARM and _addiction_relapse(clean, phrase, whole=False):
            continue
        if joking and _JOKE_MATCH.search(phrase):
            continue
        found.add(category)
        if phrase not in matches:
            matches.append(phrase)
    if not matches:
        # Third stage: a classifier trained on varied phrasings, for a text nothing above caught.
        # Dream stories and denials are known; the frames (`classifier_skips`) are asked only
        # for a window that would flag (the same result as `classifier_skip`, found sooner).
        if len(sentences) == 1 and _RUN_ON.fullmatch(clean) and len(clean.split()) > _RUN_ON_WORDS:
            # typed without a full stop: read in stretches of a sentence's length
            sentences = _stretches(clean)
            others = others_sentences(sentences, _has_evidence)
            story = _dream_story(sentences)
            denied = _pattern_stage(clean, sentences, others, language, story)[2]
        # a joke's hyperbole the patterns left alone is not the classifier's either (round 13:
        # "ich bring mich um wenn ich die excel nochmal machen muss xD")
        jokes = {
            k
            for k, s in enumerate(sentences)
            if _joking(s)
            and _JOKE_MATCH.search(s)
            and (_IF_THIS_AGAIN.search(s) or re.search(_FIGURATIVE, s))
        }
        # a denial that goes on in a fragment ("not suicidal. not even close, before anyone
        # reads this and panics") is one denial (round 40)
        # ... and the sentence a "not like that" takes back (round 44: "told kev i want to
        # hibernate and not wake up till march. not like that - ...")
        denied = denied | {
            k - 1 for k in range(1, len(sentences)) if _NOT_LIKE_THAT.match(sentences[k])
        }
        # ... and "I can't anymore" eased off in the same breath (round 45)
        denied = denied | _worn_out_then_eased(sentences)
        # (round 44: and a reassurance: "ich will mir nix antun. hab bloß die schnauze voll")
        denied = denied | {
            k + 1
            for k in range(len(sentences))
            if (k in denied or reassured(sentences[k]))
            and k + 1 < len(sentences)
            and _DENIAL_GOES_ON.match(sentences[k + 1])
        }
        skip = story | denied | others | jokes
        if _plainly_a_dream(text, sentences, language):
            skip = skip | set(range(len(sentences)))
        framed_away = lambda k: classifier_skips(sentences[k])  # noqa: E731

        set_aside: dict[int, bool] = {}
        moving = own_move(clean)

        def needs_concept(window: tuple[int, ...]) -> bool:
            """Once a sentence is set aside as denied or as someone else's, what is left beside
            it is read without it: a flagged window next to it needs a crisis concept of its own
            ("i don't want to die. big difference and i know it" is no crisis in its second
            sentence); a window further on is read as it stands (a neighbour's remark at the
            start of a long entry does not silence its end)."""
            near = range(max(0, min(window) - 1), min(len(sentences), max(window) + 2))
            for j in near:
                if j not in set_aside:
                    # (round 50: a joke's hyperbole too, "... i will walk into the sea lol. what
                    # box. where is the box")
                    set_aside[j] = j in denied or j in jokes or _set_aside_beside(sentences[j])
            return any(set_aside[j] for j in near)

        frames = _dream_frames(sentences)

        def the_dreams_own(window: tuple[int, ...]) -> bool:
            """A window of nothing but sentences that tell a dream in their own words is the
            dream's (round 12); one that reaches beyond them is read as it stands (a sentence
            with no crisis word beside a dream may be the crisis: "dreamt about school. i
            finished the note today, it's in the envelope")."""
            return set(window) <= frames

        def dropped(window: tuple[int, ...]) -> bool:
            """A dream's own window, or in an entry that names the writer's own move one with
            no crisis word (round 36: leaving a house, a pet given to a neighbour and clothes
            to a charity shop are the move's, however sure the classifier is)."""
            if the_dreams_own(window):
                return True
            return moving and not any(
                _has_evidence(sentences[k], (language,), _A_MOVES_CONCEPTS) for k in window
            )

        for category, phrase in model_hits(
            sentences, skip, language, model, framed_away, needs_concept, dropped
        ):
            if _done_to_another(phrase):
                continue
            if category == _HARM and _addiction_relapse(clean, phrase, whole=False):
                continue
            found.add(category)
            if phrase not in matches:
                matches.append(phrase)
    categories: list[str] = [c for c in CATEGORIES if c in found]
    return CrisisAssessment(
        flagged=bool(matches), matches=matches, language=language, categories=categories
    )


# The writer says the third person is themselves (round 24): "sie denkt wieder daran, sich das
# leben zu nehmen. sie, das bin ich.", "she wants to disappear. she is me."
_I_AM_THE_THIRD: Final = re.compile(
    r"\b(?:(?:sie|er),?\s+das\s+bin\s+ich|(?:mit\s+)?(?:sie|er)\s+(?:meine?|mein)\s+ich\s+mich"
    r"|(?:she|he)\s+is\s+me|(?:she|he)'s\s+me|by\s+(?:she|he)\s+i\s+mean\s+me"
    r"|(?:the\s+)?(?:woman|girl|man|boy)\s+(?:i'm|i\s+am)\s+writing\s+about\s+is\s+me"
    # round 50: "writing about myself like it's somebody else, because it's easier. he's 67 ...",
    # "sie ist 79, ... und betet jeden abend, dass der herrgott sie endlich holt. das bin ich."
    r"|writing\s+about\s+myself\s+(?:like|as\s+if)\s+(?:it's|it\s+is|it\s+were|i'm|i\s+were)\s+(?:somebody|someone)\s+else"
    r"|(?:^|[.!?]\s*)das\s+bin\s+ich\s*[.!]?\s*$)\b"
)
_THIRD_AS_FIRST: Final = (
    (re.compile(r"\bsich\s+(?=das\s+leben|was|etwas|nichts|weh)"), "mir "),
    (re.compile(r"\bsich\b"), "mich"),
    (re.compile(r"\b(?:sie|er)\b"), "ich"),
    (re.compile(r"\b(?:ihr|ihm)\b"), "mir"),
    (re.compile(r"\b(?:herself|himself)\b"), "myself"),
    (re.compile(r"\b(?:she|he)\b"), "i"),
    (re.compile(r"\b(?:her|him)\b"), "me"),
)


def _self_in_the_third_person(clean: str) -> str:
    """A text whose writer says the "she" or "he" of it is themselves, told in the first person
    (as the writer means it); any other text as it is."""
    if _I_AM_THE_THIRD.search(clean) is None:
        return clean
    for pronoun, mine in _THIRD_AS_FIRST:
        clean = pronoun.sub(mine, clean)
    return clean


# The writer takes up in a short next sentence what someone else did (round 37: "sophie cut
# herself again last night. so did i.", "lena hat sich wieder geritzt. ich auch."): the take-up
# said in full, in the first person, where it stands ("i cut myself again last night").
_TAKE_UP: Final = re.compile(
    r"(?<=[.!?;\n])(\s*)(?:so\s+(?:did|have|do|am|was)\s+i|me\s+too|same\s+here|i\s+(?:did|do|have|had|was|am)\s+too"
    r"|ich\s+auch(?!\s+nicht)|(ich\s+auch\s+nicht|me\s+neither|neither\s+(?:do|did|have|am|can)\s+i"
    r"|nor\s+(?:do|did|have|am|can)\s+i|i\s+(?:don't|didn't|haven't|can't)\s+either))(?=\s*(?:[,.!?;\n]|$))"
)
# ... a "me neither" takes up a denied sentence only (round 49: "er will nicht mehr leben. ich
# auch nicht."; not "er will sterben. ich auch nicht.", which says the opposite)
_TOLD_DENIED: Final = re.compile(r"\b(?:not|never|no\s+longer|nicht|nie|nimmer|kein\w*|\w+n't)\b")
_THEIR_THING: Final = re.compile(
    r"\b(?:his|her)\s+(?!(?:the|a|an|to|and|that|this|in|on|at|with|again|too|off|up|out|down)\b)"
)
_THIRD_SUBJECT: Final = re.compile(
    r"(?:^|(?<=[.!?;\n]))\s*(?:(?:he|she|er|sie)|([a-z]+))\s+(?=[^.!?;\n]+$)"
)


def _taken_up(clean: str) -> str:
    """`clean` with each short "so did i", "me too", "ich auch" after a sentence whose subject is
    someone else by name or as he or she said as that sentence's predicate, in the first person."""
    for m in reversed(list(_TAKE_UP.finditer(clean))):
        before = clean[: m.start()].rstrip(".!?;\n ")
        opening = max(before.rfind(c) for c in ".!?;\n") + 1
        subject = _THIRD_SUBJECT.match(before[opening:] + " ")
        if subject is None or (subject.group(1) and subject.group(1) not in OTHERS_NAMES):
            continue
        told = before[opening + subject.end() :]
        if m.group(2) and not _TOLD_DENIED.search(told):
            continue
        told = _THEIR_THING.sub("my ", told)  # "cut her arms": "cut my arms"
        for pronoun, mine in _THIRD_AS_FIRST:
            told = pronoun.sub(mine, told)
        mine = "ich " if m.group().strip().startswith("ich") else "i "
        clean = clean[: m.start()] + m.group(1) + mine + told.strip() + clean[m.end() :]
    return clean


# A relapse of an addiction, not of self-harm (round 24): "relapsed after 63 days", "Rückfall
# nach einem Jahr trocken" in an entry that names a drink, a drug, a bet or the rooms of
# recovery and no way of hurting oneself.
_RELAPSE: Final = re.compile(
    r"relaps\w*|rueckfall\w*|rueckfaellig|(?:weeks?|months?|days?)\s+clean|started\s+again|wieder\s+angefangen"
)
_ADDICTION: Final = re.compile(
    r"\b(?:drink\w*|drunk|booze|alcohol\w*|pints?|beers?|wine|vodka|whisky|gin|cider|sober\w*|aa|na|ga"
    r"|meetings?|sponsor|gambl\w*|betting|casino|slots|using|heroin|coke|cocaine|crack|meth|weed|ketamine"
    r"|methadone|naltrexone|rehab|detox|alkohol\w*|trocken|nuechtern|bier|schnaps|korn|flasche|wein"
    r"|spielsucht|automaten|zocken|gezockt|drogen|stoff|koks|gras|entgiftung|entzug|suchtberatung|shg"
    r"|selbsthilfegruppe|campral|saufen|gesoffen|getrunken|trinken|sucht\w*)\b"
)
# ... or of an illness (round 26): "relapse, week 2 ... the MS nurse", "Schub", "Rezidiv"
_ILLNESS: Final = re.compile(
    r"\b(?:ms|multiple\s+sclerosis|cancer|tumou?r|leuka?emia|lymphoma|remission|steroids?|chemo\w*"
    r"|oncolog\w*|crohn'?s|colitis|lupus|arthritis|flare|schub|krebs|tumor|rezidiv|kortison|chemo"
    r"|onkolog\w*|rheuma\w*)\b"
)
_HARM_METHOD: Final = re.compile(
    # (not a drunk fall's "cut lip", round 34)
    r"\b(?:cut\w*(?!\s+(?:lip|chin|eyebrow|forehead|knee|nose|head|cheek)\b)|blades?|razors?|klingen?|ritz\w*|svv|sh|self[- ]?harm\w*|burn\w*|scratch\w*|schneid\w*"
    r"|geschnitten|wrists?|handgelenk\w*|narben?|scars?|verletz\w*|kill\w*|dead|sterben|tot|umbring\w*"
    # English "die" as the verb only: the German article is none (round 27)
    r"|(?:(?<=\bto\s)|(?<=\bi\s)|(?<=\bwanna\s)|(?<=\bgonna\s)|(?<=\bwill\s)|(?<='ll\s))die)\b"
)
# A death denied is no way of dying named: "i don't want to die, i want to start again on monday"
_DEATH_DENIED: Final = re.compile(
    r"\b(?:don't|do\s+not|dont|never|no\s+longer)\s+(?:\w+\s+){0,2}(?:want|wanna|wish|wanted)\s+to\s+die\b"
    r"|\b(?:will|moechte|wollte)\s+(?:ja\s+|doch\s+)?(?:nicht|nie)\s+sterben\b"
)


def _addiction_relapse(clean: str, phrase: str, whole: bool = True) -> bool:
    """Whether a relapse word (the whole phrase, or for the concepts and the classifier, in it)
    names an addiction's relapse: the entry speaks of one and of no way of hurting oneself or of
    dying."""
    relapse = _RELAPSE.fullmatch(phrase) if whole else _RELAPSE.search(phrase)
    context = _ADDICTION.search(clean) or _ILLNESS.search(clean)
    return bool(relapse and context and not _HARM_METHOD.search(_DEATH_DENIED.sub(" ", clean)))


_REFLEXIVE_OTHER: Final = re.compile(r"\b(?:himself|herself|themselves|themself)\b")
_MINE: Final = re.compile(r"\b(?:i|i'm|i've|i'd|me|my|myself)\b")


# A relative clause of someone else right before the phrase: "von einem, der ...", "about a
# guy who ..." (round 44)
_ONE_WHO: Final = re.compile(
    r"\b(?:einem|einer|jemandem|jemanden|einen|typen|kerl|mann|frau|guy|bloke|man|woman|someone|somebody|girl|boy)"
    r"\s*,?\s+(?:der|die|who|that)\s+(?:(?!ich\b|i\b|mich\b|me\b)\w+\s+){0,3}$"
)


_I_AM_ONE: Final = re.compile(
    r"\b(?:i'm|i\s+am|ich\s+bin|bin|like|wie|als)\s+(?:a\s+|an\s+|so\s+)?$"
)


def _told_of_another(sentences: list[str], phrase: str) -> bool:
    """Whether a concepts' phrase is told of someone else: "he", "she", "they" (or "er", "sie")
    the nearest person before it in its sentence ("one of my clients told me he'd bought rope and
    picked a date"); a person named by a noun is often the one given something ("left mum my
    passcode ... 'for after'") and does not count."""
    words = phrase.split()
    if not words:
        return False
    match, sentence = _phrase_in(sentences, words)
    if match is not None:
        if quoted_at(sentence, match.start()):
            return True  # "... hat heut zu mir gesagt: kindchen, ich möchte nur noch sterben"
        one = _ONE_WHO.search(sentence, 0, match.start())
        if one and not _I_AM_ONE.search(sentence, 0, one.start()):
            return True  # "so ne schnulze von einem, der sterben will" (round 44)
        if _FIRST_PERSON.intersection(words) or taken_up(sentence):
            return False
        if _found_with_another(sentence):
            return True  # "found a goodbye letter in jess's wardrobe" (round 42)
        if _DYING.search(phrase) and _NOBODY_AFTER.match(sentence, match.end()):
            return True  # "da stirbt hoffentlich keiner": nobody's (round 29)
        asked = [
            a for a in _ASKED_HOW.finditer(sentence, 0, match.end()) if a.start() < match.start()
        ]
        if (
            asked
            and not _FIRST_PERSON.intersection(
                _WORDS.findall(sentence[asked[-1].end() : max(match.start(), asked[-1].end())])
            )
            and not _I_ASKED.search(sentence, max(0, asked[-1].start() - 30), asked[-1].start())
        ):
            return True  # "hat mich ein kunde gefragt, wie viele schlaftabletten toedlich sind"
        if _ONE_OF_THEM.search(sentence, 0, match.start()):
            return True  # "one of our young men has been cutting again" (round 36)
        before = _WORDS.findall(_TO_BE.sub(r"\1", sentence[: match.start()]))
        for word in reversed(before):
            if word in _FIRST_PERSON:
                return False
            if word in _PRONOUN_OTHERS:
                return True
        return False
    return False


# One of a group the writer belongs to, as the subject right before the phrase
_ONE_OF_THEM: Final = re.compile(
    r"\bone\s+of\s+(?:our|my|the|his|her|their)\s+(?:\w+\s+){0,2}(?:\w+s|men|women|children|people)\s+"
    r"(?:has|had|is|was|'s)\s+(?:been\s+)?$"
    r"|\b(?:einer|eine)\s+(?:unserer|meiner|der)\s+(?:\w+\s+){0,2}\w+\s+(?:hat|ist|war|hatte)\s+(?:sich\s+)?(?:wieder\s+)?$"
    # round 44: "ein junge aus meinem kurs hat versucht ...", "a girl from my class has ..."
    r"|\b(?:ein|eine|a|an)\s+(?:\w+\s+)?\w+\s+(?:aus|von|from|in|at)\s+(?:meinem|meiner|unserem|unserer|my|our)\s+\w+\s+"
    r"(?:hat|hatte|ist|war|has|had|is|was|'s)\s+(?:\w+\s+){0,2}$"
)


def _phrase_in(sentences: list[str], words: list[str]) -> tuple[re.Match[str] | None, str]:
    """Where a concepts' phrase stands: the sentence holding it, or (a phrase running on into the
    next sentence) the one holding its first two words."""
    for part in (words, words[:2], words[:1]):
        found = re.compile(r"\b" + r"\W+".join(map(re.escape, part)) + r"\b")
        for sentence in sentences:
            match = found.search(sentence)
            if match is not None:
                return match, sentence
    return None, ""


_DYING: Final = re.compile(r"\b(?:stirbt|sterben|stirbst|dies|die|dying)\b")
_NOBODY_AFTER: Final = re.compile(r"\W*(?:keiner|niemand|nobody|no\s+one|noone)\b")
_ASKED_HOW: Final = re.compile(
    r"\b(?:gefragt|fragte|asked|wanted\s+to\s+know|wollte\s+wissen),?\s+(?:me\s+|mich\s+)?"
    r"(?:wie|ob|how|whether|if|what|was|wo|where)\b"
)
_I_ASKED: Final = re.compile(r"\b(?:i|ich)\s+(?:\w+\s+){0,2}$")
_PRONOUN_OTHERS: Final = frozenset(
    {"he", "she", "they", "he's", "she's", "they're", "he'd", "she'd", "they'd", "er", "sie"}
)


def _done_to_another(phrase: str) -> bool:
    """Whether a phrase the concepts or the classifier found tells an act someone else did to
    themselves ("tried to hang himself"), with no word of the writer's in it. (Not the German
    "sich": "es fühlt sich logischer an", "Gedanken, sich das Leben zu nehmen: ja" are the
    writer's.)"""
    if _REFLEXIVE_OTHER.search(phrase) and not _MINE.search(phrase):
        return True
    # "dass er sich umbringen will" (round 29): the German "sich" after "er" or "sie"
    return bool(_REFLEXIVE_OTHER_DE.search(phrase)) and not _MINE_DE.search(phrase)


_REFLEXIVE_OTHER_DE: Final = re.compile(
    r"\b(?:er|sie)\s+sich\s+(?:\w+\s+){0,3}?(?:umbringen|umzubringen|umgebracht|erhaengen|erschiessen"
    r"|toeten|ritzt|ritzen|geritzt|schneidet|verletzt|das\s+leben\s+nehmen)\b"
)
_MINE_DE: Final = re.compile(r"\b(?:ich|mich|mir)\b")


_RUN_ON: Final = re.compile(r"[^,.!?;:\n]+[.!?]?\s*")  # not one comma or full stop inside
_RUN_ON_WORDS: Final = 24  # a run-on entry with more words than this is read in stretches
_STRETCH_WORDS: Final = 12


def _has_evidence(
    stretch: str,
    languages: tuple[Language, ...] = ("en", "de"),
    concepts: frozenset[str] = EVIDENCE_CONCEPTS,
) -> bool:
    """Whether a stretch of text holds a crisis concept of `concepts` (`EVIDENCE_CONCEPTS`) in
    one of `languages` (either)."""
    return any(
        concepts & concepts_of(w, lang) for w in _WORDS.findall(stretch) for lang in languages
    )


# What a move names anyway: the place moved to ("the room looks over the park")
_A_MOVES_CONCEPTS: Final = EVIDENCE_CONCEPTS - {"PLACE"}


_NOT_LIKE_THAT: Final = re.compile(
    r"\s*(?:(?:no|nein|nee)\s*,?\s*)*(?:not\s+like\s+that|not\s+in\s+that\s+way|not\s+in\s+a\s+bad\s+way|nicht\s+so\s+gemeint|nicht\s+(?:auf\s+)?die\s+art"
    # round 45: "nein nein, nicht so, ich mein die treppen und den haushalt"
    r"|nicht\s+so(?=\s*[,.!]))\b"
)
_DENIAL_GOES_ON: Final = re.compile(
    r"\s*(?:not\s+even\s+close|not\s+at\s+all|not\s+in\s+the\s+slightest|nowhere\s+near|no\s+way|nope"
    r"|nicht\s+mal\s+ansatzweise|nicht\s+im\s+geringsten|ueberhaupt\s+nicht|gar\s+nicht|nicht\s+mal\s+annaehernd"
    # round 44: what it is instead ("ich will mir nix antun. hab bloß die schnauze voll vom amt",
    # "i'm not going to hurt myself. i'm just flattened")
    r"|(?:(?:i'm|i\s+am|im|ich\s+bin|bin|hab|habe|ich\s+hab|ich\s+habe|i've|i\s+have)\s+)?(?:just|only|nur|einfach)"
    r"(?=\s+(?:\w+\s+){0,2}?(?:tired|exhausted|knackered|flattened|wrecked|fed\s+up|done\s+in|sad|angry|stressed|worn\s+out|burnt\s+out"
    r"|sick\s+of|annoyed|disappointed|gutted|frustrated|overwhelmed|hurt|muede|platt|fertig|durch|traurig|sauer|gestresst"
    r"|erschoepft|kaputt|die\s+schnauze\s+voll|genervt|ueberfordert|enttaeuscht|frustriert|verletzt|wuetend)\b)"
    r")\b"
)


def _set_aside_beside(sentence: str) -> bool:
    """Whether a classifier window beside this sentence must bring a crisis concept of its own:
    the writer denies it or quotes someone, or it tells of someone else's crisis (round 15: not
    of someone else alone: "he'll need them", "she didn't ask again" beside errands of a
    farewell had silenced 29 development crisis lines)."""
    if denied_or_quoted(sentence) or reassured(sentence) or meant_otherwise(sentence):
        return True
    # ... or it tells of dying in a game it names (round 41: "in dark souls heut öfter gestorben
    # als je zuvor. nach der spätschicht genau richtig")
    if a_game_named(sentence) and _A_DEATH_TOLD.search(sentence):
        return True
    # ... or of a book, a film, the news about someone else it names (round 50: "reading a novel
    # in the hospice family room where the heroine walks into the sea at the end. bit on the nose
    # for this place. put it back on the shelf")
    if media_told(sentence):
        return True
    # ... or an idiom (round 50: "kann nimmer, die knie! hab den einkauf nur bis in den zweiten
    # stock geschafft")
    if an_idiom(sentence):
        return True
    return denied_or_others(sentence) and _has_evidence(sentence)


_A_DEATH_TOLD: Final = re.compile(_DEATH_CONTEXT)


def _stretches(clean: str) -> list[str]:
    """A run-on text typed without a full stop, cut into stretches of about a sentence's length
    (for the classifier, whose windows are one to three sentences)."""
    words = clean.split()
    return [" ".join(words[k : k + _STRETCH_WORDS]) for k in range(0, len(words), _STRETCH_WORDS)]


def _blanked(clean: str, spans: list[re.Match[str]], gone: set[int]) -> str:
    """The text with the sentences `gone` replaced by spaces (positions kept)."""
    if not gone:
        return clean
    parts = list(clean)
    for k in gone:
        m = spans[k]
        parts[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(parts)


def classifier_skip(sentences: list[str], denied: set[int]) -> set[int]:
    """Sentences the classifier does not read: those told inside a dream the entry wakes up
    from, and those where the writer explicitly denies a crisis phrase the patterns found
    ("ich will mich nicht umbringen"): a classifier never overrules an explicit denial; and
    those `crisis_frames.classifier_skips` (news and fiction, an ordinary purpose, reassurance)."""
    framed_away = {k for k, sentence in enumerate(sentences) if classifier_skips(sentence)}
    return _dream_story(sentences) | denied | framed_away


def denied_sentences(text: str) -> tuple[list[str], set[int]]:
    """The prepared sentences of a text and those with an explicitly denied crisis phrase
    (for the training script, which must read windows as `assess_with` does)."""
    clean = writers_present(prepare(text, crisis_language(text)))
    sentences = [m.group() for m in _SENTENCES.finditer(clean)]
    return sentences, _pattern_stage(clean, sentences)[2]


def _pattern_stage(
    clean: str,
    sentences: list[str],
    others: set[int] | frozenset[int] = frozenset(),
    language: Language | None = None,
    story: set[int] | None = None,
) -> tuple[list[str], set[str], set[int]]:
    """First stage: the phrases the patterns find, their categories, and the sentences where a
    pattern matched but the writer denied it."""
    matches: list[str] = []
    found: set[str] = set()
    denied: set[int] = set()
    # One search per pattern over all sentences first: most patterns miss, and only the ones that
    # hit are tried sentence by sentence (".\n" keeps matches from crossing a sentence end).
    joined = ".\n".join(sentences)
    present = _NEEDLES.present(joined)  # a pattern none of whose needles occur cannot match
    candidates = [
        p
        for p in (*_patterns_for(clean), *_FIELDS)
        if (p.regex.search(joined) if p.gate is None else p.gate.search(joined, present))
        and (p.context is None or p.context.search(clean))
    ]
    if not candidates:
        return matches, found, denied
    if story is None:
        story = _dream_story(sentences)
    eased = _worn_out_then_eased(sentences)  # once per text, not once per match (round 45)
    theirs: set[int] = set()  # sentences with a crisis phrase read as someone else's
    # a sentence told of another is read only by the patterns that read such sentences
    readers = [p for p in candidates if p.reads_others]
    for k, sentence in enumerate(sentences):
        if k in story:
            continue  # told inside a dream that the entry then wakes up from
        joke = _joking(sentence)
        for pattern in readers if k in others else candidates:
            strict = pattern in _FIELDS
            words = _WORDS.findall(sentence)
            if (
                pattern.first_person
                and not _FIRST_PERSON.intersection(words)
                and _THIRD_PERSON.intersection(words)
            ):
                if pattern.regex.search(sentence):
                    theirs.add(k)
                continue  # about someone else, and the writer is not in it
            for match in pattern.regex.finditer(sentence):
                if language == "de" and _german_words_only(pattern, match.group()):
                    # "der chef will die inventur": German words an English pattern read, which
                    # deny nothing either ("will ihm die feier nicht kaputt machen", round 23)
                    continue
                own_negation = not pattern.negation_is_the_crisis
                if (
                    (_denied(sentence, match) if own_negation else _denied_once(sentence, match))
                    or _negated_right_before(sentence, match)
                    or _seen_so_then_denied(sentences, k, match)
                    or _meant_otherwise_after(sentences, k)
                    or (pattern.category == _HOPE and k in eased)
                ) and not (
                    provisional(sentence)
                    or _DENIAL_TAKEN_BACK.search(sentence, match.end())
                    or (k + 1 < len(sentences) and _FOR_NOW_AFTER.fullmatch(sentences[k + 1]))
                ):
                    denied.add(k)  # a denial, not one for now only ("not yet", "noch nicht")
                    continue
                if language == "de" and _german_article_read(pattern, sentence, match):
                    continue
                if (
                    not pattern.kept_from_others
                    and _someone_else(sentence, match, strict)
                    and not taken_up(sentence)
                ):
                    theirs.add(k)
                    continue  # another's words, unless the writer takes them up ("so do i")
                if _dream_content(sentence, match):
                    continue
                if pattern.category == _HARM and _addiction_relapse(clean, match.group()):
                    continue  # "relapsed last night after 63 days, back to a meeting" (round 24)
                if HELPLINE.search(match.group()) and any(
                    j in others or j in theirs for j in (k - 1, k - 2)
                ):
                    # "mein vater hat ein seil im keller. hab den krisendienst gerufen"; round
                    # 49: "gestern hat er gesagt, er will nicht mehr leben. hab den krisendienst
                    # angerufen" (his words read as his by the patterns, not set aside whole)
                    continue
                if not pattern.kept_from_frames and framed(
                    sentence, match.start(), match.end(), pattern.category
                ):
                    continue  # news, a film, a stage role, an ordinary purpose, an accident
                if joke and _JOKE_MATCH.search(match.group()):
                    continue
                if pattern.category == _PASSIVE and _TIME_LIMIT.search(
                    sentence,
                    # "bis sonntag nicht mehr aufwachen" holds its end before the phrase (round 28)
                    max(0, match.start() - _TIME_LIMIT_REACH),
                    match.end() + _TIME_LIMIT_REACH,
                ):
                    continue  # "will nur noch weg sein bis morgen frueh": a rest, not an end
                phrase = " ".join(match.group().split())
                found.add(pattern.category)
                if phrase not in matches:
                    matches.append(phrase)
    return matches, found, denied


# A denial made for now only in the next fragment: "I don't want to die. Not yet anyway." (round
# 51)
_FOR_NOW_AFTER: Final = re.compile(
    r"\s*(?:(?:but|aber|well|naja),?\s+)?(?:not\s+yet|noch\s+nicht|not\s+(?:tonight|today)|nicht\s+heute(?:\s+nacht)?)"
    r"(?:,?\s+(?:anyway|at\s+least|jedenfalls|zumindest))?\s*[.!]*\s*"
)


# Others see the writer so ("they look at me like i'm about to ...", "alle tun, als ob ich
# ..."), and the next sentence says no: "I'm not." (round 43)
_SEEN_SO: Final = re.compile(
    r"\b(?:like|as\s+if|as\s+though|als\s+ob|als\s+wuerde|wie\s+wenn)\s+(?:i'm|i\s+am|i\s+was|i'd|i\s+would|ich)\b"
    r"|\b(?:think|thinks|thought|worried|worry|worries|scared|afraid|denken|denkt|glauben|glaubt|meinen|meint)\s+"
    r"(?:that\s+|dass\s+)?(?:i'm|i\s+am|i'll|i\s+will|i'd|ich)\b"
    # round 45: "people keep saying i must want to die, stuck in this wheelchair. i don't."
    r"|\b(?:say|says|saying|sagen|sagt)\s+(?:that\s+|dass\s+)?(?:i\s+must|ich\s+(?:muss|wuerde|will))\b"
    # round 51: "kelly keeps asking if i'm going to hurt myself. i'm not.", "meine schwester fragt
    # dauernd, ob ich mir was antu. tu ich nicht."
    r"|\b(?:asking|asks|asked)\s+(?:me\s+)?(?:if|whether)\s+(?:i'm|i\s+am|i'll|i\s+will|i'd)\b|\bfragt\w*\s+(?:\w+\s+)?,?\s*ob\s+ich\b"
    # round 52: "pain nurse asked if I ever think about ending my life", "wollte wissen, ob ich
    # lebensmüde bin"
    r"|\b(?:asking|asks|asked)\s+(?:me\s+)?(?:if|whether)\s+i\s+(?:ever\s+)?(?:think|thought|feel|felt|have|had)\b|\bwissen\s*,?\s+ob\s+ich\b"
)
_BARE_DENIAL: Final = re.compile(
    r"\s*(?:(?:well|but|no|nope|nein|aber|tja),?\s+)?(?:i'm|i\s+am|im)\s+not(?:\s+though)?"
    r"|\s*(?:(?:nein|aber|tja),?\s+)?bin\s+ich\s+(?:aber\s+)?nicht|\s*(?:nein|aber),?\s+ich\s+bin's\s+nicht"
    r"|\s*(?:i\s+won't|i\s+will\s+not|werd\s+ich\s+nicht|werde\s+ich\s+nicht)"
    r"|\s*(?:(?:well|but|no|nope),?\s+)?i\s+(?:don't|do\s+not)|\s*(?:(?:nein|aber),?\s+)?(?:will|tu|tue)\s+ich\s+(?:aber\s+)?nicht"
    r"\s*[.!]*\s*"
    # round 52: "Honestly, no."
    r"|\s*(?:honestly|truthfully|ehrlich(?:\s+gesagt)?|ganz\s+ehrlich),?\s+(?:no|nope|nein|nee)\s*[.!]*\s*"
)
# ... or a bare "Nein!" that nothing after it takes back (round 52; not "No... maybe they're
# right", "no. well, yes, most nights")
_BARE_NO: Final = re.compile(r"\s*(?:no|nope|nein|nee)\s*")
_TAKEN_BACK_AFTER: Final = re.compile(
    r"\s*(?:maybe|well|yes|yeah|sometimes|kind\s+of|sort\s+of|not\s+sure|i\s+don't\s+know|ja|doch|vielleicht|naja|manchmal|eigentlich|weiss\s+nicht)\b"
)


def _denied_bare(sentences: list[str], k: int) -> bool:
    """Whether sentence k is a bare denial, and a bare "no" not taken back in the next sentence."""
    if _BARE_DENIAL.fullmatch(sentences[k]):
        return True
    if not _BARE_NO.fullmatch(sentences[k]):
        return False
    after = next((s for s in sentences[k + 1 :] if s.strip()), "")
    return not _TAKEN_BACK_AFTER.match(after)


def _seen_so_then_denied(sentences: list[str], k: int, match: re.Match[str]) -> bool:
    """Whether a phrase is how others see the writer and the next sentence denies it bare."""
    return (
        k + 1 < len(sentences)
        and _denied_bare(sentences, k + 1)
        and _SEEN_SO.search(sentences[k], max(0, match.start() - 40), match.start()) is not None
    )


# "I can't anymore" said of a day's load and eased off in the same entry with the evening's
# comfort or the next errand (round 45: "ich kann nicht mehr!! 3 stunden ausländerbehörde, dann
# jobcenter, dann kita. jetzt tee und sofa und fertig", "i can't anymore, so tired but happy.
# going to sleep now", "ich kann nimmer ... morgen fahr ich nach emden, ersatzteile holen");
# not "ich kann nicht mehr. morgen fahr ich hoch zu der stelle"
_WORN_OUT: Final = re.compile(
    r"\b(?:ich\s+)?kann\s+(?:\w+\s+)?(?:nicht\s+mehr|nimmer|nimma|nemme)\b|\bi\s+(?:can't|cant|cannot)\s+(?:do\s+(?:this|it)\s+)?any\s*more\b"
)
_EASED: Final = re.compile(
    r"\b(?:jetzt|gleich|erstmal|now|then|off)\s+(?:\w+\s+){0,2}?(?:tee|kaffee|sofa|couch|bett|badewanne|doener|pizza|schoki"
    r"|schokolade|netflix|serie|tea|coffee|bed|bath|chocolate|telly|wine|wein|bier|beer|kebab|takeaway|nap|nickerchen)\b"
    r"|\b(?:going|gonna|off)\s+to\s+(?:bed|sleep)\s+now\b|\bich\s+geh\w*\s+jetzt\s+(?:\w+\s+){0,2}(?:essen|schlafen|ins\s+bett|baden|pennen)\b"
    r"|\bmorgen\s+(?:fahr|geh|hol|kauf)\w*\s+ich\b[^.!?]{0,40}\b(?:holen|kaufen|einkaufen|abholen|reparieren)\b"
    r"|\b(?:tired|muede|fertig|kaputt)\s+(?:but|aber)\s+(?:happy|gluecklich|zufrieden|proud|stolz)\b"
    # round 46: an early night ("early night with the weighted blanket", "geh um acht ins bett,
    # gewichtsdecke drauf"), or work going on tomorrow ("morgen um halb sechs gehts weiter")
    r"|\b(?:early\s+night|weighted\s+blanket|gewichtsdecke|frueh\s+ins\s+bett)\b"
    r"|\bum\s+(?:halb\s+)?(?:sieben|acht|neun|zehn|[789]|1[0-2])\s+(?:uhr\s+)?ins\s+bett\b|\bbed\s+(?:at|by)\s+(?:[6-9]|1[0-2]|eight|nine|ten)\b"
    r"|\bmorgen\s+(?:frueh\s+)?(?:um\s+)?(?:\w+\s+){0,2}(?:geht'?s|gehts|geht\s+es)\s+weiter\b"
    # round 48: a rest with its end named ("ich leg mich jetzt hin und steh erst im april wieder
    # auf", "not getting up again till monday")
    r"|\bsteh\w*\s+(?:ich\s+)?erst\s+(?:im|am|an|zu|nach|naechste\w*)\s+(?:\w+\s+){0,2}wieder\s+auf\b"
    r"|\b(?:not\s+getting|won't\s+get|am\s+not\s+getting)\s+up\s+(?:again\s+)?(?:until|till|til)\s+(?:next\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|spring|summer|autumn|winter|january|february|march|april|may|june|july|august|september|october|november|december)\b"
)


def _worn_out_then_eased(sentences: list[str]) -> set[int]:
    """The sentences saying "I can't anymore" in an entry that eases off after it, and says
    nothing of dying (see `_EASED`)."""
    worn = [k for k, s in enumerate(sentences) if _WORN_OUT.search(s)]
    if not worn:
        return set()
    return {
        k
        for k in worn
        if any(_EASED.search(s) for s in sentences[k : k + 4])
        and not any(_DEATH_NEAR_WORN.search(s) for s in sentences)
    }


_DEATH_NEAR_WORN: Final = re.compile(
    r"\b(?:(?:to|i|wanna|could|would|will|gonna)\s+die|dead|death|dying|kill\w*|suicid\w*|end\s+it|sterb\w*|tot|tod|umbring\w*|suizid\w*|weg\s+sein|gone"
    r"|pills|tablets|tabletten|rope|strick|bridge|bruecke|jump\w*|spring\w*|stelle|place|forever|fuer\s+immer)\b"
)


# The next sentence says what the words meant (round 45): "said 'i can't do this anymore' in
# group. i meant the warehouse job!! i'm quitting the job, not life."
_I_MEANT_OPENS: Final = re.compile(
    r"\s*(?:(?:no|nein|nee)\s*,?\s*)*(?:(?:not\s+like\s+that|nicht\s+so)\s*,?\s*)?(?:(?:but|aber|and|und)\s+)?"
    r"(?:i\s+meant|i\s+mean|damit\s+mein(?:e|te)?\s+ich|ich\s+mein(?:e|te)?)\s+"
    r"(?:only\s+|just\s+|nur\s+)?(?:the|my|this|that|die|den|das|diese\w*|meine\w*)\s+(?!(?:life|leben|world|welt)\b)\w+"
)


def _meant_otherwise_after(sentences: list[str], k: int) -> bool:
    """Whether the next sentence says the phrase meant a thing, or a thing and not life."""
    after = sentences[k + 1 : k + 3]
    return bool(after) and (
        _I_MEANT_OPENS.match(after[0]) is not None
        and not _DEATH_AFTER_MEANT.search(after[0])
        or any(A_THING_NOT_LIFE.search(s) for s in after)
    )


_DEATH_AFTER_MEANT: Final = re.compile(
    r"\b(?:and|und)\s+(?:(?:my|mein)\s+)?(?:life|leben|everything|alles)\b|\b(?:too|auch)\b"
)


def _german_words_only(pattern: _Pattern, phrase: str) -> bool:
    """Whether an English pattern matched only words a German text uses as German ("will die"
    is "wants the"); "i want to die" in a German entry is still read."""
    if pattern not in _ENGLISH_SECTION:  # asked only for a match: a short scan
        return False
    german = load_lexicon("de").known
    return all(w in german or w in _DE_MARKERS for w in _WORDS.findall(phrase))


def _german_article_read(pattern: _Pattern, sentence: str, match: re.Match[str]) -> bool:
    """Whether a wish field in a German text ended on the article "die" before a German word
    ("ich will nen anderen job, und heut abend geht die bewerbung raus", round 41): colloquial
    words ("nen", "heut") keep `_german_words_only` from seeing it."""
    if pattern is not _FIELDS[0] or not match.group().endswith(" die"):
        return False
    after = _WORDS.match(sentence, match.end() + 1)
    return after is not None and is_word(after.group(), "de") and not is_word(after.group(), "en")


# Each number below was checked against the public page in its source_url.
_INTERNATIONAL = HelpResource(
    name="Find A Helpline",
    region="international",
    description=message("help.findahelpline"),
    description_key="help.findahelpline",
    url="https://findahelpline.com",
    # findahelpline.com country pages list free crisis helplines (checked: findahelpline.com/AU).
    source_url="https://findahelpline.com/AU",
)
_REGIONAL: Final[dict[str, tuple[HelpResource, ...]]] = {
    "US": (
        HelpResource(
            name="988 Suicide & Crisis Lifeline",
            region="US",
            description=message("help.lifeline_988"),
            description_key="help.lifeline_988",
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
            description=message("help.samaritans"),
            description_key="help.samaritans",
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
            description=message("help.samaritans_ie"),
            description_key="help.samaritans_ie",
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
            description=message("help.telefonseelsorge"),
            description_key="help.telefonseelsorge",
            phone="0800 111 0 111",
            url="https://www.telefonseelsorge.de",
            # domradio.de: 0800/1110111 and 0800/1110222, rund um die Uhr kostenfrei und anonym.
            source_url="https://www.domradio.de/glossar/telefonseelsorge-0",
        ),
    ),
    "AT": (
        HelpResource(
            name="TelefonSeelsorge",
            region="AT",
            description=message("help.telefonseelsorge_at"),
            description_key="help.telefonseelsorge_at",
            phone="142",
            url="https://www.telefonseelsorge.at",
            # katholisch.at: "Unter der Rufnummer 142 ist die Telefonseelsorge in ganz Österreich
            # rund um die Uhr und kostenlos zu erreichen."
            source_url="https://www.katholisch.at/telefonseelsorge",
        ),
    ),
    "CH": (
        HelpResource(
            name="Die Dargebotene Hand",
            region="CH",
            description=message("help.dargebotene_hand"),
            description_key="help.dargebotene_hand",
            phone="143",
            url="https://www.143.ch",
            # 143.ch: the three-digit number 143, for all of Switzerland and Liechtenstein.
            source_url="https://www.143.ch/en/our-history/",
        ),
    ),
}
# The emergency number of each region (112 reaches the emergency services all over Europe).
_EMERGENCY: Final = {"US": "911", "UK": "999", "IE": "112", "DE": "112", "AT": "112", "CH": "112"}
# With no region set and none in the locale: the lines of the countries most people writing
# in a language live in, each named with its country.
_BY_LANGUAGE: Final = {"en": ("US", "UK", "IE"), "de": ("DE", "AT", "CH")}
_REGION_ALIASES: Final = {
    "GB": "UK",
    "USA": "US",
    "IRELAND": "IE",
    "GERMANY": "DE",
    "DEUTSCHLAND": "DE",
    "AUSTRIA": "AT",
    "OESTERREICH": "AT",
    "ÖSTERREICH": "AT",
    "SWITZERLAND": "CH",
    "SCHWEIZ": "CH",
    "LI": "CH",  # Liechtenstein: 143 reaches Die Dargebotene Hand there too
}
_LOCALE_REGION: Final = re.compile(r"^[A-Za-z]{2,3}[-_]([A-Za-z]{2})(?![A-Za-z])")


def _region_code(region: str) -> str:
    code = region.strip().upper()
    return _REGION_ALIASES.get(code, code)


def help_resources(region: str = "international") -> list[HelpResource]:
    """Helplines for a region (US, UK, IE, DE, AT, CH); the international directory is always
    included."""
    return [*_REGIONAL.get(_region_code(region), ()), _INTERNATIONAL]


def region_of_locale(locale: str | None) -> str:
    """The help-line region a locale names ('en-US', 'de_AT.UTF-8' -> 'US', 'AT'); '' if none."""
    m = _LOCALE_REGION.match((locale or "").strip())
    code = _region_code(m.group(1)) if m else ""
    return code if code in _REGIONAL else ""


def help_for(
    language: str,
    region: str = "international",
    *,
    locale: str | None = None,
    text_language: str = "",
) -> list[HelpResource]:
    """The help lines to show a person reading the app in `language` who wrote in
    `text_language`: the region set on purpose; else the one their locale names (the browser's
    or the system's), with the countries of the text's language when it is not spoken there;
    else, where the person is stays unknown, the countries most speakers of either language
    live in, each line with its country. The international directory always ends the list."""
    set_on_purpose = _region_code(region)
    if set_on_purpose in _REGIONAL:
        return help_resources(set_on_purpose)
    languages = dict.fromkeys(lang[:2].lower() for lang in (language, text_language) if lang)
    home = region_of_locale(locale)
    if home:  # and, if the text's language is not spoken there, that language's countries
        written = _BY_LANGUAGE.get(text_language[:2].lower(), ())
        regions = [home, *(written if home not in written else ())]
    else:
        regions = [r for lang in languages for r in _BY_LANGUAGE.get(lang, ())]
    shown: list[HelpResource] = []
    for code in dict.fromkeys(regions):
        for resource in _REGIONAL[code]:
            twin = next(
                (r for r in shown if (r.phone, r.url) == (resource.phone, resource.url)), None
            )
            if twin is None:
                shown.append(resource)
            else:  # Samaritans: one number for the UK and Ireland
                shown[shown.index(twin)] = twin.model_copy(
                    update={"region": f"{twin.region} {resource.region}"}
                )
    return [*shown, _INTERNATIONAL]


def emergency_numbers(resources: list[HelpResource]) -> list[tuple[str, list[str]]]:
    """(number, the regions it serves) for the regions of `resources`, in their order."""
    numbers: dict[str, list[str]] = {}
    for resource in resources:
        for code in resource.region.split():
            if code in _EMERGENCY:
                regions = numbers.setdefault(_EMERGENCY[code], [])
                if code not in regions:
                    regions.append(code)
    return list(numbers.items())


def country_names(regions: list[str] | str, language: str) -> str:
    """The countries of region codes in `language` ('UK IE' -> 'UK, Ireland')."""
    codes = regions.split() if isinstance(regions, str) else regions
    return ", ".join(message(f"help.country.{code}", language) for code in codes)


def countries_of(resource: HelpResource, language: str) -> str:
    """The countries a help line serves ('UK, Ireland'); '' for the international directory."""
    if resource.region == _INTERNATIONAL.region:
        return ""
    return country_names(resource.region, language)


def emergency_text(resources: list[HelpResource], language: str) -> str:
    """'In immediate danger, call 911 (USA) or 112 (Germany, Austria).' for the shown lines."""
    numbers = emergency_numbers(resources)
    if not numbers:
        return ""
    parts = [f"{number} ({country_names(codes, language)})" for number, codes in numbers]
    return message("help.emergency", language, numbers=message("help.or", language).join(parts))


def help_text(
    language: str,
    region: str = "international",
    *,
    locale: str | None = None,
    text_language: str = "",
) -> list[str]:
    """The support message and the help lines as plain lines (the CLI's stderr)."""
    resources = help_for(language, region, locale=locale, text_language=text_language)
    lines = [support_message(language)]
    emergency = emergency_text(resources, language)
    if emergency:
        lines.append(emergency)
    for r in resources:
        where = countries_of(r, language)
        where = f" ({where})" if where else ""
        lines.append(f"  {r.name}{where}: {r.phone or r.url} - {r.describe(language)}")
    return lines


def support_message(language: str = "en") -> str:
    """A calm, plain message to show next to help resources."""
    return message("help.support", language)
