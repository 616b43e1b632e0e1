//! Front matter in the browser: reads and writes the YAML subset Carnet's posts use,
//! without a YAML library in the Wasm.
//!
//! The build reads `posts/` with a full YAML parser (`load`); the drafts studio needs the
//! same fields from a `.md` file the writer imports, and must write files the build
//! accepts. Supported: `key: value` lines with plain, `"double"` or `'single'` quoted
//! scalars, flow lists `[a, "b, c"]`, block lists (`- item` lines), `|` and `>` block
//! scalars, and `#` comments. Anything else is refused with its line, never guessed. The
//! tests check this reader against the build's on every post and on tricky samples.

use std::fmt;

/// A front-matter value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// A scalar (string, date, number… all read as text).
    Text(String),
    /// A list of scalars.
    List(Vec<String>),
    /// Nothing after the colon.
    Empty,
}

/// A field and the line it is on (1-based, counting the opening `---`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    /// The key.
    pub key: String,
    /// Its value.
    pub value: Value,
    /// Its line in the file.
    pub line: usize,
}

/// A Markdown file split into its front matter and body.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    /// The front-matter fields, in order; empty if the file has none.
    pub fields: Vec<Field>,
    /// What follows the front matter.
    pub body: String,
}

/// Why a front matter cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// The line (1-based) where it goes wrong.
    pub line: usize,
    /// What is wrong.
    pub kind: ErrorKind,
}

/// What is wrong with a front matter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// The opening `---` has no closing `---`.
    Unclosed,
    /// A line that is not `key: value`, a list item or a comment.
    NotAField,
    /// A quoted value whose quote is not closed, or with text after it.
    BadQuotes,
    /// A `[` list without its `]`.
    BadList,
    /// The same key twice.
    Duplicate(String),
    /// YAML this reader does not handle (anchors, nested maps…).
    Unsupported,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: ", self.line)?;
        match &self.kind {
            ErrorKind::Unclosed => f.write_str("the front matter has no closing ---"),
            ErrorKind::NotAField => f.write_str("expected “key: value”"),
            ErrorKind::BadQuotes => f.write_str("unbalanced quotes"),
            ErrorKind::BadList => f.write_str("a list opened with [ is not closed with ]"),
            ErrorKind::Duplicate(key) => write!(f, "“{key}” appears twice"),
            ErrorKind::Unsupported => f.write_str("YAML the studio cannot read (use key: value)"),
        }
    }
}

/// Splits `text` into front matter and body. A file that does not start with `---` has
/// no front matter: all of it is the body.
pub fn parse(text: &str) -> Result<Document, Error> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.split_inclusive('\n');
    let Some(first) = lines.next() else {
        return Ok(Document::default());
    };
    if first.trim_end() != "---" {
        return Ok(Document {
            fields: Vec::new(),
            body: text.to_owned(),
        });
    }
    let mut header: Vec<&str> = Vec::new();
    let mut closed = false;
    let mut consumed = first.len();
    for line in lines.by_ref() {
        consumed += line.len();
        if line.trim_end() == "---" {
            closed = true;
            break;
        }
        header.push(line.trim_end_matches(['\n', '\r']));
    }
    if !closed {
        return Err(Error {
            line: 1,
            kind: ErrorKind::Unclosed,
        });
    }
    Ok(Document {
        fields: parse_fields(&header)?,
        body: text[consumed..].to_owned(),
    })
}

