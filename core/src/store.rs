//! What Carnet keeps in the reader's browser: its keys, their typed documents, the schema
//! version with its migrations, and the export file.
//!
//! Pure: the app's `storage` module moves these documents in and out of localStorage.
//!
//! Every key starts with [`NAMESPACE`]. Each value is an envelope
//! `{"version": N, "data": …}`; [`decode`] brings an older `data` up to [`VERSION`] through
//! [`MIGRATIONS`] and refuses a newer one. A value Carnet cannot read is never overwritten:
//! the app moves it under [`set_aside_key`] and tells the reader.
//!
//! Adding a field with a serde default needs no new version; renaming, removing or changing
//! the meaning of one does, with a migration.

use crate::slug::is_ascii_slug;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt;

/// Every key Carnet writes starts with this.
pub const NAMESPACE: &str = "carnet.";

/// Where values Carnet could not read are kept: `carnet.set-aside.<name>.<time>`.
pub const SET_ASIDE_PREFIX: &str = "carnet.set-aside.";

/// The schema version this build writes.
pub const VERSION: u32 = MIGRATIONS.len() as u32 + 1;

/// One upgrade step: turns the `data` of the document named `name` (see
/// [`Document::NAME`]) from one version into the next.
pub type Migration = fn(name: &str, data: Value) -> Result<Value, String>;

/// The upgrades, in order: `MIGRATIONS[n - 1]` turns version `n` into version `n + 1`.
/// Version 1 is the first schema, so there is none yet.
pub const MIGRATIONS: &[Migration] = &[];

/// A document Carnet stores, as a versioned envelope.
pub trait Document: Serialize + DeserializeOwned + Default + Clone + PartialEq {
    /// The document's name, as in its key and in the export file.
    const NAME: &'static str;
    /// Checks what the types cannot say (ranges, slugs); the message names the bad value.
    fn check(&self) -> Result<(), String>;
}

/// A document there is one of, under a fixed key.
pub trait Single: Document {
    /// Its key: [`NAMESPACE`] + [`Document::NAME`].
    const KEY: &'static str;
}

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
    pub lang: Option<crate::Lang>,
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

/// What localStorage holds under a document's key: the document and its schema version.
#[derive(Debug, Serialize)]
pub struct Envelope<'a, D> {
    /// Always [`VERSION`] when written.
    pub version: u32,
    /// The document.
    pub data: &'a D,
}

impl<'a, D: Document> Envelope<'a, D> {
    /// `doc`, ready to be written.
    pub fn new(doc: &'a D) -> Self {
        Envelope {
            version: VERSION,
            data: doc,
        }
    }
}

/// Why a stored value cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unreadable {
    /// It is not JSON at all.
    NotJson(String),
    /// It is JSON, but not what Carnet writes there.
    WrongShape(String),
    /// A newer Carnet wrote it, with this schema version.
    NewerVersion(u64),
}

impl fmt::Display for Unreadable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unreadable::NotJson(e) => write!(f, "not JSON: {e}"),
            Unreadable::WrongShape(e) => write!(f, "unexpected content: {e}"),
            Unreadable::NewerVersion(v) => {
                write!(
                    f,
                    "written by a newer Carnet (schema {v}; this one reads up to {VERSION})"
                )
            }
        }
    }
}

/// Reads a stored envelope, upgrading an older one.
pub fn decode<D: Document>(raw: &str) -> Result<D, Unreadable> {
    decode_with(raw, MIGRATIONS)
}

fn decode_with<D: Document>(raw: &str, steps: &[Migration]) -> Result<D, Unreadable> {
    let value: Value = serde_json::from_str(raw).map_err(|e| Unreadable::NotJson(e.to_string()))?;
    let Value::Object(mut envelope) = value else {
        return Err(Unreadable::WrongShape("not a JSON object".into()));
    };
    let version = envelope
        .get("version")
        .and_then(Value::as_u64)
        .ok_or_else(|| Unreadable::WrongShape("no schema version".into()))?;
    let data = envelope
        .remove("data")
        .ok_or_else(|| Unreadable::WrongShape("no data".into()))?;
    let data = migrate(D::NAME, data, version, steps)?;
    from_checked(data).map_err(Unreadable::WrongShape)
}

