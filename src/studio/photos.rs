//! A photo pasted or dropped into the studio, shrunk in the browser's own canvas before it
//! is kept, so that no original (its position, its 4 MB) leaves the writer's browser by
//! any destination: the rules are core's [`carnet_studio::photo`].
//!
//! The browser's calls are made by name (`Reflect`), through glue the app already has:
//! typed bindings for the canvas and `createImageBitmap` would add their own to the glue
//! every page loads, for a part only the studio uses.

use carnet_studio::photo;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::File;
use web_sys::js_sys::{Array, Function, Object, Promise, Reflect, Uint8Array};

/// A photo ready to keep.
pub struct Prepared {
    /// The file to keep: the original when it needed nothing, else the canvas's.
    pub file: File,
    /// Its file name for `posts/images/` (its extension follows its type).
    pub name: String,
    /// The weight before and after, when it was shrunk.
    pub shrunk: Option<(usize, usize)>,
    /// Whether the original had a GPS position.
    pub position: bool,
}

/// The JPEG quality of a shrunk photo: the build encodes it again, at each width.
const QUALITY: f64 = 0.9;

/// `target.method(...args)`.
fn invoke(target: &JsValue, method: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let function: Function = Reflect::get(target, &method.into())?.dyn_into()?;
    function.apply(target, &args.iter().collect::<Array>())
}

/// `target.method(...args)`, a promise awaited.
async fn invoke_async(
    target: &JsValue,
    method: &str,
    args: &[JsValue],
) -> Result<JsValue, JsValue> {
    let promise: Promise = invoke(target, method, args)?.dyn_into()?;
    JsFuture::from(promise).await
}

fn get(target: &JsValue, name: &str) -> Result<JsValue, JsValue> {
    Reflect::get(target, &name.into())
}

fn number(target: &JsValue, name: &str) -> Result<u32, JsValue> {
    get(target, name)?
        .as_f64()
        .map(|n| n as u32)
        .ok_or_else(|| name.into())
}

/// Prepares `file`, to be kept as `name` (its stem is kept, its extension may change):
/// turned upright, at most [`photo::MAX_SIDE`] on its longest side, without metadata.
pub async fn prepare(file: File, name: &str) -> Result<Prepared, JsValue> {
    let buffer = invoke_async(&file, "arrayBuffer", &[]).await?;
    let bytes = Uint8Array::new(&buffer).to_vec();
    let mime = file.type_();
    let found = photo::metadata(&bytes);
    let window: JsValue = web_sys::window().ok_or("no window")?.into();
    let options = Object::new();
    Reflect::set(&options, &"imageOrientation".into(), &"from-image".into())?;
    let bitmap = invoke_async(
        &window,
        "createImageBitmap",
        &[file.clone().into(), options.into()],
    )
    .await?;
    let (width, height) = (number(&bitmap, "width")?, number(&bitmap, "height")?);
    if !photo::needs_shrinking(&mime, &bytes, width, height) {
        invoke(&bitmap, "close", &[])?;
        return Ok(Prepared {
            file,
            name: name.to_owned(),
            shrunk: None,
            position: false,
        });
    }
    let (to_width, to_height) = photo::shrunk_size(width, height);
    let document = get(&window, "document")?;
    let canvas = invoke(&document, "createElement", &["canvas".into()])?;
    Reflect::set(&canvas, &"width".into(), &to_width.into())?;
    Reflect::set(&canvas, &"height".into(), &to_height.into())?;
    let context = invoke(&canvas, "getContext", &["2d".into()])?;
    let (w, h) = (f64::from(to_width), f64::from(to_height));
    invoke(
        &context,
        "drawImage",
        &[bitmap.clone(), 0.into(), 0.into(), w.into(), h.into()],
    )?;
    invoke(&bitmap, "close", &[])?;
    let (kept_mime, extension) = photo::kept_as(&mime);
    let blob = JsFuture::from(Promise::new(&mut |resolve, reject| {
        let failed = reject.clone();
        let done = Closure::once_into_js(move |blob: JsValue| {
            let _ = if blob.is_null() {
                failed.call0(&JsValue::NULL)
            } else {
                resolve.call1(&JsValue::NULL, &blob)
            };
        });
        if let Err(e) = invoke(&canvas, "toBlob", &[done, kept_mime.into(), QUALITY.into()]) {
            let _ = reject.call1(&JsValue::NULL, &e);
        }
    }))
    .await?;
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    let name = format!("{stem}.{extension}");
    let properties = Object::new();
    Reflect::set(&properties, &"type".into(), &kept_mime.into())?;
    let constructor: Function = get(&window, "File")?.dyn_into()?;
    let args: Array = [
        Array::of1(&blob).into(),
        JsValue::from(name.as_str()),
        properties.into(),
    ]
    .iter()
    .collect();
    let kept: File = Reflect::construct(&constructor, &args)?.dyn_into()?;
    let after = kept.size() as usize;
    Ok(Prepared {
        file: kept,
        name,
        shrunk: Some((bytes.len(), after)),
        position: found.position,
    })
}
