//! A corpus of sentences with the findings they must (and must not) produce.

use carnet_proofread::{
    Field, Finding, Grade, Lang, Part, Post, Report, Rule, check, google_title, line_of,
    title_width_px,
};

const BASE: &str = "https://carnet.example/blog/";

fn post<'a>(body: &'a str, lang: Lang) -> Post<'a> {
    Post {
        title: "Un titre",
        summary: "",
        body,
        lang,
        slug: "un-titre",
        keyphrase: "",
        has_cover: true,
        base_url: BASE,
        other_keyphrases: &[],
    }
}

/// The typography findings of a body: (rule, span text, fix).
fn typo(body: &str, lang: Lang) -> Vec<(Rule, String, Option<String>)> {
    typo_of(&check(&post(body, lang)), body)
}

fn typo_of(report: &Report, body: &str) -> Vec<(Rule, String, Option<String>)> {
    report
        .findings
        .iter()
        .filter(|f| f.part() == Part::Typography && f.field == Field::Body)
        .map(|f| {
            let span = f.span.clone().expect("a span");
            (f.rule, body[span].to_owned(), f.fix.clone())
        })
        .collect()
}

fn one(rule: Rule, span: &str, fix: &str) -> Vec<(Rule, String, Option<String>)> {
    vec![(rule, span.to_owned(), Some(fix.to_owned()))]
}

const NN: &str = "\u{202f}";
const NB: &str = "\u{a0}";

/// French sentences and the one finding each must produce.
fn french_faults() -> Vec<(&'static str, Rule, &'static str, String)> {
    vec![
        (
            "Il dit \"bonjour\" et part.",
            Rule::FrQuotes,
            "\"bonjour\"",
            format!("«{NN}bonjour{NN}»"),
        ),
        (
            "Il dit “bonjour” et part.",
            Rule::FrQuotes,
            "“bonjour”",
            format!("«{NN}bonjour{NN}»"),
        ),
        (
            "Des pommes, des poires, etc... Voilà.",
            Rule::FrEtc,
            "etc...",
            "etc.".into(),
        ),
        (
            "Des pommes, des poires, etc… Voilà.",
            Rule::FrEtc,
            "etc…",
            "etc.".into(),
        ),
        (
            "Elle est arrivée 2ème au concours.",
            Rule::FrOrdinal,
            "2ème",
            "2e".into(),
        ),
        (
            "Elle est arrivée 2eme au concours.",
            Rule::FrOrdinal,
            "2eme",
            "2e".into(),
        ),
        (
            "Elle est arrivée 2è au concours.",
            Rule::FrOrdinal,
            "2è",
            "2e".into(),
        ),
        (
            "Elle est arrivée 1ère au concours.",
            Rule::FrOrdinal,
            "1ère",
            "1re".into(),
        ),
        (
            "Elle est arrivée 1ere au concours.",
            Rule::FrOrdinal,
            "1ere",
            "1re".into(),
        ),
        (
            "Elle est arrivée 2nde au concours.",
            Rule::FrOrdinal,
            "2nde",
            "2de".into(),
        ),
        (
            "Un roman du XIXème siècle.",
            Rule::FrOrdinal,
            "XIXème",
            "XIXe".into(),
        ),
        (
            "Le rôle de l’Etat ici.",
            Rule::FrAccent,
            "Etat",
            "État".into(),
        ),
        (
            "Les Etats membres votent.",
            Rule::FrAccent,
            "Etats",
            "États".into(),
        ),
        (
            "Un Evénement rare.",
            Rule::FrAccent,
            "Evénement",
            "Événement".into(),
        ),
        (
            "Une Ecole du soir.",
            Rule::FrAccent,
            "Ecole",
            "École".into(),
        ),
        (
            "Vivement l’Eté prochain.",
            Rule::FrAccent,
            "Eté",
            "Été".into(),
        ),
        (
            "A partir de demain, tout change.",
            Rule::FrCapitalA,
            "A",
            "À".into(),
        ),
        ("Merci. A bientôt !", Rule::FrCapitalA, "A", "À".into()),
        (
            "Il a du coeur à l’ouvrage.",
            Rule::FrLigature,
            "coeur",
            "cœur".into(),
        ),
        (
            "Une Oeuvre majeure.",
            Rule::FrLigature,
            "Oeuvre",
            "Œuvre".into(),
        ),
        (
            "Ma soeur et mes vœux.",
            Rule::FrLigature,
            "soeur",
            "sœur".into(),
        ),
        (
            "Un mot  puis un autre.",
            Rule::FrDoubleSpace,
            "  ",
            " ".into(),
        ),
        (
            "Un mot , puis un autre.",
            Rule::FrSpaceBefore,
            " ",
            "".into(),
        ),
        (
            "Un mot puis un autre .",
            Rule::FrSpaceBefore,
            " ",
            "".into(),
        ),
        (
            "Un mot,puis un autre.",
            Rule::FrSpaceAfter,
            ",",
            ", ".into(),
        ),
        (
            "C’est la fin.Début de la suite.",
            Rule::FrSpaceAfter,
            ".",
            ". ".into(),
        ),
        (
            "Rendez-vous à 14h30 devant.",
            Rule::FrTime,
            "14h30",
            format!("14{NB}h{NB}30"),
        ),
        (
            "Rendez-vous à 14h devant.",
            Rule::FrTime,
            "14h",
            format!("14{NB}h"),
        ),
        (
            "Rendez-vous à 9h05 devant.",
            Rule::FrTime,
            "9h05",
            format!("9{NB}h{NB}05"),
        ),
        (
            "Rendez-vous à 14:30 devant.",
            Rule::FrTime,
            "14:30",
            format!("14{NB}h{NB}30"),
        ),
        (
            "Il y a 12000 abonnés.",
            Rule::FrNumber,
            "12000",
            format!("12{NN}000"),
        ),
        (
            "Il y a 1500000 vues.",
            Rule::FrNumber,
            "1500000",
            format!("1{NN}500{NN}000"),
        ),
        (
            "Il y a 12000,5 litres.",
            Rule::FrNumber,
            "12000",
            format!("12{NN}000"),
        ),
        (
            "Il y a 12,000 abonnés.",
            Rule::FrNumber,
            "12,000",
            format!("12{NN}000"),
        ),
        (
            "Il y a 12 000 abonnés.",
            Rule::FrNumber,
            "12 000",
            format!("12{NN}000"),
        ),
    ]
}

