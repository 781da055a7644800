//! knead's core: the routine format and the guided session.
//!
//! This crate has no terminal, sound, notification or storage dependency, so nothing in it can
//! block or touch the world: the session takes inputs and instants and returns effects, and
//! the adapters in the `knead` crate act on them.

pub mod body;
pub mod diagnostic;
pub mod lang;
pub mod routine;
pub mod session;
pub mod sides;
pub mod speech;
pub mod untrusted;
pub mod words;
