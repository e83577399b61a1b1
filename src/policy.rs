//! The policy as data: products, parts, periods, windows, causes and clauses.
//!
//! The engine has no policy numbers of its own: every period, window, shop,
//! country and cause it applies is read from a [`Policy`], and every rule in
//! it names the clause id it comes from. The default policy is in
//! [`crate::policies`]; storefronts describe their own in the same form, as
//! JSON (`docs/policy.md`, `docs/policy.schema.json`), read and checked by
//! [`crate::validate`]. The types serialise to that JSON; the one way in is
//! [`crate::validate::read`], which reports every problem with its path.
//!
//! Texts and lists are [`Text`] and [`List`]: the default policy borrows
//! them from the program's data (a `static`, built by no code at start), a
//! policy read from JSON owns them.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::{Serialize, Serializer};

use crate::calendar::{MonthDay, Period};
use crate::law::CauseKind;

/// A text of a policy: borrowed from the program's data for a built-in
/// policy, owned for one read from JSON.
pub type Text = Cow<'static, str>;

/// A list of a policy, borrowed or owned as a [`Text`] is.
pub type List<T> = Cow<'static, [T]>;

/// A complete return and warranty policy.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Policy {
    /// A stable id for the policy, e.g. `xiaomi-limited-warranty`.
    pub id: Text,
    /// Where shoppers write to request an RMA or warranty service.
    pub contact: Contact,
    /// The countries (ISO 3166-1 alpha-2) the shopper may name, in the order
    /// given; `None`: any of the 249.
    pub countries: Option<List<Text>>,
    /// Every part id the products use, in the order the page offers them.
    pub parts: List<Text>,
    /// The products the policy covers, in the order the page offers them.
    pub products: List<Product>,
    /// The return for a refund.
    #[serde(rename = "return")]
    pub returns: ReturnPolicy,
    /// The warranty: repair or replacement.
    pub warranty: WarrantyPolicy,
    /// What may have led to a problem, and whether the warranty covers it.
    pub causes: List<Cause>,
    /// Every clause of the policy, with its kind.
    pub clauses: List<Clause>,
    /// Words for the page by language (`en`, `es`, `de`), in the shape of the
    /// page's locale files; they extend and override the page's own words.
    /// The built-in policy has none: the page's locale files word it.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub words: BTreeMap<String, Words>,
}

/// Words for the page, shaped as its locale files: a text, a list of
/// variants (richest first), or a group of words by key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Words {
    /// A text, with `{placeholders}` where the page fills in values.
    Text(String),
    /// Variants of a text, the first whose placeholders the page can fill.
    Variants(Vec<String>),
    /// Words by key.
    Group(BTreeMap<String, Words>),
}

impl Words {
    /// The words at `key` of a group.
    pub fn get(&self, key: &str) -> Option<&Words> {
        match self {
            Words::Group(map) => map.get(key),
            _ => None,
        }
    }
}

/// The support contact of a policy.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Contact {
    /// The support email address.
    pub email: Text,
    /// The clause that names it.
    pub clause: Text,
}

/// A product and its parts.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Product {
    /// The answer value that names it, e.g. `mi-band`.
    pub id: Text,
    /// Its parts, each with its own warranty period.
    pub parts: List<Part>,
    /// Whether it comes sealed and cannot be returned for health or hygiene
    /// reasons once unsealed (the EU withdrawal's exception, 2011/83/EU Art. 16(e)).
    pub hygiene_sealed: bool,
    /// The clause that sells it as final sale: it cannot be returned under the
    /// policy (its warranty is unchanged). `None` for an ordinary product.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub final_sale: Option<Text>,
    /// The clause that sells it without a warranty (a gift card, say): the
    /// warranty is refused under it, and it needs no parts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub no_warranty: Option<Text>,
    /// Its own return window, in place of `return.window`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub return_window: Option<Window>,
    /// How long a buyer may expect it to last, where the legal guarantee
    /// follows that (the Netherlands, Finland).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected_life: Option<ExpectedLife>,
}

