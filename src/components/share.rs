use crate::data::site;
use crate::i18n::use_ui;
use carnet_content::PostMeta;
use carnet_content::share::Network;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::{Function, Object, Promise, Reflect};

/// Sharing a post: the system's share sheet where the browser has one (Web Share API),
/// otherwise links to each network's own share page; and "copy link" in both cases. No
/// third-party script is ever loaded. The address shared is the post's public one.
///
/// The page is prerendered with the links; the button replaces them once the app runs in
/// a browser that has the sheet.
#[component]
pub fn Share(post: Arc<PostMeta>) -> impl IntoView {
    let (_, words) = use_ui();
    let address = site().url(&post.route().page());
    let status = RwSignal::new(None::<&'static str>);
    let native = RwSignal::new(false);
    Effect::new(move |_| native.set(method(&window().navigator(), "share").is_some()));
    let shared = {
        let address = address.clone();
        let title = post.title.clone();
        move |_| {
            let data = Object::new();
            let _ = Reflect::set(&data, &"title".into(), &title.as_str().into());
            let _ = Reflect::set(&data, &"url".into(), &address.as_str().into());
            // Dismissing the sheet rejects the promise: nothing to say then.
            let _ = call(&window().navigator(), "share", &data);
        }
    };
    let copy = {
        let address = address.clone();
        move |_| {
            let address = address.clone();
            spawn_local(async move {
                let clipboard = Reflect::get(&window().navigator(), &"clipboard".into()).ok();
                let copied =
                    match clipboard.and_then(|c| call(&c, "writeText", &address.as_str().into())) {
                        Some(promise) => JsFuture::from(promise).await.is_ok(),
                        None => false,
                    };
                let _ = status.try_set(Some(if copied {
                    words.link_copied
                } else {
                    words.copy_failed
                }));
            });
        }
    };
    let links = move || {
        (!native.get()).then(|| {
            Network::ALL
                .into_iter()
                .map(|network| {
                    let name = network.name().unwrap_or(words.email);
                    view! { <a href=network.link(&address, &post.title) rel="noopener" target="_blank">{name}</a> }
                })
                .collect_view()
        })
    };
    view! {
        <aside class="share" aria-label=words.share_label>
            <span class="label">{words.share}</span>
            {move || native.get().then(|| view! { <button type="button" class="share-button" on:click=shared.clone()>{words.share}</button> })}
            {links}
            <button type="button" class="copy-link" on:click=copy>{words.copy_link}</button>
            <span class="copy-status" role="status">{move || status.get()}</span>
        </aside>
    }
}

/// `object[name]` if it is a function.
fn method(object: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(object, &name.into())
        .ok()?
        .dyn_into::<Function>()
        .ok()
}

/// Calls `object[name](argument)`, expecting a promise.
fn call(object: &JsValue, name: &str, argument: &JsValue) -> Option<Promise> {
    method(object, name)?
        .call1(object, argument)
        .ok()?
        .dyn_into::<Promise>()
        .ok()
}
