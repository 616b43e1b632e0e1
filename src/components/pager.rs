use super::PostList;
use crate::app::use_ui;
use carnet_core::PostMeta;
use carnet_core::paging::{PER_PAGE, Page};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// A list of posts a page at a time: the page the URL's `?page=` names (the nearest one
/// that exists), then links to the pages around it. `link(n)` is page `n`'s URL.
#[component]
pub fn PagedPostList(
    posts: Vec<&'static PostMeta>,
    empty: &'static str,
    #[prop(into)] link: Callback<usize, String>,
) -> impl IntoView {
    let (_, words) = use_ui();
    let query = use_query_map();
    move || {
        let page = Page::of(posts.len(), query.read().get("page").as_deref(), PER_PAGE);
        let to = |n: Option<usize>, label: &'static str, rel: &'static str| {
            // Plain links: the router's <A> would call every page of the list current.
            n.map(|n| view! { <a href=link.run(n) rel=rel class=rel>{label}</a> })
        };
        view! {
            <PostList posts=posts[page.start..page.end].to_vec() empty/>
            {(page.count > 1).then(|| view! {
                <nav class="pager" aria-label=words.pages>
                    {to(page.previous(), words.previous_page, "prev")}
                    <span aria-current="page">{words.page_of(page.number, page.count)}</span>
                    {to(page.next(), words.next_page, "next")}
                </nav>
            })}
        }
    }
}
