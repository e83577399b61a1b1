//! The policy as data: products, parts, periods, windows, causes and clauses.
//!
//! The engine has no policy numbers of its own: every period, window, shop,
//! country and cause it applies is read from a [`Policy`], and every rule in
//! it names the clause id it comes from. The default policy is in
//! [`crate::policies`]; storefronts can describe their own in the same form.

use serde::{Deserialize, Serialize};

use crate::calendar::{MonthDay, Period};

/// A complete return and warranty policy.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Policy {
    /// A stable id for the policy, e.g. `xiaomi-limited-warranty`.
    pub id: String,
    /// Where shoppers write to request an RMA or warranty service.
    pub contact: Contact,
    /// The products the policy covers, in the order the page offers them.
    pub products: Vec<Product>,
    /// The return for a refund.
    #[serde(rename = "return")]
    pub returns: ReturnPolicy,
    /// The warranty: repair or replacement.
    pub warranty: WarrantyPolicy,
    /// What may have led to a problem, and whether the warranty covers it.
    pub causes: Vec<Cause>,
    /// Every clause of the policy, with its kind.
    pub clauses: Vec<Clause>,
}

/// The support contact of a policy.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Contact {
    /// The support email address.
    pub email: String,
    /// The clause that names it.
    pub clause: String,
}

/// A product and its parts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Product {
    /// The answer value that names it, e.g. `mi-band`.
    pub id: String,
    /// Its parts, each with its own warranty period.
    pub parts: Vec<Part>,
    /// Whether it comes sealed and cannot be returned for health or hygiene
    /// reasons once unsealed (the EU withdrawal's exception, 2011/83/EU Art. 16(e)).
    #[serde(default)]
    pub hygiene_sealed: bool,
}

/// A part of a product with its warranty period.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Part {
    /// The answer value that names it, e.g. `main` or `cable`.
    pub id: String,
    /// How long the warranty lasts, counted from receipt of the shipment.
    pub warranty: Period,
}

/// The return for a refund.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReturnPolicy {
    /// The shops whose sales the return covers (answer values of `seller`);
    /// any other shop is answered `other`.
    pub sellers: Vec<String>,
    /// The clause that names the shops.
    pub sellers_clause: String,
    /// The ordinary window, counted from the receipt of the shipment.
    pub window: Window,
    /// Windows by order date that can end later than the ordinary one.
    #[serde(default)]
    pub seasonal: Vec<SeasonalWindow>,
    /// The Return Merchandise Authorization, when the policy requires one.
    pub rma: Option<Rma>,
    /// The clause that requires good physical condition, if any.
    pub condition_clause: Option<String>,
    /// The clause that requires every accessory, if any.
    pub accessories_clause: Option<String>,
    /// What the shopper must do or accept when the return is open.
    #[serde(default)]
    pub conditions: Vec<Condition>,
}

/// A period counted from a date, and the clause that sets it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Window {
    /// How long it lasts.
    pub period: Period,
    /// The clause that sets it.
    pub clause: String,
}

/// A return window for orders placed in a range of days of the year, ending
/// on a fixed day (the default policy's holiday returns).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SeasonalWindow {
    /// The first day of the year on which an order counts.
    pub ordered_from: MonthDay,
    /// The last day of the year on which an order counts (same year).
    pub ordered_to: MonthDay,
    /// The last day to request the return.
    pub last_day: MonthDay,
    /// How many years after the order's year `last_day` falls.
    pub years_after: u32,
    /// The clause that sets it.
    pub clause: String,
}

/// How long a Return Merchandise Authorization stays valid.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Rma {
    /// The clause that requires an RMA within the window.
    pub request_clause: String,
    /// How long an RMA is valid from its date of issue.
    pub validity: Period,
    /// The clause that sets the validity.
    pub validity_clause: String,
}

