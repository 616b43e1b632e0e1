//! Where the reader is in a post, worked out from the boxes of its blocks on screen: the
//! spot to remember, the share read, whether the end is reached; and where to scroll to
//! bring them back.
//!
//! The app measures the body's top-level blocks (paragraphs, headings, lists…) in page
//! coordinates; the arithmetic lives here so it can be tested without a browser.

use crate::reader::{Position, Spot};
use carnet_text::hash::content_hash;

/// A block of the post's body: its top edge and height, in CSS pixels from the top of the
/// page.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Block {
    /// Distance from the top of the page.
    pub top: f64,
    /// Height.
    pub height: f64,
}

/// The visible part of the page.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    /// How far the page is scrolled.
    pub top: f64,
    /// The window's inner height.
    pub height: f64,
}

/// The end counts as reached when it is this close to the bottom of the screen (CSS px):
/// rounding of fractional pixels would otherwise leave it a hair below.
const END_SLACK: f64 = 2.0;

/// Where the reader is, given the body's `blocks` (in order) and the `view`.
///
/// The position names the block at the top edge of the screen and how far down it that
/// edge is. `fingerprint(i)` gives block `i`'s fingerprint; it is asked for one block only.
pub fn spot(blocks: &[Block], view: Viewport, fingerprint: impl Fn(usize) -> u32) -> Spot {
    let (Some(first), Some(last)) = (blocks.first(), blocks.last()) else {
        return Spot {
            position: None,
            progress: 0.0,
            finished: false,
        };
    };
    let start = first.top;
    let end = last.top + last.height;
    let bottom = view.top + view.height;
    if end <= bottom + END_SLACK {
        return Spot {
            position: None,
            progress: 1.0,
            finished: true,
        };
    }
    let progress = round_to((bottom - start) / (end - start), 100.0).clamp(0.0, 1.0);
    let position = (view.top > start)
        .then(|| blocks.iter().position(|b| b.top + b.height > view.top))
        .flatten()
        .map(|index| {
            let block = blocks[index];
            let offset = if block.height > 0.0 {
                // Below 1, so that the spot stays inside its block.
                round_to((view.top - block.top) / block.height, 1000.0).clamp(0.0, 0.999)
            } else {
                0.0
            };
            Position {
                block: index as u32,
                offset,
                fingerprint: fingerprint(index),
            }
        });
    Spot {
        position,
        progress,
        finished: false,
    }
}

/// The scroll offset that puts `position` back at the top of the screen, given the body's
/// `blocks` now and their `fingerprints`.
///
/// The block is found by its fingerprint — the one nearest its old index if the text has
/// repeats — so a paragraph added or removed above it does not move the reader; if the
/// block itself changed, its old index is used.
pub fn resume_at(position: &Position, blocks: &[Block], fingerprints: &[u32]) -> Option<f64> {
    let last = blocks.len().checked_sub(1)?;
    let old = position.block as usize;
    let index = fingerprints
        .iter()
        .enumerate()
        .filter(|(_, f)| **f == position.fingerprint)
        .min_by_key(|(i, _)| i.abs_diff(old))
        .map_or(old.min(last), |(i, _)| i.min(last));
    let block = blocks[index];
    Some(block.top + f64::from(position.offset) * block.height)
}

/// A short hash of a block's text, whitespace-insensitive.
pub fn fingerprint(text: &str) -> u32 {
    let words: Vec<&str> = text.split_whitespace().collect();
    content_hash(&words.join(" "))
}

/// A share from 0 to 1 as a whole percentage (integers format without the float code).
pub fn percent(share: f32) -> u32 {
    (share.clamp(0.0, 1.0) * 100.0).round() as u32
}

