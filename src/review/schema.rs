//! The JSON Schema (draft 2020-12) of the claims file, for editors.
//!
//! Generated files start with `# yaml-language-server: $schema=claimline.schema.json`, and
//! `claimline extract` / `claimline schema --write` keep that file beside them, so an editor
//! with a YAML language server validates and completes fields while a reviewer types.
//!
//! The schema is derived from the model's types ([`schemars`]), so it lists exactly the fields
//! the loader accepts, with the model's doc comments as descriptions; the one addition made
//! here is what only the project knows: the configured status and verdict scales, as enums.
//! `claimline check` validates files against this same schema (see [`crate::yaml::validate`]),
//! so the editor and `check` agree.

use std::path::PathBuf;

use serde_json::{Value, json};

use super::Project;
use super::model::ClaimsFile;
use crate::config::Config;
use crate::error::{Error, Result};
use crate::output::write_atomic;
use crate::yaml::tree::plain_reading;

/// The schema file's name, written beside the claims files.
pub const SCHEMA_FILE: &str = "claimline.schema.json";

/// The claims file's JSON Schema, with the scales of `config`.
///
/// ```
/// use claimline::config::Config;
/// let schema = claimline::review::claims_schema(&Config::default());
/// let status = &schema["$defs"]["Claim"]["properties"]["status"];
/// assert_eq!(status["enum"][0], "unreviewed");
/// ```
pub fn claims_schema(config: &Config) -> Value {
    let mut schema = schemars::schema_for!(ClaimsFile).to_value();
    schema["title"] = json!("claimline claims file");
    schema["description"] = json!(
        "Claims extracted from one article, for fact-checkers to review. \
         See docs/REVIEW.md in claimline."
    );
    tidy_descriptions(&mut schema);
    let claim = &mut schema["$defs"]["Claim"]["properties"];
    // The enums say everything: a `type` beside them would refuse the unquoted `true` they
    // allow.
    for field in ["status", "verdict"] {
        if let Some(map) = claim[field].as_object_mut() {
            map.remove("type");
        }
    }
    claim["status"]["enum"] = scale(&config.review.statuses, false);
    claim["status"]["description"] = json!(format!(
        "Review workflow state, one of: {}. New claims get `{}`.",
        config.review.statuses.join(", "),
        config.initial_status()
    ));
    claim["verdict"]["enum"] = scale(&config.review.verdicts, true);
    claim["verdict"]["description"] = json!(format!(
        "The rating, one of: {}. Leave empty until decided.",
        config.review.verdicts.join(", ")
    ));
    schema
}

/// The schema as the file claimline writes: pretty JSON ending with a line break.
pub fn schema_text(config: &Config) -> String {
    // Serialising a `Value` cannot fail: its keys are strings.
    let mut text = serde_json::to_string_pretty(&claims_schema(config)).unwrap_or_default();
    text.push('\n');
    text
}

/// Write the schema file of `project` when it is missing or differs; returns its path.
pub fn write_schema(project: &Project, config: &Config) -> Result<PathBuf> {
    let path = project.schema_path();
    let text = schema_text(config);
    let current = match std::fs::read(&path) {
        Ok(bytes) => Some(bytes),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(Error::io("read", &path, e)),
    };
    if current.as_deref() != Some(text.as_bytes()) {
        write_atomic(&path, text.as_bytes())?;
    }
    Ok(path)
}

/// Doc comments are wrapped for source code and use rustdoc links; editors show the
/// description as one paragraph of text.
fn tidy_descriptions(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                match v {
                    Value::String(text) if key == "description" => *text = tidy(text),
                    _ => tidy_descriptions(v),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(tidy_descriptions),
        _ => {}
    }
}

fn tidy(text: &str) -> String {
    let one_line = text
        .split("\n\n")
        .map(|p| p.split('\n').map(str::trim).collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\n\n");
    // "[`crate::temporal::parse_when`]" -> "`parse_when`"
    let mut out = String::with_capacity(one_line.len());
    let mut rest = one_line.as_str();
    while let Some(i) = rest.find("[`") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 2..];
        match after.find("`]") {
            Some(j) => {
                let path = &after[..j];
                let name = path.rsplit("::").next().unwrap_or(path);
                out.push('`');
                out.push_str(name);
                out.push('`');
                rest = &after[j + 2..];
            }
            None => {
                out.push_str("[`");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The values of a scale as a JSON `enum`. A reviewer types `verdict: true`, which YAML reads
/// as a boolean and claimline as the text `true`; the enum lists both readings so that an
/// editor accepts what claimline accepts.
fn scale(values: &[String], nullable: bool) -> Value {
    let mut out = Vec::new();
    for v in values {
        out.push(json!(v));
        let reading = plain_reading(v);
        if !reading.is_string() && !reading.is_null() {
            out.push(reading);
        }
    }
    if nullable {
        out.push(Value::Null);
    }
    Value::Array(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verdict_scale_accepts_unquoted_booleans() {
        let schema = claims_schema(&Config::default());
        let verdict = &schema["$defs"]["Claim"]["properties"]["verdict"]["enum"];
        assert_eq!(
            verdict,
            &json!([
                "true",
                true,
                "mostly-true",
                "misleading",
                "false",
                false,
                "unverifiable",
                null
            ])
        );
    }

    #[test]
    fn descriptions_read_as_prose() {
        let schema = claims_schema(&Config::default());
        let d = schema["$defs"]["Claim"]["properties"]["date_override"]["description"]
            .as_str()
            .unwrap();
        assert!(d.contains("notation of `parse_when`: `2018-08-06`"), "{d}");
        assert!(!d.contains('\n'), "{d}");
    }

    #[test]
    fn is_draft_2020_12() {
        let schema = claims_schema(&Config::default());
        assert_eq!(
            schema["$schema"],
            "https://json-schema.org/draft/2020-12/schema"
        );
        assert_eq!(schema["additionalProperties"], false);
    }
}
