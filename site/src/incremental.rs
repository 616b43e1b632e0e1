//! "Publier" at the size of a real blog: the site built again from what it publishes of
//! itself ([`SiteSources`]) with the writer's changes, without fetching the texts of the
//! posts the change leaves alone. The other posts are known by what the build wrote of
//! them in the sources (their metadata, images and card), which is all the pages that
//! list them or link to them show.
//!
//! - [`post_pages`]: the changed posts' own files (text, record, page) and images, for the
//!   studio's check list: from the sources alone;
//! - [`site`]: every file the change touches, the others kept as the site serves them,
//!   for the destinations that send the whole site; [`needed`] names the few published
//!   files it fetches (the search index, the texts of the posts beside the changed ones).
//!
//! Both give the same bytes as a build of the whole site ([`crate::build`]) from the same
//! posts: the same steps, on fewer posts.

use super::*;
use crate::rebuild::{Change, PostSource, SiteSources};
use carnet_content::load::search_index_update;
use carnet_content::post::newest_first;
use carnet_content::search;
use std::path::Path;

/// Builds the pages of the posts `changes` writes (added, or replacing a published post
/// of the same file name) into `out`, with their texts, records and images: the site
/// `published` describes, as of `today`, knows their neighbours. Checks them as the whole
/// build would, a slug another post has included. `fetched` gives the bytes of each file
/// [`SiteSources::needed_for_pages`] names. Returns what was written: `posts` counts the
/// whole site's, `pages` the pages built.
pub fn post_pages<'a>(
    published: &'a SiteSources,
    fetched: &dyn Fn(&str) -> Option<&'a [u8]>,
    changes: &[Change],
    today: Date,
    cache: &dyn Cache,
    out: &mut dyn Output,
) -> Result<Written, BuildError> {
    let plan = Plan::of(published, fetched, changes, today)?;
    let (config, sources) = (&plan.config, &plan.sources);
    let shell = set_base(plan.app.page, config.base_path());
    let mut out = Counting::new(out);
    let published_now: Vec<&Post> = plan
        .posts
        .iter()
        .filter(|p| p.is_published(today))
        .collect();
    let changed: Vec<PostMeta> = published_now.iter().map(|p| p.meta()).collect();
    let made = write_images(config, sources, &published_now, cache, &mut out)?;
    let cards = draw_cards(
        config,
        sources,
        &published_now,
        &changed,
        &made,
        cache,
        &mut out,
    )?;
    // Every image of the site, as the whole build knows them: those made before, those
    // made now.
    let mut images = sources.made.clone();
    images.extend(made.processed);
    let sizes = image_sizes(&images);
    let site = site_data(config, &images, &cards);
    for post in &published_now {
        let i = plan
            .metas
            .iter()
            .position(|meta| meta.slug == post.slug)
            .expect("every changed post is listed");
        let card = cards.posts.get(&post.slug);
        let record = post_record(&plan.metas, i, &post.images(), card, &sizes);
        out.write(&record.post.body_path, &post.body)?;
        let data_file = data::post_file(&post.slug);
        let json = value(&record);
        out.write(&data_file, &json)?;
        let html = render_body(config, post, &record.images);
        let route = Route::Post(&post.slug);
        let files = [(data_file, json)];
        let page = render_page(
            config,
            &site,
            &shell,
            route,
            &files,
            Some((&post.slug, &html)),
        )?;
        out.write(&route.file(), page)?;
    }
    Ok(Written {
        posts: plan.metas.len(),
        pages: published_now.len(),
        files: out.files,
        scheduled: scheduled(&plan.posts, today),
        offline: (0, 0),
    })
}

/// The posts of `posts` dated after `today`: slug and date.
fn scheduled(posts: &[Post], today: Date) -> Vec<(String, Date)> {
    posts
        .iter()
        .filter(|p| p.is_scheduled(today))
        .map(|p| (p.slug.clone(), p.front.date))
        .collect()
}

/// What [`site`] did beyond the files it wrote and kept.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Changed {
    /// What was written: `files` counts every file of the site, written or kept.
    pub written: Written,
    /// The files of the published site that the site no longer has (a post taken down,
    /// its page, a tag no post has any more), by path.
    pub gone: Vec<String>,
}

/// The files of the published site [`site`] needs, to fetch (see [`needed`]).
pub fn needed(
    published: &SiteSources,
    changes: &[Change],
    today: Date,
) -> Result<Vec<String>, BuildError> {
    let plan = Plan::of(published, &|_| None, changes, today)?;
    let mut paths: BTreeSet<String> = plan
        .texts_needed
        .iter()
        .map(|post| post.body.clone())
        .collect();
    paths.insert(SEARCH_FILE.to_owned());
    paths.extend(published.needed_for_pages(changes).map(str::to_owned));
    Ok(paths.into_iter().collect())
}

