"""The body of the minutes of a council meeting."""

from .common import Block, Row, Run, Table, inline_runs, markup_blocks


def _minutes_body(doc):
    meeting = doc.meeting
    body = []
    for label, value in (
        ("Thời gian", meeting.time),
        ("Địa điểm", meeting.place),
        ("Chủ trì", meeting.chair),
        ("Thư ký", meeting.secretary),
    ):
        if value:
            body.append(Block("p", [Run(f"{label}: ", bold=True), *inline_runs(value)]))
    if meeting.attendees:
        body.append(Block("p", [Run("Thành phần tham dự:", bold=True)]))
        body.extend(Block("bullet", inline_runs(f"- {a};")) for a in meeting.attendees)
    if meeting.absent:
        body.append(
            Block("p", [Run("Vắng mặt: ", bold=True), Run(", ".join(meeting.absent) + ".")])
        )
    body.append(Block("p", [Run("Nội dung cuộc họp:", bold=True)]))
    body.extend(markup_blocks(doc.body))
    if doc.votes:
        body.append(Block("p", [Run("Kết quả bỏ phiếu:", bold=True)]))
        rows = [
            Row(
                cells=[
                    [Block("center", [Run(str(i + 1))])],
                    [Block("plain", [Run(vote.name)])],
                    [Block("center", [Run(f"{vote.yes}/{vote.total}")])],
                    [Block("center", [Run(f"{vote.percent:.2f}".replace(".", ","))])],
                    [Block("center", [Run("Đạt" if vote.passed else "Không đạt")])],
                ]
            )
            for i, vote in enumerate(doc.votes)
        ]
        body.append(
            Table(
                columns=[
                    ("TT", "col-tt"),
                    ("Tập thể, cá nhân được đề nghị", "col-content"),
                    ("Số phiếu đồng ý", "col-time"),
                    ("Tỷ lệ (%)", "col-time"),
                    ("Kết quả", "col-time"),
                ],
                rows=rows,
            )
        )
    if doc.conclusion:
        body.append(Block("p", [Run("Kết luận: ", bold=True), *inline_runs(doc.conclusion)]))
    if doc.end_time:
        body.append(Block("p", [Run(f"Cuộc họp kết thúc vào lúc {doc.end_time}.")]))
    return body
