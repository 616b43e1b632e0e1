use crate::components::{LoadFailed, Loading, PageHead};
use crate::data::{self, Pending};
use crate::i18n::use_ui;
use crate::site::href;
use carnet_content::data::{ARCHIVE_FILE, ArchiveEntry};
use carnet_content::routes::Route;
use carnet_content::tags::archive;
use leptos::prelude::*;
use leptos_router::components::A;

/// `/archive`: every post by year and month, month names in the reader's language.
#[component]
pub fn Archive() -> impl IntoView {
    let (lang, words) = use_ui();
    let entries = Memo::new(move |_| data::get::<Vec<ArchiveEntry>>(ARCHIVE_FILE));
    let years = move || {
        match entries.get() {
        Ok(entries) => archive(&entries)
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
                                    .map(|post| {
                                        let (link, title) = (href(&Route::Post(&post.slug).path()), post.title.clone());
                                        view! {
                                            <li>
                                                <time datetime=post.date.to_string()>{post.date.day}</time>
                                                " "
                                                <A href=link attr:lang=post.lang.tag()>{title}</A>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        })
                        .collect_view()}
                </section>
            })
            .collect_view()
            .into_any(),
        Err(Pending::Loading) => view! { <Loading/> }.into_any(),
        Err(Pending::Failed(_)) => view! { <LoadFailed paths=vec![ARCHIVE_FILE.to_owned()]/> }.into_any(),
    }
    };
    view! {
        <PageHead name=words.archive.to_owned() path=Route::Archive.page() lang/>
        <h1 class="page-title">{words.archive}</h1>
        {years}
    }
}
