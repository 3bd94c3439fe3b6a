"""Gmail's search language (the ``q`` parameter), for the operators a connector uses.

Supported: ``from: to: cc: bcc:`` (address or part of the header), ``subject:``,
``in:`` / ``label:`` / ``is:``, ``after: before:`` (epoch seconds or yyyy/mm/dd),
``newer_than: older_than:`` (Nd, Nm, Ny), ``rfc822msgid:``, ``has:attachment``,
``OR``, ``{a b}`` (any of), ``(a b)`` (all of), ``-term`` and free words (matched
in subject and body). Unknown ``x:y`` tokens are free words, as Gmail treats them.
Address terms use the mailbox's index so a search over 20,000 messages stays fast.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from connectors.sandbox.apierror import bad_request
from connectors.sandbox.mailstore import MailStore, StoredMessage

_TOKEN = re.compile(r'(?P<q>"[^"]*")|(?P<p>[(){}])|(?P<w>[^\s(){}"]+(?:"[^"]*")?)')
_ADDRESS_FIELDS = ("from", "to", "cc", "bcc")
_OPERATORS = {
    *_ADDRESS_FIELDS,
    "subject",
    "in",
    "label",
    "is",
    "after",
    "before",
    "newer_than",
    "older_than",
    "rfc822msgid",
    "has",
}
_IS_LABELS = {"unread": "UNREAD", "starred": "STARRED", "important": "IMPORTANT"}
_UNIT_SECONDS = {"d": 86400, "m": 30 * 86400, "y": 365 * 86400}


class Node:
    """A predicate over messages."""

    def test(self, msg: StoredMessage) -> bool:
        """Whether ``msg`` matches."""
        raise NotImplementedError

    def candidates(self, store: MailStore) -> set[str] | None:
        """A superset of the matching ids from an index, or None when no index helps."""
        return None


@dataclass
class All(Node):
    """Every child matches."""

    children: list[Node]

    def test(self, msg: StoredMessage) -> bool:
        """See :class:`Node`."""
        return all(c.test(msg) for c in self.children)

    def candidates(self, store: MailStore) -> set[str] | None:
        """The intersection of the children's index answers."""
        found: set[str] | None = None
        for child in self.children:
            ids = child.candidates(store)
            if ids is not None:
                found = ids if found is None else found & ids
        return found


@dataclass
class Any_(Node):
    """Some child matches."""

    children: list[Node]

    def test(self, msg: StoredMessage) -> bool:
        """See :class:`Node`."""
        return any(c.test(msg) for c in self.children)

    def candidates(self, store: MailStore) -> set[str] | None:
        """The union, when every child has an index answer."""
        found: set[str] = set()
        for child in self.children:
            ids = child.candidates(store)
            if ids is None:
                return None
            found |= ids
        return found


@dataclass
class Not(Node):
    """The child does not match."""

    child: Node

    def test(self, msg: StoredMessage) -> bool:
        """See :class:`Node`."""
        return not self.child.test(msg)


