use crate::components::{LoadFailed, Loading, PageHead, PagedPostList, ReadingStatus};
use crate::data::{self, Load, Pending};
use crate::i18n::use_ui;
use crate::site::href;
use crate::state::{Reader, use_reader};
use carnet_content::PostMeta;
use carnet_content::data::{ListPage, PER_PAGE, list_file};
use carnet_content::paging::Page;
use carnet_markdown::ids;
use carnet_store::seen::Seen;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use std::sync::Arc;

/// Which posts the home page lists: `?show=unread`, `?show=later`, `?show=new` (published
/// since the reader's last visit), or all of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Filter {
    All,
    Unread,
    Later,
    New,
}

/// A page of a list: its posts, and which page of how many.
type Listed = (Vec<Arc<PostMeta>>, Page);

impl Filter {
    fn from_query(show: Option<&str>) -> Self {
        match show {
            Some("unread") => Filter::Unread,
            Some("later") => Filter::Later,
            Some("new") => Filter::New,
            _ => Filter::All,
        }
    }

    fn href(self) -> String {
        match self {
            Filter::All => href("/"),
            Filter::Unread => href("/?show=unread"),
            Filter::Later => href("/?show=later"),
            Filter::New => href("/?show=new"),
        }
    }

    /// Page `n` of the list it shows.
    fn page_href(self, n: usize) -> String {
        match (n, self) {
            (1, _) => self.href(),
            (_, Filter::All) => format!("{}?page={n}", self.href()),
            _ => format!("{}&page={n}", self.href()),
        }
    }

    /// The page `requested` (`?page=`, the nearest that exists) of the posts it keeps,
    /// newest first (the read-later list in the order it was made). Reads only the list
    /// pages it needs: the unread posts are looked for page after page.
    fn page(self, reader: Reader, seen: &Seen, requested: Option<&str>) -> Load<Listed> {
        let first = data::get::<ListPage>(&list_file(1))?;
        let (posts, page) = match self {
            Filter::All => {
                let page = Page::of(first.count, requested, PER_PAGE);
                let list = match page.number {
                    1 => first,
                    n => data::get::<ListPage>(&list_file(n))?,
                };
                (list.posts.clone(), page)
            }
            Filter::Unread => {
                let page = Page::of(unread_count(&first, reader), requested, PER_PAGE);
                let mut unread = Vec::new();
                for n in 1..=first.pages() {
                    let list = data::get::<ListPage>(&list_file(n))?;
                    let posts = list.posts.iter().filter(|p| !reader.is_read(&p.slug));
                    unread.extend(posts.cloned());
                    if unread.len() >= page.end {
                        break;
                    }
                }
                let shown = unread.into_iter().skip(page.start).take(PER_PAGE);
                (shown.collect(), page)
            }
            Filter::New => {
                // New posts are among the newest: the pages are read until one has none.
                let mut new = Vec::new();
                for n in 1..=first.pages() {
                    let list = data::get::<ListPage>(&list_file(n))?;
                    let before = new.len();
                    new.extend(
                        list.posts
                            .iter()
                            .filter(|p| seen.is_new(&p.slug, p.date))
                            .cloned(),
                    );
                    if new.len() == before && n > 1 {
                        break;
                    }
                }
                let page = Page::of(new.len(), requested, PER_PAGE);
                (new[page.start..page.end].to_vec(), page)
            }
            Filter::Later => {
                let posts = data::posts(&reader.bookmarked())?;
                let page = Page::of(posts.len(), requested, PER_PAGE);
                return Ok((posts[page.start..page.end].to_vec(), page));
            }
        };
        Ok((posts.into_iter().map(Arc::new).collect(), page))
    }
}

/// How many posts the reader has not read: the published ones, less those marked read.
fn unread_count(first: &ListPage, reader: Reader) -> usize {
    first.count.saturating_sub(reader.read_count())
}