fn round_to(x: f64, steps: f64) -> f32 {
    ((x * steps).round() / steps) as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Ten 100 px blocks with 20 px between them, starting 500 px down the page.
    fn blocks() -> Vec<Block> {
        (0..10)
            .map(|i| Block {
                top: 500.0 + f64::from(i) * 120.0,
                height: 100.0,
            })
            .collect()
    }

    fn view(top: f64) -> Viewport {
        Viewport { top, height: 600.0 }
    }

    fn fp(i: usize) -> u32 {
        i as u32 + 100
    }

    #[test]
    fn at_the_top_there_is_no_position_yet() {
        let s = spot(&blocks(), view(0.0), fp);
        assert_eq!(s.position, None);
        assert_eq!(s.progress, 0.08); // 100 px of the 1180 px text are on screen
        assert!(!s.finished);
    }

    #[test]
    fn names_the_block_at_the_top_of_the_screen_and_how_far_into_it() {
        let s = spot(&blocks(), view(500.0 + 3.0 * 120.0 + 25.0), fp);
        let p = s.position.unwrap();
        assert_eq!((p.block, p.offset, p.fingerprint), (3, 0.25, 103));
        assert!(!s.finished);
    }

    #[test]
    fn between_two_blocks_it_is_the_start_of_the_next() {
        let p = spot(&blocks(), view(610.0), fp).position.unwrap();
        assert_eq!((p.block, p.offset), (1, 0.0));
    }

    #[test]
    fn reaching_the_end_finishes_the_post() {
        // The text ends at 500 + 9 * 120 + 100 = 1680.
        let s = spot(&blocks(), view(1080.0), fp);
        assert!(s.finished);
        assert_eq!(s.position, None);
        assert_eq!(s.progress, 1.0);
        assert!(!spot(&blocks(), view(1070.0), fp).finished);
        // A post shorter than the screen is finished as soon as it is shown.
        let tall_screen = Viewport {
            top: 0.0,
            height: 800.0,
        };
        assert!(spot(&blocks()[..2], tall_screen, fp).finished);
    }

    #[test]
    fn no_blocks_no_spot() {
        let s = spot(&[], view(0.0), fp);
        assert_eq!((s.position, s.finished), (None, false));
    }

    #[test]
    fn resumes_where_it_was_measured() {
        let blocks = blocks();
        let fps: Vec<u32> = (0..10).map(fp).collect();
        let y = 500.0 + 4.0 * 120.0 + 60.0;
        let p = spot(&blocks, view(y), fp).position.unwrap();
        let back = resume_at(&p, &blocks, &fps).unwrap();
        assert!((back - y).abs() < 0.01, "{back} vs {y}");
    }

    #[test]
    fn resumes_at_the_same_paragraph_after_a_reflow() {
        // A narrower window: every block is twice as tall.
        let p = Position {
            block: 4,
            offset: 0.5,
            fingerprint: 104,
        };
        let tall: Vec<Block> = (0..10)
            .map(|i| Block {
                top: 300.0 + f64::from(i) * 220.0,
                height: 200.0,
            })
            .collect();
        let fps: Vec<u32> = (0..10).map(fp).collect();
        assert_eq!(
            resume_at(&p, &tall, &fps),
            Some(300.0 + 4.0 * 220.0 + 100.0)
        );
    }

    #[test]
    fn follows_the_paragraph_when_one_is_added_above() {
        let p = Position {
            block: 4,
            offset: 0.0,
            fingerprint: 104,
        };
        // A new block at the start: the old block 4 is now block 5.
        let fps: Vec<u32> = std::iter::once(7).chain((0..9).map(fp)).collect();
        assert_eq!(resume_at(&p, &blocks(), &fps), Some(500.0 + 5.0 * 120.0));
        // The paragraph itself was edited: fall back to its index.
        let edited = Position {
            fingerprint: 999,
            ..p
        };
        assert_eq!(
            resume_at(&edited, &blocks(), &fps),
            Some(500.0 + 4.0 * 120.0)
        );
        // The post got shorter than the index: its last block.
        let far = Position {
            block: 40,
            fingerprint: 999,
            ..p
        };
        assert_eq!(resume_at(&far, &blocks(), &fps), Some(500.0 + 9.0 * 120.0));
        assert_eq!(resume_at(&p, &[], &[]), None);
    }

    #[test]
    fn percentages_are_whole_and_bounded() {
        assert_eq!(percent(0.424), 42);
        assert_eq!(percent(0.425), 43);
        assert_eq!(percent(1.7), 100);
        assert_eq!(percent(-1.0), 0);
    }

    #[test]
    fn fingerprints_ignore_whitespace_only() {
        assert_eq!(
            fingerprint("Un  texte\n court"),
            fingerprint("Un texte court")
        );
        assert_ne!(fingerprint("Un texte court"), fingerprint("Un texte long"));
    }
}
