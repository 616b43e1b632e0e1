//! What the reader has seen of the site, for two marks no account is needed for: the
//! posts published since her last visit ("Nouveau") and the posts she read whose text
//! changed since ("Mis à jour depuis votre lecture", with the changed blocks marked).
//! Kept in her browser only (`carnet.seen`), and in her "My data" export.
//!
//! - A **visit** ends after [`VISIT_GAP`] away. The home page records which of the newest
//!   posts it lists ([`Seen::arrive`]); at the next visit, a listed post that was not among
//!   them, and is not older than the oldest of them, is new ([`Seen::is_new`]). A post
//!   published with an old date (older than every post she was shown) is not called new.
//! - A **read text** is recorded when she has read a post: its content hash (the one in
//!   `content/<slug>.<hash>.md`) and the fingerprint of each top-level block
//!   ([`crate::position::fingerprint`], as for resuming). A read post whose hash differs
//!   now changed; the blocks whose fingerprint she never read are the changed ones
//!   ([`Seen::changed_blocks`]). Reading it again to the end records the new text.

use crate::{Document, Single};
use carnet_text::date::Date;
use carnet_text::slug::is_ascii_slug;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// Away this long (30 minutes, in milliseconds), the reader's next page starts a new visit.
pub const VISIT_GAP: u64 = 30 * 60 * 1000;

/// What the reader has seen of the site.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Seen {
    /// When she was last on the site, in milliseconds since 1970 (UTC).
    #[serde(default)]
    pub active: u64,
    /// The newest posts the home page listed at her previous visit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<Listed>,
    /// The same, at this visit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub now: Option<Listed>,
    /// The text she read of each post she has read, by slug.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub texts: BTreeMap<String, ReadText>,
}

/// The newest posts a home page listed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Listed {
    /// Their slugs.
    pub posts: BTreeSet<String>,
    /// The date of the oldest of them (none listed: `None`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<Date>,
}

/// The text of a post as the reader read it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReadText {
    /// The text's content hash, as in its file's name.
    pub hash: String,
    /// Each top-level block's fingerprint, in order.
    pub blocks: Vec<u32>,
    /// When she read it, in milliseconds since 1970 (UTC).
    pub at: u64,
}

impl Document for Seen {
    const NAME: &'static str = "seen";

    fn check(&self) -> Result<(), String> {
        let listed = self.before.iter().chain(&self.now).flat_map(|l| &l.posts);
        for slug in listed.chain(self.texts.keys()) {
            if !is_ascii_slug(slug) {
                return Err(format!("“{slug}” is not a post slug"));
            }
        }
        Ok(())
    }
}

impl Single for Seen {
    const KEY: &'static str = "carnet.seen";
}

/// The content hash in a post text's path: `fea18f80` for
/// `content/le-metier-qui-n-existe-pas.fea18f80.md`.
pub fn text_hash(body_path: &str) -> &str {
    let stem = body_path.strip_suffix(".md").unwrap_or(body_path);
    stem.rsplit_once('.').map_or(stem, |(_, hash)| hash)
}

impl Seen {
    /// The reader is on the home page at `now`, which lists `listed` (the newest posts,
    /// newest first: slug and date). After [`VISIT_GAP`] away, what the last visit listed
    /// becomes the previous visit's. Returns whether anything changed.
    pub fn arrive(&mut self, now: u64, listed: &[(&str, Date)]) -> bool {
        let before = self.clone();
        if self.is_new_visit(now) && self.now.is_some() {
            self.before = self.now.take();
        }
        self.now = Some(Listed {
            posts: listed.iter().map(|(slug, _)| (*slug).to_owned()).collect(),
            since: listed.iter().map(|(_, date)| *date).min(),
        });
        self.active = now;
        *self != before
    }

    /// The reader is on some page at `now`: the visit goes on. Written at most once a
    /// minute. Returns whether anything changed.
    pub fn touch(&mut self, now: u64) -> bool {
        if self.is_new_visit(now) && self.now.is_some() {
            self.before = self.now.take();
        }
        let changed = now >= self.active + 60_000 || self.active == 0;
        if changed {
            self.active = now;
        }
        changed
    }

