//! Reading posts at build time: front matter, validation, image sizes, the search index.
//!
//! Every problem is reported with the file, the line and what to change, and all of them
//! at once, so a writer fixes a broken post in one go. Nothing here touches a file system:
//! the caller hands in the files' paths and texts (the command line reads `posts/`; the
//! studio will hand in what it fetched).

use crate::post::{Cover, PostMeta, newest_first, summarize};
use crate::search;
use carnet_markdown::focus::{BadFocus, Focus};
use carnet_markdown::frontmatter;
use carnet_markdown::render::{first_paragraph, local_images, plain_text};
use carnet_text::date::{BadDate, Date};
use carnet_text::hash::content_hash;
use carnet_text::lang::{Lang, UnknownLang};
use carnet_text::reading::word_count;
use carnet_text::slug::{is_ascii_slug, slugify};
use carnet_text::typography;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// Longest summary taken from a first paragraph, in characters.
const SUMMARY_CHARS: usize = 220;

/// The YAML front matter of a post, between the `---` lines, validated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FrontMatter {
    /// The title.
    pub title: String,
    /// Publication date.
    pub date: Date,
    /// Who wrote it.
    pub author: String,
    /// Tags.
    pub tags: Vec<String>,
    /// A summary for lists and link previews; by default, the start of the first paragraph.
    pub summary: Option<String>,
    /// The language of the post, French by default.
    pub lang: Lang,
    /// `true` keeps the post out of the site.
    pub draft: bool,
    /// The URL segment, when it must differ from the file name (e.g. to keep an old URL).
    pub slug: Option<String>,
    /// The main image, relative to the site root (`images/…`).
    pub cover: Option<String>,
    /// What the cover shows; required with `cover`.
    pub cover_alt: Option<String>,
    /// Where the cover's subject is (the centre by default): link preview cards are cut
    /// around it.
    pub cover_focus: Option<Focus>,
    /// Credit line for the post's photo.
    pub photo_credit: Option<String>,
    /// The words the writer wants the post found by (the proofreader's; nothing else
    /// reads it).
    pub keyphrase: Option<String>,
}

/// A post read from `posts/`, validated, with what the build derives from it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Post {
    /// The file it was read from.
    pub file: PathBuf,
    /// The URL segment: the front matter's `slug`, or else the file name without `.md`.
    pub slug: String,
    /// The front matter, trimmed, with each tag once.
    pub front: FrontMatter,
    /// The Markdown after the front matter.
    pub body: String,
    /// The line of the file the body starts on.
    pub body_line: usize,
    /// The line of the `cover` field, when there is one.
    pub cover_line: Option<usize>,
    /// The line of the `slug` field, or 1 when the slug is the file name.
    pub slug_line: usize,
    /// Words in the body.
    pub words: u32,
    /// The summary shown in lists: the front matter's or the start of the first paragraph.
    pub summary: String,
}

impl Post {
    /// Where the body is served, relative to the site root.
    pub fn body_path(&self) -> String {
        format!("content/{}.{:08x}.md", self.slug, content_hash(&self.body))
    }

    /// The metadata the app shows: every text readers see gets the typography of the
    /// post's language.
    pub fn meta(&self) -> PostMeta {
        let f = &self.front;
        let typeset = |text: &str| typography::apply(text, f.lang);
        PostMeta {
            slug: self.slug.clone(),
            title: typeset(&f.title),
            date: f.date,
            author: f.author.clone(),
            tags: f.tags.clone(),
            summary: typeset(&self.summary),
            lang: f.lang,
            words: self.words,
            cover: match (&f.cover, &f.cover_alt) {
                (Some(src), Some(alt)) => Some(Cover {
                    src: src.clone(),
                    alt: typeset(alt),
                }),
                _ => None,
            },
            photo_credit: f.photo_credit.as_deref().map(typeset),
            body_path: self.body_path(),
        }
    }

    /// Whether a site built on `today` shows it: it is not a draft, and not dated after
    /// `today` (a post dated in the future is scheduled: the first build on its date
    /// publishes it).
    pub fn is_published(&self, today: Date) -> bool {
        !self.front.draft && self.front.date <= today
    }

