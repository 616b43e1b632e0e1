//! One module per page.

mod bookmarks;
mod home;
mod my_data;
mod not_found;
mod post;

pub use bookmarks::Bookmarks;
pub use home::Home;
pub use my_data::MyData;
pub use not_found::NotFound;
pub use post::PostPage;
