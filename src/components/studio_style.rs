//! The styles of the writer's studio and of "My data" (`style/studio.css`), in the page's
//! `<head>` while one of those pages is shown. These pages are never prerendered, so their
//! rules travel with their part of the app instead of weighing on every page's stylesheet.

use carnet_markdown::ids;
use leptos::prelude::*;
use leptos_meta::Style;

const STUDIO_CSS: &str = include_str!("../../style/studio.css");

/// Puts the studio's styles in the page's `<head>` for as long as it is shown.
#[component]
pub fn StudioStyle() -> impl IntoView {
    view! { <Style id=ids::STUDIO_STYLE>{STUDIO_CSS}</Style> }
}
