//! Pieces of page the pages share.

mod byline;
mod post_summary;
mod site_footer;
mod site_header;

pub use byline::{Byline, Tags};
pub use post_summary::PostSummary;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
