//! GitHub, from the studio: the calls a [`Commit`] plans, made with the browser's `fetch`,
//! then the deploy they start followed until the post's page answers. `fetch` is called by
//! name, like [`super::folder`]'s methods: typed bindings would add their glue to the
//! JavaScript every page loads, for a page few open.

use carnet_studio::github::{self, Call, Commit, Deploy, Refusal, Repository};
use carnet_studio::publish::LinkPreview;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::{Array, Function, Object, Promise, Reflect};

/// Why a commit did not happen. Either way, nothing was changed in the repository.
#[derive(Clone, Debug, PartialEq)]
pub enum Failed {
    /// GitHub answered, and said no.
    Refused(Refusal),
    /// GitHub could not be reached.
    Network,
}

/// Makes `commit`'s calls with `token` until the branch points at the commit.
pub async fn send(token: &str, commit: &mut Commit) -> Result<(), Failed> {
    while let Some(call) = commit.call() {
        let (status, body) = fetch(&call.url, Some((token, &call)))
            .await
            .map_err(|_| Failed::Network)?;
        commit.answer(status, &body).map_err(Failed::Refused)?;
    }
    Ok(())
}

/// Where the deploy of commit `sha` is; `None` if it cannot be known (GitHub out of reach,
/// or a token without the "Actions: Read-only" permission).
pub async fn deploy(token: &str, repository: &Repository, sha: &str) -> Option<Deploy> {
    let call = github::runs_call(repository, sha);
    match fetch(&call.url, Some((token, &call))).await {
        Ok((200, body)) => Some(github::deploy_of(&body)),
        _ => None,
    }
}

/// Whether this site serves the post's page at `path`, as the page whose address is `url`
/// (a host that answers every path with its home page does not count); `None` if the site
/// did not answer.
pub async fn page_answers(path: &str, url: &str) -> Option<bool> {
    match fetch(path, None).await {
        Ok((200, html)) => Some(LinkPreview::of_page(&html).url == url),
        Ok(_) => Some(false),
        Err(_) => None,
    }
}

/// Waits `ms` milliseconds.
pub async fn sleep(ms: i32) {
    let promise = Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// `fetch(url)`, never from the cache, with a GitHub call's method, headers and body when
/// there is one: the status and the body's text. `Err`: no answer (the network).
async fn fetch(url: &str, github: Option<(&str, &Call)>) -> Result<(u16, String), JsValue> {
    let init = Object::new();
    Reflect::set(&init, &"cache".into(), &"no-store".into())?;
    if let Some((token, call)) = github {
        let headers = Object::new();
        for (name, value) in github::headers(token) {
            Reflect::set(&headers, &name.into(), &value.into())?;
        }
        Reflect::set(&init, &"method".into(), &call.method.as_str().into())?;
        if let Some(body) = &call.body {
            Reflect::set(&headers, &"Content-Type".into(), &"application/json".into())?;
            Reflect::set(&init, &"body".into(), &body.to_string().into())?;
        }
        Reflect::set(&init, &"headers".into(), &headers)?;
    }
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    let fetch: Function = Reflect::get(&window, &"fetch".into())?.dyn_into()?;
    let args = Array::of2(&url.into(), &init);
    let promise: Promise = fetch.apply(&window, &args)?.dyn_into()?;
    let response: web_sys::Response = JsFuture::from(promise).await?.dyn_into()?;
    let text = JsFuture::from(response.text()?).await?;
    Ok((response.status(), text.as_string().unwrap_or_default()))
}
