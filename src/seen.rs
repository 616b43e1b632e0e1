//! The reader's "Nouveau" and "Mis à jour depuis votre lecture" marks: what she has seen
//! of the site ([`carnet_store::seen`]), one signal for the tab. It starts empty, as the
//! prerendered page shows it (the build knows no reader), and is read from storage once the
//! app has adopted the page: the first view that asks loads it in an effect.

use crate::state::{Reader, now};
use crate::storage;
use carnet_store::Single;
use carnet_store::seen::Seen;
use leptos::prelude::*;
use std::cell::Cell;

thread_local! {
    // Reference-counted, not owned by the view that first asked (which may go).
    static SEEN: ArcRwSignal<Seen> = ArcRwSignal::new(Seen::default());
    static LOADED: Cell<bool> = const { Cell::new(false) };
}

/// What the reader has seen (reactive), read from storage after the page is adopted.
pub fn use_seen(reader: Reader) -> ArcRwSignal<Seen> {
    let seen = SEEN.with(Clone::clone);
    Effect::new(move |_| {
        if !LOADED.replace(true) {
            untrack(|| change(reader, |_| false));
        }
    });
    seen
}

/// Applies `change` to the freshest stored copy; writes it if `change` says it changed
/// something. Without storage the change lives in this tab.
pub fn change(reader: Reader, change: impl FnOnce(&mut Seen) -> bool) {
    let seen = SEEN.with(Clone::clone);
    let usable = storage::usable(Seen::KEY);
    let mut doc = if usable {
        let (doc, problem) = storage::load::<Seen>(now());
        if let Some(problem) = problem {
            reader.report(problem);
        }
        doc
    } else {
        seen.get_untracked()
    };
    if change(&mut doc)
        && usable
        && let Err(problem) = storage::save(&doc)
    {
        reader.report(problem);
    }
    if seen.with_untracked(|current| *current != doc) {
        seen.set(doc);
    }
}

/// The freshest stored copy, for the "My data" export.
pub fn current(reader: Reader) -> Seen {
    change(reader, |_| false);
    SEEN.with(|s| s.get_untracked())
}
