//! Links the `knead` program as a fixed-address (non-PIE) executable on Linux.
//!
//! A position-independent executable is relocated by the loader at every start: it writes
//! each page that holds a pointer (vtables, tables of strings: 224 KiB of `.data.rel.ro` and
//! the GOT), and those pages become the process's private memory for as long as it runs. At
//! a fixed address they are resolved when linking and stay shared, clean pages of the file:
//! 212 KiB less private memory during a session, and no relocating before the first frame.
//! What is given up is a random address for knead's own code (libraries, heap and stacks
//! stay randomised); knead's code is Rust with `unsafe` forbidden, and it loads no plugins.

fn main() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    // `mixer`: sound goes through rodio's output (src/audio/device/mixer.rs). Always off Linux;
    // on Linux only with the `alsa` feature, since the sound server is reached directly.
    println!("cargo::rustc-check-cfg=cfg(mixer)");
    if os != "linux" || std::env::var_os("CARGO_FEATURE_ALSA").is_some() {
        println!("cargo::rustc-cfg=mixer");
    }
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && env == "gnu" {
        println!("cargo::rustc-link-arg-bins=-no-pie");
    }
}
