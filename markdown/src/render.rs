//! Markdown to safe HTML: the one render function for posts, previews and prerendered pages.
//!
//! CommonMark with tables, footnotes, strikethrough, task lists, smart punctuation and
//! heading attributes (pulldown-cmark), plus what a blog needs on top:
//!
//! - every heading gets a stable, unique id and a visible anchor link;
//! - external links get `rel="noopener noreferrer"`; images load lazily;
//! - raw HTML never executes: a few harmless tags without attributes pass, the rest is
//!   shown as text; links and images with a scheme other than `http`, `https`, `mailto`
//!   and `tel` (`javascript:`, `data:`, …) are reduced to their text;
//! - the typography of the post's language ([`carnet_text::typography`]).

use carnet_text::lang::Lang;
use carnet_text::slug::slugify;
use carnet_text::typography;
use pulldown_cmark::{
    CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd, TextMergeStream,
};
use pulldown_cmark_escape::{escape_href, escape_html};
use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

/// Tags that may appear as raw HTML in a post, without attributes: they carry meaning
/// Markdown lacks and cannot run code or load anything.
const ALLOWED_TAGS: &[&str] = &[
    "abbr",
    "br",
    "cite",
    "dd",
    "del",
    "details",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "hr",
    "ins",
    "kbd",
    "mark",
    "q",
    "s",
    "small",
    "sub",
    "summary",
    "sup",
    "u",
];

/// How to render one document.
#[derive(Clone, Copy, Debug)]
pub struct RenderOptions<'a> {
    /// The language of the text: typography and the anchor links' labels follow it.
    pub lang: Lang,
    /// The path of the page the HTML is shown on (e.g. `/blog/posts/hello`), put before
    /// in-page links (`#section`) so they keep working under a `<base href>`.
    pub page_path: &'a str,
    /// Sizes of the site's images (see [`ImageSize`]), so that `<img>` gets `width` and
    /// `height` and the text does not jump when an image arrives.
    pub image_sizes: &'a [ImageSize],
}

/// One of the site's images as the build made it (`carnet-images`): its size, and the
/// files a page shows it with.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ImageSize {
    /// Path relative to the site root, as posts link it: `images/plage.jpg`.
    pub path: String,
    /// Width in pixels, upright.
    pub width: u32,
    /// Height in pixels, upright.
    pub height: u32,
    /// The files it is served as, narrowest first: `(path, width)`. None for an image
    /// served as linked.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<(String, u32)>,
    /// Its link preview card (1200×630), when it is a cover.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card: Option<String>,
}

/// The size of a link preview's picture (`og:image`): what Facebook, LinkedIn, X and
/// Mastodon show large (1.91:1).
pub const CARD: (u32, u32) = (1200, 630);

/// The MIME type of one of the site's image files, by its extension.
pub fn image_mime(path: &str) -> &'static str {
    let extension = path.rsplit_once('.').map(|(_, x)| x.to_ascii_lowercase());
    match extension.as_deref() {
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("png") => "image/png",
        Some("webp") => "image/webp",
        Some("gif") => "image/gif",
        Some("avif") => "image/avif",
        Some("svg") => "image/svg+xml",
        _ => "application/octet-stream",
    }
}

/// How wide an image in a post is shown, for the browser to pick a file from `srcset`
/// before it has laid out the page: the text's column (`--measure` in style/main.css,
/// 38rem, with 1.25rem of margin either side on a narrow screen).
pub const IMAGE_SIZES: &str = "(max-width: 40.5rem) calc(100vw - 2.5rem), 38rem";

/// The widest file a browser without `srcset` is given.
const FALLBACK_WIDTH: u32 = 1200;

impl ImageSize {
    /// The `srcset` of its files (`a.jpg 480w, b.jpg 800w`), if it has more than one.
    pub fn srcset(&self) -> Option<String> {
        (self.variants.len() > 1).then(|| {
            let list: Vec<String> = self
                .variants
                .iter()
                .map(|(src, width)| format!("{src} {width}w"))
                .collect();
            list.join(", ")
        })
    }

    /// The file `src` names: the widest up to [`FALLBACK_WIDTH`], else the narrowest;
    /// `None` for an image served as linked.
    pub fn src(&self) -> Option<&str> {
        let fitting = self
            .variants
            .iter()
            .rev()
            .find(|(_, w)| *w <= FALLBACK_WIDTH);
        fitting
            .or(self.variants.first())
            .map(|(src, _)| src.as_str())
    }
}

/// The size of the image at `path` (`images/a.png` or `./images/a.png`), if `sizes`
/// (sorted by path) has it.
pub fn image_size<'a>(sizes: &'a [ImageSize], path: &str) -> Option<&'a ImageSize> {
    let path = path.strip_prefix("./").unwrap_or(path);
    sizes
        .binary_search_by(|s| s.path.as_str().cmp(path))
        .ok()
        .map(|i| &sizes[i])
}

/// Renders `markdown` to HTML that is safe to insert into the page.
///
/// A tag of raw HTML left open in its block holds the Markdown after it, up to its
/// closing in a later block (`<details>`, as GitHub renders it); when the writer's tags
/// cross each other in a way that would leave the page's elements misnested, the post
/// is rendered again with every block of raw HTML closed on its own.
pub fn render(markdown: &str, options: &RenderOptions<'_>) -> String {
    let html = render_with(markdown, options, false);
    if well_formed(&html).is_ok() {
        html
    } else {
        render_with(markdown, options, true)
    }
}

fn render_with(markdown: &str, options: &RenderOptions<'_>, strict: bool) -> String {
    let mut renderer = Renderer::new(options);
    renderer.tags.strict = strict;
    let events = renderer.run(markdown);
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    html
}

/// Whether every element of `html` (as this module writes it: no comments, text
/// escaped) is closed, in the order it was opened: `<p><em></p></em>` is not.
fn well_formed(html: &str) -> Result<(), String> {
    const VOID: &[&str] = &["br", "hr", "img", "input"];
    let mut open: Vec<&str> = Vec::new();
    for piece in html.split('<').skip(1) {
        let (closing, piece) = match piece.strip_prefix('/') {
            Some(rest) => (true, rest),
            None => (false, piece),
        };
        let name = piece
            .split(|c: char| c.is_whitespace() || c == '>' || c == '/')
            .next()
            .unwrap_or_default();
        if VOID.contains(&name) {
            continue;
        }
        if !closing {
            open.push(name);
        } else if open.pop() != Some(name) {
            return Err(format!("</{name}> closes something else, open: {open:?}"));
        }
    }
    if open.is_empty() {
        Ok(())
    } else {
        Err(format!("left open: {open:?}"))
    }
}