/// The warranty.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WarrantyPolicy {
    /// The clause that grants the warranty (and limits it to the original
    /// purchaser, when `original_purchaser_only`).
    pub coverage_clause: String,
    /// The clause that lists the periods of the parts.
    pub periods_clause: String,
    /// The clause that requires a service request within the period.
    pub service_order_clause: String,
    /// Whether only the person who bought the product new is covered.
    pub original_purchaser_only: bool,
    /// Countries (ISO 3166-1 alpha-2) where the warranty applies.
    pub jurisdictions: Vec<String>,
    /// The clause that limits the warranty to those countries.
    pub jurisdiction_clause: String,
    /// The cover of a unit received as a warranty replacement.
    pub replacement: Option<Window>,
    /// The clause that excludes commercial use whatever the cause, if any.
    pub commercial_use_clause: Option<String>,
    /// The clause that limits the warranty to the maker's brand, if any;
    /// choosing one of the policy's products answers it.
    pub brand_clause: Option<String>,
    /// What the shopper must do or accept when the warranty applies.
    #[serde(default)]
    pub conditions: Vec<Condition>,
}

/// A cause of a problem and what the warranty says of it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Cause {
    /// The answer value, e.g. `accident`.
    pub id: String,
    /// Whether the warranty excludes damage from this cause.
    pub excluded: bool,
    /// The clause that covers or excludes it.
    pub clause: String,
}

/// Something the shopper must do or accept, shown with an open outcome.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Condition {
    /// The stable code the page words.
    pub code: String,
    /// The clause it comes from.
    pub clause: String,
    /// When it applies; always when absent.
    #[serde(default)]
    pub when: When,
}

/// The answer that makes a condition apply.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub enum When {
    /// Whatever the answers.
    #[default]
    Always,
    /// When `returnReason` has this value.
    ReturnReason(String),
    /// When `cause` has this value.
    Cause(String),
    /// When `seller` has this value.
    Seller(String),
}

/// A clause of the policy.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Clause {
    /// The stable id, e.g. `return.window`.
    pub id: String,
    /// What the clause does.
    pub kind: ClauseKind,
}

/// What a clause does (CLAUSES.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClauseKind {
    /// Changes an outcome or a date.
    Rule,
    /// Something the shopper must do or accept.
    Condition,
    /// Shown, but decides nothing.
    Info,
}

impl Policy {
    /// The product with this id.
    pub fn product(&self, id: &str) -> Option<&Product> {
        self.products.iter().find(|p| p.id == id)
    }

    /// The cause with this id.
    pub fn cause(&self, id: &str) -> Option<&Cause> {
        self.causes.iter().find(|c| c.id == id)
    }

    /// The clause with this id.
    pub fn clause(&self, id: &str) -> Option<&Clause> {
        self.clauses.iter().find(|c| c.id == id)
    }

    /// Whether the return covers sales by this shop.
    pub fn return_covers_seller(&self, seller: &str) -> bool {
        self.returns.sellers.iter().any(|s| s == seller)
    }

    /// Every clause id the policy's rules, conditions and causes cite, with
    /// the place that cites it, in the order they appear.
    pub fn cited_clauses(&self) -> Vec<&str> {
        let r = &self.returns;
        let w = &self.warranty;
        let mut ids: Vec<&str> = vec![&self.contact.clause, &r.sellers_clause, &r.window.clause];
        ids.extend(r.seasonal.iter().map(|s| s.clause.as_str()));
        if let Some(rma) = &r.rma {
            ids.extend([rma.request_clause.as_str(), rma.validity_clause.as_str()]);
        }
        ids.extend(r.condition_clause.as_deref());
        ids.extend(r.accessories_clause.as_deref());
        ids.extend(r.conditions.iter().map(|c| c.clause.as_str()));
        ids.extend([w.coverage_clause.as_str(), w.periods_clause.as_str(), w.service_order_clause.as_str(), w.jurisdiction_clause.as_str()]);
        ids.extend(w.replacement.as_ref().map(|r| r.clause.as_str()));
        ids.extend(w.commercial_use_clause.as_deref());
        ids.extend(w.brand_clause.as_deref());
        ids.extend(w.conditions.iter().map(|c| c.clause.as_str()));
        ids.extend(self.causes.iter().map(|c| c.clause.as_str()));
        ids
    }
}
