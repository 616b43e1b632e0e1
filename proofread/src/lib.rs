//! Relecture: what a careful proofreader would tell the writer about a post.
//!
//! [`check`] reads a [`Post`] and returns a [`Report`]: [`Finding`]s in three parts
//! ([`Part`]) — French typography (after the Imprimerie nationale's Lexique) or English
//! typography, search and link previews, readability — and [`Stats`]. It advises and
//! never blocks. Typography reads the body's prose only: never code, HTML, link
//! destinations or image addresses. In the body, straight apostrophes, `...` and (in
//! English) straight double quotes are not reported: the site renders the body with
//! smart punctuation, which makes them ’, … and “ ” (French quotes are still reported,
//! as the render's “ ” are not « », and so is `etc...`, which renders as `etc…`); the
//! title and the summary are not rendered so, and every rule applies to them.

mod messages;
mod prose;
mod read;
mod search;
mod typo;
mod width;

pub use carnet_text::lang::Lang;

use std::ops::Range;

/// A post as the proofreader reads it.
#[derive(Clone, Copy, Debug)]
pub struct Post<'a> {
    /// The title.
    pub title: &'a str,
    /// The summary as written; empty when the writer gave none.
    pub summary: &'a str,
    /// The Markdown text, without front matter.
    pub body: &'a str,
    /// The post's language.
    pub lang: Lang,
    /// The address's last segment (`le-metier-qui-n-existe-pas`).
    pub slug: &'a str,
    /// The words she wants the post found by; empty: the keyphrase rules are skipped.
    pub keyphrase: &'a str,
    /// Whether the post has a cover image (a picture for link previews).
    pub has_cover: bool,
    /// The site's public address ending in `/` (`https://carnet.example/blog/`): links
    /// starting with it, or relative links (`../autre-article/`, `/blog/posts/x/`,
    /// `posts/x/`), are links to her own posts; `http(s)://` elsewhere are outside links.
    pub base_url: &'a str,
    /// The keyphrases of her other published posts.
    pub other_keyphrases: &'a [String],
}

/// The three parts of the proofreading.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    /// French or English typography.
    Typography,
    /// Search engines and link previews.
    Search,
    /// How easy the text is to read.
    Readability,
}

impl Part {
    /// The three, in the order they are shown.
    pub const ALL: [Part; 3] = [Part::Typography, Part::Search, Part::Readability];

    /// Its name for the writer: "Typographie", "Recherche et partage", "Lisibilité".
    pub fn label(self, ui: Lang) -> &'static str {
        match (self, ui) {
            (Part::Typography, Lang::Fr) => "Typographie",
            (Part::Search, Lang::Fr) => "Recherche et partage",
            (Part::Readability, Lang::Fr) => "Lisibilité",
            (Part::Typography, Lang::En) => "Typography",
            (Part::Search, Lang::En) => "Search and sharing",
            (Part::Readability, Lang::En) => "Readability",
        }
    }

    /// A stable name: `typography`, `search`, `readability`.
    pub fn id(self) -> &'static str {
        match self {
            Part::Typography => "typography",
            Part::Search => "search",
            Part::Readability => "readability",
        }
    }
}

/// Which of the post's fields a finding is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    /// The title.
    Title,
    /// The summary.
    Summary,
    /// The Markdown text.
    Body,
    /// The keyphrase.
    Keyphrase,
    /// The address's last segment.
    Slug,
    /// The cover image.
    Cover,
}

impl Field {
    /// A stable lower-case name: `title`, `summary`, `body`, `keyphrase`, `slug`, `cover`.
    pub fn id(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Summary => "summary",
            Field::Body => "body",
            Field::Keyphrase => "keyphrase",
            Field::Slug => "slug",
            Field::Cover => "cover",
        }
    }
}