/// The Markdown extensions every Carnet document uses.
const EXTENSIONS: Options = Options::ENABLE_TABLES
    .union(Options::ENABLE_FOOTNOTES)
    .union(Options::ENABLE_STRIKETHROUGH)
    .union(Options::ENABLE_TASKLISTS)
    .union(Options::ENABLE_SMART_PUNCTUATION)
    .union(Options::ENABLE_HEADING_ATTRIBUTES);

/// The Markdown parser, with adjacent text merged into one event.
fn parser(markdown: &str) -> TextMergeStream<'_, Parser<'_>> {
    TextMergeStream::new(Parser::new_ext(markdown, EXTENSIONS))
}

/// The text of `markdown` without markup, blocks separated by blank lines: for word
/// counts, summaries and search.
pub fn plain_text(markdown: &str) -> String {
    let mut text = String::with_capacity(markdown.len());
    for event in parser(markdown) {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::CodeBlock
                | TagEnd::Item
                | TagEnd::TableCell,
            ) => text.push_str("\n\n"),
            _ => {}
        }
    }
    text
}

/// The images `markdown` shows from this site (relative URLs, as `images/a.png`), each
/// with the byte offset of its Markdown in `markdown`: for checking they exist.
pub fn local_images(markdown: &str) -> Vec<(String, usize)> {
    Parser::new_ext(markdown, EXTENSIONS)
        .into_offset_iter()
        .filter_map(|(event, range)| match event {
            Event::Start(Tag::Image { dest_url, .. })
                if classify_url(&dest_url) == Some(UrlKind::Local) =>
            {
                Some((dest_url.into_string(), range.start))
            }
            _ => None,
        })
        .collect()
}

/// The images of this site `markdown` shows without alt text (`![](images/a.png)`), as
/// linked: readers who cannot see them get nothing.
pub fn images_without_alt(markdown: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut open: Option<(String, String)> = None;
    for event in Parser::new_ext(markdown, EXTENSIONS) {
        match (event, &mut open) {
            (Event::Start(Tag::Image { dest_url, .. }), None) => {
                open = Some((dest_url.into_string(), String::new()));
            }
            (Event::Text(t) | Event::Code(t), Some((_, alt))) => alt.push_str(&t),
            (Event::End(TagEnd::Image), Some(_)) => {
                let (dest, alt) = open.take().expect("an image is open");
                if alt.trim().is_empty() && classify_url(&dest) == Some(UrlKind::Local) {
                    found.push(dest);
                }
            }
            _ => {}
        }
    }
    found
}

/// The plain text of the first paragraph of `markdown`, if it has one.
pub fn first_paragraph(markdown: &str) -> Option<String> {
    let mut events = parser(markdown).skip_while(|e| !matches!(e, Event::Start(Tag::Paragraph)));
    events.next()?;
    let mut text = String::new();
    for event in events {
        match event {
            Event::End(TagEnd::Paragraph) => break,
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            _ => {}
        }
    }
    Some(text)
}

struct Renderer<'o> {
    options: &'o RenderOptions<'o>,
    /// The ids the headings took.
    heading_ids: HashSet<String>,
    /// For each base id taken, the next suffix to try (`-2`, `-3`…): a thousand headings
    /// with the same text take a thousand steps, not half a million.
    next_suffix: HashMap<String, usize>,
    /// Each footnote's number, by its label, in order of first appearance.
    footnotes: HashMap<String, usize>,
    /// How many times each footnote (by number, from 1) is referred to so far.
    references: Vec<usize>,
    open_footnote: Option<usize>,
    /// Where each footnote's links back to the text go in the output (filled in at the
    /// end, when every reference is known), and its number.
    back_links: Vec<(usize, usize)>,
    /// The allowed tags of raw HTML the writer left open.
    tags: OpenTags,
}

impl<'o> Renderer<'o> {
    fn new(options: &'o RenderOptions<'o>) -> Self {
        Renderer {
            options,
            heading_ids: HashSet::new(),
            next_suffix: HashMap::new(),
            footnotes: HashMap::new(),
            references: Vec::new(),
            open_footnote: None,
            back_links: Vec::new(),
            tags: OpenTags::default(),
        }
    }

