//! Prerendered entry pages: the HTML the app would show for a post, the home page, the
//! tags and the archive, written as files so that readers see them at once, crawlers and
//! link-preview bots can read them, and the page works without JavaScript.
//!
//! The markup mirrors the app's components (`src/components/`, `src/pages/`) element for
//! element, so that when the app takes over (`src/main.rs`) nothing moves. The article
//! itself is [`carnet_core::render`]'s output, as in the browser.

use crate::config::Config;
use carnet_core::i18n::{Ui, ui};
use carnet_core::paging::{PER_PAGE, Page};
use carnet_core::reading::reading_time_label;
use carnet_core::share::Network;
use carnet_core::tags::{Tag, archive, tag_slug};
use carnet_core::{Lang, PostMeta};
use pulldown_cmark_escape::{escape_href, escape_html};
use serde_json::json;
use std::fmt::Write as _;

/// The `<title>` of the app's page, which each page's own replaces.
pub const SHELL_TITLE: &str = "<title>Carnet</title>";

/// Text escaped for HTML content and attribute values.
pub(crate) fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_html(&mut out, text).expect("to a String");
    out
}

/// A URL escaped for an `href` or `src`.
fn url(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_href(&mut out, text).expect("to a String");
    out
}

/// One page to write: where, its `<head>` additions, its `<body>` content, its language.
pub struct EntryPage {
    /// The file's path under the output directory: `posts/<slug>/index.html`.
    pub file: String,
    /// The language of `<html lang>`.
    pub lang: Lang,
    /// The `<title>` and the `<meta>`, `<link>` and JSON-LD tags.
    pub head: String,
    /// The page's content, as the app renders it.
    pub body: String,
    /// The data the page shows, for the app (see [`carnet_core::data::embed`]).
    pub data: String,
}

/// Where the site lives, for the links the pages carry.
pub struct Site<'a> {
    /// Settings: the public address.
    pub config: &'a Config,
    /// Every published post, newest first.
    pub posts: &'a [PostMeta],
}

