//! A photo pasted or dropped into the studio, shrunk in the browser's own canvas before it
//! is kept, so that no original (its position, its 4 MB) leaves the writer's browser by
//! any destination: the rules are core's [`carnet_core::photo`].

use carnet_core::photo;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::{Array, Promise, Uint8Array};
use web_sys::{
    Blob, CanvasRenderingContext2d, File, FilePropertyBag, HtmlCanvasElement, ImageBitmap,
    ImageBitmapOptions, ImageOrientation,
};

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

/// Prepares `file`, to be kept as `name` (its stem is kept, its extension may change):
/// turned upright, at most [`photo::MAX_SIDE`] on its longest side, without metadata.
pub async fn prepare(file: File, name: &str) -> Result<Prepared, JsValue> {
    let bytes = Uint8Array::new(&JsFuture::from(file.array_buffer()).await?).to_vec();
    let mime = file.type_();
    let found = photo::metadata(&bytes);
    let options = ImageBitmapOptions::new();
    options.set_image_orientation(ImageOrientation::FromImage);
    let window = web_sys::window().ok_or("no window")?;
    let bitmap: ImageBitmap = JsFuture::from(
        window.create_image_bitmap_with_blob_and_image_bitmap_options(&file, &options)?,
    )
    .await?
    .dyn_into()?;
    let (width, height) = (bitmap.width(), bitmap.height());
    if !photo::needs_shrinking(&mime, &bytes, width, height) {
        bitmap.close();
        return Ok(Prepared {
            file,
            name: name.to_owned(),
            shrunk: None,
            position: false,
        });
    }
    let (to_width, to_height) = photo::shrunk_size(width, height);
    let document = window.document().ok_or("no document")?;
    let canvas: HtmlCanvasElement = document.create_element("canvas")?.dyn_into()?;
    canvas.set_width(to_width);
    canvas.set_height(to_height);
    let context: CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or("no 2d context")?
        .dyn_into()?;
    context.draw_image_with_image_bitmap_and_dw_and_dh(
        &bitmap,
        0.0,
        0.0,
        f64::from(to_width),
        f64::from(to_height),
    )?;
    bitmap.close();
    let (kept_mime, extension) = photo::kept_as(&mime);
    let blob: Blob = JsFuture::from(Promise::new(&mut |resolve, reject| {
        let failed = reject.clone();
        let done = Closure::once_into_js(move |blob: JsValue| {
            let _ = if blob.is_null() {
                failed.call0(&JsValue::NULL)
            } else {
                resolve.call1(&JsValue::NULL, &blob)
            };
        });
        if let Err(e) = canvas.to_blob_with_type_and_encoder_options(
            done.unchecked_ref(),
            kept_mime,
            &JsValue::from(QUALITY),
        ) {
            let _ = reject.call1(&JsValue::NULL, &e);
        }
    }))
    .await?
    .dyn_into()?;
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    let name = format!("{stem}.{extension}");
    let properties = FilePropertyBag::new();
    properties.set_type(kept_mime);
    let kept = File::new_with_blob_sequence_and_options(&Array::of1(&blob), &name, &properties)?;
    let after = kept.size() as usize;
    Ok(Prepared {
        file: kept,
        name,
        shrunk: Some((bytes.len(), after)),
        position: found.position,
    })
}
