use super::*;

fn fields(text: &str) -> Fields {
    let split = split(text).unwrap().expect("a front matter");
    read(split.yaml).unwrap_or_else(|e| panic!("{e} in {text:?}"))
}

fn error(text: &str) -> Error {
    let split = split(text).unwrap().expect("a front matter");
    read(split.yaml).unwrap_err()
}

#[test]
fn reads_the_seed_posts_front_matter() {
    let text = include_str!("../../../posts/le-metier-qui-n-existe-pas.md");
    let split = split(text).unwrap().unwrap();
    let f = read(split.yaml).unwrap();
    assert_eq!(f.title.as_deref(), Some("« Le métier qui n’existe pas »"));
    assert_eq!(f.date.as_deref(), Some("2016-06-09"));
    assert_eq!(
        f.tags,
        [
            "community management",
            "métier",
            "réseaux sociaux",
            "numérique"
        ]
    );
    assert_eq!(
        f.summary.as_deref(),
        Some("J’ai déjà en tête de faire… le métier qui n’existe pas encore !")
    );
    assert!(split.body.starts_with("Bonjour à toutes et à tous,"));
    assert_eq!(
        text.lines().nth(split.body_line - 1),
        split.body.lines().next()
    );
}

#[test]
fn splits_where_the_build_and_the_studio_expect() {
    assert_eq!(split("# Titre\n\nTexte").unwrap(), None);
    assert_eq!(split("").unwrap(), None);
    let s = split("\u{feff}---\r\ntitle: Salut\r\n---\r\nCorps\r\n")
        .unwrap()
        .unwrap();
    assert_eq!(
        (s.yaml, s.body, s.body_line),
        ("title: Salut\r\n", "Corps\r\n", 4)
    );
    let empty = split("---\n---\nCorps").unwrap().unwrap();
    assert_eq!(read(empty.yaml).unwrap(), Fields::default());
    assert_eq!(read("# only a comment\n").unwrap(), Fields::default());
    assert_eq!(
        split("---\ntitle: x\n").unwrap_err().to_string(),
        "line 1: the front matter has no closing ---"
    );
}

/// The cases a hand-written YAML subset got wrong: YAML's own rules now apply.
#[test]
fn reads_yaml_as_yaml() {
    // A no-break space before `#` does not start a comment.
    let f = fields("---\ntitle: Le hashtag\u{a0}#metoo\n---\n");
    assert_eq!(f.title.as_deref(), Some("Le hashtag\u{a0}#metoo"));
    // A block scalar keeps its deeper indentation.
    let f = fields("---\nsummary: |\n  un\n    deux\n  trois\n---\n");
    assert_eq!(f.summary.as_deref(), Some("un\n  deux\ntrois\n"));
    let f = fields("---\nsummary: >-\n  un\n  deux\n\n  trois\n---\n");
    assert_eq!(f.summary.as_deref(), Some("un deux\ntrois"));
    // Quotes, escapes, comments and both kinds of lists.
    let f = fields(
        "---\ntitle: 'It''s \"fine\"' # a comment\nauthor: \"l\\u00e9a\\n\"\n\
         tags:\n  - un\n  - \"deux, trois\"\n# a line of comment\n---\nBody\n",
    );
    assert_eq!(f.title.as_deref(), Some("It's \"fine\""));
    assert_eq!(f.author.as_deref(), Some("léa\n"));
    assert_eq!(f.tags, ["un", "deux, trois"]);
    assert_eq!(fields("---\ntags: [a, 'b, c']\n---\n").tags, ["a", "b, c"]);
}

