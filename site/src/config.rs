//! The site's settings: `Carnet.toml` at the project root, `CARNET_BASE_URL` over it.

use carnet_core::Lang;
use serde::Deserialize;
use std::fmt;
use std::path::Path;

/// What the build needs to know about where the site lives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// The public address, ending with `/`: `https://example.org/blog/`.
    pub base_url: String,
    /// The language of the site's own pages.
    pub lang: Lang,
    /// How many of the newest posts the feed carries; all of them when `None`.
    pub feed_limit: Option<usize>,
}

impl Config {
    /// The absolute URL of `path` (relative to the site root, without a leading `/`).
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base_url)
    }

    /// The path part of the base URL (`/blog/`): where the site is served on its host.
    pub fn base_path(&self) -> &str {
        let after_scheme = self.base_url.split_once("://").map_or("", |(_, rest)| rest);
        after_scheme.find('/').map_or("/", |i| &after_scheme[i..])
    }

    /// Reads `Carnet.toml` in `root`, then lets `base_url` (`CARNET_BASE_URL`) override it.
    pub fn load(root: &Path, base_url: Option<String>) -> Result<Config, ConfigError> {
        let file = root.join("Carnet.toml");
        let text = std::fs::read_to_string(&file)
            .map_err(|e| ConfigError(format!("cannot read {}: {e}", file.display())))?;
        Config::parse(&text, base_url)
            .map_err(|e| ConfigError(format!("{}: {}", file.display(), e.0)))
    }

    /// Reads the settings from the text of a `Carnet.toml`.
    pub fn parse(text: &str, base_url: Option<String>) -> Result<Config, ConfigError> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct File {
            base_url: String,
            #[serde(default)]
            lang: Option<String>,
            #[serde(default)]
            feed_limit: Option<usize>,
        }
        let file: File = toml::from_str(text).map_err(|e| ConfigError(e.to_string()))?;
        let mut base_url = base_url.unwrap_or(file.base_url).trim().to_owned();
        let scheme_ok = base_url.starts_with("https://") || base_url.starts_with("http://");
        let host = base_url.split_once("://").map_or("", |(_, rest)| rest);
        if !scheme_ok
            || host.is_empty()
            || host.starts_with('/')
            || base_url.contains(['?', '#', ' '])
        {
            return Err(ConfigError(format!(
                "base_url must be an http(s) address such as \"https://example.org/blog/\", not {base_url:?}"
            )));
        }
        if !base_url.ends_with('/') {
            base_url.push('/');
        }
        let lang = match file.lang.as_deref() {
            None => Lang::Fr,
            Some(tag) => tag
                .parse::<Lang>()
                .map_err(|_| ConfigError(format!("lang must be \"fr\" or \"en\", not {tag:?}")))?,
        };
        if file.feed_limit == Some(0) {
            return Err(ConfigError(
                "feed_limit must be at least 1 (or left out: every post)".into(),
            ));
        }
        Ok(Config {
            base_url,
            lang,
            feed_limit: file.feed_limit,
        })
    }
}

/// A problem with the settings, said so that the writer can fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError(pub String);

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ConfigError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_base_url_and_the_language() {
        let config = Config::parse(
            "base_url = \"https://example.org/blog\"\nlang = \"en\"\n",
            None,
        )
        .unwrap();
        assert_eq!(config.base_url, "https://example.org/blog/");
        assert_eq!(config.base_path(), "/blog/");
        assert_eq!(config.url("feed.xml"), "https://example.org/blog/feed.xml");
        assert_eq!((config.lang, config.feed_limit), (Lang::En, None));
        let limited =
            Config::parse("base_url = \"https://x.org/\"\nfeed_limit = 20", None).unwrap();
        assert_eq!(limited.feed_limit, Some(20));
        let root = Config::parse("base_url = \"https://example.org\"", None).unwrap();
        assert_eq!(
            (root.base_url.as_str(), root.base_path(), root.lang),
            ("https://example.org/", "/", Lang::Fr)
        );
    }

    #[test]
    fn the_environment_overrides_the_file() {
        let config = Config::parse(
            "base_url = \"https://example.org/\"",
            Some("http://127.0.0.1:9000/x/".into()),
        )
        .unwrap();
        assert_eq!(config.base_url, "http://127.0.0.1:9000/x/");
    }

    #[test]
    fn bad_settings_say_what_to_write() {
        let error = |text: &str| Config::parse(text, None).unwrap_err().0;
        assert!(error("base_url = \"example.org\"").contains("https://example.org/blog/"));
        assert!(error("base_url = \"https:///blog\"").contains("base_url must be"));
        assert!(error("base_url = \"https://x.org/\"\nlang = \"de\"").contains("\"fr\" or \"en\""));
        assert!(error("").contains("base_url"));
        assert!(error("base_url = \"https://x.org/\"\nfeed_limit = 0").contains("at least 1"));
        assert!(error("base_url = \"https://x.org/\"\ntitle = \"x\"").contains("title"));
    }
}