    /// Whether it is scheduled: not a draft, dated after `today`.
    pub fn is_scheduled(&self, today: Date) -> bool {
        !self.front.draft && self.front.date > today
    }

    /// The local images it shows, its cover first, as linked (`images/…`).
    pub fn images(&self) -> Vec<String> {
        let body = local_images(&self.body).into_iter().map(|(path, _)| path);
        self.front.cover.iter().cloned().chain(body).collect()
    }

    /// Each local image it shows, its cover first: its key (`images/<name>`, see
    /// [`image_key`]), as linked, and the line of its file that shows it.
    pub fn image_uses(&self) -> Vec<(String, String, usize)> {
        let cover = self.front.cover.iter().map(|cover| {
            let line = self.cover_line.unwrap_or(1);
            (image_key(cover).to_owned(), cover.clone(), line)
        });
        let body = local_images(&self.body).into_iter().map(|(path, offset)| {
            let line = self.body_line + self.body[..offset].matches('\n').count();
            (image_key(&path).to_owned(), path, line)
        });
        cover.chain(body).collect()
    }
}

/// A problem with one post, located at a line of its file.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}:{line}: {kind}", file.display())]
pub struct PostError {
    /// The post's file.
    pub file: PathBuf,
    /// The 1-based line the problem is on.
    pub line: usize,
    /// What is wrong.
    pub kind: PostErrorKind,
}

/// What can be wrong with a post. Serialised, it goes from the studio's builder to the
/// studio, which says it in the writer's words.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, serde::Serialize, serde::Deserialize)]
pub enum PostErrorKind {
    /// The file could not be read.
    #[error("cannot read the file: {0}")]
    Unreadable(String),
    /// The file does not start with `---`.
    #[error(
        "no front matter: start the file with a line `---`, the fields (title, date, author…), then `---`"
    )]
    NoFrontMatter,
    /// No closing `---`.
    #[error("the front matter is not closed: add a line `---` after its last field")]
    UnclosedFrontMatter,
    /// YAML that does not parse, a missing or unknown field, a bad value.
    #[error("{0}")]
    Field(String),
    /// A required field that is not there.
    #[error("`{0}` is missing: add a line `{0}: …` to the front matter")]
    Missing(String),
    /// A field that is present but empty.
    #[error("`{0}` is empty")]
    Empty(String),
    /// A post with no text: only its front matter.
    #[error("the post has no text: write it after the front matter's closing `---`")]
    EmptyText,
    /// A cover with no alt text.
    #[error("`cover` needs a `cover_alt` saying what the image shows")]
    CoverWithoutAlt,
    /// A slug that cannot be a URL segment.
    #[error(
        "{slug:?} cannot be a URL: use lower-case letters, digits and hyphens, e.g. {suggestion:?}"
    )]
    BadSlug {
        /// The slug as found.
        slug: String,
        /// A valid slug made from it.
        suggestion: String,
    },
    /// An image that is not in `posts/`.
    #[error("image {0:?} not found: put it in posts/images/ and link it as images/<name>")]
    MissingImage(String),
    /// An image that cannot be published (damaged, too large, not an image).
    #[error("image {path:?} cannot be published: {reason}")]
    BadImage {
        /// The image, as linked.
        path: String,
        /// Why, in words (see `carnet-images`).
        reason: String,
    },
    /// Two posts with one slug.
    #[error("duplicate slug {slug:?}: {} has it too", other.display())]
    DuplicateSlug {
        /// The slug.
        slug: String,
        /// The other file.
        other: PathBuf,
    },
}

