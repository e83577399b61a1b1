//! The structural reading of a policy's JSON value: types, required and
//! unknown fields, ids, periods, dates, countries, section by section. Each
//! problem is reported where it is found and reading goes on; a section
//! whose shape is wrong reads as `None`.

use std::borrow::Cow;
use std::collections::BTreeMap;

use super::problems::{problem, Path, Problem, ProblemCode};
use super::Json;
use crate::calendar::{MonthDay, Period};
use crate::iso_countries::country;
use crate::law::CauseKind;
use crate::policy::{
    Cause, Channel, Clause, ClauseKind, Condition, Contact, ExpectedLife, List, Opened, Part, Policy, Product,
    ReturnPolicy, Rma, SeasonalWindow, Text, WarrantyPolicy, When, Window, Words,
};

/// The longest id: the page reads no answer longer than this.
const LONGEST_ID: usize = 64;
/// The longest period a policy may state, in days and in months (100 years).
const LONGEST_DAYS: i64 = 36_525;
const LONGEST_MONTHS: i64 = 1_200;
/// The latest a seasonal window may end, in years after the order's year.
const MOST_YEARS_AFTER: i64 = 5;

/// An option id or a code: lowercase letters and digits in words joined by
/// single hyphens; a clause id may join words with dots too. The page builds
/// lookup paths from option ids and codes with dots, so they have none.
pub(super) fn is_id(text: &str, dots: bool) -> bool {
    let joiner = |b: u8| b == b'-' || (dots && b == b'.');
    let b = text.as_bytes();
    let (Some(&first), Some(&last)) = (b.first(), b.last()) else { return false };
    b.len() <= LONGEST_ID
        && b.iter().all(|&c| c.is_ascii_lowercase() || c.is_ascii_digit() || joiner(c))
        && !joiner(first)
        && !joiner(last)
        && !b.windows(2).any(|w| joiner(w[0]) && joiner(w[1]))
}

/// Reads a policy's JSON value section by section, keeping every problem.
#[derive(Default)]
pub(super) struct Reader {
    pub(super) problems: Vec<Problem>,
    /// What the policy lacks that the page makes up for; they do not make
    /// it invalid.
    pub(super) warnings: Vec<Problem>,
}

type Read<T> = fn(&mut Reader, &Json, &Path) -> Option<T>;
type Members = [(String, Json)];

impl Reader {
    pub(super) fn report(&mut self, code: ProblemCode, path: &Path, message: &[&str]) {
        self.problems.push(problem(code, path, message));
    }

    pub(super) fn warn(&mut self, code: ProblemCode, path: &Path, message: &[&str]) {
        self.warnings.push(problem(code, path, message));
    }

    fn wrong(&mut self, path: &Path, expected: &str, v: &Json) {
        self.report(ProblemCode::WrongType, path, &["expected ", expected, ", found ", v.type_name()]);
    }

