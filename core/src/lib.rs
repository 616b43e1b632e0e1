//! Carnet's pure core: everything about posts that needs no browser.
//!
//! - [`content`]: a post's metadata, as the app reads it;
//! - [`data`]: the data files the build writes for the app (site, post records, list
//!   pages, tags, archive): their shapes and paths;
//! - [`render`]: Markdown to safe HTML, the one render function;
//! - [`routes`]: every address of the site, and the part of the app each page is in;
//! - [`ids`]: the ids of the app's own elements, which a post's headings never take;
//! - [`typography`]: French no-break spaces;
//! - [`reading`]: word counts and reading times;
//! - [`store`]: how Carnet keeps documents in the reader's browser (keys, versions,
//!   migrations); [`reader`]: the reader's documents (reading log, bookmarks, settings);
//!   [`export`]: the export file;
//! - [`draft`]: drafts, their revisions, two tabs' writes told apart, the `.md` file;
//! - [`edit`]: the editor's Markdown formatting commands;
//! - [`frontmatter`]: posts' YAML front matter, read and written the same way by the build
//!   and the drafts studio;
//! - [`publish`]: what the studio shows of a build before it publishes;
//! - [`photo`]: a photo dropped into the studio: its metadata, the size it is kept at;
//! - [`search`]: words folded and stemmed, the index and its BM25 ranking;
//! - [`tags`]: tags across posts (one per slug, whatever the spelling) and the archive;
//! - [`position`]: where the reader is in a post, and where to bring them back;
//! - [`date`], [`lang`], [`slug`]: the small types and helpers they share;
//! - `load` (feature `load`, build time only): reads and validates posts.
//!
//! The app (Wasm) and the content build (`carnet-site`) both use this crate, so a post
//! renders the same wherever it is rendered.

pub mod content;
pub mod data;
pub mod date;
pub mod draft;
pub mod edit;
pub mod export;
pub mod focus;
pub mod frontmatter;
pub mod github;
pub mod ids;
pub mod lang;
#[cfg(feature = "load")]
pub mod load;
pub mod paging;
pub mod photo;
pub mod position;
pub mod publish;
pub mod reader;
pub mod reading;
pub mod render;
pub mod routes;
pub mod search;
pub mod seen;
pub mod share;
pub mod slug;
pub mod store;
pub mod tags;
pub mod typography;

pub use content::{Cover, PostMeta};
pub use date::Date;
pub use lang::Lang;
pub use render::{ImageSize, RenderOptions, render};
