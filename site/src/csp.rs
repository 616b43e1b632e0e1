//! The Content Security Policy every page carries, in a `<meta http-equiv>` the host
//! cannot forget: scripts only from the site and, inline, only those the build wrote
//! (each by its SHA-256 hash, computed here on the finished page), the app's Wasm
//! (`'wasm-unsafe-eval'`), images from the site and the studio's pasted ones (`blob:`),
//! connections to the site and to GitHub's API (the studio's "Publier sur GitHub"),
//! no plugins, no other `<base>`, forms only to the site. What a `<meta>` cannot carry
//! (`frame-ancestors`) is in [`HEADER`], for the host's headers (`_headers`, docs/deploying.md).

use base64::Engine as _;
use sha2::{Digest, Sha256};

/// The policy a host sends as a header, besides the page's own: no site may frame the
/// pages (clickjacking), and the rest again, for hosts that read only headers.
pub const HEADER: &str = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";

/// `html` (a whole page) with its policy as the first element of its `<head>`, allowing
/// exactly the inline scripts it holds. A page without `<head>` is returned unchanged.
pub fn protect(html: &str) -> String {
    let Some(head) = html.find("<head>").map(|i| i + "<head>".len()) else {
        return html.to_owned();
    };
    let hashes: String = inline_scripts(html)
        .map(|script| {
            let digest = Sha256::digest(script.as_bytes());
            let hash = base64::engine::general_purpose::STANDARD.encode(digest);
            format!(" 'sha256-{hash}'")
        })
        .collect();
    let policy = format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{hashes}; style-src 'self' 'unsafe-inline'; img-src 'self' blob:; connect-src 'self' https://api.github.com; object-src 'none'; base-uri 'self'; form-action 'self'"
    );
    format!(
        "{}\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">{}",
        &html[..head],
        &html[head..]
    )
}

/// The text of each `<script>` in `html` that the browser runs inline: no `src`, and no
/// `type` but JavaScript's or a module (JSON and JSON-LD are data, never run).
fn inline_scripts(html: &str) -> impl Iterator<Item = &str> {
    html.split("<script").skip(1).filter_map(|rest| {
        let (attributes, rest) = rest.split_once('>')?;
        let (text, _) = rest.split_once("</script>")?;
        let runs = !attributes.contains(" src=")
            && match attributes.split_once(" type=\"") {
                None => true,
                Some((_, t)) => {
                    let kind = t.split('"').next().unwrap_or_default();
                    matches!(
                        kind,
                        "module" | "text/javascript" | "application/javascript"
                    )
                }
            };
        runs.then_some(text)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_inline_script_is_allowed_by_its_hash_and_nothing_else() {
        let page = "<!doctype html><html><head><meta charset=\"utf-8\"><script>a()</script>\
            <script type=\"module\">b()</script><script src=\"x.js\"></script>\
            <script type=\"application/ld+json\">{}</script></head><body>\
            <script type=\"application/json\" id=\"d\">{}</script><script>c()</script></body></html>";
        let protected = protect(page);
        assert!(protected.starts_with(
            "<!doctype html><html><head>\n    <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-"
        ));
        let policy = protected
            .split("content=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        let script_src = policy
            .split("; ")
            .find(|d| d.starts_with("script-src "))
            .unwrap();
        let hashes: Vec<&str> = script_src
            .split(' ')
            .filter(|w| w.starts_with("'sha256-"))
            .collect();
        // a(), b() and c(); not the file, not the data.
        assert_eq!(hashes.len(), 3, "{policy}");
        // echo -n 'a()' | openssl dgst -sha256 -binary | base64
        assert!(
            hashes.contains(&"'sha256-qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4='"),
            "{policy}"
        );
        assert!(
            !script_src.contains("unsafe-inline") && !script_src.contains("'unsafe-eval'"),
            "{policy}"
        );
        assert!(policy.contains("object-src 'none'") && policy.contains("base-uri 'self'"));
        assert_eq!(protect("no head"), "no head");
    }
}
