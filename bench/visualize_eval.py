"""Automated checks over eval/visualize_dreams.jsonl: prompts and scripts from the offline writer.

    python bench/visualize_eval.py [--show ID]
    python bench/visualize_eval.py --dev5 [--show ID]
    python bench/visualize_eval.py --dev6 [--show ID]
    python bench/visualize_eval.py --dev7 [--show ID]
    python bench/visualize_eval.py --dev8 [--show ID]
    python bench/visualize_eval.py --fresh


For each dream and each provider profile: the prompt is English, has no first-person pronoun,
every shot names a subject, the shot count fits the length, no word only a meta / waking /
negated line said reaches a shot; the script has no lower-case sentence start, no verb that
disagrees with "you" / "du", no word of the other language and no leftover first-person form;
no shot repeats another's action line word for word.

`--dev5` scores eval/visualize_dev5.jsonl instead: everyday dreams, each with regular expressions
the prompt (generic profile, 12 s) must and must not match (a car's colour, a boat on a lake, a
father who sits), plus no repeated shot; it prints how many dreams pass. `--dev6` does the same
for eval/visualize_dev6.jsonl (figures' sex as said, appositions, held things, floods, everyday
actions, objects, places, negations and similes), with a pass count per kind. `--fresh` scores
the held-out eval/visualize_fresh.jsonl the same way (the lead's measurement; never tuned on).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from dreamjournal.analysis import analyze
from dreamjournal.visualize import checks
from dreamjournal.visualize.offline import OfflineWriter
from dreamjournal.visualize.profiles import PROFILES
from dreamjournal.visualize.writer import VisualizationRequest

EVAL = Path(__file__).resolve().parent.parent / "eval" / "visualize_dreams.jsonl"
DEV5 = EVAL.with_name("visualize_dev5.jsonl")
DEV6 = EVAL.with_name("visualize_dev6.jsonl")
DEV7 = EVAL.with_name("visualize_dev7.jsonl")
DEV8 = EVAL.with_name("visualize_dev8.jsonl")
FRESH = EVAL.with_name("visualize_fresh.jsonl")


def load(path: Path = EVAL) -> list[dict[str, object]]:
    """The eval dreams."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def dev5_failures(dream: dict[str, object]) -> tuple[list[str], str]:
    """What one dev5 dream's prompt gets wrong (empty: it passes), and the prompt's text."""
    text = str(dream["text"])
    request = VisualizationRequest(
        str(dream["id"]), str(dream["id"]), text, analyze(text), False,
        seconds=float(str(dream.get("seconds", 12))), profile="generic",
    )  # fmt: skip
    prompt = OfflineWriter().prompt(request)
    shown = prompt.as_text()
    failures = [f"missing /{p}/" for p in dream["must"] if not re.search(p, shown, re.I)]  # type: ignore[attr-defined]
    failures += [f"has /{p}/" for p in dream["must_not"] if re.search(p, shown, re.I)]  # type: ignore[attr-defined]
    failures += [f"shot {i + 1} repeats a line" for i in checks.repeated_shots(prompt)]
    return failures, shown


def dev5(argv: list[str], path: Path = DEV5, quiet: bool = False) -> int:
    """Score eval/visualize_dev5.jsonl (or dev6): how many dreams' prompts say what they must."""
    dreams = load(path)
    if "--show" in argv:
        wanted = argv[argv.index("--show") + 1]
        for dream in dreams:
            if dream["id"] == wanted:
                failures, shown = dev5_failures(dream)
                print(shown, "\n\n" + ("; ".join(failures) or "ok"))
        return 0
    passed: dict[str, int] = {}
    kinds: dict[str, tuple[int, int]] = {}
    for dream in dreams:
        failures, _ = dev5_failures(dream)
        lang, kind = str(dream["language"]), str(dream.get("kind", ""))
        passed[lang] = passed.get(lang, 0) + (not failures)
        ok, n = kinds.get(kind, (0, 0))
        kinds[kind] = (ok + (not failures), n + 1)
        if not quiet:  # a held-out set shows its totals only
            print(f"{str(dream['id']):16} {'ok' if not failures else '; '.join(failures)}")
    total = sum(passed.values())
    by_lang = ", ".join(f"{lang} {n}" for lang, n in sorted(passed.items()))
    print(f"\n{total} / {len(dreams)} dreams pass ({by_lang})")
    print("by kind: " + ", ".join(f"{k} {ok}/{n}" for k, (ok, n) in sorted(kinds.items())))
    return 0


