//! The seed posts of `posts/`, written with care: few typography findings.

use carnet_proofread::{Lang, Part, Post, check, line_of};

#[test]
fn seed_posts_have_few_typography_findings() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../posts");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("posts/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty());
    for path in paths {
        let text = std::fs::read_to_string(&path).expect("a post");
        let split = carnet_markdown::frontmatter::split(&text)
            .expect("front matter")
            .expect("front matter");
        let fields = carnet_markdown::frontmatter::read(split.yaml).expect("fields");
        let lang: Lang = fields
            .lang
            .as_deref()
            .unwrap_or("fr")
            .parse()
            .expect("lang");
        let slug = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        let title = fields.title.unwrap_or_default();
        let summary = fields.summary.unwrap_or_default();
        let post = Post {
            title: &title,
            summary: &summary,
            body: split.body,
            lang,
            slug,
            keyphrase: "",
            has_cover: fields.cover.is_some(),
            base_url: "https://carnet.example/blog/",
            other_keyphrases: &[],
        };
        let report = check(&post);
        println!("== {} ({} words)", path.display(), report.stats.words);
        println!("   {:?}", report.stats);
        for f in &report.findings {
            let place = match (&f.span, f.field) {
                (Some(s), carnet_proofread::Field::Body) => format!(
                    "line {} {:?}",
                    split.body_line + line_of(split.body, s.start) - 1,
                    &split.body[s.clone()]
                ),
                (Some(s), _) => format!("{:?}", s),
                (None, _) => String::new(),
            };
            println!(
                "   [{}] {:?} {} fix={:?}: {}",
                f.rule.id(),
                f.field,
                place,
                f.fix,
                f.message(Lang::En)
            );
        }
        let typo = report
            .findings
            .iter()
            .filter(|f| f.part() == Part::Typography)
            .count();
        let words = report.stats.words as usize;
        // At most one per 500 words, rounded up.
        assert!(
            typo <= words.div_ceil(500),
            "{}: {typo} typography findings for {words} words",
            path.display()
        );
    }
}
