"""The set-aside table (messages and events the sync could not ingest); outbox claims.

The outbox gains ``outage`` (parked while its provider failed, probed) and
``owner``/``fence`` (who holds the claim, and its fencing token).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "set_aside",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("provider_id", sa.String(length=200), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("record", sa.JSON(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_set_aside_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_set_aside_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_set_aside")),
        sa.UniqueConstraint(
            "account_id",
            "kind",
            "provider_id",
            name=op.f("uq_set_aside_account_id_kind_provider_id"),
        ),
    )
    op.create_index(op.f("ix_set_aside_contact_id"), "set_aside", ["contact_id"], unique=False)
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(
            sa.Column("outage", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(sa.Column("owner", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("fence", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    """Undo this revision."""
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("fence")
        batch.drop_column("owner")
        batch.drop_column("outage")
    op.drop_index(op.f("ix_set_aside_contact_id"), table_name="set_aside")
    op.drop_table("set_aside")
