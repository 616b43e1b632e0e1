//! One module per page.

mod archive;
mod bookmarks;
mod draft_editor;
mod draft_preview;
mod drafts;
mod home;
mod my_data;
mod not_found;
mod post;
mod publish;
mod search;
mod tags;

pub use archive::Archive;
pub use bookmarks::Bookmarks;
pub use draft_editor::DraftEditor;
pub use draft_preview::DraftPreview;
pub use drafts::Drafts;
pub use home::Home;
pub use my_data::MyData;
pub use not_found::NotFound;
pub use post::PostPage;
pub use publish::Publish;
pub use search::SearchPage;
pub use tags::{TagIndex, TagPage};
