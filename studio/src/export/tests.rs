use super::*;
use carnet_store::reader::{Bookmarks, ReadingLog, Spot};

/// A reading log of one post read to its end, as an export carries it.
fn sample_log() -> ReadingLog {
    let mut log = ReadingLog::default();
    let end = Spot {
        position: None,
        progress: 1.0,
        finished: true,
    };
    log.record("bienvenue-sur-carnet", end, 2000);
    log
}

/// One post kept to read later.
fn sample_bookmarks() -> Bookmarks {
    let mut b = Bookmarks::default();
    b.set("le-metier-qui-n-existe-pas", true, 1500);
    b
}

/// Pretend schema history: version 1 named the bookmarks' map `kept`, version 2 `posts`.
fn renamed(name: &str, mut data: Value) -> Result<Value, String> {
    if name == Bookmarks::NAME {
        let kept = data["kept"].take();
        data = serde_json::json!({ "posts": kept });
    }
    Ok(data)
}

const STEPS: &[Migration] = &[renamed];

fn sample_export() -> Export {
    Export::new(
        sample_log(),
        sample_bookmarks(),
        BTreeMap::from([("carnet.set-aside.reading.1".into(), "{oops".into())]),
        123,
    )
}

#[test]
fn exports_round_trip() {
    let mut export = sample_export();
    export.drafts.push(crate::draft::Draft::new(
        "abc1".into(),
        carnet_text::Lang::En,
        "Me".into(),
        5,
    ));
    let text = export.to_json();
    assert!(text.starts_with("{\n  \"format\": \"carnet\",\n  \"version\": 1,"));
    assert_eq!(Export::parse(&text), Ok(export));
}

#[test]
fn import_refuses_what_is_not_json_and_says_where() {
    assert_eq!(
        Export::parse("{\n  \"format\": \"carnet\",\n  oops"),
        Err(ImportError::NotJson { line: 3, column: 3 })
    );
    assert!(matches!(
        Export::parse(""),
        Err(ImportError::NotJson { .. })
    ));
}

#[test]
fn import_refuses_other_files() {
    for text in [
        "[]",
        "{}",
        r#"{"format":"docsify","version":1}"#,
        "\"carnet\"",
    ] {
        assert_eq!(Export::parse(text), Err(ImportError::NotCarnet), "{text}");
    }
}

#[test]
fn import_refuses_a_newer_export() {
    let text = r#"{"format":"carnet","version":5,"exported":1,"reading":{"posts":{}}}"#;
    assert_eq!(Export::parse(text), Err(ImportError::NewerVersion(5)));
    let bare = r#"{"format":"carnet","version":5,"exported":1}"#;
    assert_eq!(Export::parse(bare), Err(ImportError::NewerVersion(5)));
}

#[test]
fn import_refuses_bad_content_and_says_what() {
    let cases = [
        r#"{"format":"carnet","exported":1}"#,
        r#"{"format":"carnet","version":1,"exported":1,"reading":{"posts":{"x":{"progress":2,"updated":1}}}}"#,
        r#"{"format":"carnet","version":1,"exported":1,"bookmarks":{"posts":{"Bad Slug":1}}}"#,
        r#"{"format":"carnet","version":1,"exported":1,"bookmarks":[]}"#,
        r#"{"format":"carnet","version":1,"exported":1,"passwords":{}}"#,
        r#"{"format":"carnet","version":1,"exported":1,"setAside":{"carnet.reading":"x"}}"#,
        r#"{"format":"carnet","version":1,"exported":1,"drafts":[{"id":"../x","title":"","created":1,"updated":1,"revision":0}]}"#,
    ];
    for text in cases {
        assert!(
            matches!(Export::parse(text), Err(ImportError::Invalid(_))),
            "{text} → {:?}",
            Export::parse(text)
        );
    }
}

#[test]
fn import_upgrades_an_older_export() {
    let v1 = r#"{"format":"carnet","version":1,"exported":1,"bookmarks":{"kept":{"a":7}}}"#;
    let export = Export::parse_with(v1, STEPS).unwrap();
    assert_eq!(export.version, 2);
    assert_eq!(export.bookmarks.posts, BTreeMap::from([("a".into(), 7)]));
}

/// A misspelt field anywhere, a version that is not one or a draft twice is refused, and
/// the message names the place, so that a backup never silently drops what it holds.
#[test]
fn import_refuses_what_it_would_drop_and_names_the_place() {
    let draft = r#"{"id":"abc","title":"T","created":1,"updated":9,"revision":2"#;
    let cases = [
        (
            format!(r#"{{"format":"carnet","version":1,"exported":1,"drafts":[{draft},"Body":"x"}}]}}"#),
            "drafts[0]: unknown field `Body`",
        ),
        (
            r#"{"format":"carnet","version":1,"exported":1,"reading":{"posts":{"a":{"updated":1,"red":true}}}}"#.to_owned(),
            "reading.posts.a: unknown field `red`",
        ),
        (
            r#"{"format":"carnet","version":1,"exported":1,"bookmarks":{"post":{}}}"#.to_owned(),
            "bookmarks: unknown field `post`",
        ),
        (
            r#"{"format":"carnet","version":0,"exported":1}"#.to_owned(),
            "version: 0 is not a schema version",
        ),
        (
            r#"{"format":"carnet","version":"1","exported":1}"#.to_owned(),
            "version: \"1\" is not a schema version",
        ),
        (
            format!(r#"{{"format":"carnet","version":1,"exported":1,"drafts":[{draft}}},{draft}}}]}}"#),
            "drafts[1]: the id “abc” is also drafts[0]’s",
        ),
    ];
    for (text, message) in cases {
        match Export::parse(&text) {
            Err(ImportError::Invalid(detail)) => {
                assert!(detail.starts_with(message), "{text}\n→ {detail}")
            }
            other => panic!("{text}\n→ {other:?}"),
        }
    }
    let fine = format!(r#"{{"format":"carnet","version":1,"exported":1,"drafts":[{draft}}}]}}"#);
    assert_eq!(Export::parse(&fine).unwrap().drafts[0].title, "T");
}

#[test]
fn what_the_reader_has_seen_goes_through_an_export_and_back() {
    let mut export = sample_export();
    let empty = export.to_json();
    assert!(!empty.contains("\"seen\""), "nothing seen, nothing written");
    export
        .seen
        .arrive(1_000, &[("le-metier", "2016-06-09".parse().unwrap())]);
    export
        .seen
        .read("le-metier", "fea18f80", vec![1, 2, 3], 2_000);
    let back = Export::parse(&export.to_json()).unwrap();
    assert_eq!(back.seen, export.seen);
    let bad = export
        .to_json()
        .replace("\"le-metier\": {", "\"Pas un slug\": {");
    assert!(
        matches!(Export::parse(&bad), Err(ImportError::Invalid(e)) if e.starts_with("seen: ")),
        "{bad}"
    );
}
