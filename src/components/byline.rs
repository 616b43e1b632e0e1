use crate::i18n::ui;
use crate::site::href;
use carnet_content::routes::Route;
use carnet_content::tags::tag_slug;
use carnet_text::reading::reading_time_label;
use carnet_text::{Date, Lang};
use leptos::prelude::*;
use leptos_router::components::A;

/// A post's date, reading time and (optionally, if not blank) author, in the post's
/// language `lang`.
#[component]
pub fn Byline(
    lang: Lang,
    date: Date,
    words: u32,
    #[prop(optional, into)] author: Option<String>,
) -> impl IntoView {
    let words_of = ui(lang);
    view! {
        <p class="byline">
            {author.filter(|a| !a.trim().is_empty()).map(|author| view! { <span class="author">{words_of.by} " " {author}</span> " · " })}
            <time datetime=date.to_string()>{date.long(lang)}</time>
            " · "
            <span class="reading-time">{reading_time_label(words, lang)}</span>
        </p>
    }
}

/// A post's tags, labelled in the post's language `lang`; with `linked`, each leads to its
/// tag's page.
#[component]
pub fn Tags(
    lang: Lang,
    #[prop(into)] tags: Vec<String>,
    #[prop(optional)] linked: bool,
) -> impl IntoView {
    (!tags.is_empty()).then(|| {
        view! {
            <ul class="tags" aria-label=ui(lang).tags>
                {tags
                    .into_iter()
                    .map(|tag| {
                        let slug = tag_slug(&tag);
                        if linked && !slug.is_empty() {
                            view! { <li><A href=href(&Route::Tag(&slug, 1).path())>{tag}</A></li> }.into_any()
                        } else {
                            view! { <li>{tag}</li> }.into_any()
                        }
                    })
                    .collect_view()}
            </ul>
        }
    })
}
