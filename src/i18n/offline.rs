//! The words of reading offline and of a new version of the site.

use super::studio::{EN_STUDIO, FR_STUDIO};
use carnet_text::lang::Lang;

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

pub(super) const FR_OFFLINE: OfflineUi = OfflineUi {
    lang: Lang::Fr,
    new_version: "Une nouvelle version du site est arrivée.",
    reload: "Recharger",
    available: "Disponible hors ligne",
    not_kept: "Vous êtes hors ligne, et cette page n’est pas gardée dans ce navigateur. Elle s’affichera d’elle-même au retour du réseau.",
};

pub(super) const EN_OFFLINE: OfflineUi = OfflineUi {
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
