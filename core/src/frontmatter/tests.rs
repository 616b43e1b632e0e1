use super::*;

fn fields(text: &str) -> Vec<(String, Value)> {
    parse(text)
        .unwrap_or_else(|e| panic!("{e} in {text}"))
        .fields
        .into_iter()
        .map(|f| (f.key, f.value))
        .collect()
}

fn text(s: &str) -> Value {
    Value::Text(s.to_owned())
}

fn list(items: &[&str]) -> Value {
    Value::List(items.iter().map(|s| s.to_string()).collect())
}

#[test]
fn reads_the_seed_posts_front_matter() {
    let doc = parse(include_str!("../../../posts/le-metier-qui-n-existe-pas.md")).unwrap();
    let get = |k: &str| {
        doc.fields
            .iter()
            .find(|f| f.key == k)
            .unwrap()
            .value
            .clone()
    };
    assert_eq!(get("title"), text("« Le métier qui n’existe pas »"));
    assert_eq!(get("date"), text("2016-06-09"));
    assert_eq!(
        get("tags"),
        list(&[
            "community management",
            "métier",
            "réseaux sociaux",
            "numérique"
        ])
    );
    assert_eq!(
        get("summary"),
        text("J’ai déjà en tête de faire… le métier qui n’existe pas encore !")
    );
    assert!(doc.body.starts_with("Bonjour à toutes et à tous,"));
    assert_eq!(doc.fields[0].line, 2);
}

#[test]
fn reads_every_form_carnet_supports() {
    let doc = "---\n\
        title: 'It''s \"fine\"' # a comment\n\
        summary: \"Deux lignes\\net un \\u00e9\"\n\
        tags:\n  - un\n  - \"deux, trois\"\n\
        # a comment line\n\
        flow: [a, 'b, c', \"d\"]\n\
        empty:\n\
        folded: >\n  un\n  deux\n\
        literal: |\n  un\n  deux\n\
        hash: C# tips\n\
        ---\nBody\n";
    assert_eq!(
        fields(doc),
        vec![
            ("title".into(), text("It's \"fine\"")),
            ("summary".into(), text("Deux lignes\net un é")),
            ("tags".into(), list(&["un", "deux, trois"])),
            ("flow".into(), list(&["a", "b, c", "d"])),
            ("empty".into(), Value::Empty),
            ("folded".into(), text("un deux\n")),
            ("literal".into(), text("un\ndeux\n")),
            ("hash".into(), text("C# tips")),
        ]
    );
    assert_eq!(parse(doc).unwrap().body, "Body\n");
}

#[test]
fn a_file_without_front_matter_is_all_body() {
    let doc = parse("# Titre\n\nTexte").unwrap();
    assert!(doc.fields.is_empty());
    assert_eq!(doc.body, "# Titre\n\nTexte");
    assert_eq!(parse("").unwrap(), Document::default());
}

#[test]
fn windows_line_endings_and_a_bom_are_fine() {
    let doc = parse("\u{feff}---\r\ntitle: Salut\r\n---\r\nCorps\r\n").unwrap();
    assert_eq!(doc.fields[0].value, text("Salut"));
    assert_eq!(doc.body, "Corps\r\n");
}

#[test]
fn refuses_what_it_cannot_read_and_says_where() {
    let cases = [
        ("---\ntitle: x\n", 1, ErrorKind::Unclosed),
        ("---\ntitle x\n---\n", 2, ErrorKind::NotAField),
        (
            "---\ntitle: x\ntitle: y\n---\n",
            3,
            ErrorKind::Duplicate("title".into()),
        ),
        ("---\ntitle: \"open\n---\n", 2, ErrorKind::BadQuotes),
        ("---\ntitle: 'a' b\n---\n", 2, ErrorKind::BadQuotes),
        ("---\ntags: [a, b\n---\n", 2, ErrorKind::BadList),
        ("---\nmeta: {a: 1}\n---\n", 2, ErrorKind::Unsupported),
        ("---\ntitle: a: b\n---\n", 2, ErrorKind::Unsupported),
        ("---\nanchor: &x 1\n---\n", 2, ErrorKind::Unsupported),
        ("---\n  indented: x\n---\n", 2, ErrorKind::NotAField),
        ("---\ntitle: x\n- stray\n---\n", 3, ErrorKind::NotAField),
    ];
    for (doc, line, kind) in cases {
        assert_eq!(parse(doc), Err(Error { line, kind }), "{doc:?}");
    }
    assert_eq!(
        parse("---\ntitle x\n---\n").unwrap_err().to_string(),
        "line 2: expected “key: value”"
    );
}

