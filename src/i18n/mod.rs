//! Every string of the interface, in French and in English, one module per area: what
//! every page says (here), the studio and "My data" ([`studio`]), publishing
//! ([`publish`]) and GitHub ([`github`]), reading offline ([`offline`]), the marks of
//! what is new ([`marks`]).
//!
//! Components take their words from [`ui`]; none is written in a component. A post's own
//! labels (byline, reading time) follow the post's language, the rest the reader's. Each
//! table is a struct filled once per language, so a missing string does not compile, and
//! [`tests`] checks that none is empty.

mod desk;
mod github;
mod marks;
mod offline;
mod publish;
mod studio;

pub use desk::DeskUi;
pub use github::GitHubUi;
pub use marks::MarksUi;
pub use offline::OfflineUi;
pub use publish::PublishUi;
pub use studio::StudioUi;

use carnet_store::StorageProblem;
use carnet_text::lang::Lang;
use desk::{EN_DESK, FR_DESK};
use github::{EN_GITHUB, FR_GITHUB};
use leptos::prelude::{expect_context, provide_context};
use marks::{EN_MARKS, FR_MARKS};
use offline::{EN_OFFLINE, FR_OFFLINE};
use publish::{EN_PUBLISH, FR_PUBLISH};
use studio::{EN_STUDIO, FR_STUDIO};

/// The interface's words in one language.
#[derive(Debug)]
pub struct Ui {
    /// The language these words are in.
    pub lang: Lang,
    /// Skip link to the main content.
    pub skip_to_content: &'static str,
    /// Label of the main navigation.
    pub main_nav: &'static str,
    /// The button that unfolds the header's menu on a phone.
    pub menu: &'static str,
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
    /// Shown while a page's list of posts downloads.
    pub page_loading: &'static str,
    /// Shown when a page's list of posts could not be downloaded.
    pub page_load_failed: &'static str,
    /// A part of the app could not be fetched: the site cannot be reached.
    pub part_offline: &'static str,
    /// A part of the app could not be fetched, the site being reachable.
    pub part_failed: &'static str,
    /// A part of the app is gone: the site was deployed again since the tab opened.
    pub part_redeployed: &'static str,
    /// Reloads the page.
    pub reload: &'static str,
    /// Above a prerendered page whose part of the app cannot be fetched yet.
    pub part_waiting: &'static str,
    /// Title of the 404 page.
    pub not_found_title: &'static str,
    /// Text of the 404 page.
    pub not_found_text: &'static str,
    /// Link from the 404 page to the home page.
    pub back_home: &'static str,

    /// "Read later": the bookmark toggle, its list and the page listing it.
    pub read_later: &'static str,
    /// The page showing what Carnet stores, and its link.
    pub my_data: &'static str,
    /// Heading of the home page's posts started and not finished.
    pub continue_reading: &'static str,
    /// Label of the home page's filters.
    pub filter_posts: &'static str,
    /// Filter: every post.
    pub filter_all: &'static str,
    /// Filter: unread posts.
    pub filter_unread: &'static str,
    /// The unread filter found nothing.
    pub no_unread: &'static str,
    /// The read-later list is empty.
    pub no_bookmarks: &'static str,
    /// Badge of a post not read yet.
    pub unread: &'static str,
    /// Badge of a read post.
    pub read: &'static str,
    /// Button marking a post read.
    pub mark_read: &'static str,
    /// Button marking a post unread.
    pub mark_unread: &'static str,
    /// Label of the reading-progress bar.
    pub reading_progress: &'static str,
    /// Notice on a post reopened where the reader stopped.
    pub resumed: &'static str,
    /// Button taking the reader to the start of the post.
    pub back_to_top: &'static str,
    /// Button closing a notice.
    pub dismiss: &'static str,

