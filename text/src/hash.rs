//! The short hash of a text that file names and positions carry.

/// A short, stable hash of a text (FNV-1a, 32 bits) for cache-busting file names.
pub fn content_hash(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_is_stable_and_sensitive() {
        assert_eq!(content_hash(""), 0x811c_9dc5);
        assert_eq!(content_hash("a"), 0xe40c_292c);
        assert_ne!(content_hash("Bonjour"), content_hash("Bonjour !"));
    }
}
