use super::*;

fn today() -> Date {
    "2026-11-25".parse().unwrap()
}

fn sample() -> Draft {
    Draft {
        id: "k3x9".into(),
        title: "Mon métier : community manager".into(),
        author: "Isabelle".into(),
        tags: vec!["réseaux sociaux".into(), "métier".into(), "yes".into()],
        summary: "Ce que je fais, « en vrai » !".into(),
        lang: Lang::Fr,
        body: "Bonjour à toutes et à tous,\n\n## Une journée\n\nTexte.\n".into(),
        created: 1,
        updated: 2,
        revision: 3,
        ..Draft::default()
    }
}

#[test]
fn exports_the_front_matter_posts_use() {
    let file = sample().to_markdown(today());
    assert_eq!(
        file,
        "---\n\
         title: \"Mon métier : community manager\"\n\
         date: 2026-11-25\n\
         author: Isabelle\n\
         tags: [réseaux sociaux, métier, \"yes\"]\n\
         summary: Ce que je fais, « en vrai » !\n\
         lang: fr\n\
         ---\n\
         Bonjour à toutes et à tous,\n\n## Une journée\n\nTexte.\n"
    );
    assert_eq!(sample().file_name(), "mon-metier-community-manager.md");
}

#[test]
fn names_the_file_from_the_slug() {
    let mut d = sample();
    d.kept.slug = Some("metier".into());
    assert_eq!(d.file_name(), "metier.md");
    let untitled = Draft {
        id: "abc".into(),
        ..Draft::default()
    };
    assert_eq!(untitled.file_name(), "draft-abc.md");
}

#[test]
fn imports_a_post_file() {
    let text = include_str!("../../../posts/le-metier-qui-n-existe-pas.md");
    let d = Draft::from_markdown(text, "id1".into(), 9).unwrap();
    assert_eq!(d.title, "« Le métier qui n’existe pas »");
    assert_eq!(d.author, "Isabelle");
    assert_eq!(
        d.tags,
        [
            "community management",
            "métier",
            "réseaux sociaux",
            "numérique"
        ]
    );
    assert_eq!(d.lang, Lang::Fr);
    assert_eq!(d.kept.date.as_deref(), Some("2016-06-09"));
    assert_eq!(
        d.kept.photo_credit.as_deref(),
        Some("Le métier qui n’existe pas – Crédit photo izart.fr")
    );
    assert!(d.body.starts_with("Bonjour à toutes et à tous,"));
    assert_eq!((d.id.as_str(), d.created, d.revision), ("id1", 9, 0));
    // And exporting it gives the same file back, field for field (the summary's quotes,
    // which it does not need, aside).
    let unquoted =
        text.replacen("summary: \"", "summary: ", 1)
            .replacen("encore !\"\n", "encore !\n", 1);
    assert_eq!(d.to_markdown(today()), unquoted);
}

#[test]
fn a_file_without_front_matter_takes_its_title_from_its_heading() {
    let d = Draft::from_markdown("# Un titre\n\nDu texte.", "x".into(), 0).unwrap();
    assert_eq!(d.title, "Un titre");
    assert_eq!(d.body, "# Un titre\n\nDu texte.");
}

#[test]
fn refuses_malformed_files_with_their_line() {
    let unknown = Draft::from_markdown("---\ntitle: x\ncolour: red\n---\n", "x".into(), 0);
    assert_eq!(
        unknown.unwrap_err().to_string(),
        "line 3: unknown field `colour`, expected one of `title`, `date`, `author`, `tags`, \
         `summary`, `lang`, `draft`, `slug`, `cover`, `cover_alt`, `cover_focus`, `photo_credit`, \
         `keyphrase`"
    );
    let lang = Draft::from_markdown("---\nlang: de\n---\n", "x".into(), 0);
    assert_eq!(
        lang.unwrap_err().to_string(),
        "line 2: lang: expected fr or en"
    );
    let list = Draft::from_markdown("---\ntitle: [a, b]\n---\n", "x".into(), 0);
    assert_eq!(
        list.unwrap_err().to_string(),
        "line 2: title: invalid type: sequence, expected a string"
    );
    let syntax = Draft::from_markdown("---\ntitle: \"x\n---\n", "x".into(), 0);
    assert!(matches!(syntax, Err(MarkdownError::Syntax(_))));
    let unclosed = Draft::from_markdown("---\ntitle: x\n", "x".into(), 0);
    assert_eq!(
        unclosed.unwrap_err().to_string(),
        "line 1: the front matter has no closing ---"
    );
}

