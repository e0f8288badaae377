"""Frames that put a crisis phrase outside the writer's own present: shared by all three stages.

A phrase the patterns (`safety.py`) or the concepts (`crisis_concepts.py`) find is not the writer's
crisis when its sentence frames it as

    media         news, statistics, a film, song, book or podcast, when the frame word comes after
                  the writer's last "I" ("i watched a documentary about suicide") or the writer is
                  not in it ("news said suicide rates went up"); "the film made me want to die"
                  stays flagged (the writer is the nearest person)
    helping       a crisis line called for someone else ("ich hab für sie den krisendienst
                  angerufen")
    acting        a stage role ("theaterprobe, ich spiel den werther, also erschiess ich mich")
    reported      a counterfactual quote ("a year ago i'd have written 'i want to die' here")
    everyday      a stated ordinary purpose, for plans and preparation (also a pain or a dose limit,
                  a birth or a wedding, the tax return, a washing line), and for any phrase without
                  a word of death or of the self in it ("looked up how high the bridge is for my
                  engineering homework", "a goodbye card for my colleague")
    accident      an accident, for self-harm only ("burned my hand on the oven tray")

The classifier (`crisis_model.py`) does not read a sentence with a media or everyday frame, nor
one where the writer reassures ("i'm safe and i really do want to live", "ich mach nix dummes")
without a "for now". Everything else keeps "when in doubt, flag": a first-person present
statement is never framed away. Works on `safety.prepare`d text (lower case, umlauts spelled out).
"""

from __future__ import annotations

import re
from typing import Final

