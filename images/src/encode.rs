//! Pixels resized and written: photos as progressive JPEG, other rasters as lossless WebP,
//! animations as GIF. No encoder writes metadata: the files carry pixels only.

use crate::{ImageError, WIDTHS};
use image::codecs::gif::{GifEncoder, Repeat};
use image::codecs::webp::WebPEncoder;
use image::imageops::FilterType;
use image::{DynamicImage, ExtendedColorType, Frame, ImageEncoder};
use jpeg_encoder::{ColorType, Encoder, QuantizationTableType, SamplingFactor};

/// The resizing filter: bicubic (Catmull-Rom), sharp on downscaling, and computed without
/// transcendental functions, so that the same pixels come out natively and in Wasm.
const FILTER: FilterType = FilterType::CatmullRom;

/// `image` at each of [`WIDTHS`] below its own width, and at its own width when that is
/// below the largest: narrowest first. Each is resized from the largest, so that a 12
/// megapixel photo is read once.
pub fn widths(image: &DynamicImage) -> Vec<(u32, DynamicImage)> {
    let own = image.width();
    let largest = WIDTHS[WIDTHS.len() - 1];
    let mut widths: Vec<u32> = WIDTHS.iter().copied().filter(|&w| w < own).collect();
    if own <= largest {
        widths.push(own);
    }
    let Some(&top) = widths.last() else {
        return Vec::new();
    };
    let top_image = resize(image, top);
    let mut out: Vec<(u32, DynamicImage)> = widths[..widths.len() - 1]
        .iter()
        .map(|&w| (w, resize(&top_image, w)))
        .collect();
    out.push((top, top_image));
    out
}

/// `image` at `width`, its height in proportion (at least one pixel).
pub fn resize(image: &DynamicImage, width: u32) -> DynamicImage {
    if width == image.width() {
        return image.clone();
    }
    let height = (u64::from(image.height()) * u64::from(width) + u64::from(image.width()) / 2)
        / u64::from(image.width());
    image.resize_exact(width, (height as u32).max(1), FILTER)
}

/// A photo as progressive JPEG at `quality`, chroma at half resolution (4:2:0), as
/// cameras write them. Transparency, if any, is laid on white.
pub fn jpeg(image: &DynamicImage, quality: u8) -> Vec<u8> {
    let rgb = match image {
        DynamicImage::ImageRgba8(rgba) => {
            let mut rgb = image::RgbImage::new(rgba.width(), rgba.height());
            for (to, from) in rgb.pixels_mut().zip(rgba.pixels()) {
                let [r, g, b, a] = from.0;
                let over = |c: u8| {
                    ((u16::from(c) * u16::from(a) + 255 * (255 - u16::from(a))) / 255) as u8
                };
                to.0 = [over(r), over(g), over(b)];
            }
            rgb
        }
        other => other.to_rgb8(),
    };
    let mut out = Vec::new();
    let mut encoder = Encoder::new(&mut out, quality);
    encoder.set_progressive(true);
    // Huffman tables fitted to the image (6–10% smaller, the same pixels) and the
    // quantisation tables mozjpeg uses by default (tuned to the eye: 10% smaller than
    // the JPEG standard's at the same quality setting).
    encoder.set_optimized_huffman_tables(true);
    encoder.set_quantization_tables(
        QuantizationTableType::ImageMagick,
        QuantizationTableType::ImageMagick,
    );
    encoder.set_sampling_factor(SamplingFactor::R_4_2_0);
    // Sizes are within the limits (below 65,536 pixels a side, as JPEG requires).
    let (w, h) = (rgb.width() as u16, rgb.height() as u16);
    encoder
        .encode(rgb.as_raw(), w, h, ColorType::Rgb)
        .expect("encoding to memory");
    out
}

/// A drawing, screenshot or transparent image, losslessly as WebP.
pub fn webp(image: &DynamicImage) -> Vec<u8> {
    let mut out = Vec::new();
    let (color, bytes) = match image {
        DynamicImage::ImageRgba8(rgba) => (ExtendedColorType::Rgba8, rgba.as_raw()),
        DynamicImage::ImageRgb8(rgb) => (ExtendedColorType::Rgb8, rgb.as_raw()),
        _ => unreachable!("decode gives 8-bit RGB or RGBA"),
    };
    WebPEncoder::new_lossless(&mut out)
        .write_image(bytes, image.width(), image.height(), color)
        .expect("encoding to memory");
    out
}

/// An animation as a GIF, frame by frame with its timing, looping forever.
pub fn gif(frames: &[Frame]) -> Result<Vec<u8>, ImageError> {
    let mut out = Vec::new();
    {
        let mut encoder = GifEncoder::new_with_speed(&mut out, 10);
        encoder
            .set_repeat(Repeat::Infinite)
            .map_err(|e| ImageError::Damaged(e.to_string()))?;
        encoder
            .encode_frames(frames.iter().cloned())
            .map_err(|e| ImageError::Damaged(e.to_string()))?;
    }
    Ok(out)
}

/// The copy of an image served at `path`, its linked address, in the format its name says:
/// `bytes` (`image` as encoded, with `extension`) when they agree, else `image` encoded
/// again (a PNG's or a still GIF's copy as PNG or GIF).
pub fn as_named(path: &str, image: &DynamicImage, bytes: &[u8], extension: &str) -> Vec<u8> {
    let named = path
        .rsplit_once('.')
        .map(|(_, x)| x.to_ascii_lowercase())
        .unwrap_or_default();
    let format = match named.as_str() {
        "jpg" | "jpeg" if extension == "jpg" => return bytes.to_vec(),
        "webp" if extension == "webp" => return bytes.to_vec(),
        "png" => image::ImageFormat::Png,
        "gif" => image::ImageFormat::Gif,
        // A lossy WebP, made as a photo (JPEG): its copy is a WebP, as its name says.
        "webp" => return webp(image),
        // AVIF, HEIC… are refused before; anything else gets the bytes made.
        _ => return bytes.to_vec(),
    };
    let mut out = std::io::Cursor::new(Vec::new());
    image
        .write_to(&mut out, format)
        .expect("encoding to memory");
    out.into_inner()
}
