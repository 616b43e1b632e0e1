//! The formatting commands over the text area: buttons and Ctrl/Cmd shortcuts, applied as
//! edits the browser's own undo takes back (the commands: [`carnet_studio::edit`]).

use super::Ed;
use carnet_studio::edit::{Format, apply, byte_offset, utf16_offset};
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlDocument, HtmlTextAreaElement};

/// The formatting buttons over the text area, with their shortcuts.
#[component]
pub(super) fn Toolbar(ed: Ed) -> impl IntoView {
    let words = ed.words;
    let buttons = [
        (Format::Bold, words.studio().bold, "B", "Ctrl+B"),
        (Format::Italic, words.studio().italic, "I", "Ctrl+I"),
        (Format::Link, words.studio().link, "[ ]", "Ctrl+K"),
        (Format::Heading, words.studio().heading, "H", "Ctrl+Alt+2"),
        (Format::List, words.studio().list, "•", "Ctrl+Shift+8"),
        (Format::Quote, words.studio().quote, "❝", "Ctrl+Shift+9"),
        (Format::Code, words.studio().code, "</>", "Ctrl+E"),
    ];
    view! {
        <div class="toolbar" role="toolbar" aria-label=words.studio().formatting>
            {buttons
                .into_iter()
                .map(|(format, label, glyph, keys)| view! {
                    <button
                        type="button"
                        aria-label=label
                        title=format!("{label} ({keys})")
                        aria-keyshortcuts=keys.replace("Ctrl", "Control")
                        // Keep the text area's selection: act on mousedown, not focus.
                        on:mousedown=move |e| {
                            e.prevent_default();
                            ed.format(format);
                        }
                        on:click=move |e| {
                            // Keyboard activation (Enter, Space) arrives as a click only.
                            if e.detail() == 0 {
                                ed.format(format);
                            }
                        }
                    >
                        <span aria-hidden="true">{glyph}</span>
                    </button>
                })
                .collect_view()}
        </div>
    }
}

impl Ed {
    /// Ctrl/Cmd shortcuts for the formatting commands.
    pub(super) fn shortcut(self, e: ev::KeyboardEvent) {
        if !(e.ctrl_key() || e.meta_key()) {
            return;
        }
        let format = match (e.alt_key(), e.shift_key(), e.code().as_str()) {
            (false, false, "KeyB") => Format::Bold,
            (false, false, "KeyI") => Format::Italic,
            (false, false, "KeyK") => Format::Link,
            (false, false, "KeyE") => Format::Code,
            (true, false, "Digit2") => Format::Heading,
            (false, true, "Digit8") => Format::List,
            (false, true, "Digit9") => Format::Quote,
            _ => return,
        };
        e.prevent_default();
        self.format(format);
    }

    /// Applies a formatting command to the text area's selection, as an edit the browser's
    /// own undo can take back.
    fn format(self, format: Format) {
        let Some(area) = self.textarea.get_untracked() else {
            return;
        };
        let text = area.value();
        let start = byte_offset(
            &text,
            area.selection_start().ok().flatten().unwrap_or(0) as usize,
        );
        let end = byte_offset(
            &text,
            area.selection_end().ok().flatten().unwrap_or(0) as usize,
        );
        let edit = apply(format, &text, start, end);
        replace_text(&area, &text, edit.start, edit.end, &edit.insert);
        let mut after = text.clone();
        after.replace_range(edit.start..edit.end, &edit.insert);
        let _ = area.set_selection_range(
            utf16_offset(&after, edit.select.0) as u32,
            utf16_offset(&after, edit.select.1) as u32,
        );
        let _ = area.focus();
    }
}

/// Replaces `start..end` (bytes) of the field's `text` with `insert` through the
/// browser's editing commands, so that Ctrl+Z undoes it; the `input` event follows. The
/// field is the text area or a one-line input seen as one (see [`as_text_field`]).
pub(super) fn replace_text(
    area: &HtmlTextAreaElement,
    text: &str,
    start: usize,
    end: usize,
    insert: &str,
) {
    let _ = area.focus();
    let _ = area.set_selection_range(
        utf16_offset(text, start) as u32,
        utf16_offset(text, end) as u32,
    );
    let done = document()
        .dyn_into::<HtmlDocument>()
        .ok()
        .and_then(|d| {
            d.exec_command_with_show_ui_and_value("insertText", false, insert)
                .ok()
        })
        .unwrap_or(false);
    if !done {
        let _ = area.set_range_text(insert);
        if let Ok(input) = web_sys::Event::new("input") {
            let _ = area.dispatch_event(&input);
        }
    }
}

/// The editor's field `id` — a one-line input or a text area — as a text area: both have
/// the same `setSelectionRange`, `setRangeText` and `focus`, which is all the editor
/// calls. The text area's bindings serve both, so the app's main module (which holds
/// every binding, wherever it is used) carries no more of them.
pub(super) fn as_text_field(id: &str) -> Option<HtmlTextAreaElement> {
    Some(document().get_element_by_id(id)?.unchecked_into())
}
