//! The TypeScript declarations of every value that crosses the wasm
//! boundary, written from the same code tables the engine reads: the answer
//! keys and their kinds, the codes, outcomes and statutory ids. The wasm
//! module ships them (`src/wasm/types.d.ts`, `src/wasm/policy-types.d.ts`,
//! included in its `.d.ts`); `tests/typescript.rs` fails when those files
//! and what is written here differ (`UPDATE_TYPES=1 cargo test` rewrites them).

use crate::answers::{ErrorCode, Key, Kind, ReturnReason};
use crate::decision::{NoticeCode, Outcome, ReasonCode, StatutoryCondition, StatutoryId, StepCode};
use crate::law::CAUSE_KINDS;
use crate::policy::ClauseKind;
use crate::validate::ProblemCode;

/// `"a" | "b" | "c"`, wrapped before 100 columns, each further line
/// starting `indent| ` (wasm-bindgen writes a top-level union's lines
/// unindented).
fn union<'a>(names: impl IntoIterator<Item = &'a str>, indent: &str) -> String {
    let mut out = String::new();
    let mut line = 0;
    for (i, name) in names.into_iter().enumerate() {
        let piece = if i == 0 { format!("\"{name}\"") } else { format!(" | \"{name}\"") };
        if line + piece.len() > 100 && i > 0 {
            out.push('\n');
            out.push_str(indent);
            let piece = format!("| \"{name}\"");
            line = indent.len() + piece.len();
            out.push_str(&piece);
        } else {
            line += piece.len();
            out.push_str(&piece);
        }
    }
    out
}

fn clause_kinds() -> String {
    union([ClauseKind::Rule, ClauseKind::Condition, ClauseKind::Info].map(ClauseKind::name), "  ")
}

/// The type of an answer of `kind`.
fn answer_type(key: Key) -> String {
    match (key, key.kind()) {
        (Key::ReturnReason, _) => union(ReturnReason::OPTIONS, "  "),
        (Key::Seller, _) => "\"other\" | string".to_owned(),
        (_, Kind::Choice) => "string".to_owned(),
        (_, Kind::Date) => "IsoDate".to_owned(),
        (_, Kind::YesNo) => "boolean".to_owned(),
        (_, Kind::DateOrNone) => "IsoDate | null".to_owned(),
    }
}

/// What a key's doc comment says, where its name does not say it all.
fn answer_doc(key: Key) -> Option<&'static str> {
    match key {
        Key::BoughtOnline => Some("Bought at a distance (online) rather than in a shop."),
        Key::RmaIssuedOn => Some("null: no RMA was issued."),
        Key::Opened => Some("The sealed packaging has been opened."),
        Key::ReplacementReceivedDate => Some("null: this unit is not a warranty replacement."),
        _ => None,
    }
}

/// Indents as wasm-bindgen writes the `.d.ts` (four spaces a level), so the
/// text appears in it verbatim.
fn as_shipped(text: String) -> String {
    let lines = text.lines().map(|line| {
        let body = line.trim_start_matches(' ');
        " ".repeat(2 * (line.len() - body.len())) + body
    });
    lines.collect::<Vec<_>>().join("\n") + "\n"
}

