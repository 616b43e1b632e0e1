//! Which tab may write a draft's next revision, decided atomically for the whole site.
//!
//! localStorage cannot check and write atomically across tabs: each tab reads its own copy,
//! which another tab's write reaches a few milliseconds later, and a Web Lock does not wait
//! for that (two tabs incrementing one localStorage counter under `navigator.locks` lose
//! about one write in ten in Chromium). IndexedDB can: its read-write transactions on one
//! store run one after the other for the whole site, and read what the last one wrote. So
//! before a tab writes a draft, it claims the draft's next revision here, with a
//! compare-and-set of the last revision claimed for that draft; the draft itself stays in
//! localStorage (`storage`). Where IndexedDB cannot be opened, the caller saves as before.

use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{IdbDatabase, IdbObjectStore, IdbRequest, IdbTransactionMode};

/// The database, and its one store: by draft id, the last revision claimed and when
/// (`[revision, ms since 1970]`).
const DATABASE: &str = "carnet";
const STORE: &str = "draft-revisions";

/// A claim is written within milliseconds. One this old that is still ahead of the stored
/// draft was never written (its tab closed between the claim and the write): it no longer
/// counts, or the draft would show a conflict at every save.
const STALE_AFTER_MS: u64 = 10_000;

thread_local! {
    static OPEN: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
}

/// The answer to a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Claim {
    /// This tab may write this revision.
    Granted(u64),
    /// Another tab claimed a revision after the one this tab started from.
    Taken,
    /// IndexedDB is not available (or failed): nothing was decided.
    Unavailable,
}

/// What a tab asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Want {
    /// The revision after this one, only if it is still the draft's last.
    After(u64),
    /// The next revision, whatever the last is (the writer chose to write over it).
    Next,
    /// Nothing: the draft was written as this revision by other means (an import, a
    /// deletion), and the next claim must start from it.
    AtLeast(u64),
    /// Giving back this revision, claimed but not written (the browser refused the write).
    Release(u64),
}

/// Claims a revision of draft `id`. The draft's last revision is the last one claimed, or
/// `stored` (what this tab's storage shows) if higher; a claim still ahead of `stored` after
/// [`STALE_AFTER_MS`] was never written and does not count. `done` gets the answer, later.
pub fn claim(id: &str, want: Want, stored: u64, done: impl FnOnce(Claim) + 'static) {
    let id = id.to_owned();
    let done = once(done);
    with_store(move |store| {
        let Some((store, get)) = store.and_then(|store| {
            let get = store.get(&JsValue::from_str(&id)).ok()?;
            Some((store, get))
        }) else {
            return done(Claim::Unavailable);
        };
        let answer = Rc::new(RefCell::new(Claim::Unavailable));
        let decide = {
            let (get, answer) = (get.clone(), answer.clone());
            move || {
                let (claimed, at) = get.result().map(|v| record_of(&v)).unwrap_or_default();
                let now = web_sys::js_sys::Date::now() as u64;
                let never_written = claimed > stored && now.saturating_sub(at) > STALE_AFTER_MS;
                let claimed = if never_written { stored } else { claimed };
                let last = claimed.max(stored);
                let next = match want {
                    Want::After(base) if base != last => None,
                    Want::After(_) | Want::Next => Some(last + 1),
                    Want::AtLeast(revision) => Some(last.max(revision)),
                    Want::Release(revision) if claimed == revision => {
                        Some(revision.saturating_sub(1))
                    }
                    Want::Release(_) => Some(claimed),
                };
                *answer.borrow_mut() = match next {
                    None => Claim::Taken,
                    Some(next)
                        if store
                            .put_with_key(&record(next, now), &JsValue::from_str(&id))
                            .is_ok() =>
                    {
                        Claim::Granted(next)
                    }
                    Some(_) => Claim::Unavailable,
                };
            }
        };
        get.set_onsuccess(Some(&Closure::once_into_js(decide).unchecked_into()));
        let failed = done.clone();
        finish(
            &get,
            move || done(*answer.borrow()),
            move || failed(Claim::Unavailable),
        );
    });
}

