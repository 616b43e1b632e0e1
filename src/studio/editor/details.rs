//! The post's details under its title, folded so that the text comes first on any screen:
//! signature, tags, language, date, summary, cover, keyphrase and address, with a
//! one-line résumé of what is set.

use super::Ed;
use crate::files;
use crate::studio::store;
use carnet_markdown::ids;
use carnet_studio::draft::Draft;
use carnet_studio::refusal::Field;
use carnet_text::Date;
use leptos::prelude::*;
use std::time::Duration;

/// The folding panel of the post's details.
#[component]
pub(super) fn Details(ed: Ed) -> impl IntoView {
    let (studio, desk) = (ed.words.studio(), ed.words.desk());
    let field = move |get: fn(&Draft) -> String| ed.shown(get);
    let kept =
        move |get: fn(&Draft) -> Option<String>| ed.shown(move |d| get(d).unwrap_or_default());
    let set_kept = move |value: String, put: fn(&mut Draft, Option<String>)| {
        let value = (!value.trim().is_empty()).then_some(value);
        ed.edit(move |d| put(d, value));
    };
    // Memos: a keystroke in the text changes none of them, and redraws nothing here.
    let resume = Memo::new(move |_| {
        ed.current.with(|d| {
            let language = match d.lang {
                carnet_text::Lang::Fr => studio.french,
                carnet_text::Lang::En => studio.english,
            };
            let date = d.kept.date.as_deref().and_then(|s| s.parse::<Date>().ok());
            desk.resume(
                &d.author,
                language,
                d.tags.len(),
                date,
                !d.summary.trim().is_empty(),
                d.kept.cover.is_some(),
                &d.keyphrase,
            )
        })
    });
    // The draft's images, and the cover it names if it is not one of them (an image of
    // the published site, for a draft imported from it).
    let cover = Memo::new(move |_| ed.current.with(|d| d.kept.cover.clone()));
    let slug = Memo::new(move |_| ed.current.with(|d| carnet_text::slug::slugify(&d.title)));
    let covers = move || {
        ed.history.track();
        let mut names: Vec<String> = store::images(&ed.id())
            .into_iter()
            .map(|image| format!("images/{}", image.name))
            .collect();
        if let Some(cover) = cover.get()
            && !names.contains(&cover)
        {
            names.push(cover);
        }
        names
    };

    view! {
        <details id=ids::DRAFT_DETAILS class="post-details" prop:open=ed.details_open
            on:toggle=move |e| {
                let open = event_target::<web_sys::HtmlDetailsElement>(&e).open();
                ed.details_open.set(open);
            }>
            <summary>
                <span class="details-label">{desk.details}</span>
                <span class="details-resume">{resume}</span>
            </summary>
            <div class="draft-fields">
                <label>
                    <span>{studio.field_author}</span>
                    <input type="text" id=ids::DRAFT_AUTHOR prop:value=field(|d| d.author.clone())
                        on:input=move |e| ed.edit(|d| d.author = event_target_value(&e))
                        on:blur=move |_| ed.save_now()/>
                </label>
                <label>
                    <span>{studio.field_tags}</span>
                    <input type="text" id=ids::DRAFT_TAGS prop:value=move || { ed.replaced.track(); ed.tags_text.get_untracked() }
                        on:input=move |e| {
                            let text = event_target_value(&e);
                            ed.tags_text.set(text.clone());
                            ed.edit(|d| d.tags = split_tags(&text));
                        }
                        on:blur=move |_| ed.save_now()/>
                </label>
                <label>
                    <span>{studio.field_lang}</span>
                    <select id=ids::DRAFT_LANG prop:value=field(|d| d.lang.tag().to_owned())
                        on:change=move |e| {
                            let lang = event_target_value(&e).parse().unwrap_or_default();
                            ed.edit(|d| d.lang = lang);
                            ed.render_preview();
                        }>
                        <option value="fr">{studio.french}</option>
                        <option value="en">{studio.english}</option>
                    </select>
                </label>
                <label>
                    <span>{studio.field_date}</span>
                    <input type="date" id=ids::DRAFT_DATE prop:value=kept(|d| d.kept.date.clone())
                        aria-describedby=ids::DATE_HINT
                        on:input=move |e| set_kept(event_target_value(&e), |d, v| d.kept.date = v)
                        on:blur=move |_| ed.save_now()/>
                    <small id=ids::DATE_HINT class="field-hint">
                        {move || {
                            let today = files::today().parse().ok()?;
                            Some(match ed.current.with(|d| d.scheduled_for(today)) {
                                Some(day) => studio.scheduled(day),
                                None if ed.current.with(|d| d.kept.date.is_none()) => {
                                    studio.date_today.to_owned()
                                }
                                None => String::new(),
                            })
                        }}
                    </small>
                </label>
                <label class="wide">
                    <span>{studio.field_summary}</span>
                    <textarea rows="2" id=ids::DRAFT_SUMMARY prop:value=field(|d| d.summary.clone())
                        on:input=move |e| ed.edit(|d| d.summary = event_target_value(&e))
                        on:blur=move |_| ed.save_now()></textarea>
                </label>
                <div class="field">
                <label>
                    <span>{desk.field_cover}</span>
                    <select id=ids::DRAFT_COVER aria-describedby=ids::COVER_HINT prop:value=kept(|d| d.kept.cover.clone())
                        on:change=move |e| set_kept(event_target_value(&e), |d, v| d.kept.cover = v)>
                        <option value="">{desk.no_cover}</option>
                        {move || covers().into_iter().map(|path| {
                            let name = path.rsplit('/').next().unwrap_or_default().to_owned();
                            view! { <option value=path>{name}</option> }
                        }).collect_view()}
                    </select>
                </label>
                <small id=ids::COVER_HINT class="field-hint">{desk.cover_hint}</small>
                </div>
                <label>
                    <span>{desk.field_cover_alt}</span>
                    <input type="text" id=ids::DRAFT_COVER_ALT prop:value=kept(|d| d.kept.cover_alt.clone())
                        on:input=move |e| set_kept(event_target_value(&e), |d, v| d.kept.cover_alt = v)
                        on:blur=move |_| ed.save_now()/>
                </label>
                <div class="field">
                <label>
                    <span>{desk.field_keyphrase}</span>
                    <input type="text" id=ids::DRAFT_KEYPHRASE aria-describedby=ids::KEYPHRASE_HINT prop:value=field(|d| d.keyphrase.clone())
                        on:input=move |e| ed.edit(|d| d.keyphrase = event_target_value(&e))
                        on:blur=move |_| ed.save_now()/>
                </label>
                <small id=ids::KEYPHRASE_HINT class="field-hint">{desk.keyphrase_hint}</small>
                </div>
                <div class="field">
                <label>
                    <span>{desk.field_slug}</span>
                    <input type="text" id=ids::DRAFT_SLUG aria-describedby=ids::SLUG_HINT prop:value=kept(|d| d.kept.slug.clone())
                        placeholder=slug
                        on:input=move |e| set_kept(event_target_value(&e), |d, v| d.kept.slug = v)
                        on:blur=move |_| ed.save_now()/>
                </label>
                <small id=ids::SLUG_HINT class="field-hint">{desk.slug_hint}</small>
                </div>
            </div>
        </details>
    }
}

