//! Posts as the app sees them: the metadata the build writes into the site's data files
//! (see [`crate::data`]), and the text fetched when a post is opened.

use crate::routes::Route;
use carnet_text::date::Date;
use carnet_text::lang::Lang;
use serde::{Deserialize, Serialize};

/// One published post's metadata, as the build writes it (with the typography of its
/// language applied to what readers see) and the app reads it. The body is fetched from
/// [`PostMeta::body_path`] when the post is opened.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostMeta {
    /// The URL segment: `/posts/<slug>`.
    pub slug: String,
    /// The title.
    pub title: String,
    /// The publication date.
    pub date: Date,
    /// Who wrote it.
    pub author: String,
    /// Tags, as written, without duplicates.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// One or two sentences: the front matter's `summary`, or the start of the first paragraph.
    pub summary: String,
    /// The language of the post.
    pub lang: Lang,
    /// Number of words in the body.
    pub words: u32,
    /// The main image, a path relative to the site root (`images/…`), with its alt text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cover: Option<Cover>,
    /// Credit for the post's photo, shown as a photo credit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub photo_credit: Option<String>,
    /// Where the Markdown body is served, relative to the site root
    /// (`content/<slug>.<hash>.md`; the hash changes with the text, so hosts may cache it forever).
    pub body_path: String,
}

/// A post's main image.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cover {
    /// Path relative to the site root, e.g. `images/plage.jpg`.
    pub src: String,
    /// What the image shows, for readers who cannot see it.
    pub alt: String,
}

impl PostMeta {
    /// The post's address inside the site: `/posts/<slug>` (put the public path before it).
    pub fn path(&self) -> String {
        self.route().path()
    }

    /// The post's page, for every address of it ([`crate::routes`]).
    pub fn route(&self) -> Route<'_> {
        Route::Post(&self.slug)
    }
}

/// The order of posts everywhere the site lists them: newest first, then by slug. Each
/// post is given by its date and slug.
pub fn newest_first(a: (Date, &str), b: (Date, &str)) -> std::cmp::Ordering {
    b.0.cmp(&a.0).then_with(|| a.1.cmp(b.1))
}

/// A summary from a first paragraph: at most `max_chars` characters, cut at a word
/// boundary with an ellipsis.
pub fn summarize(paragraph: &str, max_chars: usize) -> String {
    let text = paragraph.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max_chars {
        return text;
    }
    let cut: String = text.chars().take(max_chars).collect();
    let cut = match cut.rfind(' ') {
        Some(space) => &cut[..space],
        None => &cut,
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', '.', ' ']))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A post dated `date` (`YYYY-MM-DD`), for tests.
    pub(crate) fn post(slug: &str, date: &str) -> PostMeta {
        PostMeta {
            slug: slug.into(),
            title: format!("Titre {slug}"),
            date: date.parse().unwrap(),
            author: "A".into(),
            tags: Vec::new(),
            summary: String::new(),
            lang: Lang::Fr,
            words: 440,
            cover: None,
            photo_credit: None,
            body_path: format!("content/{slug}.md"),
        }
    }

    #[test]
    fn summarizes_at_a_word_boundary() {
        assert_eq!(summarize("Court  texte.", 50), "Court texte.");
        assert_eq!(summarize("Un deux, trois quatre", 12), "Un deux…");
        assert_eq!(summarize("Anticonstitutionnellement", 5), "Antic…");
    }

    #[test]
    fn post_meta_has_an_address_and_reads_back() {
        let p = post("a", "2020-01-01");
        assert_eq!(p.path(), "/posts/a");
        let json = serde_json::to_string(&p).unwrap();
        assert!(json.contains("\"date\":\"2020-01-01\""), "{json}");
        assert!(!json.contains("tags"), "empty fields are left out: {json}");
        assert_eq!(serde_json::from_str::<PostMeta>(&json).unwrap(), p);
    }
}
