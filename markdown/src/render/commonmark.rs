//! The CommonMark specification's examples (0.31.2, from the npm package `commonmark-spec`
//! that `.ci/setup` installs into `node_modules/`), each rendered by [`render`] and by
//! pulldown-cmark itself with the same extensions. They must agree, once Carnet's own
//! additions are set aside (heading ids and anchor links, lazy images, `rel` on external
//! links), except where Carnet sanitises on purpose: raw HTML shown as text, links and
//! images with a refused scheme reduced to their text. Any other difference fails.

use super::*;

/// One example of the specification.
struct Example {
    number: usize,
    section: String,
    markdown: String,
}

/// The examples of `spec` (the specification's text), as its own extractor reads them.
fn examples(spec: &str) -> Vec<Example> {
    let fence = "`".repeat(32);
    let mut examples = Vec::new();
    let mut section = String::new();
    let mut lines = spec.lines();
    while let Some(line) = lines.next() {
        if line == "<!-- END TESTS -->" {
            break;
        }
        if let Some(title) = line.strip_prefix('#') {
            section = title.trim_start_matches('#').trim().to_owned();
        } else if line == format!("{fence} example") {
            let mut markdown = String::new();
            for line in lines.by_ref() {
                if line == "." {
                    break;
                }
                markdown.push_str(line);
                markdown.push('\n');
            }
            for line in lines.by_ref() {
                if line == fence {
                    break;
                }
            }
            examples.push(Example {
                number: examples.len() + 1,
                section: section.clone(),
                markdown: markdown.replace('→', "\t"),
            });
        }
    }
    examples
}

/// `html` without what Carnet adds on purpose, in pulldown-cmark's spelling.
fn without_additions(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    // Heading anchor links.
    while let Some(at) = rest.find(" <a class=\"heading-anchor\"") {
        out.push_str(&rest[..at]);
        rest = rest[at..].split_once("</a>").map_or("", |(_, after)| after);
    }
    out.push_str(rest);
    let mut html = out;
    // Heading ids (Carnet gives every heading one).
    for level in 1..=6 {
        let open = format!("<h{level} id=\"");
        while let Some(at) = html.find(&open) {
            let end = at + open.len() + html[at + open.len()..].find('"').unwrap_or(0) + 1;
            html.replace_range(at..end, &format!("<h{level}"));
        }
    }
    html.replace(" loading=\"lazy\" decoding=\"async\"", "")
        .replace(" rel=\"noopener noreferrer\"", "")
        .replace(" />", ">")
}

/// Why Carnet may render `markdown` otherwise, if it holds what Carnet sanitises.
fn sanitised(markdown: &str) -> Option<&'static str> {
    let mut reason = None;
    for event in Parser::new_ext(markdown, EXTENSIONS) {
        match event {
            Event::Html(_) | Event::InlineHtml(_) => return Some("raw HTML shown as text"),
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. })
                if classify_url(&dest_url).is_none() =>
            {
                reason = Some("a link or image with a refused scheme");
            }
            _ => {}
        }
    }
    reason
}

#[test]
fn every_example_renders_as_pulldown_cmark_renders_it_but_what_is_sanitised() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../node_modules/commonmark-spec/spec.txt"
    );
    let spec = std::fs::read_to_string(path).unwrap_or_else(|e| {
        panic!("{path}: {e}: the CommonMark examples come from npm (`npm ci`, or .ci/setup)")
    });
    let examples = examples(&spec);
    assert_eq!(examples.len(), 652, "the examples of CommonMark 0.31.2");
    let options = RenderOptions {
        lang: Lang::En,
        page_path: "",
        image_sizes: &[],
    };
    let mut same = 0;
    let mut reasons: std::collections::BTreeMap<&str, Vec<usize>> = Default::default();
    let mut unexpected = Vec::new();
    for example in &examples {
        let mut expected = String::new();
        pulldown_cmark::html::push_html(
            &mut expected,
            Parser::new_ext(&example.markdown, EXTENSIONS),
        );
        let ours = without_additions(&render(&example.markdown, &options));
        if ours == without_additions(&expected) {
            same += 1;
        } else if let Some(reason) = sanitised(&example.markdown) {
            reasons.entry(reason).or_default().push(example.number);
        } else {
            unexpected.push(format!(
                "example {} ({}):\n{:?}\npulldown-cmark: {expected:?}\nCarnet:         {ours:?}",
                example.number, example.section, example.markdown
            ));
        }
    }
    println!("{} examples: {same} rendered alike", examples.len());
    for (reason, numbers) in &reasons {
        println!(
            "  {} otherwise, on purpose: {reason} ({numbers:?})",
            numbers.len()
        );
    }
    assert!(
        unexpected.is_empty(),
        "{} unexpected differences:\n\n{}",
        unexpected.len(),
        unexpected.join("\n\n")
    );
}
