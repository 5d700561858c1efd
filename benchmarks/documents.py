"""Warm rendering times and peak memory of official documents.

    DJANGO_SETTINGS_MODULE=tdkt.settings.base .venv/bin/python benchmarks/documents.py

Aims: a typical plan < 0.5 s warm, a decision with a 1,000-row list < 8 s, < 300 MB.
"""

import os
import resource
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tdkt.settings.base")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402

from documents.examples import decision, example  # noqa: E402
from documents.services import render_document  # noqa: E402


def three_page_plan():
    data = example("cai_rang")
    data["tasks"] = data["tasks"][:6]
    return data


def thirty_task_plan():
    data = example("cai_rang")
    tasks = []
    for i in range(30):
        task = dict(data["tasks"][i % len(data["tasks"])])
        task["order"] = i + 1
        task["quarter"] = i * 4 // 30 + 1
        tasks.append(task)
    data["tasks"] = tasks
    return data


CASES = [
    ("Kế hoạch ~3 trang", "plan", three_page_plan),
    ("Kế hoạch 30 nhiệm vụ", "plan", thirty_task_plan),
    ("Quyết định + 1.000 dòng", "decision", lambda: decision(rows=1000)),
]


def measure(kind, data, fmt, repeat):
    render_document(kind=kind, data=data, fmt=fmt)  # warm: templates, fonts, imports
    start = time.perf_counter()
    for _ in range(repeat):
        rendered = render_document(kind=kind, data=data, fmt=fmt)
    elapsed = (time.perf_counter() - start) / repeat
    # Memory in a separate run: tracemalloc slows Python code down several times.
    tracemalloc.start()
    render_document(kind=kind, data=data, fmt=fmt)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return elapsed, peak / 2**20, rendered


def main():
    settings.DOCUMENT_MAX_PAGES = max(settings.DOCUMENT_MAX_PAGES, 300)
    print(
        f"{'văn bản':<26}{'định dạng':<10}{'trang':>6}{'thời gian (s)':>15}{'đỉnh Python (MB)':>18}"
    )
    for label, kind, build in CASES:
        data = build()
        for fmt in ("pdf", "docx"):
            repeat = 1 if kind == "decision" else 3
            elapsed, peak, rendered = measure(kind, data, fmt, repeat)
            pages = rendered.pages if rendered.pages is not None else "-"
            print(f"{label:<26}{fmt:<10}{pages!s:>6}{elapsed:>15.2f}{peak:>18.1f}")
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"RSS tối đa của tiến trình: {maxrss:.0f} MB")


if __name__ == "__main__":
    main()
