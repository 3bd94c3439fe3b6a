"""Notes gain a kind: a private note, a takeaway for the thank-you, or an update for the follow-up.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Apply this revision."""
    # Notes written before kinds existed were all research or records: private.
    with op.batch_alter_table("notes") as batch:
        batch.add_column(
            sa.Column("kind", sa.String(length=32), nullable=False, server_default="note")
        )


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("notes") as batch:
        batch.drop_column("kind")
