//! Posts as the app sees them: the metadata index compiled in at build time.

use crate::date::Date;
use crate::lang::Lang;
use crate::reading;

/// One published post's metadata. The build turns `posts/*.md` into a `&'static [PostMeta]`
/// (see `load::index_source`); the body is fetched from [`PostMeta::body_path`] when the
/// post is opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PostMeta {
    /// The URL segment: `/posts/<slug>`.
    pub slug: &'static str,
    /// The title, with the typography of its language applied.
    pub title: &'static str,
    /// The publication date.
    pub date: Date,
    /// Who wrote it.
    pub author: &'static str,
    /// Tags, as written, without duplicates.
    pub tags: &'static [&'static str],
    /// One or two sentences: the front matter's `summary`, or the start of the first paragraph.
    pub summary: &'static str,
    /// The language of the post.
    pub lang: Lang,
    /// Number of words in the body.
    pub words: u32,
    /// The main image, a path relative to the site root (`images/…`), with its alt text.
    pub cover: Option<Cover>,
    /// Credit for the post's photo, shown as a photo credit.
    pub photo_credit: Option<&'static str>,
    /// Where the Markdown body is served, relative to the site root
    /// (`content/<slug>.<hash>.md`; the hash changes with the text, so hosts may cache it forever).
    pub body_path: &'static str,
}

/// A post's main image.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cover {
    /// Path relative to the site root, e.g. `images/plage.jpg`.
    pub src: &'static str,
    /// What the image shows, for readers who cannot see it.
    pub alt: &'static str,
}

impl PostMeta {
    /// "3 min de lecture" / "3 min read", in the post's language.
    pub fn reading_time(&self) -> String {
        reading::reading_time_label(self.words, self.lang)
    }

    /// The date in words, in the post's language.
    pub fn long_date(&self) -> String {
        self.date.long(self.lang)
    }
}

/// The post with `slug` in `posts` (newest first), with the ones before and after it:
/// `(post, newer, older)`.
pub fn find_with_neighbours<'a>(
    posts: &'a [PostMeta],
    slug: &str,
) -> Option<(&'a PostMeta, Option<&'a PostMeta>, Option<&'a PostMeta>)> {
    let i = posts.iter().position(|p| p.slug == slug)?;
    let newer = i.checked_sub(1).map(|j| &posts[j]);
    Some((&posts[i], newer, posts.get(i + 1)))
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

/// A short, stable hash of a post body (FNV-1a, 32 bits) for cache-busting file names.
pub fn content_hash(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn post(slug: &'static str) -> PostMeta {
        PostMeta {
            slug,
            title: "T",
            date: Date::new(2020, 1, 1).unwrap(),
            author: "A",
            tags: &[],
            summary: "",
            lang: Lang::Fr,
            words: 440,
            cover: None,
            photo_credit: None,
            body_path: "content/x.md",
        }
    }

    #[test]
    fn finds_neighbours() {
        let posts = [post("c"), post("b"), post("a")];
        let (p, newer, older) = find_with_neighbours(&posts, "b").unwrap();
        assert_eq!(
            (p.slug, newer.map(|p| p.slug), older.map(|p| p.slug)),
            ("b", Some("c"), Some("a"))
        );
        let (_, newer, older) = find_with_neighbours(&posts, "c").unwrap();
        assert_eq!((newer, older.map(|p| p.slug)), (None, Some("b")));
        assert!(find_with_neighbours(&posts, "zz").is_none());
    }

    #[test]
    fn summarizes_at_a_word_boundary() {
        assert_eq!(summarize("Court  texte.", 50), "Court texte.");
        assert_eq!(summarize("Un deux, trois quatre", 12), "Un deux…");
        assert_eq!(summarize("Anticonstitutionnellement", 5), "Antic…");
    }

    #[test]
    fn hash_is_stable_and_sensitive() {
        assert_eq!(content_hash(""), 0x811c_9dc5);
        assert_eq!(content_hash("a"), 0xe40c_292c);
        assert_ne!(content_hash("Bonjour"), content_hash("Bonjour !"));
    }

    #[test]
    fn post_meta_speaks_its_language() {
        assert_eq!(post("a").reading_time(), "2\u{a0}min de lecture");
        assert_eq!(post("a").long_date(), "1er\u{a0}janvier\u{a0}2020");
    }
}