    fn run<'a>(mut self, markdown: &'a str) -> Vec<Event<'a>> {
        let mut out = Vec::new();
        let mut events = parser(markdown);
        let mut in_code_block = false;
        let mut dropped_links = 0usize;
        let mut open_heading = None;
        let mut html_block: Option<String> = None;
        while let Some(event) = events.next() {
            // Every Markdown block and inline container is a frame for the tags of raw
            // HTML: what the writer opened in it is closed when it ends.
            match &event {
                Event::Start(Tag::HtmlBlock | Tag::Image { .. })
                | Event::End(TagEnd::HtmlBlock) => {}
                Event::Start(_) => self.tags.frame += 1,
                Event::End(_) => self.tags.end_frame(&mut out),
                _ => {}
            }
            match event {
                Event::Start(Tag::Heading {
                    level, id, classes, ..
                }) => {
                    // The opening tag needs the heading's text for its id: keep its place.
                    open_heading = Some((out.len(), level, id, classes));
                    out.push(Event::Html(CowStr::Borrowed("")));
                }
                Event::End(TagEnd::Heading(_)) => {
                    if let Some((start, level, id, classes)) = open_heading.take() {
                        self.heading(start, level, id, &classes, &mut out);
                    }
                }
                Event::Start(Tag::CodeBlock(kind)) => {
                    in_code_block = true;
                    out.push(Event::Start(Tag::CodeBlock(kind)));
                }
                Event::End(TagEnd::CodeBlock) => {
                    in_code_block = false;
                    out.push(Event::End(TagEnd::CodeBlock));
                }
                Event::Text(text) if !in_code_block => out.push(self.text(text)),
                // A block of raw HTML comes a line at a time: it is made safe whole, so
                // that a comment over several lines stays hidden. An allowed tag it leaves
                // open (`<details>`) holds the Markdown that follows, up to its closing.
                Event::Start(Tag::HtmlBlock) => html_block = Some(String::new()),
                Event::Html(html) if html_block.is_some() => {
                    if let Some(block) = html_block.as_mut() {
                        block.push_str(&html);
                    }
                }
                Event::End(TagEnd::HtmlBlock) => {
                    if let Some(safe) = html_block.take().and_then(|b| self.tags.sanitize(&b)) {
                        out.push(Event::Html(safe.into()));
                    }
                    self.tags.end_block(&mut out);
                }
                Event::Html(html) | Event::InlineHtml(html) => {
                    if let Some(safe) = self.tags.sanitize(&html) {
                        out.push(Event::Html(safe.into()));
                    }
                }
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    ..
                }) => match self.link_open(link_type, &dest_url, &title) {
                    Some(open) => out.push(Event::Html(open.into())),
                    None => dropped_links += 1,
                },
                Event::End(TagEnd::Link) => {
                    if dropped_links > 0 {
                        dropped_links -= 1;
                    } else {
                        out.push(Event::Html("</a>".into()));
                    }
                }
                Event::Start(Tag::Image {
                    dest_url, title, ..
                }) => {
                    // The alt text is all the text up to this image's end, an image
                    // inside it included (its own end is not this one's).
                    let mut alt = String::new();
                    let mut depth = 0usize;
                    for e in events.by_ref() {
                        match e {
                            Event::Start(Tag::Image { .. }) => depth += 1,
                            Event::End(TagEnd::Image) if depth == 0 => break,
                            Event::End(TagEnd::Image) => depth -= 1,
                            Event::Text(t) | Event::Code(t) => alt.push_str(&t),
                            Event::SoftBreak | Event::HardBreak => alt.push(' '),
                            _ => {}
                        }
                    }
                    out.push(self.image(&dest_url, &title, &alt));
                }
                // A task's box says its state in words: a screen reader (and Lighthouse's
                // "form elements have labels") would otherwise meet an unnamed checkbox.
                Event::TaskListMarker(done) => {
                    let label = match (self.options.lang, done) {
                        (Lang::Fr, true) => "Fait",
                        (Lang::Fr, false) => "À faire",
                        (Lang::En, true) => "Done",
                        (Lang::En, false) => "To do",
                    };
                    let checked = if done { " checked=\"\"" } else { "" };
                    out.push(Event::Html(
                        format!("<input disabled=\"\" type=\"checkbox\"{checked} aria-label=\"{label}\"/>\n").into(),
                    ));
                }
                Event::FootnoteReference(name) => {
                    let n = self.footnote_number(&name);
                    self.references[n - 1] += 1;
                    let id = reference_id(n, self.references[n - 1]);
                    let page = self.options.page_path;
                    out.push(Event::Html(
                        format!("<sup class=\"footnote-ref\" id=\"{id}\"><a href=\"{}#fn:{n}\">{n}</a></sup>", attr(page)).into(),
                    ));
                }
                Event::Start(Tag::FootnoteDefinition(name)) => {
                    let n = self.footnote_number(&name);
                    self.open_footnote = Some(n);
                    out.push(Event::Html(format!("<div class=\"footnote\" id=\"fn:{n}\"><span class=\"footnote-label\">{n}.</span>").into()));
                }
                Event::End(TagEnd::FootnoteDefinition) => {
                    let n = self.open_footnote.take().unwrap_or_default();
                    self.back_links.push((out.len(), n));
                    out.push(Event::Html("</div>".into()));
                }
                other => out.push(other),
            }
        }
        self.tags.end_document(&mut out);
        self.link_back(&mut out);
        out
    }

    /// Ends each footnote with a link back to each place that refers to it (none for a
    /// footnote nothing refers to: it would lead nowhere).
    fn link_back(&self, out: &mut [Event<'_>]) {
        let label = match self.options.lang {
            Lang::Fr => "Retour au texte",
            Lang::En => "Back to the text",
        };
        let page = attr(self.options.page_path);
        for &(at, n) in &self.back_links {
            let count = n
                .checked_sub(1)
                .and_then(|i| self.references.get(i))
                .copied()
                .unwrap_or(0);
            let mut html = String::new();
            for k in 1..=count {
                let mark = if k == 1 { String::new() } else { k.to_string() };
                let _ = write!(
                    html,
                    " <a class=\"footnote-back\" href=\"{page}#{}\" aria-label=\"{label}\">↩{mark}</a>",
                    reference_id(n, k)
                );
            }
            html.push_str("</div>");
            out[at] = Event::Html(html.into());
        }
    }

    fn text<'a>(&self, text: CowStr<'a>) -> Event<'a> {
        match self.options.lang {
            Lang::En => Event::Text(text),
            lang => Event::Text(typography::apply(&text, lang).into()),
        }
    }

    fn footnote_number(&mut self, name: &str) -> usize {
        let next = self.footnotes.len() + 1;
        let n = *self.footnotes.entry(name.to_owned()).or_insert(next);
        if n > self.references.len() {
            self.references.push(0);
        }
        n
    }

    /// Completes the heading whose (already rendered) content starts at `out[start]`:
    /// gives it an id from its text, or from `{#id}`, and an anchor link after its text.
    fn heading<'a>(
        &mut self,
        start: usize,
        level: HeadingLevel,
        id: Option<CowStr<'a>>,
        classes: &[CowStr<'a>],
        out: &mut Vec<Event<'a>>,
    ) {
        let text: String = out[start..]
            .iter()
            .filter_map(|e| match e {
                Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                _ => None,
            })
            .collect();
        let id = self.unique_id(
            id.as_deref()
                .map(slugify)
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| slugify(&text)),
        );
        // pulldown-cmark's writer writes the tags (with the id and classes, escaped) and
        // the line breaks around them, as for any heading.
        out[start] = Event::Start(Tag::Heading {
            level,
            id: Some(id.clone().into()),
            classes: classes.to_vec(),
            attrs: Vec::new(),
        });
        let label = match self.options.lang {
            Lang::Fr => "Lien vers cette section",
            Lang::En => "Link to this section",
        };
        out.push(Event::Html(
            format!(
                " <a class=\"heading-anchor\" href=\"{}#{id}\" aria-label=\"{label}\">#</a>",
                attr(self.options.page_path)
            )
            .into(),
        ));
        out.push(Event::End(TagEnd::Heading(level)));
    }

    /// `base`, or `base-2`, `base-3`… so that no two headings share an id, nor take one
    /// of the app's own ([`crate::ids`]). Footnotes' ids (`fn:1`, `fnref:1`) cannot collide
    /// with a heading's, which has no colon.
    fn unique_id(&mut self, base: String) -> String {
        let base = if base.is_empty() {
            "section".to_owned()
        } else {
            base
        };
        let taken =
            |ids: &HashSet<String>, id: &str| ids.contains(id) || crate::ids::ALL.contains(&id);
        let id = if taken(&self.heading_ids, &base) {
            let n = self.next_suffix.entry(base.clone()).or_insert(2);
            loop {
                let id = format!("{base}-{n}");
                *n += 1;
                if !taken(&self.heading_ids, &id) {
                    break id;
                }
            }
        } else {
            base
        };
        self.heading_ids.insert(id.clone());
        id
    }

    fn link_open(&self, link_type: LinkType, dest: &str, title: &str) -> Option<String> {
        let kind = classify_url(dest)?;
        let mut html = String::from("<a href=\"");
        if link_type == LinkType::Email {
            html.push_str("mailto:");
        }
        if kind == UrlKind::Fragment {
            escape_href(&mut html, self.options.page_path).ok()?;
        }
        escape_href(&mut html, dest).ok()?;
        html.push('"');
        if !title.is_empty() {
            html.push_str(" title=\"");
            html.push_str(&attr(title));
            html.push('"');
        }
        if kind == UrlKind::External {
            html.push_str(" rel=\"noopener noreferrer\"");
        }
        html.push('>');
        Some(html)
    }

    fn image<'a>(&self, dest: &str, title: &str, alt: &str) -> Event<'a> {
        if classify_url(dest).is_none() {
            return Event::Text(alt.to_owned().into());
        }
        let size = image_size(self.options.image_sizes, dest);
        let src = size.and_then(ImageSize::src).unwrap_or(dest);
        let mut html = String::from("<img src=\"");
        if escape_href(&mut html, src).is_err() {
            return Event::Text(alt.to_owned().into());
        }
        html.push_str("\" alt=\"");
        html.push_str(&attr(&typography::apply(alt, self.options.lang)));
        html.push('"');
        if !title.is_empty() {
            html.push_str(" title=\"");
            html.push_str(&attr(title));
            html.push('"');
        }
        if let Some(size) = size {
            if let Some(srcset) = size.srcset() {
                let _ = write!(
                    html,
                    " srcset=\"{}\" sizes=\"{IMAGE_SIZES}\"",
                    attr(&srcset)
                );
            }
            let _ = write!(html, " width=\"{}\" height=\"{}\"", size.width, size.height);
        }
        html.push_str(" loading=\"lazy\" decoding=\"async\">");
        Event::Html(html.into())
    }
}