macro_rules! rules {
    ($($(#[doc = $doc:literal])* $name:ident = $id:literal, $part:ident;)*) => {
        /// One rule of the proofreader.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Rule {
            $($(#[doc = $doc])* $name,)*
        }

        impl Rule {
            /// Every rule, in the order of the parts.
            pub const ALL: &'static [Rule] = &[$(Rule::$name,)*];

            /// A stable kebab-case name (`fr-apostrophe`).
            pub fn id(self) -> &'static str {
                match self {
                    $(Rule::$name => $id,)*
                }
            }

            /// The part the rule belongs to.
            pub fn part(self) -> Part {
                match self {
                    $(Rule::$name => Part::$part,)*
                }
            }
        }
    };
}

rules! {
    /// French: a straight apostrophe between letters (`l'été` → `l’été`).
    FrApostrophe = "fr-apostrophe", Typography;
    /// French: straight or English quotation marks (`"mot"` → `« mot »`).
    FrQuotes = "fr-quotes", Typography;
    /// French: three full stops for an ellipsis (`...` → `…`).
    FrEllipsis = "fr-ellipsis", Typography;
    /// French: `etc…` or `etc...` → `etc.`
    FrEtc = "fr-etc", Typography;
    /// French: an ordinal abbreviated the wrong way (`2ème` → `2e`, `1ère` → `1re`).
    FrOrdinal = "fr-ordinal", Typography;
    /// French: a capital E that lost its accent (`Etat` → `État`).
    FrAccent = "fr-accent", Typography;
    /// French: `A` for `À` starting a sentence or a line (`A partir de`).
    FrCapitalA = "fr-capital-a", Typography;
    /// French: `oe` for `œ` (`coeur` → `cœur`).
    FrLigature = "fr-ligature", Typography;
    /// French: two spaces or more inside a line.
    FrDoubleSpace = "fr-double-space", Typography;
    /// French: a space before a comma or a full stop.
    FrSpaceBefore = "fr-space-before", Typography;
    /// French: no space after a comma or a full stop before a word.
    FrSpaceAfter = "fr-space-after", Typography;
    /// French: a time written `14h30` or `14:30` (→ `14 h 30`).
    FrTime = "fr-time", Typography;
    /// French: a number of five digits or more not grouped by three with narrow spaces.
    FrNumber = "fr-number", Typography;
    /// French: a title in English Title Case.
    FrTitleCase = "fr-title-case", Typography;
    /// English: straight double quotes (`"word"` → `“word”`).
    EnQuotes = "en-quotes", Typography;
    /// English: a straight apostrophe between letters (`don't` → `don’t`).
    EnApostrophe = "en-apostrophe", Typography;
    /// English: three full stops for an ellipsis.
    EnEllipsis = "en-ellipsis", Typography;
    /// English: two spaces or more inside a line.
    EnDoubleSpace = "en-double-space", Typography;
    /// No keyphrase given.
    KeyphraseMissing = "keyphrase-missing", Search;
    /// The keyphrase is not in the title.
    KeyphraseTitle = "keyphrase-title", Search;
    /// The keyphrase is in the second half of the title.
    KeyphraseTitleStart = "keyphrase-title-start", Search;
    /// The keyphrase is not in the first paragraph.
    KeyphraseIntro = "keyphrase-intro", Search;
    /// The keyphrase is not in the address.
    KeyphraseSlug = "keyphrase-slug", Search;
    /// The keyphrase is not in the summary.
    KeyphraseSummary = "keyphrase-summary", Search;
    /// The keyphrase is in no subheading.
    KeyphraseSubheading = "keyphrase-subheading", Search;
    /// The keyphrase is rare in the text (under 0.5 %).
    KeyphraseRare = "keyphrase-rare", Search;
    /// The keyphrase is too frequent (over 3 %).
    KeyphraseFrequent = "keyphrase-frequent", Search;
    /// Another published post has the same keyphrase.
    KeyphraseReused = "keyphrase-reused", Search;
    /// The title is wider than Google shows (600 px).
    TitleWidth = "title-width", Search;
    /// No summary.
    SummaryMissing = "summary-missing", Search;
    /// A summary under 120 characters.
    SummaryShort = "summary-short", Search;
    /// A summary over 156 characters.
    SummaryLong = "summary-long", Search;
    /// Under 300 words.
    TextShort = "text-short", Search;
    /// No link to another of her posts.
    NoInternalLink = "no-internal-link", Search;
    /// No link to another site.
    NoOutboundLink = "no-outbound-link", Search;
    /// A level-1 heading in the body (the title is the page's only one).
    HeadingOne = "heading-one", Search;
    /// A heading that skips a level (`###` after `##`… or after the title).
    HeadingSkip = "heading-skip", Search;
    /// An image without alternative text.
    ImageAlt = "image-alt", Search;
    /// No cover image for link previews.
    NoCover = "no-cover", Search;
    /// The reading ease is under 50.
    ReadingEase = "reading-ease", Readability;
    /// Over 25 % of the sentences have more than 20 words.
    LongSentences = "long-sentences", Readability;
    /// A paragraph over 150 words.
    LongParagraph = "long-paragraph", Readability;
    /// Over 300 words without a subheading.
    NoSubheading = "no-subheading", Readability;
    /// Three sentences in a row start with the same word.
    RepeatedStart = "repeated-start", Readability;
    /// Over 10 % of the sentences are in the passive voice.
    Passive = "passive", Readability;
    /// Under 30 % of the sentences have a transition word.
    Transitions = "transitions", Readability;
}

/// One thing the proofreader found.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// The rule that found it.
    pub rule: Rule,
    /// The field it is in.
    pub field: Field,
    /// Byte range in that field's text; `None` for a finding about the whole post.
    pub span: Option<Range<usize>>,
    /// The text that replaces `span`, when the fix is safe.
    pub fix: Option<String>,
    /// The text the finding is about (the words around its span; empty for a finding
    /// about the whole post): what [`Finding::key`] is made of.
    pub subject: String,
    /// The figure the message gives: a width in pixels, a percentage, a count of words
    /// or characters, a reading ease.
    pub figure: Option<f32>,
}

impl Finding {
    /// The part the finding belongs to.
    pub fn part(&self) -> Part {
        self.rule.part()
    }

    /// Why, in a sentence of `ui`'s language, in plain words.
    pub fn message(&self, ui: Lang) -> String {
        messages::message(self, ui)
    }

    /// A stable key for dismissing this finding in this draft: the rule, the field and
    /// the text it is about (not its position), so that it survives edits elsewhere.
    pub fn key(&self) -> String {
        format!("{}:{}:{}", self.rule.id(), self.field.id(), self.subject)
    }
}

/// How well a part does, in words that advise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grade {
    /// Nothing, or next to nothing, to change.
    Good,
    /// A few things to look at.
    Fair,
    /// Worth a second pass.
    Poor,
}

