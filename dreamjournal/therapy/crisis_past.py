"""A past episode the writer tells as over: the part of a text all three crisis stages set aside.

"Two years ago I wanted to die; today I'm grateful I'm still here" is no crisis, and neither is
"4 years self-harm free as of today". A text is *told as over* when it says

    when       years ago, back then, used to, in school, when I was 15, old me, since then;
               vor 6 jahren, damals, frueher, zu schulzeiten, als teenager, mit 15, seitdem
    and over   grateful, proud, behind me, therapy helped, I'm fine now, life is good;
               dankbar, stolz, vorbei, ueberstanden, heut geht's mir gut, mir gehts gut
               (a clean streak of months or years says both: "clean for 14 months",
               "haven't cut in six years", "seit 18 monaten clean", "drei jahre ohne ritzen")

and nothing *reopens* it: again, still (thinking, wanting...), relapsed, yesterday, last night,
this week, lately, weeks ago, since Saturday; wieder, immer noch, rueckfall, gestern, seit
gestern, diese woche, in letzter zeit. A reopened text is checked whole, as before. A return
said outright ("relapsed", "it's back") always reopens; a mere time word does only in a sentence
that speaks of the crisis (round 12: "yesterday i cut again", not "i'm pregnant again" or
"letzten monat haben wir die briefe verbrannt").

In a text told as over, the sentences with a "when" or an "over" marker above are set aside,
unless one of their clauses (a stretch between commas, "and", "but" ...) speaks of a present
wish, plan or thought ("but i want to die", "ich denk jeden tag dran"), says "i'm suicidal", or
turns to a present that is not the recovery ("clean for a year, but today i keep staring at the
blade"; not "but now i'm proud").
A kept sentence is checked whole, so the classifier reads it in context. A sentence without a
marker is always checked, unless the next one opens with "since then", "seitdem", "das ist
jahre her",

so "years ago i wanted to die, therapy helped, but i want to die again" (reopened) and "back then i
cut, i'm proud of how far i've come, but i want to die" (a present wish) stay flagged: "when in
doubt, flag" holds for every first-person present statement. Works on `safety.prepare`d text.
"""

# ruff: noqa: E501
from __future__ import annotations

import re
from typing import Final

from dreamjournal.analysis.names import FIRST_NAMES

_NUMBER: Final = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|a\s+few|ein|einem|zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn|elf|zwoelf|mehreren|vielen|ein\s+paar)"
# Not right after someone else, whose habit or homecoming it is (round 41: "where dad used to
# shoot rabbits", "dad came back early")
_NOT_SOMEONE_ELSE: Final = "".join(
    rf"(?<!\b{who}\s)"
    for who in ("dad", "mum", "mom", "he", "she", "they", "father", "mother", "grandad", "grandpa")
)
_PAST: Final = re.compile(
    r"\b(?:(?:\w+\s+)?years?\s+(?:today\s+)?since\b|(?:\w+\s+)?years?\s+ago|(?:a\s+)?decades?\s+ago|(?:a\s+)?long\s+(?:time\s+)?ago|back\s+(?:in|then|when)"
    r"|in\s+(?:19|20)\d\d|(?:19|20)\d\d|(?:in|of|since)\s+'\d\d|spent\s+(?:\w+\s+)?years"
    # (round 41: not someone else's habit, "the wood where dad used to shoot rabbits")
    r"|"
    + _NOT_SOMEONE_ELSE
    + r"used\s+to|in\s+(?:school|uni|university|college|high\s+school|my\s+(?:teens|twenties|thirties|youth|school\s+(?:years|days|time)))"
    r"|at\s+(?:uni|school|college)|when\s+i\s+was\s+(?:\d+|(?:a\s+)?teen\w*|young\w*|little|a\s+kid|(?:a\s+)?student|at|in|still|\w+teen|twenty|thirty|forty|fifty"
    # round 43: "when i was a lad of nineteen", "that's sixty-odd years gone"
    r"|a\s+(?:lad|lass|boy|girl|young\s+(?:man|woman)|youngster))|(?:\w+[- ])?(?:odd\s+)?years\s+gone"
    r"|as\s+a\s+(?:teen\w*|kid|student|child)|the\s+(?:winter|summer|spring|autumn|year)\s+i\s+was\s+(?:\d+|\w+teen|twenty|thirty|forty)|(?:the\s+)?old\s+me|my\s+(?:younger|teenage)\s+self|since\s+then|at\s+the\s+time"
    # round 39: "heut is genau zehn jahr her, dass ... im jahr davor hab i mi oft gschnittn"
    r"|im\s+jahr\s+davor|in\s+den\s+jahren\s+davor|"
    # round 40: "in der u-haft davor hab ich mich fast jede nacht geritzt"
    r"(?:in\s+der|im|in\s+den|in\s+dem)\s+[\w-]+\s+davor\b|the\s+year\s+before(?:\s+that)?\b|in\s+the\s+years\s+before(?:\s+that)?\b"
    r"|vor\s+(?:\w+\s+){0,2}(?:jahr|johr)(?:e|en)\b|vor\s+(?:\w+\s+){1,2}(?:jahr|johr)(?:e|en)?|vor\s+(?:langer\s+zeit|jahrzehnten)|vor\s+(?:zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn|vielen|\d+)\s+(?:wintern|sommern)\b|(?:jahre|jahr|johr|lange?)\s+her|damals|(?<!wie\s)frueher\w*|seitdem|seither"
    r"|(?:in\s+der\s+|zu\s+)?schulzeit(?:en)?|in\s+der\s+schule|als\s+(?:teenager|teenie|kind|jugendliche\w*|schueler\w*|student\w*|azubi)"
    r"|im\s+studium|in\s+der\s+(?:ausbildung|pubertaet|jugend)|waehrend\s+(?:der|des|meiner|meines)\s+(?:ausbildung|studiums?|schulzeit|pubertaet|jugend|lehre)"
    # round 23: an old diary read ("my year 9 diary", "mein altes tagebuch")
    r"|(?:in\s+)?year\s+\d+\s+(?:diary|journal)|(?:my|an)\s+old\s+(?:diar(?:y|ies)|journals?)|(?:altes?|alten)\s+tagebu\w+|als\s+ich\s+(?:\d+|jung|klein|jugendlich)\s+war|das\s+alte\s+ich"
    r"|mit\s+(?:\w+zehn|zwanzig|dreissig|vierzig|fuenfzig|\w+und(?:zwanzig|dreissig))(?:\s+jahren)?\b|als\s+ich\s+(?:\w+zehn|zwanzig|dreissig)\s+war"
    r"|mit\s+(?:1\d|[2-9]\d)(?:\s+jahren)?(?!\s*(?:tabletten|pillen|stueck|mg|euro|leute\w*|km|metern?|sachen|minuten|stunden|tagen)\b)(?!\s*(?:jahren\s+)?(?:nimmt|nehmen|kann|will|geht|gehts|fuehl\w*|steh\w*|lebe?|krieg\w*|find\w*|braucht?|muss)\b)"
    r"|(?:at\s+(?:the\s+)?age\s+(?:of\s+)?|aged\s+)\d+|(?:\w+\s+)?(?:years|decades?)\s+(?:today\s+)?(?:since|back)|a\s+decade\s+back|it's\s+been\s+(?:\w+\s+){0,2}years"
    r"|(?:in|for|through(?:out)?)(?:\s+(?:most|much|all|part)\s+of)?\s+my\s+(?:early\s+|late\s+|mid\s+)?(?:teens|twenties|thirties|forties|youth)|back\s+when|those\s+days"
    # round 51: "I self-harmed all through my junior gymnastics years"
    r"|(?:all\s+)?through(?:out)?\s+my\s+(?:\w+\s+){1,3}?(?:years|days)\b"
    r"|in\s+meine[nm]\s+(?:fruehen\s+|spaeten\s+)?(?:zwanzigern|dreissigern|vierzigern|teenagerjahren|jugendjahren|jugend)|my\s+teen(?:age)?\s+years"
    # an old diary, old scars, "the time when": the past named by what is left of it
    r"|(?:my\s+)?old\s+(?:diary|diaries|journal|journals|scars)|alte[nms]?\s+(?:tagebuch|tagebuecher|narben|svv\s+narben)"
    r"|d(?:ie|er)\s+zeit,?\s+(?:in\s+der|als)|the\s+(?:time|years)\s+(?:when|that)\s+i"
    # a decade named (round 26): "in den achtzigern", "in the seventies", "in the 90s"
    r"|in\s+den\s+(?:fuenfziger|sechziger|siebziger|achtziger|neunziger)n?|in\s+den\s+(?:19)?[5-9]0er(?:n|\s+jahren)?"
    r"|in\s+the\s+(?:fifties|sixties|seventies|eighties|nineties|(?:19)?[5-9]0'?s|'[5-9]0s)"
    # round 29: "mitte der achtziger", "in the mid-nineties"
    r"|(?:mitte|anfang|ende)\s+der\s+(?:fuenfziger|sechziger|siebziger|achtziger|neunziger|nuller)\w*"
    r"|(?:early|mid|late)[- ](?:fifties|sixties|seventies|eighties|nineties|(?:19)?[5-9]0'?s)"
    r"|(?:\w+[- ])?(?:odd\s+)?years\s+on\b|als\s+(?:junges\s+|kleines\s+)?(?:maedchen|mädchen|bub|junge)\b"
    # a season or a year pointed back to: "that winter i took an overdose", "in jenem sommer"
    r"|that\s+(?:winter|summer|spring|autumn|year)|(?:in\s+)?jene[mnrs]?\s+(?:winter|sommer|fruehling|herbst|jahr)"
    # round 37: "that first year was the darkest of my life", "das jahr danach war das dunkelste"
    r"|that\s+(?:first|second|whole)\s+(?:winter|summer|year)|(?:das|dem)\s+(?:erste[n]?\s+)?jahr\s+danach"
    # "that was the year i went bankrupt", "in dem jahr war i in privatkonkurs"
    r"|that\s+was\s+the\s+(?:year|winter|summer|spring|autumn|time)\b|\bin\s+dem\s+jahr\s+(?:war|hatte|habe?|bin)\b"
    r"|from\s+(?:age\s+)?\d+\s+(?:to|till|until)\s+\d+|von\s+\d+\s+bis\s+\d+|(?:\w+\s+)?(?:years|jahre)\s+(?:after|nach)"
    # round 35: "das war das jahr nach felix, als ich ..."
    r"|(?:das|dem|that\s+was\s+the|the)\s+(?:jahr|year)\s+(?:nach|after)\b"
    # round 37: "is three years behind me now", "liegt zwei jahre hinter mir"
    r"|(?:\w+\s+)?(?:years?|decades?|jahre|jahrzehnte)\s+(?:\w+\s+)?(?:behind\s+(?:me|us)|hinter\s+(?:mir|uns))"
    # round 31: "from year 9 until i was nineteen"
    r"|from\s+year\s+\d+|(?:until|till)\s+i\s+was\s+(?:\d+|\w+teen|twenty\w*)"
    r"|\d+\s+yrs?\s+(?:since|ago)|(?:\w+\s+)?jahre\s+seit|zu\s+\w+zeiten|(?:waehrend|in)\s+(?:der|meiner)\s+\w*(?:zeit|abizeit)"
    r"|(?:in|during)\s+(?:my|meiner|der)\s+(?:\w+\s+)?(?:worst|darkest|hardest|schlimmsten|dunkelsten|schwersten|schwierigsten)\s+(?:time|phase|years|zeit|jahren?)"
    r"|(?:\w+\s+)?jahre\s+(?:ist\s+es\s+)?her|(?:ist|is)\s+(?:schon\s+)?lang\s+her|lange?\s+her"
    # round 32: the rest of "in der 10. klasse" after its ordinal's full stop
    r"|^\s*(?:klasse|schuljahr)\b"
    # round 19: school years and ages said in words ("in sixth form", "at nineteen")
    r"|in\s+(?:the\s+)?(?:sixth|lower\s+sixth|upper\s+sixth)(?:\s+form)?|in\s+year\s+(?:\d+|seven|eight|nine|ten|eleven|twelve|thirteen)"
    r"|at\s+(?:thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|twenty-\w+)\b"
    r"|after\s+(?:so\s+long|all\s+these\s+years)|nach\s+(?:so\s+langer\s+zeit|all\s+den\s+jahren)"
    # round 28: a second-language "als ich war 17, nach dem krieg"
    r"|als\s+ich\s+war\s+(?:\d+|jung|klein|\w+zehn)"
    # round 28: "in dem winter danach", "im jahr danach", "the spring after you died"
    r"|(?:in\s+dem|im|in\s+the|the)\s+(?:winter|sommer|fruehling|herbst|jahr|year|spring|summer|autumn|months?|monaten?)\s+(?:danach|darauf|after)\b"
    # round 28: "in my student time in warsaw i ... wanted to die. now, fifteen years later, ..."
    r"|in\s+my\s+(?:student|uni|university|college|school|army|navy)\s+(?:time|days|years)|(?:\w+\s+)?(?:years|decades)\s+later"
    # round 19: the pandemic's lockdowns are years past ("back in the 2020 lockdown", "im ersten lockdown")
    r"|(?:in|during)\s+(?:the\s+)?(?:first\s+|second\s+|covid\s+|corona\s+)?lockdowns?|(?:im|in\s+den|waehrend\s+de[sm])\s+(?:ersten\s+|zweiten\s+|corona-?)?lockdowns?"
    r"|(?:during|in)\s+(?:covid|corona|the\s+pandemic)|(?:waehrend|in)\s+(?:corona|der\s+pandemie)"
    # the first stretch of a new life, named by its order (round 12): "the first winter in
    # glasgow", "in year two", "im ersten jahr", "beim ersten kind", "als ich nach deutschland kam"
    r"|(?:the|my|that)\s+first\s+(?:winter|summer|year|term|semester|months?|weeks?)\s+(?:in|at|abroad|of|after|here|there)"
    r"|in\s+(?:year|jahr)\s+(?:one|two|three|four|five|eins|zwei|drei|\d)|(?:im|in\s+meinem|in\s+unserem)\s+ersten\s+(?:jahr|winter|sommer|semester|monat)"
    r"|(?:with|after)\s+my\s+first\s+(?:baby|child|son|daughter)|beim\s+ersten\s+kind|als\s+ich\s+(?:nach|in)\s+\w+\s+kam"
    r"|(?:\w+\s+)?years?\s+(?:today|now)\s+since"
    # a season or a year just gone, an age said roughly, the first months somewhere (round 11)
    r"|(?:last|letzten|letztes)\s+(?:winter|spring|summer|autumn|fall|year|sommer|fruehling|herbst|jahr)"
    r"|mit\s+(?:anfang|mitte|ende)\s+(?:zwanzig|dreissig|vierzig|fuenfzig|sechzig|\d0)|when\s+i\s+first\s+(?:came|moved|started|arrived)"
    # a period named by what it was: "the suicidal years", "diese dunklen jahre"
    r"|(?:the|those|my)\s+(?:suicidal|dark|darkest|bad|worst|cutting|self-harm|hospital)\s+(?:years|days|phase|time)"
    r"|(?:die|diese|meine)\s+(?:suizidalen|dunklen|schlimmen|schlimmsten)\s+(?:jahre|zeit|phase)"
    # a stretch of the past told as one (round 15): "there was a winter after the divorce when",
    # "a bad patch", "es gab eine zeit, in der", "war mal in ner schwarzen phase"
    r"|there\s+(?:was|were)\s+(?:a|one|some)\s+(?:\w+\s+)?(?:time|winter|summer|spring|autumn|year|years|period|phase|patch|stretch|months)"
    r"|(?:a|one)\s+(?:bad|dark|rough|black|low)\s+(?:patch|phase|spell|stretch)|es\s+gab\s+(?:eine|mal\s+eine)\s+(?:\w+\s+)?(?:zeit|phase)"
    r"|war\s+mal\s+(?:in\s+)?(?:\w+\s+){0,3}(?:phase|zeit|loch)"
    # an age or a span said plainly: "overdosed at 17", "before 6 years", "vor 6 jahre"
    # (round 50: not an age to come, "can't picture myself at 25 ... and i'm fine with that")
    r"|(?<!tension\s)(?<!pressure\s)(?<!level\s)(?<!score\s)(?<!mood\s)(?<!urge\s)(?<!pain\s)(?<!distress\s)(?<!anxiety\s)"
    r"(?<!picture\smyself\s)(?<!see\smyself\s)(?<!imagine\smyself\s)"
    r"at\s+(?:1[3-9]|[2-9]\d)(?!\s*(?:pm|am|o'clock|:|h\b|uhr|percent|%|mg|kg|km|pills|tablets|/))|before\s+\w+\s+years|vor\s+\w+\s+jahre"
    # a school year named (round 16): "all through secondary school", "in der 9. klasse"
    r"|(?:all\s+)?through\s+(?:(?:most|all|much)\s+of\s+)?(?:secondary|high|middle|primary)\s+school|in\s+(?:secondary|high|middle)\s+school"
    r"|(?:all\s+)?through\s+(?:the\s+)?sixth\s+form|(?:all\s+)?through\s+(?:uni|university|college|my\s+degree|undergrad)"
    r"|in\s+der\s+\d{1,2}\.?\s*klasse|in\s+der\s+(?:ober|mittel|unter)stufe"
    # a dark stretch had, a dark year, years later (round 16)
    r"|hatte\s+ich\s+(?:eine|ne|'ne)\s+(?:\w+\s+)?(?:dunkle|schwarze|schlimme|harte|schwere)\s+(?:phase|zeit)"
    r"|(?:such\s+a|that|a)\s+(?:dark|bad|terrible|awful|black)\s+(?:year|winter|summer|time)|(?:\w+\s+)?jahre\s+spaeter|years\s+later)\b"
)
_MONTH: Final = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|christmas|easter|januar|februar|maerz|mai|juni|juli|oktober|dezember|ostern|weihnachten)"
)
_STREAK: Final = re.compile(
    r"\b(?:clean|free|sober)\s+since\s+'?\d\d\b|"  # "sober since '88" (round 29)
    # round 41: "well over a decade clean", "clean for over a decade"
    r"\b(?:a|one|two|three|over\s+a|more\s+than\s+a|almost\s+a|nearly\s+a)\s+decades?\s+(?:\w+[- ]){0,2}(?:clean|free|sober)\b"
    r"|\b(?:clean|free|sober)\s+for\s+(?:well\s+)?(?:over\s+|more\s+than\s+|almost\s+|nearly\s+)?(?:a|one|two|three)\s+decades?\b|"
    r"\b(?:clean|free|sober)\s+(?:for|since)\s+(?:over\s+|more\s+than\s+|almost\s+|nearly\s+)?(?:"
    + _NUMBER
    + r"\s+)?(?:months?|years?|(?:19|20)\d\d)\b"
    # (round 49: "5 yrs sh free today", "2 yrs clean from cutting")
    r"|\b"
    + _NUMBER
    + r"\s*(?:months?|years?|yrs?|mths?|mos)\s+(?:\w+[- ]){0,3}(?:clean|free|sober)\b"
    r"|\b(?:haven't|havent|have\s+not|not|never)\b[^.!?;]{0,50}\bin\s+(?:a\s+)?(?:long,?\s+)+time\b|\b\d+[- ]years?\s+(?:sobriety|clean|sober)"
    r"|\b(?:haven't|havent|have\s+not|hasn't|hasnt|has\s+not|not|no|never|without)\b(?!\s+(?:told|said|mentioned|admitted|shared)\b)[^.!?,;]{0,50}\b(?:in|for|since)\s+(?:over\s+|more\s+than\s+|almost\s+|nearly\s+|about\s+|around\s+|roughly\s+)?"
    r"(?:"
    + _NUMBER
    + r"\s+)?(?:months|years|(?:19|20)\d\d|last\s+(?:year|summer|spring|autumn|winter|january|february|march|april|may|june|july|august|september|october|november|december))\b"
    r"|\bseit\s+(?:ueber\s+|mehr\s+als\s+|fast\s+|knapp\s+)?(?:"
    + _NUMBER
    # (the time first, then within its clause: "fernfahrer seit 30 jahren, keine frau mehr" is
    # no streak, round 23; "kein gedanke mehr daran, seit zehn jahren" still is)
    + r"\s+)?(?:monaten|jahren|jahrzehnten|(?:19|20)\d\d)\b[^.!?;,]{0,40}\b(?:nicht\s+mehr|(?:nichts|nix)\s+mehr|kein\w*|clean|ohne|frei|weg|vorbei)\b"
    r"|\b(?:nicht\s+mehr|kein\w*|clean|ohne)\b[^.!?;]{0,40}\bseit\s+(?:ueber\s+|mehr\s+als\s+|fast\s+)?(?:"
    + _NUMBER
    + r"\s+)?(?:monaten|jahren|(?:19|20)\d\d)\b"
    r"|\b"
    + _NUMBER
    + r"\s+(?:monate?|jahre?)\s+(?:\w+-)?(?:ohne|clean|\w*frei|trocken|nuechtern)\b"
    # since a month or a feast, nothing more: "seit märz nix mehr", "nothing since easter"
    r"|\bseit\s+"
    + _MONTH
    + r"\b[^.!?;]{0,20}\b(?:(?:nix|nichts)\s+mehr|(?:nicht|nie)\s+mehr\s+(?:geritzt|geschnitten|verletzt|gecuttet))\b"
    r"|\b(?:haven't|havent|have\s+not|not|nothing|never)\b(?!\s+(?:told|said|mentioned|admitted|shared)\b)[^.!?,;]{0,50}\bsince\s+"
    + _MONTH
    + r"\b"
    # round 35: "eight years since i last self-harmed"
    + r"|\b"
    + _NUMBER
    + r"\s+(?:months|years)\s+(?:today\s+|now\s+)?since\s+i\s+(?:last\s+)?(?:self[- ]?harmed|cut|hurt\s+myself|harmed\s+myself|relapsed|tried|overdosed)\b"
)
# "zwei jahre ohne jonas", "a year without mum": a time without someone is a loss, no streak
# (round 21: a grieving entry was read as told over and set aside whole).
_WITHOUT_SOMEONE: Final = re.compile(
    r"\s+(?:(?:mein\w*|dein\w*|sein\w*|ihr\w*|unser\w*|my|his|her|our|your)\s+\w+|ihn|sie|dich|euch|him|her|them|you"
    r"|mama|mum|mom|papa|dad|oma|opa|gran|grandma|grandpa|nana)\b"
)


