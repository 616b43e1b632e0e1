//! Title widths as Google's results draw them: Arial at 20 px.

/// Advance widths of U+0020..U+017F (ASCII, Latin-1, Latin Extended-A) in font units
/// (2048 to the em), 0 for the control characters U+007F..U+009F.
///
/// Extracted once with fontTools from Liberation Sans Regular
/// (`/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf`), which is
/// metric-compatible with Arial: same advance widths.
const LATIN: [u16; 0x180 - 0x20] = [
    569, 569, 727, 1139, 1139, 1821, 1366, 391, 682, 682, 797, 1196, 569, 682, 569, 569, 1139,
    1139, 1139, 1139, 1139, 1139, 1139, 1139, 1139, 1139, 569, 569, 1196, 1196, 1196, 1139, 2079,
    1366, 1366, 1479, 1479, 1366, 1251, 1593, 1479, 569, 1024, 1366, 1139, 1706, 1479, 1593, 1366,
    1593, 1479, 1366, 1251, 1479, 1366, 1933, 1366, 1366, 1251, 569, 569, 569, 961, 1139, 682,
    1139, 1139, 1024, 1139, 1139, 569, 1139, 1139, 455, 455, 1024, 455, 1706, 1139, 1139, 1139,
    1139, 682, 1024, 569, 1139, 1024, 1479, 1024, 1024, 1024, 684, 532, 684, 1196, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 569, 682,
    1139, 1139, 1139, 1139, 532, 1139, 682, 1509, 758, 1139, 1196, 682, 1509, 1131, 819, 1124, 682,
    682, 682, 1180, 1100, 569, 682, 682, 748, 1139, 1708, 1708, 1708, 1251, 1366, 1366, 1366, 1366,
    1366, 1366, 2048, 1479, 1366, 1366, 1366, 1366, 569, 569, 569, 569, 1479, 1479, 1593, 1593,
    1593, 1593, 1593, 1196, 1593, 1479, 1479, 1479, 1479, 1366, 1366, 1251, 1139, 1139, 1139, 1139,
    1139, 1139, 1821, 1024, 1139, 1139, 1139, 1139, 569, 569, 569, 569, 1139, 1139, 1139, 1139,
    1139, 1139, 1139, 1124, 1251, 1139, 1139, 1139, 1139, 1024, 1139, 1024, 1366, 1139, 1366, 1139,
    1366, 1139, 1479, 1024, 1479, 1024, 1479, 1024, 1479, 1024, 1479, 1259, 1479, 1139, 1366, 1139,
    1366, 1139, 1366, 1139, 1366, 1139, 1366, 1139, 1593, 1139, 1593, 1139, 1593, 1139, 1593, 1139,
    1479, 1139, 1479, 1139, 569, 569, 569, 569, 569, 569, 569, 455, 569, 569, 1505, 909, 1024, 455,
    1366, 1024, 1024, 1139, 455, 1139, 455, 1139, 597, 1139, 684, 1139, 455, 1479, 1139, 1479,
    1139, 1479, 1139, 1237, 1481, 1139, 1593, 1139, 1593, 1139, 1593, 1139, 2048, 1933, 1479, 682,
    1479, 682, 1479, 682, 1366, 1024, 1366, 1024, 1366, 1024, 1366, 1024, 1251, 569, 1251, 768,
    1251, 569, 1479, 1139, 1479, 1139, 1479, 1139, 1479, 1139, 1479, 1139, 1479, 1139, 1933, 1479,
    1366, 1024, 1366, 1251, 1024, 1251, 1024, 1251, 1024, 455,
];

/// Font units per em.
const UNITS_PER_EM: f32 = 2048.0;
/// The size of Google's result titles, in CSS pixels.
const FONT_PX: f32 = 20.0;
/// The width given to a character outside the table: the mean advance of the table's
/// letters (about 1178 units, 11.5 px at 20 px).
const AVERAGE: u16 = 1178;
/// U+202F has no glyph in Arial; browsers draw it as a thin space, about a fifth of an em.
const NARROW_NO_BREAK: u16 = 410;
/// Where Google cuts a title, in pixels.
pub(crate) const GOOGLE_LIMIT_PX: f32 = 600.0;

/// The advance width of `c` in font units.
fn units(c: char) -> u16 {
    let code = c as u32;
    if (0x20..0x180).contains(&code) {
        let w = LATIN[(code - 0x20) as usize];
        return if w == 0 { AVERAGE } else { w };
    }
    match c {
        'Œ' => 2048,
        'œ' => 1933,
        '‘' | '’' => 455,
        '“' | '”' => 682,
        '…' | '—' => 2048,
        '–' | '€' => 1139,
        '•' => 717,
        '\u{202f}' => NARROW_NO_BREAK,
        _ => AVERAGE,
    }
}

/// The width of `text` in Arial at 20 px, in pixels.
pub(crate) fn width_px(text: &str) -> f32 {
    let total: u32 = text.chars().map(|c| u32::from(units(c))).sum();
    total as f32 * FONT_PX / UNITS_PER_EM
}

/// `title` cut the way Google cuts it: at the last word boundary that keeps the title
/// and " …" within 600 px.
pub(crate) fn google_title(title: &str) -> String {
    let title = title.trim();
    if width_px(title) <= GOOGLE_LIMIT_PX {
        return title.to_owned();
    }
    let budget = GOOGLE_LIMIT_PX - width_px(" …");
    let mut cut = 0;
    let mut width = 0.0;
    for (i, c) in title.char_indices() {
        if c.is_whitespace() && width <= budget {
            cut = i;
        }
        width += f32::from(units(c)) * FONT_PX / UNITS_PER_EM;
        if width > budget {
            break;
        }
    }
    if cut == 0 {
        // One very long word: cut inside it.
        let mut width = 0.0;
        for (i, c) in title.char_indices() {
            width += f32::from(units(c)) * FONT_PX / UNITS_PER_EM;
            if width > budget {
                cut = i;
                break;
            }
        }
    }
    format!("{} …", title[..cut].trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_arial() {
        // "a" is 1139 units: 11.12 px at 20 px.
        assert!((width_px("a") - 11.123).abs() < 0.01);
        assert!((width_px("W") - 1933.0 * 20.0 / 2048.0).abs() < 0.01);
    }

    #[test]
    fn cuts_long_titles_at_a_word() {
        let short = "Le métier qui n’existe pas";
        assert_eq!(google_title(short), short);
        let long = "Un titre beaucoup trop long pour tenir dans les résultats de recherche de Google, vraiment";
        let cut = google_title(long);
        assert!(cut.ends_with(" …"));
        assert!(width_px(&cut) <= GOOGLE_LIMIT_PX);
        assert!(long.starts_with(cut.trim_end_matches(" …")));
    }
}
