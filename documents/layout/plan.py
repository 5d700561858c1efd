"""The body of a plan and its task table."""

import re

from .common import Block, Row, Run, Table, inline_runs, markup_blocks, roman

_QUARTERS = {1: "QUÝ I", 2: "QUÝ II", 3: "QUÝ III", 4: "QUÝ IV"}
_HEADING_NUMBER = re.compile(r"^[IVXL]+\s*[.)]\s*")


def _units_cell(units):
    if len(units) == 1:
        return [Block("plain", inline_runs(units[0]))]
    return [
        Block("plain", inline_runs(f"- {unit};" if i < len(units) - 1 else f"- {unit}"))
        for i, unit in enumerate(units)
    ]


def _content_cell(text):
    blocks = markup_blocks(text)
    for block in blocks:
        block.style = "plain"
    return blocks


def task_table(tasks):
    has_co = any(task.co_units for task in tasks)
    has_timing = any(task.timing for task in tasks)
    columns = [("TT", "col-tt"), ("Nội dung", "col-content")]
    columns.append(
        ("Đơn vị chủ trì" if has_co else "Đơn vị thực hiện", "col-lead" if has_co else "col-unit")
    )
    if has_co:
        columns.append(("Đơn vị phối hợp", "col-co"))
    if has_timing:
        columns.append(("Thời gian thực hiện", "col-time"))
    rows, quarter = [], None
    for i, task in enumerate(tasks):
        if task.quarter and task.quarter != quarter:
            quarter = task.quarter
            rows.append(Row(group=_QUARTERS[quarter]))
        cells = [
            [Block("center", [Run(str(task.order if task.order is not None else i + 1))])],
            _content_cell(task.content),
            _units_cell(task.lead_units),
        ]
        if has_co:
            cells.append(_units_cell(task.co_units))
        if has_timing:
            cells.append([Block("center", inline_runs(task.timing or ""))])
        rows.append(Row(cells=cells))
    return Table(columns=columns, rows=rows)


def _section_heading(index, heading):
    if _HEADING_NUMBER.match(heading):
        return _HEADING_NUMBER.sub(lambda m: m.group(0).strip().rstrip(".)") + ". ", heading)
    return f"{roman(index + 1)}. {heading}"


def _plan_body(doc):
    body = [Block("p", inline_runs(text)) for text in doc.legal_basis]
    table_index = None
    if doc.tasks and doc.task_layout == "table":
        table_index = doc.tasks_section
        if table_index is None:
            table_index = next(
                (i for i, s in enumerate(doc.sections) if "NỘI DUNG" in s.heading),
                next((i for i, s in enumerate(doc.sections) if not s.text), None),
            )
    for i, section in enumerate(doc.sections):
        body.append(Block("heading", [Run(_section_heading(i, section.heading), bold=True)]))
        body.extend(markup_blocks(section.text))
        if i == table_index:
            body.append(task_table(doc.tasks))
    if doc.tasks and doc.task_layout == "table" and table_index is None:
        body.append(task_table(doc.tasks))
    return body
