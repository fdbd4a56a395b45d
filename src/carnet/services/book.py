"""The book's own settings, stored in the database file (they travel with it): its home currency, and the
one reader and writer of any such setting (`book_setting`, `set_book_setting`: the follow-up sequences)."""

from __future__ import annotations

from carnet.domain.models import DEFAULT_CURRENCY, BookSetting
from carnet.domain.validation import check_currency
from carnet.storage import Database

HOME_CURRENCY = "home_currency"


def book_setting(db: Database, key: str) -> str | None:
    """The book's setting ``key``, None if it was never set."""
    with db.reading() as session:
        setting = session.get(BookSetting, key)
    return None if setting is None else setting.value


def set_book_setting(db: Database, key: str, value: str) -> None:
    """Set the book's setting ``key`` (one transaction)."""
    with db.transaction() as session:
        setting = session.get(BookSetting, key)
        if setting is None:
            session.add(BookSetting(key=key, value=value))
        else:
            setting.value = value


def home_currency(db: Database) -> str | None:
    """The book's home currency (ISO code), None if it was never set (a book made before Carnet asked)."""
    return book_setting(db, HOME_CURRENCY)


def home_currency_or_default(db: Database) -> str:
    return home_currency(db) or DEFAULT_CURRENCY


def set_home_currency(db: Database, code: str) -> str:
    """Set the home currency (checked: three letters); returns it as stored."""
    currency = check_currency(code)
    set_book_setting(db, HOME_CURRENCY, currency)
    return currency


def currency_for(db: Database, contact_id: int | None) -> str:
    """The currency a new payment of this contact starts in: the one they last paid or were quoted in (a
    Swiss client pays in francs), else the book's home currency."""
    if contact_id is not None:
        from sqlmodel import col, select

        from carnet.domain.models import Payment

        with db.reading() as session:
            last = session.exec(
                select(Payment.currency).where(Payment.contact_id == contact_id).order_by(col(Payment.id).desc())
            ).first()
        if last:
            return str(last)
    return home_currency_or_default(db)


def most_used_currency(db: Database) -> str | None:
    """The currency most payments of this book are in (a book kept before Carnet asked), None if it has none."""
    from sqlalchemy import func
    from sqlmodel import select

    from carnet.domain.models import Payment

    with db.reading() as session:
        row = session.exec(
            select(Payment.currency).group_by(Payment.currency).order_by(func.count().desc()).limit(1)
        ).first()
    return None if row is None else str(row)
