//! Tabs on one draft, natively: each tab an [`Autosave`] and its text, the browser's
//! storage a [`Shelf`] that writes as the app's storage does (never over a revision the
//! writer has not seen; the loser's text kept as a conflict copy).

use super::*;
use crate::draft::{Check, check};
use carnet_text::Lang;
use proptest::prelude::*;

/// The browser's storage of one draft, as every tab sees it.
struct Shelf {
    stored: Draft,
    /// Every text kept as a revision, oldest first.
    revisions: Vec<String>,
    /// Every text ever written as the draft.
    written: Vec<String>,
    /// The browser refuses writes (its storage is full).
    full: bool,
}

impl Shelf {
    fn new() -> Self {
        let mut stored = Draft::new("k3x9".into(), Lang::Fr, "Isabelle".into(), 1);
        stored.revision = 1;
        stored.body = "Début".into();
        Shelf {
            written: vec![stored.body.clone()],
            stored,
            revisions: Vec::new(),
            full: false,
        }
    }

    /// `ours`, based on `base`, written unless another tab wrote since (as `studio::save`).
    fn write(&mut self, ours: &Draft, base: u64) -> Saved {
        if self.full {
            return Saved::Failed(StorageProblem::WriteRefused);
        }
        match check(Some(&self.stored), base) {
            Check::Conflict(theirs) => {
                self.revisions.push(ours.body.clone());
                Saved::Conflict(theirs)
            }
            Check::Fresh => self.put(ours),
        }
    }

    /// `ours` written over whatever is stored, that kept first (as `studio::save_over`).
    fn write_over(&mut self, ours: &Draft) -> Saved {
        self.revisions.push(self.stored.body.clone());
        self.put(ours)
    }

    fn put(&mut self, ours: &Draft) -> Saved {
        let mut next = ours.clone();
        next.revision = self.stored.revision + 1;
        next.updated = self.stored.updated + 1;
        self.stored = next.clone();
        self.written.push(next.body.clone());
        Saved::Written(next)
    }

    fn keep(&mut self, ours: &Draft) -> Result<(), StorageProblem> {
        if self.full {
            return Err(StorageProblem::WriteRefused);
        }
        self.revisions.push(ours.body.clone());
        Ok(())
    }

    /// Whether `text` reached storage: stored, written once (and replaced since by a tab
    /// that had seen it), or kept among the revisions.
    fn holds(&self, text: &str) -> bool {
        self.written
            .iter()
            .chain(&self.revisions)
            .any(|t| t == text)
    }
}

/// One tab's editor: its text, its autosave, its write waiting for an answer.
struct Tab {
    text: Draft,
    autosave: Autosave,
    /// A `Write::Soon` under way: the text it writes and its base.
    waiting: Option<(Draft, u64)>,
    /// "Updated in another tab" was said.
    told: bool,
}

impl Tab {
    fn open(shelf: &Shelf) -> Self {
        Tab {
            autosave: Autosave::new(&shelf.stored),
            text: shelf.stored.clone(),
            waiting: None,
            told: false,
        }
    }

    fn status(&self) -> &str {
        self.autosave.status().name()
    }

    fn type_text(&mut self, body: &str) {
        self.text.body = body.into();
        self.autosave.edited();
    }

    /// A save is due: done as the editor does it.
    fn save(&mut self, shelf: &mut Shelf, when: When) {
        match self.autosave.save(when) {
            Write::Nothing => {}
            Write::Soon { base } => self.waiting = Some((self.text.clone(), base)),
            Write::AtOnce { base } => {
                let outcome = shelf.write(&self.text, base);
                self.take_revision(&outcome);
                self.autosave.saved(outcome, &self.text);
            }
            Write::KeepCopy => {
                if let Err(problem) = shelf.keep(&self.text) {
                    self.autosave.failed(problem);
                }
            }
        }
    }

    /// The write under way gets its answer.
    fn answer(&mut self, shelf: &mut Shelf) {
        let Some((ours, base)) = self.waiting.take() else {
            return;
        };
        let outcome = shelf.write(&ours, base);
        self.take_revision(&outcome);
        if self.autosave.answered(outcome, &self.text) {
            self.save(shelf, When::Soon);
        }
    }

    fn take_revision(&mut self, outcome: &Saved) {
        if let Saved::Written(draft) = outcome {
            self.text.revision = draft.revision;
            self.text.updated = draft.updated;
        }
    }

