//! The content build, whole: posts in, files out, read back as a reader's browser would.

use super::*;
use crate::config::tests::IDENTITY;
use carnet_content::data::SEARCH_FILE;
use carnet_content::data::{Site as SiteData, TagPage};
use carnet_images::NoCache;

/// The app's page as `carnet-bundle` writes it, reduced to what the build fills in.
const SHELL: &str = "<!doctype html>\n<html>\n  <head>\n    <base href=\"/\">\n    <!--HEAD-->\n  </head>\n  <body>\n    <noscript>JS</noscript>\n  </body>\n</html>\n";

/// The app around [`SHELL`]: its page, and files the build only names.
const APP: App<'static> = App {
    page: SHELL,
    files: &[],
};

const SVG: &str = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\"></svg>";

fn post(title: &str, date: &str, extra: &str) -> String {
    format!(
        "---\ntitle: \"{title}\"\ndate: {date}\nauthor: Isabelle\ntags: [métier, Réseaux sociaux]\n{extra}---\nPremier paragraphe de « {title} ».\n\n![Une image](images/a.svg)\n"
    )
}

/// The day the test builds are made.
const TODAY: &str = "2026-11-30";

/// The sources: `posts` (file name, text) and an image `images/a.svg` (40×20), built on
/// [`TODAY`].
fn sources(posts: &[(&str, String)]) -> Sources {
    Sources {
        posts: posts
            .iter()
            .map(|(name, text)| (PathBuf::from("posts").join(name), text.clone()))
            .collect(),
        images: [("images/a.svg".to_owned(), SVG.as_bytes().to_vec())].into(),
        made: BTreeMap::new(),
        cards: BTreeMap::new(),
        kept: BTreeMap::new(),
        today: TODAY.parse().unwrap(),
    }
}

/// The site of `posts` under /blog/, with the settings `toml` adds.
fn build_site(posts: &[(&str, String)], toml: &str) -> (BTreeMap<String, Vec<u8>>, Written) {
    build_with(posts, &format!("{IDENTITY}{toml}"))
}

/// The same, with `settings` for all but the base URL.
fn build_with(posts: &[(&str, String)], settings: &str) -> (BTreeMap<String, Vec<u8>>, Written) {
    build_on(posts, settings, TODAY)
}

/// The same, built on the day `today`.
fn build_on(
    posts: &[(&str, String)],
    settings: &str,
    today: &str,
) -> (BTreeMap<String, Vec<u8>>, Written) {
    let settings = format!("{settings}base_url = \"https://example.org/blog/\"\n");
    let config = Config::parse(&settings, None).unwrap();
    let mut files = BTreeMap::new();
    let sources = Sources {
        today: today.parse().unwrap(),
        ..sources(posts)
    };
    let written = build(&config, &sources, APP, &NoCache, &mut files).unwrap();
    (files, written)
}

/// Two posts and a draft.
fn three() -> Vec<(&'static str, String)> {
    vec![
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
    ]
}

fn site() -> (BTreeMap<String, Vec<u8>>, Written) {
    build_site(&three(), "")
}

/// `html` without the empty comments (`<!>`) Leptos leaves for hydration: the markup as
/// the reader's browser shows it.
fn shown(html: &str) -> String {
    html.replace("<!>", "")
}

/// The picture `page`'s link preview shows, relative to the site (at /blog/), after
/// checking that it is among `files` and that its page gives its size: a PNG or JPEG of
/// 1200×630.
fn og_image(files: &BTreeMap<String, Vec<u8>>, page: &str) -> String {
    let start = page
        .find("<meta property=\"og:image\" content=\"")
        .expect("an og:image")
        + "<meta property=\"og:image\" content=\"".len();
    let url = &page[start..start + page[start..].find('"').unwrap()];
    let path = url
        .strip_prefix("https://example.org/blog/")
        .expect("on the site");
    let bytes = &files[path];
    let size = if bytes.starts_with(b"\x89PNG") {
        let be = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap());
        (be(16), be(20))
    } else {
        // A JPEG: its size in its frame header (SOF0 or SOF2).
        let at = bytes
            .windows(2)
            .position(|w| w == [0xff, 0xc0] || w == [0xff, 0xc2])
            .unwrap_or_else(|| panic!("{path} is neither a PNG nor a JPEG"));
        let be = |at: usize| u32::from(u16::from_be_bytes([bytes[at], bytes[at + 1]]));
        (be(at + 7), be(at + 5))
    };
    assert_eq!(size, (1200, 630), "{path}");
    assert!(page.contains("<meta property=\"og:image:width\" content=\"1200\">"));
    assert!(page.contains("<meta property=\"og:image:height\" content=\"630\">"));
    path.to_owned()
}

/// A written page, as [`shown`].
fn html_page(files: &BTreeMap<String, Vec<u8>>, path: &str) -> String {
    shown(&read(files, path))
}

fn read(files: &BTreeMap<String, Vec<u8>>, path: &str) -> String {
    String::from_utf8(
        files
            .get(path)
            .unwrap_or_else(|| panic!("{path} not written"))
            .clone(),
    )
    .unwrap()
}

/// What a page embeds for the app: the site, and the data files by path.
struct Embedded {
    site: SiteData,
    files: BTreeMap<String, String>,
}

fn embedded(page: &str) -> Embedded {
    let script = |start: usize| {
        let rest = &page[start..];
        rest[rest.find('>').unwrap() + 1..rest.find("</script>").unwrap()].to_owned()
    };
    let site = page
        .find("<script type=\"application/json\" id=\"carnet-site\">")
        .expect("the page embeds the site");
    let mut files = BTreeMap::new();
    let mark = "<script type=\"application/json\" data-carnet-file=\"";
    for (at, _) in page.match_indices(mark) {
        let path = &page[at + mark.len()..];
        files.insert(path[..path.find('"').unwrap()].to_owned(), script(at));
    }
    Embedded {
        site: serde_json::from_str(&script(site)).unwrap(),
        files,
    }
}

