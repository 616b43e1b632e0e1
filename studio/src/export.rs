//! The file "export my data" writes and "import" reads back: every document Carnet keeps
//! in the reader's browser, listed once ([`Export`]), upgraded and checked as the stored
//! ones are ([`carnet_store`]).

use crate::draft::Draft;
use carnet_store::reader::{Bookmarks, PostReading, ReadingLog};
use carnet_store::seen::Seen;
use carnet_store::{
    Document, MIGRATIONS, Migration, SET_ASIDE_PREFIX, Unreadable, VERSION, migrate,
};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt;

/// The file "export my data" writes and "import" reads back.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Export {
    /// Always `"carnet"`: what kind of file this is.
    pub format: String,
    /// The schema version of the documents in it.
    pub version: u32,
    /// When it was made, in milliseconds since 1970 (UTC).
    pub exported: u64,
    /// The reading log.
    #[serde(default)]
    pub reading: ReadingLog,
    /// The bookmarks.
    #[serde(default)]
    pub bookmarks: Bookmarks,
    /// Values Carnet could not read and set aside, as they were, by key.
    #[serde(default)]
    pub set_aside: BTreeMap<String, String>,
    /// The drafts, deleted ones included (their revisions stay in the browser).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub drafts: Vec<Draft>,
    /// What the reader has seen of the site: her visits and the texts she read.
    #[serde(default, skip_serializing_if = "is_unseen")]
    pub seen: Seen,
}

fn is_unseen(seen: &Seen) -> bool {
    *seen == Seen::default()
}

/// The documents an export holds one of, by name ([`Document::NAME`], as in [`Export`]),
/// upgraded as a stored one is; the drafts, a list, one by one. Each is then read on its
/// own ([`locate_error`]) and checked, so that an error names its place.
const DOCUMENTS: [&str; 3] = [ReadingLog::NAME, Bookmarks::NAME, Seen::NAME];

/// The `format` of an export file.
pub const EXPORT_FORMAT: &str = "carnet";

impl Export {
    /// An export of these documents, made at `now`.
    pub fn new(
        reading: ReadingLog,
        bookmarks: Bookmarks,
        set_aside: BTreeMap<String, String>,
        now: u64,
    ) -> Self {
        Export {
            format: EXPORT_FORMAT.to_owned(),
            version: VERSION,
            exported: now,
            reading,
            bookmarks,
            set_aside,
            drafts: Vec::new(),
            seen: Default::default(),
        }
    }

    /// The file's text: pretty-printed JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Reads an export file, upgrading an older one; refuses anything else, saying why.
    pub fn parse(text: &str) -> Result<Export, ImportError> {
        Export::parse_with(text, MIGRATIONS)
    }