    /// Stored data could not be read and was set aside.
    pub notice_set_aside: &'static str,
    /// Stored data came from a newer Carnet and was set aside.
    pub notice_newer: &'static str,
    /// Stored data could not be read nor set aside.
    pub notice_left_in_place: &'static str,
    /// The browser gives no storage.
    pub notice_unavailable: &'static str,
    /// The browser refused a write.
    pub notice_write_refused: &'static str,

    /// The drafts page and its link.
    pub drafts: &'static str,
    /// The archive page and its link.
    pub archive: &'static str,
    /// Heading of the list of tags.
    pub all_tags: &'static str,
    /// Label of the display settings.
    pub display: &'static str,
    /// Label of the theme choice.
    pub theme: &'static str,
    /// Theme: as the system says.
    pub theme_system: &'static str,
    /// Theme: light.
    pub theme_light: &'static str,
    /// Theme: dark.
    pub theme_dark: &'static str,
    /// Label of the text size choice.
    pub text_size: &'static str,
    /// Text size: small.
    pub size_small: &'static str,
    /// Text size: normal.
    pub size_normal: &'static str,
    /// Text size: large.
    pub size_large: &'static str,
    /// The other interface language, named in itself.
    pub other_language: &'static str,
    /// What the language switch does.
    pub other_language_label: &'static str,
    /// The search box's label, the search page's title.
    pub search: &'static str,
    /// What the search box invites to do.
    pub search_placeholder: &'static str,
    /// The search page before anything is typed.
    pub search_prompt: &'static str,
    /// While the search index downloads.
    pub search_loading: &'static str,
    /// When the search index could not be had.
    pub search_failed: &'static str,
    /// Button to try loading the search index again.
    pub try_again: &'static str,
    /// Before a suggestion when nothing matched.
    pub try_instead: &'static str,
    /// Button that shows more search results.
    pub more_results: &'static str,
    /// Label of the links between pages of a list.
    pub pages: &'static str,
    /// Link to the previous page of a list.
    pub previous_page: &'static str,
    /// Link to the next page of a list.
    pub next_page: &'static str,
    /// Before the share links; the share button.
    pub share: &'static str,
    /// Label of the share links.
    pub share_label: &'static str,
    /// The "share by e-mail" link.
    pub email: &'static str,
    /// Button that copies the post's address.
    pub copy_link: &'static str,
    /// Said once the address is copied.
    pub link_copied: &'static str,
    /// Said when the address could not be copied.
    pub copy_failed: &'static str,
}