/// Parses one post file's text. `file` is only used in errors and for the default slug.
pub fn parse_post(file: &Path, text: &str) -> Result<Post, PostError> {
    let err = |line, kind| PostError {
        file: file.to_owned(),
        line,
        kind,
    };
    let split = frontmatter::split(text)
        .map_err(|_| err(1, PostErrorKind::UnclosedFrontMatter))?
        .ok_or_else(|| err(1, PostErrorKind::NoFrontMatter))?;
    let (yaml, body_line) = (split.yaml, split.body_line);
    let body = split.body.to_owned();
    let raw = frontmatter::read(yaml).map_err(|e| match e.kind {
        frontmatter::ErrorKind::Yaml(message) => err(e.line, PostErrorKind::Field(message)),
        frontmatter::ErrorKind::Unclosed => err(1, PostErrorKind::UnclosedFrontMatter),
    })?;
    let line_of = |key: &str| frontmatter::line_of(yaml, key);
    let required = |value: Option<String>, key: &'static str| {
        value.ok_or_else(|| err(1, PostErrorKind::Missing(key.to_owned())))
    };
    let (title, date, author) = (
        required(raw.title, "title")?,
        required(raw.date, "date")?,
        required(raw.author, "author")?,
    );

    let field = |key: &str, message: String| err(line_of(key), PostErrorKind::Field(message));
    let mut tags: Vec<String> = Vec::new();
    for tag in raw.tags.iter().map(|t| t.trim()) {
        if !tags.iter().any(|t| t == tag) {
            tags.push(tag.to_owned());
        }
    }
    let front = FrontMatter {
        date: date
            .parse()
            .map_err(|e: BadDate| field("date", e.to_string()))?,
        lang: match &raw.lang {
            Some(lang) => lang
                .parse()
                .map_err(|e: UnknownLang| field("lang", e.to_string()))?,
            None => Lang::default(),
        },
        title: title.trim().to_owned(),
        author: author.trim().to_owned(),
        tags,
        summary: raw.summary,
        draft: raw.draft,
        slug: raw.slug,
        cover: raw.cover,
        cover_alt: raw.cover_alt.map(|a| a.trim().to_owned()),
        cover_focus: match &raw.cover_focus {
            Some(focus) => Some(
                focus
                    .parse()
                    .map_err(|e: BadFocus| field("cover_focus", e.to_string()))?,
            ),
            None => None,
        },
        photo_credit: raw.photo_credit.map(|c| c.trim().to_owned()),
        keyphrase: raw.keyphrase.map(|k| k.trim().to_owned()),
    };
    for (key, value) in [("title", &front.title), ("author", &front.author)] {
        if value.is_empty() {
            return Err(err(line_of(key), PostErrorKind::Empty(key.to_owned())));
        }
    }
    if front.cover.is_some() && front.cover_alt.as_deref().is_none_or(str::is_empty) {
        return Err(err(line_of("cover"), PostErrorKind::CoverWithoutAlt));
    }
    if front.tags.iter().any(String::is_empty) {
        return Err(err(
            line_of("tags"),
            PostErrorKind::Empty("tags".to_owned()),
        ));
    }
    let (slug, slug_line) = match &front.slug {
        Some(slug) => (slug.clone(), line_of("slug")),
        None => (
            file.file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned(),
            1,
        ),
    };
    if !is_ascii_slug(&slug) {
        let suggestion = slugify(&slug);
        return Err(err(slug_line, PostErrorKind::BadSlug { slug, suggestion }));
    }

    if body.trim().is_empty() {
        return Err(err(body_line, PostErrorKind::EmptyText));
    }

    let summary = match &front.summary {
        Some(s) => s.split_whitespace().collect::<Vec<_>>().join(" "),
        None => summarize(&first_paragraph(&body).unwrap_or_default(), SUMMARY_CHARS),
    };
    Ok(Post {
        file: file.to_owned(),
        slug,
        words: word_count(&plain_text(&body)),
        summary,
        cover_line: front.cover.as_ref().map(|_| line_of("cover")),
        slug_line,
        front,
        body,
        body_line,
    })
}

/// Errors for images a post shows that `images` (keyed `images/<name>`) does not have:
/// its cover and the images of its body, each at its line.
fn missing_images<T>(post: &Post, images: &BTreeMap<String, T>) -> Vec<PostError> {
    post.image_uses()
        .into_iter()
        .filter(|(key, _, _)| !images.contains_key(key))
        .map(|(_, as_linked, line)| PostError {
            file: post.file.clone(),
            line,
            kind: PostErrorKind::MissingImage(as_linked),
        })
        .collect()
}

/// The key of an image as a post links it: `./images/a.png?x` → `images/a.png`.
pub fn image_key(linked: &str) -> &str {
    let path = linked.split(['?', '#']).next().unwrap_or_default();
    path.strip_prefix("./").unwrap_or(path)
}