#[test]
fn every_published_post_gets_its_page_and_drafts_none() {
    let (files, written) = site();
    assert_eq!((written.posts, written.pages), (2, 2 + 1 + 1 + 2 + 1));
    let page = html_page(&files, "posts/premier/index.html");
    assert!(
        page.contains("<title>Le premier · Carnet</title>"),
        "{page}"
    );
    assert!(page.contains("<base href=\"/blog/\">"), "{page}");
    assert!(
        page.contains("<link href=\"https://example.org/blog/posts/premier/\" rel=\"canonical\">")
    );
    assert!(page.contains("<meta property=\"og:type\" content=\"article\">"));
    assert!(page.contains("<meta property=\"og:title\" content=\"Le premier\">"));
    // Its link preview: its cover (an SVG) drawn as a card of the networks' size.
    let card = og_image(&files, &page);
    assert!(card.starts_with("content/images/a-card."), "{card}");
    assert!(page.contains("<meta property=\"og:image:type\" content=\"image/png\">"));
    assert!(page.contains("<meta property=\"og:image:alt\" content=\"Une image\">"));
    assert!(page.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
    assert!(page.contains("<meta property=\"article:published_time\" content=\"2016-06-09\">"));
    assert!(page.contains("<meta property=\"article:tag\" content=\"Réseaux sociaux\">"));
    assert!(page.contains("\"@type\":\"BlogPosting\""));
    assert!(
        page.contains("<p>Premier paragraphe de «\u{202f}Le premier\u{202f}».</p>"),
        "the render, with French typography"
    );
    assert!(
        page.contains("<img src=\"images/a.svg\" alt=\"Une image\" width=\"40\" height=\"20\""),
        "the body's image measured: {page}"
    );
    assert!(page.contains("<a href=\"/blog/tags/reseaux-sociaux\">Réseaux sociaux</a>"));
    assert!(page.contains("rel=\"next\""), "a link to the newer post");
    assert!(
        !page.contains("<noscript>JS</noscript>"),
        "no 'needs JavaScript' on a readable page"
    );
    // Titles are escaped everywhere.
    let second = html_page(&files, "posts/second/index.html");
    assert!(
        second.contains("<h1>Le second &amp; &lt;autre&gt;</h1>"),
        "{second}"
    );
    // No cover: a card drawn of its title, as large as networks show.
    assert!(second.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
    let card = og_image(&files, &second);
    assert!(
        card.starts_with("content/cards/second.") && card.ends_with(".png"),
        "{card}"
    );
    assert!(
        second
            .contains("<meta property=\"og:image:alt\" content=\"Le second &amp; &lt;autre&gt;\">"),
        "{second}"
    );
    assert!(second.contains("<meta property=\"og:image:type\" content=\"image/png\">"));
    assert!(
        second.contains("\"headline\":\"Le second \\u0026 \\u003cautre\\u003e\""),
        "JSON-LD cannot close its script: {second}"
    );
    assert!(!files.keys().any(|f| f.contains("brouillon")));
    let not_found = html_page(&files, "404.html");
    assert!(
        not_found.contains("<noscript>JS</noscript>"),
        "the bare app"
    );
    assert!(not_found.contains("<base href=\"/blog/\">"));
    assert_eq!(embedded(&not_found).site.title, "Carnet");
    let home = html_page(&files, "index.html");
    assert!(
        home.find("Le second").unwrap() < home.find("Le premier").unwrap(),
        "newest first"
    );
    assert!(!home.contains("Pas encore"));
    assert!(html_page(&files, "tags/metier/index.html").contains("Mot-clé\u{a0}: métier"));
    assert!(html_page(&files, "archive/index.html").contains("juillet"));
}

#[test]
fn the_data_files_hold_each_page_and_no_draft() {
    let (files, _) = site();
    let record: PostRecord =
        serde_json::from_str(&read(&files, "data/posts/premier.json")).unwrap();
    assert_eq!(record.post.title, "Le premier");
    assert_eq!(record.newer.as_ref().unwrap().slug, "second");
    assert_eq!(record.older, None);
    assert_eq!(
        record.images,
        [ImageSize {
            path: "images/a.svg".into(),
            width: 40,
            height: 20,
            variants: vec![("images/a.svg".into(), 40)],
            card: record.images[0].card.clone(),
        }]
    );
    let card = record.images[0].card.as_deref().unwrap();
    assert!(
        card.starts_with("content/images/a-card."),
        "the cover's card: {card}"
    );
    assert_eq!(
        read(&files, &record.post.body_path),
        post("Le premier", "", "").split("---\n").nth(2).unwrap(),
        "the text, as written"
    );
    let page: ListPage = serde_json::from_str(&read(&files, "data/pages/1.json")).unwrap();
    let slugs: Vec<&str> = page.posts.iter().map(|p| p.slug.as_str()).collect();
    assert_eq!(slugs, ["second", "premier"]);
    let tag: TagPage = serde_json::from_str(&read(&files, "data/tags/metier/1.json")).unwrap();
    assert_eq!(
        (tag.name.as_str(), tag.count, tag.posts.len()),
        ("métier", 2, 2)
    );
    let tags: Vec<TagEntry> = serde_json::from_str(&read(&files, TAGS_FILE)).unwrap();
    assert_eq!(tags.len(), 2);
    let archive: Vec<ArchiveEntry> = serde_json::from_str(&read(&files, ARCHIVE_FILE)).unwrap();
    assert_eq!(archive.len(), 2);
    assert!(
        files
            .iter()
            .all(|(_, bytes)| !String::from_utf8_lossy(bytes).contains("Pas encore")),
        "the draft is nowhere"
    );

    // Each prerendered page embeds the site and exactly the file it shows.
    let embedded_post = embedded(&html_page(&files, "posts/premier/index.html"));
    let site: &SiteData = &embedded_post.site;
    assert_eq!(site.title, "Carnet");
    assert!(files.contains_key(SEARCH_FILE));
    assert_eq!(
        embedded_post.files.keys().collect::<Vec<_>>(),
        ["data/posts/premier.json"]
    );
    assert_eq!(
        serde_json::from_str::<PostRecord>(&embedded_post.files["data/posts/premier.json"])
            .unwrap(),
        record,
        "the page embeds the file the app would fetch"
    );
    let home = embedded(&html_page(&files, "index.html"));
    assert_eq!(home.files.keys().collect::<Vec<_>>(), ["data/pages/1.json"]);
}

#[test]
fn a_home_and_a_tag_are_cut_into_pages() {
    let posts: Vec<(String, String)> = (0..45)
        .map(|n| {
            (
                format!("p{n:02}.md"),
                post(&format!("P{n}"), &format!("2020-01-{:02}", n % 28 + 1), ""),
            )
        })
        .collect();
    let posts: Vec<(&str, String)> = posts.iter().map(|(n, t)| (n.as_str(), t.clone())).collect();
    let (files, _) = build_site(&posts, "");
    for n in 1..=3 {
        assert!(files.contains_key(&format!("data/pages/{n}.json")));
        assert!(files.contains_key(&format!("data/tags/metier/{n}.json")));
    }
    assert!(!files.contains_key("data/pages/4.json"));
    let last: ListPage = serde_json::from_str(&read(&files, "data/pages/3.json")).unwrap();
    assert_eq!(last.posts.len(), 5);
    let embedded_home = embedded(&html_page(&files, "index.html"));
    let first: ListPage = serde_json::from_str(&embedded_home.files["data/pages/1.json"]).unwrap();
    assert_eq!((first.count, first.pages(), first.posts.len()), (45, 3, 20));
}

#[test]
fn the_same_posts_make_the_same_files_and_an_edit_changes_few() {
    let (before, _) = site();
    assert_eq!(before, site().0, "the build is deterministic");
    let mut edited = three();
    edited[1].1.push_str("\nUne phrase de plus.\n");
    let (after, _) = build_site(&edited, "");
    let changed: Vec<&String> = after
        .keys()
        .filter(|path| before.get(*path) != after.get(*path))
        .collect();
    // The post's text (a new name), its record and page, the lists that show it, the search
    // index, the feed (full texts): not the other post's page.
    assert!(changed.iter().any(|p| p.starts_with("content/second.")));
    assert!(changed.contains(&&"data/posts/second.json".to_owned()));
    assert!(changed.contains(&&"posts/second/index.html".to_owned()));
    assert!(
        !changed.contains(&&"posts/premier/index.html".to_owned()),
        "{changed:?}"
    );
    assert!(!changed.contains(&&"404.html".to_owned()), "{changed:?}");
    assert!(
        !changed.contains(&&"data/posts/premier.json".to_owned()),
        "{changed:?}"
    );
}

#[test]
fn the_feed_and_the_sitemap_list_published_posts_only() {
    let (files, _) = site();
    let feed = read(&files, "feed.xml");
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
    let sitemap = read(&files, "sitemap.xml");
    assert!(sitemap.contains(
        "<loc>https://example.org/blog/posts/second/</loc><lastmod>2016-07-01</lastmod>"
    ));
    assert!(sitemap.contains("<loc>https://example.org/blog/</loc>"));
    assert!(!sitemap.contains("brouillon"));
    assert!(read(&files, "robots.txt").contains("Sitemap: https://example.org/blog/sitemap.xml"));
    let headers = read(&files, "_headers");
    assert!(
        headers.contains("/blog/app-*\n  Cache-Control: public, max-age=31536000, immutable\n"),
        "{headers}"
    );
    assert!(!headers.contains("no-cache"), "{headers}");
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
    let (files, _) = build_site(&posts, "feed_limit = 2\n");
    let feed = read(&files, "feed.xml");
    assert_eq!(feed.matches("<entry>").count(), 2);
    assert!(feed.contains("posts/c/") && feed.contains("posts/b/") && !feed.contains("posts/a/"));
    let sitemap = read(&files, "sitemap.xml");
    assert!(sitemap.contains("posts/a/"), "the sitemap keeps every post");
}

#[test]
fn the_identity_comes_from_the_settings() {
    let settings = "title = \"Le blog de Sam\"\nauthor = \"Sam\"\ndescription = \"Des notes.\"\nfooter = { fr = \"Écrit par Sam.\", en = \"Written by Sam.\" }\nimage = \"images/a.svg\"\nlinks = [{ name = \"Mastodon\", url = \"https://m.example/@sam\" }]\n";
    let (files, _) = build_with(&three(), settings);
    let home = html_page(&files, "index.html");
    assert!(home.contains("<title>Le blog de Sam</title>"), "{home}");
    assert!(home.contains("class=\"site-name\">Le blog de Sam</a>"));
    assert!(home.contains("<meta name=\"description\" content=\"Des notes.\">"));
    let card = og_image(&files, &home);
    assert!(card.starts_with("content/images/a-card."), "{card}");
    assert!(home.contains("<meta property=\"og:image:alt\" content=\"Le blog de Sam\">"));
    assert!(home.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
    assert!(home.contains("<p>Écrit par Sam."), "{home}");
    assert!(home.contains(" · <a href=\"https://m.example/@sam\" rel=\"me\">Mastodon</a>"));
    assert!(
        html_page(&files, "tags/index.html")
            .contains("<title>Tous les mots-clés · Le blog de Sam</title>")
    );
    assert!(html_page(&files, "404.html").contains("<title>Le blog de Sam</title>"));
    let site = embedded(&home).site;
    assert_eq!(site.footer.en, "Written by Sam.");
    assert_eq!(
        site.image.as_deref(),
        Some(card.as_str()),
        "the app's page heads use the card"
    );
    assert!(read(&files, "feed.xml").contains("<title>Le blog de Sam</title>"));
    assert!(!home.contains("fediverse:creator"));
    let second = html_page(&files, "posts/second/index.html");
    assert!(og_image(&files, &second).starts_with("content/cards/second."));

    // Cards left out: a post without a cover is shared with the site's card.
    let (files, _) = build_with(&three(), &format!("{settings}drawn_cards = false\n"));
    let second = html_page(&files, "posts/second/index.html");
    assert_eq!(og_image(&files, &second), card);
    assert!(!files.keys().any(|path| path.starts_with("content/cards/")));

    // Without an image, the site's card is drawn (PNG); a fediverse account is credited.
    let settings = "title = \"Le blog de Sam\"\nauthor = \"Sam\"\ndescription = \"Des notes.\"\nfooter = \"Sam\"\nfediverse = \"@sam@m.example\"\n";
    let (files, _) = build_with(&three(), settings);
    let home = html_page(&files, "index.html");
    let card = og_image(&files, &home);
    assert!(
        card.starts_with("content/cards/site.") && card.ends_with(".png"),
        "{card}"
    );
    assert!(home.contains("<meta property=\"og:image:alt\" content=\"Le blog de Sam\">"));
    assert!(home.contains("<meta name=\"fediverse:creator\" content=\"@sam@m.example\">"));
    let post = html_page(&files, "posts/premier/index.html");
    assert!(post.contains("<meta name=\"fediverse:creator\" content=\"@sam@m.example\">"));

    let missing = Config::parse(
        &format!("{IDENTITY}base_url = \"https://x.org/\"\nimage = \"images/gone.png\"\n"),
        None,
    )
    .unwrap();
    let error = build(
        &missing,
        &sources(&three()),
        APP,
        &NoCache,
        &mut BTreeMap::new(),
    )
    .unwrap_err();
    assert_eq!(
        error.to_string(),
        "Carnet.toml:6: image \"images/gone.png\" not found: put it in posts/images/"
    );
}

#[test]
fn bad_posts_are_all_reported_and_nothing_is_written() {
    let mut posts = three();
    posts.push(("x.md", "---\ntitle: T\ndate: nope\nauthor: I\n---\n".into()));
    posts.push(("y.md", "---\ntitle: T\n".into()));
    let config = Config::parse(&format!("{IDENTITY}base_url = \"https://x.org/\""), None).unwrap();
    let mut files = BTreeMap::new();
    let error = build(&config, &sources(&posts), APP, &NoCache, &mut files).unwrap_err();
    assert_eq!(
        error.to_string(),
        "posts/x.md:3: bad date \"nope\": expected an existing day written YYYY-MM-DD, e.g. 2016-06-09\n\
         posts/y.md:1: the front matter is not closed: add a line `---` after its last field"
    );
    assert!(files.is_empty());
    assert!(matches!(
        build(
            &config,
            &sources(&three()),
            App {
                page: "<html>",
                files: &[]
            },
            &NoCache,
            &mut files
        ),
        Err(BuildError::Shell(_))
    ));
}

#[test]
fn a_page_that_shows_data_it_does_not_carry_fails_the_build() {
    let config = Config::parse(&format!("{IDENTITY}base_url = \"https://x.org/\""), None).unwrap();
    let page = Prerender {
        route: "/",
        files: &[],
        post_body: None,
    };
    let document = |app: &str| format!("<html><head>{HEAD_MARK}</head><body>{app}</body></html>");
    let error = prerender::render(
        &site_data(&config, &BTreeMap::new(), &Cards::default()),
        "/",
        page,
        document,
    )
    .unwrap_err();
    assert_eq!(error.files, vec![data::list_file(1)]);
    assert_eq!(
        error.to_string(),
        "the page / shows data it does not carry: data/pages/1.json"
    );
}

/// The values of `attribute` (` id="…"`, ` href="…"`) in `html`.
fn attribute_values<'h>(html: &'h str, attribute: &str) -> Vec<&'h str> {
    html.split(attribute)
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect()
}

#[test]
fn every_page_has_unique_ids_and_its_in_page_links_lead_somewhere() {
    let hostile = "---\ntitle: Ids\ndate: 2016-06-10\nauthor: Isabelle\n---\n[En haut](#main-2)\n\n## Main\n\n## Carnet\n\n## Search box\n\n## Latest posts\n\n## Continue reading\n\n## Draft body\n\n## Studio style\n\n## Main\n\n## fn-1\n\nUn[^a] deux[^a] trois[^b].\n\n[^a]: A.\n[^b]: B.\n[^c]: Seule.\n";
    let mut posts = three();
    posts.push(("ids.md", hostile.to_owned()));
    let (files, _) = build_site(&posts, "");
    let mut pages = 0;
    for (path, bytes) in &files {
        let Some(dir) = path.strip_suffix("index.html") else {
            continue;
        };
        pages += 1;
        let html = String::from_utf8(bytes.clone()).unwrap();
        let ids = attribute_values(&html, " id=\"");
        let mut unique = ids.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(
            unique.len(),
            ids.len(),
            "{path}: the same id twice in {ids:?}"
        );
        // The page's own ids (outside a post's text) are those a heading may not take.
        let body_start = html.find("<div class=\"post-body\">").unwrap_or(html.len());
        let article_end = html
            .find("</article>")
            .unwrap_or(html.len())
            .max(body_start);
        let around = format!("{}{}", &html[..body_start], &html[article_end..]);
        for id in attribute_values(&around, " id=\"") {
            let listed = carnet_markdown::ids::ALL.contains(&id) || id.starts_with("year-");
            assert!(
                listed,
                "{path}: the page's id {id:?} is missing from carnet_markdown::ids::ALL"
            );
        }
        let here = format!("/blog/{dir}");
        for href in attribute_values(&html, " href=\"") {
            let Some((target, fragment)) = href.split_once('#') else {
                continue;
            };
            if target.is_empty() || target == here || format!("{target}/") == here {
                assert!(ids.contains(&fragment), "{path}: {href} leads nowhere");
            }
        }
    }
    assert!(pages > 5, "{pages} pages read");
    for (path, bytes) in files.iter().filter(|(p, _)| p.ends_with(".html")) {
        let html = String::from_utf8_lossy(bytes);
        assert!(
            html.contains("<head>\n    <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'"),
            "{path}: its policy first in <head>"
        );
    }
    assert!(read(&files, "_headers").contains(&format!(
        "/blog/*\n  Content-Security-Policy: {}\n",
        csp::HEADER
    )));
    let page = html_page(&files, "posts/ids/index.html");
    assert!(page.contains("<h2 id=\"main-2\">Main"), "{page}");
    assert!(page.contains("id=\"fnref:1:2\""), "{page}");
}

/// A post dated after the day of the build is scheduled: no page, record, list entry,
/// search entry, feed entry or sitemap line until a build on its date publishes it.
#[test]
fn a_post_dated_after_the_build_is_left_out_until_its_date() {
    let mut posts = three();
    posts.push(("demain.md", post("Pour demain", "2026-12-01", "")));
    let (files, written) = build_on(&posts, IDENTITY, TODAY);
    assert_eq!(written.posts, 2);
    assert_eq!(
        written.scheduled,
        [("demain".to_owned(), "2026-12-01".parse().unwrap())]
    );
    let everything: String = files
        .iter()
        .filter(|(path, _)| !path.starts_with("images/"))
        .map(|(path, bytes)| format!("{path}\n{}", String::from_utf8_lossy(bytes)))
        .collect();
    assert!(!everything.contains("demain"), "nothing of it is published");
    assert!(!everything.contains("Pour demain"));

    let (files, written) = build_on(&posts, IDENTITY, "2026-12-01");
    assert_eq!((written.posts, written.scheduled.len()), (3, 0));
    assert!(html_page(&files, "posts/demain/index.html").contains("Pour demain"));
    assert!(read(&files, "feed.xml").contains("Pour demain"));
    assert!(read(&files, "sitemap.xml").contains("/blog/posts/demain"));
}

/// The studio's "Publier" builds the site again from the files the site publishes, plus
/// the writer's changes: it must give the bytes the command line gives from the same posts.
#[test]
fn a_site_built_again_from_what_it_publishes_is_the_same_site() {
    use crate::rebuild::{Change, SOURCES_FILE, SiteSources};
    let settings = format!("{IDENTITY}base_url = \"https://example.org/blog/\"\n");
    let config = Config::parse(&settings, Some("https://carnet.example/blog/".into())).unwrap();
    let app_files = ["app-1/carnet.js".to_owned(), "favicon-2.svg".to_owned()];
    let app = App {
        page: SHELL,
        files: &app_files,
    };
    let mut posts = three();
    posts.push((
        "demain.md",
        post("Demain", "2026-12-01", "summary: Programmé\n"),
    ));
    let mut site = BTreeMap::new();
    build(&config, &sources(&posts), app, &NoCache, &mut site).unwrap();

    let published = SiteSources::decode(&read(&site, SOURCES_FILE)).unwrap();
    assert_eq!(published.base_url, "https://carnet.example/blog/");
    assert_eq!(published.app_files, app_files);
    let files: Vec<&str> = published.posts.iter().map(|p| p.file.as_str()).collect();
    assert_eq!(
        files,
        ["premier.md", "second.md"],
        "no draft, no scheduled post"
    );
    let needed: Vec<&str> = published.needed(&[]).collect();
    assert!(
        needed.len() == 2
            && needed
                .iter()
                .all(|p| p.starts_with("content/") && p.ends_with(".md")),
        "the two bodies: the image's files and the cards are kept as the site serves them: {needed:?}"
    );

    let new = post("Nouveau", "2026-11-29", "slug: nouveau-billet\n");
    let image = b"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"8\"/>".to_vec();
    let changes = [
        Change::Write {
            file: "nouveau.md".into(),
            text: new.clone(),
        },
        Change::Remove("second.md".into()),
        Change::Image {
            path: "images/b.svg".into(),
            bytes: image.clone(),
        },
    ];
    let fetched = |path: &str| site.get(path).map(Vec::as_slice);
    let (config_again, sources_again, app_again) = published
        .sources(&fetched, &changes, TODAY.parse().unwrap())
        .unwrap();
    assert_eq!(config_again, config);
    let mut again = InMemory::default();
    build(
        &config_again,
        &sources_again,
        app_again,
        &NoCache,
        &mut again,
    )
    .unwrap();
    let again = served(again, &site);

    let mut expected_posts = three();
    expected_posts.retain(|(file, _)| *file != "second.md");
    expected_posts.push(("nouveau.md", new));
    let mut expected_sources = sources(&expected_posts);
    expected_sources.images.insert("images/b.svg".into(), image);
    let mut expected = BTreeMap::new();
    build(&config, &expected_sources, app, &NoCache, &mut expected).unwrap();
    assert_eq!(
        again.keys().collect::<Vec<_>>(),
        expected.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &expected {
        assert!(again[path] == *bytes, "{path} differs");
    }
    assert!(again.contains_key("posts/nouveau-billet/index.html"));
    assert!(!again.contains_key("posts/second/index.html"));

    let missing = |path: &str| {
        (!path.starts_with("content/premier"))
            .then(|| fetched(path))
            .flatten()
    };
    let error = published
        .sources(&missing, &[], TODAY.parse().unwrap())
        .err()
        .map(|e| e.to_string())
        .unwrap();
    assert!(
        error.starts_with("the site has no content/premier."),
        "{error}"
    );
    assert!(SiteSources::decode("{\"version\": 2}").is_err());
}

/// The site a build in memory makes: the files it wrote, and those it kept as `site`
/// (the site served before) has them.
fn served(built: InMemory, site: &BTreeMap<String, Vec<u8>>) -> BTreeMap<String, Vec<u8>> {
    let mut files = built.files;
    for path in built.kept {
        let bytes = site
            .get(&path)
            .unwrap_or_else(|| panic!("{path} is kept but the site has no such file"));
        files.insert(path, bytes.clone());
    }
    files
}

/// The files `sw.js` keeps, as the worker reads them.
fn kept_files(files: &BTreeMap<String, Vec<u8>>) -> serde_json::Value {
    let worker = read(files, offline::WORKER_FILE);
    let start = worker.find("const SITE = ").expect("the site's files") + "const SITE = ".len();
    let end = start + worker[start..].find(";\n").expect("one line");
    serde_json::from_str(&worker[start..end]).expect("JSON")
}

#[test]
fn the_service_worker_keeps_the_site_and_its_posts_up_to_the_limits() {
    let app = App {
        page: SHELL,
        files: &[
            "app-0123456789abcdef/carnet_bg.wasm".to_owned(),
            "app-0123456789abcdef/offline.js".to_owned(),
            "app-0123456789abcdef/carnet_builder_bg.wasm".to_owned(),
            "icon-192-aa.png".to_owned(),
            "icon-512-bb.png".to_owned(),
            "icon-maskable-512-cc.png".to_owned(),
            "favicon-dd.svg".to_owned(),
        ],
    };
    let build_kept = |toml: &str| {
        let settings = format!("{IDENTITY}{toml}base_url = \"https://example.org/blog/\"\n");
        let config = Config::parse(&settings, None).unwrap();
        let mut files = BTreeMap::new();
        let written = build(&config, &sources(&three()), app, &NoCache, &mut files).unwrap();
        (files, written)
    };
    let (files, written) = build_kept("");
    let kept = kept_files(&files);
    assert_eq!(kept["scope"], "/blog/");
    assert_eq!(kept["app"], "app-0123456789abcdef");
    assert_eq!(kept["posts"], 2);
    assert_eq!(written.offline.0, 2);
    let listed: Vec<(&str, Option<&str>)> = kept["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f[0].as_str().unwrap(), f[1].as_str()))
        .collect();
    let paths: Vec<&str> = listed.iter().map(|(p, _)| *p).collect();
    for path in [
        "app-0123456789abcdef/carnet_bg.wasm",
        "app-0123456789abcdef/offline.js",
        "icon-192-aa.png",
        "index.html",
        "404.html",
        "tags/index.html",
        "archive/index.html",
        "data/pages/1.json",
        "data/archive.json",
        "data/tags.json",
        "data/search.txt",
        "manifest.webmanifest",
        "posts/premier/index.html",
        "posts/second/index.html",
        "data/posts/premier.json",
        "images/a.svg",
    ] {
        assert!(paths.contains(&path), "{path} is kept: {paths:?}");
    }
    assert!(paths.iter().any(|p| p.starts_with("tags/metier/")));
    assert!(paths.iter().any(|p| p.starts_with("content/premier.")));
    for path in [
        "app-0123456789abcdef/carnet_builder_bg.wasm",
        "feed.xml",
        "sitemap.xml",
        "_headers",
        "carnet-sources.json",
        "sw.js",
    ] {
        assert!(!paths.contains(&path), "{path} is not kept");
    }
    assert_eq!(
        paths.iter().filter(|p| **p == "images/a.svg").count(),
        1,
        "an image two posts show is kept once"
    );
    // Files named by their content need no revision; the others have their bytes' hash.
    for (path, revision) in &listed {
        let hashed = ["app-", "icon-", "favicon-", "content/"]
            .iter()
            .any(|prefix| path.starts_with(prefix));
        assert_eq!(revision.is_none(), hashed, "{path}");
    }

    // An edit changes the revision of the pages that show it, not the others'.
    let mut edited = three();
    edited[1].1.push_str("\nUne phrase de plus.\n");
    let settings = format!("{IDENTITY}base_url = \"https://example.org/blog/\"\n");
    let mut again = BTreeMap::new();
    build(
        &Config::parse(&settings, None).unwrap(),
        &sources(&edited),
        app,
        &NoCache,
        &mut again,
    )
    .unwrap();
    let again = kept_files(&again);
    let revision = |kept: &serde_json::Value, path: &str| {
        kept["files"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f[0] == path)
            .map(|f| f[1].clone())
    };
    assert_ne!(
        revision(&kept, "posts/second/index.html"),
        revision(&again, "posts/second/index.html")
    );
    assert_eq!(
        revision(&kept, "posts/premier/index.html"),
        revision(&again, "posts/premier/index.html")
    );
    assert_eq!(
        revision(&kept, "tags/index.html"),
        revision(&again, "tags/index.html"),
        "the tags' page names no text"
    );

    // Beyond the limit, the newest posts only (the worker keeps those the reader opens).
    let (files, written) = build_kept("offline = { posts = 1 }\n");
    let kept = kept_files(&files);
    let paths: Vec<&str> = kept["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f[0].as_str().unwrap())
        .collect();
    assert_eq!(written.offline.0, 1);
    assert!(paths.contains(&"posts/second/index.html"), "the newest");
    assert!(!paths.contains(&"posts/premier/index.html"));
    assert!(!paths.iter().any(|p| p.starts_with("content/premier.")));
    assert!(
        paths.contains(&"data/pages/1.json"),
        "the lists are always kept"
    );

    // The manifest: the site's name and colours, its path, the icons the app made.
    let manifest: serde_json::Value =
        serde_json::from_str(&read(&files, offline::MANIFEST_FILE)).unwrap();
    assert_eq!(manifest["name"], "Carnet");
    assert_eq!(
        (manifest["start_url"].as_str(), manifest["scope"].as_str()),
        (Some("/blog/"), Some("/blog/"))
    );
    assert_eq!(manifest["display"], "standalone");
    assert_eq!(manifest["theme_color"], "#9a3412");
    let icons: Vec<(String, String, String)> = manifest["icons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["src"].as_str().unwrap().into(),
                i["sizes"].as_str().unwrap().into(),
                i["purpose"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert!(icons.contains(&("icon-192-aa.png".into(), "192x192".into(), "any".into())));
    assert!(icons.contains(&("icon-512-bb.png".into(), "512x512".into(), "any".into())));
    assert!(icons.contains(&(
        "icon-maskable-512-cc.png".into(),
        "512x512".into(),
        "maskable".into()
    )));
    assert!(icons.contains(&("favicon-dd.svg".into(), "any".into(), "any".into())));

    // Every page carries the hidden notice of a new version, in the site's language.
    for page in ["index.html", "404.html", "posts/second/index.html"] {
        let html = read(&files, page);
        assert!(
            html.contains("<div id=\"carnet-update\" class=\"update\" role=\"status\" hidden><p>Une nouvelle version du site est arrivée.</p><button type=\"button\">Recharger</button></div>"),
            "{page}"
        );
    }
}

/// A `width`×`height` JPEG photo (a gradient) with an EXIF block holding a GPS position
/// written as text: `GPS 48°51′24″N 2°21′8″E`.
fn photo(width: u16, height: u16) -> Vec<u8> {
    let pixels: Vec<u8> = (0..u32::from(width) * u32::from(height))
        .flat_map(|i| {
            let (x, y) = (i % u32::from(width), i / u32::from(width));
            [(x % 256) as u8, (y % 256) as u8, ((x ^ y) % 256) as u8]
        })
        .collect();
    let mut jpeg = Vec::new();
    let mut encoder = jpeg_encoder::Encoder::new(&mut jpeg, 90);
    let mut exif = b"Exif\0\0II\x2a\x00\x08\x00\x00\x00\x00\x00\x00\x00\x00\x00".to_vec();
    exif.extend("GPS 48°51′24″N 2°21′8″E".as_bytes());
    encoder.add_app_segment(1, exif).unwrap();
    encoder
        .encode(&pixels, width, height, jpeg_encoder::ColorType::Rgb)
        .unwrap();
    jpeg
}

const GPS: &str = "GPS 48°51′24″N 2°21′8″E";

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// A post with a photo as its cover and in its text.
fn photo_post() -> (&'static str, String) {
    (
        "photo.md",
        "---\ntitle: Une photo\ndate: 2016-06-10\nauthor: Isabelle\ncover: images/photo.jpg\ncover_alt: Un sentier\n---\nAvant.\n\n![Le sentier](images/photo.jpg)\n".to_owned(),
    )
}

fn photo_sources(posts: &[(&str, String)]) -> Sources {
    let mut sources = sources(posts);
    sources
        .images
        .insert("images/photo.jpg".into(), photo(1300, 900));
    sources
}

fn config() -> Config {
    Config::parse(
        &format!("{IDENTITY}base_url = \"https://example.org/blog/\"\n"),
        None,
    )
    .unwrap()
}

#[test]
fn a_photo_is_published_at_its_widths_and_never_with_its_position() {
    let mut posts = three();
    posts.push(photo_post());
    let mut files = BTreeMap::new();
    build(&config(), &photo_sources(&posts), APP, &NoCache, &mut files).unwrap();
    // The original is not published: its address serves a copy made like the others.
    let copy = &files["images/photo.jpg"];
    assert_ne!(copy, &photo(1300, 900));
    let same = files.values().filter(|bytes| *bytes == copy).count();
    assert_eq!(same, 2, "the 1,200 px file, at its address too");
    for (path, bytes) in &files {
        assert!(!contains(bytes, GPS.as_bytes()), "{path} has the position");
        assert!(!contains(bytes, b"Exif\0\0"), "{path} has EXIF");
    }
    let page = shown(&read(&files, "posts/photo/index.html"));
    // The cover: the page's largest picture, fetched first, at the width the screen needs.
    let cover_at = page.find("<figure class=\"cover\"><img").expect("a cover") + 22;
    let cover = &page[cover_at..cover_at + page[cover_at..].find('>').unwrap()];
    assert!(cover.contains("fetchpriority=\"high\""), "{cover}");
    assert!(!cover.contains("loading"), "never lazy: {cover}");
    assert!(cover.contains("width=\"1300\" height=\"900\""), "{cover}");
    let srcset = |img: &str| -> Vec<(String, u32)> {
        let at = img.find("srcset=\"").unwrap() + 8;
        img[at..at + img[at..].find('"').unwrap()]
            .split(", ")
            .map(|s| {
                let (src, w) = s.split_once(' ').unwrap();
                (src.to_owned(), w.trim_end_matches('w').parse().unwrap())
            })
            .collect()
    };
    let widths: Vec<u32> = srcset(cover).iter().map(|(_, w)| *w).collect();
    assert_eq!(widths, [480, 800, 1000, 1200, 1300]);
    for (src, _) in srcset(cover) {
        assert!(files.contains_key(&src), "{src} is served");
    }
    // In the text, the same files, lazily.
    let in_text_at = page
        .rfind("<img src=\"content/images/photo-1200.")
        .filter(|&at| at > cover_at)
        .expect("in the text");
    let in_text = &page[in_text_at..in_text_at + page[in_text_at..].find('>').unwrap()];
    assert!(in_text.contains("loading=\"lazy\""), "{in_text}");
    assert_eq!(srcset(in_text), srcset(cover));
    // Its link preview: the photo cropped to a card.
    let card = og_image(&files, &page);
    assert!(card.starts_with("content/images/photo-card.") && card.ends_with(".jpg"));
    assert!(page.contains("<meta property=\"og:image:type\" content=\"image/jpeg\">"));
    assert!(page.contains("<meta property=\"og:image:alt\" content=\"Un sentier\">"));
}

#[test]
fn a_cover_focus_cuts_the_card_around_the_subject_and_a_bad_one_is_refused() {
    let (file, text) = photo_post();
    let focused = text.replace("cover_alt:", "cover_focus: top left\ncover_alt:");
    let mut files = BTreeMap::new();
    build(
        &config(),
        &photo_sources(&[(file, focused)]),
        APP,
        &NoCache,
        &mut files,
    )
    .unwrap();
    let page = read(&files, "posts/photo/index.html");
    let card = og_image(&files, &page);
    assert!(
        card.starts_with("content/cards/photo.") && card.ends_with(".jpg"),
        "{card}"
    );
    assert!(page.contains("<meta property=\"og:image:alt\" content=\"Un sentier\">"));
    assert!(page.contains("<meta property=\"og:image:type\" content=\"image/jpeg\">"));

    // An SVG cover's card shows it whole, whatever its focus.
    let svg = post(
        "Un schéma",
        "2016-06-10",
        "cover: images/a.svg\ncover_alt: Un schéma\ncover_focus: top\n",
    );
    let mut files = BTreeMap::new();
    build(
        &config(),
        &sources(&[("schema.md", svg)]),
        APP,
        &NoCache,
        &mut files,
    )
    .unwrap();
    let card = og_image(&files, &read(&files, "posts/schema/index.html"));
    assert!(card.starts_with("content/images/a-card."), "{card}");

    let bad = text.replace("cover_alt:", "cover_focus: en haut\ncover_alt:");
    let error = build(
        &config(),
        &photo_sources(&[(file, bad)]),
        APP,
        &NoCache,
        &mut BTreeMap::new(),
    )
    .unwrap_err()
    .to_string();
    assert!(
        error.starts_with("posts/photo.md:6: cover_focus says where"),
        "{error}"
    );
    assert!(error.contains("\"en haut\""), "{error}");
}

#[test]
fn an_image_that_cannot_be_published_fails_the_build_at_each_line_that_shows_it() {
    let mut sources = sources(&[photo_post()]);
    let mut bomb = b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR".to_vec();
    bomb.extend(30_000u32.to_be_bytes());
    bomb.extend(30_000u32.to_be_bytes());
    bomb.extend([8, 2, 0, 0, 0, 0, 0, 0, 0]);
    for (bytes, reason) in [
        (photo(600, 400)[..700].to_vec(), "it cannot be read"),
        (b"Bonjour".to_vec(), "it is not an image the build can read"),
        (bomb, "30000×30000 pixels is more than an image may have"),
    ] {
        sources.images.insert("images/photo.jpg".into(), bytes);
        let error = build(&config(), &sources, APP, &NoCache, &mut BTreeMap::new()).unwrap_err();
        let message = error.to_string();
        let lines: Vec<&str> = message.lines().collect();
        assert_eq!(lines.len(), 2, "{message}");
        assert!(
            lines[0]
                .starts_with("posts/photo.md:5: image \"images/photo.jpg\" cannot be published: "),
            "{message}"
        );
        assert!(lines[1].starts_with("posts/photo.md:10: "), "{message}");
        assert!(lines[0].contains(reason), "{message}");
    }
}

/// Counts the images made (those the cache is given to keep).
#[derive(Default)]
struct Counting(carnet_images::MemoryCache, std::sync::atomic::AtomicUsize);

impl carnet_images::Cache for Counting {
    fn get(&self, key: &str) -> Option<carnet_images::Made> {
        self.0.get(key)
    }
    fn put(&self, key: &str, made: &carnet_images::Made) {
        self.1.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        self.0.put(key, made);
    }
}

#[test]
fn an_image_is_never_made_twice() {
    let mut posts = three();
    posts.push(photo_post());
    let cache = Counting::default();
    let mut first = BTreeMap::new();
    build(&config(), &photo_sources(&posts), APP, &cache, &mut first).unwrap();
    let made = |c: &Counting| c.1.load(std::sync::atomic::Ordering::Relaxed);
    assert_eq!(
        made(&cache),
        4,
        "the photo, the SVG, and the cards drawn for the two posts without a cover"
    );
    // A text edited: the same images, from the cache.
    posts[3].1.push_str("\nUne phrase de plus.\n");
    let mut again = BTreeMap::new();
    build(&config(), &photo_sources(&posts), APP, &cache, &mut again).unwrap();
    assert_eq!(made(&cache), 4, "no image made again, no card drawn again");
    let images = |files: &BTreeMap<String, Vec<u8>>| {
        files
            .iter()
            .filter(|(p, _)| p.starts_with("content/images/"))
            .map(|(p, b)| (p.clone(), b.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(images(&first), images(&again));
}

#[test]
fn the_studio_reuses_the_sites_photos_and_makes_only_the_new_one() {
    use crate::rebuild::{Change, SOURCES_FILE, SiteSources};
    let mut posts = three();
    posts.push(photo_post());
    let mut site = BTreeMap::new();
    build(&config(), &photo_sources(&posts), APP, &NoCache, &mut site).unwrap();
    let published = SiteSources::decode(&read(&site, SOURCES_FILE)).unwrap();
    assert!(
        published.needed(&[]).all(|path| path.ends_with(".md")),
        "only the bodies are fetched: the photo's files are kept as the site serves them"
    );
    let new = "---\ntitle: Encore\ndate: 2016-06-11\nauthor: Isabelle\n---\n![Une autre](images/autre.jpg)\n";
    let changes = [
        Change::Write {
            file: "encore.md".into(),
            text: new.into(),
        },
        Change::Image {
            path: "images/autre.jpg".into(),
            bytes: photo(700, 500),
        },
    ];
    let fetched = |path: &str| site.get(path).map(Vec::as_slice);
    let (config_again, sources_again, app_again) = published
        .sources(&fetched, &changes, TODAY.parse().unwrap())
        .unwrap();
    assert!(sources_again.made.contains_key("images/photo.jpg"));
    let cache = Counting::default();
    let mut built = InMemory::default();
    build(&config_again, &sources_again, app_again, &cache, &mut built).unwrap();
    assert!(
        built
            .kept
            .iter()
            .any(|p| p.starts_with("content/images/photo-card."))
    );
    assert!(
        built.kept.contains("images/photo.jpg"),
        "the copy at its address"
    );
    assert!(
        !built
            .files
            .keys()
            .any(|p| p.starts_with("content/images/photo-"))
    );
    let again = served(built, &site);
    assert_eq!(
        cache.1.load(std::sync::atomic::Ordering::Relaxed),
        2,
        "only the new photo, and the new post's card"
    );

    // A published photo given a focus in the studio: its widest file is fetched, to cut
    // the card from.
    let (file, text) = photo_post();
    let focused = [Change::Write {
        file: file.into(),
        text: text.replace("cover_alt:", "cover_focus: top\ncover_alt:"),
    }];
    let widest: Vec<&str> = published
        .needed(&focused)
        .filter(|p| !p.ends_with(".md"))
        .collect();
    assert!(
        widest.len() == 1 && widest[0].starts_with("content/images/photo-1300."),
        "{widest:?}"
    );
    let (c, s, a) = published
        .sources(&fetched, &focused, TODAY.parse().unwrap())
        .unwrap();
    let mut built = InMemory::default();
    build(&c, &s, a, &NoCache, &mut built).unwrap();
    assert!(
        built
            .files
            .keys()
            .any(|p| p.starts_with("content/cards/photo."))
    );
    let bodies_only = |path: &str| path.ends_with(".md").then(|| fetched(path)).flatten();
    let (c, s, a) = published
        .sources(&bodies_only, &focused, TODAY.parse().unwrap())
        .unwrap();
    let error = build(&c, &s, a, &NoCache, &mut InMemory::default())
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("is needed to cut the card of photo"),
        "{error}"
    );

    posts.push(("encore.md", new.into()));
    let mut expected_sources = photo_sources(&posts);
    expected_sources
        .images
        .insert("images/autre.jpg".into(), photo(700, 500));
    let mut expected = BTreeMap::new();
    build(&config(), &expected_sources, APP, &NoCache, &mut expected).unwrap();
    assert_eq!(
        again.keys().collect::<Vec<_>>(),
        expected.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &expected {
        assert!(again[path] == *bytes, "{path} differs");
    }
}

/// The `n`-th of a generated blog's posts: a day apart, tagged in turn, the fifth ones
/// with the image, the seventh with a tag of their own.
fn numbered(n: u32) -> (String, String) {
    let date = format!("2020-{:02}-{:02}", 1 + n / 28, 1 + n % 28);
    let mut tags = vec![
        if n.is_multiple_of(2) {
            "pair"
        } else {
            "impair"
        }
        .to_owned(),
    ];
    if n.is_multiple_of(7) {
        tags.push(format!("seul {n}"));
    }
    let image = if n.is_multiple_of(5) {
        "\n\n![Une image](images/a.svg)"
    } else {
        ""
    };
    let text = format!(
        "---\ntitle: \"Article {n}\"\ndate: {date}\nauthor: Isabelle\ntags: [{}]\n---\nLe texte de l’article {n}, sur les réseaux.{image}\n",
        tags.join(", ")
    );
    (format!("article-{n:02}.md"), text)
}

/// Builds the site of `before` (with `settings`), then what `changes` touches from what
/// it publishes ([`incremental::site`], [`incremental::post_pages`]), and checks them
/// against a whole build of the posts with the changes made: each file written has its
/// bytes, each kept is unchanged, none is missing or left over, the files gone are those
/// the site no longer has. Returns the files fetched.
fn assert_incremental(
    before: &[(String, String)],
    changes: &[rebuild::Change],
    settings: &str,
) -> Vec<String> {
    use crate::rebuild::{Change, SOURCES_FILE, SiteSources};
    let settings = format!("{settings}base_url = \"https://example.org/blog/\"\n");
    let config = Config::parse(&settings, None).unwrap();
    let today: Date = TODAY.parse().unwrap();
    let full = |posts: &[(String, String)], images: &[(String, Vec<u8>)]| {
        let posts: Vec<(&str, String)> =
            posts.iter().map(|(f, t)| (f.as_str(), t.clone())).collect();
        let mut sources = sources(&posts);
        sources.images.extend(images.iter().cloned());
        let mut files = BTreeMap::new();
        let written = build(&config, &sources, APP, &NoCache, &mut files).unwrap();
        (files, written)
    };
    let (site, _) = full(before, &[]);
    let mut after = before.to_vec();
    let mut images = Vec::new();
    for change in changes {
        match change {
            Change::Write { file, text } => {
                after.retain(|(f, _)| f != file);
                after.push((file.clone(), text.clone()));
            }
            Change::Remove(file) => after.retain(|(f, _)| f != file),
            Change::Image { path, bytes } => images.push((path.clone(), bytes.clone())),
        }
    }
    let (expected, expected_written) = full(&after, &images);

    let published = SiteSources::decode(&read(&site, SOURCES_FILE)).unwrap();
    let needed = incremental::needed(&published, changes, today).unwrap();
    // Only what it names: it fails on any other file it needs.
    let fetched = |path: &str| {
        needed
            .iter()
            .any(|p| p == path)
            .then(|| site.get(path).map(Vec::as_slice))
            .flatten()
    };
    let mut out = InMemory::default();
    let changed =
        incremental::site(&published, &fetched, changes, today, &NoCache, &mut out).unwrap();
    for (path, bytes) in &out.files {
        let want = expected
            .get(path)
            .unwrap_or_else(|| panic!("{path} written, not in the site"));
        let at = bytes.iter().zip(want).take_while(|(a, b)| a == b).count();
        let around = |b: &[u8]| {
            String::from_utf8_lossy(&b[at.saturating_sub(80)..b.len().min(at + 80)]).into_owned()
        };
        assert!(
            bytes == want,
            "{path} differs at byte {at}:\n{}\n---\n{}",
            around(bytes),
            around(want)
        );
    }
    for path in &out.kept {
        let was = site
            .get(path)
            .unwrap_or_else(|| panic!("{path} kept, not published"));
        assert!(
            expected.get(path) == Some(was),
            "{path} kept, and it changes"
        );
    }
    let made: BTreeSet<&String> = out.files.keys().chain(&out.kept).collect();
    let missing: Vec<&String> = expected.keys().filter(|p| !made.contains(p)).collect();
    assert!(missing.is_empty(), "not made: {missing:?}");
    let gone: Vec<&String> = site.keys().filter(|p| !expected.contains_key(*p)).collect();
    assert_eq!(changed.gone.iter().collect::<Vec<_>>(), gone);
    assert_eq!(changed.written.files, expected_written.files);
    assert_eq!(changed.written.offline, expected_written.offline);

    // The check list's build: the changed posts' own files, from the sources alone.
    let for_pages: Vec<&str> = published.needed_for_pages(changes).collect();
    let fetched = |path: &str| {
        for_pages
            .contains(&path)
            .then(|| site.get(path).map(Vec::as_slice))
            .flatten()
    };
    let mut pages = InMemory::default();
    incremental::post_pages(&published, &fetched, changes, today, &NoCache, &mut pages).unwrap();
    for (path, bytes) in &pages.files {
        assert!(expected.get(path) == Some(bytes), "{path} differs");
    }
    needed
}

#[test]
fn what_a_change_touches_is_built_with_the_bytes_of_the_whole_build() {
    use crate::rebuild::Change;
    let settings = format!("{IDENTITY}feed_limit = 5\ndrawn_cards = false\n");
    let blog: Vec<(String, String)> = (1..=45).map(numbered).collect();
    let write = |file: &str, text: String| Change::Write {
        file: file.into(),
        text,
    };
    // A post added, newest: every list shifts, its older neighbour's page changes.
    let added = write(
        "nouveau.md",
        "---\ntitle: Un nouvel article\ndate: 2026-11-29\nauthor: Isabelle\ntags: [pair, neuf]\n---\nIl vient d’arriver, sur les réseaux.\n".into(),
    );
    let needed = assert_incremental(&blog, &[added], &settings);
    let texts = needed.iter().filter(|p| p.starts_with("content/")).count();
    assert_eq!(
        texts, 4,
        "the feed's four others, its older neighbour among them: {needed:?}"
    );
    assert!(needed.contains(&SEARCH_FILE.to_owned()));

    // A post's text edited, far from the newest: its page alone, and the index.
    let (file, text) = numbered(12);
    let edited = write(
        &file,
        text.replace("sur les réseaux", "sur Mastodon et ailleurs"),
    );
    let needed = assert_incremental(&blog, &[edited], &settings);
    assert_eq!(
        needed.len(),
        2,
        "its earlier text and the index: {needed:?}"
    );

    // Its title edited: the neighbours' pages link to it.
    let retitled = write(&file, text.replace("Article 12", "Article douze"));
    assert_incremental(&blog, &[retitled], &settings);

    // A post taken down, with the one tag of its own: the tag's pages go.
    let needed = assert_incremental(&blog, &[Change::Remove(numbered(14).0)], &settings);
    assert!(needed.len() < 6, "{needed:?}");

    // A post added with a new image, another image replaced: the posts that show it are
    // built again.
    let with_image = write(
        "photo.md",
        "---\ntitle: Photo\ndate: 2020-01-20\nauthor: Isabelle\ncover: images/b.svg\ncover_alt: Un carré\n---\nUne photo.\n".into(),
    );
    let square = |size: u32| {
        format!("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{size}\" height=\"{size}\"/>")
            .into_bytes()
    };
    let images = [
        Change::Image {
            path: "images/b.svg".into(),
            bytes: square(8),
        },
        Change::Image {
            path: "images/a.svg".into(),
            bytes: square(30),
        },
    ];
    assert_incremental(
        &blog,
        &[with_image, images[0].clone(), images[1].clone()],
        &settings,
    );
}

#[test]
fn what_a_change_touches_keeps_the_cards_drawn_and_the_whole_feed() {
    use crate::rebuild::Change;
    let blog: Vec<(String, String)> = three()
        .into_iter()
        .map(|(f, t)| (f.to_owned(), t))
        .collect();
    let added = Change::Write {
        file: "nouveau.md".into(),
        text: post("Nouveau", "2026-11-29", "slug: nouveau-billet\n"),
    };
    assert_incremental(&blog, std::slice::from_ref(&added), IDENTITY);
    assert_incremental(&blog, &[Change::Remove("second.md".into())], IDENTITY);
    let edited = Change::Write {
        file: "second.md".into(),
        text: post("Le second, revu", "2016-07-02", "cover_focus: 30% 40%\n"),
    };
    assert_incremental(&blog, &[edited, added], IDENTITY);
}
