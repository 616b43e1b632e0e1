//! Drafts: posts being written in the browser, their revision history, how two tabs'
//! writes are told apart, and the Markdown file a draft becomes (and comes from).
//!
//! Pure: the app's drafts studio stores these through the storage module.

use carnet_markdown::frontmatter::{self, Fields};
use carnet_store::Document;
use carnet_text::date::Date;
use carnet_text::lang::Lang;
use carnet_text::slug::slugify;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Where each draft is stored: `carnet.draft.<id>`.
pub const DRAFT_PREFIX: &str = "carnet.draft.";
/// Where each draft's revisions are stored: `carnet.revisions.<id>`.
pub const REVISIONS_PREFIX: &str = "carnet.revisions.";
/// A periodic snapshot is taken when the last one is at least this old (ms).
pub const SNAPSHOT_EVERY: u64 = 5 * 60 * 1000;
/// At most this many revisions are kept per draft…
pub const MAX_REVISIONS: usize = 20;
/// …and their texts weigh at most this many bytes together (the oldest go first).
pub const MAX_REVISION_BYTES: usize = 1_000_000;

/// Front-matter fields a draft keeps as they were imported (the date also as set in the
/// editor) and writes back on export: the fields of [`Fields`] the editor has no field
/// for. Stored as the JSON object the map it replaces was (keys in the same order).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Kept {
    /// The cover image's path, relative to `posts/`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cover: Option<String>,
    /// The cover's alt text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cover_alt: Option<String>,
    /// What the link preview's crop keeps of the cover.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cover_focus: Option<String>,
    /// The publication date, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Who took the cover photo.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub photo_credit: Option<String>,
    /// The address's last segment, when not the title's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
}

impl Kept {
    /// Whether it keeps nothing.
    pub fn is_empty(&self) -> bool {
        *self == Kept::default()
    }
}

/// A kept field's value, when it says something.
fn given(value: &Option<String>) -> Option<String> {
    value.as_ref().filter(|v| !v.is_empty()).cloned()
}

/// A post being written.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    /// Stable identifier, also in the URL: `/drafts/<id>`.
    pub id: String,
    /// The title.
    pub title: String,
    /// Who signs it.
    #[serde(default)]
    pub author: String,
    /// Tags, as written.
    #[serde(default)]
    pub tags: Vec<String>,
    /// One or two sentences for lists and link previews.
    #[serde(default)]
    pub summary: String,
    /// The language it is written in.
    #[serde(default)]
    pub lang: Lang,
    /// The Markdown text.
    #[serde(default)]
    pub body: String,
    /// The words she wants the post found by (front matter `keyphrase`), for the
    /// proofreader.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub keyphrase: String,
    /// The proofreader's findings the writer dismissed for this draft, by key.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dismissed: Vec<String>,
    /// Other front-matter fields, from an imported file or the editor's date.
    #[serde(default, skip_serializing_if = "Kept::is_empty")]
    pub kept: Kept,
    /// When it was created (ms since 1970).
    pub created: u64,
    /// When it was last saved (ms since 1970).
    pub updated: u64,
    /// Counts the saves: a tab writes only over the revision it started from.
    pub revision: u64,
    /// When it was deleted, if it was: it stays restorable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted: Option<u64>,
    /// The published post's file (in `posts/`) this draft edits: it is published under that
    /// name, replacing the post, or taken down.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Where it was last published, once the destination confirmed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<Published>,
}

/// A publication a destination confirmed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Published {
    /// When (ms since 1970).
    pub at: u64,
    /// The post's address on the site.
    pub url: String,
    /// What confirmed it: the commit's page on GitHub.
    pub confirmation: String,
}

impl Document for Draft {
    const NAME: &'static str = "draft";

    fn check(&self) -> Result<(), String> {
        if self.id.is_empty() || !self.id.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(format!("“{}” is not a draft id", self.id));
        }
        Ok(())
    }
}

impl Draft {
    /// An empty draft.
    pub fn new(id: String, lang: Lang, author: String, now: u64) -> Self {
        Draft {
            id,
            author,
            lang,
            created: now,
            updated: now,
            ..Draft::default()
        }
    }

    /// Its storage key.
    pub fn key(&self) -> String {
        draft_key(&self.id)
    }

    /// Whether `other` says the same thing (ignoring id, times and revision).
    pub fn same_text(&self, other: &Draft) -> bool {
        self.title == other.title
            && self.author == other.author
            && self.tags == other.tags
            && self.summary == other.summary
            && self.lang == other.lang
            && self.body == other.body
            && self.keyphrase == other.keyphrase
            && self.dismissed == other.dismissed
            && self.kept == other.kept
    }

