//! Link preview cards ([`CARD`] in size): a raster image cropped to 1.91:1 around its
//! centre; an SVG drawn on white, whole, in the middle.

use crate::{CARD, ImageError};
use image::DynamicImage;
use image::imageops::FilterType;

/// `image` cropped to the card's proportions around its centre, at the card's size.
pub fn crop(image: &DynamicImage) -> DynamicImage {
    let (cw, ch) = (u64::from(CARD.0), u64::from(CARD.1));
    let (w, h) = (u64::from(image.width()), u64::from(image.height()));
    // The largest box of the card's proportions inside the image.
    let (bw, bh) = if w * ch > h * cw {
        ((h * cw / ch).max(1), h)
    } else {
        (w, (w * ch / cw).max(1))
    };
    let (x, y) = ((w - bw) / 2, (h - bh) / 2);
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
