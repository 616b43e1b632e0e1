//! The site's settings: `Carnet.toml` at the project root (`CARNET_BASE_URL` over its
//! `base_url`): where the site lives and who it is (title, description, author, footer,
//! profile links, the default image of link previews).

use carnet_content::data::{Link, Localized};
use carnet_studio::github::Repository;
use carnet_text::{Lang, typography};
use serde::Deserialize;
use std::fmt;
use toml::Spanned;

/// The site's settings, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// The public address, ending with `/`: `https://example.org/blog/`.
    pub base_url: String,
    /// The language of the site's own pages.
    pub lang: Lang,
    /// How many of the newest posts the feed carries; all of them when `None`.
    pub feed_limit: Option<usize>,
    /// The site's name.
    pub title: String,
    /// Who writes it.
    pub author: String,
    /// What it is about, in each interface language (typography applied).
    pub description: Localized,
    /// The line at the bottom of every page, in each interface language.
    pub footer: Localized,
    /// The writer's profiles elsewhere.
    pub links: Vec<Link>,
    /// Whether the build draws a link preview card for each post without a cover (its
    /// title, author and date); without, such posts are shared with the site's card.
    pub drawn_cards: bool,
    /// The writer's fediverse account (`@isabelle@mastodon.social`), credited in Mastodon's
    /// link previews (`fediverse:creator`).
    pub fediverse: Option<String>,
    /// The default image of link previews (`images/…`) and the line of `Carnet.toml` that
    /// names it, to say where it is when it is missing.
    pub image: Option<(String, usize)>,
    /// The repository and branch the site is built from, where the studio commits posts
    /// ("Publier" → GitHub).
    pub github: Option<Repository>,
    /// How much of the site the reader's browser keeps for reading offline (`sw.js`).
    pub offline: Offline,
    /// The colours of the installed app: its title bar and its splash screen.
    pub colors: Colors,
    /// `Carnet.toml` as written: published with the site, so that the studio can build it
    /// again ([`crate::rebuild`]).
    pub settings: String,
}

/// `offline = { posts = 200, megabytes = 5 }`: a blog up to this size is kept whole in the
/// reader's browser once she has visited it; beyond it, its newest posts up to this size
/// (and every post she opens).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Offline {
    /// At most this many posts.
    #[serde(default = "Offline::default_posts")]
    pub posts: usize,
    /// At most this many megabytes (10⁶ bytes) of posts: their pages, texts, data and
    /// images.
    #[serde(default = "Offline::default_megabytes")]
    pub megabytes: u32,
}

impl Offline {
    fn default_posts() -> usize {
        200
    }
    fn default_megabytes() -> u32 {
        5
    }
}

impl Default for Offline {
    fn default() -> Self {
        Offline {
            posts: Offline::default_posts(),
            megabytes: Offline::default_megabytes(),
        }
    }
}

/// `colors = { theme = "#9a3412", background = "#fbfaf7" }`, as `#rrggbb`: the installed
/// app's title bar, and the screen it shows while it starts. By default the stylesheet's
/// accent and background (light theme).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Colors {
    #[serde(default = "Colors::default_theme")]
    pub theme: String,
    #[serde(default = "Colors::default_background")]
    pub background: String,
}

impl Colors {
    fn default_theme() -> String {
        "#9a3412".into()
    }
    fn default_background() -> String {
        "#fbfaf7".into()
    }
}

impl Default for Colors {
    fn default() -> Self {
        Colors {
            theme: Colors::default_theme(),
            background: Colors::default_background(),
        }
    }
}

/// Whether `color` is written `#rgb` or `#rrggbb`.
fn is_hex_color(color: &str) -> bool {
    let digits = color.strip_prefix('#').unwrap_or_default();
    matches!(digits.len(), 3 | 6) && digits.chars().all(|c| c.is_ascii_hexdigit())
}

/// A text the same in every language, or one per language (`{ fr = "…", en = "…" }`).
#[derive(Deserialize)]
#[serde(untagged)]
enum Text {
    One(String),
    Each(Each),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Each {
    fr: String,
    en: String,
}

impl Text {
    fn localized(self) -> Localized {
        let (fr, en) = match self {
            Text::One(text) => (text.clone(), text),
            Text::Each(Each { fr, en }) => (fr, en),
        };
        Localized {
            fr: typography::apply(fr.trim(), Lang::Fr),
            en: typography::apply(en.trim(), Lang::En),
        }
    }
}

/// `Carnet.toml` as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    base_url: Spanned<String>,
    lang: Option<Spanned<String>>,
    feed_limit: Option<Spanned<usize>>,
    title: Spanned<String>,
    author: Spanned<String>,
    description: Spanned<Text>,
    footer: Spanned<Text>,
    #[serde(default)]
    links: Vec<Spanned<Link>>,
    fediverse: Option<Spanned<String>>,
    drawn_cards: Option<bool>,
    image: Option<Spanned<String>>,
    github: Option<Spanned<GitHub>>,
    offline: Option<Spanned<Offline>>,
    colors: Option<Spanned<Colors>>,
}

