//! Every string of the interface, in French and in English.
//!
//! Components take their words from [`ui`]; none is written in a component. A post's own
//! labels (byline, reading time) follow the post's language, the rest the reader's.

use crate::github::Refusal;
use crate::lang::Lang;
use crate::store::{ImportError, Problem};

/// The interface's words in one language.
#[derive(Debug)]
pub struct Ui {
    /// The language these words are in.
    pub lang: Lang,
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

/// The words of the writer's studio and of "My data", in one language: apart from
/// [`Ui`] so that the pages every reader opens do not carry them (see [`Ui::studio`]).
#[derive(Debug)]
pub struct StudioUi {
    /// The language these words are in.
    pub lang: Lang,
    /// What the "My data" page is about.
    pub my_data_intro: &'static str,
    /// Count of read posts.
    pub data_read: &'static str,
    /// Count of posts started.
    pub data_started: &'static str,
    /// Count of posts to read later.
    pub data_bookmarks: &'static str,
    /// Count of values set aside.
    pub data_set_aside: &'static str,
    /// Space Carnet's keys take.
    pub data_size: &'static str,
    /// Heading and button: export.
    pub export_data: &'static str,
    /// What the export holds.
    pub export_help: &'static str,
    /// Heading and label: import.
    pub import_data: &'static str,
    /// How import treats what is already there.
    pub import_help: &'static str,
    /// The picked file could not be read at all.
    pub import_unreadable_file: &'static str,
    /// Heading of the section that deletes data.
    pub delete_data: &'static str,
    /// Button: forget what was read and where.
    pub clear_history: &'static str,
    /// What clearing the history keeps.
    pub clear_history_help: &'static str,
    /// Button: delete every Carnet key.
    pub clear_all: &'static str,
    /// What deleting everything means.
    pub clear_all_help: &'static str,
    /// Asked before deleting.
    pub confirm_delete: &'static str,
    /// Confirms a deletion.
    pub confirm: &'static str,
    /// Cancels a deletion.
    pub cancel: &'static str,
    /// Said once the history is cleared.
    pub history_cleared: &'static str,
    /// Said once everything is deleted.
    pub all_cleared: &'static str,
    /// Button creating a draft.
    pub new_draft: &'static str,
    /// Button importing a Markdown file as a draft.
    pub import_md: &'static str,
    /// Where else a Markdown file can go.
    pub import_md_help: &'static str,
    /// The drafts list is empty.
    pub no_drafts: &'static str,
    /// Title of a draft without one.
    pub untitled: &'static str,
    /// Before a draft's last edit time.
    pub edited: &'static str,
    /// Button copying a draft.
    pub duplicate: &'static str,
    /// Button deleting a draft.
    pub delete: &'static str,
    /// Said once a draft is deleted.
    pub draft_deleted: &'static str,
    /// Button undoing a deletion.
    pub undo: &'static str,
    /// Heading of deleted drafts.
    pub recently_deleted: &'static str,
    /// Button restoring a deleted draft.
    pub restore: &'static str,
    /// Button deleting a draft for good.
    pub delete_forever: &'static str,
    /// Added to a duplicated draft's title.
    pub copy_suffix: &'static str,
    /// The browser will keep the data.
    pub persist_granted: &'static str,
    /// The browser may clear the data.
    pub persist_denied: &'static str,
    /// Label of the title field.
    pub field_title: &'static str,
    /// Label of the author field.
    pub field_author: &'static str,
    /// Label of the tags field.
    pub field_tags: &'static str,
    /// Label of the summary field.
    pub field_summary: &'static str,
    /// The publication date field.
    pub field_date: &'static str,
    /// Under an empty publication date.
    pub date_today: &'static str,
    /// Label of the language field.
    pub field_lang: &'static str,
    /// French, in this language.
    pub french: &'static str,
    /// English, in this language.
    pub english: &'static str,
    /// Label of the text area.
    pub field_body: &'static str,
    /// Tab showing the text area.
    pub write_tab: &'static str,
    /// Tab showing the preview.
    pub preview_tab: &'static str,
    /// Label of the toolbar.
    pub formatting: &'static str,
    /// Toolbar: bold.
    pub bold: &'static str,
    /// Toolbar: italic.
    pub italic: &'static str,
    /// Toolbar: link.
    pub link: &'static str,
    /// Toolbar: heading.
    pub heading: &'static str,
    /// Toolbar: list.
    pub list: &'static str,
    /// Toolbar: quote.
    pub quote: &'static str,
    /// Toolbar: code.
    pub code: &'static str,
    /// Status once written.
    pub status_saved: &'static str,
    /// Status while changes wait to be written.
    pub status_unsaved: &'static str,
    /// Status when the browser refused the write because its storage is full.
    pub status_failed: &'static str,
    /// Status when the browser does not let Carnet write at all (storage turned off).
    pub status_blocked: &'static str,
    /// A draft could not be created: storage full.
    pub create_failed: &'static str,
    /// A draft could not be created: storage turned off.
    pub create_blocked: &'static str,
    /// Another tab saved the draft meanwhile.
    pub conflict: &'static str,
    /// Conflict: keep this tab's text.
    pub keep_mine: &'static str,
    /// Conflict: take the other tab's text.
    pub take_theirs: &'static str,
    /// The draft was updated from another tab.
    pub updated_elsewhere: &'static str,
    /// Button exporting the draft.
    pub export_md: &'static str,
    /// Link to the draft in the post layout.
    pub view_as_post: &'static str,
    /// Link back to the editor.
    pub back_to_editor: &'static str,
    /// Link back to the drafts.
    pub back_to_drafts: &'static str,
    /// The revisions of a draft.
    pub history: &'static str,
    /// No revision yet.
    pub no_history: &'static str,
    /// Button restoring a revision.
    pub restore_version: &'static str,
    /// A periodic revision.
    pub reason_periodic: &'static str,
    /// A revision taken before a restore.
    pub reason_before_restore: &'static str,
    /// This tab's text in a conflict.
    pub reason_conflict_copy: &'static str,
    /// The text a conflict replaced.
    pub reason_replaced: &'static str,
    /// Revision reason: replaced by an import.
    pub reason_imported: &'static str,
    /// The button that applies an import once its effect is shown.
    pub import_confirm: &'static str,
    /// Said when the reader cancels an import.
    pub import_cancelled: &'static str,
    /// Says the page is a draft's preview.
    pub draft_preview_note: &'static str,
    /// Export needs what the build needs.
    pub export_needs: &'static str,
}

const FR: Ui = Ui {
    lang: Lang::Fr,
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

const FR_STUDIO: StudioUi = StudioUi {
    lang: Lang::Fr,
    my_data_intro: "Carnet retient votre lecture dans ce navigateur, et nulle part ailleurs\u{a0}: rien n’est envoyé à un serveur. Voici ce qu’il garde.",
    data_read: "Articles lus",
    data_started: "Articles commencés",
    data_bookmarks: "À lire plus tard",
    data_set_aside: "Données illisibles mises de côté",
    data_size: "Place occupée",
    export_data: "Exporter mes données",
    export_help: "Un fichier JSON avec tout ce que Carnet garde ici, à conserver ou à importer dans un autre navigateur.",
    import_data: "Importer des données",
    import_help: "Un fichier exporté par Carnet. Il s’ajoute à ce que ce navigateur contient déjà\u{a0}; pour un même article, l’état le plus récent l’emporte.",
    import_unreadable_file: "Ce fichier n’a pas pu être lu. Rien n’a été modifié.",
    delete_data: "Effacer",
    clear_history: "Effacer l’historique de lecture",
    clear_history_help: "Oublie les articles lus et les positions de lecture. La liste «\u{202f}Lire plus tard\u{202f}» est gardée.",
    clear_all: "Tout effacer",
    clear_all_help: "Efface tout ce que Carnet garde dans ce navigateur, y compris les données mises de côté.",
    confirm_delete: "C’est définitif. Exportez d’abord vos données si vous voulez pouvoir les retrouver.",
    confirm: "Confirmer",
    cancel: "Annuler",
    history_cleared: "Historique de lecture effacé.",
    all_cleared: "Tout ce que Carnet gardait dans ce navigateur a été effacé.",
    new_draft: "Nouveau brouillon",
    import_md: "Importer un fichier .md",
    import_md_help: "Ou déposez un fichier Markdown sur cette page.",
    no_drafts: "Aucun brouillon pour l’instant.",
    untitled: "Sans titre",
    edited: "Modifié",
    duplicate: "Dupliquer",
    delete: "Supprimer",
    draft_deleted: "Brouillon supprimé.",
    undo: "Annuler la suppression",
    recently_deleted: "Récemment supprimés",
    restore: "Restaurer",
    delete_forever: "Supprimer définitivement",
    copy_suffix: "\u{a0}(copie)",
    persist_granted: "Stockage persistant accordé\u{a0}: le navigateur ne l’effacera pas pour faire de la place.",
    persist_denied: "Stockage persistant non accordé\u{a0}: le navigateur peut effacer ces données s’il manque de place. Exportez régulièrement vos brouillons.",
    field_title: "Titre",
    field_author: "Signature",
    field_tags: "Mots-clés, séparés par des virgules",
    field_summary: "Résumé",
    field_date: "Date de publication",
    date_today: "Vide\u{a0}: la date du jour de l’export.",
    field_lang: "Langue de l’article",
    french: "Français",
    english: "Anglais",
    field_body: "Texte (Markdown)",
    write_tab: "Écrire",
    preview_tab: "Aperçu",
    formatting: "Mise en forme",
    bold: "Gras",
    italic: "Italique",
    link: "Lien",
    heading: "Intertitre",
    list: "Liste",
    quote: "Citation",
    code: "Code",
    status_saved: "Enregistré",
    status_unsaved: "Modifications en cours d’enregistrement…",
    status_failed: "Non enregistré\u{a0}: le stockage de ce navigateur est plein. Votre texte est toujours là\u{a0}: exportez-le maintenant, ou libérez de la place (brouillons supprimés, «\u{202f}Mes données\u{202f}»).",
    status_blocked: "Non enregistré\u{a0}: ce navigateur ne laisse pas Carnet écrire (stockage désactivé dans ses réglages, ou navigation privée). Votre texte est toujours là\u{a0}: exportez-le maintenant.",
    create_failed: "Le brouillon n’a pas pu être créé\u{a0}: le stockage de ce navigateur est plein.",
    create_blocked: "Le brouillon n’a pas pu être créé\u{a0}: ce navigateur ne laisse pas Carnet écrire (stockage désactivé dans ses réglages, ou navigation privée).",
    conflict: "Ce brouillon a été modifié dans un autre onglet pendant que vous écriviez. Rien n’est perdu\u{a0}: votre version est gardée dans l’historique.",
    keep_mine: "Garder ma version",
    take_theirs: "Prendre l’autre version",
    updated_elsewhere: "Mis à jour depuis un autre onglet",
    export_md: "Exporter en .md",
    view_as_post: "Voir comme un article",
    back_to_editor: "Retour à l’éditeur",
    back_to_drafts: "Tous les brouillons",
    history: "Historique",
    no_history: "Pas encore de version dans l’historique\u{a0}: une est gardée toutes les cinq minutes d’écriture, et avant chaque restauration.",
    restore_version: "Restaurer cette version",
    reason_periodic: "Sauvegarde régulière",
    reason_before_restore: "Avant une restauration",
    reason_conflict_copy: "Votre version lors d’un conflit",
    reason_replaced: "Version remplacée lors d’un conflit",
    reason_imported: "Version remplacée par une importation",
    import_confirm: "Importer",
    import_cancelled: "Importation annulée\u{a0}: rien n’a été modifié.",
    draft_preview_note: "Aperçu d’un brouillon\u{a0}: cet article n’est pas publié.",
    export_needs: "Pour exporter un article publiable, donnez-lui un titre et une signature.",
};
const EN: Ui = Ui {
    lang: Lang::En,
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

const EN_STUDIO: StudioUi = StudioUi {
    lang: Lang::En,
    my_data_intro: "Carnet keeps your reading in this browser and nowhere else: nothing is sent to a server. Here is what it keeps.",
    data_read: "Posts read",
    data_started: "Posts started",
    data_bookmarks: "To read later",
    data_set_aside: "Unreadable data set aside",
    data_size: "Space used",
    export_data: "Export my data",
    export_help: "A JSON file with everything Carnet keeps here, to save or to import into another browser.",
    import_data: "Import data",
    import_help: "A file exported by Carnet. It is added to what this browser already has; for a post in both, the most recent state wins.",
    import_unreadable_file: "This file could not be read. Nothing was changed.",
    delete_data: "Delete",
    clear_history: "Clear reading history",
    clear_history_help: "Forgets which posts you read and where you stopped. The “Read later” list is kept.",
    clear_all: "Delete everything",
    clear_all_help: "Deletes everything Carnet keeps in this browser, including data set aside.",
    confirm_delete: "This cannot be undone. Export your data first if you may want it back.",
    confirm: "Confirm",
    cancel: "Cancel",
    history_cleared: "Reading history cleared.",
    all_cleared: "Everything Carnet kept in this browser was deleted.",
    new_draft: "New draft",
    import_md: "Import a .md file",
    import_md_help: "Or drop a Markdown file on this page.",
    no_drafts: "No drafts yet.",
    untitled: "Untitled",
    edited: "Edited",
    duplicate: "Duplicate",
    delete: "Delete",
    draft_deleted: "Draft deleted.",
    undo: "Undo",
    recently_deleted: "Recently deleted",
    restore: "Restore",
    delete_forever: "Delete for good",
    copy_suffix: " (copy)",
    persist_granted: "Persistent storage granted: the browser will not clear it to make room.",
    persist_denied: "Persistent storage not granted: the browser may clear this data when it runs short of space. Export your drafts regularly.",
    field_title: "Title",
    field_author: "Author",
    field_tags: "Tags, separated by commas",
    field_summary: "Summary",
    field_date: "Publication date",
    date_today: "Empty: the day of the export.",
    field_lang: "Language of the post",
    french: "French",
    english: "English",
    field_body: "Text (Markdown)",
    write_tab: "Write",
    preview_tab: "Preview",
    formatting: "Formatting",
    bold: "Bold",
    italic: "Italic",
    link: "Link",
    heading: "Heading",
    list: "List",
    quote: "Quote",
    code: "Code",
    status_saved: "Saved",
    status_unsaved: "Saving changes…",
    status_failed: "Not saved: this browser’s storage is full. Your text is still here: export it now, or make room (deleted drafts, “My data”).",
    status_blocked: "Not saved: this browser does not let Carnet write (storage turned off in its settings, or private browsing). Your text is still here: export it now.",
    create_failed: "The draft could not be created: this browser’s storage is full.",
    create_blocked: "The draft could not be created: this browser does not let Carnet write (storage turned off in its settings, or private browsing).",
    conflict: "This draft was changed in another tab while you were writing. Nothing is lost: your version is kept in the history.",
    keep_mine: "Keep my version",
    take_theirs: "Take the other version",
    updated_elsewhere: "Updated from another tab",
    export_md: "Export as .md",
    view_as_post: "View as a post",
    back_to_editor: "Back to the editor",
    back_to_drafts: "All drafts",
    history: "History",
    no_history: "No version in the history yet: one is kept every five minutes of writing, and before every restore.",
    restore_version: "Restore this version",
    reason_periodic: "Regular snapshot",
    reason_before_restore: "Before a restore",
    reason_conflict_copy: "Your version in a conflict",
    reason_replaced: "Version replaced in a conflict",
    reason_imported: "Version replaced by an import",
    import_confirm: "Import",
    import_cancelled: "Import cancelled: nothing was changed.",
    draft_preview_note: "Preview of a draft: this post is not published.",
    export_needs: "To export a post ready to publish, give it a title and an author.",
};

impl Ui {
    /// "42 % lu" / "42% read".
    pub fn percent_read(&self, progress: f32) -> String {
        let percent = crate::position::percent(progress);
        match self.lang {
            Lang::Fr => format!("{percent}\u{202f}% lu"),
            Lang::En => format!("{percent}% read"),
        }
    }

    /// What to tell the reader about a problem with their stored data.
    pub fn problem(&self, problem: &Problem) -> &'static str {
        match problem {
            _ if problem.is_newer_version() => self.notice_newer,
            Problem::SetAside { .. } => self.notice_set_aside,
            Problem::LeftInPlace { .. } => self.notice_left_in_place,
            Problem::Unavailable => self.notice_unavailable,
            Problem::WriteRefused => self.notice_write_refused,
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
            Lang::Fr => format!("{n}\u{a0}résultat{}", plural(n)),
            Lang::En => format!("{n}\u{a0}result{}", plural(n)),
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
            Lang::Fr => format!("{n}\u{a0}article{}", plural(n)),
            Lang::En => format!("{n}\u{a0}post{}", plural(n)),
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

    /// The studio's and "My data"'s words, in this language.
    pub fn studio(&self) -> &'static StudioUi {
        match self.lang {
            Lang::Fr => &FR_STUDIO,
            Lang::En => &EN_STUDIO,
        }
    }
}

impl StudioUi {
    /// Why a revision was kept.
    pub fn reason(&self, reason: crate::draft::Reason) -> &'static str {
        use crate::draft::Reason;
        match reason {
            Reason::Periodic => self.reason_periodic,
            Reason::BeforeRestore => self.reason_before_restore,
            Reason::ConflictCopy => self.reason_conflict_copy,
            Reason::Replaced => self.reason_replaced,
            Reason::Imported => self.reason_imported,
        }
    }

    /// A draft dated in the future: when it will be published.
    pub fn scheduled(&self, date: crate::Date) -> String {
        match self.lang {
            Lang::Fr => format!(
                "Programmé\u{a0}: publié le {}, à la première construction du site ce jour-là",
                date.long(Lang::Fr)
            ),
            Lang::En => format!(
                "Scheduled: published on {}, by the first build of the site that day",
                date.long(Lang::En)
            ),
        }
    }

    /// Why a change was not saved, as `problem` says.
    pub fn not_saved(&self, problem: &Problem) -> &'static str {
        match problem {
            Problem::WriteRefused => self.status_failed,
            _ => self.status_blocked,
        }
    }

    /// Why a draft was not created, as `problem` says.
    pub fn not_created(&self, problem: &Problem) -> &'static str {
        match problem {
            Problem::WriteRefused => self.create_failed,
            _ => self.create_blocked,
        }
    }

