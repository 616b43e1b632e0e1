//! `carnet-site`, Carnet's command line: the content build.
//!
//! ```text
//! carnet-site build [--app DIR] [--dist DIR] [--posts DIR] [--config FILE] [--public-url PATH]
//!                   [--today YYYY-MM-DD] [--cache DIR]
//! carnet-site check [--posts DIR] [--config FILE] [--lang fr|en]
//! ```
//!
//! `build` makes the site around an app built by `carnet-bundle` (in `target/app/release`,
//! or `--app`), in milliseconds per post (see the library): the posts of `posts/` (or
//! `CARNET_POSTS`) and
//! `Carnet.toml` (its `base_url` replaced by `CARNET_BASE_URL` if set), around the built
//! app, into `dist/`. Only files whose bytes changed are written, and files of an earlier
//! build that are no longer part of the site are removed, so that hosts and browsers see
//! unchanged files as unchanged. A post dated after the day of the build (UTC, or
//! `--today`) is scheduled: left out, and named, until a build on its date. The images
//! made are kept in `target/carnet-cache/images` (or `--cache`, or `CARNET_CACHE`), so
//! that no image is made twice.
//!
//! `check` proofreads every post (Relecture, as the studio does): typography, search and
//! link previews, readability, each finding at its file and line, in the site's language
//! (or `--lang`). Findings are advice; only a post the build would refuse fails it.

mod cli;

use carnet_site::config::Config;
use carnet_site::{App, BuildError, Written, build};
use carnet_text::Date;
use cli::cache::DiskCache;
use cli::files::{Dist, read_sources};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Instant, SystemTime, UNIX_EPOCH};
use std::{env, fs};

const USAGE: &str = "usage:
  carnet-site build [--app DIR] [--dist DIR] [--posts DIR] [--config FILE] [--public-url PATH]
                    [--today YYYY-MM-DD] [--cache DIR]
  carnet-site check [--posts DIR] [--config FILE] [--lang fr|en]";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    let command = match parser.next().map_err(|e| format!("{e}\n{USAGE}"))? {
        Some(Value(command)) => command.string().map_err(|e| e.to_string())?,
        _ => return Err(USAGE.to_owned()),
    };
    let mut app_dir = None;
    let mut dist = PathBuf::from("dist");
    let mut posts =
        env::var_os("CARNET_POSTS").map_or_else(|| PathBuf::from("posts"), PathBuf::from);
    let mut config_file = PathBuf::from("Carnet.toml");
    let mut public_url: Option<String> = None;
    let mut today = None;
    let mut ui_lang: Option<carnet_text::Lang> = None;
    let mut cache = env::var_os("CARNET_CACHE").map_or_else(
        || PathBuf::from("target/carnet-cache/images"),
        PathBuf::from,
    );
    let path = |parser: &mut lexopt::Parser| -> Result<PathBuf, String> {
        Ok(PathBuf::from(parser.value().map_err(|e| e.to_string())?))
    };
    while let Some(arg) = parser.next().map_err(|e| format!("{e}\n{USAGE}"))? {
        match (command.as_str(), arg) {
            ("build", Long("app")) => app_dir = Some(path(&mut parser)?),
            ("build", Long("dist")) => dist = path(&mut parser)?,
            ("build" | "check", Long("posts")) => posts = path(&mut parser)?,
            ("build" | "check", Long("config")) => config_file = path(&mut parser)?,
            ("check", Long("lang")) => {
                let lang = parser.value().map_err(|e| e.to_string())?;
                let lang = lang.to_string_lossy();
                ui_lang = Some(
                    lang.parse()
                        .map_err(|e| format!("--lang {lang}: {e}\n{USAGE}"))?,
                );
            }
            ("build", Long("cache")) => cache = path(&mut parser)?,
            ("build", Long("today")) => {
                let day = parser.value().map_err(|e| e.to_string())?;
                let day = day.to_string_lossy();
                today = Some(
                    day.parse::<Date>()
                        .map_err(|e| format!("--today {day}: {e}\n{USAGE}"))?,
                );
            }
            ("build", Long("public-url")) => {
                public_url = Some(path(&mut parser)?.to_string_lossy().into_owned());
            }
            (_, arg) => return Err(format!("{}\n{USAGE}", arg.unexpected())),
        }
    }
    match command.as_str() {
        "build" => {
            let app_dir = app_dir.unwrap_or_else(|| PathBuf::from("target/app/release"));
            // The day in UTC: the same for every build made that day, wherever it runs.
            let today = today.unwrap_or_else(|| {
                let now = SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .unwrap_or_default();
                Date::from_unix_seconds(now.as_secs())
            });
            content_build(
                &app_dir,
                &dist,
                &posts,
                &config_file,
                public_url.as_deref(),
                today,
                &DiskCache::new(cache),
            )
        }
        "check" => proofread(&posts, &config_file, ui_lang),
        _ => Err(USAGE.to_owned()),
    }
}