/// Records that draft `id` was written as `revision` by something other than a claim (an
/// import, a deletion), so that the next claim starts from it.
pub fn note(id: &str, revision: u64) {
    claim(id, Want::AtLeast(revision), 0, |_| {});
}

/// Gives back `revision` of draft `id`, claimed but not written.
pub fn release(id: &str, revision: u64) {
    claim(id, Want::Release(revision), 0, |_| {});
}

/// Forgets draft `id` (deleted for good).
pub fn forget(id: &str) {
    let id = id.to_owned();
    with_store(move |store| {
        if let Some(store) = store {
            let _ = store.delete(&JsValue::from_str(&id));
        }
    });
}

/// Forgets every draft (the reader deleted all of Carnet's data).
pub fn forget_all() {
    with_store(|store| {
        if let Some(store) = store {
            let _ = store.clear();
        }
    });
}

/// Runs `f` with the store in a new read-write transaction, or `None` without IndexedDB.
fn with_store(f: impl FnOnce(Option<IdbObjectStore>) + 'static) {
    let in_transaction = |db: &IdbDatabase| {
        db.transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)
            .and_then(|t| t.object_store(STORE))
            .ok()
    };
    if let Some(db) = OPEN.with_borrow(Clone::clone) {
        return f(in_transaction(&db));
    }
    let request = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .and_then(|factory| factory.open_with_u32(DATABASE, 1).ok());
    let Some(request) = request else {
        return f(None);
    };
    let f = once(f);
    let upgrade = {
        let request = request.clone();
        move || {
            if let Some(db) = database(&request) {
                let _ = db.create_object_store(STORE);
            }
        }
    };
    request.set_onupgradeneeded(Some(&Closure::once_into_js(upgrade).unchecked_into()));
    let opened = {
        let (request, f) = (request.clone(), f.clone());
        move || {
            let db = database(&request);
            if let Some(db) = &db {
                OPEN.with_borrow_mut(|open| *open = Some(db.clone()));
            }
            f(db.as_ref().and_then(in_transaction));
        }
    };
    request.set_onsuccess(Some(&Closure::once_into_js(opened).unchecked_into()));
    request.set_onerror(Some(
        &Closure::once_into_js(move || f(None)).unchecked_into(),
    ));
    request.set_onblocked(None);
}

fn database(request: &IdbRequest) -> Option<IdbDatabase> {
    request.result().ok()?.dyn_into().ok()
}

/// Calls `ok` when `request`'s transaction commits, `failed` if it aborts or fails.
fn finish(request: &IdbRequest, ok: impl FnOnce() + 'static, failed: impl Fn() + 'static) {
    let Some(transaction) = request.transaction() else {
        return failed();
    };
    let failed = Rc::new(failed);
    transaction.set_oncomplete(Some(&Closure::once_into_js(ok).unchecked_into()));
    let on_abort = failed.clone();
    transaction.set_onabort(Some(
        &Closure::once_into_js(move || on_abort()).unchecked_into(),
    ));
    transaction.set_onerror(Some(
        &Closure::once_into_js(move || failed()).unchecked_into(),
    ));
}

/// `f`, callable from several callbacks of which only the first runs it.
fn once<A: 'static>(f: impl FnOnce(A) + 'static) -> impl Fn(A) + Clone + 'static {
    let f = Rc::new(RefCell::new(Some(f)));
    move |a| {
        if let Some(f) = f.borrow_mut().take() {
            f(a);
        }
    }
}

/// A stored claim: `[revision, ms since 1970]`.
fn record(revision: u64, at: u64) -> JsValue {
    web_sys::js_sys::Array::of2(
        &JsValue::from_f64(revision as f64),
        &JsValue::from_f64(at as f64),
    )
    .into()
}

/// The revision and time of a stored claim; nothing stored is revision 0.
fn record_of(value: &JsValue) -> (u64, u64) {
    if !web_sys::js_sys::Array::is_array(value) {
        return (0, 0);
    }
    let array: &web_sys::js_sys::Array = value.unchecked_ref();
    let at = |i| array.get(i).as_f64().unwrap_or(0.0) as u64;
    (at(0), at(1))
}