/// How long a buyer may expect a product to last, and who says so.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ExpectedLife {
    /// From delivery.
    pub period: Period,
    /// Where the figure comes from: a court's or a survey's, or the policy
    /// author's own estimate, said so.
    pub source: Text,
}

/// A part of a product with its warranty period.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Part {
    /// The answer value that names it, e.g. `main` or `cable`.
    pub id: Text,
    /// How long the warranty lasts, counted from receipt of the shipment.
    pub warranty: Period,
}

/// The return for a refund.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReturnPolicy {
    /// The shops whose sales the return covers (answer values of `seller`);
    /// any other shop is answered `other`.
    pub sellers: List<Text>,
    /// How each of those shops sells, when it says: at a distance, in a
    /// shop, or both (a shop not named sells both ways). Sorted by shop, each
    /// shop once, and written as the JSON object `{shop: channel}`: a list,
    /// not a map, so the default policy can be a `static`.
    #[serde(serialize_with = "pairs_as_map", skip_serializing_if = "is_empty")]
    pub channels: List<(Text, Channel)>,
    /// The clause that names the shops.
    pub sellers_clause: Text,
    /// The ordinary window, counted from the receipt of the shipment.
    pub window: Window,
    /// Windows by order date that can end later than the ordinary one.
    pub seasonal: List<SeasonalWindow>,
    /// The Return Merchandise Authorization, when the policy requires one.
    pub rma: Option<Rma>,
    /// The clause that requires good physical condition, if any.
    pub condition_clause: Option<Text>,
    /// The clause that requires every accessory, if any.
    pub accessories_clause: Option<Text>,
    /// What opening the product's packaging does to the return, if anything.
    pub opened: Option<Opened>,
    /// What the shopper must do or accept when the return is open.
    pub conditions: List<Condition>,
}

/// Whether a list is empty, for `skip_serializing_if`.
fn is_empty<T: Clone>(list: &List<T>) -> bool {
    list.is_empty()
}

/// Writes a list of pairs as the JSON object it stands for.
fn pairs_as_map<S: Serializer>(pairs: &List<(Text, Channel)>, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_map(pairs.iter().map(|(key, value)| (key, value)))
}

/// How a shop sells: the EU right of withdrawal is for sales at a distance.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Channel {
    /// Online, by phone or by mail only.
    Distance,
    /// In a shop only.
    InStore,
    /// Both: the `boughtOnline` answer tells.
    Both,
}

impl Channel {
    /// The channel named `name` in a policy's JSON.
    pub fn from_name(name: &str) -> Option<Channel> {
        Some(match name {
            "distance" => Channel::Distance,
            "in-store" => Channel::InStore,
            "both" => Channel::Both,
            _ => return None,
        })
    }
}

/// What opening the packaging does to the return (the `opened` answer):
/// exactly one of `refused` and `condition`.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Opened {
    /// The clause that says it.
    pub clause: Text,
    /// An opened product cannot be returned.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub refused: bool,
    /// An opened product can be returned on this condition, by its code: a
    /// restocking fee, say.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub condition: Option<Text>,
}

/// A period counted from a date, and the clause that sets it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Window {
    /// How long it lasts.
    pub period: Period,
    /// The clause that sets it.
    pub clause: Text,
}

/// A return window for orders placed in a range of days of the year, ending
/// on a fixed day (the default policy's holiday returns). A season whose
/// `ordered_from` comes after its `ordered_to` spans New Year (27 December to
/// 6 January); `years_after` then counts from the year it began.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SeasonalWindow {
    /// The first day of the year on which an order counts.
    pub ordered_from: MonthDay,
    /// The last day of the year on which an order counts.
    pub ordered_to: MonthDay,
    /// The last day to request the return.
    pub last_day: MonthDay,
    /// How many years after the order's year `last_day` falls.
    pub years_after: u32,
    /// The clause that sets it.
    pub clause: Text,
}

