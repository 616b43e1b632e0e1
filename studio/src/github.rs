//! Publishing to a GitHub repository from the browser, without a server: the calls to
//! GitHub's REST API (Git data: refs, commits, blobs, trees) that put a post and its images
//! in **one commit** on a branch, and what GitHub's answers mean for the writer.
//!
//! Pure and without I/O: [`Commit`] says which call to make next and reads each answer;
//! the studio's shell makes the calls. A branch that moved while the commit was made is
//! handled as `git rebase` would for a change that touches only new files: the same files
//! go on the new head, unless the repository changed those very files meanwhile. Nothing is
//! ever force-pushed: the branch is moved only by a fast-forward update of its ref.
//!
//! The calls follow <https://docs.github.com/en/rest/git> (API version 2022-11-28).

use base64::Engine as _;
use carnet_store::{Document, Single};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

/// GitHub's REST API: the only address the writer's token is sent to.
pub const API: &str = "https://api.github.com";

/// The API version the calls are written for (`X-GitHub-Api-Version`).
pub const API_VERSION: &str = "2022-11-28";

/// How many times the commit is put on a branch that keeps moving before giving up.
const ATTEMPTS: u32 = 3;

/// A repository and the branch the site is built from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Repository {
    /// Its owner, a user or an organisation.
    pub owner: String,
    /// Its name.
    pub name: String,
    /// The branch to commit on.
    pub branch: String,
}

impl Repository {
    /// `owner/name` and a branch, as the writer types them (a pasted
    /// `https://github.com/owner/name` address is understood too). `None` if it is not a
    /// repository's name.
    pub fn parse(full_name: &str, branch: &str) -> Option<Repository> {
        let full_name = full_name.trim().trim_end_matches('/');
        let full_name = full_name
            .strip_prefix("https://github.com/")
            .unwrap_or(full_name);
        let full_name = full_name.strip_suffix(".git").unwrap_or(full_name);
        let (owner, name) = full_name.split_once('/')?;
        let branch = branch.trim();
        let part = |s: &str| {
            !s.is_empty()
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        };
        let branch_ok = !branch.is_empty()
            && !branch.contains("..")
            && branch
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'));
        (part(owner) && part(name) && branch_ok).then(|| Repository {
            owner: owner.to_owned(),
            name: name.to_owned(),
            branch: branch.to_owned(),
        })
    }

    /// `owner/name`.
    pub fn full_name(&self) -> String {
        format!("{}/{}", self.owner, self.name)
    }

    /// The repository's page on github.com.
    pub fn page(&self) -> String {
        format!("https://github.com/{}", self.full_name())
    }

    /// A commit's page on github.com.
    pub fn commit_page(&self, sha: &str) -> String {
        format!("{}/commit/{sha}", self.page())
    }

    /// The API's address of `rest` in this repository.
    fn api(&self, rest: &str) -> String {
        format!("{API}/repos/{}/{}{rest}", self.owner, self.name)
    }
}

/// What the writer gave the studio to commit to GitHub, kept in this browser only (under
/// [`Access::KEY`], never in the "My data" export) and sent nowhere but [`API`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Access {
    /// `owner/name`, as typed.
    pub repository: String,
    /// The branch, as typed.
    pub branch: String,
    /// The fine-grained token the writer pasted; empty once forgotten.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub token: String,
}

impl Document for Access {
    const NAME: &'static str = "github";

    fn check(&self) -> Result<(), String> {
        if self.token.is_empty() || plausible_token(&self.token) {
            Ok(())
        } else {
            Err("the token is not a GitHub token".into())
        }
    }
}

impl Single for Access {
    const KEY: &'static str = "carnet.github";
}

/// How a token is shown once pasted: its kind and its last four characters.
pub fn masked(token: &str) -> String {
    let kind = token.rfind('_').map_or("", |i| &token[..=i]);
    let tail: String = {
        let chars: Vec<char> = token.chars().collect();
        chars[chars.len().saturating_sub(4)..].iter().collect()
    };
    format!("{kind}••••••••{tail}")
}

