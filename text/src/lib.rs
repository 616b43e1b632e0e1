//! Carnet's words, shared by every other crate: the two languages ([`lang`]), dates
//! ([`date`]), slugs and accent folding ([`slug`]), French typography ([`typography`]),
//! word counts and reading times ([`reading`]), the short hash of a text in file names
//! ([`hash`]).

pub mod date;
pub mod hash;
pub mod lang;
pub mod reading;
pub mod slug;
pub mod typography;

pub use date::Date;
pub use lang::Lang;
