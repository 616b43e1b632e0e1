//! Relecture, beside the preview (below it on a phone): the proofreader's findings
//! ([`carnet_proofread`]), recomputed after a pause in the typing; each shows where it is
//! (a click selects it in its field), why, and a fix where one is safe, made through the
//! browser's editing so that Ctrl+Z takes it back. A finding dismissed stays dismissed for
//! this draft. Below them, how the link will look once shared.

use super::Ed;
use super::toolbar::{as_text_field, replace_text};
use crate::data::site;
use crate::files;
use crate::site::href;
use crate::studio::drafts::published::published_sources;
use crate::studio::link_previews::LinkPreviews;
use crate::studio::store;
use carnet_content::load::parse_post;
use carnet_content::routes::Route;
use carnet_markdown::ids;
use carnet_proofread::{Field, Grade, Part, Report};
use carnet_studio::draft::Draft;
use carnet_studio::publish::LinkPreview;
use carnet_studio::refusal;
use carnet_text::{Date, Lang, typography};
use leptos::prelude::*;
use std::ops::Range;
use std::path::Path;
use std::time::Duration;

/// Findings shown per part before "show the others".
const SHOWN: usize = 25;

/// How long after the last key the findings are computed again.
const PAUSE_MS: u64 = 150;

/// A finding as the panel shows it.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Shown {
    key: String,
    /// The rule's name (`fr-apostrophe`).
    rule: &'static str,
    part: Part,
    field: Field,
    span: Option<Range<usize>>,
    fix: Option<String>,
    message: String,
    /// The words it is about, as written.
    excerpt: String,
}

/// What Relecture shows: the findings not dismissed, each part's grade, the link preview.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct Reading {
    findings: Vec<Shown>,
    grades: Vec<(Part, Grade)>,
    dismissed: usize,
    preview: Option<(LinkPreview, Option<String>)>,
    /// The words counted when it was proofread.
    words: u32,
}

impl Ed {
    /// Proofreads again after a pause in the typing.
    pub(super) fn schedule_proofreading(self) {
        self.session.update_value(|s| {
            if let Some(timer) = s.proofread_timer.take() {
                timer.clear();
            }
        });
        let timer =
            set_timeout_with_handle(move || self.proofread(), Duration::from_millis(PAUSE_MS)).ok();
        self.session.update_value(|s| s.proofread_timer = timer);
    }

    /// Proofreads the draft now.
    pub(super) fn proofread(self) {
        if self.current.is_disposed() {
            return;
        }
        if self
            .current
            .with_untracked(|d| !d.keyphrase.trim().is_empty())
        {
            self.fetch_other_keyphrases();
        }
        let others = self.other_keyphrases.get_untracked();
        let ui = self.words.lang;
        let reading = self.current.with_untracked(|d| read(d, &others, ui));
        if self.reading.with_untracked(|r| *r != reading) {
            self.reading.set(reading);
        }
    }

    /// Reads the published posts' keyphrases, once a visit (when the draft has one).
    fn fetch_other_keyphrases(self) {
        let asked = self
            .session
            .try_update_value(|s| std::mem::replace(&mut s.keyphrases_asked, true));
        if asked != Some(false) {
            return;
        }
        let source = self.current.with_untracked(|d| d.source.clone());
        let w = self.words.publish();
        leptos::task::spawn_local(async move {
            // Offline or unpublished: the check is made without them.
            let Ok(posts) = published_sources(w).await else {
                return;
            };
            let keyphrases: Vec<String> = posts
                .into_iter()
                .filter(|post| Some(&post.file) != source.as_ref())
                .filter_map(|post| Draft::from_markdown(&post.head, String::new(), 0).ok())
                .map(|draft| draft.keyphrase)
                .filter(|keyphrase| !keyphrase.trim().is_empty())
                .collect();
            if self.other_keyphrases.try_set(keyphrases).is_none() {
                self.proofread();
            }
        });
    }

    /// Selects what `shown` is about in its field.
    fn show(self, shown: &Shown) {
        let Some(span) = shown.span.clone() else {
            self.focus(refusal_field(shown.field));
            return;
        };
        match shown.field {
            Field::Body => self.select_in_body(span),
            field => {
                let id = input_id(field);
                if field != Field::Title {
                    self.details_open.set(true);
                }
                let value = self
                    .current
                    .with_untracked(|d| field_text(d, field).to_owned());
                set_timeout(
                    move || {
                        if let Some(field) = as_text_field(id) {
                            let _ = field.focus();
                            let _ = field.set_selection_range(
                                carnet_studio::edit::utf16_offset(&value, span.start) as u32,
                                carnet_studio::edit::utf16_offset(&value, span.end) as u32,
                            );
                        }
                    },
                    Duration::from_millis(0),
                );
            }
        }
    }

