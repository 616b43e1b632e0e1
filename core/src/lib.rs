//! Carnet's pure core: everything about posts that needs no browser.
//!
//! - [`content`]: the post metadata the app is built with;
//! - [`render`]: Markdown to safe HTML, the one render function;
//! - [`typography`]: French no-break spaces;
//! - [`reading`]: word counts and reading times;
//! - [`i18n`]: every interface string, in French and English;
//! - [`date`], [`lang`], [`slug`]: the small types and helpers they share;
//! - `load` (feature `load`, build time only): reads and validates `posts/`.
//!
//! The app (Wasm) and the build (`build.rs`, `carnet-site`) both use this crate, so a
//! post renders the same wherever it is rendered.

pub mod content;
pub mod date;
pub mod i18n;
pub mod lang;
#[cfg(feature = "load")]
pub mod load;
pub mod reading;
pub mod render;
pub mod slug;
pub mod typography;

pub use content::{Cover, PostMeta};
pub use date::Date;
pub use lang::Lang;
pub use render::{ImageSize, RenderOptions, render};
