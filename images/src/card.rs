//! Link preview cards ([`CARD`] in size): a raster image cropped to 1.91:1 around its
//! centre; an SVG drawn on white, whole, in the middle; and, for a page without a
//! picture, a card drawn of its words ([`CardText`]): the site's title, the page's title
//! as large as fits in three lines, and who wrote it when, in the site's colours.

use crate::{CARD, ImageError};
use carnet_markdown::focus::Focus;
use image::DynamicImage;
use image::imageops::FilterType;

/// `image` cropped to the card's proportions around its centre, at the card's size.
pub fn crop(image: &DynamicImage) -> DynamicImage {
    crop_at(image, Focus::CENTER)
}

/// `image` cropped to the card's proportions as near `focus` as the image allows (the
/// focus in the card's middle unless that would leave the image), at the card's size.
pub fn crop_at(image: &DynamicImage, focus: Focus) -> DynamicImage {
    let (cw, ch) = (u64::from(CARD.0), u64::from(CARD.1));
    let (w, h) = (u64::from(image.width()), u64::from(image.height()));
    // The largest box of the card's proportions inside the image.
    let (bw, bh) = if w * ch > h * cw {
        ((h * cw / ch).max(1), h)
    } else {
        (w, (w * ch / cw).max(1))
    };
    let place = |side: u64, size: u64, at: u8| {
        (side * u64::from(at) / 100)
            .saturating_sub(size / 2)
            .min(side - size)
    };
    let (x, y) = (place(w, bw, focus.x), place(h, bh, focus.y));
    image
        .crop_imm(x as u32, y as u32, bw as u32, bh as u32)
        .resize_exact(CARD.0, CARD.1, FilterType::CatmullRom)
}

/// The SVG `bytes` drawn whole, centred on white, as a PNG card.
pub fn from_svg(bytes: &[u8]) -> Result<Vec<u8>, ImageError> {
    use resvg::{tiny_skia, usvg};
    let tree = usvg::Tree::from_data(bytes, &usvg::Options::default())
        .map_err(|e| ImageError::BadSvg(e.to_string()))?;
    let mut pixmap = tiny_skia::Pixmap::new(CARD.0, CARD.1).expect("a card has a size");
    pixmap.fill(tiny_skia::Color::WHITE);
    let size = tree.size();
    let zoom = (CARD.0 as f32 / size.width()).min(CARD.1 as f32 / size.height());
    let (dx, dy) = (
        (CARD.0 as f32 - size.width() * zoom) / 2.0,
        (CARD.1 as f32 - size.height() * zoom) / 2.0,
    );
    let transform = tiny_skia::Transform::from_scale(zoom, zoom).post_translate(dx, dy);
    resvg::render(&tree, transform, &mut pixmap.as_mut());
    pixmap
        .encode_png()
        .map_err(|e| ImageError::BadSvg(e.to_string()))
}

/// What a card drawn for a page without a picture says, and in which colours.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardText<'a> {
    /// The page's title, large (typography already applied: its no-break spaces kept).
    pub title: &'a str,
    /// The site's title, above it.
    pub site: &'a str,
    /// Below it: who wrote it and when (`Isabelle · 9 juin 2016`), or the site's
    /// description; may be empty.
    pub byline: &'a str,
    /// The site's colours as `#rrggbb` (`Carnet.toml`'s `colors`): a band and the site's
    /// title in `theme`, on `background`.
    pub theme: &'a str,
    pub background: &'a str,
}

/// The fonts cards are drawn in (see `fonts/README.md`): the title in SemiBold, the rest
/// in Regular.
const FONTS: [&[u8]; 2] = [
    include_bytes!("../fonts/SourceSerif4-SemiBold.ttf"),
    include_bytes!("../fonts/SourceSerif4-Regular.ttf"),
];
const FAMILY: &str = "Source Serif 4";

/// What the fonts have: a title's other characters are left out rather than drawn as
/// boxes (the ranges `fonts/README.md` subset them to).
fn drawable(c: char) -> bool {
    matches!(c as u32,
        0x20..=0x7E | 0xA0..=0x17F | 0x218..=0x21B | 0x2C6..=0x2DD | 0x2000..=0x206F
        | 0x20AC | 0x2122 | 0x2212)
}

/// The card's margins and the title's room (pixels).
const MARGIN: f32 = 80.0;
const TITLE_WIDTH: f32 = CARD.0 as f32 - 2.0 * MARGIN;
/// The title's lines sit between these heights.
const TITLE_TOP: f32 = 150.0;
const TITLE_BOTTOM: f32 = 510.0;
/// The title's sizes, tried largest first until it fits in [`MAX_LINES`].
const TITLE_SIZES: [f32; 11] = [
    80.0, 76.0, 72.0, 68.0, 64.0, 60.0, 56.0, 52.0, 48.0, 44.0, 40.0,
];
/// The most lines a title takes; a longer one ends with "…" at the smallest size.
pub const MAX_LINES: usize = 3;
const LINE_HEIGHT: f32 = 1.18;

