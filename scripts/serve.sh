#!/usr/bin/env bash
# Serve the app with its Celery worker and beat; Ctrl+C stops all three.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
mkdir -p var/log
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM
$BIN/celery -A tdkt worker --loglevel=INFO --concurrency=2 >var/log/worker.log 2>&1 &
pids+=($!)
$BIN/celery -A tdkt beat --loglevel=INFO >var/log/beat.log 2>&1 &
pids+=($!)
echo "Celery worker và beat đang chạy (nhật ký: var/log/worker.log, var/log/beat.log)."
echo "Mở http://${HOST:-127.0.0.1}:${PORT:-8000}/ và đăng nhập bằng một tài khoản mẫu ở trên."
$BIN/python manage.py runserver "${HOST:-127.0.0.1}:${PORT:-8000}"
