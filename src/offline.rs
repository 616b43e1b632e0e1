//! What this browser keeps of the site for reading offline, as the page's side of the
//! service worker (`offline/page.js`, `window.carnetOffline`) says. Called by name, as
//! [`crate::studio`]'s folder does, so that no typed glue lands in the JavaScript every page loads;
//! where that script is not running (no service worker, or not yet started), nothing is
//! said rather than something wrong.

use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::{Array, Function, Promise, Reflect};

/// Calls `carnetOffline[method](...args)` and awaits its promise.
async fn call(method: &str, args: &[JsValue]) -> Option<JsValue> {
    let window = web_sys::window()?;
    let offline = Reflect::get(&window, &"carnetOffline".into()).ok()?;
    let function: Function = Reflect::get(&offline, &method.into())
        .ok()?
        .dyn_into()
        .ok()?;
    let args: Array = args.iter().collect();
    let promise: Promise = function.apply(&offline, &args).ok()?.dyn_into().ok()?;
    JsFuture::from(promise).await.ok()
}

/// Whether every file of `paths` (from the site's root, as the data name them) is kept.
pub async fn kept(paths: &[String]) -> bool {
    let paths: Array = paths.iter().map(|p| JsValue::from_str(p)).collect();
    call("kept", &[paths.into()])
        .await
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// What the site keeps in this browser: its bytes (every store the browser counts for
/// it) and the posts readable offline; `None` when this browser does not say.
pub async fn usage() -> Option<(usize, usize)> {
    let usage = call("usage", &[]).await?;
    let number = |key: &str| Reflect::get(&usage, &key.into()).ok()?.as_f64();
    Some((number("bytes")? as usize, number("posts")? as usize))
}
