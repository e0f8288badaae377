"""Dream text analysis: features in English and German, negation, inflection, determinism."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from dreamjournal.analysis import (
    EMOTION_AFFECT,
    NEUTRAL_AROUSAL,
    SYMBOLS,
    DreamFeatures,
    analyze,
    detect_language,
    dream_signs_across,
)
from dreamjournal.analysis.lexicon import load_lexicon

LIGHTHOUSE_DREAM = (
    "I was back in my childhood home, but the rooms kept changing. My mother stood in the kitchen "
    "and smiled at me. Through the window I saw the ocean under a full moon. I walked down the "
    "stairs and opened the front door. A huge black dog started chasing me through the forest and "
    "my legs felt heavy, I couldn't run. I was terrified. Then suddenly I was flying over the city "
    "and the fear turned into awe. My friend Lena waved from a bridge."
)

WALD_DREAM = (
    "Ich stand im Treppenhaus meines Elternhauses. Durch die Haustür sah ich den Wald und das "
    "Mondlicht über dem Wasser. Meine Oma, die schon lange verstorben ist, saß am Küchentisch und "
    "lächelte. Ich war glücklich. Dann wurde ich von einem Wolf verfolgt und konnte nicht "
    "weglaufen. Ich hatte große Angst. Plötzlich konnte ich fliegen, hoch über die Wälder und "
    "Berge bis zu den Sternen. Tante Erika winkte mir von einer Brücke zu."
)

NIGHTMARE = "I was trapped in a dark hospital. I was terrified and angry and I cried for hours."
HAPPY = "We laughed on a sunny beach. I was happy, calm and in love, and the sun was warm."


def emotion_names(features: DreamFeatures) -> set[str]:
    return {hit.name for hit in features.emotions}


def symbol_names(features: DreamFeatures) -> set[str]:
    return {hit.name for hit in features.symbols}


# --- whole dreams ---------------------------------------------------------------------------


def test_english_dream_features() -> None:
    f = analyze(LIGHTHOUSE_DREAM)
    assert f.language == "en"
    assert {"fear", "awe"} <= emotion_names(f)
    assert "joy" in {h.name for h in f.other_emotions}  # the mother smiled, not the dreamer
    assert {"ocean", "moon", "stairs", "door", "forest", "city", "dog", "bridge", "window"} <= (
        symbol_names(f)
    )
    assert {"childhood home", "forest", "city"} <= set(f.settings)
    assert {"mother", "dog", "friend", "Lena"} <= set(f.characters)
    assert {"shapeshifting", "being chased", "can't run", "flying"} <= set(f.dream_signs)
    assert "falling" not in f.dream_signs
    assert f.word_count == len(LIGHTHOUSE_DREAM.split())


def test_english_evidence_and_counts() -> None:
    f = analyze(LIGHTHOUSE_DREAM)
    fear = next(hit for hit in f.emotions if hit.name == "fear")
    assert fear.count == 2
    assert fear.evidence == ["terrified", "fear"]
    assert (fear.valence, fear.arousal) == EMOTION_AFFECT["fear"]
    moon = next(hit for hit in f.symbols if hit.name == "moon")
    assert moon.evidence == ["full moon"]


def test_german_dream_features() -> None:
    f = analyze(WALD_DREAM)
    assert f.language == "de"
    assert {"joy", "fear"} <= emotion_names(f)
    assert {"stairs", "door", "forest", "moon", "light", "water", "mountain", "star", "bridge"} <= (
        symbol_names(f)
    )
    assert {"childhood home", "forest", "mountain"} <= set(f.settings)
    assert {"grandmother", "wolf", "aunt", "Erika"} <= set(f.characters)
    assert {"dead person alive", "being chased", "can't run", "flying"} <= set(f.dream_signs)
    forest = next(hit for hit in f.symbols if hit.name == "forest")
    assert forest.count == 2
    assert forest.evidence == ["wald", "wälder"]


def test_dreams_differ() -> None:
    a, b = analyze(NIGHTMARE), analyze(HAPPY)
    assert a != b
    assert a.valence < -0.5 < 0.5 < b.valence
    assert emotion_names(a) == {"helplessness", "fear", "anger", "sadness"}
    assert emotion_names(b) == {"joy", "calm", "love"}
    assert a.settings == ["hospital"]
    assert b.settings == ["beach"]
    assert symbol_names(a) == {"darkness"}
    assert symbol_names(b) == {"sun", "ocean"}


def test_emotions_ordered_by_count_then_first_appearance() -> None:
    f = analyze("I was sad. Then happy. Then sad again, crying, and happy once more. Angry.")
    assert [(h.name, h.count) for h in f.emotions] == [("sadness", 3), ("joy", 2), ("anger", 1)]


def test_valence_and_arousal_are_count_weighted_means() -> None:
    f = analyze("I was calm. I was calm. I was terrified.")
    (cv, ca), (fv, fa) = EMOTION_AFFECT["calm"], EMOTION_AFFECT["fear"]
    assert f.valence == pytest.approx((2 * cv + fv) / 3, abs=1e-3)
    assert f.arousal == pytest.approx((2 * ca + fa) / 3, abs=1e-3)


def test_no_emotion_words_gives_neutral_affect() -> None:
    f = analyze("I walked along a road to the station.")
    assert f.emotions == []
    assert (f.valence, f.arousal) == (0.0, NEUTRAL_AROUSAL)
    assert f.settings == ["road", "train station"]


# --- negation -----------------------------------------------------------------------------

NEGATED = [
    ("I was not afraid.", "fear"),
    ("I wasn't scared at all.", "fear"),
    ("There was no fear.", "fear"),
    ("I was never sad.", "sadness"),
    ("I walked on without fear.", "fear"),
    ("I didn't feel angry.", "anger"),
    ("I was neither sad nor angry.", "anger"),
    ("Ich hatte keine Angst.", "fear"),
    ("Ich war nicht traurig.", "sadness"),
    ("Ich war nie einsam.", "loneliness"),
    ("Ohne Angst ging ich weiter.", "fear"),
    ("Ich fürchtete mich nicht.", "fear"),
    ("Ich war überhaupt nicht wütend.", "anger"),
]


@pytest.mark.parametrize(("text", "emotion"), NEGATED)
def test_negated_emotion_is_not_counted(text: str, emotion: str) -> None:
    assert emotion not in emotion_names(analyze(text))


AFFIRMED = [
    ("I was afraid.", "fear"),
    ("I was scared.", "fear"),
    ("There was fear.", "fear"),
    ("I was sad.", "sadness"),
    ("I walked on with fear.", "fear"),
    ("I felt angry.", "anger"),
    ("Ich hatte Angst.", "fear"),
    ("Ich war traurig.", "sadness"),
    ("Ich war einsam.", "loneliness"),
    ("Voller Angst ging ich weiter.", "fear"),
    ("Ich fürchtete mich.", "fear"),
    ("Ich war wütend.", "anger"),
]


@pytest.mark.parametrize(("text", "emotion"), AFFIRMED)
def test_same_sentences_without_negation_count(text: str, emotion: str) -> None:
    assert emotion in emotion_names(analyze(text))


@pytest.mark.parametrize(
    ("text", "emotion"),
    [
        ("I wasn't hungry, I was terrified.", "fear"),  # negation stops at the comma
        ("It was not my house but I was scared.", "fear"),  # ...and at "but"
        ("I couldn't stop crying.", "sadness"),  # "stop" cancels the negation
        ("Ich konnte nicht aufhören zu weinen.", "sadness"),
        ("Ich hatte Angst, nicht aufzuwachen.", "fear"),  # the noun Angst is not negated after it
        ("I didn't go inside and I was terrified.", "fear"),
    ],
)
def test_negation_stays_in_its_clause(text: str, emotion: str) -> None:
    assert emotion in emotion_names(analyze(text))


def _line_readings(text: str) -> list[tuple[str, bool, str | None]]:
    plan = analyze(text, "en").scene_plan
    assert plan is not None
    return [(b.kind, b.unable, b.action) for b in plan.lines]


@pytest.mark.parametrize(
    ("typed", "spelled"),
    [
        ("I didnt go into the house.", "I didn't go into the house."),
        ("I wasnt scared.", "I wasn't scared."),
        ("We dont go in.", "We don't go in."),
        ("I couldnt run.", "I couldn't run."),
        ("I cant move.", "I can't move."),
        ("It wont open.", "It won't open."),
    ],
)
def test_a_contraction_typed_without_its_apostrophe_reads_like_it(typed: str, spelled: str) -> None:
    assert _line_readings(typed) == _line_readings(spelled)


def test_lines_denied_or_stuck_without_apostrophes() -> None:
    assert _line_readings("I didnt go into the house.") == [("negated", False, None)]
    assert _line_readings("I couldnt run.") == [("event", True, "freeze")]  # stuck, not denied


@pytest.mark.parametrize(
    "text",
    [
        "I walked to the shore, as was my wont.",  # a habit, not "won't"
        "The cant of the old sailors filled the harbour.",  # jargon, not "can't"
        "We were in the house.",
        "Well, I walked to the shore.",
    ],
)
def test_words_that_look_like_bare_contractions_deny_nothing(text: str) -> None:
    assert all(kind == "event" and not unable for kind, unable, _ in _line_readings(text))


# --- symbols and inflection -----------------------------------------------------------------

REQUIRED_SYMBOLS = (
    "moon", "sun", "water", "ocean", "stairs", "door", "forest", "fire", "sky", "city", "house",
    "bird", "snake", "mountain", "road", "light",
)  # fmt: skip


def test_symbols_cover_renderer_keys() -> None:
    assert set(REQUIRED_SYMBOLS) <= set(SYMBOLS)
    assert len(SYMBOLS) == len(set(SYMBOLS))
    for language in ("en", "de"):
        lexicon = load_lexicon(language)
        covered = {key for hits in lexicon.exact.values() for cat, key in hits if cat == "symbols"}
        assert covered == set(SYMBOLS), language  # every symbol has a plain word in each language


ONE_WORD = {
    "en": {
        "moon": "moons", "sun": "sunlight", "water": "water", "ocean": "waves",
        "stairs": "staircase", "door": "doors", "forest": "woods", "fire": "flames",
        "sky": "clouds", "city": "cities", "house": "houses", "bird": "birds", "snake": "snakes",
        "mountain": "mountains", "road": "roads", "light": "lights",
    },
    "de": {
        "moon": "Vollmond", "sun": "Sonnenuntergang", "water": "Wasser", "ocean": "Meer",
        "stairs": "Treppen", "door": "Türen", "forest": "Wälder", "fire": "Lagerfeuer",
        "sky": "Himmel", "city": "Großstadt", "house": "Häuser", "bird": "Vögel",
        "snake": "Schlangen", "mountain": "Berge", "road": "Straßen", "light": "Licht",
    },
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("symbol", REQUIRED_SYMBOLS)
def test_each_required_symbol_in_both_languages(language: str, symbol: str) -> None:
    word = ONE_WORD[language][symbol]
    assert symbol in symbol_names(analyze(word, language=language))


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Treppe", {"stairs"}),
        ("Treppen", {"stairs"}),
        ("Treppenhaus", {"stairs"}),
        ("Wendeltreppe", {"stairs"}),
        ("Wasser", {"water"}),
        ("Wasserfall", {"water"}),
        ("Mond", {"moon"}),
        ("Mondes", {"moon"}),
        ("Mondlicht", {"moon", "light"}),
        ("Tür", {"door"}),
        ("Türen", {"door"}),
        ("Haustüren", {"door"}),
        ("Wald", {"forest"}),
        ("Wälder", {"forest"}),
        ("Waldweg", {"forest", "road"}),
        ("Sternenhimmel", {"star", "sky"}),
        ("regnen", {"rain"}),
        ("Schneesturm", {"snow", "storm"}),
        ("Wolkenkratzer", {"city"}),  # exact form wins over the "wolken*" compound guess
        ("Türkei", set()),
        ("Warteschlange", set()),
        ("erfuhr", set()),  # not a clock (…uhr)
        ("schlicht", set()),  # not a light (…licht)
        ("weg", set()),  # the adverb, not the noun Weg
    ],
)
def test_german_compounds_and_plurals(word: str, expected: set[str]) -> None:
    assert symbol_names(analyze(f"Da war {word}.", language="de")) == expected


def test_german_case_sensitive_noun() -> None:
    assert "road" in symbol_names(analyze("Der Weg war lang.", language="de"))
    assert "road" not in symbol_names(analyze("Er lief schnell weg.", language="de"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The doors and the door.", {"door": 2}),
        ("Two wolves, one wolf.", {"wolf": 2}),
        ("The city's lights.", {"city": 1, "light": 1}),
        ("Moonlight on the bridges.", {"moon": 1, "light": 1, "bridge": 1}),
    ],
)
def test_english_inflection(text: str, expected: dict[str, int]) -> None:
    assert {h.name: h.count for h in analyze(text).symbols} == expected


def test_phrases_take_precedence_over_their_words() -> None:
    f = analyze("We watched a killer whale from my childhood home.")
    assert "whale" in f.characters
    assert "intruder" not in f.characters
    assert "childhood home" in f.settings
    assert "house" not in f.settings


# --- characters and names -------------------------------------------------------------------


def test_names_are_detected_but_places_and_sentence_starts_are_not() -> None:
    f = analyze("Yesterday my friend Marta and Jonas flew to Paris. Mom cried on Monday.")
    assert "Marta" in f.characters
    assert "Jonas" in f.characters
    assert "Paris" not in f.characters  # after "to": a place
    assert "Yesterday" not in f.characters  # sentence start
    assert "Monday" not in f.characters
    assert "mother" in f.characters  # Mom is the lexicon's mother, not a name
    assert "Mom" not in f.characters


def test_german_names_only_after_titles() -> None:
    f = analyze("Ich traf Frau Berger und Onkel Karl im Garten. Der Hund bellte.", language="de")
    assert {"Berger", "Karl", "uncle", "woman", "dog"} <= set(f.characters)
    assert "Garten" not in f.characters
    assert "Hund" not in f.characters
    g = analyze("Ich rannte weg, weil die Frau Angst hatte.", language="de")
    assert "Angst" not in g.characters
    assert emotion_names(g) == set()  # the woman's fear, not the dreamer's
    assert {h.name for h in g.other_emotions} == {"fear"}


# --- dream signs ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("My teeth were falling out.", "teeth falling out"),
        ("I was falling and falling.", "falling"),
        ("I couldn't read the sign, the letters kept changing.", "can't read text"),
        ("My grandfather, who died years ago, was there.", "dead person alive"),
        ("I was late for the exam.", "being late"),
        ("I was naked at school.", "naked in public"),
        ("I could breathe underwater.", "breathing underwater"),
        ("Meine Zähne fielen aus.", "teeth falling out"),
        ("Dann fielen mir die Zähne aus.", "teeth falling out"),
        ("Ich wachte auf, aber ich träumte noch immer.", "false awakening"),
        ("Ich fiel ins Leere.", "falling"),
        ("Ich konnte die Schrift nicht lesen.", "can't read text"),
        ("Ich kam zu spät zur Prüfung.", "being late"),
        ("Ich stand nackt im Büro.", "naked in public"),
        ("Ich konnte unter Wasser atmen.", "breathing underwater"),
        ("Der Hund verwandelte sich in eine Katze.", "shapeshifting"),
    ],
)
def test_dream_signs(text: str, sign: str) -> None:
    assert sign in analyze(text).dream_signs


@pytest.mark.parametrize(
    "text",
    [
        "I fell asleep on the sofa.",
        "I dreamt my grandfather died.",
        "I watched the birds fly south.",
        "Mir fiel ein, dass ich Milch brauche.",
    ],
)
def test_ordinary_sentences_are_not_dream_signs(text: str) -> None:
    assert analyze(text).dream_signs == []


# --- language, top words, models ------------------------------------------------------------


def test_language_detection_and_override() -> None:
    assert detect_language(LIGHTHOUSE_DREAM) == "en"
    assert detect_language(WALD_DREAM) == "de"
    assert detect_language("") == "en"
    assert analyze("Angst", language="de-DE").emotions[0].name == "fear"
    assert analyze("Angst", language="en").emotions == []
    with pytest.raises(ValueError, match="unsupported language"):
        analyze("hello", language="fr")


def test_top_words() -> None:
    f = analyze("The lighthouse, the lighthouse and the sea. The lighthouse sang. The sea, 2024.")
    assert f.top_words == ["lighthouse", "sea", "sang"]
    long_text = " ".join(f"word{chr(97 + i)}x" for i in range(15))
    assert len(analyze(long_text).top_words) == 10


def test_models_are_frozen() -> None:
    f = analyze(HAPPY)
    with pytest.raises(ValidationError):
        f.valence = 0.0  # type: ignore[misc]
    with pytest.raises(ValidationError):
        f.emotions[0].count = 9  # type: ignore[misc]


def test_deterministic_and_independent_of_call_order() -> None:
    first = analyze(WALD_DREAM)
    analyze(LIGHTHOUSE_DREAM)
    assert analyze(WALD_DREAM) == first
    assert analyze(WALD_DREAM).model_dump_json() == first.model_dump_json()


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t ",
        "\x00\x00fear\x00",
        "🌙🌊🔥 I was scared 😱 of the 🐍 snake",
        "חלמתי על הים. كنت خائفا \u202eafraid\u202c",
        "Tu\u0308r",  # decomposed ü
        "a" * 10_000,
        "....,,,,;;;",
        "I was sc\u200bared",
    ],
)
def test_unusual_text_does_not_crash(text: str) -> None:
    f = analyze(text)
    assert -1.0 <= f.valence <= 1.0


def test_invisible_and_control_characters_are_handled() -> None:
    assert "fear" in emotion_names(analyze("I was sc\u200bared"))  # zero-width space vanishes
    assert "fear" in emotion_names(analyze("\x00fear\x00"))  # NUL separates words
    assert "snake" in symbol_names(analyze("🐍 a snake 🐍"))
    assert "door" in symbol_names(analyze("Tu\u0308r", language="de"))


@settings(
    max_examples=150, deadline=None, database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)  # fmt: skip
@given(st.text(max_size=400), st.sampled_from([None, "en", "de"]))
def test_property_never_crashes_and_is_deterministic(text: str, language: str | None) -> None:
    a = analyze(text, language)
    assert a == analyze(text, language)
    assert a.language in ("en", "de")
    assert -1.0 <= a.valence <= 1.0
    assert 0.0 <= a.arousal <= 1.0
    assert len(a.top_words) <= 10
    assert all(hit.count >= 1 and hit.evidence for hit in [*a.emotions, *a.symbols])
    assert {hit.name for hit in a.symbols} <= set(SYMBOLS)


@settings(
    max_examples=60, deadline=None, database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)  # fmt: skip
@given(st.lists(st.sampled_from(["afraid", "not", "keine", "Angst", "moon", ",", "Mond", "I"])))
def test_property_word_soup(words: list[str]) -> None:
    text = " ".join(words)
    assert analyze(text) == analyze(text)


# --- across dreams --------------------------------------------------------------------------


def test_dream_signs_across() -> None:
    dreams = [
        "I was flying over the ocean. I was flying again and again. Water everywhere.",
        "I was flying above my school. The lighthouse glowed.",
        "The lighthouse stood by the water. My teeth were falling out.",
        "Ich konnte fliegen, hoch über dem Wasser.",
    ]
    result = dict(dream_signs_across(iter(dreams)))
    assert result["flying"] == 3  # counted once per dream, English and German alike
    assert result["water"] == 3
    assert result["lighthouse"] == 2  # a plain recurring word
    assert "teeth falling out" not in result  # only one dream
    ordered = dream_signs_across(dreams)
    assert ordered[0] == ("flying", 3)  # a dream sign outranks a symbol with the same count
    assert [count for _, count in ordered] == sorted((c for _, c in ordered), reverse=True)
    assert dict(dream_signs_across(dreams, min_count=1))["teeth falling out"] == 1
    assert dream_signs_across([]) == []


def test_dream_signs_across_rejects_bad_min_count() -> None:
    with pytest.raises(ValueError, match="min_count"):
        dream_signs_across(["a dream"], min_count=0)