/// The id of the `k`-th reference (from 1) to footnote `n`: `fnref:1`, `fnref:1:2`…
fn reference_id(n: usize, k: usize) -> String {
    if k <= 1 {
        format!("fnref:{n}")
    } else {
        format!("fnref:{n}:{k}")
    }
}

/// `s` escaped for an HTML attribute value or text.
fn attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // Writing to a String cannot fail.
    let _ = escape_html(&mut out, s);
    out
}

/// What a link or image URL points to, for the URLs Carnet lets through.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum UrlKind {
    /// `#section`: a place in the same page.
    Fragment,
    /// A path on this site: `images/a.png`, `posts/x`, `/about`.
    Local,
    /// `mailto:` or `tel:`.
    Contact,
    /// `http://`, `https://` or `//host`: another site.
    External,
}

/// How the browser will read `url`, or `None` if it must not be followed (`javascript:`,
/// `data:`, `vbscript:`, `file:` and every other scheme).
///
/// Browsers drop tabs and newlines anywhere in a URL and control characters and spaces
/// around it, so this does too before looking for a scheme: `java\tscript:` is caught.
fn classify_url(url: &str) -> Option<UrlKind> {
    let cleaned: String = url
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    if cleaned.starts_with('#') {
        return Some(UrlKind::Fragment);
    }
    if cleaned.starts_with("//") || cleaned.starts_with("\\\\") || cleaned.starts_with("/\\") {
        return Some(UrlKind::External);
    }
    let scheme_end = cleaned.find([':', '/', '?', '#']);
    let Some(colon) = scheme_end.filter(|&i| cleaned.as_bytes()[i] == b':') else {
        return Some(UrlKind::Local);
    };
    let scheme = cleaned[..colon].to_ascii_lowercase();
    match scheme.as_str() {
        "http" | "https" => Some(UrlKind::External),
        "mailto" | "tel" => Some(UrlKind::Contact),
        _ => None,
    }
}

/// The allowed tags that have no closing tag.
const VOID_TAGS: &[&str] = &["br", "hr"];

/// The allowed tags of raw HTML the writer opened and has not closed yet, so that none
/// swallows or restyles the rest of the post: a tag is closed, at the latest, when the
/// Markdown block or inline container it was opened in ends (a paragraph for `<mark>`,
/// the post for a `<details>` written at its top level) — and a tag opened in a block of
/// raw HTML and never closed is closed at the end of that block, so that it hides nothing.
/// A closing tag that matches nothing open in the same container is dropped.
#[derive(Default)]
struct OpenTags {
    /// Open tags, innermost last.
    open: Vec<OpenTag>,
    /// How many of `open` each (frame, name) has: a closing tag that matches nothing is
    /// dropped without a search, so that time stays linear.
    counts: HashMap<(usize, &'static str), usize>,
    /// The depth of Markdown containers (blocks, emphasis, links…) the renderer is in.
    frame: usize,
    /// Every block of raw HTML closes what it opened, at its end.
    strict: bool,
}

struct OpenTag {
    name: &'static str,
    /// The depth it was opened at.
    frame: usize,
    /// For a tag opened in a block of raw HTML: where, in the output, its closing goes
    /// if the writer never closes it (just after that block).
    end_of_block: Option<usize>,
}

impl OpenTags {
    /// Raw HTML made safe: comments dropped, allowed tags (see [`ALLOWED_TAGS`]) kept
    /// without attributes, everything else escaped so it shows as text. `None` when
    /// nothing is left.
    ///
    /// A comment ends as a browser ends it: at `-->` or `--!>`, or at once for `<!-->`
    /// and `<!--->`; one never closed hides the rest. Time is linear in `html`'s length.
    fn sanitize(&mut self, html: &str) -> Option<String> {
        let mut out = String::with_capacity(html.len());
        let mut rest = html;
        while let Some(start) = rest.find('<') {
            out.push_str(&attr(&rest[..start]));
            rest = &rest[start..];
            if let Some(after) = rest.strip_prefix("<!--") {
                rest = comment_end(after).map_or("", |end| &after[end..]);
                continue;
            }
            // A `<` without a `>` after it: the rest is text (and is not searched again).
            let Some(tag_end) = rest.find('>').map(|i| i + 1) else {
                break;
            };
            match allowed_tag(&rest[..tag_end]) {
                Some((name, false)) => {
                    let _ = write!(out, "<{name}>");
                    if !VOID_TAGS.contains(&name) {
                        *self.counts.entry((self.frame, name)).or_default() += 1;
                        self.open.push(OpenTag {
                            name,
                            frame: self.frame,
                            end_of_block: None,
                        });
                    }
                }
                Some((name, true)) => self.close(name, &mut out),
                None => out.push_str(&attr(&rest[..tag_end])),
            }
            rest = &rest[tag_end..];
        }
        out.push_str(&attr(rest));
        (!out.trim().is_empty()).then_some(out)
    }

