//! Carnet's content: what the build makes of posts and the app reads.
//!
//! - [`post`]: a post's metadata, as the app reads it;
//! - [`data`]: the data files the build writes for the app (site, post records, list
//!   pages, tags, archive): their shapes and paths;
//! - [`routes`]: every address of the site, and the part of the app each page is in;
//! - [`tags`]: tags across posts (one per slug, whatever the spelling) and the archive;
//! - [`paging`]: lists a page at a time;
//! - [`search`]: words folded and stemmed, the index and its BM25 ranking;
//! - [`share`]: a post's links to share it on each network;
//! - `load` (feature `load`, build time only): reads and validates posts.

pub mod data;
#[cfg(feature = "load")]
pub mod load;
pub mod paging;
pub mod post;
pub mod routes;
pub mod search;
pub mod share;
pub mod tags;

pub use post::{Cover, PostMeta};
