//! XML character and entity references: reading them in TimeML text, and escaping what we
//! write.
//!
//! TimeML is plain XML without a DTD, so the only named entities are the five XML predefines
//! (`&amp;` `&lt;` `&gt;` `&quot;` `&apos;`); anything else (`&nbsp;`, a bare `&`) makes the
//! document ill-formed, and we say so rather than guess.

/// A reference decoded from the text at an `&`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Reference {
    /// The character it stands for.
    pub ch: char,
    /// Bytes of the raw reference, `&` and `;` included.
    pub len: usize,
}

/// Decode the reference at the start of `raw`, which begins with `&`. The error says what was
/// expected, for a message located at the `&`.
pub(crate) fn decode_reference(raw: &str) -> Result<Reference, String> {
    debug_assert!(raw.starts_with('&'));
    // No valid reference is longer than `&#x10FFFF;`; looking further would only find the `;`
    // of some later reference.
    let mut end = raw.len().min(12);
    while !raw.is_char_boundary(end) {
        end -= 1;
    }
    let window = &raw[1..end];
    let Some(semi) = window.find(';') else {
        return Err(bare_ampersand(window));
    };
    let body = &window[..semi];
    let len = semi + 2;
    let ch = match body {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        _ => {
            let code = if let Some(hex) = body.strip_prefix("#x").or(body.strip_prefix("#X")) {
                parse_code(hex, 16)
            } else if let Some(dec) = body.strip_prefix('#') {
                parse_code(dec, 10)
            } else if !body.is_empty()
                && body.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            {
                return Err(format!(
                    "unknown entity `&{body};`: TimeML is XML without a DTD, so only &amp; &lt; \
                     &gt; &quot; &apos; and numeric references such as &#233; are defined"
                ));
            } else {
                return Err(bare_ampersand(window));
            };
            match code.and_then(char::from_u32) {
                Some(c) if is_xml_char(c) => c,
                _ => {
                    return Err(format!(
                        "`&{body};` is not a character XML allows; expected a reference such as \
                         &#233; or &#xE9;"
                    ));
                }
            }
        }
    };
    Ok(Reference { ch, len })
}

fn parse_code(digits: &str, radix: u32) -> Option<u32> {
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    u32::from_str_radix(digits, radix).ok()
}

fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r') || c >= ' '
}

fn bare_ampersand(after: &str) -> String {
    let shown: String = after.chars().take(8).collect();
    format!(
        "`&` starts no reference (followed by {shown:?}); write `&amp;` for a literal ampersand"
    )
}

/// Append `text` to `out` escaped for element content: `&`, `<` and `>` become references.
///
/// ```
/// # use claimline::timeml::escape_text;
/// let mut out = String::new();
/// escape_text("AT&T <b>", &mut out);
/// assert_eq!(out, "AT&amp;T &lt;b&gt;");
/// ```
pub fn escape_text(text: &str, out: &mut String) {
    escape(text, out, false);
}

/// Append `value` to `out` escaped for a double-quoted attribute value: `&`, `<`, `>` and `"`
/// become references, and tabs and line breaks become character references so that an XML
/// parser's attribute normalisation gives them back unchanged.
///
/// ```
/// # use claimline::timeml::escape_attribute;
/// let mut out = String::new();
/// escape_attribute("say \"now\"\n", &mut out);
/// assert_eq!(out, "say &quot;now&quot;&#10;");
/// ```
pub fn escape_attribute(value: &str, out: &mut String) {
    escape(value, out, true);
}

fn escape(text: &str, out: &mut String, attribute: bool) {
    let mut rest = text;
    while let Some(i) = rest.find(|c: char| {
        matches!(c, '&' | '<' | '>') || (attribute && matches!(c, '"' | '\t' | '\n' | '\r'))
    }) {
        out.push_str(&rest[..i]);
        // The matched characters are all ASCII: one byte.
        out.push_str(match rest.as_bytes()[i] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\t' => "&#9;",
            b'\n' => "&#10;",
            _ => "&#13;",
        });
        rest = &rest[i + 1..];
    }
    out.push_str(rest);
}

/// `raw` with every reference decoded, for attribute values; the error carries the byte offset
/// of the bad `&` within `raw`.
pub(crate) fn decode_all(raw: &str) -> Result<String, (usize, String)> {
    let mut out = String::with_capacity(raw.len());
    let mut at = 0;
    while let Some(i) = raw[at..].find('&') {
        out.push_str(&raw[at..at + i]);
        let r = decode_reference(&raw[at + i..]).map_err(|m| (at + i, m))?;
        out.push(r.ch);
        at += i + r.len;
    }
    out.push_str(&raw[at..]);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn predefined_and_numeric_references_decode() {
        assert_eq!(
            decode_reference("&amp;x").unwrap(),
            Reference { ch: '&', len: 5 }
        );
        assert_eq!(decode_reference("&apos;").unwrap().ch, '\'');
        assert_eq!(
            decode_reference("&#233;").unwrap(),
            Reference { ch: 'é', len: 6 }
        );
        assert_eq!(
            decode_reference("&#x2014;").unwrap(),
            Reference { ch: '—', len: 8 }
        );
        assert_eq!(decode_reference("&#X41;").unwrap().ch, 'A');
        assert_eq!(
            decode_all("a &lt;b&gt; &amp;&amp; c").unwrap(),
            "a <b> && c"
        );
    }

    #[test]
    fn bad_references_say_what_was_expected() {
        let e = decode_reference("&nbsp; x").unwrap_err();
        assert!(e.contains("unknown entity `&nbsp;`"), "{e}");
        let e = decode_reference("& T").unwrap_err();
        assert!(e.contains("write `&amp;`"), "{e}");
        let e = decode_reference("&amp").unwrap_err();
        assert!(e.contains("starts no reference"), "{e}");
        for bad in [
            "&#0;",
            "&#xD800;",
            "&#x110000;",
            "&#;",
            "&#x;",
            "&#12a;",
            "&#1;",
        ] {
            let e = decode_reference(bad).unwrap_err();
            assert!(e.contains("not a character XML allows"), "{bad}: {e}");
        }
        // A `;` far away belongs to something else.
        assert!(decode_reference("&and so on; more").is_err());
        assert_eq!(decode_all("ok &bogus; x").unwrap_err().0, 3);
        // Multi-byte characters right after `&` do not split.
        assert!(decode_reference("&ééééééééé;").is_err());
    }

    #[test]
    fn escaping_round_trips_through_decoding() {
        let text = "Q&A: \"x < y\" > 'z'\tend\r\n";
        let mut attr = String::new();
        escape_attribute(text, &mut attr);
        assert!(!attr.contains(['"', '<', '\n', '\t', '\r']), "{attr}");
        assert_eq!(decode_all(&attr).unwrap(), text);
        let mut content = String::new();
        escape_text(text, &mut content);
        assert_eq!(content, "Q&amp;A: \"x &lt; y\" &gt; 'z'\tend\r\n");
        assert_eq!(decode_all(&content).unwrap(), text);
    }
}