/// French sentences that must produce no typography finding.
const FRENCH_FINE: &[&str] = &[
    "Le coefficient est bon ; coexister, la moelle, la poêle.",
    "En 2016, il y avait 3,14 fois plus de 1.5 et de 1er, 2e, 1re, XIXe, 2d.",
    "Voir image.png et carnet.example, ou https://carnet.example/14h30/12000/l'été...",
    "Du `code '...' 10:30 12000` dans le texte.",
    "```\nl'été... 14h30 \"x\"\n```",
    "Il était une fois, à Paris, un « métier » qui n’existe pas !",
    "Écrire, c’est l’État, l’Été, l’Équipe ; A4 est un format, le plan A tient.",
    "Il pleut ; il vente : pourquoi ? Parce que !",
    "Une ligne avec un saut dur  \nà la fin.",
    "Le code postal 75011 Paris et le 0612345678, les M. et Mme Dupont, les U.S., e.g. ceci.",
    "Voir [le lien](https://example.org/a'b...) et ![une image](i'm...png).",
    "Entre 2008-2009, 3,141 et 12,345 restent, 2000 aussi.",
    "   Un paragraphe indenté.",
    "<span title=\"l'été...\">x</span>",
];

#[test]
fn french_rules_find_their_faults() {
    for (body, rule, span, fix) in french_faults() {
        assert_eq!(typo(body, Lang::Fr), one(rule, span, &fix), "in {body:?}");
    }
}

#[test]
fn french_rules_leave_good_text_alone() {
    for body in FRENCH_FINE {
        assert_eq!(typo(body, Lang::Fr), vec![], "in {body:?}");
    }
}

