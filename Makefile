# Two commands matter: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/tdkt
TEST_REDIS_URL ?= redis://127.0.0.1:6379/15
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/tdkt_bench
BENCH_REDIS_URL ?= redis://127.0.0.1:6379/12

.PHONY: run test install lint check pytest services messages benchmark

install: $(VENV)/.installed

$(VENV)/.installed: requirements.txt requirements-dev.txt scripts/system-deps.sh
	scripts/system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -r requirements-dev.txt
	touch $@

messages: install
	$(BIN)/python manage.py compilemessages --ignore=.venv -v0

run: install messages
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py seed_demo
	$(BIN)/python manage.py collectstatic --noinput -v0
	scripts/serve.sh

services:
	scripts/services.sh

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

check: install messages services
	$(BIN)/python manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=tdkt.settings.prod SECRET_KEY=check-only-$$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n') \
		ALLOWED_HOSTS=tdkt.example.vn $(BIN)/python manage.py check --deploy --fail-level WARNING

pytest: install messages services
	DATABASE_URL=$(TEST_DATABASE_URL) REDIS_URL=$(TEST_REDIS_URL) $(BIN)/pytest $(PYTEST_ARGS)

test: lint check pytest

# Each benchmark prints a table; they use a database of their own and leave it as it was.
benchmark: install messages services
	psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'tdkt_bench'" | grep -q 1 \
		|| psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE tdkt_bench"
	DATABASE_URL=$(BENCH_DATABASE_URL) $(BIN)/python manage.py migrate --noinput -v0
	for name in plans documents reminders awards; do \
		echo "== benchmarks/$$name.py"; \
		DATABASE_URL=$(BENCH_DATABASE_URL) REDIS_URL=$(BENCH_REDIS_URL) LOG_LEVEL=WARNING \
			$(BIN)/python benchmarks/$$name.py || exit 1; \
	done
