//! Every address of the site, built here and only here: the app's router matches the
//! segments named below, its links and the studio's navigation build their paths with
//! [`Route::path`], and the content build writes each prerendered page at
//! [`Route::page`] (also its address in the feed, the sitemap and link previews). Which
//! part of the app shows a page ([`Part`]) is read off the same table.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC};

/// What `encodeURIComponent` leaves as it is.
pub(crate) const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'!')
    .remove(b'~')
    .remove(b'*')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')');

/// A page's first segment as the router matches it, and the address of the page it names
/// alone, from one literal: `segment!(ARCHIVE, ARCHIVE_PATH = "archive")` is `"archive"`
/// and `"/archive"`. Pages without a parameter link their address as a constant: the
/// header's links cost no code in the part every page loads.
macro_rules! segment {
    ($(#[$doc:meta])* $segment:ident, $path:ident = $literal:literal) => {
        $(#[$doc])*
        pub const $segment: &str = $literal;
        #[doc = concat!("`/", $literal, "`: the address of [`", stringify!($segment), "`]'s page.")]
        pub const $path: &str = concat!("/", $literal);
    };
}

/// The home page's address.
pub const HOME_PATH: &str = "/";
segment!(
    /// The first segment of a post's address: `/posts/<slug>`.
    POSTS, POSTS_PATH = "posts"
);
segment!(
    /// The list of tags, and each tag's page: `/tags`, `/tags/<slug>`.
    TAGS, TAGS_PATH = "tags"
);
segment!(
    /// Every post by year: `/archive`.
    ARCHIVE, ARCHIVE_PATH = "archive"
);
segment!(
    /// Search: `/search?q=…`.
    SEARCH, SEARCH_PATH = "search"
);
segment!(
    /// The posts the reader keeps to read later: `/bookmarks`.
    BOOKMARKS, BOOKMARKS_PATH = "bookmarks"
);
segment!(
    /// What the site keeps in the reader's browser: `/my-data`.
    MY_DATA, MY_DATA_PATH = "my-data"
);
segment!(
    /// The studio's drafts, and each draft's pages: `/drafts`, `/drafts/<id>`.
    DRAFTS, DRAFTS_PATH = "drafts"
);
/// A draft's preview: `/drafts/<id>/preview`.
pub const PREVIEW: &str = "preview";
/// A draft's publishing page: `/drafts/<id>/publish`.
pub const PUBLISH: &str = "publish";
/// The parameter naming a post or a tag (its slug) in the router.
pub const SLUG: &str = "slug";
/// The parameter naming a draft (its id) in the router.
pub const ID: &str = "id";
/// The query parameter of a list's page number: `?page=2`.
pub const PAGE: &str = "page";
/// The query parameter of a search: `?q=…`.
pub const QUERY: &str = "q";
/// The query parameter that opens a published post's publishing page to take it down.
pub const TAKE_DOWN: &str = "retirer";

/// A page of the site.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route<'a> {
    /// The home page, the latest posts.
    Home,
    /// A post, by its slug.
    Post(&'a str),
    /// The posts kept to read later.
    Bookmarks,
    /// Every tag.
    Tags,
    /// A tag's posts, by its slug, a page at a time (the first is 1).
    Tag(&'a str, usize),
    /// Every post by year.
    Archive,
    /// Search (its words in the query, see [`search_path`]).
    Search,
    /// What the site keeps in the reader's browser.
    MyData,
    /// The studio's drafts.
    Drafts,
    /// A draft's editor, by its id.
    Draft(&'a str),
    /// A draft's preview.
    DraftPreview(&'a str),
    /// A draft's publishing page.
    DraftPublish(&'a str),
}

/// The part of the app a page needs before it can be shown: the content build marks each
/// prerendered page with it (`#carnet[data-part]`) so that the page fetches its files with
/// the main Wasm, and the app fetches it before it adopts the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The lists of posts (home, tags, archive, read later).
    Reading,
    /// A post's page.
    Post,
    /// The studio and "My data".
    Studio,
    /// Search.
    Search,
}

impl Route<'_> {
    /// Its address inside the site (put the site's base path before it): `/posts/<slug>`,
    /// `/tags/<slug>?page=2`, `/drafts/<id>/preview`. A page without a parameter is also its
    /// constant (`ARCHIVE_PATH`), which links in the part every page loads use.
    pub fn path(&self) -> String {
        let (first, param, last) = match *self {
            Route::Home => return HOME_PATH.to_owned(),
            Route::Bookmarks => return BOOKMARKS_PATH.to_owned(),
            Route::Tags => return TAGS_PATH.to_owned(),
            Route::Archive => return ARCHIVE_PATH.to_owned(),
            Route::Search => return SEARCH_PATH.to_owned(),
            Route::MyData => return MY_DATA_PATH.to_owned(),
            Route::Drafts => return DRAFTS_PATH.to_owned(),
            Route::Post(slug) => (POSTS_PATH, slug, None),
            Route::Tag(slug, _) => (TAGS_PATH, slug, None),
            Route::Draft(id) => (DRAFTS_PATH, id, None),
            Route::DraftPreview(id) => (DRAFTS_PATH, id, Some(PREVIEW)),
            Route::DraftPublish(id) => (DRAFTS_PATH, id, Some(PUBLISH)),
        };
        let mut path = String::from(first);
        for segment in [Some(param), last].into_iter().flatten() {
            path.push('/');
            path.push_str(segment);
        }
        if let Route::Tag(_, page @ 2..) = *self {
            path.push('?');
            path.push_str(PAGE);
            path.push('=');
            path.push_str(&page.to_string());
        }
        path
    }

    /// Where the host serves its prerendered page, relative to the site's address:
    /// `posts/<slug>/`, `tags/`, `""` for the home page (the page's public address is the
    /// site's address followed by it). A tag's later pages are its first page's.
    pub fn page(&self) -> String {
        match self.path().split('?').next().unwrap_or_default() {
            "/" => String::new(),
            path => format!("{}/", &path[1..]),
        }
    }

    /// The file of its prerendered page in the site: `posts/<slug>/index.html`.
    pub fn file(&self) -> String {
        format!("{}index.html", self.page())
    }

    /// The part of the app that shows it.
    pub fn part(&self) -> Part {
        match self {
            Route::Post(_) => Part::Post,
            Route::Search => Part::Search,
            Route::MyData
            | Route::Drafts
            | Route::Draft(_)
            | Route::DraftPreview(_)
            | Route::DraftPublish(_) => Part::Studio,
            Route::Home | Route::Bookmarks | Route::Tags | Route::Tag(..) | Route::Archive => {
                Part::Reading
            }
        }
    }
}

impl<'a> Route<'a> {
    /// The page an address inside the site asks for (without the site's base path; a
    /// trailing slash and the query are let be: a tag's page is read from the query by
    /// its page), or `None` when no page of the site has it.
    pub fn of(address: &'a str) -> Option<Route<'a>> {
        let path = address.split('?').next().unwrap_or_default();
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        Some(match segments.as_slice() {
            [] => Route::Home,
            [POSTS, slug] => Route::Post(slug),
            [BOOKMARKS] => Route::Bookmarks,
            [TAGS] => Route::Tags,
            [TAGS, slug] => Route::Tag(slug, 1),
            [ARCHIVE] => Route::Archive,
            [SEARCH] => Route::Search,
            [MY_DATA] => Route::MyData,
            [DRAFTS] => Route::Drafts,
            [DRAFTS, id] => Route::Draft(id),
            [DRAFTS, id, PREVIEW] => Route::DraftPreview(id),
            [DRAFTS, id, PUBLISH] => Route::DraftPublish(id),
            _ => return None,
        })
    }
}

/// The search page's address for `query`, which `encode` encodes as `encodeURIComponent`
/// does ([`COMPONENT`]'s set): `/search?q=r%C3%A9seau`. The app passes the browser's own
/// `encodeURIComponent`, so that no encoder of ours sits in the part every page loads.
pub fn search_path(query: &str, encode: impl FnOnce(&str) -> String) -> String {
    format!("{SEARCH_PATH}?{QUERY}={}", encode(query))
}

/// A draft's publishing page opened to take its published post down.
pub fn take_down_path(id: &str) -> String {
    format!("{}?{TAKE_DOWN}", Route::DraftPublish(id).path())
}

impl Part {
    /// The parts a prerendered page may need (the build prerenders posts and lists).
    pub const PRERENDERED: [Part; 2] = [Part::Reading, Part::Post];

    /// The part the page at `path` needs (a URL path, without the site's base path); a
    /// page the site does not have is shown by the main part and the reading one. Read
    /// off the first segments alone, as [`Route::part`] says (a native test checks every
    /// route): the app calls it before anything else, in the part every page loads.
    pub fn of(path: &str) -> Part {
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            [SEARCH] => Part::Search,
            [DRAFTS, ..] | [MY_DATA] => Part::Studio,
            [POSTS, _] => Part::Post,
            _ => Part::Reading,
        }
    }

    /// Its name, as the build names its files: the app's split function's (`#[lazy]`).
    pub fn name(self) -> &'static str {
        match self {
            Part::Reading => "reading_page",
            Part::Post => "post_page",
            Part::Studio => "studio_page",
            Part::Search => "search_page",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One of every page, as the router knows them.
    const EVERY: [Route<'static>; 13] = [
        Route::Home,
        Route::Post("le-metier"),
        Route::Bookmarks,
        Route::Tags,
        Route::Tag("carnet", 1),
        Route::Tag("carnet", 3),
        Route::Archive,
        Route::Search,
        Route::MyData,
        Route::Drafts,
        Route::Draft("d1"),
        Route::DraftPreview("d1"),
        Route::DraftPublish("d1"),
    ];

    #[test]
    fn every_route_is_read_back_from_its_address() {
        for route in EVERY {
            let read = match route {
                // The page number is the tag page's own to read, from the query.
                Route::Tag(slug, _) => Route::Tag(slug, 1),
                other => other,
            };
            assert_eq!(Route::of(&route.path()), Some(read), "{}", route.path());
        }
    }

    #[test]
    fn every_route_maps_to_the_part_that_shows_it() {
        let parts: Vec<(String, Part)> = EVERY
            .iter()
            .map(|r| (r.path(), Part::of(&r.path())))
            .collect();
        let expected = [
            ("/", Part::Reading),
            ("/posts/le-metier", Part::Post),
            ("/bookmarks", Part::Reading),
            ("/tags", Part::Reading),
            ("/tags/carnet", Part::Reading),
            ("/tags/carnet?page=3", Part::Reading),
            ("/archive", Part::Reading),
            ("/search", Part::Search),
            ("/my-data", Part::Studio),
            ("/drafts", Part::Studio),
            ("/drafts/d1", Part::Studio),
            ("/drafts/d1/preview", Part::Studio),
            ("/drafts/d1/publish", Part::Studio),
        ];
        let expected: Vec<(String, Part)> = expected
            .iter()
            .map(|(p, part)| ((*p).to_owned(), *part))
            .collect();
        assert_eq!(parts, expected);
        // Prerendered pages are only ever reading pages or posts.
        for route in [
            Route::Home,
            Route::Post("p"),
            Route::Tags,
            Route::Tag("t", 1),
        ] {
            assert!(Part::PRERENDERED.contains(&route.part()));
        }
    }

    #[test]
    fn the_constant_addresses_are_the_routes() {
        let constants = [
            (Route::Home, HOME_PATH),
            (Route::Bookmarks, BOOKMARKS_PATH),
            (Route::Tags, TAGS_PATH),
            (Route::Archive, ARCHIVE_PATH),
            (Route::Search, SEARCH_PATH),
            (Route::MyData, MY_DATA_PATH),
            (Route::Drafts, DRAFTS_PATH),
        ];
        for (route, path) in constants {
            assert_eq!(route.path(), path);
            assert_eq!(Route::of(path), Some(route));
        }
    }

    #[test]
    fn pages_and_files_as_the_host_serves_them() {
        assert_eq!(Route::Home.page(), "");
        assert_eq!(Route::Home.file(), "index.html");
        assert_eq!(Route::Post("a").page(), "posts/a/");
        assert_eq!(Route::Post("a").file(), "posts/a/index.html");
        assert_eq!(Route::Tags.file(), "tags/index.html");
        assert_eq!(Route::Tag("t", 2).page(), "tags/t/");
        assert_eq!(Route::Archive.page(), "archive/");
    }

    #[test]
    fn addresses_with_a_trailing_slash_or_unknown() {
        assert_eq!(Route::of("/posts/a/"), Some(Route::Post("a")));
        assert_eq!(Route::of("/tags/t?page=2"), Some(Route::Tag("t", 1)));
        assert_eq!(Route::of("/nowhere"), None);
        assert_eq!(Route::of("/posts"), None);
        assert_eq!(Part::of("/nowhere"), Part::Reading);
    }

    #[test]
    fn search_addresses_are_encoded_as_the_browser_does() {
        let encode = |q: &str| percent_encoding::utf8_percent_encode(q, COMPONENT).to_string();
        assert_eq!(search_path("réseau", encode), "/search?q=r%C3%A9seau");
        assert_eq!(search_path("a b&c", encode), "/search?q=a%20b%26c");
        assert_eq!(take_down_path("d1"), "/drafts/d1/publish?retirer");
    }
}
