"""Thin tasks: ids in, one service call, safe to run twice (the row is claimed atomically)."""

from celery import shared_task

from . import delivery, services


@shared_task(name="notifications.sweep")
def reminders_sweep_task():
    with reminders_sweep_task.app.producer_or_acquire() as producer:

        def hand_over(ids):
            for reminder_id in ids:
                reminder_deliver_task.apply_async(
                    kwargs={"reminder_id": reminder_id}, producer=producer
                )

        def hand_over_digest(ids):
            for digest_id in ids:
                digest_deliver_task.apply_async(kwargs={"digest_id": digest_id}, producer=producer)

        sweep = delivery.reminders_sweep(hand_over=hand_over, hand_over_digest=hand_over_digest)
    return {"released": sweep.released, "planned": sweep.planned, "handed_over": sweep.handed_over}


@shared_task(name="notifications.deliver")
def reminder_deliver_task(*, reminder_id):
    return delivery.reminder_deliver(reminder_id=reminder_id)


@shared_task(name="notifications.deliver_digest")
def digest_deliver_task(*, digest_id):
    return delivery.digest_deliver(digest_id=digest_id)


@shared_task(name="notifications.calendar_year")
def calendar_materialise_task(*, year=None):
    """Daily: entries without this year's obligation get one (idempotent, cheap once done)."""
    return services.calendar_materialise(year=year or services.local_today().year)