/// `check`: every post's findings, at their file and line.
fn proofread(
    posts: &std::path::Path,
    config_file: &std::path::Path,
    ui: Option<carnet_text::Lang>,
) -> Result<(), String> {
    let settings = fs::read_to_string(config_file)
        .map_err(|e| format!("error: cannot read {}: {e}", config_file.display()))?;
    let config = Config::parse(&settings, env::var("CARNET_BASE_URL").ok())
        .map_err(|e| format!("error: {e}"))?;
    let files = cli::files::read_posts(posts).map_err(|e| format!("error: {e}"))?;
    let checked = cli::check::check(&files, &config.base_url, ui.unwrap_or(config.lang));
    print!("{}", checked.text);
    println!(
        "carnet-site: {} posts proofread, {} findings (advice: none stops the build){}",
        files.len(),
        checked.findings,
        if checked.refused > 0 {
            format!(", {} refused by the build", checked.refused)
        } else {
            String::new()
        }
    );
    if checked.refused > 0 {
        return Err(String::new());
    }
    Ok(())
}

/// The content build, from the files to the files.
fn content_build(
    app_dir: &std::path::Path,
    dist: &std::path::Path,
    posts: &std::path::Path,
    config_file: &std::path::Path,
    public_url: Option<&str>,
    today: Date,
    cache: &DiskCache,
) -> Result<(), String> {
    let started = Instant::now();
    let settings = fs::read_to_string(config_file)
        .map_err(|e| format!("error: cannot read {}: {e}", config_file.display()))?;
    let config = Config::parse(&settings, env::var("CARNET_BASE_URL").ok()).map_err(|e| {
        let located =
            e.to_string()
                .replacen("Carnet.toml:", &format!("{}:", config_file.display()), 1);
        format!("error: {located}")
    })?;
    if let Some(path) = public_url {
        let path = format!("/{}/", path.trim_matches('/')).replace("//", "/");
        if path != config.base_path() {
            return Err(format!(
                "error: the site is built for {path} (--public-url) but its base_url is {} ({} or CARNET_BASE_URL): make their paths agree",
                config.base_url,
                config_file.display()
            ));
        }
    }
    let shell_file = app_dir.join("index.html");
    let shell = fs::read_to_string(&shell_file).map_err(|e| {
        format!(
            "error: cannot read {} ({e}): build the app first with `carnet-bundle`",
            shell_file.display()
        )
    })?;
    let sources = read_sources(posts, today).map_err(|e| format!("error: {e}"))?;
    let read = started.elapsed();

    let mut out = Dist::open(dist).map_err(|e| format!("error: {e}"))?;
    let app_files = out.copy_app(app_dir).map_err(|e| format!("error: {e}"))?;
    let app = App {
        page: &shell,
        files: &app_files,
    };
    let written: Written = build(&config, &sources, app, cache, &mut out).map_err(|e| match e {
        BuildError::Posts(errors) => errors
            .iter()
            .map(|e| format!("error: {e}"))
            .collect::<Vec<_>>()
            .join("\n"),
        e => format!("error: {e}"),
    })?;
    let changes = out.finish().map_err(|e| format!("error: {e}"))?;
    let memory = peak_memory().map_or_else(String::new, |kb| {
        format!(", peak memory {:.0} MB", kb as f64 / 1000.0)
    });
    println!(
        "carnet-site: {} posts, {} prerendered pages, {} files for {} in {} ({} written, {} removed, {} unchanged); read in {:.0} ms, built in {:.0} ms{memory}",
        written.posts,
        written.pages,
        written.files,
        config.base_url,
        dist.display(),
        changes.written,
        changes.removed,
        changes.unchanged,
        read.as_secs_f64() * 1000.0,
        (started.elapsed() - read).as_secs_f64() * 1000.0,
    );
    let (kept_posts, kept_bytes) = written.offline;
    println!(
        "carnet-site: a reader's browser keeps, once she has visited: {kept_posts} of {} posts, with the lists, tags, archive and search index ({:.1} MB besides the app; the limits: `offline` in Carnet.toml)",
        written.posts,
        kept_bytes as f64 / 1e6
    );
    if !written.scheduled.is_empty() {
        let list: Vec<String> = written
            .scheduled
            .iter()
            .map(|(slug, date)| format!("{slug} on {date}"))
            .collect();
        println!(
            "carnet-site: scheduled, left out until a build on their date (today is {today}): {}",
            list.join(", ")
        );
    }
    Ok(())
}

/// The most memory this process has held, in kB, where the system says (Linux).
fn peak_memory() -> Option<u64> {
    let status = fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