#[test]
fn refuses_malformed_yaml_with_its_line() {
    let cases = [
        ("---\ntags: [a: [b, c]\n---\n", 2..=3),
        ("---\ntitle: x\ntitle: y\n---\n", 2..=3),
        ("---\ntitle: \"open\n---\n", 2..=3),
        ("---\ntitle: 'a' b\n---\n", 2..=2),
        ("---\ntags: [a, b\n---\n", 2..=3),
        ("---\ntitle: a: b\n---\n", 2..=2),
        ("---\ntitle x\n---\n", 2..=2),
        ("---\ntitle: x\n- stray\n---\n", 3..=3),
        ("---\ntitle: x\ncolour: red\n---\n", 3..=3),
        ("---\ntitle: [a, b]\n---\n", 2..=2),
        ("---\ntags: solo\n---\n", 2..=2),
        ("---\ntitle: \"\u{ffff}\"\n---\n", 2..=2),
    ];
    for (doc, lines) in cases {
        let e = error(doc);
        assert!(lines.contains(&e.line), "{doc:?}: {e}");
        assert!(!e.to_string().contains(" at line "), "{e}");
    }
    assert!(
        error("---\ntitle: x\ncolour: red\n---\n")
            .to_string()
            .contains("unknown field `colour`")
    );
}

#[test]
fn writes_plainly_what_needs_no_quotes() {
    let f = Fields {
        title: Some("« Le métier qui n’existe pas »".into()),
        date: Some("2016-06-09".into()),
        author: Some("Isabelle".into()),
        tags: vec!["métier".into(), "yes".into(), "a, b".into()],
        summary: Some("Note: ceci".into()),
        lang: Some("fr".into()),
        ..Fields::default()
    };
    assert_eq!(
        write(&f),
        "title: « Le métier qui n’existe pas »\ndate: 2016-06-09\nauthor: Isabelle\n\
         tags: [métier, \"yes\", \"a, b\"]\nsummary: \"Note: ceci\"\nlang: fr\n"
    );
    assert_eq!(read(&write(&f)).unwrap(), f);
}

/// Every value the studio can hold is written so that the YAML reader gives it back.
mod round_trip {
    use super::*;
    use proptest::prelude::*;

    /// Characters that YAML treats specially somewhere, or that text editors and YAML
    /// disagree about, and ordinary ones.
    const CHARS: &[char] = &[
        'a',
        'é',
        ' ',
        ' ',
        '\u{a0}',
        '\u{202f}',
        '#',
        ':',
        '-',
        '?',
        ',',
        '[',
        ']',
        '{',
        '}',
        '\'',
        '"',
        '\\',
        '|',
        '>',
        '&',
        '*',
        '!',
        '%',
        '@',
        '`',
        '~',
        '\n',
        '\r',
        '\t',
        '\u{2028}',
        '\u{2029}',
        '\u{85}',
        '\u{feff}',
        '\u{ffff}',
        '\u{fffe}',
        '\u{0}',
        '\u{7}',
        '\u{1b}',
        '\u{7f}',
        '\u{d7ff}',
        '\u{e000}',
        '\u{10ffff}',
        '1',
        '.',
        'y',
        'n',
        '«',
        '’',
        '😀',
    ];

    fn text() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(CHARS), 0..12)
            .prop_map(|chars| chars.into_iter().collect())
    }

    fn words() -> impl Strategy<Value = String> {
        prop_oneof![
            text(),
            prop::sample::select(
                &[
                    "yes", "No", "true", "null", "~", "2016", "0x1F", "1e3", ".inf", "-", "---",
                    "...", "- a", "a: b", "a #b", "=", "<<", "",
                ][..]
            )
            .prop_map(str::to_owned),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn what_write_writes_read_reads_back(
            title in words(),
            author in words(),
            tags in prop::collection::vec(words(), 0..4),
            summary in words(),
            slug in words(),
        ) {
            let f = Fields {
                title: Some(title),
                author: Some(author),
                tags,
                summary: Some(summary),
                slug: Some(slug),
                ..Fields::default()
            };
            let yaml = write(&f);
            let text = format!("---\n{yaml}---\nBody\n");
            let split = split(&text).unwrap().unwrap();
            prop_assert_eq!(split.body, "Body\n");
            prop_assert_eq!(read(split.yaml).unwrap(), f);
        }
    }
}
