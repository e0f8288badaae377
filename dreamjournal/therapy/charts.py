"""Small vector charts for the PDF report, drawn with fpdf2's own primitives (no image library).

A `Chart` says what to show (categories along x, one or more series, a y range, an optional
shaded band such as IRT's 5-20 minutes a day and an optional dashed line such as a measure's
cut-off); `draw` puts it on the current page. Values of None are gaps, never zeros. The same
chart renders as a short text table in the Markdown report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from fpdf import FPDF

RGB = tuple[int, int, int]
INK: RGB = (60, 64, 82)
GRID: RGB = (214, 218, 230)
BAND: RGB = (222, 242, 238)
BEFORE: RGB = (176, 84, 160)
AFTER: RGB = (46, 150, 138)
BARS: RGB = (112, 124, 220)
RULE: RGB = (222, 140, 40)


@dataclass
class Series:
    """One row of values along the chart's categories."""

    name: str
    values: list[float | None]
    color: RGB
    kind: Literal["bar", "line", "point"] = "bar"


@dataclass
class Chart:
    """What a chart shows; `draw` renders it, `rows` lists it as text."""

    title: str
    labels: list[str]
    series: list[Series]
    y_max: float
    y_label: str = ""
    band: tuple[float, float] | None = None  # shaded from..to on the y axis
    band_label: str = ""
    rule: float | None = None  # a dashed horizontal line (a cut-off)
    rule_label: str = ""
    pairs: bool = False  # join the first two series at each category (before -> after)
    fixed_top: bool = False  # y_max is the scale's end (SUDS 10, DDNSI 37), not a data maximum
    squares: list[bool] | None = None  # per category: draw its points as squares (sessions)
    squares_label: str = ""  # the legend's word for the squares
    notes: list[str] = field(default_factory=list)

    def rows(self) -> list[list[str]]:
        """The chart's data as table rows: category, then one value per series."""
        out = []
        for i, label in enumerate(self.labels):
            cells = [label]
            for s in self.series:
                v = s.values[i]
                cells.append("-" if v is None else f"{v:g}")
            out.append(cells)
        return out


