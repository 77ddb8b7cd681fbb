//! Checking a located YAML tree against a JSON Schema, so every problem points at its node.
//!
//! Only the part of JSON Schema that claimline's schemas use is understood: `$ref` into
//! `$defs`, `type`, `enum`, `properties`, `required`, `additionalProperties: false`, `items`
//! and `anyOf`. Annotations for editors (`format`, `pattern`, `description`, `default`) are
//! skipped: `claimline check` tests dates and URLs itself, with better messages.
//!
//! One deliberate leniency: where the schema asks for a string, any scalar that is not null
//! is accepted (`id: 2018`), because that is what the loader (serde_yaml) accepts.

use serde_json::Value as Json;

use super::tree::{Node, Pos, ScalarKind, Value};

/// One place where the document does not follow the schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// Where: the offending key or value.
    pub pos: Pos,
    /// The keys and indexes leading to it.
    pub path: Vec<Step>,
    /// What is wrong.
    pub problem: Problem,
}

/// A step from the root to a node.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// A mapping key.
    Key(String),
    /// A list index, from 0.
    Index(usize),
}

/// What is wrong at a node.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A key the schema does not allow; `known` lists the keys it does.
    UnknownField { field: String, known: Vec<String> },
    /// A required key is absent from the mapping.
    MissingField { field: String },
    /// A key appears twice; `first_line` is where it first appeared.
    DuplicateKey { field: String, first_line: usize },
    /// The node has the wrong type: `expected` in words ("a list"), `found` likewise.
    WrongType {
        expected: String,
        found: &'static str,
    },
    /// A value not in the schema's `enum`.
    NotAllowed { found: String, allowed: Vec<String> },
}

/// Every violation of `schema` in the document `node`, in document order.
pub fn validate(node: &Node, schema: &Json) -> Vec<Violation> {
    let mut out = Vec::new();
    let mut path = Vec::new();
    check(node, schema, schema, &mut path, &mut out);
    out.sort_by_key(|v| v.pos);
    out
}

fn resolve<'s>(schema: &'s Json, root: &'s Json) -> &'s Json {
    let mut current = schema;
    // A few hops at most; a cycle of bare references would be a broken schema.
    for _ in 0..8 {
        let Some(reference) = current.get("$ref").and_then(Json::as_str) else {
            break;
        };
        let Some(name) = reference.strip_prefix("#/$defs/") else {
            break;
        };
        match root.get("$defs").and_then(|d| d.get(name)) {
            Some(target) => current = target,
            None => break,
        }
    }
    current
}

