"""Translated names of the domain's vocabularies (the domain itself knows nothing of Qt)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from carnet.domain.enums import Stage
from carnet.domain.errors import CONTEXT, CarnetError
from carnet.i18n import QT_TRANSLATE_NOOP

_STAGES = {
    Stage.STRANGER: QT_TRANSLATE_NOOP("Stage", "Stranger"),
    Stage.VISITOR: QT_TRANSLATE_NOOP("Stage", "Visitor"),
    Stage.LEAD: QT_TRANSLATE_NOOP("Stage", "Lead"),
    Stage.PROSPECT: QT_TRANSLATE_NOOP("Stage", "Prospect"),
    Stage.CLIENT: QT_TRANSLATE_NOOP("Stage", "Client"),
    Stage.AMBASSADOR: QT_TRANSLATE_NOOP("Stage", "Ambassador"),
}


def stage_label(stage: Stage) -> str:
    return QCoreApplication.translate("Stage", _STAGES[stage])


def error_text(error: CarnetError) -> str:
    """The error's message in the interface's language (its template translated, then filled)."""
    return QCoreApplication.translate(CONTEXT, error.template).format(**error.args_map)
