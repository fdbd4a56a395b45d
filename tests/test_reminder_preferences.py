"""Preferences ▸ Reminders (issue 17): turning the notifications off and the hour of follow-ups without a
time, typed in the user's words, saved where the scheduler reads them."""

from __future__ import annotations

from datetime import time

from pytestqt.qtbot import QtBot

from carnet.ui.dialogs.preferences import PreferencesDialog
from carnet.ui.reminders import reminder_settings


def test_the_reminders_page_saves_what_the_scheduler_reads(qtbot: QtBot) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert reminder_settings().enabled and dialog.reminders_on.isChecked()
    dialog.tabs.setCurrentIndex(2)
    dialog.reminder_hour.clear()
    qtbot.keyClicks(dialog.reminder_hour, "8h15")
    dialog.accept()
    assert reminder_settings().hour == time(8, 15) and reminder_settings().enabled

    again = PreferencesDialog()
    qtbot.addWidget(again)
    assert again.reminder_hour.typed_time() == time(8, 15)
    again.reminders_on.setChecked(False)
    assert not again.reminder_hour.isEnabled()
    again.accept()
    assert not reminder_settings().enabled


def test_an_hour_that_is_not_one_keeps_save_off(qtbot: QtBot) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.reminder_hour.clear()
    qtbot.keyClicks(dialog.reminder_hour, "lunch")
    dialog.reminder_hour.editingFinished.emit()
    assert not dialog.ok_button.isEnabled()
    dialog.accept()  # Enter: refused, the page with the hour brought forward
    assert dialog.tabs.currentIndex() == 2
    assert reminder_settings().hour == time(9, 0)
