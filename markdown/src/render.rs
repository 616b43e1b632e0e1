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

mod html;
mod images;

use html::OpenTags;
pub use images::{CARD, IMAGE_SIZES, ImageSize, image_mime, image_size};

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

#[cfg(test)]
mod commonmark;

#[cfg(test)]
mod tests;
