"""Session summaries and outcomes reports, as Markdown and PDF, from one block structure.

Reports hold clinical facts about one client, so they are made only with the client's consent
(the app's checkbox; the CLI asks) and only from the one vault that is unlocked. They are
written in the clinician's language (the app's), name the clinician and the client's
pseudonym (the vault's settings), the period and the consent, carry vector charts drawn with
fpdf2 (therapy/charts.py) and every session's notes in full.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any, cast

from dreamjournal.errors import EntryNotFound
from dreamjournal.i18n import format_date, format_datetime, message, month_name
from dreamjournal.store.journal import Journal
from dreamjournal.therapy.charts import AFTER, BARS, BEFORE, Chart, Series, draw
from dreamjournal.therapy.irt import DAILY_MINUTES, rehearsals
from dreamjournal.therapy.measures import INSTRUMENTS, Measure, session_measures
from dreamjournal.therapy.outcomes import Outcomes, local_day
from dreamjournal.therapy.sessions import Session, sessions

FONT = Path(__file__).resolve().parent.parent / "render" / "fonts" / "DejaVuSans.ttf"


@dataclass
class Report:
    """Headings, paragraphs, bullet lists and tables, in order."""

    title: str
    blocks: list[tuple[str, object]] = field(default_factory=list)

    def heading(self, text: str) -> None:
        """A section heading."""
        self.blocks.append(("h2", text))

    def subheading(self, text: str) -> None:
        """A heading inside a section (one session)."""
        self.blocks.append(("h3", text))

    def paragraph(self, text: str) -> None:
        """Plain text."""
        self.blocks.append(("p", text))

    def bullets(self, items: list[str]) -> None:
        """A bullet list."""
        self.blocks.append(("ul", items))

    def table(self, header: list[str], rows: list[list[str]]) -> None:
        """A table with a header row."""
        self.blocks.append(("table", (header, rows)))

    def chart(self, chart: Chart) -> None:
        """A vector chart (a text table in Markdown)."""
        self.blocks.append(("chart", chart))

    def markdown(self) -> str:
        """The report as Markdown."""
        out = [f"# {self.title}", ""]
        for kind, value in self.blocks:
            if kind == "h2":
                out += [f"## {value}", ""]
            elif kind == "h3":
                out += [f"### {value}", ""]
            elif kind == "p":
                out += [str(value), ""]
            elif kind == "ul":
                out += [f"- {item}" for item in value] + [""]  # type: ignore[attr-defined]
            elif kind == "chart":
                chart = cast("Chart", value)
                out += [f"**{chart.title}**", ""]
                out.append("| | " + " | ".join(s.name for s in chart.series) + " |")
                out.append("|" + "---|" * (len(chart.series) + 1))
                out += ["| " + " | ".join(r) + " |" for r in chart.rows()]
                out += [*chart.notes, ""]
            else:
                header, rows = cast("tuple[list[str], list[list[str]]]", value)
                out.append("| " + " | ".join(header) + " |")
                out.append("|" + "---|" * len(header))
                out += ["| " + " | ".join(c.replace("|", "/") for c in r) + " |" for r in rows]
                out.append("")
        return "\n".join(out)

    def pdf(self) -> bytes:
        """The report as PDF (DejaVu Sans, so any language's letters print)."""
        from fpdf import FPDF
        from fpdf.fonts import FontFace

        pdf = FPDF(format="A4")
        pdf.set_margins(18, 18, 18)
        pdf.add_font("DejaVu", fname=str(FONT))
        pdf.set_title(self.title)
        pdf.set_creator("Dream Journal")  # metadata, not shown
        pdf.add_page()
        pdf.set_font("DejaVu", size=17)
        pdf.multi_cell(0, 9, self.title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        for kind, value in self.blocks:
            if kind in ("h2", "h3"):
                if pdf.get_y() + 30 > pdf.h - pdf.b_margin:
                    pdf.add_page()  # never a heading alone at the foot of a page
                pdf.ln(2)
                pdf.set_font("DejaVu", size=13 if kind == "h2" else 11)
                pdf.multi_cell(0, 7, str(value), new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("DejaVu", size=10)
            elif kind == "p":
                pdf.set_font("DejaVu", size=10)
                pdf.multi_cell(0, 5.5, str(value), new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "ul":
                pdf.set_font("DejaVu", size=10)
                for item in value:  # type: ignore[attr-defined]
                    pdf.multi_cell(0, 5.5, f"•  {item}", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "chart":
                if pdf.get_y() + 80 > pdf.h - pdf.b_margin:
                    pdf.add_page()  # a chart is never split across pages
                draw(pdf, cast("Chart", value))
                pdf.set_font("DejaVu", size=10)
            else:
                header, rows = cast("tuple[list[str], list[list[str]]]", value)
                pdf.set_font("DejaVu", size=8.5)
                heads = FontFace(emphasis="", fill_color=(225, 228, 240))  # one font, no bold
                if pdf.get_y() + 25 > pdf.h - pdf.b_margin:
                    pdf.add_page()
                with pdf.table(line_height=5, headings_style=heads) as table:
                    for row in [header, *rows]:
                        cells = table.row()
                        for c in row:
                            cells.cell(c)
                pdf.ln(2)
        return bytes(pdf.output())


def _local(stamp: str | None, tz: tzinfo | None, lang: str = "en") -> str:
    if not stamp:
        return "-"
    return format_datetime(datetime.fromisoformat(stamp).astimezone(tz), lang, "short")


@dataclass(frozen=True)
class Heading:
    """Who and when a report is about: clinician, client pseudonym, period, language."""

    client: str
    clinician: str = ""
    lang: str = "en"
    made: date | None = None

    def t(self, key: str, **values: Any) -> str:
        """A report string in the clinician's language."""
        return message(key, self.lang, **values)

    def lines(self, start: date | None, end: date | None) -> list[str]:
        """Clinician, client, period and the consent line."""
        unset = self.t("report.not_set")
        out = [
            self.t("report.clinician", name=self.clinician or unset),
            self.t("report.client", name=self.client or unset),
        ]
        if start is not None and end is not None:
            out.append(self.t("report.period", start=start.isoformat(), end=end.isoformat()))
        out.append(self.t("report.consent", day=(self.made or date.today()).isoformat()))
        return out


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:g}"


def _session_blocks(
    report: Report,
    journal: Journal,
    s: Session,
    h: Heading,
    tz: tzinfo | None,
    *,
    with_rescript: bool = True,
) -> None:
    """One session: the dream, times, distress, steps, the questionnaires filled in during it,
    the notes in full, the rescript."""
    try:
        entry = journal.get(s.entry_id)
        title, day, rescript = entry.title, entry.date.isoformat(), entry.rescript
    except EntryNotFound:  # a dream deleted since: the session's facts still stand
        title, day, rescript = h.t("report.deleted"), "-", None
    report.bullets(
        [
            h.t("report.dream", title=title, day=day),
            h.t("report.times", start=_local(s.started, tz), end=_local(s.ended, tz)),
            h.t("report.distress_line", before=s.suds_before, after=_num(s.suds_after)),
            h.t("report.steps", n=s.steps_completed),
            *(_session_measure(m, h) for m in session_measures(journal, s.id)),
        ]
    )
    report.paragraph(f"{h.t('report.notes')}: {s.notes or h.t('session.no_notes')}")
    if s.notes_history:
        report.paragraph(h.t("report.edited", n=len(s.notes_history)))
    if rescript and with_rescript:
        report.paragraph(f"{h.t('report.rescript')}: {rescript}")


def _session_measure(m: Measure, h: Heading) -> str:
    inst = INSTRUMENTS.get(m.instrument)
    name, top = (inst.name, f"{inst.max_total:g}") if inst else (m.instrument, "?")
    verdict = h.t("report.yes") if m.clinical else h.t("report.no")
    return h.t("report.session_measure", name=name, total=_num(m.total), max=top, clinical=verdict)


def session_report(
    journal: Journal,
    session: Session,
    *,
    client: str,
    tz: tzinfo | None = None,
    clinician: str = "",
    lang: str = "en",
    made: date | None = None,
) -> Report:
    """A one-session summary: who, when, the dream, distress before and after, notes, rescript."""
    h = Heading(client, clinician, lang, made)
    day = local_day(session.started, tz)
    report = Report(f"{h.t('report.title_session')}: {client}, {day.isoformat()}")
    report.bullets(h.lines(day, day))
    _session_blocks(report, journal, session, h, tz)
    return report


def _day(d: date, h: Heading) -> str:
    """'7 Sep' / '7 Sep' in the clinician's language (short month names from i18n)."""
    return f"{d.day} {month_name(d.month, h.lang, 'abbreviated')}"


def _nightmare_chart(outcomes: Outcomes, h: Heading) -> Chart:
    return Chart(
        h.t("report.chart_nightmares"),
        [_day(w.week, h) for w in outcomes.weeks],
        [
            Series(
                h.t("outcomes.col_nightmares"),
                [float(w.nightmares) for w in outcomes.weeks],
                BEFORE,
            )
        ],
        y_max=max([float(w.nightmares) for w in outcomes.weeks] + [4.0]),
    )


def _distress_chart(outcomes: Outcomes, h: Heading) -> Chart:
    points = outcomes.distress
    kinds = {"session": h.t("outcomes.kind_session"), "rehearsal": h.t("outcomes.kind_rehearsal")}
    return Chart(
        h.t("report.chart_distress"),
        [_day(p.day, h) for p in points],
        [
            Series(h.t("outcomes.before"), [float(p.before) for p in points], BEFORE, "point"),
            Series(
                h.t("outcomes.after"),
                [None if p.after is None else float(p.after) for p in points],
                AFTER,
                "point",
            ),
        ],
        y_max=10,
        y_label="SUDS",
        pairs=True,
        fixed_top=True,
        squares=[p.kind == "session" for p in points],
        squares_label=kinds["session"],
        notes=[
            f"{kinds['session']}: {sum(p.kind == 'session' for p in points)} · "
            f"{kinds['rehearsal']}: {sum(p.kind == 'rehearsal' for p in points)}"
        ],
    )


def _measure_charts(outcomes: Outcomes, h: Heading) -> list[Chart]:
    charts = []
    for inst in INSTRUMENTS.values():
        taken = [m for m in outcomes.measures if m.instrument == inst.id]
        if not taken:
            continue
        charts.append(
            Chart(
                h.t("report.chart_measures", name=inst.name, max=f"{inst.max_total:g}"),
                [_day(m.day, h) for m in taken],
                [Series(inst.name, [m.total for m in taken], BARS, "line")],
                y_max=inst.max_total,
                fixed_top=True,
                rule=inst.cutoff,
                rule_label=h.t("report.cutoff", cutoff=f"{inst.cutoff:g}"),
                # Taken in a session: a square, as in the distress chart (a day may have two).
                squares=[m.occasion == "session" for m in taken],
                squares_label=h.t("outcomes.kind_session")
                if any(m.occasion == "session" for m in taken)
                else "",
                notes=[inst.source],
            )
        )
    return charts


def _minutes_chart(journal: Journal, start: date, end: date, h: Heading) -> Chart | None:
    per_day: dict[date, int] = {}
    for r in rehearsals(journal):
        if start <= r.day <= end:
            per_day[r.day] = per_day.get(r.day, 0) + r.minutes
    if not per_day:
        return None
    first, last = min(per_day), max(per_day)
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    low, high = DAILY_MINUTES
    within = sum(1 for v in per_day.values() if low <= v <= high)
    return Chart(
        h.t("report.chart_minutes"),
        [_day(d, h) for d in days],
        [Series(h.t("report.minutes"), [float(per_day.get(d, 0)) for d in days], BARS)],
        y_max=max(25.0, *(float(v) for v in per_day.values())),
        band=(float(low), float(high)),
        band_label=h.t("report.band"),
        notes=[h.t("report.days_in_band", days=len(per_day), within=within)],
    )


def outcomes_report(
    journal: Journal,
    outcomes: Outcomes,
    *,
    client: str,
    tz: tzinfo | None = None,
    clinician: str = "",
    lang: str = "en",
    made: date | None = None,
) -> Report:
    """Outcomes for one client over the period of `outcomes`: who, when, charts, notes."""
    h = Heading(client, clinician, lang, made)
    report = Report(f"{h.t('report.title_outcomes')}: {client}")
    start = outcomes.weeks[0].week if outcomes.weeks else None
    end = outcomes.weeks[-1].week + timedelta(days=6) if outcomes.weeks else None
    if end is not None:  # the last week is still running: the period ends on the report's day
        end = max(start or end, min(end, h.made or date.today()))
    report.bullets(h.lines(start, end))
    if start is None or end is None:
        report.paragraph(h.t("report.nothing"))
        return report
    none = h.t("report.none")
    over = ", ".join(str(w) for w in outcomes.weeks_over_new_dream_limit) or none
    summary = [
        h.t("report.sessions_n", n=outcomes.total_sessions),
        h.t("report.minutes_n", n=outcomes.total_rehearsal_minutes),
        h.t("report.drop_sessions", drop=_num(outcomes.mean_drop_sessions)),
        h.t("report.drop_rehearsals", drop=_num(outcomes.mean_drop_rehearsals)),
        h.t("report.over_limit", weeks=over),
    ]
    for inst in INSTRUMENTS.values():
        taken = [m for m in outcomes.measures if m.instrument == inst.id]
        if taken:
            summary.append(
                h.t(
                    "report.measure_last",
                    name=inst.name,
                    first=_num(taken[0].total),
                    first_day=taken[0].day.isoformat(),
                    last=_num(taken[-1].total),
                    last_day=taken[-1].day.isoformat(),
                    cutoff=f"{inst.cutoff:g}",
                )
            )
    report.heading(h.t("report.summary"))
    report.bullets(summary)
    report.heading(h.t("report.charts"))
    report.chart(_nightmare_chart(outcomes, h))
    if outcomes.distress:
        report.chart(_distress_chart(outcomes, h))
    for chart in _measure_charts(outcomes, h):
        report.chart(chart)
    minutes = _minutes_chart(journal, start, end, h)
    if minutes is not None:
        report.chart(minutes)
    report.heading(h.t("outcomes.table"))
    report.table(
        [
            h.t("outcomes.col_week"),
            h.t("outcomes.col_dreams"),
            h.t("outcomes.col_nightmares"),
            h.t("outcomes.col_minutes"),
            h.t("outcomes.col_days"),
            h.t("outcomes.col_new"),
            h.t("outcomes.col_sessions"),
        ],
        [
            [
                format_date(w.week, lang),
                str(w.dreams),
                str(w.nightmares),
                str(w.rehearsal_minutes),
                str(w.days_rehearsed),
                str(w.new_dreams),
                str(w.sessions),
            ]
            for w in outcomes.weeks
        ],
    )
    if outcomes.measures:
        report.heading(h.t("report.measures"))
        yes, no = h.t("report.yes"), h.t("report.no")
        report.table(
            [
                h.t("report.col_day"),
                h.t("report.col_occasion"),
                h.t("report.col_measure"),
                h.t("report.col_total"),
                h.t("report.col_clinical"),
            ],
            [
                [
                    m.day.isoformat(),
                    h.t(f"measure.occasion.{m.occasion}"),
                    INSTRUMENTS[m.instrument].name if m.instrument in INSTRUMENTS else m.instrument,
                    _num(m.total),
                    yes if m.clinical else no,
                ]
                for m in outcomes.measures
            ],
        )
    in_period = [s for s in sessions(journal) if start <= local_day(s.started, tz) <= end]
    if in_period:
        report.heading(h.t("report.sessions"))
        shown: set[str] = set()  # each dream's changed version is printed once
        for s in in_period:
            report.subheading(_local(s.started, tz))
            _session_blocks(report, journal, s, h, tz, with_rescript=s.entry_id not in shown)
            shown.add(s.entry_id)
    return report