    /// The storage event of another tab's write.
    fn other_tab_wrote(&mut self, shelf: &mut Shelf) {
        match self.autosave.other_tab(shelf.stored.clone()) {
            OtherTab::Seen => {}
            OtherTab::Save => self.save(shelf, When::Soon),
            OtherTab::Adopt(theirs) => {
                assert!(
                    shelf.holds(&self.text.body),
                    "adopting loses “{}”",
                    self.text.body
                );
                self.text = *theirs;
                self.autosave.adopted(&self.text);
                self.told = true;
            }
        }
    }

    fn keep_mine(&mut self, shelf: &mut Shelf) {
        if self.autosave.conflict().is_none() {
            return;
        }
        let outcome = shelf.write_over(&self.text);
        self.take_revision(&outcome);
        self.autosave.kept_mine(outcome, &self.text);
    }

    fn take_theirs(&mut self, shelf: &mut Shelf) {
        if self.autosave.conflict().is_none() {
            return;
        }
        if let Err(problem) = shelf.keep(&self.text) {
            self.autosave.failed(problem);
            return;
        }
        self.text = shelf.stored.clone();
        self.autosave.adopted(&self.text);
    }
}

/// Two tabs on one draft, the second showing the conflict: the first wrote "Premier", and
/// the second's "Second" found it there.
fn in_conflict() -> (Shelf, Tab, Tab) {
    let mut shelf = Shelf::new();
    let mut one = Tab::open(&shelf);
    let mut two = Tab::open(&shelf);
    one.type_text("Premier");
    one.save(&mut shelf, When::AtOnce);
    two.type_text("Second");
    two.save(&mut shelf, When::AtOnce);
    assert_eq!(two.status(), "conflict");
    (shelf, one, two)
}

#[test]
fn a_change_is_pending_then_written_once() {
    let mut shelf = Shelf::new();
    let mut tab = Tab::open(&shelf);
    assert_eq!(tab.status(), "saved");
    tab.save(&mut shelf, When::Soon);
    assert!(tab.waiting.is_none(), "nothing typed, nothing written");

    tab.type_text("Bonjour");
    assert_eq!(tab.status(), "pending");
    tab.save(&mut shelf, When::Soon);
    tab.answer(&mut shelf);
    assert_eq!(tab.status(), "saved");
    assert_eq!(shelf.stored.body, "Bonjour");
    assert_eq!(shelf.stored.revision, 2);
    assert_eq!(tab.autosave.base(), 2);

    tab.save(&mut shelf, When::Soon);
    assert!(tab.waiting.is_none(), "written already");
}

#[test]
fn text_typed_while_a_write_waits_is_written_after_it_from_its_revision() {
    let mut shelf = Shelf::new();
    let mut tab = Tab::open(&shelf);
    tab.type_text("Bonjour");
    tab.save(&mut shelf, When::Soon);
    tab.type_text("Bonjour à toutes");
    // The pause after the second keystroke: one write at a time, this one follows.
    tab.save(&mut shelf, When::Soon);
    assert_eq!(tab.autosave.save(When::Soon), Write::Nothing);
    tab.answer(&mut shelf);
    // The answer asked again: the follow-up is under way, based on the first write.
    assert_eq!(tab.waiting.as_ref().map(|(_, base)| *base), Some(2));
    tab.answer(&mut shelf);
    assert_eq!(shelf.stored.body, "Bonjour à toutes");
    assert_eq!(shelf.stored.revision, 3);
    assert_eq!(tab.status(), "saved");
    assert!(
        shelf.revisions.is_empty(),
        "a tab never conflicts with itself"
    );
}

#[test]
fn a_write_answered_after_more_typing_leaves_the_new_text_to_save() {
    let mut shelf = Shelf::new();
    let mut tab = Tab::open(&shelf);
    tab.type_text("Bonjour");
    tab.save(&mut shelf, When::Soon);
    tab.type_text("Bonjour à tous");
    tab.answer(&mut shelf);
    assert_eq!(shelf.stored.body, "Bonjour");
    // The timer of the last keystroke fires: the rest is written.
    tab.save(&mut shelf, When::Soon);
    tab.answer(&mut shelf);
    assert_eq!(shelf.stored.body, "Bonjour à tous");
}

#[test]
fn leaving_the_page_writes_at_once() {
    let mut shelf = Shelf::new();
    let mut tab = Tab::open(&shelf);
    tab.type_text("Fermé en pleine phrase");
    tab.save(&mut shelf, When::AtOnce);
    assert_eq!(shelf.stored.body, "Fermé en pleine phrase");
    assert_eq!(tab.status(), "saved");
    tab.save(&mut shelf, When::AtOnce);
    assert_eq!(shelf.written.len(), 2, "written once");
}

