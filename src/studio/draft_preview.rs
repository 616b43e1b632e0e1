use crate::components::NotFound;
use crate::components::{Byline, StudioStyle, Tags};
use crate::data::page_title;
use crate::files;
use crate::i18n::use_ui;
use crate::site::href;
use crate::state::use_reader;
use crate::studio::drafts::display_title;
use crate::studio::store;
use carnet_content::routes::Route;
use carnet_markdown::{RenderOptions, render};
use carnet_studio::draft::Draft;
use carnet_text::Date;
use carnet_text::reading::word_count;
use carnet_text::typography;
use leptos::prelude::*;
use leptos_meta::{Html, Title};
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

/// `/drafts/<id>/preview`: the draft in the layout of a published post.
#[component]
pub fn DraftPreview() -> impl IntoView {
    let params = use_params_map();
    let reader = use_reader();
    move || {
        let id = params
            .read()
            .get(carnet_content::routes::ID)
            .unwrap_or_default();
        match store::load(&id, reader) {
            Some(draft) if draft.deleted.is_none() => view! { <DraftAsPost draft/> }.into_any(),
            _ => view! { <NotFound/> }.into_any(),
        }
    }
}

#[component]
fn DraftAsPost(draft: Draft) -> impl IntoView {
    let (_, words) = use_ui();
    let lang = draft.lang;
    let date: Option<Date> = draft
        .kept
        .date
        .as_ref()
        .and_then(|d| d.parse().ok())
        .or_else(|| files::today().parse().ok());
    let page_path = href(&Route::DraftPreview(&draft.id).path());
    let mut html = render(
        &draft.body,
        &RenderOptions {
            lang,
            page_path: &page_path,
            image_sizes: &[],
        },
    );
    html = store::show_kept_images(&draft.id, html);
    let title = typography::apply(&display_title(&draft, words.studio().untitled), lang);
    let words_in_body = word_count(&draft.body);
    view! {
        <Html {..} lang=lang.tag()/>
        <Title text=page_title(Some(&title))/>
        <StudioStyle/>
        <p class="draft-preview-note" role="note">
            {words.studio().draft_preview_note} " "
            <A href=href(&Route::Draft(&draft.id).path())>{words.studio().back_to_editor}</A>
        </p>
        <article class="post" lang=lang.tag()>
            <header class="post-header">
                <h1>{title.clone()}</h1>
                {date.map(|date| view! { <Byline lang date words=words_in_body author=draft.author.clone()/> })}
                <Tags lang tags=draft.tags.clone()/>
            </header>
            <div class="post-body" inner_html=html></div>
        </article>
    }
}