def run(dream: dict[str, object], profile: str) -> dict[str, object]:
    """One dream through the offline writer for one profile: what each check found."""
    text = str(dream["text"])
    features = analyze(text)
    request = VisualizationRequest(
        str(dream["id"]), str(dream["id"]), text, features, bool(dream.get("rescript")),
        seconds=float(str(dream.get("seconds", 12))), profile=profile,
    )  # fmt: skip
    prompt, script = OfflineWriter().write(request)
    plan = features.scene_plan
    assert plan is not None
    prompt_text = prompt.as_text()
    problems = checks.script_problems(script, features.language)
    return {
        "prompt_language": checks.language_of(prompt_text),
        "prompt_first_person": checks.first_person(prompt_text),
        "no_subject": checks.shots_without_subject(prompt),
        "shots": len(prompt.shots),
        "shot_fit": checks.shot_count_fits(prompt, PROFILES[profile]),
        "leaks": checks.leaked_words(prompt, plan),
        "repeats": checks.repeated_shots(prompt),
        "script_language": checks.language_of(" ".join(s.text for s in script.steps)),
        "language": features.language,
        **problems,
        "prompt": prompt,
        "script": script,
    }


def main(argv: list[str]) -> int:
    if "--dev5" in argv:
        return dev5(argv)
    if "--dev6" in argv:
        return dev5(argv, DEV6)
    if "--dev7" in argv:
        return dev5(argv, DEV7)
    if "--dev8" in argv:
        return dev5(argv, DEV8)
    if "--fresh" in argv:
        return dev5([a for a in argv if a != "--show"], FRESH, quiet=True)  # held out
    dreams = load()
    if "--show" in argv:
        wanted = argv[argv.index("--show") + 1]
        for dream in dreams:
            if dream["id"] == wanted:
                for profile in ("generic", "open"):
                    r = run(dream, profile)
                    print(r["prompt"].as_text(), "\n")  # type: ignore[attr-defined]
                for step in r["script"].steps:  # type: ignore[attr-defined]
                    print(f"[{step.phase}] {step.text}")
        return 0
    totals: dict[str, int] = {}
    runs = 0
    print(f"{'dream':24} {'lang':4} " + " ".join(f"{p:>8}" for p in PROFILES) + "  problems")
    for dream in dreams:
        cells, notes = [], []
        for profile in PROFILES:
            r = run(dream, profile)
            runs += 1
            failed = {
                "prompt not English": r["prompt_language"] != "en",
                "first person in prompt": bool(r["prompt_first_person"]),
                "shot without subject": bool(r["no_subject"]),
                "shot count off": not r["shot_fit"],
                "marked line leaked": bool(r["leaks"]),
                "shot repeated": bool(r["repeats"]),
                "script language": r["script_language"] != dream["language"],
                "lower-case start": bool(r["lower_case_starts"]),
                "verb agreement": bool(r["agreement"]),
                "other language in script": bool(r["foreign_words"]),
                "leftover form": bool(r["leftover_forms"]),
                "first person in script": bool(r["first_person"]),
            }
            for name, bad in failed.items():
                totals[name] = totals.get(name, 0) + bad
                if bad:
                    notes.append(f"{profile}: {name}")
            cells.append(f"{r['shots']} shot" + ("s" if r["shots"] != 1 else ""))
        print(
            f"{str(dream['id'])[:24]:24} {str(dream['language']):4} "
            + " ".join(f"{c:>8}" for c in cells)
            + ("  " + "; ".join(notes) if notes else "  ok")
        )
    print(f"\n{len(dreams)} dreams x {len(PROFILES)} profiles = {runs} prompt+script pairs")
    for name, count in totals.items():
        print(f"  {name:28} {count:3d} / {runs}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
