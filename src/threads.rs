//! What the adapters' threads share with the loop: a waker the loop can be rung with, and a
//! lock that still hands out its data after a thread panicked while holding it.

use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

/// Tells the loop something changed; called on another thread, so it must not block.
pub type Waker = Arc<dyn Fn() + Send + Sync>;

/// A waker that sends `wake()` to a loop's channel (a loop that is gone is not an error).
pub fn waker<T: Send + 'static>(to: &Sender<T>, wake: fn() -> T) -> Waker {
    let to = to.clone();
    Arc::new(move || {
        let _ = to.send(wake());
    })
}

/// Locks `mutex`; a poisoned lock still holds the latest value, which is what the loop wants
/// (a status, a set of phrases), so it is taken rather than passed on as a panic.
pub fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}
