//! The studio's builder: Carnet's content build, run on this very site in a Web Worker
//! (`builder.js` in the app's directory, see `builder/worker.js`), so that the page stays
//! responsive while it fetches the site's files and builds. One worker per task (a
//! build, the site's download), ended when it answers.

use crate::parts::this_version;
use crate::site::href;
use carnet_studio::publish::{BuildRequest, PostFile, Report};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::{Array, Promise, Reflect, Uint8Array};
use web_sys::{
    Blob, BlobPropertyBag, ErrorEvent, File, MessageEvent, Worker, WorkerOptions, WorkerType,
};

/// Told how many of the site's files have been fetched, of how many.
pub type Progress = Rc<dyn Fn(u32, u32)>;

/// What to publish.
#[derive(Clone)]
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
    /// Build every file the change touches (to send the whole site), not only the post's
    /// page (for the check list).
    pub whole: bool,
}

/// A site built with the post.
#[derive(Clone)]
pub struct Built {
    /// What the build made.
    pub report: Report,
    /// The post's page, as it will be published.
    pub page: String,
    /// The post and its images, as in the repository, as a `.zip`.
    pub sources_zip: Blob,
    /// The site's files the build wrote, by path.
    pub files: Vec<(String, Uint8Array)>,
    /// The site's other files, kept as the site serves them (images, cards, the app):
    /// fetched only for the site's download or a folder ([`site_zip`], [`fetch_file`]).
    pub kept: Vec<String>,
    /// The files of the published site that the site no longer has.
    pub gone: Vec<String>,
    /// What was asked: asked again, whole, for a destination that sends the whole site.
    pub request: Request,
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

/// Builds what `request` asks: its post's page, or all the change touches.
pub async fn build(request: Request, progress: Option<Progress>) -> Outcome {
    match run(request, progress).await {
        Ok(outcome) => outcome,
        Err(e) => Outcome::Failed(Failure::Other(error_text(&e))),
    }
}

/// Why a worker gave no answer.
enum Unanswered {
    /// Its script could not be had (offline, or the site deployed anew): its path.
    Unreachable(String),
    /// It stopped.
    Error(JsValue),
}

/// Starts a builder, asks it `message`, and gives its answer; `progress` is told how its
/// fetching goes.
async fn ask(message: &JsValue, progress: Option<Progress>) -> Result<JsValue, Unanswered> {
    let app = this_version().ok_or_else(|| Unanswered::Error("no app directory".into()))?;
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let script = format!("{app}/builder.js");
    let worker = Worker::new_with_options(&href(&format!("/{script}")), &options)
        .map_err(Unanswered::Error)?;
    let mut listening = None;
    let answer = Promise::new(&mut |resolve, reject| {
        let progress = progress.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let data = event.data();
            let fetching = Reflect::get(&data, &"progress".into()).unwrap_or_default();
            if fetching.is_undefined() {
                let _ = resolve.call1(&JsValue::NULL, &data);
            } else if let Some(progress) = &progress {
                let count = |i| Array::from(&fetching).get(i).as_f64().unwrap_or(0.0) as u32;
                progress(count(0), count(1));
            }
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        listening = Some(on_message);
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
    worker.post_message(message).map_err(Unanswered::Error)?;
    let data = JsFuture::from(answer).await;
    worker.terminate();
    drop(listening);
    match data {
        Ok(data) => Ok(data),
        // Nothing said: the script never ran.
        Err(e) if e.as_string().is_none_or(|m| m.is_empty()) => {
            Err(Unanswered::Unreachable(script))
        }
        Err(e) => Err(Unanswered::Error(e)),
    }
}

/// The failure a builder's answer `data` reports, if any.
fn failure_of(data: &JsValue) -> Option<Failure> {
    let failure = Reflect::get(data, &"failure".into()).ok()?;
    if failure.is_undefined() {
        return None;
    }
    let field = |key: &str| Reflect::get(&failure, &key.into()).unwrap_or(JsValue::UNDEFINED);
    let path = field("path").as_string().unwrap_or_default();
    let message = field("message").as_string().unwrap_or_default();
    Some(match field("kind").as_string().as_deref() {
        Some("network") => Failure::Network(path),
        Some("status") => Failure::Status(path, field("status").as_f64().unwrap_or(0.0) as u16),
        _ => Failure::Other(message),
    })
}

/// What a JS error says.
fn error_text(e: &JsValue) -> String {
    e.as_string()
        .or_else(|| {
            e.dyn_ref::<web_sys::js_sys::Error>()
                .map(|e| e.message().into())
        })
        .unwrap_or_else(|| format!("{e:?}"))
}

/// The whole site with `request`'s change, ready for a static host, as a `.zip` whose
/// root is the site's: the builder builds what the change touches, fetches the site's
/// other files (telling `progress`) and zips them all.
pub async fn site_zip(request: &Request, progress: Progress) -> Result<Blob, Failure> {
    let request = Request {
        whole: true,
        ..request.clone()
    };
    let message = message(request)
        .await
        .map_err(|e| Failure::Other(error_text(&e)))?;
    Reflect::set(&message, &"zip".into(), &JsValue::TRUE)
        .map_err(|e| Failure::Other(error_text(&e)))?;
    let data = match ask(&message, Some(progress)).await {
        Ok(data) => data,
        Err(Unanswered::Unreachable(script)) => return Err(Failure::Network(script)),
        Err(Unanswered::Error(e)) => return Err(Failure::Other(error_text(&e))),
    };
    if let Some(failure) = failure_of(&data) {
        return Err(failure);
    }
    let bytes = Reflect::get(&data, &"zip".into()).map_err(|e| Failure::Other(error_text(&e)))?;
    let options = BlobPropertyBag::new();
    options.set_type("application/zip");
    Blob::new_with_u8_array_sequence_and_options(&Array::of1(&bytes), &options)
        .map_err(|e| Failure::Other(error_text(&e)))
}

/// One of the site's files, as it serves it now.
pub async fn fetch_file(path: &str) -> Result<Uint8Array, JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    let response: web_sys::Response =
        JsFuture::from(window.fetch_with_str(&href(&format!("/{path}"))))
            .await?
            .dyn_into()?;
    if !response.ok() {
        return Err(JsValue::from_str(&format!(
            "{path}: HTTP {}",
            response.status()
        )));
    }
    Ok(Uint8Array::new(
        &JsFuture::from(response.array_buffer()?).await?,
    ))
}

/// What the builder is asked for `request`: `{ request, images }` (see `builder/worker.js`).
async fn message(request: Request) -> Result<JsValue, JsValue> {
    let images = Array::new();
    for (path, file) in &request.images {
        let bytes = Uint8Array::new(&JsFuture::from(file.array_buffer()).await?);
        images.push(&Array::of2(&JsValue::from_str(path), &bytes));
    }
    let message = web_sys::js_sys::Object::new();
    let (posts, remove) = if request.remove {
        (Vec::new(), vec![request.file])
    } else {
        let post = PostFile {
            file: request.file,
            text: request.text,
        };
        (vec![post], Vec::new())
    };
    let asked = BuildRequest {
        posts,
        remove,
        today: request.today,
        page: request.page,
        whole: request.whole,
    };
    let json = serde_json::to_string(&asked).expect("the request serialises");
    Reflect::set(&message, &"request".into(), &json.into())?;
    Reflect::set(&message, &"images".into(), &images)?;
    Ok(message.into())
}

async fn run(request: Request, progress: Option<Progress>) -> Result<Outcome, JsValue> {
    let message = message(request.clone()).await?;
    let data = match ask(&message, progress).await {
        Ok(data) => data,
        Err(Unanswered::Unreachable(script)) => {
            return Ok(Outcome::Failed(Failure::Network(script)));
        }
        Err(Unanswered::Error(e)) => return Err(e),
    };
    if let Some(failure) = failure_of(&data) {
        return Ok(Outcome::Failed(failure));
    }
    let get = |key: &str| Reflect::get(&data, &key.into()).unwrap_or(JsValue::UNDEFINED);
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
        kept: strings(&get("kept")),
        gone: strings(&get("gone")),
        request,
        sources_zip: zip("sourcesZip")?,
        load_ms: timing("load"),
        build_ms: timing("build"),
    })))
}

/// The strings of a JS array.
fn strings(array: &JsValue) -> Vec<String> {
    Array::from(array)
        .iter()
        .filter_map(|value| value.as_string())
        .collect()
}