    /// Writes `</name>` if `name` is open in the current container, after closing what
    /// was opened inside it; drops it otherwise.
    fn close(&mut self, name: &'static str, out: &mut String) {
        if self.counts.get(&(self.frame, name)).is_none_or(|&n| n == 0) {
            return;
        }
        let found = self
            .open
            .iter()
            .rev()
            .take_while(|t| t.frame == self.frame)
            .position(|t| t.name == name);
        let Some(from_top) = found else {
            return;
        };
        let at = self.open.len() - 1 - from_top;
        for tag in self.open.drain(at..).rev() {
            let _ = write!(out, "</{}>", tag.name);
            Self::forget(&mut self.counts, &tag);
        }
    }

    /// After a block of raw HTML: each tag it opened and left open (on top, in this
    /// container, with no place yet) gets a place for its closing, right here.
    fn end_block(&mut self, out: &mut Vec<Event<'_>>) {
        let frame = self.frame;
        if self.strict {
            while let Some(tag) = self.open.pop_if(|t| t.frame == frame) {
                out.push(Event::Html(format!("</{}>", tag.name).into()));
                Self::forget(&mut self.counts, &tag);
            }
            return;
        }
        for tag in self
            .open
            .iter_mut()
            .rev()
            .take_while(|t| t.frame == frame && t.end_of_block.is_none())
        {
            tag.end_of_block = Some(out.len());
            out.push(Event::Html(CowStr::Borrowed("")));
        }
    }

    /// A Markdown container ends: what was opened in it and is still open is closed
    /// (at the end of its own block of raw HTML, or here).
    fn end_frame(&mut self, out: &mut Vec<Event<'_>>) {
        self.close_frame(out);
        self.frame = self.frame.saturating_sub(1);
    }

    fn forget(counts: &mut HashMap<(usize, &'static str), usize>, tag: &OpenTag) {
        if let Some(n) = counts.get_mut(&(tag.frame, tag.name)) {
            *n -= 1;
        }
    }

    /// The post ends: every tag still open is closed.
    fn end_document(&mut self, out: &mut Vec<Event<'_>>) {
        while self.frame > 0 {
            self.end_frame(out);
        }
        self.close_frame(out);
    }

    fn close_frame(&mut self, out: &mut Vec<Event<'_>>) {
        while let Some(tag) = self.open.pop_if(|t| t.frame >= self.frame) {
            Self::forget(&mut self.counts, &tag);
            let closing = Event::Html(format!("</{}>", tag.name).into());
            match tag.end_of_block {
                Some(at) => out[at] = closing,
                None => out.push(closing),
            }
        }
    }
}

/// Where the comment whose text starts `after` (what follows `<!--`) ends: the offset
/// just past its closing, or `None` if it is never closed.
fn comment_end(after: &str) -> Option<usize> {
    if after.starts_with('>') {
        return Some(1);
    }
    if after.starts_with("->") {
        return Some(2);
    }
    let mut from = 0;
    while let Some(i) = after[from..].find("--") {
        let at = from + i + 2;
        let tail = &after[at..];
        if tail.starts_with('>') {
            return Some(at + 1);
        }
        if tail.starts_with("!>") {
            return Some(at + 2);
        }
        from = from + i + 1;
    }
    None
}

/// The name of an allowed tag with no attributes (`<kbd>`, `</kbd>`, `<br/>`…), and
/// whether it is a closing tag.
fn allowed_tag(tag: &str) -> Option<(&'static str, bool)> {
    let inner = tag.strip_prefix('<')?.strip_suffix('>')?;
    let (closing, inner) = match inner.strip_prefix('/') {
        Some(rest) => (true, rest),
        None => (false, inner),
    };
    let name = inner
        .trim_end()
        .trim_end_matches('/')
        .trim_end()
        .to_ascii_lowercase();
    let name = ALLOWED_TAGS.iter().find(|&&t| t == name)?;
    Some((name, closing))
}

#[cfg(test)]
mod commonmark;

#[cfg(test)]
mod tests {
    use super::*;

    fn sizes() -> Vec<ImageSize> {
        vec![
            ImageSize {
                path: "images/a.png".into(),
                width: 10,
                height: 20,
                variants: Vec::new(),
                card: None,
            },
            ImageSize {
                path: "images/mer.jpg".into(),
                width: 1600,
                height: 900,
                variants: [480, 800, 1200, 1600]
                    .map(|w| (format!("content/images/mer-{w}.0f.jpg"), w))
                    .to_vec(),
                card: None,
            },
        ]
    }

    fn fr(md: &str) -> String {
        render(
            md,
            &RenderOptions {
                lang: Lang::Fr,
                page_path: "/blog/posts/p",
                image_sizes: &sizes(),
            },
        )
    }

    fn en(md: &str) -> String {
        render(
            md,
            &RenderOptions {
                lang: Lang::En,
                page_path: "/posts/p",
                image_sizes: &sizes(),
            },
        )
    }

    #[test]
    fn applies_french_typography_to_text_only() {
        let html = fr(
            "J’ai déjà en tête de faire… le métier qui n’existe pas encore !\n\n`a !`\n\n```\nb !\n```",
        );
        assert!(html.contains("encore\u{202f}!</p>"), "{html}");
        assert!(html.contains("<code>a !</code>"), "{html}");
        assert!(html.contains("b !\n</code>"), "{html}");
        assert!(en("Really !").contains("Really !"));
    }

