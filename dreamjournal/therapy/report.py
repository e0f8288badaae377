"""Session summaries and outcomes reports, as Markdown and PDF, from one block structure.

Reports hold clinical facts about one client, so they are made only with the client's consent
(the app's checkbox; the CLI asks) and only from the one vault that is unlocked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import cast

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
        pdf.set_creator("Dream Journal")
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


def _local(stamp: str | None, tz: tzinfo | None) -> str:
    if not stamp:
        return "-"
    return datetime.fromisoformat(stamp).astimezone(tz).strftime("%Y-%m-%d %H:%M")


def session_report(
    journal: Journal, session: Session, *, client: str, tz: tzinfo | None = None
) -> Report:
    """A one-session summary: the dream, distress before and after, notes, the rescript."""
    entry = journal.get(session.entry_id)
    report = Report(f"Session summary: {client}, {_local(session.started, tz)[:10]}")
    after = "-" if session.suds_after is None else str(session.suds_after)
    report.bullets(
        [
            f"Dream: {entry.title} ({entry.date.isoformat()})",
            f"Started: {_local(session.started, tz)}; ended: {_local(session.ended, tz)}",
            f"Distress (SUDS 0-10): before {session.suds_before}, after {after}",
            f"Script steps completed: {session.steps_completed}",
        ]
    )
    report.heading("Notes")
    report.paragraph(session.notes or "(none)")
    if entry.rescript:
        report.heading("The changed version rehearsed")
        report.paragraph(entry.rescript)
    return report


def outcomes_report(
    journal: Journal, outcomes: Outcomes, *, client: str, tz: tzinfo | None = None
) -> Report:
    """Weekly outcomes, distress over time and IRT adherence for one client."""
    titles = {e.id: e.title for e in journal.search()}
    report = Report(f"Outcomes report: {client}")
    if outcomes.weeks:
        report.paragraph(
            f"Weeks from {outcomes.weeks[0].week} to {outcomes.weeks[-1].week}. "
            f"Made {date.today().isoformat()} with the client's consent."
        )
    drop = outcomes.mean_drop_sessions
    report.heading("Summary")
    over = ", ".join(str(w) for w in outcomes.weeks_over_new_dream_limit) or "none"
    report.bullets(
        [
            f"Sessions: {outcomes.total_sessions}",
            f"Rehearsal minutes: {outcomes.total_rehearsal_minutes}",
            f"Mean distress drop in sessions: {'-' if drop is None else drop}",
            f"Mean distress drop in rehearsals: "
            f"{'-' if outcomes.mean_drop_rehearsals is None else outcomes.mean_drop_rehearsals}",
            f"Weeks with more than two new dreams: {over}",
        ]
    )
    report.heading("Week by week")
    report.table(
        [
            "Week of",
            "Dreams",
            "Nightmares",
            "Rehearsal min",
            "Days rehearsed",
            "New dreams",
            "Sessions",
        ],
        [
            [
                str(w.week),
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
        report.heading("Distress (SUDS 0-10)")
        report.table(
            ["Date", "Kind", "Dream", "Before", "After"],
            [
                [
                    str(p.day),
                    p.kind,
                    titles.get(p.entry_id, "(deleted)"),
                    str(p.before),
                    "-" if p.after is None else str(p.after),
                ]
                for p in outcomes.distress
            ],
        )
    return report
