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
/// The editor's fields, by what they hold (the text area is [`DRAFT_BODY`]).
pub const DRAFT_TITLE: &str = "draft-title";
/// The signature field.
pub const DRAFT_AUTHOR: &str = "draft-author";
/// The tags field.
pub const DRAFT_TAGS: &str = "draft-tags";
/// The post's language.
pub const DRAFT_LANG: &str = "draft-lang";
/// The publication date.
pub const DRAFT_DATE: &str = "draft-date";
/// The summary.
pub const DRAFT_SUMMARY: &str = "draft-summary";
/// The cover image.
pub const DRAFT_COVER: &str = "draft-cover";
/// What the cover shows.
pub const DRAFT_COVER_ALT: &str = "draft-cover-alt";
/// The keyphrase.
pub const DRAFT_KEYPHRASE: &str = "draft-keyphrase";
/// The address's last segment.
pub const DRAFT_SLUG: &str = "draft-slug";
/// The editor's folding panel of the post's details.
pub const DRAFT_DETAILS: &str = "draft-details";
/// The studio's stylesheet, added to the page when the studio opens.
pub const STUDIO_STYLE: &str = "studio-style";
/// The hint under the editor's date field (what an empty date means, when it is due).
pub const DATE_HINT: &str = "date-hint";
/// The notice that a part of the app waits for the network.
pub const WAITING: &str = "carnet-waiting";
/// The publishing page's heading.
pub const PUBLISH_TITLE: &str = "publish-title";
/// The publishing page's check list's heading.
pub const CHECKLIST_TITLE: &str = "checklist-title";
/// The publishing page's heading of the post's page (its address, its links' previews).
pub const PAGE_TITLE: &str = "page-title";
/// The publishing page's heading of the post as it will read.
pub const PREVIEW_TITLE: &str = "preview-title";
/// The publishing page's heading of where the post goes.
pub const DESTINATIONS_TITLE: &str = "destinations-title";
/// The heading of publishing on GitHub.
pub const GITHUB_TITLE: &str = "github-title";
/// The notice of a new version of the site (the content build puts it in every page;
/// `offline/page.js` shows it).
pub const UPDATE: &str = "carnet-update";

/// The `<script type="application/json">` element that holds the site's data
/// (`carnet_content::data::Site`) in every page.
pub const SITE_ID: &str = "carnet-site";

/// Every id of the app's own, the data the page carries included.
pub const ALL: &[&str] = &[
    ROOT,
    MAIN,
    SEARCH_BOX,
    LATEST_POSTS,
    CONTINUE_READING,
    DRAFT_BODY,
    DRAFT_TITLE,
    DRAFT_AUTHOR,
    DRAFT_TAGS,
    DRAFT_LANG,
    DRAFT_DATE,
    DRAFT_SUMMARY,
    DRAFT_COVER,
    DRAFT_COVER_ALT,
    DRAFT_KEYPHRASE,
    DRAFT_SLUG,
    DRAFT_DETAILS,
    STUDIO_STYLE,
    DATE_HINT,
    WAITING,
    PUBLISH_TITLE,
    CHECKLIST_TITLE,
    PAGE_TITLE,
    PREVIEW_TITLE,
    DESTINATIONS_TITLE,
    GITHUB_TITLE,
    UPDATE,
    SITE_ID,
];
