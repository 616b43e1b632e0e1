use super::*;

fn sizes() -> Vec<ImageSize> {
    vec![
        ImageSize {
            path: "images/a.png".into(),
            width: 10,
            height: 20,
            variants: Vec::new(),
            card: None,
        },
        ImageSize {
            path: "images/mer.jpg".into(),
            width: 1600,
            height: 900,
            variants: [480, 800, 1200, 1600]
                .map(|w| (format!("content/images/mer-{w}.0f.jpg"), w))
                .to_vec(),
            card: None,
        },
    ]
}

fn fr(md: &str) -> String {
    render(
        md,
        &RenderOptions {
            lang: Lang::Fr,
            page_path: "/blog/posts/p",
            image_sizes: &sizes(),
        },
    )
}

fn en(md: &str) -> String {
    render(
        md,
        &RenderOptions {
            lang: Lang::En,
            page_path: "/posts/p",
            image_sizes: &sizes(),
        },
    )
}

#[test]
fn applies_french_typography_to_text_only() {
    let html = fr(
        "J’ai déjà en tête de faire… le métier qui n’existe pas encore !\n\n`a !`\n\n```\nb !\n```",
    );
    assert!(html.contains("encore\u{202f}!</p>"), "{html}");
    assert!(html.contains("<code>a !</code>"), "{html}");
    assert!(html.contains("b !\n</code>"), "{html}");
    assert!(en("Really !").contains("Really !"));
}

#[test]
fn smart_punctuation_and_extensions() {
    let html = en(
        "\"Hi\" -- it's ~~old~~ here.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n- [ ] todo",
    );
    assert!(html.contains("“Hi” – it’s <del>old</del> here."), "{html}");
    assert!(
        html.contains("<table>") && html.contains("<td>1</td>"),
        "{html}"
    );
    assert!(
        html.contains("<li><input disabled=\"\" type=\"checkbox\" checked=\"\" aria-label=\"Done\"/>\ndone</li>"),
        "{html}"
    );
    assert!(html.contains("aria-label=\"To do\"/>\ntodo</li>"), "{html}");
    assert!(fr("- [ ] relire").contains("aria-label=\"À faire\""));
}

#[test]
fn headings_get_unique_ids_and_anchor_links() {
    let html =
        fr("## Réseaux sociaux\n\n## Réseaux sociaux\n\n### Mon titre {#perso .note}\n\n## !!!");
    assert!(html.contains("<h2 id=\"reseaux-sociaux\">Réseaux sociaux <a class=\"heading-anchor\" href=\"/blog/posts/p#reseaux-sociaux\" aria-label=\"Lien vers cette section\">#</a></h2>"), "{html}");
    assert!(html.contains("<h2 id=\"reseaux-sociaux-2\">"), "{html}");
    assert!(
        html.contains("<h3 id=\"perso\" class=\"note\">Mon titre"),
        "{html}"
    );
    assert!(html.contains("<h2 id=\"section\">"), "{html}");
    assert!(en("## Intro").contains("aria-label=\"Link to this section\""));
}

#[test]
fn headings_get_the_same_safety_as_text() {
    let html =
        en("## [x](javascript:alert(1)) <img src=x onerror=alert(1)>\n\n## [ok](https://a.b)");
    assert!(
        !html.contains("javascript") && !html.contains("<img"),
        "{html}"
    );
    assert!(
        html.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "{html}"
    );
    assert!(html.contains("<h2 id=\"ok\"><a href=\"https://a.b\" rel=\"noopener noreferrer\">ok</a> <a class=\"heading-anchor\""), "{html}");
    let html = fr("## Vraiment ?");
    assert!(
        html.contains("<h2 id=\"vraiment\">Vraiment\u{202f}? <a"),
        "{html}"
    );
}

#[test]
fn email_autolinks_become_mailto() {
    assert!(
        en("<isabelle@example.org>")
            .contains("<a href=\"mailto:isabelle@example.org\">isabelle@example.org</a>")
    );
}

