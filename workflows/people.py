"""A person a reply points to: read by the understanding layer, carried by pipeline events."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Referral:
    """A person the sender points the user to; they may become a new contact."""

    name: str
    email: str | None = None

    def to_json(self) -> dict[str, str | None]:
        """The referral as a plain mapping."""
        return {"name": self.name, "email": self.email}