/// How long a Return Merchandise Authorization stays valid.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Rma {
    /// The clause that requires an RMA within the window.
    pub request_clause: Text,
    /// How long an RMA is valid from its date of issue.
    pub validity: Period,
    /// The clause that sets the validity.
    pub validity_clause: Text,
}

/// The warranty.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WarrantyPolicy {
    /// The clause that grants the warranty (and limits it to the original
    /// purchaser, when `original_purchaser_only`).
    pub coverage_clause: Text,
    /// The clause that lists the periods of the parts.
    pub periods_clause: Text,
    /// The clause that requires a service request within the period.
    pub service_order_clause: Text,
    /// Whether only the person who bought the product new is covered.
    pub original_purchaser_only: bool,
    /// Countries (ISO 3166-1 alpha-2) where the warranty applies.
    pub jurisdictions: List<Text>,
    /// The clause that limits the warranty to those countries.
    pub jurisdiction_clause: Text,
    /// The cover of a unit received as a warranty replacement.
    pub replacement: Option<Window>,
    /// The clause that excludes commercial use whatever the cause, if any.
    pub commercial_use_clause: Option<Text>,
    /// With `commercial_use_clause`: business use gives this shorter period
    /// instead of excluding the warranty.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub commercial_use_period: Option<Period>,
    /// The clause that limits the warranty to the maker's brand, if any;
    /// choosing one of the policy's products answers it.
    pub brand_clause: Option<Text>,
    /// What the shopper must do or accept when the warranty applies.
    pub conditions: List<Condition>,
}

/// A cause of a problem and what the warranty says of it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Cause {
    /// The answer value, e.g. `accident`.
    pub id: Text,
    /// Whether the warranty excludes damage from this cause.
    pub excluded: bool,
    /// The clause that covers or excludes it.
    pub clause: Text,
    /// The kind of cause the law knows it as, which decides the legal
    /// guarantee (`law::CAUSE_KINDS`); none is read as `unknown`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<CauseKind>,
}

/// Something the shopper must do or accept, shown with an open outcome.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Condition {
    /// The stable code the page words.
    pub code: Text,
    /// The clause it comes from.
    pub clause: Text,
    /// When it applies; always when absent.
    pub when: When,
}

/// The answer that makes a condition apply.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum When {
    /// Whatever the answers.
    #[default]
    Always,
    /// When `returnReason` has this value.
    ReturnReason(Text),
    /// When `cause` has this value.
    Cause(Text),
    /// When `seller` has this value.
    Seller(Text),
}

/// A clause of the policy.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Clause {
    /// The stable id, e.g. `return.window`.
    pub id: Text,
    /// What the clause does.
    pub kind: ClauseKind,
}

/// What a clause of a policy, or a provision of law, does (CLAUSES.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ClauseKind {
    /// Changes an outcome or a date.
    Rule,
    /// Something the shopper must do or accept.
    Condition,
    /// Shown, but decides nothing.
    Info,
}