const FR: Ui = Ui {
    lang: Lang::Fr,
    skip_to_content: "Aller au contenu",
    main_nav: "Navigation principale",
    menu: "Menu",
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
    page_loading: "Chargement…",
    page_load_failed: "Cette page n’a pas pu être chargée. Vérifiez votre connexion.",
    part_offline: "Cette page n’a pas pu être chargée\u{a0}: la connexion semble coupée. Elle s’affichera d’elle-même au retour du réseau\u{a0}; le reste du site fonctionne.",
    part_failed: "Cette page n’a pas pu être chargée (la connexion a flanché). Réessayez\u{a0}; le reste du site fonctionne.",
    part_redeployed: "Le site a été mis à jour depuis l’ouverture de cet onglet\u{a0}: rechargez la page pour afficher sa nouvelle version.",
    reload: "Recharger la page",
    part_waiting: "Pas de connexion\u{a0}: cette page se lit telle quelle, mais ses boutons (lu, à lire plus tard) attendent le retour du réseau.",
    not_found_title: "Page introuvable",
    not_found_text: "Cette adresse ne mène à aucune page de ce blog. L’article a peut-être changé d’adresse.",
    back_home: "Retour à l’accueil",
    read_later: "Lire plus tard",
    my_data: "Mes données",
    continue_reading: "Reprendre la lecture",
    filter_posts: "Afficher",
    filter_all: "Tous",
    filter_unread: "Non lus",
    no_unread: "Vous avez tout lu. Revenez bientôt\u{202f}!",
    no_bookmarks: "Rien à lire plus tard pour l’instant. Le bouton «\u{202f}Lire plus tard\u{202f}» d’un article l’ajoute ici.",
    unread: "Non lu",
    read: "Lu",
    mark_read: "Marquer comme lu",
    mark_unread: "Marquer comme non lu",
    reading_progress: "Progression de la lecture",
    resumed: "Reprendre là où vous en étiez",
    back_to_top: "Revenir au début",
    dismiss: "Fermer",
    notice_set_aside: "Des données de lecture gardées dans ce navigateur étaient illisibles. Elles ont été mises de côté, pas effacées, et Carnet repart de zéro.",
    notice_newer: "Vos données de lecture ont été enregistrées par une version plus récente de Carnet. Elles ont été mises de côté, pas effacées.",
    notice_left_in_place: "Des données de lecture illisibles n’ont pas pu être mises de côté (stockage plein)\u{a0}: Carnet n’y touche pas et ne retiendra pas votre lecture pendant cette visite.",
    notice_unavailable: "Ce navigateur ne laisse pas Carnet enregistrer votre lecture (navigation privée ou stockage désactivé)\u{a0}: elle sera oubliée en quittant le site.",
    notice_write_refused: "Le stockage de ce navigateur est plein\u{a0}: Carnet n’a pas pu enregistrer votre lecture. Libérez de la place, ou exportez vos données.",
    drafts: "Brouillons",
    archive: "Archives",
    all_tags: "Tous les mots-clés",
    display: "Affichage",
    theme: "Thème",
    theme_system: "Système",
    theme_light: "Clair",
    theme_dark: "Sombre",
    text_size: "Taille du texte",
    size_small: "Petite",
    size_normal: "Normale",
    size_large: "Grande",
    other_language: "English",
    other_language_label: "Lire l’interface en anglais",
    search: "Rechercher",
    search_placeholder: "Rechercher (touche /)",
    search_prompt: "Tapez un ou plusieurs mots\u{a0}: les articles qui les contiennent s’affichent au fil de la frappe.",
    search_loading: "Chargement de l’index de recherche…",
    search_failed: "La recherche n’a pas pu se charger. Vérifiez votre connexion, puis réessayez.",
    try_again: "Réessayer",
    try_instead: "Essayez plutôt\u{a0}:",
    more_results: "Plus de résultats",
    pages: "Pages",
    previous_page: "Page précédente",
    next_page: "Page suivante",
    share: "Partager",
    share_label: "Partager cet article",
    email: "E-mail",
    copy_link: "Copier le lien",
    link_copied: "Lien copié.",
    copy_failed: "Copie impossible\u{a0}: l’adresse est dans la barre du navigateur.",
};

