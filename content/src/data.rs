//! The site's data files: what the content build writes for the app, their shapes and
//! their paths — the one place both sides agree on them.
//!
//! The app is built once, whatever the posts: it learns about them from these JSON files.
//! No page needs the metadata of every post; each reads a shard of bounded size:
//!
//! | file | what | read by |
//! |---|---|---|
//! | embedded in every HTML page | [`Site`]: the identity from `Carnet.toml` | every page |
//! | [`post_file`] `data/posts/<slug>.json` | [`PostRecord`]: a post, its images' sizes, the posts before and after it | a post page, read-later and "continue reading" lists, search results |
//! | [`list_file`] `data/pages/<n>.json` | [`ListPage`]: page `n` of the home's list, [`PER_PAGE`] posts | the home |
//! | [`tag_file`] `data/tags/<slug>/<n>.json` | [`TagPage`]: page `n` of a tag's posts | a tag page |
//! | [`TAGS_FILE`] | every tag with its number of posts | `/tags`, search suggestions |
//! | [`ARCHIVE_FILE`] | every post's title and date | `/archive` |
//! | [`SEARCH_FILE`] | the search index ([`crate::search`]) | search |
//!
//! These files keep their names from build to build (a post's record is where its slug
//! says), so hosts must revalidate them (`Cache-Control: no-cache`); the post texts they
//! point to and the app have content hashes in their names and may be cached forever.
//! Nothing that changes with the posts is in every page: adding a post changes the pages
//! and files that show it, not the others. A prerendered page embeds the files it shows ([`embed`]), so its
//! first view needs no request beyond the page.

use crate::post::PostMeta;
use carnet_markdown::render::ImageSize;
use carnet_text::date::Date;
use carnet_text::lang::Lang;
use serde::{Deserialize, Serialize};

pub use crate::paging::PER_PAGE;
use crate::paging::Page;

/// The site: its identity (from `Carnet.toml`) and what the app must know of its posts
/// before it reads any shard.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Site {
    /// The site's name, in the header and every page title.
    pub title: String,
    /// Who writes it.
    pub author: String,
    /// The language of the site's own pages (home, tags, archive).
    pub lang: Lang,
    /// What the site is about, for the home's description and link previews.
    pub description: Localized,
    /// The line at the bottom of every page.
    pub footer: Localized,
    /// The writer's profiles elsewhere, linked in the footer (`rel="me"`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
    /// The writer's fediverse account (`@isabelle@mastodon.social`), which Mastodon's link
    /// previews credit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fediverse: Option<String>,
    /// The picture link previews show for pages without one of their own: the card made
    /// of `Carnet.toml`'s `image`, or drawn of the site's title without one (1200×630),
    /// relative to the site root.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// The address the site is published at, ending with `/`: the pages' canonical
    /// addresses and link previews start with it.
    pub base_url: String,
}

/// The host of an http(s) address, as link previews write it: `carnet.example` for
/// `https://carnet.example/blog/posts/a/`.
pub fn host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    rest.split(['/', '?', '#']).next().unwrap_or_default()
}

impl Site {
    /// The public address of `path`, a path relative to the site's root (`posts/x/`).
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base_url)
    }

    /// "Page · Site", or the site's name alone: a page's `<title>`.
    pub fn page_title(&self, page: Option<&str>) -> String {
        match page {
            Some(page) => format!("{page} · {}", self.title),
            None => self.title.clone(),
        }
    }
}

/// A text in each interface language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Localized {
    /// In French.
    pub fr: String,
    /// In English.
    pub en: String,
}

impl Localized {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fr => &self.fr,
            Lang::En => &self.en,
        }
    }
}

/// A link to one of the writer's profiles.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    /// What it is called: "Mastodon", "LinkedIn"…
    pub name: String,
    /// Its address.
    pub url: String,
}

/// What a post page needs: [`post_file`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostRecord {
    /// The post.
    pub post: PostMeta,
    /// The sizes of the images it shows (cover and text), sorted by path.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub images: Vec<ImageSize>,
    /// Its own link preview card: drawn of its title by the build when it has no cover,
    /// cut around its cover's focus when it gives one (otherwise its cover's card).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card: Option<String>,
    /// The next newer post.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub newer: Option<PostLink>,
    /// The next older post.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub older: Option<PostLink>,
}

/// Enough of a post to link to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostLink {
    /// Its slug.
    pub slug: String,
    /// Its title.
    pub title: String,
    /// Its language.
    pub lang: Lang,
}

impl From<&PostMeta> for PostLink {
    fn from(post: &PostMeta) -> Self {
        PostLink {
            slug: post.slug.clone(),
            title: post.title.clone(),
            lang: post.lang,
        }
    }
}

/// A page of the home's list: [`list_file`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListPage {
    /// How many posts are published.
    pub count: usize,
    /// This page's posts, newest first.
    pub posts: Vec<PostMeta>,
}

impl ListPage {
    /// How many pages the list has (at least one).
    pub fn pages(&self) -> usize {
        Page::of(self.count, None, PER_PAGE).count
    }
}

