//! The build's refusals, said to the writer: which of the editor's fields a refusal is
//! about, and a sentence in the interface's language that names it in words — never a
//! file, a line number or a front-matter key.
//!
//! The checks are the build's own ([`parse_post`] on the file the draft exports), so the
//! studio refuses exactly what "Publier" and `carnet-site build` would refuse.

use crate::draft::Draft;
use carnet_content::load::{PostErrorKind, parse_post};
use carnet_markdown::frontmatter;
use carnet_text::Date;
use carnet_text::lang::Lang;
use std::path::Path;

/// A field of the editor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// The title.
    Title,
    /// The signature.
    Author,
    /// The tags.
    Tags,
    /// The post's language.
    Lang,
    /// The publication date.
    Date,
    /// The summary.
    Summary,
    /// The cover image.
    Cover,
    /// What the cover shows.
    CoverAlt,
    /// The keyphrase.
    Keyphrase,
    /// The address's last segment, when set apart from the title.
    Slug,
    /// The text; `line` counts from its first line (1).
    Body {
        /// The line of the text, 1-based.
        line: usize,
    },
    /// Another field of the file (its address, a photo's focus or credit): the details.
    Details,
}

/// Why the build would refuse a draft, and where the writer fixes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    /// The field to fix.
    pub field: Field,
    /// What the build found.
    pub kind: PostErrorKind,
}

impl Refusal {
    /// What the build says of `draft` exported on `today`: `None` when it would publish it.
    pub fn of_draft(draft: &Draft, today: Date) -> Option<Refusal> {
        let file = draft.to_markdown(today);
        let error = parse_post(Path::new(&draft.file_name()), &file).err()?;
        Some(Refusal::at(error.kind, error.line, &file))
    }

    /// The refusal `kind`, found at `line` of `file` (a post's file, front matter included).
    pub fn at(kind: PostErrorKind, line: usize, file: &str) -> Refusal {
        let split = frontmatter::split(file).ok().flatten();
        let body_line = split.map_or(1, |s| s.body_line);
        let key = split.and_then(|s| key_at(s.yaml, line));
        let field = match (&kind, key.as_deref()) {
            (PostErrorKind::Missing(k) | PostErrorKind::Empty(k), _) => field_of_key(k),
            (PostErrorKind::CoverWithoutAlt, _) => Field::CoverAlt,
            (PostErrorKind::BadSlug { .. }, Some("slug")) => Field::Slug,
            (PostErrorKind::BadSlug { .. } | PostErrorKind::DuplicateSlug { .. }, _) => {
                Field::Title
            }
            (PostErrorKind::EmptyText, _) => Field::Body { line: 1 },
            (_, Some(key)) => field_of_key(key),
            (_, None) if line >= body_line => Field::Body {
                line: line - body_line + 1,
            },
            (_, None) => Field::Details,
        };
        Refusal { field, kind }
    }

    /// The refusal in a sentence of `ui`'s language, in the writer's words.
    pub fn message(&self, ui: Lang) -> String {
        say(&self.kind, self.field, ui)
    }
}