const EN: Ui = Ui {
    lang: Lang::En,
    skip_to_content: "Skip to content",
    main_nav: "Main navigation",
    menu: "Menu",
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
    page_loading: "Loading…",
    page_load_failed: "This page could not be loaded. Check your connection.",
    part_offline: "This page could not be loaded: the connection seems to be down. It will show by itself when the network is back; the rest of the site works.",
    part_failed: "This page could not be loaded (the connection faltered). Try again; the rest of the site works.",
    part_redeployed: "The site was updated since this tab was opened: reload the page to see its new version.",
    reload: "Reload the page",
    part_waiting: "No connection: this page reads as it is, but its buttons (read, read later) wait for the network to come back.",
    not_found_title: "Page not found",
    not_found_text: "This address leads to no page of this blog. The post may have moved.",
    back_home: "Back to the home page",
    read_later: "Read later",
    my_data: "My data",
    continue_reading: "Continue reading",
    filter_posts: "Show",
    filter_all: "All",
    filter_unread: "Unread",
    no_unread: "You have read everything. Come back soon!",
    no_bookmarks: "Nothing to read later yet. The “Read later” button of a post adds it here.",
    unread: "Unread",
    read: "Read",
    mark_read: "Mark as read",
    mark_unread: "Mark as unread",
    reading_progress: "Reading progress",
    resumed: "Resumed where you left off",
    back_to_top: "Back to the top",
    dismiss: "Dismiss",
    notice_set_aside: "Some reading data kept in this browser could not be read. It was set aside, not deleted, and Carnet starts afresh.",
    notice_newer: "Your reading data was saved by a newer version of Carnet. It was set aside, not deleted.",
    notice_left_in_place: "Some unreadable reading data could not be set aside (storage full): Carnet leaves it alone and will not remember your reading during this visit.",
    notice_unavailable: "This browser does not let Carnet save your reading (private browsing or storage turned off): it will be forgotten when you leave.",
    notice_write_refused: "This browser’s storage is full: Carnet could not save your reading. Free some space, or export your data.",
    drafts: "Drafts",
    archive: "Archive",
    all_tags: "All tags",
    display: "Display",
    theme: "Theme",
    theme_system: "System",
    theme_light: "Light",
    theme_dark: "Dark",
    text_size: "Text size",
    size_small: "Small",
    size_normal: "Normal",
    size_large: "Large",
    other_language: "Français",
    other_language_label: "Use the interface in French",
    search: "Search",
    search_placeholder: "Search (press /)",
    search_prompt: "Type one or more words: the posts that contain them appear as you type.",
    search_loading: "Loading the search index…",
    search_failed: "Search could not load. Check your connection, then try again.",
    try_again: "Try again",
    try_instead: "Try instead:",
    more_results: "More results",
    pages: "Pages",
    previous_page: "Previous page",
    next_page: "Next page",
    share: "Share",
    share_label: "Share this post",
    email: "Email",
    copy_link: "Copy link",
    link_copied: "Link copied.",
    copy_failed: "Could not copy: the address is in the browser’s address bar.",
};

impl Ui {
    /// "42 % lu" / "42% read".
    pub fn percent_read(&self, progress: f32) -> String {
        let percent = carnet_store::position::percent(progress);
        match self.lang {
            Lang::Fr => format!("{percent}\u{202f}% lu"),
            Lang::En => format!("{percent}% read"),
        }
    }