    fn is_new_visit(&self, now: u64) -> bool {
        now >= self.active.saturating_add(VISIT_GAP)
    }

    /// Whether the post `slug`, dated `date`, was published since the previous visit.
    pub fn is_new(&self, slug: &str, date: Date) -> bool {
        self.before.as_ref().is_some_and(|before| {
            !before.posts.contains(slug) && before.since.is_none_or(|since| date >= since)
        })
    }

    /// Records that the reader has read `slug` in the text of content hash `hash`, made of
    /// blocks with these fingerprints. Returns whether anything changed.
    pub fn read(&mut self, slug: &str, hash: &str, blocks: Vec<u32>, now: u64) -> bool {
        if self
            .texts
            .get(slug)
            .is_some_and(|t| t.hash == hash && t.blocks == blocks)
        {
            return false;
        }
        let text = ReadText {
            hash: hash.to_owned(),
            blocks,
            at: now,
        };
        self.texts.insert(slug.to_owned(), text);
        true
    }

    /// Whether the reader read `slug` in another text than the one of hash `hash`.
    pub fn changed_since_read(&self, slug: &str, hash: &str) -> bool {
        self.texts.get(slug).is_some_and(|t| t.hash != hash)
    }

    /// The blocks of `slug`'s text now (their fingerprints, in order) that the reader has
    /// not read: their indices. `None` when the text is the one she read, or she read none.
    pub fn changed_blocks(&self, slug: &str, hash: &str, blocks: &[u32]) -> Option<Vec<usize>> {
        let read = self.texts.get(slug).filter(|t| t.hash != hash)?;
        // A block repeated in the text counts as read as many times as she read it.
        let mut left: BTreeMap<u32, usize> = BTreeMap::new();
        for fingerprint in &read.blocks {
            *left.entry(*fingerprint).or_default() += 1;
        }
        let changed = blocks
            .iter()
            .enumerate()
            .filter_map(|(i, fingerprint)| match left.get_mut(fingerprint) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    None
                }
                _ => Some(i),
            })
            .collect();
        Some(changed)
    }

    /// Adds `other`'s (an import): its read texts where newer; its visits if more recent,
    /// or if this browser has no previous visit (a new browser the reader moves to).
    pub fn merge(&mut self, other: Seen) {
        for (slug, theirs) in other.texts {
            match self.texts.get(&slug) {
                Some(ours) if ours.at >= theirs.at => {}
                _ => {
                    self.texts.insert(slug, theirs);
                }
            }
        }
        if other.active > self.active || (self.before.is_none() && other.before.is_some()) {
            self.active = other.active;
            self.before = other.before;
            self.now = other.now;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINUTE: u64 = 60_000;

    fn date(text: &str) -> Date {
        text.parse().unwrap()
    }

    #[test]
    fn a_post_listed_since_the_previous_visit_is_new_for_the_whole_visit() {
        let mut seen = Seen::default();
        let first = [("b", date("2026-11-20")), ("a", date("2026-11-01"))];
        assert!(seen.arrive(1_000 * MINUTE, &first));
        assert!(
            !seen.is_new("b", date("2026-11-20")),
            "nothing is new on a first visit"
        );

        // Ten minutes later, the same visit: the same list.
        seen.arrive(1_010 * MINUTE, &first);
        assert!(seen.before.is_none());
        let second = [
            ("c", date("2026-11-28")),
            ("b", date("2026-11-20")),
            ("a", date("2026-11-01")),
        ];

        // Back an hour later: c is new, and stays new through the visit.
        seen.arrive(1_070 * MINUTE, &second);
        assert!(seen.is_new("c", date("2026-11-28")));
        assert!(!seen.is_new("b", date("2026-11-20")));
        assert!(seen.touch(1_080 * MINUTE));
        seen.arrive(1_090 * MINUTE, &second);
        assert!(seen.is_new("c", date("2026-11-28")));

        // A post added with a date older than all she was shown is not called new.
        assert!(!seen.is_new("old", date("2016-06-09")));
        // A post dated the same day as the oldest she was shown may be new.
        assert!(seen.is_new("d", date("2026-11-01")));

        // The visit after: c was shown, so it is not new any more.
        seen.arrive(1_200 * MINUTE, &second);
        assert!(!seen.is_new("c", date("2026-11-28")));
    }

    #[test]
    fn a_visit_goes_on_while_the_reader_reads_and_touch_writes_once_a_minute() {
        let mut seen = Seen::default();
        seen.arrive(MINUTE, &[("a", date("2026-11-01"))]);
        assert!(
            !seen.touch(MINUTE + 30_000),
            "less than a minute: nothing to write"
        );
        assert!(seen.touch(25 * MINUTE));
        assert!(
            seen.touch(50 * MINUTE),
            "within 30 minutes of the last page: the same visit"
        );
        assert!(seen.before.is_none());
        assert!(seen.touch(90 * MINUTE));
        assert!(seen.before.is_some(), "40 minutes away: a new visit");
    }

    #[test]
    fn the_blocks_changed_since_the_reader_read_a_post_are_found() {
        let mut seen = Seen::default();
        assert_eq!(seen.changed_blocks("a", "h1", &[1, 2]), None, "never read");
        assert!(seen.read("a", "h1", vec![10, 20, 30, 20], 5));
        assert!(
            !seen.read("a", "h1", vec![10, 20, 30, 20], 6),
            "the same text"
        );
        assert!(!seen.changed_since_read("a", "h1"));
        assert_eq!(seen.changed_blocks("a", "h1", &[10, 20, 30, 20]), None);
        assert!(seen.changed_since_read("a", "h2"));
        // A block edited (30 → 31), one added at the start, a repeated block added once more.
        assert_eq!(
            seen.changed_blocks("a", "h2", &[5, 10, 20, 31, 20, 20]),
            Some(vec![0, 3, 5])
        );
        // Read again to the end: the new text is the one she read.
        assert!(seen.read("a", "h2", vec![5, 10, 20, 31, 20, 20], 7));
        assert!(!seen.changed_since_read("a", "h2"));
    }

    #[test]
    fn an_import_keeps_the_newer_of_each() {
        let mut ours = Seen::default();
        ours.read("a", "old", vec![1], 10);
        ours.read("b", "mine", vec![2], 30);
        ours.arrive(100, &[("a", date("2026-11-01"))]);
        let mut theirs = Seen::default();
        theirs.read("a", "new", vec![3], 20);
        theirs.read("b", "older", vec![4], 5);
        theirs.arrive(200, &[("z", date("2026-11-02"))]);
        ours.merge(theirs.clone());
        assert_eq!(ours.texts["a"].hash, "new");
        assert_eq!(ours.texts["b"].hash, "mine");
        assert_eq!((ours.active, &ours.now), (200, &theirs.now));

        // A new browser, whose first visit is more recent, takes the export's visits.
        let mut fresh = Seen::default();
        fresh.arrive(10_000 * MINUTE, &[("z", date("2026-11-02"))]);
        let mut moved = Seen::default();
        moved.arrive(MINUTE, &[("a", date("2026-11-01"))]);
        moved.arrive(
            100 * MINUTE,
            &[("z", date("2026-11-02")), ("a", date("2026-11-01"))],
        );
        fresh.merge(moved.clone());
        assert!(fresh.is_new("z", date("2026-11-02")));
        assert_eq!(fresh.before, moved.before);
    }

    #[test]
    fn the_hash_is_read_from_the_texts_path_and_slugs_are_checked() {
        assert_eq!(
            text_hash("content/le-metier-qui-n-existe-pas.fea18f80.md"),
            "fea18f80"
        );
        let mut seen = Seen::default();
        seen.read("Pas un slug", "h", vec![], 0);
        assert!(seen.check().is_err());
    }
}