#[test]
fn english_rules() {
    assert_eq!(
        typo("One  two.", Lang::En),
        one(Rule::EnDoubleSpace, "  ", " ")
    );
    // French rules do not apply to English.
    for body in [
        "At 14:30, 12000 people, the 2nd time, Etat, coeur, fin.Start, a , b.",
        "Run `don't...` and see https://x.example/it's.",
        "It’s “fine” … really.",
    ] {
        assert_eq!(typo(body, Lang::En), vec![], "in {body:?}");
    }
}

/// The typography findings of a title and a summary: (field, rule, span text, fix).
fn typo_fields(
    title: &str,
    summary: &str,
    lang: Lang,
) -> Vec<(Field, Rule, String, Option<String>)> {
    let p = Post {
        title,
        summary,
        ..post("", lang)
    };
    check(&p)
        .findings
        .into_iter()
        .filter(|f| f.part() == Part::Typography)
        .map(|f| {
            let text = if f.field == Field::Title {
                title
            } else {
                summary
            };
            let span = f.span.clone().expect("a span");
            (f.field, f.rule, text[span].to_owned(), f.fix)
        })
        .collect()
}

#[test]
fn title_and_summary_get_every_rule() {
    let found = |t: &str, s: &str, lang| typo_fields(t, s, lang);
    let f = |field, rule, span: &str, fix: &str| {
        vec![(field, rule, span.to_owned(), Some(fix.to_owned()))]
    };
    assert_eq!(
        found("Cet été, l'été", "", Lang::Fr),
        f(Field::Title, Rule::FrApostrophe, "'", "’")
    );
    assert_eq!(
        found("Un titre", "Cet été, l'été fut chaud.", Lang::Fr),
        f(Field::Summary, Rule::FrApostrophe, "'", "’")
    );
    assert_eq!(
        found("Et puis... rien", "", Lang::Fr),
        f(Field::Title, Rule::FrEllipsis, "...", "…")
    );
    assert_eq!(
        found("Un titre", "Et puis... rien.", Lang::Fr),
        f(Field::Summary, Rule::FrEllipsis, "...", "…")
    );
    assert_eq!(
        found("She said \"hello\"", "", Lang::En),
        f(Field::Title, Rule::EnQuotes, "\"hello\"", "“hello”")
    );
    assert_eq!(
        found("A title", "She said \"hello\" to me.", Lang::En),
        f(Field::Summary, Rule::EnQuotes, "\"hello\"", "“hello”")
    );
    assert_eq!(
        found("I don't know", "", Lang::En),
        f(Field::Title, Rule::EnApostrophe, "'", "’")
    );
    assert_eq!(
        found("A title", "I don't know.", Lang::En),
        f(Field::Summary, Rule::EnApostrophe, "'", "’")
    );
    assert_eq!(
        found("And then... nothing", "", Lang::En),
        f(Field::Title, Rule::EnEllipsis, "...", "…")
    );
    assert_eq!(
        found("A title", "And then... nothing.", Lang::En),
        f(Field::Summary, Rule::EnEllipsis, "...", "…")
    );
}

#[test]
fn what_the_render_fixes_is_not_reported_in_the_body() {
    // Smart punctuation renders ' as ’, ... as … and (in English) "x" as “x”.
    for body in [
        "Cet été, l'été fut chaud.",
        "Et puis... rien.",
        "L'été... enfin.",
    ] {
        assert_eq!(typo(body, Lang::Fr), vec![], "in {body:?}");
    }
    for body in [
        "I don't know.",
        "And then... nothing.",
        "She said \"hello\" to me.",
    ] {
        assert_eq!(typo(body, Lang::En), vec![], "in {body:?}");
    }
    // What it renders wrong is still reported: “x” in French, `etc…`.
    assert_eq!(
        typo("Il dit \"bonjour\" et l'été... part.", Lang::Fr),
        one(Rule::FrQuotes, "\"bonjour\"", &format!("«{NN}bonjour{NN}»"))
    );
    assert_eq!(
        typo("Des pommes, l'été, etc... Voilà.", Lang::Fr),
        one(Rule::FrEtc, "etc...", "etc.")
    );
}

