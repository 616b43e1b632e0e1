//! Tags across posts: one tag per slug, however it is spelled, and the archive by month.
//!
//! "Réseaux sociaux" and "réseaux  sociaux" are one tag, `reseaux-sociaux`; it is shown as
//! the spelling most posts use (the newest post's on a tie).

use crate::data::ArchiveEntry;
use crate::post::PostMeta;
use carnet_text::date::Date;
use carnet_text::slug::{fold, slugify};
use std::collections::HashMap;

/// A tag and the posts that carry it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tag<'a> {
    /// The URL segment: `/tags/<slug>`.
    pub slug: String,
    /// How it is shown.
    pub name: &'a str,
    /// Its posts, in the order given (newest first for the site's index).
    pub posts: Vec<&'a PostMeta>,
}

/// The URL segment of a tag: `"Réseaux sociaux"` → `reseaux-sociaux`.
pub fn tag_slug(tag: &str) -> String {
    slugify(tag)
}

/// Every tag of `posts` (newest first), alphabetical, accents ignored in the order.
pub fn all_tags(posts: &[PostMeta]) -> Vec<Tag<'_>> {
    let mut tags: Vec<(Tag<'_>, Vec<(&str, usize)>)> = Vec::new();
    let mut by_slug: HashMap<String, usize> = HashMap::new();
    for post in posts {
        for spelling in &post.tags {
            let slug = tag_slug(spelling);
            if slug.is_empty() {
                continue;
            }
            let at = match by_slug.get(&slug) {
                Some(&at) => at,
                None => {
                    by_slug.insert(slug.clone(), tags.len());
                    let tag = Tag {
                        slug,
                        name: spelling,
                        posts: Vec::new(),
                    };
                    tags.push((tag, Vec::new()));
                    tags.len() - 1
                }
            };
            let (tag, spellings) = &mut tags[at];
            if tag.posts.last().is_none_or(|p| p.slug != post.slug) {
                tag.posts.push(post);
            }
            match spellings.iter_mut().find(|(s, _)| s == spelling) {
                Some((_, n)) => *n += 1,
                None => spellings.push((spelling, 1)),
            }
        }
    }
    let mut tags: Vec<Tag<'_>> = tags
        .into_iter()
        .map(|(mut tag, spellings)| {
            // The most used spelling; the first seen (the newest post's) on a tie.
            let mut best = spellings[0];
            for s in &spellings[1..] {
                if s.1 > best.1 {
                    best = *s;
                }
            }
            tag.name = best.0;
            tag
        })
        .collect();
    tags.sort_by_cached_key(|t| (fold(t.name).to_lowercase(), t.slug.clone()));
    tags
}

/// Something with a date, that the archive can place.
pub trait Dated {
    /// Its date.
    fn date(&self) -> Date;
}

impl Dated for PostMeta {
    fn date(&self) -> Date {
        self.date
    }
}

impl Dated for ArchiveEntry {
    fn date(&self) -> Date {
        self.date
    }
}

/// A year of the archive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Year<'a, T = PostMeta> {
    /// The year.
    pub year: u16,
    /// Its months with posts, newest first.
    pub months: Vec<Month<'a, T>>,
}

/// A month of the archive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Month<'a, T = PostMeta> {
    /// The month's number, 1 to 12.
    pub month: u8,
    /// A date in that month (its newest post's), for the month's name.
    pub date: Date,
    /// Its posts, newest first.
    pub posts: Vec<&'a T>,
}

/// Posts grouped by year, then month, newest first; `posts` must be newest first.
pub fn archive<T: Dated>(posts: &[T]) -> Vec<Year<'_, T>> {
    let mut years: Vec<Year<'_, T>> = Vec::new();
    for post in posts {
        let date = post.date();
        if years.last().is_none_or(|y| y.year != date.year) {
            years.push(Year {
                year: date.year,
                months: Vec::new(),
            });
        }
        let Some(year) = years.last_mut() else {
            continue;
        };
        if year.months.last().is_none_or(|m| m.month != date.month) {
            year.months.push(Month {
                month: date.month,
                date,
                posts: Vec::new(),
            });
        }
        if let Some(month) = year.months.last_mut() {
            month.posts.push(post);
        }
    }
    years
}

#[cfg(test)]
mod tests {
    use super::*;

    fn post(slug: &'static str, date: (u16, u8, u8), tags: &'static [&'static str]) -> PostMeta {
        PostMeta {
            date: Date::new(date.0, date.1, date.2).unwrap(),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            ..crate::post::tests::post(slug, "2000-01-01")
        }
    }

    fn posts() -> Vec<PostMeta> {
        vec![
            post("c", (2026, 11, 25), &["Réseaux sociaux", "carnet"]),
            post("b", (2026, 11, 2), &["réseaux sociaux", "Écriture"]),
            post("a", (2016, 6, 9), &["réseaux sociaux", "métier", "carnet"]),
            post("z", (2016, 6, 1), &["réseaux  sociaux"]),
        ]
    }

    #[test]
    fn slugs_fold_accents_and_spaces() {
        assert_eq!(tag_slug("réseaux sociaux"), "reseaux-sociaux");
        assert_eq!(tag_slug("À propos"), "a-propos");
        assert_eq!(tag_slug("community management"), "community-management");
    }

    #[test]
    fn two_spellings_are_one_tag_with_the_most_used_name() {
        let posts = posts();
        let tags = all_tags(&posts);
        let names: Vec<(&str, usize)> = tags.iter().map(|t| (t.name, t.posts.len())).collect();
        // Alphabetical, accents ignored: "Écriture" sorts with the e's.
        assert_eq!(
            names,
            [
                ("carnet", 2),
                ("Écriture", 1),
                ("métier", 1),
                ("réseaux sociaux", 4)
            ]
        );
        let find = |slug: &str| all_tags(&posts).into_iter().find(|t| t.slug == slug);
        let reseaux = find("reseaux-sociaux").unwrap();
        assert_eq!(
            reseaux
                .posts
                .iter()
                .map(|p| p.slug.as_str())
                .collect::<Vec<_>>(),
            ["c", "b", "a", "z"]
        );
        assert!(find("nope").is_none());
    }

    #[test]
    fn a_tie_keeps_the_newest_posts_spelling() {
        let posts = vec![
            post("new", (2026, 1, 1), &["Rust"]),
            post("old", (2025, 1, 1), &["rust"]),
        ];
        assert_eq!(all_tags(&posts)[0].name, "Rust");
    }

    #[test]
    fn the_archive_groups_by_year_then_month() {
        let posts = posts();
        let archive = archive(&posts);
        type Shape<'a> = Vec<(u16, Vec<(u8, Vec<&'a str>)>)>;
        let shape: Shape<'_> = archive
            .iter()
            .map(|y| {
                let months = y
                    .months
                    .iter()
                    .map(|m| (m.month, m.posts.iter().map(|p| p.slug.as_str()).collect()));
                (y.year, months.collect())
            })
            .collect();
        assert_eq!(
            shape,
            [
                (2026, vec![(11, vec!["c", "b"])]),
                (2016, vec![(6, vec!["a", "z"])])
            ]
        );
        assert!(super::archive::<PostMeta>(&[]).is_empty());
    }
}
