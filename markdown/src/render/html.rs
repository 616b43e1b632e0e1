//! Raw HTML in a post, made safe: a few tags without attributes pass, comments vanish,
//! the rest is shown as text, and no tag the writer opens swallows the rest of the page.

use super::attr;
use pulldown_cmark::{CowStr, Event};
use std::collections::HashMap;
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

/// The allowed tags that have no closing tag.
const VOID_TAGS: &[&str] = &["br", "hr"];

/// The allowed tags of raw HTML the writer opened and has not closed yet, so that none
/// swallows or restyles the rest of the post: a tag is closed, at the latest, when the
/// Markdown block or inline container it was opened in ends (a paragraph for `<mark>`,
/// the post for a `<details>` written at its top level) — and a tag opened in a block of
/// raw HTML and never closed is closed at the end of that block, so that it hides nothing.
/// A closing tag that matches nothing open in the same container is dropped.
#[derive(Default)]
pub(super) struct OpenTags {
    /// Open tags, innermost last.
    open: Vec<OpenTag>,
    /// How many of `open` each (frame, name) has: a closing tag that matches nothing is
    /// dropped without a search, so that time stays linear.
    counts: HashMap<(usize, &'static str), usize>,
    /// The depth of Markdown containers (blocks, emphasis, links…) the renderer is in.
    pub(super) frame: usize,
    /// Every block of raw HTML closes what it opened, at its end.
    pub(super) strict: bool,
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
    pub(super) fn sanitize(&mut self, html: &str) -> Option<String> {
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
    pub(super) fn end_block(&mut self, out: &mut Vec<Event<'_>>) {
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
    pub(super) fn end_frame(&mut self, out: &mut Vec<Event<'_>>) {
        self.close_frame(out);
        self.frame = self.frame.saturating_sub(1);
    }

    fn forget(counts: &mut HashMap<(usize, &'static str), usize>, tag: &OpenTag) {
        if let Some(n) = counts.get_mut(&(tag.frame, tag.name)) {
            *n -= 1;
        }
    }

    /// The post ends: every tag still open is closed.
    pub(super) fn end_document(&mut self, out: &mut Vec<Event<'_>>) {
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
