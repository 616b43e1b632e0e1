use crate::app::use_ui;
use crate::site::href;
use crate::state::use_reader;
use carnet_core::store::{TextSize, Theme};
use leptos::prelude::*;
use leptos_router::components::A;

/// The page's footer: the display settings, the link to "My data".
#[component]
pub fn SiteFooter() -> impl IntoView {
    let (_, words) = use_ui();
    let reader = use_reader();
    let theme = move |value: Theme, label: &'static str| {
        view! {
            <button
                type="button"
                aria-pressed=move || (reader.settings().theme == value).to_string()
                on:click=move |_| reader.change_settings(|s| s.theme = value)
            >
                {label}
            </button>
        }
    };
    let size = move |value: TextSize, label: &'static str| {
        view! {
            <button
                type="button"
                aria-pressed=move || (reader.settings().text_size == value).to_string()
                on:click=move |_| reader.change_settings(|s| s.text_size = value)
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
                    {theme(Theme::System, words.theme_system)}
                    {theme(Theme::Light, words.theme_light)}
                    {theme(Theme::Dark, words.theme_dark)}
                </div>
                <div role="group" aria-label=words.text_size>
                    <span class="label" aria-hidden="true">{words.text_size}</span>
                    {size(TextSize::Small, words.size_small)}
                    {size(TextSize::Normal, words.size_normal)}
                    {size(TextSize::Large, words.size_large)}
                </div>
            </section>
            <p>{words.footer}</p>
            <p>
                <A href=href("/my-data")>{words.my_data}</A>
            </p>
        </footer>
    }
}
