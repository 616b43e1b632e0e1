//! Carnet, the reading site: a Leptos single-page app over the pure `carnet-core`.
//!
//! - `app`: the layout and the routes;
//! - `pages/`: one module per page (home, post, 404);
//! - `components/`: pieces the pages share (header, footer, post summary, byline);
//! - `posts`: the post index compiled in by `build.rs`, and post bodies fetched on demand;
//! - `site`: where the site is served from and which language the reader prefers.

mod app;
mod components;
mod pages;
mod posts;
mod site;

fn main() {
    leptos::mount::mount_to_body(app::App);
}
