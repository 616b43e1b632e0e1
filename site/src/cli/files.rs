//! The content build's files on disk: the sources read from `posts/`, the site written
//! into `dist/` — only what changed, and nothing left of an earlier build.

use carnet_site::{Output, Sources};
use carnet_text::Date;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// Every `*.md` file directly in `posts` (drafts included), sorted by name: its path and
/// its text.
pub fn read_posts(posts: &Path) -> Result<Vec<(PathBuf, String)>, String> {
    let cannot = |path: &Path, e: io::Error| format!("cannot read {}: {e}", path.display());
    let entries = fs::read_dir(posts).map_err(|e| cannot(posts, e))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "md"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|file| {
            let text = fs::read_to_string(&file).map_err(|e| cannot(&file, e))?;
            Ok((file, text))
        })
        .collect()
}

/// Every `*.md` file directly in `posts` (sorted by name) and every file under
/// `posts/images/`, keyed `images/<name>`.
pub fn read_sources(posts: &Path, today: Date) -> Result<Sources, String> {
    let cannot = |path: &Path, e: io::Error| format!("cannot read {}: {e}", path.display());
    let mut sources = Sources {
        posts: Vec::new(),
        images: Default::default(),
        made: Default::default(),
        cards: Default::default(),
        kept: Default::default(),
        today,
    };
    sources.posts = read_posts(posts)?;
    for file in walk(&posts.join("images")).map_err(|e| cannot(&posts.join("images"), e))? {
        let bytes = fs::read(&file).map_err(|e| cannot(&file, e))?;
        let key = file
            .strip_prefix(posts)
            .unwrap_or(&file)
            .to_string_lossy()
            .replace('\\', "/");
        sources.images.insert(key, bytes);
    }
    Ok(sources)
}

