//! Carnet's Markdown, the same in the content build and in the browser: a post's front
//! matter ([`frontmatter`], with its cover's [`focus`]) and its text rendered to safe HTML
//! ([`render`]), whose headings never take an id of the app's own ([`ids`]).

pub mod focus;
pub mod frontmatter;
pub mod ids;
pub mod render;

pub use render::{ImageSize, RenderOptions, render};