/// Builds the site `published` describes with `changes` made, as of `today`, into `out`:
/// writes every file whose bytes change (the changed posts' pages and texts, their
/// neighbours' pages, the lists, tags and archive that show them, the feed, the sitemap,
/// the search index, the sources, the worker's list) and keeps every other file as the
/// site serves it ([`Output::keep`]): the very site [`crate::build`] makes of the same
/// posts, without the texts of the posts the change leaves alone. `fetched` gives the
/// bytes of each file [`needed`] names.
pub fn site<'a>(
    published: &'a SiteSources,
    fetched: &dyn Fn(&str) -> Option<&'a [u8]>,
    changes: &[Change],
    today: Date,
    cache: &dyn Cache,
    out: &mut dyn Output,
) -> Result<Changed, BuildError> {
    let plan = Plan::of(published, fetched, changes, today)?;
    let config = &plan.config;
    let app = plan.app;
    let get = |path: &str| {
        fetched(path).ok_or_else(|| BuildError::Write(format!("the site has no {path}")))
    };
    let shell = set_base(app.page, config.base_path());
    let mut out = Counting::new(out);

    // The published posts whose texts are needed, as they are published.
    let mut earlier_texts = Vec::new();
    for source in &plan.texts_needed {
        let body = String::from_utf8_lossy(get(&source.body)?);
        let path = Path::new("posts").join(&source.file);
        earlier_texts.push((path, format!("{}{body}", source.head)));
    }
    let earlier = check_posts(&earlier_texts, &plan.image_keys).map_err(BuildError::Posts)?;
    let earlier: BTreeMap<&str, &Post> = earlier.iter().map(|p| (p.slug.as_str(), p)).collect();
    // The posts built again: those written, and those showing an image replaced.
    let mut sources = plan.sources.clone();
    for source in &plan.reshown {
        let post = earlier[source.meta.slug.as_str()];
        let path = Path::new("posts").join(&source.file);
        let text = format!("{}{}", source.head, post.body);
        sources.posts.push((path, text));
    }
    let posts = check(&sources)?;
    let changed: Vec<&Post> = posts.iter().filter(|p| p.is_published(today)).collect();
    let texts: BTreeMap<&Path, &str> = sources
        .posts
        .iter()
        .map(|(path, text)| (path.as_path(), text.as_str()))
        .collect();

    // Step 2: post texts, images, cards.
    for post in &changed {
        out.write(&post.body_path(), &post.body)?;
    }
    for source in &plan.unchanged {
        out.keep_served(&source.body, published.served.get(&source.body))?;
    }
    let shown = plan
        .unchanged
        .iter()
        .flat_map(|source| source.images.iter().cloned())
        .chain(changed.iter().flat_map(|p| p.images()));
    let made = images::write_shown_images(config, &sources, shown, &changed, cache, &mut out)?;
    for path in &published.files {
        if !sources.images.contains_key(path) {
            out.keep_served(path, None)?;
        }
    }
    let changed_metas: Vec<PostMeta> = changed.iter().map(|p| p.meta()).collect();
    let mut cards = draw_cards(
        config,
        &sources,
        &changed,
        &changed_metas,
        &made,
        cache,
        &mut out,
    )?;
    let card_keys: BTreeMap<&str, &str> = published
        .cards
        .iter()
        .map(|(key, path)| (path.as_str(), key.as_str()))
        .collect();
    for source in &plan.unchanged {
        if let Some(card) = &source.card {
            out.keep(card, &sources)?;
            cards.posts.insert(source.meta.slug.clone(), card.clone());
            if let Some(key) = card_keys.get(card.as_str()) {
                cards.keys.insert((*key).to_owned(), card.clone());
            }
        }
    }
    let images = made.processed;
    let sizes = image_sizes(&images);

    // Step 3: the search index, updated.
    let index = search::Index::decode(&String::from_utf8_lossy(get(SEARCH_FILE)?))
        .map_err(|e| BuildError::Write(format!("{SEARCH_FILE}: {e}")))?;
    let removed: Vec<&Post> = plan
        .gone
        .iter()
        .chain(&plan.reshown)
        .filter_map(|source| earlier.get(source.meta.slug.as_str()).copied())
        .collect();
    let order: Vec<&str> = plan.metas.iter().map(|meta| meta.slug.as_str()).collect();
    let index = search_index_update(&index, &removed, &changed, &order);
    out.write(SEARCH_FILE, index.encode())?;

    // Step 4: the data files, written where they change.
    let site = site_data(config, &images, &cards);
    let by_slug: BTreeMap<&str, &Post> = changed.iter().map(|p| (p.slug.as_str(), *p)).collect();
    let listed = |meta: &PostMeta| -> (Vec<String>, Option<String>) {
        match by_slug.get(meta.slug.as_str()) {
            Some(post) => (post.images(), cards.posts.get(&post.slug).cloned()),
            None => {
                let source = plan.source(&meta.slug);
                (source.images.clone(), source.card.clone())
            }
        }
    };
    let records: Vec<PostRecord> = (0..plan.metas.len())
        .map(|i| {
            let (images, card) = listed(&plan.metas[i]);
            post_record(&plan.metas, i, &images, card.as_ref(), &sizes)
        })
        .collect();
    let old_sizes = image_sizes(&published.images);
    let old_records: Vec<PostRecord> = (0..plan.old_metas.len())
        .map(|i| {
            let source = plan.source(&plan.old_metas[i].slug);
            post_record(
                &plan.old_metas,
                i,
                &source.images,
                source.card.as_ref(),
                &old_sizes,
            )
        })
        .collect();
    let tags = all_tags(&plan.metas);
    let old_tags = all_tags(&plan.old_metas);
    let old_data: HashMap<String, String> = data_files(&old_records, &plan.old_metas, &old_tags)
        .into_iter()
        .map(|file| (file.path, file.json))
        .collect();
    let mut changed_data = BTreeSet::new();
    let mut embedded = HashMap::new();
    // Every file the site has now, to tell those it no longer has.
    let mut now = BTreeSet::new();
    for file in data_files(&records, &plan.metas, &tags) {
        now.insert(file.path.clone());
        if old_data.get(&file.path) == Some(&file.json) {
            out.keep_same(&file.path, &file.json)?;
        } else {
            out.write(&file.path, &file.json)?;
            changed_data.insert(file.path.clone());
        }
        if file.embedded {
            embedded.insert(file.path, file.json);
        }
    }

    // Step 5: the pages whose data changed, rendered; the others kept.
    let mut rendered = 0;
    // A page at `route` showing `data_file`: rendered when its data changed or its post is
    // built again (`rebuilt`; a post's page with its text as HTML, `post_body`), else kept.
    let mut page = |route: Route<'_>,
                    data_file: String,
                    post_body: Option<(&str, &str)>,
                    rebuilt: bool,
                    out: &mut Counting<'_>|
     -> Result<(), BuildError> {
        let file = route.file();
        if !changed_data.contains(&data_file) && !rebuilt {
            return out.keep_served(&file, published.served.get(&file));
        }
        if matches!(route, Route::Post(_)) && post_body.is_none() {
            return Err(BuildError::Write(format!(
                "{file} changes, and its text was not fetched"
            )));
        }
        let json = embedded[&data_file].clone();
        let files = [(data_file, json)];
        let html = render_page(config, &site, &shell, route, &files, post_body)?;
        rendered += 1;
        out.write(&file, html)
    };
    // Each post's text as HTML, where it is at hand: for its page, and for the feed.
    let mut bodies: BTreeMap<&str, String> = BTreeMap::new();
    for (meta, record) in plan.metas.iter().zip(&records) {
        let slug = meta.slug.as_str();
        let rebuilt = by_slug.contains_key(slug);
        let post = by_slug.get(slug).or_else(|| earlier.get(slug)).copied();
        let html = post.map(|post| render_body(config, post, &record.images));
        let post_body = html.as_deref().map(|html| (slug, html));
        page(
            Route::Post(slug),
            data::post_file(slug),
            post_body,
            rebuilt,
            &mut out,
        )?;
        if let Some(html) = html {
            bodies.insert(slug, html);
        }
    }
    for (route, data_file) in list_pages(&tags) {
        page(route, data_file, None, false, &mut out)?;
    }

    // Step 6: the feed, the sitemap, robots.txt; 404.html, _headers and the manifest,
    // which no post changes.
    if plan.feed_changes {
        let feed_posts: Vec<FeedPost<'_>> = plan
            .metas
            .iter()
            .take(config.feed_limit.unwrap_or(usize::MAX))
            .map(|meta| FeedPost {
                meta,
                html: &bodies[meta.slug.as_str()],
            })
            .collect();
        out.write("feed.xml", feed::atom(config, &feed_posts))?;
    } else {
        out.keep_served("feed.xml", None)?;
    }
    let sitemap = feed::sitemap(config, &sitemap_urls(&plan.metas, &tags));
    if sitemap == feed::sitemap(config, &sitemap_urls(&plan.old_metas, &old_tags)) {
        out.keep_served("sitemap.xml", None)?;
    } else {
        out.write("sitemap.xml", sitemap)?;
    }
    for path in ["robots.txt", "404.html", "_headers", offline::MANIFEST_FILE] {
        out.keep_served(path, published.served.get(path))?;
    }

    // Steps 8 and 9: the sources, the worker's list.
    let mut post_sources: Vec<PostSource> = plan.unchanged.iter().map(|s| (*s).clone()).collect();
    for post in &changed {
        let text = texts.get(post.file.as_path()).copied().unwrap_or_default();
        post_sources.push(rebuild::post_source(post, text, &cards));
    }
    let mut files: BTreeSet<String> = published.files.iter().cloned().collect();
    files.extend(
        sources
            .images
            .keys()
            .filter(|path| Kind::of(path) == Kind::Other)
            .cloned(),
    );
    let next = SiteSources::assemble(
        config,
        app,
        post_sources,
        &images,
        &cards,
        &out.written,
        files.into_iter().collect(),
    );
    out.write(rebuild::SOURCES_FILE, next.encode())?;
    let post_images: Vec<Vec<String>> = plan
        .metas
        .iter()
        .map(|meta| {
            let (linked, _) = listed(meta);
            linked
                .iter()
                .filter_map(|linked| images.get(image_key(linked)))
                .flat_map(|made| made.variants.iter().map(|v| v.src.clone()))
                .collect()
        })
        .collect();
    let kept = offline::kept(config, &out.written, &plan.metas, &post_images, app.files);
    out.write(offline::WORKER_FILE, offline::worker(&kept))?;

    // What the site no longer has.
    now.extend(plan.metas.iter().map(|m| Route::Post(&m.slug).file()));
    now.extend(list_pages(&tags).into_iter().map(|(route, _)| route.file()));
    let mut gone: BTreeSet<String> = old_data.into_keys().collect();
    gone.extend(plan.old_metas.iter().map(|m| Route::Post(&m.slug).file()));
    gone.extend(
        list_pages(&old_tags)
            .into_iter()
            .map(|(route, _)| route.file()),
    );
    gone.extend(plan.old_metas.iter().map(|m| m.body_path.clone()));
    now.extend(plan.metas.iter().map(|m| m.body_path.clone()));
    let old_files: BTreeSet<&str> = published.kept.keys().map(String::as_str).collect();
    let new_files: BTreeSet<&str> = next.kept.keys().map(String::as_str).collect();
    gone.extend(
        old_files
            .difference(&new_files)
            .map(|path| (*path).to_owned()),
    );
    let gone = gone.difference(&now).cloned().collect();

    Ok(Changed {
        written: Written {
            offline: (kept.posts, kept.bytes),
            posts: plan.metas.len(),
            pages: rendered,
            files: out.files,
            scheduled: scheduled(&posts, today),
        },
        gone,
    })
}

