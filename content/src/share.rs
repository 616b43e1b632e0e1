//! Sharing a post without any third-party script: plain links to each network's own
//! "share" page, with the post's address and title in the URL.

use crate::routes::COMPONENT;
use percent_encoding::utf8_percent_encode;

/// Where a post can be shared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Network {
    /// Facebook's sharer.
    Facebook,
    /// LinkedIn's share page.
    LinkedIn,
    /// X's post intent.
    X,
    /// Bluesky's compose intent.
    Bluesky,
    /// A new e-mail in the reader's mail program.
    Email,
}

impl Network {
    /// Every network, in the order the links are shown.
    pub const ALL: [Network; 5] = [
        Network::Facebook,
        Network::LinkedIn,
        Network::X,
        Network::Bluesky,
        Network::Email,
    ];

    /// Its name, as the network writes it (e-mail is named by the interface).
    pub fn name(self) -> Option<&'static str> {
        match self {
            Network::Facebook => Some("Facebook"),
            Network::LinkedIn => Some("LinkedIn"),
            Network::X => Some("X"),
            Network::Bluesky => Some("Bluesky"),
            Network::Email => None,
        }
    }

    /// The link that shares `url` (the post's address) titled `title`.
    pub fn link(self, url: &str, title: &str) -> String {
        let u = utf8_percent_encode(url, COMPONENT);
        let t = utf8_percent_encode(title, COMPONENT);
        match self {
            Network::Facebook => format!("https://www.facebook.com/sharer/sharer.php?u={u}"),
            Network::LinkedIn => format!("https://www.linkedin.com/sharing/share-offsite/?url={u}"),
            Network::X => format!("https://x.com/intent/post?url={u}&text={t}"),
            Network::Bluesky => format!(
                "https://bsky.app/intent/compose?text={}",
                utf8_percent_encode(&format!("{title} {url}"), COMPONENT)
            ),
            Network::Email => format!("mailto:?subject={t}&body={u}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_carry_the_address_and_the_title_encoded() {
        let url = "https://example.org/blog/posts/le-metier/";
        let title = "«\u{202f}Le métier\u{202f}» & co";
        let link = |n: Network| n.link(url, title);
        assert_eq!(
            link(Network::Facebook),
            "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.org%2Fblog%2Fposts%2Fle-metier%2F"
        );
        assert!(
            link(Network::LinkedIn)
                .ends_with("?url=https%3A%2F%2Fexample.org%2Fblog%2Fposts%2Fle-metier%2F")
        );
        assert!(
            link(Network::X)
                .ends_with("&text=%C2%AB%E2%80%AFLe%20m%C3%A9tier%E2%80%AF%C2%BB%20%26%20co")
        );
        assert!(link(Network::Bluesky).contains("co%20https%3A%2F%2Fexample.org"));
        assert!(link(Network::Email).starts_with("mailto:?subject=%C2%AB"));
        assert_eq!(
            Network::ALL.iter().filter(|n| n.name().is_some()).count(),
            4
        );
    }
}
