//! The drafts' storage: drafts and their revisions in localStorage, through
//! [`crate::storage`], with the rule that no save replaces a newer one from another tab.

use crate::state::{Reader, now};
use crate::storage;
use crate::studio::claims::{self, Claim, Want};
use carnet_store::StorageProblem;
use carnet_studio::autosave::Saved;
use carnet_studio::draft::{
    Check, DRAFT_PREFIX, Draft, ImportPlan, Published, Reason, Revisions, check, draft_key,
    revisions_key,
};
use carnet_text::Lang;
use leptos::prelude::*;
use std::cell::RefCell;
use std::collections::HashMap;
use web_sys::File;

/// An image pasted or dropped into a draft, kept for this visit only.
#[derive(Clone)]
pub struct Image {
    /// Its file name for `posts/images/`.
    pub name: String,
    /// The file.
    pub file: File,
    /// A URL the preview can show it from.
    pub url: String,
    /// How it was shrunk before it was kept, as the writer was told (again in the
    /// check list); `None` when it needed nothing.
    pub shrunk: Option<String>,
}

thread_local! {
    /// Images pasted or dropped into drafts during this visit, by draft id. They are never
    /// written to localStorage; the export downloads them.
    static IMAGES: RefCell<HashMap<String, Vec<Image>>> = RefCell::new(HashMap::new());
    /// The app's [`DraftsChanged`], reachable from timers and handlers that run outside
    /// any reactive owner.
    static CHANGED: std::cell::Cell<Option<DraftsChanged>> = const { std::cell::Cell::new(None) };
}

/// Counts the changes to drafts seen by this tab (its own and other tabs'), so that lists
/// can follow them.
#[derive(Clone, Copy, Debug)]
pub struct DraftsChanged(pub RwSignal<u32>);

/// Provides [`DraftsChanged`] and follows other tabs' draft writes.
pub fn provide_drafts() {
    let changed = DraftsChanged(RwSignal::new(0));
    let listener = window_event_listener(leptos::ev::storage, move |event| {
        if event.key().is_none_or(|k| k.starts_with(DRAFT_PREFIX)) {
            changed.0.update(|n| *n += 1);
        }
    });
    on_cleanup(move || listener.remove());
    provide_context(changed);
    CHANGED.with(|c| c.set(Some(changed)));
}

/// Tells the lists that drafts changed.
pub fn touched() {
    if let Some(changed) = CHANGED.with(std::cell::Cell::get) {
        changed.0.try_update(|n| *n += 1);
    }
}

/// Whether this browser holds any draft: its reader writes here.
#[cfg(feature = "hydrate")]
pub fn any() -> bool {
    !storage::keys_with_prefix(DRAFT_PREFIX).is_empty()
}

/// Every stored draft, deleted ones included, most recently edited first.
pub fn all(reader: Reader) -> Vec<Draft> {
    let mut drafts: Vec<Draft> = storage::keys_with_prefix(DRAFT_PREFIX)
        .iter()
        .filter_map(|key| load_key(key, reader))
        .collect();
    drafts.sort_by(|a, b| b.updated.cmp(&a.updated).then_with(|| a.id.cmp(&b.id)));
    drafts
}

/// The draft `id`, if stored.
pub fn load(id: &str, reader: Reader) -> Option<Draft> {
    load_key(&draft_key(id), reader)
}

fn load_key(key: &str, reader: Reader) -> Option<Draft> {
    let (draft, problem) = storage::load_at::<Draft>(key, now());
    if let Some(problem) = problem {
        reader.report(problem);
    }
    draft
}

