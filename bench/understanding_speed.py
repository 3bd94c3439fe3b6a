"""How long ``understand()`` takes per message: the labelled replies and a few big ones.

Run: ``.venv/bin/python bench/understanding_speed.py [--repeat N]``. Prints the
median, p95 and worst time per message in milliseconds (after one warm-up
pass, which pays for imports and regex compilation), plus the cold first call.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import time
from datetime import UTC, timedelta
from pathlib import Path

from connectors.errors import InputError
from workflows.understanding import understand
from workflows.understanding.evaluate import DEFAULT_FOLDER

MEETING = timedelta(minutes=30)
HEAD = (
    b"From: Bob <bob@acme.com>\r\nDate: Wed, 04 Mar 2026 09:12:00 -0800\r\nSubject: Re: hi\r\n\r\n"
)
BIG = {
    "100 KB of prose": HEAD + b"Happy to chat about the role and the team. " * 2_300,
    "long quoted thread": HEAD
    + b"Tuesday 3pm works.\r\n\r\nOn Mon, Mar 2, 2026 at 10:00 AM Ana wrote:\r\n"
    + b"> Would Tuesday 3pm or Thursday 10am work?\r\n" * 3_000,
    "1 MB of times": HEAD + b"Tuesday 3pm or Wednesday 2-4pm PT, " * 30_000,
}


def _time(raw: bytes) -> float:
    start = time.perf_counter()
    # A clean refusal (InputError) is a result too; it is timed the same.
    with contextlib.suppress(InputError):
        understand(raw, tz=UTC, meeting_length=MEETING)
    return (time.perf_counter() - start) * 1000


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    corpus = [p.read_bytes() for p in sorted(Path(DEFAULT_FOLDER).glob("*.eml"))]
    cold = _time(corpus[0])
    for raw in corpus:
        _time(raw)
    samples = sorted(_time(raw) for _ in range(args.repeat) for raw in corpus)
    p95 = samples[int(len(samples) * 0.95) - 1]
    print(f"cold first call: {cold:.1f} ms")
    median = statistics.median(samples)
    print(
        f"labelled replies ({len(corpus)} x {args.repeat}): median {median:.2f} ms,"
        f" p95 {p95:.2f} ms, worst {samples[-1]:.2f} ms"
    )
    for name, raw in BIG.items():
        print(f"{name}: {min(_time(raw) for _ in range(3)):.1f} ms")


if __name__ == "__main__":
    main()
