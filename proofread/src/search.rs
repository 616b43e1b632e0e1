//! Search and link previews, and the readability findings built on the measures of
//! [`crate::read`].

use crate::prose::{Doc, Kind};
use crate::read::{self, Transitions};
use crate::{Draft, Field, Lang, Post, Rule, Stats};

/// Reading ease under which the text is hard to read.
const HARD: f32 = 50.0;
/// Words from which a sentence is long.
const LONG_SENTENCE: u32 = 20;
/// Share of long sentences allowed, in percent.
const LONG_SENTENCES_PCT: f32 = 25.0;
/// Words from which a paragraph is long.
const LONG_PARAGRAPH: u32 = 150;
/// Words allowed without a subheading.
const STRETCH: u32 = 300;
/// Share of passive sentences allowed, in percent.
const PASSIVE_PCT: f32 = 10.0;
/// Share of sentences with a transition word expected, in percent.
const TRANSITIONS_PCT: f32 = 30.0;
/// Words from which the transition rule applies.
const TRANSITIONS_MIN_WORDS: u32 = 200;

fn pct(n: u32, of: u32) -> f32 {
    if of == 0 {
        0.0
    } else {
        n as f32 * 100.0 / of as f32
    }
}

/// Measures the body's prose and makes the readability findings.
///
/// Sentences are read in paragraphs and list items; headings are not sentences, table
/// cells and code are not read. A paragraph or a list item always ends a sentence.
pub(crate) fn readability(post: &Post, doc: &Doc) -> (Stats, Vec<Draft>) {
    let transitions = Transitions::new(post.lang);
    let mut scratch = read::Scratch::default();
    let mut drafts = Vec::new();
    let (mut words, mut sentences, mut syllables) = (0u32, 0u32, 0u32);
    let (mut long, mut passive, mut linked) = (0u32, 0u32, 0u32);
    // The current stretch without a subheading: its words and where it starts.
    let mut stretch = 0u32;
    let mut stretch_start: Option<std::ops::Range<usize>> = None;
    // The first words of the last sentences in a row.
    let mut run: (String, u32) = (String::new(), 0);
    let end_stretch =
        |stretch: &mut u32, start: &mut Option<std::ops::Range<usize>>, drafts: &mut Vec<Draft>| {
            if *stretch > STRETCH
                && let Some(span) = start.take()
            {
                drafts.push(Draft::at(
                    Rule::NoSubheading,
                    Field::Body,
                    span,
                    Some(*stretch as f32),
                ));
            }
            *stretch = 0;
            *start = None;
        };
    for block in &doc.blocks {
        match block.kind {
            Kind::Heading(_) => {
                end_stretch(&mut stretch, &mut stretch_start, &mut drafts);
                run = (String::new(), 0);
                continue;
            }
            Kind::Cell => continue,
            Kind::Paragraph | Kind::Item => {}
        }
        let prose_paragraph = block.kind == Kind::Paragraph && !block.in_list;
        if !prose_paragraph {
            run = (String::new(), 0);
        }
        let mut block_words = 0;
        for range in read::sentences(&block.plain) {
            let s = read::measure(
                &block.plain[range.clone()],
                range.start,
                post.lang,
                &transitions,
                &mut scratch,
            );
            if s.words == 0 {
                continue;
            }
            block_words += s.words;
            sentences += 1;
            syllables += s.syllables;
            long += u32::from(s.words > LONG_SENTENCE);
            passive += u32::from(s.passive);
            linked += u32::from(s.transition);
            let first_span = s.first.as_ref().map(|(_, r)| {
                let start = block.body_offset(r.start);
                let end = block.body_offset(r.end);
                let exact = end > start && post.body.get(start..end).is_some();
                start..if exact { end } else { start }
            });
            if stretch_start.is_none() {
                stretch_start = first_span.clone();
            }
            if prose_paragraph && let Some((first, _)) = &s.first {
                if !first.is_empty() && *first == run.0 {
                    run.1 += 1;
                } else {
                    run = (first.clone(), 1);
                }
                if run.1 == 3
                    && let Some(span) = first_span
                {
                    drafts.push(Draft::at(Rule::RepeatedStart, Field::Body, span, None));
                }
            }
        }
        words += block_words;
        stretch += block_words;
        if block.kind == Kind::Paragraph && block_words > LONG_PARAGRAPH {
            drafts.push(Draft::at(
                Rule::LongParagraph,
                Field::Body,
                block.range.clone(),
                Some(block_words as f32),
            ));
        }
    }
    end_stretch(&mut stretch, &mut stretch_start, &mut drafts);
    let ease = read::reading_ease(words, sentences, syllables, post.lang);
    let stats = Stats {
        words,
        sentences,
        reading_ease: ease,
        long_sentences_pct: pct(long, sentences),
        passive_pct: pct(passive, sentences),
        transitions_pct: pct(linked, sentences),
        keyphrase_density_pct: None,
        title_width_px: 0.0,
    };
    if sentences > 0 {
        if ease < HARD {
            drafts.push(Draft::whole(Rule::ReadingEase, Field::Body, Some(ease)));
        }
        if stats.long_sentences_pct > LONG_SENTENCES_PCT {
            drafts.push(Draft::whole(
                Rule::LongSentences,
                Field::Body,
                Some(stats.long_sentences_pct),
            ));
        }
        if stats.passive_pct > PASSIVE_PCT {
            drafts.push(Draft::whole(
                Rule::Passive,
                Field::Body,
                Some(stats.passive_pct),
            ));
        }
        if words >= TRANSITIONS_MIN_WORDS && stats.transitions_pct < TRANSITIONS_PCT {
            drafts.push(Draft::whole(
                Rule::Transitions,
                Field::Body,
                Some(stats.transitions_pct),
            ));
        }
    }
    (stats, drafts)
}

