//! Long lists cut into pages, so the home and tag pages stay quick with thousands of posts.

/// How many posts a page lists.
pub const PER_PAGE: usize = 20;

/// One page of a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Page {
    /// Its number, from 1.
    pub number: usize,
    /// How many pages there are (at least 1, even for an empty list).
    pub count: usize,
    /// The first item it shows (an index into the list).
    pub start: usize,
    /// One past the last item it shows.
    pub end: usize,
}

impl Page {
    /// Page `requested` (as in `?page=`) of a list of `len` items, `per_page` to a page.
    /// A missing, unreadable or out-of-range number gives the nearest page that exists.
    pub fn of(len: usize, requested: Option<&str>, per_page: usize) -> Page {
        let per_page = per_page.max(1);
        let count = len.div_ceil(per_page).max(1);
        let number = requested
            .and_then(|n| n.trim().parse::<usize>().ok())
            .unwrap_or(1)
            .clamp(1, count);
        let start = (number - 1) * per_page;
        Page {
            number,
            count,
            start,
            end: (start + per_page).min(len),
        }
    }

    /// The previous page's number, if there is one.
    pub fn previous(&self) -> Option<usize> {
        (self.number > 1).then(|| self.number - 1)
    }

    /// The next page's number, if there is one.
    pub fn next(&self) -> Option<usize> {
        (self.number < self.count).then(|| self.number + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_is_cut_into_pages() {
        let page = Page::of(45, Some("2"), 20);
        assert_eq!(
            (page.number, page.count, page.start, page.end),
            (2, 3, 20, 40)
        );
        assert_eq!((page.previous(), page.next()), (Some(1), Some(3)));
        let last = Page::of(45, Some("3"), 20);
        assert_eq!((last.start, last.end, last.next()), (40, 45, None));
        let first = Page::of(45, None, 20);
        assert_eq!(
            (first.number, first.start, first.end, first.previous()),
            (1, 0, 20, None)
        );
    }

    #[test]
    fn a_bad_page_number_gives_the_nearest_page() {
        assert_eq!(Page::of(45, Some("99"), 20).number, 3);
        assert_eq!(Page::of(45, Some("0"), 20).number, 1);
        assert_eq!(Page::of(45, Some("deux"), 20).number, 1);
        assert_eq!(Page::of(45, Some("-1"), 20).number, 1);
        let empty = Page::of(0, Some("2"), 20);
        assert_eq!(
            (empty.number, empty.count, empty.start, empty.end),
            (1, 1, 0, 0)
        );
    }
}
