//! One module per page of the reading site (the studio's pages are in `studio`).

mod archive;
mod bookmarks;
mod home;
mod my_data;
mod post;
mod search;
mod tags;

pub use archive::Archive;
pub use bookmarks::Bookmarks;
pub use home::Home;
pub use my_data::MyData;
pub use post::PostPage;
pub use search::SearchPage;
pub use tags::{TagIndex, TagPage};
