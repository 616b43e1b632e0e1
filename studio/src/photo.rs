//! A photo pasted or dropped into the studio, before it is kept: what it carries besides
//! its pixels, and the size it is shrunk to. The browser's canvas does the shrinking (the
//! app's Wasm carries no image codec); these are its rules, tested here.
//!
//! Nothing with metadata is kept: a JPEG always goes through the canvas (a phone writes
//! EXIF into every photo, often its position); a PNG or WebP only when it carries
//! metadata chunks or is larger than [`MAX_SIDE`]; a GIF is kept as it is (a canvas would
//! stop its animation; GIF has no place for a position).

/// The longest side a photo is kept at: the widest file the build makes of it.
pub const MAX_SIDE: u32 = 2400;

/// What an image file carries besides its pixels.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Metadata {
    /// Any metadata at all: EXIF, XMP, comments, text chunks.
    pub any: bool,
    /// A GPS position (an EXIF GPS directory).
    pub position: bool,
}

/// What `bytes` carry (JPEG, PNG or WebP; nothing is found in other formats).
pub fn metadata(bytes: &[u8]) -> Metadata {
    if bytes.starts_with(&[0xff, 0xd8]) {
        jpeg(bytes)
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        png(bytes)
    } else if bytes.len() > 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        webp(bytes)
    } else {
        Metadata::default()
    }
}

/// Whether a file of MIME type `mime`, `width`×`height`, with `bytes`, goes through the
/// canvas before it is kept.
pub fn needs_shrinking(mime: &str, bytes: &[u8], width: u32, height: u32) -> bool {
    match mime {
        "image/gif" | "image/svg+xml" => false,
        "image/png" | "image/webp" => width.max(height) > MAX_SIDE || metadata(bytes).any,
        _ => true,
    }
}

/// The size a `width`×`height` image is kept at: its own, or [`MAX_SIDE`] on its longest
/// side.
pub fn shrunk_size(width: u32, height: u32) -> (u32, u32) {
    let long = width.max(height);
    if long <= MAX_SIDE {
        return (width, height);
    }
    let scale = |v: u32| {
        ((u64::from(v) * u64::from(MAX_SIDE) + u64::from(long) / 2) / u64::from(long)).max(1) as u32
    };
    (scale(width), scale(height))
}

/// The MIME type a photo of type `mime` is kept as, and its file extension: PNG stays
/// PNG (screenshots, transparency); every other photo becomes JPEG.
pub fn kept_as(mime: &str) -> (&'static str, &'static str) {
    match mime {
        "image/png" => ("image/png", "png"),
        "image/gif" => ("image/gif", "gif"),
        "image/svg+xml" => ("image/svg+xml", "svg"),
        _ => ("image/jpeg", "jpg"),
    }
}

fn jpeg(bytes: &[u8]) -> Metadata {
    let mut found = Metadata::default();
    let mut at = 2;
    while at + 4 <= bytes.len() && bytes[at] == 0xff {
        let marker = bytes[at + 1];
        // Start of scan: the pixels follow, no more headers.
        if marker == 0xda {
            break;
        }
        let length = usize::from(u16::from_be_bytes([bytes[at + 2], bytes[at + 3]]));
        let segment = &bytes[(at + 4).min(bytes.len())..(at + 2 + length).min(bytes.len())];
        match marker {
            // APP1 (EXIF, XMP), APP13 (IPTC), COM.
            0xe1 | 0xed | 0xfe => {
                found.any = true;
                if marker == 0xe1 && segment.starts_with(b"Exif\0\0") && has_gps(&segment[6..]) {
                    found.position = true;
                }
            }
            _ => {}
        }
        at += 2 + length;
    }
    found
}

fn png(bytes: &[u8]) -> Metadata {
    let mut found = Metadata::default();
    let mut at = 8;
    while at + 8 <= bytes.len() {
        let length =
            u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]) as usize;
        let kind = &bytes[at + 4..at + 8];
        let data = &bytes[(at + 8).min(bytes.len())..(at + 8 + length).min(bytes.len())];
        match kind {
            b"eXIf" => {
                found.any = true;
                found.position |= has_gps(data);
            }
            b"tEXt" | b"iTXt" | b"zTXt" | b"tIME" => found.any = true,
            b"IEND" => break,
            _ => {}
        }
        at += 12 + length;
    }
    found
}

fn webp(bytes: &[u8]) -> Metadata {
    let mut found = Metadata::default();
    let mut at = 12;
    while at + 8 <= bytes.len() {
        let length =
            u32::from_le_bytes([bytes[at + 4], bytes[at + 5], bytes[at + 6], bytes[at + 7]])
                as usize;
        let data = &bytes[(at + 8).min(bytes.len())..(at + 8 + length).min(bytes.len())];
        match &bytes[at..at + 4] {
            b"EXIF" => {
                found.any = true;
                let tiff = data.strip_prefix(b"Exif\0\0").unwrap_or(data);
                found.position |= has_gps(tiff);
            }
            b"XMP " => found.any = true,
            _ => {}
        }
        at += 8 + length + (length & 1);
    }
    found
}

