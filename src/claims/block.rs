//! Block quotations: quoted material set as paragraphs of its own, without quotation marks.
//!
//! ```text
//! Hogan Gidley, a White House spokesman, said in a statement on Wednesday:
//!
//! At Senator Paul’s request, President Trump provided a letter of introduction. ...
//! ```
//!
//! A prose paragraph that ends with a colon and contains no quotation itself introduces the
//! paragraphs after it as quoted material, attributed to whoever the introducer names. The
//! block runs until a paragraph that contains quotation marks (the article is quoting inline
//! again, or narrating around a quote), one that ends with a colon itself (a new introducer),
//! one that is not prose (the end of the article's text), or one that attributes words
//! itself ("According to Lee, ...", "Roe told reporters ..."): that is the reporter
//! narrating again. A colon paragraph that already contains a quotation ("Massie tweeted,
//! “...”:") introduces something the text does not hold, such as an embedded tweet, and
//! starts no block.
//!
//! The rule cannot see where a block ends when the article goes back to plain narration
//! without quotation marks or attribution; articles rarely do, as the reader could not tell
//! either.

/// What a paragraph is to block quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Role {
    /// Ordinary text.
    Plain,
    /// Introduces the listed paragraphs as a block quotation.
    Introducer(Vec<usize>),
    /// Quoted material introduced by the paragraph at this index.
    Quoted(usize),
}

/// What the block rule needs to know about a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Shape {
    /// Article prose rather than page furniture.
    pub prose: bool,
    /// It holds at least one quotation.
    pub has_quotation: bool,
    /// Its text ends with a colon.
    pub ends_with_colon: bool,
    /// One of its sentences attributes words to someone.
    pub attributes: bool,
}

/// The role of each paragraph, in order.
pub(crate) fn roles(shapes: &[Shape]) -> Vec<Role> {
    let mut roles = vec![Role::Plain; shapes.len()];
    let mut open: Option<usize> = None;
    for (i, shape) in shapes.iter().enumerate() {
        let continues =
            shape.prose && !shape.has_quotation && !shape.ends_with_colon && !shape.attributes;
        match open {
            Some(introducer) if continues => {
                roles[i] = Role::Quoted(introducer);
                if let Role::Introducer(quoted) = &mut roles[introducer] {
                    quoted.push(i);
                }
                continue;
            }
            _ => open = None,
        }
        if shape.prose && shape.ends_with_colon && !shape.has_quotation {
            roles[i] = Role::Introducer(Vec::new());
            open = Some(i);
        }
    }
    for role in &mut roles {
        if matches!(role, Role::Introducer(quoted) if quoted.is_empty()) {
            *role = Role::Plain;
        }
    }
    roles
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: Shape = Shape {
        prose: true,
        has_quotation: false,
        ends_with_colon: false,
        attributes: false,
    };
    const COLON: Shape = Shape {
        ends_with_colon: true,
        ..TEXT
    };
    const QUOTING: Shape = Shape {
        has_quotation: true,
        ..TEXT
    };
    const FURNITURE: Shape = Shape {
        prose: false,
        ..TEXT
    };
    const REPORTING: Shape = Shape {
        attributes: true,
        ..TEXT
    };

    #[test]
    fn a_colon_paragraph_introduces_the_next_ones() {
        assert_eq!(
            roles(&[TEXT, COLON, TEXT, TEXT, QUOTING, TEXT]),
            [
                Role::Plain,
                Role::Introducer(vec![2, 3]),
                Role::Quoted(1),
                Role::Quoted(1),
                Role::Plain,
                Role::Plain,
            ]
        );
    }

    #[test]
    fn a_new_introducer_ends_the_block_and_starts_another() {
        assert_eq!(
            roles(&[COLON, TEXT, COLON, TEXT, TEXT]),
            [
                Role::Introducer(vec![1]),
                Role::Quoted(0),
                Role::Introducer(vec![3, 4]),
                Role::Quoted(2),
                Role::Quoted(2),
            ]
        );
    }

    #[test]
    fn narration_with_its_own_attribution_ends_a_block() {
        assert_eq!(
            roles(&[COLON, TEXT, REPORTING, TEXT]),
            [
                Role::Introducer(vec![1]),
                Role::Quoted(0),
                Role::Plain,
                Role::Plain
            ]
        );
    }

    #[test]
    fn a_colon_after_a_quotation_introduces_nothing() {
        let tweet = Shape {
            ends_with_colon: true,
            ..QUOTING
        };
        assert_eq!(roles(&[tweet, TEXT]), [Role::Plain, Role::Plain]);
    }

    #[test]
    fn furniture_and_the_end_close_a_block() {
        assert_eq!(
            roles(&[COLON, TEXT, FURNITURE, TEXT]),
            [
                Role::Introducer(vec![1]),
                Role::Quoted(0),
                Role::Plain,
                Role::Plain
            ]
        );
        assert_eq!(roles(&[TEXT, COLON]), [Role::Plain, Role::Plain]);
    }
}