/// What the drawing depends on besides the text: part of each drawn card's key.
pub(crate) const SETTINGS: &str = "carnet-card 2: source serif 4.004 subset (semibold 600, regular 400), 1200x630, margin 80, sizes 80..40, 3 lines, layout 2, png palette fast";

/// The fonts, loaded once.
fn fonts() -> std::sync::Arc<resvg::usvg::fontdb::Database> {
    static FONTDB: std::sync::OnceLock<std::sync::Arc<resvg::usvg::fontdb::Database>> =
        std::sync::OnceLock::new();
    FONTDB
        .get_or_init(|| {
            let mut db = resvg::usvg::fontdb::Database::new();
            for font in FONTS {
                db.load_font_data(font.to_vec());
            }
            db.set_serif_family(FAMILY);
            std::sync::Arc::new(db)
        })
        .clone()
}

fn options() -> resvg::usvg::Options<'static> {
    resvg::usvg::Options {
        font_family: FAMILY.into(),
        fontdb: fonts(),
        ..Default::default()
    }
}

/// `text` made fit for XML.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// Only what the fonts can draw, on one line, spaces not doubled.
fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().filter(|c| drawable(*c) || c.is_whitespace()) {
        let c = if c.is_whitespace() && c != '\u{a0}' && c != '\u{202f}' {
            ' '
        } else {
            c
        };
        if !(c == ' ' && (out.is_empty() || out.ends_with(' '))) {
            out.push(c);
        }
    }
    out.trim_end().to_owned()
}

/// The width of `text` as the title's font draws it at 100 px (a width scales with the
/// size: the font is not hinted).
fn width_at_100(text: &str) -> f32 {
    let svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="8000" height="200"><text x="0" y="150" font-size="100" font-weight="600" xml:space="preserve">{}</text></svg>"#,
        escape(text)
    );
    resvg::usvg::Tree::from_str(&svg, &options())
        .map(|tree| tree.root().abs_bounding_box().width())
        .unwrap_or(0.0)
}

/// The title's lines and size: the largest of [`TITLE_SIZES`] at which it fits in
/// [`MAX_LINES`] lines of the card's width, broken only where French and English allow
/// (UAX #14: never at a no-break space, so « and » stay with their words and `?` with
/// the word before); at the smallest size, the lines that fit, the last ending in "…".
pub fn title_lines(title: &str) -> (f32, Vec<String>) {
    let title = clean(title);
    let mut widths = std::collections::HashMap::new();
    let mut width = |text: &str, size: f32| -> f32 {
        let at_100 = *widths
            .entry(text.to_owned())
            .or_insert_with(|| width_at_100(text));
        at_100 * size / 100.0
    };
    // The pieces a line may end after, each with its trailing spaces.
    let mut pieces = Vec::new();
    let mut start = 0;
    for (end, _) in unicode_linebreak::linebreaks(&title) {
        if end > start {
            pieces.push(&title[start..end]);
        }
        start = end;
    }
    // A smaller size never takes more lines: the largest that fits is found by halving.
    let mut wrap_at = |size: f32| wrap(&pieces, |line| width(line, size) <= TITLE_WIDTH);
    let (mut fits, mut too_large) = (None, 0);
    let mut smaller = TITLE_SIZES.len();
    while too_large < smaller {
        let middle = (too_large + smaller) / 2;
        let (lines, overflows) = wrap_at(TITLE_SIZES[middle]);
        if lines.len() <= MAX_LINES && !overflows {
            fits = Some((TITLE_SIZES[middle], lines));
            smaller = middle;
        } else {
            too_large = middle + 1;
        }
    }
    if let Some(fits) = fits {
        return fits;
    }
    // At the smallest size: at most three lines, and a line too long (a word longer than
    // a line) or the last of a longer title cut, ending with "…".
    let size = TITLE_SIZES[TITLE_SIZES.len() - 1];
    let (mut lines, _) = wrap_at(size);
    let cut_last = lines.len() > MAX_LINES;
    lines.truncate(MAX_LINES);
    let last = lines.len().saturating_sub(1);
    for (i, line) in lines.iter_mut().enumerate() {
        if !(i == last && cut_last) && width(line, size) <= TITLE_WIDTH {
            continue;
        }
        while !line.is_empty() && width(&format!("{line}…"), size) > TITLE_WIDTH {
            line.pop();
            let trimmed = line.trim_end().len();
            line.truncate(trimmed);
        }
        line.push('…');
    }
    (size, lines)
}

