"""The dashboard's "This year's revenue" panel: revenue so far against the user's ceilings (issue 15 item 6).

Whatever the period chosen above it: a ceiling counts a calendar year. One bar per ceiling set, with the
amounts and the share in words; from 80 % a sentence says so, and at the ceiling another says to check what
it means, so that the warning never rests on the bar's colour alone. With no ceiling set, one line says
where to set them. The figures come from `carnet.analytics.thresholds`; this module only writes them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QGroupBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from carnet.analytics.thresholds import Ceiling, Level, RevenueAgainstCeilings, Standing
from carnet.ui.formatting import format_money

BAR_STEPS = 1000  # the bar's resolution: a tenth of a percent
# Warning colours that read on a light and on a dark base alike (no palette role means "warning"); the
# words say the same, for whoever cannot tell the colours apart.
NEAR_COLOUR = QColor("#d68910")
PASSED_ON_LIGHT, PASSED_ON_DARK = QColor("#c0392b"), QColor("#ff6f5e")


def tr(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)


def whole_percent(number: int) -> str:
    """A whole percentage as the locale writes it: "62%", "62 %" in French."""
    locale = QLocale()
    digits = locale.toString(number)
    if locale.language() == QLocale.Language.French:
        return f"{digits}\u202f%"  # French puts a (narrow no-break) space before the sign
    return f"{digits}{locale.percent()}"


def ceiling_name(ceiling: Ceiling) -> str:
    """The ceiling's name as Preferences labels it."""
    if ceiling is Ceiling.TURNOVER:
        return tr("Turnover ceiling")
    return tr("VAT franchise threshold")


def standing_text(standing: Standing, currency: str) -> str:
    """ "€23,250 of €37,500: 62% of the VAT franchise threshold". Whole sentences per ceiling: French
    needs its own article and contraction for each ("du plafond", "du seuil")."""
    if standing.ceiling is Ceiling.TURNOVER:
        template = tr("%1 of %2: %3 of the turnover ceiling")
    else:
        template = tr("%1 of %2: %3 of the VAT franchise threshold")
    return (template.replace("%1", format_money(standing.revenue_cents, currency, compact=True))
            .replace("%2", format_money(standing.ceiling_cents, currency, compact=True))
            .replace("%3", whole_percent(standing.percent)))


def warning_text(standing: Standing) -> str:
    """What the level means, in words; "" below 80 %."""
    level, turnover = standing.level, standing.ceiling is Ceiling.TURNOVER
    if level is Level.NEAR:
        text = (tr("You have reached %1 of the turnover ceiling.") if turnover
                else tr("You have reached %1 of the VAT franchise threshold."))
        return text.replace("%1", whole_percent(80))
    if level is Level.REACHED:
        return (tr("You have reached the turnover ceiling: check what it means for your VAT and your status.")
                if turnover else
                tr("You have reached the VAT franchise threshold: check what it means for your VAT and your status."))
    if level is Level.PASSED:
        return (tr("You have passed the turnover ceiling: check what it means for your VAT and your status.")
                if turnover else
                tr("You have passed the VAT franchise threshold: check what it means for your VAT and your status."))
    return ""


