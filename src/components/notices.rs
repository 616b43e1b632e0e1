use crate::i18n::use_ui;
use crate::site::href;
use crate::state::use_reader;
use carnet_content::routes;
use carnet_store::StorageProblem;
use leptos::prelude::*;
use leptos_router::components::A;

/// Short notices about the reader's stored data (set aside, unavailable, full): one per
/// message, however many keys it concerns, each with a way to dismiss it and, where it
/// helps, a link to the "My data" page.
#[component]
pub fn Notices() -> impl IntoView {
    let (_, words) = use_ui();
    let reader = use_reader();
    let messages = move || {
        let mut messages: Vec<(&'static str, bool)> = Vec::new();
        for problem in reader.problems() {
            let message = words.problem(&problem);
            if !messages.iter().any(|(m, _)| *m == message) {
                messages.push((message, problem != StorageProblem::Unavailable));
            }
        }
        messages
    };
    view! {
        <div class="notices" role="status">
            <For each=messages key=|(message, _)| *message let:notice>
                <div class="notice">
                    <p>
                        {notice.0}
                        {notice.1.then(|| view! { " " <A href=href(routes::MY_DATA_PATH)>{words.my_data}</A> })}
                    </p>
                    <button
                        type="button"
                        class="dismiss"
                        aria-label=words.dismiss
                        title=words.dismiss
                        on:click=move |_| reader.dismiss(|p| words.problem(p) == notice.0)
                    >
                        "×"
                    </button>
                </div>
            </For>
        </div>
    }
}