#[test]
fn heading_attributes_cannot_add_event_handlers() {
    let html = en("## Title {onclick=alert(1) #x}");
    assert!(!html.contains("onclick"), "{html}");
    assert!(html.contains("id=\"x\""), "{html}");
}

#[test]
fn external_links_get_rel_and_local_links_do_not() {
    let html = en("[a](https://example.com \"T\") [b](posts/other) [c](mailto:x@y.z) [d](#top)");
    assert!(
        html.contains(
            "<a href=\"https://example.com\" title=\"T\" rel=\"noopener noreferrer\">a</a>"
        ),
        "{html}"
    );
    assert!(html.contains("<a href=\"posts/other\">b</a>"), "{html}");
    assert!(html.contains("<a href=\"mailto:x@y.z\">c</a>"), "{html}");
    assert!(html.contains("<a href=\"/posts/p#top\">d</a>"), "{html}");
}

#[test]
fn script_tags_are_shown_as_text() {
    let html = en("<script>alert(1)</script>\n\nHi <script>alert(2)</script> there");
    assert!(!html.contains("<script"), "{html}");
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{html}"
    );
    assert!(
        html.contains("Hi &lt;script&gt;alert(2)&lt;/script&gt; there"),
        "{html}"
    );
}

#[test]
fn event_handler_attributes_never_reach_the_page() {
    for md in [
        "<img src=x onerror=alert(1)>",
        "a <img src=x onerror=alert(1)> b",
        "<div onmouseover=\"alert(1)\">x</div>",
        "<kbd onclick=alert(1)>K</kbd>",
        "<svg><script>alert(1)</script></svg>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
    ] {
        let html = en(md);
        assert!(
            !html.contains("<img")
                && !html.contains("<div onmouseover")
                && !html.contains("<svg")
                && !html.contains("<iframe"),
            "{md} → {html}"
        );
        assert!(!html.contains("<kbd onclick"), "{md} → {html}");
    }
}

#[test]
fn allowed_tags_pass_without_attributes_and_comments_vanish() {
    let html = en(
        "Press <kbd>Ctrl</kbd> and <KBD class=x>K</KBD>.<!-- note -->\n\n<!-- hidden -->\n\nH<sub>2</sub>O",
    );
    assert!(html.contains("<kbd>Ctrl</kbd>"), "{html}");
    // The refused opening shows as text; its closing, which closes nothing, is dropped.
    assert!(html.contains("&lt;KBD class=x&gt;K.</p>"), "{html}");
    assert!(!html.contains("note") && !html.contains("hidden"), "{html}");
    assert!(html.contains("H<sub>2</sub>O"), "{html}");
}

#[test]
fn dangerous_urls_are_reduced_to_their_text() {
    for md in [
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](<java\tscript:alert(1)>)",
        "[x]( javascript:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](data:text/html;base64,PHNjcmlwdD4=)",
        "[x](vbscript:msgbox)",
        "<javascript:alert(1)>",
        "[x][r]\n\n[r]: javascript:alert(1)",
    ] {
        let html = en(md);
        assert!(
            !html.to_lowercase().contains("href=\"java")
                && !html.contains("href=\"data")
                && !html.contains("href=\"vbscript"),
            "{md} → {html}"
        );
        assert!(!html.contains("<a "), "{md} → {html}");
    }
    let img = en("![alt text](data:image/png;base64,AAAA)");
    assert!(!img.contains("<img"), "{img}");
    assert!(img.contains("alt text"), "{img}");
}

#[test]
fn images_load_lazily_with_their_alt_text() {
    let html = fr("![Une photo : *la mer*](images/mer.jpg \"La mer\")");
    assert!(html.contains("<img src=\"content/images/mer-1200.0f.jpg\" alt=\"Une photo\u{a0}: la mer\" title=\"La mer\" srcset=\"content/images/mer-480.0f.jpg 480w, content/images/mer-800.0f.jpg 800w, content/images/mer-1200.0f.jpg 1200w, content/images/mer-1600.0f.jpg 1600w\" sizes=\"(max-width: 40.5rem) calc(100vw - 2.5rem), 38rem\" width=\"1600\" height=\"900\" loading=\"lazy\" decoding=\"async\">"), "{html}");
    let unknown = en("![x](images/unknown.png)");
    assert!(
        unknown.contains("<img src=\"images/unknown.png\" alt=\"x\" loading=\"lazy\""),
        "{unknown}"
    );
}