# "drei jahre ohne ritzen", "two years without a drink", "18 monate ohne.": time without what
# one keeps away from is a streak; "drei monate ohne lohn", "a year without work" is a loss
# (round 25: a builder unpaid for three months was read as told over).
_WITHOUT_THE_HABIT: Final = re.compile(
    r"\s*(?:[.!?,;]|$)|\s+(?:a\s+|any\s+|an\s+|einen?\s+|jeden?\s+|irgendwelche\w*\s+|those\s+|diese\w*\s+)?"
    r"(?:drink\w*|alcohol|booze|drugs?|using|us(?:e|ed)|cutting|cuts?|self[- ]?harm\w*|sh|harming|hurting|"
    r"incidents?|episodes?|relaps\w*|slips?|slipping|pills?|gambling|betting|bets?|smok\w*|weed|coke|"
    r"heroin|thoughts?|suicidal|attempts?|crisis|crises|hospital\w*|drops?|beer|wine|vodka|whiske?y|gin|"
    r"rum|cider|lager|pints?|cannabis|joints?|speed|meth|crystal|cocaine|crack|casinos?|slots|"
    r"bier|wein|wodka|schnaps|korn|sekt|fusel|kokain|automaten|spielautomaten|spielhalle|"
    r"ritzen|alk\w*|trinken|saufen|drogen|koks|kiffen|gras|r(?:ue|ü)ckf(?:ae|ä)ll\w*|schneiden|"
    r"selbstverletz\w*|svv|tabletten|zocken|spielen|wetten|gedanken|suizidgedanken|rauchen|"
    r"zigarett\w*|tropfen|schluck|klinik|krisen?|zwischenf(?:ae|ä)ll\w*|versuch\w*|psychiatrie)\b"
)


def _streak(text: str) -> bool:
    """Whether the text counts time clean or free of something, not time without someone or
    something one lacks."""
    return any(
        not (
            match.group().endswith(("ohne", "without"))
            and (
                _WITHOUT_SOMEONE.match(text, match.end())
                or _next_word(text, match.end()) in FIRST_NAMES
                or not _WITHOUT_THE_HABIT.match(text, match.end())
            )
        )
        for match in _STREAK.finditer(text)
    )


def _next_word(text: str, start: int) -> str:
    found = _WORD_AFTER.match(text, start)
    return found.group(1) if found else ""


_WORD_AFTER: Final = re.compile(r"\s*(\w+)")


