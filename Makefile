# The two quick-start commands. Both first install the Debian packages they need
# (scripts/install-deps; only those missing), so they work as pasted on a fresh machine:
# running needs only what building needs (nothing, by default); the tests also need tmux,
# PulseAudio, and libasound for the `alsa` feature's own test.

.PHONY: deps test-deps run test deb

deps:
	@scripts/install-deps

test-deps:
	@scripts/install-deps --test

## Runs the bundled five-minute desk routine (ROUTINE=name or a file path for another).
ROUTINE ?= desk-neck
run: deps
	cargo run --release --locked -- run $(ROUTINE)

## The whole test suite: unit, integration, snapshot and property tests.
test: test-deps
	cargo test --workspace --locked
	cargo test --locked --features alsa --test audio_device

## The Debian package, target/debian/knead_VERSION_amd64.deb (cargo-deb is installed if missing).
deb:
	@scripts/install-deps --alsa
	@scripts/deb
