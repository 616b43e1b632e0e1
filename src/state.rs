//! The reader's state — what they read, where they stopped, what they keep for later — as
//! signals the pages read, kept in step with localStorage and with the site's other tabs.
//!
//! Every change starts from what storage holds at that moment (another tab may have written
//! since), is written only if it changes something, and then updates the signals. Problems
//! with the stored data become notices ([`Reader::problems`]).

use crate::storage;
use carnet_store::reader::{Bookmarks, PostReading, ReadingLog, Settings, Spot};
use carnet_store::{SET_ASIDE_PREFIX, Single, StorageProblem};
use carnet_studio::export::Export;
#[cfg(not(feature = "ssr"))]
use leptos::ev;
use leptos::prelude::*;
use std::collections::BTreeMap;

/// The reader's state, provided to every component by [`provide_reader`].
#[derive(Clone, Copy)]
pub struct Reader {
    log: RwSignal<ReadingLog>,
    bookmarks: RwSignal<Bookmarks>,
    settings: RwSignal<Settings>,
    problems: RwSignal<Vec<StorageProblem>>,
    /// Every problem reported during this visit, shown or dismissed: each is told once.
    told: StoredValue<Vec<StorageProblem>>,
}

/// What the "My data" page shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    /// Posts read.
    pub read: usize,
    /// Posts started and not finished.
    pub started: usize,
    /// Posts to read later.
    pub bookmarks: usize,
    /// Values set aside.
    pub set_aside: usize,
    /// Bytes Carnet's keys take.
    pub bytes: usize,
}

/// Milliseconds since 1970, from the browser's clock.
pub fn now() -> u64 {
    web_sys::js_sys::Date::now() as u64
}

/// Provides the reader's state as context: empty at first, as the prerendered page shows
/// it (the build knows no reader), then read from storage once the app has adopted the
/// page, and kept in step with the other tabs. When prerendering, it stays empty.
pub fn provide_reader() -> Reader {
    let reader = Reader {
        log: RwSignal::new(ReadingLog::default()),
        bookmarks: RwSignal::new(Bookmarks::default()),
        settings: RwSignal::new(Settings::default()),
        problems: RwSignal::new(Vec::new()),
        told: StoredValue::new(Vec::new()),
    };
    provide_context(reader);
    #[cfg(not(feature = "ssr"))]
    {
        // An effect runs after hydration: the page is adopted as the build wrote it, then
        // shows the reader's marks, settings and language.
        Effect::new(move |_| {
            untrack(|| {
                if !storage::available() {
                    reader.report(StorageProblem::Unavailable);
                }
                reader.reload();
            })
        });
        let listener = window_event_listener(ev::storage, move |event| {
            if storage::concerns_carnet(event.key().as_deref()) {
                reader.reload();
            }
        });
        on_cleanup(move || listener.remove());
    }
    reader
}

/// The reader's state.
pub fn use_reader() -> Reader {
    expect_context::<Reader>()
}

impl Reader {
    /// The state of the post `slug`, if it was opened (reactive).
    pub fn reading(self, slug: &str) -> Option<PostReading> {
        self.log.with(|log| log.get(slug).cloned())
    }

    /// The same, without subscribing to changes.
    pub fn reading_untracked(self, slug: &str) -> Option<PostReading> {
        self.log.with_untracked(|log| log.get(slug).cloned())
    }

    /// Whether `slug` is read (reactive).
    pub fn is_read(self, slug: &str) -> bool {
        self.log.with(|log| log.is_read(slug))
    }

    /// Whether `slug` is kept to read later (reactive).
    pub fn is_bookmarked(self, slug: &str) -> bool {
        self.bookmarks.with(|b| b.contains(slug))
    }

    /// The slugs of the posts started and not finished, most recently read first. A post
    /// that is gone from the site is left out where it is shown (its record is not found).
    pub fn in_progress(self) -> Vec<String> {
        self.log.with(|log| {
            log.in_progress()
                .into_iter()
                .map(|(slug, _)| slug.to_owned())
                .collect()
        })
    }

    /// The slugs of the posts kept to read later, most recently added first.
    pub fn bookmarked(self) -> Vec<String> {
        self.bookmarks
            .with(|b| b.newest_first().into_iter().map(str::to_owned).collect())
    }

    /// How many posts are marked read (reactive).
    pub fn read_count(self) -> usize {
        self.log
            .with(|log| log.posts.values().filter(|p| p.read).count())
    }

    /// Problems with the stored data the reader has not dismissed.
    pub fn problems(self) -> Vec<StorageProblem> {
        self.problems.get()
    }

    /// Hides the notices of the problems `which` picks.
    pub fn dismiss(self, which: impl Fn(&StorageProblem) -> bool) {
        self.problems.update(|all| all.retain(|p| !which(p)));
    }