    pub(crate) fn parse_with(text: &str, steps: &[Migration]) -> Result<Export, ImportError> {
        let value: Value = serde_json::from_str(text).map_err(|e| ImportError::NotJson {
            line: e.line(),
            column: e.column(),
        })?;
        let Value::Object(mut file) = value else {
            return Err(ImportError::NotCarnet);
        };
        if file.get("format").and_then(Value::as_str) != Some(EXPORT_FORMAT) {
            return Err(ImportError::NotCarnet);
        }
        let current = steps.len() as u64 + 1;
        let version = file
            .get("version")
            .and_then(Value::as_u64)
            .filter(|v| *v >= 1)
            .ok_or_else(|| {
                ImportError::Invalid(match file.get("version") {
                    None => "version: missing".to_owned(),
                    Some(v) => format!("version: {v} is not a schema version (1 to {current})"),
                })
            })?;
        for name in DOCUMENTS {
            if let Some(data) = file.remove(name) {
                file.insert(name.to_owned(), upgrade(name, data, version, steps)?);
            }
        }
        if let Some(Value::Array(drafts)) = file.get_mut("drafts") {
            for draft in drafts.iter_mut() {
                *draft = upgrade(Draft::NAME, draft.take(), version, steps)?;
            }
        }
        if version > current {
            return Err(ImportError::NewerVersion(version));
        }
        file.insert("version".to_owned(), Value::from(current));
        locate_error(&file)?;
        let export: Export = serde_json::from_value(Value::Object(file))
            .map_err(|e| ImportError::Invalid(e.to_string()))?;
        fn place(name: &str) -> impl Fn(String) -> ImportError + '_ {
            move |e| ImportError::Invalid(format!("{name}: {e}"))
        }
        export.reading.check().map_err(place(ReadingLog::NAME))?;
        export.bookmarks.check().map_err(place(Bookmarks::NAME))?;
        export.seen.check().map_err(place(Seen::NAME))?;
        for (i, draft) in export.drafts.iter().enumerate() {
            draft.check().map_err(place(&format!("drafts[{i}]")))?;
            if let Some(first) = export.drafts[..i].iter().position(|d| d.id == draft.id) {
                return Err(ImportError::Invalid(format!(
                    "drafts[{i}]: the id “{}” is also drafts[{first}]’s",
                    draft.id
                )));
            }
        }
        if let Some(key) = export
            .set_aside
            .keys()
            .find(|k| !k.starts_with(SET_ASIDE_PREFIX))
        {
            return Err(ImportError::Invalid(format!(
                "“{key}” is not a set-aside key"
            )));
        }
        Ok(export)
    }
}

/// A document of the export, written with schema `version`, brought up to the version
/// `steps` lead to, as a stored one is. A function rather than a closure: the migrations
/// stay a constant the compiler sees through, in the part every page loads.
fn upgrade(
    name: &str,
    data: Value,
    version: u64,
    steps: &[Migration],
) -> Result<Value, ImportError> {
    migrate(name, data, version, steps).map_err(|e| match e {
        Unreadable::NewerVersion(v) => ImportError::NewerVersion(v),
        other => ImportError::Invalid(other.to_string()),
    })
}

/// Reads the export's entries one by one, so that an error names its place
/// (`drafts[0]: unknown field `Body``, `reading.posts.<slug>: …`); what is left to say is
/// about the top level, which serde's message names.
fn locate_error(file: &serde_json::Map<String, Value>) -> Result<(), ImportError> {
    fn each<T: DeserializeOwned>(
        place: impl fmt::Display,
        value: &Value,
    ) -> Result<(), ImportError> {
        serde_json::from_value::<T>(value.clone())
            .map(drop)
            .map_err(|e| ImportError::Invalid(format!("{place}: {e}")))
    }
    if let Some(Value::Array(drafts)) = file.get("drafts") {
        for (i, draft) in drafts.iter().enumerate() {
            each::<Draft>(format_args!("drafts[{i}]"), draft)?;
        }
    }
    if let Some(reading) = file.get(ReadingLog::NAME) {
        if let Some(Value::Object(posts)) = reading.get("posts") {
            for (slug, post) in posts {
                each::<PostReading>(format_args!("reading.posts.{slug}"), post)?;
            }
        }
        each::<ReadingLog>(ReadingLog::NAME, reading)?;
    }
    if let Some(bookmarks) = file.get(Bookmarks::NAME) {
        each::<Bookmarks>(Bookmarks::NAME, bookmarks)?;
    }
    if let Some(seen) = file.get(Seen::NAME) {
        each::<Seen>(Seen::NAME, seen)?;
    }
    Ok(())
}

/// Why an export file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The file is not JSON; where it stops being JSON.
    NotJson {
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        column: usize,
    },
    /// JSON, but not a Carnet export.
    NotCarnet,
    /// Exported by a newer Carnet, with this schema version.
    NewerVersion(u64),
    /// A Carnet export with a value that makes no sense; the detail says which.
    Invalid(String),
}

#[cfg(test)]
mod tests;