_MEDIA: Final = re.compile(
    r"\b(?:news|article|articles|newspaper|headlines?|report|reports|study|studies|survey|"
    r"statistics?|stats|rates?|films?|movies?|series|episode|podcast|documentary|docu|songs?|"
    r"lyrics|album|novel|novels|books?|poem|characters?|protagonist|plot|chapter|author|"
    r"nachrichten|zeitung|artikel|bericht|studie|statistik|\w+rate|\w+quote|serie|folge|doku|"
    r"dokumentation|lied|songtext|roman|buch|gedicht|figur|hauptfigur|kapitel|autorin?|"
    r"werther|tatort|krimi)\b|\b(?:a|the)\s+(?:play|show)\b"
)
_ACTING: Final = re.compile(
    r"\btheat(?:er|re)\s*(?:probe|rehearsal|play|stueck)\w*|\brehearsal\b|\bbuehne\b|\bon\s+stage\b"
    r"|\b(?:the\s+)?role\s+of\b|\brolle\s+(?:als|des|der)\b|\bpretend\w*\s+to\b"
)
_REPORTED: Final = re.compile(
    r"\b(?:i'd|i\s+would)\s+have\s+(?:written|said|typed|told)\b"
    r"|\bhaett?e?\s+ich\b[^.!?]*\b\w*(?:geschrieben|gesagt|getippt)\b"
)
_EVERYDAY: Final = re.compile(
    r"\b(?:homework|assignment|hausaufgabe\w*|\w+hausaufgabe)\b"
    r"|\bfor\s+(?:my|the|a|an|our)\s+(?:\w+\s+)?(?:class|course|project|exam|essay|thesis|seminar|"
    r"colleague|coworker|co-worker|boss|teacher|tent|camping|hike|wedding|party|move)\b"
    r"|\bfuer\s+(?:die|den|das|meine|meinen|mein|unsere|unser|eine|einen|ein)\s+(?:\w+\s+)?"
    r"(?:referat|projekt|pruefung|klausur|kurs|seminar|kollegin|kollegen?|chef|chefin|lehrer\w*|"
    r"zelt|wanderung|hochzeit|party|umzug)\b"
    r"|\b(?:old|new)\s+job\b|\b(?:alten|neuen)\s+job\b|\bretir\w*|\brente\b|\bruhestand\b"
)
# Errands with a stated reason, for plans and preparation only: pills counted for a pain or a
# dose limit, a will because of a birth or a wedding, papers for the tax return, rope for a
# washing line ("counted my painkillers, enough to last till the dentist on monday").
_ERRAND: Final = re.compile(
    r"\b(?:dentist|appointment|zahnarzt\w*|termin\w*|\w*schmerzen|headaches?|toothache|migraines?|period\s+pain|cramps|erkaeltung|"
    r"nehmen\s+darf|(?:safely\s+)?take\s+(?:a|per)\s+day|am\s+tag|pro\s+tag|tagesdosis|"
    r"hoechstdosis|max(?:imum|imal)?\s+(?:dose|dosis)|steuer\w*|tax\s+return|taxes|finanzamt|"
    r"baby|kleine\s+da\s+ist|geburt|birth|nachwuchs|heirat\w*|hochzeit|wedding|married|"
    r"washing\s+line|clothes\s*line|waescheleine|segeln|sailing|klettern|organi[sz]er|pill\s*box|"
    r"dosette|wochenbox|tablettenbox|\w*dosierer|dispenser|for\s+the\s+week|fuer\s+die\s+woche|"
    r"detox|social\s+media\s+(?:break|pause)|handyfasten|new\s+phone|neues\s+handy)\b"
    r"|\b(?:for|fuer|zum|zur)\s+(?:the|a|my|our|den|die|das|meinen|meine|unseren|unsere)?\s*"
    r"(?:garden|garten|boat|boot|climbing|swing|schaukel|hammock|haengematte|picnic|picknick|"
    r"barbecue|grillen|bbq|living\s+room|wohnzimmer)\b"
)
# A plan or errand told by "we" with no "I": a shared outing ("wir haben uns die stelle am see
# ausgesucht"), not one person's plan.
_WE: Final = re.compile(r"\b(?:we|we've|we're|we'll|wir)\b")
_I_SUBJECT: Final = re.compile(r"\b(?:i|i'm|i've|i'll|i'd|ich)\b")
# A crisis line called for someone else ("my friend is saving pills, i called the crisis line").
_HELPLINE: Final = re.compile(
    r"\b(?:crisis\s+(?:line|hotline)|suicide\s+(?:line|hotline)|988|samaritans|telefonseelsorge|"
    r"krisendienst|krisentelefon)\b"
)
_HELPING: Final = re.compile(
    r"\b(?:friend|best\s+friend|brother|sister|mum|mom|dad|son|daughter|flatmate|roommate|partner|"
    r"colleague|freundin|freund|bruder|schwester|mutter|mama|vater|papa|sohn|tochter|"
    r"mitbewohner\w*|kolleg\w*)\b|\b(?:for|with|fuer|mit)\s+(?:her|him|them|ihr|ihn|ihm|sie)\b"
)
_ACCIDENT: Final = re.compile(
    r"\b(?:accident\w*|chopping|cooking|shaving|by\s+mistake|oven|kitchen|playing|football|fell|"
    r"gym|training|clumsy|beim|versehen\w*|kochen|rasieren|unfall|gestuerzt|sport|ofen|herd|"
    r"ungeschickt)\b"
)
_REASSURED: Final = re.compile(
    r"\b(?:i'm|i\s+am|im)\s+safe\b|\bwant\s+to\s+live\b|\b(?:won't|wont|will\s+not|not\s+going\s+to)"
    r"\s+(?:do\s+anything|hurt\s+myself)\b|\b(?:mach|mache|tu|tue)\s+(?:nix|nichts)\s+"
    r"(?:dummes|bloedes)\b|\bwill\s+leben\b|\bbin\s+(?:in\s+)?sicherheit\b"
)
_NOT_YET_SAFE: Final = re.compile(
    r"\b(?:for\s+now|tonight|yet|today|anymore|any\s+more|fuer\s+heute|heute\s+nacht|noch|"
    r"erstmal|vorerst|mehr)\b|n't\s+(?:\w+\s+)?(?:want|do)|\b(?:not|nicht|no|kein)\b"
)
_DEATH_WORDS: Final = re.compile(
    r"\b(?:die|dying|dead|death|kill\w*|suicid\w*|myself|end\s+it|sterben|tot|tod|umbring\w*|"
    r"suizid\w*|selbstmord\w*|mich|mir)\b"
)
_WORD: Final = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_FIRST: Final = frozenset(
    {"i", "i'm", "i've", "i'd", "i'll", "me", "myself", "ich", "mir", "mich"}
)  # fmt: skip
_OWN_CATEGORIES: Final = {
    "self_harm": (_ACCIDENT,),
    "preparation": (_EVERYDAY, _ERRAND),
    "plan": (_EVERYDAY, _ERRAND),
}