#[test]
fn quoting_keeps_plain_what_is_safe() {
    assert_eq!(quote("Bienvenue sur Carnet"), "Bienvenue sur Carnet");
    assert_eq!(quote("« Le métier »"), "« Le métier »");
    assert_eq!(quote("Note: ceci"), "\"Note: ceci\"");
    assert_eq!(quote("yes"), "\"yes\"");
    assert_eq!(quote("2016"), "\"2016\"");
    assert_eq!(quote("- tiret"), "\"- tiret\"");
    assert_eq!(quote("dit \"bonjour\""), "dit \"bonjour\"");
    assert_eq!(quote("\"cité\""), "\"\\\"cité\\\"\"");
    assert_eq!(quote(""), "\"\"");
    assert_eq!(
        quote_list(&["a".into(), "b, c".into(), "true".into()]),
        "[a, \"b, c\", \"true\"]"
    );
}

/// The same file read by this reader and by the build's YAML parser gives the same values.
#[cfg(feature = "load")]
mod against_the_build {
    use super::*;
    use serde_yaml_ng::Value as Yaml;

    fn yaml(doc: &str) -> Vec<(String, Value)> {
        let inner = doc.trim_start_matches("---\n");
        let inner = &inner[..inner.find("\n---").map_or(inner.len(), |i| i + 1)];
        let map: serde_yaml_ng::Mapping = serde_yaml_ng::from_str(inner).unwrap();
        map.into_iter()
            .map(|(k, v)| {
                let value = match v {
                    Yaml::Null => Value::Empty,
                    Yaml::Sequence(items) => {
                        Value::List(items.into_iter().map(scalar_text).collect())
                    }
                    other => Value::Text(scalar_text(other)),
                };
                (k.as_str().unwrap().to_owned(), value)
            })
            .collect()
    }

    fn scalar_text(v: Yaml) -> String {
        match v {
            Yaml::String(s) => s,
            other => serde_yaml_ng::to_string(&other).unwrap().trim().to_owned(),
        }
    }

    #[test]
    fn every_post_reads_the_same() {
        for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../posts")).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "md") {
                let doc = std::fs::read_to_string(&path).unwrap();
                assert_eq!(fields(&doc), yaml(&doc), "{}", path.display());
            }
        }
    }

    #[test]
    fn tricky_values_read_the_same() {
        let docs = [
            "---\ntitle: 'It''s'\nsummary: \"a \\\"b\\\" \\u00e9\"\n---\n",
            "---\ntags: [a, 'b, c', \"d\"]\n---\n",
            "---\ntags:\n  - un\n  - deux\n---\n",
            "---\ntitle: C# tips # comment\n---\n",
            "---\nauthor: l'équipe # comment\ntitle: 'It''s # not a comment' # comment\n---\n",
            "---\ntags: [\"a # b\", 'c''d', e] # comment\n---\n",
            "---\nsummary: >\n  un\n  deux\n---\n",
            "---\nsummary: |\n  un\n  deux\n---\n",
            "---\ntitle: « Bonjour ! »\nempty:\n---\n",
        ];
        for doc in docs {
            assert_eq!(fields(doc), yaml(doc), "{doc}");
        }
    }

    #[test]
    fn what_quote_writes_the_build_reads_back() {
        let values = [
            "Bienvenue",
            "Note: ceci",
            "yes",
            "2016",
            "- tiret",
            "dit \"bonjour\"",
            "\"cité\"",
            "a # b",
            "C# tips",
            "  espaces ",
            "ligne\nligne",
            "tab\there",
            "« Le métier qui n’existe pas »",
            "~",
            "@user",
            "100 %",
            "key:",
            "",
        ];
        for value in values {
            let doc = format!(
                "---\nv: {}\nl: {}\n---\n",
                quote(value),
                quote_list(&[value.to_owned(), "x, y".into()])
            );
            let read = yaml(&doc);
            assert_eq!(read[0].1, Value::Text(value.to_owned()), "{doc}");
            assert_eq!(
                read[1].1,
                Value::List(vec![value.to_owned(), "x, y".into()]),
                "{doc}"
            );
            assert_eq!(fields(&doc), read, "{doc}");
        }
    }
}
