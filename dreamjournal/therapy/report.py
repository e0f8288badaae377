"""Session summaries and outcomes reports, as Markdown and PDF, from one block structure.

Reports hold clinical facts about one client, so they are made only with the client's consent
(the app's checkbox; the CLI asks) and only from the one vault that is unlocked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import cast

from dreamjournal.i18n import format_date, format_datetime, format_decimal, message
from dreamjournal.store.journal import Journal
from dreamjournal.therapy.outcomes import Outcomes
from dreamjournal.therapy.sessions import Session

FONT = Path(__file__).resolve().parent.parent / "render" / "fonts" / "DejaVuSans.ttf"


@dataclass
class Report:
    """Headings, paragraphs, bullet lists and tables, in order."""

    title: str
    blocks: list[tuple[str, object]] = field(default_factory=list)

    def heading(self, text: str) -> None:
        """A section heading."""
        self.blocks.append(("h2", text))

    def paragraph(self, text: str) -> None:
        """Plain text."""
        self.blocks.append(("p", text))

    def bullets(self, items: list[str]) -> None:
        """A bullet list."""
        self.blocks.append(("ul", items))

    def table(self, header: list[str], rows: list[list[str]]) -> None:
        """A table with a header row."""
        self.blocks.append(("table", (header, rows)))

    def markdown(self) -> str:
        """The report as Markdown."""
        out = [f"# {self.title}", ""]
        for kind, value in self.blocks:
            if kind == "h2":
                out += [f"## {value}", ""]
            elif kind == "p":
                out += [str(value), ""]
            elif kind == "ul":
                out += [f"- {item}" for item in value] + [""]  # type: ignore[attr-defined]
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
            if kind == "h2":
                pdf.ln(2)
                pdf.set_font("DejaVu", size=13)
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
            else:
                header, rows = cast("tuple[list[str], list[list[str]]]", value)
                pdf.set_font("DejaVu", size=8.5)
                heads = FontFace(emphasis="", fill_color=(225, 228, 240))  # one font, no bold
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


def _day(stamp: str | None, tz: tzinfo | None, lang: str) -> str:
    if not stamp:
        return "-"
    return format_date(datetime.fromisoformat(stamp).astimezone(tz).date(), lang)


def session_report(
    journal: Journal,
    session: Session,
    *,
    client: str,
    tz: tzinfo | None = None,
    lang: str = "en",
) -> Report:
    """A one-session summary: the dream, distress before and after, notes, the rescript."""
    entry = journal.get(session.entry_id)
    report = Report(
        message("report.session_title", lang, client=client, day=_day(session.started, tz, lang))
    )
    after = "-" if session.suds_after is None else str(session.suds_after)
    report.bullets(
        [
            message("report.dream", lang, title=entry.title, day=format_date(entry.date, lang)),
            message(
                "report.started_ended",
                lang,
                started=_local(session.started, tz, lang),
                ended=_local(session.ended, tz, lang),
            ),
            message("report.distress", lang, before=session.suds_before, after=after),
            message("report.steps", lang, n=session.steps_completed),
        ]
    )
    report.heading(message("report.notes", lang))
    report.paragraph(session.notes or message("report.none", lang))
    if entry.rescript:
        report.heading(message("report.rescript", lang))
        report.paragraph(entry.rescript)
    return report


def outcomes_report(
    journal: Journal,
    outcomes: Outcomes,
    *,
    client: str,
    tz: tzinfo | None = None,
    lang: str = "en",
) -> Report:
    """Weekly outcomes, distress over time and IRT adherence for one client."""
    titles = {e.id: e.title for e in journal.search()}
    report = Report(message("report.outcomes_title", lang, client=client))

    def number(value: float | None) -> str:
        return "-" if value is None else format_decimal(value, lang)

    if outcomes.weeks:
        report.paragraph(
            message(
                "report.weeks_from",
                lang,
                first=format_date(outcomes.weeks[0].week, lang),
                last=format_date(outcomes.weeks[-1].week, lang),
                today=format_date(date.today(), lang),
            )
        )
    report.heading(message("report.summary", lang))
    over = ", ".join(format_date(w, lang) for w in outcomes.weeks_over_new_dream_limit)
    report.bullets(
        [
            message("report.sessions", lang, n=outcomes.total_sessions),
            message("report.minutes", lang, n=outcomes.total_rehearsal_minutes),
            message("report.drop_sessions", lang, drop=number(outcomes.mean_drop_sessions)),
            message("report.drop_rehearsals", lang, drop=number(outcomes.mean_drop_rehearsals)),
            message("report.weeks_over", lang, weeks=over or message("report.none_weeks", lang)),
        ]
    )
    report.heading(message("report.week_by_week", lang))
    report.table(
        [
            message(key, lang)
            for key in (
                "report.col.week",
                "report.col.dreams",
                "report.col.nightmares",
                "report.col.minutes",
                "report.col.days",
                "report.col.new",
                "report.col.sessions",
            )
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
    if outcomes.distress:
        report.heading(message("report.distress_heading", lang))
        report.table(
            [
                message(key, lang)
                for key in (
                    "report.col.date",
                    "report.col.kind",
                    "report.col.dream",
                    "report.col.before",
                    "report.col.after",
                )
            ],
            [
                [
                    format_date(p.day, lang),
                    message(f"report.kind.{p.kind}", lang),
                    titles.get(p.entry_id) or message("report.deleted", lang),
                    str(p.before),
                    "-" if p.after is None else str(p.after),
                ]
                for p in outcomes.distress
            ],
        )
    return report
