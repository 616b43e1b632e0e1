//! Results of [`process`](crate::process) kept by [`key`](crate::key), so that an image is
//! never encoded twice: the command line keeps them on disk between builds (its
//! `--cache`), the tests in memory.

use crate::Made;
use std::collections::BTreeMap;
use std::sync::Mutex;

/// Where made images are kept. Shared between threads: the command line processes images
/// in parallel.
pub trait Cache: Sync {
    /// The image made from the source of `key`, if kept.
    fn get(&self, key: &str) -> Option<Made>;
    /// Keeps `made`, the image made from the source of `key`. A cache that cannot keep it
    /// (a full disk) forgets it: the next build makes it again.
    fn put(&self, key: &str, made: &Made);
}

/// Keeps nothing.
pub struct NoCache;

impl Cache for NoCache {
    fn get(&self, _: &str) -> Option<Made> {
        None
    }
    fn put(&self, _: &str, _: &Made) {}
}

/// Keeps images in memory.
#[derive(Default)]
pub struct MemoryCache(pub Mutex<BTreeMap<String, Made>>);

impl Cache for MemoryCache {
    fn get(&self, key: &str) -> Option<Made> {
        self.0.lock().ok()?.get(key).cloned()
    }
    fn put(&self, key: &str, made: &Made) {
        if let Ok(mut map) = self.0.lock() {
            map.insert(key.to_owned(), made.clone());
        }
    }
}