/// What a change to a published site touches, worked out from the site's sources alone.
struct Plan<'a> {
    config: Config,
    app: App<'a>,
    /// The changed posts, and the images the change adds ([`SiteSources::changed_sources`]).
    sources: Sources,
    /// The changed posts, checked; newest first, drafts included.
    posts: Vec<Post>,
    /// The published posts the change leaves alone, pages aside.
    unchanged: Vec<&'a PostSource>,
    /// The published posts taken down or replaced.
    gone: Vec<&'a PostSource>,
    /// The published posts that show an image the change replaces: built again.
    reshown: Vec<&'a PostSource>,
    /// The published posts whose texts are needed: those gone (their words leave the
    /// search index), built again, shown beside a changed post (their pages link to it),
    /// or in a feed that changes.
    texts_needed: Vec<&'a PostSource>,
    /// Every published post by slug, as published.
    by_slug: BTreeMap<&'a str, &'a PostSource>,
    /// The site's posts as published, newest first.
    old_metas: Vec<PostMeta>,
    /// The site's posts with the change made, newest first.
    metas: Vec<PostMeta>,
    /// Whether the feed changes.
    feed_changes: bool,
    /// Every image the posts may show, for checking them.
    image_keys: BTreeMap<String, ()>,
}

impl<'a> Plan<'a> {
    fn of(
        published: &'a SiteSources,
        fetched: &dyn Fn(&str) -> Option<&'a [u8]>,
        changes: &[Change],
        today: Date,
    ) -> Result<Self, BuildError> {
        let (config, sources, app) = published
            .changed_sources(fetched, changes, today)
            .map_err(|e| BuildError::Config(e.to_string()))?;
        check_shell(app.page)?;
        let posts = check(&sources)?;
        let written: BTreeSet<&str> = changes
            .iter()
            .filter_map(|change| match change {
                Change::Write { file, .. } | Change::Remove(file) => Some(file.as_str()),
                Change::Image { .. } => None,
            })
            .collect();
        let replaced_images: BTreeSet<&str> = sources
            .images
            .keys()
            .map(String::as_str)
            .filter(|path| published.images.contains_key(*path))
            .collect();
        let mut unchanged = Vec::new();
        let mut gone = Vec::new();
        let mut reshown = Vec::new();
        for source in &published.posts {
            if written.contains(source.file.as_str()) {
                gone.push(source);
            } else if source
                .images
                .iter()
                .any(|linked| replaced_images.contains(image_key(linked)))
            {
                reshown.push(source);
            } else {
                unchanged.push(source);
            }
        }
        let published_now: Vec<PostMeta> = posts
            .iter()
            .filter(|p| p.is_published(today))
            .map(Post::meta)
            .collect();
        let taken: Vec<PostError> = posts
            .iter()
            .filter_map(|post| {
                let other = unchanged
                    .iter()
                    .chain(&reshown)
                    .find(|source| source.meta.slug == post.slug)?;
                Some(PostError {
                    file: post.file.clone(),
                    line: post.slug_line,
                    kind: PostErrorKind::DuplicateSlug {
                        slug: post.slug.clone(),
                        other: Path::new("posts").join(&other.file),
                    },
                })
            })
            .collect();
        if !taken.is_empty() {
            return Err(BuildError::Posts(taken));
        }
        let sorted = |mut metas: Vec<PostMeta>| {
            metas.sort_by(|a, b| newest_first((a.date, &a.slug), (b.date, &b.slug)));
            metas
        };
        let old_metas = sorted(published.posts.iter().map(|s| s.meta.clone()).collect());
        let metas = sorted(
            unchanged
                .iter()
                .chain(&reshown)
                .map(|s| s.meta.clone())
                .chain(published_now)
                .collect(),
        );
        let by_slug: BTreeMap<&str, &PostSource> = published
            .posts
            .iter()
            .map(|s| (s.meta.slug.as_str(), s))
            .collect();
        let changed: BTreeSet<&str> = posts
            .iter()
            .map(|p| p.slug.as_str())
            .chain(reshown.iter().map(|s| s.meta.slug.as_str()))
            .collect();
        // Neighbours: an unchanged post whose newer or older post is not the same.
        let around = |metas: &[PostMeta]| -> BTreeMap<String, (Option<String>, Option<String>)> {
            metas
                .iter()
                .enumerate()
                .map(|(i, meta)| {
                    let link = |j: Option<usize>| {
                        j.and_then(|j| metas.get(j)).map(|m| {
                            serde_json::to_string(&PostLink::from(m)).expect("a link serialises")
                        })
                    };
                    (
                        meta.slug.clone(),
                        (link(i.checked_sub(1)), link(Some(i + 1))),
                    )
                })
                .collect()
        };
        let (before, after) = (around(&old_metas), around(&metas));
        let window = config.feed_limit.unwrap_or(usize::MAX);
        let feed_changes = old_metas.iter().take(window).ne(metas.iter().take(window))
            || metas
                .iter()
                .take(window)
                .any(|m| changed.contains(m.slug.as_str()));
        let mut texts_needed: BTreeSet<&str> = gone
            .iter()
            .chain(&reshown)
            .map(|s| s.meta.slug.as_str())
            .collect();
        for source in &unchanged {
            let slug = source.meta.slug.as_str();
            if before.get(slug) != after.get(slug) {
                texts_needed.insert(slug);
            }
        }
        if feed_changes {
            texts_needed.extend(
                metas
                    .iter()
                    .take(window)
                    .map(|m| m.slug.as_str())
                    .filter(|slug| by_slug.contains_key(slug)),
            );
        }
        let texts_needed = texts_needed
            .into_iter()
            .filter_map(|slug| by_slug.get(slug).copied())
            .collect();
        let image_keys = published
            .images
            .keys()
            .chain(sources.images.keys())
            .chain(&published.files)
            .map(|path| (path.clone(), ()))
            .collect();
        Ok(Plan {
            config,
            app,
            sources,
            posts,
            unchanged,
            gone,
            reshown,
            texts_needed,
            by_slug,
            old_metas,
            metas,
            feed_changes,
            image_keys,
        })
    }

    /// The published post `slug`, as published.
    fn source(&self, slug: &str) -> &'a PostSource {
        self.by_slug[slug]
    }
}