    /// The URL segment it would be published under: its `slug` field, else the name of the
    /// published file it edits (as the build reads it), else its title's.
    pub fn slug(&self) -> String {
        match (given(&self.kept.slug), &self.source) {
            (Some(slug), _) => slug,
            (_, Some(file)) => file.strip_suffix(".md").unwrap_or(file).to_owned(),
            _ => slugify(&self.title),
        }
    }

    /// The day it is to be published, when it carries a publication date (`date`, set in
    /// the editor or imported) after `today`: the build leaves a post dated in the future
    /// out until a build on that day.
    pub fn scheduled_for(&self, today: Date) -> Option<Date> {
        let date = self.kept.date.as_ref()?.parse::<Date>().ok()?;
        (date > today).then_some(date)
    }

    /// The file name for `posts/`: the published file it edits, else `<slug>.md`.
    pub fn file_name(&self) -> String {
        if let Some(file) = &self.source {
            return file.clone();
        }
        let slug = self.slug();
        if slug.is_empty() {
            format!("draft-{}.md", self.id)
        } else {
            format!("{slug}.md")
        }
    }

    /// The post file: the front matter `posts/` uses, then the text. `today` is the date
    /// written unless the draft kept one from an import.
    pub fn to_markdown(&self, today: Date) -> String {
        let text = |value: &str| Some(value.trim().to_owned());
        let mut tags: Vec<String> = Vec::new();
        for tag in self.tags.iter().map(|t| t.trim()).filter(|t| !t.is_empty()) {
            if !tags.iter().any(|t| t == tag) {
                tags.push(tag.to_owned());
            }
        }
        let fields = Fields {
            title: text(&self.title),
            date: Some(
                given(&self.kept.date)
                    .filter(|d| d.parse::<Date>().is_ok())
                    .unwrap_or_else(|| today.to_string()),
            ),
            author: text(&self.author),
            tags,
            summary: text(&self.summary).filter(|s| !s.is_empty()),
            lang: Some(self.lang.tag().to_owned()),
            draft: false,
            slug: given(&self.kept.slug),
            cover: given(&self.kept.cover),
            cover_alt: given(&self.kept.cover_alt),
            cover_focus: given(&self.kept.cover_focus),
            photo_credit: given(&self.kept.photo_credit),
            keyphrase: text(&self.keyphrase).filter(|k| !k.is_empty()),
        };
        let mut out = format!("---\n{}---\n", frontmatter::write(&fields));
        out.push_str(self.body.trim_start_matches('\n'));
        if !out.ends_with('\n') {
            out.push('\n');
        }
        out
    }

    /// Reads a Markdown file (with or without front matter) into a new draft. The front
    /// matter is read as the build reads it ([`frontmatter`]); a file without one is all
    /// body, titled by its first `# ` heading.
    pub fn from_markdown(text: &str, id: String, now: u64) -> Result<Draft, MarkdownError> {
        let mut draft = Draft::new(id, Lang::default(), String::new(), now);
        let Some(split) = frontmatter::split(text).map_err(MarkdownError::Syntax)? else {
            draft.body = text.strip_prefix('\u{feff}').unwrap_or(text).to_owned();
            draft.title_from_heading();
            return Ok(draft);
        };
        let fields = frontmatter::read(split.yaml).map_err(MarkdownError::Syntax)?;
        if let Some(lang) = &fields.lang {
            draft.lang = lang.parse().map_err(|_| MarkdownError::Field {
                line: frontmatter::line_of(split.yaml, "lang"),
                key: "lang".into(),
                reason: "expected fr or en".into(),
            })?;
        }
        let Fields {
            title,
            date,
            author,
            tags,
            summary,
            slug,
            cover,
            cover_alt,
            cover_focus,
            photo_credit,
            keyphrase,
            lang: _,
            draft: _,
        } = fields;
        draft.title = title.unwrap_or_default();
        draft.author = author.unwrap_or_default();
        draft.summary = summary.unwrap_or_default();
        draft.tags = tags;
        draft.keyphrase = keyphrase.unwrap_or_default();
        draft.kept = Kept {
            cover,
            cover_alt,
            cover_focus,
            date,
            photo_credit,
            slug,
        };
        draft.body = split.body.to_owned();
        draft.title_from_heading();
        Ok(draft)
    }

    /// An untitled draft takes the text of its first `# ` heading as its title.
    fn title_from_heading(&mut self) {
        if self.title.trim().is_empty()
            && let Some(heading) = self.body.lines().find_map(|l| l.strip_prefix("# "))
        {
            self.title = heading.trim().to_owned();
        }
    }
}

/// The storage key of draft `id`.
pub fn draft_key(id: &str) -> String {
    format!("{DRAFT_PREFIX}{id}")
}

/// The storage key of draft `id`'s revisions.
pub fn revisions_key(id: &str) -> String {
    format!("{REVISIONS_PREFIX}{id}")
}