/// `github = { repository = "owner/name", branch = "main" }`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GitHub {
    repository: String,
    #[serde(default = "main")]
    branch: String,
}

fn main() -> String {
    "main".into()
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

    /// Reads the settings from the text of a `Carnet.toml`; `base_url` (from
    /// `CARNET_BASE_URL`) replaces the file's.
    pub fn parse(text: &str, base_url: Option<String>) -> Result<Config, ConfigError> {
        let line_of = |at: usize| text[..at.min(text.len())].matches('\n').count() + 1;
        let error = |at: usize, message: String| ConfigError {
            line: line_of(at),
            message,
        };
        let file: File = toml::from_str(text).map_err(|e| ConfigError {
            line: e.span().map_or(1, |s| line_of(s.start)),
            message: e.message().to_owned(),
        })?;

        let (mut url, at) = match base_url {
            Some(url) => (url.trim().to_owned(), None),
            None => (
                file.base_url.get_ref().trim().to_owned(),
                Some(file.base_url.span().start),
            ),
        };
        let scheme_ok = url.starts_with("https://") || url.starts_with("http://");
        let host = url.split_once("://").map_or("", |(_, rest)| rest);
        if !scheme_ok || host.is_empty() || host.starts_with('/') || url.contains(['?', '#', ' ']) {
            let message = format!(
                "base_url must be an http(s) address such as \"https://example.org/blog/\", not {url:?}"
            );
            return Err(match at {
                Some(at) => error(at, message),
                None => ConfigError {
                    line: 0,
                    message: format!("CARNET_BASE_URL: {message}"),
                },
            });
        }
        if !url.ends_with('/') {
            url.push('/');
        }
        let lang = match &file.lang {
            None => Lang::Fr,
            Some(tag) => tag.get_ref().parse::<Lang>().map_err(|_| {
                error(
                    tag.span().start,
                    format!("lang must be \"fr\" or \"en\", not {:?}", tag.get_ref()),
                )
            })?,
        };
        if let Some(limit) = &file.feed_limit
            && *limit.get_ref() == 0
        {
            return Err(error(
                limit.span().start,
                "feed_limit must be at least 1 (or left out: every post)".into(),
            ));
        }
        for (key, value) in [("title", &file.title), ("author", &file.author)] {
            if value.get_ref().trim().is_empty() {
                return Err(error(value.span().start, format!("{key} is empty")));
            }
        }
        for link in &file.links {
            let Link { name, url } = link.get_ref();
            if name.trim().is_empty()
                || !(url.starts_with("https://") || url.starts_with("http://"))
            {
                return Err(error(
                    link.span().start,
                    format!(
                        "a link needs a name and an http(s) address, e.g. {{ name = \"Mastodon\", url = \"https://mastodon.social/@isabelle\" }}, not {name:?} {url:?}"
                    ),
                ));
            }
        }
        let fediverse = match file.fediverse {
            None => None,
            Some(account) => {
                let handle = account.get_ref().trim();
                if !is_fediverse_handle(handle) {
                    return Err(error(
                        account.span().start,
                        format!(
                            "fediverse is an account written \"@name@server\", e.g. \"@isabelle@mastodon.social\", not {handle:?}"
                        ),
                    ));
                }
                Some(handle.to_owned())
            }
        };
        let image = match file.image {
            None => None,
            Some(image) => {
                let path = image.get_ref().trim().trim_start_matches("./").to_owned();
                if !path.starts_with("images/") {
                    return Err(error(
                        image.span().start,
                        format!(
                            "image must be in posts/images/, written \"images/<name>\", not {path:?}"
                        ),
                    ));
                }
                Some((path, line_of(image.span().start)))
            }
        };
        let github = match file.github {
            None => None,
            Some(github) => {
                let GitHub { repository, branch } = github.get_ref();
                Some(Repository::parse(repository, branch).ok_or_else(|| {
                    error(
                        github.span().start,
                        format!(
                            "github needs a repository as \"owner/name\" and a branch, e.g. {{ repository = \"isabelle/carnet\", branch = \"main\" }}, not {repository:?} {branch:?}"
                        ),
                    )
                })?)
            }
        };
        let offline = match file.offline {
            None => Offline::default(),
            Some(offline) if offline.get_ref().posts == 0 => {
                return Err(error(
                    offline.span().start,
                    "offline.posts must be at least 1 (the newest post is always kept)".into(),
                ));
            }
            Some(offline) => offline.into_inner(),
        };
        let colors = match file.colors {
            None => Colors::default(),
            Some(colors) => {
                let Colors { theme, background } = colors.get_ref();
                if !is_hex_color(theme) || !is_hex_color(background) {
                    return Err(error(
                        colors.span().start,
                        format!(
                            "colors are written \"#rrggbb\", e.g. {{ theme = \"#9a3412\", background = \"#fbfaf7\" }}, not {theme:?} {background:?}"
                        ),
                    ));
                }
                colors.into_inner()
            }
        };
        Ok(Config {
            github,
            offline,
            colors,
            base_url: url,
            lang,
            feed_limit: file.feed_limit.map(Spanned::into_inner),
            title: file.title.into_inner().trim().to_owned(),
            author: file.author.into_inner().trim().to_owned(),
            description: file.description.into_inner().localized(),
            footer: file.footer.into_inner().localized(),
            links: file.links.into_iter().map(Spanned::into_inner).collect(),
            fediverse,
            drawn_cards: file.drawn_cards.unwrap_or(true),
            image,
            settings: text.to_owned(),
        })
    }
}