/// The declarations of the page's module: `check`, `vocabulary`.
pub fn declarations() -> String {
    let mut answers = String::new();
    for key in Key::ALL {
        if let Some(doc) = answer_doc(key) {
            answers += &format!("  /** {doc} */\n");
        }
        let optional = if key == Key::AsOf { "" } else { "?" };
        answers += &format!("  {}{optional}: {};\n", key.name(), answer_type(key));
    }
    let names = |list: &[&'static str]| union(list.iter().copied(), "");
    let reasons: Vec<&str> = ReasonCode::ALL.iter().map(|c| c.name()).collect();
    let conditions: Vec<&str> = StatutoryCondition::ALL.iter().map(|c| c.name()).collect();
    let steps: Vec<&str> = StepCode::ALL.iter().map(|c| c.name()).collect();
    let notices: Vec<&str> = NoticeCode::ALL.iter().map(|c| c.name()).collect();
    let errors: Vec<&str> = ErrorCode::ALL.iter().map(|c| c.name()).collect();
    let outcomes: Vec<&str> = Outcome::ALL.iter().map(|c| c.name()).collect();
    let kinds: Vec<&str> = Kind::ALL.iter().map(|c| c.name()).collect();
    let statutory: Vec<&str> = StatutoryId::ALL.iter().map(|c| c.name()).collect();
    let assessments: Vec<String> =
        ["return", "warranty"].iter().chain(statutory.iter()).map(|id| format!("\"{id}\"")).collect();
    as_shipped(format!(
        r#"
/** A date written YYYY-MM-DD, year 1900 to 2999. */
export type IsoDate = string;
/** The shopper's answers, keys in asking order; every key but asOf is optional (absent or undefined: not answered yet). */
export interface Answers {{
{answers}}}
/** The answer keys, in asking order. */
export type AnswerKey = keyof Answers;
export type Period = {{ days: number }} | {{ months: number }};
/** The reasons the engine gives. */
export type ReasonCode =
| {reasons};
/** The conditions the law attaches to the statutory rights; a policy's own are its data. */
export type StatutoryCondition =
| {conditions};
export type StepCode =
| {steps};
export type NoticeCode = {notices};
export type Outcome = {outcomes};
export type QuestionKind = {kinds};
export type StatutoryId = {statutory};
export type ClauseKind = {clause_kinds};
export interface Reason {{
  /** A ReasonCode, a StatutoryCondition, a NoticeCode, or a condition code of the policy. */
  code: ReasonCode | StatutoryCondition | NoticeCode | string;
  /** A clause id of the policy, or a citation id (statutory rights and notices). */
  clause: string;
  date?: IsoDate;
  orderDate?: IsoDate;
  product?: string;
  seller?: string;
  country?: string;
  part?: string;
  period?: Period;
  cause?: string;
}}
export interface Assessment {{
  outcome: Outcome;
  deadline: IsoDate | null;
  reasons: Reason[];
  conditions: Reason[];
}}
export interface Question {{
  id: Exclude<AnswerKey, "asOf">;
  kind: QuestionKind;
  options: string[] | null;
}}
export interface Step {{
  code: StepCode;
  clause: string;
  date?: IsoDate;
  /** The address to write to. */
  contact?: string;
}}
/** A right the law gives beside the policy; its reasons cite provisions of law (see Vocabulary.citations). */
export interface StatutoryAssessment extends Assessment {{
  id: StatutoryId;
  /** Who owes it: the shop that sold the product. */
  contact: "seller";
}}
export interface Decision {{
  return: Assessment;
  warranty: Assessment;
  questions: Question[];
  nextSteps: Step[];
  /** Present for the EU member states; empty elsewhere. */
  statutory: StatutoryAssessment[];
  /** What the law says of the policy's terms (the US notes); each reason's clause is a citation id. */
  notices: Reason[];
}}
export type ErrorCode =
| {errors};
/** What `check` throws for malformed answers. */
export interface CheckError extends Error {{
  code: ErrorCode;
  /** The answer key at fault; null when the whole value is not an answers object. */
  field: string | null;
}}
export interface Vocabulary {{
  questions: Question[];
  reasons: ReasonCode[];
  /** The policy's condition codes, then the statutory ones. */
  conditions: string[];
  steps: StepCode[];
  errors: ErrorCode[];
  clauses: {{ id: string; kind: ClauseKind }}[];
  notices: NoticeCode[];
  citations: {{ id: string; kind: ClauseKind; source: string }}[];
  /** The ids of the assessments a decision can hold. */
  assessments: [{assessments}];
  /** The policy's support address. */
  contact: string;
}}
"#,
        reasons = names(&reasons),
        conditions = names(&conditions),
        steps = names(&steps),
        notices = names(&notices),
        errors = names(&errors),
        outcomes = names(&outcomes),
        kinds = names(&kinds),
        statutory = names(&statutory),
        clause_kinds = clause_kinds(),
        assessments = assessments.join(", "),
    ))
}

/// The declarations of the custom-policy module's exports: `defaultPolicy`,
/// `validatePolicy`, `Checker`.
pub fn policy_declarations() -> String {
    let problems: Vec<&str> = ProblemCode::ALL.iter().map(|c| c.name()).collect();
    as_shipped(format!(
        r#"
/** A day of the year written MM-DD. */
export type MonthDay = string;
/** The kind of a cause, as the law knows it: it decides the legal guarantee. */
export type CauseKind = {cause_kinds};
/** How a shop sells: at a distance, in a shop, or both (the shopper's answer tells). */
export type Channel = "distance" | "in-store" | "both";
/** When a condition applies: always, or when one answer has this value. */
export type PolicyWhen = "always" | {{ returnReason: {reasons} }} | {{ cause: string }} | {{ seller: string }};
export interface PolicyCondition {{
  /** The code the page words (`words.<lang>.conditions.<code>`). */
  code: string;
  /** A clause id of the policy. */
  clause: string;
  when?: PolicyWhen;
}}
/** Words for the page in one language, shaped as the page's locale files. */
export interface PolicyWords {{
  [key: string]: string | string[] | PolicyWords;
}}
/** A return and warranty policy as data (docs/policy.md, docs/policy.schema.json). */
export interface Policy {{
  id: string;
  contact: {{ email: string; clause: string }};
  /** The countries the shopper may name; absent or null: any. */
  countries?: string[] | null;
  /** Every part id, in the order the page offers them. */
  parts: string[];
  products: {{
    id: string;
    parts: {{ id: string; warranty: Period }}[];
    hygieneSealed?: boolean;
    /** The clause that sells it as final sale: no return. */
    finalSale?: string | null;
    /** The clause that sells it without a warranty (a gift card); then it may have no parts. */
    noWarranty?: string | null;
    /** Its own return window, in place of `return.window`. */
    returnWindow?: {{ period: Period; clause: string }} | null;
    /** How long a buyer may expect it to last (the legal guarantee in NL and FI), and who says so. */
    expectedLife?: {{ period: Period; source: string }} | null;
  }}[];
  return: {{
    sellers: string[];
    /** How each of the policy's shops sells; a shop not named sells both ways. */
    channels?: {{ [seller: string]: Channel }};
    sellersClause: string;
    window: {{ period: Period; clause: string }};
    seasonal?: {{ orderedFrom: MonthDay; orderedTo: MonthDay; lastDay: MonthDay; yearsAfter: number; clause: string }}[];
    rma?: {{ requestClause: string; validity: Period; validityClause: string }} | null;
    conditionClause?: string | null;
    accessoriesClause?: string | null;
    opened?: {{ clause: string; refused: true }} | {{ clause: string; condition: string }} | null;
    conditions?: PolicyCondition[];
  }};
  warranty: {{
    coverageClause: string;
    periodsClause: string;
    serviceOrderClause: string;
    originalPurchaserOnly: boolean;
    jurisdictions: string[];
    jurisdictionClause: string;
    replacement?: {{ period: Period; clause: string }} | null;
    commercialUseClause?: string | null;
    /** With `commercialUseClause`: business use gives this shorter period instead of no warranty. */
    commercialUsePeriod?: Period | null;
    brandClause?: string | null;
    conditions?: PolicyCondition[];
  }};
  causes: {{ id: string; excluded: boolean; clause: string; kind?: CauseKind }}[];
  clauses: {{ id: string; kind: ClauseKind }}[];
  /** Words by language (en, es, de), extending and overriding the page's. */
  words?: {{ [lang: string]: PolicyWords }};
}}
export type PolicyProblemCode =
| {problems};
export interface PolicyProblem {{
  code: PolicyProblemCode;
  /** A JSON Pointer to the value at fault; "" for the whole policy. */
  path: string;
  message: string;
}}
/** What `new Checker(policy)` throws for an invalid policy. */
export interface PolicyError extends Error {{
  code: "invalid-policy";
  /** Every problem, as validatePolicy returns them. */
  problems: PolicyProblem[];
}}
"#,
        reasons = union(ReturnReason::OPTIONS, "  "),
        cause_kinds = union(CAUSE_KINDS.iter().map(|k| k.1), ""),
        problems = union(problems.iter().copied(), ""),
    ))
}
