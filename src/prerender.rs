//! The app's pages rendered to HTML at build time, with the app's own components: the
//! content build (`carnet-site`) writes every prerendered page with [`render`], and the
//! browser's app adopts that markup as its own (hydration, see [`crate::start`]).
//!
//! A page is rendered from what the browser finds in it: the site, the data files it
//! carries and, on a post's page, the post's rendered text. It is rendered as a first
//! visitor sees it — the site's language, nothing read, nothing kept for later —; the
//! reader's own state is applied by the app once it has adopted the page.

use crate::app::App;
use crate::{data, site};
use carnet_content::data::Site;
use futures::StreamExt;
use leptos::prelude::*;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;
use std::fmt;
use std::sync::Arc;

/// A page to render.
#[derive(Clone, Copy, Debug)]
pub struct Prerender<'a> {
    /// The address the router reads, without the site's base path: `/posts/<slug>`.
    pub route: &'a str,
    /// The data files the page carries (path and text, as embedded in it).
    pub files: &'a [(String, String)],
    /// On a post's page, the post's slug and its text rendered to HTML.
    pub post_body: Option<(&'a str, &'a str)>,
}

/// A page that shows data it does not carry: the reader would see it loading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MissingData {
    /// The page's address.
    pub route: String,
    /// The data files it asked for.
    pub files: Vec<String>,
}

impl fmt::Display for MissingData {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the page {} shows data it does not carry: {}",
            self.route,
            self.files.join(", ")
        )
    }
}

impl std::error::Error for MissingData {}

/// Renders `page` of `site`, served under `base_path` (`/`, `/blog/`): the app's markup
/// goes to `document`, which returns the whole page around it (the app's `index.html`,
/// whose `<head>` has leptos_meta's `<!--HEAD-->` mark); the page's title, `<meta>` and
/// `<link>` tags go after that mark, its language on `<html>`. The app's markup ends with
/// the script Leptos reads when it adopts the page.
pub fn render(
    site: &Site,
    base_path: &str,
    page: Prerender<'_>,
    document: impl FnOnce(&str) -> String,
) -> Result<String, MissingData> {
    // Already set after the first page.
    let _ = any_spawner::Executor::init_custom_executor(OnThisThread);
    site::set_base_path(base_path);
    data::set_page(
        site.clone(),
        page.files,
        page.post_body
            .map(|(slug, html)| (slug.to_owned(), html.to_owned())),
    );
    let url = format!("{}{}", base_path.trim_end_matches('/'), page.route);
    let owner = Owner::new_root(Some(Arc::new(hydration_context::SsrSharedContext::new())));
    let html = owner.with(|| {
        provide_context(RequestUrl::new(&url));
        let (meta, meta_out) = ServerMetaContext::new();
        provide_context(meta);
        run(async move {
            let mut app: String = view! { <App/> }
                .to_html_stream_in_order()
                .collect::<Vec<_>>()
                .await
                .concat();
            if let Some(data) = Owner::current_shared_context().and_then(|sc| sc.pending_data()) {
                app.push_str("<script>");
                app.push_str(&data.collect::<Vec<_>>().await.concat());
                app.push_str("</script>");
            }
            let page = futures::stream::iter([document(&app)]);
            meta_out
                .inject_meta_context(page)
                .await
                .collect::<Vec<_>>()
                .await
                .concat()
        })
    });
    drop(owner);
    let missing = data::missing();
    if missing.is_empty() {
        Ok(html)
    } else {
        Err(MissingData {
            route: page.route.to_owned(),
            files: missing,
        })
    }
}

/// The executor of the renderer's futures and the tasks they spawn: all on this thread,
/// in one pool, which [`run`] drives. The same on the command line and in the studio's
/// builder (Wasm, where there are no threads to hand a task to, nor to wait on: a pool
/// that blocked there would never wake).
struct OnThisThread;

thread_local! {
    static POOL: std::cell::RefCell<futures::executor::LocalPool> = Default::default();
    static SPAWNER: futures::executor::LocalSpawner = POOL.with(|pool| pool.borrow().spawner());
}

impl any_spawner::CustomExecutor for OnThisThread {
    fn spawn(&self, future: any_spawner::PinnedFuture<()>) {
        self.spawn_local(future);
    }

    fn spawn_local(&self, future: any_spawner::PinnedLocalFuture<()>) {
        use futures::task::LocalSpawnExt;
        SPAWNER.with(|spawner| {
            spawner
                .spawn_local(future)
                .expect("the pool lives as long as the thread")
        });
    }

    fn poll_local(&self) {
        POOL.with(|pool| {
            // Within `run`, the pool is already being driven.
            if let Ok(mut pool) = pool.try_borrow_mut() {
                pool.run_until_stalled();
            }
        });
    }
}

/// Drives `future` to its end, with every task it spawns.
fn run<T>(future: impl Future<Output = T>) -> T {
    // The spawner is taken from the pool before the pool is busy.
    SPAWNER.with(|_| ());
    POOL.with(|pool| pool.borrow_mut().run_until(future))
}
