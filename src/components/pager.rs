use super::PostList;
use crate::i18n::use_ui;
use carnet_content::PostMeta;
use carnet_content::paging::Page;
use leptos::prelude::*;
use std::sync::Arc;

/// One page of a list of posts, then links to the pages around it. `link(n)` is page
/// `n`'s URL.
#[component]
pub fn PagedPostList(
    /// The page's posts.
    posts: Vec<Arc<PostMeta>>,
    /// Which page of how many.
    page: Page,
    empty: &'static str,
    #[prop(into)] link: Callback<usize, String>,
) -> impl IntoView {
    let (_, words) = use_ui();
    let to = move |n: Option<usize>, label: &'static str, rel: &'static str| {
        // Plain links: the router's <A> would call every page of the list current.
        n.map(|n| view! { <a href=link.run(n) rel=rel class=rel>{label}</a> })
    };
    view! {
        <PostList posts empty/>
        {(page.count > 1).then(|| view! {
            <nav class="pager" aria-label=words.pages>
                {to(page.previous(), words.previous_page, "prev")}
                <span aria-current="page">{words.page_of(page.number, page.count)}</span>
                {to(page.next(), words.next_page, "next")}
            </nav>
        })}
    }
}
