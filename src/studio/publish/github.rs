//! "Publier sur GitHub": the post and its images in one commit on the site's repository
//! ([`super::github_calls`]), with the token the writer pasted (kept by [`crate::storage`] in
//! this browser only); then the deploy it starts, followed until the post's page answers.
//! The draft is marked published once GitHub confirmed the commit.

use super::github_calls::{self, Failed};
use crate::i18n::GitHubUi;
use crate::i18n::use_ui;
use crate::state::{now, use_reader};
use crate::storage;
use crate::studio::store;
use carnet_markdown::ids;
use carnet_studio::draft::Published;
use carnet_studio::github::{
    Access, Change, Commit, Deploy, Refusal, Repository, masked, plausible_token,
};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::Uint8Array;

/// A line of what happened, with a link when there is one to follow.
#[derive(Clone, Debug, PartialEq)]
struct Line {
    /// `ok`, `working` or `failed`.
    class: &'static str,
    text: String,
    link: Option<(String, String)>,
}

impl Line {
    fn new(class: &'static str, text: impl Into<String>) -> Line {
        Line {
            class,
            text: text.into(),
            link: None,
        }
    }

    fn with_link(mut self, href: String, label: impl Into<String>) -> Line {
        self.link = Some((href, label.into()));
        self
    }
}

/// What to commit, and where the post will be.
#[derive(Clone)]
pub struct Post {
    /// The draft's id.
    pub id: String,
    /// The post's title.
    pub title: String,
    /// Its file name in `posts/`.
    pub file: String,
    /// Its file, front matter included.
    pub text: String,
    /// Its page on this site (`/posts/<slug>/`, with the site's path).
    pub path: String,
    /// Its public address (the page's `og:url`).
    pub url: String,
    /// Take the published post down instead.
    pub remove: bool,
}

/// The GitHub destination: repository, branch, token, and what happened.
#[component]
pub fn ToGitHub(post: Post, configured: Option<Repository>) -> impl IntoView {
    let (_, words) = use_ui();
    let g = words.github();
    let reader = use_reader();
    let (access, _) = storage::load::<Access>(now());
    let (repository, branch) = match (&configured, access.repository.is_empty()) {
        (Some(repo), true) => (repo.full_name(), repo.branch.clone()),
        _ => (access.repository.clone(), access.branch.clone()),
    };
    let repository = RwSignal::new(repository);
    let branch = RwSignal::new(if branch.is_empty() {
        "main".into()
    } else {
        branch
    });
    let kept = RwSignal::new(access.token);
    let pasted = RwSignal::new(String::new());
    let said = RwSignal::new(None::<Line>);
    let progress = RwSignal::new(Vec::<Line>::new());
    let busy = RwSignal::new(false);

    let label = if post.remove { g.send_removal } else { g.send };
    let forget = move |_| {
        let access = Access {
            repository: repository.get_untracked(),
            branch: branch.get_untracked(),
            token: String::new(),
        };
        let _ = storage::save(&access);
        kept.set(String::new());
        said.set(Some(Line::new("ok", g.forgotten)));
    };
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let Some(repo) = Repository::parse(&repository.get_untracked(), &branch.get_untracked())
        else {
            said.set(Some(Line::new("failed", g.bad_repository)));
            return;
        };
        let typed = pasted.get_untracked().trim().to_owned();
        let token = if typed.is_empty() {
            kept.get_untracked()
        } else {
            typed
        };
        if !plausible_token(&token) {
            said.set(Some(Line::new("failed", g.bad_token)));
            return;
        }
        let access = Access {
            repository: repo.full_name(),
            branch: repo.branch.clone(),
            token: token.clone(),
        };
        let _ = storage::save(&access);
        kept.set(token.clone());
        pasted.set(String::new());
        busy.set(true);
        progress.set(Vec::new());
        said.set(Some(Line::new("working", g.sending)));
        let post = post.clone();
        spawn_local(async move {
            let committed = commit(g, &post, &repo, &token).await;
            let _ = busy.try_set(false);
            match committed {
                Err((line, bad_token)) => {
                    // A token GitHub refuses is of no more use: forgotten, its field is back.
                    if bad_token {
                        let _ = storage::save(&Access {
                            token: String::new(),
                            ..access
                        });
                        let _ = kept.try_set(String::new());
                    }
                    let _ = said.try_set(Some(line));
                }
                Ok((sha, line, rebased)) => {
                    let _ = said.try_set(Some(line));
                    if rebased {
                        let _ = progress.try_set(vec![Line::new("ok", g.rebased)]);
                    }
                    if !post.remove {
                        let _ = store::set_published(
                            &post.id,
                            Published {
                                at: now(),
                                url: post.url.clone(),
                                confirmation: repo.commit_page(&sha),
                            },
                            reader,
                        );
                    }
                    follow(g, &post, &repo, &token, &sha, progress).await;
                }
            }
        });
    };

    view! {
        <div class="destination github" role="group" aria-labelledby=ids::GITHUB_TITLE>
            <h3 id=ids::GITHUB_TITLE>{g.heading}</h3>
            <p>{g.help}</p>
            <form class="github-form" on:submit=send>
                <label>{g.repository}<input type="text" name="repository" spellcheck="false" autocomplete="off" bind:value=repository/></label>
                <label>{g.branch}<input type="text" name="branch" spellcheck="false" autocomplete="off" bind:value=branch/></label>
                {move || {
                    let token = kept.get();
                    if token.is_empty() {
                        view! {
                            <label>{g.token}<input type="password" name="token" autocomplete="off" spellcheck="false" bind:value=pasted/></label>
                            <p class="hint">{g.token_help}</p>
                        }.into_any()
                    } else {
                        view! {
                            <p class="token-kept">{g.token_kept(&masked(&token))} " "
                                <button type="button" on:click=forget>{g.forget}</button>
                            </p>
                        }.into_any()
                    }
                }}
                <button type="submit" class="primary" disabled=move || busy.get()>{label}</button>
            </form>
            {move || said.get().map(|line| view! { <LineView line/> })}
            <ul class="github-progress" aria-live="polite">
                {move || progress.get().into_iter().map(|line| view! { <li><LineView line/></li> }).collect_view()}
            </ul>
        </div>
    }
}

