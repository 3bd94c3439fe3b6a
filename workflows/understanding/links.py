"""Booking links (Calendly, cal.com, Microsoft Bookings, HubSpot, Google, …)."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from workflows.understanding.quotes import before_closing
from workflows.understanding.vocab import URL_START

# A link to open, not only to erase (``vocab.URL``): it ends before a bracket or a quote mark
# ("(see https://calendly.com/kim)", 'href="…"'), and a runaway one is cut short.
_URL = re.compile(rf"{URL_START}[^\s<>\"'()\[\]]{{1,2000}}", re.IGNORECASE)
_BARE_HOSTS = re.compile(
    r"(?<![\w@./])(?:calendly\.com|cal\.com|savvycal\.com|tidycal\.com"
    r"|zcal\.co)/[^\s<>\"'()\[\]]{1,500}",
    re.IGNORECASE,
)
# (host suffix, path prefix or "" for any path); matched on the lower-cased URL.
_BOOKING_SITES: tuple[tuple[str, str], ...] = (
    ("calendly.com", "/"),
    ("cal.com", "/"),
    ("savvycal.com", "/"),
    ("tidycal.com", "/"),
    ("zcal.co", "/"),
    ("youcanbook.me", ""),
    ("acuityscheduling.com", ""),
    ("as.me", ""),
    ("chilipiper.com", ""),
    ("meetings.hubspot.com", "/"),
    ("meetings-eu1.hubspot.com", "/"),
    ("calendar.app.google", "/"),
    ("calendar.google.com", "/calendar/appointments"),
    ("calendar.google.com", "/calendar/u/0/appointments"),
    ("outlook.office365.com", "/owa/calendar/"),
    ("outlook.office.com", "/bookwithme"),
    ("outlook.office.com", "/book/"),
    ("outlook.office365.com", "/book/"),
    ("bookings.microsoft.com", ""),
    ("book.ms", ""),
    ("doodle.com", "/bp/"),
    ("doodle.com", "/mm/"),
    ("koalendar.com", "/e/"),
    ("scheduler.zoom.us", "/"),
)
_TRAILING = ".,;:!?)»”’'"
# Microsoft Defender rewrites every link in mail as a redirect through this host.
_SAFELINKS_HOST = "safelinks.protection.outlook.com"


def _unwrapped(url: str) -> str:
    """The target of a link-protection wrapper (Outlook SafeLinks), else ``url``."""
    parts = urlsplit(url)
    if (parts.hostname or "").lower().endswith(_SAFELINKS_HOST):
        target = parse_qs(parts.query).get("url", [""])[0]
        if target.lower().startswith(("http://", "https://")):
            return target
    return url


def _is_booking(url: str) -> bool:
    parts = urlsplit(url if "://" in url else f"https://{url}")
    host = (parts.hostname or "").lower()
    path = parts.path.lower()
    if host.endswith(".calendly.com"):
        return True
    return any(
        (host == site or host.endswith(f".{site}")) and path.startswith(prefix) and len(path) > 1
        for site, prefix in _BOOKING_SITES
    )


# Whom a booking page is kept for, when it is not the person writing in: "Sales demos:
# <link>", "<link> (for customers)", "Office hours for my students: <link>", "Partners: <link>".
_AUDIENCE = (
    r"(?:customers?|clients?|partners?|vendors?|patients?|students?|demos?|sales|support"
    r"|onboarding|discovery[ \t]+calls?|walkthroughs?)\b"
)
# "<link> (for customers)", "<link> - reserved for our partners": the words just after the link.
_FOR_OTHERS_AFTER = re.compile(
    r"^[ \t]*[(\[]?[ \t]*[-–—:]?[ \t]*(?:only[ \t]+|reserved[ \t]+)?for[ \t]+"
    r"(?:(?:our|my|existing|new|paying|prospective)[ \t]+)?(?:(?:sales|product)[ \t]+)?"
    + _AUDIENCE,
    re.IGNORECASE,
)
# "Partners: <link>", "Office hours for my students: <link>", "Our sales team's calendar is
# <link> if you want a walkthrough", "talk to Omar instead; his calendar is <link>": any word
# earlier on the link's line that says whom the page is for (not the user) or whose it is (not
# the sender's), with or without a colon (hunt 47). "Partners and friends, grab a slot: <link>"
# is dropped too, as "Customers and friends, …" always was: dropping a link only ever takes an
# accept away, and a page the sender also keeps for partners is no sure offer to the user.
_FOR_OTHERS_EARLIER = re.compile(
    r"\b"
    + _AUDIENCE
    + r"|\b(?:his|her|their|colleague['’]?s)[ \t]+(?:calendar|calendly|booking|link)",
    re.IGNORECASE,
)


# "Kai Berg, Partner | <link>", "Jo Lee | Hudson Climate Partners | <link>": a capitalised
# audience word after a comma, or after a capitalised word that does not open the line, is a
# title or a firm's name in a signature, not whom the page is for ("Product Demos: <link>",
# "Our Sales team's page: <link>" still are).
_TITLE_OR_FIRM_BEFORE = re.compile(r"(?:,|\S[ \t]+[A-Z][\w'’&.-]*)[ \t]+$")


def _names_others(text: str, line_start: int, start: int) -> bool:
    """Whether a word on the link's line, before it, names whom the page is kept for."""
    for match in _FOR_OTHERS_EARLIER.finditer(text, line_start, start):
        if not (
            match.group()[0].isupper()
            and _TITLE_OR_FIRM_BEFORE.search(text, line_start, match.start())
        ):
            return True
    return False


