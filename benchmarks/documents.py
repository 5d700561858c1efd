"""Warm rendering times and peak memory of official documents.

    DJANGO_SETTINGS_MODULE=tdkt.settings.base .venv/bin/python benchmarks/documents.py

Aims: a typical plan < 0.5 s warm, a decision with a 1,000-row list < 8 s, < 300 MB. Each
case runs in a fresh process, so the peak RSS printed is that of Django plus that one render.
"""

import os
import resource
import subprocess
import sys
import time
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
    """Time ``repeat`` warm renders; runs in its own process so that its peak RSS is its own."""
    render_document(kind=kind, data=data, fmt=fmt)  # warm: templates, fonts, imports
    start = time.perf_counter()
    for _ in range(repeat):
        rendered = render_document(kind=kind, data=data, fmt=fmt)
    elapsed = (time.perf_counter() - start) / repeat
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return elapsed, peak, rendered


def run_one(index, fmt):
    label, kind, build = CASES[index]
    repeat = 1 if kind == "decision" else 3
    elapsed, peak, rendered = measure(kind, build(), fmt, repeat)
    pages = rendered.pages if rendered.pages is not None else "-"
    print(f"{label:<26}{fmt:<10}{pages!s:>6}{elapsed:>15.2f}{peak:>26.0f}", flush=True)


def main():
    settings.DOCUMENT_MAX_PAGES = max(settings.DOCUMENT_MAX_PAGES, 300)
    if len(sys.argv) == 4 and sys.argv[1] == "--one":
        run_one(int(sys.argv[2]), sys.argv[3])
        return
    print(
        f"{'văn bản':<26}{'định dạng':<10}{'trang':>6}{'thời gian (s)':>15}"
        f"{'RSS đỉnh tiến trình (MB)':>26}",
        flush=True,
    )
    for index in range(len(CASES)):
        for fmt in ("pdf", "docx"):
            subprocess.run([sys.executable, __file__, "--one", str(index), fmt], check=True)


if __name__ == "__main__":
    main()
