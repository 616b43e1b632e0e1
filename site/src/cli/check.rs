//! `carnet-site check`: Relecture for a writer who works in her own editor — each post's
//! findings at their file and line, the build's refusals too. Findings are advice: only a
//! post the build would refuse makes the command fail.

use carnet_content::load::{Post, parse_post};
use carnet_markdown::frontmatter;
use carnet_proofread::{Field, Finding};
use carnet_text::lang::Lang;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// What `check` found in every post.
pub struct Checked {
    /// The report, a line per finding, grouped by post.
    pub text: String,
    /// Findings in all.
    pub findings: usize,
    /// Posts the build would refuse.
    pub refused: usize,
}

/// Checks `posts` (file, text), saying findings in `ui`'s language; `base_url` tells her
/// own links from outside ones.
pub fn check(posts: &[(PathBuf, String)], base_url: &str, ui: Lang) -> Checked {
    let mut out = Checked {
        text: String::new(),
        findings: 0,
        refused: 0,
    };
    let parsed: Vec<(&Path, &str, Result<Post, _>)> = posts
        .iter()
        .map(|(file, text)| (file.as_path(), text.as_str(), parse_post(file, text)))
        .collect();
    for (file, text, post) in &parsed {
        let post = match post {
            Ok(post) => post,
            Err(e) => {
                out.refused += 1;
                let _ = writeln!(out.text, "error: {e}");
                continue;
            }
        };
        let others: Vec<String> = parsed
            .iter()
            .filter(|(other, _, _)| other != file)
            .filter_map(|(_, _, p)| p.as_ref().ok()?.front.keyphrase.clone())
            .filter(|k| !k.is_empty())
            .collect();
        let report = carnet_proofread::check(&carnet_proofread::Post {
            title: &post.front.title,
            summary: post.front.summary.as_deref().unwrap_or_default(),
            body: &post.body,
            lang: post.front.lang,
            slug: &post.slug,
            keyphrase: post.front.keyphrase.as_deref().unwrap_or_default(),
            has_cover: post.front.cover.is_some(),
            base_url,
            other_keyphrases: &others,
        });
        let yaml = frontmatter::split(text)
            .ok()
            .flatten()
            .map_or("", |s| s.yaml);
        for finding in &report.findings {
            out.findings += 1;
            let line = line_of(finding, post, yaml);
            let _ = writeln!(
                out.text,
                "{}:{line}: {}: {}",
                file.display(),
                finding.part().label(ui).to_lowercase(),
                finding.message(ui)
            );
        }
    }
    out
}

/// The line of the post's file a finding is on.
fn line_of(finding: &Finding, post: &Post, yaml: &str) -> usize {
    let key = match finding.field {
        Field::Body => {
            return match &finding.span {
                Some(span) => {
                    post.body_line + carnet_proofread::line_of(&post.body, span.start) - 1
                }
                None => post.body_line,
            };
        }
        Field::Title => "title",
        Field::Summary => "summary",
        Field::Keyphrase => "keyphrase",
        Field::Slug => "slug",
        Field::Cover => "cover",
    };
    frontmatter::line_of(yaml, key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn findings_are_said_at_their_file_and_line() {
        let post = "---\ntitle: Un titre\ndate: 2026-12-07\nauthor: Isabelle\nsummary: Trop court.\n---\nPremier paragraphe.\n\nLe coeur du sujet, à 14h30.\n";
        let checked = check(
            &[(PathBuf::from("posts/essai.md"), post.to_owned())],
            "https://carnet.example/",
            Lang::Fr,
        );
        assert_eq!(checked.refused, 0);
        let lines: Vec<&str> = checked.text.lines().collect();
        // The ligature and the time, on line 9 of the file, in words.
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("posts/essai.md:9: typographie: ") && l.contains("œ")),
            "{}",
            checked.text
        );
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("posts/essai.md:9: typographie: ") && l.contains("14")),
            "{}",
            checked.text
        );
        // The summary, at its line of the front matter.
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("posts/essai.md:5: recherche et partage: ")),
            "{}",
            checked.text
        );
        assert_eq!(checked.findings, lines.len());
        assert!(!checked.text.contains('`'), "{}", checked.text);
    }

    #[test]
    fn a_post_the_build_refuses_is_said_as_the_build_says_it() {
        let post = "---\ntitle: T\ndate: 2026-12-07\nauthor: \"\"\n---\nTexte.\n";
        let checked = check(
            &[(PathBuf::from("posts/x.md"), post.to_owned())],
            "https://carnet.example/",
            Lang::En,
        );
        assert_eq!(checked.refused, 1);
        assert_eq!(checked.text, "error: posts/x.md:4: `author` is empty\n");
    }
}