/// The front-matter key written on `line` of the file whose front matter is `yaml`.
fn key_at(yaml: &str, line: usize) -> Option<String> {
    let text = yaml.lines().nth(line.checked_sub(2)?)?;
    let (key, _) = text.split_once(':')?;
    let key = key.trim();
    (!key.is_empty() && key.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        .then(|| key.to_owned())
}

fn field_of_key(key: &str) -> Field {
    match key {
        "title" => Field::Title,
        "author" => Field::Author,
        "tags" => Field::Tags,
        "lang" => Field::Lang,
        "date" => Field::Date,
        "summary" => Field::Summary,
        "cover" => Field::Cover,
        "cover_alt" => Field::CoverAlt,
        "keyphrase" => Field::Keyphrase,
        "slug" => Field::Slug,
        _ => Field::Details,
    }
}

/// `kind` in words: what is wrong, then what to do.
fn say(kind: &PostErrorKind, field: Field, ui: Lang) -> String {
    use PostErrorKind as K;
    let fr = ui == Lang::Fr;
    let pick = |fr_text: &str, en_text: &str| if fr { fr_text } else { en_text }.to_owned();
    match kind {
        K::Missing(_) | K::Empty(_) => match field {
            Field::Title => pick(
                "Le titre est vide\u{a0}: donnez un titre à l’article.",
                "The title is empty: give the post a title.",
            ),
            Field::Author => pick(
                "La signature est vide\u{a0}: indiquez qui signe l’article.",
                "The signature is empty: say who signs the post.",
            ),
            Field::Tags => pick(
                "Un mot-clé est vide\u{a0}: retirez la virgule en trop.",
                "A tag is empty: remove the extra comma.",
            ),
            Field::Date => pick(
                "La date de publication manque\u{a0}: choisissez-en une ou videz le champ pour publier aujourd’hui.",
                "The publication date is missing: pick one, or clear the field to publish today.",
            ),
            _ => pick(
                "Un champ des détails de l’article est vide\u{a0}: remplissez-le ou videz-le entièrement.",
                "A field of the post’s details is empty: fill it in or clear it.",
            ),
        },
        K::EmptyText => pick(
            "Le texte est vide\u{a0}: écrivez l’article avant de le publier (le résumé ne le remplace pas).",
            "The text is empty: write the post before publishing it (the summary does not stand in for it).",
        ),
        K::CoverWithoutAlt => pick(
            "L’image de couverture n’a pas de description\u{a0}: dites ce qu’elle montre, pour qui ne la voit pas.",
            "The cover image has no description: say what it shows, for readers who cannot see it.",
        ),
        K::BadSlug { suggestion, .. } => {
            if fr {
                format!(
                    "L’adresse de l’article ne peut contenir que des minuscules sans accents, des chiffres et des tirets\u{a0}: par exemple «\u{202f}{suggestion}\u{202f}»."
                )
            } else {
                format!(
                    "The post’s address may only hold lower-case letters without accents, digits and hyphens: for example “{suggestion}”."
                )
            }
        }
        K::DuplicateSlug { slug, .. } => {
            if fr {
                format!(
                    "Un autre article a déjà l’adresse «\u{202f}{slug}\u{202f}»\u{a0}: changez le titre pour qu’elle diffère."
                )
            } else {
                format!(
                    "Another post already has the address “{slug}”: change the title so that it differs."
                )
            }
        }
        K::MissingImage(path) => {
            let name = path.rsplit('/').next().unwrap_or(path);
            if fr {
                format!(
                    "L’image «\u{202f}{name}\u{202f}» n’est pas dans ce brouillon\u{a0}: collez-la ou déposez-la dans le texte."
                )
            } else {
                format!("The image “{name}” is not in this draft: paste or drop it into the text.")
            }
        }
        K::BadImage { path, .. } => {
            let name = path.rsplit('/').next().unwrap_or(path);
            if fr {
                format!(
                    "L’image «\u{202f}{name}\u{202f}» ne peut pas être publiée\u{a0}: enregistrez-la en JPEG ou en PNG, puis déposez-la à nouveau."
                )
            } else {
                format!(
                    "The image “{name}” cannot be published: save it as JPEG or PNG, then drop it again."
                )
            }
        }
        K::Field(_) => match field {
            Field::Date => pick(
                "La date de publication n’est pas une date\u{a0}: choisissez-la dans le calendrier.",
                "The publication date is not a date: pick it in the calendar.",
            ),
            Field::Lang => pick(
                "La langue de l’article doit être le français ou l’anglais.",
                "The post’s language must be French or English.",
            ),
            _ => pick(
                "Une valeur des détails de l’article n’est pas comprise\u{a0}: vérifiez l’adresse, le cadrage et le crédit de la photo.",
                "A value in the post’s details is not understood: check its address, the photo’s framing and credit.",
            ),
        },
        K::NoFrontMatter | K::UnclosedFrontMatter | K::Unreadable(_) => pick(
            "Le fichier de l’article est illisible\u{a0}: exportez le brouillon et vérifiez son en-tête.",
            "The post’s file cannot be read: export the draft and check its header.",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        "2026-12-07".parse().unwrap()
    }

    fn draft() -> Draft {
        Draft {
            id: "k3x9".into(),
            title: "Le métier".into(),
            author: "Isabelle".into(),
            body: "Du texte.\n".into(),
            ..Draft::default()
        }
    }

    #[test]
    fn a_complete_draft_is_published() {
        assert_eq!(Refusal::of_draft(&draft(), today()), None);
    }

    #[test]
    fn each_refusal_names_its_field_in_words() {
        let cases: Vec<(Draft, Field, &str)> = vec![
            (
                Draft {
                    author: " ".into(),
                    ..draft()
                },
                Field::Author,
                "La signature est vide\u{a0}: indiquez qui signe l’article.",
            ),
            (
                Draft {
                    title: String::new(),
                    ..draft()
                },
                Field::Title,
                "Le titre est vide\u{a0}: donnez un titre à l’article.",
            ),
            (
                Draft {
                    body: "\n \n".into(),
                    summary: "Un résumé à la place du texte.".into(),
                    ..draft()
                },
                Field::Body { line: 1 },
                "Le texte est vide\u{a0}: écrivez l’article avant de le publier (le résumé ne le remplace pas).",
            ),
            (
                Draft {
                    kept: crate::draft::Kept {
                        cover: Some("images/a.jpg".into()),
                        ..Default::default()
                    },
                    ..draft()
                },
                Field::CoverAlt,
                "L’image de couverture n’a pas de description\u{a0}: dites ce qu’elle montre, pour qui ne la voit pas.",
            ),
            (
                Draft {
                    kept: crate::draft::Kept {
                        slug: Some("Mon_Article".into()),
                        ..Default::default()
                    },
                    ..draft()
                },
                Field::Slug,
                "L’adresse de l’article ne peut contenir que des minuscules sans accents, des chiffres et des tirets\u{a0}: par exemple «\u{202f}mon-article\u{202f}».",
            ),
        ];
        for (d, field, sentence) in cases {
            let refusal = Refusal::of_draft(&d, today()).expect("refused");
            assert_eq!(refusal.field, field, "{d:?}");
            assert_eq!(refusal.message(Lang::Fr), sentence);
            let english = refusal.message(Lang::En);
            for message in [refusal.message(Lang::Fr), english] {
                assert!(
                    !message.contains('`') && !message.contains(".md"),
                    "{message}"
                );
            }
        }
    }

    #[test]
    fn a_refusal_in_the_text_points_at_its_line() {
        let file =
            "---\ntitle: T\ndate: 2026-12-07\nauthor: I\n---\nUn.\n\n![x](images/absente.png)\n";
        let refusal = Refusal::at(
            PostErrorKind::MissingImage("images/absente.png".into()),
            8,
            file,
        );
        assert_eq!(refusal.field, Field::Body { line: 3 });
        assert_eq!(
            refusal.message(Lang::En),
            "The image “absente.png” is not in this draft: paste or drop it into the text."
        );
        let date = Refusal::at(PostErrorKind::Field("bad date".into()), 3, file);
        assert_eq!(date.field, Field::Date);
    }
}
