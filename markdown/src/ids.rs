//! The ids the app gives its own elements, listed once: its components use them, and
//! [`crate::render`] never gives one of them to a heading of a post.

/// The app's root element, in every page (`#carnet`; index.html's scripts name it too).
pub const ROOT: &str = "carnet";
/// `<main>`, where the skip link leads.
pub const MAIN: &str = "main";
/// The header's search field.
pub const SEARCH_BOX: &str = "search-box";
/// The header's menu: its links and the language switch (folded behind a button on a
/// phone).
pub const SITE_MENU: &str = "site-menu";
/// The home page's heading of its list of posts.
pub const LATEST_POSTS: &str = "latest-posts";
/// The home page's heading of the posts the reader has begun.
pub const CONTINUE_READING: &str = "continue-reading";
/// The drafts editor's text area.
pub const DRAFT_BODY: &str = "draft-body";
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
    SITE_MENU,
    LATEST_POSTS,
    CONTINUE_READING,
    DRAFT_BODY,
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

/// The editor's fields, by what they hold (the text area is [`DRAFT_BODY`]).
///
/// The editor's own ids below have an underscore, which no id the render gives a heading
/// has (a heading's id is a slug: letters, digits, hyphens): they cannot collide with a
/// draft's headings, so [`ALL`] (which every page's render checks) does not list them.
pub const DRAFT_TITLE: &str = "draft_title";
/// The signature field.
pub const DRAFT_AUTHOR: &str = "draft_author";
/// The tags field.
pub const DRAFT_TAGS: &str = "draft_tags";
/// The post's language.
pub const DRAFT_LANG: &str = "draft_lang";
/// The publication date.
pub const DRAFT_DATE: &str = "draft_date";
/// The summary.
pub const DRAFT_SUMMARY: &str = "draft_summary";
/// The cover image.
pub const DRAFT_COVER: &str = "draft_cover";
/// What the cover shows.
pub const DRAFT_COVER_ALT: &str = "draft_cover_alt";
/// The keyphrase.
pub const DRAFT_KEYPHRASE: &str = "draft_keyphrase";
/// The address's last segment.
pub const DRAFT_SLUG: &str = "draft_slug";
/// The hint under the cover field.
pub const COVER_HINT: &str = "cover_hint";
/// The hint under the keyphrase field.
pub const KEYPHRASE_HINT: &str = "keyphrase_hint";
/// The hint under the address field.
pub const SLUG_HINT: &str = "slug_hint";
/// The editor's folding panel of the post's details.
pub const DRAFT_DETAILS: &str = "draft_details";
