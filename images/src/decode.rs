//! A raster image decoded within [`limits`](crate::limits), upright, in sRGB: what is left
//! of the file is its pixels, and nothing else.

use crate::{ImageError, limits};
use image::codecs::gif::GifDecoder;
use image::metadata::Orientation;
use image::{
    AnimationDecoder, DynamicImage, Frame, ImageDecoder, ImageFormat, ImageReader, Limits,
};
use std::io::Cursor;

/// An image's pixels.
pub struct Decoded {
    /// Upright, 8 bits per channel, RGB (or RGBA when it has transparency).
    pub image: DynamicImage,
    /// A photo (a JPEG, or a lossy WebP without transparency): written as JPEG; otherwise
    /// losslessly.
    pub photo: bool,
    /// An animated GIF's frames (`image` is the first).
    pub frames: Option<Vec<Frame>>,
}

/// Decodes `bytes`, refusing what is beyond the limits before allocating for it.
pub fn decode(bytes: &[u8]) -> Result<Decoded, ImageError> {
    if bytes.len() > 12
        && &bytes[4..8] == b"ftyp"
        && matches!(&bytes[8..12], b"heic" | b"heix" | b"mif1" | b"msf1")
    {
        return Err(ImageError::Unsupported("HEIC"));
    }
    let format = image::guess_format(bytes).map_err(|_| ImageError::Unknown)?;
    match format {
        ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP | ImageFormat::Gif => {}
        ImageFormat::Avif => return Err(ImageError::Unsupported("AVIF")),
        _ => return Err(ImageError::Unknown),
    }
    if format == ImageFormat::Jpeg && !jpeg_is_whole(bytes) {
        return Err(ImageError::Damaged(
            "it ends before its last picture's end".into(),
        ));
    }
    // The header's size, checked before the decoder allocates anything.
    if let Ok(size) = imagesize::blob_size(bytes) {
        check_pixels(size.width as u64, size.height as u64)?;
    }
    if format == ImageFormat::Gif
        && let Some(frames) = animation(bytes)?
    {
        let image = DynamicImage::ImageRgba8(frames[0].buffer().clone());
        return Ok(Decoded {
            image,
            photo: false,
            frames: Some(frames),
        });
    }
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(decoder_limits());
    let mut decoder = reader.into_decoder().map_err(damaged)?;
    let (width, height) = decoder.dimensions();
    check_pixels(width.into(), height.into())?;
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let profile = decoder.icc_profile().ok().flatten();
    let mut image = DynamicImage::from_decoder(decoder).map_err(damaged)?;
    image.apply_orientation(orientation);
    let image = if image.color().has_alpha() {
        DynamicImage::ImageRgba8(image.into_rgba8())
    } else {
        DynamicImage::ImageRgb8(image.into_rgb8())
    };
    // A lossy WebP without transparency is a photo too: written losslessly, it would
    // weigh many times what it did.
    let photo = format == ImageFormat::Jpeg
        || (format == ImageFormat::WebP && is_lossy_webp(bytes) && !image.color().has_alpha());
    Ok(Decoded {
        image: to_srgb(image, profile.as_deref()),
        photo,
        frames: None,
    })
}

/// Whether a WebP file holds a lossy (VP8) image rather than a lossless (VP8L) one: its
/// chunks, after the RIFF header, name it.
fn is_lossy_webp(bytes: &[u8]) -> bool {
    let mut at = 12;
    while let Some(chunk) = bytes.get(at..at + 8) {
        if &chunk[..4] == b"VP8 " {
            return true;
        }
        let size = u32::from_le_bytes([chunk[4], chunk[5], chunk[6], chunk[7]]) as usize;
        at = at.saturating_add(8).saturating_add(size + (size & 1));
    }
    false
}

