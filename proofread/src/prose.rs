//! The body's prose as the rules read it: blocks of text with the byte ranges where the
//! source is the text itself (no markup, no escapes), links, images and headings.

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};
use std::ops::Range;

/// The kind of a block of text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A paragraph (`in_list` tells whether it is inside a list item).
    Paragraph,
    /// A heading of level 1 to 6.
    Heading(u8),
    /// The text of a tight list item.
    Item,
    /// A table cell.
    Cell,
}

/// A block of text: a paragraph, a heading, a list item, a table cell.
#[derive(Debug)]
pub(crate) struct Block {
    pub kind: Kind,
    /// Whether the block is inside a list.
    pub in_list: bool,
    /// The block's source range.
    pub range: Range<usize>,
    /// Runs of the body where the source is the text: what typography reads.
    pub segs: Vec<Range<usize>>,
    /// The visible text (text and inline code; breaks as spaces): what readability reads.
    pub plain: String,
    /// Where pieces of `plain` come from: (offset in `plain`, offset in the body, whether
    /// the piece is the source itself).
    map: Vec<(usize, usize, bool)>,
    /// Whether the next run must start a new segment.
    broken: bool,
}

impl Block {
    fn new(kind: Kind, range: Range<usize>, in_list: bool) -> Block {
        Block {
            kind,
            in_list,
            range,
            segs: Vec::new(),
            plain: String::new(),
            map: Vec::new(),
            broken: true,
        }
    }

    fn push_plain(&mut self, text: &str, at: usize, exact: bool) {
        self.map.push((self.plain.len(), at, exact));
        self.plain.push_str(text);
    }

    fn push_seg(&mut self, range: Range<usize>) {
        match self.segs.last_mut() {
            Some(last) if !self.broken && last.end == range.start => last.end = range.end,
            _ => self.segs.push(range),
        }
        self.broken = false;
    }

    /// The body offset of byte `at` of `plain`.
    pub fn body_offset(&self, at: usize) -> usize {
        let i = self.map.partition_point(|&(p, _, _)| p <= at);
        match i.checked_sub(1).map(|i| self.map[i]) {
            Some((p, b, true)) => b + (at - p),
            Some((_, b, false)) => b,
            None => self.range.start,
        }
    }
}

/// A link in the body.
#[derive(Debug)]
pub(crate) struct Link {
    pub dest: String,
}

/// An image in the body.
#[derive(Debug)]
pub(crate) struct Image {
    pub range: Range<usize>,
    pub alt_empty: bool,
}

/// What the rules read in a Markdown body.
#[derive(Debug, Default)]
pub(crate) struct Doc {
    pub blocks: Vec<Block>,
    pub links: Vec<Link>,
    pub images: Vec<Image>,
}

/// The Markdown extensions of the site, without smart punctuation (which would make the
/// text differ from its source).
const OPTIONS: Options = Options::ENABLE_TABLES
    .union(Options::ENABLE_FOOTNOTES)
    .union(Options::ENABLE_STRIKETHROUGH)
    .union(Options::ENABLE_TASKLISTS)
    .union(Options::ENABLE_HEADING_ATTRIBUTES);

fn flush(current: &mut Option<Block>, blocks: &mut Vec<Block>) {
    if let Some(block) = current.take()
        && (!block.segs.is_empty() || !block.plain.trim().is_empty())
    {
        blocks.push(block);
    }
}