impl Grade {
    /// "Bien", "À revoir", "À reprendre" / "Good", "Could be better", "Needs work".
    pub fn label(self, ui: Lang) -> &'static str {
        match (self, ui) {
            (Grade::Good, Lang::Fr) => "Bien",
            (Grade::Fair, Lang::Fr) => "À revoir",
            (Grade::Poor, Lang::Fr) => "À reprendre",
            (Grade::Good, Lang::En) => "Good",
            (Grade::Fair, Lang::En) => "Could be better",
            (Grade::Poor, Lang::En) => "Needs work",
        }
    }
}

/// Figures about the post.
#[derive(Clone, Debug, PartialEq)]
pub struct Stats {
    /// Words of the body's paragraphs and list items (not headings, tables, code).
    pub words: u32,
    /// Sentences of the body's paragraphs and list items.
    pub sentences: u32,
    /// Kandel–Moles (French) or Flesch (English) reading ease: 100 is easy, under 50 hard.
    pub reading_ease: f32,
    /// Sentences of more than 20 words, in percent of the sentences.
    pub long_sentences_pct: f32,
    /// Sentences in the passive voice, in percent.
    pub passive_pct: f32,
    /// Sentences with a transition word, in percent.
    pub transitions_pct: f32,
    /// The keyphrase's share of the words, in percent; `None` without a keyphrase.
    pub keyphrase_density_pct: Option<f32>,
    /// The title's width in Google's results, in pixels.
    pub title_width_px: f32,
}

