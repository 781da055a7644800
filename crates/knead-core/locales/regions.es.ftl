## Body regions in this language: each region of the catalogue (crates/knead-core/src/body/regions.rs) by its id,
## with its other names (.aliases, comma-separated) and how to find it (.find).