#[test]
fn finds_the_images_without_alt_text() {
    let md = "![](images/a.png) ![Une mer](images/b.jpg) ![ ](images/c.jpg)\n\n![](https://x.org/d.png) ![`code`](images/e.png)";
    assert_eq!(images_without_alt(md), ["images/a.png", "images/c.jpg"]);
}

#[test]
fn lists_local_images_with_their_offsets() {
    let md = "Texte\n\n![a](images/a.png) ![b](https://x.org/b.png)\n\n![c](images/c.svg \"t\") ![d](mailto:x@y.z)";
    assert_eq!(
        local_images(md),
        [
            ("images/a.png".to_owned(), 7),
            ("images/c.svg".to_owned(), 53)
        ]
    );
}

#[test]
fn finds_image_sizes() {
    assert_eq!(
        image_size(&sizes(), "./images/a.png").map(|s| (s.width, s.height)),
        Some((10, 20))
    );
    assert_eq!(
        image_size(&sizes(), "images/mer.jpg").map(|s| s.width),
        Some(1600)
    );
    assert_eq!(image_size(&sizes(), "images/b.png"), None);
}

#[test]
fn code_blocks_keep_their_language_class() {
    let html = en("```rust\nfn main() {}\n```");
    assert!(
        html.contains("<pre><code class=\"language-rust\">fn main() {}"),
        "{html}"
    );
}

#[test]
fn footnotes_link_both_ways_on_the_page() {
    let html = fr("Texte[^a] et[^b].\n\n[^a]: Première.\n[^b]: Seconde.");
    assert!(
        html.contains(
            "<sup class=\"footnote-ref\" id=\"fnref:1\"><a href=\"/blog/posts/p#fn:1\">1</a></sup>"
        ),
        "{html}"
    );
    assert!(
        html.contains("<div class=\"footnote\" id=\"fn:2\">"),
        "{html}"
    );
    assert!(html.contains("href=\"/blog/posts/p#fnref:2\""), "{html}");
}

#[test]
fn comments_never_show_whatever_their_shape() {
    let block = fr("Avant.\n\n<!--\nNOTE : brouillon,\nà revoir\n-->\n\nAprès.");
    assert!(
        !block.contains("brouillon") && !block.contains("revoir"),
        "{block}"
    );
    assert!(
        !block.contains("--&gt;") && !block.contains("raw-html"),
        "no trace, no wrapper: {block}"
    );
    assert!(block.contains("<p>Après.</p>"), "{block}");
    let inline = fr("Un <!-- caché\nsur deux lignes --> texte.");
    assert!(
        !inline.contains("caché") && inline.contains("Un  texte."),
        "{inline}"
    );
    let quoted = fr("> <!--\n> dans une citation\n> -->\n\nFin.");
    assert!(!quoted.contains("citation"), "{quoted}");
    let listed = fr("- <!--\n  jamais fermé\n- item");
    assert!(
        !listed.contains("jamais"),
        "an unclosed comment hides the rest: {listed}"
    );
    // As a browser ends them: `<!-->` and `<!--->` are empty, `--!>` closes.
    let shapes = fr(
        "<div>\n<!-->un <!--->deux <!-- caché --!>trois <!-- secret -- encore -->quatre\n</div>",
    );
    assert!(shapes.contains("un deux trois quatre"), "{shapes}");
    assert!(
        !shapes.contains("caché") && !shapes.contains("secret") && !shapes.contains("encore"),
        "{shapes}"
    );
    // Text between a comment and the rest of its block still shows, escaped.
    let mixed = fr("<div>\n<!-- a -->\n<script>b</script>\n</div>");
    assert!(
        !mixed.contains(" a ") && mixed.contains("&lt;script&gt;b&lt;/script&gt;"),
        "{mixed}"
    );
}

