//! `carnet-images`: every image a post shows, from the writer's file to what the site
//! serves. One home for the build (natively) and the studio's builder (in Wasm), which get
//! the same bytes out of the same bytes in:
//!
//! - [`measure`]: an image's size from its header (or an SVG's root), without decoding;
//! - [`process`]: a raster image decoded within [`limits`], turned upright from its EXIF
//!   orientation, its colours converted to sRGB, written again without any metadata (EXIF,
//!   GPS, XMP, comments) at the [`WIDTHS`] up to its own, under content-hashed names, with
//!   its link preview [`CARD`]; an SVG kept as it is, with a card drawn from it;
//! - [`draw_card`]: a link preview card drawn for a page without a picture, of its title,
//!   the site's title and its byline ([`CardText`]), in the font shipped in `fonts/`;
//! - [`cache`]: results kept by the source's bytes and the settings ([`key`]), so that an
//!   image is never encoded twice.
//!
//! Photos (JPEG sources) come out as progressive JPEG; other rasters (PNG, WebP, still
//! GIF: screenshots, drawings, transparency) as lossless WebP; an animated GIF as a GIF
//! again, frame by frame, at its own size. Why JPEG and these settings: the README's
//! "Images" section, measured on a phone photo.

pub mod cache;
mod card;
mod decode;
mod encode;
pub mod limits;
mod measure;

pub use cache::{Cache, MemoryCache, NoCache};
pub use card::{CardText, MAX_LINES, title_lines};
pub use measure::measure;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The widths an image is written at, those below its own width (and its own width, up to
/// the largest). A post's column is 38rem (608 px) at most, so: a phone at 1× (480), a
/// laptop at 1× (800), a phone at 2.6–3× (360–412 px wide: 1000), a large phone (1200),
/// a laptop at 2× (1600), a large screen at 2× or more (2400).
pub const WIDTHS: [u32; 6] = [480, 800, 1000, 1200, 1600, 2400];

pub use carnet_markdown::render::CARD;

/// The quality photos are encoded at (JPEG, 0–100): the README's measurement.
pub const PHOTO_QUALITY: u8 = 70;

/// The widest copy served at an image's linked address ([`Processed::linked`]).
pub const LINKED_WIDTH: u32 = 1200;

/// The quality of link preview cards, which networks re-encode anyway.
pub const CARD_QUALITY: u8 = 80;

/// Where drawn cards go, relative to the site's root (names with a hash of their bytes).
pub const CARDS_DIR: &str = "content/cards";

/// Where the files made from images go, relative to the site's root. Their names carry a
/// hash of their bytes, so they are cached forever, as the app's files are.
pub const DIR: &str = "content/images";

/// What the settings above make; part of every [`key`], so that a change of them makes
/// every image again.
const SETTINGS: &str = "carnet-images 4: lossy webp as photo, widths 480 800 1000 1200 1600 2400, jpeg q70 progressive optimized-huffman imagemagick-tables 4:2:0, card 1200x630 q80, webp lossless, catmull-rom, srgb";

/// What an image became: its size as shown, the files a page uses.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Processed {
    /// Width in pixels, upright.
    pub width: u32,
    /// Height in pixels, upright.
    pub height: u32,
    /// The files to show it, narrowest first (an SVG's only one is itself).
    pub variants: Vec<Variant>,
    /// Its link preview card, [`CARD`] in size.
    pub card: String,
    /// The address posts link it at (`images/<name>`): a copy made like the others (no
    /// metadata), up to [`LINKED_WIDTH`] wide, for what shows it without the build's
    /// files (the studio's preview of a draft, links made before, feed readers).
    pub linked: String,
}

impl Processed {
    /// Its files, in the order [`Made::files`] has them: its variants, its card, then the
    /// copy at its linked address (an SVG's only variant is itself).
    pub fn files(&self) -> impl Iterator<Item = &str> {
        let variants = self.variants.iter().map(|v| v.src.as_str());
        let linked = (self.card != self.linked
            && self.variants.iter().all(|v| v.src != self.linked))
        .then_some(self.linked.as_str());
        variants
            .chain(std::iter::once(self.card.as_str()))
            .chain(linked)
    }
}

/// One file of an image, at one width.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Variant {
    /// Relative to the site's root.
    pub src: String,
    /// Width in pixels.
    pub width: u32,
}

/// An image processed: what it became, and the files to write (path relative to the site's
/// root, bytes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Made {
    /// What it became.
    pub processed: Processed,
    /// Its files: the variants and the card.
    pub files: Vec<(String, Vec<u8>)>,
}

impl Made {
    /// A card made on its own ([`draw_card`], [`focused_card`]) at `path`: its only file.
    pub fn card_file(path: String, png: Vec<u8>) -> Made {
        Made {
            processed: Processed {
                width: CARD.0,
                height: CARD.1,
                variants: Vec::new(),
                card: path.clone(),
                linked: path.clone(),
            },
            files: vec![(path, png)],
        }
    }
}