/// `/`: the posts the reader is in the middle of, then every post, newest first, a page at
/// a time (`?page=2`), with filters for unread posts and the read-later list.
#[component]
pub fn Home() -> impl IntoView {
    let (lang, words) = use_ui();
    let reader = use_reader();
    let site = data::site();
    let query = use_query_map();
    let filter = Memo::new(move |_| Filter::from_query(query.read().get("show").as_deref()));
    let empty_text = move || match filter.get() {
        Filter::All => words.no_posts,
        Filter::Unread => words.no_unread,
        Filter::Later => words.no_bookmarks,
        Filter::New => words.marks().no_new,
    };
    let first = Memo::new(move |_| data::get::<ListPage>(&list_file(1)).ok());
    let seen = crate::seen::use_seen(reader);
    let listed = {
        let seen = seen.clone();
        Memo::new(move |_| {
            seen.with(|seen| {
                filter
                    .get()
                    .page(reader, seen, query.read().get("page").as_deref())
            })
        })
    };
    // The reader is here: what the home lists now is what this visit saw.
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        let Some(first) = first.get() else {
            return false;
        };
        let listed: Vec<(&str, carnet_text::Date)> = first
            .posts
            .iter()
            .map(|p| (p.slug.as_str(), p.date))
            .collect();
        crate::seen::change(reader, |seen| seen.arrive(crate::state::now(), &listed));
        true
    });
    let new_count = {
        let seen = seen.clone();
        Memo::new(move |_| {
            let first = first.get()?;
            let count = seen.with(|s| {
                first
                    .posts
                    .iter()
                    .filter(|p| s.is_new(&p.slug, p.date))
                    .count()
            });
            (count > 0).then_some(count)
        })
    };
    // Posts kept for later that are still published (a kept post may be gone since).
    let kept = Memo::new(move |_| data::posts(&reader.bookmarked()).ok().map(|p| p.len()));
    let list = move || {
        let filter = filter.get_untracked();
        match listed.get() {
            Ok((posts, page)) => view! {
                <PagedPostList posts page empty=empty_text() link=move |n| filter.page_href(n)/>
            }
            .into_any(),
            Err(Pending::Loading) => view! { <Loading/> }.into_any(),
            Err(Pending::Failed(_)) => view! { <LoadFailed paths=vec![list_file(1)]/> }.into_any(),
        }
    };
    view! {
        <PageHead name=None path="" lang/>
        <h1 class="visually-hidden">{site.title.clone()}</h1>
        <ContinueReading/>
        <section aria-labelledby=ids::LATEST_POSTS>
            <h2 id=ids::LATEST_POSTS class="page-title">{words.latest_posts}</h2>
            <nav class="filters" aria-label=words.filter_posts>
                <FilterLink filter this=Filter::All label=words.filter_all count=move || first.get().map(|f| f.count)/>
                <FilterLink filter this=Filter::Unread label=words.filter_unread count=move || first.get().map(|f| unread_count(&f, reader))/>
                <FilterLink filter this=Filter::Later label=words.read_later count=move || kept.get()/>
                // Only once there is something new (never on the prerendered page).
                {move || (new_count.get().is_some() || filter.get() == Filter::New).then(|| view! {
                    <FilterLink filter this=Filter::New label=words.marks().filter_new count=move || new_count.get()/>
                })}
            </nav>
            {list}
        </section>
    }
}

/// One of the filters, with how many posts it shows (once known).
#[component]
fn FilterLink(
    filter: Memo<Filter>,
    this: Filter,
    label: &'static str,
    count: impl Fn() -> Option<usize> + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        // A plain link: the router's <A> would call every "/?show=…" link current.
        <a href=this.href() aria-current=move || (filter.get() == this).then_some("page")>
            {label} " " <span class="count">{move || count().map(|n| n.to_string())}</span>
        </a>
    }
}

/// The posts started and not finished, the most recently read first; nothing if none (or
/// until their records arrive).
#[component]
fn ContinueReading() -> impl IntoView {
    let (_, words) = use_ui();
    let reader = use_reader();
    let started = Memo::new(move |_| data::posts(&reader.in_progress()));
    move || {
        let Ok(started) = started.get() else {
            return None;
        };
        (!started.is_empty()).then(|| {
            view! {
                <section class="continue-reading" aria-labelledby=ids::CONTINUE_READING>
                    <h2 id=ids::CONTINUE_READING>{words.continue_reading}</h2>
                    <ol>
                        {started
                            .into_iter()
                            .map(|post| {
                                let (link, title) = (href(&post.path()), post.title.clone());
                                view! {
                                    <li>
                                        <A href=link attr:lang=post.lang.tag()>{title}</A>
                                        <ReadingStatus post/>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                </section>
            }
        })
    }
}