/// Whether `token` can be a GitHub token: no spaces, of a plausible length.
pub fn plausible_token(token: &str) -> bool {
    (20..=255).contains(&token.len())
        && token.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// The headers every call carries, the token's included.
pub fn headers(token: &str) -> [(&'static str, String); 3] {
    [
        ("Authorization", format!("Bearer {token}")),
        ("Accept", "application/vnd.github+json".to_owned()),
        ("X-GitHub-Api-Version", API_VERSION.to_owned()),
    ]
}

/// An HTTP method the calls use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// `GET`.
    Get,
    /// `POST`.
    Post,
    /// `PATCH`.
    Patch,
}

impl Method {
    /// As HTTP spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Patch => "PATCH",
        }
    }
}

/// A call to make: the shell sends it with [`headers`] and hands the answer back.
#[derive(Clone, Debug, PartialEq)]
pub struct Call {
    /// Its method.
    pub method: Method,
    /// Its address.
    pub url: String,
    /// Its JSON body, if it has one.
    pub body: Option<Value>,
}

impl Call {
    fn get(url: String) -> Call {
        Call {
            method: Method::Get,
            url,
            body: None,
        }
    }
}

/// Why GitHub did not take the commit: what the writer is told, and nothing was changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// 401: the token is wrong, expired or revoked.
    BadToken,
    /// 404 on the repository: it does not exist, or the token was not given access to it.
    NoRepository,
    /// 404 on the branch.
    NoBranch,
    /// 409: the repository has no commit yet.
    EmptyRepository,
    /// 403 (or 404 on a write): the token may read the repository but not write to it.
    CannotWrite,
    /// 403 or 429 about a rate limit: GitHub's quota for the token is spent for now.
    RateLimited,
    /// The repository changed these files since the studio read it: nothing is overwritten.
    ChangedMeanwhile(Vec<String>),
    /// The branch kept moving while the commit was put on it.
    KeptMoving,
    /// Any other answer: its status and GitHub's message.
    Unexpected {
        /// The HTTP status.
        status: u16,
        /// GitHub's `message`, or the start of the body.
        message: String,
    },
}

/// A file to commit: its path in the repository and its bytes; `None` takes it away.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// `posts/<slug>.md`, `posts/images/<name>`.
    pub path: String,
    /// The new content, or `None` to remove the file.
    pub bytes: Option<Vec<u8>>,
}

/// Where a [`Commit`] is.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Step {
    /// Check the repository is there (tells a missing repository from a missing branch).
    Repository,
    /// Read the branch's head.
    Head,
    /// Read the head commit's tree.
    HeadCommit,
    /// The branch moved: which files changed between the head first read and the new one.
    Compare,
    /// Send the `n`th file's content.
    Blob(usize),
    /// Make the new tree.
    Tree,
    /// Make the commit.
    Commit,
    /// Move the branch to it (fast-forward only).
    UpdateRef,
    /// The branch points at the commit.
    Done,
}

/// One commit of some files on a repository's branch, as a series of calls.
///
/// ```text
/// GET  /repos/{o}/{r}                      the repository
/// GET  /repos/{o}/{r}/git/ref/heads/{b}    the head
/// GET  /repos/{o}/{r}/git/commits/{head}   its tree
/// POST /repos/{o}/{r}/git/blobs            each file
/// POST /repos/{o}/{r}/git/trees            the head's tree with the files
/// POST /repos/{o}/{r}/git/commits          the commit, parent: the head
/// PATCH /repos/{o}/{r}/git/refs/heads/{b}  the branch, force: false
/// ```
///
/// If the update is refused because the branch moved (422), the head is read again, the
/// files the repository changed since are compared with ours
/// (`GET /compare/{old}...{new}`), and the tree, commit and update are made again on the
/// new head. A tree equal to the head's means the files are already there (a retry after
/// an answer lost on the way): done, with no empty commit.
#[derive(Clone, Debug)]
pub struct Commit {
    repository: Repository,
    changes: Vec<Change>,
    message: String,
    step: Step,
    /// The head first read: what the studio built against.
    first_head: Option<String>,
    head: Option<String>,
    head_tree: Option<String>,
    blobs: Vec<String>,
    tree: Option<String>,
    commit: Option<String>,
    attempts: u32,
}

impl Commit {
    /// A commit of `changes` on `repository`'s branch, with `message`.
    pub fn new(repository: Repository, changes: Vec<Change>, message: String) -> Commit {
        Commit {
            repository,
            changes,
            message,
            step: Step::Repository,
            first_head: None,
            head: None,
            head_tree: None,
            blobs: Vec::new(),
            tree: None,
            commit: None,
            attempts: 1,
        }
    }