@dataclass
class Term(Node):
    """One ``operator:value`` (operator None for a free word)."""

    op: str | None
    value: str

    def test(self, msg: StoredMessage) -> bool:
        """See :class:`Node`."""
        op, value, parsed = self.op, self.value.lower(), msg.parsed
        if op in _ADDRESS_FIELDS:
            if "@" in value:
                return value in parsed.addresses[op]
            return value in (parsed.header(op) or "").lower()
        if op == "subject":
            return value in parsed.subject.lower()
        if op in ("in", "label"):
            return value == "anywhere" or _label(value) in msg.labels
        if op == "is":
            if value == "read":
                return "UNREAD" not in msg.labels
            return _IS_LABELS.get(value, value.upper()) in msg.labels
        if op in ("after", "newer_than"):
            return msg.internal_date >= self._epoch_ms()
        if op in ("before", "older_than"):
            return msg.internal_date < self._epoch_ms()
        if op == "rfc822msgid":
            return parsed.message_id == _bracketed(self.value)
        if op == "has":
            return value == "attachment" and b"content-disposition: attachment" in msg.raw.lower()
        return value in parsed.text

    def candidates(self, store: MailStore) -> set[str] | None:
        """Index answers for exact addresses and Message-IDs."""
        if self.op in _ADDRESS_FIELDS and "@" in self.value:
            return store.by_address(self.op, self.value.lower())
        if self.op == "rfc822msgid":
            return store.by_msgid(_bracketed(self.value))
        return None

    def _epoch_ms(self) -> int:
        value = self.value
        if self.op in ("newer_than", "older_than"):
            found = re.fullmatch(r"(\d+)([dmy])", value.lower())
            if not found:
                raise bad_request(f"Invalid {self.op} value: {value}", "q")
            span = int(found.group(1)) * _UNIT_SECONDS[found.group(2)]
            return int((time.time() - span) * 1000)
        if value.isdigit():
            return int(value) * 1000
        for fmt in ("%Y/%m/%d", "%Y-%m-%d"):
            try:
                return int(datetime.strptime(value, fmt).replace(tzinfo=UTC).timestamp() * 1000)
            except ValueError:
                continue
        raise bad_request(f"Invalid date in search: {self.op}:{value}", "q")


def _label(value: str) -> str:
    return {"drafts": "DRAFT", "draft": "DRAFT", "chats": "CHAT"}.get(value, value.upper())


def _bracketed(value: str) -> str:
    value = value.strip()
    return value if value.startswith("<") else f"<{value}>"


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens = [m.group(0) for m in _TOKEN.finditer(text)]
        self.pos = 0

    def peek(self) -> str | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def next(self) -> str:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def sequence(self, field: str | None, stop: str | None) -> list[Node]:
        nodes: list[Node] = []
        while (token := self.peek()) is not None and token != stop:
            nodes.append(self.alternatives(field))
        if stop is not None:
            if self.peek() != stop:
                raise bad_request(f"Unbalanced brackets in search query: missing {stop}", "q")
            self.next()
        return nodes

    def alternatives(self, field: str | None) -> Node:
        options = [self.unary(field)]
        while self.peek() == "OR":
            self.next()
            if self.peek() is None:
                break
            options.append(self.unary(field))
        return options[0] if len(options) == 1 else Any_(options)

    def unary(self, field: str | None) -> Node:
        token = self.peek()
        if token == "-":
            self.next()
            return Not(self.unary(field))
        if token is not None and token.startswith("-") and len(token) > 1:
            self.tokens[self.pos] = token[1:]
            return Not(self.unary(field))
        return self.atom(field)

    def atom(self, field: str | None) -> Node:
        token = self.next()
        if token == "(":
            return All(self.sequence(field, ")"))
        if token == "{":
            return Any_(self.sequence(field, "}"))
        if token in (")", "}"):
            raise bad_request(f"Unbalanced brackets in search query: unexpected {token}", "q")
        op, sep, value = token.partition(":")
        if sep and op.lower() in _OPERATORS and field is None:
            if not value:
                if self.peek() in ("(", "{"):
                    return self.atom(op.lower())
                return All([])
            return Term(op.lower(), value.strip('"'))
        return Term(field, token.strip('"'))


def compile_query(text: str) -> Node:
    """Parse a ``q`` string into a predicate (an empty string matches everything)."""
    parser = _Parser(text)
    return All(parser.sequence(None, None))


def search(store: MailStore, node: Node, ids: Iterable[str] | None = None) -> list[StoredMessage]:
    """Matching messages, newest first."""
    candidates = node.candidates(store)
    pool: Iterable[str] = ids if ids is not None else store.messages.keys()
    if candidates is not None:
        pool = [i for i in pool if i in candidates] if ids is not None else candidates
    found = [store.messages[i] for i in pool if i in store.messages]
    matched = [m for m in found if node.test(m)]
    matched.sort(key=lambda m: (m.internal_date, m.id), reverse=True)
    return matched