/// Reads posts from their files (path and text: every `*.md` of `posts/`, drafts
/// included), newest first, and checks that the images of published posts are among
/// `images` (keyed `images/<name>`, as posts link them).
///
/// Returns every problem found, across all files, when there is any.
pub fn check_posts<T>(
    files: &[(PathBuf, String)],
    images: &BTreeMap<String, T>,
) -> Result<Vec<Post>, Vec<PostError>> {
    let mut posts = Vec::new();
    let mut errors = Vec::new();
    for (file, text) in files {
        match parse_post(file, text) {
            Ok(post) => {
                if !post.front.draft {
                    errors.extend(missing_images(&post, images));
                }
                posts.push(post);
            }
            Err(e) => errors.push(e),
        }
    }
    errors.extend(duplicate_slugs(&posts));
    if !errors.is_empty() {
        errors.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
        return Err(errors);
    }
    posts.sort_by(|a, b| newest_first((a.front.date, &a.slug), (b.front.date, &b.slug)));
    Ok(posts)
}

fn duplicate_slugs(posts: &[Post]) -> Vec<PostError> {
    let mut seen: HashMap<&str, &Path> = HashMap::new();
    let mut errors = Vec::new();
    for post in posts {
        if let Some(other) = seen.insert(&post.slug, &post.file) {
            errors.push(PostError {
                file: post.file.clone(),
                line: post.slug_line,
                kind: PostErrorKind::DuplicateSlug {
                    slug: post.slug.clone(),
                    other: other.to_owned(),
                },
            });
        }
    }
    errors
}

/// The search index of the published posts: title and tags, then the summary when the
/// writer gave one, and the body as plain text.
pub fn search_index(published: &[&Post]) -> search::Index {
    with_docs(published, search::Index::build)
}

/// `old`, the index of a site's published posts, with `removed` taken out (as they were
/// indexed: posts taken down and the earlier versions of those replaced) and `added` put
/// in, numbered as `order` lists the posts now by slug: the index [`search_index`] makes
/// of the posts now ([`search::Index::update`]).
pub fn search_index_update(
    old: &search::Index,
    removed: &[&Post],
    added: &[&Post],
    order: &[&str],
) -> search::Index {
    with_docs(removed, |removed| {
        with_docs(added, |added| old.update(removed, added, order))
    })
}