impl Site<'_> {
    /// The path of a page on the host: `/blog/posts/x` (as the app's `href`).
    fn href(&self, path: &str) -> String {
        format!("{}{path}", self.config.base_path().trim_end_matches('/'))
    }

    /// The words of the site's own interface.
    fn ui(&self) -> &'static Ui {
        ui(self.config.lang)
    }

    /// The footer's own line and the writer's profiles, in the site's language.
    fn footer_line(&self) -> String {
        let links: String = self
            .config
            .links
            .iter()
            .map(|link| {
                format!(
                    " · <a href=\"{}\" rel=\"me\">{}</a>",
                    url(&link.url),
                    esc(&link.name)
                )
            })
            .collect();
        format!("{}{links}", esc(self.config.footer.get(self.config.lang)))
    }

    /// The header, then `main`, then the footer, in the app's `#carnet` root; `current` is
    /// the navigation link of the page's section, marked as the app marks it.
    fn layout(&self, main: &str, current: Option<&str>) -> String {
        let words = self.ui();
        let other = match self.config.lang {
            Lang::Fr => Lang::En,
            Lang::En => Lang::Fr,
        };
        let nav: String = [
            ("/", words.posts),
            ("/archive", words.archive),
            ("/tags", words.tags),
            ("/bookmarks", words.read_later),
            ("/drafts", words.drafts),
        ]
        .iter()
        .map(|(path, label)| {
            let here = if current == Some(*path) {
                " aria-current=\"page\""
            } else {
                ""
            };
            format!(
                "<a href=\"{}\"{here}>{}</a>",
                url(&self.href(path)),
                esc(label)
            )
        })
        .collect();
        let choice = |label: &str, pressed: bool| {
            format!(
                "<button type=\"button\" aria-pressed=\"{pressed}\">{}</button>",
                esc(label)
            )
        };
        format!(
            "<div id=\"carnet\" data-prerendered>\
<a class=\"skip-link\" href=\"#main\">{skip}</a>\
<header class=\"site-header\"><a href=\"{home}\" class=\"site-name\">{site_name}</a>\
<nav aria-label=\"{main_nav}\">{nav}</nav>\
<form class=\"search-box\" role=\"search\" action=\"{search}\">\
<label class=\"visually-hidden\" for=\"search-box\">{search_label}</label>\
<input id=\"search-box\" type=\"search\" name=\"q\" autocomplete=\"off\" placeholder=\"{placeholder}\" aria-keyshortcuts=\"/\"></form>\
<button class=\"lang-switch\" type=\"button\" lang=\"{other}\" title=\"{other_label}\">{other_name}</button></header>\
<main id=\"main\" tabindex=\"-1\"><div class=\"notices\" role=\"status\"></div>{main}</main>\
<footer class=\"site-footer\"><section class=\"display-settings\" aria-label=\"{display}\">\
<div role=\"group\" aria-label=\"{theme}\"><span class=\"label\" aria-hidden=\"true\">{theme}</span>{t1}{t2}{t3}</div>\
<div role=\"group\" aria-label=\"{size}\"><span class=\"label\" aria-hidden=\"true\">{size}</span>{s1}{s2}{s3}</div></section>\
<p>{footer}</p><p><a href=\"{my_data}\">{my_data_label}</a></p></footer></div>",
            skip = esc(words.skip_to_content),
            site_name = esc(&self.config.title),
            home = url(&self.href("/")),
            main_nav = esc(words.main_nav),
            search = url(&self.href("/search")),
            search_label = esc(words.search),
            placeholder = esc(words.search_placeholder),
            other = other.tag(),
            other_label = esc(words.other_language_label),
            other_name = esc(words.other_language),
            display = esc(words.display),
            theme = esc(words.theme),
            t1 = choice(words.theme_system, true),
            t2 = choice(words.theme_light, false),
            t3 = choice(words.theme_dark, false),
            size = esc(words.text_size),
            s1 = choice(words.size_small, false),
            s2 = choice(words.size_normal, true),
            s3 = choice(words.size_large, false),
            footer = self.footer_line(),
            my_data = url(&self.href("/my-data")),
            my_data_label = esc(words.my_data),
        )
    }

    /// The `<head>` tags every page has: title (the page's `name` · Carnet), description,
    /// canonical URL, feed, and the Open Graph and Twitter basics.
    fn head(&self, name: &str, description: &str, path: &str, og_type: &str, lang: Lang) -> String {
        let canonical = self.config.url(path);
        let title = esc(&if name == self.config.title {
            name.to_owned()
        } else {
            format!("{name} · {}", self.config.title)
        });
        let site_name = esc(&self.config.title);
        let name = esc(name);
        let description = esc(description);
        format!(
            "<title>{title}</title>\n    \
<meta name=\"description\" content=\"{description}\">\n    \
<link rel=\"canonical\" href=\"{canonical}\">\n    \
<link rel=\"alternate\" type=\"application/atom+xml\" title=\"{site_name}\" href=\"{feed}\">\n    \
<meta property=\"og:site_name\" content=\"{site_name}\">\n    \
<meta property=\"og:type\" content=\"{og_type}\">\n    \
<meta property=\"og:title\" content=\"{name}\">\n    \
<meta property=\"og:description\" content=\"{description}\">\n    \
<meta property=\"og:url\" content=\"{canonical}\">\n    \
<meta property=\"og:locale\" content=\"{locale}\">\n    \
<meta name=\"twitter:title\" content=\"{name}\">\n    \
<meta name=\"twitter:description\" content=\"{description}\">\n",
            canonical = url(&canonical),
            feed = url(&self.config.url("feed.xml")),
            locale = locale(lang),
        )
    }

    /// The head of one of the site's own pages (home, tags, archive): its description,
    /// the site's unless given, and the site's default image if it has one.
    fn website_head(&self, name: &str, description: Option<&str>, path: &str) -> String {
        let lang = self.config.lang;
        let description = description.unwrap_or(self.config.description.get(lang));
        let mut head = self.head(name, description, path, "website", lang);
        head.push_str(&self.default_image());
        head.push_str("    <meta name=\"twitter:card\" content=\"summary\">\n");
        head
    }

    /// The site's default image for link previews (`image` in `Carnet.toml`), if any.
    fn default_image(&self) -> String {
        self.config.image.as_ref().map_or_else(String::new, |(path, _)| {
            let image = url(&self.config.url(path));
            format!(
                "    <meta property=\"og:image\" content=\"{image}\">\n    <meta name=\"twitter:image\" content=\"{image}\">\n"
            )
        })
    }

    /// A tag list, labelled in `lang`, each tag a link.
    fn tags(&self, lang: Lang, tags: &[String]) -> String {
        if tags.is_empty() {
            return String::new();
        }
        let items: String = tags
            .iter()
            .map(|tag| {
                let slug = tag_slug(tag);
                if slug.is_empty() {
                    format!("<li>{}</li>", esc(tag))
                } else {
                    format!(
                        "<li><a href=\"{}\">{}</a></li>",
                        url(&self.href(&format!("/tags/{slug}"))),
                        esc(tag)
                    )
                }
            })
            .collect();
        format!(
            "<ul class=\"tags\" aria-label=\"{}\">{items}</ul>",
            esc(ui(lang).tags)
        )
    }

    /// The "Read later" button, not pressed (the reader's list is in their browser).
    fn bookmark_button(&self, named: Option<&PostMeta>) -> String {
        let name = named.map_or_else(String::new, |post| {
            format!(
                "<span class=\"visually-hidden\" lang=\"{}\"> — {}</span>",
                post.lang.tag(),
                esc(&post.title)
            )
        });
        format!(
            "<button class=\"bookmark-toggle\" type=\"button\" aria-pressed=\"false\">\
<svg viewBox=\"0 0 16 16\" width=\"16\" height=\"16\" aria-hidden=\"true\"><path d=\"M4 1.5h8v13l-4-3-4 3z\"></path></svg>{}{name}</button>",
            esc(self.ui().read_later)
        )
    }

    /// A post's date and reading time, and its author when `author`, in its language.
    fn byline(&self, post: &PostMeta, author: bool) -> String {
        let words = ui(post.lang);
        let author = if author && !post.author.trim().is_empty() {
            format!(
                "<span class=\"author\">{} {}</span> · ",
                esc(words.by),
                esc(&post.author)
            )
        } else {
            String::new()
        };
        format!(
            "<p class=\"byline\">{author}<time datetime=\"{}\">{}</time> · <span class=\"reading-time\">{}</span></p>",
            post.date,
            esc(&post.date.long(post.lang)),
            esc(&reading_time_label(post.words, post.lang))
        )
    }

    /// A list of posts as the app's `PostList` shows them, unread and not kept for later.
    fn post_list(&self, posts: &[&PostMeta], empty: &str) -> String {
        if posts.is_empty() {
            return format!("<p class=\"empty\">{}</p>", esc(empty));
        }
        let mut out = String::from("<ol class=\"post-list\">");
        for post in posts {
            let _ = write!(
                out,
                "<li><article class=\"post-summary unread\" lang=\"{lang}\"><h2><a href=\"{href}\">{title}</a></h2>{byline}\
<p class=\"summary\">{summary}</p>{tags}<div class=\"summary-actions\" lang=\"{ui_lang}\">\
<span class=\"reading-status unread\">{unread}</span>{button}</div></article></li>",
                lang = post.lang.tag(),
                href = url(&self.href(&post.path())),
                title = esc(&post.title),
                byline = self.byline(post, false),
                summary = esc(&post.summary),
                tags = self.tags(post.lang, &post.tags),
                ui_lang = self.config.lang.tag(),
                unread = esc(self.ui().unread),
                button = self.bookmark_button(Some(post)),
            );
        }
        out.push_str("</ol>");
        out
    }

    /// The links to the next pages of a list (the first page is the one prerendered).
    fn pager(&self, page: Page, link: impl Fn(usize) -> String) -> String {
        if page.count < 2 {
            return String::new();
        }
        let words = self.ui();
        format!(
            "<nav class=\"pager\" aria-label=\"{}\"><span aria-current=\"page\">{}</span><a href=\"{}\" rel=\"next\" class=\"next\">{}</a></nav>",
            esc(words.pages),
            esc(&words.page_of(page.number, page.count)),
            url(&link(2)),
            esc(words.next_page)
        )
    }

    /// The share links (the app shows the system's share button instead where there is one).
    fn share(&self, post: &PostMeta, address: &str) -> String {
        let words = self.ui();
        let links: String = Network::ALL
            .into_iter()
            .map(|network| {
                format!(
                    "<a href=\"{}\" rel=\"noopener\" target=\"_blank\">{}</a>",
                    esc(&network.link(address, &post.title)),
                    esc(network.name().unwrap_or(words.email))
                )
            })
            .collect();
        format!(
            "<aside class=\"share\" aria-label=\"{}\"><span class=\"label\">{}</span>{links}\
<button type=\"button\" class=\"copy-link\">{}</button><span class=\"copy-status\" role=\"status\"></span></aside>",
            esc(words.share_label),
            esc(words.share),
            esc(words.copy_link)
        )
    }

    /// `posts/<slug>/index.html`: the post, its `html` body, and links to its neighbours.
    pub fn post_page(
        &self,
        post: &PostMeta,
        html: &str,
        cover_size: Option<(u32, u32)>,
        newer: Option<&PostMeta>,
        older: Option<&PostMeta>,
    ) -> EntryPage {
        let words = self.ui();
        let path = format!("posts/{}/", post.slug);
        let mut head = self.head(&post.title, &post.summary, &path, "article", post.lang);
        let _ = writeln!(
            head,
            "    <meta property=\"article:published_time\" content=\"{}\">",
            post.date
        );
        let _ = writeln!(
            head,
            "    <meta property=\"article:author\" content=\"{}\">",
            esc(&post.author)
        );
        for tag in &post.tags {
            let _ = writeln!(
                head,
                "    <meta property=\"article:tag\" content=\"{}\">",
                esc(tag)
            );
        }
        let image = post.cover.as_ref().map(|cover| self.config.url(&cover.src));
        match (&image, &post.cover) {
            (Some(image), Some(cover)) => {
                let _ = writeln!(
                    head,
                    "    <meta property=\"og:image\" content=\"{}\">",
                    url(image)
                );
                let _ = writeln!(
                    head,
                    "    <meta property=\"og:image:alt\" content=\"{}\">",
                    esc(&cover.alt)
                );
                if let Some((w, h)) = cover_size {
                    let _ = writeln!(
                        head,
                        "    <meta property=\"og:image:width\" content=\"{w}\">"
                    );
                    let _ = writeln!(
                        head,
                        "    <meta property=\"og:image:height\" content=\"{h}\">"
                    );
                }
                head.push_str("    <meta name=\"twitter:card\" content=\"summary_large_image\">\n");
                let _ = writeln!(
                    head,
                    "    <meta name=\"twitter:image\" content=\"{}\">",
                    url(image)
                );
                let _ = writeln!(
                    head,
                    "    <meta name=\"twitter:image:alt\" content=\"{}\">",
                    esc(&cover.alt)
                );
            }
            _ => {
                head.push_str(&self.default_image());
                head.push_str("    <meta name=\"twitter:card\" content=\"summary\">\n");
            }
        }
        let mut ld = json!({
            "@context": "https://schema.org",
            "@type": "BlogPosting",
            "headline": post.title,
            "description": post.summary,
            "datePublished": post.date.to_string(),
            "dateModified": post.date.to_string(),
            "author": { "@type": "Person", "name": post.author },
            "inLanguage": post.lang.tag(),
            "keywords": post.tags.join(", "),
            "wordCount": post.words,
            "url": self.config.url(&path),
            "mainEntityOfPage": self.config.url(&path),
            "publisher": { "@type": "Organization", "name": self.config.title, "url": self.config.base_url },
        });
        if let Some(image) = &image {
            ld["image"] = json!(image);
        }
        // Nothing in the data can end or comment out the script: `<`, `>` and `&` are
        // written as JSON escapes.
        let ld = ld
            .to_string()
            .replace('<', "\\u003c")
            .replace('>', "\\u003e")
            .replace('&', "\\u0026");
        let _ = writeln!(
            head,
            "    <script type=\"application/ld+json\">{ld}</script>"
        );

        let cover = post.cover.as_ref().map_or_else(String::new, |cover| {
            let size = cover_size.map_or_else(String::new, |(w, h)| {
                format!(" width=\"{w}\" height=\"{h}\"")
            });
            format!(
                "<figure class=\"cover\"><img src=\"{}\" alt=\"{}\"{size}></figure>",
                url(&cover.src),
                esc(&cover.alt)
            )
        });
        let credit = post.photo_credit.as_ref().map_or_else(String::new, |c| {
            format!("<p class=\"photo-credit\">{}</p>", esc(c))
        });
        let neighbour = |p: &PostMeta, label: &str, class: &str, rel: &str| {
            format!(
                "<a href=\"{}\" class=\"{class}\" rel=\"{rel}\"><span class=\"label\">{}</span><span class=\"title\" lang=\"{}\">{}</span></a>",
                url(&self.href(&p.path())),
                esc(label),
                p.lang.tag(),
                esc(&p.title)
            )
        };
        let nav = if newer.is_some() || older.is_some() {
            format!(
                "<nav class=\"post-nav\" aria-label=\"{}\">{}{}</nav>",
                esc(words.more_posts),
                older.map_or_else(String::new, |p| neighbour(
                    p,
                    words.older_post,
                    "older",
                    "prev"
                )),
                newer.map_or_else(String::new, |p| neighbour(
                    p,
                    words.newer_post,
                    "newer",
                    "next"
                )),
            )
        } else {
            String::new()
        };
        let main = format!(
            "<div class=\"reading-progress\" role=\"progressbar\" aria-label=\"{progress}\" aria-valuemin=\"0\" aria-valuemax=\"100\" aria-valuenow=\"0\"><div class=\"bar\" style=\"width: 0%;\"></div></div>\
<article class=\"post\" lang=\"{lang}\" data-slug=\"{slug}\"><header class=\"post-header\"><h1>{title}</h1>{byline}{tags}\
<div class=\"post-actions\" lang=\"{ui_lang}\">{bookmark}<button class=\"read-toggle\" type=\"button\">{mark_read}</button></div></header>\
{cover}{credit}<div class=\"post-body\">{html}</div></article>{share}<div class=\"resume-notice\" role=\"status\"></div>{nav}",
            progress = esc(words.reading_progress),
            lang = post.lang.tag(),
            slug = esc(&post.slug),
            title = esc(&post.title),
            byline = self.byline(post, true),
            tags = self.tags(post.lang, &post.tags),
            ui_lang = self.config.lang.tag(),
            bookmark = self.bookmark_button(None),
            mark_read = esc(words.mark_read),
            share = self.share(post, &self.config.url(&path)),
        );
        EntryPage {
            file: format!("posts/{}/index.html", post.slug),
            lang: post.lang,
            head,
            body: self.layout(&main, None),
            data: String::new(),
        }
    }

    /// `index.html`: the first page of the posts, newest first.
    pub fn home_page(&self) -> EntryPage {
        let words = self.ui();
        let page = Page::of(self.posts.len(), None, PER_PAGE);
        let posts: Vec<&PostMeta> = self.posts[page.start..page.end].iter().collect();
        let filter = |href: &str, label: &str, count: usize, current: bool| {
            format!(
                "<a href=\"{}\"{}>{} <span class=\"count\">{count}</span></a>",
                url(&self.href(href)),
                if current {
                    " aria-current=\"page\""
                } else {
                    ""
                },
                esc(label)
            )
        };
        let main = format!(
            "<h1 class=\"visually-hidden\">{site_name}</h1><section aria-labelledby=\"latest-posts\">\
<h2 class=\"page-title\" id=\"latest-posts\">{latest}</h2><nav class=\"filters\" aria-label=\"{filters}\">{all}{unread}{later}</nav>{list}{pager}</section>",
            site_name = esc(&self.config.title),
            latest = esc(words.latest_posts),
            filters = esc(words.filter_posts),
            all = filter("/", words.filter_all, self.posts.len(), true),
            unread = filter(
                "/?show=unread",
                words.filter_unread,
                self.posts.len(),
                false
            ),
            later = filter("/?show=later", words.read_later, 0, false),
            list = self.post_list(&posts, words.no_posts),
            pager = self.pager(page, |n| self.href(&format!("/?page={n}"))),
        );
        EntryPage {
            file: "index.html".to_owned(),
            lang: self.config.lang,
            head: self.website_head(&self.config.title, None, ""),
            body: self.layout(&main, Some("/")),
            data: String::new(),
        }
    }

    /// `tags/index.html`: every tag with its number of posts.
    pub fn tag_index(&self, tags: &[Tag<'_>]) -> EntryPage {
        let words = self.ui();
        let items: String = tags
            .iter()
            .map(|tag| {
                format!(
                    "<li><a href=\"{}\">{}</a> <span class=\"count\">{}</span></li>",
                    url(&self.href(&format!("/tags/{}", tag.slug))),
                    esc(tag.name),
                    esc(&words.post_count(tag.posts.len()))
                )
            })
            .collect();
        let main = format!(
            "<h1 class=\"page-title\">{}</h1><ul class=\"tag-index\">{items}</ul>",
            esc(words.all_tags)
        );
        EntryPage {
            file: "tags/index.html".to_owned(),
            lang: self.config.lang,
            head: self.website_head(words.all_tags, None, "tags/"),
            body: self.layout(&main, Some("/tags")),
            data: String::new(),
        }
    }

    /// `tags/<slug>/index.html`: the first page of a tag's posts.
    pub fn tag_page(&self, tag: &Tag<'_>) -> EntryPage {
        let words = self.ui();
        let heading = words.tag_heading(tag.name);
        let page = Page::of(tag.posts.len(), None, PER_PAGE);
        let posts = &tag.posts[page.start..page.end];
        let main = format!(
            "<h1 class=\"page-title\">{h}</h1><p class=\"tag-count\">{count} · <a href=\"{all}\">{all_tags}</a></p>{list}{pager}",
            h = esc(&heading),
            count = esc(&words.post_count(tag.posts.len())),
            all = url(&self.href("/tags")),
            all_tags = esc(words.all_tags),
            list = self.post_list(posts, words.no_posts),
            pager = self.pager(page, |n| self.href(&format!("/tags/{}?page={n}", tag.slug))),
        );
        let description = format!("{} — {}", heading, words.post_count(tag.posts.len()));
        EntryPage {
            file: format!("tags/{}/index.html", tag.slug),
            lang: self.config.lang,
            head: self.website_head(&heading, Some(&description), &format!("tags/{}/", tag.slug)),
            body: self.layout(&main, Some("/tags")),
            data: String::new(),
        }
    }

    /// `archive/index.html`: every post by year and month.
    pub fn archive_page(&self) -> EntryPage {
        let words = self.ui();
        let lang = self.config.lang;
        let mut main = format!("<h1 class=\"page-title\">{}</h1>", esc(words.archive));
        for year in archive(self.posts) {
            let _ = write!(
                main,
                "<section class=\"archive-year\" aria-labelledby=\"year-{y}\"><h2 id=\"year-{y}\">{y}</h2>",
                y = year.year
            );
            for month in &year.months {
                let _ = write!(
                    main,
                    "<h3>{}</h3><ul class=\"archive-list\">",
                    esc(month.date.month_name(lang))
                );
                for post in &month.posts {
                    let _ = write!(
                        main,
                        "<li><time datetime=\"{}\">{}</time> <a href=\"{}\" lang=\"{}\">{}</a></li>",
                        post.date,
                        post.date.day,
                        url(&self.href(&post.path())),
                        post.lang.tag(),
                        esc(&post.title)
                    );
                }
                main.push_str("</ul>");
            }
            main.push_str("</section>");
        }
        EntryPage {
            file: "archive/index.html".to_owned(),
            lang,
            head: self.website_head(words.archive, None, "archive/"),
            body: self.layout(&main, Some("/archive")),
            data: String::new(),
        }
    }
}

