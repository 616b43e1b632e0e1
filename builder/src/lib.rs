//! `carnet-builder`: the content build in the browser. The studio's "Publier" runs it in a
//! Web Worker (`builder/worker.js`): the worker fetches what the site publishes of its own
//! sources ([`carnet_site::rebuild`]), hands it here with the writer's changes, and gets
//! back what the change makes, checked by the same code as the command line
//! ([`carnet_site::incremental`]): for the check list, the changed posts' pages; for a
//! destination that sends the whole site, every file the change touches, the others kept
//! as the site serves them (fetched only to be sent), and the files the site no longer
//! has; and the sources' download (`.zip`). The site's download is zipped when asked
//! ([`Zip`]).

use carnet_site::incremental;
use carnet_site::rebuild::{Change, SiteSources};
use carnet_site::{BuildError, InMemory, Written};
use carnet_studio::publish::{BuildRequest, Problem, Report};
use carnet_text::Date;
use std::collections::BTreeMap;
use std::io::{Cursor, Write};
use wasm_bindgen::prelude::*;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

/// A publication being prepared: the site's sources, the files fetched for them, the
/// writer's changes.
#[wasm_bindgen]
pub struct Publication {
    sources: SiteSources,
    fetched: BTreeMap<String, Vec<u8>>,
    changes: Vec<Change>,
    /// What was asked, once asked.
    asked: Option<Asked>,
}

/// What the studio asked.
struct Asked {
    /// The day to build as.
    today: Date,
    /// The page to show back.
    page: String,
    /// Every file the change touches, or the changed posts' pages only.
    whole: bool,
}

#[wasm_bindgen]
impl Publication {
    /// Starts from the text of the site's `carnet-sources.json`.
    #[wasm_bindgen(constructor)]
    pub fn new(sources: &str) -> Result<Publication, JsError> {
        Ok(Publication {
            sources: SiteSources::decode(sources)?,
            fetched: BTreeMap::new(),
            changes: Vec::new(),
            asked: None,
        })
    }

    /// What the studio asks, a [`BuildRequest`] as JSON: its posts to write and to take
    /// down, the day, the page to show back.
    pub fn ask(&mut self, request: &str) -> Result<(), JsError> {
        let request: BuildRequest = serde_json::from_str(request)?;
        let today: Date = request
            .today
            .parse()
            .map_err(|e| JsError::new(&format!("{e}")))?;
        let writes = request.posts.into_iter().map(|post| Change::Write {
            file: post.file,
            text: post.text,
        });
        self.changes.extend(writes);
        self.changes
            .extend(request.remove.into_iter().map(Change::Remove));
        self.asked = Some(Asked {
            today,
            page: request.page,
            whole: request.whole,
        });
        Ok(())
    }

    /// The site's files to fetch before building what was asked
    /// ([`incremental::needed`], [`SiteSources::needed_for_pages`]).
    pub fn needed(&self) -> Result<Vec<String>, JsError> {
        let asked = self.asked()?;
        if !asked.whole {
            let needed = self.sources.needed_for_pages(&self.changes);
            return Ok(needed.map(str::to_owned).collect());
        }
        // Problems with the posts are said by `build`: nothing to fetch meanwhile.
        Ok(incremental::needed(&self.sources, &self.changes, asked.today).unwrap_or_default())
    }

    /// A fetched file.
    pub fn fetched(&mut self, path: String, bytes: Vec<u8>) {
        self.fetched.insert(path, bytes);
    }

    /// An image to publish, `images/<name>`.
    pub fn add_image(&mut self, path: String, bytes: Vec<u8>) {
        self.changes.push(Change::Image { path, bytes });
    }

    /// Builds what was asked ([`Publication::ask`]).
    pub fn build(&self) -> Result<Built, JsError> {
        let asked = self.asked()?;
        let mut built = self.build_asked(asked);
        built.page = built
            .files
            .get(&asked.page)
            .map(|bytes| String::from_utf8_lossy(bytes).into_owned());
        Ok(built)
    }
}

impl Publication {
    /// What was asked.
    fn asked(&self) -> Result<&Asked, JsError> {
        self.asked
            .as_ref()
            .ok_or_else(|| JsError::new("build before ask"))
    }

    /// [`Publication::build`], once asked.
    fn build_asked(&self, asked: &Asked) -> Built {
        let mut site = InMemory::default();
        let mut report = Report {
            replaced: self
                .changes
                .iter()
                .filter_map(|change| match change {
                    Change::Write { file, .. } | Change::Remove(file) => Some(file),
                    Change::Image { .. } => None,
                })
                .filter(|file| self.sources.posts.iter().any(|p| &p.file == *file))
                .cloned()
                .collect(),
            ..Report::default()
        };
        let fetched = |path: &str| self.fetched.get(path).map(Vec::as_slice);
        let (today, cache) = (asked.today, &carnet_images::NoCache);
        let mut gone = Vec::new();
        let result = if asked.whole {
            incremental::site(
                &self.sources,
                &fetched,
                &self.changes,
                today,
                cache,
                &mut site,
            )
            .map(|changed| {
                gone = changed.gone;
                changed.written
            })
        } else {
            incremental::post_pages(
                &self.sources,
                &fetched,
                &self.changes,
                today,
                cache,
                &mut site,
            )
        };
        match result {
            Ok(written) => {
                if asked.whole {
                    // The app's files, as the site serves them.
                    site.kept.extend(self.sources.app_files.iter().cloned());
                }
                report.github = self.github();
                report.posts = written.posts;
                report.scheduled = scheduled(&written);
            }
            Err(BuildError::Posts(errors)) => {
                report.problems = errors
                    .iter()
                    .map(|e| Problem {
                        file: e.file.to_string_lossy().replace('\\', "/"),
                        line: e.line,
                        message: e.kind.to_string(),
                        kind: Some(e.kind.clone()),
                    })
                    .collect();
            }
            Err(e) => report.problems.push(general(e.to_string())),
        }
        if !report.problems.is_empty() {
            return Built::failed(report);
        }
        let sources_zip = self
            .changes
            .iter()
            .filter_map(|change| match change {
                Change::Write { file, text } => Some((format!("posts/{file}"), text.as_bytes())),
                Change::Image { path, bytes } => Some((format!("posts/{path}"), bytes.as_slice())),
                Change::Remove(_) => None,
            })
            .collect::<BTreeMap<_, _>>();
        Built {
            sources_zip: zip(sources_zip.into_iter()),
            report,
            files: site.files,
            kept: site.kept.into_iter().collect(),
            gone,
            page: None,
        }
    }

