//! What only the command line does: read the sources and write the site on disk
//! ([`files`]), keep the images made between builds ([`cache`]), proofread the posts
//! ([`check`]).

pub mod cache;
pub mod check;
pub mod files;
