//! `carnet-site`: everything the build writes next to the app, from the posts.
//!
//! - [`bundle`]: the app's WebAssembly, split into the part every page needs and the
//!   parts loaded on first use;
//! - [`config`]: `Carnet.toml` (the site's public address);
//! - [`pages`]: prerendered entry pages (posts, home, tags, archive) with their link
//!   previews and structured data;
//! - [`feed`]: the Atom feed, the sitemap and robots.txt;
//! - [`write_site`]: all of it, with post texts, the search index and images.

pub mod bundle;
pub mod config;
pub mod feed;
pub mod pages;

use carnet_core::load::{Post, image_sizes, search_index, search_index_path};
use carnet_core::tags::{all_tags, find_tag};
use carnet_core::{Cover, Date, ImageSize, PostMeta, RenderOptions, render, typography};
use config::Config;
use feed::FeedPost;
use pages::{EntryPage, Site};
use std::path::Path;
use std::{fs, io};

/// What the build wrote.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Written {
    /// Posts published.
    pub posts: usize,
    /// Prerendered pages.
    pub pages: usize,
}

/// Writes into `out` (Trunk's output, with its `index.html`): `404.html` (the app's bare
/// shell, which static hosts serve for unknown paths), `content/<slug>.<hash>.md`, the
/// search index, `images/`, the prerendered pages, `feed.xml`, `sitemap.xml` and
/// `robots.txt`.
pub fn write_site(
    config: &Config,
    posts_dir: &Path,
    posts: &[Post],
    out: &Path,
) -> Result<Written, String> {
    let write = |path: &str, text: &str| -> Result<(), String> {
        let file = out.join(path);
        if let Some(dir) = file.parent() {
            fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        }
        fs::write(&file, text).map_err(|e| format!("cannot write {}: {e}", file.display()))
    };
    let template_file = out.join("index.html");
    let template = fs::read_to_string(&template_file)
        .map_err(|e| format!("cannot read {}: {e}", template_file.display()))?;
    if template.contains("data-prerendered") {
        return Err(format!(
            "{} is already a prerendered page: run carnet-site on a fresh Trunk output",
            template_file.display()
        ));
    }
    check_base(config, &template)?;
    write("404.html", &template)?;

    let published: Vec<&Post> = posts.iter().filter(|p| !p.front.draft).collect();
    for post in &published {
        write(&post.body_path(), &post.body)?;
    }
    write(&search_index_path(posts), &search_index(posts).encode())?;
    let images = posts_dir.join("images");
    if images.is_dir() {
        copy_dir(&images, &out.join("images"))
            .map_err(|e| format!("cannot copy {}: {e}", images.display()))?;
    }

    // The pages and the feed show what the app shows: the same metadata, the same render.
    let sizes: Vec<ImageSize> = image_sizes(posts_dir)
        .into_iter()
        .map(|(path, width, height)| ImageSize {
            path: leak(path),
            width,
            height,
        })
        .collect();
    let metas: Vec<PostMeta> = published.iter().map(|p| meta(p)).collect();
    let base = config.base_path().trim_end_matches('/');
    let bodies: Vec<String> = published
        .iter()
        .zip(&metas)
        .map(|(post, meta)| {
            let page_path = format!("{base}/posts/{}", meta.slug);
            render(
                &post.body,
                &RenderOptions {
                    lang: meta.lang,
                    page_path: &page_path,
                    image_sizes: &sizes,
                },
            )
        })
        .collect();
    let site = Site {
        config,
        posts: &metas,
    };
    let tags = all_tags(&metas);
    let mut entry_pages: Vec<EntryPage> = Vec::new();
    for (i, (meta, html)) in metas.iter().zip(&bodies).enumerate() {
        let newer = i.checked_sub(1).map(|n| &metas[n]);
        let older = metas.get(i + 1);
        let size = meta
            .cover
            .and_then(|c| carnet_core::render::image_size(&sizes, c.src))
            .map(|s| (s.width, s.height));
        entry_pages.push(site.post_page(meta, html, size, newer, older));
    }
    entry_pages.push(site.home_page());
    entry_pages.push(site.tag_index(&tags));
    for tag in &tags {
        let tag = find_tag(&metas, &tag.slug).expect("a listed tag is found");
        entry_pages.push(site.tag_page(&tag));
    }
    entry_pages.push(site.archive_page());
    for page in &entry_pages {
        write(&page.file, &pages::fill(&template, page)?)?;
    }

    let feed_posts: Vec<FeedPost<'_>> = published
        .iter()
        .zip(&bodies)
        .zip(&metas)
        .map(|((post, html), meta)| FeedPost { post, meta, html })
        .take(config.feed_limit.unwrap_or(usize::MAX))
        .collect();
    write("feed.xml", &feed::atom(config, &feed_posts))?;
    let newest = metas.first().map(|p| p.date);
    let mut urls: Vec<(String, Option<Date>)> = vec![
        (String::new(), newest),
        ("archive/".into(), newest),
        ("tags/".into(), newest),
    ];
    urls.extend(
        tags.iter()
            .map(|t| (format!("tags/{}/", t.slug), t.posts.first().map(|p| p.date))),
    );
    urls.extend(
        metas
            .iter()
            .map(|p| (format!("posts/{}/", p.slug), Some(p.date))),
    );
    write("sitemap.xml", &feed::sitemap(config, &urls))?;
    write("robots.txt", &feed::robots(config))?;
    Ok(Written {
        posts: published.len(),
        pages: entry_pages.len(),
    })
}

