//! Front matter: the YAML between a post's `---` lines, read and written the same way by
//! the build (`posts/`) and by the drafts studio (a `.md` file imported or exported).
//!
//! Both sides go through this module and one YAML library (`serde_yaml_ng`), so the studio
//! cannot export a file the build refuses, nor read a file differently from the build.
//! [`split`] finds the front matter, [`read`] parses it into [`Fields`] (typed, unknown
//! keys refused), [`write`] turns [`Fields`] back into YAML; what each field means (a
//! date, a language…) is checked by the caller.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A Markdown file cut at its front matter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Split<'a> {
    /// The YAML between the `---` lines (it starts on line 2 of the file).
    pub yaml: &'a str,
    /// What follows the closing `---`.
    pub body: &'a str,
    /// The line of the file the body starts on (1-based).
    pub body_line: usize,
}

/// The front-matter fields of a post, in the order they are written.
///
/// Values are as the file gives them; the build checks what they mean (`load`), the
/// studio keeps them in a draft (`draft`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fields {
    /// The title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Publication date, `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Who wrote it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// Tags.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// A summary for lists and link previews.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// The language, `fr` or `en`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// `true` keeps the post out of the site.
    #[serde(default, skip_serializing_if = "is_false")]
    pub draft: bool,
    /// The URL segment, when it must differ from the file name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// The main image (`images/…`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cover: Option<String>,
    /// What the cover shows.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cover_alt: Option<String>,
    /// Where the cover's subject is, for link preview cards cut from it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cover_focus: Option<String>,
    /// Credit line for the post's photo.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub photo_credit: Option<String>,
    /// The words the writer wants the post found by: read by the proofreader only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keyphrase: Option<String>,
}

fn is_false(b: &bool) -> bool {
    !b
}

/// Why a front matter cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// The line of the file (1-based) where it goes wrong.
    pub line: usize,
    /// What is wrong.
    pub kind: ErrorKind,
}

/// What is wrong with a front matter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// The opening `---` has no closing `---`.
    Unclosed,
    /// YAML that does not parse, an unknown field, a value of the wrong kind: the YAML
    /// library's words, without its position (the line says where).
    Yaml(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: ", self.line)?;
        match &self.kind {
            ErrorKind::Unclosed => f.write_str("the front matter has no closing ---"),
            ErrorKind::Yaml(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for Error {}

/// Cuts `text` at its front matter: `None` when the file does not start with a `---`
/// line (a byte-order mark before it is skipped), an error when that `---` is not closed.
pub fn split(text: &str) -> Result<Option<Split<'_>>, Error> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.split_inclusive('\n');
    if lines.next().map(str::trim_end) != Some("---") {
        return Ok(None);
    }
    let yaml_start = text.find('\n').map_or(text.len(), |i| i + 1);
    let mut yaml_end = yaml_start;
    for (yaml_lines, line) in lines.enumerate() {
        if line.trim_end() == "---" {
            let body = &text[yaml_end + line.len()..];
            return Ok(Some(Split {
                yaml: &text[yaml_start..yaml_end],
                body,
                // The opening `---`, the YAML's lines, the closing `---`.
                body_line: yaml_lines + 3,
            }));
        }
        yaml_end += line.len();
    }
    Err(Error {
        line: 1,
        kind: ErrorKind::Unclosed,
    })
}

/// Parses the YAML of a front matter (as [`split`] found it). An empty one has no fields.
pub fn read(yaml: &str) -> Result<Fields, Error> {
    let fields: Option<Fields> = serde_yaml_ng::from_str(yaml).map_err(|e| {
        // The YAML starts on line 2 of the file.
        let line = e.location().map_or(1, |l| l.line() + 1);
        let message = e.to_string();
        let message = match message.find(" at line ") {
            Some(i) => message[..i].to_owned(),
            None => message,
        };
        Error {
            line,
            kind: ErrorKind::Yaml(message),
        }
    })?;
    Ok(fields.unwrap_or_default())
}

/// Writes `fields` as the YAML of a front matter (without the `---` lines): a line per
/// field, lists in brackets, each value plain when the YAML reader gives it back as it is
/// on one line, double-quoted with escapes otherwise, so that [`read`] gives the same
/// fields back (the tests check it over generated values).
pub fn write(fields: &Fields) -> String {
    use serde_yaml_ng::Value;
    // Fields serialise to a mapping of strings, booleans and lists of strings, in order.
    let Ok(Value::Mapping(map)) = serde_yaml_ng::to_value(fields) else {
        return String::new();
    };
    let mut out = String::new();
    for (key, value) in map {
        let Value::String(key) = key else { continue };
        let value = match value {
            Value::String(text) => scalar(&text, false),
            Value::Bool(b) => b.to_string(),
            Value::Sequence(items) => {
                let items: Vec<String> = items
                    .iter()
                    .filter_map(Value::as_str)
                    .map(|item| scalar(item, true))
                    .collect();
                format!("[{}]", items.join(", "))
            }
            _ => continue,
        };
        out.push_str(&key);
        out.push_str(": ");
        out.push_str(&value);
        out.push('\n');
    }
    out
}

/// `text` as a YAML scalar: plain if the reader gives it back unchanged (asked in the
/// context it will be written in), double-quoted otherwise.
fn scalar(text: &str, in_list: bool) -> String {
    let special = |c: char| c == '"' || c == '\\' || !inline_printable(c);
    // YAML 1.1 readers (other tools) take these for booleans or null.
    let yaml_1_1_word = matches!(
        text.to_ascii_lowercase().as_str(),
        "y" | "n" | "yes" | "no" | "on" | "off" | "true" | "false" | "null" | "~"
    );
    let needs_quotes = text.is_empty()
        || text.contains(special)
        || yaml_1_1_word
        || (in_list && text.contains([',', '[', ']', '{', '}']));
    let reads_back = || {
        if in_list {
            let yaml = format!("v: [{text}]\n");
            serde_yaml_ng::from_str::<std::collections::BTreeMap<String, Vec<String>>>(&yaml)
                .is_ok_and(|m| m.get("v").is_some_and(|v| v.len() == 1 && v[0] == text))
        } else {
            let yaml = format!("v: {text}\n");
            serde_yaml_ng::from_str::<std::collections::BTreeMap<String, Option<String>>>(&yaml)
                .is_ok_and(|m| m.get("v").is_some_and(|v| v.as_deref() == Some(text)))
        }
    };
    if !needs_quotes && reads_back() {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if inline_printable(c) => out.push(c),
            c if (c as u32) <= 0xffff => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push('"');
    out
}

/// Whether `c` may appear as itself inside a one-line YAML scalar: YAML's printable
/// characters, less line breaks (which YAML counts U+0085, U+2028 and U+2029 among) and
/// the byte-order mark.
fn inline_printable(c: char) -> bool {
    matches!(c, ' '..='~' | '\u{a0}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
        && !matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}')
}

/// The line (2 or more) of the field `key` in `yaml`, for messages about its value; 1 when
/// it is not written as `key:` at the start of a line.
pub fn line_of(yaml: &str, key: &str) -> usize {
    yaml.lines()
        .position(|l| l.starts_with(key) && l[key.len()..].trim_start().starts_with(':'))
        .map_or(1, |i| i + 2)
}

#[cfg(test)]
mod tests;
