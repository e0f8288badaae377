"""Cut a dream into lines (beats) and mark each: event, meta, waking or negated; find similes.

A line is a sentence, or a clause of one that starts anew ("..., but I ran", "and then we...").
- meta: about the report or the memory ("this was long, I'm forgetting half", "keine Ahnung");
- waking: the dreamer waking for real ("then my alarm went off"), and what follows it, unless the
  dream goes on ("I fell asleep again") or the waking is the dream's own opening scene;
- negated: what did not happen ("I wasn't scared", "we didn't go in", "niemand kam");
- event: everything else. "I couldn't run" is an event of being stuck (`unable`), not a denial.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Final

from dreamjournal.analysis.gates import PatternGates
from dreamjournal.analysis.models import Language
from dreamjournal.analysis.scene_plan import BeatKind
from dreamjournal.analysis.text import Tokens
from dreamjournal.analysis.told import frame_end

_SUBJECTS: Final[dict[Language, frozenset[str]]] = {
    "en": frozenset({"i", "we", "he", "she", "they", "it", "you", "my", "someone", "everyone"}),
    "de": frozenset({"ich", "wir", "er", "sie", "es", "du", "mein", "meine", "jemand", "alle"}),
}
_STRONG_BREAKS: Final[dict[Language, frozenset[str]]] = {
    "en": frozenset({"but", "then", "suddenly", "later", "afterwards"}),
    "de": frozenset(
        {
            "aber",
            "dann",
            "plötzlich",
            "später",
            "danach",
            "sondern",
            "doch",
            "trotzdem",
            "dennoch",
            "stattdessen",
        }
    ),
}
_SOFT_BREAKS: Final[dict[Language, frozenset[str]]] = {
    "en": frozenset({"and", "so", "while", "when"}),
    "de": frozenset({"und", "also", "während", "als"}),
}

_NO_BREAK_AFTER: Final = frozenset(
    {
        "was",
        "wie",
        "wo",
        "wer",
        "dass",
        "ob",
        "what",
        "that",
        "how",
        "where",
        "who",
        "if",
        "whether",
    }
)
_NEGATORS: Final[dict[Language, frozenset[str]]] = {
    "en": frozenset({"not", "never", "nobody", "nothing", "nowhere", "cannot", "no"}),
    "de": frozenset({"nicht", "nie", "niemals", "niemand", "nichts", "nirgends", "kein", "keine",
                     "keinen", "keiner", "keinem", "keines"}),
}  # fmt: skip
_UNABLE: Final[dict[Language, frozenset[str]]] = {
    "en": frozenset({"couldn't", "can't", "cannot", "could", "can", "unable", "wouldn't"}),
    "de": frozenset({"konnte", "konnten", "kann", "können", "schaffte", "ließ"}),
}
# English contractions often typed without their apostrophe ("I didnt go in", "I couldnt
# run"): read as written with it. "cant" (jargon) and "wont" (a habit) are words of their own,
# so they count only right after a subject ("I cant move", "it wont open"; not "his wont").
_BARE_CONTRACTIONS: Final = frozenset(
    {"didnt", "doesnt", "dont", "wasnt", "werent", "isnt", "arent", "hasnt", "havent", "hadnt",
     "wouldnt", "couldnt", "shouldnt", "mustnt", "neednt"}
)  # fmt: skip
_BARE_AFTER_SUBJECT: Final = frozenset({"cant", "wont"})
_PERSONAL_SUBJECTS: Final = frozenset({"i", "you", "he", "she", "it", "we", "they"})
_BARE: Final = _BARE_CONTRACTIONS | _BARE_AFTER_SUBJECT
_CANCEL: Final[dict[Language, frozenset[str]]] = {
    "en": frozenset({"stop", "help", "believe", "wait", "only", "but"}),
    "de": frozenset({"aufhören", "aufhoeren", "glauben", "fassen", "nur"}),
}

_META: Final[dict[Language, tuple[re.Pattern[str], ...]]] = {
    "en": tuple(
        re.compile(p)
        for p in (
            r"\b(?:can't|cannot|couldn't|don't|do\s+not|no\s+longer|barely|hardly|dont|cant)\s+"
            r"(?:really\s+|quite\s+|fully\s+|for\s+the\s+life\s+of\s+me\s+)?(?:remember|recall)\b"
            # ... not what the dreamer could not recall in the dream (round 28: "so rattled I could
            # barely remember my own surname")
            r"(?!\s+(?:my\s+(?:own|name|surname|password|pin|lines|number|address|way)|his\s+name"
            r"|her\s+name|their\s+names?|where\s+i\s+(?:was|had|parked)|which\s+(?:way|room|door)|how\s+to)\b)",
            # forgetting the dream, not forgetting in it ("forgot my lines", "forgot to pay")
            # (round 32: "feeling forgotten and forlorn" is a feeling in the dream)
            # (round 52: nor being forgotten, "lonely, like I'd been forgotten")
            r"(?<!feeling\s)(?<!felt\s)(?<!so\s)(?<!all\s)(?<!been\s)(?<!being\s)(?<!was\s)(?<!were\s)(?<!got\s)\b(?:forget|forgetting|forgot|forgotten)\b(?!\s+(?:my|to|his|her|our|their|your|where|how"
            r"|which|about\s+(?:my|the|his|her|it)"
            # round 41: a grievance forgotten in the dream ("forgot all about it and was happy")
            r"|all\s+about\s+(?:it|him|her|them|that|the\s+\w+))\b)",
            # the app's mood or tag line, written now ("Mood word: frazzled", "mood: meh")
            r"^\W*(?:mood(?:\s+word)?|tags?)\s*:",
            # round 44: the writer's own word on the dream ("no idea what thats about")
            r"\bno\s+idea\s+what\s+(?:that's|thats|that\s+was|it's|its|it\s+was|this\s+is|that\s+is)\s+(?:all\s+)?about\b",
            r"\b(?:hard|difficult|impossible)\s+to\s+(?:describe|explain|remember|say|put)\b",
            r"(?<!thought\s)(?<!found\s)\b(?:this|that|it|the\s+dream)\s+(?:dream\s+)?(?:was|is)\s+(?:so\s+|really\s+|very\s+|"
            r"kind\s+of\s+|pretty\s+)?(?:long|short|weird|random|fuzzy|blurry|hazy|vague)\b(?!\s+\w+\s+(?:in|at|of))",
            # ("lol" is a tone, not a remark: "... wouldn't let me under her umbrella lol")
            # ("anyway" opening its sentence or clause; "I felt guilty anyway" is a feeling,
            # round 33)
            r"(?:^\W*|[.!?;,:]\s*|\b(?:so|but|and|oh|well)\s+)(?:anyway|anyways)\b"
            # (round 42: not a feeling shrugged off, "bit disappointed but whatever")
            r"|\b(?:idk|long\s+story\s+short)\b|(?<!\bbut\s)\bwhatever\b",
            # "nothing else" ends a report ("Nothing else.", "nothing else happened"); after a
            # feeling it is emphasis ("it was pure happiness, nothing else"), round 26; "the rest
            # of the visit" is a stretch of the dream, not the rest of the report (round 27)
            r"\b(?:the\s+rest(?!\s+of\b)|that's\s+all|that\s+is\s+all|that's\s+it)\b|^\W*(?:and\s+|but\s+)?nothing\s+else\b"
            r"|\bnothing\s+else\s+(?:happened|i\s+(?:can\s+)?remember|to\s+(?:say|report|tell))\b",
            r"^(?:i|we)\s+(?:had|have)\s+(?:a|this|the|another|that|such\s+a)\s+(?:\w+\s+){0,2}"
            r"dream\b(?!.*\b(?:where|that|in\s+which|about)\b)",
            r"\b(?:writing\s+(?:this|it)\s+down|i\s+wrote|my\s+journal|my\s+therapist)\b",
            r"\bmy\s+(?:brain|mind|subconscious)\s+(?:does|did|is|keeps|made|makes|comes)\b",
            # round 42: "Honestly annoyed that my brain never gives me dreams like this"
            r"\bmy\s+(?:brain|mind|subconscious)\s+(?:never|always|only|rarely)\s+(?:gives|shows|sends|lets)\b",
            # round 53: "Honestly irritated that my brain can do it in dreams and not in real life"
            r"\bmy\s+(?:brain|mind|subconscious)\s+(?:can|could)\s+(?:\w+\s+){0,3}in\s+(?:my\s+)?dreams?\b",
            # remarks on the dream itself (round 27): "annoyed at my brain for this one", "that's
            # the third work dream this week", "there was more but I've lost it"
            r"\b(?:at|with)\s+my\s+(?:brain|subconscious)\b",
            # round 35: "honestly i'm sick of this dream, that's the fifth time this month"
            r"\b(?:sick|tired|fed\s+up)\s+(?:\w+\s+)?of\s+(?:this|these|that)\s+(?:\w+\s+)?dreams?\b",
            # round 35: "I've no idea why I still dream about that place"
            r"\b(?:no|not\s+the\s+faintest)\s+idea\s+why\s+i\s+(?:still\s+)?(?:dream|dreamt|dreamed|keep\s+dreaming)\b",
            # the dream read now (round 33): "I'm pretty sure this is about my anxiety over the
            # new job", "Ich glaube, der Traum sagt mir, dass ..."
            r"\b(?:this|it|that)(?:\s+dream)?\s+(?:is|was|'s)\s+(?:probably\s+|definitely\s+|obviously\s+"
            r"|clearly\s+|all\s+|really\s+)?about\s+my\s+\w+\s+(?:over|about|with|around)\b",
            r"\b(?:der|dieser|mein)\s+traum\s+(?:sagt|will)\s+mir\b",
            r"\bno\s+idea\s+(?:what\s+(?:that|it|this)(?:\s+all)?\s+(?:was|is|means)(?:\s+about)?|where\s+(?:this|that|it)"
            r"\s+(?:is|was)\s+coming\s+from|why\s+i\s+(?:dream|dreamt|dreamed|had))\b|\blooking\s+back\W*$",
            r"\b(?:that's|that\s+is|this\s+is|it's)\s+the\s+(?:\w+\s+){1,2}dream\b",
            r"\bthere\s+was\s+more\b(?=\s*(?:but\b|to\s+it\b|,|\.|$))"
            r"|\b(?:i've|i\s+have)\s+lost\s+(?:it|the\s+rest|the\s+end\w*)(?=\W*$)",
            r"\b(?:i'm|i\s+am)\s+not\s+sure\s+(?:if|whether|what|how)\b",
            # round 29: "I don't know what to make of it" (the teller now), "the whole group
            # laughed when he told it"
            r"\bi\s+(?:don't|do\s+not)\s+know\s+what\s+to\s+make\s+of\b",
            r"\bwhen\s+(?:he|she|they|i|we)\s+told\s+(?:it|us|me|this|them)\b",
            # round 30: "which surprised me later when I thought about it"
            r"\blater\s+when\s+i\s+thought\s+(?:about\s+it|back)\b|\bwhen\s+i\s+thought\s+about\s+it\s+(?:later|afterwards)\b",
            r"\bmakes?\s+no\s+sense\b",
            r"\b(?:if|whether)\s+(?:this|it)\s+was\s+(?:really\s+)?a\s+dream\b|\bhalf[\s-]awake\b",
            # a remark in the present about dreaming ("annoyed that I even dream about work")
            r"\bthat\s+i\s+(?:\w+\s+){0,4}(?:dream|keep\s+dreaming)\s+(?:about|of)\b",
            # a feeling about the dream now, in the present ("that's what frightens me about it",
            # "the bit that frightens me now I'm awake"), round 25
            r"^\W*(?:and\s+|but\s+|honestly,?\s+)?(?:it|that|this|what)(?:'s)?\s+(?:\w+\s+){0,3}?(?:annoys|bugs|"
            r"frustrates|scares|frightens|"
            r"worries|bothers|upsets|saddens|unsettles|haunts)\s+me\b",
            # round 37: annoyed now at dreaming it again ("I'm annoyed because this is the fifth
            # time this month", "honestly I'm getting fed up with dreaming about water")
            r"^\W*(?:and\s+|but\s+|honestly,?\s+|frankly,?\s+)?(?:i'm|i\s+am)\s+(?:getting\s+|so\s+|really\s+|a\s+bit\s+|"
            r"pretty\s+)*(?:annoyed|fed\s+up|sick\s+of|tired\s+of|frustrated|irritated|bored"
            # round 48: "Honestly I'm a bit embarrassed how often she shows up in my dreams lol"
            r"|embarrassed|ashamed|amused)\b"
            r"(?=.*\b(?:dream\w*|nightmares?|(?:\w+\s+)?times?\s+this\s+(?:week|month|year)|again"
            # round 41: "honestly I'm getting sick of my brain doing this every week"
            r"|every\s+(?:week|night|month)|my\s+brain)\b)",
            # round 41: "no idea why I remember this but ..."
            r"\bno\s+idea\s+why\s+i\s+(?:even\s+)?(?:remember|dreamt|dreamed|dream|had)\b",
        )
    ),
    "de": tuple(
        re.compile(p)
        for p in (
            # round 43: "ich bin immer noch sauer auf mein Hirn wegen dem Traum"
            r"\b(?:auf|über|ueber|mit)\s+mein(?:em)?\s+(?:hirn|gehirn|unterbewusstsein|kopf)\b(?=.*\btr(?:a|ä|ae)um)",
            # round 35: "ehrlich, ich habe die nase voll von diesem traum"
            r"\bnase\s+(?:\w+\s+)?voll\s+von\s+(?:diesem|dem|den|diesen)\s+(?:\w+\s+)?tr(?:a|ä|ae)um\w*",
            # "weiß ich nicht mehr" is the memory; "wusste nicht mehr, wo ich war" is the dream
            r"\b(?:weiß|weiss)\s+(?:ich\s+)?(?:auch\s+|gar\s+|echt\s+|wirklich\s+)?(?:nicht|nichts)\s+mehr\b(?!\s*,?\s*(?:wo|wohin|woher)\b)",
            # ... "wusste nicht mehr, aus welcher Richtung ich kam" is the dream's (round 25)
            r"\bwusste\s+(?:ich\s+)?(?:auch\s+)?(?:nicht|nichts)\s+mehr\b(?!\s*,?\s*(?:(?:aus|in|an|auf|von|mit"
            r"|zu|bei)\s+)?(?:wo|wohin|woher|welche\w*|was|wer|wen|wem|wie|ob|warum)\b)",
            # "ich war traurig, keine Ahnung warum": the feeling is still the dream's
            # ... but "ich hatte keine Ahnung, wovon er redete" is the dream's (round 30)
            r"(?<!\bhatte\s)(?<!\bhatten\s)(?<!\bhatte\sich\s)\bkeine\s+ahnung\b(?!,?\s+(?:warum|wieso|weshalb)\b)",
            r"\berinnere\s+mich\s+(?:\w+\s+)?(?:nicht|kaum|nur\s+noch)\b",
            # (not someone else's forgetting in the dream: "so tat, als hätte er es vergessen")
            # (nor a thing forgotten in the dream: "dass ich die Prüfung ganz vergessen hab",
            # "ich hatte den Text vergessen", round 38)
            # (nor a task forgotten, round 44: "dass ich ganz vergessen hab, die Personalien
            # aufzunehmen")
            r"^(?!.*\b(?:vergessen|vergaß|vergass)\s*(?:hab\w*|habe|hatte)?\s*,\s*(?:\w+\s+){0,4}(?:zu\s+\w+|\w+zu\w+n)\b)"
            r"(?!.*\b(?:die|den|das|meine[nm]?|meine|seine[nm]?|ihre[nm]?)\s+(?!traum\b|rest\b|einzelheiten\b|details\b)\w+\s+"
            r"(?:ganz\s+|völlig\s+|komplett\s+|einfach\s+|total\s+)?(?:vergessen|vergaß|vergass)\b)"
            r".*(?<!\ber\s)(?<!\bsie\s)(?<!\ber\ses\s)(?<!\bsie\ses\s)(?<!\ber\sdas\s)\b(?:vergess\w*|vergaß|vergass|vergessen)\b",
            r"\bschwer\s+zu\s+(?:beschreiben|sagen|erklären)\b",
            # (round 52: not "war voll egal", in the dream it did not matter)
            r"\b(?:jedenfalls|naja|übrigens)\b|(?<!war\s)(?<!voll\s)(?<!total\s)(?<!mir\s)(?<!ist\s)(?<!so\s)(?<!ganz\s)\begal\b",
            r"^\W*(?:stimmung|laune|tags?)\s*:",  # the app's mood line (round 29)
            # "Ich weiß nicht, ob ich den Job bekommen hab": the report's gap, now (round 29)
            r"^\W*(?:und\s+|aber\s+)?(?:ich\s+)?wei(?:ß|ss)\s+(?:auch\s+|bis\s+heute\s+)?nicht,?\s+ob\b",
            r"\bder\s+rest\b|\bdas\s+war\s+(?:alles|es)\b",
            r"\b(?:das|der|dieser|es)\s+(?:traum\s+)?war\s+(?:so\s+|sehr\s+|ziemlich\s+|echt\s+)?"
            r"(?:lang|kurz|wirr|verschwommen)\b",
            r"^ich\s+hatte\s+(?:heute\s+nacht\s+|letzte\s+nacht\s+)?(?:einen|diesen|so\s+einen|"
            r"wieder\s+einen)\s+(?:\w+\s+)?traum\b(?!.*\b(?:in\s+dem|wo|dass)\b)",
            r"\bmeine[rm]?\s+therapeut\w*\b|\baufschreib\w*|\bschreibe\s+(?:das|es)\s+auf\b",
            r"\bmein\s+(?:hirn|gehirn|kopf|unterbewusstsein)\s+(?:mir\s+|uns\s+)?(?:sowas|so\s+was|das|immer)\b",
            # a feeling now about the dreaming ("Ehrlich gesagt geht mir das langsam auf den
            # Keks"), round 26
            r"^\W*(?:ehrlich\s+gesagt|mittlerweile|inzwischen),?\s+(?:\w+\s+){0,2}(?:geht|nervt|ärgert|stört|"
            r"wurmt|macht|beunruhigt)\s+(?:mir|mich)\b",
            r"\bob\s+(?:das|es)\s+(?:\w+\s+){0,2}(?:ein\s+)?traum\s+war\b|\bhalb\s+wach\b",
            # "ärgere mich, dass ich sogar nachts noch von der Arbeit träume"
            # (not a false awakening found out, round 42: "kapiert, dass ich noch träume")
            r"\bdass\s+ich\s+(?!(?:immer\s+)?noch\s+(?:am\s+)?träume\b)(?:\w+\s+){0,6}träume\b",
            # "Es ärgert mich ein bisschen, dass ich so wenig behalte": a feeling now
            r"^\W*(?:und\s+|aber\s+)?(?:es|das|was)\s+(?:\w+\s+)?(?:ärgert|nervt|stört|wurmt|beunruhigt|erschreckt|"
            r"bedrückt)\s+mich\b",
        )
    ),
}
_WAKING: Final[dict[Language, tuple[re.Pattern[str], ...]]] = {
    "en": (
        re.compile(r"\b(?:woke|wake|waking|awoke|awoken|awakened)\s*(?:up|me)?\b"),
        # not a fire, smoke, car or burglar alarm in the dream (round 27)
        # ... nor one still sounding in the dream's background (round 31)
        re.compile(
            r"(?<!fire\s)(?<!smoke\s)(?<!car\s)(?<!burglar\s)(?<!real\s)(?<!of\s)(?<!in\s)(?<!with\s)\balarm\b"
            r"(?!\s+(?:was\s+|kept\s+)?(?:still\s+)?(?:going|blaring|wailing|sounding)\b)"
            # ... nor a button or a bell to press in it (round 40: "kept jabbing the alarm button")
            r"(?!\s+(?:buttons?|bells?|cords?|switch|panel|system)\b)"
            # ... nor a clock that is a thing in the dream: "it was only my old alarm clock in
            # there" (round 37), but "the alarm clock went off"
            r"(?!\s+clocks?\b(?!\s+(?:went|rang|ringing|rings|beeped|buzzed|sounded|goes)\b))"
            r"|\bi\s+was\s+awake\b"
            # round 39: "Afterwards, awake, I felt a little blue all morning."
            r"|\b(?:afterwards|after|later|then)\s*,?\s*awake\b"
        ),
    ),
    "de": (
        re.compile(r"\b(?:wachte|wachten|aufgewacht|aufwachen|aufwachte|erwachte|erwacht)\b"),
        re.compile(
            r"\b\w*wecker\s+(?:\w+\s+)?(?:klingelte|geklingelt|ging|riss|piepte|gepiept|los|losging)\b"
            r"|\bging\s+(?:mein|der|dann\s+mein|dann\s+der)\s+\w*wecker\b"
            r"|\bwar\s+ich\s+wach\b"
            # round 43: "Danach wach gelegen bis fünf und mich elend gefühlt"
            r"|\b(?:danach|dann|noch|stundenlang|lange)\s+wach\s+gelegen\b"
        ),
    ),
}
_NOT_WAKING: Final[dict[Language, re.Pattern[str]]] = {
    "en": re.compile(
        r"\b(?:nearly|almost)\s+(?:woke|wake|waking)\b|\b(?:couldn't|could\s+not|can't|cannot|tried\s+to|trying\s+to|wanted\s+to|don't\s+want"
        r"\s+to)\s+(?:\w+\s+)?wake\b|\bstill\s+(?:in\s+the\s+|a\s+)?dream\w*\b(?!\s+(?:about|of)\s+(?:her|him|them|it|my|this|that)\b)|\bwake\s+(?:him|her|them"
        r"|the|my)\b|\bfalse\s+awakening\b|\b(?:dreamed|dreamt|dreaming)\s+(?:that\s+)?(?:i|we)\s+(?:had\s+|was\s+|were\s+)?"
        r"(?:woke|awoke|wake|waking|was\s+awake|got\s+up)\b"
        r"|\b(?:thought|believed|was\s+sure|was\s+convinced|figured)\s+(?:that\s+)?i\s+(?:had\s+)?(?:woken|woke|was\s+awake)\b"
        # a waking in quotation marks or said to be the dream's: "I 'woke up'", "(in the dream)"
        r"|['\"‘“](?:woke|awoke)\s+up['\"’”]|\(in\s+the\s+dream\b"
        # someone else's waking, or a death told as one ("she fell asleep and never woke up")
        r"|\b(?:he|she|they)\s+(?:\w+\s+){0,4}?(?:woke|awoke|never\s+woke|didn't\s+wake|did\s+not\s+wake"
        r"|wouldn't\s+wake)\b"
        # ... or one feared or hoped for (round 36: "i was anxious she'd wake up and not know me")
        r"|\b(?:he|she|they)(?:'d|'ll|\s+would|\s+will|\s+might|\s+could)\s+(?:\w+\s+)?wake\b|\bnever\s+(?:woke|wake)\s+(?:up\s+)?again\b"
        # a dream journal's "FA:" (false awakening), round 35
        r"|(?:^|[.!?]\s*|\()fa\s*[:)\-]"
        # round 41: awake on the table in the dream ("operating on my knee and i was awake")
        r"|\b(?:operating|operated)\s+on\s+(?:me|my\s+\w+)\b[^.!?]{0,30}\bi\s+was\s+(?:wide\s+)?awake\b"
        r"|\b(?:awake|woke\s+up)\s+(?:during|in\s+the\s+middle\s+of|halfway\s+through)\s+(?:the\s+|my\s+)?(?:operation|surgery|op|procedure)\b"
    ),
    "de": re.compile(
        r"\b(?:konnte|kann|wollte|versuchte)\b[^.!?]{0,25}\baufwachen\b|\bnoch\s+(?:immer\s+)?"
        r"(?:im\s+traum|träumte)|\bimmer\s+noch\b[^.!?]{0,20}\bträum|\bweckte\s+(?:ihn|sie|meine|meinen)\b"
        r"|\b(?:geträumt|träumte),?\s+(?:dass\s+)?(?:ich|wir)\s+(?:\w+\s+){0,2}(?:aufgewacht|aufwachte|aufwache|wachte|erwacht)"
        r"|\b(?:dachte|glaubte|war\s+mir\s+sicher),?\s+(?:dass\s+)?ich\s+(?:bin|wäre|sei|war)\s+"
        r"(?:schon\s+)?(?:aufgewacht|wach)\b"
        # someone else's waking, or a death told as one ("ist eingeschlafen und nicht mehr
        # aufgewacht"), round 26
        r"|\bist\b(?:(?!\b(?:ich|bin|wir|sind)\b)[^.!?]){0,60}?\b(?:aufgewacht|erwacht)\b"
        r"|\b(?:er|sie)\s+(?:\w+\s+){0,3}?(?:wachte|erwachte)\b|\b(?:wachte|erwachte)\s+(?:er|sie)\b"
        r"|\bnicht\s+mehr\s+(?:aufgewacht|erwacht|aufwachte|aufgewacht\s+ist)\b"
        # a waking said to be the dream's (round 30): "als ich aufgewacht bin (also im traum)"
        r"|\((?:also\s+)?im\s+traum\b"
        # round 35: "so gefreut, dass ich fast aufgewacht wäre"; a false awakening ("FA:")
        r"|\b(?:fast|beinahe)\s+(?:schon\s+)?(?:aufgewacht|erwacht|wach\s+geworden)\b|\bfalsche[sn]?\s+erwachen\b"
        r"|(?:^|[.!?]\s*|\()fa\s*[:)\-]"
        # round 41: awake on the table in the dream ("bin bei der op aufgewacht, mitten drin")
        r"|\b(?:bei|während|mitten\s+in)\s+der\s+(?:op|operation)\s+(?:\w+\s+)?(?:aufgewacht|wach\s+geworden|wach)\b"
        r"|\b(?:aufgewacht|wach\s+geworden)\s*,?\s+(?:mitten\s+in|während)\s+der\s+(?:op|operation)\b"
    ),
}
_ASLEEP_AGAIN: Final[dict[Language, re.Pattern[str]]] = {
    "en": re.compile(
        r"\b(?:fell|went)\s+(?:back\s+)?(?:a)?sleep\s+again\b|\bback\s+to\s+sleep\b|\bdream\s+"
        r"(?:continued|went\s+on)\b|\bthe\s+dream\s+itself\b"
    ),
    "de": re.compile(
        r"\bschlief\s+(?:\w+\s+)?wieder\s+ein\b|\btraum\s+ging\s+weiter\b"
        r"|\bder\s+traum\s+selbst\b"
    ),
}
# A false awakening found out: the dream goes on, and the line is the dream's own (round 39:
# "realised I was still dreaming, and now I was in full panic", "gemerkt, dass ich immer noch
# träume")
_STILL_DREAMING: Final[dict[Language, re.Pattern[str]]] = {
    "en": re.compile(r"\b(?:was|i'm|am)\s+still\s+(?:dreaming|in\s+the\s+dream|asleep)\b"),
    "de": re.compile(
        r"\b(?:immer\s+)?noch\s+(?:am\s+)?(?:träume|träumte|geträumt|schlafe|im\s+traum)\b"
    ),
}
# A waking told later as the real one makes every waking before it a false awakening, part of
# the dream (round 24): "I 'woke up' in my bed ... Then I woke up for real".
_REALLY_WOKE: Final[dict[Language, re.Pattern[str]]] = {
    "en": re.compile(
        r"\b(?:woke\s+up\s+for\s+real|woke\s+for\s+real|really\s+woke|actually\s+woke"
        # round 36: "then i woke up again for real in my bed"
        r"|woke\s+(?:up\s+)?again\s+(?:for\s+real|properly)"
        r"|woke\s+up\s+properly|properly\s+woke|really\s+(?:was\s+)?awake)\b"
    ),
    "de": re.compile(
        r"\b(?:wirklich|richtig|echt|tatsächlich)\s+(?:aufgewacht|erwacht|wach\s+geworden)\b"
        r"|\bdiesmal\s+(?:wirklich\s+)?(?:aufgewacht|erwacht)\b"
    ),
}
# A waking line that opens the report is the dream's first scene only when it says where (or
# who woke the dreamer and what they said, round 39: "My little brother woke me saying ...").
_WOKE_SOMEWHERE: Final[dict[Language, re.Pattern[str]]] = {
    "en": re.compile(
        r"\bwoke\s+me\s+(?:up\s+)?(?:saying|to\s+say|to\s+tell|and\s+said|shouting|whispering|yelling)\b|"
        r"\b(?:woke|awoke|wake|waking)\s+(?:up\s+)?(?:in|on|at|inside|under|next\s+to|beside)\b"
        r"(?!\s+(?:my|our)\s+(?:own\s+)?(?:bed|room|bedroom)\b)(?!\s+(?:the\s+)?(?:morning|night)\b)"
    ),
    "de": re.compile(
        r"\b(?:wachte|erwachte)\b[^.!?,]*\b(?:in|im|auf|am|an|unter|neben)\b(?!\s+(?:meinem\s+)?bett\b)"
        r"|\b(?:in|im|auf|am|unter|neben)\b(?!\s+(?:meinem\s+)?bett\b)[^.!?,]*\b(?:aufgewacht|erwacht)\b"
    ),
}
# Every pattern `mark_lines` runs, behind its pre-test (see `gates`); the needles are looked up
# once in the whole text, which holds all that a line or a sentence of it holds.
LINE_GATES: Final[dict[Language, PatternGates]] = {
    language: PatternGates(
        [
            *_META[language],
            *_WAKING[language],
            _NOT_WAKING[language],
            _ASLEEP_AGAIN[language],
            _WOKE_SOMEWHERE[language],
            _REALLY_WOKE[language],
        ]
    )
    for language in ("en", "de")
}
_SIMILE_NOT_AFTER: Final = frozenset(
    {"i", "you", "we", "they", "to", "would", "do", "don't", "didn't", "not", "really", "also",
     "i'd", "we'd", "always", "still", "did", "does", "doesn't", "just", "wouldn't", "what"}
)  # fmt: skip
_WIE_NOT_BEFORE: Final = frozenset(
    {"lange", "viel", "viele", "oft", "immer", "gesagt", "sehr", "weit", "spät", "ich", "du",
     "er", "sie", "es", "wir", "ihr", "man", "das", "sich", "gewohnt", "damals", "so"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Line:
    """One beat: tokens [first, last) and characters [start, end) of the normalised text."""

    index: int
    first: int
    last: int
    start: int
    end: int
    kind: BeatKind
    unable: bool


# After a comma, what was there instead of what was not: "there was no dog in the garden, just
# an empty kennel", "ich hab sie nicht gesehen, nur ihren Mantel".
_ONLY_AFTER_DENIAL: Final = frozenset({"just", "only", "nur", "sondern", "bloß", "bloss"})


def _split_points(tokens: Tokens, language: Language) -> list[int]:
    """Token indices where a new line starts."""
    points = [0] if tokens.lower else []
    subjects, strong, soft = _SUBJECTS[language], _STRONG_BREAKS[language], _SOFT_BREAKS[language]
    n = len(tokens.lower)
    last = 0
    for j in range(1, n):
        if tokens.sentence[j] != tokens.sentence[j - 1]:
            points.append(j)
            last = j
            continue
        if j - last < 3 or tokens.lower[j - 1] in _NO_BREAK_AFTER:
            continue  # a line keeps at least three words; "keine Ahnung, was dann ..." is one
        word = tokens.lower[j]
        following = tokens.lower[j + 1] if j + 1 < n else ""
        new_clause = tokens.clause[j] != tokens.clause[j - 1]
        if (
            (word in strong and tokens.lower[j - 1] not in soft)
            or (word in soft and (following in subjects or following in strong))
            or (new_clause and word in subjects and tokens.lower[j - 1] not in soft | strong)
            or (new_clause and word in _ONLY_AFTER_DENIAL)  # "no dog, just an empty kennel"
            or (new_clause and word in {"keine", "no"} and following in {"ahnung", "idea"})
            or (new_clause and word == "dass" and _denies(tokens, j, language))  # "gesagt, |
            # dass ich nicht kommen muss": the denial is the reported clause's, not the line's
            or _reported(tokens, j, subjects)  # "my teacher told me | I didn't have to"
        ):
            points.append(j)
            last = j
    return points


# Verbs that report someone's words ("told me", "said that"), and whom they are told to.
TELLING: Final = frozenset(
    {"told", "tells", "tell", "said", "says", "asked", "asks", "promised", "explained",
     "warned", "whispered", "texted", "wrote", "reminded", "assured"}
)  # fmt: skip
TOLD: Final = frozenset({"me", "us", "him", "her", "them"})


def _denies(tokens: Tokens, j: int, language: Language) -> bool:
    """Whether the clause starting at j holds a negator."""
    clause = tokens.clause[j]
    k = j
    while k < len(tokens.lower) and tokens.clause[k] == clause:
        if tokens.lower[k] in _NEGATORS[language]:
            return True
        k += 1
    return False


def _reported(tokens: Tokens, j: int, subjects: frozenset[str]) -> bool:
    """Whether words reported start at j: "told me (that) I didn't have to", "said that we"."""
    lower = tokens.lower
    word = lower[j]
    if word not in subjects and word != "that":
        return False
    k = j - 1
    if lower[k] in TOLD:
        k -= 1
    return k >= 0 and lower[k] in TELLING and (word == "that" or k < j - 1)


def _with_apostrophes(words: list[str]) -> list[str]:
    """English words with the apostrophe of a contraction typed without it ("didnt" -> didn't)."""
    return [
        word[:-2] + "n't"
        if word in _BARE_CONTRACTIONS
        or (word in _BARE_AFTER_SUBJECT and i > 0 and words[i - 1] in _PERSONAL_SUBJECTS)
        else word
        for i, word in enumerate(words)
    ]


_RELATIVE: Final = frozenset({"that", "which", "who", "whom", "whose"})
_KNOWING: Final = frozenset(
    {"know", "recognise", "recognize", "remember", "recall", "see", "meet", "like"}
)
_OPENERS: Final = frozenset({"and", "but", "so", "then", "because", "as", "when", "if", "though"})


def _negation(words: list[str], language: Language) -> tuple[bool, bool]:
    """(negated, unable) for one line's lower-cased words."""
    negators, unable_words, cancel = _NEGATORS[language], _UNABLE[language], _CANCEL[language]
    if language == "en" and not _BARE.isdisjoint(words):
        words = _with_apostrophes(words)
    for i, word in enumerate(words):
        is_neg = word in negators or (language == "en" and word.endswith("n't"))
        if not is_neg:
            continue
        if language == "en" and word in {"no", "nothing"} and i > 0 and words[i - 1] == "but":
            continue  # "nothing but"
        if language == "en" and any(w in _RELATIVE for w in words[max(0, i - 2) : i]):
            continue  # "an email that never ended": the denial is the relative clause's
        if (
            language == "en"
            and i >= 2
            and words[i - 1] in {"i", "we"}
            and words[i - 2] not in _OPENERS
            and i + 1 < len(words)
            and words[i + 1] in _KNOWING
        ):
            continue  # "a woman I didn't know handed me a key": who she is, not a denial
        after = words[i + 1 : i + 3]
        if any(w in cancel for w in after):
            return False, False  # "couldn't stop crying", "not only"
        if language == "en":
            if word in {"couldn't", "can't", "cannot", "wouldn't"} or (
                word == "not" and i > 0 and words[i - 1] in unable_words
            ):
                return False, True
        elif any(w in unable_words for w in words[max(0, i - 4) : i + 3]) and word == "nicht":
            return False, True
        return True, False
    if language == "en" and "unable" in words:
        return False, True
    return False, False


def _sentence_text(text: str, tokens: Tokens, position: int) -> str:
    """The whole sentence holding a token."""
    sentence = tokens.sentence[position]
    first = last = position
    while first > 0 and tokens.sentence[first - 1] == sentence:
        first -= 1
    while last + 1 < len(tokens.lower) and tokens.sentence[last + 1] == sentence:
        last += 1
    return text[tokens.start[first] : tokens.end[last]]


def mark_lines(
    text: str,
    tokens: Tokens,
    language: Language,
    gates: PatternGates | None = None,
    present: frozenset[str] | None = None,
    teller: frozenset[str] = frozenset(),
) -> list[Line]:
    """Lines in order, each marked event, meta, waking or negated (`gates` holding
    `LINE_GATES`' patterns and the needles `present` in the text, when the caller has them;
    `teller` the words naming the dreamer of a dream someone else wrote down: "when she woke up"
    is then the dreamer's waking)."""
    points = _split_points(tokens, language)
    if not points:
        return []
    bounds = list(zip(points, [*points[1:], len(tokens.lower)], strict=True))
    lines: list[Line] = []
    awake = False
    # The patterns that may match anywhere in the text: only these are run over its lines.
    if gates is None or present is None:
        gates = LINE_GATES[language]
        present = gates.present(text.lower())
    meta, waking = (
        gates.possible(_META[language], present),
        gates.possible(_WAKING[language], present),
    )
    asleep_again, not_waking, woke_somewhere, really_woke = (
        gates.possible([pattern], present)
        for pattern in (
            _ASLEEP_AGAIN[language],
            _NOT_WAKING[language],
            _WOKE_SOMEWHERE[language],
            _REALLY_WOKE[language],
        )
    )
    really = really_woke[0].search(text.lower()) if really_woke else None
    real_from = really.start() if really else -1  # wakings that end before it were dreamt
    still = _STILL_DREAMING[language].search(text.lower())  # ... and those before "still dreaming"
    real_from = max(real_from, still.start() if still else -1)
    framed_to = frame_end(text, language)  # a teller's waking in the frame of a told dream
    head_to = _frame_head_end(text)  # "Written by Mum. Isla (12) told me this ... —" (round 29)
    for index, (first, last) in enumerate(bounds):
        start, end = tokens.start[first], tokens.end[last - 1]
        # Sentence-final punctuation belongs to its line.
        while end < len(text) and text[end] in ".!?\u2026\"'\u201d)":
            end += 1
        low = text[start:end].lower()
        # Only the line's first clause can deny it: "Angst, nicht aufzuwachen" is still fear.
        main = first
        while main < last and tokens.clause[main] == tokens.clause[first]:
            main += 1
        negated, unable = _negation(tokens.lower[first:main], language)
        if not negated and not unable:
            unable = _negation(tokens.lower[first:last], language)[1]
        sentence_low = _sentence_text(text, tokens, first).lower()
        kind: BeatKind = "event"
        if _STILL_DREAMING[language].search(low):
            awake = False  # the waking before was dreamt; this line is the dream's
        elif any(p.search(low) for p in asleep_again):
            awake = False
            kind = "meta"
        elif awake:
            kind = "waking"
        elif (
            any(p.search(low) for p in waking)
            and not _not_waking(sentence_low, not_waking, teller)
            and not end <= real_from
        ):
            # "I woke up in a strange room. ...": the dream's opening scene, not a real waking
            opening = index == 0 and any(p.search(low) for p in woke_somewhere)
            if end <= framed_to:
                kind = "meta"  # "Noah (7) woke up crying and told me this": the frame
            elif not opening:
                kind, awake = "waking", True
        if kind == "event" and (end <= head_to or any(p.search(low) for p in meta)):
            kind = "meta"
        if kind == "event" and negated:
            kind = "negated"
        lines.append(Line(index, first, last, start, end, kind, unable and kind == "event"))
    return _remarks_at_the_end(_timed_by_waking(lines, text), text, language)


# A clause that dates the sentence's feeling by the waking: "I was so relieved when I woke up",
# "Ich war heilfroh, als ich aufgewacht bin" (round 31)
_WHEN_WAKING: Final = re.compile(
    r"^\W*(?:when|as\s+soon\s+as|once|als|sobald|nachdem|wie)\b", re.IGNORECASE
)


def _timed_by_waking(lines: list[Line], text: str) -> list[Line]:
    """`lines` with the clauses before a "when I woke up" of their own sentence marked waking."""
    out = list(lines)
    for k in range(1, len(out)):
        line = out[k]
        if line.kind != "waking" or not _WHEN_WAKING.match(text[line.start : line.end]):
            continue
        before = out[k - 1]
        said = text[before.start : line.start].rstrip()
        # the clause just before, in the same sentence, and not joined by "and" ("Ich hatte
        # Angst, und als ich aufwachte, war ich froh": the fear is the dream's)
        if before.kind == "event" and said[-1:] not in {".", "!", "?"} and not _JOINED.search(said):
            out[k - 1] = replace(before, kind="waking")
    return out


_JOINED: Final = re.compile(r"\b(?:and|but|then|so|und|aber|dann|doch|also)\W*$", re.IGNORECASE)


# The frame of a dream written down for someone, set off by a dash before the dream: "Written by
# Mum. Isla (12) told me this on the way to school, still annoyed about it. — I turned up ..."
# (round 29); its feelings are the telling's, not the dream's.
_FRAME_HEAD: Final = re.compile(r"^(.{0,320}?)\s[—–]\s|^(.{0,320}?)\s--\s", re.DOTALL)
_FRAME_WORDS: Final = re.compile(
    r"\b(?:written|wrote|writing|write|typed|typing|type|told|telling|transcribed|notebook|diary"
    r"|aufgeschrieben|geschrieben|schreibt|schreibe|tippt|tippe|erz(?:ä|ae)hlt|notiert|mitgeschrieben"
    r"|tagebuch)\b",
    re.IGNORECASE,
)


def _frame_head_end(text: str) -> int:
    """Where a frame set off by a dash ends (-1 without one)."""
    head = _FRAME_HEAD.match(text)
    if head is None:
        return -1
    said = head.group(1) if head.group(1) is not None else head.group(2)
    return len(said) if _FRAME_WORDS.search(said) else -1


# A feeling in the present at the end of a report told in the past is the writer's now, not the
# dream's: "Dot died in 2019. I miss her mischief.", "Theorie macht mir mehr Sorgen" (round 29).
_PRESENT_FEELING: Final[dict[Language, re.Pattern[str]]] = {
    "en": re.compile(
        r"\b(?:i|we)\s+(?:still\s+|really\s+|so\s+|just\s+|do\s+)?(?:miss|love|hate|feel|worry|wish"
        r"|hope|dread)\b|\b(?:i'm|i\s+am)\s+(?:still\s+|so\s+|really\s+)?(?:\w+\s+){0,4}?(?:about|that)\b"
        r"|\b(?:makes|gives|scares|worries|bothers)\s+me\b"
        # round 39: "I'm annoyed now because I actually do need a bookshelf"
        r"|\b(?:i'm|i\s+am)\s+(?:still\s+|so\s+|really\s+|a\s+bit\s+|kind\s+of\s+)?\w+\s+now\b"
        # round 44: "I'm still kind of annoyed it was only a dream"
        r"|\b(?:i'm|i\s+am)\s+still\s+(?:kind\s+of\s+|kinda\s+|a\s+bit\s+|so\s+|really\s+|pretty\s+)?\w+\s+(?:that\s+)?(?:it|this|that)\s+(?:was|wasn't|is|isn't)\b"
    ),
    "de": re.compile(
        r"\bich\s+(?:vermisse|fühle|hoffe|fürchte|freue)\b|\bmacht\s+mir\b|\bmir\s+(?:fehlt|fehlen)\b"
        r"|\bmacht\s+mich\b|\bich\s+(?:ärgere|wundere|schäme)\s+mich\b|\bvermisse\s+ich\b|\bich\s+liebe\b"
    ),
}
_PAST_TOLD: Final[dict[Language, re.Pattern[str]]] = {
    "en": re.compile(
        r"\b(?:was|were|had|did|went|came|said|got|saw|felt|thought|knew|gave|sat|took|ran|told"
        r"|rang|caught|stood|found|left|kept|began|could)\b|\b\w{3,}ed\b"
    ),
    "de": re.compile(
        r"\b(?:war|waren|hatte|hatten|wurde|ging|kam|sagte|saß|stand|habe|hab|hat|bin|ist|fuhr|lief)\b"
        r"|\bge\w{3,}(?:t|en)\b"
    ),
}
_PAST_ENOUGH: Final = 3
_BACK_IN_THE_DREAM: Final = re.compile(
    r"^\W*(?:but|aber|doch)\s+(?:in\s+the\s+dream|im\s+traum|in\s+dem\s+traum)\b"
)


def _remarks_at_the_end(lines: list[Line], text: str, language: Language) -> list[Line]:
    """`lines` with the present-tense feelings that close a past-tense report marked meta."""
    low = text.lower()
    present, past = _PRESENT_FEELING[language], _PAST_TOLD[language]
    if len(past.findall(low)) < _PAST_ENOUGH:
        return lines
    k = len(lines)
    while k > 1:
        # the last sentence's lines (a clause after a comma is a line of its own)
        first = k - 1
        while first > 1 and low[: lines[first].start].rstrip()[-1:] not in {".", "!", "?", ""}:
            first -= 1
        said = low[lines[first].start : lines[k - 1].end]
        # (German tells the past with "habe"/"bin" in a clause after the feeling: "Ich ärgere
        # mich, dass ich nicht mehr davon behalten habe" is a feeling now; round 31)
        feeling = present.search(said)
        # (English: what a feeling "about"/"that" is about may be told in the past: "i'm still
        # weirded out that my brain came up with that" is a feeling now, round 39)
        about = feeling is not None and feeling.group().endswith(("about", "that"))
        if language == "de":
            told = said.split(",")[0]
        else:
            told = said[: feeling.start()] if feeling is not None and about else said
        # a negated clause may follow the feeling ("..., dass ich nicht mehr ..."), not open it
        kinds = {line.kind for line in lines[first:k]}
        if not kinds <= {"event", "meta", "negated"} or lines[first].kind == "negated":
            break
        # (the feeling's own "-ed" is no past: "i'm annoyed now")
        if not feeling or past.search(present.sub(" ", told)):
            break
        back = next(
            (
                m
                for m in range(first + 1, k)
                if _BACK_IN_THE_DREAM.search(low[lines[m].start : lines[m].end])
            ),
            None,
        )
        if back is not None:
            # "Ich ärgere mich, dass mein Kopf damit anfängt, aber im Traum hatte ich richtig
            # Angst": the clause that goes back into the dream is the dream's (round 44)
            return [
                *lines[:first],
                *(replace(line, kind="meta") for line in lines[first:back]),
                *lines[back:],
            ]
        k = first
    return lines[:k] + [replace(line, kind="meta") for line in lines[k:]]


def _not_waking(sentence: str, not_waking: list[re.Pattern[str]], teller: frozenset[str]) -> bool:
    """Whether the sentence says a waking was none (dreamt, someone else's, a death); the
    teller's own "she woke up" is a waking (round 28)."""
    for pattern in not_waking:
        for m in pattern.finditer(sentence):
            said = m.group().split()
            if said[0] in teller and not {"never", "not", "didn't", "wouldn't"}.intersection(said):
                continue
            return True
    return False


def simile_tokens(
    tokens: Tokens, language: Language, is_noun: Callable[[int], bool] | None = None
) -> frozenset[int]:
    """Token positions inside a comparison ("like on the moon", "wie ein Vogel"): no symbols.

    The comparison runs to its first noun ("wie ein Vogel | über die Stadt"), at most six words,
    and never past its clause; "as if ..." clauses run to the clause end.
    """
    inside: set[int] = set()
    words = tokens.lower
    n = len(words)
    for i, word in enumerate(words):
        starts = False
        if language == "en":
            if (
                word == "like"
                and (i == 0 or words[i - 1] not in _SIMILE_NOT_AFTER)
                or word == "as"
                and i + 1 < n
                and words[i + 1] in {"if", "though"}
            ):
                starts = True
        else:
            following = words[i + 1] if i + 1 < n else ""
            if (
                word == "wie"
                and following not in _WIE_NOT_BEFORE
                and i > 0
                or word == "als"
                and following in {"ob", "wäre", "würde", "hätte", "sei", "wären"}
            ):
                starts = True
        if starts:
            whole_clause = words[i + 1 : i + 2] in (["if"], ["though"], ["ob"])
            j = i + 1
            while (
                j < n
                and tokens.clause[j] == tokens.clause[i]
                and tokens.sentence[j] == tokens.sentence[i]
                and (whole_clause or j - i <= 6)
            ):
                inside.add(j)
                if not whole_clause and is_noun is not None and is_noun(j):
                    break
                j += 1
    return frozenset(inside)
