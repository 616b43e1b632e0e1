//! A page's `<head>`: what search engines and link previews read. The content build writes
//! it into each prerendered page (through leptos_meta); in the browser it follows
//! navigation.

use crate::data::site;
use carnet_content::PostMeta;
use carnet_markdown::ImageSize;
use carnet_markdown::render::CARD;
use carnet_text::Lang;
use leptos::prelude::*;
use leptos_meta::{Html, Link, Meta, Script, Title};
use serde_json::json;
use std::sync::Arc;

/// A post, for the head of its page: its metadata and its cover as the build made it.
#[derive(Clone)]
pub struct Article {
    /// The post.
    pub post: Arc<PostMeta>,
    /// Its cover: its files, its link preview card.
    pub cover: Option<ImageSize>,
    /// Its own card: without a cover, drawn of its title; with a `cover_focus`, cut
    /// around it.
    pub card: Option<String>,
}

/// `<html lang>`, the title ("Page · Site", the site's name alone for the home), the
/// description, the canonical address, the feed, and the Open Graph and Twitter tags; for
/// a post, its dates, author, tags, cover and JSON-LD (`BlogPosting`). `path` is the page's
/// place relative to the site's root (`""`, `tags/`, `posts/<slug>/`).
#[component]
pub fn PageHead(
    /// The page's name; `None` for the home.
    #[prop(into)]
    name: Option<String>,
    /// What the page is about; the site's description (in `lang`) if not given.
    #[prop(optional, into)]
    description: Option<String>,
    /// Where the page is, relative to the site's root.
    #[prop(into)]
    path: String,
    /// The page's language.
    lang: Lang,
    /// The post, on a post's page.
    #[prop(optional)]
    article: Option<Article>,
) -> impl IntoView {
    let site = site();
    let description = description.unwrap_or_else(|| site.description.get(lang).to_owned());
    let canonical = site.url(&path);
    let title = site.page_title(name.as_deref());
    let name = name.unwrap_or_else(|| site.title.clone());
    // The link preview's picture: the post's own card, else its cover's, else the site's
    // (all raster, of the size networks show large). It shows the cover, or the title.
    let post_card = article.as_ref().and_then(|Article { post, cover, card }| {
        let card = card.clone().or_else(|| cover.as_ref()?.card.clone())?;
        let alt = post
            .cover
            .as_ref()
            .map_or(post.title.clone(), |c| c.alt.clone());
        Some((card, alt))
    });
    let site_card = || site.image.clone().map(|card| (card, site.title.clone()));
    let image = post_card.or_else(site_card).map(|(card, alt)| Image {
        url: site.url(&card),
        // The build makes cards as JPEG (from photos) or PNG (from drawings).
        mime: if card.ends_with(".png") {
            "image/png"
        } else {
            "image/jpeg"
        },
        alt,
    });
    let large = image.is_some();
    view! {
        <Html {..} lang=lang.tag()/>
        <Title text=title/>
        <Meta name="description" content=description.clone()/>
        <Link rel="canonical" href=canonical.clone()/>
        <Link rel="alternate" type_="application/atom+xml" title=site.title.clone() href=site.url("feed.xml")/>
        <Meta property="og:site_name" content=site.title.clone()/>
        <Meta property="og:type" content=if article.is_some() { "article" } else { "website" }/>
        <Meta property="og:title" content=name.clone()/>
        <Meta property="og:description" content=description.clone()/>
        <Meta property="og:url" content=canonical/>
        <Meta property="og:locale" content=og_locale(lang)/>
        <Meta name="twitter:title" content=name/>
        <Meta name="twitter:description" content=description/>
        {article.map(|article| view! { <ArticleTags article/> })}
        {image.map(|image| {
            view! {
                <Meta property="og:image" content=image.url.clone()/>
                <Meta property="og:image:type" content=image.mime/>
                <Meta property="og:image:width" content=CARD.0.to_string()/>
                <Meta property="og:image:height" content=CARD.1.to_string()/>
                <Meta property="og:image:alt" content=image.alt.clone()/>
                <Meta name="twitter:image" content=image.url/>
                <Meta name="twitter:image:alt" content=image.alt/>
            }
        })}
        <Meta name="twitter:card" content=if large { "summary_large_image" } else { "summary" }/>
        {site.fediverse.clone().map(|account| view! { <Meta name="fediverse:creator" content=account/> })}
    }
}

/// A link preview's picture: a card ([`CARD`] in size).
struct Image {
    url: String,
    mime: &'static str,
    alt: String,
}

/// A post's Open Graph article tags and its JSON-LD.
#[component]
fn ArticleTags(article: Article) -> impl IntoView {
    let post = article.post;
    view! {
        <Meta property="article:published_time" content=post.date.to_string()/>
        <Meta property="article:author" content=post.author.clone()/>
        {post.tags.iter().map(|tag| view! { <Meta property="article:tag" content=tag.clone()/> }).collect_view()}
        <Script type_="application/ld+json">{json_ld(&post, article.cover.as_ref())}</Script>
    }
}

/// The post as schema.org's `BlogPosting`, for search engines. Nothing in the data can
/// end or comment out the script: `<`, `>` and `&` are written as JSON escapes.
fn json_ld(post: &PostMeta, cover: Option<&ImageSize>) -> String {
    let site = site();
    let address = site.url(&post.route().page());
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
        "url": address,
        "mainEntityOfPage": address,
        "publisher": { "@type": "Organization", "name": site.title, "url": site.base_url },
    });
    if let Some(src) = cover.and_then(ImageSize::src) {
        ld["image"] = json!(site.url(src));
    }
    ld.to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// The Open Graph locale of a language.
fn og_locale(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "fr_FR",
        Lang::En => "en_GB",
    }
}
