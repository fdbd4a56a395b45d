"""File ▸ Import…: a wizard from a CSV or vCard file to the rows to import and what to do with duplicates.

It returns a plain `ImportChoice`; the caller hands it to `services.importing.import_plan`, which writes
it all in one transaction. A CSV file gets the mapping page (columns guessed from their headers, fixable
by the user); a vCard file's fields are fixed, so its wizard starts at the check page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWizard

from carnet.domain.duplicates import DuplicateMatch
from carnet.domain.import_plan import ImportPlan
from carnet.io.csv_import import CsvFile, guess_mapping, read_csv
from carnet.services.importing import DuplicateChoice
from carnet.ui.dialogs.import_pages import CheckPage, DuplicatesPage, ImportState, MappingPage

VCARD_SUFFIXES = (".vcf", ".vcard")


def is_vcard(path: Path) -> bool:
    """A vCard file by its name, or by its first bytes (a .txt saved by a phone)."""
    if path.suffix.lower() in VCARD_SUFFIXES:
        return True
    with path.open("rb") as file:
        return file.read(64).lstrip().upper().startswith(b"BEGIN:VCARD")


@dataclass(frozen=True)
class ImportChoice:
    """What the user asked for: the plan, whether to leave bad rows out, and each duplicate's fate."""

    plan: ImportPlan
    skip_bad: bool
    duplicates: dict[int, tuple[DuplicateChoice, int]]


class ImportWizard(QWizard):
    """Raises `CarnetError` (from `read_csv`) before showing anything when the file has no header line.
    ``csv_file``: the file already read (`carnet.ui.import_flow` reads it under a progress dialog)."""

    MAPPING, CHECK, DUPLICATES = range(3)

    def __init__(self, path: Path, find_matches: Callable[[ImportPlan], dict[int, DuplicateMatch]],
                 parent: Any = None, csv_file: CsvFile | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import Contacts from %1").replace("%1", path.name))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        read_plan: Callable[[], ImportPlan] | None = None
        if is_vcard(path):
            from carnet.io.vcard_import import read_vcards

            self.state = ImportState(csv_file=None)
            read_plan = partial(read_vcards, path)  # read when the check page is shown
        else:
            csv_file = csv_file or read_csv(path)
            self.state = ImportState(csv_file=csv_file, mapping=guess_mapping(csv_file.headers))
            self.setPage(self.MAPPING, MappingPage(self.state, self))
        self.check_page = CheckPage(self.state, read_plan, find_matches, self)
        self.duplicates_page = DuplicatesPage(self.state, self)
        self.setPage(self.CHECK, self.check_page)
        self.setPage(self.DUPLICATES, self.duplicates_page)
        self.setStartId(self.CHECK if read_plan else self.MAPPING)
        self.resize(800, 640)

    def nextId(self) -> int:
        if self.currentId() == self.CHECK:
            return self.DUPLICATES if self.state.matches else -1
        return super().nextId()

    def choice(self) -> ImportChoice:
        plan = self.state.plan
        assert plan is not None
        decisions = self.duplicates_page.decisions() if self.state.matches else {}
        return ImportChoice(plan, self.check_page.skip_bad.isChecked(), decisions)
