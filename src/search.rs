//! The search index in the browser: fetched the first time the reader searches (or puts the
//! cursor in the search box), then kept for the visit. Searching itself is
//! [`carnet_content::search`]; this module only loads the index and times each query.

use crate::data::fetch_text;
use crate::parts::MissingPart;
use carnet_content::data::SEARCH_FILE;
use carnet_content::search::Index;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::rc::Rc;

/// The index, read.
pub struct Loaded {
    index: Index,
}

impl Loaded {
    fn new(index: Index) -> Loaded {
        // The browser optimises code once it has run: a few searches now (a millisecond or
        // two each), so that the reader's first keystrokes are as quick as the next ones.
        for warm_up in ["de", "re la", "co"] {
            std::hint::black_box(index.search(warm_up));
        }
        Loaded { index }
    }

    /// The slugs of the posts matching `query`, best first. Each query is timed in the
    /// browser's performance timeline as `carnet-search` (the browser benchmark reads it).
    pub fn search(&self, query: &str) -> Vec<String> {
        let performance = window().performance();
        if let Some(p) = &performance {
            let _ = p.mark("carnet-search-start");
        }
        let found = self.index.search(query);
        if let Some(p) = &performance {
            let _ = p.measure_with_start_mark("carnet-search", "carnet-search-start");
        }
        found
            .into_iter()
            .filter_map(|(doc, _)| self.index.slugs.get(doc as usize).cloned())
            .collect()
    }
}

/// Where the index stands.
#[derive(Clone)]
pub enum IndexState {
    /// Not asked for yet.
    Idle,
    /// Downloading.
    Loading,
    /// Ready to search.
    Ready(Rc<Loaded>),
    /// Could not be had: why, for the console (the reader is told in words).
    Failed(String),
}

/// The search index, shared by the header's box and the search page.
#[derive(Clone, Copy)]
pub struct SearchIndex(RwSignal<IndexState, LocalStorage>);

impl SearchIndex {
    /// Its state, tracked.
    pub fn state(self) -> IndexState {
        self.0.get()
    }

    /// Starts downloading the index unless it is there or on its way (a failed download
    /// is tried again).
    pub fn load(self) {
        if matches!(
            self.0.get_untracked(),
            IndexState::Loading | IndexState::Ready(_)
        ) {
            return;
        }
        self.0.set(IndexState::Loading);
        spawn_local(async move {
            let performance = window().performance();
            if let Some(p) = &performance {
                let _ = p.mark("carnet-search-index-start");
            }
            let state = match fetch_text(SEARCH_FILE).await {
                Ok(text) => match open_index(&text).await {
                    Ok(Ok(loaded)) => IndexState::Ready(Rc::new(loaded)),
                    Ok(Err(e)) => IndexState::Failed(e),
                    Err(missing) => IndexState::Failed(missing.to_string()),
                },
                Err(e) => IndexState::Failed(format!("{SEARCH_FILE}: {e}")),
            };
            if let Some(p) = &performance {
                // Download and decoding, for the browser benchmark.
                let _ =
                    p.measure_with_start_mark("carnet-search-index", "carnet-search-index-start");
            }
            if let IndexState::Failed(why) = &state {
                leptos::logging::warn!("Carnet: the search index could not be loaded: {why}");
            }
            // The app may have been rebuilt (language switch) while this downloaded.
            let _ = self.0.try_set(state);
        });
    }
}

part! {
    /// Reads the index file. The search engine is fetched with it, the first time the reader
    /// searches (see bundle/src/split.rs); if it cannot be, the search says so and tries again.
    search_engine:
    fn open_index(text: &str) -> Result<Result<Loaded, String>, MissingPart> {
        Ok(Index::decode(text)
            .map(Loaded::new)
            .map_err(|e| e.to_string()))
    }
}

/// Makes the search index available to every component (see [`use_search`]).
pub fn provide_search() {
    provide_context(SearchIndex(RwSignal::new_local(IndexState::Idle)));
}

/// The search index [`provide_search`] made available.
pub fn use_search() -> SearchIndex {
    expect_context::<SearchIndex>()
}
