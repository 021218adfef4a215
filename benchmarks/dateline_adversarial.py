"""Time detect_publication_date on adversarial inputs of growing size.

Run: ``.venv/bin/python benchmarks/dateline_adversarial.py``. Each row doubles the input; the
time should grow at most linearly (in practice it stays flat, since only bounded windows at
the top and bottom of the text are read). A superlinear column would mean regex backtracking
or a scan that is not bounded.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from timeline.dateline import detect_publication_date

PATTERNS: dict[str, Callable[[int], str]] = {
    "'March 22, ' * n": lambda n: "March 22, " * n,
    "'Published ' * n": lambda n: "Published " * n,
    "'Published ' * n + date": lambda n: "Published " * n + "March 22, 2024",
    "'By Jane ' * n": lambda n: "By Jane " * n,
    "'WASHINGTON, ' * n": lambda n: "WASHINGTON, " * n,
    "'1/' * n": lambda n: "1/" * n,
    "'Copyright © ' * n": lambda n: "Copyright © " * n,
    "'a: b\\n' * n": lambda n: "a: b\n" * n,
    "'---\\n' + 'k: v\\n' * n": lambda n: "---\n" + "k: v\n" * n,
}
SIZES = [1_000, 10_000, 100_000, 1_000_000]


def _best_of(text: str, repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        detect_publication_date(text)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    detect_publication_date("warm-up: compile the patterns once")
    print(f"{'input':<28}" + "".join(f"{f'n={n:,}':>14}" for n in SIZES))
    for label, make in PATTERNS.items():
        row = [_best_of(make(n)) for n in SIZES]
        print(f"{label:<28}" + "".join(f"{t * 1000:>12.3f}ms" for t in row))


if __name__ == "__main__":
    main()