_STREAK_HINTS: Final = (
    "long",  # "haven't wanted to die in a long, long time" (round 16)
    "month",
    "year",
    "yrs",  # "5 yrs sh free today" (round 49)
    "mths",
    "monat",
    "jahr",
    "19",
    "20",
    "last",
    "seit",
    "since",
)  # every streak holds one
_RECOVERED: Final = re.compile(
    # round 45: "i've been well a long time", "never felt that way again", "glad i stayed",
    # "weiß sehr genau, wofür ich morgens aufsteh"
    r"\b(?:i've|i\s+have)\s+been\s+(?:well|fine|ok|okay|stable)\s+(?:for\s+)?(?:a\s+long\s+time|years|ages|decades)\b"
    r"|\bnever\s+felt\s+(?:that|like\s+that)\s+(?:way\s+)?again\b|\bglad\s+i\s+stayed\b"
    r"|\bwofuer\s+ich\s+(?:\w+\s+){0,2}aufsteh\w*\b|\bwhy\s+i\s+get\s+up\s+in\s+the\s+morning\b|"
    # round 52: "... is 15 jahr her. heut ... so glacht. passt alles"
    r"(?:^|[.!?;]\s*)(?:und\s+)?(?:(?:heute|heut|jetzt)\s+)?passt\s+(?:wieder\s+)?alles\s*(?:wieder\s*)?(?:[.!?]|$)|"
    # ... "feeling strong and well looked after", "hadn't thought about that time in months"
    r"(?<!not\s)(?<!n't\s)\bfeel(?:ing)?\s+(?:so\s+|really\s+)?strong\b|\bwell\s+looked\s+after\b"
    r"|\b(?:hadn't|haven't|had\s+not|have\s+not)\s+thought\s+(?:about|of)\s+(?:it|that|that\s+time|those\s+days)\s+in\s+(?:months|years|ages)\b"
    # ... "a therapist once a month as maintenance, not crisis", "die Therapie hat mir das Leben
    # gerettet"
    r"|\bas\s+maintenance\b|\bmaintenance,?\s+not\s+crisis\b|\b(?:hat|haben)\s+mir\s+das\s+leben\s+gerettet\b|\bsaved\s+my\s+life\b|"
    # round 35: "nothing in me wants to go back there"
    r"\bnothing\s+in\s+me\s+wants\s+to\s+go\s+back\b|\bnichts\s+in\s+mir\s+will\s+(?:\w+\s+)?zurueck\b|"
    # round 44: "i haven't done it for more than six years", "it really did (get better) for me"
    r"\b(?:haven't|have\s+not|havent|hasn't)\s+(?:done\s+it|cut|cut\s+myself|hurt\s+myself|self[- ]harmed|used)\s+(?:for|in)\s+"
    r"(?:more\s+than\s+|over\s+|almost\s+|nearly\s+|about\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|many)\s+years\b"
    r"|\bit\s+(?:really\s+|truly\s+)?(?:did|got\s+better)\s+for\s+me\b"
    r"|\bseit\s+(?:\w+\s+)?(?:\d+|zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn|vielen)\s+jahren\s+(?:nicht\s+mehr|nie\s+mehr|nie\s+wieder)\b|"
    # round 44: "still very much here and glad of it", "ich bin gerne am leben", "das ist lange her"
    r"\bstill\s+(?:very\s+much\s+|so\s+much\s+)?here\b|\bglad\s+(?:of\s+it|to\s+be\s+(?:here|alive))\b|\bgerne?\s+am\s+leben\b|\blebe\s+gerne?\b|"
    # round 44: "picked up my six-year chip", "i stay well with my meds and my church", "i'm
    # seven years past that"
    r"\b(?:picked\s+up|got|received|collected)\s+my\s+(?:\w+[- ])?(?:year|month|day)s?\s+(?:chip|coin|medallion|token|key\s*tag)\b"
    r"|\b(?:stay|staying|keep|keeping)\s+well\b|\b(?:\w+\s+)?(?:years?|months?)\s+past\s+(?:that|it|all\s+that)\b|"
    # round 44: "i don't feel that pull at all. i feel okay, i've got my tools"
    r"\b(?:don't|do\s+not|dont)\s+feel\s+(?:that|the|any)\s+(?:pull|urge|need|draw)\b|\bi\s+feel\s+(?:really\s+)?(?:okay|ok|fine|alright|well|good)\s*(?=[,.!?;]|$)"
    r"|\bspuer\w*\s+(?:den|diesen|keinen)\s+(?:drang|sog)\s+(?:\w+\s+)?(?:nicht|gar\s+nicht|nicht\s+mehr|mehr)\b|"
    r"\b(?:grateful|glad|proud|thankful|better\s+now|behind\s+me|still\s+here|recovered|clean|growth|healed"
    r"|doing\s+(?:\w+\s+)?(?:well|good|great|better|ok|okay|fine)|in\s+a\s+(?:\w+\s+)?(?:good|better|great)\s+place"
    r"|long\s+over|(?:is|are|it's|that's|was)\s+(?:long\s+)?over|over\s+it|(?:therapy|treatment|medication|meds|help|therapist|counsel\w*)\s+(?:\w+\s+)?helped|got\s+help"
    r"|life\s+is\s+(?:\w+\s+)?good|(?:happy|fine|okay|ok|good|better|well|safe|stable|grand|alright|all\s+right)\s+now"
    r"|froh|dankbar|stolz|hinter\s+mir|ueberstanden|(?:lange\s+)?vorbei|(?<!\bes\shat\s)(?<!\bhat\ses\s)geholfen|geblieben|gluecklich\w*|geheilt|stabil"
    r"|geht(?:'s|s|\s+es)\s+(?:mir\s+)?(?:\w+\s+){0,4}(?:gut|besser)|\bes\s+geht\s+mir\s+(?:\w+\s+){0,4}(?:gut|besser)|mir\s+geht(?:'s|s)?\s+(?:es\s+)?(?:\w+\s+){0,4}(?:gut|besser)|(?:dass|weil)\s+es\s+mir\s+(?:\w+\s+)?(?:gut|besser)\s+geht"
    r"|leben\s+(?:ist\s+)?(?:\w+\s+)?gut|freude\s+am\s+leben|freu\w*\s+mich\s+auf"
    r"|thriving|celebrat\w*|content|long\s+gone|excited|alive[- ]day|(?:second|2nd)\s+birthday|zweite[nr]?\s+geburtstag|"
    # round 40: "the wanting-to-die part is completely gone"
    r"(?:is|are|'s|has\s+been)\s+(?:completely|totally|entirely|fully)\s+gone|(?:ist|sind)\s+(?:komplett|ganz|voellig|total)\s+weg|looking\s+forward|never\s+like\s+that\s+again|not\s+like\s+that|nie\s+wieder\s+so"
    # round 31: "now i wake up to grandchildren jumping on my bed and i wouldn't trade it for anything"
    # round 32: "proud of how far i've come and how good life is now"
    r"|(?:it\s+is|it's)\s+(?:so\s+|very\s+)?far\s+away\s*(?:now\s*)?(?=[.!?;]|$)|(?:i\s+)?(?:have|have\s+had|had)\s+(?:a\s+)?(?:\w+\s+and\s+)?(?:good|happy|nice|full)\s+life\b|now\s+i\s+am\s+[1-9]\d\b"
    r"|zufrieden\w*|how\s+(?:good|great|beautiful|lovely|full)\s+(?:my\s+)?life\s+is|how\s+far\s+i(?:'ve|\s+have)\s+come|wie\s+weit\s+ich\s+(?:\w+\s+)?gekommen\s+bin"
    r"|no\s+going\s+back(?:\s+there)?|no\s+problem\s+since|(?:i'm|i\s+am)\s+(?:good|fine),?\s+really\s+(?:good|fine)"
    # round 37: "i'm genuinely okay", "feeling solid"
    r"|(?:i'm|i\s+am)\s+(?:genuinely|really|actually|truly|honestly)\s+(?:okay|ok|fine|good|well|alright)\b|feeling\s+solid"
    # round 39: "these days i sleep seven hours and i actually like my life", "ich mag mein leben",
    # "today i started as a peer supporter on the same ward, and i loved every minute of it"
    r"|\b(?:loved|enjoyed)\s+every\s+(?:minute|second|moment)\b|\bjede\s+minute\s+(?:davon\s+)?genossen\b"
    r"|\bi\s+(?:actually\s+|really\s+|genuinely\s+|truly\s+)?(?:like|love|enjoy)\s+my\s+life\b|\b(?:mag|liebe|geniesse)\s+(?:ich\s+)?(?:\w+\s+)?mein\s+leben\b"
    r"|wouldn't\s+trade\s+(?:it|this|that|them|my\s+life)\s+for\s+(?:anything|the\s+world)|moechte\s+(?:es|das)\s+(?:um\s+nichts|fuer\s+nichts)\s+(?:in\s+der\s+welt\s+)?(?:tauschen|missen)"
    # round 26: far from that girl now, at peace, brought back, thanking God for one's life
    r"|(?:so\s+|very\s+)?far\s+(?:away\s+)?from\s+(?:her|him|that(?:\s+\w+)?)\s+now|at\s+peace|(?:god|he|she|they)\s+brought\s+me\s+back"
    r"|thank\s+(?:god|him|the\s+lord)\s+(?:every|each)|danke\s+(?:gott|dem\s+herrgott)\s+(?:\w+\s+){0,3}(?:fuer|jeden)"
    r"|(?:gut|schoen|froh),?\s+dass\s+(?:du|ich)\s+(?:\w+\s+)?durchgehalten|(?:glad|good)\s+(?:that\s+)?(?:i|you)\s+(?:held\s+on|hung\s+on|pulled\s+through|made\s+it)|a\s+different\s+person|remarried|graduated|life\s+is\s+full|feiere?|gefeiert"
    # round 19: a chapter closed, a life elsewhere, the act stopped ("das kapitel ist zu",
    # "ganz woanders im leben", "i stopped cutting at nineteen", "life's good now")
    r"|(?:das|dieses|the|that)\s+(?:kapitel|chapter)\s+(?:ist|is)\s+(?:\w+\s+)?(?:zu|abgeschlossen|geschlossen|vorbei|closed|over)"
    # round 43: "mein leben fühlt sich gut und sicher an", "my life feels good"; "dat thema is
    # fuer mich durch", "das thema ist abgehakt"
    r"|\b(?:mein|my)\s+leben\s+fuehlt\s+sich\s+(?:\w+\s+){0,2}(?:gut|sicher|richtig|leicht)\b|\bmy\s+life\s+feels\s+(?:\w+\s+){0,2}(?:good|safe|right|full)\b"
    r"|(?:das|dat|dieses)\s+thema\s+(?:ist|is)\s+(?:fuer\s+mich\s+)?(?:\w+\s+)?(?:durch|erledigt|abgehakt|abgeschlossen)\b"
    r"|(?:ganz\s+)?woanders\s+im\s+leben|in\s+a\s+(?:completely\s+|totally\s+)?different\s+place(?:\s+in\s+(?:my\s+)?life)?"
    r"|(?:stopped|quit)\s+(?:cutting|self[- ]?harming|harming\s+myself|hurting\s+myself)|life's\s+(?:\w+\s+)?good"
    # round 19: changed by help, gone for good, never come back ("therapy and my dog changed that",
    # "therapie hat das geaendert", "seit zwei jahren ist das komplett weg", "it hasn't come back")
    r"|(?:therapy|treatment|medication|meds|help|therapist|counsel\w*|therapie|behandlung|hilfe)\s+(?:\w+\s+){0,4}(?:changed|(?:hat|haben|ham)\s+(?:das|es|alles)\s+(?:\w+\s+)?geaendert)"
    r"|(?:ist|is)\s+(?:das\s+|es\s+)?(?:komplett|ganz|voellig|total|lange?|seit\s+jahren)\s+weg|(?:is|are|has\s+been|have\s+been)\s+gone\s+(?:for\s+)?(?:more\s+than\s+|over\s+|well\s+over\s+)?(?:\w+\s+)?(?:years|decades)|davon\s+(?:ist\s+|war\s+)?nichts\s+mehr|nichts\s+mehr\s+davon|(?:that's|it's)\s+(?:completely\s+|totally\s+)?gone"
    r"|(?:hasn't|haven't|has\s+not|never)\s+(?:\w+\s+)?(?:come|came)\s+back|(?:nie|nicht)\s+(?:mehr\s+)?(?:wieder\s*)?(?:gekommen|zurueckgekommen)"
    r"|stable|(?:happy|glad)\s+to\s+be\s+(?:alive|here)|thank\s+god|gott\s+sei\s+dank|that\s+stopped|(?:that|it)\s+passed|(?:thoughts?|urges?)\s+(?:\w+\s+)?(?:stopped|went\s+away|faded)|das\s+ging\s+vorbei|(?:hat|hab|habe)\s+(?:\w+\s+)?aufgehoert"
    r"|(?:geht(?:'s|s|\s+es)|mir\s+geht(?:'s|s)?)\s+(?:mir\s+|es\s+)?(?:\w+\s+)?(?:super|prima|toll|bestens|blendend)"
    r"|(?:lache|lach|laugh\w*|smil\w*|laechle)\s+(?:ich\s+)?(?:\w+\s+)?(?:again|wieder)|leb\w*\s+(?:ich\s+)?gern|wie\s+(?:gut|schoen)\s+das\s+leben"
    # round 42: "das leben is schon witzig und ich bin echt gern dabei"
    r"|(?:ich\s+)?bin\s+(?:\w+\s+)?gerne?\s+dabei|glad\s+to\s+be\s+(?:part\s+of\s+it|around|along\s+for\s+the\s+ride)"
    # the present told as good: joy, "i'm fine", glad to be alive, helping others, a good evening
    r"|vor\s+freude|tears\s+of\s+joy|cried\s+with\s+joy|(?:i'm|i\s+am)\s+(?:really\s+|actually\s+|totally\s+)?(?:fine|okay|ok|happy)(?=\s*(?:[.!,;]|$|really|and|now|today))"
    r"|(?:gut|schoen|froh),?\s+dass\s+ich\s+noch\s+(?:da|hier|am\s+leben)|good\s+(?:that\s+)?i'm\s+still\s+(?:here|alive)"
    r"|(?:a|ein)\s+(?:guter|schoener|good|lovely|nice)\s+(?:abend|tag|day|evening)|help(?:ing)?\s+others|helfe?\s+anderen|genesungsbegleiter\w*|peer\s+support"
    r"|freu\w*\s+(?:i|ich)\s+(?:mi|mich)\s+auf|love\s+(?:my\s+)?life|liebe\s+(?:mein|das)\s+leben"
    # round 30: "i haven't done it since and haven't wanted to", "seitdem nie wieder gemacht",
    # "keine solchen gedanken mehr"
    r"|(?:haven't|have\s+not|hasn't|never)\s+(?:done|did)\s+(?:it|that)\s+since|not\s+(?:done|did)\s+(?:it|that)\s+since"
    r"|seit(?:dem|her)\s+(?:\w+\s+)?(?:nie|nicht)\s+(?:mehr|wieder)\s+(?:\w+\s+)?(?:gemacht|getan|versucht)"
    r"|keine\s+(?:solchen|solche|diese)\s+gedanken\s+mehr|no\s+(?:such|these|those)\s+thoughts\s+(?:since|any\s*more)"
    # round 16: scars faded and the need with them, fine for years, a different place now
    r"|(?:scars?|narben)\s+(?:have\s+|are\s+|sind\s+)?(?:\w+\s+)?(?:faded|verblasst|verheilt|healed)|so\s+did\s+the\s+(?:need|urges?)"
    # round 29: "the scars on my arms have faded", "the need faded with them", "alive and well"
    r"|(?:scars?|narben)\b[^.!?;]{0,30}?\b(?:have|are|sind)\s+(?:\w+\s+)?(?:faded|verblasst|verheilt|healed)"
    r"|(?:need|urges?|drang)\s+(?:has\s+|have\s+|had\s+)?faded|alive\s+and\s+(?:well|kicking)|very\s+much\s+alive"
    # (round 42: "sober and well for over a decade")
    r"|(?:been|doing)\s+(?:sober\s+and\s+|clean\s+and\s+)?(?:fine|well|good|okay|ok)\s+for\s+(?:years|a\s+long\s+time|ages|(?:well\s+)?(?:over\s+|more\s+than\s+)?(?:a|two|three)\s+decades?)|(?:different|safe|safer|better|good|great|happier)\s+place\s+now"
    r"|(?:been|doing|felt)\s+(?:fine|well|good|okay|ok)\s+ever\s+since"
    # round 23: the warning signs known and absent, grief told apart from the old abyss
    r"|(?:keins?|keine)\s+davon\s+(?:ist\s+)?da|none\s+of\s+(?:them|my\s+warning\s+signs)\s+(?:is|are)\s+(?:here|there)"
    r"|nicht\s+(?:mehr\s+)?in\s+(?:dem|diesem)\s+loch|kein\s+abgrund|not\s+(?:in\s+)?that\s+(?:hole|pit|place)"
    r"|ich\s+bin\s+sicher(?=\s*(?:[.!;]|$|und\b))|(?:i'm|i\s+am)\s+safe\b"
    # round 28: "now, fifteen years later, i have family, good job, and i feel safe and strong",
    # "inzwischen ... lust auf jeden sommer"
    r"|lust\s+auf\s+(?:jeden|das|den|die)\s+(?:sommer|leben|tag|zukunft)\b|love\s+(?:of|for)\s+life\b"
    r"|i\s+feel\s+(?:\w+\s+)?(?:safe|strong|stable)\b|ich\s+fuehle\s+mich\s+(?:\w+\s+)?(?:sicher|stark|stabil)\b"
    r"|\bi\s+want\s+to\s+live\b|\bich\s+will\s+leben\b|(?:that|this)\s+(?:man|woman|girl|boy|person)\s+(?:is|was)\s+not\s+me\s+any\s*more"
    r"|how\s+far\s+i'?ve\s+come|wie\s+weit\s+ich\s+gekommen\s+bin|wie\s+weit\s+weg\s+das\s+(?:alles\s+)?(?:ist|is)"
    # round 23: lucky to be here, a life not one's own any more, what one has now ("i've got a
    # therapist, a partner and a garden now", "hab jetzt eine therapeutin, einen hund")
    r"|lucky\s+to\s+be\s+(?:alive|here)|(?:nicht|not)\s+mehr\s+mein\s+leben|not\s+my\s+life\s+any\s*more"
    r"|(?:i've\s+got|i\s+have|i've|(?:hab|habe)\s+(?:jetzt|inzwischen|mittlerweile|heute))\s+(?:a|an|my|eine?n?|meine?n?)\s+"
    r"(?:therapist|partner|wife|husband|family|job|garden|dog|home|reason|therapeutin|therapeuten|partner\w*|frau|mann|familie|hund|grund|garten)\b"
    r"|(?:sterben|suizid|das)\s+ist\s+kein\s+thema\s+mehr|denk\w*'?s?\s+(?:auch\s+)?nicht\s+mehr|don't\s+think\s+(?:that|so)\s+any\s*more"
    r"|(?:jetzt|now)\s+(?:sind'?s|sind\s+es|they're|they\s+are)\s+(?:einfach\s+|just\s+)?(?:nur\s+)?(?:narben|scars)"
    r"|(?:run|lead|leite)\s+(?:a|an|eine)\s+(?:support\s+group|selbsthilfegruppe)"
    # round 24: well for a stretch of years, no thought for a decade, what one has now, the
    # old place not gone back to ("been well for over ten years", "haven't had a thought like
    # that in well over a decade", "seit über zehn jahren ... nicht mehr", "kommen keine mehr")
    r"|(?:been|doing|felt|lived)\s+(?:fine|well|good|okay|ok|stable)\s+(?:for|in)\s+(?:over\s+|more\s+than\s+|well\s+over\s+|almost\s+|nearly\s+)?(?:\w+\s+)?(?:years|decades?)"
    r"|(?:haven't|hasn't|have\s+not|has\s+not|not)\s+(?:been|had|felt|thought)\s+(?:\w+\s+){0,6}(?:for|in)\s+(?:over\s+|more\s+than\s+|well\s+over\s+|almost\s+)?(?:\w+\s+)?(?:years|a\s+decade|decades)"
    r"|seit\s+(?:ueber\s+|mehr\s+als\s+|fast\s+)?(?:\w+\s+)?(?:jahren|jahrzehnten)\b[^.!?]{0,40}\bnicht\s+mehr|(?:kommen|kommet|komme)\s+(?:\w+\s+)?(?:keine|koine|kei)\s+(?:mehr|meh)"
    r"|(?:no|never\s+any)\s+(?:wish|desire|urge|pull)\s+(?:to\s+go\s+)?back|(?:nothing|no\s+part)\s+(?:in|of)\s+me\s+wants\s+to\s+go\s+back"
    r"|long\s+(?:finished|done)|got\s+me\s+out\s+of\s+it|(?:genuinely|truly|really)\s+well\b|sicher\s+in\s+meinem\s+herzen"
    r"|(?:i'm|i\s+am)\s+well\s+now|years\s+well|nothing\s+of\s+(?:that|the)\s+(?:\w+\s+)?is\s+coming\s+back|sicher\s+im\s+leben|so\s+sicher\s+wie\s+nie"
    r"|(?:bin\s+ich|dass\s+ich)\s+sicher(?:\s+bin)?(?=\s*(?:[.!,;]|$|und\b))|(?:mit\s+mir\s+)?im\s+reinen|i\s+want\s+(?:\w+\s+)?more(?:\s+(?:years|of\s+(?:it|this|them)))?"
    r"|(?:today|heute),?\s+(?:i'm|i\s+am|bin\s+ich)\s+(?:\d+|twenty|thirty|forty|fifty|sixty|seventy|eighty|zwanzig|dreissig|vierzig|fuenfzig|sechzig|siebzig|achtzig)\b|no\s+pull\s+(?:back\s+)?towards|firmly\s+behind|(?<!leben\s)(?<!leben\seigentlich\s)(?<!leben\sschon\s)abgs?chlosse\w*|lang\s+vorbei"
    r"|denk\w*\s+(?:ich\s+)?(?:auch\s+)?(?:gar\s+)?nicht\s+mehr\s+(?:dran|daran)|(?:wirklich|echt)\s+vorbei|a\s+therapist\s+i\s+don't\s+need"
    r"|(?:i've\s+got|i\s+have)\s+a\s+(?:flat|house|cat|kid|son|daughter|life)\b|(?:hab|habe|hon|han)\s+(?:ich\s+)?(?:jetzt\s+|heute\s+)?(?:a|eine?n?)\s+(?:neue?s?\s+)?(?:wohnung|haus|katze|kind|geschaeft|leben)\b"
    # the present told plainly: "I'm 41 now and happy", "bin jetzt 29, verheiratet, sicher"
    r"|(?:i'm|i\s+am|bin\s+(?:jetzt\s+|heute\s+)?|ich\s+bin\s+(?:jetzt\s+|heute\s+)?)\s*\d+,?\s+(?:\w+,?\s+){0,3}"
    r"(?:happy|well|fine|ok|okay|stable|healthy|safe|married|sicher|zufrieden|gluecklich|verheiratet)"
    r"|(?:i'm|i\s+am)\s+(?:safe|staying)|i\s+am,\s+(?:truly|really|honestly)|(?:we're|we\s+are)\s+(?:both\s+|all\s+)?(?:ok|okay|fine|good|well)"
    r"|ich\s+bleib\w*\s+(?:da|hier)|gesund|healthy|zufrieden|alles\s+(?:wieder\s+)?gut"
    # (not "ich habe mit dem leben abgeschlossen", which is the crisis, round 33)
    # (round 51: nor a door locked, "hab die tür zum dachboden heute abgeschlossen")
    r"|(?<!leben\s)(?<!leben\seigentlich\s)(?<!leben\sschon\s)(?<!\bheute\s)(?<!\bgestern\s)(?<!\bnacht\s)abgeschlossen"
    r"(?<!\btuer\sabgeschlossen)(?<!\bzimmer\sabgeschlossen)|been\s+over"
    r"|lebe\s+(?:\w+\s+){1,3}gern|mir\s+(?:\w+\s+){0,5}gut\s+geht|feel\w*\s+(?:\w+\s+)?(?:free|well|good|great)"
    # round 27: "ein gutes leben hab", "life's good", "grateful i stayed", "been well for a
    # long, long time"
    r"|ein\s+gutes\s+leben|a\s+good\s+life|life'?s\s+good|life\s+is\s+good|grateful\s+(?:that\s+)?i\s+stayed"
    r"|seitdem\s+stabil|(?:bin|war)\s+(?:\w+\s+)?stabil|happier\s+than"
    # round 33: "heute reg ich mich nur noch über die db auf, nennt man wohl fortschritt"
    r"|nennt\s+man\s+(?:wohl\s+|dann\s+)?fortschritt|(?:that's|i\s+call\s+(?:that|it))\s+progress"
    r"|keine\s+(?:\w+\s+)?gedanken\s+mehr|no\s+(?:more\s+)?dark\s+thoughts|habe?\s+(?:ich\s+)?(?:jetzt\s+|heute\s+)?eine\s+(?:ausbildung|arbeit|stelle)\b"
    r"|been\s+(?:well|fine|good|stable)\s+for\s+(?:a\s+)?(?:very\s+|really\s+)?(?:long,?\s+)+time"
    r"|no\s+(?:thoughts?|urges?)\s+(?:like\s+(?:that|those|it)\s+)?since\b"
    r"|(?:heute|jetzt|nun)\s+will\s+ich\s+bleiben|ich\s+will\s+(?:hier\s+)?bleiben|now\s+i\s+want\s+to\s+stay"
    # crisis_dev40: "wouldn't change a day of it now", "doesn't cross my mind anymore", "gut, dass
    # ich's nicht getan hab", "das ist so weit weg", "da zieht mich nichts mehr zurueck"
    r"|wouldn't\s+change\s+a\s+(?:day|thing)|(?:doesn't|does\s+not|never)\s+(?:even\s+)?cross(?:es)?\s+my\s+mind"
    r"|(?:gut|froh),?\s+dass\s+ich'?s?\s+(?:es\s+)?nicht\s+getan|glad\s+i\s+didn't\s+(?:do\s+it|go\s+through)"
    r"|(?:ist|is)\s+(?:so\s+|ganz\s+|schon\s+)?weit\s+weg|zieht\s+mich\s+nichts\s+mehr\s+zurueck"
    # round 38: "es fühlt sich unglaublich weit weg an", "feels like a lifetime ago"
    r"|fuehlt\s+sich\s+(?:\w+\s+){0,2}weit\s+weg\s+an|feels\s+(?:\w+\s+)?(?:far\s+away|like\s+(?:a\s+)?(?:lifetime|another\s+life|another\s+person))"
    r"|(?:es|das)\s+fehlt\s+mir\s+(?:gar\s+|kein\s+bisschen\s+|ueberhaupt\s+)?nicht|(?:i\s+)?(?:don't|do\s+not)\s+miss\s+(?:it|that|them)"
    r"|(?:kommen|kommt|kamen)\s+(?:\w+\s+)?nie\s+(?:mehr|wieder)"
    r"|slept\s+well|(?:schlaf\w*|sleep\w*)\s+(?:ich\s+|i\s+)?(?:wieder\s+|meistens\s+|mostly\s+)?(?:gut|well)|(?:lach\w*|laugh\w*)\s+(?:viel|a\s+lot)"
    # what has not come back: "the urge hasn't been back", "nicht wiedergekommen", "seit 2013 Ruhe"
    r"|(?:don't|dont|do\s+not)\s+(?:\w+\s+)?(?:have|get)\s+(?:any\s+)?(?:urges|thoughts)\s+(?:\w+\s+)?(?:anymore|any\s+more)"
    r"|nicht\s+(?:mehr\s+)?wieder(?:ge)?komm\w*|(?:hasn't|has\s+not|hasnt)\s+been\s+back|never\s+came\s+back"
    r"|seit\s+(?:19|20)\d\d\s+(?:ist\s+)?ruhe|sind\s+(?!alle\b)(?:\w+\s+){0,4}weg"
    # who carried the writer through, and who the writer is now (round 12): "they got me
    # through", "hat mich am leben gehalten", "i'm not that person anymore", "now i drive a taxi"
    # ("the only thing that got me through the afternoon" is the harm's use today, round 26)
    r"|(?:got|pulled|carried|brought)\s+me\s+through(?!\s+(?:today|tonight|(?:the|this)\s+(?:afternoon|day|night|morning|evening|shift|meeting|hearing|exam|week)))"
    r"|saved\s+my\s+life|kept\s+me\s+alive"
    r"|mich\s+(?:\w+\s+){0,8}(?:durchgebracht|durchgetragen|gerettet|am\s+leben\s+gehalten)"
    r"|not\s+that\s+(?:person|girl|boy|guy|man|woman)\s+any\s*more|nicht\s+mehr\s+(?:dieser|diese|derselbe|dieselbe)\s+(?:mensch|person|frau|mann)"
    r"|(?:it's|is|that's|now\s+it's)\s+(?:now\s+)?(?:just\s+|only\s+)?a\s+memory|nur\s+noch\s+(?:eine\s+)?erinnerung"
    r"|(?:now|these\s+days)\s+i\s+(?:drive|work|teach|study|run\s+a|coach|volunteer)|(?:jetzt|heute|inzwischen)\s+(?:arbeite|fahre|studiere|unterrichte)\s+ich"
    r"|(?:i've\s+got|i\s+have|i\s+got)\s+a\s+(?:new\s+|proper\s+)?job|(?:ich\s+)?(?:habe|hab)\s+(?:jetzt\s+)?(?:eine\s+)?(?:arbeit|wohnung|job)\s+und"
    r"|sleep\s+fine|schlafe?\s+(?:wieder\s+)?(?:gut|prima)"
    # round 13: "alles ist besser", "scars are faded now n so is the urge"
    r"|alles\s+ist\s+(?:jetzt\s+|heute\s+)?(?:besser|gut|anders)|(?:faded|gone|healed)\s+(?:now\s+)?(?:and|n|&)\s+so\s+(?:is|are)\s+the\s+(?:urges?|thoughts?)"
    # plain words for a good present: "slow and happy", "good years since", "a life i love"
    r"|happy|good\s+years|gute\s+jahre|(?:a|such\s+a)\s+(?:\w+\s+)?different\s+place|(?:ein\s+)?(?:ganz\s+)?anderer\s+mensch|steady|safe\s+these\s+days"
    r"|(?:i'm|i\s+am)\s+married|sleep\s+through|schlaf\w*\s+durch|enkel\w*|zfriedn|zufriedn|a\s+life\s+(?:that\s+)?i\s+(?:love|like|enjoy)|ein\s+leben,?\s+das\s+ich\s+mag"
    # (not "i'm ok rn, don't panic": okay for now, round 32)
    r"|(?:i'm|i\s+am)\s+(?:really\s+|properly\s+|doing\s+)?(?:ok|okay|well|fine|good)(?!\s+(?:rn|right\s+now|for\s+now|atm|at\s+the\s+moment)\b)|ich\s+bin\s+(?:\w+\s+)?(?:ok|okay)|es\s+geht\s+mir\s+gut"
    # an age now beside the age back then: "i'm 34 now", "now 34", "heute bin ich 35"
    r"|(?:i'm|i\s+am)\s+(?:twenty|thirty|forty|fifty|sixty|seventy|eighty)(?:-\w+)?\s+now"
    r"|(?:feels?|felt)\s+like\s+(?:\w+\s+)?(?:someone\s+else's|another|a\s+different)\s+(?:life|person|lifetime)|wie\s+ein\s+anderes\s+leben"
    r"|gaht(?:'s|s)?\s+(?:mir\s+)?(?:\w+\s+)?(?:guet|gut|besser)|(?:geht|gehts|geht's)\s+(?:mir\s+|ma\s+)?(?:\w+\s+)?(?:guet|guat)"
    r"|(?:i'm|i\s+am)\s+[1-9]\d\s+now|now\s+(?:i'm\s+)?[1-9]\d(?!\s*(?:pills|tablets|mg|days|hours|minutes))|(?:heute|jetzt)\s+bin\s+(?:ich|i)\s+[1-9]\d|bin\s+(?:jetzt|heute)\s+[1-9]\d)\b"
)
_REOPENED: Final = re.compile(
    # round 43: "8 monate clean. heute wieder.", "tonight again." (first: "tonight" alone is no
    # return, "tonight again." is)
    r"\b(?:(?:heute|heut|gestern|today|tonight|last\s+night)\s+(?:doch\s+)?(?:wieder|again)(?=\s*[.!;]|\s*$)"
    r"|again|back\s+again|relaps\w*|slipped|yesterday|last\s+night|tonight|this\s+(?:week|month|morning|weekend)"
    # a streak's counter reset (round 19): "back to day zero", "wieder bei tag null"
    r"|back\s+to\s+(?:day\s+)?(?:zero|one|0|1)|wieder\s+bei\s+(?:tag\s+)?(?:null|eins|0|1)|(?:counter|streak)\s+(?:is\s+)?(?:reset|broken|gone)"
    r"|last\s+(?:week|month|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|the\s+other\s+day|recently|lately"
    r"|(?:\w+\s+)?(?:days|weeks)\s+ago|(?:a|one|two|three|few)\s+months?\s+ago|since\s+(?:yesterday|last\s+(?:night|week)|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    # (round 41: not a person coming home, "dad came back early")
    r"|(?<!you\scan\s)(?<!one\scan\s)(?<!can\salways\s)"
    + _NOT_SOMEONE_ELSE
    + r"(?:is|are|'s|came|come|coming)\s+back(?!\s+(?:from|home|early|late)\b)|returned|(?<!\bwas\s)(?<!\bwere\s)still(?!\s+(?:hurts|aches|here|alive|standing|around|breathing|grateful|thankful|proud|glad|clean|free|going|have\s+(?:the\s+)?scars|well|ok|okay|fine|good|safe|stable|sober|seeing|see|go|take|taking|dreaming|dream|have\s+(?:\w+\s+)?(?:dreams|nightmares)|married|in\s+therapy))"
    r"|wieder|rueckfall\w*|gestern|vorgestern|(?:letzte|heute)\s+nacht|(?:diese|letzte)\s+woche|letzten\s+(?:monat|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
    r"|neulich|kuerzlich|in\s+letzter\s+zeit|seit\s+(?:gestern|kurzem|ein\s+paar\s+tagen|letzter\s+woche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
    r"|vor\s+(?:ein\s+paar|wenigen|\w+)\s+(?:tagen|wochen)|vor\s+(?:einem|ein\s+paar|zwei|drei)\s+monaten?|immer\s+noch|noch\s+immer|zurueck"
    r"|this\s+year|earlier\s+this\s+year|dieses\s+jahr|anfang\s+des\s+jahres"
    # a streak ended or strained now: "the urge is so loud after 6 months clean"
    # round 43: "6 months clean and i broke it", "broke my streak"
    r"|(?:clean|free)\s+(?:and|but)\s+(?:then\s+)?(?:i\s+)?(?:broke|blew|ruined|lost)\s+(?:it|the\s+streak|my\s+streak)|(?:broke|blew)\s+(?:my|the)\s+streak"
    # round 48: the streak, then what was done today ("3 months clean and today ... i went home
    # and burned my arm on the kettle on purpose")
    r"|(?:clean|free|sober)\s+(?:and|but|,)\s*(?:then\s+)?(?:today|tonight|heute|heute\s+abend)\b"
    r"(?=[^.!?]{0,120}\b(?:on\s+purpose|deliberately|absichtlich|mit\s+absicht|cut|burn(?:ed|t)|scratched|hit\s+myself"
    r"|geritzt|geschnitten|verbrannt|gekratzt))"
    r"|after\s+(?:\w+\s+){0,2}(?:days?|weeks?|months?|years?)\s+(?:clean|free|sober)|nach\s+(?:\w+\s+){0,2}(?:tagen|wochen|monaten|jahren)\s+(?:clean|ohne)"
    r"|(?:urges?|pressure)\s+(?:to\s+\w+\s+)?(?:is|are)\s+(?:so\s+|really\s+|very\s+)?(?:loud|strong|bad|back|massive|huge|intense|screaming|unbearable|overwhelming)"
    r"|drang\s+(?:\w+\s+){0,2}(?:ist\s+)?(?:so\s+|echt\s+)?(?:stark|laut|heftig)|schreit\s+der\s+drang|drang\s+schreit"
    # (round 51: "elf monate clean, und heute abend zieht es so stark", "bald ein jahr ohne. heut
    # hab ich ... es so sehr gewollt")
    r"|\bzieht\s+es\s+(?:mich\s+)?(?:so\s+|echt\s+|total\s+|wieder\s+)?(?:stark|sehr|heftig)\b|\bes\s+so\s+sehr\s+gewollt\b"
    r"|\b(?:wanted|want)\s+it\s+so\s+(?:badly|bad|much)\b|\bthe\s+pull\s+(?:is|was)\s+so\s+(?:strong|bad)\b"
    # ... or the means bought again ("threw it out in 2019, bought a new one on saturday")
    r"|\b(?:bought|got)\s+a\s+new\s+one\b|\bneue[nsr]?\s+gekauft\b"
    # the blade already in the hand, the pressure huge (round 26)
    r"|(?:klinge|rasierklinge|blade|razor)\s+(?:schon\s+|wieder\s+|already\s+|again\s+)?in\s+(?:der|meiner|my)\s+hand"
    # (round 50: "5 months clean and the blade is in my hand rn", "8 monate clean und jetzt sitz
    # ich mit der schere im bad")
    r"|(?:klinge|rasierklinge|blade|razor|schere|scissors)\s+(?:is|ist|liegt)\s+(?:schon\s+|wieder\s+|already\s+|again\s+)?in\s+(?:der|meiner|my)\s+hand"
    r"|\bsitz\w*\s+(?:ich\s+)?mit\s+(?:der|dem|ner|nem)\s+(?:schere|klinge|rasierklinge|cutter|messer)\s+im\s+bad\b"
    r"|druck\s+(?:ist\s+)?(?:so\s+|echt\s+|total\s+)?(?:riesig|gross|stark|heftig|unertraeglich)"
    # others think it is over, or it is said not to be: "everyone says i'm better. i'm not"
    # round 24: "i tell everyone i'm better now", "ich sag allen, mir geht's gut"
    r"|(?:thinks?|says?|said|believes?|assumes?|denken|denkt|sagen|sagt|meinen|meint|glauben|glaubt"
    r"|(?:i\s+)?(?:tell|told)\s+(?:everyone|everybody|people|them|(?:my|the)\s+\w+)|(?:ich\s+)?sag\w*\s+(?:allen|jedem|ihnen|(?:meine[mnr]?|de[mnr])\s+\w+))\s+(?:that\s+|dass\s+)?"
    r"(?:i'm|i\s+am|ich\s+bin|es\s+(?:mir\s+)?(?:\w+\s+)?geht|mir\s+geht\w*|mir\s+gehts)\s+(?:\w+\s+)?(?:better|fine|ok|okay|good|well|besser|gut|over\s+it|drueber\s+weg)"
    # round 40: "... and i told everyone that was behind me. tonight it's the same weight"
    r"|(?:i\s+)?(?:tell|told)\s+(?:everyone|everybody|people|them|(?:my|the)\s+\w+)\s+(?:that\s+)?(?:it|that|this)\s+(?:was|is|'s)\s+"
    r"(?:all\s+|long\s+)?(?:behind\s+me|over|in\s+the\s+past|done)"
    r"|(?:(?:ich\s+)?(?:sag\w*|gesagt)\s+(?:allen|jedem|(?:meine[mnr]?|de[mnr])\s+\w+)|(?:allen|jedem)\s+gesagt)\s*,?\s+"
    r"(?:dass\s+)?(?:das|es)\s+(?:\w+\s+)?(?:vorbei|hinter\s+mir|ueberstanden)"
    # (not "but i'm not that person anymore", round 40)
    r"|but\s+i'm\s+not(?!\s+(?:that|the\s+same)\s+(?:person|girl|boy|man|woman|guy|kid|teenager)\b)|i'm\s+not\s+(?:really\s+)?(?:fine|okay|ok|better)|(?:that's|it's|this\s+is)\s+not\s+true|stimmt\s+(?:aber\s+|gar\s+)?nicht"
    r"|(?:on|am)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
    # a streak told in the past tense has ended: "i was clean for three years", "war lange stabil"
    r"|(?:was|were|had\s+been|war|waren)\s+(?:\w+\s+){0,2}(?:clean|free|sober|stable|stabil|doing\s+(?:so\s+)?well))\b"
)
# "happy again", "wieder freude": a return of the good, not of the crisis.
_GOOD_AGAIN: Final = re.compile(
    r"\b(?:still|immer\s+noch|noch\s+immer)\s+(?:\w+\s+)?(?:froh|gluecklich|glad|happy|grateful|dankbar|proud|stolz)\b|"
    r"\b(?:happy|alive|laugh\w*|smil\w*|enjoy\w*|live|living|good|well|okay|ok|normal|hope\w*)\s+again\b"
    r"|\b(?:feel\w*\s+like|i'm|i\s+am|being)\s+myself\s+again\b"
    r"|\bwieder\s+(?:\w+\s+)?(?:freude|gluecklich|gut|besser|lachen|spass|leben|zuversicht\w*|hoffnung|arbeiten)\b"
    # round 30: "ich hab mich wieder aufgerappelt", "bin wieder auf die beine gekommen"
    r"|\b(?:mich|uns)\s+wieder\s+(?:\w+\s+)?(?:aufgerappelt|gefangen|berappelt|hochgerappelt)\b"
    r"|\bwieder\s+auf\s+die\s+beine\b|\b(?:back\s+on\s+my\s+feet|picked\s+myself\s+up)\s+again\b"
    # short sleeves again after years of hiding the arms (round 25)
    r"|\bwieder\s+(?:\w+\s+)?(?:t-shirts?|kurze\w*\s+aermel|kurzarm\w*|shorts|tops)\b|\b(?:t-shirts?|short\s+sleeves)\s+again\b"
    r"|\b(?:gluecklich|gut|lachen|leben)\s+wieder\b|\b(?:lache|lach|laechle)\s+(?:ich\s+)?wieder\b"
    # round 37: "arbeite wieder voll", "working again", "back at work again"
    r"|\b(?:arbeite\w*|schaffe|tanze|singe|male|reise|wandere)\s+(?:ich\s+)?wieder\b|\bwieder\s+(?:voll|vollzeit|teilzeit)\b"
    r"|\b(?:working|work|back\s+at\s+work|running|cycling|dancing|singing|painting|travell?ing|hiking)\s+again\b"
    # the help is what goes on: "ich nutz sie immer noch", "i still see my therapist"
    # (not "therapy helped but i still think about it": what goes on there is the thought)
    r"|\b(?:nutz\w*|hilfe|therapie|therapeut\w*|medikamente|meds|help|therapy|therapist|support)\b"
    r"(?:(?!\b(?:denk\w*|think\w*|want\w*|wish\w*|will|moecht\w*|wuensch\w*)\b)[^.!?]){0,30}\b(?:immer\s+noch|noch\s+immer|still)\b"
    r"(?!\s+(?:\w+\s+)?(?:think\w*|want\w*|wish\w*|feel\w*|plan\w*|denk\w*|will|moecht\w*|wuensch\w*|have\s+(?:the\s+)?(?:urge|thought)s?)\b)"
    r"|\b(?:still|immer\s+noch|noch\s+immer)\s+(?:\w+\s+)?(?:see|seeing|go\s+to|going\s+to|use|using|take|taking|nutz\w*|zur)\s+(?:\w+\s+)?(?:therap\w*|help|hilfe|meds|medikamente|group|gruppe)\b"
)
# The writer wants, wishes, plans or thinks now: "used to want" and "would have" are not now.
_PRESENT_VOICE: Final = re.compile(
    # ("the lads always want to know the worst bit" is curiosity, round 27)
    r"(?<!used\sto\s)(?<!didn't\s)(?<!did\snot\s)(?<!\bdid\s)\b(?:want(?!\s+to\s+(?:know|hear|ask|see)\b)|wanna|wish|need|'ll|will|going\s+to|gonna|can't|cannot|keep|(?<!had\sa\s)plan|planning|think|thinking"
    r"|feel\s+like|should|rather|hope|hoping|moechte|mag|wuensch\w*|hoffe?|brauch\w*|werde|kann\s+nicht|denke?|(?<!had\sa\s)plane?)\b"
    r"|\b(?:wouldn't|would\s+not)\s+mind\b|\b(?:nix|nichts)\s+dagegen\b"
    r"|\b(?:i'm|i\s+am|ich\s+bin|bin\s+ich)\s+(?:\w+\s+)?(?:suicidal|suizidal|lebensmuede)\b"
)
# "clean for a year, but today ...": a turn to the present that is not the recovery.
_BUT_NOW: Final = re.compile(
    r"\b(?:but|aber|doch|yet|only)\s+(?:\w+\s+)?(?:now|today|tonight|these\s+days|right\s+now|jetzt|heute?|gerade|momentan)\b"
)
_TODAY: Final = re.compile(  # not "ten years ago today": an anniversary
    r"\b(?<!ago\s)(?:today|now|just|right\s+now|this\s+morning|heute?|jetzt|gerade|grad|eben|heute\s+morgen)\b"
)
_MEANS: Final = re.compile(
    r"\b(?:blades?|razors?|pills|tablets|meds|rope|noose|lighter|klingen?|rasierklingen?|tabletten|pillen|seil|strick"
    r"|cut\w*|ritz\w*|schneid\w*|geschnitten|burn\w*|verbrenn\w*|overdos\w*|ueberdosis|bridge|bruecke|jump\w*|spring\w*)\b"
)
_AN_END: Final = re.compile(
    r"\b(?:kill\w*|suicid\w*|die|dying|dead|end\s+it|umbring\w*|suizid\w*|selbstmord\w*|sterb\w*|tot)\b"
)
# ... the end word the subject of its going: "the wanting-to-die part is completely gone"
_THE_END_GONE: Final = re.compile(
    r"\b(?:die|dying|dead|suicid\w*|kill\w*|sterb\w*|tot)\b[\w\s-]{0,20}?\s(?:is|are|'s|has\s+been|ist|sind)\s+"
    r"(?:completely\s+|totally\s+|entirely\s+|fully\s+|long\s+|komplett\s+|ganz\s+|voellig\s+|lange\s+)?(?:gone|over|weg|vorbei)\b"
)
_CLAUSE: Final = re.compile(
    r"[,:.!?;\n]|\s(?=(?:but|aber|and|und|then|dann|sondern|though|doch)\b)"
)
_SENTENCE: Final = re.compile(r"[^.!?\n;]+")
# A sentence opening like this puts the one before it in the past: "... wanted to die. since then ..."
# ... of those, the ones that count years ("das ist über sechzig jahre her", "that was in 1998"),
# not "seitdem schlaf ich kaum", which tells what the episode left behind
_YEARS_SINCE: Final = re.compile(
    r"^\s*(?:that\s+was\s+(?:\w+\s+){0,2}(?:years|ages|a\s+long\s+time)|it's\s+been\s+(?:\w+\s+){0,2}years"
    r"|das\s+(?:ist|war)\s+(?:\w+\s+){0,3}(?:jahre?|lange)\s+her|(?:ist\s+)?(?:jahre|lange)\s+her"
    r"|(?:that|this|it)\s+was\s+(?:in\s+)?(?:19|20)\d\d|das\s+war\s+(?:19|20)\d\d)\b"
)
_SINCE_THEN: Final = re.compile(
    r"^\s*(?:since\s+then|ever\s+since|that\s+was\s+(?:\w+\s+){0,2}(?:years|ages|a\s+long\s+time)|it's\s+been\s+(?:\w+\s+){0,2}years"
    r"|seitdem|seither|das\s+(?:ist|war)\s+(?:\w+\s+){0,3}(?:jahre?|lange)\s+her|(?:ist\s+)?(?:jahre|lange)\s+her"
    r"|(?:that|this|it)\s+was\s+(?:in\s+)?(?:19|20)\d\d|das\s+war\s+(?:19|20)\d\d)\b"
)


