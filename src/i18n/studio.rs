//! The words of the writer's studio and of "My data".

use super::plural;
use carnet_store::StorageProblem;
use carnet_studio::export::ImportError;
use carnet_text::lang::Lang;

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
}

pub(super) const FR_STUDIO: StudioUi = StudioUi {
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
};

pub(super) const EN_STUDIO: StudioUi = StudioUi {
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
};

impl StudioUi {
    /// Why a revision was kept.
    pub fn reason(&self, reason: carnet_studio::draft::Reason) -> &'static str {
        use carnet_studio::draft::Reason;
        match reason {
            Reason::Periodic => self.reason_periodic,
            Reason::BeforeRestore => self.reason_before_restore,
            Reason::ConflictCopy => self.reason_conflict_copy,
            Reason::Replaced => self.reason_replaced,
            Reason::Imported => self.reason_imported,
        }
    }

    /// A draft dated in the future: when it will be published.
    pub fn scheduled(&self, date: carnet_text::Date) -> String {
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
    pub fn not_saved(&self, problem: &StorageProblem) -> &'static str {
        match problem {
            StorageProblem::WriteRefused => self.status_failed,
            _ => self.status_blocked,
        }
    }

    /// Why a draft was not created, as `problem` says.
    pub fn not_created(&self, problem: &StorageProblem) -> &'static str {
        match problem {
            StorageProblem::WriteRefused => self.create_failed,
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
            Lang::Fr => format!("{number}\u{a0}mot{}", plural(Lang::Fr, words as usize)),
            Lang::En => format!("{number}\u{a0}word{}", plural(Lang::En, words as usize)),
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
                plural(Lang::Fr, posts),
                plural(Lang::Fr, posts)
            ),
            Lang::En => format!(
                "Data imported: {posts} post{} followed, {bookmarks} to read later.",
                plural(Lang::En, posts)
            ),
        }
    }

    /// Shown before an import: what it will change.
    pub fn import_preview(
        &self,
        posts: usize,
        bookmarks: usize,
        plan: &carnet_studio::draft::ImportPlan,
    ) -> String {
        let (added, replaced, unchanged) = (plan.added.len(), plan.replaced.len(), plan.unchanged);
        match self.lang {
            Lang::Fr => format!(
                "Ce fichier apporte {posts} article{} suivi{} et {bookmarks} à lire plus tard, \
                 fusionnés avec ceux de ce navigateur. Brouillons\u{a0}: {added} nouveau{}, \
                 {replaced} remplacé{} (le texte d’ici est gardé dans ses révisions), \
                 {unchanged} inchangé{}.",
                plural(Lang::Fr, posts),
                plural(Lang::Fr, posts),
                if added > 1 { "x" } else { "" },
                plural(Lang::Fr, replaced),
                plural(Lang::Fr, unchanged),
            ),
            Lang::En => format!(
                "This file brings {posts} post{} followed and {bookmarks} to read later, merged \
                 with this browser’s. Drafts: {added} new, {replaced} replaced (the text here is \
                 kept in its revisions), {unchanged} unchanged.",
                plural(Lang::En, posts)
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
