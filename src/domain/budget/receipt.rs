//! Receipts: JPEG, PNG or PDF up to 5 MB, the type read from the file's first bytes (never
//! from its name or the browser's claim).

use serde::{Deserialize, Serialize};

pub const MAX_RECEIPT_BYTES: usize = 5 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReceiptKind {
    Jpeg,
    Png,
    Pdf,
}

impl ReceiptKind {
    /// The kind the content says it is, or `None` for anything else.
    pub fn sniff(content: &[u8]) -> Option<Self> {
        if content.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(ReceiptKind::Jpeg)
        } else if content.starts_with(b"\x89PNG\r\n\x1a\n") {
            Some(ReceiptKind::Png)
        } else if content.starts_with(b"%PDF-") {
            Some(ReceiptKind::Pdf)
        } else {
            None
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ReceiptKind::Jpeg => "jpeg",
            ReceiptKind::Png => "png",
            ReceiptKind::Pdf => "pdf",
        }
    }

    pub fn parse(stored: &str) -> Option<Self> {
        [ReceiptKind::Jpeg, ReceiptKind::Png, ReceiptKind::Pdf]
            .into_iter()
            .find(|k| k.as_str() == stored)
    }

    pub fn content_type(self) -> &'static str {
        match self {
            ReceiptKind::Jpeg => "image/jpeg",
            ReceiptKind::Png => "image/png",
            ReceiptKind::Pdf => "application/pdf",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            ReceiptKind::Jpeg => "jpg",
            ReceiptKind::Png => "png",
            ReceiptKind::Pdf => "pdf",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_content_decides_not_the_name() {
        assert_eq!(
            ReceiptKind::sniff(b"\xFF\xD8\xFF\xE0rest"),
            Some(ReceiptKind::Jpeg)
        );
        assert_eq!(
            ReceiptKind::sniff(b"\x89PNG\r\n\x1a\n...."),
            Some(ReceiptKind::Png)
        );
        assert_eq!(ReceiptKind::sniff(b"%PDF-1.7\n"), Some(ReceiptKind::Pdf));
        for other in [
            &b"<html><script>"[..],
            b"GIF89a",
            b"MZ\x90\x00",
            b"",
            b"%PD",
        ] {
            assert_eq!(ReceiptKind::sniff(other), None);
        }
        for kind in [ReceiptKind::Jpeg, ReceiptKind::Png, ReceiptKind::Pdf] {
            assert_eq!(ReceiptKind::parse(kind.as_str()), Some(kind));
        }
    }
}
