//! Step 2 of the build: every image the published posts show made for the web by
//! [`carnet_images`] (or taken from the cache or an earlier build), and a link preview
//! card for every post and the site.

use super::*;

/// The images step 2 made or kept.
pub(crate) struct Images {
    /// What each image became, keyed as posts link it.
    pub(crate) processed: BTreeMap<String, Processed>,
    /// The bytes of the widest file of each image made now, by path: covers' cards are
    /// cut from it.
    pub(crate) widest: BTreeMap<String, Vec<u8>>,
}

/// Step 2, images: every image the published posts show, and the site's own, made by
/// [`carnet_images`] (or taken from `cache`, or kept from [`Sources::made`]) and its files
/// written; the other files of `posts/images/` (a PDF a post links to) copied as they are.
/// An image shown by no published post is not published. Returns what each became, by
/// path; an image that cannot be made fails the build at each line that shows it.
pub(crate) fn write_images(
    config: &Config,
    sources: &Sources,
    published: &[&Post],
    cache: &dyn Cache,
    out: &mut Counting<'_>,
) -> Result<Images, BuildError> {
    let shown = published.iter().flat_map(|p| p.images());
    write_shown_images(config, sources, shown, published, cache, out)
}

/// [`write_images`], the images shown given as posts link them (`shown`): those of the
/// `published` posts and of others (the studio's build of what a change touches), the
/// site's own added.
pub(crate) fn write_shown_images(
    config: &Config,
    sources: &Sources,
    shown: impl Iterator<Item = String>,
    published: &[&Post],
    cache: &dyn Cache,
    out: &mut Counting<'_>,
) -> Result<Images, BuildError> {
    let mut shown: BTreeSet<String> = shown.map(|linked| image_key(&linked).to_owned()).collect();
    shown.extend(config.image.iter().map(|(path, _)| path.clone()));
    let to_make: Vec<(&String, &Vec<u8>)> = sources
        .images
        .iter()
        .filter(|(path, _)| shown.contains(*path) && Kind::of(path) != Kind::Other)
        .collect();
    let results = in_parallel(&to_make, |(path, bytes)| {
        carnet_images::process_cached(path, bytes, cache).map(|(made, _)| made)
    });
    let mut made: BTreeMap<String, Made> = BTreeMap::new();
    let mut refused = BTreeMap::new();
    for ((path, _), result) in to_make.iter().zip(results) {
        match result {
            Ok(image) => {
                made.insert((*path).clone(), image);
            }
            Err(e) => {
                refused.insert((*path).clone(), e.to_string());
            }
        }
    }
    let mut processed = BTreeMap::new();
    for (path, image) in &sources.made {
        if shown.contains(path) && !sources.images.contains_key(path) {
            for file in image.files() {
                out.keep(file, sources)?;
            }
            processed.insert(path.clone(), image.clone());
        }
    }
    if !refused.is_empty() {
        return Err(refused_images(config, published, &refused));
    }
    // The widest file of each image made now: covers' cards are cut from it.
    let mut widest = BTreeMap::new();
    for (path, image) in made {
        for (file, bytes) in &image.files {
            out.write(file, bytes)?;
        }
        if let Some(last) = image.processed.variants.last()
            && let Some((_, bytes)) = image.files.into_iter().find(|(f, _)| *f == last.src)
        {
            widest.insert(last.src.clone(), bytes);
        }
        processed.insert(path, image.processed);
    }
    for (path, bytes) in &sources.images {
        if Kind::of(path) == Kind::Other {
            out.write(path, bytes)?;
        }
    }
    Ok(Images { processed, widest })
}

/// The build's error for images that cannot be made (`refused`: path, why): at each line
/// of a post that shows one, or at `Carnet.toml`'s `image`.
fn refused_images(
    config: &Config,
    published: &[&Post],
    refused: &BTreeMap<String, String>,
) -> BuildError {
    let mut errors = Vec::new();
    for post in published {
        for (key, linked, line) in post.image_uses() {
            if let Some(reason) = refused.get(&key) {
                errors.push(PostError {
                    file: post.file.clone(),
                    line,
                    kind: PostErrorKind::BadImage {
                        path: linked,
                        reason: reason.clone(),
                    },
                });
            }
        }
    }
    if errors.is_empty()
        && let Some((image, line)) = &config.image
        && let Some(reason) = refused.get(image)
    {
        return BuildError::Config(format!(
            "Carnet.toml:{line}: image {image:?} cannot be used: {reason}"
        ));
    }
    BuildError::Posts(errors)
}

/// `f` over `items`, in order; on several threads where there are (the command line),
/// one after the other in the browser.
pub(crate) fn in_parallel<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        use std::sync::Mutex;
        use std::sync::atomic::{AtomicUsize, Ordering};
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        let next = AtomicUsize::new(0);
        let results: Mutex<Vec<Option<R>>> = Mutex::new((0..items.len()).map(|_| None).collect());
        std::thread::scope(|scope| {
            for _ in 0..threads.min(items.len()) {
                scope.spawn(|| {
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        let result = f(item);
                        results.lock().expect("no thread panics")[i] = Some(result);
                    }
                });
            }
        });
        let results = results.into_inner().expect("no thread panics");
        results
            .into_iter()
            .map(|r| r.expect("every item done"))
            .collect()
    }
    #[cfg(target_arch = "wasm32")]
    items.iter().map(f).collect()
}

