//! Publishing from the studio: what the builder (`carnet-builder`, in a Web Worker) says
//! of a build, and what the writer is shown before the site goes out — the list of what
//! will be published, and the link preview read from the built page itself.

use crate::github::Repository;
use carnet_content::PostMeta;
use carnet_content::load::PostErrorKind;
use serde::{Deserialize, Serialize};

/// Where a built site keeps its own sources, relative to its root, for the studio to
/// build it again (see carnet-site's `rebuild`).
pub const SOURCES_FILE: &str = "carnet-sources.json";

/// One published post's file, in two parts: what precedes its body, and where its body
/// is served. An entry of [`SOURCES_FILE`]'s `posts` (written by carnet-site's `rebuild`,
/// read by the studio to list the published posts).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostSource {
    /// The file's name in `posts/`: `le-metier.md`.
    pub file: String,
    /// The file's text up to its body: the front matter and its `---` lines.
    pub head: String,
    /// Where the body is served (`content/<slug>.<hash>.md`): the rest of the file.
    pub body: String,
    /// What the site shows of it in lists and beside its neighbours, as the build wrote
    /// it: the studio builds a post's page without fetching the others' texts.
    pub meta: PostMeta,
    /// The images it shows, as linked, its cover first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub images: Vec<String>,
    /// Its link preview card, when the build made one of its own (drawn, or cut around
    /// its cover's subject).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card: Option<String>,
}

/// What the studio asks its builder: the worker (`builder/worker.js`) passes it on as JSON,
/// the builder reads it back (`carnet-builder`'s `Publication::ask`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BuildRequest {
    /// Posts to publish, added or replacing the published one of the same file name.
    pub posts: Vec<PostFile>,
    /// Published posts to take down, by file name in `posts/`.
    pub remove: Vec<String>,
    /// The day to build as, `YYYY-MM-DD`.
    pub today: String,
    /// The built page to show back: `posts/<slug>/index.html`.
    pub page: String,
    /// Build every file the change touches, for a destination that sends the whole site
    /// (a `.zip`, a folder); otherwise only the changed posts' pages, for the check list.
    #[serde(default)]
    pub whole: bool,
}

/// A post's file: its name in `posts/` and its text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostFile {
    /// `le-metier.md`.
    pub file: String,
    /// The front matter and the body.
    pub text: String,
}

/// What a build in the studio made, or why it did not.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// The problems; when there are any, nothing was built.
    pub problems: Vec<Problem>,
    /// Posts the site has with the change.
    pub posts: usize,
    /// Posts dated after the day of the build: slug and date (`YYYY-MM-DD`).
    pub scheduled: Vec<(String, String)>,
    /// The published posts' files the build replaces (same file name) or takes down.
    pub replaced: Vec<String>,
    /// The repository the site is built from, as its settings name it (`github`).
    #[serde(default)]
    pub github: Option<Repository>,
}

/// A problem that stops the build, said as the command line says it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// `posts/<file>`, or empty when it is not a post's.
    pub file: String,
    /// The line in that file (0: none).
    pub line: usize,
    /// What is wrong and what to do, as the command line says it.
    pub message: String,
    /// What is wrong, typed, when it is a post's: the studio says it in the writer's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<PostErrorKind>,
}

/// How a link to a page shows in a chat or on a social network: what its Open Graph
/// tags say.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LinkPreview {
    /// `og:site_name`.
    pub site: String,
    /// `og:title`.
    pub title: String,
    /// `og:description`.
    pub description: String,
    /// `og:image`, when there is one.
    pub image: Option<String>,
    /// `og:url`.
    pub url: String,
    /// `fediverse:creator`: the writer's account, which Mastodon credits under it.
    pub creator: Option<String>,
}

impl LinkPreview {
    /// The preview a page's `<head>` gives (the `content` of its `og:` `<meta>` tags).
    pub fn of_page(html: &str) -> LinkPreview {
        let head = html.split("</head>").next().unwrap_or_default();
        let mut preview = LinkPreview::default();
        for tag in head.split("<meta ").skip(1) {
            let tag = tag.split('>').next().unwrap_or_default();
            if attribute(tag, "name").as_deref() == Some("fediverse:creator") {
                preview.creator = attribute(tag, "content");
                continue;
            }
            let (Some(property), Some(content)) =
                (attribute(tag, "property"), attribute(tag, "content"))
            else {
                continue;
            };
            match property.as_str() {
                "og:site_name" => preview.site = content,
                "og:title" => preview.title = content,
                "og:description" => preview.description = content,
                "og:image" => preview.image = Some(content),
                "og:url" => preview.url = content,
                _ => {}
            }
        }
        preview
    }
}

/// `html` without its `<script>` elements: a built page as a reader sees it before any
/// script runs, to show in a frame where none may.
pub fn without_scripts(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        out.push_str(&rest[..start]);
        match rest[start..].find("</script>") {
            Some(end) => rest = &rest[start + end + "</script>".len()..],
            None => return out,
        }
    }
    out.push_str(rest);
    out
}

/// The value of `name="…"` in a tag's attributes, unescaped.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let start = tag
        .find(&format!(" {name}=\""))
        .map(|i| i + name.len() + 3)
        .or_else(|| {
            tag.starts_with(&format!("{name}=\""))
                .then_some(name.len() + 2)
        })?;
    let value = &tag[start..start + tag[start..].find('"')?];
    Some(
        value
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&#x27;", "'")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_without_scripts_keeps_everything_else() {
        assert_eq!(
            without_scripts(
                "<head><script type=\"module\">start()</script><style>p{}</style></head>\
                 <body><p>Texte</p><script>a()</script><script src=\"x.js\"></script></body>"
            ),
            "<head><style>p{}</style></head><body><p>Texte</p></body>"
        );
        assert_eq!(without_scripts("<p>a</p><script>never closed"), "<p>a</p>");
    }

    #[test]
    fn a_link_preview_is_what_the_open_graph_tags_say() {
        let page = "<html><head><title>x</title>\
            <meta property=\"og:site_name\" content=\"Carnet\">\
            <meta property=\"og:title\" content=\"« Le métier » &amp; &quot;moi&quot;\">\
            <meta name=\"description\" content=\"ignored\">\
            <meta property=\"og:description\" content=\"Un résumé\">\
            <meta property=\"og:url\" content=\"https://x.org/posts/a/\">\
            <meta name=\"fediverse:creator\" content=\"@isabelle@mastodon.social\">\
            </head><body><meta property=\"og:title\" content=\"not in the head\"></body></html>";
        assert_eq!(
            LinkPreview::of_page(page),
            LinkPreview {
                site: "Carnet".into(),
                title: "« Le métier » & \"moi\"".into(),
                description: "Un résumé".into(),
                image: None,
                url: "https://x.org/posts/a/".into(),
                creator: Some("@isabelle@mastodon.social".into()),
            }
        );
    }
}
