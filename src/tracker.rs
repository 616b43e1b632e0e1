//! Follows the reader through an open post: the progress bar, the spot to come back to,
//! the end of the text; and brings them back to that spot when they return.
//!
//! Scroll and resize events are folded into one measure per animation frame. The spot is
//! written at most once per [`SAVE_EVERY`] while the reader scrolls, at once when the end
//! is reached, and when they leave the page or the tab — and only if it changed.

use crate::state::Reader;
use carnet_store::position::{Block, Viewport, fingerprint, resume_at, spot};
use carnet_store::reader::Spot;
use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;
use std::time::Duration;
use web_sys::{Element, ScrollBehavior, ScrollToOptions};

/// The longest a new reading position waits before it is written.
const SAVE_EVERY: Duration = Duration::from_secs(1);

/// What the post page shows of the tracking.
#[derive(Clone, Copy)]
pub struct Tracking {
    /// Share of the text seen, from 0 to 1.
    pub progress: RwSignal<f32>,
    /// The page was scrolled back to where the reader stopped.
    pub resumed: RwSignal<bool>,
}

impl Tracking {
    /// Nothing measured yet.
    pub fn new() -> Self {
        Tracking {
            progress: RwSignal::new(0.0),
            resumed: RwSignal::new(false),
        }
    }
}

struct Tracker {
    slug: std::rc::Rc<str>,
    body: NodeRef<Div>,
    reader: Reader,
    tracking: Tracking,
    /// The latest spot measured and not written yet.
    pending: Option<Spot>,
    timer: Option<TimeoutHandle>,
    frame_requested: bool,
    alive: bool,
}

/// Called as the post's text is rendered into `body`: on the next frame, scrolls to the
/// URL's fragment or else back to where the reader stopped, then follows their reading
/// until the current reactive owner is cleaned up (the post is left).
pub fn start(slug: &str, body: NodeRef<Div>, reader: Reader, tracking: Tracking) {
    let tracker = StoredValue::new_local(Tracker {
        slug: slug.into(),
        body,
        reader,
        tracking,
        pending: None,
        timer: None,
        frame_requested: false,
        alive: true,
    });
    let schedule = move || schedule(tracker);
    let flush = move || flush(tracker);
    let listeners = [
        window_event_listener(ev::scroll, move |_| schedule()),
        window_event_listener(ev::resize, move |_| schedule()),
        window_event_listener(ev::pagehide, move |_| flush()),
        window_event_listener(ev::visibilitychange, move |_| flush()),
    ];
    on_cleanup(move || {
        flush();
        tracker.update_value(|t| t.alive = false);
        for listener in listeners {
            listener.remove();
        }
    });
    request_animation_frame(move || {
        let Some((slug, Some(body), reader, tracking)) = tracker
            .try_with_value(|t| (t.slug.clone(), t.body.get_untracked(), t.reader, t.tracking))
        else {
            return;
        };
        restore(&slug, &body, reader, tracking);
        first_measure(tracker);
    });
}

/// Scrolls to the element the URL's `#fragment` names (it did not exist when the router
/// tried), or else to where the reader stopped last time.
fn restore(slug: &str, body: &Element, reader: Reader, tracking: Tracking) {
    let hash = window().location().hash().unwrap_or_default();
    let id = decode_fragment(hash.trim_start_matches('#'));
    if !id.is_empty() {
        if let Some(el) = document().get_element_by_id(&id) {
            el.scroll_into_view();
        }
        return;
    }
    let Some(position) = reader.reading_untracked(slug).and_then(|r| r.position) else {
        return;
    };
    let elements = children(body);
    let blocks = measure_blocks(&elements);
    let fingerprints: Vec<u32> = elements.iter().map(block_fingerprint).collect();
    if let Some(y) = resume_at(&position, &blocks, &fingerprints) {
        // At once, even where the style asks for smooth scrolling: the page opens there.
        let options = ScrollToOptions::new();
        options.set_top(y);
        options.set_behavior(ScrollBehavior::Instant);
        window().scroll_to_with_scroll_to_options(&options);
        tracking.resumed.set(true);
    }
}