/// Brings `data`, written with schema `version`, to the version `steps` lead to.
fn migrate(
    name: &str,
    data: Value,
    version: u64,
    steps: &[Migration],
) -> Result<Value, Unreadable> {
    let current = steps.len() as u64 + 1;
    if version > current {
        return Err(Unreadable::NewerVersion(version));
    }
    let first = usize::try_from(version)
        .ok()
        .and_then(|v| v.checked_sub(1))
        .ok_or_else(|| Unreadable::WrongShape(format!("schema version {version}")))?;
    steps[first..].iter().try_fold(data, |data, step| {
        step(name, data).map_err(Unreadable::WrongShape)
    })
}

fn from_checked<D: Document>(data: Value) -> Result<D, String> {
    let doc: D = serde_json::from_value(data).map_err(|e| e.to_string())?;
    doc.check()?;
    Ok(doc)
}

/// The key a bad value of `key`, found at `now` (ms), is kept under.
pub fn set_aside_key(key: &str, now: u64) -> String {
    let name = key.strip_prefix(NAMESPACE).unwrap_or(key);
    format!("{SET_ASIDE_PREFIX}{name}.{now}")
}

/// Something that went wrong with the reader's stored data, to tell them about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The value under `key` could not be read; it now lives under `kept_as`.
    SetAside {
        /// The key it was found under.
        key: String,
        /// Where it was moved.
        kept_as: String,
        /// What was wrong with it.
        reason: Unreadable,
    },
    /// The value under `key` could not be read nor moved: it is left as it is and Carnet
    /// will not write that key during this visit.
    LeftInPlace {
        /// The key.
        key: String,
        /// What was wrong with it.
        reason: Unreadable,
    },
    /// The browser gives no access to localStorage, or refuses writes for another reason
    /// than room (private mode, storage turned off by the reader: a `SecurityError`).
    Unavailable,
    /// The browser refused a write because its storage is full (`QuotaExceededError`).
    WriteRefused,
}

impl Problem {
    /// Whether the problem is data written by a newer Carnet.
    pub fn is_newer_version(&self) -> bool {
        matches!(
            self,
            Problem::SetAside {
                reason: Unreadable::NewerVersion(_),
                ..
            } | Problem::LeftInPlace {
                reason: Unreadable::NewerVersion(_),
                ..
            }
        )
    }
}

/// How much of the browser's storage Carnet uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Usage {
    /// Number of Carnet keys.
    pub keys: usize,
    /// Their keys' and values' length in bytes (UTF-8).
    pub bytes: usize,
}

/// Counts the Carnet keys among `entries` (key, value) and their size.
pub fn usage<'a>(entries: impl IntoIterator<Item = (&'a str, &'a str)>) -> Usage {
    entries
        .into_iter()
        .filter(|(key, _)| key.starts_with(NAMESPACE))
        .fold(Usage::default(), |u, (key, value)| Usage {
            keys: u.keys + 1,
            bytes: u.bytes + key.len() + value.len(),
        })
}

/// The file "export my data" writes and "import" reads back.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Export {
    /// Always `"carnet"`: what kind of file this is.
    pub format: String,
    /// The schema version of the documents in it.
    pub version: u32,
    /// When it was made, in milliseconds since 1970 (UTC).
    pub exported: u64,
    /// The reading log.
    #[serde(default)]
    pub reading: ReadingLog,
    /// The bookmarks.
    #[serde(default)]
    pub bookmarks: Bookmarks,
    /// Values Carnet could not read and set aside, as they were, by key.
    #[serde(default)]
    pub set_aside: BTreeMap<String, String>,
    /// The drafts, deleted ones included (their revisions stay in the browser).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub drafts: Vec<crate::draft::Draft>,
    /// What the reader has seen of the site: her visits and the texts she read.
    #[serde(default, skip_serializing_if = "is_unseen")]
    pub seen: crate::seen::Seen,
}

fn is_unseen(seen: &crate::seen::Seen) -> bool {
    *seen == crate::seen::Seen::default()
}

/// The `format` of an export file.
pub const EXPORT_FORMAT: &str = "carnet";

impl Export {
    /// An export of these documents, made at `now`.
    pub fn new(
        reading: ReadingLog,
        bookmarks: Bookmarks,
        set_aside: BTreeMap<String, String>,
        now: u64,
    ) -> Self {
        Export {
            format: EXPORT_FORMAT.to_owned(),
            version: VERSION,
            exported: now,
            reading,
            bookmarks,
            set_aside,
            drafts: Vec::new(),
            seen: Default::default(),
        }
    }

