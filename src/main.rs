//! Carnet, the reading site: a Leptos single-page app over the pure `carnet-core`.
//!
//! - `app`: the layout and the routes;
//! - `pages/`: one module per page (home, post, read later, my data, drafts, editor, 404);
//! - `components/`: pieces the pages share (header, footer, post summary, toggles, notices);
//! - `posts`: the post index compiled in by `build.rs`, and post bodies fetched on demand;
//! - `state`: the reader's state (read, positions, bookmarks) as signals, in step with
//!   storage and the other tabs;
//! - `storage`: localStorage — the only module that touches it;
//! - `studio`: drafts and their revisions in storage, never saved over a newer tab's;
//! - `tracker`: follows the reader through a post and brings them back where they stopped;
//! - `files`: downloads and picked files;
//! - `site`: where the site is served from and which language the reader prefers.

mod app;
mod components;
mod files;
mod pages;
mod posts;
mod search;
mod site;
mod state;
mod storage;
mod studio;
mod tracker;

fn main() {
    leptos::mount::mount_to_body(app::App);
}
