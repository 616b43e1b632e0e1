//! Markdown formatting for the editor's toolbar and shortcuts, acting on the selection.
//!
//! Offsets are byte offsets into the text; a browser's text area counts UTF-16 units,
//! which [`byte_offset`] and [`utf16_offset`] convert.

/// A formatting command.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// `**bold**`
    Bold,
    /// `*italic*`
    Italic,
    /// `[text](https://)`
    Link,
    /// `` `code` ``, or a fenced block around several lines.
    Code,
    /// `## Heading` on each selected line.
    Heading,
    /// `- item` on each selected line.
    List,
    /// `> quote` on each selected line.
    Quote,
}

/// Replace `start..end` of the text with `insert`, then select `select` (in the new text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    /// Start of the replaced range.
    pub start: usize,
    /// End of the replaced range.
    pub end: usize,
    /// The new text for that range.
    pub insert: String,
    /// The selection afterwards.
    pub select: (usize, usize),
}

/// The edit `format` makes to `text` with `start..end` selected. Applied again to the
/// result, an inline or line format is undone.
pub fn apply(format: Format, text: &str, start: usize, end: usize) -> Edit {
    let (start, end) = (
        start.min(end).min(text.len()),
        end.max(start).min(text.len()),
    );
    match format {
        Format::Bold => inline(text, start, end, "**"),
        Format::Italic => inline(text, start, end, "*"),
        Format::Code if text[start..end].contains('\n') => {
            let insert = format!("```\n{}\n```", &text[start..end]);
            let select = (start + 4, start + 4 + (end - start));
            Edit {
                start,
                end,
                insert,
                select,
            }
        }
        Format::Code => inline(text, start, end, "`"),
        Format::Link => {
            let label = &text[start..end];
            let insert = format!("[{label}](https://)");
            let select = if label.is_empty() {
                (start + 1, start + 1)
            } else {
                let url = start + label.len() + 3;
                (url, url + "https://".len())
            };
            Edit {
                start,
                end,
                insert,
                select,
            }
        }
        Format::Heading => lines(text, start, end, "## "),
        Format::List => lines(text, start, end, "- "),
        Format::Quote => lines(text, start, end, "> "),
    }
}

/// Wraps the selection in `marker`, or unwraps it if it is wrapped already.
fn inline(text: &str, start: usize, end: usize, marker: &str) -> Edit {
    let m = marker.len();
    let wrapped = start >= m
        && text[..start].ends_with(marker)
        && text[end..].starts_with(marker)
        // `**bold**` is not `*italic*` around `*bold*`.
        && !(marker == "*" && text[..start - m].ends_with('*') && text[end + m..].starts_with('*'));
    if wrapped {
        Edit {
            start: start - m,
            end: end + m,
            insert: text[start..end].to_owned(),
            select: (start - m, end - m),
        }
    } else {
        Edit {
            start,
            end,
            insert: format!("{marker}{}{marker}", &text[start..end]),
            select: (start + m, end + m),
        }
    }
}

/// Adds `prefix` to every line the selection touches, or removes it if all have it.
/// A heading replaces any heading marker already there.
fn lines(text: &str, start: usize, end: usize, prefix: &str) -> Edit {
    let first = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let last = if end > start && text[..end].ends_with('\n') {
        end - 1
    } else {
        text[end..].find('\n').map_or(text.len(), |i| end + i)
    };
    let block = &text[first..last];
    let all_have = block.lines().all(|l| l.starts_with(prefix));
    let insert: Vec<String> = block
        .split('\n')
        .map(|line| {
            if all_have {
                line[prefix.len()..].to_owned()
            } else if prefix == "## " {
                format!("{prefix}{}", line.trim_start_matches('#').trim_start())
            } else {
                format!("{prefix}{line}")
            }
        })
        .collect();
    let insert = insert.join("\n");
    let select = if start == end {
        let caret = first + insert.len();
        (caret, caret)
    } else {
        (first, first + insert.len())
    };
    Edit {
        start: first,
        end: last,
        insert,
        select,
    }
}

/// The byte offset in `text` of the UTF-16 offset `units` (clamped to the end).
pub fn byte_offset(text: &str, units: usize) -> usize {
    let mut counted = 0;
    for (i, c) in text.char_indices() {
        if counted >= units {
            return i;
        }
        counted += c.len_utf16();
    }
    text.len()
}

/// The UTF-16 offset of the byte offset `byte` in `text`.
pub fn utf16_offset(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].encode_utf16().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Applies `format` to the text, where `[` and `]` mark the selection, and shows the
    /// result the same way.
    fn run(format: Format, marked: &str) -> String {
        let start = marked.find('[').unwrap();
        let end = marked.find(']').unwrap() - 1;
        let text = marked.replacen('[', "", 1).replacen(']', "", 1);
        let edit = apply(format, &text, start, end);
        let mut out = text.clone();
        out.replace_range(edit.start..edit.end, &edit.insert);
        out.insert(edit.select.1, ']');
        out.insert(edit.select.0, '[');
        out
    }

    #[test]
    fn wraps_and_unwraps_the_selection() {
        assert_eq!(run(Format::Bold, "un [mot] ici"), "un **[mot]** ici");
        assert_eq!(run(Format::Bold, "un **[mot]** ici"), "un [mot] ici");
        assert_eq!(run(Format::Italic, "un [mot] ici"), "un *[mot]* ici");
        assert_eq!(run(Format::Italic, "un *[mot]* ici"), "un [mot] ici");
        assert_eq!(
            run(Format::Italic, "un **[mot]** ici"),
            "un ***[mot]*** ici"
        );
        assert_eq!(run(Format::Code, "un [mot] ici"), "un `[mot]` ici");
        assert_eq!(run(Format::Bold, "vide [] ici"), "vide **[]** ici");
    }

    #[test]
    fn code_on_several_lines_is_a_fenced_block() {
        assert_eq!(run(Format::Code, "[a\nb]"), "```\n[a\nb]\n```");
    }

    #[test]
    fn links_select_the_address_to_type() {
        assert_eq!(
            run(Format::Link, "voir [ce site] !"),
            "voir [ce site]([https://]) !"
        );
        assert_eq!(run(Format::Link, "voir [] !"), "voir [[]](https://) !");
    }

    #[test]
    fn line_formats_apply_to_every_selected_line_and_toggle() {
        assert_eq!(run(Format::List, "a\n[b\nc]\nd"), "a\n[- b\n- c]\nd");
        assert_eq!(run(Format::List, "a\n[- b\n- c]\nd"), "a\n[b\nc]\nd");
        assert_eq!(run(Format::Quote, "un te[]xte"), "> un texte[]");
        assert_eq!(run(Format::Heading, "### T[]itre"), "## Titre[]");
        assert_eq!(run(Format::Heading, "## T[]itre"), "Titre[]");
        // A selection ending at a line break stops before it.
        assert_eq!(run(Format::Quote, "[a\n]b"), "[> a]\nb");
    }

    #[test]
    fn converts_between_utf16_and_bytes() {
        let text = "é😀a";
        assert_eq!(byte_offset(text, 0), 0);
        assert_eq!(byte_offset(text, 1), 2);
        assert_eq!(byte_offset(text, 3), 6);
        assert_eq!(byte_offset(text, 99), 7);
        assert_eq!(utf16_offset(text, 6), 3);
        assert_eq!(utf16_offset(text, 7), 4);
    }
}