/// What [`check`] found.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// The findings, in the order of the text (title, summary, body…).
    pub findings: Vec<Finding>,
    /// Figures about the post.
    pub stats: Stats,
}

/// Rules whose findings are mild advice: they do not lower the search grade.
const MILD: &[Rule] = &[Rule::NoCover, Rule::KeyphraseMissing];

impl Report {
    /// How well `part` does:
    ///
    /// - typography: good without findings, fair with at most one per 250 words (at least
    ///   one allowed), poor beyond;
    /// - search: good without findings other than mild advice (no cover, no keyphrase),
    ///   fair with one to three, poor beyond;
    /// - readability: good without findings, fair with one or two and a reading ease of
    ///   30 or more, poor otherwise.
    pub fn grade(&self, part: Part) -> Grade {
        let of_part = self.findings.iter().filter(|f| f.part() == part);
        match part {
            Part::Typography => {
                let n = of_part.count();
                if n == 0 {
                    Grade::Good
                } else if n * 250 <= (self.stats.words as usize).max(250) {
                    Grade::Fair
                } else {
                    Grade::Poor
                }
            }
            Part::Search => match of_part.filter(|f| !MILD.contains(&f.rule)).count() {
                0 => Grade::Good,
                1..=3 => Grade::Fair,
                _ => Grade::Poor,
            },
            Part::Readability => match of_part.count() {
                0 => Grade::Good,
                1 | 2 if self.stats.reading_ease >= 30.0 => Grade::Fair,
                _ => Grade::Poor,
            },
        }
    }
}

/// The words around `span` in `text` (to the spaces on either side, at most about 40
/// bytes), or the start of a long span: what a finding is about.
fn subject_of(text: &str, span: &Range<usize>) -> String {
    const MAX: usize = 40;
    if span.end - span.start > MAX {
        let mut end = span.start + MAX;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        return text[span.start..end].to_owned();
    }
    let mut start = text[..span.start]
        .rfind(char::is_whitespace)
        .map_or(0, |i| {
            i + text[i..].chars().next().map_or(1, char::len_utf8)
        });
    let mut end = text[span.end..]
        .find(char::is_whitespace)
        .map_or(text.len(), |i| span.end + i);
    if span.start - start > MAX / 2 {
        start = span.start;
    }
    if end - span.end > MAX / 2 {
        end = span.end;
    }
    text[start..end].to_owned()
}

/// Findings as the rules make them, before they get their subject.
pub(crate) struct Draft {
    rule: Rule,
    field: Field,
    span: Option<Range<usize>>,
    fix: Option<String>,
    figure: Option<f32>,
}

impl Draft {
    pub(crate) fn whole(rule: Rule, field: Field, figure: Option<f32>) -> Draft {
        Draft {
            rule,
            field,
            span: None,
            fix: None,
            figure,
        }
    }

    pub(crate) fn at(rule: Rule, field: Field, span: Range<usize>, figure: Option<f32>) -> Draft {
        Draft {
            rule,
            field,
            span: Some(span),
            fix: None,
            figure,
        }
    }
}

/// Everything the proofreader finds in `post`, in the order of the text (title,
/// summary, body, then the other fields); within a field, findings about the whole
/// field come first.
pub fn check(post: &Post) -> Report {
    check_timed(post, &mut |_| {})
}

