use crate::data;
use crate::i18n::use_ui;
use leptos::prelude::*;

/// What a page shows while its data downloads.
#[component]
pub fn Loading() -> impl IntoView {
    let (_, words) = use_ui();
    view! { <p class="loading" role="status">{words.page_loading}</p> }
}

/// What a page shows when its data could not be downloaded: why (offline, and the page
/// not kept in this browser; or the network failed), and a button that tries `paths`
/// again. Back online, it tries again by itself.
#[component]
pub fn LoadFailed(paths: Vec<String>) -> impl IntoView {
    let (_, words) = use_ui();
    let paths = StoredValue::new(paths);
    let retry = move || paths.with_value(|paths| paths.iter().for_each(|p| data::retry(p)));
    let on_the_way = paths.with_value(|paths| paths.iter().any(|p| data::failed_on_network(p)));
    when_back_online(retry, on_the_way);
    let said = if is_offline() {
        words.offline().not_kept
    } else {
        words.page_load_failed
    };
    view! {
        <div class="load-error" role="alert">
            <p>{said}</p>
            <button type="button" on:click=move |_| retry()>{words.retry}</button>
        </div>
    }
}

/// Whether the browser says it is offline.
pub fn is_offline() -> bool {
    #[cfg(feature = "ssr")]
    return false;
    #[cfg(not(feature = "ssr"))]
    web_sys::window().is_some_and(|w| !w.navigator().on_line())
}

/// Calls `retry` when the browser is back online, as long as the view that asked lives.
/// A failure `on_the_way` (no answer: offline, a network that dropped) is also tried again
/// every 10 seconds while the browser says it is online: the `online` event may come before
/// the network carries a request, and one failed at that moment would wait for the next
/// event. A failure with an answer (an error status, a file it cannot read) waits for the
/// reader's "try again".
pub fn when_back_online(retry: impl Fn() + Clone + 'static, on_the_way: bool) {
    let again = retry.clone();
    let listener = window_event_listener(leptos::ev::online, move |_| retry());
    let interval = on_the_way
        .then(|| {
            set_interval_with_handle(
                move || {
                    if !is_offline() {
                        again();
                    }
                },
                std::time::Duration::from_secs(10),
            )
            .ok()
        })
        .flatten();
    on_cleanup(move || {
        listener.remove();
        if let Some(interval) = interval {
            interval.clear();
        }
    });
}
