use carnet_core::PostMeta;
use carnet_core::i18n::ui;
use leptos::prelude::*;

/// A post's date, reading time and (optionally) author, in the post's language.
#[component]
pub fn Byline(post: &'static PostMeta, #[prop(optional)] with_author: bool) -> impl IntoView {
    let words = ui(post.lang);
    view! {
        <p class="byline">
            {with_author.then(|| view! { <span class="author">{words.by} " " {post.author}</span> " · " })}
            <time datetime=post.date.to_string()>{post.long_date()}</time>
            " · "
            <span class="reading-time">{post.reading_time()}</span>
        </p>
    }
}

/// A post's tags.
#[component]
pub fn Tags(post: &'static PostMeta) -> impl IntoView {
    (!post.tags.is_empty()).then(|| {
        view! {
            <ul class="tags" aria-label=ui(post.lang).tags>
                {post.tags.iter().map(|tag| view! { <li>{*tag}</li> }).collect_view()}
            </ul>
        }
    })
}
