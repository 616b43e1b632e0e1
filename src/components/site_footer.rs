use crate::app::use_ui;
use leptos::prelude::*;

/// The page's footer.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let (_, words) = use_ui();
    view! {
        <footer class="site-footer">
            <p>{words.footer}</p>
        </footer>
    }
}