def framed(sentence: str, start: int, end: int, category: str) -> bool:
    """Whether the crisis phrase at sentence[start:end] is framed as not the writer's own."""
    if _ACTING.search(sentence) or _REPORTED.search(sentence):
        return True
    if _HELPLINE.search(sentence, start, end) and _HELPING.search(sentence):
        return True  # the writer called a crisis line for someone else
    if any(frame.search(sentence) for frame in _OWN_CATEGORIES.get(category, ())):
        return True
    if category in _OWN_CATEGORIES and category != "self_harm" and _shared(sentence):
        return True
    if _EVERYDAY.search(sentence) and not _DEATH_WORDS.search(sentence[start:end]):
        return True  # a lookup or an errand named for its purpose ("how high ... for homework")
    return _media_owns(sentence, start, end)


def _shared(sentence: str) -> bool:
    """Told by "we" with no "I" ("we picked out a spot by the lake")."""
    return bool(_WE.search(sentence)) and not _I_SUBJECT.search(sentence)


def _media_owns(sentence: str, start: int, end: int) -> bool:
    """A media frame before the phrase with no "I" between them, or in or just after the phrase
    ("suicide rates", "die suizidrate"), with no "I" in the phrase."""
    if _FIRST.intersection(_WORD.findall(sentence[start:end])):
        return False
    if _MEDIA.search(sentence[start:end]) or _RATES_AFTER.match(sentence, end):
        return True
    before = sentence[:start]
    media = [m.end() for m in _MEDIA.finditer(before)]
    last_me = max((m.end() for m in _WORD.finditer(before) if m.group() in _FIRST), default=-1)
    return bool(media) and media[-1] > last_me


_RATES_AFTER: Final = re.compile(r"\s*(?:rates?|statistics?|figures|numbers|zahlen|statistik)\b")


def classifier_skips(sentence: str) -> bool:
    """Whether the classifier leaves a sentence unread: media or everyday framed, or reassured
    without a "for now"."""
    if _ACTING.search(sentence) or _REPORTED.search(sentence) or _EVERYDAY.search(sentence):
        return True
    if _MEDIA.search(sentence) and _media_subject(sentence):
        return True
    reassured = _REASSURED.search(sentence)
    if reassured is None:
        return False
    # "i'm not going to do anything": the reassurance's own "not" is no doubt about it
    return not any(
        m.start() < reassured.start() or m.end() > reassured.end()
        for m in _NOT_YET_SAFE.finditer(sentence)
    )


def _media_subject(sentence: str) -> bool:
    """After the first media frame word, someone else comes before the writer, or the writer
    does not come at all ("the song is about a guy who wants to die but i love it")."""
    m = _MEDIA.search(sentence)
    for word in _WORD.findall(sentence[m.end() :]) if m else ():
        if word in _FIRST:
            return False
        if word in _OTHERS:
            return True
    return True


_OTHERS: Final = frozenset(
    {"he", "she", "they", "guy", "man", "woman", "girl", "boy", "character", "hero", "heroine",
     "people", "someone", "er", "sie", "mann", "frau", "junge", "jemand", "held", "heldin",
     "figur", "menschen", "leute"}
)  # fmt: skip