def ticks(y_max: float, *, fixed: bool) -> tuple[float, list[float]]:
    """The axis top and its labelled ticks: round steps (1, 2, 5, 10, ...), four or five."""
    step = 1.0
    for candidate in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        step = float(candidate)
        if y_max / step <= 5:
            break
    top = y_max if fixed else step * -(-y_max // step)
    marks = [step * k for k in range(int(top // step) + 1)]
    return top, marks


def draw(pdf: FPDF, chart: Chart, *, height: float = 52.0, font: str = "DejaVu") -> None:
    """Draw `chart` across the page width at the current y, then move below it."""
    left = pdf.l_margin + 11
    width = pdf.w - pdf.r_margin - left
    pdf.set_font(font, size=10.5)
    pdf.set_text_color(*INK)
    pdf.multi_cell(0, 6, chart.title, new_x="LMARGIN", new_y="NEXT")
    legend_y = pdf.get_y() + 1
    top = legend_y + 6
    bottom = top + height
    top_value, marks = ticks(chart.y_max if chart.y_max > 0 else 1.0, fixed=chart.fixed_top)

    def y_of(v: float) -> float:
        return bottom - min(v, top_value) / top_value * height

    pdf.set_font(font, size=7)
    x = left
    for s in chart.series:  # legend
        pdf.set_fill_color(*s.color)
        pdf.rect(x, legend_y + 0.8, 3, 3, style="F")
        pdf.set_xy(x + 4, legend_y)
        pdf.cell(pdf.get_string_width(s.name) + 2, 4.5, s.name)
        x += pdf.get_string_width(s.name) + 10
    if chart.squares_label:
        pdf.set_draw_color(*INK)
        pdf.set_line_width(0.3)
        pdf.rect(x, legend_y + 0.8, 3, 3)
        pdf.set_xy(x + 4, legend_y)
        pdf.cell(pdf.get_string_width(chart.squares_label) + 2, 4.5, chart.squares_label)
        x += pdf.get_string_width(chart.squares_label) + 10
    for text, color in ((chart.band_label, BAND), (chart.rule_label, RULE)):
        if text:
            pdf.set_fill_color(*color)
            pdf.rect(x, legend_y + 0.8, 3, 3, style="F")
            pdf.set_xy(x + 4, legend_y)
            pdf.cell(pdf.get_string_width(text) + 2, 4.5, text)
            x += pdf.get_string_width(text) + 10
    if chart.band is not None:
        pdf.set_fill_color(*BAND)
        low, high = chart.band
        pdf.rect(left, y_of(high), width, y_of(low) - y_of(high), style="F")
    pdf.set_line_width(0.15)
    pdf.set_draw_color(*GRID)
    for v in marks:  # grid lines at round values, labelled
        pdf.line(left, y_of(v), left + width, y_of(v))
        label = f"{v:g}"
        pdf.text(left - 1.5 - pdf.get_string_width(label), y_of(v) + 1.0, label)
    if chart.y_label:
        pdf.text(pdf.l_margin, top - 1.5, chart.y_label)
    n = max(1, len(chart.labels))
    slot = width / n
    every = max(1, -(-n * 14 // int(width)))  # thin the labels so they never overlap
    for i, label in enumerate(chart.labels):
        if i % every == 0:
            cx = left + slot * (i + 0.5)
            pdf.text(cx - pdf.get_string_width(label) / 2, bottom + 4, label)
    bars = [s for s in chart.series if s.kind == "bar"]
    bar_w = min(9.0, slot * 0.7 / max(1, len(bars)))
    for n, s in enumerate(bars):
        pdf.set_fill_color(*s.color)
        for i, value in enumerate(s.values):
            if value is None or value <= 0:
                continue
            x0 = left + slot * (i + 0.5) - bar_w * len(bars) / 2 + n * bar_w
            pdf.rect(x0, y_of(value), bar_w * 0.92, bottom - y_of(value), style="F")
    if chart.pairs and len(chart.series) >= 2:
        pdf.set_draw_color(150, 154, 172)
        pdf.set_line_width(0.5)
        first, second = chart.series[0].values, chart.series[1].values
        for i, (a, b) in enumerate(zip(first, second, strict=True)):
            if a is not None and b is not None:
                cx = left + slot * (i + 0.5)
                pdf.line(cx, y_of(a), cx, y_of(b))
    for s in chart.series:
        if s.kind == "bar":
            continue
        pdf.set_draw_color(*s.color)
        pdf.set_fill_color(*s.color)
        pdf.set_line_width(0.5)
        points = [
            (i, left + slot * (i + 0.5), y_of(v)) for i, v in enumerate(s.values) if v is not None
        ]
        if s.kind == "line" and len(points) > 1:
            pdf.polyline([(cx, cy) for _, cx, cy in points])
        for i, cx, cy in points:
            if chart.squares is not None and chart.squares[i]:
                pdf.rect(cx - 1.3, cy - 1.3, 2.6, 2.6, style="F")
            else:
                pdf.ellipse(cx - 1.1, cy - 1.1, 2.2, 2.2, style="F")
    if chart.rule is not None:
        pdf.set_draw_color(*RULE)
        pdf.set_line_width(0.35)
        pdf.set_dash_pattern(dash=1.2, gap=1.0)
        pdf.line(left, y_of(chart.rule), left + width, y_of(chart.rule))
        pdf.set_dash_pattern()
    pdf.set_draw_color(*INK)
    pdf.set_line_width(0.2)
    pdf.line(left, bottom, left + width, bottom)
    pdf.set_text_color(0, 0, 0)
    pdf.set_fill_color(255, 255, 255)  # later tables and cells must not inherit a chart colour
    pdf.set_draw_color(0, 0, 0)
    pdf.set_xy(pdf.l_margin, bottom + 6)
    pdf.set_font(font, size=8)
    for note in chart.notes:
        pdf.multi_cell(0, 4.2, note, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