def _kept_for_others(text: str, start: int, end: int) -> bool:
    """Whether the words around a link on its line say it is for someone else."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    after = text[end : None if line_end < 0 else line_end]
    return bool(_FOR_OTHERS_AFTER.search(after) or _names_others(text, line_start, start))


def find_scheduling_link(*texts: str) -> str | None:
    """The first booking URL in the texts, searched in order; ``None`` if none.

    A link marked as kept for others ("(for customers)") is passed over.
    """
    for text in texts:
        for pattern in (_URL, _BARE_HOSTS):
            for match in pattern.finditer(text):
                url = match.group(0).rstrip(_TRAILING)
                if _kept_for_others(text, match.start(), match.end()):
                    continue
                try:
                    url = _unwrapped(url)
                    booking = _is_booking(url)
                except ValueError:  # a malformed port or IPv6 host
                    continue
                if booking:
                    return url if url.lower().startswith("http") else f"https://{url}"
    return None


# "Grab any time on my calendar (link below)": the body points at the link in the signature.
# "Before we pick a time - could you send your resume?" holds the booking back.
_POINTS_AT_LINK = re.compile(
    r"(?<!\bbefore[ \t]we[ \t])(?<!\bbefore[ \t]i[ \t])"
    r"\b(?:book|grab|pick|choose|schedule|find)[ \t]+(?:a[ \t]+|any[ \t]+|some[ \t]+)?"
    r"(?:time|slot)\b|\b(?:calendar|booking|scheduling)[ \t]+link\b|\bmy[ \t]+calendly\b"
    # "Escolhe um horário na minha agenda", "elige un hueco", "choisissez un créneau": the same
    # ask, in the user's other languages (the imperative: "je choisirai un créneau" is no ask).
    r"|\b(?:escolh[ae]|elige|escoge|choisis(?:sez)?|réservez|wählen[ \t]+Sie|scegli)[ \t]+"
    r"(?:um|uma|un|una|einen)[ \t]+(?:horário|horario|hueco|créneau|Termin|orario)\b",
    re.IGNORECASE,
)
_LINK_BELOW = re.compile(
    r"\blink[ \t]+below\b|\bbelow[ \t]+link\b"
    r"|\blink[ \t]+(?:(?:aqui|aquí|de|qui)[ \t]+)?(?:embaixo|abaixo|abajo|sotto)\b"
    r"|\b(?:lien|enlace)[ \t]+(?:ci-dessous|(?:de[ \t]+)?abajo)\b|\bLink[ \t]+unten\b"
    # "Via le lien dans ma signature", "the link in my signature": the signature's link, named
    # as the one meant (a link there with no such pointer is not the answer).
    r"|\b(?:the[ \t]+)?link[ \t]+(?:in|at[ \t]+the[ \t]+bottom[ \t]+of)[ \t]+my[ \t]+"
    r"(?:e-?mail[ \t]+)?signature\b"
    r"|\blien[ \t]+(?:dans|de|en[ \t]+bas[ \t]+de)[ \t]+ma[ \t]+signature\b"
    r"|\benlace[ \t]+(?:en|de)[ \t]+mi[ \t]+firma\b"
    r"|\blink[ \t]+(?:nella|della)[ \t]+mia[ \t]+firma\b"
    r"|\blink[ \t]+(?:na|da)[ \t]+minha[ \t]+assinatura\b"
    r"|\bLink[ \t]+in[ \t]+meiner[ \t]+(?:E-?Mail-?)?Signatur\b"
    r"|\blink[ \t]+in[ \t]+mijn[ \t]+(?:handtekening|signatuur)\b",
    re.IGNORECASE,
)
# "I'll call you on Zoom, link below": the link below is the call's, not a booking page.
_CALL_WORDS = re.compile(
    r"\b(?:zoom|google[ \t]+meet|teams|webex|whereby|hangouts?|video|dial-?in)\b", re.IGNORECASE
)


# "Drop me a line and I'll find time": the writer finds the time himself, so the
# words do not send the reader to a booking page.
_WRITER_DOES_IT = re.compile(
    r"\b(?:i|we)(?:[ \t]*['’](?:ll|d)|[ \t]+(?:will|would|can|could|shall))[ \t]+$",
    re.IGNORECASE,
)


def points_at_link(body: str) -> bool:
    """Whether ``body`` sends the reader to a booking page ("grab a time on my calendar")."""
    for match in _POINTS_AT_LINK.finditer(body):
        if not _WRITER_DOES_IT.search(body, 0, match.start()):
            return True
    for below in _LINK_BELOW.finditer(body):
        start = max(body.rfind(end, 0, below.start()) for end in ".!?\n") + 1
        if not _CALL_WORDS.search(body, start, below.start()):
            return True
    return False


def answer_link(reply: str, signature: str) -> str | None:
    """The booking link that answers: in the reply, or in the signature if the reply points at it.

    A link only in a signature is not the answer ("Book time with me" under
    every mail the sender writes), unless the reply itself says to book.
    """
    body = before_closing(reply)
    link = find_scheduling_link(body)
    if link is None and points_at_link(body):
        link = find_scheduling_link(reply, signature)
    return link