/// A page of a tag's posts: [`tag_file`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TagPage {
    /// The tag as shown.
    pub name: String,
    /// How many posts carry it.
    pub count: usize,
    /// This page's posts, newest first.
    pub posts: Vec<PostMeta>,
}

/// A tag in [`TAGS_FILE`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TagEntry {
    /// Its URL segment.
    pub slug: String,
    /// How it is shown.
    pub name: String,
    /// How many posts carry it.
    pub count: usize,
}

/// A post in [`ARCHIVE_FILE`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArchiveEntry {
    /// Its slug.
    pub slug: String,
    /// Its title.
    pub title: String,
    /// Its date.
    pub date: Date,
    /// Its language.
    pub lang: Lang,
}

pub use carnet_markdown::ids::SITE_ID;

/// The attribute naming the data file a `<script type="application/json">` element of a
/// page holds (its path, as it would be fetched).
pub const FILE_ATTRIBUTE: &str = "data-carnet-file";

/// What a page of HTML carries for the app: the site, and the data files it shows, each
/// in a `<script type="application/json">` element holding the file's own text (`files`:
/// path and JSON), so that the app reads them as if it had fetched them.
pub fn embed(site: &Site, files: &[(String, String)]) -> String {
    let site = serde_json::to_string(site).expect("the site serialises");
    let mut html = format!(
        "<script type=\"application/json\" id=\"{SITE_ID}\">{}</script>",
        script_text(&site)
    );
    for (path, json) in files {
        html.push_str(&format!(
            "\n    <script type=\"application/json\" {FILE_ATTRIBUTE}=\"{path}\">{}</script>",
            script_text(json)
        ));
    }
    html
}

/// JSON that cannot end its `<script>` element early: `<` is written `\u003c` (in JSON,
/// `<` can only be inside a string).
fn script_text(json: &str) -> String {
    json.replace('<', "\\u003c")
}

/// The record of the post `slug`: `data/posts/<slug>.json`.
pub fn post_file(slug: &str) -> String {
    format!("data/posts/{slug}.json")
}

/// Page `n` (from 1) of the home's list: `data/pages/<n>.json`.
pub fn list_file(n: usize) -> String {
    format!("data/pages/{n}.json")
}

/// Page `n` (from 1) of the tag `slug`: `data/tags/<slug>/<n>.json`.
pub fn tag_file(slug: &str, n: usize) -> String {
    format!("data/tags/{slug}/{n}.json")
}

/// Every tag, alphabetical, with its number of posts (a list of [`TagEntry`]).
pub const TAGS_FILE: &str = "data/tags.json";

/// Every post's title and date, newest first (a list of [`ArchiveEntry`]).
pub const ARCHIVE_FILE: &str = "data/archive.json";

/// The search index, as [`crate::search::Index::encode`] writes it.
pub const SEARCH_FILE: &str = "data/search.txt";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_host_is_what_previews_show_of_an_address() {
        assert_eq!(
            host("https://carnet.example/blog/posts/a/"),
            "carnet.example"
        );
        assert_eq!(host("http://127.0.0.1:8080/"), "127.0.0.1:8080");
        assert_eq!(host("https://x.org?q"), "x.org");
    }

    fn site() -> Site {
        Site {
            title: "Carnet".into(),
            author: "Isabelle".into(),
            lang: Lang::Fr,
            description: Localized {
                fr: "Le carnet".into(),
                en: "The notebook".into(),
            },
            footer: Localized::default(),
            links: Vec::new(),
            fediverse: None,
            image: None,
            base_url: "https://example.org/blog/".into(),
        }
    }

    #[test]
    fn titles_and_pages() {
        let site = site();
        assert_eq!(site.page_title(None), "Carnet");
        assert_eq!(site.url("posts/x/"), "https://example.org/blog/posts/x/");
        assert_eq!(site.page_title(Some("Archives")), "Archives · Carnet");
        let list = |count| ListPage {
            count,
            posts: Vec::new(),
        };
        assert_eq!(list(41).pages(), 3);
        assert_eq!(list(0).pages(), 1);
        assert_eq!(post_file("a-b"), "data/posts/a-b.json");
        assert_eq!(list_file(2), "data/pages/2.json");
        assert_eq!(tag_file("metier", 1), "data/tags/metier/1.json");
    }

    #[test]
    fn the_embedded_scripts_cannot_be_closed_by_their_text() {
        let mut site = site();
        site.title = "</script><script>alert(1)</script>".into();
        let html = embed(&site, &[("data/x.json".into(), "\"</script>\"".into())]);
        assert_eq!(html.matches("</script>").count(), 2, "{html}");
        let json = html
            .strip_prefix("<script type=\"application/json\" id=\"carnet-site\">")
            .and_then(|s| s.split_once("</script>"))
            .unwrap()
            .0;
        assert_eq!(serde_json::from_str::<Site>(json).unwrap(), site);
        assert!(html.ends_with(
            "<script type=\"application/json\" data-carnet-file=\"data/x.json\">\"\\u003c/script>\"</script>"
        ));
    }
}
