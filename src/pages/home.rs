use crate::app::use_ui;
use crate::components::{PagedPostList, ReadingStatus};
use crate::posts::POSTS;
use crate::site::href;
use crate::state::{Reader, use_reader};
use carnet_core::PostMeta;
use carnet_core::i18n::{SITE_NAME, page_title};
use leptos::prelude::*;
use leptos_meta::{Html, Meta, Title};
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

/// Which posts the home page lists: `?show=unread`, `?show=later`, or all of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Filter {
    All,
    Unread,
    Later,
}

impl Filter {
    fn from_query(show: Option<&str>) -> Self {
        match show {
            Some("unread") => Filter::Unread,
            Some("later") => Filter::Later,
            _ => Filter::All,
        }
    }

    fn href(self) -> String {
        match self {
            Filter::All => href("/"),
            Filter::Unread => href("/?show=unread"),
            Filter::Later => href("/?show=later"),
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

    /// The posts it keeps, newest first (the read-later list in the order it was made).
    fn posts(self, reader: Reader) -> Vec<&'static PostMeta> {
        match self {
            Filter::All => POSTS.iter().collect(),
            Filter::Unread => POSTS.iter().filter(|p| !reader.is_read(p.slug)).collect(),
            Filter::Later => reader.bookmarked(),
        }
    }
}

/// `/`: the posts the reader is in the middle of, then every post, newest first, a page at
/// a time (`?page=2`), with filters for unread posts and the read-later list.
#[component]
pub fn Home() -> impl IntoView {
    let (lang, words) = use_ui();
    let reader = use_reader();
    let query = use_query_map();
    let filter = Memo::new(move |_| Filter::from_query(query.read().get("show").as_deref()));
    let empty_text = move || match filter.get() {
        Filter::All => words.no_posts,
        Filter::Unread => words.no_unread,
        Filter::Later => words.no_bookmarks,
    };
    view! {
        <Html {..} lang=lang.tag()/>
        <Title text=page_title(None)/>
        <Meta name="description" content=words.site_description/>
        <h1 class="visually-hidden">{SITE_NAME}</h1>
        <ContinueReading/>
        <section aria-labelledby="latest-posts">
            <h2 id="latest-posts" class="page-title">{words.latest_posts}</h2>
            <nav class="filters" aria-label=words.filter_posts>
                <FilterLink filter this=Filter::All label=words.filter_all count=move || POSTS.len()/>
                <FilterLink filter this=Filter::Unread label=words.filter_unread count=move || Filter::Unread.posts(reader).len()/>
                <FilterLink filter this=Filter::Later label=words.read_later count=move || reader.bookmarked().len()/>
            </nav>
            {move || {
                let filter = filter.get();
                view! { <PagedPostList posts=filter.posts(reader) empty=empty_text() link=move |n| filter.page_href(n)/> }
            }}
        </section>
    }
}

/// One of the filters, with how many posts it shows.
#[component]
fn FilterLink(
    filter: Memo<Filter>,
    this: Filter,
    label: &'static str,
    count: impl Fn() -> usize + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        // A plain link: the router's <A> would call every "/?show=…" link current.
        <a href=this.href() aria-current=move || (filter.get() == this).then_some("page")>
            {label} " " <span class="count">{count}</span>
        </a>
    }
}

/// The posts started and not finished, the most recently read first; nothing if none.
#[component]
fn ContinueReading() -> impl IntoView {
    let (_, words) = use_ui();
    let reader = use_reader();
    move || {
        let started = reader.in_progress();
        (!started.is_empty()).then(|| {
            view! {
                <section class="continue-reading" aria-labelledby="continue-reading">
                    <h2 id="continue-reading">{words.continue_reading}</h2>
                    <ol>
                        {started
                            .into_iter()
                            .map(|(post, _)| view! {
                                <li>
                                    <A href=href(&format!("/posts/{}", post.slug)) attr:lang=post.lang.tag()>{post.title}</A>
                                    <ReadingStatus post/>
                                </li>
                            })
                            .collect_view()}
                    </ol>
                </section>
            }
        })
    }
}
