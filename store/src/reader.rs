//! The reader's documents, as Carnet keeps them in her browser ([`crate`]): how far
//! she got in each post and where she stopped, what she keeps to read later, her display
//! settings.

use crate::{Document, Single};
use carnet_text::slug::is_ascii_slug;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How far the reader got in each post they opened.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReadingLog {
    /// By post slug.
    pub posts: BTreeMap<String, PostReading>,
}

/// The reading state of one post.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostReading {
    /// The end was reached on screen, or the reader marked the post read.
    #[serde(default, skip_serializing_if = "is_false")]
    pub read: bool,
    /// Where the reader stopped, if they were part-way into the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<Position>,
    /// Share of the text that has been on screen, from 0 to 1.
    #[serde(default)]
    pub progress: f32,
    /// When this changed last, in milliseconds since 1970 (UTC).
    pub updated: u64,
}

/// A place in a post's text, anchored to a block (paragraph, heading, list…) rather than to
/// pixels, so it survives a resize, another font size or a small edit of the post.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Position {
    /// Index of the block among the body's top-level blocks.
    pub block: u32,
    /// How far down that block the top of the screen was, from 0 (included) to 1.
    pub offset: f32,
    /// [`crate::position::fingerprint`] of the block's text, to find it again if blocks
    /// were added or removed before it.
    pub fingerprint: u32,
}

/// Where the reader is in a post, as measured on screen.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spot {
    /// The place to come back to; `None` before the text starts or once it is finished.
    pub position: Option<Position>,
    /// Share of the text that has been on screen, from 0 to 1.
    pub progress: f32,
    /// The end of the text is on screen.
    pub finished: bool,
}

/// The posts the reader keeps to read later.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bookmarks {
    /// Post slug → when it was added, in milliseconds since 1970 (UTC).
    pub posts: BTreeMap<String, u64>,
}

/// How the reader wants the site shown. `index.html` reads the theme and text size from
/// the same key before the first paint, so that the page never flashes the wrong theme.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    /// Light, dark, or as the system says.
    #[serde(default)]
    pub theme: Theme,
    /// One of three text sizes.
    #[serde(default)]
    pub text_size: TextSize,
    /// The interface language, if the reader chose one over their browser's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<carnet_text::Lang>,
}

/// A colour theme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    /// As the system says (`prefers-color-scheme`).
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

/// A text size.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TextSize {
    /// Smaller than normal.
    Small,
    /// The size the design is made for.
    #[default]
    Normal,
    /// Larger than normal.
    Large,
}

impl Theme {
    /// The value of `<html data-theme>`, as `index.html` and the style sheet use it.
    pub fn attr(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

impl TextSize {
    /// The value of `<html data-text-size>`.
    pub fn attr(self) -> &'static str {
        match self {
            TextSize::Small => "small",
            TextSize::Normal => "normal",
            TextSize::Large => "large",
        }
    }
}

impl Document for Settings {
    const NAME: &'static str = "settings";

    fn check(&self) -> Result<(), String> {
        Ok(())
    }
}

impl Single for Settings {
    const KEY: &'static str = "carnet.settings";
}

impl Single for ReadingLog {
    const KEY: &'static str = "carnet.reading";
}

impl Single for Bookmarks {
    const KEY: &'static str = "carnet.bookmarks";
}

impl Document for ReadingLog {
    const NAME: &'static str = "reading";

    fn check(&self) -> Result<(), String> {
        for (slug, state) in &self.posts {
            check_slug(slug)?;
            check_share(state.progress, slug, "progress")?;
            if let Some(position) = &state.position {
                check_share(position.offset, slug, "offset")?;
            }
        }
        Ok(())
    }
}

impl Document for Bookmarks {
    const NAME: &'static str = "bookmarks";

