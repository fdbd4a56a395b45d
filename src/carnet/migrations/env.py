"""Alembic environment: always run on the connection Carnet passes in ``config.attributes``."""

from alembic import context

from carnet.domain.models import SQLModel

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: rebuild the table instead
)
with context.begin_transaction():
    context.run_migrations()
