//! What an image may be, so that a damaged or hostile file is refused before it costs the
//! build its memory: a 30,000 × 30,000 PNG is 45 KB of file and 3.6 GB of pixels.

/// The largest file read: a phone's photo is 2–12 MB.
pub const MAX_FILE_BYTES: usize = 50_000_000;

/// The most pixels decoded: a 48-megapixel phone photo (8064 × 6048) passes.
pub const MAX_PIXELS: u64 = 64_000_000;

/// The longest side: JPEG cannot be wider or taller, and a 900 × 70,000 strip is within
/// [`MAX_PIXELS`] but would be written at its own height.
pub const MAX_SIDE: u32 = 65_535;

/// The most memory a decoder may ask for at once (the pixels, RGBA, and its own buffers).
pub const MAX_ALLOC: u64 = 1 << 30;

/// The most frames an animated GIF may have.
pub const MAX_FRAMES: usize = 1000;