impl ClauseKind {
    /// The name JSON uses.
    pub fn name(self) -> &'static str {
        match self {
            ClauseKind::Rule => "rule",
            ClauseKind::Condition => "condition",
            ClauseKind::Info => "info",
        }
    }
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

    /// How this shop sells: `both` for a shop the policy does not name or
    /// says nothing of.
    pub fn channel(&self, seller: &str) -> Channel {
        self.returns.channels.iter().find(|(shop, _)| shop == seller).map_or(Channel::Both, |&(_, channel)| channel)
    }

    /// Whether the warranty applies in `country`: it is in the
    /// jurisdictions, or it is EU territory of a member state that is (the
    /// outermost regions and Åland are part of their state).
    pub fn warranty_covers(&self, country: &str) -> bool {
        let state = crate::law::territory_of(country);
        self.warranty.jurisdictions.iter().any(|j| j == country || Some(&**j) == state)
    }

    /// The return window for `product`: its own, or the policy's.
    pub fn return_window<'a>(&'a self, product: Option<&'a Product>) -> &'a Window {
        product.and_then(|p| p.return_window.as_ref()).unwrap_or(&self.returns.window)
    }

    /// Whether the return covers sales by this shop.
    pub fn return_covers_seller(&self, seller: &str) -> bool {
        self.returns.sellers.iter().any(|s| s == seller)
    }

    /// Whether the shopper may name this country: any of the 249 when the
    /// policy lists none.
    pub fn allows_country(&self, code: &str) -> bool {
        self.countries.as_ref().map_or(true, |list| list.iter().any(|c| c == code))
    }

    /// Every clause id the policy's rules, conditions and causes cite, in
    /// the order they appear.
    pub fn cited_clauses(&self) -> Vec<&str> {
        self.clause_references().into_iter().map(|(_, id)| id).collect()
    }

    /// Every clause id the policy cites, with the JSON Pointer of the place
    /// that cites it, in the order they appear.
    pub fn clause_references(&self) -> Vec<(String, &str)> {
        let r = &self.returns;
        let w = &self.warranty;
        let mut refs: Vec<(String, &str)> = vec![
            ("/contact/clause".into(), &self.contact.clause),
            ("/return/sellersClause".into(), &r.sellers_clause),
            ("/return/window/clause".into(), &r.window.clause),
        ];
        for (i, p) in self.products.iter().enumerate() {
            refs.extend(p.final_sale.as_deref().map(|c| (format!("/products/{i}/finalSale"), c)));
            refs.extend(p.no_warranty.as_deref().map(|c| (format!("/products/{i}/noWarranty"), c)));
            refs.extend(p.return_window.as_ref().map(|w| (format!("/products/{i}/returnWindow/clause"), &*w.clause)));
        }
        refs.extend(r.seasonal.iter().enumerate().map(|(i, s)| (format!("/return/seasonal/{i}/clause"), &*s.clause)));
        if let Some(rma) = &r.rma {
            refs.push(("/return/rma/requestClause".into(), &rma.request_clause));
            refs.push(("/return/rma/validityClause".into(), &rma.validity_clause));
        }
        refs.extend(r.condition_clause.as_deref().map(|c| ("/return/conditionClause".into(), c)));
        refs.extend(r.accessories_clause.as_deref().map(|c| ("/return/accessoriesClause".into(), c)));
        refs.extend(r.opened.as_ref().map(|o| ("/return/opened/clause".into(), &*o.clause)));
        refs.extend(
            r.conditions.iter().enumerate().map(|(i, c)| (format!("/return/conditions/{i}/clause"), &*c.clause)),
        );
        refs.push(("/warranty/coverageClause".into(), &w.coverage_clause));
        refs.push(("/warranty/periodsClause".into(), &w.periods_clause));
        refs.push(("/warranty/serviceOrderClause".into(), &w.service_order_clause));
        refs.push(("/warranty/jurisdictionClause".into(), &w.jurisdiction_clause));
        refs.extend(w.replacement.as_ref().map(|r| ("/warranty/replacement/clause".into(), &*r.clause)));
        refs.extend(w.commercial_use_clause.as_deref().map(|c| ("/warranty/commercialUseClause".into(), c)));
        refs.extend(w.brand_clause.as_deref().map(|c| ("/warranty/brandClause".into(), c)));
        refs.extend(
            w.conditions.iter().enumerate().map(|(i, c)| (format!("/warranty/conditions/{i}/clause"), &*c.clause)),
        );
        refs.extend(self.causes.iter().enumerate().map(|(i, c)| (format!("/causes/{i}/clause"), &*c.clause)));
        refs
    }

    /// Every condition code the policy can put in a decision, once each, in
    /// the order they appear.
    pub fn condition_codes(&self) -> Vec<&str> {
        let opened = self.returns.opened.as_ref().and_then(|o| o.condition.as_deref());
        let listed = self.returns.conditions.iter().chain(self.warranty.conditions.iter()).map(|c| c.code.as_ref());
        let mut codes: Vec<&str> = Vec::new();
        for code in opened.into_iter().chain(listed) {
            if !codes.contains(&code) {
                codes.push(code);
            }
        }
        codes
    }
}