    /// The repository it goes to.
    pub fn repository(&self) -> &Repository {
        &self.repository
    }

    /// The commit the branch points at, once it does.
    pub fn committed(&self) -> Option<&str> {
        (self.step == Step::Done)
            .then_some(self.commit.as_deref())
            .flatten()
    }

    /// Whether the commit had to be put again on a branch that moved.
    pub fn rebased(&self) -> bool {
        self.attempts > 1
    }

    /// The next call to make, or `None` once the branch points at the commit.
    pub fn call(&self) -> Option<Call> {
        let repo = &self.repository;
        let sha = |s: &Option<String>| s.clone().unwrap_or_default();
        Some(match &self.step {
            Step::Repository => Call::get(repo.api("")),
            Step::Head => Call::get(repo.api(&format!("/git/ref/heads/{}", repo.branch))),
            Step::HeadCommit => Call::get(repo.api(&format!("/git/commits/{}", sha(&self.head)))),
            Step::Compare => Call::get(repo.api(&format!(
                "/compare/{}...{}",
                sha(&self.first_head),
                sha(&self.head)
            ))),
            Step::Blob(n) => {
                let bytes = self.changes[*n].bytes.as_deref().unwrap_or_default();
                Call {
                    method: Method::Post,
                    url: repo.api("/git/blobs"),
                    body: Some(json!({
                        "content": base64::engine::general_purpose::STANDARD.encode(bytes),
                        "encoding": "base64",
                    })),
                }
            }
            Step::Tree => {
                let mut blobs = self.blobs.iter();
                let entries: Vec<Value> = self
                    .changes
                    .iter()
                    .map(|change| {
                        let sha = change.bytes.as_ref().and_then(|_| blobs.next());
                        json!({ "path": change.path, "mode": "100644", "type": "blob", "sha": sha })
                    })
                    .collect();
                Call {
                    method: Method::Post,
                    url: repo.api("/git/trees"),
                    body: Some(json!({ "base_tree": sha(&self.head_tree), "tree": entries })),
                }
            }
            Step::Commit => Call {
                method: Method::Post,
                url: repo.api("/git/commits"),
                body: Some(json!({
                    "message": self.message,
                    "tree": sha(&self.tree),
                    "parents": [sha(&self.head)],
                })),
            },
            Step::UpdateRef => Call {
                method: Method::Patch,
                url: repo.api(&format!("/git/refs/heads/{}", repo.branch)),
                body: Some(json!({ "sha": sha(&self.commit), "force": false })),
            },
            Step::Done => return None,
        })
    }

    /// Reads the answer to [`Commit::call`]'s call: its status and body.
    pub fn answer(&mut self, status: u16, body: &str) -> Result<(), Refusal> {
        let moved = self.step == Step::UpdateRef && matches!(status, 409 | 422);
        if moved {
            if self.attempts >= ATTEMPTS {
                return Err(Refusal::KeptMoving);
            }
            self.attempts += 1;
            self.step = Step::Head;
            return Ok(());
        }
        if !(200..300).contains(&status) {
            return Err(self.refusal(status, body));
        }
        let value: Value = serde_json::from_str(body).map_err(|e| Refusal::Unexpected {
            status,
            message: format!("not JSON: {e}"),
        })?;
        let field = |pointer: &str| {
            value
                .pointer(pointer)
                .and_then(Value::as_str)
                .map(str::to_owned)
                .ok_or_else(|| Refusal::Unexpected {
                    status,
                    message: format!("no {pointer} in the answer"),
                })
        };
        self.step = match self.step {
            Step::Repository => Step::Head,
            Step::Head => {
                self.head = Some(field("/object/sha")?);
                Step::HeadCommit
            }
            Step::HeadCommit => {
                self.head_tree = Some(field("/tree/sha")?);
                match &self.first_head {
                    None => {
                        self.first_head = self.head.clone();
                        self.next_blob(0)
                    }
                    Some(first) if Some(first) != self.head.as_ref() => Step::Compare,
                    Some(_) => Step::Tree,
                }
            }
            Step::Compare => {
                let changed: Vec<String> = value
                    .get("files")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(|f| f.get("filename").and_then(Value::as_str))
                    .filter(|name| self.changes.iter().any(|c| c.path == *name))
                    .map(str::to_owned)
                    .collect();
                if !changed.is_empty() {
                    return Err(Refusal::ChangedMeanwhile(changed));
                }
                Step::Tree
            }
            Step::Blob(n) => {
                self.blobs.push(field("/sha")?);
                self.next_blob(n + 1)
            }
            Step::Tree => {
                let tree = field("/sha")?;
                let unchanged = Some(&tree) == self.head_tree.as_ref();
                self.tree = Some(tree);
                if unchanged {
                    self.commit = self.head.clone();
                    Step::Done
                } else {
                    Step::Commit
                }
            }
            Step::Commit => {
                self.commit = Some(field("/sha")?);
                Step::UpdateRef
            }
            Step::UpdateRef | Step::Done => Step::Done,
        };
        Ok(())
    }

