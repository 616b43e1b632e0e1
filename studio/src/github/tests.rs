use super::*;

fn repo() -> Repository {
    Repository::parse("isabelle/carnet", "main").unwrap()
}

fn post() -> Vec<Change> {
    vec![
        Change {
            path: "posts/un-article.md".into(),
            bytes: Some(b"---\ntitle: Un article\n---\nBonjour.\n".to_vec()),
        },
        Change {
            path: "posts/images/photo.png".into(),
            bytes: Some(vec![0x89, b'P', b'N', b'G']),
        },
    ]
}

const API_REPO: &str = "https://api.github.com/repos/isabelle/carnet";

/// Answers `commit`'s next call with `status` and `body`, after checking its method and
/// address.
fn step(commit: &mut Commit, method: Method, path: &str, status: u16, body: &str) -> Call {
    let call = commit.call().expect("a call");
    assert_eq!(
        (call.method, call.url.as_str()),
        (method, format!("{API_REPO}{path}").as_str())
    );
    commit.answer(status, body).unwrap();
    call
}

/// The calls up to the ref's update, the head at `head` with tree `tree`.
fn up_to_update(commit: &mut Commit) -> (Call, Call, Call) {
    step(
        commit,
        Method::Get,
        "",
        200,
        r#"{"full_name":"isabelle/carnet"}"#,
    );
    step(
        commit,
        Method::Get,
        "/git/ref/heads/main",
        200,
        r#"{"ref":"refs/heads/main","object":{"sha":"h1","type":"commit"}}"#,
    );
    step(
        commit,
        Method::Get,
        "/git/commits/h1",
        200,
        r#"{"sha":"h1","tree":{"sha":"t1"}}"#,
    );
    let blob = step(commit, Method::Post, "/git/blobs", 201, r#"{"sha":"b1"}"#);
    step(commit, Method::Post, "/git/blobs", 201, r#"{"sha":"b2"}"#);
    // As GitHub answers: the new tree with its entries; the commit with its tree and parents.
    let tree = step(
        commit,
        Method::Post,
        "/git/trees",
        201,
        r#"{"sha":"t2","url":"u","tree":[{"path":"posts","mode":"040000","type":"tree","sha":"t9"}],"truncated":false}"#,
    );
    let made = step(
        commit,
        Method::Post,
        "/git/commits",
        201,
        r#"{"sha":"c1","tree":{"sha":"t2","url":"u"},"parents":[{"sha":"h1"}],"message":"m"}"#,
    );
    (blob, tree, made)
}

/// The branch's update refused because it moved to `head` (tree `tree`), and the head read
/// again.
fn moved_to(commit: &mut Commit, head: &str, tree: &str) {
    step(
        commit,
        Method::Patch,
        "/git/refs/heads/main",
        422,
        r#"{"message":"Update is not a fast forward","status":"422"}"#,
    );
    step(
        commit,
        Method::Get,
        "/git/ref/heads/main",
        200,
        &format!(r#"{{"object":{{"sha":"{head}"}}}}"#),
    );
    step(
        commit,
        Method::Get,
        &format!("/git/commits/{head}"),
        200,
        &format!(r#"{{"tree":{{"sha":"{tree}"}}}}"#),
    );
}

#[test]
fn a_post_and_its_image_go_in_one_commit_on_the_head_and_the_branch_is_fast_forwarded() {
    let mut commit = Commit::new(repo(), post(), "Publie « Un article »".into());
    let (blob, tree, made) = up_to_update(&mut commit);
    assert_eq!(
        blob.body.unwrap(),
        json!({ "content": "LS0tCnRpdGxlOiBVbiBhcnRpY2xlCi0tLQpCb25qb3VyLgo=", "encoding": "base64" })
    );
    assert_eq!(
        tree.body.unwrap(),
        json!({ "base_tree": "t1", "tree": [
            { "path": "posts/un-article.md", "mode": "100644", "type": "blob", "sha": "b1" },
            { "path": "posts/images/photo.png", "mode": "100644", "type": "blob", "sha": "b2" },
        ] })
    );
    assert_eq!(
        made.body.unwrap(),
        json!({ "message": "Publie « Un article »", "tree": "t2", "parents": ["h1"] })
    );
    assert_eq!(commit.committed(), None);
    let update = step(
        &mut commit,
        Method::Patch,
        "/git/refs/heads/main",
        200,
        r#"{"object":{"sha":"c1"}}"#,
    );
    assert_eq!(update.body.unwrap(), json!({ "sha": "c1", "force": false }));
    assert_eq!(commit.call(), None);
    assert_eq!(commit.committed(), Some("c1"));
    assert!(!commit.rebased());
}

#[test]
fn a_branch_that_moved_gets_the_same_files_on_its_new_head() {
    let mut commit = Commit::new(repo(), post(), "m".into());
    up_to_update(&mut commit);
    moved_to(&mut commit, "h2", "t3");
    step(
        &mut commit,
        Method::Get,
        "/compare/h1...h2",
        200,
        r#"{"status":"ahead","files":[{"filename":"posts/autre.md","status":"added"}]}"#,
    );
    // The blobs are not sent again.
    let tree = step(
        &mut commit,
        Method::Post,
        "/git/trees",
        201,
        r#"{"sha":"t4"}"#,
    );
    assert_eq!(tree.body.unwrap()["base_tree"], "t3");
    let made = step(
        &mut commit,
        Method::Post,
        "/git/commits",
        201,
        r#"{"sha":"c2"}"#,
    );
    assert_eq!(made.body.unwrap()["parents"], json!(["h2"]));
    step(
        &mut commit,
        Method::Patch,
        "/git/refs/heads/main",
        200,
        "{}",
    );
    assert_eq!(commit.committed(), Some("c2"));
    assert!(commit.rebased());
}

#[test]
fn a_file_the_repository_changed_meanwhile_is_never_overwritten() {
    let mut commit = Commit::new(repo(), post(), "m".into());
    up_to_update(&mut commit);
    moved_to(&mut commit, "h2", "t3");
    assert_eq!(
        commit.answer(
            200,
            r#"{"files":[{"filename":"posts/un-article.md"},{"filename":"README.md"}]}"#
        ),
        Err(Refusal::ChangedMeanwhile(vec![
            "posts/un-article.md".into()
        ]))
    );
}

#[test]
fn a_branch_that_keeps_moving_is_given_up_after_three_tries() {
    let mut commit = Commit::new(repo(), post(), "m".into());
    up_to_update(&mut commit);
    for (head, tree) in [("h2", "t3"), ("h3", "t5")] {
        moved_to(&mut commit, head, tree);
        commit.answer(200, r#"{"files":[]}"#).unwrap();
        commit.answer(201, r#"{"sha":"tx"}"#).unwrap();
        commit.answer(201, r#"{"sha":"cx"}"#).unwrap();
    }
    assert_eq!(commit.answer(422, "{}"), Err(Refusal::KeptMoving));
    assert_eq!(commit.committed(), None);
}

#[test]
fn files_already_on_the_branch_make_no_empty_commit() {
    let mut commit = Commit::new(repo(), post(), "m".into());
    step(&mut commit, Method::Get, "", 200, "{}");
    step(
        &mut commit,
        Method::Get,
        "/git/ref/heads/main",
        200,
        r#"{"object":{"sha":"c1"}}"#,
    );
    step(
        &mut commit,
        Method::Get,
        "/git/commits/c1",
        200,
        r#"{"tree":{"sha":"t2"}}"#,
    );
    commit.answer(201, r#"{"sha":"b1"}"#).unwrap();
    commit.answer(201, r#"{"sha":"b2"}"#).unwrap();
    step(
        &mut commit,
        Method::Post,
        "/git/trees",
        201,
        r#"{"sha":"t2"}"#,
    );
    assert_eq!(commit.call(), None);
    assert_eq!(commit.committed(), Some("c1"));
}

#[test]
fn a_removed_file_is_a_tree_entry_without_content() {
    let changes = vec![Change {
        path: "posts/vieux.md".into(),
        bytes: None,
    }];
    let mut commit = Commit::new(repo(), changes, "m".into());
    step(&mut commit, Method::Get, "", 200, "{}");
    step(
        &mut commit,
        Method::Get,
        "/git/ref/heads/main",
        200,
        r#"{"object":{"sha":"h1"}}"#,
    );
    step(
        &mut commit,
        Method::Get,
        "/git/commits/h1",
        200,
        r#"{"tree":{"sha":"t1"}}"#,
    );
    let tree = step(
        &mut commit,
        Method::Post,
        "/git/trees",
        201,
        r#"{"sha":"t2"}"#,
    );
    assert_eq!(
        tree.body.unwrap()["tree"],
        json!([{ "path": "posts/vieux.md", "mode": "100644", "type": "blob", "sha": null }])
    );
}

/// The refusal an error answer at the `n`th call gets (0: the repository).
fn refusal_at(n: usize, status: u16, body: &str) -> Refusal {
    let mut commit = Commit::new(repo(), post(), "m".into());
    let answers = [
        "{}",
        r#"{"object":{"sha":"h1"}}"#,
        r#"{"tree":{"sha":"t1"}}"#,
        r#"{"sha":"b1"}"#,
        r#"{"sha":"b2"}"#,
        r#"{"sha":"t2"}"#,
        r#"{"sha":"c1"}"#,
    ];
    for answer in &answers[..n] {
        commit.answer(200, answer).unwrap();
    }
    let refusal = commit.answer(status, body).unwrap_err();
    assert_eq!(commit.committed(), None);
    refusal
}

#[test]
fn each_error_answer_says_what_went_wrong() {
    let bad = r#"{"message":"Bad credentials","documentation_url":"https://docs.github.com/rest","status":"401"}"#;
    assert_eq!(refusal_at(0, 401, bad), Refusal::BadToken);
    assert_eq!(refusal_at(4, 401, bad), Refusal::BadToken);
    let not_found = r#"{"message":"Not Found","status":"404"}"#;
    assert_eq!(refusal_at(0, 404, not_found), Refusal::NoRepository);
    assert_eq!(refusal_at(1, 404, not_found), Refusal::NoBranch);
    assert_eq!(refusal_at(3, 404, not_found), Refusal::CannotWrite);
    assert_eq!(
        refusal_at(
            1,
            409,
            r#"{"message":"Git Repository is empty.","status":"409"}"#
        ),
        Refusal::EmptyRepository
    );
    let not_allowed =
        r#"{"message":"Resource not accessible by personal access token","status":"403"}"#;
    assert_eq!(refusal_at(3, 403, not_allowed), Refusal::CannotWrite);
    let limit = r#"{"message":"API rate limit exceeded for user ID 1.","status":"403"}"#;
    assert_eq!(refusal_at(2, 403, limit), Refusal::RateLimited);
    assert_eq!(refusal_at(5, 429, "{}"), Refusal::RateLimited);
    assert_eq!(
        refusal_at(
            5,
            422,
            r#"{"message":"tree.sha is not a valid blob","status":"422"}"#
        ),
        Refusal::Unexpected {
            status: 422,
            message: "tree.sha is not a valid blob".into()
        }
    );
    assert_eq!(
        refusal_at(6, 502, "<html>Bad gateway</html>"),
        Refusal::Unexpected {
            status: 502,
            message: "<html>Bad gateway</html>".into()
        }
    );
}

#[test]
fn an_answer_without_what_the_next_call_needs_is_refused() {
    let mut commit = Commit::new(repo(), post(), "m".into());
    commit.answer(200, "{}").unwrap();
    assert!(matches!(
        commit.answer(200, r#"{"object":{}}"#),
        Err(Refusal::Unexpected { status: 200, .. })
    ));
}

#[test]
fn a_repository_is_read_as_typed_or_pasted_and_anything_else_is_refused() {
    let expected = Some(Repository {
        owner: "isabelle".into(),
        name: "carnet.blog".into(),
        branch: "main".into(),
    });
    assert_eq!(Repository::parse("isabelle/carnet.blog", "main"), expected);
    assert_eq!(
        Repository::parse(" https://github.com/isabelle/carnet.blog.git ", " main "),
        expected
    );
    assert_eq!(
        Repository::parse("https://github.com/isabelle/carnet.blog/", "main"),
        expected
    );
    for (full, branch) in [
        ("isabelle", "main"),
        ("isabelle/", "main"),
        ("a/b/c", "main"),
        ("a b/c", "main"),
        ("a/b", ""),
        ("a/b", "x..y"),
        ("a/b", "ma in"),
    ] {
        assert_eq!(Repository::parse(full, branch), None, "{full} {branch}");
    }
    let repo = repo();
    assert_eq!(
        repo.commit_page("c1"),
        "https://github.com/isabelle/carnet/commit/c1"
    );
}

#[test]
fn a_token_is_shown_masked_and_sent_only_as_a_bearer_header() {
    let token = "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzWXYZ";
    assert_eq!(masked(token), "github_pat_11ABCDEFG0123456789_••••••••WXYZ");
    assert_eq!(masked("ghp_0123456789abcdefABCD"), "ghp_••••••••ABCD");
    assert!(plausible_token(token));
    assert!(!plausible_token("github_pat_ 11ABCDEFG0123456789"));
    assert!(!plausible_token("short"));
    assert_eq!(
        headers(token)[0],
        ("Authorization", format!("Bearer {token}"))
    );
}

#[test]
fn a_deploy_is_followed_through_its_workflow_runs() {
    let runs = |list: &str| format!(r#"{{"total_count":1,"workflow_runs":[{list}]}}"#);
    let run = |status: &str, conclusion: &str| {
        format!(
            r#"{{"id":1,"status":"{status}","conclusion":{conclusion},"html_url":"https://github.com/i/c/actions/runs/1"}}"#
        )
    };
    let url = "https://github.com/i/c/actions/runs/1".to_string();
    assert_eq!(deploy_of(&runs("")), Deploy::NotStarted);
    assert_eq!(deploy_of("not json"), Deploy::NotStarted);
    assert_eq!(
        deploy_of(&runs(&run("queued", "null"))),
        Deploy::Running(url.clone())
    );
    assert_eq!(
        deploy_of(&runs(&run("in_progress", "null"))),
        Deploy::Running(url.clone())
    );
    assert_eq!(
        deploy_of(&runs(&run("completed", "\"success\""))),
        Deploy::Succeeded(url.clone())
    );
    assert_eq!(
        deploy_of(&runs(&run("completed", "\"failure\""))),
        Deploy::Failed(url.clone(), "failure".into())
    );
    let two = format!(
        "{},{}",
        run("completed", "\"success\""),
        run("in_progress", "null")
    );
    assert_eq!(deploy_of(&runs(&two)), Deploy::Running(url));
    assert_eq!(
        runs_call(&repo(), "c1").url,
        "https://api.github.com/repos/isabelle/carnet/actions/runs?head_sha=c1"
    );
}
