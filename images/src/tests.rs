use super::*;
use image::{DynamicImage, GenericImageView, Rgb, RgbImage};

/// A JPEG of `width`×`height`, its left half red and its right half blue, with an EXIF
/// block: `orientation`, and a GPS position (48°51′24″N 2°21′8″E) and a comment that must
/// never be published.
fn photo(width: u32, height: u32, orientation: u16) -> Vec<u8> {
    let image = RgbImage::from_fn(width, height, |x, _| {
        if x < width / 2 {
            Rgb([220, 20, 20])
        } else {
            Rgb([20, 20, 220])
        }
    });
    let mut jpeg = Vec::new();
    let encoder = jpeg_encoder::Encoder::new(&mut jpeg, 95);
    encoder
        .encode(
            image.as_raw(),
            width as u16,
            height as u16,
            jpeg_encoder::ColorType::Rgb,
        )
        .unwrap();
    with_exif(&jpeg, &exif(orientation))
}

/// A little-endian TIFF block: IFD0 with the orientation and a pointer to a GPS IFD
/// with the latitude's reference and value, then a user comment.
fn exif(orientation: u16) -> Vec<u8> {
    let mut t: Vec<u8> = b"II\x2a\x00\x08\x00\x00\x00".to_vec();
    let entry = |t: &mut Vec<u8>, tag: u16, kind: u16, count: u32, value: u32| {
        t.extend(tag.to_le_bytes());
        t.extend(kind.to_le_bytes());
        t.extend(count.to_le_bytes());
        t.extend(value.to_le_bytes());
    };
    // IFD0 at 8: 2 entries (2 + 2×12 + 4 = 30 bytes), GPS IFD at 38.
    t.extend(2u16.to_le_bytes());
    entry(&mut t, 0x0112, 3, 1, u32::from(orientation));
    entry(&mut t, 0x8825, 4, 1, 38);
    t.extend(0u32.to_le_bytes());
    // GPS IFD at 38: 2 entries (30 bytes), the latitude's three rationals at 68.
    t.extend(2u16.to_le_bytes());
    entry(&mut t, 0x0001, 2, 2, u32::from_le_bytes(*b"N\0\0\0"));
    entry(&mut t, 0x0002, 5, 3, 68);
    t.extend(0u32.to_le_bytes());
    for (n, d) in [(48u32, 1u32), (51, 1), (24, 1)] {
        t.extend(n.to_le_bytes());
        t.extend(d.to_le_bytes());
    }
    t.extend(b"GPS-SECRET chez moi");
    t
}

