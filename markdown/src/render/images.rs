//! The site's images as a post shows them: their sizes, the files a page names, the
//! `sizes` attribute, the link preview card's size and the types pages name.

/// One of the site's images as the build made it (`carnet-images`): its size, and the
/// files a page shows it with.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ImageSize {
    /// Path relative to the site root, as posts link it: `images/plage.jpg`.
    pub path: String,
    /// Width in pixels, upright.
    pub width: u32,
    /// Height in pixels, upright.
    pub height: u32,
    /// The files it is served as, narrowest first: `(path, width)`. None for an image
    /// served as linked.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<(String, u32)>,
    /// Its link preview card (1200×630), when it is a cover.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card: Option<String>,
}

/// The size of a link preview's picture (`og:image`): what Facebook, LinkedIn, X and
/// Mastodon show large (1.91:1).
pub const CARD: (u32, u32) = (1200, 630);

/// The MIME type of one of the site's image files, by its extension.
pub fn image_mime(path: &str) -> &'static str {
    let extension = path.rsplit_once('.').map(|(_, x)| x.to_ascii_lowercase());
    match extension.as_deref() {
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("png") => "image/png",
        Some("webp") => "image/webp",
        Some("gif") => "image/gif",
        Some("avif") => "image/avif",
        Some("svg") => "image/svg+xml",
        _ => "application/octet-stream",
    }
}

/// How wide an image in a post is shown, for the browser to pick a file from `srcset`
/// before it has laid out the page: the text's column (`--measure` in style/main.css,
/// 38rem, with 1.25rem of margin either side on a narrow screen).
pub const IMAGE_SIZES: &str = "(max-width: 40.5rem) calc(100vw - 2.5rem), 38rem";

/// The widest file a browser without `srcset` is given.
const FALLBACK_WIDTH: u32 = 1200;

impl ImageSize {
    /// The `srcset` of its files (`a.jpg 480w, b.jpg 800w`), if it has more than one.
    pub fn srcset(&self) -> Option<String> {
        (self.variants.len() > 1).then(|| {
            let list: Vec<String> = self
                .variants
                .iter()
                .map(|(src, width)| format!("{src} {width}w"))
                .collect();
            list.join(", ")
        })
    }

    /// The file `src` names: the widest up to [`FALLBACK_WIDTH`], else the narrowest;
    /// `None` for an image served as linked.
    pub fn src(&self) -> Option<&str> {
        let fitting = self
            .variants
            .iter()
            .rev()
            .find(|(_, w)| *w <= FALLBACK_WIDTH);
        fitting
            .or(self.variants.first())
            .map(|(src, _)| src.as_str())
    }
}

/// The size of the image at `path` (`images/a.png` or `./images/a.png`), if `sizes`
/// (sorted by path) has it.
pub fn image_size<'a>(sizes: &'a [ImageSize], path: &str) -> Option<&'a ImageSize> {
    let path = path.strip_prefix("./").unwrap_or(path);
    sizes
        .binary_search_by(|s| s.path.as_str().cmp(path))
        .ok()
        .map(|i| &sizes[i])
}
