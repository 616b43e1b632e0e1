//! The files for feed readers and crawlers: `feed.xml` (Atom, RFC 4287, full content),
//! `sitemap.xml` and `robots.txt`.

use crate::config::Config;
use atom_syndication::{
    Category, Content, Entry, Feed, FixedDateTime, Generator, Link, Person, Text,
};
use carnet_text::Date;

/// A published post as the feed shows it: its metadata and its body as HTML.
pub struct FeedPost<'a> {
    /// Its metadata, with its title and summary as readers see them (typography applied).
    pub meta: &'a carnet_content::PostMeta,
    /// Its body, rendered as on its page.
    pub html: &'a str,
}

/// The Atom feed of `posts` (newest first), each with its full text.
pub fn atom(config: &Config, posts: &[FeedPost<'_>]) -> String {
    let feed_url = config.url("feed.xml");
    let entries: Vec<Entry> = posts.iter().map(|p| entry(config, p)).collect();
    let updated = posts.iter().map(|p| p.meta.date).max().map_or_else(
        || {
            datetime(Date {
                year: 2016,
                month: 6,
                day: 9,
            })
        },
        datetime,
    );
    let feed = Feed {
        title: Text::plain(config.title.clone()),
        subtitle: Some(Text::plain(config.description.get(config.lang))),
        id: feed_url.clone(),
        updated,
        lang: Some(config.lang.tag().to_owned()),
        generator: Some(Generator {
            value: "Carnet".to_owned(),
            ..Generator::default()
        }),
        links: vec![
            link(&feed_url, "self", Some("application/atom+xml")),
            link(&config.base_url, "alternate", Some("text/html")),
        ],
        entries,
        ..Feed::default()
    };
    let mut out = Vec::new();
    feed.write_with_config(
        &mut out,
        atom_syndication::WriteConfig {
            write_document_declaration: true,
            indent_size: Some(1),
        },
    )
    .expect("writing to memory does not fail");
    String::from_utf8(out).expect("the feed is UTF-8")
}

fn entry(config: &Config, item: &FeedPost<'_>) -> Entry {
    let meta = item.meta;
    let url = config.url(&meta.route().page());
    let published = datetime(meta.date);
    Entry {
        title: Text::plain(item.meta.title.clone()),
        id: url.clone(),
        updated: published,
        published: Some(published),
        authors: vec![Person {
            name: meta.author.clone(),
            ..Person::default()
        }],
        categories: meta
            .tags
            .iter()
            .map(|tag| Category {
                term: tag.clone(),
                ..Category::default()
            })
            .collect(),
        links: vec![link(&url, "alternate", Some("text/html"))],
        summary: Some(Text::plain(item.meta.summary.clone())),
        content: Some(Content {
            // The body's links to images are relative to the site's root.
            base: Some(config.base_url.clone()),
            lang: Some(meta.lang.tag().to_owned()),
            value: Some(item.html.to_owned()),
            src: None,
            content_type: Some("html".to_owned()),
        }),
        ..Entry::default()
    }
}

fn link(href: &str, rel: &str, mime_type: Option<&str>) -> Link {
    Link {
        href: href.to_owned(),
        rel: rel.to_owned(),
        mime_type: mime_type.map(str::to_owned),
        ..Link::default()
    }
}

/// A post's date as an Atom date-time: midnight UTC (posts carry no time of day).
fn datetime(date: Date) -> FixedDateTime {
    FixedDateTime::parse_from_rfc3339(&format!("{date}T00:00:00Z"))
        .expect("a valid date makes a valid date-time")
}

/// `sitemap.xml`: every page worth indexing, with the date it last changed where known.
pub fn sitemap(config: &Config, pages: &[(String, Option<Date>)]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for (path, modified) in pages {
        out.push_str("  <url><loc>");
        pulldown_cmark_escape::escape_html(&mut out, &config.url(path)).expect("to a String");
        out.push_str("</loc>");
        if let Some(date) = modified {
            out.push_str(&format!("<lastmod>{date}</lastmod>"));
        }
        out.push_str("</url>\n");
    }
    out.push_str("</urlset>\n");
    out
}

/// `robots.txt`: everything may be crawled; the sitemap is named. (Crawlers read it at the
/// host's root: under a sub-path, the host's own robots.txt must name the sitemap.)
pub fn robots(config: &Config) -> String {
    format!(
        "# Carnet: every page may be indexed. Drafts never leave the writer's browser.\nUser-agent: *\nAllow: /\n\nSitemap: {}\n",
        config.url("sitemap.xml")
    )
}
