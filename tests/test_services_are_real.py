"""The suite runs on PostgreSQL and Redis for real (the Makefile starts them)."""

import redis
from django.conf import settings
from django.db import connection


def test_database_is_postgresql(db):
    assert connection.vendor == "postgresql", (
        "Chạy kiểm thử bằng `make test` (PostgreSQL thật); DATABASE_URL hiện là "
        f"{settings.DATABASES['default']['ENGINE']}"
    )


def test_redis_answers_and_is_the_celery_broker():
    assert settings.REDIS_AVAILABLE is True
    assert settings.CELERY_BROKER_URL == settings.REDIS_URL
    assert redis.Redis.from_url(settings.REDIS_URL).ping() is True