# A reopening word denied ("nothing of that has returned", "kommt nicht wieder") or telling when
# a dream came ("the dream last night", "letzte nacht geträumt") reopens nothing.
_DENIED_BEFORE: Final = re.compile(
    r"\b(?:not|never|nothing|nicht|nie|nichts|kein\w*|\w+n't)\b(?:\W+\w+){0,3}\W*$|\b(?:no|without|ohne)\s+$"
    # round 40: "nichts von dem gefühl damals ist zurück", "none of that feeling is back"
    r"|\b(?:nothing|none|nichts)\s+(?:of|von)\b(?:\W+\w+){0,4}\W*$"
)
# a time followed in its sentence by a return denied (round 49: "clean since 2013, and even with
# the redundancy this year i've never gone back to it", "trotz allem dieses jahr nie rückfällig")
_NO_RETURN_AFTER: Final = re.compile(
    r"[^.!?;\n]*?\b(?:never|not|haven't|hasn't|have\s+not|didn't)\s+(?:once\s+|ever\s+)?(?:gone|went|go|come|came|slipped|relapsed)\s+back\b"
    r"|[^.!?;\n]*?\b(?:nie|nicht|kein\s+einziges\s+mal)\s+(?:mehr\s+|wieder\s+)?(?:rueckfaellig|zurueckgefallen|zurueck\s+(?:gegangen|gefallen))\b"
)
# "ten years ago this month", "zehn jahre her, diese woche": an anniversary, not a return
_ANNIVERSARY: Final = re.compile(
    r"\b(?:years?|yrs?|jahre|jahren)\s+(?:ago|since|her|seit)\b[^.!?]{0,30}$"
    r"|\b(?:years?|jahre)\s+(?:\w+[\s-]+){0,2}(?:free|clean|frei|sober|trocken|nuechtern)\s*$"
    # round 34: "ten years today since the overdose"
    r"|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|\w+teen)\s+years\s+$"
)
_DREAM_NEAR: Final = re.compile(
    r"\b(?:dream\w*|traum\w*|getraeumt|traeumte|nightmare|albtraum"
    r"|schlaflos\w*|insomnia|sleepless\w*|couldn't\s+sleep|nicht\s+schlafen)\b"
)


