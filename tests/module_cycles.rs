//! No two modules name each other, directly or around a loop: `scripts/module-cycles` reads
//! every module's paths (`crate::`, `super::`, `use` lines, names brought into scope) and
//! lists the strongly connected groups. A cycle makes every module in it a change to all.

use std::process::Command;

#[test]
fn no_module_imports_another_that_imports_it_back() {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/module-cycles");
    let output = Command::new("python3")
        .arg(script)
        .output()
        .expect("python3 runs (scripts/install-deps installs it)");
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "modules in a cycle:\n{said}");
    assert_eq!(said.trim(), "no cycles");
}
