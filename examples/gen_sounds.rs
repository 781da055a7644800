//! Writes the built-in cue sounds to `sounds/`: `cargo run --example gen_sounds`.
//! The synthesis lives in `knead::audio::synth`; a test checks the committed files match it.

use knead::audio::{Cue, synth};

fn main() -> std::io::Result<()> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sounds");
    std::fs::create_dir_all(&dir)?;
    for cue in Cue::ALL {
        let path = dir.join(format!("{}.wav", cue.name()));
        std::fs::write(&path, synth::wav(cue))?;
        println!("{}", path.display());
    }
    Ok(())
}