    fn check(&self) -> Result<(), String> {
        self.posts.keys().try_for_each(|slug| check_slug(slug))
    }
}

fn check_slug(slug: &str) -> Result<(), String> {
    if is_ascii_slug(slug) {
        Ok(())
    } else {
        Err(format!("“{slug}” is not a post slug"))
    }
}

fn check_share(value: f32, slug: &str, what: &str) -> Result<(), String> {
    if (0.0..=1.0).contains(&value) {
        Ok(())
    } else {
        Err(format!(
            "{what} of “{slug}” is {value}, not between 0 and 1"
        ))
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl ReadingLog {
    /// The state of the post `slug`, if it was ever opened.
    pub fn get(&self, slug: &str) -> Option<&PostReading> {
        self.posts.get(slug)
    }

    /// Whether the post `slug` counts as read.
    pub fn is_read(&self, slug: &str) -> bool {
        self.get(slug).is_some_and(|p| p.read)
    }

    /// Records where the reader is in `slug`. Reaching the end marks the post read and
    /// forgets the position. Returns whether anything changed (nothing to write otherwise).
    pub fn record(&mut self, slug: &str, spot: Spot, now: u64) -> bool {
        let old = self.posts.get(slug);
        let mut next = old.cloned().unwrap_or_default();
        if spot.finished {
            next.read = true;
            next.position = None;
            next.progress = 1.0;
        } else {
            next.position = spot.position;
            next.progress = spot.progress;
        }
        self.replace(slug, next, now)
    }

    /// Marks `slug` read or unread by hand; either way the position is forgotten.
    pub fn set_read(&mut self, slug: &str, read: bool, now: u64) -> bool {
        let next = PostReading {
            read,
            position: None,
            progress: if read { 1.0 } else { 0.0 },
            updated: now,
        };
        self.replace(slug, next, now)
    }

    /// Stores `next` for `slug` unless it says what is already there.
    fn replace(&mut self, slug: &str, mut next: PostReading, now: u64) -> bool {
        let same = |a: &PostReading| {
            a.read == next.read && a.position == next.position && a.progress == next.progress
        };
        let unchanged = match self.posts.get(slug) {
            Some(old) => same(old),
            None => same(&PostReading::default()),
        };
        if unchanged {
            return false;
        }
        next.updated = now;
        self.posts.insert(slug.to_owned(), next);
        true
    }

    /// Posts started and not finished, the most recently read first.
    pub fn in_progress(&self) -> Vec<(&str, &PostReading)> {
        let mut started: Vec<_> = self
            .posts
            .iter()
            .filter(|(_, p)| !p.read && p.position.is_some())
            .map(|(slug, p)| (slug.as_str(), p))
            .collect();
        started.sort_by(|a, b| b.1.updated.cmp(&a.1.updated).then(a.0.cmp(b.0)));
        started
    }

    /// Adds `other`'s posts; for a post in both, the more recently updated state wins.
    pub fn merge(&mut self, other: ReadingLog) {
        for (slug, theirs) in other.posts {
            match self.posts.get(&slug) {
                Some(ours) if ours.updated >= theirs.updated => {}
                _ => {
                    self.posts.insert(slug, theirs);
                }
            }
        }
    }
}

impl Bookmarks {
    /// Whether `slug` is kept to read later.
    pub fn contains(&self, slug: &str) -> bool {
        self.posts.contains_key(slug)
    }

    /// Adds or removes `slug`. Returns whether anything changed.
    pub fn set(&mut self, slug: &str, keep: bool, now: u64) -> bool {
        match (keep, self.contains(slug)) {
            (true, false) => self.posts.insert(slug.to_owned(), now).is_none(),
            (false, true) => self.posts.remove(slug).is_some(),
            _ => false,
        }
    }

    /// The slugs, the most recently added first.
    pub fn newest_first(&self) -> Vec<&str> {
        let mut slugs: Vec<_> = self.posts.iter().collect();
        slugs.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        slugs.into_iter().map(|(slug, _)| slug.as_str()).collect()
    }

    /// Adds `other`'s bookmarks to these.
    pub fn merge(&mut self, other: Bookmarks) {
        for (slug, added) in other.posts {
            self.posts.entry(slug).or_insert(added);
        }
    }
}
