"""iCalendar (RFC 5545) feeds: one all-day VEVENT per obligation, UID stable across edits."""

from datetime import timedelta

from icalendar import Calendar, Event

from .enums import ObligationStatus
from .services import _absolute_url


def obligations_calendar(*, obligations, name):
    cal = Calendar()
    cal.add("prodid", "-//tdkt//Lich thi dua khen thuong//VI")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Asia/Ho_Chi_Minh")
    for obligation in obligations:
        event = Event()
        event.add("uid", f"obligation-{obligation.pk}@tdkt")
        event.add("dtstamp", obligation.updated_at)
        event.add("dtstart", obligation.due_date)
        event.add("dtend", obligation.due_date + timedelta(days=1))
        prefix = "Đã xong" if obligation.status == ObligationStatus.DONE else "Hạn"
        event.add("summary", f"{prefix}: {obligation.title}")
        event.add(
            "description",
            f"{obligation.get_kind_display()} — {obligation.unit.name}",
        )
        if obligation.url:
            event.add("url", _absolute_url(obligation.url))
        event.add("transp", "TRANSPARENT")
        cal.add_component(event)
    return cal.to_ical()