/// Whether a TIFF block (EXIF's) points to a GPS directory (tag 0x8825) from its first
/// directory.
fn has_gps(tiff: &[u8]) -> bool {
    let little = tiff.starts_with(b"II");
    let u16_at = |at: usize| {
        let b = [*tiff.get(at)?, *tiff.get(at + 1)?];
        Some(if little {
            u16::from_le_bytes(b)
        } else {
            u16::from_be_bytes(b)
        })
    };
    let u32_at = |at: usize| {
        let b = [
            *tiff.get(at)?,
            *tiff.get(at + 1)?,
            *tiff.get(at + 2)?,
            *tiff.get(at + 3)?,
        ];
        Some(if little {
            u32::from_le_bytes(b)
        } else {
            u32::from_be_bytes(b)
        })
    };
    let Some(ifd) = u32_at(4).map(|v| v as usize) else {
        return false;
    };
    let entries = u16_at(ifd).unwrap_or(0);
    (0..usize::from(entries)).any(|i| u16_at(ifd + 2 + i * 12) == Some(0x8825))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A JPEG's start with an EXIF block of one entry, `tag`, in big- or little-endian.
    fn jpeg_with(tag: u16, little: bool) -> Vec<u8> {
        let (order, entries, tag, ifd) = if little {
            (
                b"II\x2a\x00",
                1u16.to_le_bytes(),
                tag.to_le_bytes(),
                8u32.to_le_bytes(),
            )
        } else {
            (
                b"MM\x00\x2a",
                1u16.to_be_bytes(),
                tag.to_be_bytes(),
                8u32.to_be_bytes(),
            )
        };
        let mut tiff = order.to_vec();
        tiff.extend(ifd);
        tiff.extend(entries);
        tiff.extend(tag);
        tiff.extend([0; 10]);
        let mut app1 = b"Exif\0\0".to_vec();
        app1.extend(tiff);
        let mut jpeg = vec![0xff, 0xd8, 0xff, 0xe1];
        jpeg.extend(((app1.len() + 2) as u16).to_be_bytes());
        jpeg.extend(app1);
        jpeg.extend([0xff, 0xda, 0, 2]);
        jpeg
    }

    #[test]
    fn a_position_is_found_in_either_byte_order() {
        for little in [true, false] {
            let with = metadata(&jpeg_with(0x8825, little));
            assert_eq!(
                with,
                Metadata {
                    any: true,
                    position: true
                }
            );
            let without = metadata(&jpeg_with(0x0112, little));
            assert_eq!(
                without,
                Metadata {
                    any: true,
                    position: false
                }
            );
        }
        let bare = [0xff, 0xd8, 0xff, 0xdb, 0, 2, 0xff, 0xda, 0, 2];
        assert_eq!(metadata(&bare), Metadata::default());
    }

    #[test]
    fn png_text_chunks_are_metadata() {
        let chunk = |kind: &[u8], data: &[u8]| {
            let mut c = (data.len() as u32).to_be_bytes().to_vec();
            c.extend(kind);
            c.extend(data);
            c.extend([0; 4]);
            c
        };
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        png.extend(chunk(b"IHDR", &[0; 13]));
        let mut plain = png.clone();
        plain.extend(chunk(b"IEND", &[]));
        assert_eq!(metadata(&plain), Metadata::default());
        png.extend(chunk(b"tEXt", b"Comment\0chez moi"));
        png.extend(chunk(b"IEND", &[]));
        assert!(metadata(&png).any);
        assert!(!needs_shrinking("image/png", &plain, 800, 600));
        assert!(needs_shrinking("image/png", &png, 800, 600));
        assert!(needs_shrinking("image/png", &plain, 3000, 600));
    }

    #[test]
    fn photos_are_kept_at_most_2400_on_their_longest_side() {
        assert_eq!(shrunk_size(4032, 3024), (2400, 1800));
        assert_eq!(shrunk_size(3024, 4032), (1800, 2400));
        assert_eq!(shrunk_size(1200, 900), (1200, 900));
        assert!(
            needs_shrinking("image/jpeg", &[], 100, 100),
            "a JPEG always"
        );
        assert!(!needs_shrinking("image/gif", &[], 5000, 100), "a GIF never");
        assert_eq!(kept_as("image/heic"), ("image/jpeg", "jpg"));
        assert_eq!(kept_as("image/png"), ("image/png", "png"));
    }
}