#[test]
fn quotes_across_markup_and_unpaired() {
    let body = "Il dit \"un *vrai* mot\" ici.";
    assert_eq!(
        typo(body, Lang::Fr),
        one(
            Rule::FrQuotes,
            "\"un *vrai* mot\"",
            &format!("«{NN}un *vrai* mot{NN}»")
        )
    );
    let body = "Un pouce \" seul.";
    assert_eq!(
        typo(body, Lang::Fr),
        vec![(Rule::FrQuotes, "\"".into(), None)]
    );
}

fn titled<'a>(title: &'a str, body: &'a str) -> Vec<Finding> {
    let p = Post {
        title,
        ..post(body, Lang::Fr)
    };
    check(&p)
        .findings
        .into_iter()
        .filter(|f| f.field == Field::Title && f.part() == Part::Typography)
        .collect()
}

#[test]
fn french_titles() {
    assert!(titled("Le métier qui n’existe pas", "").is_empty());
    assert!(titled("« Le métier qui n’existe pas »", "").is_empty());
    assert!(titled("Le SEO expliqué simplement à Paris", "").is_empty());
    let f = titled(
        "Le Métier Que Personne Ne Comprend",
        "Un métier que personne ne comprend.",
    );
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].rule, Rule::FrTitleCase);
    assert_eq!(
        f[0].fix.as_deref(),
        Some("Le métier que personne ne comprend")
    );
    assert_eq!(
        f[0].span,
        Some(0.."Le Métier Que Personne Ne Comprend".len())
    );
    let f = titled(
        "Mes Conseils Pour Réussir Sur LinkedIn",
        "Des conseils pour réussir.",
    );
    assert_eq!(
        f[0].fix.as_deref(),
        Some("Mes conseils pour réussir sur LinkedIn")
    );
    // A capitalised word the body never writes in lower case may be a proper noun.
    let f = titled("Mon Voyage Avec Mathilde Dupont", "Rien.");
    assert_eq!((f[0].rule, f[0].fix.clone()), (Rule::FrTitleCase, None));
    let f = titled("L'Etat du web", "");
    let found: Vec<(Rule, Option<String>)> = f.iter().map(|f| (f.rule, f.fix.clone())).collect();
    assert_eq!(
        found,
        [
            (Rule::FrApostrophe, Some("’".into())),
            (Rule::FrAccent, Some("État".into()))
        ]
    );
}

#[test]
fn fixes_make_their_findings_disappear() {
    let mut bodies: Vec<String> = french_faults()
        .into_iter()
        .map(|(b, ..)| b.to_owned())
        .collect();
    bodies.push("Il dit \"un *vrai* mot\" à 14h30... A bientôt, l'Etat et 12000 coeurs.".into());
    for body in &bodies {
        let before = check(&post(body, Lang::Fr));
        for f in before
            .findings
            .iter()
            .filter(|f| f.part() == Part::Typography)
        {
            let (Some(span), Some(fix)) = (&f.span, &f.fix) else {
                continue;
            };
            let mut fixed = body.clone();
            fixed.replace_range(span.clone(), fix);
            let place = span.start..span.start + fix.len();
            let after = check(&post(&fixed, Lang::Fr));
            let overlapping: Vec<&Finding> = after
                .findings
                .iter()
                .filter(|g| g.part() == Part::Typography && g.field == Field::Body)
                .filter(|g| {
                    g.span.as_ref().is_some_and(|s| {
                        s.start < place.end.max(place.start + 1) && place.start < s.end
                    })
                })
                .filter(|g| {
                    // Findings that were there before, next to the fix, may stay.
                    g.rule == f.rule || !before.findings.iter().any(|b| b.rule == g.rule)
                })
                .collect();
            assert!(
                overlapping.is_empty(),
                "{body:?} fixed to {fixed:?}: {overlapping:?}"
            );
        }
    }
}

#[test]
fn keys_survive_edits_elsewhere() {
    let a = check(&post("Le coeur.", Lang::Fr));
    let b = check(&post("Un ajout avant. Le coeur.", Lang::Fr));
    let key = |r: &Report| {
        r.findings
            .iter()
            .find(|f| f.rule == Rule::FrLigature)
            .map(Finding::key)
    };
    assert_eq!(key(&a), key(&b));
    assert_eq!(key(&a).as_deref(), Some("fr-ligature:body:coeur."));
}

