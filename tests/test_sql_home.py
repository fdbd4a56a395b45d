"""The hand-written SQL's shared pieces (`carnet.storage.sql`) agree with what the ORM writes."""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys
from datetime import UTC, date, datetime

import pytest

from carnet.domain.enums import PaymentStatus, Stage
from carnet.domain.rules import payment_date
from carnet.domain.types import STORED_TIME_FORMAT
from carnet.services import ContactDraft, create_contact
from carnet.services.hot_sql import stored_time
from carnet.storage import Database
from carnet.storage.sql import dashboard
from carnet.storage.sql.common import PAYMENT_DATE


def test_stored_time_format_is_what_the_orm_writes(db: Database) -> None:
    contact = create_contact(db, ContactDraft(display_name="Ada", stage=Stage.LEAD))
    (stored,) = db.reader().execute("SELECT created_at FROM contact WHERE id = ?", (contact.id,)).fetchone()
    written = datetime.strptime(stored, STORED_TIME_FORMAT).replace(tzinfo=UTC)
    assert stored_time(written) == stored
    assert stored_time(datetime(2025, 1, 31, 9, 15, tzinfo=UTC)) == "2025-01-31 09:15:00.000000"


def test_the_first_paint_and_the_exporters_read_their_sql_without_the_orm() -> None:
    # `carnet.storage.sql.board`, `.dashboard`, `.export` and `.common` must not pull SQLAlchemy in: the
    # board paints, and the window imports the exporters, before any session is opened. Nor must the
    # window's own modules (a module-level import of a service once added 0.3 s to every start).
    code = (
        "import sys, carnet.services.board_read, carnet.services.dashboard_read, carnet.io.csv_export, "
        "carnet.io.vcard_export, carnet.ui.main_window; "
        "print(sorted(n for n in ('sqlalchemy', 'sqlmodel') if n in sys.modules))"
    )
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert found.strip() == "[]"


# --- every statement names columns and tables the schema has -------------------------------------

_SQL_MODULES = ("board", "common", "dashboard", "duplicates", "export", "follow_ups", "moves", "receipts", "reports",
                "retention", "search")
_STATEMENT_START = ("SELECT", "UPDATE", "INSERT", "DELETE")


def _statements() -> dict[str, str]:
    """Every statement of `carnet.storage.sql`: its texts, and what its builders return for two ids."""
    found: dict[str, str] = {}
    for module_name in _SQL_MODULES:
        module = importlib.import_module(f"carnet.storage.sql.{module_name}")
        for name, value in vars(module).items():
            if isinstance(value, str) and value.lstrip().upper().startswith(_STATEMENT_START):
                found[f"{module_name}.{name}"] = value
            elif inspect.isfunction(value) and value.__module__ == module.__name__ and not name.startswith("_"):
                parameters = inspect.signature(value).parameters
                if list(parameters) == ["count"]:
                    for count in (None, 2) if "None" in str(parameters["count"].annotation) else (2,):
                        built = value(count)
                        if built.lstrip().upper().startswith(_STATEMENT_START):  # not `common.marks`
                            found[f"{module_name}.{name}({count})"] = built
    return found


def test_the_statements_are_found() -> None:
    # The collection below must see the statements it is meant to check, builders included.
    names = set(_statements())
    assert {"board.ALL_CARDS", "board.cards_by_id(2)", "board.paid_by_contact(None)", "moves.PLACE",
            "dashboard.PAYMENTS", "reports.REFERRAL_REVENUE_IN_YEAR", "common.BOARD_CONTACT_COUNT"} <= names
    assert len(names) >= 30


@pytest.mark.parametrize("name", sorted(_statements()))
def test_every_statement_prepares_on_the_migrated_schema(db: Database, name: str) -> None:
    # The migrated schema is the models' (test_storage.test_migrated_schema_matches_the_models), so a column
    # or table renamed in `carnet.domain.models` without the SQL following fails here: SQLite refuses to
    # prepare a statement naming a column that does not exist. EXPLAIN prepares without running or writing.
    reader = db.reader()
    reader.create_function(dashboard.REFUSE, 5, lambda *args: None)
    statement = _statements()[name]
    marks = statement.count("?")
    reader.execute(f"EXPLAIN {statement}", (None,) * marks).fetchall()


@pytest.mark.parametrize("status", list(PaymentStatus))
def test_the_payment_date_rule_is_the_same_in_python_and_in_sql(db: Database, status: PaymentStatus) -> None:
    days = (None, date(2026, 3, 1), date(2026, 3, 9))
    reader = db.reader()
    for issued_on in days:
        for paid_on in days:
            (in_sql,) = reader.execute(
                f"SELECT {PAYMENT_DATE} FROM (SELECT ? AS status, ? AS issued_on, ? AS paid_on)",
                (status.value, issued_on and issued_on.isoformat(), paid_on and paid_on.isoformat()),
            ).fetchone()
            expected = payment_date(status, issued_on, paid_on)
            assert in_sql == (expected and expected.isoformat()), (status, issued_on, paid_on)