#[test]
fn details_and_figure_hold_markdown() {
    let html = fr("<details>\n<summary>Plus</summary>\n\nCaché *texte*\n\n</details>\n\nAprès.");
    assert_eq!(
        html,
        "<details>\n<summary>Plus</summary>\n<p>Caché <em>texte</em></p>\n</details>\n<p>Après.</p>\n"
    );
    let html = fr(
        "<figure>\n\n![Une mer](images/mer.jpg)\n\n<figcaption>\n\nLa mer, *le soir*\n\n</figcaption>\n</figure>",
    );
    assert!(
        html.starts_with(
            "<figure>\n<p><img src=\"content/images/mer-1200.0f.jpg\" alt=\"Une mer\" srcset=\""
        ),
        "{html}"
    );
    assert!(
        html.ends_with("<figcaption>\n<p>La mer, <em>le soir</em></p>\n</figcaption>\n</figure>"),
        "{html}"
    );
    let listed = fr(
        "- <details>\n  <summary>Dans une liste</summary>\n\n  Le détail.\n\n  </details>\n- Suite",
    );
    assert!(
        listed.contains(
            "<details>\n<summary>Dans une liste</summary>\n<p>Le détail.</p>\n</details>"
        ),
        "{listed}"
    );
    for html in [html, listed] {
        well_formed(&html).unwrap();
    }
}

#[test]
fn a_tag_left_open_swallows_nothing_and_restyles_nothing() {
    // A block tag never closed is closed at the end of its own block: the rest shows.
    let html = fr("<details>\n<summary>Ouvert</summary>\n\nLe reste du billet.");
    assert_eq!(
        html,
        "<details>\n<summary>Ouvert</summary>\n</details>\n<p>Le reste du billet.</p>\n"
    );
    // An inline tag, at the end of its paragraph, item, cell or emphasis.
    let html = fr("Un <mark>surligné\n\nPuis la suite.");
    assert_eq!(
        html,
        "<p>Un <mark>surligné</mark></p>\n<p>Puis la suite.</p>\n"
    );
    let html = fr("- a <s>barré\n- b\n\n| x <u>y |\n|---|\n| z |\n\n*un <small>petit* reste");
    assert!(
        html.contains("<li>a <s>barré</s></li>") && html.contains("<th>x <u>y</u></th>"),
        "{html}"
    );
    assert!(
        html.contains("<em>un <small>petit</small></em> reste"),
        "{html}"
    );
    // Closed in the wrong order: what is inside is closed first. A closing tag that
    // closes nothing is dropped.
    let html = fr("<kbd><mark>a</kbd> b</mark> </details> c");
    assert_eq!(html, "<p><kbd><mark>a</mark></kbd> b  c</p>\n");
    // A closing in another container does not reach out of it.
    let html = fr("<figure>\n\n> </figure>\n\nAprès.");
    well_formed(&html).unwrap();
    assert!(html.starts_with("<figure>\n</figure>"), "{html}");
}

#[test]
fn raw_html_always_renders_well_formed() {
    const PIECES: &[&str] = &[
        "<details>\n",
        "<summary>S</summary>\n",
        "</details>\n",
        "<figure>\n",
        "</figure>\n",
        "<figcaption>",
        "</figcaption>",
        "<mark>",
        "</mark>",
        "<kbd>",
        "</kbd>",
        "<dl>\n",
        "<dt>t</dt>\n",
        "<dd>",
        "</dl>\n",
        "<sub>",
        "</sub>",
        "<br>",
        "- item ",
        "> quote ",
        "1. un ",
        "\n\n",
        "\n",
        "texte ",
        "*em* ",
        "**fort ",
        "[lien](x) ",
        "## titre\n",
        "<!-- c ",
        " -->",
        "`code` ",
        "| a | b |\n|---|---|\n| c | d |\n",
        "    ",
        "  - ",
        "![i](images/a.png) ",
        "x[^1] ",
        "[^1]: note\n",
        "<script>",
        "</p>",
        "</div>",
    ];
    let mut seed = 0x2545_f491_u64;
    let mut next = |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    for _ in 0..2000 {
        let md: String = (0..24).map(|_| PIECES[next(PIECES.len())]).collect();
        if let Err(problem) = well_formed(&fr(&md)) {
            panic!("{md:?}\n→ {}\n{problem}", fr(&md));
        }
    }
}

