//! What only the command line does: build the app with the tools on this machine
//! ([`app`]), read the sources and write the site on disk ([`files`]), keep the images
//! made between builds ([`cache`]).

pub mod app;
pub mod cache;
pub mod files;
