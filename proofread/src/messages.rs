//! The findings' messages, in French and in English.

use crate::{Finding, Lang, Rule};

/// `n` with a French decimal comma (`12,5`) or an English point, one decimal at most.
fn num(n: f32, ui: Lang) -> String {
    let rounded = (n * 10.0).round() / 10.0;
    let s = if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    };
    match ui {
        Lang::Fr => s.replace('.', ","),
        Lang::En => s,
    }
}

/// « fix » or “fix” when the finding has a fix, for messages that show it.
fn shown(f: &Finding, ui: Lang) -> Option<String> {
    let fix = f.fix.as_deref()?;
    Some(match ui {
        Lang::Fr => format!("«\u{a0}{fix}\u{a0}»"),
        Lang::En => format!("“{fix}”"),
    })
}

pub(crate) fn message(f: &Finding, ui: Lang) -> String {
    let n = f.figure.map(|x| num(x, ui)).unwrap_or_default();
    let fr = ui == Lang::Fr;
    let pick = |a: &str, b: &str| if fr { a.to_owned() } else { b.to_owned() };
    let with_fix = |base: String| match shown(f, ui) {
        Some(s) if fr => format!("{base} Écrire {s}."),
        Some(s) => format!("{base} Write {s}."),
        None => base,
    };
    match f.rule {
        Rule::FrApostrophe => pick(
            "Apostrophe droite : en français, l’apostrophe typographique est ’.",
            "Straight apostrophe: French typography uses ’.",
        ),
        Rule::FrQuotes => pick(
            "Guillemets : en français, on cite entre guillemets « … », avec des espaces insécables à l’intérieur.",
            "Quotation marks: French uses « … », with no-break spaces inside.",
        ),
        Rule::FrEllipsis | Rule::EnEllipsis => pick(
            "Trois points : les points de suspension s’écrivent en un seul signe, « … ».",
            "Three full stops: an ellipsis is one character, “…”.",
        ),
        Rule::FrEtc => pick(
            "« etc. » ne prend jamais de points de suspension : un seul point suffit.",
            "“etc.” takes a single full stop, never an ellipsis.",
        ),
        Rule::FrOrdinal => with_fix(pick(
            "Ordinal : on abrège en « e » (2e, XIXe), « re » et « er » pour premier (1re, 1er), « d » et « de » pour second.",
            "Ordinal: French abbreviates with “e” (2e, XIXe), “re” and “er” for first (1re, 1er), “d” and “de” for second.",
        )),
        Rule::FrAccent => with_fix(pick(
            "Capitale sans accent : en français, les capitales gardent leurs accents.",
            "Capital without its accent: French keeps accents on capitals.",
        )),
        Rule::FrCapitalA => pick(
            "« A » en début de phrase est ici la préposition : elle s’écrit « À », accent compris.",
            "“A” starting this sentence is the preposition “à”: it is written “À”, accent included.",
        ),
        Rule::FrLigature => with_fix(pick(
            "Ligature : ce mot s’écrit avec « œ ».",
            "Ligature: this French word is written with “œ”.",
        )),
        Rule::FrDoubleSpace | Rule::EnDoubleSpace => pick(
            "Espaces en trop : une seule espace entre deux mots.",
            "Extra spaces: one space between words is enough.",
        ),
        Rule::FrSpaceBefore => pick(
            "Espace avant la virgule ou le point : ils se collent au mot qui les précède.",
            "Space before a comma or a full stop: in French they follow the word directly.",
        ),
        Rule::FrSpaceAfter => pick(
            "Espace manquante : après une virgule ou un point, une espace sépare le mot suivant.",
            "Missing space: a comma or a full stop is followed by a space.",
        ),
        Rule::FrTime => with_fix(pick(
            "Heure : en français, on écrit « 14 h 30 », avec des espaces insécables.",
            "Time: French writes “14 h 30”, with no-break spaces.",
        )),
        Rule::FrNumber => pick(
            "Nombre : à partir de cinq chiffres, on groupe les chiffres par trois avec une espace fine insécable (12 000).",
            "Number: French groups digits by three with a narrow no-break space from five digits (12 000).",
        ),
        Rule::FrTitleCase => pick(
            "Majuscules à l’anglaise : en français, seul le premier mot du titre (et les noms propres) prend une majuscule.",
            "English Title Case: a French title capitalises only its first word and proper nouns.",
        ),
        Rule::EnQuotes => pick(
            "Guillemets droits : en anglais, on écrit “…”.",
            "Straight quotation marks: English typography uses “…”.",
        ),
        Rule::EnApostrophe => pick(
            "Apostrophe droite : en anglais aussi, l’apostrophe typographique est ’.",
            "Straight apostrophe: English typography uses ’.",
        ),
        Rule::KeyphraseMissing => pick(
            "Pas d’expression clé : choisir les mots par lesquels on voudrait que l’article soit trouvé aide à l’écrire pour eux.",
            "No keyphrase: choosing the words you want the post found by helps write it for them.",
        ),
        Rule::KeyphraseTitle => pick(
            "L’expression clé n’est pas dans le titre : c’est ce que les moteurs de recherche lisent en premier.",
            "The keyphrase is not in the title: it is what search engines read first.",
        ),
        Rule::KeyphraseTitleStart => pick(
            "L’expression clé est à la fin du titre : plus près du début, elle reste visible quand le titre est coupé.",
            "The keyphrase is at the end of the title: nearer the start, it stays visible when the title is cut.",
        ),
        Rule::KeyphraseIntro => pick(
            "L’expression clé n’est pas dans le premier paragraphe : le dire dès le début confirme au lecteur qu’il est au bon endroit.",
            "The keyphrase is not in the first paragraph: saying it early tells readers they are in the right place.",
        ),
        Rule::KeyphraseSlug => pick(
            "L’expression clé n’est pas dans l’adresse de l’article.",
            "The keyphrase is not in the post’s address.",
        ),
        Rule::KeyphraseSummary => pick(
            "L’expression clé n’est pas dans le résumé, qui s’affiche sous le titre dans les résultats.",
            "The keyphrase is not in the summary, which shows under the title in search results.",
        ),
        Rule::KeyphraseSubheading => pick(
            "L’expression clé n’est dans aucun intertitre.",
            "The keyphrase is in none of the subheadings.",
        ),
        Rule::KeyphraseRare => {
            if fr {
                format!(
                    "L’expression clé est rare : {n} % des mots ; entre 0,5 et 3 % est conseillé."
                )
            } else {
                format!("The keyphrase is rare: {n}% of the words; 0.5 to 3% is advised.")
            }
        }
        Rule::KeyphraseFrequent => {
            if fr {
                format!(
                    "L’expression clé revient trop souvent : {n} % des mots ; au-delà de 3 %, le texte paraît forcé."
                )
            } else {
                format!(
                    "The keyphrase comes back too often: {n}% of the words; over 3% reads as forced."
                )
            }
        }
        Rule::KeyphraseReused => pick(
            "Un autre article publié a déjà cette expression clé : les deux se feraient concurrence.",
            "Another published post already has this keyphrase: the two would compete.",
        ),
        Rule::TitleWidth => {
            if fr {
                format!(
                    "Titre long : {n} px dans les résultats de Google, qui le coupe vers 600 px."
                )
            } else {
                format!("Long title: {n} px in Google’s results, which cut it at about 600 px.")
            }
        }
        Rule::SummaryMissing => pick(
            "Pas de résumé : les aperçus de lien et les moteurs de recherche prendront alors le début du texte. Un résumé de 120 à 156 caractères est conseillé.",
            "No summary: link previews and search engines will take the start of the text instead. A summary of 120 to 156 characters is advised.",
        ),
        Rule::SummaryShort => {
            if fr {
                format!(
                    "Résumé court : {n} caractères ; de 120 à 156 caractères remplissent l’aperçu."
                )
            } else {
                format!("Short summary: {n} characters; 120 to 156 fill the preview.")
            }
        }
        Rule::SummaryLong => {
            if fr {
                format!(
                    "Résumé long : {n} caractères ; au-delà de 156, les moteurs de recherche le coupent."
                )
            } else {
                format!("Long summary: {n} characters; search engines cut it after 156.")
            }
        }
        Rule::TextShort => {
            if fr {
                format!(
                    "Texte court : {n} mots ; à partir de 300 mots, un article a plus de chances d’être bien classé."
                )
            } else {
                format!("Short text: {n} words; from 300 words a post ranks more easily.")
            }
        }
        Rule::NoInternalLink => pick(
            "Aucun lien vers un autre de vos articles : un lien aide le lecteur à continuer sa lecture.",
            "No link to another of your posts: one helps readers go on reading.",
        ),
        Rule::NoOutboundLink => pick(
            "Aucun lien vers un autre site : citer ses sources renforce la confiance.",
            "No link to another site: citing sources builds trust.",
        ),
        Rule::HeadingOne => pick(
            "Titre de premier niveau dans le texte : le titre de l’article est déjà le seul de ce niveau ; commencer les intertitres au deuxième.",
            "Level-one heading in the text: the post’s title already is the only one; start subheadings at level two.",
        ),
        Rule::HeadingSkip => pick(
            "Intertitre qui saute un niveau : descendre d’un niveau à la fois aide les lecteurs d’écran et les moteurs de recherche.",
            "This heading skips a level: going down one level at a time helps screen readers and search engines.",
        ),
        Rule::ImageAlt => pick(
            "Image sans texte alternatif : le décrire sert à ceux qui ne la voient pas, et aux moteurs de recherche.",
            "Image without alternative text: describing it serves those who cannot see it, and search engines.",
        ),
        Rule::NoCover => pick(
            "Pas d’image de couverture : le site dessine une carte à partir du titre, mais une photo fait davantage remarquer le lien partagé.",
            "No cover image: the site draws a card from the title, but a picture makes a shared link stand out more.",
        ),
        Rule::ReadingEase => {
            if fr {
                format!(
                    "Lecture difficile : facilité de lecture {n} sur 100 (Kandel et Moles) ; des phrases et des mots plus courts la rendraient plus facile."
                )
            } else {
                format!(
                    "Hard to read: reading ease {n} out of 100 (Flesch); shorter sentences and words would make it easier."
                )
            }
        }
        Rule::LongSentences => {
            if fr {
                format!(
                    "Phrases longues : {n} % des phrases dépassent 20 mots ; au plus 25 % est conseillé."
                )
            } else {
                format!(
                    "Long sentences: {n}% of the sentences have more than 20 words; at most 25% is advised."
                )
            }
        }
        Rule::LongParagraph => {
            if fr {
                format!(
                    "Paragraphe long : {n} mots ; au-delà de 150, le couper aide la lecture à l’écran."
                )
            } else {
                format!(
                    "Long paragraph: {n} words; over 150, splitting it helps reading on screen."
                )
            }
        }
        Rule::NoSubheading => {
            if fr {
                format!(
                    "{n} mots sans intertitre : un intertitre tous les 300 mots aide à parcourir le texte."
                )
            } else {
                format!(
                    "{n} words without a subheading: one every 300 words helps readers find their way."
                )
            }
        }
        Rule::RepeatedStart => pick(
            "Trois phrases de suite commencent par le même mot : varier les débuts rend le texte plus vivant.",
            "Three sentences in a row start with the same word: varying them makes the text livelier.",
        ),
        Rule::Passive => {
            if fr {
                format!(
                    "Voix passive : {n} % des phrases ; au-delà de 10 %, la voix active est plus directe."
                )
            } else {
                format!(
                    "Passive voice: {n}% of the sentences; over 10%, the active voice is more direct."
                )
            }
        }
        Rule::Transitions => {
            if fr {
                format!(
                    "Peu de mots de liaison : {n} % des phrases en ont un (« ensuite », « pourtant »…) ; 30 % ou plus guide le lecteur."
                )
            } else {
                format!(
                    "Few transition words: {n}% of the sentences have one (“then”, “however”…); 30% or more guides the reader."
                )
            }
        }
    }
}