/// Reads `body`.
pub(crate) fn read(body: &str) -> Doc {
    let mut doc = Doc::default();
    let mut current: Option<Block> = None;
    let mut lists = 0usize;
    let mut code = false;
    let mut image: Option<(Range<usize>, String)> = None;
    let mut image_depth = 0usize;
    // Whether each open link is an autolink (its text is a URL).
    let mut links: Vec<bool> = Vec::new();
    for (event, range) in Parser::new_ext(body, OPTIONS).into_offset_iter() {
        match event {
            Event::Start(tag) => match tag {
                Tag::Paragraph => {
                    flush(&mut current, &mut doc.blocks);
                    current = Some(Block::new(Kind::Paragraph, range, lists > 0));
                }
                Tag::Heading { level, .. } => {
                    flush(&mut current, &mut doc.blocks);
                    current = Some(Block::new(Kind::Heading(level as u8), range, lists > 0));
                }
                Tag::Item => {
                    flush(&mut current, &mut doc.blocks);
                    current = Some(Block::new(Kind::Item, range, true));
                }
                Tag::TableCell => {
                    flush(&mut current, &mut doc.blocks);
                    current = Some(Block::new(Kind::Cell, range, lists > 0));
                }
                Tag::List(_) => {
                    flush(&mut current, &mut doc.blocks);
                    lists += 1;
                }
                Tag::CodeBlock(_) => {
                    flush(&mut current, &mut doc.blocks);
                    code = true;
                }
                Tag::Image { .. } => {
                    image_depth += 1;
                    if image_depth == 1 {
                        image = Some((range, String::new()));
                    }
                }
                Tag::Link {
                    link_type,
                    dest_url,
                    ..
                } => {
                    doc.links.push(Link {
                        dest: dest_url.into_string(),
                    });
                    links.push(matches!(link_type, LinkType::Autolink | LinkType::Email));
                    if let Some(b) = current.as_mut() {
                        b.broken = true;
                    }
                }
                _ => {
                    if let Some(b) = current.as_mut() {
                        b.broken = true;
                    }
                }
            },
            Event::End(tag) => match tag {
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell => {
                    flush(&mut current, &mut doc.blocks);
                }
                TagEnd::List(_) => lists = lists.saturating_sub(1),
                TagEnd::CodeBlock => code = false,
                TagEnd::Image => {
                    image_depth = image_depth.saturating_sub(1);
                    if image_depth == 0
                        && let Some((range, alt)) = image.take()
                    {
                        doc.images.push(Image {
                            range,
                            alt_empty: alt.trim().is_empty(),
                        });
                    }
                }
                TagEnd::Link => {
                    links.pop();
                    if let Some(b) = current.as_mut() {
                        b.broken = true;
                    }
                }
                _ => {
                    if let Some(b) = current.as_mut() {
                        b.broken = true;
                    }
                }
            },
            Event::Text(text) => {
                if code {
                    continue;
                }
                if let Some((_, alt)) = image.as_mut() {
                    alt.push_str(&text);
                    continue;
                }
                let Some(b) = current.as_mut() else { continue };
                let exact = body.get(range.clone()) == Some(&*text);
                b.push_plain(&text, range.start, exact);
                if exact && !links.last().copied().unwrap_or(false) {
                    b.push_seg(range);
                } else {
                    b.broken = true;
                }
            }
            Event::Code(text) => {
                if let Some((_, alt)) = image.as_mut() {
                    alt.push_str(&text);
                } else if let Some(b) = current.as_mut() {
                    b.push_plain(&text, range.start, false);
                    b.broken = true;
                }
            }
            Event::SoftBreak => {
                if image.is_some() {
                    continue;
                }
                if let Some(b) = current.as_mut() {
                    b.push_plain(" ", range.start, false);
                    if body[range.clone()].trim().is_empty() {
                        b.push_seg(range);
                    } else {
                        b.broken = true;
                    }
                }
            }
            Event::HardBreak => {
                if let Some(b) = current.as_mut() {
                    b.push_plain(" ", range.start, false);
                    b.broken = true;
                }
            }
            _ => {
                if let Some(b) = current.as_mut() {
                    b.broken = true;
                }
            }
        }
    }
    flush(&mut current, &mut doc.blocks);
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_prose_only() {
        let body = "Un `code '` et [un lien](https://x.example/a'b) l'été.\n\n```\nl'été...\n```\n\n![alt](i.png)\n";
        let doc = read(body);
        assert_eq!(doc.blocks.len(), 1);
        let segs: Vec<&str> = doc.blocks[0]
            .segs
            .iter()
            .map(|r| &body[r.clone()])
            .collect();
        assert_eq!(segs, ["Un ", " et ", "un lien", " l'été."]);
        assert_eq!(doc.blocks[0].plain, "Un code ' et un lien l'été.");
        assert_eq!(doc.links.len(), 1);
        assert_eq!(doc.images.len(), 1);
        assert!(!doc.images[0].alt_empty);
    }

    #[test]
    fn joins_lines_of_a_paragraph() {
        let body = "Une ligne\net une autre.";
        let doc = read(body);
        let segs: Vec<&str> = doc.blocks[0]
            .segs
            .iter()
            .map(|r| &body[r.clone()])
            .collect();
        assert_eq!(segs, [body]);
        assert_eq!(doc.blocks[0].body_offset(13), 13);
    }
}