fn check(node: &Node, schema: &Json, root: &Json, path: &mut Vec<Step>, out: &mut Vec<Violation>) {
    let schema = resolve(schema, root);
    if let Some(branches) = schema.get("anyOf").and_then(Json::as_array) {
        any_of(node, branches, root, path, out);
        return;
    }
    if let Some(allowed) = schema.get("enum").and_then(Json::as_array) {
        if !allowed.iter().any(|a| enum_matches(node, a)) {
            out.push(Violation {
                pos: node.start,
                path: path.clone(),
                problem: Problem::NotAllowed {
                    found: shown(node),
                    allowed: allowed
                        .iter()
                        .filter_map(Json::as_str)
                        .map(str::to_string)
                        .collect(),
                },
            });
        }
        return;
    }
    if let Some(types) = schema.get("type") {
        let types: Vec<&str> = match types {
            Json::String(t) => vec![t.as_str()],
            Json::Array(ts) => ts.iter().filter_map(Json::as_str).collect(),
            _ => Vec::new(),
        };
        if !types.is_empty() && !types.iter().any(|t| type_matches(node, t)) {
            out.push(Violation {
                pos: node.start,
                path: path.clone(),
                problem: Problem::WrongType {
                    expected: expected_words(&types),
                    found: node.describe(),
                },
            });
            return;
        }
    }
    match &node.value {
        Value::Mapping { entries, .. } => {
            let properties = schema.get("properties").and_then(Json::as_object);
            let closed = schema.get("additionalProperties") == Some(&Json::Bool(false));
            let mut seen: Vec<(&str, usize)> = Vec::new();
            for entry in entries {
                let Some(key) = entry.key.as_text() else {
                    out.push(Violation {
                        pos: entry.key.start,
                        path: path.clone(),
                        problem: Problem::WrongType {
                            expected: "a field name".to_string(),
                            found: entry.key.describe(),
                        },
                    });
                    continue;
                };
                if let Some((_, first_line)) = seen.iter().find(|(k, _)| *k == key) {
                    out.push(Violation {
                        pos: entry.key.start,
                        path: path.clone(),
                        problem: Problem::DuplicateKey {
                            field: key.to_string(),
                            first_line: *first_line,
                        },
                    });
                    continue;
                }
                seen.push((key, entry.key.start.line));
                match properties.and_then(|p| p.get(key)) {
                    Some(sub) => {
                        path.push(Step::Key(key.to_string()));
                        check(&entry.value, sub, root, path, out);
                        path.pop();
                    }
                    None if closed => out.push(Violation {
                        pos: entry.key.start,
                        path: path.clone(),
                        problem: Problem::UnknownField {
                            field: key.to_string(),
                            known: properties
                                .map(|p| p.keys().cloned().collect())
                                .unwrap_or_default(),
                        },
                    }),
                    None => {}
                }
            }
            let required = schema.get("required").and_then(Json::as_array);
            for field in required.into_iter().flatten().filter_map(Json::as_str) {
                if !seen.iter().any(|(k, _)| *k == field) {
                    out.push(Violation {
                        pos: node.start,
                        path: path.clone(),
                        problem: Problem::MissingField {
                            field: field.to_string(),
                        },
                    });
                }
            }
        }
        Value::Sequence { items, .. } => {
            if let Some(item_schema) = schema.get("items") {
                for (i, item) in items.iter().enumerate() {
                    path.push(Step::Index(i));
                    check(item, item_schema, root, path, out);
                    path.pop();
                }
            }
        }
        Value::Scalar(_) => {}
    }
}

/// `anyOf`, as schemars writes it for optional values: a null branch and the real one. The
/// node passes if any branch passes; otherwise the problems of the branch that fits its
/// kind best are reported.
fn any_of(
    node: &Node,
    branches: &[Json],
    root: &Json,
    path: &mut Vec<Step>,
    out: &mut Vec<Violation>,
) {
    let mut best: Option<Vec<Violation>> = None;
    for branch in branches {
        let mut found = Vec::new();
        check(node, branch, root, path, &mut found);
        if found.is_empty() {
            return;
        }
        let wrong_type = found
            .iter()
            .any(|v| v.pos == node.start && matches!(v.problem, Problem::WrongType { .. }));
        let better = match &best {
            None => true,
            Some(b) => {
                let b_wrong = b
                    .iter()
                    .any(|v| v.pos == node.start && matches!(v.problem, Problem::WrongType { .. }));
                b_wrong && !wrong_type
            }
        };
        if better {
            best = Some(found);
        }
    }
    out.extend(best.unwrap_or_default());
}

fn type_matches(node: &Node, t: &str) -> bool {
    match (&node.value, t) {
        (Value::Scalar(s), "null") => s.kind == ScalarKind::Null,
        (Value::Scalar(s), "string") => s.kind != ScalarKind::Null,
        (Value::Scalar(s), "boolean") => s.kind == ScalarKind::Bool,
        (Value::Scalar(s), "integer") => s.kind == ScalarKind::Int,
        (Value::Scalar(s), "number") => matches!(s.kind, ScalarKind::Int | ScalarKind::Float),
        (Value::Sequence { .. }, "array") => true,
        (Value::Mapping { .. }, "object") => true,
        _ => false,
    }
}

