//! The words of publishing to GitHub.

use carnet_studio::github::Refusal;
use carnet_text::lang::Lang;

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

pub(super) const FR_GITHUB: GitHubUi = GitHubUi {
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

pub(super) const EN_GITHUB: GitHubUi = GitHubUi {
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
