//! The app's page: the project's `index.html` with the stylesheet in it, the icon's hashed
//! name, and the lines that start the app ([`START_SCRIPT`]) where it marks their place.
//! Each replacement must find its text exactly once: a page whose markup changed fails the
//! build with what is missing, rather than shipping a page that never starts the app.

use crate::app::{APP, Bundle};

/// When the app starts (`bundle/start.js`; `APP_DIR`, `APP_NAME` and `PART_FILES` filled
/// in by [`start_script`]). Nothing of it is requested before the page's first paint: its
/// files would share the connection with the page's text (a preload in the `<head>` gets
/// as high a priority as the page itself). Then:
/// - a page the build did not prerender (`404.html`), a list asked for another page or
///   filter, and a returning reader's page (their marks, place and settings are in this
///   browser's storage, under `carnet.`) start it at once after the paint;
/// - a first visit of a prerendered page, which reads whole without the app, starts it at
///   the reader's first gesture (pointer, key, touch, focus, scroll): a reader who only
///   reads pays neither its download nor its start-up. A button pressed before the app is
///   ready is pressed again once it is: the app keeps the page's nodes, so it is the same
///   button.
///
/// Then the main Wasm, its glue, the parts' loader and the files of the part the page
/// needs (`#carnet[data-part]`, which the content build sets) are requested side by side:
/// the part would otherwise wait for the main Wasm to be running before it is asked for.
pub const START_SCRIPT: &str = include_str!("../start.js");

/// Where `index.html` marks the app's place.
pub const START_MARK: &str = "<!-- carnet-bundle: the app starts here -->";

/// The stylesheet's link, which the page's `<style>` replaces.
const STYLESHEET_LINK: &str = "<link rel=\"stylesheet\" href=\"style/main.css\">";

/// The icon's address, which its hashed name replaces.
const ICON_HREF: &str = "href=\"style/favicon.svg\"";

/// The `<head>` script that starts `bundle`'s app, with paths relative to the page's
/// `<base href>` (the content build sets it).
pub fn start_script(bundle: &Bundle) -> String {
    let script = START_SCRIPT
        .replace("APP_DIR", &bundle.dir)
        .replace("APP_NAME", APP)
        .replace("PART_FILES", &bundle.part_files_json());
    format!("<script type=\"module\">\n{script}</script>")
}

/// The app's page from the project's `index.html`: `css` in place of the stylesheet's
/// link, the icon under `icon_name`, the start script at [`START_MARK`]. Fails with the
/// text it could not find.
pub fn fill(html: &str, css: &str, icon_name: &str, bundle: &Bundle) -> Result<String, String> {
    let style = format!("<style>{}</style>", css.trim());
    let html = replace_once(html, STYLESHEET_LINK, &style)?;
    let html = replace_once(&html, ICON_HREF, &format!("href=\"{icon_name}\""))?;
    replace_once(&html, START_MARK, &start_script(bundle))
}

/// `html` with `what` replaced by `with`, if it is there exactly once.
fn replace_once(html: &str, what: &str, with: &str) -> Result<String, String> {
    match html.matches(what).count() {
        1 => Ok(html.replacen(what, with, 1)),
        0 => Err(what.to_owned()),
        n => Err(format!("single {what} (it is there {n} times)")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundle() -> Bundle {
        Bundle {
            dir: "app-0123".into(),
            parts: 2,
            part_files: vec![
                (
                    "post_page".into(),
                    vec!["chunk_1.wasm".into(), "split_post_page_9.wasm".into()],
                ),
                (
                    "studio_page".into(),
                    vec!["split_studio_page_7.wasm".into()],
                ),
            ],
        }
    }

    fn page() -> String {
        format!(
            "<head><title>T</title>\n<link rel=\"icon\" href=\"style/favicon.svg\">\n\
             <link rel=\"stylesheet\" href=\"style/main.css\">\n{START_MARK}\n</head>"
        )
    }

    #[test]
    fn the_page_starts_the_app_from_its_directory_under_the_public_path() {
        let html = fill(&page(), "body{margin:0}\n", "favicon-ab.svg", &bundle()).unwrap();
        assert!(html.contains("import('./app-0123/carnet.js').then((app) => app.default())"));
        assert!(html.contains("['carnet_bg.wasm', ...(parts[page && page.dataset.part] || [])]"));
        assert!(html.contains("href: `app-0123/${file}`"));
        assert!(html.contains(
            r#"const parts = {"post_page":["chunk_1.wasm","split_post_page_9.wasm"],"studio_page":["split_studio_page_7.wasm"]};"#
        ));
        assert!(html.contains("<link rel=\"icon\" href=\"favicon-ab.svg\">"));
        assert!(html.contains("\n<style>body{margin:0}</style>\n"));
        assert!(html.ends_with("</script>\n</head>"));
        assert!(!html.contains("APP_DIR") && !html.contains("PART_FILES"));
    }

    #[test]
    fn a_page_without_what_the_build_replaces_fails_with_what_is_missing() {
        let without_mark = page().replace(START_MARK, "");
        assert_eq!(
            fill(&without_mark, "", "i.svg", &bundle()),
            Err(START_MARK.to_owned())
        );
        let restyled = page().replace("href=\"style/main.css\"", "href=\"main.css\"");
        assert_eq!(
            fill(&restyled, "", "i.svg", &bundle()),
            Err(STYLESHEET_LINK.to_owned())
        );
        let two_icons = page().replace("</title>", &format!("</title><link {ICON_HREF}>"));
        assert!(
            fill(&two_icons, "", "i.svg", &bundle())
                .unwrap_err()
                .contains("2 times")
        );
    }

    #[test]
    fn the_projects_page_has_everything_the_build_replaces() {
        let html = include_str!("../../index.html");
        assert!(fill(html, "", "i.svg", &bundle()).is_ok());
    }
}
