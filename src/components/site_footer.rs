use crate::i18n::use_ui;
use crate::site::href;
use crate::state::use_reader;
use carnet_content::routes;
use carnet_store::reader::{Settings, TextSize, Theme};
use leptos::prelude::*;
use leptos_router::components::A;

/// The page's footer: the display settings, the link to "My data".
#[component]
pub fn SiteFooter() -> impl IntoView {
    let (lang, words) = use_ui();
    let reader = use_reader();
    let site = crate::data::site();
    // One button of a choice: pressed while `chosen` holds, `choose` makes it hold.
    let choice =
        move |chosen: fn(&Settings) -> bool, choose: fn(&mut Settings), label: &'static str| {
            view! {
                <button
                    type="button"
                    aria-pressed=move || chosen(&reader.settings()).to_string()
                    on:click=move |_| reader.change_settings(choose)
                >
                    {label}
                </button>
            }
        };
    view! {
        <footer class="site-footer">
            <section class="display-settings" aria-label=words.display>
                <div role="group" aria-label=words.theme>
                    <span class="label" aria-hidden="true">{words.theme}</span>
                    {choice(|s| s.theme == Theme::System, |s| s.theme = Theme::System, words.theme_system)}
                    {choice(|s| s.theme == Theme::Light, |s| s.theme = Theme::Light, words.theme_light)}
                    {choice(|s| s.theme == Theme::Dark, |s| s.theme = Theme::Dark, words.theme_dark)}
                </div>
                <div role="group" aria-label=words.text_size>
                    <span class="label" aria-hidden="true">{words.text_size}</span>
                    {choice(|s| s.text_size == TextSize::Small, |s| s.text_size = TextSize::Small, words.size_small)}
                    {choice(|s| s.text_size == TextSize::Normal, |s| s.text_size = TextSize::Normal, words.size_normal)}
                    {choice(|s| s.text_size == TextSize::Large, |s| s.text_size = TextSize::Large, words.size_large)}
                </div>
            </section>
            <p>
                {site.footer.get(lang).to_owned()}
                {site.links.iter().map(|link| view! { " · " <a href=link.url.clone() rel="me">{link.name.clone()}</a> }).collect_view()}
            </p>
            <p>
                <A href=href(routes::MY_DATA_PATH)>{words.my_data}</A>
            </p>
        </footer>
    }
}
