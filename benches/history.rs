//! Ten years of daily sessions (about 40,000 holds): opening the history screen and writing
//! the therapist's report, each from the database on disk, as the commands do.

use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use jiff::civil::date;
use jiff::tz::TimeZone;
use knead::history::export::{self, Filter};
use knead::history::report::{self, Report};
use knead::history::{Store, load_overview, sample};

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let rows = sample::daily(date(2016, 11, 21), 3653);
    let mut json = Vec::new();
    export::write_json(&rows, &[], &[], &mut json).expect("json");
    {
        let mut store = Store::open(dir.path()).expect("store");
        export::import(&mut store, std::str::from_utf8(&json).expect("utf-8"), "").expect("import");
    }
    eprintln!("history: {} holds in {} sessions", rows.len(), 3653);

    let mut group = c.benchmark_group("ten years of daily sessions");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(15));
    group.bench_function("open the history screen", |b| {
        b.iter(|| {
            let store = Store::open_existing(dir.path()).expect("open");
            load_overview(&store, None, &|_| None).expect("overview")
        });
    });
    group.bench_function("write the HTML report", |b| {
        b.iter(|| {
            let store = Store::open_existing(dir.path()).expect("open");
            let rows = store.holds(&Filter::default()).expect("rows");
            let report = Report::build(
                &rows,
                &[],
                None,
                &TimeZone::UTC,
                jiff::civil::date(2026, 12, 1),
            );
            report::html(&report::document(&report, "bench", report::Paper::A4))
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
