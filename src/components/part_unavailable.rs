use crate::i18n::use_ui;
use crate::parts::{MissingPart, Why};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::future::Future;
use std::pin::Pin;

/// How a page of a part is had: its view once the part is fetched.
pub type PageLoader = fn() -> Pin<Box<dyn Future<Output = Result<AnyView, MissingPart>>>>;

/// What a page shows when the part of the app it needs could not be fetched: `why`, in
/// plain words, and a way back. It tries again when the reader asks and when the browser is
/// back online; once the part has come, the page is loaded again, onto it (the part is in
/// the browser's cache by then). When the site was deployed again since the tab opened, it
/// offers to reload the page instead: a tab never mixes two versions of the app. The header,
/// the other pages and the reader's state keep working meanwhile.
#[component]
pub fn PartUnavailable(why: Why, load: PageLoader) -> impl IntoView {
    let (_, words) = use_ui();
    let (text, button, name) = match why {
        Why::Offline => (words.part_offline, words.retry, "offline"),
        Why::Flaky => (words.part_failed, words.retry, "flaky"),
        Why::Redeployed => (words.part_redeployed, words.reload, "redeployed"),
    };
    let retry = move || {
        let reload = || {
            let _ = window().location().reload();
        };
        if why == Why::Redeployed {
            return reload();
        }
        spawn_local(async move {
            if load().await.is_ok() {
                reload();
            }
        });
    };
    let listener = window_event_listener(leptos::ev::online, move |_| retry());
    on_cleanup(move || listener.remove());
    view! {
        <div class="load-error part-unavailable" role="alert" data-why=name>
            <p>{text}</p>
            <button type="button" on:click=move |_| retry()>{button}</button>
        </div>
    }
}