/// The ids of `html` and the fragments its links to `page` point at.
fn ids_and_fragments<'h>(html: &'h str, page: &str) -> (Vec<&'h str>, Vec<&'h str>) {
    let values = |key: &str| -> Vec<&'h str> {
        html.split(key)
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .collect()
    };
    let ids = values(" id=\"");
    let prefix = format!("{page}#");
    let fragments = values(" href=\"")
        .into_iter()
        .filter_map(|href| href.strip_prefix(prefix.as_str()))
        .collect();
    (ids, fragments)
}

#[test]
fn ids_are_unique_and_every_link_on_the_page_leads_somewhere() {
    for md in [
        "Un[^n] deux[^n] trois[^n].\n\n[^n]: La note.",
        "## fn:1\n\n## fnref:1\n\nTexte[^1].\n\n[^1]: Note.\n\n## fn-1",
        "Sans renvoi.\n\n[^seule]: Une note que rien n’appelle.",
        "## Main\n\n## Carnet\n\n## Search box\n\n## Main",
        "## a\n\n## a-2\n\n## a\n\n## a {#a-3}\n\n## a",
        "[Haut](#titre)\n\n## Titre",
    ] {
        let html = fr(md);
        let (ids, fragments) = ids_and_fragments(&html, "/blog/posts/p");
        let mut unique = ids.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), ids.len(), "duplicate ids in {md:?}: {html}");
        for id in &ids {
            assert!(
                !crate::ids::ALL.contains(id),
                "{id} is the page's own: {html}"
            );
        }
        for fragment in fragments {
            assert!(
                ids.contains(&fragment),
                "#{fragment} leads nowhere in {md:?}: {html}"
            );
        }
    }
    let repeated = fr("Un[^n] deux[^n].\n\n[^n]: La note.");
    assert!(
        repeated.contains("id=\"fnref:1\"") && repeated.contains("id=\"fnref:1:2\""),
        "{repeated}"
    );
    assert!(
        repeated.contains("#fnref:1:2\" aria-label=\"Retour au texte\">↩2</a>"),
        "one way back per reference: {repeated}"
    );
    let alone = fr("Sans renvoi.\n\n[^seule]: Une note.");
    assert!(
        alone.contains("Une note.") && !alone.contains("footnote-back"),
        "{alone}"
    );
}

#[test]
fn an_image_in_an_image_stays_in_its_alt_text() {
    let html = fr("![un ![deux](y.png) trois](images/a.png) fin");
    assert!(html.contains("alt=\"un deux trois\""), "{html}");
    assert!(
        html.contains("decoding=\"async\"> fin</p>"),
        "nothing of the alt text in the body: {html}"
    );
}

#[test]
fn repeated_headings_get_the_next_free_id() {
    let md = "## a\n\n".repeat(3000);
    let html = fr(&md);
    assert!(html.contains("<h2 id=\"a\">") && html.contains("<h2 id=\"a-3000\">"));
    let (ids, _) = ids_and_fragments(&html, "/blog/posts/p");
    assert_eq!(ids.len(), 3000);
}

#[test]
fn a_lone_angle_bracket_is_text() {
    let html = fr("<div>\n<<<< a < b\n</div>");
    assert!(html.contains("&lt;&lt;&lt;&lt; a &lt; b"), "{html}");
}

#[test]
fn plain_text_and_first_paragraph() {
    let md = "# Titre\n\nBonjour *à toutes*,\net à tous.\n\nSuite.";
    assert_eq!(
        first_paragraph(md).as_deref(),
        Some("Bonjour à toutes, et à tous.")
    );
    assert!(plain_text(md).contains("Titre\n\nBonjour à toutes, et à tous.\n\nSuite."));
    assert_eq!(first_paragraph("# Only a title"), None);
}
