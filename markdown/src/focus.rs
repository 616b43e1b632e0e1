//! `cover_focus`: where a cover's subject is, so that a link preview card cut from it
//! (wider than most photos) keeps the subject rather than the middle.

use std::fmt;
use std::str::FromStr;

/// A point of an image, in per cent of its width and height from its top left corner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Focus {
    /// From the left, 0–100.
    pub x: u8,
    /// From the top, 0–100.
    pub y: u8,
}

impl Focus {
    /// The middle of the image: what a card is cut around without a `cover_focus`.
    pub const CENTER: Focus = Focus { x: 50, y: 50 };
}

/// A `cover_focus` that does not say a place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadFocus(pub String);

impl fmt::Display for BadFocus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "cover_focus says where the photo's subject is: top, bottom, left, right, center, a pair such as \"top left\", or per cents from the top left corner such as \"30% 70%\"; not {:?}",
            self.0
        )
    }
}

impl std::error::Error for BadFocus {}

impl FromStr for Focus {
    type Err = BadFocus;

    /// `top`, `bottom`, `left`, `right`, `center` (or `centre`), two of them (`top left`),
    /// or `x% y%`.
    fn from_str(text: &str) -> Result<Self, BadFocus> {
        let bad = || BadFocus(text.to_owned());
        let words: Vec<String> = text.split_whitespace().map(str::to_lowercase).collect();
        if words.is_empty() || words.len() > 2 {
            return Err(bad());
        }
        if words.iter().all(|w| w.ends_with('%')) {
            let [x, y] = words.as_slice() else {
                return Err(bad());
            };
            let percent = |w: &str| -> Result<u8, BadFocus> {
                let n: f32 = w.trim_end_matches('%').parse().map_err(|_| bad())?;
                if (0.0..=100.0).contains(&n) {
                    Ok(n.round() as u8)
                } else {
                    Err(bad())
                }
            };
            return Ok(Focus {
                x: percent(x)?,
                y: percent(y)?,
            });
        }
        let mut focus = Focus::CENTER;
        let (mut x_set, mut y_set) = (false, false);
        for word in &words {
            let (axis_x, value) = match word.as_str() {
                "left" => (true, 0),
                "right" => (true, 100),
                "top" => (false, 0),
                "bottom" => (false, 100),
                "center" | "centre" => continue,
                _ => return Err(bad()),
            };
            let set = if axis_x { &mut x_set } else { &mut y_set };
            if *set {
                return Err(bad());
            }
            *set = true;
            if axis_x {
                focus.x = value;
            } else {
                focus.y = value;
            }
        }
        Ok(focus)
    }
}

impl fmt::Display for Focus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}% {}%", self.x, self.y)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_focus_is_words_or_per_cents() {
        let at = |x, y| Ok(Focus { x, y });
        assert_eq!("top".parse(), at(50, 0));
        assert_eq!("Bottom right".parse(), at(100, 100));
        assert_eq!("left top".parse(), at(0, 0));
        assert_eq!("center".parse(), at(50, 50));
        assert_eq!("30% 70%".parse(), at(30, 70));
        assert_eq!(" 12.6%  0% ".parse(), at(13, 0));
        for bad in [
            "",
            "haut",
            "top bottom",
            "left left",
            "50%",
            "120% 10%",
            "a% b%",
            "top left right",
        ] {
            assert_eq!(bad.parse::<Focus>(), Err(BadFocus(bad.into())), "{bad:?}");
        }
    }
}
