//! Parsing and validating routines: a bundled one and a 500-step one (the format's limit).

use std::fmt::Write as _;

use criterion::{Criterion, criterion_group, criterion_main};
use knead::catalog::BUNDLED;
use knead::routine;

/// A routine at the step limit, every step with a cue and its own fields.
fn five_hundred_steps() -> String {
    let mut text =
        String::from("name = \"Long\"\n[defaults]\ntool = \"foam roller\"\nrest = \"15s\"\n");
    for i in 0..500 {
        let _ = write!(
            text,
            "\n[[step]]\nregion = \"spot {i}\"\nhold = \"1m{:02}s\"\nside = \"both\"\nreps = 2\n\
             cue = \"Lean in slowly to about 6/10 and breathe out; stay still until it eases.\"\n",
            i % 60
        );
    }
    text
}

fn bench(c: &mut Criterion) {
    let long = five_hundred_steps();
    assert!(routine::parse(&long).routine.is_some());
    c.bench_function("parse 500-step routine", |b| {
        b.iter(|| {
            routine::parse(std::hint::black_box(&long));
        });
    });
    let desk = BUNDLED[0].text();
    c.bench_function("parse desk-neck", |b| {
        b.iter(|| {
            routine::parse(std::hint::black_box(desk));
        });
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
