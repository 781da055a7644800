//! Drawing the body map: the overview's figures at 80x24 are drawn before the first frame.

use criterion::{Criterion, criterion_group, criterion_main};
use knead::body::map::{Glyphs, Mark, Picture, Tone, width_for};
use knead::body::{Region, View};
use knead::routine::Side;

fn bench(c: &mut Criterion) {
    let mark = |id: &str, side| Mark {
        region: Region::by_id(id).expect("a bundled region"),
        side,
        tone: Tone::High,
    };
    // desk-neck's spots, at the overview's size on an 80x24 terminal.
    let marks = [
        mark("upper-trapezius", Some(Side::Left)),
        mark("upper-trapezius", Some(Side::Right)),
        mark("levator-scapulae", None),
        mark("suboccipitals", None),
    ];
    let height = 18;
    c.bench_function("draw the overview's back view at 80x24", |b| {
        b.iter(|| {
            Picture::draw(
                View::Back,
                std::hint::black_box(&marks),
                width_for(height),
                height,
                Glyphs::Braille,
            )
        });
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
