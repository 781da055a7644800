//! Writes a JSON export of a generated history, for trying the history screen and reports:
//! `cargo run --example sample_history -- DAYS > sample.json`, then
//! `knead import sample.json --client demo` and `knead history --client demo`.

use knead::history::export;
use knead::history::sample;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let days: i64 = std::env::args().nth(1).map_or(Ok(120), |d| d.parse())?;
    let today = jiff::Zoned::now().date();
    let start = today.checked_sub(jiff::Span::new().days(days - 1))?;
    let rows = sample::daily(start, days);
    export::write_json(&rows, &[], &[], &mut std::io::stdout().lock())?;
    Ok(())
}