#[component]
fn LineView(line: Line) -> impl IntoView {
    let role = if line.class == "failed" {
        "alert"
    } else {
        "status"
    };
    view! {
        <p class=format!("github-line {}", line.class) role=role>
            {line.text}
            {line.link.map(|(href, label)| view! { " " <a href=href>{label}</a> })}
        </p>
    }
}

/// Commits the post and its images: the commit's sha, what to say of it and whether the
/// branch had moved; or what to tell the writer, and whether GitHub refused the token.
async fn commit(
    g: &'static GitHubUi,
    post: &Post,
    repo: &Repository,
    token: &str,
) -> Result<(String, Line, bool), (Line, bool)> {
    let path = format!("posts/{}", post.file);
    if post.remove {
        let changes = vec![Change {
            path: path.clone(),
            bytes: None,
        }];
        let message = g.removal_message(&post.title, &path);
        return send(g, Commit::new(repo.clone(), changes, message), token).await;
    }
    let mut changes = vec![Change {
        path,
        bytes: Some(post.text.clone().into_bytes()),
    }];
    for image in store::images(&post.id) {
        let bytes = JsFuture::from(image.file.array_buffer())
            .await
            .map_err(|_| (Line::new("failed", g.network), false))?;
        changes.push(Change {
            path: format!("posts/images/{}", image.name),
            bytes: Some(Uint8Array::new(&bytes).to_vec()),
        });
    }
    let paths: Vec<String> = changes.iter().map(|c| c.path.clone()).collect();
    let message = g.commit_message(&post.title, &paths);
    send(g, Commit::new(repo.clone(), changes, message), token).await
}

/// Makes `commit`'s calls: see [`commit`].
async fn send(
    g: &'static GitHubUi,
    mut commit: Commit,
    token: &str,
) -> Result<(String, Line, bool), (Line, bool)> {
    let repo = commit.repository().clone();
    match github_calls::send(token, &mut commit).await {
        Err(Failed::Network) => Err((Line::new("failed", g.network), false)),
        Err(Failed::Refused(refusal)) => Err((
            Line::new(
                "failed",
                g.refusal(&refusal, &repo.full_name(), &repo.branch),
            ),
            refusal == Refusal::BadToken,
        )),
        Ok(()) => {
            let sha = commit.committed().unwrap_or_default().to_owned();
            let short: String = sha.chars().take(7).collect();
            let text = g.committed(&repo.full_name(), &repo.branch);
            let line = Line::new("ok", text).with_link(repo.commit_page(&sha), short);
            Ok((sha, line, commit.rebased()))
        }
    }
}

/// How long to wait between two looks at the deploy or the page.
const POLL_MS: i32 = 3_000;
/// How long a commit may go without a workflow run before the repository is taken to
/// have no deploy.
const NO_DEPLOY_AFTER_MS: i32 = 60_000;
/// How many times the page is looked for once deployed (about ten minutes).
const PAGE_LOOKS: u32 = 200;

/// Follows the deploy of commit `sha`, then waits for the post's page; stops when the
/// writer leaves the page.
async fn follow(
    g: &'static GitHubUi,
    post: &Post,
    repo: &Repository,
    token: &str,
    sha: &str,
    progress: RwSignal<Vec<Line>>,
) {
    // Shows `line` as the latest news; false once the page is gone.
    let say = |line: Line| {
        progress
            .try_update(|lines| {
                if lines.last().is_some_and(|last| last.class == "working") {
                    lines.pop();
                }
                lines.push(line);
            })
            .is_some()
    };
    let mut waited = 0;
    loop {
        match github_calls::deploy(token, repo, sha).await {
            // The runs cannot be read: watch the page.
            None | Some(Deploy::Succeeded(_)) => break,
            Some(Deploy::Failed(run, conclusion)) => {
                say(Line::new("failed", g.deploy_failed(&conclusion)).with_link(run, g.deploy_link));
                return;
            }
            Some(Deploy::Running(run)) => {
                let line = Line::new("working", g.deploying).with_link(run, g.deploy_link);
                if !say(line) {
                    return;
                }
            }
            Some(Deploy::NotStarted) if waited >= NO_DEPLOY_AFTER_MS => {
                say(Line::new("ok", g.no_deploy));
                return;
            }
            Some(Deploy::NotStarted) => {}
        }
        github_calls::sleep(POLL_MS).await;
        waited += POLL_MS;
    }
    if !post.remove && !say(Line::new("working", g.waiting)) {
        return;
    }
    for _ in 0..PAGE_LOOKS {
        match github_calls::page_answers(&post.path, &post.url).await {
            Some(true) if !post.remove => {
                say(Line::new("ok", g.online).with_link(post.path.clone(), g.read_it));
                return;
            }
            Some(false) if post.remove => {
                say(Line::new("ok", g.gone));
                return;
            }
            _ => {}
        }
        if progress.is_disposed() {
            return;
        }
        github_calls::sleep(POLL_MS).await;
    }
}
