//! The semantic checks, on a policy whose shape is right: ids unique and
//! lists non-empty, references between parts of the policy, seasons, and
//! the words each language must have.

use std::collections::HashSet;

use super::problems::{Path, ProblemCode};
use super::read::{is_id, Reader};
use super::{FALLBACK, LANGUAGES};
use crate::answers::{ReturnReason, OTHER_SELLER};
use crate::calendar::MonthDay;
use crate::policies::default_policy;
use crate::policy::{Policy, SeasonalWindow, Text, When, Words};

/// The semantic checks, on a policy whose shape is right.
pub(super) fn check(p: &Policy, r: &mut Reader) {
    let ret = &p.returns;
    let w = &p.warranty;

    let products = Path::At("/products");
    unique(r, &Path::At("/parts"), None, p.parts.iter().map(Text::as_ref));
    unique(r, &products, Some("id"), p.products.iter().map(|x| x.id.as_ref()));
    for (i, product) in p.products.iter().enumerate() {
        let at = products.index(i);
        let path = at.key("parts");
        unique(r, &path, Some("id"), product.parts.iter().map(|x| x.id.as_ref()));
        // A product sold without a warranty needs no parts.
        if product.no_warranty.is_none() {
            non_empty(r, &path, product.parts.len());
        }
    }
    unique(r, &Path::At("/return/sellers"), None, ret.sellers.iter().map(Text::as_ref));
    unique(r, &Path::At("/causes"), Some("id"), p.causes.iter().map(|x| x.id.as_ref()));
    unique(r, &Path::At("/clauses"), Some("id"), p.clauses.iter().map(|x| x.id.as_ref()));
    unique(r, &Path::At("/warranty/jurisdictions"), None, w.jurisdictions.iter().map(Text::as_ref));
    if let Some(countries) = &p.countries {
        unique(r, &Path::At("/countries"), None, countries.iter().map(Text::as_ref));
        non_empty(r, &Path::At("/countries"), countries.len());
    }
    for (path, len) in [
        ("/parts", p.parts.len()),
        ("/products", p.products.len()),
        ("/causes", p.causes.len()),
        ("/warranty/jurisdictions", w.jurisdictions.len()),
    ] {
        non_empty(r, &Path::At(path), len);
    }
    for (i, s) in ret.sellers.iter().enumerate() {
        if s == OTHER_SELLER {
            r.report(
                ProblemCode::ReservedId,
                &Path::At("/return/sellers").index(i),
                &["`other` is the checker's answer for any shop the policy does not name"],
            );
        }
    }

    // Channels: only the policy's own shops.
    for (seller, _) in ret.channels.iter().filter(|(s, _)| !p.return_covers_seller(s)) {
        r.report(
            ProblemCode::UndefinedSeller,
            &Path::At("/return/channels").key(seller),
            &["seller `", seller, "` is not in /return/sellers"],
        );
    }
    if w.commercial_use_period.is_some() && w.commercial_use_clause.is_none() {
        r.report(
            ProblemCode::InvalidValue,
            &Path::At("/warranty/commercialUsePeriod"),
            &["a shorter period for business use needs the commercialUseClause that sets it"],
        );
    }
    // A warranty whose every jurisdiction lies outside the countries a
    // shopper may name can never apply.
    if !w.jurisdictions.is_empty()
        && !p.countries.as_ref().map_or(true, |list| list.iter().any(|c| p.warranty_covers(c)))
    {
        r.report(
            ProblemCode::UnreachableWarranty,
            &Path::At("/warranty/jurisdictions"),
            &["no jurisdiction is one of /countries: the warranty could never apply"],
        );
    }

    // Parts: each product's parts are defined once in `parts`, and each
    // defined part belongs to a product. Sets, so that a policy of 10,000
    // parts checks in linear time.
    let defined: HashSet<&str> = p.parts.iter().map(Text::as_ref).collect();
    let mut used = HashSet::with_capacity(defined.len());
    used.extend(p.products.iter().flat_map(|x| x.parts.iter()).map(|part| part.id.as_ref()));
    for (i, product) in p.products.iter().enumerate() {
        for (j, part) in product.parts.iter().enumerate() {
            if !defined.contains(part.id.as_ref()) {
                r.report(
                    ProblemCode::UndefinedPart,
                    &products.index(i).key("parts").index(j).key("id"),
                    &["part `", &part.id, "` is not defined in /parts"],
                );
            }
        }
    }
    for (i, id) in p.parts.iter().enumerate() {
        if !used.contains(id.as_ref()) {
            r.report(ProblemCode::UnusedPart, &Path::At("/parts").index(i), &["no product has part `", id, "`"]);
        }
    }

    // Clauses: every clause cited is defined.
    let clauses: HashSet<&str> = p.clauses.iter().map(|c| c.id.as_ref()).collect();
    for (path, id) in p.clause_references() {
        if !clauses.contains(id) {
            r.report(ProblemCode::UndefinedClause, &Path::At(&path), &["clause `", id, "` is not defined in /clauses"]);
        }
    }

    // Conditions: the answers they depend on exist.
    let causes: HashSet<&str> = p.causes.iter().map(|c| c.id.as_ref()).collect();
    let sellers: HashSet<&str> = ret.sellers.iter().map(Text::as_ref).chain([OTHER_SELLER]).collect();
    for (list, conditions) in [("/return/conditions", &ret.conditions), ("/warranty/conditions", &w.conditions)] {
        let list = Path::At(list);
        for (i, c) in conditions.iter().enumerate() {
            let item = list.index(i);
            let when = item.key("when");
            match &c.when {
                When::Always => {}
                When::ReturnReason(v) if ReturnReason::OPTIONS.contains(&v.as_ref()) => {}
                When::ReturnReason(v) => r.report(
                    ProblemCode::InvalidValue,
                    &when.key("returnReason"),
                    &["`", v, "` is not a return reason: defect or changed-mind"],
                ),
                When::Cause(v) if causes.contains(v.as_ref()) => {}
                When::Cause(v) => r.report(
                    ProblemCode::UndefinedCause,
                    &when.key("cause"),
                    &["cause `", v, "` is not defined in /causes"],
                ),
                When::Seller(v) if sellers.contains(v.as_ref()) => {}
                When::Seller(v) => r.report(
                    ProblemCode::UndefinedSeller,
                    &when.key("seller"),
                    &["seller `", v, "` is neither in /return/sellers nor `other`"],
                ),
            }
        }
    }

    // Seasons: an order falls in one season at most, and a season's window
    // does not end before its orders are placed. A season may span New Year.
    for (j, b) in ret.seasonal.iter().enumerate() {
        if ret.seasonal.iter().take(j).any(|a| overlap(a, b)) {
            r.report(
                ProblemCode::OverlappingSeasons,
                &Path::At("/return/seasonal").index(j),
                &["its order dates overlap an earlier season's; an order falls in one season at most"],
            );
        }
        let spans_new_year = b.ordered_from > b.ordered_to;
        let ends_in = if spans_new_year { 1 } else { 0 };
        if b.years_after < ends_in || (b.years_after == ends_in && b.last_day < b.ordered_to) {
            r.report(
                ProblemCode::SeasonEndsEarly,
                &Path::At("/return/seasonal").index(j),
                &["the window ends before the season's last order day; set yearsAfter"],
            );
        }
    }

    check_words(p, r);
}

