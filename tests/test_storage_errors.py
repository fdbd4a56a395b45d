"""Environment failures at open give a user-facing message, not a traceback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from carnet.domain import ArchiveReason, Contact, Stage
from carnet.domain.errors import InvalidInput, RuleViolation
from carnet.services import ContactDraft, Placement, archive_contacts, create_contact, place_contacts, update_contact
from carnet.storage import Database, StorageError


def test_a_missing_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(StorageError) as error:
        Database.open(tmp_path / "nowhere" / "carnet.sqlite3")
    assert "does not exist" in error.value.message
    assert not (tmp_path / "nowhere").exists()


def test_a_folder_carnet_may_not_write_in_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # CI runs as root, whom a read-only folder does not stop: refuse the creation the way the OS would.
    def refuse(path: object, flags: int, mode: int = 0o777) -> int:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(StorageError) as error:
        Database.open(tmp_path / "carnet.sqlite3")
    assert "cannot open" in error.value.message and "Permission denied" in error.value.message


def test_undo_cannot_move_an_archived_contact(db: Database) -> None:
    contact = create_contact(db, ContactDraft("Ana", stage=Stage.LEAD))
    archive_contacts(db, [contact.id], ArchiveReason.NO_ANSWER)
    with pytest.raises(RuleViolation):
        place_contacts(db, {contact.id: Placement(Stage.VISITOR, 0.0)})
    with db.reading() as session:
        assert session.get(Contact, contact.id).stage is Stage.LEAD


def test_a_missing_name_is_refused_as_input(db: Database) -> None:
    contact = create_contact(db, ContactDraft("Ana"))
    with pytest.raises(InvalidInput) as error:
        update_contact(db, contact.id, display_name=None)
    assert error.value.field == "display_name"