/// The Open Graph locale of a language.
fn locale(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "fr_FR",
        Lang::En => "en_GB",
    }
}

/// `template` (the app's `index.html`) with `page`'s language, head, body and data. Fails
/// when the template lacks what is replaced.
pub fn fill(template: &str, page: &EntryPage) -> Result<String, String> {
    let missing = |what: &str| format!("index.html has no {what}: cannot prerender {}", page.file);
    let (before_title, after_title) = template
        .split_once(SHELL_TITLE)
        .ok_or_else(|| missing(SHELL_TITLE))?;
    let (head_end, body_and_rest) = after_title
        .split_once("<body>")
        .ok_or_else(|| missing("<body>"))?;
    let (_, after_body) = body_and_rest
        .split_once("</body>")
        .ok_or_else(|| missing("</body>"))?;
    let before_title = replace_lang(before_title, page.lang);
    Ok(format!(
        "{before_title}{head}{head_end}<body>\n    {body}\n    {data}\n  </body>{after_body}",
        head = page.head,
        body = page.body,
        data = page.data,
    ))
}

fn replace_lang(head: &str, lang: Lang) -> String {
    match head.split_once("<html lang=\"") {
        Some((start, rest)) => match rest.split_once('"') {
            Some((_, rest)) => format!("{start}<html lang=\"{}\"{rest}", lang.tag()),
            None => head.to_owned(),
        },
        None => head.to_owned(),
    }
}