/// Whether two seasons share an order day (every day of the leap year 2000).
fn overlap(a: &SeasonalWindow, b: &SeasonalWindow) -> bool {
    let has = |s: &SeasonalWindow, d: MonthDay| {
        if s.ordered_from <= s.ordered_to {
            s.ordered_from <= d && d <= s.ordered_to
        } else {
            d >= s.ordered_from || d <= s.ordered_to
        }
    };
    let mut day = chrono::NaiveDate::from_ymd_opt(2000, 1, 1);
    while let Some(d) = day.filter(|d| chrono::Datelike::year(d) == 2000) {
        if has(a, MonthDay::of(d)) && has(b, MonthDay::of(d)) {
            return true;
        }
        day = d.succ_opt();
    }
    false
}

/// Reports each id that an earlier item of the list at `list` has, at the
/// item or at its `field`.
fn unique<'a>(r: &mut Reader, list: &Path, field: Option<&str>, ids: impl Iterator<Item = &'a str>) {
    // Sized once: a list of 10,000 parts would otherwise grow it by rehashing.
    let mut seen = HashSet::with_capacity(ids.size_hint().0);
    for (i, id) in ids.enumerate() {
        if !seen.insert(id) {
            let item = list.index(i);
            let path = field.map_or(item, |f| item.key(f));
            r.report(ProblemCode::DuplicateId, &path, &["`", id, "` is already in the list"]);
        }
    }
}

fn non_empty(r: &mut Reader, path: &Path, len: usize) {
    if len == 0 {
        r.report(ProblemCode::EmptyList, path, &["the list is empty; give at least one"]);
    }
}