def told_as_over(clean: str) -> bool:
    """Whether the text tells a past episode as over, with nothing pointing to its return."""
    streak = any(hint in clean for hint in _STREAK_HINTS) and _streak(clean)
    if not streak and not (_recovered(clean) and _PAST.search(clean)):
        return False
    if _A_TIME_SET.search(clean):
        return False  # "den zeitpunkt hab ich mir auch gesetzt, nach dem geburtstag ..." (round 30)
    regret = SURVIVAL_REGRETTED.search(clean)
    if regret and not _REGRETTED_THEN.search(clean, max(0, regret.start() - 40), regret.start()):
        return False  # "lately i'm not grateful, i'm angry it didn't work" (round 30)
    reopened = (
        m
        for m in _REOPENED.finditer(clean)
        if not _good_again(clean, m.start(), m.end())
        and not _reopens_nothing(clean, m)
        and _speaks_of_the_crisis(clean, m)
    )
    return next(reopened, None) is None


# A survived attempt regretted now ("lately i'm not grateful, i'm angry it didn't work", "ich
# bin wütend, dass ich überlebt habe"): the episode is not over, whatever the years since; the
# patterns of `safety` read it as an attempt (round 30).
SURVIVAL_REGRETTED: Final = re.compile(
    r"\b(?:angry|furious|sorry|disappointed|gutted|upset|annoyed|mad|bitter|resent\w*)\b[^.!?]{0,20}\b(?:that\s+)?"
    r"(?:it\s+(?:didn't|did\s+not|never)\s+work\w*|i\s+(?:survived|lived|made\s+it|was\s+found|was\s+saved)\b)"
    r"|\bwish\s+(?:i\s+)?(?:hadn't|had\s+not|didn't)\s+(?:survive|survived|been\s+found|been\s+saved|woken\s+up|wake\s+up)\b"
    # round 48: "... everyone acts normal, and i'm not sure i'm glad", "weiss nicht, ob ich froh bin"
    r"|\b(?:not\s+sure|don't\s+know\s+if|don't\s+know\s+whether|unsure\s+whether|unsure\s+if)\s+i'm\s+(?:glad|grateful|happy|thankful)\b(?!\s+(?:about|for|with|that\s+(?!i\s+(?:survived|lived|made\s+it|was\s+found))))"
    r"|\b(?:weiss|weiß)\s+(?:nicht|nich|net)\s*,?\s+ob\s+ich\s+(?:\w+\s+)?(?:froh|dankbar)\s+(?:bin|sein\s+soll)\b(?!\s+(?:ueber|mit|fuer))"
    r"|\b(?:wuetend|sauer|enttaeuscht|schade|bitter|aergere?\s+mich)\b[^.!?]{0,25}\b(?:dass|das)\s+"
    r"(?:es\s+(?:\w+\s+)?nicht\s+(?:geklappt|funktioniert)"
    r"|ich\s+(?:\w+\s+)?(?:ueberlebt|gefunden\s+wurde|gerettet\s+wurde|noch\s+lebe|wieder\s+aufgewacht))\b"
)