#[test]
fn two_tabs_editing_one_draft_show_the_conflict_and_keep_both_texts() {
    let mut shelf = Shelf::new();
    let mut one = Tab::open(&shelf);
    let mut two = Tab::open(&shelf);
    one.type_text("Version du premier onglet");
    two.type_text("Version du deuxième onglet");
    one.save(&mut shelf, When::Soon);
    one.answer(&mut shelf);
    two.save(&mut shelf, When::Soon);
    two.answer(&mut shelf);

    assert_eq!(
        shelf.stored.body, "Version du premier onglet",
        "nothing written over it"
    );
    assert_eq!(shelf.revisions, ["Version du deuxième onglet"]);
    assert_eq!(two.status(), "conflict");
    assert_eq!(
        two.autosave.conflict().map(|d| d.body.as_str()),
        Some("Version du premier onglet")
    );
    assert_eq!(
        two.text.body, "Version du deuxième onglet",
        "the editor keeps hers"
    );
}

#[test]
fn two_tabs_saving_at_the_same_instant_one_saves_the_other_shows_the_conflict() {
    let mut shelf = Shelf::new();
    let mut one = Tab::open(&shelf);
    let mut two = Tab::open(&shelf);
    one.type_text("Premier");
    two.type_text("Second");
    one.save(&mut shelf, When::Soon);
    two.save(&mut shelf, When::Soon);
    two.answer(&mut shelf);
    one.answer(&mut shelf);
    assert_eq!([one.status(), two.status()], ["conflict", "saved"]);
    assert!(shelf.holds("Premier") && shelf.holds("Second"));
}

#[test]
fn while_the_conflict_is_shown_every_change_is_kept_as_a_revision() {
    let (mut shelf, _, mut two) = in_conflict();
    two.type_text("Second, suite");
    two.save(&mut shelf, When::Soon);
    assert!(two.waiting.is_none(), "nothing written over the other tab");
    two.type_text("Second, suite et fin");
    two.save(&mut shelf, When::AtOnce);
    assert_eq!(shelf.stored.body, "Premier");
    assert_eq!(
        shelf.revisions,
        ["Second", "Second, suite", "Second, suite et fin"]
    );
    assert_eq!(two.status(), "conflict");
}

#[test]
fn keeping_mine_writes_over_theirs_after_keeping_it_and_the_other_tab_follows() {
    let (mut shelf, mut one, mut two) = in_conflict();
    two.keep_mine(&mut shelf);
    assert_eq!(shelf.stored.body, "Second");
    assert!(shelf.revisions.iter().any(|r| r == "Premier"));
    assert_eq!(two.status(), "saved");
    assert!(two.autosave.conflict().is_none());
    // The first tab has nothing unsaved: it shows the kept text, and says why.
    one.other_tab_wrote(&mut shelf);
    assert_eq!(one.text.body, "Second");
    assert!(one.told);
    assert_eq!(one.autosave.base(), shelf.stored.revision);
    one.type_text("Premier, repris");
    one.save(&mut shelf, When::AtOnce);
    assert_eq!(
        shelf.stored.body, "Premier, repris",
        "no conflict after following"
    );
}

#[test]
fn taking_theirs_keeps_mine_as_a_revision_and_builds_on_theirs() {
    let (mut shelf, mut one, mut two) = in_conflict();
    // The first tab writes again before the writer chooses: she takes its latest.
    one.type_text("Premier, complété");
    one.save(&mut shelf, When::AtOnce);
    two.other_tab_wrote(&mut shelf);
    assert_eq!(
        two.autosave.conflict().map(|d| d.body.as_str()),
        Some("Premier, complété"),
        "the conflict shows their latest text"
    );
    two.take_theirs(&mut shelf);
    assert_eq!(two.text.body, "Premier, complété");
    assert_eq!(two.status(), "saved");
    assert!(shelf.holds("Second"));
    two.type_text("Premier, complété par le second");
    two.save(&mut shelf, When::Soon);
    two.answer(&mut shelf);
    assert_eq!(shelf.stored.body, "Premier, complété par le second");
}

#[test]
fn a_tab_with_nothing_unsaved_follows_the_other_and_ignores_what_it_has_seen() {
    let mut shelf = Shelf::new();
    let mut one = Tab::open(&shelf);
    let mut two = Tab::open(&shelf);
    two.other_tab_wrote(&mut shelf);
    assert!(!two.told, "the same revision: nothing to follow");
    one.type_text("Premier");
    one.save(&mut shelf, When::AtOnce);
    two.other_tab_wrote(&mut shelf);
    assert_eq!(two.text.body, "Premier");
    assert!(two.told);
    assert_eq!(two.status(), "saved");
}

