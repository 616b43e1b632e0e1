use crate::app::use_ui;
use crate::site::href;
use leptos::prelude::*;
use leptos_router::components::A;

/// The page's footer.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let (_, words) = use_ui();
    view! {
        <footer class="site-footer">
            <p>{words.footer}</p>
            <p>
                <A href=href("/my-data")>{words.my_data}</A>
            </p>
        </footer>
    }
}
