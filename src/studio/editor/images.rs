//! Photos pasted or dropped into the text: shrunk in the browser, kept for this visit, and
//! pointed to from the text.

use super::Ed;
use super::toolbar::replace_text;
use crate::studio::{photos, store};
use carnet_studio::edit::byte_offset;
use carnet_text::slug::slugify;
use leptos::prelude::*;
use web_sys::File;

impl Ed {
    /// Takes image files pasted or dropped into the text: each is shrunk in the browser
    /// (upright, at most 2,400 px, without metadata: [`photos::prepare`]), then a reference
    /// to `images/<name>` is inserted and the file kept for this visit only. Returns
    /// whether there were any.
    pub(super) fn take_images(self, files: &web_sys::FileList) -> bool {
        let images: Vec<File> = (0..files.length())
            .filter_map(|i| files.get(i))
            .filter(|f| f.type_().starts_with("image/"))
            .collect();
        let any = !images.is_empty();
        leptos::task::spawn_local(async move {
            for file in images {
                let name = image_file_name(&file.name());
                let prepared = match photos::prepare(file, &name).await {
                    Ok(prepared) => prepared,
                    Err(e) => {
                        leptos::logging::warn!("image not read: {e:?}");
                        self.notice
                            .set(Some(self.words.studio().image_unreadable(&name)));
                        continue;
                    }
                };
                let Some(area) = self.textarea.get_untracked() else {
                    return;
                };
                let name = prepared.name;
                let studio = self.words.studio();
                let shrunk = prepared.shrunk.map(|(before, after)| {
                    studio.image_shrunk(&name, before, after, prepared.position)
                });
                let kept = studio.image_kept(&name);
                let said = shrunk
                    .as_ref()
                    .map_or(kept.clone(), |s| format!("{s} {kept}"));
                store::keep_image(&self.id(), &name, prepared.file, shrunk);
                let text = area.value();
                let at = byte_offset(
                    &text,
                    area.selection_end().ok().flatten().unwrap_or(0) as usize,
                );
                replace_text(&area, &text, at, at, &format!("![](images/{name})"));
                self.notice.set(Some(said));
            }
        });
        any
    }
}

/// A file name fit for `posts/images/`: the name slugged, its extension kept.
fn image_file_name(name: &str) -> String {
    let (stem, ext) = name.rsplit_once('.').unwrap_or((name, "png"));
    let stem = slugify(stem);
    let stem = if stem.is_empty() {
        "image".to_owned()
    } else {
        stem
    };
    format!("{stem}.{}", ext.to_ascii_lowercase())
}