/// The app's metadata for `post`, as `build.rs` compiles it in (see
/// `carnet_core::load::index_source`): typography applied to what readers see.
fn meta(post: &Post) -> PostMeta {
    let f = &post.front;
    let typeset = |text: &str| leak(typography::apply(text, f.lang));
    PostMeta {
        slug: leak(post.slug.clone()),
        title: typeset(&f.title),
        date: f.date,
        author: leak(f.author.clone()),
        tags: Box::leak(
            f.tags
                .iter()
                .map(|t| leak(t.clone()))
                .collect::<Vec<_>>()
                .into_boxed_slice(),
        ),
        summary: typeset(&post.summary),
        lang: f.lang,
        words: post.words,
        cover: match (&f.cover, &f.cover_alt) {
            (Some(src), Some(alt)) => Some(Cover {
                src: leak(src.clone()),
                alt: typeset(alt),
            }),
            _ => None,
        },
        photo_credit: f.photo_credit.as_deref().map(typeset),
        body_path: leak(post.body_path()),
    }
}

/// A string for the life of this short program (the pure core's types borrow statically).
fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

/// The path Trunk built for (`<base href>`) must be the one `Carnet.toml` publishes at.
fn check_base(config: &Config, template: &str) -> Result<(), String> {
    let base = template
        .split_once("<base href=\"")
        .and_then(|(_, rest)| rest.split_once('"'))
        .map(|(href, _)| href);
    match base {
        Some(href) if href == config.base_path() => Ok(()),
        Some(href) => Err(format!(
            "the site is built for {href} (trunk --public-url) but its base_url is {} (Carnet.toml or CARNET_BASE_URL): make their paths agree",
            config.base_url
        )),
        None => {
            Err("index.html has no <base href>: cannot tell where the site is served".to_owned())
        }
    }
}