#[test]
fn export_then_import_keeps_the_text() {
    let d = sample();
    let back = Draft::from_markdown(&d.to_markdown(today()), "other".into(), 5).unwrap();
    assert!(back.same_text(&Draft {
        kept: Kept {
            date: Some("2026-11-25".into()),
            ..Kept::default()
        },
        ..d
    }));
}

/// The build reads exported files exactly as the studio meant them.
#[test]
fn the_build_accepts_exported_files() {
    use carnet_content::load::parse_post;
    use std::path::Path;
    let mut d = sample();
    d.title = "Titre: avec « guillemets », #dièse et \"citation\"".into();
    d.tags.push("a, b".into());
    let file = d.to_markdown(today());
    let post = parse_post(Path::new(&d.file_name()), &file).unwrap();
    assert_eq!(post.front.title, d.title);
    assert_eq!(post.front.author, "Isabelle");
    assert_eq!(post.front.tags, d.tags);
    assert_eq!(post.front.summary.as_deref(), Some(d.summary.as_str()));
    assert_eq!(post.front.date, today());
    assert_eq!(post.body, d.body);
}

#[test]
fn a_write_over_a_newer_revision_is_a_conflict() {
    let mut stored = sample();
    assert_eq!(check(None, 0), Check::Fresh);
    assert_eq!(check(Some(&stored), 3), Check::Fresh);
    stored.revision = 4;
    assert_eq!(
        check(Some(&stored), 3),
        Check::Conflict(Box::new(stored.clone()))
    );
}

#[test]
fn revisions_skip_repeats_and_stay_bounded() {
    let mut revs = Revisions::default();
    let mut d = sample();
    assert!(revs.push(&d, Reason::Periodic, 10));
    assert!(!revs.push(&d, Reason::BeforeRestore, 11), "same text twice");
    for i in 0..30 {
        d.body.push_str(&format!("{i}\n"));
        revs.push(&d, Reason::Periodic, 20 + i);
    }
    assert_eq!(revs.list.len(), MAX_REVISIONS);
    assert_eq!(revs.list.last().unwrap().at, 49, "the newest are kept");

    let mut big = Revisions::default();
    for i in 0..5 {
        let d = Draft {
            body: "x".repeat(400_000) + &i.to_string(),
            ..sample()
        };
        big.push(&d, Reason::Periodic, i);
    }
    assert_eq!(big.list.len(), 2, "1 MB of texts at most");
    // A single huge revision is still kept.
    let mut one = Revisions::default();
    one.push(
        &Draft {
            body: "y".repeat(3_000_000),
            ..sample()
        },
        Reason::BeforeRestore,
        1,
    );
    assert_eq!(one.list.len(), 1);
}

#[test]
fn a_periodic_snapshot_is_due_every_few_minutes() {
    let mut revs = Revisions::default();
    assert!(revs.snapshot_due(0));
    revs.push(&sample(), Reason::Periodic, 1_000);
    assert!(!revs.snapshot_due(1_000 + SNAPSHOT_EVERY - 1));
    assert!(revs.snapshot_due(1_000 + SNAPSHOT_EVERY));
    // Other kinds of revision do not count.
    let mut other = Revisions::default();
    other.push(&sample(), Reason::ConflictCopy, 1_000);
    assert!(other.snapshot_due(1_001));
}

#[test]
fn drafts_round_trip_through_storage() {
    use carnet_store::{Envelope, decode};
    let mut d = sample();
    d.deleted = Some(7);
    let raw = serde_json::to_string(&Envelope::new(&d)).unwrap();
    assert_eq!(decode::<Draft>(&raw), Ok(d));
    let bad_id = raw.replace("k3x9", "../x");
    assert!(decode::<Draft>(&bad_id).is_err());
}

/// Whatever a writer types (a title, a signature and a text given), the file the studio exports is accepted by the build, which
/// reads the same values as the studio reads back when the file is imported again.
mod exported_files {
    use super::*;
    use carnet_content::load::parse_post;
    use proptest::prelude::*;
    use std::path::Path;

    /// Characters YAML treats specially somewhere, or that editors and YAML disagree about.
    const CHARS: &[char] = &[
        'a', 'é', ' ', '\u{a0}', '\u{202f}', '#', ':', '-', ',', '[', ']', '{', '\'', '"', '\\',
        '|', '>', '&', '*', '!', '%', '@', '`', '~', '\n', '\r', '\t', '\u{2028}', '\u{2029}',
        '\u{85}', '\u{feff}', '\u{ffff}', '\u{0}', '\u{1b}', '«', '’', '😀', '1',
    ];