fn parse_fields(lines: &[&str]) -> Result<Vec<Field>, Error> {
    let mut fields: Vec<Field> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line_no = i + 2;
        let err = |kind| Error {
            line: line_no,
            kind,
        };
        let line = lines[i];
        i += 1;
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if line.starts_with([' ', '\t']) || trimmed.starts_with('-') {
            return Err(err(ErrorKind::NotAField));
        }
        let (key, rest) = line.split_once(':').ok_or(err(ErrorKind::NotAField))?;
        let key = key.trim();
        if key.is_empty()
            || !key
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
        {
            return Err(err(ErrorKind::NotAField));
        }
        if !rest.is_empty() && !rest.starts_with([' ', '\t']) {
            return Err(err(ErrorKind::NotAField));
        }
        if fields.iter().any(|f| f.key == key) {
            return Err(err(ErrorKind::Duplicate(key.to_owned())));
        }
        let rest = strip_comment(rest.trim());
        let value = if rest.is_empty() {
            // A block list may follow.
            let mut items = Vec::new();
            while let Some(next) = lines.get(i) {
                let t = next.trim();
                if t.is_empty() || t.starts_with('#') {
                    i += 1;
                    continue;
                }
                let Some(item) = t.strip_prefix('-') else {
                    break;
                };
                if !(item.is_empty() || item.starts_with(' ')) {
                    break;
                }
                items.push(
                    scalar(strip_comment(item.trim()))
                        .map_err(|kind| Error { line: i + 2, kind })?,
                );
                i += 1;
            }
            if items.is_empty() {
                Value::Empty
            } else {
                Value::List(items)
            }
        } else if matches!(rest, "|" | ">" | "|-" | ">-") {
            let folded = rest.starts_with('>');
            let strip = rest.ends_with('-');
            let mut block = Vec::new();
            while let Some(next) = lines.get(i) {
                if !(next.starts_with([' ', '\t']) || next.trim().is_empty()) {
                    break;
                }
                block.push(next.trim());
                i += 1;
            }
            while block.last().is_some_and(|l| l.is_empty()) {
                block.pop();
            }
            let mut text = block.join(if folded { " " } else { "\n" });
            // YAML's default "clip": one final line break, unless `-` strips it.
            if !strip && !text.is_empty() {
                text.push('\n');
            }
            Value::Text(text)
        } else if let Some(list) = rest.strip_prefix('[') {
            let list = list.strip_suffix(']').ok_or(err(ErrorKind::BadList))?;
            Value::List(flow_items(list).map_err(err)?)
        } else if rest.starts_with(['{', '&', '*', '!', '%', '@', '`']) {
            return Err(err(ErrorKind::Unsupported));
        } else {
            Value::Text(scalar(rest).map_err(err)?)
        };
        fields.push(Field {
            key: key.to_owned(),
            value,
            line: line_no,
        });
    }
    Ok(fields)
}

/// Removes a ` #` comment that is outside quotes. A quote opens only where a value or a
/// list item starts; inside a plain value (`l'équipe`) it is just a character.
fn strip_comment(value: &str) -> &str {
    let (mut double, mut single) = (false, false);
    let mut previous = ' ';
    let mut chars = value.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let opens = previous.is_whitespace() || previous == '[' || previous == ',';
        match c {
            '\\' if double => {
                chars.next();
            }
            '"' if double => double = false,
            '"' if !single && opens => double = true,
            '\'' if single => {
                // '' is a quote inside a single-quoted value.
                if chars.peek().is_some_and(|(_, n)| *n == '\'') {
                    chars.next();
                } else {
                    single = false;
                }
            }
            '\'' if !double && opens => single = true,
            '#' if !double && !single && previous.is_whitespace() => {
                return value[..i].trim_end();
            }
            _ => {}
        }
        previous = c;
    }
    value
}

/// One scalar: plain, "double-quoted" or 'single-quoted'.
fn scalar(value: &str) -> Result<String, ErrorKind> {
    if let Some(inner) = value.strip_prefix('"') {
        let (text, rest) = double_quoted(inner)?;
        after_quote(rest)?;
        Ok(text)
    } else if let Some(inner) = value.strip_prefix('\'') {
        let (text, rest) = single_quoted(inner)?;
        after_quote(rest)?;
        Ok(text)
    } else if value.contains(": ") || value.starts_with(['{', '[', '&', '*', '!', '|', '>']) {
        Err(ErrorKind::Unsupported)
    } else {
        Ok(value.trim().to_owned())
    }
}

fn after_quote(rest: &str) -> Result<(), ErrorKind> {
    let rest = rest.trim_start();
    if rest.is_empty() || rest.starts_with('#') {
        Ok(())
    } else {
        Err(ErrorKind::BadQuotes)
    }
}

