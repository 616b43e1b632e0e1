//! The preview beside the text, rendered by the function posts are rendered with: at once
//! while that fits in a frame, else after a pause in the typing.

use super::Ed;
use crate::site::href;
use crate::studio::store;
use carnet_content::routes::Route;
use carnet_markdown::{RenderOptions, render};
use carnet_text::reading::word_count;
use leptos::prelude::*;
use std::time::Duration;

/// A preview that took longer than this to render waits for a pause in the typing.
const FRAME_BUDGET_MS: f64 = 10.0;

impl Ed {
    pub(super) fn schedule_preview(self) {
        let cost = self.session.with_value(|s| s.preview_cost);
        let delay = if cost < FRAME_BUDGET_MS { 0 } else { 300 };
        self.session.update_value(|s| {
            if let Some(timer) = s.preview_timer.take() {
                timer.clear();
            }
        });
        let timer =
            set_timeout_with_handle(move || self.render_preview(), Duration::from_millis(delay))
                .ok();
        self.session.update_value(|s| s.preview_timer = timer);
    }

    /// Renders the preview with the function posts are rendered with, and counts words.
    pub(super) fn render_preview(self) {
        if self.current.is_disposed() {
            return;
        }
        let started = now_ms();
        let (mut html, words) = self.current.with_untracked(|d| {
            let page_path = href(&Route::Draft(&d.id).path());
            let options = RenderOptions {
                lang: d.lang,
                page_path: &page_path,
                image_sizes: &[],
            };
            (render(&d.body, &options), word_count(&d.body))
        });
        html = store::show_kept_images(&self.id(), html);
        self.preview.set(html);
        self.word_total.set(words);
        let cost = now_ms() - started;
        self.session.try_update_value(|s| s.preview_cost = cost);
    }
}

fn now_ms() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}