/// Folded lower-case words of `text` with their byte offsets (in `text` when folding
/// kept the lengths, which it does for the letters of French and English).
fn folded_words(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            let mut word = carnet_text::slug::fold(&text[s..i]);
            if word.chars().any(char::is_uppercase) {
                word = word.to_lowercase();
            }
            out.push((s, word));
        }
    }
    out
}

/// How many times `phrase` (folded words) occurs in `text`, without overlaps.
fn count_in(text: &str, phrase: &[(usize, String)]) -> usize {
    if phrase.is_empty() {
        return 0;
    }
    let folded = carnet_text::slug::fold(text).to_lowercase();
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let (mut k, mut n) = (0, 0);
    while k + phrase.len() <= words.len() {
        if words[k..k + phrase.len()]
            .iter()
            .zip(phrase)
            .all(|(a, b)| *a == b.1)
        {
            n += 1;
            k += phrase.len();
        } else {
            k += 1;
        }
    }
    n
}

/// Where `phrase` occurs in `words` (indices of its first word), without overlaps.
fn occurrences(words: &[(usize, String)], phrase: &[(usize, String)]) -> Vec<usize> {
    let mut out = Vec::new();
    if phrase.is_empty() {
        return out;
    }
    let mut k = 0;
    while k + phrase.len() <= words.len() {
        if words[k..k + phrase.len()]
            .iter()
            .zip(phrase)
            .all(|(a, b)| a.1 == b.1)
        {
            out.push(k);
            k += phrase.len();
        } else {
            k += 1;
        }
    }
    out
}

fn has(text: &str, phrase: &[(usize, String)]) -> bool {
    count_in(text, phrase) > 0
}

/// Whether a link goes to another of her posts (`Some(true)`), elsewhere
/// (`Some(false)`), or is neither (an anchor, an e-mail, a file).
fn internal(dest: &str, base: &str) -> Option<bool> {
    let strip = |s: &str| -> String {
        s.trim_start_matches("https://")
            .trim_start_matches("http://")
            .to_owned()
    };
    if dest.is_empty() || dest.starts_with('#') || dest.starts_with("mailto:") {
        return None;
    }
    let base = strip(base);
    let has_scheme = dest.starts_with("http://") || dest.starts_with("https://");
    if has_scheme || dest.starts_with("//") {
        let d = strip(dest.trim_start_matches("//"));
        return Some(!base.is_empty() && d.starts_with(&base));
    }
    if dest.contains(':') {
        return None;
    }
    let path = dest.split(['?', '#']).next().unwrap_or(dest).to_lowercase();
    let file = [
        ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".avif", ".pdf", ".mp4",
    ]
    .iter()
    .any(|e| path.ends_with(e));
    (!file).then_some(true)
}

/// Summary lengths advised, in characters.
const SUMMARY_MIN: usize = 120;
const SUMMARY_MAX: usize = 156;
/// Words under which a post is short for search engines.
const MIN_WORDS: u32 = 300;
/// Keyphrase density advised, in percent.
const DENSITY_MIN: f32 = 0.5;
const DENSITY_MAX: f32 = 3.0;