    /// What to tell the reader about a problem with their stored data.
    pub fn problem(&self, problem: &StorageProblem) -> &'static str {
        match problem {
            _ if problem.is_newer_version() => self.notice_newer,
            StorageProblem::SetAside { .. } => self.notice_set_aside,
            StorageProblem::LeftInPlace { .. } => self.notice_left_in_place,
            StorageProblem::Unavailable => self.notice_unavailable,
            StorageProblem::WriteRefused => self.notice_write_refused,
        }
    }

    /// "Aucun article ne contient «\u{202f}metiers\u{202f}»." / "No post contains “jobs”."
    pub fn no_results(&self, query: &str) -> String {
        match self.lang {
            Lang::Fr => format!("Aucun article ne contient «\u{202f}{query}\u{202f}»."),
            Lang::En => format!("No post contains “{query}”."),
        }
    }

    /// "3 résultats" / "1 result".
    pub fn result_count(&self, n: usize) -> String {
        match self.lang {
            Lang::Fr => format!("{n}\u{a0}résultat{}", plural(Lang::Fr, n)),
            Lang::En => format!("{n}\u{a0}result{}", plural(Lang::En, n)),
        }
    }

    /// "Page 2 sur 100" / "Page 2 of 100".
    pub fn page_of(&self, number: usize, count: usize) -> String {
        match self.lang {
            Lang::Fr => format!("Page {number} sur {count}"),
            Lang::En => format!("Page {number} of {count}"),
        }
    }

    /// "3 articles" / "1 post".
    pub fn post_count(&self, n: usize) -> String {
        match self.lang {
            Lang::Fr => format!("{n}\u{a0}article{}", plural(Lang::Fr, n)),
            Lang::En => format!("{n}\u{a0}post{}", plural(Lang::En, n)),
        }
    }

    /// The heading of a tag's page: "Mot-clé\u{a0}: réseaux sociaux" / "Tag: social media".
    pub fn tag_heading(&self, name: &str) -> String {
        match self.lang {
            Lang::Fr => format!("Mot-clé\u{a0}: {name}"),
            Lang::En => format!("Tag: {name}"),
        }
    }

    /// The words of publishing to GitHub from the studio, in this language.
    pub fn github(&self) -> &'static GitHubUi {
        match self.lang {
            Lang::Fr => &FR_GITHUB,
            Lang::En => &EN_GITHUB,
        }
    }

    /// The words of reading offline and of new versions of the site, in this language.
    pub fn offline(&self) -> &'static OfflineUi {
        match self.lang {
            Lang::Fr => &FR_OFFLINE,
            Lang::En => &EN_OFFLINE,
        }
    }

    /// The words of what is new and what changed since the reader's visit, in this language.
    pub fn marks(&self) -> &'static MarksUi {
        match self.lang {
            Lang::Fr => &FR_MARKS,
            Lang::En => &EN_MARKS,
        }
    }

    /// The words of publishing from the studio, in this language.
    pub fn publish(&self) -> &'static PublishUi {
        match self.lang {
            Lang::Fr => &FR_PUBLISH,
            Lang::En => &EN_PUBLISH,
        }
    }

    /// The writer's desk's words (the post's details, Relecture), in this language.
    pub fn desk(&self) -> &'static DeskUi {
        match self.lang {
            Lang::Fr => &FR_DESK,
            Lang::En => &EN_DESK,
        }
    }

    /// The studio's and "My data"'s words, in this language.
    pub fn studio(&self) -> &'static StudioUi {
        match self.lang {
            Lang::Fr => &FR_STUDIO,
            Lang::En => &EN_STUDIO,
        }
    }
}

/// The plural ending where `lang` wants one: French counts 0 and 1 as singular ("0 mot",
/// "2 mots"), English only 1 ("0 words", "1 word").
pub(super) fn plural(lang: Lang, n: usize) -> &'static str {
    let singular = match lang {
        Lang::Fr => n <= 1,
        Lang::En => n == 1,
    };
    if singular { "" } else { "s" }
}

/// The interface language, provided to every component by the app ([`provide_ui`]).
#[derive(Clone, Copy, Debug)]
struct UiLang(Lang);

/// Gives the components below the interface language `lang` ([`use_ui`]).
pub fn provide_ui(lang: Lang) {
    provide_context(UiLang(lang));
}

/// The reader's interface language and its words.
pub fn use_ui() -> (Lang, &'static Ui) {
    let lang = expect_context::<UiLang>().0;
    (lang, ui(lang))
}

