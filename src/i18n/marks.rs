//! The words of what is new since the reader's last visit.

/// The words of what is new since the reader's last visit, and what changed since she read
/// it (`carnet_store::seen`).
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

pub(super) const FR_MARKS: MarksUi = MarksUi {
    new: "Nouveau",
    filter_new: "Nouveaux",
    no_new: "Rien de nouveau depuis votre dernière visite.",
    updated: "Mis à jour depuis votre lecture",
    updated_notice: "Mis à jour depuis votre lecture\u{a0}: les passages modifiés ou ajoutés sont marqués dans la marge.",
    changed_block: "Passage modifié depuis votre lecture",
};

pub(super) const EN_MARKS: MarksUi = MarksUi {
    new: "New",
    filter_new: "New",
    no_new: "Nothing new since your last visit.",
    updated: "Updated since you read it",
    updated_notice: "Updated since you read it: the passages changed or added are marked in the margin.",
    changed_block: "Passage changed since you read it",
};