# A day or a time set, in German after its noun ("den zeitpunkt hab ich mir auch gesetzt"); the
# patterns of `safety` read it as a plan too
TIME_SET_DE: Final = (
    r"(?:hab\w*|habe)\s+(?:ich\s+)?(?:mir\s+)?(?:auch\s+)?(?:schon\s+|bereits\s+|jetzt\s+)?"
    r"(?:gewaehlt|ausgesucht|festgelegt|festgesetzt|gesetzt)\b"
)
# A time set for it now: no episode is over beside it, whatever else sounds like life going on
_A_TIME_SET: Final = re.compile(
    r"\b(?:den|einen)\s+(?:zeitpunkt|tag|datum)\s+"
    + TIME_SET_DE
    + r"|\b(?:i've|i\s+have)\s+(?:now\s+|already\s+|also\s+)?(?:set|picked|chosen)\s+(?:a|the)\s+(?:date|day|time)\b"
)
# ... but not a regret of the time itself: "i was angry it didn't work for a long time"
_REGRETTED_THEN: Final = re.compile(
    r"\b(?:was|were|used\s+to\s+be|had\s+been|war|damals)\s+(?:\w+\s+){0,3}$"
)


# A dream that returns, not the crisis: "the dream came back after a year", "der traum ist wieder da"
_DREAM_RETURNS: Final = re.compile(
    r"\b(?:dream|nightmare|traum|albtraum)\s+(?:(?:has|is|ist|kam|kommt)\s+)?(?:came|come|comes|coming|is|'s)?\s*(?:back|again|wieder(?:\s+da)?|zurueck)\b"
)


