//! How a link to a post will look where Isabelle shares it: in Google's results (the title
//! cut where Google cuts it) and as the cards of Facebook and LinkedIn, X and Mastodon.
//! Relecture draws it from the draft as the build will write the page's `<head>`; the
//! publishing page from the page built.

use crate::i18n::use_ui;
use carnet_studio::publish::LinkPreview;
use leptos::prelude::*;

/// Longest description Google shows, in characters.
const GOOGLE_DESCRIPTION: usize = 156;

/// The link's previews. `image` is where this page can show the preview's picture from.
#[component]
pub fn LinkPreviews(preview: LinkPreview, image: Option<String>) -> impl IntoView {
    let (_, words) = use_ui();
    let w = words.publish();
    // Where the link leads, as networks write it: its host.
    let host = carnet_content::data::host(&preview.url).to_owned();
    let breadcrumb = preview
        .url
        .split_once("://")
        .map_or(preview.url.as_str(), |(_, rest)| rest)
        .trim_end_matches('/')
        .replace('/', " › ");
    let description = cut(&preview.description, GOOGLE_DESCRIPTION);
    view! {
        <div class="link-previews">
            <figure class="link-preview google">
                <figcaption>{words.desk().on_google}</figcaption>
                <p class="site">{preview.site.clone()}</p>
                <p class="url">{breadcrumb}</p>
                <p class="title">{carnet_proofread::google_title(&preview.title)}</p>
                <p class="description">{description}</p>
            </figure>
            // As each network shows a large card: the picture, then what it writes of the
            // page (X writes only the address, over the picture; Mastodon credits the writer).
            {[("large", true), ("x", false), ("mastodon", true)].into_iter().zip(w.preview_on).map(|((network, words), on)| {
                let credit = (network == "mastodon").then(|| preview.creator.clone()).flatten();
                view! {
                    <figure class=format!("link-preview {network}")>
                        <figcaption>{on}</figcaption>
                        <div class="card">
                            {image.clone().map(|src| view! { <img src=src alt="" width="1200" height="630"/> })}
                            {(!words).then(|| view! { <p class="domain">{host.clone()}</p> })}
                        </div>
                        {words.then(|| view! {
                            <p class="site">{if network == "large" { host.clone() } else { preview.site.clone() }}</p>
                            <p class="title">{preview.title.clone()}</p>
                            <p class="description">{preview.description.clone()}</p>
                        })}
                        {credit.map(|account| view! { <p class="credit">{format!("{} {account}", w.more_from)}</p> })}
                    </figure>
                }
            }).collect_view()}
        </div>
    }
}

/// `text` cut at a word within `chars` characters, with " …" when cut.
fn cut(text: &str, chars: usize) -> String {
    if text.chars().count() <= chars {
        return text.to_owned();
    }
    let head: String = text.chars().take(chars).collect();
    let head = head.rsplit_once(' ').map_or(head.as_str(), |(h, _)| h);
    format!("{} …", head.trim_end())
}
