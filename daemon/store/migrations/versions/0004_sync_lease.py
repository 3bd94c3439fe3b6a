"""Accounts gain a sync lease: which worker syncs the account, and until when.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("accounts") as batch:
        batch.add_column(sa.Column("sync_owner", sa.String(length=80), nullable=True))
        batch.add_column(sa.Column("sync_until", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("accounts") as batch:
        batch.drop_column("sync_until")
        batch.drop_column("sync_owner")
