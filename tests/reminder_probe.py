"""A reminder's whole path, for tests/test_offline.py to watch under strace: a real window on a book with a
follow-up due, its reminders started as Carnet starts them (`start_reminders`, the desktop's notifier chosen
from the session bus named by DBUS_SESSION_BUS_ADDRESS), the notification clicked by the daemon there
(tests/notification_daemon.py --click) and the contact shown.

``python tests/reminder_probe.py WORK_FOLDER``, with QT_QPA_PLATFORM=offscreen; prints one JSON line: the
contact followed up, the one the panel shows once the notification was clicked, and the notifiers used.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import date, datetime
from datetime import time as day_time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from carnet import paths
from carnet.domain.enums import Stage
from carnet.services import ContactDraft, create_contact
from carnet.services.follow_ups import set_follow_up
from carnet.storage import Database
from carnet.ui.desktop_notifications import DBusNotifier, NotifierChain
from carnet.ui.main_window import MainWindow
from carnet.ui.reminders import start_reminders

CLICK_TIMEOUT_S = 20
DAY = date(2026, 3, 31)


def main() -> None:
    folder = Path(sys.argv[1])
    paths.override_base_dir(folder / "carnet-home")  # settings and logs stay out of the user's folders
    app = QApplication([sys.argv[0]])
    with Database.open(folder / "carnet.sqlite3") as database:
        contact = create_contact(database, ContactDraft(display_name="Karim Benali", organisation="Benali & Fils",
                                                        stage=Stage.PROSPECT))
        assert contact.id is not None
        set_follow_up(database, contact.id, DAY, day_time(10, 0), "Quote for the shop front")
        window = MainWindow(database)
        window.show()
        window.controller.load()
        scheduler = start_reminders(window, now=lambda: datetime.combine(DAY, day_time(10, 1)))
        deadline = time.monotonic() + CLICK_TIMEOUT_S
        while window.panel.contact_id != contact.id and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        notifier = scheduler.notifier
        used = [type(item).__name__ for item in notifier.notifiers] if isinstance(notifier, NotifierChain) else []
        report = {"contact": contact.id, "shown": window.panel.contact_id, "notifiers": used,
                  "dbus": any(isinstance(item, DBusNotifier) for item in getattr(notifier, "notifiers", []))}
        scheduler.stop()
        window.close()
    print(json.dumps(report), flush=True)


if __name__ == "__main__":
    main()