_SAID_TO_BE_BETTER: Final = re.compile(
    r"(?:i\s+)?(?:tell|told)\s+(?:everyone|everybody|people|them|(?:my|the)\s+\w+)\s|(?:ich\s+)?sag\w*\s+(?:allen|jedem)\s"
)


_SCARS_AFTER: Final = re.compile(
    r"\s+(?:\w+\s+){0,3}?(?:full\s+of|covered\s+(?:in|with)|voller|voll\s+mit)?\s*(?:scars|lines|marks|narben|striche|streifen)\b"
)


def _reopens_nothing(clean: str, match: re.Match[str]) -> bool:
    """A reopening word that is denied, or that dates a dream or a sleepless night ("the dream
    last night", "heute nacht konnte ich nicht schlafen")."""
    # a denial reaches no further back than its clause: "it hasn't come back but tonight i want
    # to" is a return tonight (round 19)
    if _SAID_TO_BE_BETTER.match(match.group()):
        return False  # "four years ago and i tell everyone i'm better now": no anniversary
    starts = [m.end() for m in _CLAUSE.finditer(clean, 0, match.start())]
    if _DENIED_BEFORE.search(clean, starts[-1] if starts else 0, match.start()) or (
        _ANNIVERSARY.search(clean, 0, match.start())
    ):
        return True
    if _NO_RETURN_AFTER.match(clean, match.end()):
        return True
    if _DREAM_RETURNS.search(clean, max(0, match.start() - 30), match.end()):
        return True  # "the overdose dream came back": the dream returned (round 15)
    if match.group() == "wieder" and clean.endswith("immer ", 0, match.start()):
        return True  # "hab mich immer wieder geschnitten": again and again back then (round 40)
    if match.group() in {"still", "noch"} and _SCARS_AFTER.match(clean, match.end()):
        return True  # "my arms are still full of lines": the scars stay, not the cutting (round 44)
    if match.group() not in {"last night", "letzte nacht", "heute nacht"}:
        return False
    near = clean[max(0, match.start() - 25) : match.end() + 40]
    return _DREAM_NEAR.search(near) is not None


# A return said outright; any other reopening word ("still", "again", "last month", "tonight")
# is a time, and reopens only in a sentence that speaks of the crisis (round 12): "i'm pregnant
# again", "letzten monat haben wir die briefe verbrannt", "tonight i'm cooking for mum" do not.
_RETURN: Final = re.compile(
    r"back\s+to\s+(?:day\s+)?(?:zero|one|0|1)|wieder\s+bei\s.*|(?:counter|streak)\s.*|back\s+again|relaps\w*|slipped|(?:is|are|'s|came|come|coming)\s+back(?!\s+(?:from|home)\b)|returned|rueckfall\w*|zurueck"
    r"|after\s.*|nach\s.*|urges?\s.*|drang\s.*|(?:thinks?|says?|said|believes?|assumes?|denken|denkt|sagen|sagt|meinen|meint|glauben|glaubt|i\s+tell|i\s+told|tell|told|ich\s+sag\w*|sag\w*|gesagt|(?:allen|jedem)\s+gesagt,?)\s.*"
    r"|but\s+i'm\s+not|i'm\s+not\s.*|(?:that's|it's|this\s+is)\s+not\s+true|stimmt\s.*|(?:was|were|had\s+been|war|waren)\s.*"
    r"|(?:heute|heut|gestern|today|tonight|last\s+night)\s+(?:doch\s+)?(?:wieder|again)"
)
_SOBER: Final = r"(?:clean|sober|trocken|nuechtern)"
_CRISIS_WORD: Final = re.compile(
    r"(?:(?<=\bto\s)|(?<=\bi\s)|(?<=\bwill\s)|(?<='ll\s)|(?<=\bcould\s)|(?<=\bwould\s)|(?<=\bshould\s)|(?<=\bmight\s)|(?<=\bgonna\s)|(?<=\bwanna\s)|(?<=\bjust\s)|(?<=\brather\s)|(?<=\bme\s)|(?<=\band\s)|(?<=\bor\s)|(?<=\bnot\s)|(?<=\bnever\s)|(?<=\bcan\s))die\b"
    # English "die" only as the verb: the German article ("chor am dienstag, die woche") is none (round 24)
    r"|\b(?:died|dying|dead|death|kill\w*|suicid\w*|end(?:ing)?\s+(?:it|my\s+life|things)|cut\w*|harm\w*|hurt\w*"
    r"|pills|tablets|meds|blades?|razors?|overdos\w*|jump\w*|rope|noose|bridge|thoughts?|urges?|want|wanted|wish\w*|plan\w*"
    r"|sh|scratch\w*|burn\w*|bleed\w*|blood|wrists?|gone|disappear\w*|alive|live|living|life|anymore|happen\w*|did\s+it"
    r"|sterb\w*|tot|tod(?!ay|dler)\w*|umbring\w*|suizid\w*|selbstmord\w*|ritz\w*|schneid\w*|geschnitten|verletz\w*|tabletten|pillen"
    # "hab mir vor zwei wochen die pulsadern aufgeschnitten" (round 27)
    r"|pulsader\w*|aufgeschnitten|aufgeschlitzt|\w*geritzt"
    # round 46: "heute hab ich mir mit dem feuerzeug wieder den arm verbrannt" (not letters burnt)
    r"|mir\s+(?:\w+\s+){0,6}?(?:verbrannt|verbrueht)"
    # round 47: "jetzt is es wieder genau wie damals, jeden abend dieses 'lass mich einfach nicht
    # mehr da sein'"
    r"|nicht\s+mehr\s+(?:da|hier)\s+(?:sein|zu\s+sein|waer\w*)"
    # round 31: "vor drei wochen hab ich versucht, mich im keller aufzuhängen"
    r"|versucht,?\s+mich|tried\s+to\s+(?:kill|hang|end)|aufzuhaengen|aufgehaengt|erhaeng\w*|hanged|hang\s+myself"
    r"|klingen?|ueberdosis|spring\w*|bruecke|strick|seil|gedanken|will|wollte|wuensch\w*|leben|svv|blut\w*"
    r"|brenn\w*|passiert|getan|ende|schluss|drang"
    # sobriety, but not a state listed between commas (round 53: "tonight i headlined ..., sober,
    # with my kid watching", "heute, acht jahre später: trocken, therapie durch, ...")
    r"|(?<![,:]\s)" + _SOBER + r"|" + _SOBER + r"(?!\s*,)"
    # (round 48: not a new job or course, "this weekend i'm ... starting my first real job")
    r"|start\w*(?!\s+(?:my|a|an|the|our|at|on|in|a\s+new)\s+(?:\w+\s+){0,2}(?:job|work|course|degree|school|uni|university|training|apprenticeship|trade|shift|placement|semester|term|role|position))|began|begun|angefangen|anfangen|beginn\w*)\b"
)


_CONTRAST: Final = re.compile(r"\b(?:but|aber|though|doch|jedoch)\b")
_AND_THEN: Final = re.compile(r",\s*(?:and|und)\b")
_ONCE_MORE: Final = re.compile(r"\b(?:again|back|wieder|zurueck|erneut)\b")
_DENIED_SIDE: Final = re.compile(r"\b(?:not|never|nicht|nie|kein\w*|\w+n't)\b")
# (not what is remembered: "heute will ich mich einfach dran erinnern, wie weit ich gekommen
# bin", round 37)
_ABOUT_IT: Final = re.compile(
    r"\b(?:dran|daran)\b(?!\s+(?:\w+\s+)?erinner\w*)|\b(?:about\s+(?:it|that)|of\s+(?:it|that))\b"
)


# what a wish of recovery is for: to remember, to write down, to celebrate
_RECALLING: Final = re.compile(
    r"\b(?:erinner\w*|remember\w*|festhalten|aufschreiben|write\s+(?:\w+\s+)?down|feiern|celebrat\w*|danke\w*|thank\w*)\b"
)
_LIFE_WORDS: Final = re.compile(r"\b(?:life|live|living|alive|leben)\b")


def _blank_unless_crisis(match: re.Match[str]) -> str:
    """A word of recovery as blanks, unless it holds a crisis word besides life itself."""
    span = match.group()
    return span if _CRISIS_WORD.search(_LIFE_WORDS.sub(" ", span)) else " " * len(span)


def _speaks_of_the_crisis(clean: str, match: re.Match[str]) -> bool:
    """Whether a reopening word reopens: a return said outright, or a time in a sentence of the
    crisis ("yesterday i cut again"; not "i paint again" or "last month we burned the letters")."""
    if _RETURN.fullmatch(match.group()):
        return True
    start = max(clean.rfind(mark, 0, match.start()) for mark in ".!?;\n")
    ends = [e for e in (clean.find(mark, match.end()) for mark in ".!?;\n") if e >= 0]
    sentence = clean[start + 1 : min(ends, default=len(clean))]
    # a crisis word only on the other side of a "but", and denied there, is not this word's:
    # "i still have bad days, but i haven't wanted to die in a long time" (round 16; not "...,
    # but since yesterday i'm at it again")
    # a word of recovery is no crisis word: "this morning i'm grateful i stayed, life's good"
    # (but "seit sieben jahren ritz ich nicht mehr" keeps its "ritz")
    sentence = _RECOVERED.sub(_blank_unless_crisis, sentence)  # offsets kept
    at = match.start() - start - 1
    cuts = [0, *(m.start() for m in _CONTRAST.finditer(sentence)), len(sentence)]
    # an episode told as past in a clause before ", and", the time in a clause of its own with no
    # crisis word, means or return in it: "fifteen years since i tried to take my life at uni,
    # and tonight i'm rocking my granddaughter" (round 34; not "..., und heute ist der druck
    # wieder so stark, dass ich die rasierklingen geholt hab")
    own, others = _sides(
        sentence, sorted({*cuts, *(m.start() for m in _AND_THEN.finditer(sentence))}), at
    )
    if (
        others
        and all(_PAST.search(side) for side in others)
        and not _CRISIS_WORD.search(own)
        and not _MEANS.search(own)
        and not _ONCE_MORE.search(own)
    ):
        return False
    own, others = _sides(sentence, cuts, at)
    if _CRISIS_WORD.search(own):
        return True
    if others and all(_DENIED_SIDE.search(side) for side in others):
        return False
    if _CRISIS_WORD.search(sentence):
        return True
    return bool(_ABOUT_IT.search(sentence) and _PRESENT_VOICE.search(sentence))


def _sides(sentence: str, cuts: list[int], at: int) -> tuple[str, list[str]]:
    """The stretch between `cuts` that holds position `at`, and the others with a crisis word."""
    sides = [sentence[a:b] for a, b in zip(cuts, cuts[1:], strict=False)]
    own = next(side for a, side in zip(cuts[1:], sides, strict=False) if at < a or a == cuts[-1])
    return own, [side for side in sides if side is not own and _CRISIS_WORD.search(side)]


# "dann waere es vorbei", "i wish it was over": a word of recovery wished for is the crisis
_WISHED_BEFORE: Final = re.compile(
    # (within its sentence: "there was a year when i wanted to die. nothing in me wants to go
    # back there", round 35)
    # (not the past wish a time is named by: "the time when i wanted to die is behind me", round 37)
    # (round 50: "i'd be glad if tonight was the last one" is a wish, not gladness)
    r"\b(?:wish\w*|hop\w*|want\w*|if|would|i'd|we'd|wenn|hoff\w*|wuensch\w*|waere?|waer|wuerde|dann)\b"
    r"(?!\s+to\s+(?!be\b)\w+\s+(?:\w+\s+)?(?:is|was|are|were)\s)(?:[^\w.!?]+\w+){0,3}[^\w.!?]*$"
    # prayed or begged for: "ich bitte jeden abend darum, dass es vorbei ist" (round 21)
    r"|\b(?:bitte|bitten|bete|beten|flehe|pray\w*|beg|begging|asking)\b(?:\W+\w+){0,6}\W*$"
    # waited for: "i wart nur mehr drauf, dass es vorbei is" (round 33)
    r"|\b(?:wart\w*|waiting|wait)\s+(?:\w+\s+){0,3}(?:drauf|darauf|for)\b(?:\W+\w+){0,4}\W*$"
    # being taken, gladly: "wenn der herrgott mich morgen nimmt, bin ich dankbar" (round 51)
    r"|\b(?:wenn|if|when)\s+(?:\w+\s+){0,4}(?:mich|me)\s+(?:\w+\s+){0,2}(?:nimmt|holt|zu\s+sich\s+(?:nimmt|holt)|takes|calls)\b(?:\W+\w+){0,3}\W*$"
)


def _recovered(text: str) -> bool:
    """A word of recovery that is not wished for ("i'm fine now", not "then it would be over")."""
    return any(not _WISHED_BEFORE.search(text, 0, m.start()) for m in _RECOVERED.finditer(text))


def _good_again(clean: str, start: int, end: int) -> bool:
    """Whether "again"/"wieder" at clean[start:end] is the good returning ("happy again")."""
    return any(m.start() <= start and end <= m.end() for m in _GOOD_AGAIN.finditer(clean))