    /// The members of the object at `path`, reporting each field not in `fields`.
    fn object<'v>(&mut self, v: &'v Json, path: &Path, fields: &[&str]) -> Option<&'v Members> {
        let Json::Object(members) = v else {
            self.wrong(path, "an object", v);
            return None;
        };
        for (key, _) in members.iter().filter(|(k, _)| !fields.contains(&k.as_str())) {
            self.report(
                ProblemCode::UnknownField,
                &path.key(key),
                &["unknown field `", key, "`; expected one of ", &fields.join(", ")],
            );
        }
        Some(members)
    }

    /// A required field, read by `read`.
    fn req<T>(&mut self, members: &Members, path: &Path, key: &str, read: Read<T>) -> Option<T> {
        match members.iter().find(|(k, _)| k == key) {
            Some((_, v)) => read(self, v, &path.key(key)),
            None => {
                self.report(ProblemCode::MissingField, &path.key(key), &["missing field `", key, "`"]);
                None
            }
        }
    }

    /// An optional field: absent or `null` is `Some(None)`.
    fn opt<T>(&mut self, members: &Members, path: &Path, key: &str, read: Read<T>) -> Option<Option<T>> {
        match members.iter().find(|(k, _)| k == key) {
            None | Some((_, Json::Null)) => Some(None),
            Some((_, v)) => read(self, v, &path.key(key)).map(Some),
        }
    }

    /// A list, each item read by `read`; `None` if any item is wrong.
    fn list<T: Clone>(&mut self, v: &Json, path: &Path, read: Read<T>) -> Option<List<T>> {
        let Json::Array(items) = v else {
            self.wrong(path, "an array", v);
            return None;
        };
        let mut out = Vec::with_capacity(items.len());
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            match read(self, item, &path.index(i)) {
                Some(x) => out.push(x),
                None => ok = false,
            }
        }
        ok.then_some(Cow::Owned(out))
    }

    fn string(&mut self, v: &Json, path: &Path) -> Option<String> {
        match v {
            Json::Str(s) => Some(s.clone()),
            other => {
                self.wrong(path, "a string", other);
                None
            }
        }
    }

    fn boolean(&mut self, v: &Json, path: &Path) -> Option<bool> {
        match v {
            Json::Bool(b) => Some(*b),
            other => {
                self.wrong(path, "true or false", other);
                None
            }
        }
    }

    /// A string, reporting `code` with `message` after it unless it passes
    /// `ok`; kept either way, so the semantic checks still run.
    fn checked(
        &mut self,
        v: &Json,
        path: &Path,
        ok: impl FnOnce(&str) -> bool,
        code: ProblemCode,
        message: &str,
    ) -> Option<Text> {
        let s = self.string(v, path)?;
        if !ok(&s) {
            // Quoting a short value helps; a long one is not repeated.
            let quoted = if s.len() <= LONGEST_ID { s.as_str() } else { "this value" };
            self.report(code, path, &["`", quoted, "` ", message]);
        }
        Some(Cow::Owned(s))
    }

    /// An option id or a code: `mi-band`, `restocking-fee`.
    fn id(&mut self, v: &Json, path: &Path) -> Option<Text> {
        self.checked(
            v,
            path,
            |s| is_id(s, false),
            ProblemCode::InvalidId,
            "is not an id: lowercase words joined by hyphens, at most 64 characters",
        )
    }

    /// A clause id: `return.window`.
    fn clause_id(&mut self, v: &Json, path: &Path) -> Option<Text> {
        let message = "is not a clause id: lowercase words joined by hyphens or dots, at most 64 characters";
        self.checked(v, path, |s| is_id(s, true), ProblemCode::InvalidId, message)
    }

    fn country(&mut self, v: &Json, path: &Path) -> Option<Text> {
        let message = "is not an ISO 3166-1 alpha-2 country code in upper case";
        self.checked(v, path, |s| country(s).is_some(), ProblemCode::UnknownCountry, message)
    }

    /// `{"days": n}` or `{"months": n}`, n from 1 to 100 years.
    fn period(&mut self, v: &Json, path: &Path) -> Option<Period> {
        let members = self.object(v, path, &["days", "months"])?;
        let (unit, n, longest) = match (v.get("days"), v.get("months"), members.len()) {
            (Some(n), None, 1) => ("days", n, LONGEST_DAYS),
            (None, Some(n), 1) => ("months", n, LONGEST_MONTHS),
            _ => {
                self.report(ProblemCode::InvalidValue, path, &["a period is {\"days\": n} or {\"months\": n}"]);
                return None;
            }
        };
        let path = path.key(unit);
        let n = match n {
            Json::Int(n) if (1..=longest).contains(n) => u32::try_from(*n).ok()?,
            Json::Int(n) if *n <= 0 => {
                self.placeholder(ProblemCode::NonPositivePeriod, &path, "a period must be longer than zero")
            }
            Json::Int(_) => self.placeholder(ProblemCode::InvalidValue, &path, "a period may be 100 years at most"),
            Json::Fraction => self.placeholder(ProblemCode::InvalidValue, &path, "expected a whole number"),
            other => {
                self.wrong(&path, "a whole number", other);
                return None;
            }
        };
        Some(if unit == "days" { Period::Days(n) } else { Period::Months(n) })
    }

    /// Reports a bad length of a period and stands in a day for it, so the
    /// semantic checks still run.
    fn placeholder(&mut self, code: ProblemCode, path: &Path, message: &str) -> u32 {
        self.report(code, path, &[message]);
        1
    }

    fn month_day(&mut self, v: &Json, path: &Path) -> Option<MonthDay> {
        let s = self.checked(
            v,
            path,
            |s| MonthDay::parse(s).is_some(),
            ProblemCode::InvalidValue,
            "is not a day of the year written MM-DD",
        )?;
        // No day stands in for an impossible one: the season checks would
        // report what is not there.
        MonthDay::parse(&s)
    }

    pub(super) fn policy(&mut self, v: &Json, path: &Path) -> Option<Policy> {
        // `$schema` points an editor at docs/policy.schema.json; it is not kept.
        const FIELDS: [&str; 11] = [
            "$schema",
            "id",
            "contact",
            "countries",
            "parts",
            "products",
            "return",
            "warranty",
            "causes",
            "clauses",
            "words",
        ];
        let map = self.object(v, path, &FIELDS)?;
        let id = self.req(map, path, "id", Reader::id);
        let contact = self.req(map, path, "contact", Reader::contact);
        let countries = self.opt(map, path, "countries", |r, v, p| r.list(v, p, Reader::country));
        let parts = self.req(map, path, "parts", |r, v, p| r.list(v, p, Reader::id));
        let products = self.req(map, path, "products", |r, v, p| r.list(v, p, Reader::product));
        let returns = self.req(map, path, "return", Reader::returns);
        let warranty = self.req(map, path, "warranty", Reader::warranty);
        let causes = self.req(map, path, "causes", |r, v, p| r.list(v, p, Reader::cause));
        let clauses = self.req(map, path, "clauses", |r, v, p| r.list(v, p, Reader::clause));
        let words = self.opt(map, path, "words", Reader::words);
        // One match, so a missing piece drops what was read in one place.
        match (id, contact, countries, parts, products, returns, warranty, causes, clauses, words) {
            (
                Some(id),
                Some(contact),
                Some(countries),
                Some(parts),
                Some(products),
                Some(returns),
                Some(warranty),
                Some(causes),
                Some(clauses),
                Some(words),
            ) => Some(Policy {
                id,
                contact,
                countries,
                parts,
                products,
                returns,
                warranty,
                causes,
                clauses,
                words: words.unwrap_or_default(),
            }),
            _ => None,
        }
    }

    fn contact(&mut self, v: &Json, path: &Path) -> Option<Contact> {
        let map = self.object(v, path, &["email", "clause"])?;
        let email = self.req(map, path, "email", Reader::email);
        let clause = self.req(map, path, "clause", Reader::clause_id);
        Some(Contact { email: email?, clause: clause? })
    }

    /// An address the page can put in a `mailto:` link: one `@` with text
    /// on both sides, no spaces or characters that would break the link (`?`
    /// starts its query, `#` cuts it).
    fn email(&mut self, v: &Json, path: &Path) -> Option<Text> {
        let ok = |s: &str| {
            s.len() <= 254
                && s.split('@').count() == 2
                && s.split('@').all(|side| !side.is_empty())
                && !s.chars().any(|c| {
                    c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '?' | '#' | '&' | '"' | ',')
                })
        };
        self.checked(v, path, ok, ProblemCode::InvalidValue, "is not an email address")
    }

    fn product(&mut self, v: &Json, path: &Path) -> Option<Product> {
        const FIELDS: [&str; 7] =
            ["id", "parts", "hygieneSealed", "finalSale", "noWarranty", "returnWindow", "expectedLife"];
        let map = self.object(v, path, &FIELDS)?;
        let id = self.req(map, path, "id", Reader::id);
        let parts = self.req(map, path, "parts", |r, v, p| r.list(v, p, Reader::part));
        let hygiene_sealed = self.opt(map, path, "hygieneSealed", Reader::boolean);
        let final_sale = self.opt(map, path, "finalSale", Reader::clause_id);
        let no_warranty = self.opt(map, path, "noWarranty", Reader::clause_id);
        let return_window = self.opt(map, path, "returnWindow", Reader::window);
        let expected_life = self.opt(map, path, "expectedLife", Reader::expected_life);
        Some(Product {
            id: id?,
            parts: parts?,
            hygiene_sealed: hygiene_sealed?.unwrap_or(false),
            final_sale: final_sale?,
            no_warranty: no_warranty?,
            return_window: return_window?,
            expected_life: expected_life?,
        })
    }

    /// `{"period": {...}, "source": "..."}`: the source may not be empty.
    fn expected_life(&mut self, v: &Json, path: &Path) -> Option<ExpectedLife> {
        let map = self.object(v, path, &["period", "source"])?;
        let period = self.req(map, path, "period", Reader::period);
        let source = self.req(map, path, "source", |r, v, p| {
            let message = "is empty: say where the figure comes from, or that it is the policy author's";
            r.checked(v, p, |s| !s.trim().is_empty(), ProblemCode::InvalidValue, message)
        });
        Some(ExpectedLife { period: period?, source: source? })
    }

    /// `"distance"`, `"in-store"` or `"both"`, by seller: sorted by seller,
    /// each once (a seller named twice keeps its last channel).
    fn channels(&mut self, v: &Json, path: &Path) -> Option<List<(Text, Channel)>> {
        let Json::Object(members) = v else {
            self.wrong(path, "an object", v);
            return None;
        };
        let mut out = BTreeMap::new();
        for (seller, value) in members {
            let p = path.key(seller);
            match value {
                Json::Str(name) if Channel::from_name(name).is_some() => {
                    out.extend(Channel::from_name(name).map(|c| (seller.clone(), c)));
                }
                _ => {
                    self.report(ProblemCode::InvalidValue, &p, &["a channel is \"distance\", \"in-store\" or \"both\""])
                }
            }
        }
        Some(out.into_iter().map(|(seller, channel)| (Cow::Owned(seller), channel)).collect())
    }

    fn part(&mut self, v: &Json, path: &Path) -> Option<Part> {
        let map = self.object(v, path, &["id", "warranty"])?;
        let id = self.req(map, path, "id", Reader::id);
        let warranty = self.req(map, path, "warranty", Reader::period);
        Some(Part { id: id?, warranty: warranty? })
    }

    fn window(&mut self, v: &Json, path: &Path) -> Option<Window> {
        let map = self.object(v, path, &["period", "clause"])?;
        let period = self.req(map, path, "period", Reader::period);
        let clause = self.req(map, path, "clause", Reader::clause_id);
        Some(Window { period: period?, clause: clause? })
    }

    fn returns(&mut self, v: &Json, path: &Path) -> Option<ReturnPolicy> {
        const FIELDS: [&str; 10] = [
            "sellers",
            "channels",
            "sellersClause",
            "window",
            "seasonal",
            "rma",
            "conditionClause",
            "accessoriesClause",
            "opened",
            "conditions",
        ];
        let map = self.object(v, path, &FIELDS)?;
        let sellers = self.req(map, path, "sellers", |r, v, p| r.list(v, p, Reader::id));
        let channels = self.opt(map, path, "channels", Reader::channels)?.unwrap_or_default();
        let sellers_clause = self.req(map, path, "sellersClause", Reader::clause_id);
        let window = self.req(map, path, "window", Reader::window);
        let seasonal = self.opt(map, path, "seasonal", |r, v, p| r.list(v, p, Reader::seasonal));
        let rma = self.opt(map, path, "rma", Reader::rma);
        let condition_clause = self.opt(map, path, "conditionClause", Reader::clause_id);
        let accessories_clause = self.opt(map, path, "accessoriesClause", Reader::clause_id);
        let opened = self.opt(map, path, "opened", Reader::opened);
        let conditions = self.opt(map, path, "conditions", |r, v, p| r.list(v, p, Reader::condition));
        match (sellers, sellers_clause, window, seasonal, rma, condition_clause, accessories_clause, opened, conditions)
        {
            (
                Some(sellers),
                Some(sellers_clause),
                Some(window),
                Some(seasonal),
                Some(rma),
                Some(condition_clause),
                Some(accessories_clause),
                Some(opened),
                Some(conditions),
            ) => Some(ReturnPolicy {
                sellers,
                channels,
                sellers_clause,
                window,
                seasonal: seasonal.unwrap_or_default(),
                rma,
                condition_clause,
                accessories_clause,
                opened,
                conditions: conditions.unwrap_or_default(),
            }),
            _ => None,
        }
    }

    fn seasonal(&mut self, v: &Json, path: &Path) -> Option<SeasonalWindow> {
        let map = self.object(v, path, &["orderedFrom", "orderedTo", "lastDay", "yearsAfter", "clause"])?;
        let ordered_from = self.req(map, path, "orderedFrom", Reader::month_day);
        let ordered_to = self.req(map, path, "orderedTo", Reader::month_day);
        let last_day = self.req(map, path, "lastDay", Reader::month_day);
        let years_after = self.req(map, path, "yearsAfter", |r, v, p| match v {
            Json::Int(n) if (0..=MOST_YEARS_AFTER).contains(n) => u32::try_from(*n).ok(),
            _ => {
                r.report(ProblemCode::InvalidValue, p, &["expected a whole number of years from 0 to 5"]);
                None
            }
        });
        let clause = self.req(map, path, "clause", Reader::clause_id);
        let (from, to, last) = (ordered_from?, ordered_to?, last_day?);
        // A season may span New Year (orderedFrom after orderedTo), but a day
        // that three years in four lack cannot bound one.
        let leap_day = MonthDay { month: 2, day: 29 };
        for (key, day) in [("orderedFrom", from), ("lastDay", last)] {
            if day == leap_day {
                self.report(
                    ProblemCode::InvalidValue,
                    &path.key(key),
                    &["29 February is missing three years in four; use 02-28 or 03-01"],
                );
            }
        }
        Some(SeasonalWindow {
            ordered_from: from,
            ordered_to: to,
            last_day: last,
            years_after: years_after?,
            clause: clause?,
        })
    }

    fn rma(&mut self, v: &Json, path: &Path) -> Option<Rma> {
        let map = self.object(v, path, &["requestClause", "validity", "validityClause"])?;
        let request_clause = self.req(map, path, "requestClause", Reader::clause_id);
        let validity = self.req(map, path, "validity", Reader::period);
        let validity_clause = self.req(map, path, "validityClause", Reader::clause_id);
        Some(Rma { request_clause: request_clause?, validity: validity?, validity_clause: validity_clause? })
    }

    fn opened(&mut self, v: &Json, path: &Path) -> Option<Opened> {
        let map = self.object(v, path, &["clause", "refused", "condition"])?;
        let clause = self.req(map, path, "clause", Reader::clause_id);
        let refused = self.opt(map, path, "refused", Reader::boolean);
        let condition = self.opt(map, path, "condition", Reader::id);
        let (refused, condition) = (refused?.unwrap_or(false), condition?);
        if refused == condition.is_some() {
            self.report(
                ProblemCode::InvalidValue,
                path,
                &["give either `\"refused\": true` or a `condition`, not both"],
            );
            return None;
        }
        Some(Opened { clause: clause?, refused, condition })
    }

    fn condition(&mut self, v: &Json, path: &Path) -> Option<Condition> {
        let map = self.object(v, path, &["code", "clause", "when"])?;
        let code = self.req(map, path, "code", Reader::id);
        let clause = self.req(map, path, "clause", Reader::clause_id);
        let when = self.opt(map, path, "when", Reader::when);
        Some(Condition { code: code?, clause: clause?, when: when?.unwrap_or_default() })
    }

    /// `"always"`, or one answer: `{"returnReason": v}`, `{"cause": v}`, `{"seller": v}`.
    fn when(&mut self, v: &Json, path: &Path) -> Option<When> {
        match v {
            Json::Str(s) if s == "always" => return Some(When::Always),
            Json::Object(members) if members.len() == 1 => {
                let (key, value) = &members[0];
                let p = path.key(key);
                match key.as_str() {
                    "returnReason" => return self.id(value, &p).map(When::ReturnReason),
                    "cause" => return self.id(value, &p).map(When::Cause),
                    "seller" => return self.id(value, &p).map(When::Seller),
                    _ => {}
                }
            }
            _ => {}
        }
        self.report(
            ProblemCode::InvalidValue,
            path,
            &["expected \"always\" or one of {\"returnReason\": v}, {\"cause\": v}, {\"seller\": v}"],
        );
        None
    }

    fn warranty(&mut self, v: &Json, path: &Path) -> Option<WarrantyPolicy> {
        const FIELDS: [&str; 11] = [
            "coverageClause",
            "periodsClause",
            "serviceOrderClause",
            "originalPurchaserOnly",
            "jurisdictions",
            "jurisdictionClause",
            "replacement",
            "commercialUseClause",
            "commercialUsePeriod",
            "brandClause",
            "conditions",
        ];
        let map = self.object(v, path, &FIELDS)?;
        let coverage_clause = self.req(map, path, "coverageClause", Reader::clause_id);
        let periods_clause = self.req(map, path, "periodsClause", Reader::clause_id);
        let service_order_clause = self.req(map, path, "serviceOrderClause", Reader::clause_id);
        let original_purchaser_only = self.req(map, path, "originalPurchaserOnly", Reader::boolean);
        let jurisdictions = self.req(map, path, "jurisdictions", |r, v, p| r.list(v, p, Reader::country));
        let jurisdiction_clause = self.req(map, path, "jurisdictionClause", Reader::clause_id);
        let replacement = self.opt(map, path, "replacement", Reader::window);
        let commercial_use_clause = self.opt(map, path, "commercialUseClause", Reader::clause_id);
        let commercial_use_period = self.opt(map, path, "commercialUsePeriod", Reader::period)?;
        let brand_clause = self.opt(map, path, "brandClause", Reader::clause_id);
        let conditions = self.opt(map, path, "conditions", |r, v, p| r.list(v, p, Reader::condition));
        let clauses = (
            coverage_clause,
            periods_clause,
            service_order_clause,
            jurisdiction_clause,
            commercial_use_clause,
            brand_clause,
        );
        match (clauses, original_purchaser_only, jurisdictions, replacement, conditions) {
            (
                (
                    Some(coverage_clause),
                    Some(periods_clause),
                    Some(service_order_clause),
                    Some(jurisdiction_clause),
                    Some(commercial_use_clause),
                    Some(brand_clause),
                ),
                Some(original_purchaser_only),
                Some(jurisdictions),
                Some(replacement),
                Some(conditions),
            ) => Some(WarrantyPolicy {
                coverage_clause,
                periods_clause,
                service_order_clause,
                original_purchaser_only,
                jurisdictions,
                jurisdiction_clause,
                replacement,
                commercial_use_clause,
                commercial_use_period,
                brand_clause,
                conditions: conditions.unwrap_or_default(),
            }),
            _ => None,
        }
    }

    fn cause(&mut self, v: &Json, path: &Path) -> Option<Cause> {
        let map = self.object(v, path, &["id", "excluded", "clause", "kind"])?;
        let id = self.req(map, path, "id", Reader::id);
        let excluded = self.req(map, path, "excluded", Reader::boolean);
        let clause = match v.get("clause") {
            None | Some(Json::Null) => {
                self.report(
                    ProblemCode::CauseWithoutClause,
                    &path.key("clause"),
                    &["the cause names no clause that covers or excludes it"],
                );
                None
            }
            Some(c) => self.clause_id(c, &path.key("clause")),
        };
        let kind = self.opt(map, path, "kind", |r, v, p| {
            let name = r.string(v, p)?;
            let kind = CauseKind::from_name(&name);
            if kind.is_none() {
                let known: Vec<&str> = crate::law::CAUSE_KINDS.iter().map(|k| k.1).collect();
                r.report(ProblemCode::InvalidValue, p, &["a cause's kind is one of ", &known.join(", ")]);
            }
            kind
        });
        Some(Cause { id: id?, excluded: excluded?, clause: clause?, kind: kind? })
    }

    fn clause(&mut self, v: &Json, path: &Path) -> Option<Clause> {
        let map = self.object(v, path, &["id", "kind"])?;
        let id = self.req(map, path, "id", Reader::clause_id);
        let kind = self.req(map, path, "kind", |r, v, p| match v {
            Json::Str(s) if s == "rule" => Some(ClauseKind::Rule),
            Json::Str(s) if s == "condition" => Some(ClauseKind::Condition),
            Json::Str(s) if s == "info" => Some(ClauseKind::Info),
            _ => {
                r.report(ProblemCode::InvalidValue, p, &["a clause's kind is \"rule\", \"condition\" or \"info\""]);
                None
            }
        });
        Some(Clause { id: id?, kind: kind? })
    }

    /// `{lang: words}`, each language's words in the shape of the page's
    /// locale files: objects whose leaves are texts or lists of texts.
    fn words(&mut self, v: &Json, path: &Path) -> Option<BTreeMap<String, Words>> {
        let Json::Object(members) = v else {
            self.wrong(path, "an object", v);
            return None;
        };
        let mut out = BTreeMap::new();
        let mut ok = true;
        for (lang, words) in members {
            let p = path.key(lang);
            if !is_language(lang) {
                self.report(ProblemCode::InvalidValue, &p, &["a language is a lowercase code such as en"]);
                ok = false;
            } else if !matches!(words, Json::Object(_)) {
                self.wrong(&p, "an object", words);
                ok = false;
            } else if let Some(w) = self.word_tree(words, &p) {
                out.insert(lang.clone(), w);
            } else {
                ok = false;
            }
        }
        ok.then_some(out)
    }

    /// Words: a text, a list of texts, or an object of words, reporting
    /// each leaf that is none of them.
    fn word_tree(&mut self, v: &Json, path: &Path) -> Option<Words> {
        match v {
            Json::Str(s) => Some(Words::Text(s.clone())),
            Json::Array(items) => {
                let texts: Option<Vec<String>> =
                    items.iter().map(|i| if let Json::Str(s) = i { Some(s.clone()) } else { None }).collect();
                if texts.is_none() {
                    self.wrong(path, "a list of texts", v);
                }
                texts.map(Words::Variants)
            }
            Json::Object(members) => {
                let mut group = Vec::with_capacity(members.len());
                let mut ok = true;
                for (k, w) in members {
                    match self.word_tree(w, &path.key(k)) {
                        Some(w) => group.push((k.clone(), w)),
                        None => ok = false,
                    }
                }
                // Built at once from the list (sorted, then filled) rather
                // than by an insert for each: a group can hold a policy's
                // every part. A key given twice keeps its last words, as an
                // insert would (and is reported as repeated).
                ok.then(|| Words::Group(group.into_iter().collect()))
            }
            other => {
                self.wrong(path, "a text, a list of texts or an object of them", other);
                None
            }
        }
    }
}

fn is_language(tag: &str) -> bool {
    (2..=3).contains(&tag.len()) && tag.bytes().all(|b| b.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_lowercase_words() {
        for ok in ["mi-band", "a", "x1", "main", "24-months"] {
            assert!(is_id(ok, false), "{ok}");
        }
        for bad in ["", "Mi-Band", "mi--band", "-a", "a-", "a.b", "a b", "é", &"a".repeat(65)] {
            assert!(!is_id(bad, false), "{bad}");
        }
        assert!(is_id("return.rma-request", true));
        assert!(!is_id("return..window", true));
        assert!(!is_id("return.", true));
    }
}