    /// The first file from `n` on that has content to send, or the tree if none has.
    fn next_blob(&self, n: usize) -> Step {
        match (n..self.changes.len()).find(|&i| self.changes[i].bytes.is_some()) {
            Some(i) => Step::Blob(i),
            None => Step::Tree,
        }
    }

    /// What an error answer at the current step means.
    fn refusal(&self, status: u16, body: &str) -> Refusal {
        let message = serde_json::from_str::<Value>(body)
            .ok()
            .and_then(|v| v.get("message").and_then(Value::as_str).map(str::to_owned))
            .unwrap_or_else(|| body.chars().take(200).collect());
        let writing = matches!(
            self.step,
            Step::Blob(_) | Step::Tree | Step::Commit | Step::UpdateRef
        );
        match status {
            401 => Refusal::BadToken,
            403 | 429 if message.to_lowercase().contains("rate limit") => Refusal::RateLimited,
            429 => Refusal::RateLimited,
            403 => Refusal::CannotWrite,
            404 if self.step == Step::Repository => Refusal::NoRepository,
            404 if self.step == Step::Head => Refusal::NoBranch,
            // GitHub answers 404 rather than 403 to a write the token may not make.
            404 if writing => Refusal::CannotWrite,
            409 if matches!(self.step, Step::Head | Step::HeadCommit) => Refusal::EmptyRepository,
            _ => Refusal::Unexpected { status, message },
        }
    }
}

/// Where the deploy a push started is, as `GET /repos/{o}/{r}/actions/runs?head_sha=`
/// tells it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Deploy {
    /// No workflow run for the commit (yet, or the repository has none).
    NotStarted,
    /// Queued or running: its page on github.com.
    Running(String),
    /// Finished without success: its page and its conclusion.
    Failed(String, String),
    /// Finished with success.
    Succeeded(String),
}

/// The call that lists the workflow runs of commit `sha`.
pub fn runs_call(repository: &Repository, sha: &str) -> Call {
    Call::get(repository.api(&format!("/actions/runs?head_sha={sha}")))
}

/// The deploy a list of workflow runs (the answer to [`runs_call`]) says: all runs must
/// succeed; any failing one fails it.
pub fn deploy_of(body: &str) -> Deploy {
    #[derive(Deserialize)]
    struct Runs {
        workflow_runs: Vec<Run>,
    }
    #[derive(Deserialize)]
    struct Run {
        status: Option<String>,
        conclusion: Option<String>,
        html_url: String,
    }
    let Ok(Runs {
        workflow_runs: runs,
    }) = serde_json::from_str(body)
    else {
        return Deploy::NotStarted;
    };
    if let Some(run) = runs.iter().find(|r| {
        r.status.as_deref() == Some("completed")
            && !matches!(
                r.conclusion.as_deref(),
                Some("success" | "skipped" | "neutral")
            )
    }) {
        let conclusion = run.conclusion.clone().unwrap_or_default();
        return Deploy::Failed(run.html_url.clone(), conclusion);
    }
    match runs
        .iter()
        .find(|r| r.status.as_deref() != Some("completed"))
    {
        Some(run) => Deploy::Running(run.html_url.clone()),
        None => match runs.first() {
            Some(run) => Deploy::Succeeded(run.html_url.clone()),
            None => Deploy::NotStarted,
        },
    }
}

#[cfg(test)]
mod tests;
