//! The studio's builder: Carnet's content build, run on this very site in a Web Worker
//! (`builder.js` in the app's directory, see `builder/worker.js`), so that the page stays
//! responsive while it fetches the site's files and builds. One worker per publication,
//! ended when it answers.

use crate::parts::this_version;
use crate::site::href;
use carnet_core::publish::Report;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::{Array, Promise, Reflect, Uint8Array};
use web_sys::{
    Blob, BlobPropertyBag, ErrorEvent, File, MessageEvent, Worker, WorkerOptions, WorkerType,
};

/// What to publish.
pub struct Request {
    /// The post's file name in `posts/`.
    pub file: String,
    /// The post's file, front matter included.
    pub text: String,
    /// The images it shows, kept for this visit: `images/<name>` and the file.
    pub images: Vec<(String, File)>,
    /// The built page to show (`posts/<slug>/index.html`).
    pub page: String,
    /// The day of the build, `YYYY-MM-DD`.
    pub today: String,
    /// Take the published post `file` down instead of publishing `text`.
    pub remove: bool,
}

/// A site built with the post.
#[derive(Clone)]
pub struct Built {
    /// What the build made.
    pub report: Report,
    /// The post's page, as it will be published.
    pub page: String,
    /// The whole site, as a `.zip`.
    pub site_zip: Blob,
    /// The post and its images, as in the repository, as a `.zip`.
    pub sources_zip: Blob,
    /// The site's files, by path.
    pub files: Vec<(String, Uint8Array)>,
    /// Milliseconds spent starting the builder and fetching the site's files.
    pub load_ms: f64,
    /// Milliseconds spent building.
    pub build_ms: f64,
}

/// Why the site's files could not be had.
#[derive(Clone, Debug, PartialEq)]
pub enum Failure {
    /// The site could not be reached for `path`: the network.
    Network(String),
    /// The site answered `path` with an error status.
    Status(String, u16),
    /// The site's sources are not what this studio reads, or the builder stopped.
    Other(String),
}

/// The end of a build.
#[derive(Clone)]
pub enum Outcome {
    /// Built: ready to publish.
    Built(Box<Built>),
    /// The post has problems: nothing built.
    Refused(Report),
    /// The site's files could not be had: nothing built; trying again may do.
    Failed(Failure),
}

/// Builds the site with `request`'s post.
pub async fn build(request: Request) -> Outcome {
    match run(request).await {
        Ok(outcome) => outcome,
        Err(e) => Outcome::Failed(Failure::Other(
            e.as_string()
                .or_else(|| {
                    e.dyn_ref::<web_sys::js_sys::Error>()
                        .map(|e| e.message().into())
                })
                .unwrap_or_else(|| format!("{e:?}")),
        )),
    }
}

async fn run(request: Request) -> Result<Outcome, JsValue> {
    let app = this_version().ok_or_else(|| JsValue::from_str("no app directory"))?;
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let script = format!("{app}/builder.js");
    let worker = Worker::new_with_options(&href(&format!("/{script}")), &options)?;

    let images = Array::new();
    for (path, file) in &request.images {
        let bytes = Uint8Array::new(&JsFuture::from(file.array_buffer()).await?);
        images.push(&Array::of2(&JsValue::from_str(path), &bytes));
    }
    let message = web_sys::js_sys::Object::new();
    let (posts, remove) = if request.remove {
        (serde_json::json!([]), serde_json::json!([request.file]))
    } else {
        (
            serde_json::json!([{ "file": request.file, "text": request.text }]),
            serde_json::json!([]),
        )
    };
    let json = serde_json::json!({
        "posts": posts,
        "remove": remove,
        "today": request.today,
        "page": request.page,
    });
    Reflect::set(&message, &"request".into(), &json.to_string().into())?;
    Reflect::set(&message, &"images".into(), &images)?;

    let answer = Promise::new(&mut |resolve, reject| {
        let on_message = Closure::once_into_js(move |event: MessageEvent| {
            let _ = resolve.call1(&JsValue::NULL, &event.data());
        });
        worker.set_onmessage(Some(on_message.unchecked_ref()));
        // The worker's script could not be fetched or run (an `Event`, or an `ErrorEvent`).
        let on_error = Closure::once_into_js(move |event: web_sys::Event| {
            let message = event
                .dyn_ref::<ErrorEvent>()
                .map(ErrorEvent::message)
                .unwrap_or_default();
            let _ = reject.call1(&JsValue::NULL, &JsValue::from_str(&message));
        });
        worker.set_onerror(Some(on_error.unchecked_ref()));
    });
    worker.post_message(&message)?;
    let data = JsFuture::from(answer).await;
    worker.terminate();
    let data = match data {
        Ok(data) => data,
        // Nothing said: the script never ran (offline, or the site deployed anew).
        Err(e) if e.as_string().is_none_or(|m| m.is_empty()) => {
            return Ok(Outcome::Failed(Failure::Network(script)));
        }
        Err(e) => return Err(e),
    };

    let get = |key: &str| Reflect::get(&data, &key.into()).unwrap_or(JsValue::UNDEFINED);
    let failure = get("failure");
    if !failure.is_undefined() {
        let field = |key: &str| Reflect::get(&failure, &key.into()).unwrap_or(JsValue::UNDEFINED);
        let path = field("path").as_string().unwrap_or_default();
        let message = field("message").as_string().unwrap_or_default();
        return Ok(Outcome::Failed(
            match field("kind").as_string().as_deref() {
                Some("network") => Failure::Network(path),
                Some("status") => {
                    Failure::Status(path, field("status").as_f64().unwrap_or(0.0) as u16)
                }
                _ => Failure::Other(message),
            },
        ));
    }
    let report: Report = serde_json::from_str(&get("report").as_string().unwrap_or_default())
        .map_err(|e| JsValue::from_str(&e.to_string()))?;
    if !report.problems.is_empty() {
        return Ok(Outcome::Refused(report));
    }
    let zip = |key: &str| -> Result<Blob, JsValue> {
        let options = BlobPropertyBag::new();
        options.set_type("application/zip");
        Blob::new_with_u8_array_sequence_and_options(&Array::of1(&get(key)), &options)
    };
    let timings = get("timings");
    let timing = |key: &str| {
        Reflect::get(&timings, &key.into())
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(0.0)
    };
    let files = Array::from(&get("files"))
        .iter()
        .map(|pair| {
            let pair = Array::from(&pair);
            (
                pair.get(0).as_string().unwrap_or_default(),
                Uint8Array::new(&pair.get(1)),
            )
        })
        .collect();
    Ok(Outcome::Built(Box::new(Built {
        files,
        report,
        page: get("page").as_string().unwrap_or_default(),
        site_zip: zip("siteZip")?,
        sources_zip: zip("sourcesZip")?,
        load_ms: timing("load"),
        build_ms: timing("build"),
    })))
}
