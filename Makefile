# The two quick-start commands. Both first install the Debian packages the build needs
# (scripts/install-deps; only those missing), so they work as pasted on a fresh machine.

.PHONY: deps run test

deps:
	@scripts/install-deps

## Checks every bundled routine (the guided session comes next).
run: deps
	cargo run --release --locked -- check

## The whole test suite: unit, integration, snapshot and property tests.
test: deps
	cargo test --locked