fn words(n: usize, word: &str) -> String {
    let sentence = format!("{} ", [word; 9].join(" "));
    let mut s = String::new();
    for k in 0..n / 10 {
        s.push_str(if k % 2 == 0 { "Ensuite " } else { "Pourtant " });
        s.push_str(&sentence);
        s.pop();
        s.push_str(if k % 5 == 4 { ".\n\n" } else { ". " });
    }
    s
}

fn rules(r: &Report) -> Vec<Rule> {
    r.findings.iter().map(|f| f.rule).collect()
}

#[test]
fn search_rules() {
    let body = format!(
        "## Le métier de community manager\n\nLe community manager écrit. {} Voir [un autre](../autre/) et [ailleurs](https://example.org/).\n\n![Un chat](chat.jpg)\n",
        words(300, "texte")
    );
    let other = vec!["autre chose".to_owned()];
    let p = Post {
        title: "Community manager : le métier",
        summary: "Ce que fait un community manager au quotidien, raconté par une community manager qui fait ce métier depuis des années, pour vous.",
        body: &body,
        lang: Lang::Fr,
        slug: "community-manager-le-metier",
        keyphrase: "Community Manager",
        has_cover: true,
        base_url: BASE,
        other_keyphrases: &other,
    };
    let r = check(&p);
    let search: Vec<Rule> = r
        .findings
        .iter()
        .filter(|f| f.part() == Part::Search)
        .map(|f| f.rule)
        .collect();
    assert_eq!(search, []);
    assert_eq!(r.grade(Part::Search), Grade::Good);
    // Two words of the keyphrase, once in 309 words (the heading is not counted).
    assert_eq!(r.stats.words, 309);
    assert!((r.stats.keyphrase_density_pct.unwrap() - 0.647).abs() < 0.01);

    let bare = Post {
        title: "Un titre beaucoup trop long pour les résultats de recherche de Google, vraiment très long",
        summary: "Court.",
        body: "# Titre\n\n#### Trop bas\n\nUn texte.\n\n![](x.png)\n",
        keyphrase: "",
        has_cover: false,
        ..p
    };
    let r = check(&bare);
    let found: Vec<(Rule, Field)> = r
        .findings
        .iter()
        .filter(|f| f.part() == Part::Search)
        .map(|f| (f.rule, f.field))
        .collect();
    assert_eq!(
        found,
        [
            (Rule::TitleWidth, Field::Title),
            (Rule::SummaryShort, Field::Summary),
            (Rule::TextShort, Field::Body),
            (Rule::NoInternalLink, Field::Body),
            (Rule::NoOutboundLink, Field::Body),
            (Rule::HeadingOne, Field::Body),
            (Rule::HeadingSkip, Field::Body),
            (Rule::ImageAlt, Field::Body),
            (Rule::KeyphraseMissing, Field::Keyphrase),
            (Rule::NoCover, Field::Cover),
        ]
    );
    assert!(r.stats.title_width_px > 600.0);
    let alt = r
        .findings
        .iter()
        .find(|f| f.rule == Rule::ImageAlt)
        .unwrap();
    assert_eq!(&bare.body[alt.span.clone().unwrap()], "![](x.png)");
    assert_eq!(r.grade(Part::Search), Grade::Poor);

    let missing = Post {
        title: "Autre chose",
        summary: "",
        keyphrase: "autre chose",
        slug: "x",
        ..p
    };
    let found = rules(&check(&missing));
    for rule in [
        Rule::KeyphraseIntro,
        Rule::KeyphraseSlug,
        Rule::KeyphraseSubheading,
        Rule::KeyphraseReused,
        Rule::SummaryMissing,
    ] {
        assert!(found.contains(&rule), "{rule:?} in {found:?}");
    }
    assert!(!found.contains(&Rule::KeyphraseSummary));
    let late = Post {
        title: "Tout ce qu’il faut savoir sur le métier de community manager",
        ..p
    };
    assert!(rules(&check(&late)).contains(&Rule::KeyphraseTitleStart));
}

