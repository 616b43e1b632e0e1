//! The browser's localStorage, through gloo-storage: the only module that touches it.
//!
//! It moves [`Document`]s in and out and never loses what it finds: a value it cannot read
//! is moved under a set-aside key before anything is written in its place. When the browser
//! gives no storage at all, reads find nothing and writes report
//! [`StorageProblem::Unavailable`]; nothing here panics.

use carnet_store::{Document, Envelope, NAMESPACE, Single, StorageProblem, decode, set_aside_key};
use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};
use std::cell::RefCell;
use std::collections::BTreeSet;

thread_local! {
    static AVAILABLE: bool = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some();
    /// Keys whose unreadable value could not be set aside: left alone for this visit.
    static LEFT_IN_PLACE: RefCell<BTreeSet<String>> = const { RefCell::new(BTreeSet::new()) };
}

/// Whether the browser lets Carnet use localStorage at all.
pub fn available() -> bool {
    AVAILABLE.with(|a| *a)
}

/// Whether the document under `key` can be read from and written to storage during this
/// visit.
pub fn usable(key: &str) -> bool {
    available() && !LEFT_IN_PLACE.with_borrow(|keys| keys.contains(key))
}

/// The stored document `D` (its default if there is none), and what went wrong if the
/// stored value could not be read.
pub fn load<D: Single>(now: u64) -> (D, Option<StorageProblem>) {
    let (doc, problem) = load_at::<D>(D::KEY, now);
    (doc.unwrap_or_default(), problem)
}

/// The document stored under `key`, if there is one Carnet can read, and what went wrong
/// if there is one it cannot. Such a value is moved under a set-aside key named with
/// `now`; if even that fails, it stays where it is and [`usable`] turns false for `key`.
pub fn load_at<D: Document>(key: &str, now: u64) -> (Option<D>, Option<StorageProblem>) {
    let Some(raw) = read(key) else {
        return (None, None);
    };
    match decode::<D>(&raw) {
        Ok(doc) => (Some(doc), None),
        Err(reason) => {
            let kept_as = set_aside_key(key, now);
            let problem = if LocalStorage::raw().set_item(&kept_as, &raw).is_ok() {
                LocalStorage::delete(key);
                StorageProblem::SetAside {
                    key: key.to_owned(),
                    kept_as,
                    reason,
                }
            } else {
                LEFT_IN_PLACE.with_borrow_mut(|keys| keys.insert(key.to_owned()));
                StorageProblem::LeftInPlace {
                    key: key.to_owned(),
                    reason,
                }
            };
            leptos::logging::warn!("{key}: {problem:?}");
            (None, Some(problem))
        }
    }
}

/// Writes `doc` under its key.
pub fn save<D: Single>(doc: &D) -> Result<(), StorageProblem> {
    save_at(D::KEY, doc)
}

/// Writes `doc` under `key`. On failure, what was stored there is untouched.
pub fn save_at<D: Document>(key: &str, doc: &D) -> Result<(), StorageProblem> {
    if !usable(key) {
        return Err(StorageProblem::Unavailable);
    }
    LocalStorage::set(key, Envelope::new(doc)).map_err(|e| {
        leptos::logging::warn!("cannot write {key}: {e}");
        match e {
            StorageError::JsError(e) => write_problem(&e.name),
            _ => StorageProblem::WriteRefused,
        }
    })
}

/// What a write the browser refused with the exception `name` means: a full storage, or
/// a storage the reader (or private browsing) turned off (`SecurityError` and the like).
fn write_problem(name: &str) -> StorageProblem {
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
        StorageProblem::WriteRefused
    } else {
        StorageProblem::Unavailable
    }
}

/// Deletes `key`.
pub fn remove(key: &str) {
    if available() {
        LocalStorage::delete(key);
    }
}

/// The keys that start with `prefix` (which starts with `carnet.`), without reading their
/// values.
pub fn keys_with_prefix(prefix: &str) -> Vec<String> {
    keys()
        .into_iter()
        .filter(|key| key.starts_with(prefix))
        .collect()
}

fn keys() -> Vec<String> {
    if !available() {
        return Vec::new();
    }
    let storage = LocalStorage::raw();
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .collect()
}

/// Writes `value` as it is under `key`, a set-aside key (an import brings them back;
/// `Export::parse` has checked the key is one).
pub fn save_set_aside(key: &str, value: &str) -> Result<(), StorageProblem> {
    if !available() {
        return Err(StorageProblem::Unavailable);
    }
    LocalStorage::raw().set_item(key, value).map_err(|e| {
        let name = web_sys::js_sys::Reflect::get(&e, &"name".into())
            .ok()
            .and_then(|n| n.as_string())
            .unwrap_or_default();
        write_problem(&name)
    })
}

/// Every Carnet key with its value, as stored.
pub fn entries() -> Vec<(String, String)> {
    keys()
        .into_iter()
        .filter(|key| key.starts_with(NAMESPACE))
        .filter_map(|key| read(&key).map(|value| (key, value)))
        .collect()
}

/// Deletes every Carnet key (and nothing else the site's origin may keep).
pub fn remove_all() {
    for (key, _) in entries() {
        LocalStorage::delete(&key);
    }
    LEFT_IN_PLACE.with_borrow_mut(BTreeSet::clear);
}

/// Whether a `storage` event about `key` (`None`: the whole storage was cleared) concerns
/// Carnet.
#[cfg(not(feature = "ssr"))]
pub fn concerns_carnet(key: Option<&str>) -> bool {
    key.is_none_or(|key| key.starts_with(NAMESPACE))
}

fn read(key: &str) -> Option<String> {
    if !available() {
        return None;
    }
    LocalStorage::raw().get_item(key).ok().flatten()
}