def present_part(clean: str, stand_in: str = "") -> str:
    """`clean` without the sentences of a past episode told as over; `clean` itself otherwise.
    Each run of sentences left out is replaced by `stand_in` (round 29: a sentence that tells a
    denial, so that the classifier reads the sentences beside the episode as it reads those
    beside a denial: they must bring a crisis concept of their own).

    A long entry is read near each episode (round 11): whether an episode is told as over is
    decided by its sentence and the `_NEAR` after it, so "again" or "last night" in an unrelated
    part of a long diary entry does not reopen an episode told as over elsewhere. (Read with the
    sentences before it as well, the long-entry probe of bench/crisis_invariance.py kept more
    false alarms: there the sentence before is another part's.)"""
    sentences = [s.strip() for s in _SENTENCE.findall(clean) if s.strip()]
    told_past = [bool(_SINCE_THEN.match(s)) for s in sentences[1:]] + [False]
    # ... or the one after it, with a sentence of the same telling between (round 32: "einmal
    # stand ich am kanal und wollte springen. ein kollege hat mich gefunden. das ist über
    # sechzig jahre her.")
    told_past = [
        past
        or (
            k + 2 < len(sentences)
            and bool(_YEARS_SINCE.match(sentences[k + 2]))
            and not _TODAY.search(sentences[k + 1])
            and not _PRESENT_VOICE.search(sentences[k + 1])
        )
        for k, past in enumerate(told_past)
    ]
    # a fragment right after a sentence of the past goes on telling it: "my old journals from
    # 2016. page after page of wanting to die." (round 15; its neighbourhood is read too since
    # round 27: "found the box from rehab in 2012 ... page after page of wanting to die")
    # ... and round 37: the sentence after one about a time past, told in the past ("that first
    # year was the darkest of my life. i wanted to die most days and once i stood on the bridge")
    time_before = {
        k
        for k, s in enumerate(sentences)
        if k > 0
        and _A_TIME_WAS.match(sentences[k - 1]) is not None
        and _PAST.search(sentences[k - 1]) is not None
        and _TOLD_IN_THE_PAST.match(s) is not None
        and not _TODAY.search(s)
        and not _PRESENT_VOICE.search(s)
    }
    # (read with that sentence before it, round 38: "... die alten diary cards ... von 2018.
    # anspannung 95, svv-druck jeden tag angekreuzt, und die notizen von dem wochenende, ...")
    # ... and round 41: a sentence told in the past right after one that names a time past goes
    # on telling it ("eleven years ago i wanted to die; i spent nights working out how i'd do it")
    time_before |= {
        k
        for k, s in enumerate(sentences)
        if k > 0
        and bool(_PAST.search(sentences[k - 1]))
        and (
            _fragment(s)
            or _OLD_PAGE.search(s, 0, 60) is not None
            or (
                _TOLD_IN_THE_PAST.match(s) is not None
                and not _TODAY.search(s)
                and not _PRESENT_VOICE.search(s)
            )
        )
    }
    told_past = [past or k in time_before for k, past in enumerate(told_past)]
    if len(sentences) <= _READ_WHOLE:
        if not told_as_over(clean):
            return clean
        over = [True] * len(sentences)
    else:  # only a sentence that _kept could leave out needs its neighbourhood read
        # ... and a sentence of recovery after its episode is read with the episode before it
        # (round 29: "... wollte ich nicht mehr leben ... diese gedanken sind seit jahrzehnten
        # weg" sets the last sentence aside too; read only with what follows it, it stayed)
        over = [
            (past or _marked(s))
            and (
                told_as_over(". ".join(sentences[k - (k in time_before) : _near_end(sentences, k)]))
                or (
                    (_recovered(s) or _streak(s))
                    and not _MEANS.search(s)
                    # ("... when i take the tablets i've been keeping"; but "the wanting-to-die
                    # part is completely gone", round 40)
                    and (not _AN_END.search(s) or _THE_END_GONE.search(s) is not None)
                    and told_as_over(". ".join(sentences[max(0, k - _NEAR) : k + 1]))
                )
            )
            for k, (s, past) in enumerate(zip(sentences, told_past, strict=False))
        ]
        if not any(over):
            return clean
    kept = [
        not gone or _kept(s, past)
        for s, past, gone in zip(sentences, told_past, over, strict=False)
    ]
    # the rescue right after an episode told as over is the same telling (round 34: "... i
    # swallowed a whole strip of pills. my roommate found me and i spent three days in hospital")
    for k in range(1, len(sentences)):
        if kept[k] and over[k - 1] and not kept[k - 1] and _rescue_told(sentences[k]):
            kept[k] = False
    if not stand_in:
        return ". ".join(s for s, keep in zip(sentences, kept, strict=True) if keep)
    out: list[str] = []
    for k, (s, keep) in enumerate(zip(sentences, kept, strict=True)):
        if keep:
            out.append(s + ". ")
        elif k == 0 or kept[k - 1]:
            out.append(stand_in)
    return "".join(out).strip()


_RESCUE: Final = re.compile(
    r"\b(?:found\s+me|hospital|ambulance|a\s+and\s+e|icu|paramedics|stomach\s+pumped|pumped\s+my\s+stomach"
    r"|woke\s+up\s+in|mich\s+gefunden|gefunden\s+hat|krankenhaus|klinik|notarzt|rettungswagen|intensiv\w*"
    r"|magen\s+ausgepumpt|spital|notaufnahme"
    r"|(?:stopped|talked|sat)\s+(?:\w+\s+){0,2}(?:to|with)\s+me|talked\s+me\s+down|pulled\s+me\s+back"
    r"|(?:angehalten|geredet|gesprochen)\s+(?:\w+\s+){0,2}(?:mit\s+mir)?|mit\s+mir\s+(?:geredet|gesprochen)|zurueckgezogen)\b"
)


def _rescue_told(sentence: str) -> bool:
    """A rescue told in the past, nothing of today in it ("a friend found me", "drei tage
    krankenhaus")."""
    return bool(
        _RESCUE.search(sentence)
        and not _TODAY.search(sentence)
        and not _PRESENT_VOICE.search(sentence)
        and not _CRISIS_WORD.search(_LIFE_WORDS.sub(" ", sentence))
    )


_QUOTE_MARK: Final = re.compile(r"['\"“”„]")


def _near_end(sentences: list[str], k: int) -> int:
    """Where the neighbourhood of sentence k ends: the `_NEAR` sentences after it, a piece of a
    quotation of fewer than four words not counted (a quoted "'stay, kid.' i did." is one step,
    round 24; not "um sechs aufgewacht", which is a sentence of its own), and nor a sentence of
    the day with no word of the crisis in it, up to twice `_NEAR` in all (round 34: "six years
    ago ... i swallowed a whole strip of pills. my roommate found me ... today my registration
    letter came ... i have my own flat, a therapist ... i'm so glad i'm still here")."""
    end, counted = k + 1, 0
    while end < len(sentences) and counted < _NEAR and end - k <= 2 * _NEAR:
        piece = sentences[end]
        step = len(piece.split()) >= 4 or not _QUOTE_MARK.search(piece)
        counted += step and bool(_CRISIS_WORD.search(piece) or _PRESENT_VOICE.search(piece))
        end += 1
    return end


_SUBJECT: Final = re.compile(r"\b(?:i|i'm|i've|i'll|i'd|ich|bin|hab|habe|we|wir)\b")


_A_TIME_WAS: Final = re.compile(
    r"\s*(?:that|the|those|das|die|der|jene[sr]?)\s+(?:\w+\s+){0,2}(?:year|years|months?|winter|summer|time|period"
    r"|jahr|jahre|monate|winter|sommer|zeit)\s+(?:after\s+|danach\s+)?(?:was|were|war|waren)\b"
)
_TOLD_IN_THE_PAST: Final = re.compile(
    # (round 41: any English simple past, "i stopped eating and spent nights ...", not "i need")
    r"\s*(?:i|ich)\s+(?:\w+\s+)?(?:wanted|was|had|stood|tried|took|thought|cut|kept|spent|\w+[^e\W]ed|wollte|war|hatte|stand"
    r"|dachte|habe?\s+(?:\w+\s+){0,3}ge\w+)\b"
)


def _fragment(sentence: str) -> bool:
    """A sentence with no subject of the writer's and nothing of today ("page after page of
    wanting to die")."""
    return not (
        _SUBJECT.search(sentence) or _TODAY.search(sentence) or _PRESENT_VOICE.search(sentence)
    )


_NEAR: Final = (
    4  # sentences after an episode's that decide whether it is told as over (2 before round 24)
)
_READ_WHOLE: Final = 5  # a text of at most this many sentences is read whole, as before round 11


def _marked(sentence: str) -> bool:
    """Whether a sentence holds a marker of when, of a streak or of recovery."""
    return bool(_PAST.search(sentence) or _streak(sentence) or _recovered(sentence))


# a time past recalled, "wenn ich dran denk, wie ich 2019 ... aufgewacht bin" (round 52)
_RECALL_OF_HOW: Final = re.compile(
    r"\b(?:wenn|when)\s+(?:ich|i)\s+(?:\w+\s+)?(?:dran|daran|back|about\s+it)\s+(?:denk\w*|think)\s*,?\s*(?=(?:wie|als|how|when)\b)"
    r"|\bwhen\s+i\s+think\s+(?:back\s+)?(?:to|about|of)\s+(?=(?:how|when)\b)"
)


def _kept(sentence: str, told_past: bool) -> bool:
    """Whether a sentence of a text told as over is still checked (see the module's table);
    `told_past`: the next sentence says this one is past ("since then ...")."""
    marked = (_PAST.search(sentence), _streak(sentence), _recovered(sentence))
    if not told_past and not any(marked):
        return True
    if (
        told_past
        and _OLD_PAGE.search(sentence, 0, 60)
        and not _TODAY.search(sentence)
        and not _BUT_NOW.search(sentence)
    ):
        return False  # "da steht drin, dass ich tot sein will": the old page's words, each clause
    # a time named in an earlier clause is the time of those after it (round 35: "back in 2017,
    # when i'd just left the brethren, i spent most nights thinking about ending it")
    past_before = False
    sentence = _RECALL_OF_HOW.sub(lambda m: " " * len(m.group()), sentence)
    for clause in _CLAUSE.split(sentence):
        if _present(clause, past_before):
            return True
        past_before = past_before or bool(_PAST.search(clause))
    return False


_OLD_PAGE: Final = re.compile(
    r"\b(?:pages?|entr(?:y|ies)|seiten?|eintraeg\w*|eintrag)\b(?:\s+\w+){0,2}?\s*(?:saying|says|said|reading|full\s+of|voller|voll\s+mit|about|ueber)\b"
    # round 35: what the old diary says, after the sentence that found it ("da steht drin, wann
    # und wie ich's machen wollte", "it says how ...")
    r"|^\s*(?:da|darin|dort|drin)\s+steh(?:t|en)\s+(?:drin|geschrieben)?|^\s*(?:it|there\s+it|in\s+it\s+it)\s+(?:says|said)\b"
    r"|\b(?:pages?|seiten?)\s*['\"“„]"
    # round 38: old diary cards' boxes and notes ("svv-druck jeden tag angekreuzt, und die notizen
    # von dem wochenende, an dem ich sterben wollte")
    r"|\b(?:jeden\s+tag|every\s+day|each\s+day|taeglich)\s+(?:angekreuzt|ticked|circled)\b"
    r"|\b(?:die|meine|the|my)\s+(?:notes?|notizen)\s+(?:von|vom|from|about|of|zu)\b"
)


_HAD_BEFORE: Final = re.compile(r"\b(?:had|hatte|hatt)\s+(?:\w+\s+){0,3}$")


def _present(clause: str, past_before: bool = False) -> bool:
    """A present wish, plan or thought, a turn to a present that is not the recovery, or a means
    named today ("and today i bought new blades"); `past_before`: an earlier clause of the
    sentence named a time past."""
    # a wish or a thought inside a word of recovery is none: "no wish to go back", "denk ich
    # nicht mehr daran" (round 24)
    kept = [(m.start(), m.end()) for m in _RECOVERED.finditer(clause)]
    past = _PAST.search(clause) or (
        past_before and not _TODAY.search(clause) and not _BUT_NOW.search(clause)
    )
    # a wish or a thought of the crisis now; not "i think only of fishing", not "the first
    # winter there i stood at the river thinking to jump" (round 12), and not "funny to think
    # at 15 i wanted to die" (a thought of the past, round 24)
    # the words of an old page quoted are no voice of now: "every page saying i want to die",
    # "jede zweite seite 'ich will sterben'" (round 34)
    quoted = _OLD_PAGE.search(clause)
    voice = next(
        (
            m
            for m in _PRESENT_VOICE.finditer(clause)
            if not any(a <= m.start() and m.end() <= b for a, b in kept)
            and not (quoted and m.start() >= quoted.end())
            and not (past and (m.group().endswith("ing") or m.group() == "think"))
            # (round 52: a plan had then, "2018 ..., hatte sogar schon nen plan")
            and not (m.group().startswith("plan") and _HAD_BEFORE.search(clause, 0, m.start()))
        ),
        None,
    )
    topic = _CRISIS_WORD.search(clause) or _ABOUT_IT.search(clause)
    if voice and topic and topic.span() == voice.span() and _RECALLING.search(clause):
        topic = None  # "heute will ich mich einfach dran erinnern, ..." (round 37)
    if voice and topic:
        return True
    if _TODAY.search(clause) and _MEANS.search(clause) and not _PAST.search(clause):
        return True
    recovered = _recovered(clause) or _streak(clause)
    return bool(_BUT_NOW.search(clause)) and not recovered