    #[test]
    fn smart_punctuation_and_extensions() {
        let html = en(
            "\"Hi\" -- it's ~~old~~ here.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n- [ ] todo",
        );
        assert!(html.contains("“Hi” – it’s <del>old</del> here."), "{html}");
        assert!(
            html.contains("<table>") && html.contains("<td>1</td>"),
            "{html}"
        );
        assert!(
            html.contains("<li><input disabled=\"\" type=\"checkbox\" checked=\"\" aria-label=\"Done\"/>\ndone</li>"),
            "{html}"
        );
        assert!(html.contains("aria-label=\"To do\"/>\ntodo</li>"), "{html}");
        assert!(fr("- [ ] relire").contains("aria-label=\"À faire\""));
    }

    #[test]
    fn headings_get_unique_ids_and_anchor_links() {
        let html = fr(
            "## Réseaux sociaux\n\n## Réseaux sociaux\n\n### Mon titre {#perso .note}\n\n## !!!",
        );
        assert!(html.contains("<h2 id=\"reseaux-sociaux\">Réseaux sociaux <a class=\"heading-anchor\" href=\"/blog/posts/p#reseaux-sociaux\" aria-label=\"Lien vers cette section\">#</a></h2>"), "{html}");
        assert!(html.contains("<h2 id=\"reseaux-sociaux-2\">"), "{html}");
        assert!(
            html.contains("<h3 id=\"perso\" class=\"note\">Mon titre"),
            "{html}"
        );
        assert!(html.contains("<h2 id=\"section\">"), "{html}");
        assert!(en("## Intro").contains("aria-label=\"Link to this section\""));
    }

    #[test]
    fn headings_get_the_same_safety_as_text() {
        let html =
            en("## [x](javascript:alert(1)) <img src=x onerror=alert(1)>\n\n## [ok](https://a.b)");
        assert!(
            !html.contains("javascript") && !html.contains("<img"),
            "{html}"
        );
        assert!(
            html.contains("&lt;img src=x onerror=alert(1)&gt;"),
            "{html}"
        );
        assert!(html.contains("<h2 id=\"ok\"><a href=\"https://a.b\" rel=\"noopener noreferrer\">ok</a> <a class=\"heading-anchor\""), "{html}");
        let html = fr("## Vraiment ?");
        assert!(
            html.contains("<h2 id=\"vraiment\">Vraiment\u{202f}? <a"),
            "{html}"
        );
    }

    #[test]
    fn email_autolinks_become_mailto() {
        assert!(
            en("<isabelle@example.org>")
                .contains("<a href=\"mailto:isabelle@example.org\">isabelle@example.org</a>")
        );
    }

    #[test]
    fn heading_attributes_cannot_add_event_handlers() {
        let html = en("## Title {onclick=alert(1) #x}");
        assert!(!html.contains("onclick"), "{html}");
        assert!(html.contains("id=\"x\""), "{html}");
    }

    #[test]
    fn external_links_get_rel_and_local_links_do_not() {
        let html =
            en("[a](https://example.com \"T\") [b](posts/other) [c](mailto:x@y.z) [d](#top)");
        assert!(
            html.contains(
                "<a href=\"https://example.com\" title=\"T\" rel=\"noopener noreferrer\">a</a>"
            ),
            "{html}"
        );
        assert!(html.contains("<a href=\"posts/other\">b</a>"), "{html}");
        assert!(html.contains("<a href=\"mailto:x@y.z\">c</a>"), "{html}");
        assert!(html.contains("<a href=\"/posts/p#top\">d</a>"), "{html}");
    }

    #[test]
    fn script_tags_are_shown_as_text() {
        let html = en("<script>alert(1)</script>\n\nHi <script>alert(2)</script> there");
        assert!(!html.contains("<script"), "{html}");
        assert!(
            html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "{html}"
        );
        assert!(
            html.contains("Hi &lt;script&gt;alert(2)&lt;/script&gt; there"),
            "{html}"
        );
    }

    #[test]
    fn event_handler_attributes_never_reach_the_page() {
        for md in [
            "<img src=x onerror=alert(1)>",
            "a <img src=x onerror=alert(1)> b",
            "<div onmouseover=\"alert(1)\">x</div>",
            "<kbd onclick=alert(1)>K</kbd>",
            "<svg><script>alert(1)</script></svg>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
        ] {
            let html = en(md);
            assert!(
                !html.contains("<img")
                    && !html.contains("<div onmouseover")
                    && !html.contains("<svg")
                    && !html.contains("<iframe"),
                "{md} → {html}"
            );
            assert!(!html.contains("<kbd onclick"), "{md} → {html}");
        }
    }

    #[test]
    fn allowed_tags_pass_without_attributes_and_comments_vanish() {
        let html = en(
            "Press <kbd>Ctrl</kbd> and <KBD class=x>K</KBD>.<!-- note -->\n\n<!-- hidden -->\n\nH<sub>2</sub>O",
        );
        assert!(html.contains("<kbd>Ctrl</kbd>"), "{html}");
        // The refused opening shows as text; its closing, which closes nothing, is dropped.
        assert!(html.contains("&lt;KBD class=x&gt;K.</p>"), "{html}");
        assert!(!html.contains("note") && !html.contains("hidden"), "{html}");
        assert!(html.contains("H<sub>2</sub>O"), "{html}");
    }

    #[test]
    fn dangerous_urls_are_reduced_to_their_text() {
        for md in [
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x](<java\tscript:alert(1)>)",
            "[x]( javascript:alert(1))",
            "[x](&#106;avascript:alert(1))",
            "[x](data:text/html;base64,PHNjcmlwdD4=)",
            "[x](vbscript:msgbox)",
            "<javascript:alert(1)>",
            "[x][r]\n\n[r]: javascript:alert(1)",
        ] {
            let html = en(md);
            assert!(
                !html.to_lowercase().contains("href=\"java")
                    && !html.contains("href=\"data")
                    && !html.contains("href=\"vbscript"),
                "{md} → {html}"
            );
            assert!(!html.contains("<a "), "{md} → {html}");
        }
        let img = en("![alt text](data:image/png;base64,AAAA)");
        assert!(!img.contains("<img"), "{img}");
        assert!(img.contains("alt text"), "{img}");
    }

