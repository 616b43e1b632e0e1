use crate::app::UiLang;
use carnet_core::i18n::ui;
use leptos::prelude::*;

/// The page's footer.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let words = ui(expect_context::<UiLang>().0);
    view! {
        <footer class="site-footer">
            <p>{words.footer}</p>
        </footer>
    }
}
