//! The writer's studio without its browser: the rules, tested natively.
//!
//! - [`draft`]: drafts, their revisions, two tabs' writes told apart, the `.md` file;
//! - [`autosave`]: the editor's autosave and its rules for two tabs on one draft;
//! - [`edit`]: the editor's Markdown formatting commands;
//! - [`photo`]: a photo dropped into the studio: its metadata, the size it is kept at;
//! - [`publish`]: what the studio asks its builder and shows of a build before it publishes;
//! - [`refusal`]: the build's refusals, said to the writer at the field to fix;
//! - [`github`]: publishing to GitHub, as a plan of calls tested without a network;
//! - [`export`]: the file "My data" exports and imports (the reader's documents and the
//!   drafts).

pub mod autosave;
pub mod draft;
pub mod edit;
pub mod export;
pub mod github;
pub mod photo;
pub mod publish;
pub mod refusal;