/// `jpeg` with an APP1 EXIF segment holding `tiff` just after its start.
fn with_exif(jpeg: &[u8], tiff: &[u8]) -> Vec<u8> {
    let mut out = jpeg[..2].to_vec();
    out.extend([0xff, 0xe1]);
    out.extend(((tiff.len() + 8) as u16).to_be_bytes());
    out.extend(b"Exif\0\0");
    out.extend(tiff);
    out.extend(&jpeg[2..]);
    out
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn decode(bytes: &[u8]) -> DynamicImage {
    image::load_from_memory(bytes).unwrap()
}

#[test]
fn a_photo_is_turned_upright_from_its_exif_orientation() {
    // Orientation 6: the camera was turned a quarter clockwise; shown, the left of the
    // sensor's picture is at the top.
    let source = photo(64, 32, 6);
    let made = process("images/photo.jpg", &source).unwrap();
    assert_eq!((made.processed.width, made.processed.height), (32, 64));
    let (_, bytes) = &made.files[0];
    let shown = decode(bytes);
    assert_eq!(shown.dimensions(), (32, 64));
    let top = shown.get_pixel(16, 8).0;
    let bottom = shown.get_pixel(16, 56).0;
    assert!(top[0] > 150 && top[2] < 100, "top is red: {top:?}");
    assert!(
        bottom[2] > 150 && bottom[0] < 100,
        "bottom is blue: {bottom:?}"
    );
}

#[test]
fn no_file_made_carries_the_source_metadata() {
    let source = photo(900, 600, 1);
    assert!(contains(&source, b"Exif") && contains(&source, b"GPS-SECRET"));
    let made = process("images/photo.jpg", &source).unwrap();
    assert!(made.files.len() >= 3);
    for (path, bytes) in &made.files {
        assert!(!contains(bytes, b"Exif"), "{path} has EXIF");
        assert!(!contains(bytes, b"GPS-SECRET"), "{path} has the comment");
        // No APP1 (EXIF, XMP) segment at all.
        assert!(
            !contains(bytes, &[0xff, 0xe1]),
            "{path} has an APP1 segment"
        );
    }
}

#[test]
fn widths_are_never_above_the_original() {
    let made = process("images/photo.jpg", &photo(1000, 500, 1)).unwrap();
    let widths: Vec<u32> = made.processed.variants.iter().map(|v| v.width).collect();
    assert_eq!(widths, [480, 800, 1000]);
    let wide = process("images/wide.jpg", &photo(1100, 500, 1)).unwrap();
    let widths: Vec<u32> = wide.processed.variants.iter().map(|v| v.width).collect();
    assert_eq!(widths, [480, 800, 1000, 1100]);
    for (variant, (path, bytes)) in made.processed.variants.iter().zip(&made.files) {
        assert_eq!(&variant.src, path);
        assert_eq!(decode(bytes).width(), variant.width, "{path}");
    }
    let big = process("images/big.jpg", &photo(3000, 1000, 1)).unwrap();
    let widths: Vec<u32> = big.processed.variants.iter().map(|v| v.width).collect();
    assert_eq!(widths, WIDTHS);
    let small = process("images/small.jpg", &photo(100, 80, 1)).unwrap();
    assert_eq!(small.processed.variants.len(), 1);
    assert_eq!(small.processed.variants[0].width, 100);
}

#[test]
fn names_are_content_hashed_and_url_safe() {
    let made = process("images/Une Photo (1).JPG", &photo(500, 300, 1)).unwrap();
    let src = &made.processed.variants[0].src;
    assert!(src.starts_with("content/images/une-photo-1-480."), "{src}");
    assert!(src.ends_with(".jpg"));
    assert_eq!(carnet_markdown::render::image_mime(src), "image/jpeg");
    assert!(
        made.processed
            .card
            .starts_with("content/images/une-photo-1-card.")
    );
}

#[test]
fn every_image_has_a_card_of_the_networks_size() {
    let made = process("images/photo.jpg", &photo(300, 900, 1)).unwrap();
    let (_, card) = made
        .files
        .iter()
        .find(|(p, _)| *p == made.processed.card)
        .unwrap();
    assert_eq!(decode(card).dimensions(), CARD);
    let svg = include_bytes!("../../posts/images/carnet.svg");
    let made = process("images/carnet.svg", svg).unwrap();
    assert_eq!(made.processed.variants[0].src, "images/carnet.svg");
    assert_eq!(made.files[0].1, svg);
    let (_, card) = made
        .files
        .iter()
        .find(|(p, _)| *p == made.processed.card)
        .unwrap();
    assert_eq!(
        carnet_markdown::render::image_mime(&made.processed.card),
        "image/png"
    );
    assert_eq!(decode(card).dimensions(), CARD);
}

#[test]
fn a_png_stays_lossless_with_its_transparency() {
    let image =
        image::RgbaImage::from_fn(600, 400, |x, _| image::Rgba([10, 200, 10, (x % 256) as u8]));
    let mut png = Vec::new();
    DynamicImage::ImageRgba8(image.clone())
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let made = process("images/schema.png", &png).unwrap();
    let widths: Vec<u32> = made.processed.variants.iter().map(|v| v.width).collect();
    assert_eq!(widths, [480, 600]);
    let own = &made.processed.variants[1].src;
    assert!(own.ends_with(".webp"));
    let (_, bytes) = made.files.iter().find(|(p, _)| p == own).unwrap();
    assert_eq!(decode(bytes).to_rgba8(), image);
}

/// A lossy WebP (a phone's or a website's photo) is a photo: JPEG out, not a lossless
/// WebP many times its weight; a lossless one stays lossless.
#[test]
fn a_lossy_webp_is_treated_as_a_photo() {
    let lossy = include_bytes!("../tests/lossy.webp");
    let made = process("images/vue.webp", lossy).unwrap();
    assert!(
        made.processed.variants[0].src.ends_with(".jpg"),
        "{:?}",
        made.processed
    );
    // Its copy at its address is a WebP, as its name says.
    let (_, copy) = made
        .files
        .iter()
        .find(|(p, _)| p == "images/vue.webp")
        .unwrap();
    assert_eq!(image::guess_format(copy).unwrap(), image::ImageFormat::WebP);
    let mut lossless = Vec::new();
    DynamicImage::ImageRgb8(decode(lossy).to_rgb8())
        .write_to(
            &mut std::io::Cursor::new(&mut lossless),
            image::ImageFormat::WebP,
        )
        .unwrap();
    let made = process("images/vue.webp", &lossless).unwrap();
    assert!(
        made.processed.variants[0].src.ends_with(".webp"),
        "{:?}",
        made.processed
    );
}

#[test]
fn an_animated_gif_keeps_its_frames() {
    use image::codecs::gif::GifEncoder;
    let frames = (0..3).map(|i| {
        let buffer = image::RgbaImage::from_pixel(20, 10, image::Rgba([i * 80, 0, 0, 255]));
        image::Frame::from_parts(buffer, 0, 0, image::Delay::from_numer_denom_ms(100, 1))
    });
    let mut gif = Vec::new();
    GifEncoder::new(&mut gif).encode_frames(frames).unwrap();
    let made = process("images/anim.gif", &gif).unwrap();
    assert_eq!(made.processed.variants.len(), 1);
    let (_, bytes) = &made.files[0];
    use image::AnimationDecoder;
    let decoder = image::codecs::gif::GifDecoder::new(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(decoder.into_frames().count(), 3);
}

#[test]
fn bad_input_is_refused_with_a_reason() {
    let whole = photo(400, 300, 1);
    for cut in [600, whole.len() / 2, whole.len() - 2] {
        let truncated = &whole[..cut];
        assert!(
            matches!(
                process("images/a.jpg", truncated),
                Err(ImageError::Damaged(_))
            ),
            "cut at {cut}"
        );
    }
    // What a phone may append after the end (a motion photo's video) is not damage.
    let mut motion = whole.clone();
    motion.extend(b"\0\0\0\x18ftypmp42 a video");
    assert!(process("images/a.jpg", &motion).is_ok());
    assert_eq!(
        process("images/a.jpg", b"Bonjour, je suis un texte."),
        Err(ImageError::Unknown)
    );
    // A 30,000 × 30,000 PNG: its header says so, and it is refused before any pixel.
    let bomb = png_of_size(30_000, 30_000);
    assert_eq!(
        process("images/bomb.png", &bomb),
        Err(ImageError::TooManyPixels(30_000, 30_000))
    );
    // A strip within the pixels but longer than JPEG allows: refused, not a panic.
    assert_eq!(
        process("images/strip.png", &png_of_size(900, 70_000)),
        Err(ImageError::TooManyPixels(900, 70_000))
    );
    let message = ImageError::TooManyPixels(30_000, 30_000).to_string();
    assert!(message.contains("30000×30000"), "{message}");
}

/// The start of a PNG that says it is `width`×`height` (its header only, then the end).
fn png_of_size(width: u32, height: u32) -> Vec<u8> {
    let mut ihdr = b"IHDR".to_vec();
    ihdr.extend(width.to_be_bytes());
    ihdr.extend(height.to_be_bytes());
    ihdr.extend([8, 2, 0, 0, 0]);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(13u32.to_be_bytes());
    png.extend(&ihdr);
    png.extend(crc(&ihdr).to_be_bytes());
    png.extend(0u32.to_be_bytes());
    png.extend(b"IEND");
    png.extend(crc(b"IEND").to_be_bytes());
    png
}

fn crc(bytes: &[u8]) -> u32 {
    let mut crc = 0xffff_ffffu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[test]
fn the_cache_gives_back_what_was_made_without_making_it_again() {
    let source = photo(700, 400, 1);
    let cache = MemoryCache::default();
    let (first, hit) = process_cached("images/p.jpg", &source, &cache).unwrap();
    assert!(!hit);
    let (again, hit) = process_cached("images/p.jpg", &source, &cache).unwrap();
    assert!(hit);
    assert_eq!(first, again);
    // Another photo is another key.
    assert_ne!(
        key("images/p.jpg", &source),
        key("images/p.jpg", &photo(700, 401, 1))
    );
    // Renamed, the same bytes make other files (their names, the copy's address).
    assert_ne!(key("images/p.jpg", &source), key("images/mer.jpg", &source));
}

#[test]
fn the_same_bytes_make_the_same_files() {
    let source = photo(1300, 900, 3);
    assert_eq!(
        process("images/p.jpg", &source).unwrap(),
        process("images/p.jpg", &source).unwrap()
    );
}

#[test]
fn kinds_follow_the_extension() {
    assert_eq!(Kind::of("images/a.JPG"), Kind::Raster);
    assert_eq!(Kind::of("images/a.svg"), Kind::Svg);
    assert_eq!(Kind::of("images/cv.pdf"), Kind::Other);
}

#[test]
fn the_linked_address_serves_a_clean_copy_in_the_format_its_name_says() {
    let made = process("images/photo.jpg", &photo(3000, 1000, 1)).unwrap();
    assert_eq!(made.processed.linked, "images/photo.jpg");
    let (_, copy) = made
        .files
        .iter()
        .find(|(p, _)| p == "images/photo.jpg")
        .unwrap();
    let (_, w1200) = made
        .files
        .iter()
        .find(|(p, _)| p.contains("photo-1200."))
        .unwrap();
    assert_eq!(copy, w1200, "the 1,200 px file");
    assert!(!contains(copy, b"Exif"));
    let files: Vec<&str> = made.processed.files().collect();
    assert_eq!(files.len(), made.files.len());
    assert_eq!(files.last(), Some(&"images/photo.jpg"));

    let mut png = Vec::new();
    DynamicImage::ImageRgb8(RgbImage::from_pixel(1500, 10, Rgb([1, 2, 3])))
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let made = process("images/schema.png", &png).unwrap();
    let (_, copy) = made
        .files
        .iter()
        .find(|(p, _)| p == "images/schema.png")
        .unwrap();
    assert_eq!(image::guess_format(copy).unwrap(), image::ImageFormat::Png);
    assert_eq!(decode(copy).width(), 1200);
}

/// A drawn card's title breaks where French allows, never at a no-break space, fits in
/// three lines at the largest size it can, and ends with "…" when it cannot.
#[test]
fn a_card_title_breaks_only_where_french_allows() {
    // Short: one line, at the largest size.
    let (size, lines) = title_lines("Bienvenue sur Carnet");
    assert_eq!(
        (size, lines),
        (80.0, vec!["Bienvenue sur Carnet".to_owned()])
    );

    // Quotes and a question, with French no-break spaces (U+00A0 after « and before »,
    // U+202F before ?): every line break falls at an ordinary space.
    let title = "«\u{a0}Le métier qui n’existe pas\u{a0}» : pourquoi les community managers ont-ils tant de mal à expliquer leur travail\u{202f}?";
    let (size, lines) = title_lines(title);
    assert!(lines.len() > 1 && lines.len() <= MAX_LINES, "{lines:?}");
    assert!(size < 80.0, "shrunk to fit: {size}");
    assert_eq!(
        lines.join(" "),
        title,
        "nothing lost, broken at spaces only"
    );
    for line in &lines {
        assert!(
            !line.starts_with(['?', '»', '\u{a0}', '\u{202f}']),
            "{line:?}"
        );
        assert!(!line.ends_with(['«', '\u{a0}', '\u{202f}']), "{line:?}");
    }
    assert!(lines[0].starts_with("«\u{a0}Le"));
    assert!(lines.last().unwrap().ends_with("travail\u{202f}?"));

    // A title made of no-break spaces only cannot break: one line, however long, shrunk.
    let glued = "Un\u{a0}titre\u{a0}sans\u{a0}aucune\u{a0}espace\u{a0}sécable";
    assert_eq!(title_lines(glued).1, vec![glued.to_owned()]);

    // Too long for three lines at the smallest size: three lines, the last one cut.
    let long = "Un très long titre ".repeat(20);
    let (size, lines) = title_lines(&long);
    assert_eq!((size, lines.len()), (40.0, MAX_LINES));
    assert!(lines[2].ends_with('…'));

    // A word longer than a line: the size shrinks until it fits, and at the smallest a
    // line still too long is cut with "…" rather than run off the card.
    let word = "Intergouvernementalisations";
    let (size, lines) = title_lines(word);
    assert!(size < 80.0 && lines == [word], "{size} {lines:?}");
    let endless = format!("Un {}", "mot".repeat(80));
    let (size, lines) = title_lines(&endless);
    assert_eq!(size, 40.0);
    assert!(lines.iter().any(|l| l.ends_with('…')), "{lines:?}");
    assert!(lines.len() <= MAX_LINES);

    // What the font lacks (an emoji) is left out, not drawn as a box.
    assert_eq!(
        title_lines("Bonjour 👋 tout le monde").1,
        vec!["Bonjour tout le monde".to_owned()]
    );
}

/// A drawn card is a 1200×630 PNG, the same for the same words, another for others, and
/// drawn once: the second time it comes from the cache.
#[test]
fn a_drawn_card_is_a_png_drawn_once() {
    let text = CardText {
        title: "«\u{a0}Le métier qui n’existe pas\u{a0}»",
        site: "Carnet",
        byline: "Isabelle · 9 juin 2016",
        theme: "#9a3412",
        background: "#fbfaf7",
    };
    let cache = MemoryCache::default();
    let made = draw_card("le-metier", &text, &cache).unwrap();
    let key = card_key("le-metier", &text);
    assert_eq!(made.files.len(), 1);
    let (path, png) = &made.files[0];
    assert!(
        path.starts_with("content/cards/le-metier.") && path.ends_with(".png"),
        "{path}"
    );
    assert_eq!(
        made.processed.files().collect::<Vec<_>>(),
        vec![path.as_str()]
    );
    let image = image::load_from_memory_with_format(png, image::ImageFormat::Png).unwrap();
    assert_eq!((image.width(), image.height()), CARD);
    // The band at the top in the theme colour, the background below it, ink in between.
    let rgb = image.to_rgb8();
    assert_eq!(rgb.get_pixel(600, 5).0, [0x9a, 0x34, 0x12]);
    assert_eq!(rgb.get_pixel(5, 300).0, [0xfb, 0xfa, 0xf7]);
    let dark = rgb.pixels().filter(|p| p.0[0] < 0x40).count();
    assert!(dark > 5_000, "the title is drawn: {dark} dark pixels");

    assert_eq!(cache.0.lock().unwrap().len(), 1);
    assert!(cache.0.lock().unwrap().contains_key(&key));
    assert_eq!(draw_card("le-metier", &text, &cache).unwrap(), made);
    let other_text = CardText {
        title: "Un autre titre",
        ..text.clone()
    };
    let other = draw_card("le-metier", &other_text, &NoCache).unwrap();
    assert_ne!(card_key("le-metier", &other_text), key);
    assert_ne!(other.files[0].1, *png);
}

/// A cover's card is cut around its `cover_focus`: the top of a photo for "top", its
/// middle by default.
#[test]
fn a_focused_card_keeps_the_subject() {
    use carnet_markdown::focus::Focus;
    // Red above, blue below.
    let image = RgbImage::from_fn(1000, 1000, |_, y| {
        if y < 500 {
            Rgb([200, 0, 0])
        } else {
            Rgb([0, 0, 200])
        }
    });
    let mut jpeg = Vec::new();
    DynamicImage::ImageRgb8(image)
        .write_to(
            &mut std::io::Cursor::new(&mut jpeg),
            image::ImageFormat::Jpeg,
        )
        .unwrap();
    let colour_at = |made: &Made, y: u32| {
        let card = decode(&made.files[0].1);
        assert_eq!((card.width(), card.height()), CARD);
        let [r, _, b, _] = card.get_pixel(600, y).0;
        if r > b { "red" } else { "blue" }
    };
    let top: Focus = "top".parse().unwrap();
    let made = focused_card("vue", ("w.jpg", &jpeg), top, &NoCache).unwrap();
    assert!(made.files[0].0.starts_with("content/cards/vue.") && made.files[0].0.ends_with(".jpg"));
    assert_eq!(
        (colour_at(&made, 100), colour_at(&made, 450)),
        ("red", "red")
    );
    let centred = focused_card("vue", ("w.jpg", &jpeg), Focus::CENTER, &NoCache).unwrap();
    assert_ne!(
        focused_card_key("vue", "w.jpg", top),
        focused_card_key("vue", "w.jpg", Focus::CENTER)
    );
    assert_eq!(
        (colour_at(&centred, 100), colour_at(&centred, 450)),
        ("red", "blue")
    );
    let bottom =
        focused_card("vue", ("w.jpg", &jpeg), "bottom".parse().unwrap(), &NoCache).unwrap();
    assert_eq!(
        (colour_at(&bottom, 100), colour_at(&bottom, 450)),
        ("blue", "blue")
    );
}
