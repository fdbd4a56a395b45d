"""Translated names of the other vocabularies: temperature, source, archive reason, interaction, payment.

Same pattern as `carnet.ui.labels`: the source texts are marked with QT_TRANSLATE_NOOP so lupdate
finds them, and translated when asked for, so a language change at run time is picked up.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from carnet.domain.enums import ArchiveReason, InteractionKind, PaymentMethod, PaymentStatus, Source, Temperature
from carnet.i18n import QT_TRANSLATE_NOOP

_TEMPERATURES = {
    Temperature.COLD: QT_TRANSLATE_NOOP("Temperature", "Cold"),
    Temperature.WARM: QT_TRANSLATE_NOOP("Temperature", "Warm"),
    Temperature.HOT: QT_TRANSLATE_NOOP("Temperature", "Hot"),
}

_SOURCES = {
    Source.WEBSITE: QT_TRANSLATE_NOOP("Source", "Website"),
    Source.NEWSLETTER: QT_TRANSLATE_NOOP("Source", "Newsletter"),
    Source.WHITE_PAPER: QT_TRANSLATE_NOOP("Source", "White paper"),
    Source.WEBINAR: QT_TRANSLATE_NOOP("Source", "Webinar"),
    Source.EVENT: QT_TRANSLATE_NOOP("Source", "Trade show / event"),
    Source.NETWORKING: QT_TRANSLATE_NOOP("Source", "Networking"),
    Source.SOCIAL: QT_TRANSLATE_NOOP("Source", "Social network"),
    Source.REFERRAL: QT_TRANSLATE_NOOP("Source", "Referral"),
    Source.COLD_OUTREACH: QT_TRANSLATE_NOOP("Source", "Cold outreach"),
    Source.OTHER: QT_TRANSLATE_NOOP("Source", "Other"),
}

_ARCHIVE_REASONS = {
    ArchiveReason.LOST_TO_COMPETITOR: QT_TRANSLATE_NOOP("ArchiveReason", "Lost to a competitor"),
    ArchiveReason.NO_BUDGET: QT_TRANSLATE_NOOP("ArchiveReason", "No budget"),
    ArchiveReason.NO_ANSWER: QT_TRANSLATE_NOOP("ArchiveReason", "No answer"),
    ArchiveReason.NOT_A_FIT: QT_TRANSLATE_NOOP("ArchiveReason", "Not a fit"),
    ArchiveReason.OTHER: QT_TRANSLATE_NOOP("ArchiveReason", "Other"),
}

_INTERACTION_KINDS = {
    InteractionKind.CALL: QT_TRANSLATE_NOOP("InteractionKind", "Call"),
    InteractionKind.EMAIL: QT_TRANSLATE_NOOP("InteractionKind", "Email"),
    InteractionKind.MEETING: QT_TRANSLATE_NOOP("InteractionKind", "Meeting"),
    InteractionKind.EVENT: QT_TRANSLATE_NOOP("InteractionKind", "Event"),
    InteractionKind.MESSAGE: QT_TRANSLATE_NOOP("InteractionKind", "Message"),
    InteractionKind.QUOTE_SENT: QT_TRANSLATE_NOOP("InteractionKind", "Quote sent"),
    InteractionKind.OTHER: QT_TRANSLATE_NOOP("InteractionKind", "Other"),
}

_PAYMENT_STATUSES = {
    PaymentStatus.QUOTED: QT_TRANSLATE_NOOP("PaymentStatus", "Quoted"),
    PaymentStatus.INVOICED: QT_TRANSLATE_NOOP("PaymentStatus", "Invoiced"),
    PaymentStatus.PAID: QT_TRANSLATE_NOOP("PaymentStatus", "Paid"),
}

_PAYMENT_METHODS = {
    PaymentMethod.BANK_TRANSFER: QT_TRANSLATE_NOOP("PaymentMethod", "Bank transfer"),
    PaymentMethod.CARD: QT_TRANSLATE_NOOP("PaymentMethod", "Card"),
    PaymentMethod.CHEQUE: QT_TRANSLATE_NOOP("PaymentMethod", "Cheque"),
    PaymentMethod.CASH: QT_TRANSLATE_NOOP("PaymentMethod", "Cash"),
    PaymentMethod.ONLINE: QT_TRANSLATE_NOOP("PaymentMethod", "Online (PayPal…)"),
    PaymentMethod.OTHER: QT_TRANSLATE_NOOP("PaymentMethod", "Other"),
}


def temperature_label(temperature: Temperature) -> str:
    return QCoreApplication.translate("Temperature", _TEMPERATURES[temperature])


def source_label(source: Source) -> str:
    return QCoreApplication.translate("Source", _SOURCES[source])


def archive_reason_label(reason: ArchiveReason) -> str:
    return QCoreApplication.translate("ArchiveReason", _ARCHIVE_REASONS[reason])


def interaction_kind_label(kind: InteractionKind) -> str:
    return QCoreApplication.translate("InteractionKind", _INTERACTION_KINDS[kind])


def payment_status_label(status: PaymentStatus) -> str:
    return QCoreApplication.translate("PaymentStatus", _PAYMENT_STATUSES[status])


def payment_method_label(method: PaymentMethod) -> str:
    return QCoreApplication.translate("PaymentMethod", _PAYMENT_METHODS[method])
