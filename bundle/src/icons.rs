//! The installed app's icons (web app manifest), drawn from the site's SVG icon.

use crate::tools::hashed;

/// The installed app's icons, drawn from the SVG icon: `icon-192-<hash>.png` and
/// `icon-512-<hash>.png` (the icon as it is), and `icon-maskable-512-<hash>.png` (on its
/// own background colour, within the middle 80% that every mask shape keeps), as the web
/// app manifest lists them (`site/src/offline.rs`). Named with their content's hash.
pub fn icons(svg: &[u8]) -> Result<Vec<(String, Vec<u8>)>, String> {
    use resvg::{tiny_skia, usvg};
    let tree = usvg::Tree::from_data(svg, &usvg::Options::default())
        .map_err(|e| format!("the icon is not an SVG the build can draw: {e}"))?;
    let draw = |size: u32, scale: f32, background: Option<tiny_skia::Color>| {
        let mut pixmap = tiny_skia::Pixmap::new(size, size).ok_or("an empty icon")?;
        if let Some(colour) = background {
            pixmap.fill(colour);
        }
        let side = tree.size().width().max(tree.size().height());
        let zoom = size as f32 * scale / side;
        let offset = size as f32 * (1.0 - scale) / 2.0;
        let transform = tiny_skia::Transform::from_scale(zoom, zoom).post_translate(offset, offset);
        resvg::render(&tree, transform, &mut pixmap.as_mut());
        pixmap.encode_png().map_err(|e| e.to_string())
    };
    // The maskable icon's background: the light theme's page colour (style/main.css).
    let paper = tiny_skia::Color::from_rgba8(0xfb, 0xfa, 0xf7, 0xff);
    let mut icons = Vec::new();
    for (stem, size, scale, background) in [
        ("icon-192", 192, 1.0, None),
        ("icon-512", 512, 1.0, None),
        ("icon-maskable-512", 512, 0.8, Some(paper)),
    ] {
        let png = draw(size, scale, background)?;
        icons.push((hashed(stem, "png", &png), png));
    }
    Ok(icons)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_installed_apps_icons_are_drawn_from_the_svg_icon() {
        use resvg::tiny_skia::Pixmap;
        let svg = include_bytes!("../../style/favicon.svg");
        let icons = icons(svg).unwrap();
        let names: Vec<&str> = icons.iter().map(|(n, _)| n.as_str()).collect();
        assert!(names[0].starts_with("icon-192-") && names[0].ends_with(".png"));
        assert!(names[1].starts_with("icon-512-"));
        assert!(names[2].starts_with("icon-maskable-512-"));
        let pixmaps: Vec<Pixmap> = icons
            .iter()
            .map(|(_, png)| Pixmap::decode_png(png).unwrap())
            .collect();
        let sizes: Vec<u32> = pixmaps.iter().map(Pixmap::width).collect();
        assert_eq!(sizes, [192, 512, 512]);
        // The icon as drawn: its red cover in the middle, nothing in the corner.
        let middle = pixmaps[1].pixel(256, 400).unwrap();
        assert_eq!(
            (middle.red(), middle.green(), middle.blue()),
            (0x9a, 0x34, 0x12)
        );
        assert_eq!(pixmaps[1].pixel(0, 0).unwrap().alpha(), 0);
        // The maskable one on the page's colour, within the middle 80%.
        let corner = pixmaps[2].pixel(0, 0).unwrap();
        assert_eq!(
            (corner.red(), corner.green(), corner.blue(), corner.alpha()),
            (0xfb, 0xfa, 0xf7, 0xff)
        );
        assert_eq!(
            pixmaps[2].pixel(256, 30).unwrap(),
            corner,
            "the cover starts below the safe zone's edge"
        );
    }
}
