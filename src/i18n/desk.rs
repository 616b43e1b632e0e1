//! The words of the writer's desk: the post's details under the title, and Relecture.
//! The proofreader's own findings are said by `carnet_proofread` (the command line says
//! them too); the build's refusals by `carnet_studio::refusal`.

use super::plural;
use carnet_text::Date;
use carnet_text::lang::Lang;

/// The desk's words in one language (see [`super::Ui::desk`]).
#[derive(Debug)]
pub struct DeskUi {
    /// The language these words are in.
    pub lang: Lang,
    /// The folding panel of the post's details.
    pub details: &'static str,
    /// In the details' résumé: no signature yet.
    pub no_author: &'static str,
    /// In the details' résumé: a summary is written.
    pub summary_set: &'static str,
    /// In the details' résumé: a cover is chosen.
    pub cover_set: &'static str,
    /// Label of the cover field.
    pub field_cover: &'static str,
    /// The cover field's "none".
    pub no_cover: &'static str,
    /// Under the cover field.
    pub cover_hint: &'static str,
    /// Label of the cover's description.
    pub field_cover_alt: &'static str,
    /// Label of the keyphrase field.
    pub field_keyphrase: &'static str,
    /// Under the keyphrase field.
    pub keyphrase_hint: &'static str,
    /// Label of the address field.
    pub field_slug: &'static str,
    /// Under the address field.
    pub slug_hint: &'static str,
    /// Relecture's heading.
    pub proofreading: &'static str,
    /// What Relecture is, under its heading.
    pub proofreading_intro: &'static str,
    /// A part with nothing to say.
    pub nothing_to_say: &'static str,
    /// Button applying a finding's fix.
    pub fix: &'static str,
    /// Button dismissing a finding for this draft.
    pub dismiss: &'static str,
    /// Button showing the dismissed findings again.
    pub show_dismissed: &'static str,
    /// Heading of what the build would refuse.
    pub before_publishing: &'static str,
    /// Heading of the link previews.
    pub link_previews: &'static str,
    /// The preview of the link in Google's results.
    pub on_google: &'static str,
    /// The cursor goes to the problem.
    pub show_in_text: &'static str,
}

pub(super) const FR_DESK: DeskUi = DeskUi {
    lang: Lang::Fr,
    details: "Détails de l’article",
    no_author: "sans signature",
    summary_set: "résumé",
    cover_set: "couverture",
    field_cover: "Image de couverture",
    no_cover: "Aucune",
    cover_hint: "Une image collée ou déposée dans le texte\u{a0}; elle illustre aussi le lien partagé.",
    field_cover_alt: "Ce que montre l’image de couverture",
    field_keyphrase: "Expression clé",
    keyphrase_hint: "Les mots par lesquels vous voulez qu’on trouve l’article. La relecture les cherche dans le titre, le premier paragraphe, l’adresse et le résumé.",
    field_slug: "Adresse (fin de l’URL)",
    slug_hint: "Vide\u{a0}: tirée du titre.",
    proofreading: "Relecture",
    proofreading_intro: "Des conseils, jamais des obligations. Rien ne quitte ce navigateur.",
    nothing_to_say: "Rien à signaler.",
    fix: "Corriger",
    dismiss: "Ignorer",
    show_dismissed: "Montrer les remarques ignorées",
    before_publishing: "Avant de publier",
    link_previews: "Le lien partagé",
    on_google: "Dans les résultats de Google",
    show_in_text: "Voir dans le texte",
};

pub(super) const EN_DESK: DeskUi = DeskUi {
    lang: Lang::En,
    details: "Post details",
    no_author: "no signature",
    summary_set: "summary",
    cover_set: "cover",
    field_cover: "Cover image",
    no_cover: "None",
    cover_hint: "An image pasted or dropped into the text; it also illustrates the shared link.",
    field_cover_alt: "What the cover image shows",
    field_keyphrase: "Keyphrase",
    keyphrase_hint: "The words you want the post found by. Proofreading looks for them in the title, the first paragraph, the address and the summary.",
    field_slug: "Address (end of the URL)",
    slug_hint: "Empty: made from the title.",
    proofreading: "Proofreading",
    proofreading_intro: "Advice, never rules. Nothing leaves this browser.",
    nothing_to_say: "Nothing to point out.",
    fix: "Fix",
    dismiss: "Dismiss",
    show_dismissed: "Show dismissed remarks",
    before_publishing: "Before publishing",
    link_previews: "The shared link",
    on_google: "In Google’s results",
    show_in_text: "Show in the text",
};

impl DeskUi {
    /// The button showing a part's other findings.
    pub fn show_more(&self, n: usize) -> String {
        match self.lang {
            Lang::Fr => format!("Montrer les {n}\u{a0}autres remarques"),
            Lang::En => format!("Show the {n} other remarks"),
        }
    }

    /// "2 mots-clés" / "2 tags".
    pub fn tags(&self, n: usize) -> String {
        match self.lang {
            Lang::Fr => format!(
                "{n}\u{a0}mot{}-clé{}",
                plural(Lang::Fr, n),
                plural(Lang::Fr, n)
            ),
            Lang::En => format!("{n}\u{a0}tag{}", plural(Lang::En, n)),
        }
    }

    /// The details' résumé: what is set, in one line.
    #[allow(clippy::too_many_arguments)]
    pub fn resume(
        &self,
        author: &str,
        language: &str,
        tags: usize,
        date: Option<Date>,
        summary: bool,
        cover: bool,
        keyphrase: &str,
    ) -> String {
        let mut parts = vec![if author.trim().is_empty() {
            self.no_author.to_owned()
        } else {
            author.trim().to_owned()
        }];
        parts.push(language.to_owned());
        if tags > 0 {
            parts.push(self.tags(tags));
        }
        if let Some(date) = date {
            parts.push(date.long(self.lang));
        }
        if summary {
            parts.push(self.summary_set.to_owned());
        }
        if cover {
            parts.push(self.cover_set.to_owned());
        }
        if !keyphrase.trim().is_empty() {
            parts.push(match self.lang {
                Lang::Fr => format!("«\u{202f}{}\u{202f}»", keyphrase.trim()),
                Lang::En => format!("“{}”", keyphrase.trim()),
            });
        }
        parts.join(" · ")
    }
}
