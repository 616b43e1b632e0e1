//! How Carnet keeps documents in the reader's browser: its keys, the versioned envelope,
//! the schema version with its migrations, what is set aside when it cannot be read. The
//! documents themselves are their modules' ([`reader`], [`seen`], and carnet-studio's
//! drafts and GitHub settings); the export file is carnet-studio's `export`.
//!
//! Pure: the app's `storage` module moves these documents in and out of localStorage.
//!
//! Every key starts with [`NAMESPACE`]. Each value is an envelope
//! `{"version": N, "data": …}`; [`decode`] brings an older `data` up to [`VERSION`] through
//! [`MIGRATIONS`] and refuses a newer one. A value Carnet cannot read is never overwritten:
//! the app moves it under [`set_aside_key`] and tells the reader.
//!
//! Adding a field with a serde default needs no new version; renaming, removing or changing
//! the meaning of one does, with a migration.

pub mod position;
pub mod reader;
pub mod seen;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::fmt;

/// Every key Carnet writes starts with this.
pub const NAMESPACE: &str = "carnet.";

/// Where values Carnet could not read are kept: `carnet.set-aside.<name>.<time>`.
pub const SET_ASIDE_PREFIX: &str = "carnet.set-aside.";

/// The schema version this build writes.
pub const VERSION: u32 = MIGRATIONS.len() as u32 + 1;

/// One upgrade step: turns the `data` of the document named `name` (see
/// [`Document::NAME`]) from one version into the next.
pub type Migration = fn(name: &str, data: Value) -> Result<Value, String>;

/// The upgrades, in order: `MIGRATIONS[n - 1]` turns version `n` into version `n + 1`.
/// Version 1 is the first schema, so there is none yet.
pub const MIGRATIONS: &[Migration] = &[];

/// A document Carnet stores, as a versioned envelope.
pub trait Document: Serialize + DeserializeOwned + Default + Clone + PartialEq {
    /// The document's name, as in its key and in the export file.
    const NAME: &'static str;
    /// Checks what the types cannot say (ranges, slugs); the message names the bad value.
    fn check(&self) -> Result<(), String>;
}

/// A document there is one of, under a fixed key.
pub trait Single: Document {
    /// Its key: [`NAMESPACE`] + [`Document::NAME`].
    const KEY: &'static str;
}

/// What localStorage holds under a document's key: the document and its schema version.
#[derive(Debug, Serialize)]
pub struct Envelope<'a, D> {
    /// Always [`VERSION`] when written.
    pub version: u32,
    /// The document.
    pub data: &'a D,
}

impl<'a, D: Document> Envelope<'a, D> {
    /// `doc`, ready to be written.
    pub fn new(doc: &'a D) -> Self {
        Envelope {
            version: VERSION,
            data: doc,
        }
    }
}

/// Why a stored value cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unreadable {
    /// It is not JSON at all.
    NotJson(String),
    /// It is JSON, but not what Carnet writes there.
    WrongShape(String),
    /// A newer Carnet wrote it, with this schema version.
    NewerVersion(u64),
}

impl fmt::Display for Unreadable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unreadable::NotJson(e) => write!(f, "not JSON: {e}"),
            Unreadable::WrongShape(e) => write!(f, "unexpected content: {e}"),
            Unreadable::NewerVersion(v) => {
                write!(
                    f,
                    "written by a newer Carnet (schema {v}; this one reads up to {VERSION})"
                )
            }
        }
    }
}

/// Reads a stored envelope, upgrading an older one.
pub fn decode<D: Document>(raw: &str) -> Result<D, Unreadable> {
    decode_with(raw, MIGRATIONS)
}

pub(crate) fn decode_with<D: Document>(raw: &str, steps: &[Migration]) -> Result<D, Unreadable> {
    let value: Value = serde_json::from_str(raw).map_err(|e| Unreadable::NotJson(e.to_string()))?;
    let Value::Object(mut envelope) = value else {
        return Err(Unreadable::WrongShape("not a JSON object".into()));
    };
    let version = envelope
        .get("version")
        .and_then(Value::as_u64)
        .ok_or_else(|| Unreadable::WrongShape("no schema version".into()))?;
    let data = envelope
        .remove("data")
        .ok_or_else(|| Unreadable::WrongShape("no data".into()))?;
    let data = migrate(D::NAME, data, version, steps)?;
    from_checked(data).map_err(Unreadable::WrongShape)
}

/// Brings `data`, written with schema `version`, to the version `steps` lead to.
pub fn migrate(
    name: &str,
    data: Value,
    version: u64,
    steps: &[Migration],
) -> Result<Value, Unreadable> {
    let current = steps.len() as u64 + 1;
    if version > current {
        return Err(Unreadable::NewerVersion(version));
    }
    let first = usize::try_from(version)
        .ok()
        .and_then(|v| v.checked_sub(1))
        .ok_or_else(|| Unreadable::WrongShape(format!("schema version {version}")))?;
    steps[first..].iter().try_fold(data, |data, step| {
        step(name, data).map_err(Unreadable::WrongShape)
    })
}

fn from_checked<D: Document>(data: Value) -> Result<D, String> {
    let doc: D = serde_json::from_value(data).map_err(|e| e.to_string())?;
    doc.check()?;
    Ok(doc)
}

/// The key a bad value of `key`, found at `now` (ms), is kept under.
pub fn set_aside_key(key: &str, now: u64) -> String {
    let name = key.strip_prefix(NAMESPACE).unwrap_or(key);
    format!("{SET_ASIDE_PREFIX}{name}.{now}")
}

/// Something that went wrong with the reader's stored data, to tell them about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageProblem {
    /// The value under `key` could not be read; it now lives under `kept_as`.
    SetAside {
        /// The key it was found under.
        key: String,
        /// Where it was moved.
        kept_as: String,
        /// What was wrong with it.
        reason: Unreadable,
    },
    /// The value under `key` could not be read nor moved: it is left as it is and Carnet
    /// will not write that key during this visit.
    LeftInPlace {
        /// The key.
        key: String,
        /// What was wrong with it.
        reason: Unreadable,
    },
    /// The browser gives no access to localStorage, or refuses writes for another reason
    /// than room (private mode, storage turned off by the reader: a `SecurityError`).
    Unavailable,
    /// The browser refused a write because its storage is full (`QuotaExceededError`).
    WriteRefused,
}

impl StorageProblem {
    /// Whether the problem is data written by a newer Carnet.
    pub fn is_newer_version(&self) -> bool {
        matches!(
            self,
            StorageProblem::SetAside {
                reason: Unreadable::NewerVersion(_),
                ..
            } | StorageProblem::LeftInPlace {
                reason: Unreadable::NewerVersion(_),
                ..
            }
        )
    }
}

/// How much of the browser's storage Carnet uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Usage {
    /// Number of Carnet keys.
    pub keys: usize,
    /// Their keys' and values' length in bytes (UTF-8).
    pub bytes: usize,
}

/// Counts the Carnet keys among `entries` (key, value) and their size.
pub fn usage<'a>(entries: impl IntoIterator<Item = (&'a str, &'a str)>) -> Usage {
    entries
        .into_iter()
        .filter(|(key, _)| key.starts_with(NAMESPACE))
        .fold(Usage::default(), |u, (key, value)| Usage {
            keys: u.keys + 1,
            bytes: u.bytes + key.len() + value.len(),
        })
}

#[cfg(test)]
mod tests;
