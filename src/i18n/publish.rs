//! The words of publishing from the studio ("Publier").

use carnet_text::lang::Lang;

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

pub(super) const FR_PUBLISH: PublishUi = PublishUi {
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
    zipping: "Préparation du site (.zip)\u{a0}: ce que l’article change est construit, les autres fichiers sont pris sur le site…",
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

pub(super) const EN_PUBLISH: PublishUi = PublishUi {
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
    zipping: "Preparing the site (.zip): what the post changes is built, the other files are fetched from the site…",
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

    /// How long the post's page took, and how many posts the site has.
    pub fn totals(&self, posts: usize, ms: f64) -> String {
        let ms = ms.round();
        match self.lang {
            Lang::Fr => format!(
                "La page construite en {ms}\u{a0}ms dans votre navigateur, par le même code que la ligne de commande, sans charger les autres articles\u{a0}: le site en compte {posts}.",
            ),
            Lang::En => format!(
                "The page built in {ms} ms in your browser, by the same code as the command line, without fetching the other posts: the site has {posts}.",
            ),
        }
    }

    /// How far fetching the site's files has gone.
    pub fn fetching(&self, done: u32, total: u32) -> String {
        match self.lang {
            Lang::Fr => format!("Fichiers du site pris\u{a0}: {done} sur {total}"),
            Lang::En => format!("Site files fetched: {done} of {total}"),
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