/// `f` given what the index reads of each of `posts`.
fn with_docs<R>(posts: &[&Post], f: impl FnOnce(&[search::Doc<'_>]) -> R) -> R {
    let tags: Vec<Vec<&str>> = posts
        .iter()
        .map(|p| p.front.tags.iter().map(String::as_str).collect())
        .collect();
    let texts: Vec<String> = posts
        .iter()
        .map(|p| {
            let body = plain_text(&p.body);
            match &p.front.summary {
                Some(summary) => format!("{summary}\n\n{body}"),
                None => body,
            }
        })
        .collect();
    let docs: Vec<search::Doc<'_>> = posts
        .iter()
        .zip(&tags)
        .zip(&texts)
        .map(|((p, tags), text)| search::Doc {
            slug: &p.slug,
            title: &p.front.title,
            tags,
            text,
            lang: p.front.lang,
        })
        .collect();
    f(&docs)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "---\ntitle: « Le métier qui n’existe pas »\ndate: 2016-06-09\nauthor: Isabelle\ntags: [métier, \" réseaux sociaux\", métier]\n---\nBonjour à toutes et à tous,\n\nSuite du texte !\n";

    fn parse(text: &str) -> Result<Post, PostError> {
        parse_post(Path::new("posts/le-metier.md"), text)
    }

    fn error(text: &str) -> (usize, String) {
        let e = parse(text).unwrap_err();
        (e.line, e.kind.to_string())
    }

    #[test]
    fn parses_a_good_post() {
        let post = parse(GOOD).unwrap();
        assert_eq!(post.slug, "le-metier");
        assert_eq!(post.front.title, "« Le métier qui n’existe pas »");
        assert_eq!(post.front.date, Date::new(2016, 6, 9).unwrap());
        assert_eq!(post.front.lang, Lang::Fr);
        assert_eq!(post.front.tags, ["métier", "réseaux sociaux"]);
        assert!(!post.front.draft);
        assert_eq!(
            post.body,
            "Bonjour à toutes et à tous,\n\nSuite du texte !\n"
        );
        assert_eq!(post.words, 9);
        assert_eq!(post.summary, "Bonjour à toutes et à tous,");
        assert!(post.body_path().starts_with("content/le-metier."));
        assert_eq!(post.body_line, 7);
    }

    #[test]
    fn missing_title() {
        let (line, msg) = error("---\ndate: 2016-06-09\nauthor: I\n---\nx");
        assert_eq!(
            (line, msg.as_str()),
            (
                1,
                "`title` is missing: add a line `title: …` to the front matter"
            )
        );
        let (_, msg) = error("---\n---\nx");
        assert!(msg.contains("`title` is missing"), "{msg}");
    }

    #[test]
    fn empty_title() {
        assert_eq!(
            error("---\ntitle: \"  \"\ndate: 2016-06-09\nauthor: I\n---\n"),
            (2, "`title` is empty".into())
        );
    }

    #[test]
    fn bad_date_names_its_line() {
        let (line, msg) = error("---\ntitle: T\nauthor: I\ndate: 2016-13-09\n---\nx");
        assert_eq!(line, 4);
        assert!(msg.contains("bad date \"2016-13-09\""), "{msg}");
        let (line, msg) = error("---\ntitle: T\ndate: 09/06/2016\nauthor: I\n---\nx");
        assert_eq!(line, 3);
        assert!(msg.contains("YYYY-MM-DD"), "{msg}");
    }

    #[test]
    fn unknown_key_names_its_line() {
        let (line, msg) = error("---\ntitle: T\ndate: 2016-06-09\nauthor: I\ntitel: oops\n---\nx");
        assert_eq!(line, 5);
        assert!(msg.contains("unknown field `titel`"), "{msg}");
    }

    #[test]
    fn bad_yaml_names_its_line() {
        let (line, msg) = error("---\ntitle: T\ndate: 2016-06-09\nauthor: I\ntags: [a, b\n---\nx");
        assert!((5..=6).contains(&line), "{line}");
        assert!(!msg.is_empty());
        let (line, _) = error("---\ntitle: T\n  date: : x\n---\n");
        assert!((2..=3).contains(&line), "{line}");
    }

    #[test]
    fn bad_lang_and_wrong_types() {
        let (line, msg) = error("---\ntitle: T\ndate: 2016-06-09\nauthor: I\nlang: de\n---\n");
        assert_eq!(line, 5);
        assert!(msg.contains("unknown language \"de\""), "{msg}");
        let (line, _) = error("---\ntitle: T\ndate: 2016-06-09\nauthor: I\ntags: solo\n---\n");
        assert_eq!(line, 5);
    }

    #[test]
    fn front_matter_must_open_and_close() {
        assert_eq!(
            error("title: T\n"),
            (1, PostErrorKind::NoFrontMatter.to_string())
        );
        assert_eq!(
            error("---\ntitle: T\n"),
            (1, PostErrorKind::UnclosedFrontMatter.to_string())
        );
    }

    #[test]
    fn bad_slugs_get_a_suggestion() {
        let e = parse_post(Path::new("posts/Mon Métier.md"), GOOD).unwrap_err();
        assert_eq!(
            e.kind,
            PostErrorKind::BadSlug {
                slug: "Mon Métier".into(),
                suggestion: "mon-metier".into()
            }
        );
        let (line, _) = error("---\ntitle: T\ndate: 2016-06-09\nauthor: I\nslug: Bad_Slug\n---\n");
        assert_eq!(line, 5);
    }

    #[test]
    fn cover_needs_alt() {
        let (line, msg) =
            error("---\ntitle: T\ndate: 2016-06-09\nauthor: I\ncover: images/a.jpg\n---\n");
        assert_eq!((line, msg), (5, PostErrorKind::CoverWithoutAlt.to_string()));
    }

    #[test]
    fn full_message_names_file_and_line() {
        let e = parse("---\ntitle: T\ndate: nope\nauthor: I\n---\n").unwrap_err();
        assert!(
            e.to_string()
                .starts_with("posts/le-metier.md:3: bad date \"nope\""),
            "{e}"
        );
    }

    fn files(posts: &[(&str, String)]) -> Vec<(PathBuf, String)> {
        posts
            .iter()
            .map(|(name, text)| (Path::new("posts").join(name), text.clone()))
            .collect()
    }

    #[test]
    fn checks_every_post_and_reports_duplicates() {
        let post = |date: &str, extra: &str| {
            format!("---\ntitle: T\ndate: {date}\nauthor: I\n{extra}---\nx\n")
        };
        let none = BTreeMap::<String, ()>::new();
        let posts = check_posts(
            &files(&[
                ("a.md", post("2020-01-01", "")),
                ("b.md", post("2021-01-01", "")),
            ]),
            &none,
        )
        .unwrap();
        assert_eq!(
            posts.iter().map(|p| p.slug.as_str()).collect::<Vec<_>>(),
            ["b", "a"]
        );

        let errors = check_posts(
            &files(&[
                ("a.md", post("2020-01-01", "")),
                ("c.md", post("2022-01-01", "slug: a\n")),
                ("d.md", post("bad", "")),
            ]),
            &none,
        )
        .unwrap_err();
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(
            errors
                .iter()
                .any(|e| e.file.ends_with("d.md") && e.line == 3)
        );
        assert!(errors.iter().any(|e| e.file.ends_with("c.md")
            && e.line == 5
            && matches!(&e.kind, PostErrorKind::DuplicateSlug { slug, .. } if slug == "a")));
    }

    #[test]
    fn missing_images_are_reported_at_their_line() {
        let images: BTreeMap<String, ()> = [("images/ok.png".to_owned(), ())].into();
        let text = "---\ntitle: T\ndate: 2020-01-01\nauthor: I\ncover: images/cover.jpg\ncover_alt: A\n---\nIntro\n\n![ok](images/ok.png)\n\n![gone](images/gone.png)\n";
        let errors = check_posts(&files(&[("p.md", text.to_owned())]), &images).unwrap_err();
        let found: Vec<(usize, String)> = errors
            .iter()
            .map(|e| (e.line, e.kind.to_string()))
            .collect();
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(
            found[0].1.contains("\"images/cover.jpg\" not found"),
            "{found:?}"
        );
        assert_eq!(found[1].0, 12, "{found:?}");
        assert!(
            found[1].1.contains("\"images/gone.png\" not found"),
            "{found:?}"
        );
    }

    #[test]
    fn the_metadata_is_typeset_in_the_posts_language() {
        let meta = parse(GOOD).unwrap().meta();
        assert_eq!(meta.slug, "le-metier");
        assert_eq!(meta.title, "«\u{202f}Le métier qui n’existe pas\u{202f}»");
        assert_eq!(meta.tags, ["métier", "réseaux sociaux"]);
        assert!(meta.body_path.starts_with("content/le-metier."));
        let covered = parse(
            "---\ntitle: T\ndate: 2020-01-01\nauthor: I\ncover: images/c.jpg\ncover_alt: Une mer !\n---\n![a](images/a.png)\n",
        )
        .unwrap();
        assert_eq!(covered.meta().cover.unwrap().alt, "Une mer\u{202f}!");
        assert_eq!(covered.images(), ["images/c.jpg", "images/a.png"]);
    }

    #[test]
    fn the_search_index_covers_the_posts_it_is_given() {
        let post = parse(GOOD).unwrap();
        let index = search_index(&[&post]);
        assert_eq!(index.slugs, ["le-metier"]);
        assert_eq!(index.search("reseaux").len(), 1, "a tag is indexed");
        assert!(
            search_index(&[&post]).encode() == index.encode(),
            "the same every build"
        );
    }

    #[test]
    fn a_post_dated_after_the_build_is_scheduled_and_a_draft_is_neither() {
        let post = parse(GOOD).unwrap();
        let day = |s: &str| s.parse::<Date>().unwrap();
        assert_eq!(post.front.date, day("2016-06-09"));
        assert!(post.is_published(day("2016-06-09")) && !post.is_scheduled(day("2016-06-09")));
        assert!(!post.is_published(day("2016-06-08")) && post.is_scheduled(day("2016-06-08")));
        let mut draft = post.clone();
        draft.front.draft = true;
        assert!(!draft.is_published(day("2026-01-01")) && !draft.is_scheduled(day("2000-01-01")));
    }
}
