//! What only the command line does: build the app with the tools on this machine
//! ([`app`]), read the sources and write the site on disk ([`files`]).

pub mod app;
pub mod files;
