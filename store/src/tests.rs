use super::*;
use crate::reader::*;
use std::collections::BTreeMap;

const SLUG: &str = "le-metier-qui-n-existe-pas";

fn at(block: u32, offset: f32) -> Spot {
    Spot {
        position: Some(Position {
            block,
            offset,
            fingerprint: 42,
        }),
        progress: 0.5,
        finished: false,
    }
}

const END: Spot = Spot {
    position: None,
    progress: 1.0,
    finished: true,
};

fn encode<D: Document>(doc: &D) -> String {
    serde_json::to_string(&Envelope::new(doc)).unwrap()
}

fn sample_log() -> ReadingLog {
    let mut log = ReadingLog::default();
    log.record(SLUG, at(7, 0.25), 1000);
    log.record("bienvenue-sur-carnet", END, 2000);
    log
}

fn sample_bookmarks() -> Bookmarks {
    let mut b = Bookmarks::default();
    b.set(SLUG, true, 1500);
    b
}

#[test]
fn documents_round_trip() {
    let log = sample_log();
    assert_eq!(decode::<ReadingLog>(&encode(&log)), Ok(log));
    let bookmarks = sample_bookmarks();
    assert_eq!(decode::<Bookmarks>(&encode(&bookmarks)), Ok(bookmarks));
    assert_eq!(
        decode::<ReadingLog>(&encode(&ReadingLog::default())),
        Ok(ReadingLog::default())
    );
}

#[test]
fn the_stored_form_is_a_versioned_envelope() {
    let json = encode(&sample_bookmarks());
    assert_eq!(
        json,
        r#"{"version":1,"data":{"posts":{"le-metier-qui-n-existe-pas":1500}}}"#
    );
    assert_eq!(ReadingLog::KEY, format!("{NAMESPACE}{}", ReadingLog::NAME));
    assert_eq!(Bookmarks::KEY, format!("{NAMESPACE}{}", Bookmarks::NAME));
}

#[test]
fn corrupted_json_is_unreadable() {
    for raw in [
        "{\"version\":1,\"data\":{",
        "",
        "undefined",
        "[object Object]",
    ] {
        assert!(
            matches!(decode::<ReadingLog>(raw), Err(Unreadable::NotJson(_))),
            "{raw}"
        );
    }
}