/// The words a policy brings: words for every clause, product, part, cause,
/// seller and condition code that the built-in policy does not have (the
/// page's locale files word the built-in policy's). A policy that reuses a
/// built-in id keeps the page's words for it unless its own override them.
/// English words are required; in any other language missing words are a
/// warning, as the page shows the English ones in their place.
fn check_words(p: &Policy, r: &mut Reader) {
    let builtin = default_policy();
    // Each group's ids that need words.
    let mut needed: Vec<(&str, &str, Vec<&str>)> = Vec::new();
    let known_clauses: Vec<&str> = builtin.clauses.iter().map(|c| c.id.as_ref()).collect();
    let known_products: Vec<&str> = builtin.products.iter().map(|x| x.id.as_ref()).collect();
    let known_parts: Vec<&str> = builtin.parts.iter().map(Text::as_ref).collect();
    let known_causes: Vec<&str> = builtin.causes.iter().map(|c| c.id.as_ref()).collect();
    let known_sellers: Vec<&str> = builtin.returns.sellers.iter().map(Text::as_ref).chain([OTHER_SELLER]).collect();
    let known_conditions = builtin.condition_codes();
    let groups: [(&str, &str, Vec<&str>, &[&str]); 6] = [
        ("clauses", "", p.clauses.iter().map(|c| c.id.as_ref()).collect(), &known_clauses),
        ("options", "product", p.products.iter().map(|x| x.id.as_ref()).collect(), &known_products),
        ("options", "part", p.parts.iter().map(Text::as_ref).collect(), &known_parts),
        ("options", "cause", p.causes.iter().map(|c| c.id.as_ref()).collect(), &known_causes),
        ("options", "seller", p.returns.sellers.iter().map(Text::as_ref).collect(), &known_sellers),
        ("conditions", "", p.condition_codes(), &known_conditions),
    ];
    for (group, sub, ids, known) in groups {
        // An id already reported as malformed needs no words reported too.
        let well_formed = |id: &&str| is_id(id, group == "clauses");
        needed.push((group, sub, ids.into_iter().filter(well_formed).filter(|id| !known.contains(id)).collect()));
    }

    let mut langs: Vec<&str> = LANGUAGES.to_vec();
    langs.extend(p.words.keys().map(String::as_str).filter(|l| !LANGUAGES.contains(l)));
    let all_words = Path::At("/words");
    for lang in langs {
        let base = all_words.key(lang);
        // English is what the page falls back on; any other language may lack words.
        let report = if lang == FALLBACK { Reader::report } else { Reader::warn };
        let Some(words) = p.words.get(lang) else {
            if needed.iter().any(|(_, _, ids)| !ids.is_empty()) {
                let shown = if lang == FALLBACK { "" } else { "; the page shows the English ones" };
                report(
                    r,
                    ProblemCode::MissingLanguage,
                    &base,
                    &["no words in `", lang, "`, a language the page speaks", shown],
                );
            }
            continue;
        };
        for (group, sub, ids) in &needed {
            let (in_group, mut node) = (base.key(group), words.get(group));
            let in_sub = in_group.key(sub);
            let mut parent = &in_group;
            if !sub.is_empty() {
                parent = &in_sub;
                node = node.and_then(|n| n.get(sub));
            }
            // Many ids (a policy's parts) are looked up by hash in the ids
            // with words: a search of the sorted group compares each with
            // many of its ids. Only an id without is searched for.
            let mut worded = HashSet::new();
            if let Some(Words::Group(map)) = node {
                worded.reserve(map.len());
                worded.extend(map.iter().filter(|(_, w)| is_worded(group, w)).map(|(k, _)| k.as_str()));
            }
            for &id in ids.iter().filter(|id| !worded.contains(*id)) {
                let path = parent.key(id);
                match node.and_then(|n| n.get(id)) {
                    Some(Words::Text(_)) | None => {
                        report(r, ProblemCode::MissingWords, &path, &["no `", lang, "` words for `", id, "`"])
                    }
                    Some(_) => r.report(ProblemCode::WrongType, &path, &["expected a text"]),
                }
            }
        }
    }
}

/// Whether `words` word an id of `group`: a text, or for a condition
/// variants too, as the page's own do.
fn is_worded(group: &str, words: &Words) -> bool {
    match words {
        Words::Text(text) => !text.trim().is_empty(),
        Words::Variants(list) => group == "conditions" && !list.is_empty(),
        Words::Group(_) => false,
    }
}
