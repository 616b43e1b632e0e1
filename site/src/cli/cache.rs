//! The images the content build made, kept on disk between builds (`--cache`): a rebuild
//! after a text edit decodes and encodes no image. One directory per source image and
//! settings ([`carnet_images::key`]): `made.json` (what it became) and its files.

use carnet_images::{Cache, Made, Processed};
use std::fs;
use std::path::PathBuf;

/// A cache in a directory (`target/carnet-cache/images` unless `--cache` says).
pub struct DiskCache {
    dir: PathBuf,
}

/// What says what an image became, in its directory.
const RECORD: &str = "made.json";

impl DiskCache {
    /// The cache in `dir`, made when first written.
    pub fn new(dir: PathBuf) -> Self {
        DiskCache { dir }
    }
}

/// A file's name in the cache: the last part of its path in the site.
fn name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

impl Cache for DiskCache {
    fn get(&self, key: &str) -> Option<Made> {
        let dir = self.dir.join(key);
        let processed: Processed =
            serde_json::from_slice(&fs::read(dir.join(RECORD)).ok()?).ok()?;
        let files = processed
            .files()
            .map(|file| Some((file.to_owned(), fs::read(dir.join(name(file))).ok()?)))
            .collect::<Option<_>>()?;
        Some(Made { processed, files })
    }

    fn put(&self, key: &str, made: &Made) {
        // Written aside, then moved in place: a build stopped half-way leaves no entry
        // with files missing.
        let dir = self.dir.join(key);
        let partial = self.dir.join(format!("{key}.partial"));
        let write = || -> std::io::Result<()> {
            fs::create_dir_all(&partial)?;
            for (file, bytes) in &made.files {
                fs::write(partial.join(name(file)), bytes)?;
            }
            let record =
                serde_json::to_vec_pretty(&made.processed).map_err(std::io::Error::other)?;
            fs::write(partial.join(RECORD), record)?;
            fs::rename(&partial, &dir)
        };
        if write().is_err() {
            let _ = fs::remove_dir_all(&partial);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use carnet_images::Variant;

    #[test]
    fn what_is_put_is_got_back_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let cache = DiskCache::new(dir.path().join("images"));
        let made = Made {
            processed: Processed {
                width: 10,
                height: 5,
                variants: vec![Variant {
                    src: "content/images/a-10.0f.jpg".into(),
                    width: 10,
                }],
                card: "content/images/a-card.1e.jpg".into(),
                linked: "images/a.jpg".into(),
            },
            files: vec![
                ("content/images/a-10.0f.jpg".into(), b"jpeg".to_vec()),
                ("content/images/a-card.1e.jpg".into(), b"card".to_vec()),
                ("images/a.jpg".into(), b"jpeg".to_vec()),
            ],
        };
        assert_eq!(cache.get("k"), None);
        cache.put("k", &made);
        assert_eq!(cache.get("k"), Some(made));
        assert_eq!(cache.get("other"), None);
        // A file gone: the entry is no longer whole, so it is made again.
        fs::remove_file(dir.path().join("images/k/a-card.1e.jpg")).unwrap();
        assert_eq!(cache.get("k"), None);
    }
}
