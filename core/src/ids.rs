//! The ids the app gives its own elements, listed once: its components use them, and
//! [`crate::render`] never gives one of them to a heading of a post.

/// The app's root element, in every page (`#carnet`; index.html's scripts name it too).
pub const ROOT: &str = "carnet";
/// `<main>`, where the skip link leads.
pub const MAIN: &str = "main";
/// The header's search field.
pub const SEARCH_BOX: &str = "search-box";
/// The home page's heading of its list of posts.
pub const LATEST_POSTS: &str = "latest-posts";
/// The home page's heading of the posts the reader has begun.
pub const CONTINUE_READING: &str = "continue-reading";
/// The drafts editor's text area.
pub const DRAFT_BODY: &str = "draft-body";
/// The studio's stylesheet, added to the page when the studio opens.
pub const STUDIO_STYLE: &str = "studio-style";
/// The notice of a new version of the site (the content build puts it in every page;
/// `offline/page.js` shows it).
pub const UPDATE: &str = "carnet-update";

/// Every id of the app's own, the data the page carries included.
pub const ALL: &[&str] = &[
    ROOT,
    MAIN,
    SEARCH_BOX,
    LATEST_POSTS,
    CONTINUE_READING,
    DRAFT_BODY,
    STUDIO_STYLE,
    UPDATE,
    crate::data::SITE_ID,
];