/// Why an image cannot be published.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ImageError {
    /// The file is larger than [`limits::MAX_FILE_BYTES`].
    #[error("the file is {mb} MB, more than the {max} MB an image may weigh", mb = .0 / 1_000_000, max = limits::MAX_FILE_BYTES / 1_000_000)]
    FileTooLarge(usize),
    /// More pixels than [`limits::MAX_PIXELS`], or a side longer than [`limits::MAX_SIDE`].
    #[error("{w}×{h} pixels is more than an image may have ({max} million, {side} a side): make it smaller", w = .0, h = .1, max = limits::MAX_PIXELS / 1_000_000, side = limits::MAX_SIDE)]
    TooManyPixels(u32, u32),
    /// Not an image of a format the build reads.
    #[error("it is not an image the build can read (JPEG, PNG, WebP, GIF or SVG)")]
    Unknown,
    /// A format the build knows but does not read.
    #[error("{0} images cannot be read yet: export it as JPEG")]
    Unsupported(&'static str),
    /// The decoder refused it: damaged or truncated.
    #[error("it cannot be read ({0}): the file may be damaged or incomplete")]
    Damaged(String),
    /// An SVG that cannot be drawn.
    #[error("it is not an SVG the build can draw ({0})")]
    BadSvg(String),
}

/// What kind of file `path` is, by its extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// JPEG, PNG, WebP, GIF: decoded and written again. AVIF, HEIC, TIFF and BMP too,
    /// so that they are refused with a reason rather than published as they are (with
    /// their metadata).
    Raster,
    /// SVG: kept as it is.
    Svg,
    /// Anything else (a PDF a post links to): not an image, copied as it is.
    Other,
}

impl Kind {
    /// The kind of the file at `path`.
    pub fn of(path: &str) -> Kind {
        let extension = path
            .rsplit_once('.')
            .map(|(_, x)| x.to_ascii_lowercase())
            .unwrap_or_default();
        match extension.as_str() {
            "jpg" | "jpeg" | "png" | "webp" | "gif" | "avif" | "heic" | "heif" | "tif" | "tiff"
            | "bmp" => Kind::Raster,
            "svg" => Kind::Svg,
            _ => Kind::Other,
        }
    }
}

/// The key of the result of [`process`] for the image at `path` made of `bytes`: a hash of
/// the settings, the path (the files' names and the copy's address come from it) and the
/// bytes.
pub fn key(path: &str, bytes: &[u8]) -> String {
    let mut hash = Sha256::new();
    hash.update(SETTINGS.as_bytes());
    hash.update([0]);
    hash.update(path.as_bytes());
    hash.update([0]);
    hash.update(bytes);
    hex(&hash.finalize()[..16])
}

/// The key of the card [`draw_card`] makes of `text` for the page named `name`: a hash of
/// the settings (the fonts and the layout's included) and the words, without drawing it.
pub fn card_key(name: &str, text: &CardText<'_>) -> String {
    let CardText {
        title,
        site,
        byline,
        theme,
        background,
    } = text;
    key_of(&[card::SETTINGS, name, title, site, byline, theme, background])
}

/// The card `text` makes for the page named `name` (a post's slug), drawn, or taken from
/// `cache`: a [`Made`] whose only file is the card (`content/cards/<name>.<hash>.png`).
pub fn draw_card(name: &str, text: &CardText<'_>, cache: &dyn Cache) -> Result<Made, ImageError> {
    let key = card_key(name, text);
    if let Some(made) = cache.get(&key) {
        return Ok(made);
    }
    let png = card::draw(&card::card_svg(text))?;
    let hash = hex(&Sha256::digest(&png)[..8]);
    let made = Made::card_file(format!("{CARDS_DIR}/{}.{hash}.png", stem(name)), png);
    cache.put(&key, &made);
    Ok(made)
}

/// The key of the card [`focused_card`] cuts for the page named `name` from the file
/// `widest` (a path: its name carries a hash of its bytes) around `focus`.
pub fn focused_card_key(name: &str, widest: &str, focus: carnet_markdown::focus::Focus) -> String {
    key_of(&[SETTINGS, "focused card", name, widest, &focus.to_string()])
}

/// The card of the page named `name` (a post's slug) cut from its cover around `focus`
/// (`cover_focus`), or taken from `cache`: `widest` is the widest file [`process`] made of
/// the cover, its path and its bytes. A [`Made`] whose only file is the card
/// (`content/cards/<name>.<hash>.jpg`).
pub fn focused_card(
    name: &str,
    (widest, bytes): (&str, &[u8]),
    focus: carnet_markdown::focus::Focus,
    cache: &dyn Cache,
) -> Result<Made, ImageError> {
    let key = focused_card_key(name, widest, focus);
    if let Some(made) = cache.get(&key) {
        return Ok(made);
    }
    let image = decode::decode(bytes)?.image;
    let card = encode::jpeg(&card::crop_at(&image, focus), CARD_QUALITY);
    let hash = hex(&Sha256::digest(&card)[..8]);
    let made = Made::card_file(format!("{CARDS_DIR}/{}.{hash}.jpg", stem(name)), card);
    cache.put(&key, &made);
    Ok(made)
}

