//! A folder on the writer's computer, picked in the browser's dialog and written in place
//! (the File System Access API: Chromium and its kin; elsewhere the studio offers the
//! downloads only). Its methods are called by name (`createWritable` is behind web-sys'
//! unstable flag, and typed bindings would add their glue to the JavaScript every page
//! loads, for a page few open).

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::{Function, Object, Promise, Reflect, Uint8Array};

/// A folder the writer picked.
pub struct Folder(JsValue);

/// Whether this browser lets a page write into a folder.
pub fn available() -> bool {
    web_sys::window()
        .is_some_and(|w| Reflect::has(&w, &"showDirectoryPicker".into()).unwrap_or(false))
}

/// Calls `target.method(...args)` and awaits the promise it returns.
async fn call(target: &JsValue, method: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let function: Function = Reflect::get(target, &method.into())?.dyn_into()?;
    let args: web_sys::js_sys::Array = args.iter().collect();
    let promise: Promise = function.apply(target, &args)?.dyn_into()?;
    JsFuture::from(promise).await
}

/// The name of a DOM exception (`NotFoundError`, `AbortError`…), if `e` is one.
pub fn error_name(e: &JsValue) -> String {
    Reflect::get(e, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default()
}

/// What the browser said, for the writer.
pub fn error_text(e: &JsValue) -> String {
    Reflect::get(e, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .filter(|m| !m.is_empty())
        .unwrap_or_else(|| error_name(e))
}

impl Folder {
    /// Asks the writer for a folder to write in; `None` if they closed the dialog.
    pub async fn pick() -> Result<Option<Folder>, JsValue> {
        let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
        let options = Object::new();
        Reflect::set(&options, &"mode".into(), &"readwrite".into())?;
        match call(&window, "showDirectoryPicker", &[options.into()]).await {
            Ok(handle) => Ok(Some(Folder(handle))),
            Err(e) if error_name(&e) == "AbortError" => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Its name, as the writer knows it.
    pub fn name(&self) -> String {
        Reflect::get(&self.0, &"name".into())
            .ok()
            .and_then(|n| n.as_string())
            .unwrap_or_default()
    }

    /// Whether it holds a folder named `name`.
    pub async fn has_folder(&self, name: &str) -> bool {
        call(&self.0, "getDirectoryHandle", &[name.into()])
            .await
            .is_ok()
    }

    /// Whether it holds a file named `name`.
    pub async fn has_file(&self, name: &str) -> bool {
        call(&self.0, "getFileHandle", &[name.into()]).await.is_ok()
    }

    /// Whether it holds nothing.
    pub async fn is_empty(&self) -> Result<bool, JsValue> {
        let keys = Reflect::get(&self.0, &"keys".into())?
            .dyn_into::<Function>()?
            .call0(&self.0)?;
        let first = call(&keys, "next", &[]).await?;
        Ok(Reflect::get(&first, &"done".into())?.is_truthy())
    }

    /// Writes `bytes` at `path` (`/`-separated, folders made as needed), replacing what
    /// was there.
    pub async fn write(&self, path: &str, bytes: &Uint8Array) -> Result<(), JsValue> {
        let mut dir = self.0.clone();
        let mut parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        let name = parts
            .pop()
            .ok_or_else(|| JsValue::from_str("an empty path"))?;
        let create = Object::new();
        Reflect::set(&create, &"create".into(), &true.into())?;
        for part in parts {
            dir = call(
                &dir,
                "getDirectoryHandle",
                &[part.into(), create.clone().into()],
            )
            .await?;
        }
        let file = call(&dir, "getFileHandle", &[name.into(), create.into()]).await?;
        let stream = call(&file, "createWritable", &[]).await?;
        call(&stream, "write", &[bytes.into()]).await?;
        call(&stream, "close", &[]).await?;
        Ok(())
    }

    /// Removes the file at `path` (`/`-separated), if it is there.
    pub async fn remove(&self, path: &str) -> Result<(), JsValue> {
        let mut dir = self.0.clone();
        let mut parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        let Some(name) = parts.pop() else {
            return Ok(());
        };
        for part in parts {
            match call(&dir, "getDirectoryHandle", &[part.into()]).await {
                Ok(inner) => dir = inner,
                Err(e) if error_name(&e) == "NotFoundError" => return Ok(()),
                Err(e) => return Err(e),
            }
        }
        match call(&dir, "removeEntry", &[name.into()]).await {
            Err(e) if error_name(&e) != "NotFoundError" => Err(e),
            _ => Ok(()),
        }
    }
}