    /// The file's text: pretty-printed JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Reads an export file, upgrading an older one; refuses anything else, saying why.
    pub fn parse(text: &str) -> Result<Export, ImportError> {
        Export::parse_with(text, MIGRATIONS)
    }

    fn parse_with(text: &str, steps: &[Migration]) -> Result<Export, ImportError> {
        let value: Value = serde_json::from_str(text).map_err(|e| ImportError::NotJson {
            line: e.line(),
            column: e.column(),
        })?;
        let Value::Object(mut file) = value else {
            return Err(ImportError::NotCarnet);
        };
        if file.get("format").and_then(Value::as_str) != Some(EXPORT_FORMAT) {
            return Err(ImportError::NotCarnet);
        }
        let current = steps.len() as u64 + 1;
        let version = file
            .get("version")
            .and_then(Value::as_u64)
            .filter(|v| *v >= 1)
            .ok_or_else(|| {
                ImportError::Invalid(match file.get("version") {
                    None => "version: missing".to_owned(),
                    Some(v) => format!("version: {v} is not a schema version (1 to {current})"),
                })
            })?;
        for name in [ReadingLog::NAME, Bookmarks::NAME] {
            if let Some(data) = file.remove(name) {
                let data = migrate(name, data, version, steps).map_err(|e| match e {
                    Unreadable::NewerVersion(v) => ImportError::NewerVersion(v),
                    other => ImportError::Invalid(other.to_string()),
                })?;
                file.insert(name.to_owned(), data);
            }
        }
        if version > current {
            return Err(ImportError::NewerVersion(version));
        }
        file.insert("version".to_owned(), Value::from(current));
        locate_error(&file)?;
        let export: Export = serde_json::from_value(Value::Object(file))
            .map_err(|e| ImportError::Invalid(e.to_string()))?;
        fn place(name: &str) -> impl Fn(String) -> ImportError + '_ {
            move |e| ImportError::Invalid(format!("{name}: {e}"))
        }
        export.reading.check().map_err(place("reading"))?;
        export.bookmarks.check().map_err(place("bookmarks"))?;
        export.seen.check().map_err(place("seen"))?;
        for (i, draft) in export.drafts.iter().enumerate() {
            draft.check().map_err(place(&format!("drafts[{i}]")))?;
            if let Some(first) = export.drafts[..i].iter().position(|d| d.id == draft.id) {
                return Err(ImportError::Invalid(format!(
                    "drafts[{i}]: the id “{}” is also drafts[{first}]’s",
                    draft.id
                )));
            }
        }
        if let Some(key) = export
            .set_aside
            .keys()
            .find(|k| !k.starts_with(SET_ASIDE_PREFIX))
        {
            return Err(ImportError::Invalid(format!(
                "“{key}” is not a set-aside key"
            )));
        }
        Ok(export)
    }
}

/// Reads the export's entries one by one, so that an error names its place
/// (`drafts[0]: unknown field `Body``, `reading.posts.<slug>: …`); what is left to say is
/// about the top level, which serde's message names.
fn locate_error(file: &serde_json::Map<String, Value>) -> Result<(), ImportError> {
    fn each<T: DeserializeOwned>(
        place: impl fmt::Display,
        value: &Value,
    ) -> Result<(), ImportError> {
        serde_json::from_value::<T>(value.clone())
            .map(drop)
            .map_err(|e| ImportError::Invalid(format!("{place}: {e}")))
    }
    if let Some(Value::Array(drafts)) = file.get("drafts") {
        for (i, draft) in drafts.iter().enumerate() {
            each::<crate::draft::Draft>(format_args!("drafts[{i}]"), draft)?;
        }
    }
    if let Some(reading) = file.get(ReadingLog::NAME) {
        if let Some(Value::Object(posts)) = reading.get("posts") {
            for (slug, post) in posts {
                each::<PostReading>(format_args!("reading.posts.{slug}"), post)?;
            }
        }
        each::<ReadingLog>("reading", reading)?;
    }
    if let Some(bookmarks) = file.get(Bookmarks::NAME) {
        each::<Bookmarks>("bookmarks", bookmarks)?;
    }
    Ok(())
}

/// Why an export file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The file is not JSON; where it stops being JSON.
    NotJson {
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        column: usize,
    },
    /// JSON, but not a Carnet export.
    NotCarnet,
    /// Exported by a newer Carnet, with this schema version.
    NewerVersion(u64),
    /// A Carnet export with a value that makes no sense; the detail says which.
    Invalid(String),
}

#[cfg(test)]
mod tests;