/// Whether `handle` is a fediverse account, `@name@server.tld`.
fn is_fediverse_handle(handle: &str) -> bool {
    let Some((name, server)) = handle.strip_prefix('@').and_then(|h| h.split_once('@')) else {
        return false;
    };
    let name_ok = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '-');
    let server_ok = server.contains('.')
        && !server.starts_with('.')
        && !server.ends_with('.')
        && server
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
    name_ok && server_ok
}

/// A problem with the settings, at a line of `Carnet.toml` (0: not in the file), said so
/// that the writer can fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    /// The line of `Carnet.toml`, from 1; 0 when the problem is not in the file.
    pub line: usize,
    /// What is wrong, and what to write.
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            0 => f.write_str(&self.message),
            line => write!(f, "Carnet.toml:{line}: {}", self.message),
        }
    }
}

impl std::error::Error for ConfigError {}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// What every `Carnet.toml` must say besides its address.
    pub(crate) const IDENTITY: &str = "title = \"Carnet\"\nauthor = \"Isabelle\"\ndescription = { fr = \"Le carnet d’Isabelle : réseaux sociaux\", en = \"Isabelle’s notebook\" }\nfooter = \"Carnet\"\n";

    fn parse(text: &str) -> Result<Config, ConfigError> {
        Config::parse(&format!("{IDENTITY}{text}"), None)
    }

    #[test]
    fn a_fediverse_account_is_an_at_name_at_server() {
        let config =
            parse("base_url = \"https://x.org/\"\nfediverse = \"@isabelle@mastodon.social\"")
                .unwrap();
        assert_eq!(
            config.fediverse.as_deref(),
            Some("@isabelle@mastodon.social")
        );
        assert_eq!(
            parse("base_url = \"https://x.org/\"").unwrap().fediverse,
            None
        );
        for bad in [
            "isabelle@mastodon.social",
            "@isabelle",
            "https://mastodon.social/@isabelle",
            "@a@b",
        ] {
            let error = parse(&format!(
                "base_url = \"https://x.org/\"\nfediverse = \"{bad}\""
            ))
            .unwrap_err();
            assert_eq!(error.line, 6, "{bad}");
            assert!(error.message.contains("@name@server"), "{error}");
        }
    }

    #[test]
    fn reads_the_base_url_the_language_and_the_identity() {
        let config = parse("base_url = \"https://example.org/blog\"\nlang = \"en\"\n").unwrap();
        assert_eq!(config.base_url, "https://example.org/blog/");
        assert_eq!(config.base_path(), "/blog/");
        assert_eq!(config.url("feed.xml"), "https://example.org/blog/feed.xml");
        assert_eq!((config.lang, config.feed_limit), (Lang::En, None));
        assert_eq!(config.title, "Carnet");
        assert_eq!(
            config.description.fr, "Le carnet d’Isabelle\u{a0}: réseaux sociaux",
            "French typography"
        );
        assert_eq!(config.description.en, "Isabelle’s notebook");
        assert_eq!(config.footer.en, "Carnet");
        let limited = parse("base_url = \"https://x.org/\"\nfeed_limit = 20").unwrap();
        assert_eq!(limited.feed_limit, Some(20));
        let root = parse("base_url = \"https://example.org\"").unwrap();
        assert_eq!(
            (root.base_url.as_str(), root.base_path(), root.lang),
            ("https://example.org/", "/", Lang::Fr)
        );
        let linked = parse(
            "base_url = \"https://x.org/\"\nimage = \"images/a.png\"\nlinks = [{ name = \"Mastodon\", url = \"https://m.example/@i\" }]",
        )
        .unwrap();
        assert_eq!(linked.image, Some(("images/a.png".into(), 6)));
        assert_eq!(linked.links[0].name, "Mastodon");
    }

    #[test]
    fn the_repository_the_studio_commits_to_is_read_and_checked() {
        let config =
            parse("base_url = \"https://x.org/\"\ngithub = { repository = \"isabelle/carnet\" }")
                .unwrap();
        assert_eq!(
            config.github,
            Repository::parse("isabelle/carnet", "main"),
            "the branch is main unless said"
        );
        assert_eq!(parse("base_url = \"https://x.org/\"").unwrap().github, None);
        let wrong = parse(
            "base_url = \"https://x.org/\"\ngithub = { repository = \"carnet\", branch = \"gh-pages\" }",
        )
        .unwrap_err();
        assert_eq!(wrong.line, 6);
        assert!(
            wrong.message.contains("\"owner/name\""),
            "{}",
            wrong.message
        );
    }

    #[test]
    fn offline_reading_and_the_installed_apps_colours_are_read_and_checked() {
        let plain = parse("base_url = \"https://x.org/\"").unwrap();
        assert_eq!(
            (plain.offline, plain.colors.clone()),
            (Offline::default(), Colors::default())
        );
        assert_eq!((plain.offline.posts, plain.offline.megabytes), (200, 5));
        let set = parse(
            "base_url = \"https://x.org/\"\noffline = { posts = 20 }\ncolors = { theme = \"#123\", background = \"#FFFFFF\" }",
        )
        .unwrap();
        assert_eq!((set.offline.posts, set.offline.megabytes), (20, 5));
        assert_eq!(
            (set.colors.theme.as_str(), set.colors.background.as_str()),
            ("#123", "#FFFFFF")
        );
        let none = parse("base_url = \"https://x.org/\"\noffline = { posts = 0 }").unwrap_err();
        assert_eq!(none.line, 6);
        let named =
            parse("base_url = \"https://x.org/\"\n\ncolors = { theme = \"red\" }").unwrap_err();
        assert_eq!(named.line, 7);
        assert!(named.message.contains("#rrggbb"), "{}", named.message);
        let unknown = parse("base_url = \"https://x.org/\"\noffline = { pages = 3 }").unwrap_err();
        assert_eq!(unknown.line, 6, "{}", unknown.message);
    }

    #[test]
    fn the_environment_overrides_the_file() {
        let config = Config::parse(
            &format!("{IDENTITY}base_url = \"https://example.org/\""),
            Some("http://127.0.0.1:9000/x/".into()),
        )
        .unwrap();
        assert_eq!(config.base_url, "http://127.0.0.1:9000/x/");
    }

    #[test]
    fn bad_settings_say_what_to_write_and_where() {
        let error = |text: &str| parse(text).unwrap_err().to_string();
        // IDENTITY is four lines: the settings below start on line 5.
        assert_eq!(
            error("base_url = \"example.org\""),
            "Carnet.toml:5: base_url must be an http(s) address such as \"https://example.org/blog/\", not \"example.org\""
        );
        assert!(error("base_url = \"https:///blog\"").contains("base_url must be"));
        assert!(
            error("base_url = \"https://x.org/\"\nlang = \"de\"")
                .starts_with("Carnet.toml:6: lang must be \"fr\" or \"en\"")
        );
        assert!(error("").contains("base_url"));
        assert!(
            error("base_url = \"https://x.org/\"\nfeed_limit = 0")
                .starts_with("Carnet.toml:6: feed_limit must be at least 1")
        );
        let unknown = error("base_url = \"https://x.org/\"\n\ntitel = \"x\"");
        assert!(
            unknown.starts_with("Carnet.toml:7:") && unknown.contains("titel"),
            "{unknown}"
        );
        assert!(
            error("base_url = \"https://x.org/\"\nimage = \"a.png\"")
                .starts_with("Carnet.toml:6: image must be in posts/images/")
        );
        assert!(
            error(
                "base_url = \"https://x.org/\"\nlinks = [{ name = \"M\", url = \"javascript:x\" }]"
            )
            .starts_with("Carnet.toml:6: a link needs")
        );
        let missing = Config::parse("base_url = \"https://x.org/\"", None)
            .unwrap_err()
            .to_string();
        assert!(missing.contains("title"), "{missing}");
    }
}
