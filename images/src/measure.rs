//! An image's size without decoding it.

/// The pixel size of an image from its bytes: raster formats from their headers, SVG from
/// its root's `width` and `height` or its `viewBox`. `None` for what has no size.
pub fn measure(path: &str, bytes: &[u8]) -> Option<(u32, u32)> {
    let size = if path.ends_with(".svg") {
        std::str::from_utf8(bytes).ok().and_then(svg_size)
    } else {
        imagesize::blob_size(bytes)
            .ok()
            .and_then(|s| Some((u32::try_from(s.width).ok()?, u32::try_from(s.height).ok()?)))
    };
    size.filter(|&(w, h)| w > 0 && h > 0)
}

/// The intrinsic size of an SVG: its root's `width` and `height` in pixels, or else its
/// `viewBox`.
fn svg_size(svg: &str) -> Option<(u32, u32)> {
    let start = svg.find("<svg")?;
    let root = &svg[start..start + svg[start..].find('>')?];
    let attr = |name: &str| {
        let at = root.find(&format!(" {name}=\""))? + name.len() + 3;
        Some(&root[at..at + root[at..].find('"')?])
    };
    let px = |v: &str| v.trim_end_matches("px").parse::<f64>().ok();
    if let (Some(w), Some(h)) = (attr("width").and_then(px), attr("height").and_then(px)) {
        return Some((w.round() as u32, h.round() as u32));
    }
    let view_box: Vec<f64> = attr("viewBox")?
        .split([' ', ','])
        .filter(|s| !s.is_empty())
        .filter_map(|n| n.parse().ok())
        .collect();
    match view_box[..] {
        [_, _, w, h] => Some((w.round() as u32, h.round() as u32)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_images() {
        assert_eq!(
            svg_size("<svg xmlns=\"x\" viewBox=\"0 0 640 360\">"),
            Some((640, 360))
        );
        assert_eq!(
            svg_size("<?xml?><svg width=\"32px\" height=\"16\" viewBox=\"0 0 1 1\">"),
            Some((32, 16))
        );
        assert_eq!(svg_size("<svg width=\"50%\">"), None);
        let svg = include_bytes!("../../posts/images/carnet.svg");
        assert_eq!(measure("images/carnet.svg", svg), Some((640, 360)));
        // A 1×1 GIF.
        let gif = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;";
        assert_eq!(measure("images/a.gif", gif), Some((1, 1)));
        assert_eq!(measure("images/a.png", b"not a png"), None);
    }
}