/// A new identifier: the time and a random part, in base 36.
fn new_id() -> String {
    let random = (web_sys::js_sys::Math::random() * 36f64.powi(4)) as u64;
    format!("{}{}", base36(now()), base36(random))
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Creates and stores an empty draft, signed by the site's author (`Carnet.toml`), or
/// else like the last draft written.
pub fn create(lang: Lang, reader: Reader) -> Result<Draft, StorageProblem> {
    let site_author = crate::data::site().author.trim().to_owned();
    let author = Some(site_author)
        .filter(|a| !a.is_empty())
        .or_else(|| {
            all(reader)
                .into_iter()
                .map(|d| d.author)
                .find(|a| !a.is_empty())
        })
        .unwrap_or_default();
    let draft = Draft::new(new_id(), lang, author, now());
    storage::save_at(&draft.key(), &draft)?;
    touched();
    Ok(draft)
}

/// Stores `draft` (imported, duplicated) under a new identifier.
pub fn add(mut draft: Draft) -> Result<Draft, StorageProblem> {
    draft.id = new_id();
    draft.revision = 0;
    draft.deleted = None;
    draft.published = None;
    draft.created = now();
    draft.updated = draft.created;
    storage::save_at(&draft.key(), &draft)?;
    touched();
    Ok(draft)
}

/// Saves `ours`, which this tab based on revision `base`, and tells `done` what happened.
/// The write waits for this tab's claim on the next revision ([`claims`]), so that two
/// tabs saving at the same instant cannot both write: the second finds the conflict.
pub fn save(ours: Draft, base: u64, reader: Reader, done: impl FnOnce(Saved) + 'static) {
    let stored = load(&ours.id, reader);
    if let Check::Conflict(theirs) = check(stored.as_ref(), base) {
        return done(conflict(&ours, theirs, reader));
    }
    let id = ours.id.clone();
    let stored = stored.map_or(0, |s| s.revision);
    claims::claim(&id, Want::After(base), stored, move |claim| {
        done(match claim {
            Claim::Granted(revision) => write_claimed(&ours, revision, reader),
            Claim::Taken => {
                // The other tab's text may reach this tab's storage a moment later; the
                // editor follows it then.
                let theirs = load(&ours.id, reader).unwrap_or_else(|| ours.clone());
                conflict(&ours, Box::new(theirs), reader)
            }
            Claim::Unavailable => save_at_once(&ours, base, reader),
        })
    });
}

/// Saves `ours` at once, checking only this tab's view of the storage: for a page being
/// hidden or left, where an answer that comes later might never be used, and for a browser
/// without IndexedDB.
pub fn save_at_once(ours: &Draft, base: u64, reader: Reader) -> Saved {
    let stored = load(&ours.id, reader);
    if let Check::Conflict(theirs) = check(stored.as_ref(), base) {
        return conflict(ours, theirs, reader);
    }
    let revision = stored.map_or(0, |s| s.revision) + 1;
    let saved = write_claimed(ours, revision, reader);
    claims::note(&ours.id, revision);
    saved
}

/// Keeps `ours` as a revision, for the conflict with `theirs`.
fn conflict(ours: &Draft, theirs: Box<Draft>, reader: Reader) -> Saved {
    if let Err(problem) = keep_revision(&ours.id, ours, Reason::ConflictCopy, reader) {
        return Saved::Failed(problem);
    }
    Saved::Conflict(theirs)
}

/// Writes `ours` as `revision`, which this tab may write, after a periodic snapshot of the
/// text it replaces if one is due.
fn write_claimed(ours: &Draft, revision: u64, reader: Reader) -> Saved {
    let at = now();
    if let Some(previous) = load(&ours.id, reader) {
        let revisions = revisions(&ours.id, reader);
        if revisions.snapshot_due(at) && !previous.same_text(ours) {
            // A failed snapshot must not stop the save itself.
            let _ = keep_revision(&ours.id, &previous, Reason::Periodic, reader);
        }
    }
    let saved = write(ours, revision, at);
    if matches!(saved, Saved::Failed(_)) {
        // Not written: the next save may claim this revision again.
        claims::release(&ours.id, revision);
    }
    saved
}

/// Writes `ours` over whatever is stored (the writer chose their version in a conflict),
/// keeping the stored text (or `theirs`, if this tab has not seen a newer one) as a
/// revision; `done` gets the outcome.
pub fn save_over(ours: Draft, theirs: Draft, reader: Reader, done: impl FnOnce(Saved) + 'static) {
    let id = ours.id.clone();
    let stored = load(&id, reader).map_or(theirs.revision, |d| d.revision.max(theirs.revision));
    claims::claim(&id, Want::Next, stored, move |claim| {
        let replaced = load(&ours.id, reader)
            .filter(|latest| latest.revision > theirs.revision)
            .unwrap_or(theirs);
        if let Err(problem) = keep_revision(&ours.id, &replaced, Reason::Replaced, reader) {
            return done(Saved::Failed(problem));
        }
        done(match claim {
            Claim::Granted(revision) => write_claimed(&ours, revision, reader),
            Claim::Taken | Claim::Unavailable => {
                let revision = stored.max(replaced.revision) + 1;
                let saved = write(&ours, revision, now());
                claims::note(&ours.id, revision);
                saved
            }
        })
    });
}

fn write(ours: &Draft, revision: u64, at: u64) -> Saved {
    let mut next = ours.clone();
    next.revision = revision;
    next.updated = at;
    next.deleted = None;
    match storage::save_at(&next.key(), &next) {
        Ok(()) => {
            touched();
            Saved::Written(next)
        }
        Err(problem) => Saved::Failed(problem),
    }
}

/// The revisions of draft `id`, oldest first.
pub fn revisions(id: &str, reader: Reader) -> Revisions {
    let (revisions, problem) = storage::load_at::<Revisions>(&revisions_key(id), now());
    if let Some(problem) = problem {
        reader.report(problem);
    }
    revisions.unwrap_or_default()
}

/// Keeps `draft` as a revision of draft `id`.
pub fn keep_revision(
    id: &str,
    draft: &Draft,
    reason: Reason,
    reader: Reader,
) -> Result<(), StorageProblem> {
    let mut list = revisions(id, reader);
    if list.push(draft, reason, now()) {
        storage::save_at(&revisions_key(id), &list)?;
    }
    Ok(())
}

/// Marks draft `id` deleted (or not): it stays restorable until deleted for good.
pub fn set_deleted(id: &str, deleted: bool, reader: Reader) -> Result<(), StorageProblem> {
    let Some(mut draft) = load(id, reader) else {
        return Ok(());
    };
    draft.deleted = deleted.then(now);
    draft.revision += 1;
    storage::save_at(&draft.key(), &draft)?;
    claims::note(id, draft.revision);
    touched();
    Ok(())
}

/// Marks draft `id` published, as `published` says: the destination confirmed it.
pub fn set_published(id: &str, published: Published, reader: Reader) -> Result<(), StorageProblem> {
    let Some(mut draft) = load(id, reader) else {
        return Ok(());
    };
    draft.published = Some(published);
    draft.revision += 1;
    storage::save_at(&draft.key(), &draft)?;
    claims::note(id, draft.revision);
    touched();
    Ok(())
}

/// What importing `drafts` (from a "My data" file) would do to the drafts here.
pub fn plan_import(drafts: Vec<Draft>, reader: Reader) -> ImportPlan {
    ImportPlan::new(&all(reader), drafts)
}

/// Carries out `plan`: adds the new drafts and, for each replaced one, keeps the text here
/// as a revision before writing the file's over it. Stops at the first write the browser
/// refuses (a replaced draft whose revision could not be kept is not written).
pub fn import(plan: &ImportPlan, reader: Reader) -> Result<(), StorageProblem> {
    let result = (|| {
        for draft in &plan.added {
            storage::save_at(&draft.key(), draft)?;
        }
        for (ours, theirs) in &plan.replaced {
            keep_revision(&ours.id, ours, Reason::Imported, reader)?;
            storage::save_at(&theirs.key(), theirs)?;
            claims::note(&theirs.id, theirs.revision);
        }
        Ok(())
    })();
    touched();
    result
}

/// After every Carnet key was deleted: forgets the drafts' claimed revisions too.
pub fn forget_all() {
    claims::forget_all();
    touched();
}

/// Deletes draft `id` and its revisions for good.
pub fn purge(id: &str) {
    storage::remove(&draft_key(id));
    storage::remove(&revisions_key(id));
    claims::forget(id);
    touched();
}

/// Keeps an image pasted or dropped into draft `id`, for this visit, under `name`, with
/// how it was shrunk, as the writer was told.
/// Returns a URL the preview can show it from.
pub fn keep_image(id: &str, name: &str, file: File, shrunk: Option<String>) -> String {
    let url = web_sys::Url::create_object_url_with_blob(&file).unwrap_or_default();
    IMAGES.with_borrow_mut(|images| {
        let list = images.entry(id.to_owned()).or_default();
        list.retain(|image| image.name != name);
        list.push(Image {
            name: name.to_owned(),
            file,
            url: url.clone(),
            shrunk,
        });
    });
    url
}

/// The images kept for draft `id`.
pub fn images(id: &str) -> Vec<Image> {
    IMAGES.with_borrow(|images| images.get(id).cloned().unwrap_or_default())
}

/// `html` (a page the studio's builder made) with its references to the files made of
/// images and cards (`content/images/…`, `content/cards/…`, which the site may not have
/// yet) pointing at the built files themselves, among `files`.
pub fn show_built_images(
    mut html: String,
    files: &[(String, web_sys::js_sys::Uint8Array)],
) -> String {
    for (path, bytes) in files {
        // Images made of a post's pictures, and cards drawn for it.
        let image = path.starts_with("content/images/") || path.starts_with("content/cards/");
        if !image || !html.contains(path.as_str()) {
            continue;
        }
        let parts = web_sys::js_sys::Array::of1(bytes);
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(carnet_markdown::render::image_mime(path));
        let url = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
            .and_then(|blob| web_sys::Url::create_object_url_with_blob(&blob));
        if let Ok(url) = url {
            html = html.replace(path.as_str(), &url);
        }
    }
    html
}

/// `html` (a rendered draft) with its references to images kept for this visit pointing at
/// the files themselves, so the preview shows them.
pub fn show_kept_images(id: &str, mut html: String) -> String {
    for image in images(id) {
        html = html.replace(
            &format!("src=\"images/{}\"", image.name),
            &format!("src=\"{}\"", image.url),
        );
    }
    html
}