class _CeilingRow:
    """The widgets of one ceiling: its line of figures, its bar, its warning."""

    def __init__(self, ceiling: Ceiling, parent: QWidget, layout: QVBoxLayout) -> None:
        self.ceiling, self.parent = ceiling, parent
        self.figures = QLabel(parent)
        self.figures.setWordWrap(True)
        self.bar = QProgressBar(parent)
        self.bar.setRange(0, BAR_STEPS)
        self.bar.setTextVisible(False)  # the line above says the share, in the locale's words
        self.bar.setAccessibleName(ceiling_name(ceiling))
        self.bar.setMaximumHeight(self.bar.fontMetrics().height())
        self.warning = QLabel(parent)
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(tr("Warning: %1").replace("%1", ceiling_name(ceiling)))
        bold = QFont(self.warning.font())
        bold.setBold(True)
        self.warning.setFont(bold)
        self.level = Level.BELOW
        layout.addSpacing(6)  # a little air between one ceiling and the next
        for widget in (self.figures, self.bar, self.warning):
            layout.addWidget(widget)
        self.set_visible(False)

    def set_visible(self, visible: bool) -> None:
        for widget in (self.figures, self.bar):
            widget.setVisible(visible)
        self.warning.setVisible(visible and bool(self.warning.text()))

    def show_standing(self, standing: Standing, currency: str) -> None:
        figures = standing_text(standing, currency)
        self.figures.setText(figures)
        self.bar.setValue(min(BAR_STEPS, standing.revenue_cents * BAR_STEPS // standing.ceiling_cents))
        self.bar.setAccessibleDescription(figures)
        self.warning.setText(warning_text(standing))
        self.level = standing.level
        self.recolour()
        self.set_visible(True)

    def recolour(self) -> None:
        """The bar in the palette's highlight below 80 %, amber from 80 %, red at the ceiling."""
        palette = QPalette(self.parent.palette())  # the theme's, with only the highlight changed below
        if self.level is Level.NEAR:
            palette.setColor(QPalette.ColorRole.Highlight, NEAR_COLOUR)
        elif self.level >= Level.REACHED:
            dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
            palette.setColor(QPalette.ColorRole.Highlight, PASSED_ON_DARK if dark else PASSED_ON_LIGHT)
        self.bar.setPalette(palette)


class CeilingsPanel(QGroupBox):
    """This year's revenue in the home currency, against each ceiling the user set in Preferences."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("This year's revenue"), parent)
        self.setAccessibleName(tr("This year's revenue"))
        self.result: RevenueAgainstCeilings | None = None
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.others = QLabel(self)
        self.others.setWordWrap(True)
        self.hint = QLabel(self)  # no ceiling set, or set in another currency: what to do, in one line
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        for widget in (self.summary, self.others, self.hint):
            layout.addWidget(widget)
        self.rows = {ceiling: _CeilingRow(ceiling, self, layout) for ceiling in Ceiling}
        layout.addStretch(1)  # lines kept together at the top when the panel is given more height

    def show_result(self, result: RevenueAgainstCeilings) -> None:
        self.result = result
        revenue, currency = result.revenue, result.revenue.currency
        paid = format_money(revenue.cents, currency, compact=True)
        self.summary.setText(tr("Paid in %1 so far, in %2: %3.").replace("%1", str(revenue.year))
                             .replace("%2", currency).replace("%3", paid))
        others = " · ".join(format_money(cents, code, compact=True) for code, cents in revenue.others)
        self.others.setText(tr("Also paid in other currencies, not counted against the ceilings: %1.")
                            .replace("%1", others) if others else "")
        self.others.setVisible(bool(others))
        if result.currency_differs:
            hint = tr("Your ceilings are in %1 and the home currency is %2: enter them again in Tools ▸ "
                      "Preferences ▸ Revenue ceilings to compare them with this year's revenue."
                      ).replace("%1", result.ceilings.currency or "").replace("%2", currency)
        elif not result.standings:
            hint = tr("No ceiling set: enter your turnover ceiling and VAT franchise threshold in Tools ▸ "
                      "Preferences ▸ Revenue ceilings to follow this year's revenue against them.")
        else:
            hint = ""
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        shown = {standing.ceiling: standing for standing in result.standings}
        for ceiling, row in self.rows.items():
            if ceiling in shown:
                row.show_standing(shown[ceiling], currency)
            else:
                row.warning.clear()
                row.set_visible(False)

    def warnings(self) -> list[str]:
        """The warnings shown, in display order (for tests and screen-reader checks)."""
        return [row.warning.text() for row in self.rows.values() if row.warning.text()]

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            for row in self.rows.values():
                row.recolour()  # the bars' own palettes were copied from the old theme