#[test]
fn another_tab_writing_over_unsaved_text_finds_the_conflict_at_once() {
    let mut shelf = Shelf::new();
    let mut one = Tab::open(&shelf);
    let mut two = Tab::open(&shelf);
    two.type_text("Pas encore enregistré");
    one.type_text("Premier");
    one.save(&mut shelf, When::AtOnce);
    // The storage event saves the unsaved text, which finds the conflict.
    two.other_tab_wrote(&mut shelf);
    two.answer(&mut shelf);
    assert_eq!(two.status(), "conflict");
    assert_eq!(two.text.body, "Pas encore enregistré");
    assert!(shelf.holds("Pas encore enregistré") && shelf.holds("Premier"));
}

#[test]
fn a_refused_write_says_so_keeps_the_text_and_writes_it_when_there_is_room() {
    let mut shelf = Shelf::new();
    let mut tab = Tab::open(&shelf);
    shelf.full = true;
    tab.type_text("Un texte à garder");
    tab.save(&mut shelf, When::Soon);
    tab.answer(&mut shelf);
    assert_eq!(
        tab.autosave.status(),
        &Status::Failed(StorageProblem::WriteRefused)
    );
    assert_eq!(shelf.stored.body, "Début", "what was stored is untouched");
    shelf.full = false;
    tab.save(&mut shelf, When::Soon);
    tab.answer(&mut shelf);
    assert_eq!(shelf.stored.body, "Un texte à garder");
    assert_eq!(tab.status(), "saved");
}

#[test]
fn a_refused_conflict_copy_says_so() {
    let (mut shelf, _, mut two) = in_conflict();
    shelf.full = true;
    two.type_text("Second, suite");
    two.save(&mut shelf, When::Soon);
    assert_eq!(two.status(), "failed");
    two.type_text("Second, suite et fin");
    assert_eq!(two.status(), "pending", "the next change is pending again");
    assert!(
        two.autosave.conflict().is_some(),
        "the choice is still to make"
    );
}

#[test]
fn typing_during_a_conflict_leaves_it_shown() {
    let (_, _, mut two) = in_conflict();
    two.type_text("Second, encore");
    assert_eq!(two.status(), "conflict");
}

/// What happens in a tab.
#[derive(Clone, Debug)]
enum Event {
    Type,
    Pause,
    Leave,
    Answer,
    OtherTabWrote,
    KeepMine,
    TakeTheirs,
}

fn event() -> impl Strategy<Value = Event> {
    prop_oneof![
        3 => Just(Event::Type),
        2 => Just(Event::Pause),
        1 => Just(Event::Leave),
        2 => Just(Event::Answer),
        2 => Just(Event::OtherTabWrote),
        1 => Just(Event::KeepMine),
        1 => Just(Event::TakeTheirs),
    ]
}

proptest! {
    /// Whatever two tabs do in whatever order, no text either showed is lost: what a tab
    /// replaces reached storage, and once both have settled, each tab's text has too.
    #[test]
    fn no_text_is_ever_lost(events in prop::collection::vec((0..2usize, event()), 0..60)) {
        let mut shelf = Shelf::new();
        let mut tabs = [Tab::open(&shelf), Tab::open(&shelf)];
        let mut typed = 0;
        for (i, event) in events {
            let tab = &mut tabs[i];
            match event {
                Event::Type => {
                    typed += 1;
                    tab.type_text(&format!("texte {typed}"));
                }
                Event::Pause => tab.save(&mut shelf, When::Soon),
                Event::Leave => tab.save(&mut shelf, When::AtOnce),
                Event::Answer => tab.answer(&mut shelf),
                Event::OtherTabWrote => tab.other_tab_wrote(&mut shelf),
                Event::KeepMine => tab.keep_mine(&mut shelf),
                Event::TakeTheirs => tab.take_theirs(&mut shelf),
            }
            prop_assert!(shelf.stored.revision as usize == shelf.written.len());
        }
        for tab in &mut tabs {
            tab.answer(&mut shelf);
            tab.save(&mut shelf, When::AtOnce);
        }
        for tab in &tabs {
            prop_assert!(shelf.holds(&tab.text.body), "lost: {}", tab.text.body);
        }
    }
}
