//! `carnet-builder`: the content build in the browser. The studio's "Publier" runs it in a
//! Web Worker (`builder/worker.js`): the worker fetches what the site publishes of its own
//! sources ([`carnet_site::rebuild`]), hands it here with the writer's changes, and gets
//! back the built site, checked by the same code as the command line, with the two
//! downloads (`.zip`).

use carnet_core::Date;
use carnet_core::publish::{Problem, Report};
use carnet_site::rebuild::{Change, SiteSources};
use carnet_site::{BuildError, build};
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
        })
    }

    /// The site's files to fetch before building: post texts and images, then the app's.
    pub fn needed(&self) -> Vec<String> {
        let sources = self.sources.needed().map(str::to_owned);
        sources.chain(self.sources.app_files.clone()).collect()
    }

    /// A fetched file.
    pub fn fetched(&mut self, path: String, bytes: Vec<u8>) {
        self.fetched.insert(path, bytes);
    }

    /// A post to publish, added or replacing the one of the same file name.
    pub fn write_post(&mut self, file: String, text: String) {
        self.changes.push(Change::Write { file, text });
    }

    /// A published post to take down.
    pub fn remove_post(&mut self, file: String) {
        self.changes.push(Change::Remove(file));
    }

    /// An image to publish, `images/<name>`.
    pub fn add_image(&mut self, path: String, bytes: Vec<u8>) {
        self.changes.push(Change::Image { path, bytes });
    }

    /// Builds the site as of `today` (`YYYY-MM-DD`).
    pub fn build(&self, today: &str) -> Result<Built, JsError> {
        let today: Date = today.parse().map_err(|e| JsError::new(&format!("{e}")))?;
        Ok(self.build_on(today))
    }
}

impl Publication {
    /// [`Publication::build`], on a day already read.
    fn build_on(&self, today: Date) -> Built {
        let mut files = BTreeMap::new();
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
        let prepared = self.sources.sources(&fetched, &self.changes, today);
        let (config, sources, app) = match prepared {
            Ok(prepared) => prepared,
            Err(e) => {
                report.problems.push(general(e.to_string()));
                return Built::failed(report);
            }
        };
        report.github = config.github.clone();
        match build(&config, &sources, app, &carnet_images::NoCache, &mut files) {
            Ok(written) => {
                for name in app.files {
                    if let Some(bytes) = self.fetched.get(name) {
                        files.insert(name.clone(), bytes.clone());
                    } else {
                        report
                            .problems
                            .push(general(format!("the site has no {name}")));
                    }
                }
                report.posts = written.posts;
                report.pages = written.pages;
                report.files = files.len();
                report.scheduled = written
                    .scheduled
                    .iter()
                    .map(|(slug, date)| (slug.clone(), date.to_string()))
                    .collect();
            }
            Err(BuildError::Posts(errors)) => {
                report.problems = errors
                    .iter()
                    .map(|e| Problem {
                        file: e.file.to_string_lossy().replace('\\', "/"),
                        line: e.line,
                        message: e.kind.to_string(),
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
            files,
        }
    }
}

/// A problem that is not a post's.
fn general(message: String) -> Problem {
    Problem {
        file: String::new(),
        line: 0,
        message,
    }
}

/// A built site, or the problems that stopped it.
#[wasm_bindgen]
pub struct Built {
    report: Report,
    files: BTreeMap<String, Vec<u8>>,
    sources_zip: Vec<u8>,
}

impl Built {
    fn failed(report: Report) -> Built {
        Built {
            report,
            files: BTreeMap::new(),
            sources_zip: Vec::new(),
        }
    }
}

#[wasm_bindgen]
impl Built {
    /// [`Report`] as JSON.
    pub fn report(&self) -> String {
        serde_json::to_string(&self.report).expect("the report serialises")
    }

    /// The text of one built file (a page to show), if it was built.
    pub fn text(&self, path: &str) -> Option<String> {
        self.files
            .get(path)
            .map(|bytes| String::from_utf8_lossy(bytes).into_owned())
    }

    /// The site's files' paths.
    pub fn paths(&self) -> Vec<String> {
        self.files.keys().cloned().collect()
    }

    /// One file's bytes.
    pub fn file(&self, path: &str) -> Option<Vec<u8>> {
        self.files.get(path).cloned()
    }

    /// Every file of the site, ready for a static host: a `.zip` whose root is the site's.
    pub fn site_zip(&self) -> Vec<u8> {
        zip(self.files.iter().map(|(p, b)| (p.clone(), b.as_slice())))
    }

    /// The sources changed, as in the repository: `posts/<file>`, `posts/images/<name>`.
    pub fn sources_zip(&self) -> Vec<u8> {
        self.sources_zip.clone()
    }
}

/// A `.zip` of `files`, compressed (Deflate), every date the same (1980-01-01, the format's
/// first day): the same files give the same bytes.
fn zip<'a>(files: impl Iterator<Item = (String, &'a [u8])>) -> Vec<u8> {
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(DateTime::default())
        .unix_permissions(0o644);
    for (path, bytes) in files {
        writer
            .start_file(path, options)
            .and_then(|()| writer.write_all(bytes).map_err(Into::into))
            .expect("writing to memory");
    }
    writer.finish().expect("writing to memory").into_inner()
}