/// A hash of `parts`, each ended by a zero byte.
fn key_of(parts: &[&str]) -> String {
    let mut hash = Sha256::new();
    for part in parts {
        hash.update(part.as_bytes());
        hash.update([0]);
    }
    hex(&hash.finalize()[..16])
}

/// Processes the image at `path` (`images/<name>`, for the names of its files) from its
/// `bytes`, or takes the result from `cache`.
pub fn process_cached(
    path: &str,
    bytes: &[u8],
    cache: &dyn Cache,
) -> Result<(Made, bool), ImageError> {
    let key = key(path, bytes);
    if let Some(made) = cache.get(&key) {
        return Ok((made, true));
    }
    let made = process(path, bytes)?;
    cache.put(&key, &made);
    Ok((made, false))
}

/// Processes the image at `path` (`images/<name>`, for the names of its files) from its
/// `bytes`: see the crate's documentation.
pub fn process(path: &str, bytes: &[u8]) -> Result<Made, ImageError> {
    if bytes.len() > limits::MAX_FILE_BYTES {
        return Err(ImageError::FileTooLarge(bytes.len()));
    }
    let stem = stem(path);
    match Kind::of(path) {
        Kind::Svg => svg(path, &stem, bytes),
        _ => raster(path, &stem, bytes),
    }
}

/// An SVG: kept as it is (it has no pixels to strip), with a card drawn from it.
fn svg(path: &str, stem: &str, bytes: &[u8]) -> Result<Made, ImageError> {
    let (width, height) =
        measure(path, bytes).ok_or(ImageError::BadSvg("it has no size".into()))?;
    let card = card::from_svg(bytes)?;
    let card_path = named(stem, "card", "png", &card);
    Ok(Made {
        processed: Processed {
            width,
            height,
            variants: vec![Variant {
                src: path.to_owned(),
                width,
            }],
            card: card_path.clone(),
            linked: path.to_owned(),
        },
        files: vec![(path.to_owned(), bytes.to_vec()), (card_path, card)],
    })
}

/// A raster image: decoded upright, written at each width, with its card, and a copy at
/// the address posts link it at.
fn raster(path: &str, stem: &str, bytes: &[u8]) -> Result<Made, ImageError> {
    let decoded = decode::decode(bytes)?;
    let (width, height) = (decoded.image.width(), decoded.image.height());
    let mut files = Vec::new();
    let mut variants = Vec::new();
    let mut linked_copy = None;
    let mut card_source = None;
    let mut add = |label: String, extension: &str, bytes: Vec<u8>, width: u32| {
        let src = named(stem, &label, extension, &bytes);
        files.push((src.clone(), bytes));
        variants.push(Variant { src, width });
    };
    match &decoded.frames {
        // An animation keeps its frames and timing, at its own size.
        Some(frames) => {
            let gif = encode::gif(frames)?;
            linked_copy = Some(gif.clone());
            add(width.to_string(), "gif", gif, width);
        }
        None => {
            let widths = encode::widths(&decoded.image);
            // The card is cut from the widest file made (at most 2,400 px wide): as sharp
            // at 1,200 px, and a fifth of the pixels of a phone's photo to go through.
            card_source = widths.last().map(|(_, image)| image.clone());
            for (w, image) in widths {
                let (extension, bytes) = if decoded.photo {
                    ("jpg", encode::jpeg(&image, PHOTO_QUALITY))
                } else {
                    ("webp", encode::webp(&image))
                };
                if w <= LINKED_WIDTH || linked_copy.is_none() {
                    linked_copy = Some(encode::as_named(path, &image, &bytes, extension));
                }
                add(w.to_string(), extension, bytes, w);
            }
        }
    }
    let card_source = card_source.as_ref().unwrap_or(&decoded.image);
    let card = encode::jpeg(&card::crop(card_source), CARD_QUALITY);
    let card_path = named(stem, "card", "jpg", &card);
    files.push((card_path.clone(), card));
    files.push((path.to_owned(), linked_copy.unwrap_or_default()));
    Ok(Made {
        processed: Processed {
            width,
            height,
            variants,
            card: card_path,
            linked: path.to_owned(),
        },
        files,
    })
}

/// `content/images/<stem>-<label>.<hash>.<extension>`, the hash over `bytes`.
fn named(stem: &str, label: &str, extension: &str, bytes: &[u8]) -> String {
    let hash = hex(&Sha256::digest(bytes)[..8]);
    format!("{DIR}/{stem}-{label}.{hash}.{extension}")
}

/// A file name's stem as a URL-safe name: `images/Une Photo.JPG` → `une-photo`.
fn stem(path: &str) -> String {
    let name = path.rsplit('/').next().unwrap_or(path);
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    let mut out = String::new();
    for c in stem.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_matches('-');
    if out.is_empty() {
        "image".into()
    } else {
        out.into()
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests;
