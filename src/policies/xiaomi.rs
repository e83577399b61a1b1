//! The maker's Limited Warranty Statement, as data.
//!
//! Each value carries the clause id of `policy/CLAUSES.md` it comes from; the
//! readings that CLAUSES.md fixes for ambiguous phrases are noted where they
//! shape a value.

use std::collections::BTreeMap;

use crate::calendar::{MonthDay, Period};
use crate::law::CauseKind;
use crate::policy::{
    Cause, Channel, Clause, ClauseKind, Condition, Contact, ExpectedLife, Part, Policy, Product, ReturnPolicy, Rma,
    SeasonalWindow, WarrantyPolicy, When, Window,
};

fn s(text: &str) -> String {
    text.to_owned()
}

fn part(id: &str, warranty: Period) -> Part {
    Part { id: s(id), warranty }
}

/// A product of the maker, with its parts.
fn product(id: &str, parts: Vec<Part>) -> Product {
    Product {
        id: s(id),
        parts,
        hygiene_sealed: false,
        final_sale: None,
        no_warranty: None,
        return_window: None,
        expected_life: Some(ExpectedLife { period: Period::Months(36), source: s(EXPECTED_LIFE) }),
    }
}

/// The maker's statement names no expected life; where the legal guarantee
/// follows it (the Netherlands, Finland), the checker needs one.
const EXPECTED_LIFE: &str =
    "the policy data's own estimate for this kind of product (not the maker's statement, nor a court's): 3 years";

fn condition(code: &str, clause: &str, when: When) -> Condition {
    Condition { code: s(code), clause: s(clause), when }
}

/// `contact`: "For customer service please contact: service.us@xiaomi.com."
const SUPPORT: &str = "service.us@xiaomi.com";

/// Reading 7: the products are sold by www.mi.com in the United States and
/// the 27 EU member states; the warranty applies there (`warranty.jurisdiction`).
const JURISDICTIONS: [&str; 28] = [
    "US", "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
    "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
];

/// Every clause id of CLAUSES.md with its kind.
const CLAUSES: [(&str, ClauseKind); 37] = {
    use ClauseKind::{Condition as C, Info as I, Rule as R};
    [
        ("periods", R),
        ("return.window", R),
        ("return.rma-request", R),
        ("return.shipping-cost", C),
        ("return.rma-label", C),
        ("return.condition", R),
        ("return.accessories", R),
        ("return.no-guarantee", I),
        ("return.rma-validity", R),
        ("return.holiday", R),
        ("return.fees", C),
        ("return.transit-risk", C),
        ("return.refusal", C),
        ("warranty.coverage", R),
        ("warranty.no-uptime", I),
        ("warranty.remedies", C),
        ("warranty.jurisdiction", R),
        ("warranty.replacement", R),
        ("warranty.service-order", R),
        ("warranty.packaging", C),
        ("warranty.proof", C),
        ("warranty.data", C),
        ("exclusions.brand", R),
        ("exclusions.a", R),
        ("exclusions.b", R),
        ("exclusions.c", R),
        ("exclusions.d", R),
        ("exclusions.e", R),
        ("exclusions.f", R),
        ("exclusions.g", R),
        ("exclusions.h", R),
        ("exclusions.software", R),
        ("exclusions.no-changes", I),
        ("implied-warranties", I),
        ("damages", I),
        ("where-purchased", I),
        ("contact", I),
    ]
};

