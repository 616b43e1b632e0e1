use crate::app::use_ui;
use crate::data;
use leptos::prelude::*;

/// What a page shows while its data downloads.
#[component]
pub fn Loading() -> impl IntoView {
    let (_, words) = use_ui();
    view! { <p class="loading" role="status">{words.page_loading}</p> }
}

/// What a page shows when its data could not be downloaded: why, and a button that tries
/// `paths` again.
#[component]
pub fn LoadFailed(paths: Vec<String>) -> impl IntoView {
    let (_, words) = use_ui();
    let retry = move |_| paths.iter().for_each(|p| data::retry(p));
    view! {
        <div class="load-error" role="alert">
            <p>{words.page_load_failed}</p>
            <button type="button" on:click=retry>{words.retry}</button>
        </div>
    }
}