/// The frames of an animated GIF; `None` for a GIF of one frame.
fn animation(bytes: &[u8]) -> Result<Option<Vec<Frame>>, ImageError> {
    let mut decoder = GifDecoder::new(Cursor::new(bytes)).map_err(damaged)?;
    decoder.set_limits(decoder_limits()).map_err(damaged)?;
    let mut frames = Vec::new();
    for frame in decoder.into_frames() {
        frames.push(frame.map_err(damaged)?);
        if frames.len() > limits::MAX_FRAMES {
            return Err(ImageError::Damaged(format!(
                "more than {} frames",
                limits::MAX_FRAMES
            )));
        }
    }
    Ok((frames.len() > 1).then_some(frames))
}

/// Whether a JPEG has its end (EOI) after its first scan: the JPEG decoder fills what a
/// truncated file lacks with grey, which must not be published. Data a phone appends after
/// the end (a motion photo's video) is allowed; a thumbnail's end in the EXIF block, before
/// the scan, does not count.
fn jpeg_is_whole(bytes: &[u8]) -> bool {
    let mut at = 2;
    while at + 4 <= bytes.len() && bytes[at] == 0xff {
        if bytes[at + 1] == 0xda {
            // In scan data a 0xff byte is always followed by 0x00 or a restart marker.
            return bytes[at..].windows(2).any(|w| w == [0xff, 0xd9]);
        }
        at += 2 + usize::from(u16::from_be_bytes([bytes[at + 2], bytes[at + 3]]));
    }
    false
}

fn decoder_limits() -> Limits {
    let mut limits = Limits::default();
    limits.max_alloc = Some(limits::MAX_ALLOC);
    limits
}

fn check_pixels(width: u64, height: u64) -> Result<(), ImageError> {
    if width * height > limits::MAX_PIXELS || width.max(height) > u64::from(limits::MAX_SIDE) {
        let clamp = |v: u64| u32::try_from(v).unwrap_or(u32::MAX);
        return Err(ImageError::TooManyPixels(clamp(width), clamp(height)));
    }
    Ok(())
}

fn damaged(e: image::ImageError) -> ImageError {
    match e {
        image::ImageError::Limits(_) => {
            ImageError::Damaged("it needs more memory than an image may take".into())
        }
        e => ImageError::Damaged(e.to_string()),
    }
}

/// `image` converted from the colour space of its ICC `profile` to sRGB, which is what
/// the page assumes once the profile is gone. An sRGB profile, or one that cannot be read,
/// leaves the pixels as they are.
fn to_srgb(image: DynamicImage, profile: Option<&[u8]>) -> DynamicImage {
    use moxcms::{ColorProfile, DataColorSpace, Layout, TransformOptions};
    let Some(source) = profile.and_then(|p| ColorProfile::new_from_slice(p).ok()) else {
        return image;
    };
    let srgb = ColorProfile::new_srgb();
    if source.color_space != DataColorSpace::Rgb || is_srgb(&source, &srgb) {
        return image;
    }
    let layout = if image.color().has_alpha() {
        Layout::Rgba
    } else {
        Layout::Rgb
    };
    let Ok(transform) =
        source.create_transform_8bit(layout, &srgb, layout, TransformOptions::default())
    else {
        return image;
    };
    let mut image = image;
    let pixels: &mut [u8] = match &mut image {
        DynamicImage::ImageRgb8(buffer) => buffer,
        DynamicImage::ImageRgba8(buffer) => buffer,
        _ => return image,
    };
    let source_pixels = pixels.to_vec();
    if transform.transform(&source_pixels, pixels).is_err() {
        pixels.copy_from_slice(&source_pixels);
    }
    image
}

/// Whether `profile` is sRGB in all but name: the same primaries and white point.
fn is_srgb(profile: &moxcms::ColorProfile, srgb: &moxcms::ColorProfile) -> bool {
    let close = |a: moxcms::Xyzd, b: moxcms::Xyzd| {
        (a.x - b.x).abs() < 1e-3 && (a.y - b.y).abs() < 1e-3 && (a.z - b.z).abs() < 1e-3
    };
    close(profile.red_colorant, srgb.red_colorant)
        && close(profile.green_colorant, srgb.green_colorant)
        && close(profile.blue_colorant, srgb.blue_colorant)
}