/// Percent-decodes an URL fragment (ids may contain non-ASCII letters).
fn decode_fragment(s: &str) -> String {
    web_sys::js_sys::decode_uri_component(s)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| s.to_owned())
}

/// The first measure shows the progress; it only records the end (a post shorter than the
/// screen is read once shown), not a position the reader did not scroll to.
fn first_measure(tracker: StoredValue<Tracker, LocalStorage>) {
    let (slug, reader, spot) = tracker.with_value(|t| (t.slug.clone(), t.reader, measure(t)));
    if spot.finished {
        reader.record(&slug, spot);
    }
}

fn schedule(tracker: StoredValue<Tracker, LocalStorage>) {
    let first = tracker.try_update_value(|t| !std::mem::replace(&mut t.frame_requested, true));
    if first == Some(true) {
        request_animation_frame(move || on_frame(tracker));
    }
}

fn on_frame(tracker: StoredValue<Tracker, LocalStorage>) {
    let Some((alive, slug, reader, spot)) = tracker.try_update_value(|t| {
        t.frame_requested = false;
        (t.alive, t.slug.clone(), t.reader, measure(t))
    }) else {
        return;
    };
    if !alive {
        return;
    }
    if spot.finished {
        tracker.update_value(|t| t.pending = None);
        reader.record(&slug, spot);
        return;
    }
    let needs_timer = tracker.try_update_value(|t| {
        t.pending = Some(spot);
        t.timer.is_none()
    });
    if needs_timer == Some(true) {
        let timer = set_timeout_with_handle(move || flush(tracker), SAVE_EVERY).ok();
        tracker.update_value(|t| t.timer = timer);
    }
}

/// Writes the pending spot, if any.
fn flush(tracker: StoredValue<Tracker, LocalStorage>) {
    let Some((slug, reader, pending)) = tracker.try_update_value(|t| {
        if let Some(timer) = t.timer.take() {
            timer.clear();
        }
        (t.slug.clone(), t.reader, t.pending.take())
    }) else {
        return;
    };
    if let Some(spot) = pending {
        reader.record(&slug, spot);
    }
}

/// Measures where the reader is and moves the progress bar.
fn measure(t: &Tracker) -> Spot {
    let Some(body) = t.body.get_untracked() else {
        return Spot {
            position: None,
            progress: 0.0,
            finished: false,
        };
    };
    let elements = children(&body);
    let blocks = measure_blocks(&elements);
    let view = Viewport {
        top: window().scroll_y().unwrap_or(0.0),
        height: window()
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(0.0),
    };
    let spot = spot(&blocks, view, |i| block_fingerprint(&elements[i]));
    t.tracking.progress.set(spot.progress);
    spot
}

fn children(body: &Element) -> Vec<Element> {
    let list = body.children();
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}

/// The boxes of the body's top-level blocks, in page coordinates.
fn measure_blocks(elements: &[Element]) -> Vec<Block> {
    let scroll_y = window().scroll_y().unwrap_or(0.0);
    elements
        .iter()
        .map(|el| {
            let rect = el.get_bounding_client_rect();
            Block {
                top: rect.top() + scroll_y,
                height: rect.height(),
            }
        })
        .collect()
}

/// The body's top-level blocks, and the fingerprint of each (what "changed since you read
/// it" compares, [`carnet_store::seen`]).
pub fn blocks(body: &Element) -> (Vec<Element>, Vec<u32>) {
    let elements = children(body);
    let fingerprints = elements.iter().map(block_fingerprint).collect();
    (elements, fingerprints)
}

fn block_fingerprint(el: &Element) -> u32 {
    fingerprint(&el.text_content().unwrap_or_default())
}