/// Every file under `dir` (none if it does not exist).
fn walk(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(dir) = stack.pop() {
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
            Err(e) => return Err(e),
        };
        for entry in entries {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}

/// The output directory: written file by file, each only if its bytes changed; what an
/// earlier build left and this one did not write is removed by [`Dist::finish`].
pub struct Dist {
    root: PathBuf,
    before: BTreeSet<String>,
    kept: BTreeSet<String>,
    changes: Changes,
}

/// What a build changed in the output directory.
#[derive(Debug, Default)]
pub struct Changes {
    /// Files written (new or changed).
    pub written: usize,
    /// Files left as they were.
    pub unchanged: usize,
    /// Files of an earlier build removed.
    pub removed: usize,
}

impl Dist {
    /// The directory `root`, created if needed. A directory that holds files but not a
    /// site this command built (no `_headers`, which every build writes) is refused: what
    /// a build did not write is removed, and a mistyped `--dist` must not empty a folder.
    pub fn open(root: &Path) -> Result<Dist, String> {
        fs::create_dir_all(root).map_err(|e| format!("cannot create {}: {e}", root.display()))?;
        let before: BTreeSet<String> = walk(root)
            .map_err(|e| format!("cannot read {}: {e}", root.display()))?
            .iter()
            .filter_map(|f| f.strip_prefix(root).ok())
            .map(|f| f.to_string_lossy().replace('\\', "/"))
            .collect();
        if !before.is_empty() && !before.contains("_headers") {
            return Err(format!(
                "{} holds files that are not a site built by carnet-site: build into an empty \
                 or new directory (the build removes what it did not write)",
                root.display()
            ));
        }
        Ok(Dist {
            root: root.to_owned(),
            before,
            kept: BTreeSet::new(),
            changes: Changes::default(),
        })
    }

    /// Copies the built app's files, but its page (the build fills it in for every page).
    /// Returns their names, relative to the site's root.
    pub fn copy_app(&mut self, app: &Path) -> Result<Vec<String>, String> {
        let files = walk(app).map_err(|e| format!("cannot read {}: {e}", app.display()))?;
        let mut copied = BTreeMap::new();
        for file in files {
            let name = file
                .strip_prefix(app)
                .unwrap_or(&file)
                .to_string_lossy()
                .replace('\\', "/");
            if name == "index.html" || name == ".key" {
                continue;
            }
            let bytes =
                fs::read(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
            copied.insert(name, bytes);
        }
        if !copied.keys().any(|name| name.starts_with("app-")) {
            return Err(format!(
                "{} holds no app: build it first with `carnet-bundle`",
                app.display()
            ));
        }
        for (name, bytes) in &copied {
            self.write(name, bytes)?;
        }
        Ok(copied.into_keys().collect())
    }

    /// Removes what this build did not write, and says what changed.
    pub fn finish(mut self) -> Result<Changes, String> {
        for stale in self.before.difference(&self.kept) {
            let path = self.root.join(stale);
            fs::remove_file(&path).map_err(|e| format!("cannot remove {}: {e}", path.display()))?;
            self.changes.removed += 1;
            // Directories left empty go too (best effort: one still in use stays).
            let mut dir = path.parent();
            while let Some(d) = dir.filter(|d| *d != self.root) {
                if fs::remove_dir(d).is_err() {
                    break;
                }
                dir = d.parent();
            }
        }
        Ok(self.changes)
    }
}

impl Output for Dist {
    fn write(&mut self, path: &str, contents: &[u8]) -> Result<(), String> {
        let file = self.root.join(path);
        self.kept.insert(path.to_owned());
        let same_size = || fs::metadata(&file).is_ok_and(|m| m.len() == contents.len() as u64);
        // A file under content/ has a hash of its bytes in its name: the same name and size
        // is the same file, not read again (50 photos' files are 85 MB).
        let hashed = path.starts_with("content/");
        if self.before.contains(path)
            && same_size()
            && (hashed || fs::read(&file).is_ok_and(|old| old == contents))
        {
            self.changes.unchanged += 1;
            return Ok(());
        }
        if let Some(dir) = file.parent() {
            fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        }
        fs::write(&file, contents).map_err(|e| format!("cannot write {}: {e}", file.display()))?;
        self.changes.written += 1;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_what_changed_and_removes_what_is_gone() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("dist");
        let mut dist = Dist::open(&root).unwrap();
        dist.write("_headers", b"h").unwrap();
        dist.write("a.txt", b"a").unwrap();
        dist.write("old/b.txt", b"b").unwrap();
        let first = dist.finish().unwrap();
        assert_eq!((first.written, first.unchanged, first.removed), (3, 0, 0));

        let mut dist = Dist::open(&root).unwrap();
        dist.write("_headers", b"h").unwrap();
        dist.write("a.txt", b"a").unwrap();
        dist.write("c.txt", b"c").unwrap();
        let second = dist.finish().unwrap();
        assert_eq!(
            (second.written, second.unchanged, second.removed),
            (1, 2, 1)
        );
        assert!(!root.join("old").exists(), "an emptied directory goes");
        assert_eq!(fs::read(root.join("c.txt")).unwrap(), b"c");
    }

    #[test]
    fn a_folder_that_is_not_a_built_site_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("notes.txt"), "mine").unwrap();
        let error = Dist::open(dir.path()).err().unwrap();
        assert!(error.contains("not a site built by carnet-site"), "{error}");
        assert!(dir.path().join("notes.txt").exists());
    }

    #[test]
    fn reads_posts_and_images() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("images/sub")).unwrap();
        fs::write(dir.path().join("b.md"), "B").unwrap();
        fs::write(dir.path().join("a.md"), "A").unwrap();
        fs::write(dir.path().join("notes.txt"), "not a post").unwrap();
        fs::write(dir.path().join("images/sub/x.png"), "png").unwrap();
        let sources = read_sources(dir.path(), Date::from_unix_seconds(0)).unwrap();
        let names: Vec<String> = sources
            .posts
            .iter()
            .map(|(p, _)| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["a.md", "b.md"]);
        assert_eq!(
            sources.images.keys().collect::<Vec<_>>(),
            ["images/sub/x.png"]
        );
        assert!(read_sources(&dir.path().join("none"), Date::from_unix_seconds(0)).is_err());
    }
}
