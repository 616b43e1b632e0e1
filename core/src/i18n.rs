//! Every string of the interface, in French and in English.
//!
//! Components take their words from [`ui`]; none is written in a component. A post's own
//! labels (byline, reading time) follow the post's language, the rest the reader's.

use crate::lang::Lang;

/// The name of the site.
pub const SITE_NAME: &str = "Carnet";

/// The interface's words in one language.
#[derive(Debug)]
pub struct Ui {
    /// Description of the site, for the home page's `<meta name="description">`.
    pub site_description: &'static str,
    /// Skip link to the main content.
    pub skip_to_content: &'static str,
    /// Label of the main navigation.
    pub main_nav: &'static str,
    /// Link to the list of posts.
    pub posts: &'static str,
    /// Heading of the list of posts on the home page.
    pub latest_posts: &'static str,
    /// Shown when there is no post yet.
    pub no_posts: &'static str,
    /// Before the author's name: "Par Isabelle".
    pub by: &'static str,
    /// Label of a post's tag list.
    pub tags: &'static str,
    /// Label of the links to the next and previous posts.
    pub more_posts: &'static str,
    /// Link to the newer post.
    pub newer_post: &'static str,
    /// Link to the older post.
    pub older_post: &'static str,
    /// Shown while a post's text downloads.
    pub loading: &'static str,
    /// Shown when a post's text could not be downloaded.
    pub load_failed: &'static str,
    /// Button to try downloading again.
    pub retry: &'static str,
    /// Title of the 404 page.
    pub not_found_title: &'static str,
    /// Text of the 404 page.
    pub not_found_text: &'static str,
    /// Link from the 404 page to the home page.
    pub back_home: &'static str,
    /// Footer line.
    pub footer: &'static str,
}

const FR: Ui = Ui {
    site_description: "Le carnet d’Isabelle\u{a0}: réseaux sociaux, numérique et métiers qui n’existaient pas encore.",
    skip_to_content: "Aller au contenu",
    main_nav: "Navigation principale",
    posts: "Articles",
    latest_posts: "Derniers articles",
    no_posts: "Aucun article pour l’instant.",
    by: "Par",
    tags: "Mots-clés",
    more_posts: "Autres articles",
    newer_post: "Article suivant",
    older_post: "Article précédent",
    loading: "Chargement de l’article…",
    load_failed: "L’article n’a pas pu être chargé. Vérifiez votre connexion.",
    retry: "Réessayer",
    not_found_title: "Page introuvable",
    not_found_text: "Cette adresse ne mène à aucune page de ce blog. L’article a peut-être changé d’adresse.",
    back_home: "Retour à l’accueil",
    footer: "Carnet — un blog qui tient tout entier dans votre navigateur.",
};

const EN: Ui = Ui {
    site_description: "Isabelle’s notebook: social media, digital life and jobs that did not exist yet.",
    skip_to_content: "Skip to content",
    main_nav: "Main navigation",
    posts: "Posts",
    latest_posts: "Latest posts",
    no_posts: "No posts yet.",
    by: "By",
    tags: "Tags",
    more_posts: "More posts",
    newer_post: "Newer post",
    older_post: "Older post",
    loading: "Loading the post…",
    load_failed: "The post could not be loaded. Check your connection.",
    retry: "Try again",
    not_found_title: "Page not found",
    not_found_text: "This address leads to no page of this blog. The post may have moved.",
    back_home: "Back to the home page",
    footer: "Carnet — a blog that lives entirely in your browser.",
};

/// The interface's words in `lang`.
pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

/// The language for a reader whose browser prefers `languages`, in order (as
/// `navigator.languages` gives them): the first Carnet speaks, else French.
pub fn ui_lang<'a>(languages: impl IntoIterator<Item = &'a str>) -> Lang {
    languages
        .into_iter()
        .find_map(Lang::from_browser_tag)
        .unwrap_or_default()
}

/// The text of a page's `<title>`: "Page · Carnet", or the site name alone.
pub fn page_title(page: Option<&str>) -> String {
    match page {
        Some(page) => format!("{page} · {SITE_NAME}"),
        None => SITE_NAME.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn follows_the_first_language_carnet_speaks() {
        assert_eq!(ui_lang(["de-DE", "en-US", "fr"]), Lang::En);
        assert_eq!(ui_lang(["fr-CA"]), Lang::Fr);
        assert_eq!(ui_lang(["de", "it"]), Lang::Fr);
        assert_eq!(ui_lang([]), Lang::Fr);
    }

    #[test]
    fn both_languages_say_everything() {
        // Every field is filled in both languages, and the two differ where words differ.
        let fr = format!("{:?}", ui(Lang::Fr));
        let en = format!("{:?}", ui(Lang::En));
        assert!(!fr.contains("\"\"") && !en.contains("\"\""));
        assert_ne!(ui(Lang::Fr).not_found_title, ui(Lang::En).not_found_title);
    }

    #[test]
    fn titles_pages() {
        assert_eq!(
            page_title(Some("Page introuvable")),
            "Page introuvable · Carnet"
        );
        assert_eq!(page_title(None), "Carnet");
    }
}