/// Why an imported Markdown file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MarkdownError {
    /// Its front matter cannot be read.
    Syntax(frontmatter::Error),
    /// A field makes no sense.
    Field {
        /// Its line.
        line: usize,
        /// Its key.
        key: String,
        /// What is wrong.
        reason: String,
    },
}

impl fmt::Display for MarkdownError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MarkdownError::Syntax(e) => e.fmt(f),
            MarkdownError::Field { line, key, reason } => write!(f, "line {line}: {key}: {reason}"),
        }
    }
}

/// What a save finds when it looks at the stored draft before writing.
#[derive(Clone, Debug, PartialEq)]
pub enum Check {
    /// Nothing was written since this tab's revision: write.
    Fresh,
    /// Another tab saved (or deleted) the draft since: do not write over it.
    Conflict(Box<Draft>),
}

/// Whether a tab that started from revision `base` may write over `stored`.
pub fn check(stored: Option<&Draft>, base: u64) -> Check {
    match stored {
        Some(theirs) if theirs.revision != base => Check::Conflict(Box::new(theirs.clone())),
        _ => Check::Fresh,
    }
}

/// What importing a file's drafts does, decided before anything is written so that the
/// writer can see it and cancel.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportPlan {
    /// Drafts this browser does not have: added as they are.
    pub added: Vec<Draft>,
    /// Drafts edited more recently in the file than here, each with the one here, which
    /// is kept as a revision before it is replaced: `(here, from the file)`.
    pub replaced: Vec<(Draft, Draft)>,
    /// Drafts that say the same here, or were edited more recently here: left alone.
    pub unchanged: usize,
}

impl ImportPlan {
    /// Matches the file's drafts with the ones here (`local`) by id. A draft here is
    /// replaced only by a more recently edited one that says something else.
    pub fn new(local: &[Draft], incoming: Vec<Draft>) -> Self {
        let mut plan = ImportPlan::default();
        for theirs in incoming {
            match local.iter().find(|d| d.id == theirs.id) {
                None => plan.added.push(theirs),
                Some(ours)
                    if theirs.updated > ours.updated
                        && !(ours.same_text(&theirs) && ours.deleted == theirs.deleted) =>
                {
                    // Written as a revision newer than any tab's, so that a tab editing
                    // this draft sees a change instead of writing over it.
                    let theirs = Draft {
                        revision: ours.revision.max(theirs.revision) + 1,
                        ..theirs
                    };
                    plan.replaced.push((ours.clone(), theirs));
                }
                Some(_) => plan.unchanged += 1,
            }
        }
        plan
    }
}

/// Why a revision was taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// The periodic snapshot while writing.
    Periodic,
    /// Before a revision was restored over the text.
    BeforeRestore,
    /// This tab's text, when another tab had saved the draft in the meantime.
    ConflictCopy,
    /// The other tab's text, replaced when the writer kept their own.
    Replaced,
    /// This browser's text, replaced by a more recently edited one from an imported file.
    Imported,
}

/// One saved state of a draft.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Revision {
    /// When it was taken (ms since 1970).
    pub at: u64,
    /// Why.
    pub reason: Reason,
    /// The draft as it was.
    pub draft: Draft,
}

/// A draft's revisions, oldest first, bounded by [`MAX_REVISIONS`] and [`MAX_REVISION_BYTES`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Revisions {
    /// The revisions.
    pub list: Vec<Revision>,
}

impl Document for Revisions {
    const NAME: &'static str = "revisions";

    fn check(&self) -> Result<(), String> {
        self.list.iter().try_for_each(|r| r.draft.check())
    }
}

impl Revisions {
    /// Whether a periodic snapshot is due at `now`.
    pub fn snapshot_due(&self, now: u64) -> bool {
        self.list
            .iter()
            .rev()
            .find(|r| r.reason == Reason::Periodic)
            .is_none_or(|r| now.saturating_sub(r.at) >= SNAPSHOT_EVERY)
    }

    /// Adds `draft` as it is, unless the newest revision already holds that text; then
    /// drops the oldest beyond the bounds. Returns whether anything was added.
    pub fn push(&mut self, draft: &Draft, reason: Reason, now: u64) -> bool {
        if self.list.last().is_some_and(|r| r.draft.same_text(draft)) {
            return false;
        }
        self.list.push(Revision {
            at: now,
            reason,
            draft: draft.clone(),
        });
        while self.list.len() > MAX_REVISIONS
            || (self.list.len() > 1 && self.bytes() > MAX_REVISION_BYTES)
        {
            self.list.remove(0);
        }
        true
    }

    fn bytes(&self) -> usize {
        self.list
            .iter()
            .map(|r| r.draft.body.len() + r.draft.title.len())
            .sum()
    }
}

#[cfg(test)]
mod tests;