fn expected_words(types: &[&str]) -> String {
    let words: Vec<&str> = types
        .iter()
        .filter(|t| **t != "null")
        .map(|t| match *t {
            "string" => "a string",
            "boolean" => "true or false",
            "integer" => "a whole number",
            "number" => "a number",
            "array" => "a list",
            "object" => "a mapping of fields",
            other => other,
        })
        .collect();
    let mut text = words.join(" or ");
    if types.contains(&"null") {
        text.push_str(" (or nothing)");
    }
    text
}

fn enum_matches(node: &Node, allowed: &Json) -> bool {
    match (&node.value, allowed) {
        (Value::Scalar(s), Json::Null) => s.kind == ScalarKind::Null,
        (Value::Scalar(s), Json::String(a)) => s.kind != ScalarKind::Null && s.text == *a,
        (Value::Scalar(s), Json::Bool(b)) => {
            s.kind == ScalarKind::Bool && s.text.eq_ignore_ascii_case(&b.to_string())
        }
        _ => false,
    }
}

fn shown(node: &Node) -> String {
    match &node.value {
        Value::Scalar(s) if s.kind == ScalarKind::Null => "nothing".to_string(),
        Value::Scalar(s) => format!("{:?}", s.text),
        _ => node.describe().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml::tree::parse;
    use serde_json::json;
    use std::path::Path;

    fn violations(text: &str, schema: &Json) -> Vec<(usize, usize, Problem)> {
        let root = parse(text, Path::new("t.yaml")).unwrap().unwrap();
        validate(&root, schema)
            .into_iter()
            .map(|v| (v.pos.line, v.pos.column, v.problem))
            .collect()
    }

    fn schema() -> Json {
        json!({
            "type": "object",
            "additionalProperties": false,
            "required": ["id"],
            "properties": {
                "id": {"type": "string"},
                "gone": {"type": "boolean"},
                "verdict": {"enum": ["true", true, "false", false, null]},
                "tags": {"type": "array", "items": {"type": "string"}},
                "when": {"anyOf": [{"$ref": "#/$defs/When"}, {"type": "null"}]}
            },
            "$defs": {"When": {"type": "object", "additionalProperties": false,
                                "required": ["label"], "properties": {"label": {"type": "string"}}}}
        })
    }

    #[test]
    fn a_valid_document_passes() {
        let text = "id: 2018\ngone: false\nverdict: true\ntags: [a, 1]\nwhen: {label: x}\n";
        assert_eq!(violations(text, &schema()), []);
        assert_eq!(violations("id: a\nverdict:\nwhen:\n", &schema()), []);
    }

    #[test]
    fn problems_point_at_their_node() {
        let text =
            "id: a\nverdcit: x\nverdict: maybe\ngone: yes\ntags: a\nwhen: {lable: x}\nid: b\n";
        let found = violations(text, &schema());
        assert_eq!(found.len(), 7, "{found:?}");
        assert!(
            matches!(&found[0], (2, 1, Problem::UnknownField { field, .. }) if field == "verdcit")
        );
        assert!(
            matches!(&found[1], (3, 10, Problem::NotAllowed { found, .. }) if found == "\"maybe\"")
        );
        assert!(matches!(
            &found[2],
            (
                4,
                7,
                Problem::WrongType {
                    found: "a string",
                    ..
                }
            )
        ));
        assert!(
            matches!(&found[3], (5, 7, Problem::WrongType { expected, .. }) if expected == "a list")
        );
        assert!(matches!(&found[4], (6, 7, Problem::MissingField { field }) if field == "label"));
        assert!(
            matches!(&found[5], (6, 8, Problem::UnknownField { field, .. }) if field == "lable")
        );
        assert!(matches!(
            &found[6],
            (7, 1, Problem::DuplicateKey { first_line: 1, .. })
        ));
    }
}
