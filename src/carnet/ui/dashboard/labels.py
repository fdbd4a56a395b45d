"""Translated names of the dashboard's vocabularies: RFM segments, PMG sizes, periods."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from carnet.analytics.clients import PmgSize, Segment
from carnet.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Dashboard"

_SEGMENTS = {
    Segment.CHAMPIONS: QT_TRANSLATE_NOOP("Dashboard", "Champions"),
    Segment.LOYAL: QT_TRANSLATE_NOOP("Dashboard", "Loyal"),
    Segment.POTENTIAL_LOYALISTS: QT_TRANSLATE_NOOP("Dashboard", "Potential loyalists"),
    Segment.NEW: QT_TRANSLATE_NOOP("Dashboard", "New"),
    Segment.NEED_ATTENTION: QT_TRANSLATE_NOOP("Dashboard", "Need attention"),
    Segment.AT_RISK: QT_TRANSLATE_NOOP("Dashboard", "At risk"),
    Segment.HIBERNATING: QT_TRANSLATE_NOOP("Dashboard", "Hibernating"),
}
_SEGMENT_HINTS = {
    Segment.CHAMPIONS: QT_TRANSLATE_NOOP("Dashboard", "Bought recently and often"),
    Segment.LOYAL: QT_TRANSLATE_NOOP("Dashboard", "Steady buyers"),
    Segment.POTENTIAL_LOYALISTS: QT_TRANSLATE_NOOP("Dashboard", "Recent, already a second purchase"),
    Segment.NEW: QT_TRANSLATE_NOOP("Dashboard", "Recent first purchase"),
    Segment.NEED_ATTENTION: QT_TRANSLATE_NOOP("Dashboard", "Neither recent nor frequent, not lost yet"),
    Segment.AT_RISK: QT_TRANSLATE_NOOP("Dashboard", "Used to buy often, have not for a while"),
    Segment.HIBERNATING: QT_TRANSLATE_NOOP("Dashboard", "Few purchases, long ago"),
}
_SIZES = {
    PmgSize.SMALL: QT_TRANSLATE_NOOP("Dashboard", "Small"),
    PmgSize.MEDIUM: QT_TRANSLATE_NOOP("Dashboard", "Medium"),
    PmgSize.BIG: QT_TRANSLATE_NOOP("Dashboard", "Big"),
}

_SPOKEN_SIZES = {
    PmgSize.SMALL: QT_TRANSLATE_NOOP("Dashboard", "small client"),
    PmgSize.MEDIUM: QT_TRANSLATE_NOOP("Dashboard", "medium client"),
    PmgSize.BIG: QT_TRANSLATE_NOOP("Dashboard", "big client"),
}


def segment_label(segment: Segment) -> str:
    return QCoreApplication.translate(CONTEXT, _SEGMENTS[segment])


def segment_hint(segment: Segment) -> str:
    return QCoreApplication.translate(CONTEXT, _SEGMENT_HINTS[segment])


def size_label(size: PmgSize, *, spoken: bool = False) -> str:
    """"Small", "Medium", "Big": the dashboard's rows and the board's badge; ``spoken``: "big client", for a
    screen reader reading a card."""
    return QCoreApplication.translate(CONTEXT, (_SPOKEN_SIZES if spoken else _SIZES)[size])


def percent(share: float | None) -> str:
    """A share (0..1) as the locale writes a percentage with one decimal ("58.4%", "58,4 %"); "" for None."""
    if share is None:
        return ""
    locale = QLocale()
    number = locale.toString(share * 100, "f", 1)
    if locale.language() == QLocale.Language.French:
        return f"{number}\u202f%"  # French puts a (narrow no-break) space before the sign
    return f"{number}{locale.percent()}"