    #[test]
    fn images_load_lazily_with_their_alt_text() {
        let html = fr("![Une photo : *la mer*](images/mer.jpg \"La mer\")");
        assert!(html.contains("<img src=\"content/images/mer-1200.0f.jpg\" alt=\"Une photo\u{a0}: la mer\" title=\"La mer\" srcset=\"content/images/mer-480.0f.jpg 480w, content/images/mer-800.0f.jpg 800w, content/images/mer-1200.0f.jpg 1200w, content/images/mer-1600.0f.jpg 1600w\" sizes=\"(max-width: 40.5rem) calc(100vw - 2.5rem), 38rem\" width=\"1600\" height=\"900\" loading=\"lazy\" decoding=\"async\">"), "{html}");
        let unknown = en("![x](images/unknown.png)");
        assert!(
            unknown.contains("<img src=\"images/unknown.png\" alt=\"x\" loading=\"lazy\""),
            "{unknown}"
        );
    }

    #[test]
    fn finds_the_images_without_alt_text() {
        let md = "![](images/a.png) ![Une mer](images/b.jpg) ![ ](images/c.jpg)\n\n![](https://x.org/d.png) ![`code`](images/e.png)";
        assert_eq!(images_without_alt(md), ["images/a.png", "images/c.jpg"]);
    }

    #[test]
    fn lists_local_images_with_their_offsets() {
        let md = "Texte\n\n![a](images/a.png) ![b](https://x.org/b.png)\n\n![c](images/c.svg \"t\") ![d](mailto:x@y.z)";
        assert_eq!(
            local_images(md),
            [
                ("images/a.png".to_owned(), 7),
                ("images/c.svg".to_owned(), 53)
            ]
        );
    }

    #[test]
    fn finds_image_sizes() {
        assert_eq!(
            image_size(&sizes(), "./images/a.png").map(|s| (s.width, s.height)),
            Some((10, 20))
        );
        assert_eq!(
            image_size(&sizes(), "images/mer.jpg").map(|s| s.width),
            Some(1600)
        );
        assert_eq!(image_size(&sizes(), "images/b.png"), None);
    }

    #[test]
    fn code_blocks_keep_their_language_class() {
        let html = en("```rust\nfn main() {}\n```");
        assert!(
            html.contains("<pre><code class=\"language-rust\">fn main() {}"),
            "{html}"
        );
    }

    #[test]
    fn footnotes_link_both_ways_on_the_page() {
        let html = fr("Texte[^a] et[^b].\n\n[^a]: Première.\n[^b]: Seconde.");
        assert!(html.contains("<sup class=\"footnote-ref\" id=\"fnref:1\"><a href=\"/blog/posts/p#fn:1\">1</a></sup>"), "{html}");
        assert!(
            html.contains("<div class=\"footnote\" id=\"fn:2\">"),
            "{html}"
        );
        assert!(html.contains("href=\"/blog/posts/p#fnref:2\""), "{html}");
    }

    #[test]
    fn comments_never_show_whatever_their_shape() {
        let block = fr("Avant.\n\n<!--\nNOTE : brouillon,\nà revoir\n-->\n\nAprès.");
        assert!(
            !block.contains("brouillon") && !block.contains("revoir"),
            "{block}"
        );
        assert!(
            !block.contains("--&gt;") && !block.contains("raw-html"),
            "no trace, no wrapper: {block}"
        );
        assert!(block.contains("<p>Après.</p>"), "{block}");
        let inline = fr("Un <!-- caché\nsur deux lignes --> texte.");
        assert!(
            !inline.contains("caché") && inline.contains("Un  texte."),
            "{inline}"
        );
        let quoted = fr("> <!--\n> dans une citation\n> -->\n\nFin.");
        assert!(!quoted.contains("citation"), "{quoted}");
        let listed = fr("- <!--\n  jamais fermé\n- item");
        assert!(
            !listed.contains("jamais"),
            "an unclosed comment hides the rest: {listed}"
        );
        // As a browser ends them: `<!-->` and `<!--->` are empty, `--!>` closes.
        let shapes = fr(
            "<div>\n<!-->un <!--->deux <!-- caché --!>trois <!-- secret -- encore -->quatre\n</div>",
        );
        assert!(shapes.contains("un deux trois quatre"), "{shapes}");
        assert!(
            !shapes.contains("caché") && !shapes.contains("secret") && !shapes.contains("encore"),
            "{shapes}"
        );
        // Text between a comment and the rest of its block still shows, escaped.
        let mixed = fr("<div>\n<!-- a -->\n<script>b</script>\n</div>");
        assert!(
            !mixed.contains(" a ") && mixed.contains("&lt;script&gt;b&lt;/script&gt;"),
            "{mixed}"
        );
    }

    #[test]
    fn details_and_figure_hold_markdown() {
        let html =
            fr("<details>\n<summary>Plus</summary>\n\nCaché *texte*\n\n</details>\n\nAprès.");
        assert_eq!(
            html,
            "<details>\n<summary>Plus</summary>\n<p>Caché <em>texte</em></p>\n</details>\n<p>Après.</p>\n"
        );
        let html = fr(
            "<figure>\n\n![Une mer](images/mer.jpg)\n\n<figcaption>\n\nLa mer, *le soir*\n\n</figcaption>\n</figure>",
        );
        assert!(
            html.starts_with(
                "<figure>\n<p><img src=\"content/images/mer-1200.0f.jpg\" alt=\"Une mer\" srcset=\""
            ),
            "{html}"
        );
        assert!(
            html.ends_with(
                "<figcaption>\n<p>La mer, <em>le soir</em></p>\n</figcaption>\n</figure>"
            ),
            "{html}"
        );
        let listed = fr(
            "- <details>\n  <summary>Dans une liste</summary>\n\n  Le détail.\n\n  </details>\n- Suite",
        );
        assert!(
            listed.contains(
                "<details>\n<summary>Dans une liste</summary>\n<p>Le détail.</p>\n</details>"
            ),
            "{listed}"
        );
        for html in [html, listed] {
            well_formed(&html).unwrap();
        }
    }