fn copy_dir(from: &Path, to: &Path) -> io::Result<()> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use carnet_core::load::load_posts;

    const TEMPLATE: &str = "<!doctype html>\n<html lang=\"fr\">\n  <head>\n    <base href=\"/blog/\">\n    <title>Carnet</title>\n  </head>\n  <body>\n    <noscript>JS</noscript>\n  </body>\n</html>\n";

    fn post(title: &str, date: &str, extra: &str) -> String {
        format!(
            "---\ntitle: \"{title}\"\ndate: {date}\nauthor: Isabelle\ntags: [métier, Réseaux sociaux]\n{extra}---\nPremier paragraphe de « {title} ».\n\n![Une image](images/a.svg)\n"
        )
    }

    /// Writes `posts` (file name, text) and an image `images/a.svg` (40×20), then the site
    /// under /blog/ with the settings `toml` adds to its base URL.
    fn build(posts: &[(&str, String)], toml: &str) -> (tempfile::TempDir, Written) {
        let dir = tempfile::tempdir().unwrap();
        let dir_posts = dir.path().join("posts");
        fs::create_dir_all(dir_posts.join("images")).unwrap();
        fs::write(
            dir_posts.join("images/a.svg"),
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\"></svg>",
        )
        .unwrap();
        for (name, text) in posts {
            fs::write(dir_posts.join(name), text).unwrap();
        }
        let out = dir.path().join("dist");
        fs::create_dir_all(&out).unwrap();
        fs::write(out.join("index.html"), TEMPLATE).unwrap();
        let settings = format!("base_url = \"https://example.org/blog/\"\n{toml}");
        let config = Config::parse(&settings, None).unwrap();
        let loaded = load_posts(&dir_posts).unwrap();
        let written = write_site(&config, &dir_posts, &loaded, &out).unwrap();
        (dir, written)
    }

    /// A site of two posts and a draft, written under /blog/.
    fn site() -> (tempfile::TempDir, Written) {
        build(
            &[
                (
                    "premier.md",
                    post(
                        "Le premier",
                        "2016-06-09",
                        "cover: images/a.svg\ncover_alt: Une image\n",
                    ),
                ),
                ("second.md", post("Le second & <autre>", "2016-07-01", "")),
                (
                    "brouillon.md",
                    post("Pas encore", "2016-08-01", "draft: true\n"),
                ),
            ],
            "",
        )
    }

    fn read(dir: &tempfile::TempDir, path: &str) -> String {
        fs::read_to_string(dir.path().join("dist").join(path))
            .unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    #[test]
    fn every_published_post_gets_its_page_and_drafts_none() {
        let (dir, written) = site();
        assert_eq!(
            written,
            Written {
                posts: 2,
                pages: 2 + 1 + 1 + 2 + 1
            }
        );
        let page = read(&dir, "posts/premier/index.html");
        assert!(
            page.contains("<title>Le premier · Carnet</title>"),
            "{page}"
        );
        assert!(
            page.contains(
                "<link rel=\"canonical\" href=\"https://example.org/blog/posts/premier/\">"
            )
        );
        assert!(page.contains("<meta property=\"og:type\" content=\"article\">"));
        assert!(page.contains("<meta property=\"og:title\" content=\"Le premier\">"));
        assert!(page.contains(
            "<meta property=\"og:image\" content=\"https://example.org/blog/images/a.svg\">"
        ));
        assert!(page.contains("<meta property=\"og:image:width\" content=\"40\">"));
        assert!(page.contains("<meta property=\"article:published_time\" content=\"2016-06-09\">"));
        assert!(page.contains("<meta property=\"article:tag\" content=\"Réseaux sociaux\">"));
        assert!(page.contains("\"@type\":\"BlogPosting\""));
        assert!(
            page.contains("<p>Premier paragraphe de «\u{202f}Le premier\u{202f}».</p>"),
            "the render, with French typography"
        );
        assert!(page.contains("<a href=\"/blog/tags/reseaux-sociaux\">Réseaux sociaux</a>"));
        assert!(page.contains("rel=\"next\""), "a link to the newer post");
        assert!(
            !page.contains("<noscript>JS</noscript>"),
            "no 'needs JavaScript' on a readable page"
        );
        // Titles are escaped everywhere.
        let second = read(&dir, "posts/second/index.html");
        assert!(
            second.contains("<h1>Le second &amp; &lt;autre&gt;</h1>"),
            "{second}"
        );
        assert!(second.contains("<meta name=\"twitter:card\" content=\"summary\">"));
        assert!(
            second.contains("\"headline\":\"Le second \\u0026 \\u003cautre\\u003e\""),
            "JSON-LD cannot close its script: {second}"
        );
        assert!(!dir.path().join("dist/posts/brouillon").exists());
        assert_eq!(
            read(&dir, "404.html"),
            TEMPLATE,
            "the bare app for other paths"
        );
        let home = read(&dir, "index.html");
        assert!(
            home.find("Le second").unwrap() < home.find("Le premier").unwrap(),
            "newest first"
        );
        assert!(!home.contains("Pas encore"));
        assert!(read(&dir, "tags/metier/index.html").contains("Mot-clé\u{a0}: métier"));
        assert!(read(&dir, "archive/index.html").contains("juillet"));
    }

    #[test]
    fn the_feed_and_the_sitemap_list_published_posts_only() {
        let (dir, _) = site();
        let feed = read(&dir, "feed.xml");
        assert!(feed.starts_with("<?xml version=\"1.0\""), "{feed}");
        assert_eq!(feed.matches("<entry>").count(), 2, "{feed}");
        assert!(feed.contains("<id>https://example.org/blog/posts/premier/</id>"));
        assert!(feed.contains("<id>https://example.org/blog/feed.xml</id>"));
        assert!(
            feed.contains("<updated>2016-07-01T00:00:00+00:00</updated>"),
            "{feed}"
        );
        assert!(feed.contains("xml:base=\"https://example.org/blog/\""));
        assert!(feed.contains("<category term=\"métier\"/>"), "{feed}");
        assert!(
            feed.contains("&lt;p&gt;Premier paragraphe"),
            "full content, as HTML"
        );
        assert!(!feed.contains("Pas encore"));
        let sitemap = read(&dir, "sitemap.xml");
        assert!(sitemap.contains(
            "<loc>https://example.org/blog/posts/second/</loc><lastmod>2016-07-01</lastmod>"
        ));
        assert!(sitemap.contains("<loc>https://example.org/blog/</loc>"));
        assert!(!sitemap.contains("brouillon"));
        assert!(read(&dir, "robots.txt").contains("Sitemap: https://example.org/blog/sitemap.xml"));
    }

    #[test]
    fn the_feed_can_carry_only_the_newest_posts() {
        let posts: Vec<(&str, String)> = [
            ("a.md", "2016-01-01"),
            ("b.md", "2016-02-01"),
            ("c.md", "2016-03-01"),
        ]
        .into_iter()
        .map(|(name, date)| (name, post(&name[..1], date, "")))
        .collect();
        let (dir, _) = build(&posts, "feed_limit = 2");
        let feed = read(&dir, "feed.xml");
        assert_eq!(feed.matches("<entry>").count(), 2);
        assert!(
            feed.contains("posts/c/") && feed.contains("posts/b/") && !feed.contains("posts/a/")
        );
        let sitemap = read(&dir, "sitemap.xml");
        assert!(sitemap.contains("posts/a/"), "the sitemap keeps every post");
    }

    #[test]
    fn a_base_url_that_disagrees_with_the_build_is_refused() {
        let config = Config::parse("base_url = \"https://example.org/\"", None).unwrap();
        let error = check_base(&config, TEMPLATE).unwrap_err();
        assert!(
            error.contains("built for /blog/") && error.contains("https://example.org/"),
            "{error}"
        );
        assert!(
            check_base(&config, "<html>")
                .unwrap_err()
                .contains("<base href>")
        );
        let page = pages::EntryPage {
            file: "x".into(),
            lang: carnet_core::Lang::En,
            head: String::new(),
            body: String::new(),
        };
        assert!(
            pages::fill("<html><body></body>", &page)
                .unwrap_err()
                .contains("<title>Carnet</title>")
        );
        let filled = pages::fill(TEMPLATE, &page).unwrap();
        assert!(filled.contains("<html lang=\"en\">"), "{filled}");
    }
}