    /// A size: "1\u{202f}234 octets" / "1,234 bytes".
    pub fn bytes(&self, n: usize) -> String {
        let (separator, unit) = match self.lang {
            Lang::Fr => ('\u{202f}', "octets"),
            Lang::En => (',', "bytes"),
        };
        let digits = n.to_string();
        let mut grouped = String::new();
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                grouped.push(separator);
            }
            grouped.push(digit);
        }
        format!("{grouped}\u{a0}{unit}")
    }

    /// "1\u{202f}234 mots" / "1,234 words".
    pub fn word_count(&self, words: u32) -> String {
        let number = self.bytes(words as usize);
        let number = number.split('\u{a0}').next().unwrap_or_default();
        match self.lang {
            Lang::Fr => format!("{number}\u{a0}mot{}", plural(words as usize)),
            Lang::En => format!("{number}\u{a0}word{}", plural(words as usize)),
        }
    }

    /// "Carnet occupe 12\u{202f}345 octets dans ce navigateur."
    pub fn storage_used(&self, bytes: usize) -> String {
        match self.lang {
            Lang::Fr => format!("Carnet occupe {} dans ce navigateur.", self.bytes(bytes)),
            Lang::En => format!("Carnet uses {} in this browser.", self.bytes(bytes)),
        }
    }

    /// Why an import file was refused, ending with "nothing was changed".
    pub fn import_error(&self, error: &ImportError) -> String {
        match (self.lang, error) {
            (Lang::Fr, ImportError::NotJson { line, column }) => format!(
                "Ce fichier n’est pas du JSON valide (ligne {line}, colonne {column}). Rien n’a été modifié."
            ),
            (Lang::En, ImportError::NotJson { line, column }) => format!(
                "This file is not valid JSON (line {line}, column {column}). Nothing was changed."
            ),
            (Lang::Fr, ImportError::NotCarnet) => {
                "Ce fichier n’est pas un export de Carnet. Rien n’a été modifié.".to_owned()
            }
            (Lang::En, ImportError::NotCarnet) => {
                "This file is not a Carnet export. Nothing was changed.".to_owned()
            }
            (Lang::Fr, ImportError::NewerVersion(_)) => {
                "Ce fichier vient d’une version plus récente de Carnet. Rien n’a été modifié."
                    .to_owned()
            }
            (Lang::En, ImportError::NewerVersion(_)) => {
                "This file comes from a newer version of Carnet. Nothing was changed.".to_owned()
            }
            (Lang::Fr, ImportError::Invalid(detail)) => format!(
                "Ce fichier d’export contient une valeur incohérente ({detail}). Rien n’a été modifié."
            ),
            (Lang::En, ImportError::Invalid(detail)) => format!(
                "This export file holds a value that makes no sense ({detail}). Nothing was changed."
            ),
        }
    }

    /// Said after an import: how many posts' states and bookmarks the file brought.
    pub fn imported(&self, posts: usize, bookmarks: usize) -> String {
        match self.lang {
            Lang::Fr => format!(
                "Données importées\u{a0}: {posts} article{} suivi{}, {bookmarks} à lire plus tard.",
                plural(posts),
                plural(posts)
            ),
            Lang::En => format!(
                "Data imported: {posts} post{} followed, {bookmarks} to read later.",
                plural(posts)
            ),
        }
    }

    /// Shown before an import: what it will change.
    pub fn import_preview(
        &self,
        posts: usize,
        bookmarks: usize,
        plan: &crate::draft::ImportPlan,
    ) -> String {
        let (added, replaced, unchanged) = (plan.added.len(), plan.replaced.len(), plan.unchanged);
        match self.lang {
            Lang::Fr => format!(
                "Ce fichier apporte {posts} article{} suivi{} et {bookmarks} à lire plus tard, \
                 fusionnés avec ceux de ce navigateur. Brouillons\u{a0}: {added} nouveau{}, \
                 {replaced} remplacé{} (le texte d’ici est gardé dans ses révisions), \
                 {unchanged} inchangé{}.",
                plural(posts),
                plural(posts),
                if added > 1 { "x" } else { "" },
                plural(replaced),
                plural(unchanged),
            ),
            Lang::En => format!(
                "This file brings {posts} post{} followed and {bookmarks} to read later, merged \
                 with this browser’s. Drafts: {added} new, {replaced} replaced (the text here is \
                 kept in its revisions), {unchanged} unchanged.",
                plural(posts)
            ),
        }
    }

    /// What was done to a photo pasted or dropped into a draft before it was kept: its
    /// weight before and after, in bytes, and whether its position was taken out.
    pub fn image_shrunk(&self, name: &str, before: usize, after: usize, position: bool) -> String {
        let mb = |bytes: usize| {
            let text = format!("{:.1}", bytes as f64 / 1e6);
            match self.lang {
                Lang::Fr => format!("{}\u{a0}Mo", text.replace('.', ",")),
                Lang::En => format!("{text} MB"),
            }
        };
        let (before, after) = (mb(before), mb(after));
        match (self.lang, position) {
            (Lang::Fr, true) => {
                format!("«\u{202f}{name}\u{202f}»\u{a0}: {before} → {after}, position retirée.")
            }
            (Lang::Fr, false) => {
                format!("«\u{202f}{name}\u{202f}»\u{a0}: {before} → {after}, métadonnées retirées.")
            }
            (Lang::En, true) => format!("“{name}”: {before} → {after}, position removed."),
            (Lang::En, false) => format!("“{name}”: {before} → {after}, metadata removed."),
        }
    }

    /// Said when an image pasted or dropped into a draft cannot be read.
    pub fn image_unreadable(&self, name: &str) -> String {
        match self.lang {
            Lang::Fr => format!(
                "L’image «\u{202f}{name}\u{202f}» ne peut pas être lue par ce navigateur\u{a0}: enregistrez-la en JPEG ou en PNG, puis déposez-la à nouveau."
            ),
            Lang::En => format!(
                "This browser cannot read the image “{name}”: save it as JPEG or PNG, then drop it again."
            ),
        }
    }

    /// Said when an image is pasted or dropped into a draft.
    pub fn image_kept(&self, name: &str) -> String {
        match self.lang {
            Lang::Fr => format!(
                "Image «\u{202f}{name}\u{202f}»\u{a0}: elle n’est pas gardée dans le navigateur, qui ne garde que du texte (quelques Mo en tout). Elle sera téléchargée avec l’export du brouillon\u{a0}: placez-la dans posts/images/."
            ),
            Lang::En => format!(
                "Image “{name}”: it is not kept in the browser, which only keeps text (a few MB in all). It will be downloaded with the draft’s export: put it in posts/images/."
            ),
        }
    }

    /// A Markdown file could not be imported.
    pub fn import_md_failed(&self, detail: &str) -> String {
        match self.lang {
            Lang::Fr => format!(
                "Ce fichier n’a pas pu être importé ({detail}). Aucun brouillon n’a été créé."
            ),
            Lang::En => {
                format!("This file could not be imported ({detail}). No draft was created.")
            }
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n > 1 { "s" } else { "" }
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

    #[test]
    fn both_languages_say_everything() {
        // Every field is filled in both languages, and the two differ where words differ.
        let fr = format!("{:?} {:?}", ui(Lang::Fr), ui(Lang::Fr).studio());
        let en = format!("{:?} {:?}", ui(Lang::En), ui(Lang::En).studio());
        assert!(!fr.contains("\"\"") && !en.contains("\"\""));
        assert_ne!(ui(Lang::Fr).not_found_title, ui(Lang::En).not_found_title);
        assert_ne!(
            ui(Lang::Fr).studio().new_draft,
            ui(Lang::En).studio().new_draft
        );
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
        assert_eq!(fr.problem(&Problem::Unavailable), fr.notice_unavailable);
        let newer = Problem::LeftInPlace {
            key: "carnet.reading".into(),
            reason: crate::store::Unreadable::NewerVersion(9),
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

/// The words of publishing from the studio ("Publier").
#[derive(Debug)]
pub struct PublishUi {
    /// The language these words are in.
    pub lang: Lang,
    /// The editor's button, and the page's name.
    pub publish: &'static str,
    /// While the site is built.
    pub building: &'static str,
    /// When the post has problems.
    pub problems_intro: &'static str,
    /// The list of what will be published.
    pub checklist: &'static str,
    /// A post without a summary.
    pub no_summary: &'static str,
    /// The built page's heading.
    pub page_heading: &'static str,
    /// The link preview's heading.
    pub preview_heading: &'static str,
    /// Where each preview is shown as: networks that show the picture large with the title
    /// below it, X (the picture and the address only), Mastodon.
    pub preview_on: [&'static str; 3],
    /// Before the writer's account, under Mastodon's preview.
    pub more_from: &'static str,
    /// The destinations' heading.
    pub destinations: &'static str,
    /// Download the site.
    pub download_site: &'static str,
    /// While the site's download is made.
    pub zipping: &'static str,
    /// What the site's download is for.
    pub download_site_help: &'static str,
    /// Download the sources.
    pub download_sources: &'static str,
    /// What the sources' download is for.
    pub download_sources_help: &'static str,
    /// Once downloaded.
    pub downloaded: &'static str,
    /// Build again.
    pub retry: &'static str,
    /// The site's sources are not readable by this studio.
    pub other_failure: &'static str,
    /// Write the sources into the repository's folder.
    pub folder_sources: &'static str,
    /// What writing into the repository does.
    pub folder_sources_help: &'static str,
    /// Write the site into a folder.
    pub folder_site: &'static str,
    /// What writing the site into a folder does.
    pub folder_site_help: &'static str,
    /// The drafts page's list of published posts.
    pub published_posts: &'static str,
    /// What editing or taking down a published post does.
    pub published_posts_help: &'static str,
    /// While the published posts are fetched.
    pub loading_posts: &'static str,
    /// Edit a published post.
    pub edit: &'static str,
    /// Take a published post down.
    pub take_down: &'static str,
    /// Switch the publish page to taking the post down.
    pub take_down_instead: &'static str,
    /// Switch it back to publishing this version.
    pub publish_instead: &'static str,
    /// What a take-down sends where.
    pub take_down_help: &'static str,
}

const FR_PUBLISH: PublishUi = PublishUi {
    lang: Lang::Fr,
    publish: "Publier",
    building: "Construction du site avec cet article, dans votre navigateur…",
    problems_intro: "L’article ne peut pas être publié tel quel. Corrigez ceci dans l’éditeur, puis revenez publier\u{a0}:",
    checklist: "Ce qui sera publié",
    no_summary: "Pas de résumé\u{a0}: le début du premier paragraphe servira dans les listes et les aperçus de liens.",
    page_heading: "La page telle qu’elle sera publiée",
    preview_heading: "L’aperçu du lien (réseaux sociaux, messageries)",
    preview_on: ["Sur Facebook et LinkedIn", "Sur X", "Sur Mastodon"],
    more_from: "Plus de contenu de",
    destinations: "Où publier",
    download_site: "Télécharger le site (.zip)",
    zipping: "Préparation du site (.zip)\u{a0}: ses images et l’application sont prises sur le site…",
    download_site_help: "Le site complet, prêt à déposer chez un hébergeur de fichiers statiques (Netlify Drop, le gestionnaire de fichiers de votre hébergeur)\u{a0}: ses fichiers vont à la racine du site et remplacent les anciens.",
    download_sources: "Télécharger les sources (.zip)",
    download_sources_help: "L’article et ses images, rangés comme dans le dépôt du site (posts/…)\u{a0}: pour qui construit le site avec carnet-site.",
    downloaded: "Téléchargé. Le brouillon reste dans le studio\u{a0}: l’article sera en ligne une fois le site déposé chez l’hébergeur.",
    retry: "Réessayer",
    other_failure: "Le site n’a pas pu être construit ici",
    folder_sources: "Écrire dans le dépôt du site…",
    folder_sources_help: "Choisissez le dossier du dépôt, celui qui contient Carnet.toml et posts/\u{a0}: l’article et ses images y sont écrits, prêts à valider (commit) et pousser.",
    folder_site: "Écrire le site dans un dossier…",
    folder_site_help: "Choisissez le dossier que votre hébergeur sert, ou un dossier vide\u{a0}: le site y est écrit en place, fichier par fichier.",
    published_posts: "Modifier ou retirer un article publié",
    published_posts_help: "Chaque article s’ouvre comme un brouillon qui garde son fichier\u{a0}: le publier remplace l’article en ligne, «\u{202f}Retirer\u{202f}» l’enlève du site.",
    loading_posts: "Chargement des articles publiés…",
    edit: "Modifier",
    take_down: "Retirer…",
    take_down_instead: "Retirer plutôt cet article du site",
    publish_instead: "Publier plutôt cette version",
    take_down_help: "Le site est reconstruit sans l’article\u{a0}; ses images restent (d’autres articles peuvent les montrer). Sur GitHub, un commit supprime posts/ et le fichier de l’article.",
};

const EN_PUBLISH: PublishUi = PublishUi {
    lang: Lang::En,
    publish: "Publish",
    building: "Building the site with this post, in your browser…",
    problems_intro: "The post cannot be published as it is. Fix this in the editor, then come back to publish:",
    checklist: "What will be published",
    no_summary: "No summary: the start of the first paragraph will show in lists and link previews.",
    page_heading: "The page as it will be published",
    preview_heading: "The link preview (social networks, chats)",
    preview_on: ["On Facebook and LinkedIn", "On X", "On Mastodon"],
    more_from: "More from",
    destinations: "Where to publish",
    download_site: "Download the site (.zip)",
    zipping: "Preparing the site (.zip): its images and the app are fetched from the site…",
    download_site_help: "The whole site, ready to drop on a static host (Netlify Drop, your host’s file manager): its files go at the site’s root and replace the old ones.",
    download_sources: "Download the sources (.zip)",
    download_sources_help: "The post and its images, laid out as in the site’s repository (posts/…): for whoever builds the site with carnet-site.",
    downloaded: "Downloaded. The draft stays in the studio: the post will be online once the site is on the host.",
    retry: "Try again",
    other_failure: "The site could not be built here",
    folder_sources: "Write into the site’s repository…",
    folder_sources_help: "Pick the repository’s folder, the one with Carnet.toml and posts/: the post and its images are written there, ready to commit and push.",
    folder_site: "Write the site into a folder…",
    folder_site_help: "Pick the folder your host serves, or an empty one: the site is written there in place, file by file.",
    published_posts: "Edit or take down a published post",
    published_posts_help: "Each post opens as a draft that keeps its file: publishing it replaces the post online; “Take down” removes it from the site.",
    loading_posts: "Loading the published posts…",
    edit: "Edit",
    take_down: "Take down…",
    take_down_instead: "Take this post down instead",
    publish_instead: "Publish this version instead",
    take_down_help: "The site is built again without the post; its images stay (other posts may show them). On GitHub, a commit deletes the post’s file from posts/.",
};

impl PublishUi {
    /// The post, and where it will be.
    pub fn will_publish(&self, title: &str, url: &str) -> String {
        match self.lang {
            Lang::Fr => format!("«\u{202f}{title}\u{202f}», à l’adresse {url}"),
            Lang::En => format!("“{title}”, at {url}"),
        }
    }

    /// The post replaces a published one.
    pub fn replaces(&self, file: &str) -> String {
        match self.lang {
            Lang::Fr => format!(
                "Il remplace l’article déjà publié sous le même nom de fichier (posts/{file})."
            ),
            Lang::En => format!("It replaces the post already published as posts/{file}."),
        }
    }

    /// The post is dated after today.
    pub fn scheduled(&self, date: &str) -> String {
        match self.lang {
            Lang::Fr => format!(
                "Il est daté du {date}\u{a0}: le site le laisse de côté jusqu’à ce jour-là, et la première construction de ce jour le publie."
            ),
            Lang::En => format!(
                "It is dated {date}: the site leaves it out until that day, and the first build on that day publishes it."
            ),
        }
    }

    /// The post will be taken down.
    pub fn will_remove(&self, title: &str, file: &str) -> String {
        match self.lang {
            Lang::Fr => format!("«\u{202f}{title}\u{202f}» sera retiré du site (posts/{file})."),
            Lang::En => format!("“{title}” will be taken down from the site (posts/{file})."),
        }
    }

    /// A draft a destination confirmed published, and when.
    pub fn published_on(&self, when: &str) -> String {
        match self.lang {
            Lang::Fr => format!("Publié le {when}\u{a0}:"),
            Lang::En => format!("Published on {when}:"),
        }
    }

    /// The images sent with it.
    pub fn images(&self, count: usize) -> String {
        match (self.lang, count) {
            (Lang::Fr, 1) => "Une image jointe.".to_owned(),
            (Lang::Fr, n) => format!("{n} images jointes."),
            (Lang::En, 1) => "One image attached.".to_owned(),
            (Lang::En, n) => format!("{n} images attached."),
        }
    }

    /// An image of the post without alt text.
    pub fn image_without_alt(&self, path: &str) -> String {
        match self.lang {
            Lang::Fr => format!(
                "L’image {path} n’a pas de texte alternatif\u{a0}: décrivez ce qu’elle montre entre les crochets, ![…]({path}), pour les lecteurs qui ne la voient pas."
            ),
            Lang::En => format!(
                "The image {path} has no alt text: say what it shows between the brackets, ![…]({path}), for readers who cannot see it."
            ),
        }
    }

    /// The whole site, and how long it took.
    pub fn totals(&self, posts: usize, pages: usize, files: usize, ms: f64) -> String {
        let ms = ms.round();
        match self.lang {
            Lang::Fr => format!(
                "Le site\u{a0}: {posts} articles, {pages} pages, {files} fichiers, construit en {ms}\u{a0}ms dans votre navigateur par le même code que la ligne de commande."
            ),
            Lang::En => format!(
                "The site: {posts} posts, {pages} pages, {files} files, built in {ms} ms in your browser by the same code as the command line."
            ),
        }
    }

    /// The sources were written into the repository.
    pub fn sources_written(&self, folder: &str, files: &[String]) -> String {
        let files = files.join(", ");
        match self.lang {
            Lang::Fr => format!(
                "Écrit dans «\u{202f}{folder}\u{202f}»\u{a0}: {files}. Validez (commit) et poussez\u{a0}: le déploiement du dépôt publiera l’article."
            ),
            Lang::En => format!(
                "Written into “{folder}”: {files}. Commit and push: the repository’s deploy will publish the post."
            ),
        }
    }

    /// The site was written into a folder.
    pub fn site_written(&self, folder: &str, files: usize) -> String {
        match self.lang {
            Lang::Fr => {
                format!("Le site est écrit dans «\u{202f}{folder}\u{202f}» ({files} fichiers).")
            }
            Lang::En => format!("The site is written into “{folder}” ({files} files)."),
        }
    }

    /// The folder picked for the sources is not a checkout.
    pub fn not_a_checkout(&self, folder: &str) -> String {
        match self.lang {
            Lang::Fr => format!(
                "Le dossier «\u{202f}{folder}\u{202f}» n’a pas de dossier posts/\u{a0}: choisissez le dossier du dépôt du site, celui qui contient Carnet.toml et posts/. Rien n’a été écrit."
            ),
            Lang::En => format!(
                "The folder “{folder}” has no posts/ folder: pick the site’s repository, the one with Carnet.toml and posts/. Nothing was written."
            ),
        }
    }

    /// The folder picked for the site holds something else.
    pub fn not_a_site(&self, folder: &str) -> String {
        match self.lang {
            Lang::Fr => format!(
                "Le dossier «\u{202f}{folder}\u{202f}» contient des fichiers qui ne sont pas un site Carnet\u{a0}: choisissez un dossier vide, ou celui d’un site Carnet. Rien n’a été écrit."
            ),
            Lang::En => format!(
                "The folder “{folder}” holds files that are not a Carnet site: pick an empty folder, or a Carnet site’s. Nothing was written."
            ),
        }
    }

    /// Writing into a folder failed.
    pub fn write_failed(&self, folder: &str, detail: &str) -> String {
        match self.lang {
            Lang::Fr => format!(
                "L’écriture dans «\u{202f}{folder}\u{202f}» a échoué ({detail}). Rien n’est perdu\u{a0}: le brouillon est intact, réessayez."
            ),
            Lang::En => format!(
                "Writing into “{folder}” failed ({detail}). Nothing is lost: the draft is intact; try again."
            ),
        }
    }

    /// The site could not be reached.
    pub fn network_failed(&self, path: &str) -> String {
        match self.lang {
            Lang::Fr => format!(
                "Les fichiers du site n’ont pas pu être chargés ({path})\u{a0}: vérifiez votre connexion, puis réessayez. Rien n’a été publié ni perdu."
            ),
            Lang::En => format!(
                "The site’s files could not be loaded ({path}): check your connection, then try again. Nothing was published or lost."
            ),
        }
    }

    /// The site answered with an error.
    pub fn status_failed(&self, path: &str, status: u16) -> String {
        match self.lang {
            Lang::Fr => format!(
                "Le site ne sert pas {path} (erreur {status})\u{a0}: il a sans doute été construit par une version de Carnet plus ancienne. Construisez-le de nouveau avec carnet-site, puis réessayez. Rien n’a été publié ni perdu."
            ),
            Lang::En => format!(
                "The site does not serve {path} (error {status}): it was probably built by an older Carnet. Build it again with carnet-site, then try again. Nothing was published or lost."
            ),
        }
    }
}

/// The words of reading offline (the service worker, `offline/sw.js`) and of a new
/// version of the site.
#[derive(Debug)]
pub struct OfflineUi {
    /// The language these words are in.
    pub lang: Lang,
    /// A new version of the site is kept and waits for a reload.
    pub new_version: &'static str,
    /// The button that reloads onto it.
    pub reload: &'static str,
    /// A post this browser keeps.
    pub available: &'static str,
    /// A page whose data is neither here nor kept, while offline.
    pub not_kept: &'static str,
}

const FR_OFFLINE: OfflineUi = OfflineUi {
    lang: Lang::Fr,
    new_version: "Une nouvelle version du site est arrivée.",
    reload: "Recharger",
    available: "Disponible hors ligne",
    not_kept: "Vous êtes hors ligne, et cette page n’est pas gardée dans ce navigateur. Elle s’affichera d’elle-même au retour du réseau.",
};

const EN_OFFLINE: OfflineUi = OfflineUi {
    lang: Lang::En,
    new_version: "A new version of the site has arrived.",
    reload: "Reload",
    available: "Available offline",
    not_kept: "You are offline, and this page is not kept in this browser. It will show by itself when the network is back.",
};

impl OfflineUi {
    /// What the site keeps for reading offline, in "My data".
    pub fn kept(&self, bytes: usize, posts: usize) -> String {
        let size = match self.lang {
            Lang::Fr => &FR_STUDIO,
            Lang::En => &EN_STUDIO,
        }
        .bytes(bytes);
        match (self.lang, posts) {
            (Lang::Fr, 0) => format!(
                "Le site occupe {size} dans ce navigateur, pour la lecture hors ligne\u{a0}: aucun article n’y est encore gardé."
            ),
            (Lang::Fr, 1) => format!(
                "Le site occupe {size} dans ce navigateur, pour la lecture hors ligne\u{a0}: 1 article se lit sans réseau."
            ),
            (Lang::Fr, n) => format!(
                "Le site occupe {size} dans ce navigateur, pour la lecture hors ligne\u{a0}: {n} articles se lisent sans réseau."
            ),
            (Lang::En, 0) => format!(
                "The site uses {size} in this browser for reading offline: no post is kept yet."
            ),
            (Lang::En, 1) => format!(
                "The site uses {size} in this browser for reading offline: 1 post reads without a network."
            ),
            (Lang::En, n) => format!(
                "The site uses {size} in this browser for reading offline: {n} posts read without a network."
            ),
        }
    }
}

/// The words of what is new since the reader's last visit, and what changed since she read
/// it ([`crate::seen`]).
#[derive(Debug)]
pub struct MarksUi {
    /// A post published since her last visit.
    pub new: &'static str,
    /// The home page's filter of those posts.
    pub filter_new: &'static str,
    /// When there is none.
    pub no_new: &'static str,
    /// A post she read whose text changed since.
    pub updated: &'static str,
    /// Above such a post's text.
    pub updated_notice: &'static str,
    /// The label of a changed passage, for screen readers.
    pub changed_block: &'static str,
}

const FR_MARKS: MarksUi = MarksUi {
    new: "Nouveau",
    filter_new: "Nouveaux",
    no_new: "Rien de nouveau depuis votre dernière visite.",
    updated: "Mis à jour depuis votre lecture",
    updated_notice: "Mis à jour depuis votre lecture\u{a0}: les passages modifiés ou ajoutés sont marqués dans la marge.",
    changed_block: "Passage modifié depuis votre lecture",
};

const EN_MARKS: MarksUi = MarksUi {
    new: "New",
    filter_new: "New",
    no_new: "Nothing new since your last visit.",
    updated: "Updated since you read it",
    updated_notice: "Updated since you read it: the passages changed or added are marked in the margin.",
    changed_block: "Passage changed since you read it",
};

/// The words of publishing to GitHub ("Publier" → GitHub).
#[derive(Debug)]
pub struct GitHubUi {
    /// The language these words are in.
    pub lang: Lang,
    /// The destination's heading.
    pub heading: &'static str,
    /// What it does.
    pub help: &'static str,
    /// The repository's field.
    pub repository: &'static str,
    /// The branch's field.
    pub branch: &'static str,
    /// The token's field.
    pub token: &'static str,
    /// What the token allows, and where it goes.
    pub token_help: &'static str,
    /// Forget the token.
    pub forget: &'static str,
    /// The token was forgotten.
    pub forgotten: &'static str,
    /// The button.
    pub send: &'static str,
    /// While the calls are made.
    pub sending: &'static str,
    /// Not a repository's name.
    pub bad_repository: &'static str,
    /// Not a token.
    pub bad_token: &'static str,
    /// No network.
    pub network: &'static str,
    /// While the deploy runs.
    pub deploying: &'static str,
    /// The link to the deploy's page.
    pub deploy_link: &'static str,
    /// The branch had moved: the commit went on its new head.
    pub rebased: &'static str,
    /// While the page is awaited.
    pub waiting: &'static str,
    /// No deploy started.
    pub no_deploy: &'static str,
    /// The page answers.
    pub online: &'static str,
    /// The link to the post.
    pub read_it: &'static str,
    /// The button, to take a post down.
    pub send_removal: &'static str,
    /// The page no longer answers.
    pub gone: &'static str,
}

const FR_GITHUB: GitHubUi = GitHubUi {
    lang: Lang::Fr,
    heading: "Publier sur GitHub",
    help: "Un seul commit de l’article et de ses images dans le dépôt du site, sur sa branche\u{a0}; le déploiement du dépôt met ensuite le site à jour.",
    repository: "Dépôt (propriétaire/nom)",
    branch: "Branche",
    token: "Jeton d’accès GitHub",
    token_help: "Un jeton «\u{202f}fine-grained\u{202f}» (github.com → Settings → Developer settings → Fine-grained tokens), limité à ce seul dépôt, avec la permission «\u{202f}Contents\u{a0}: Read and write\u{202f}» (et «\u{202f}Actions\u{a0}: Read-only\u{202f}» pour suivre le déploiement). Il permet d’écrire dans ce dépôt, et rien d’autre. Il reste dans ce navigateur, n’est envoyé qu’à api.github.com, et ne fait pas partie de l’export de «\u{202f}Mes données\u{202f}».",
    forget: "Oublier le jeton",
    forgotten: "Jeton oublié\u{a0}: ce navigateur ne le garde plus. Pour le révoquer aussi chez GitHub, supprimez-le dans Settings → Developer settings.",
    send: "Publier sur GitHub",
    sending: "Envoi à GitHub…",
    bad_repository: "Indiquez le dépôt sous la forme propriétaire/nom (par exemple isabelle/carnet) et sa branche.",
    bad_token: "Ce n’est pas un jeton GitHub\u{a0}: collez-le tel que GitHub l’affiche (github_pat_…).",
    network: "GitHub n’a pas pu être joint\u{a0}: vérifiez votre connexion, puis réessayez. Rien n’a été publié ni perdu.",
    deploying: "Déploiement en cours…",
    deploy_link: "suivre le déploiement sur GitHub",
    rebased: "La branche avait avancé entre-temps\u{a0}: l’article a été mis par-dessus, sans rien écraser.",
    waiting: "En attente de la page de l’article sur le site…",
    no_deploy: "Le dépôt n’a lancé aucun déploiement pour ce commit\u{a0}: l’article sera en ligne au prochain déploiement du site.",
    online: "En ligne\u{a0}!",
    read_it: "Lire l’article",
    send_removal: "Retirer sur GitHub",
    gone: "Retiré\u{a0}: le site ne sert plus la page de l’article.",
};

const EN_GITHUB: GitHubUi = GitHubUi {
    lang: Lang::En,
    heading: "Publish on GitHub",
    help: "One commit of the post and its images in the site’s repository, on its branch; the repository’s deploy then updates the site.",
    repository: "Repository (owner/name)",
    branch: "Branch",
    token: "GitHub access token",
    token_help: "A fine-grained token (github.com → Settings → Developer settings → Fine-grained tokens), limited to this one repository, with the “Contents: Read and write” permission (and “Actions: Read-only” to follow the deploy). It allows writing to this repository and nothing else. It stays in this browser, is sent only to api.github.com, and is not part of the “My data” export.",
    forget: "Forget the token",
    forgotten: "Token forgotten: this browser no longer keeps it. To revoke it at GitHub too, delete it in Settings → Developer settings.",
    send: "Publish on GitHub",
    sending: "Sending to GitHub…",
    bad_repository: "Give the repository as owner/name (for example isabelle/carnet) and its branch.",
    bad_token: "This is not a GitHub token: paste it as GitHub shows it (github_pat_…).",
    network: "GitHub could not be reached: check your connection, then try again. Nothing was published or lost.",
    deploying: "Deploying…",
    deploy_link: "follow the deploy on GitHub",
    rebased: "The branch had moved meanwhile: the post went on top of it, overwriting nothing.",
    waiting: "Waiting for the post’s page on the site…",
    no_deploy: "The repository started no deploy for this commit: the post will be online at the site’s next deploy.",
    online: "Online!",
    read_it: "Read the post",
    send_removal: "Take down on GitHub",
    gone: "Taken down: the site no longer serves the post’s page.",
};

impl GitHubUi {
    /// The token kept in this browser, masked.
    pub fn token_kept(&self, masked: &str) -> String {
        match self.lang {
            Lang::Fr => format!("Jeton gardé dans ce navigateur\u{a0}: {masked}"),
            Lang::En => format!("Token kept in this browser: {masked}"),
        }
    }

    /// The message of the commit that publishes `title`.
    pub fn commit_message(&self, title: &str, paths: &[String]) -> String {
        let paths = paths.join("\n");
        match self.lang {
            Lang::Fr => format!(
                "Publie «\u{a0}{title}\u{a0}»\n\nDepuis le studio de Carnet\u{a0}:\n{paths}\n"
            ),
            Lang::En => format!("Publish “{title}”\n\nFrom Carnet’s studio:\n{paths}\n"),
        }
    }

    /// The message of the commit that takes `title` down.
    pub fn removal_message(&self, title: &str, path: &str) -> String {
        match self.lang {
            Lang::Fr => format!(
                "Retire «\u{a0}{title}\u{a0}»\n\nDepuis le studio de Carnet\u{a0}:\n{path}\n"
            ),
            Lang::En => format!("Take down “{title}”\n\nFrom Carnet’s studio:\n{path}\n"),
        }
    }

    /// The commit is on the branch; its short sha follows, as a link.
    pub fn committed(&self, repository: &str, branch: &str) -> String {
        match self.lang {
            Lang::Fr => format!("Ajouté à {repository} ({branch}) par le commit"),
            Lang::En => format!("Added to {repository} ({branch}) by commit"),
        }
    }

    /// The deploy failed.
    pub fn deploy_failed(&self, conclusion: &str) -> String {
        match self.lang {
            Lang::Fr => format!(
                "Le déploiement a échoué ({conclusion}). L’article est bien dans le dépôt\u{a0}: il sera en ligne quand le déploiement réussira."
            ),
            Lang::En => format!(
                "The deploy failed ({conclusion}). The post is in the repository: it will be online once a deploy succeeds."
            ),
        }
    }

    /// Why GitHub did not take the commit, and what to do. Nothing was changed.
    pub fn refusal(&self, refusal: &Refusal, repository: &str, branch: &str) -> String {
        let fr = self.lang == Lang::Fr;
        let said = match refusal {
            Refusal::BadToken if fr => "GitHub refuse ce jeton (401)\u{a0}: il est erroné, expiré ou révoqué, et ce navigateur l’a oublié. Créez-en un autre et collez-le ici.".to_owned(),
            Refusal::BadToken => "GitHub refuses this token (401): it is wrong, expired or revoked, and this browser forgot it. Create another one and paste it here.".to_owned(),
            Refusal::NoRepository if fr => format!("Le dépôt {repository} est introuvable (404)\u{a0}: vérifiez son nom, et que le jeton y a accès («\u{202f}Repository access\u{202f}»)."),
            Refusal::NoRepository => format!("The repository {repository} cannot be found (404): check its name, and that the token has access to it (“Repository access”)."),
            Refusal::NoBranch if fr => format!("Le dépôt {repository} n’a pas de branche {branch} (404)\u{a0}: vérifiez le nom de la branche."),
            Refusal::NoBranch => format!("The repository {repository} has no branch {branch} (404): check the branch’s name."),
            Refusal::EmptyRepository if fr => format!("Le dépôt {repository} est vide (409)\u{a0}: il faut d’abord y pousser le site (Carnet.toml, posts/)."),
            Refusal::EmptyRepository => format!("The repository {repository} is empty (409): push the site to it first (Carnet.toml, posts/)."),
            Refusal::CannotWrite if fr => format!("Ce jeton ne peut pas écrire dans {repository} (403)\u{a0}: donnez-lui la permission «\u{202f}Contents\u{a0}: Read and write\u{202f}» sur ce dépôt."),
            Refusal::CannotWrite => format!("This token cannot write to {repository} (403): give it the “Contents: Read and write” permission on this repository."),
            Refusal::RateLimited if fr => "GitHub limite le nombre d’appels et ce jeton a atteint sa limite pour l’instant\u{a0}: réessayez dans une heure au plus.".to_owned(),
            Refusal::RateLimited => "GitHub limits how many calls a token makes, and this one reached its limit for now: try again within the hour.".to_owned(),
            Refusal::ChangedMeanwhile(paths) if fr => format!("Entre-temps, quelqu’un a modifié {} dans le dépôt\u{a0}: rien n’a été écrasé. Reprenez la version du dépôt avant de publier.", paths.join(", ")),
            Refusal::ChangedMeanwhile(paths) => format!("Meanwhile, someone changed {} in the repository: nothing was overwritten. Start from the repository’s version before publishing.", paths.join(", ")),
            Refusal::KeptMoving if fr => format!("La branche {branch} a bougé trois fois pendant l’envoi\u{a0}: réessayez dans un instant."),
            Refusal::KeptMoving => format!("The branch {branch} moved three times while sending: try again in a moment."),
            Refusal::Unexpected { status, message } if fr => format!("GitHub a répondu {status}\u{a0}: «\u{202f}{message}\u{202f}»."),
            Refusal::Unexpected { status, message } => format!("GitHub answered {status}: “{message}”."),
        };
        let kept = if fr {
            " Rien n’a été publié ni perdu."
        } else {
            " Nothing was published or lost."
        };
        format!("{said}{kept}")
    }
}