/// [`check`], calling `lap` with the name of each phase as it ends (`markdown`,
/// `typography`, `readability`, `search`, `findings`): for the timing bench.
#[doc(hidden)]
pub fn check_timed(post: &Post, lap: &mut dyn FnMut(&'static str)) -> Report {
    let doc = prose::read(post.body);
    lap("markdown");
    let mut drafts: Vec<Draft> = Vec::new();
    typography(post, &doc, &mut drafts);
    lap("typography");
    let (stats, readability) = search::readability(post, &doc);
    lap("readability");
    let stats = Stats {
        title_width_px: width::width_px(post.title.trim()),
        ..stats
    };
    let density = search::search(post, &doc, &stats, &mut drafts);
    lap("search");
    drafts.extend(readability);
    let stats = Stats {
        keyphrase_density_pct: density,
        ..stats
    };
    let mut findings: Vec<Finding> = drafts
        .into_iter()
        .map(|d| {
            let text = match d.field {
                Field::Title => post.title,
                Field::Summary => post.summary,
                Field::Body => post.body,
                Field::Keyphrase => post.keyphrase,
                Field::Slug => post.slug,
                Field::Cover => "",
            };
            let subject = d
                .span
                .as_ref()
                .map_or_else(String::new, |s| subject_of(text, s));
            Finding {
                rule: d.rule,
                field: d.field,
                span: d.span,
                fix: d.fix,
                subject,
                figure: d.figure,
            }
        })
        .collect();
    findings.sort_by_key(|f| (f.field, f.span.as_ref().map(|s| s.start)));
    lap("findings");
    Report { findings, stats }
}

fn typography(post: &Post, doc: &prose::Doc, drafts: &mut Vec<Draft>) {
    let fr = post.lang == Lang::Fr;
    let mut push = |field: Field, hits: Vec<typo::Hit>| {
        drafts.extend(hits.into_iter().map(|h| Draft {
            rule: h.rule,
            field,
            span: Some(h.range),
            fix: h.fix,
            figure: None,
        }));
    };
    for (field, text) in [(Field::Title, post.title), (Field::Summary, post.summary)] {
        let mut hits = Vec::new();
        if fr {
            typo::french(text, 0, true, false, &mut hits);
        } else {
            typo::english(text, 0, false, &mut hits);
        }
        let whole = [Range {
            start: 0,
            end: text.len(),
        }];
        typo::quotes(text, &whole, fr, &mut hits);
        if fr
            && field == Field::Title
            && let Some(h) = typo::title_case(text, post.body)
        {
            hits.push(h);
        }
        push(field, hits);
    }
    let mut hits = Vec::new();
    for block in &doc.blocks {
        let start = block.body_offset(0);
        for seg in &block.segs {
            let text = &post.body[seg.clone()];
            if fr {
                typo::french(text, seg.start, seg.start == start, true, &mut hits);
            } else {
                typo::english(text, seg.start, true, &mut hits);
            }
        }
        // Smart punctuation renders "x" as “x”: right in English, not in French.
        if fr {
            typo::quotes(post.body, &block.segs, fr, &mut hits);
        }
    }
    push(Field::Body, hits);
}

/// The title's width as Google's results show it (Arial 20 px), in pixels.
///
/// Measured with Arial's advance widths (taken from Liberation Sans, metric-compatible)
/// for ASCII, Latin-1, Latin Extended-A, œ Œ ’ “ ” … – — and the no-break spaces; any
/// other character counts as the letters' average, 11.5 px. Kerning is ignored.
pub fn title_width_px(title: &str) -> f32 {
    width::width_px(title)
}

/// The title as Google shows it: cut with " …" at a word boundary where 600 px is
/// exceeded.
pub fn google_title(title: &str) -> String {
    width::google_title(title)
}

/// 1-based line of byte `offset` in `text` (for the command line).
pub fn line_of(text: &str, offset: usize) -> usize {
    let offset = offset.min(text.len());
    text.as_bytes()[..offset]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}
