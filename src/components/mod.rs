//! Pieces of page the pages share, and the 404 page (the router's fallback, and what a
//! page shows for an address that names nothing).

mod bookmark_toggle;
mod byline;
mod load_state;
mod not_found;
mod notices;
mod page_head;
mod pager;
mod part_unavailable;
mod post_summary;
mod read_toggle;
mod reading_status;
mod share;
mod site_footer;
mod site_header;
mod studio_style;

pub use bookmark_toggle::BookmarkToggle;
pub use byline::{Byline, Tags};
pub use load_state::{LoadFailed, Loading, is_offline, when_back_online};
pub use not_found::NotFound;
pub use notices::Notices;
pub use page_head::{Article, PageHead};
pub use pager::PagedPostList;
pub use part_unavailable::PartUnavailable;
pub use post_summary::PostList;
pub use read_toggle::ReadToggle;
pub use reading_status::ReadingStatus;
pub use share::Share;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use studio_style::StudioStyle;
