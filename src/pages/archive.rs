use crate::app::use_ui;
use crate::posts::POSTS;
use crate::site::href;
use carnet_core::i18n::page_title;
use carnet_core::tags::archive;
use leptos::prelude::*;
use leptos_meta::{Html, Title};
use leptos_router::components::A;

/// `/archive`: every post by year and month, month names in the reader's language.
#[component]
pub fn Archive() -> impl IntoView {
    let (lang, words) = use_ui();
    view! {
        <Html {..} lang=lang.tag()/>
        <Title text=page_title(Some(words.archive))/>
        <h1 class="page-title">{words.archive}</h1>
        {archive(POSTS)
            .into_iter()
            .map(|year| view! {
                <section class="archive-year" aria-labelledby=format!("year-{}", year.year)>
                    <h2 id=format!("year-{}", year.year)>{year.year}</h2>
                    {year.months
                        .into_iter()
                        .map(|month| view! {
                            <h3>{month.date.month_name(lang)}</h3>
                            <ul class="archive-list">
                                {month.posts
                                    .into_iter()
                                    .map(|post| view! {
                                        <li>
                                            <time datetime=post.date.to_string()>{post.date.day}</time>
                                            " "
                                            <A href=href(&format!("/posts/{}", post.slug)) attr:lang=post.lang.tag()>{post.title}</A>
                                        </li>
                                    })
                                    .collect_view()}
                            </ul>
                        })
                        .collect_view()}
                </section>
            })
            .collect_view()}
    }
}