    /// Applies `shown`'s fix in its field, through the browser's editing (Ctrl+Z undoes it).
    fn fix(self, shown: &Shown) {
        let (Some(span), Some(fix)) = (shown.span.clone(), shown.fix.clone()) else {
            return;
        };
        let text = self
            .current
            .with_untracked(|d| field_text(d, shown.field).to_owned());
        // The finding is about text that is still there, or not fixed.
        if text.get(span.clone()) != Some(shown.excerpt.as_str()) {
            return;
        }
        match shown.field {
            Field::Body => {
                if let Some(area) = self.textarea.get_untracked() {
                    replace_text(&area, &text, span.start, span.end, &fix);
                }
            }
            field => {
                if field != Field::Title {
                    self.details_open.set(true);
                }
                let id = input_id(field);
                set_timeout(
                    move || {
                        if let Some(field) = as_text_field(id) {
                            replace_text(&field, &text, span.start, span.end, &fix);
                        }
                    },
                    Duration::from_millis(0),
                );
            }
        }
    }

    /// Dismisses a finding for this draft.
    fn dismiss(self, key: String) {
        self.edit(|d| {
            if !d.dismissed.contains(&key) {
                d.dismissed.push(key);
            }
        });
        self.save_now();
        self.proofread();
    }

    /// Shows the dismissed findings again.
    fn undismiss(self) {
        self.edit(|d| d.dismissed.clear());
        self.save_now();
        self.proofread();
    }
}

