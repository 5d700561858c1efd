#!/usr/bin/env bash
# Make sure PostgreSQL and Redis answer on 127.0.0.1 for the tests: start them when they are
# down (installing them on a fresh machine). Exits non-zero when they cannot be reached:
# the tests must fail, never skip, without them.
set -euo pipefail

wait_for() {  # name, command
  for _ in $(seq 1 60); do
    if eval "$2" >/dev/null 2>&1; then return 0; fi
    sleep 0.5
  done
  echo "Không khởi động được $1." >&2
  return 1
}

pg_ready() { pg_isready -h 127.0.0.1 -p 5432 -U postgres -q; }
redis_ready() { [ "$(redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null)" = "PONG" ]; }

if ! command -v pg_isready >/dev/null || ! command -v redis-cli >/dev/null; then
  "$(dirname "$0")/system-deps.sh" --with-services
fi

pg_login() { psql -h 127.0.0.1 -p 5432 -U postgres -tAc "SELECT 1" >/dev/null 2>&1; }

if ! pg_ready || ! pg_login; then
  version=$(ls /etc/postgresql | sort -V | tail -1)
  hba=/etc/postgresql/$version/main/pg_hba.conf
  # A fresh cluster asks for a password on TCP; tests connect as postgres without one.
  if ! grep -qE '^host\s+all\s+all\s+127\.0\.0\.1/32\s+trust' "$hba"; then
    sed -i '1i host all all 127.0.0.1/32 trust' "$hba"
  fi
  if pg_ready; then
    pg_ctlcluster --skip-systemctl-redirect "$version" main reload || true
  else
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  fi
  wait_for PostgreSQL pg_ready
  wait_for "PostgreSQL (đăng nhập postgres)" pg_login
fi

if ! redis_ready; then
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log
  wait_for Redis redis_ready
fi
echo "PostgreSQL và Redis đã sẵn sàng."
