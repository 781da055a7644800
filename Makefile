# The two quick-start commands. Both first install the Debian packages the build needs
# (scripts/install-deps; only those missing), so they work as pasted on a fresh machine.

.PHONY: deps run test

deps:
	@scripts/install-deps

## Runs the bundled five-minute desk routine (ROUTINE=name or a file path for another).
ROUTINE ?= desk-neck
run: deps
	cargo run --release --locked -- run $(ROUTINE)

## The whole test suite: unit, integration, snapshot and property tests.
test: deps
	cargo test --workspace --locked
