# The two commands of the README. Both set up what they need first (idempotent).
.PHONY: run test setup setup-test lint

run: setup
	.venv/bin/nodewatch run

test: setup-test
	scripts/test.sh

setup:
	scripts/setup.sh

setup-test:
	scripts/setup.sh --test