/// `pieces` put on lines greedily, a line as long as `fits` allows (a piece longer than
/// a line gets its own), and whether such a piece overflows its line.
fn wrap(pieces: &[&str], mut fits: impl FnMut(&str) -> bool) -> (Vec<String>, bool) {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut overflows = false;
    for piece in pieces {
        let candidate = format!("{line}{piece}");
        if fits(candidate.trim_end()) {
            line = candidate;
        } else if line.is_empty() {
            overflows = true;
            line = candidate;
        } else {
            lines.push(line.trim_end().to_owned());
            line = (*piece).to_owned();
            overflows |= !fits(line.trim_end());
        }
    }
    if !line.trim_end().is_empty() {
        lines.push(line.trim_end().to_owned());
    }
    (lines, overflows)
}

/// Whether `#rrggbb` is a dark colour (the text on it is then light).
fn is_dark(color: &str) -> bool {
    let channel = |i: usize| {
        color
            .get(i..i + 2)
            .and_then(|h| u8::from_str_radix(h, 16).ok())
            .map_or(1.0, |v| f32::from(v) / 255.0)
    };
    0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5) < 0.5
}

/// The card `text` makes, as SVG (what [`draw`] draws).
pub fn card_svg(text: &CardText<'_>) -> String {
    let (size, lines) = title_lines(text.title);
    let (ink, muted) = if is_dark(text.background) {
        ("#ebe7df", "#b4ada1")
    } else {
        ("#1f1d1a", "#5b564e")
    };
    let line_height = size * LINE_HEIGHT;
    let block = line_height * lines.len() as f32;
    // The block centred in its room; a line's baseline about 0.8 of its size down.
    let mut y = TITLE_TOP + (TITLE_BOTTOM - TITLE_TOP - block) / 2.0 + size * 0.9;
    let mut title = String::new();
    for line in &lines {
        title.push_str(&format!(
            r#"<text x="{MARGIN}" y="{y:.1}" font-size="{size}" font-weight="600" fill="{ink}" xml:space="preserve">{}</text>"#,
            escape(line)
        ));
        y += line_height;
    }
    let (w, h) = CARD;
    format!(
        concat!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}">"#,
            r#"<rect width="{w}" height="{h}" fill="{background}"/>"#,
            r#"<rect width="{w}" height="14" fill="{theme}"/>"#,
            r#"<text x="{m}" y="112" font-size="36" fill="{theme}" xml:space="preserve">{site}</text>"#,
            "{title}",
            r#"<text x="{m}" y="568" font-size="32" fill="{muted}" xml:space="preserve">{byline}</text>"#,
            "</svg>"
        ),
        w = w,
        h = h,
        m = MARGIN,
        background = escape(text.background),
        theme = escape(text.theme),
        site = escape(&clean(text.site)),
        title = title,
        muted = muted,
        byline = escape(&clean(text.byline)),
    )
}

/// The card `svg` (of [`card_svg`]) drawn as a PNG.
pub fn draw(svg: &str) -> Result<Vec<u8>, ImageError> {
    use resvg::{tiny_skia, usvg};
    let tree =
        usvg::Tree::from_str(svg, &options()).map_err(|e| ImageError::BadSvg(e.to_string()))?;
    let mut pixmap = tiny_skia::Pixmap::new(CARD.0, CARD.1).expect("a card has a size");
    resvg::render(
        &tree,
        tiny_skia::Transform::identity(),
        &mut pixmap.as_mut(),
    );
    Ok(opaque_png(pixmap.data()))
}

/// An opaque picture of the card's size (RGBA `pixels`) as a PNG: with a palette when it
/// has at most 256 colours (a drawn card has a few dozen: its colours and the shades of
/// their antialiased edges), which makes it a third smaller; fast compression.
fn opaque_png(pixels: &[u8]) -> Vec<u8> {
    let mut palette: Vec<[u8; 3]> = Vec::new();
    let mut indices = Vec::with_capacity(pixels.len() / 4);
    let mut last: Option<([u8; 3], u8)> = None;
    for pixel in pixels.chunks_exact(4) {
        let rgb = [pixel[0], pixel[1], pixel[2]];
        let index = match last {
            Some((colour, index)) if colour == rgb => index,
            _ => match palette.iter().position(|c| *c == rgb) {
                Some(i) => i as u8,
                None if palette.len() < 256 => {
                    palette.push(rgb);
                    (palette.len() - 1) as u8
                }
                None => break,
            },
        };
        last = Some((rgb, index));
        indices.push(index);
    }
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, CARD.0, CARD.1);
    encoder.set_compression(png::Compression::Fast);
    let data = if indices.len() == pixels.len() / 4 {
        encoder.set_color(png::ColorType::Indexed);
        encoder.set_palette(palette.concat());
        indices
    } else {
        encoder.set_color(png::ColorType::Rgb);
        pixels
            .chunks_exact(4)
            .flat_map(|p| [p[0], p[1], p[2]])
            .collect()
    };
    encoder
        .write_header()
        .and_then(|mut writer| writer.write_image_data(&data))
        .expect("writing to memory");
    out
}
