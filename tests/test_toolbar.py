"""The main toolbar (issue 16, item 2): the menus' own actions with icons, text under the icons as the user
chooses (kept across starts), and the board filter's toggles as real buttons that show when they are on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from carnet.storage import Database
from carnet.ui.contact_actions import ContactActions
from carnet.ui.main_window import MainWindow
from carnet.ui.toolbar import TEXT_SETTING


def window_on(qtbot: QtBot, db: Database) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_toolbar_holds_the_menus_own_actions_with_icons(qtbot: QtBot, db: Database) -> None:
    window = window_on(qtbot, db)
    actions = [action for action in window.toolbar.actions() if not action.isSeparator()]
    menus = window.contact_menu_actions
    assert actions == [menus["new"], menus["log"], menus["pay"], window.import_action, window.search_action]
    assert [action.iconText() for action in actions] == [
        "New Contact", "Log Interaction", "Record Payment", "Import", "Search"]
    assert all(not action.icon().isNull() for action in actions)
    assert all(not action.icon().pixmap(22, 22).isNull() for action in actions)  # the drawings render
    assert menus["new"].text() == "&New Contact…"  # the menu keeps its own wording
    assert window.search_action.shortcut().toString() == "Ctrl+K"
    assert "Ctrl+K" in window.search_action.toolTip()


def test_a_toolbar_button_does_what_the_menu_entry_does(qtbot: QtBot, db: Database, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(ContactActions, "new_contact", lambda self: opened.append("new"))
    window = window_on(qtbot, db)
    # The action was connected when the menu was built: the patched method is looked up at the click.
    button = window.toolbar.widgetForAction(window.contact_menu_actions["new"])
    assert isinstance(button, QToolButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened == ["new"]


def test_text_under_the_icons_is_the_users_choice_and_is_kept(qtbot: QtBot, db: Database) -> None:
    window = window_on(qtbot, db)
    assert window.toolbar.toolButtonStyle() is Qt.ToolButtonStyle.ToolButtonTextUnderIcon
    window.toolbar_text_action.trigger()
    assert window.toolbar.toolButtonStyle() is Qt.ToolButtonStyle.ToolButtonIconOnly
    window.close()
    again = window_on(qtbot, db)
    assert not again.toolbar_text_action.isChecked()
    assert again.toolbar.toolButtonStyle() is Qt.ToolButtonStyle.ToolButtonIconOnly
    again.toolbar_text_action.trigger()
    from carnet.ui.settings import app_settings

    assert str(app_settings().value(TEXT_SETTING)) == "true"


def test_the_filter_toggles_are_buttons_that_show_they_are_on(qtbot: QtBot, db: Database) -> None:
    window = window_on(qtbot, db)
    toggles = [*window.filter_bar.temperature_buttons.values(), window.filter_bar.overdue, window.filter_bar.stale]
    assert all(button.isCheckable() and not button.autoRaise() for button in toggles)
    qtbot.mouseClick(window.filter_bar.overdue, Qt.MouseButton.LeftButton)
    assert window.filter_bar.overdue.isChecked() and window.filter_bar.current().overdue_only
    qtbot.mouseClick(window.filter_bar.overdue, Qt.MouseButton.LeftButton)
    assert not window.filter_bar.overdue.isChecked()