    #[test]
    fn a_tag_left_open_swallows_nothing_and_restyles_nothing() {
        // A block tag never closed is closed at the end of its own block: the rest shows.
        let html = fr("<details>\n<summary>Ouvert</summary>\n\nLe reste du billet.");
        assert_eq!(
            html,
            "<details>\n<summary>Ouvert</summary>\n</details>\n<p>Le reste du billet.</p>\n"
        );
        // An inline tag, at the end of its paragraph, item, cell or emphasis.
        let html = fr("Un <mark>surligné\n\nPuis la suite.");
        assert_eq!(
            html,
            "<p>Un <mark>surligné</mark></p>\n<p>Puis la suite.</p>\n"
        );
        let html = fr("- a <s>barré\n- b\n\n| x <u>y |\n|---|\n| z |\n\n*un <small>petit* reste");
        assert!(
            html.contains("<li>a <s>barré</s></li>") && html.contains("<th>x <u>y</u></th>"),
            "{html}"
        );
        assert!(
            html.contains("<em>un <small>petit</small></em> reste"),
            "{html}"
        );
        // Closed in the wrong order: what is inside is closed first. A closing tag that
        // closes nothing is dropped.
        let html = fr("<kbd><mark>a</kbd> b</mark> </details> c");
        assert_eq!(html, "<p><kbd><mark>a</mark></kbd> b  c</p>\n");
        // A closing in another container does not reach out of it.
        let html = fr("<figure>\n\n> </figure>\n\nAprès.");
        well_formed(&html).unwrap();
        assert!(html.starts_with("<figure>\n</figure>"), "{html}");
    }

    #[test]
    fn raw_html_always_renders_well_formed() {
        const PIECES: &[&str] = &[
            "<details>\n",
            "<summary>S</summary>\n",
            "</details>\n",
            "<figure>\n",
            "</figure>\n",
            "<figcaption>",
            "</figcaption>",
            "<mark>",
            "</mark>",
            "<kbd>",
            "</kbd>",
            "<dl>\n",
            "<dt>t</dt>\n",
            "<dd>",
            "</dl>\n",
            "<sub>",
            "</sub>",
            "<br>",
            "- item ",
            "> quote ",
            "1. un ",
            "\n\n",
            "\n",
            "texte ",
            "*em* ",
            "**fort ",
            "[lien](x) ",
            "## titre\n",
            "<!-- c ",
            " -->",
            "`code` ",
            "| a | b |\n|---|---|\n| c | d |\n",
            "    ",
            "  - ",
            "![i](images/a.png) ",
            "x[^1] ",
            "[^1]: note\n",
            "<script>",
            "</p>",
            "</div>",
        ];
        let mut seed = 0x2545_f491_u64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for _ in 0..2000 {
            let md: String = (0..24).map(|_| PIECES[next(PIECES.len())]).collect();
            if let Err(problem) = well_formed(&fr(&md)) {
                panic!("{md:?}\n→ {}\n{problem}", fr(&md));
            }
        }
    }

    /// The ids of `html` and the fragments its links to `page` point at.
    fn ids_and_fragments<'h>(html: &'h str, page: &str) -> (Vec<&'h str>, Vec<&'h str>) {
        let values = |key: &str| -> Vec<&'h str> {
            html.split(key)
                .skip(1)
                .filter_map(|rest| rest.split('"').next())
                .collect()
        };
        let ids = values(" id=\"");
        let prefix = format!("{page}#");
        let fragments = values(" href=\"")
            .into_iter()
            .filter_map(|href| href.strip_prefix(prefix.as_str()))
            .collect();
        (ids, fragments)
    }

    #[test]
    fn ids_are_unique_and_every_link_on_the_page_leads_somewhere() {
        for md in [
            "Un[^n] deux[^n] trois[^n].\n\n[^n]: La note.",
            "## fn:1\n\n## fnref:1\n\nTexte[^1].\n\n[^1]: Note.\n\n## fn-1",
            "Sans renvoi.\n\n[^seule]: Une note que rien n’appelle.",
            "## Main\n\n## Carnet\n\n## Search box\n\n## Main",
            "## a\n\n## a-2\n\n## a\n\n## a {#a-3}\n\n## a",
            "[Haut](#titre)\n\n## Titre",
        ] {
            let html = fr(md);
            let (ids, fragments) = ids_and_fragments(&html, "/blog/posts/p");
            let mut unique = ids.clone();
            unique.sort_unstable();
            unique.dedup();
            assert_eq!(unique.len(), ids.len(), "duplicate ids in {md:?}: {html}");
            for id in &ids {
                assert!(
                    !crate::ids::ALL.contains(id),
                    "{id} is the page's own: {html}"
                );
            }
            for fragment in fragments {
                assert!(
                    ids.contains(&fragment),
                    "#{fragment} leads nowhere in {md:?}: {html}"
                );
            }
        }
        let repeated = fr("Un[^n] deux[^n].\n\n[^n]: La note.");
        assert!(
            repeated.contains("id=\"fnref:1\"") && repeated.contains("id=\"fnref:1:2\""),
            "{repeated}"
        );
        assert!(
            repeated.contains("#fnref:1:2\" aria-label=\"Retour au texte\">↩2</a>"),
            "one way back per reference: {repeated}"
        );
        let alone = fr("Sans renvoi.\n\n[^seule]: Une note.");
        assert!(
            alone.contains("Une note.") && !alone.contains("footnote-back"),
            "{alone}"
        );
    }

    #[test]
    fn an_image_in_an_image_stays_in_its_alt_text() {
        let html = fr("![un ![deux](y.png) trois](images/a.png) fin");
        assert!(html.contains("alt=\"un deux trois\""), "{html}");
        assert!(
            html.contains("decoding=\"async\"> fin</p>"),
            "nothing of the alt text in the body: {html}"
        );
    }

    #[test]
    fn repeated_headings_get_the_next_free_id() {
        let md = "## a\n\n".repeat(3000);
        let html = fr(&md);
        assert!(html.contains("<h2 id=\"a\">") && html.contains("<h2 id=\"a-3000\">"));
        let (ids, _) = ids_and_fragments(&html, "/blog/posts/p");
        assert_eq!(ids.len(), 3000);
    }

    #[test]
    fn a_lone_angle_bracket_is_text() {
        let html = fr("<div>\n<<<< a < b\n</div>");
        assert!(html.contains("&lt;&lt;&lt;&lt; a &lt; b"), "{html}");
    }

    #[test]
    fn plain_text_and_first_paragraph() {
        let md = "# Titre\n\nBonjour *à toutes*,\net à tous.\n\nSuite.";
        assert_eq!(
            first_paragraph(md).as_deref(),
            Some("Bonjour à toutes, et à tous.")
        );
        assert!(plain_text(md).contains("Titre\n\nBonjour à toutes, et à tous.\n\nSuite."));
        assert_eq!(first_paragraph("# Only a title"), None);
    }
}