/// Relecture: the three parts, their findings, the link's previews.
#[component]
pub(super) fn Relecture(ed: Ed) -> impl IntoView {
    let desk = ed.words.desk();
    let ui = ed.words.lang;
    let part = move |part: Part| {
        let grade = move || {
            ed.reading
                .with(|r| r.grades.iter().find(|(p, _)| *p == part).map(|(_, g)| *g))
        };
        // A long draft may have hundreds: the first few, the others on demand.
        let all = RwSignal::new(false);
        let findings = move || {
            let limit = if all.get() { usize::MAX } else { SHOWN };
            ed.reading.with(|r| {
                let of_part = r.findings.iter().filter(|f| f.part == part);
                (
                    of_part.clone().count(),
                    of_part.take(limit).cloned().collect::<Vec<_>>(),
                )
            })
        };
        view! {
            <section class="relecture-part" data-part=part.id()>
                <h3>
                    {part.label(ui)}
                    {move || grade().map(|g| view! {
                        <span class="grade" data-grade=grade_name(g)>{g.label(ui)}</span>
                    })}
                </h3>
                {move || {
                    let (total, findings) = findings();
                    let more = total - findings.len();
                    if findings.is_empty() {
                        return view! { <p class="nothing">{desk.nothing_to_say}</p> }.into_any();
                    }
                    view! {
                        <ul>
                            {findings.into_iter().map(|shown| {
                                let (for_show, for_fix, key) = (shown.clone(), shown.clone(), shown.key.clone());
                                view! {
                                    <li class="finding" data-rule=shown.rule>
                                        <button type="button" class="link-button finding-where" on:click=move |_| ed.show(&for_show)>
                                            {if shown.excerpt.is_empty() { desk.show_in_text.to_owned() } else { format!("«\u{a0}{}\u{a0}»", shown.excerpt.trim()) }}
                                        </button>
                                        " "
                                        <span class="finding-why">{shown.message.clone()}</span>
                                        <span class="finding-actions">
                                            {shown.fix.clone().map(|fix| view! {
                                                <button type="button" class="fix" title=fix.clone() on:click=move |_| ed.fix(&for_fix)>
                                                    {format!("{} → {}", desk.fix, fix)}
                                                </button>
                                            })}
                                            <button type="button" class="dismiss" on:click=move |_| ed.dismiss(key.clone())>{desk.dismiss}</button>
                                        </span>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                        {(more > 0).then(|| view! {
                            <button type="button" class="link-button" on:click=move |_| all.set(true)>{desk.show_more(more)}</button>
                        })}
                    }.into_any()
                }}
            </section>
        }
    };
    view! {
        <aside class="relecture" aria-labelledby="relecture-title" data-words=move || ed.reading.with(|r| r.words)>
            <h2 id="relecture-title">{desk.proofreading}</h2>
            <p class="hint">{desk.proofreading_intro}</p>
            {Part::ALL.into_iter().map(part).collect_view()}
            {move || (ed.reading.with(|r| r.dismissed) > 0).then(|| view! {
                <p><button type="button" class="link-button" on:click=move |_| ed.undismiss()>{desk.show_dismissed}</button></p>
            })}
            <section class="relecture-previews">
                <h3>{desk.link_previews}</h3>
                {move || ed.reading.with(|r| r.preview.clone()).map(|(preview, image)| view! {
                    <LinkPreviews preview image/>
                })}
            </section>
        </aside>
    }
}

/// The draft proofread, its findings said in `ui`'s language.
fn read(draft: &Draft, others: &[String], ui: Lang) -> Reading {
    let site = site();
    let slug = draft.slug();
    let report: Report = carnet_proofread::check(&carnet_proofread::Post {
        title: &draft.title,
        summary: &draft.summary,
        body: &draft.body,
        lang: draft.lang,
        slug: &slug,
        keyphrase: &draft.keyphrase,
        has_cover: draft.kept.cover.is_some(),
        base_url: &site.base_url,
        other_keyphrases: others,
    });
    let mut dismissed = 0;
    let findings = report
        .findings
        .iter()
        .filter_map(|f| {
            let key = f.key();
            if draft.dismissed.contains(&key) {
                dismissed += 1;
                return None;
            }
            let text = field_text(draft, f.field);
            let excerpt = f
                .span
                .as_ref()
                .and_then(|s| text.get(s.clone()))
                .unwrap_or_default()
                .to_owned();
            Some(Shown {
                key,
                rule: f.rule.id(),
                part: f.part(),
                field: f.field,
                span: f.span.clone(),
                fix: f.fix.clone(),
                message: f.message(ui),
                excerpt,
            })
        })
        .collect();
    let grades = Part::ALL
        .into_iter()
        .map(|p| (p, report.grade(p)))
        .collect();
    Reading {
        findings,
        grades,
        dismissed,
        preview: Some(link_preview(draft)),
        words: report.stats.words,
    }
}

/// The link's preview as the build will write the post's `<head>`: its title and summary
/// as the build reads them, its card (the cover's, else the site's).
fn link_preview(draft: &Draft) -> (LinkPreview, Option<String>) {
    let site = site();
    let today = files::today()
        .parse::<Date>()
        .unwrap_or(Date::from_unix_seconds(0));
    let file = draft.to_markdown(today);
    let (title, description, slug) = match parse_post(Path::new(&draft.file_name()), &file) {
        Ok(post) => {
            let meta = post.meta();
            (meta.title, meta.summary, post.slug)
        }
        Err(_) => (
            typography::apply(&draft.title, draft.lang),
            typography::apply(&draft.summary, draft.lang),
            draft.slug(),
        ),
    };
    let cover = draft.kept.cover.as_deref().and_then(|cover| {
        let name = cover.rsplit('/').next()?;
        store::images(&draft.id)
            .into_iter()
            .find(|image| image.name == name)
            .map(|image| image.url)
            .or_else(|| Some(href(&format!("/{cover}"))))
    });
    let image = cover.or_else(|| site.image.as_ref().map(|card| href(&format!("/{card}"))));
    let preview = LinkPreview {
        site: site.title.clone(),
        title,
        description,
        image: image.clone(),
        url: site.url(&Route::Post(&slug).page()),
        creator: site.fediverse.clone(),
    };
    (preview, image)
}

/// The text of a finding's field.
fn field_text(draft: &Draft, field: Field) -> &str {
    match field {
        Field::Title => &draft.title,
        Field::Summary => &draft.summary,
        Field::Body => &draft.body,
        Field::Keyphrase => &draft.keyphrase,
        Field::Slug => draft.kept.slug.as_deref().unwrap_or_default(),
        Field::Cover => "",
    }
}

/// The editor's field of a finding's.
fn refusal_field(field: Field) -> refusal::Field {
    match field {
        Field::Title => refusal::Field::Title,
        Field::Summary => refusal::Field::Summary,
        Field::Body => refusal::Field::Body { line: 1 },
        Field::Keyphrase => refusal::Field::Keyphrase,
        Field::Slug => refusal::Field::Slug,
        Field::Cover => refusal::Field::Cover,
    }
}

/// The element of a finding's field (the text's is the text area).
fn input_id(field: Field) -> &'static str {
    super::details::field_id(refusal_field(field)).unwrap_or(ids::DRAFT_BODY)
}

fn grade_name(grade: Grade) -> &'static str {
    match grade {
        Grade::Good => "good",
        Grade::Fair => "fair",
        Grade::Poor => "poor",
    }
}
