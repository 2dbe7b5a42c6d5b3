//! QR codes as inline SVG: one path of unit squares on a white square with the standard
//! four-module quiet zone, scaled by CSS. Written here rather than with the crate's SVG
//! renderer so that the markup is small (thousands go on a print sheet) and accessible.

use std::fmt::Write;

use qrcode::{Color, EcLevel, QrCode};

const QUIET_ZONE: usize = 4;

/// An SVG image of a QR code for `text`, labelled `label` for screen readers.
pub fn svg(text: &str, label: &str) -> String {
    let Ok(code) = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M) else {
        tracing::error!(len = text.len(), "text too long for a QR code");
        return String::new();
    };
    let width = code.width();
    let size = width + 2 * QUIET_ZONE;
    let mut path = String::with_capacity(width * width * 4);
    for (i, color) in code.to_colors().iter().enumerate() {
        if *color == Color::Dark {
            let (x, y) = (i % width + QUIET_ZONE, i / width + QUIET_ZONE);
            let _ = write!(path, "M{x} {y}h1v1h-1z");
        }
    }
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" role="img" aria-label="{label}" shape-rendering="crispEdges"><rect width="{size}" height="{size}" fill="#fff"/><path fill="#000" d="{path}"/></svg>"##,
        label = escape(label)
    )
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::svg;

    #[test]
    fn draws_a_labelled_square_image() {
        let image = svg("http://127.0.0.1:3000/rosta?kod=ABCDEFGH", "Röstkod <1>");
        assert!(image.starts_with("<svg"));
        assert!(image.contains(r#"aria-label="Röstkod &lt;1&gt;""#));
        assert!(image.contains("viewBox=\"0 0 "));
        assert!(image.matches("h1v1h-1z").count() > 100, "has dark modules");
    }
}