/// The interface's words in `lang`.
pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use carnet_studio::export::ImportError;

    /// Every table of strings, in `lang`, as its fields print.
    fn every_table(lang: Lang) -> Vec<String> {
        let ui = ui(lang);
        vec![
            format!("{ui:?}"),
            format!("{:?}", ui.studio()),
            format!("{:?}", ui.publish()),
            format!("{:?}", ui.github()),
            format!("{:?}", ui.offline()),
            format!("{:?}", ui.marks()),
        ]
    }

    #[test]
    fn both_languages_say_everything() {
        // Every field of every table is filled in both languages, and the two differ
        // where words differ.
        for (fr, en) in every_table(Lang::Fr).iter().zip(every_table(Lang::En)) {
            assert!(!fr.contains("\"\""), "an empty French string: {fr}");
            assert!(!en.contains("\"\""), "an empty English string: {en}");
            assert_ne!(fr, &en, "a table is the same in both languages");
        }
        assert_ne!(ui(Lang::Fr).not_found_title, ui(Lang::En).not_found_title);
        assert_ne!(
            ui(Lang::Fr).studio().new_draft,
            ui(Lang::En).studio().new_draft
        );
    }

    #[test]
    fn each_language_has_its_plural_rule() {
        let (fr, en) = (ui(Lang::Fr).studio(), ui(Lang::En).studio());
        let nbsp = |s: String| s.replace('\u{a0}', " ");
        assert_eq!(nbsp(fr.word_count(0)), "0 mot");
        assert_eq!(nbsp(fr.word_count(1)), "1 mot");
        assert_eq!(nbsp(fr.word_count(2)), "2 mots");
        assert_eq!(nbsp(en.word_count(0)), "0 words");
        assert_eq!(nbsp(en.word_count(1)), "1 word");
        assert_eq!(nbsp(en.word_count(2)), "2 words");
        assert_eq!(nbsp(ui(Lang::En).result_count(0)), "0 results");
        assert_eq!(nbsp(ui(Lang::Fr).result_count(0)), "0 résultat");
        assert_eq!(nbsp(ui(Lang::En).post_count(1)), "1 post");
        assert!(en.imported(0, 0).contains("0 posts followed"));
        assert!(fr.imported(0, 0).contains("0 article suivi,"));
        assert!(ui(Lang::En).publish().fetching(3, 10).ends_with("3 of 10"));
    }

    #[test]
    fn formats_numbers_the_way_each_language_does() {
        assert_eq!(ui(Lang::Fr).percent_read(0.424), "42\u{202f}% lu");
        assert_eq!(ui(Lang::En).percent_read(1.0), "100% read");
        assert_eq!(
            ui(Lang::Fr).studio().bytes(1234567),
            "1\u{202f}234\u{202f}567\u{a0}octets"
        );
        assert_eq!(ui(Lang::En).studio().bytes(999), "999\u{a0}bytes");
        assert_eq!(ui(Lang::En).studio().bytes(1000), "1,000\u{a0}bytes");
        assert_eq!(
            ui(Lang::Fr).studio().word_count(20000),
            "20\u{202f}000\u{a0}mots"
        );
        assert_eq!(ui(Lang::En).studio().word_count(1), "1\u{a0}word");
        assert_eq!(ui(Lang::Fr).post_count(2), "2\u{a0}articles");
        assert_eq!(ui(Lang::En).post_count(1), "1\u{a0}post");
        assert_eq!(ui(Lang::Fr).tag_heading("métier"), "Mot-clé\u{a0}: métier");
        assert_eq!(ui(Lang::Fr).result_count(1), "1\u{a0}résultat");
        assert_eq!(ui(Lang::En).result_count(3), "3\u{a0}results");
        assert_eq!(ui(Lang::Fr).page_of(2, 100), "Page 2 sur 100");
        assert_eq!(
            ui(Lang::Fr).no_results("metiers"),
            "Aucun article ne contient «\u{202f}metiers\u{202f}»."
        );
        assert_eq!(
            ui(Lang::Fr).studio().imported(1, 0),
            "Données importées\u{a0}: 1 article suivi, 0 à lire plus tard."
        );
        assert_eq!(
            ui(Lang::Fr).studio().imported(2, 3),
            "Données importées\u{a0}: 2 articles suivis, 3 à lire plus tard."
        );
    }

    #[test]
    fn says_what_went_wrong_with_stored_data() {
        let fr = ui(Lang::Fr);
        assert_eq!(
            fr.problem(&StorageProblem::Unavailable),
            fr.notice_unavailable
        );
        let newer = StorageProblem::LeftInPlace {
            key: "carnet.reading".into(),
            reason: carnet_store::Unreadable::NewerVersion(9),
        };
        assert_eq!(fr.problem(&newer), fr.notice_newer);
        let error = ImportError::NotJson { line: 3, column: 7 };
        assert!(
            ui(Lang::En)
                .studio()
                .import_error(&error)
                .contains("line 3, column 7")
        );
        assert!(
            fr.studio()
                .import_error(&ImportError::NotCarnet)
                .ends_with("Rien n’a été modifié.")
        );
    }
}
