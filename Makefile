# Mobius.Micro developer and CI entry points. `make` (or `make help`) lists them.
# Details: docs/development.md.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:
MAKEFLAGS += --no-builtin-rules

SOLUTION      ?= Mobius.Micro.sln
# Debug builds faster, and tests and `make run` use the same build. Override with
# `make test CONFIGURATION=Release`.
CONFIGURATION ?= Debug
TEST_RESULTS  ?= TestResults
# A test that hangs this long fails the run (with a dump) instead of stalling CI.
TEST_HANG_TIMEOUT ?= 15m
# Extra arguments for dotnet test, e.g. TEST_ARGS='--filter "FullyQualifiedName~EnOcean"'.
TEST_ARGS     ?=

# Where the tests find the infrastructure (loopback defaults, the same ones the tests
# fall back to). Set them in the environment to use other servers; see docs/development.md.
export MOBIUS_TEST_POSTGRES            ?= Host=127.0.0.1;Port=5432;Username=mobius;Password=mobius
export MOBIUS_TEST_RABBITMQ            ?= amqp://guest:guest@127.0.0.1:5672
export MOBIUS_TEST_RABBITMQ_MANAGEMENT ?= http://127.0.0.1:15672
export MOBIUS_TEST_REDIS               ?= 127.0.0.1:6379
export MOBIUS_TEST_MQTT                ?= 127.0.0.1:1883
export CONFIGURATION
export DOTNET_CLI_TELEMETRY_OPTOUT ?= 1
export DOTNET_NOLOGO ?= 1

.PHONY: help build infra infra-stop test faults fuzz run stop clean

help: ## List the targets
	@echo "Mobius.Micro - make targets (CONFIGURATION=$(CONFIGURATION)):"
	@grep -hE '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/^([a-z0-9-]+):.*## (.*)/\1|\2/' | awk -F'|' '{printf "  %-12s %s\n", $$1, $$2}'
	@echo
	@echo "  make stop leaves PostgreSQL, RabbitMQ, Redis and Mosquitto running;"
	@echo "  make infra-stop stops only the ones scripts/infra/ensure.sh itself started"
	@echo "  (tracked in /var/tmp/mobius-infra/started), never ones it found running."

build: ## Build the solution (dotnet build -c $(CONFIGURATION))
	dotnet build $(SOLUTION) -c $(CONFIGURATION)

infra: ## Install if missing, start if not running, and check PostgreSQL, RabbitMQ, Redis, Mosquitto on loopback
	bash scripts/infra/ensure.sh

infra-stop: ## Stop the infrastructure daemons that `make infra` started (not reused ones)
	bash scripts/infra/stop.sh

test: infra build ## infra + build + run every test; ends with "Tests: N passed, N failed"
	@rm -rf $(TEST_RESULTS)
	@status=0; \
	dotnet test $(SOLUTION) --no-build -c $(CONFIGURATION) \
		--results-directory $(TEST_RESULTS) \
		--logger "trx;LogFilePrefix=mobius" \
		--logger "console;verbosity=minimal" \
		--blame-hang-timeout $(TEST_HANG_TIMEOUT) \
		--filter "Category!=Fault" \
		$(TEST_ARGS) || status=$$?; \
	bash scripts/test-summary.sh $(TEST_RESULTS) || status=1; \
	exit $$status

faults: infra build ## fault and overload tests (brokers and services stopped, killed, flooded mid-stream); prints their tables
	dotnet test $(SOLUTION) --no-build -c $(CONFIGURATION) --filter "Category=Fault" --logger "console;verbosity=detailed"

# Inputs per parser for make fuzz (make test runs 20,000 each), and random HTTP requests for the API pass.
FUZZ_INPUTS   ?= 1000000
FUZZ_REQUESTS ?= 20000

fuzz: infra build ## every parser fuzzed with $(FUZZ_INPUTS) inputs, then $(FUZZ_REQUESTS) random HTTP requests at the object store
	MOBIUS_FUZZ_INPUTS=$(FUZZ_INPUTS) dotnet test tests/Mobius.Micro.Fuzz.Tests --no-build -c $(CONFIGURATION) --logger "console;verbosity=normal"
	MOBIUS_FUZZ_REQUESTS=$(FUZZ_REQUESTS) dotnet test tests/Mobius.Micro.ObjectStore.IntegrationTests --no-build -c $(CONFIGURATION) --filter "FullyQualifiedName~ApiFuzzTests" --logger "console;verbosity=detailed"

run: infra build ## infra + build + start the four services in the background (.run/)
	bash scripts/stack/run.sh

stop: ## Stop exactly the service processes `make run` started (.run/pids)
	bash scripts/stack/stop.sh

clean: stop ## stop + dotnet clean + remove .run and TestResults
	dotnet clean $(SOLUTION) -c $(CONFIGURATION) -v quiet
	rm -rf .run $(TEST_RESULTS)

.PHONY: k8s compose-smoke
k8s: ## Render k8s/base and the dev/prod overlays to .build/k8s (installs Debian's kubectl if missing)
	bash scripts/k8s/render.sh

compose-smoke: ## Docker engine needed: compose up -> simulator data via the Engine API -> down; prints time to first data
	bash scripts/compose/smoke.sh

.PHONY: bench soak
bench: infra ## Benchmarks (Release, < 15 min): Mosquitto vs gateway vs end to end, micro-benchmarks, object writes (BENCH_FULL=1: +5 min at 1,000/s)
	bash scripts/bench/run.sh $(BENCH_ARGS)

soak: infra ## One hour end to end at 1,000 telegrams/s; prints memory and handle slopes per service (SOAK_SECONDS, SOAK_RATE)
	bash scripts/bench/soak.sh