/// The search and link-preview findings; returns the keyphrase density.
pub(crate) fn search(
    post: &Post,
    doc: &Doc,
    stats: &Stats,
    drafts: &mut Vec<Draft>,
) -> Option<f32> {
    let mut density = None;
    let phrase = folded_words(post.keyphrase);
    let summary_chars = post.summary.trim().chars().count();
    if phrase.is_empty() {
        drafts.push(Draft::whole(Rule::KeyphraseMissing, Field::Keyphrase, None));
    } else {
        let title_words = folded_words(post.title);
        match occurrences(&title_words, &phrase).first() {
            None => drafts.push(Draft::whole(Rule::KeyphraseTitle, Field::Title, None)),
            Some(&k) => {
                let at = title_words[k].0;
                if post.title[..at].chars().count() * 2 > post.title.chars().count() {
                    drafts.push(Draft::whole(Rule::KeyphraseTitleStart, Field::Title, None));
                }
            }
        }
        if summary_chars > 0 && !has(post.summary, &phrase) {
            drafts.push(Draft::whole(Rule::KeyphraseSummary, Field::Summary, None));
        }
        if let Some(first) = doc.blocks.iter().find(|b| b.kind == Kind::Paragraph)
            && !has(&first.plain, &phrase)
        {
            drafts.push(Draft::at(
                Rule::KeyphraseIntro,
                Field::Body,
                first.range.clone(),
                None,
            ));
        }
        let slug_phrase = carnet_text::slug::slugify(post.keyphrase);
        let in_slug =
            format!("-{}-", post.slug.to_lowercase()).contains(&format!("-{slug_phrase}-"));
        if !in_slug {
            drafts.push(Draft::whole(Rule::KeyphraseSlug, Field::Slug, None));
        }
        let subheadings: Vec<_> = doc
            .blocks
            .iter()
            .filter(|b| matches!(b.kind, Kind::Heading(l) if l >= 2))
            .collect();
        if !subheadings.is_empty() && !subheadings.iter().any(|b| has(&b.plain, &phrase)) {
            drafts.push(Draft::whole(Rule::KeyphraseSubheading, Field::Body, None));
        }
        let count: usize = doc
            .blocks
            .iter()
            .filter(|b| matches!(b.kind, Kind::Paragraph | Kind::Item))
            .map(|b| count_in(&b.plain, &phrase))
            .sum();
        if stats.words > 0 {
            let d = (count * phrase.len()) as f32 * 100.0 / stats.words as f32;
            density = Some(d);
            if d < DENSITY_MIN {
                drafts.push(Draft::whole(Rule::KeyphraseRare, Field::Body, Some(d)));
            } else if d > DENSITY_MAX {
                drafts.push(Draft::whole(Rule::KeyphraseFrequent, Field::Body, Some(d)));
            }
        }
        let folded: Vec<String> = phrase.iter().map(|(_, w)| w.clone()).collect();
        let reused = post.other_keyphrases.iter().any(|other| {
            let o: Vec<String> = folded_words(other).into_iter().map(|(_, w)| w).collect();
            o == folded
        });
        if reused {
            drafts.push(Draft::whole(Rule::KeyphraseReused, Field::Keyphrase, None));
        }
    }
    let width = stats.title_width_px;
    if width > crate::width::GOOGLE_LIMIT_PX {
        drafts.push(Draft::whole(
            Rule::TitleWidth,
            Field::Title,
            Some(width.round()),
        ));
    }
    if summary_chars == 0 {
        drafts.push(Draft::whole(Rule::SummaryMissing, Field::Summary, None));
    } else if summary_chars < SUMMARY_MIN {
        drafts.push(Draft::whole(
            Rule::SummaryShort,
            Field::Summary,
            Some(summary_chars as f32),
        ));
    } else if summary_chars > SUMMARY_MAX {
        drafts.push(Draft::whole(
            Rule::SummaryLong,
            Field::Summary,
            Some(summary_chars as f32),
        ));
    }
    if stats.words < MIN_WORDS {
        drafts.push(Draft::whole(
            Rule::TextShort,
            Field::Body,
            Some(stats.words as f32),
        ));
    }
    let kinds: Vec<Option<bool>> = doc
        .links
        .iter()
        .map(|l| internal(&l.dest, post.base_url))
        .collect();
    if !kinds.contains(&Some(true)) {
        drafts.push(Draft::whole(Rule::NoInternalLink, Field::Body, None));
    }
    if !kinds.contains(&Some(false)) {
        drafts.push(Draft::whole(Rule::NoOutboundLink, Field::Body, None));
    }
    // Headings: the title is the level 1; each heading at most one level below the last.
    let mut last = 1u8;
    for block in &doc.blocks {
        let Kind::Heading(level) = block.kind else {
            continue;
        };
        if level == 1 {
            drafts.push(Draft::at(
                Rule::HeadingOne,
                Field::Body,
                block.range.clone(),
                None,
            ));
        } else if level > last + 1 {
            drafts.push(Draft::at(
                Rule::HeadingSkip,
                Field::Body,
                block.range.clone(),
                Some(f32::from(level)),
            ));
        }
        last = level;
    }
    for image in &doc.images {
        if image.alt_empty {
            drafts.push(Draft::at(
                Rule::ImageAlt,
                Field::Body,
                image.range.clone(),
                None,
            ));
        }
    }
    if !post.has_cover {
        drafts.push(Draft::whole(Rule::NoCover, Field::Cover, None));
    }
    let _ = Lang::Fr;
    density
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_links_apart() {
        let base = "https://carnet.example/blog/";
        assert_eq!(
            internal("https://carnet.example/blog/posts/x/", base),
            Some(true)
        );
        assert_eq!(internal("../autre-article/", base), Some(true));
        assert_eq!(internal("/blog/posts/x/", base), Some(true));
        assert_eq!(internal("https://www.rust-lang.org/", base), Some(false));
        assert_eq!(internal("#section", base), None);
        assert_eq!(internal("mailto:a@b.c", base), None);
        assert_eq!(internal("images/a.png", base), None);
    }
}