    /// Counts and size of what is stored, for the "My data" page (reactive).
    pub fn summary(self) -> Summary {
        let (read, started) = self.log.with(|log| {
            let posts = || log.posts.values();
            (
                posts().filter(|p| p.read).count(),
                posts().filter(|p| !p.read && p.position.is_some()).count(),
            )
        });
        let bookmarks = self.bookmarked().len();
        let entries = storage::entries();
        let usage = carnet_store::usage(entries.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        Summary {
            read,
            started,
            bookmarks,
            set_aside: entries
                .iter()
                .filter(|(key, _)| key.starts_with(SET_ASIDE_PREFIX))
                .count(),
            bytes: usage.bytes,
        }
    }

    /// How the reader wants the site shown (reactive).
    pub fn settings(self) -> Settings {
        self.settings.get()
    }

    /// Changes the settings.
    pub fn change_settings(self, change: impl FnOnce(&mut Settings)) {
        self.change(self.settings, |settings| {
            let before = settings.clone();
            change(settings);
            *settings != before
        });
    }

    /// Records where the reader is in `slug`.
    pub fn record(self, slug: &str, spot: Spot) {
        self.change(self.log, |log| log.record(slug, spot, now()));
    }

    /// Marks `slug` read or unread.
    pub fn set_read(self, slug: &str, read: bool) {
        self.change(self.log, |log| log.set_read(slug, read, now()));
    }

    /// Adds `slug` to the read-later list, or removes it.
    pub fn set_bookmark(self, slug: &str, keep: bool) {
        self.change(self.bookmarks, |b| b.set(slug, keep, now()));
    }

    /// Forgets what was read and where; keeps the read-later list.
    pub fn clear_history(self) {
        self.change(self.log, |log| {
            let had_any = !log.posts.is_empty();
            log.posts.clear();
            had_any
        });
    }

    /// Deletes every Carnet key.
    pub fn clear_all(self) {
        storage::remove_all();
        self.log.set(ReadingLog::default());
        self.bookmarks.set(Bookmarks::default());
        self.settings.set(Settings::default());
        self.problems
            .update(|all| all.retain(|p| *p == StorageProblem::Unavailable));
        self.told
            .update_value(|told| told.retain(|p| *p == StorageProblem::Unavailable));
    }

    /// Everything Carnet keeps, as an export file.
    pub fn export(self) -> Export {
        let set_aside: BTreeMap<String, String> = storage::entries()
            .into_iter()
            .filter(|(key, _)| key.starts_with(SET_ASIDE_PREFIX))
            .collect();
        Export::new(
            self.log.get_untracked(),
            self.bookmarks.get_untracked(),
            set_aside,
            now(),
        )
    }

    /// Adds an export's content to the stored state.
    pub fn import(self, export: Export) {
        let Export {
            reading,
            bookmarks,
            set_aside,
            ..
        } = export;
        self.change(self.log, |log| {
            let before = log.clone();
            log.merge(reading);
            *log != before
        });
        self.change(self.bookmarks, |b| {
            let before = b.clone();
            b.merge(bookmarks);
            *b != before
        });
        let stored = storage::entries();
        for (key, value) in set_aside {
            if !stored.iter().any(|(k, _)| *k == key)
                && let Err(problem) = storage::save_set_aside(&key, &value)
            {
                self.report(problem);
            }
        }
    }

    /// Re-reads the stored state (at start, and when another tab changed it).
    #[cfg(not(feature = "ssr"))]
    fn reload(self) {
        self.refresh(self.log);
        self.refresh(self.bookmarks);
        self.refresh(self.settings);
    }

    #[cfg(not(feature = "ssr"))]
    fn refresh<D: Single + Send + Sync + 'static>(self, signal: RwSignal<D>) {
        if !storage::usable(D::KEY) {
            return;
        }
        let (doc, problem) = storage::load::<D>(now());
        if let Some(problem) = problem {
            self.report(problem);
        }
        if signal.with_untracked(|current| *current != doc) {
            signal.set(doc);
        }
    }

    /// Applies `change` to the freshest copy of a document; writes and publishes it if
    /// `change` says it changed something. Without storage the change lives in memory.
    fn change<D: Single + Send + Sync + 'static>(
        self,
        signal: RwSignal<D>,
        change: impl FnOnce(&mut D) -> bool,
    ) {
        let usable = storage::usable(D::KEY);
        let mut doc = if usable {
            let (doc, problem) = storage::load::<D>(now());
            if let Some(problem) = problem {
                self.report(problem);
            }
            doc
        } else {
            signal.get_untracked()
        };
        if change(&mut doc) {
            if usable && let Err(problem) = storage::save(&doc) {
                self.report(problem);
            }
            signal.set(doc);
        } else if signal.with_untracked(|current| *current != doc) {
            signal.set(doc);
        }
    }

    /// Tells the reader about `problem`, once per visit.
    pub fn report(self, problem: StorageProblem) {
        if self.told.with_value(|told| told.contains(&problem)) {
            return;
        }
        self.told.update_value(|told| told.push(problem.clone()));
        self.problems.update(|all| all.push(problem));
    }
}