/// The sizes and files of the site's images, as pages show them (sorted by path).
pub(crate) fn image_sizes(images: &BTreeMap<String, Processed>) -> Vec<ImageSize> {
    images
        .iter()
        .map(|(path, image)| ImageSize {
            path: path.clone(),
            width: image.width,
            height: image.height,
            variants: image
                .variants
                .iter()
                .map(|v| (v.src.clone(), v.width))
                .collect(),
            card: Some(image.card.clone()),
        })
        .collect()
}

/// The link preview cards the build made on their own: for the pages without a picture,
/// and the covers with a focus.
#[derive(Debug, Default)]
pub struct Cards {
    /// Each published post's without a cover (drawn) or with a `cover_focus` (cut around
    /// it), by slug: the path of its card.
    pub posts: HashMap<String, String>,
    /// The site's, when `Carnet.toml` names no image.
    pub site: Option<String>,
    /// Every card drawn, by key ([`carnet_images::draw_card`]): path.
    pub keys: BTreeMap<String, String>,
}

/// Step 2, cards: a link preview card drawn for each published post without a cover (its
/// title, the site's title, its author and date, in the site's colours), and for the
/// site if `Carnet.toml` names no image; a card cut around the subject of each cover
/// with a `cover_focus` (from the widest file `made` of it); each taken from an earlier
/// build's (`sources.cards`) or the cache when unchanged.
pub(crate) fn draw_cards(
    config: &Config,
    sources: &Sources,
    published: &[&Post],
    metas: &[PostMeta],
    images: &Images,
    cache: &dyn Cache,
    out: &mut Counting<'_>,
) -> Result<Cards, BuildError> {
    let colors = &config.colors;
    let bylines: Vec<String> = metas
        .iter()
        .map(|meta| format!("{} · {}", meta.author, meta.date.long(meta.lang)))
        .collect();
    let description = config.description.get(config.lang).to_owned();
    let host = data::host(&config.base_url);
    // (name, text, post's slug): the posts without a cover, then the site's.
    let mut to_draw: Vec<(String, CardText<'_>, Option<&str>)> = published
        .iter()
        .zip(metas)
        .zip(&bylines)
        .filter(|((post, _), _)| config.drawn_cards && post.front.cover.is_none())
        .map(|((_, meta), byline)| {
            let text = CardText {
                title: &meta.title,
                site: &config.title,
                byline,
                theme: &colors.theme,
                background: &colors.background,
            };
            (meta.slug.clone(), text, Some(meta.slug.as_str()))
        })
        .collect();
    if config.image.is_none() {
        let text = CardText {
            title: &config.title,
            site: host,
            byline: &description,
            theme: &colors.theme,
            background: &colors.background,
        };
        to_draw.push(("site".to_owned(), text, None));
    }
    // (slug, the cover's widest file, focus): the covers with a focus.
    let to_cut: Vec<(&str, &str, carnet_markdown::focus::Focus)> = published
        .iter()
        .filter_map(|post| {
            let focus = post.front.cover_focus?;
            let image = images
                .processed
                .get(image_key(post.front.cover.as_deref()?))?;
            let widest = image.variants.last()?.src.as_str();
            // An SVG's card shows it whole: there is nothing to cut.
            (Kind::of(widest) != Kind::Svg).then_some((post.slug.as_str(), widest, focus))
        })
        .collect();
    let mut cards = Cards::default();
    let mut add = |slug: Option<&str>, key: String, path: String| {
        match slug {
            Some(slug) => cards.posts.insert(slug.to_owned(), path.clone()),
            None => cards.site.replace(path.clone()),
        };
        cards.keys.insert(key, path);
    };
    // Those an earlier build made, unchanged, are kept as the site serves them.
    let earlier = |key: &str| {
        let path = sources.cards.get(key)?;
        sources.kept.contains_key(path).then(|| path.clone())
    };
    let mut to_draw_now = Vec::new();
    for (name, text, slug) in &to_draw {
        let key = carnet_images::card_key(name, text);
        match earlier(&key) {
            Some(path) => {
                out.keep(&path, sources)?;
                add(*slug, key, path);
            }
            None => to_draw_now.push((name, text, *slug, key)),
        }
    }
    let mut to_cut_now = Vec::new();
    for (slug, file, focus) in &to_cut {
        let key = carnet_images::focused_card_key(slug, file, *focus);
        match earlier(&key) {
            Some(path) => {
                out.keep(&path, sources)?;
                add(Some(*slug), key, path);
            }
            None => {
                let bytes = images
                    .widest
                    .get(*file)
                    .or_else(|| sources.kept.get(*file)?.bytes.as_ref())
                    .ok_or_else(|| {
                        BuildError::Write(format!(
                            "{file} is needed to cut the card of {slug} and is not at hand"
                        ))
                    })?;
                to_cut_now.push((*slug, *file, bytes.as_slice(), *focus, key));
            }
        }
    }
    let drawn = in_parallel(&to_draw_now, |(name, text, _, _)| {
        carnet_images::draw_card(name, text, cache)
    });
    let cut = in_parallel(&to_cut_now, |(slug, file, bytes, focus, _)| {
        carnet_images::focused_card(slug, (file, bytes), *focus, cache)
    });
    let made_now = to_draw_now
        .iter()
        .map(|(_, _, slug, key)| (*slug, key))
        .zip(drawn)
        .chain(
            to_cut_now
                .iter()
                .map(|(slug, _, _, _, key)| (Some(*slug), key))
                .zip(cut),
        );
    for ((slug, key), result) in made_now {
        let made = result.map_err(|e| BuildError::Write(format!("a card: {e}")))?;
        for (file, bytes) in &made.files {
            out.write(file, bytes)?;
        }
        add(slug, key.clone(), made.processed.card);
    }
    Ok(cards)
}