fn split_tags(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

impl Ed {
    /// What a field shows: the draft's value, read again when the text is replaced from
    /// outside the field (see [`Ed::replaced`]).
    pub(super) fn shown(
        self,
        get: impl Fn(&Draft) -> String + Copy + 'static,
    ) -> impl Fn() -> String {
        move || {
            self.replaced.track();
            self.current.with_untracked(get)
        }
    }

    /// Puts the cursor in `field` (the details opened if it is one of theirs), at the
    /// start of its line for the text.
    pub(super) fn focus(self, field: Field) {
        let Some(id) = field_id(field) else {
            if let Field::Body { line } = field {
                let start = self.current.with_untracked(|d| {
                    d.body
                        .split_inclusive('\n')
                        .take(line.saturating_sub(1))
                        .map(str::len)
                        .sum::<usize>()
                });
                self.select_in_body(start..start);
            }
            return;
        };
        let in_details = !matches!(field, Field::Title);
        if in_details {
            self.details_open.set(true);
        }
        // Once the details are open (the next frame), the field can take the focus.
        set_timeout(
            move || {
                // Focus scrolls the field into view.
                if let Some(field) = super::toolbar::as_text_field(id) {
                    let _ = field.focus();
                }
            },
            Duration::from_millis(0),
        );
    }
}

/// The element of a field of the editor, but the text's (which is the text area's, with a
/// line to go to).
pub(super) fn field_id(field: Field) -> Option<&'static str> {
    Some(match field {
        Field::Title => ids::DRAFT_TITLE,
        Field::Author => ids::DRAFT_AUTHOR,
        Field::Tags => ids::DRAFT_TAGS,
        Field::Lang => ids::DRAFT_LANG,
        Field::Date => ids::DRAFT_DATE,
        Field::Summary => ids::DRAFT_SUMMARY,
        Field::Cover => ids::DRAFT_COVER,
        Field::CoverAlt => ids::DRAFT_COVER_ALT,
        Field::Keyphrase => ids::DRAFT_KEYPHRASE,
        Field::Slug => ids::DRAFT_SLUG,
        Field::Details => ids::DRAFT_DETAILS,
        Field::Body { .. } => return None,
    })
}