pub(super) fn policy() -> Policy {
    let twelve_months = Period::Months(12);
    let one_month = Period::Months(1);
    Policy {
        id: s("xiaomi-limited-warranty"),
        contact: Contact { email: s(SUPPORT), clause: s("contact") },
        // Reading 7 restricts the warranty, not who may ask: any country.
        countries: None,
        parts: ["main", "cable", "wristband", "ear-cushions", "adapter"].map(s).to_vec(),
        // `periods`: the warranty period of each part. The policy names none of
        // its products as sealed for hygiene reasons.
        products: vec![
            product(
                "mi-band",
                vec![part("main", twelve_months), part("cable", one_month), part("wristband", one_month)],
            ),
            product("mi-power-bank", vec![part("main", twelve_months), part("cable", one_month)]),
            product(
                "mi-headphones",
                vec![
                    part("main", twelve_months),
                    part("cable", one_month),
                    part("ear-cushions", one_month),
                    part("adapter", one_month),
                ],
            ),
        ],
        returns: ReturnPolicy {
            // `return.window`: "the product purchased on www.mi.com"; reading 6.
            sellers: vec![s("mi-com")],
            // www.mi.com sells online only: every sale is at a distance.
            // Inserted, not collected: collecting into a map sorts its entries
            // first, and that sort is kilobytes of the page's module.
            channels: {
                let mut channels = BTreeMap::new();
                channels.insert(s("mi-com"), Channel::Distance);
                channels
            },
            sellers_clause: s("return.window"),
            // `return.window`: "within 30 days counting from the date of receipt of shipment".
            window: Window { period: Period::Days(30), clause: s("return.window") },
            // `return.holiday`: "Products ordered in November and December can be
            // returned before January 31st of the following year"; reading 3: to 30 January.
            seasonal: vec![SeasonalWindow {
                ordered_from: MonthDay { month: 11, day: 1 },
                ordered_to: MonthDay { month: 12, day: 31 },
                last_day: MonthDay { month: 1, day: 30 },
                years_after: 1,
                clause: s("return.holiday"),
            }],
            // `return.rma-request` and `return.rma-validity`: "RMA is valid for thirty (30) days from the date of issue".
            rma: Some(Rma {
                request_clause: s("return.rma-request"),
                validity: Period::Days(30),
                validity_clause: s("return.rma-validity"),
            }),
            condition_clause: Some(s("return.condition")),
            accessories_clause: Some(s("return.accessories")),
            opened: None,
            conditions: vec![
                condition(
                    "return-shipping-at-your-cost",
                    "return.shipping-cost",
                    When::ReturnReason(s("changed-mind")),
                ),
                condition("return-fees-not-refunded", "return.fees", When::ReturnReason(s("changed-mind"))),
                condition("partial-return-shipping-not-refunded", "return.fees", When::ReturnReason(s("defect"))),
                condition("rma-label", "return.rma-label", When::Always),
                condition("include-all-parts", "return.refusal", When::Always),
                condition("transit-risk", "return.transit-risk", When::Always),
                condition("credit-on-receipt", "return.no-guarantee", When::Always),
            ],
        },
        warranty: WarrantyPolicy {
            // `warranty.coverage`: "Xiaomi warrants the original purchaser"; reading 12.
            coverage_clause: s("warranty.coverage"),
            periods_clause: s("periods"),
            service_order_clause: s("warranty.service-order"),
            original_purchaser_only: true,
            jurisdictions: JURISDICTIONS.iter().map(|c| s(c)).collect(),
            jurisdiction_clause: s("warranty.jurisdiction"),
            // `warranty.replacement`: "the remainder of the original warranty period
            // or thirty (30) days, whichever is longer"; reading 5.
            replacement: Some(Window { period: Period::Days(30), clause: s("warranty.replacement") }),
            // `exclusions.c`: commercial use, whatever the cause (reading 9).
            commercial_use_clause: Some(s("exclusions.c")),
            commercial_use_period: None,
            // `exclusions.brand`: answered by choosing a product (reading 13).
            brand_clause: Some(s("exclusions.brand")),
            conditions: vec![
                condition("hardware-defect-must-be-found", "warranty.remedies", When::Cause(s("not-sure"))),
                condition("repair-or-replace", "warranty.remedies", When::Always),
                condition("original-packaging", "warranty.packaging", When::Always),
                condition("proof-of-purchase", "warranty.proof", When::Always),
                condition("back-up-data", "warranty.data", When::Always),
                condition("seller-may-affect-warranty", "where-purchased", When::Seller(s("other"))),
            ],
        },
        // The exclusions apply only when the damage was caused by the excluded
        // thing (reading 8); "not sure" is covered on condition that a hardware
        // defect is found (reading 10). Each cause also names the kind of cause
        // the law knows it as, which decides the legal guarantee, whatever the
        // warranty excludes: "only the software or lost data" is either a
        // software fault (a lack of conformity) or lost data alone (none).
        causes: {
            use CauseKind::*;
            [
                ("defect", false, "warranty.coverage", Defect),
                ("not-sure", false, "warranty.remedies", Unknown),
                ("act-of-nature", true, "exclusions.a", OutsideEvent),
                ("negligence", true, "exclusions.b", ConsumerDamage),
                ("modification", true, "exclusions.d", Modification),
                ("non-xiaomi-product", true, "exclusions.e", OtherProduct),
                ("accident", true, "exclusions.f", ConsumerDamage),
                ("liquid", true, "exclusions.f", ConsumerDamage),
                ("fire", true, "exclusions.f", OutsideEvent),
                ("improper-use", true, "exclusions.g", ConsumerDamage),
                ("improper-power", true, "exclusions.g", ConsumerDamage),
                ("third-party-service", true, "exclusions.h", ThirdPartyRepair),
                ("software-or-data", true, "exclusions.software", SoftwareOrData),
            ]
        }
        .into_iter()
        .map(|(id, excluded, clause, kind)| Cause { id: s(id), excluded, clause: s(clause), kind: Some(kind) })
        .collect(),
        clauses: CLAUSES.iter().map(|&(id, kind)| Clause { id: s(id), kind }).collect(),
        // The page's locale files word this policy.
        words: Default::default(),
    }
}