    fn text() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(CHARS), 0..10)
            .prop_map(|chars| chars.into_iter().collect())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]
        #[test]
        fn the_build_and_the_studio_read_back_what_was_written(
            title in text().prop_filter("the studio exports titled drafts", |t| !t.trim().is_empty()),
            author in text().prop_filter("and signed ones", |a| !a.trim().is_empty()),
            tags in prop::collection::vec(text(), 0..4),
            summary in text(),
            keyphrase in text(),
            body in text().prop_filter("with a text", |b| !b.trim().is_empty()),
        ) {
            let d = Draft { title, author, tags, summary, keyphrase, body, ..sample() };
            let file = d.to_markdown(today());
            let post = parse_post(Path::new(&d.file_name()), &file);
            let post = post.map_err(|e| TestCaseError::fail(format!("{e}\n{file}")))?;
            let back = Draft::from_markdown(&file, d.id.clone(), 0).unwrap();
            prop_assert_eq!(&post.front.title, d.title.trim());
            prop_assert_eq!(&back.title, &post.front.title);
            prop_assert_eq!(&post.front.author, d.author.trim());
            prop_assert_eq!(&back.author, &post.front.author);
            prop_assert_eq!(&back.tags, &post.front.tags);
            let summary = Some(d.summary.trim()).filter(|s| !s.is_empty());
            prop_assert_eq!(post.front.summary.as_deref(), summary);
            prop_assert_eq!(back.summary.as_str(), summary.unwrap_or_default());
            prop_assert_eq!(&back.body, &post.body);
            prop_assert_eq!(post.front.keyphrase.as_deref().unwrap_or_default(), d.keyphrase.trim());
            prop_assert_eq!(back.keyphrase.as_str(), d.keyphrase.trim());
            let mut body = d.body.trim_start_matches('\n').to_owned();
            if !body.is_empty() && !body.ends_with('\n') {
                body.push('\n');
            }
            prop_assert_eq!(post.body, body);
        }
    }
}

#[test]
fn an_import_plan_says_what_it_adds_replaces_and_leaves() {
    let here = |id: &str, body: &str, updated: u64| Draft {
        id: id.into(),
        body: body.into(),
        updated,
        revision: 7,
        ..sample()
    };
    let local = [
        here("a", "ici", 10),
        here("b", "ici", 10),
        here("c", "pareil", 10),
    ];
    let incoming = vec![
        Draft {
            revision: 1,
            ..here("a", "fichier", 20)
        },
        here("b", "fichier plus ancien", 5),
        here("c", "pareil", 30),
        here("d", "nouveau", 1),
    ];
    let plan = ImportPlan::new(&local, incoming);
    assert_eq!(
        plan.added.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(),
        ["d"]
    );
    assert_eq!(plan.unchanged, 2);
    let [(ours, theirs)] = plan.replaced.as_slice() else {
        panic!("{plan:?}")
    };
    assert_eq!(
        (ours.body.as_str(), theirs.body.as_str()),
        ("ici", "fichier")
    );
    // Newer than the revision any tab of draft "a" started from.
    assert_eq!(theirs.revision, 8);
}

#[test]
fn a_draft_dated_after_today_is_scheduled_for_that_day() {
    let mut d = sample();
    assert_eq!(
        d.scheduled_for(today()),
        None,
        "no date: exported with today's"
    );
    d.kept.date = Some("2026-12-24".into());
    assert_eq!(d.scheduled_for(today()), "2026-12-24".parse().ok());
    assert!(d.to_markdown(today()).contains("\ndate: 2026-12-24\n"));
    d.kept.date = Some("2026-11-25".into());
    assert_eq!(d.scheduled_for(today()), None, "today is not the future");
    d.kept.date = Some("pas une date".into());
    assert_eq!(d.scheduled_for(today()), None);
}

#[test]
fn a_draft_that_edits_a_published_post_keeps_its_file_and_its_address() {
    let text = "---\ntitle: Le métier qui n’existe pas\ndate: 2016-06-09\n---\nTexte.\n";
    let mut draft = Draft::from_markdown(text, "abc".into(), 1).unwrap();
    draft.source = Some("2016-le-metier.md".into());
    draft.title = "Un autre titre".into();
    assert_eq!(draft.file_name(), "2016-le-metier.md");
    assert_eq!(
        draft.slug(),
        "2016-le-metier",
        "the build's slug: the file's name"
    );
    draft.kept.slug = Some("le-metier".into());
    assert_eq!(
        (draft.slug(), draft.file_name()),
        ("le-metier".into(), "2016-le-metier.md".into())
    );
}
