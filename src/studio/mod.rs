//! The writer's studio: its pages (`/drafts/…`, one part of the app fetched when first
//! opened) and the browser's side of its rules, which live in `carnet-studio`.
//!
//! - `drafts`: the drafts page (new, import, delete, the published posts to edit);
//! - `editor`: a draft's editor — its view, and a file per job: autosave, toolbar
//!   commands, history, preview, images, the post's details, Relecture;
//! - `draft_preview`: a draft shown as its post;
//! - `link_previews`: how a link to the post will look (Google, social cards), drawn in
//!   Relecture and on the publishing page;
//! - `publish`: "Publier" — the builder in its worker, then a folder, downloads or GitHub;
//! - `store`: drafts and their revisions in storage, never saved over a newer tab's, with
//!   `claims` (which tab writes a draft's next revision);
//! - `photos`: a dropped photo shrunk before it is kept.

mod claims;
mod draft_preview;
mod drafts;
mod editor;
mod link_previews;
mod photos;
mod publish;
pub mod store;

pub use draft_preview::DraftPreview;
pub use drafts::Drafts;
pub use editor::DraftEditor;
pub use publish::Publish;
