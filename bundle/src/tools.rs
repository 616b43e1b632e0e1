//! What every step uses: the tools it runs, its errors, file names with a hash.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Why the app could not be built.
#[derive(Debug)]
pub enum BundleError {
    /// A tool could not be started (not installed, or not on `PATH`).
    Missing {
        tool: &'static str,
        source: io::Error,
    },
    /// A tool ran and failed; it has said why above.
    Failed { tool: &'static str, status: String },
    /// The Wasm could not be split into parts.
    Split(String),
    /// `index.html` lacks what the build replaces: the app's markup changed without it.
    Page { path: PathBuf, missing: String },
    /// A file could not be read or written.
    Io { path: PathBuf, source: io::Error },
}

impl fmt::Display for BundleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Missing { tool, source } => write!(
                f,
                "cannot run {tool} ({source}); run .ci/setup, which installs it, and put \
                 node_modules/.bin and ~/.cargo/bin on PATH"
            ),
            Self::Failed { tool, status } => write!(f, "{tool} failed ({status}), see above"),
            Self::Split(e) => write!(f, "the app's Wasm could not be split into parts: {e}"),
            Self::Page { path, missing } => write!(
                f,
                "{}: no {missing}, which the build replaces (see bundle/src/page.rs)",
                path.display()
            ),
            Self::Io { path, source } => write!(f, "{}: {source}", path.display()),
        }
    }
}

impl std::error::Error for BundleError {}

/// Maps an I/O error on `path` to a [`BundleError`].
pub fn io_error(path: &Path) -> impl FnOnce(io::Error) -> BundleError + '_ {
    move |source| BundleError::Io {
        path: path.to_owned(),
        source,
    }
}

/// Runs `command` (`tool`, for errors) to its end.
pub fn run(tool: &'static str, command: &mut Command) -> Result<(), BundleError> {
    let status = command
        .status()
        .map_err(|source| BundleError::Missing { tool, source })?;
    if status.success() {
        Ok(())
    } else {
        Err(BundleError::Failed {
            tool,
            status: status.to_string(),
        })
    }
}

/// Shrinks `files` in place (`bundle/optimize.mjs`: Binaryen, terser, Lightning CSS).
pub fn optimize(root: &Path, files: &[PathBuf]) -> Result<(), BundleError> {
    optimize_with(root, files, &[])
}

/// The same, each Wasm file optimised twice: for the app's parts, which every reader loads.
pub fn optimize_twice(root: &Path, files: &[PathBuf]) -> Result<(), BundleError> {
    optimize_with(root, files, &["--twice"])
}

fn optimize_with(root: &Path, files: &[PathBuf], flags: &[&str]) -> Result<(), BundleError> {
    run(
        "node (bundle/optimize.mjs)",
        Command::new("node")
            .arg(root.join("bundle").join("optimize.mjs"))
            .args(flags)
            .args(files),
    )
}

/// `cargo`, or the one running this build (`CARGO`).
pub fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()))
}

/// Cargo's target directory: `CARGO_TARGET_DIR`, else `target/` in the workspace.
pub fn cargo_target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from)
}

/// `<stem>-<hash>.<extension>`, the hash over `bytes`.
pub fn hashed(stem: &str, extension: &str, bytes: &[u8]) -> String {
    let mut hash = Fnv::default();
    hash.write(bytes);
    format!("{stem}-{:016x}.{extension}", hash.0)
}

/// FNV-1a, 64 bits: a stable hash for the app's file names.
pub struct Fnv(pub u64);

impl Default for Fnv {
    fn default() -> Self {
        Self(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    pub fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    /// The hash as 16 hexadecimal digits.
    pub fn hex(&self) -> String {
        format!("{:016x}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_follows_the_bytes() {
        let mut a = Fnv::default();
        a.write(b"carnet");
        let mut b = Fnv::default();
        b.write(b"carnet!");
        assert_ne!(a.0, b.0);
        assert_eq!(hashed("x", "svg", b"carnet"), format!("x-{}.svg", a.hex()));
    }
}