#[test]
fn values_of_the_wrong_shape_are_unreadable() {
    let wrong = [
        "42",
        "[]",
        r#"{"data":{"posts":{}}}"#,
        r#"{"version":"1","data":{"posts":{}}}"#,
        r#"{"version":0,"data":{"posts":{}}}"#,
        r#"{"version":1}"#,
        r#"{"version":1,"data":[]}"#,
        r#"{"version":1,"data":{"posts":[]}}"#,
        r#"{"version":1,"data":{"posts":{"x":{"progress":"half","updated":1}}}}"#,
        r#"{"version":1,"data":{"posts":{"x":{"progress":7,"updated":1}}}}"#,
        r#"{"version":1,"data":{"posts":{"Not A Slug":{"updated":1}}}}"#,
        r#"{"version":1,"data":{"posts":{"x":{"updated":1,"position":{"block":-1,"offset":0,"fingerprint":0}}}}}"#,
    ];
    for raw in wrong {
        assert!(
            matches!(decode::<ReadingLog>(raw), Err(Unreadable::WrongShape(_))),
            "{raw} → {:?}",
            decode::<ReadingLog>(raw)
        );
    }
    assert!(matches!(
        decode::<Bookmarks>(r#"{"version":1,"data":{"posts":{"x":"yesterday"}}}"#),
        Err(Unreadable::WrongShape(_))
    ));
}

#[test]
fn a_newer_schema_is_refused_not_misread() {
    let raw = r#"{"version":2,"data":{"posts":{}}}"#;
    assert_eq!(decode::<Bookmarks>(raw), Err(Unreadable::NewerVersion(2)));
    assert!(
        Unreadable::NewerVersion(2)
            .to_string()
            .contains("newer Carnet")
    );
}

/// Pretend schema history for the migration tests: version 1 kept bookmarks as a list of
/// slugs, version 2 as a map from slug to time, version 3 renamed nothing but checks the
/// chain runs in order.
fn list_to_map(name: &str, data: Value) -> Result<Value, String> {
    if name != Bookmarks::NAME {
        return Ok(data);
    }
    let slugs = data["posts"].as_array().ok_or("posts is not a list")?;
    let posts: serde_json::Map<String, Value> = slugs
        .iter()
        .map(|s| {
            Ok((
                s.as_str().ok_or("slug is not text")?.to_owned(),
                Value::from(0),
            ))
        })
        .collect::<Result<_, String>>()?;
    Ok(serde_json::json!({ "posts": posts }))
}

fn stamp(_: &str, mut data: Value) -> Result<Value, String> {
    // Runs after list_to_map: the map must already be there.
    let posts = data["posts"]
        .as_object_mut()
        .ok_or("not migrated in order")?;
    for time in posts.values_mut() {
        *time = Value::from(7);
    }
    Ok(data)
}

const STEPS: &[Migration] = &[list_to_map, stamp];

#[test]
fn migrations_bring_old_documents_up_to_date_in_order() {
    let v1 = r#"{"version":1,"data":{"posts":["a","b"]}}"#;
    let doc: Bookmarks = decode_with(v1, STEPS).unwrap();
    assert_eq!(
        doc.posts,
        BTreeMap::from([("a".into(), 7), ("b".into(), 7)])
    );
    // A version-2 document only goes through the second step.
    let v2 = r#"{"version":2,"data":{"posts":{"c":1}}}"#;
    let doc: Bookmarks = decode_with(v2, STEPS).unwrap();
    assert_eq!(doc.posts, BTreeMap::from([("c".into(), 7)]));
    // The current version goes through none.
    let v3 = r#"{"version":3,"data":{"posts":{"c":1}}}"#;
    let doc: Bookmarks = decode_with(v3, STEPS).unwrap();
    assert_eq!(doc.posts, BTreeMap::from([("c".into(), 1)]));
    // Beyond the last step: newer.
    let v4 = r#"{"version":4,"data":{"posts":{}}}"#;
    assert_eq!(
        decode_with::<Bookmarks>(v4, STEPS),
        Err(Unreadable::NewerVersion(4))
    );
}

#[test]
fn a_failing_migration_makes_the_value_unreadable() {
    let v1 = r#"{"version":1,"data":{"posts":[1]}}"#;
    assert_eq!(
        decode_with::<Bookmarks>(v1, STEPS),
        Err(Unreadable::WrongShape("slug is not text".into()))
    );
}

#[test]
fn reaching_the_end_marks_read_and_forgets_the_position() {
    let mut log = ReadingLog::default();
    assert!(log.record(SLUG, at(3, 0.5), 10));
    assert!(!log.is_read(SLUG));
    assert!(log.record(SLUG, END, 20));
    let state = log.get(SLUG).unwrap();
    assert!(state.read);
    assert_eq!(
        (state.position, state.progress, state.updated),
        (None, 1.0, 20)
    );
    // Read stays read when the reader scrolls back up.
    assert!(log.record(SLUG, at(1, 0.0), 30));
    assert!(log.is_read(SLUG));
}

#[test]
fn nothing_changes_when_nothing_moved() {
    let mut log = ReadingLog::default();
    assert!(log.record(SLUG, at(3, 0.5), 10));
    assert!(!log.record(SLUG, at(3, 0.5), 99));
    assert_eq!(log.get(SLUG).unwrap().updated, 10);
    // Opening a post and staying above its text records nothing.
    let top = Spot {
        position: None,
        progress: 0.0,
        finished: false,
    };
    assert!(!log.record("other", top, 5));
    assert!(log.get("other").is_none());
    assert!(!Bookmarks::default().set(SLUG, false, 1));
}

#[test]
fn marks_read_and_unread_by_hand() {
    let mut log = ReadingLog::default();
    log.record(SLUG, at(3, 0.5), 10);
    assert!(log.set_read(SLUG, true, 20));
    assert!(log.is_read(SLUG));
    assert!(!log.set_read(SLUG, true, 30));
    assert!(log.set_read(SLUG, false, 40));
    let state = log.get(SLUG).unwrap();
    assert_eq!(
        (state.read, state.position, state.progress),
        (false, None, 0.0)
    );
}

#[test]
fn in_progress_is_started_and_unfinished_most_recent_first() {
    let mut log = sample_log();
    log.record("how-carnet-is-built", at(2, 0.0), 3000);
    log.record("old", at(1, 0.0), 500);
    let slugs: Vec<&str> = log.in_progress().iter().map(|(s, _)| *s).collect();
    assert_eq!(slugs, ["how-carnet-is-built", SLUG, "old"]);
}

#[test]
fn bookmarks_toggle_and_list_newest_first() {
    let mut b = Bookmarks::default();
    assert!(b.set("a", true, 1));
    assert!(b.set("b", true, 2));
    assert!(!b.set("a", true, 3));
    assert_eq!(b.newest_first(), ["b", "a"]);
    assert!(b.set("b", false, 4));
    assert!(!b.contains("b"));
}

#[test]
fn merging_keeps_the_most_recent_state_of_each_post() {
    let mut ours = ReadingLog::default();
    ours.record("a", at(1, 0.0), 10);
    ours.record("b", END, 50);
    let mut theirs = ReadingLog::default();
    theirs.record("a", END, 20);
    theirs.record("b", at(9, 0.0), 40);
    theirs.record("c", at(2, 0.0), 30);
    ours.merge(theirs);
    assert!(ours.is_read("a"));
    assert!(ours.is_read("b"));
    assert_eq!(ours.get("c").unwrap().position.unwrap().block, 2);

    let mut b = sample_bookmarks();
    let mut other = Bookmarks::default();
    other.set("x", true, 9);
    other.set(SLUG, true, 9999);
    b.merge(other);
    assert_eq!(b.posts[SLUG], 1500);
    assert!(b.contains("x"));
}

#[test]
fn set_aside_keys_stay_in_the_namespace() {
    assert_eq!(
        set_aside_key(ReadingLog::KEY, 1764072000000),
        "carnet.set-aside.reading.1764072000000"
    );
    assert!(set_aside_key("carnet.bookmarks", 1).starts_with(SET_ASIDE_PREFIX));
}

#[test]
fn usage_counts_carnet_keys_only() {
    let entries = [
        ("carnet.reading", "{}"),
        ("carnet.bookmarks", "{\"a\":1}"),
        ("other-app", "xxxxxxxx"),
    ];
    assert_eq!(
        usage(entries),
        Usage {
            keys: 2,
            bytes: 14 + 2 + 16 + 7
        }
    );
}

#[test]
fn problems_say_whether_a_newer_carnet_is_involved() {
    let newer = StorageProblem::SetAside {
        key: ReadingLog::KEY.into(),
        kept_as: set_aside_key(ReadingLog::KEY, 1),
        reason: Unreadable::NewerVersion(2),
    };
    assert!(newer.is_newer_version());
    assert!(!StorageProblem::Unavailable.is_newer_version());
}

#[test]
fn settings_are_stored_as_index_html_reads_them() {
    let settings = Settings {
        theme: Theme::Dark,
        text_size: TextSize::Large,
        lang: Some(carnet_text::Lang::En),
    };
    let json = encode(&settings);
    assert_eq!(
        json,
        r#"{"version":1,"data":{"theme":"dark","textSize":"large","lang":"en"}}"#
    );
    assert_eq!(decode::<Settings>(&json), Ok(settings));
    // The script in index.html reads this key and these two fields before the first paint.
    let index = include_str!("../../index.html");
    assert!(index.contains(&format!("'{}'", Settings::KEY)));
    assert!(index.contains("d.theme") && index.contains("d.textSize"));
    assert!(matches!(
        decode::<Settings>(r#"{"version":1,"data":{"theme":"purple"}}"#),
        Err(Unreadable::WrongShape(_))
    ));
}