    /// The repository the site's settings name, if they read.
    fn github(&self) -> Option<carnet_studio::github::Repository> {
        self.sources.config().ok()?.github
    }
}

/// The posts a build left out until their date, as the report says them.
fn scheduled(written: &Written) -> Vec<(String, String)> {
    written
        .scheduled
        .iter()
        .map(|(slug, date)| (slug.clone(), date.to_string()))
        .collect()
}

/// A problem that is not a post's.
fn general(message: String) -> Problem {
    Problem {
        file: String::new(),
        line: 0,
        message,
        kind: None,
    }
}

/// A built site, or the problems that stopped it.
#[wasm_bindgen]
pub struct Built {
    report: Report,
    files: BTreeMap<String, Vec<u8>>,
    kept: Vec<String>,
    /// The files of the published site that the site no longer has.
    gone: Vec<String>,
    sources_zip: Vec<u8>,
    /// The text of the page asked for, if it was built.
    page: Option<String>,
}

impl Built {
    fn failed(report: Report) -> Built {
        Built {
            report,
            files: BTreeMap::new(),
            kept: Vec::new(),
            gone: Vec::new(),
            sources_zip: Vec::new(),
            page: None,
        }
    }
}

#[wasm_bindgen]
impl Built {
    /// [`Report`] as JSON.
    pub fn report(&self) -> String {
        serde_json::to_string(&self.report).expect("the report serialises")
    }

    /// The text of the page the studio asked to see, if it was built.
    pub fn page(&self) -> Option<String> {
        self.page.clone()
    }

    /// The paths of the files the build wrote.
    pub fn paths(&self) -> Vec<String> {
        self.files.keys().cloned().collect()
    }

    /// The paths of the site's files kept as the site serves them (images, cards, the
    /// app): the site's download and a folder need them fetched.
    pub fn kept(&self) -> Vec<String> {
        self.kept.clone()
    }

    /// The files of the published site that the site no longer has (a post taken down):
    /// a folder that holds the site loses them.
    pub fn gone(&self) -> Vec<String> {
        self.gone.clone()
    }

    /// One file's bytes.
    pub fn file(&self, path: &str) -> Option<Vec<u8>> {
        self.files.get(path).cloned()
    }

    /// The sources changed, as in the repository: `posts/<file>`, `posts/images/<name>`.
    pub fn sources_zip(&self) -> Vec<u8> {
        self.sources_zip.clone()
    }
}

/// A `.zip` being written, a file at a time: the site's download, once its kept files are
/// fetched (`builder/worker.js`).
#[wasm_bindgen]
pub struct Zip(ZipWriter<Cursor<Vec<u8>>>);

#[wasm_bindgen]
impl Zip {
    /// An empty one.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Zip {
        Zip(ZipWriter::new(Cursor::new(Vec::new())))
    }

    /// Adds the file at `path`.
    pub fn add(&mut self, path: &str, bytes: &[u8]) {
        add(&mut self.0, path, bytes);
    }

    /// The `.zip`'s bytes.
    pub fn finish(self) -> Vec<u8> {
        self.0.finish().expect("writing to memory").into_inner()
    }
}

impl Default for Zip {
    fn default() -> Self {
        Zip::new()
    }
}

/// A `.zip` of `files`.
fn zip<'a>(files: impl Iterator<Item = (String, &'a [u8])>) -> Vec<u8> {
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    for (path, bytes) in files {
        add(&mut writer, &path, bytes);
    }
    writer.finish().expect("writing to memory").into_inner()
}

/// Adds a file to a `.zip`: compressed (Deflate) unless it is compressed already (an
/// image, the app's Wasm is not: it deflates well), every date the same (1980-01-01, the
/// format's first day), so that the same files give the same bytes.
fn add(writer: &mut ZipWriter<Cursor<Vec<u8>>>, path: &str, bytes: &[u8]) {
    let compressed = [
        ".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif", ".woff2", ".zip",
    ]
    .iter()
    .any(|extension| path.to_ascii_lowercase().ends_with(extension));
    let options = SimpleFileOptions::default()
        .compression_method(if compressed {
            CompressionMethod::Stored
        } else {
            CompressionMethod::Deflated
        })
        .last_modified_time(DateTime::default())
        .unix_permissions(0o644);
    writer
        .start_file(path, options)
        .and_then(|()| writer.write_all(bytes).map_err(Into::into))
        .expect("writing to memory");
}