/// The text of a double-quoted scalar (after its opening quote), and what follows it.
fn double_quoted(s: &str) -> Result<(String, &str), ErrorKind> {
    let mut out = String::new();
    let mut chars = s.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Ok((out, &s[i + 1..])),
            '\\' => {
                let (_, e) = chars.next().ok_or(ErrorKind::BadQuotes)?;
                match e {
                    'n' => out.push('\n'),
                    't' => out.push('\t'),
                    '"' | '\\' | '/' => out.push(e),
                    '0' => out.push('\0'),
                    '_' => out.push('\u{a0}'),
                    'u' | 'U' | 'x' => {
                        let len = match e {
                            'x' => 2,
                            'u' => 4,
                            _ => 8,
                        };
                        let hex: String = (0..len)
                            .filter_map(|_| chars.next().map(|(_, h)| h))
                            .collect();
                        let code =
                            u32::from_str_radix(&hex, 16).map_err(|_| ErrorKind::BadQuotes)?;
                        out.push(char::from_u32(code).ok_or(ErrorKind::BadQuotes)?);
                    }
                    _ => return Err(ErrorKind::BadQuotes),
                }
            }
            c => out.push(c),
        }
    }
    Err(ErrorKind::BadQuotes)
}

/// The text of a single-quoted scalar (after its opening quote), and what follows it.
fn single_quoted(s: &str) -> Result<(String, &str), ErrorKind> {
    let mut out = String::new();
    let mut rest = s;
    loop {
        let at = rest.find('\'').ok_or(ErrorKind::BadQuotes)?;
        out.push_str(&rest[..at]);
        rest = &rest[at + 1..];
        match rest.strip_prefix('\'') {
            Some(after) => {
                out.push('\'');
                rest = after;
            }
            None => return Ok((out, rest)),
        }
    }
}

/// The items of a flow list (between `[` and `]`).
fn flow_items(list: &str) -> Result<Vec<String>, ErrorKind> {
    let mut items = Vec::new();
    let mut rest = list.trim();
    while !rest.is_empty() {
        let (item, after) = if let Some(inner) = rest.strip_prefix('"') {
            double_quoted(inner)?
        } else if let Some(inner) = rest.strip_prefix('\'') {
            single_quoted(inner)?
        } else {
            let end = rest.find(',').unwrap_or(rest.len());
            let item = rest[..end].trim();
            if item.starts_with(['[', '{']) {
                return Err(ErrorKind::Unsupported);
            }
            (item.to_owned(), &rest[end..])
        };
        items.push(item);
        let after = after.trim_start();
        rest = match after.strip_prefix(',') {
            Some(more) => more.trim_start(),
            None if after.is_empty() => after,
            None => return Err(ErrorKind::BadList),
        };
    }
    Ok(items)
}

/// Writes `value` as a YAML scalar the build reads back unchanged: plain when that is
/// safe, double-quoted otherwise.
pub fn quote(value: &str) -> String {
    if is_plain_safe(value) {
        value.to_owned()
    } else {
        let mut out = String::from("\"");
        for c in value.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\t' => out.push_str("\\t"),
                c if c.is_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
                c => out.push(c),
            }
        }
        out.push('"');
        out
    }
}

/// A flow list of scalars: `[a, "b, c"]`.
pub fn quote_list(items: &[String]) -> String {
    let items: Vec<String> = items
        .iter()
        .map(|item| {
            if item.contains([',', '[', ']', '{', '}']) {
                force_quotes(item)
            } else {
                quote(item)
            }
        })
        .collect();
    format!("[{}]", items.join(", "))
}

fn force_quotes(value: &str) -> String {
    let quoted = quote(value);
    if quoted.starts_with('"') {
        quoted
    } else {
        format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\""))
    }
}

/// Whether `value` reads back as the same string when written without quotes.
fn is_plain_safe(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    !value.is_empty()
        && value.trim() == value
        && !value.starts_with([
            '-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%',
            '@', '`', '~',
        ])
        && !value.contains(": ")
        && !value.contains(" #")
        && !value.ends_with(':')
        && !value.chars().any(|c| c.is_control())
        && !matches!(
            lower.as_str(),
            "true" | "false" | "yes" | "no" | "on" | "off" | "y" | "n" | "null"
        )
        && !value.starts_with(|c: char| c.is_ascii_digit() || c == '.' || c == '+')
}

#[cfg(test)]
mod tests;