#[test]
fn title_widths() {
    assert!((title_width_px("« Le métier qui n’existe pas »") - 260.1).abs() < 0.5);
    let long =
        "Le métier qui n’existe pas encore et que personne ne comprend vraiment, même pas moi";
    let cut = google_title(long);
    assert!(
        cut.ends_with(" …") && title_width_px(&cut) <= 600.0,
        "{cut}"
    );
    assert_eq!(line_of("a\nb\nc", 4), 3);
    assert_eq!(line_of("a\nb\nc", 0), 1);
}

#[test]
fn readability_rules() {
    // Long sentences, a long paragraph, no subheading, few transitions, hard words.
    let sentence = "Les extraordinaires considérations institutionnelles des administrations départementales et intercommunales déterminent incontestablement les orientations stratégiques communicationnelles contemporaines des collectivités territoriales françaises actuelles. ";
    let body = sentence.repeat(16);
    let r = check(&post(&body, Lang::Fr));
    let found: Vec<Rule> = r
        .findings
        .iter()
        .filter(|f| f.part() == Part::Readability)
        .map(|f| f.rule)
        .collect();
    assert_eq!(
        found,
        [
            Rule::ReadingEase,
            Rule::LongSentences,
            Rule::Transitions,
            Rule::LongParagraph,
            Rule::NoSubheading,
            Rule::RepeatedStart,
        ]
    );
    assert_eq!(r.grade(Part::Readability), Grade::Poor);
    let repeated = r
        .findings
        .iter()
        .find(|f| f.rule == Rule::RepeatedStart)
        .unwrap();
    let span = repeated.span.clone().unwrap();
    assert_eq!(&body[span.clone()], "Les");
    assert_eq!(span.start, 2 * sentence.len());

    // Short, linked, active sentences: nothing to say.
    let easy = words(300, "mot");
    let r = check(&post(&easy, Lang::Fr));
    assert!(
        r.findings.iter().all(|f| f.part() != Part::Readability),
        "{:?}",
        rules(&r)
    );
    assert!(r.stats.transitions_pct > 99.0);

    let passive = "Le texte est écrit par elle. Les photos sont prises le matin. Il était une fois un blog. Elle est arrivée hier.";
    let r = check(&post(passive, Lang::Fr));
    assert_eq!(r.stats.passive_pct, 50.0);
    assert!(rules(&r).contains(&Rule::Passive));
    let r = check(&post(
        "The file is checked. The post was written by her. It is big. We run it.",
        Lang::En,
    ));
    assert_eq!(r.stats.passive_pct, 50.0);
    // Irregular participles, an adverb in -ment or -ly between.
    let r = check(&post(
        "Le projet est conçu par une équipe. Il a été particulièrement apprécié. Elle est très belle. Nous partons.",
        Lang::Fr,
    ));
    assert_eq!(r.stats.passive_pct, 50.0);
    let r = check(&post("It was widely read. It is lovely. We ran.", Lang::En));
    assert!(
        (r.stats.passive_pct - 100.0 / 3.0).abs() < 0.1,
        "{}",
        r.stats.passive_pct
    );
}

#[test]
fn messages_in_both_languages() {
    let p = Post {
        summary: "L'été...",
        ..post("Le coeur , l'été...", Lang::Fr)
    };
    let r = check(&p);
    for f in &r.findings {
        let fr = f.message(Lang::Fr);
        let en = f.message(Lang::En);
        assert!(!fr.is_empty() && !en.is_empty() && fr != en);
        assert!(!fr.contains('`') && !en.contains('`'));
    }
    let apostrophe = r
        .findings
        .iter()
        .find(|f| f.rule == Rule::FrApostrophe)
        .unwrap();
    assert_eq!(
        apostrophe.message(Lang::Fr),
        "Apostrophe droite : en français, l’apostrophe typographique est ’."
    );
    assert_eq!(Grade::Fair.label(Lang::Fr), "À revoir");
    let ids: std::collections::HashSet<&str> = Rule::ALL.iter().map(|r| r.id()).collect();
    assert_eq!(ids.len(), Rule::ALL.len());
}
