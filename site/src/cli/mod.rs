//! What only the command line does: read the sources and write the site on disk
//! ([`files`]), keep the images made between builds ([`cache`]).

pub mod cache;
pub mod files;
