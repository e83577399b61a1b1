//! The maker's Limited Warranty Statement, as data.
//!
//! Each value carries the clause id of `policy/CLAUSES.md` it comes from; the
//! readings that CLAUSES.md fixes for ambiguous phrases are noted where they
//! shape a value.

use std::borrow::Cow::Borrowed;
use std::collections::BTreeMap;

use crate::calendar::{MonthDay, Period};
use crate::law::CauseKind;
use crate::policy::{
    Cause, Channel, Clause, ClauseKind, Condition, Contact, ExpectedLife, List, Part, Policy, Product, ReturnPolicy,
    Rma, SeasonalWindow, Text, WarrantyPolicy, When, Window,
};

/// A text of the policy, borrowed from the program's data.
const fn s(text: &'static str) -> Text {
    Borrowed(text)
}

/// A list of texts, borrowed: `texts!["a", "b"]`.
macro_rules! texts {
    ($($text:literal),* $(,)?) => {
        Borrowed(&[$(s($text)),*])
    };
}

/// A part of a product, with its warranty period.
const fn part(id: &'static str, warranty: Period) -> Part {
    Part { id: s(id), warranty }
}

/// A product of the maker, with its parts.
const fn product(id: &'static str, parts: List<Part>) -> Product {
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

/// Something the shopper must do or accept, from `clause`, `when` it applies.
const fn condition(code: &'static str, clause: &'static str, when: When) -> Condition {
    Condition { code: s(code), clause: s(clause), when }
}

/// A cause of a problem: whether the warranty excludes it, under which
/// clause, and the kind of cause the law knows it as.
const fn cause(id: &'static str, excluded: bool, clause: &'static str, kind: CauseKind) -> Cause {
    Cause { id: s(id), excluded, clause: s(clause), kind: Some(kind) }
}

/// A clause id of CLAUSES.md, with its kind.
const fn clause(id: &'static str, kind: ClauseKind) -> Clause {
    Clause { id: s(id), kind }
}

/// `contact`: "For customer service please contact: service.us@xiaomi.com."
const SUPPORT: &str = "service.us@xiaomi.com";

/// Reading 7: the products are sold by www.mi.com in the United States and
/// the 27 EU member states; the warranty applies there (`warranty.jurisdiction`).
const JURISDICTIONS: List<Text> = texts![
    "US", "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
    "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
];

/// Every clause id of CLAUSES.md with its kind.
const CLAUSES: &[Clause] = {
    use ClauseKind::{Condition as C, Info as I, Rule as R};
    &[
        clause("periods", R),
        clause("return.window", R),
        clause("return.rma-request", R),
        clause("return.shipping-cost", C),
        clause("return.rma-label", C),
        clause("return.condition", R),
        clause("return.accessories", R),
        clause("return.no-guarantee", I),
        clause("return.rma-validity", R),
        clause("return.holiday", R),
        clause("return.fees", C),
        clause("return.transit-risk", C),
        clause("return.refusal", C),
        clause("warranty.coverage", R),
        clause("warranty.no-uptime", I),
        clause("warranty.remedies", C),
        clause("warranty.jurisdiction", R),
        clause("warranty.replacement", R),
        clause("warranty.service-order", R),
        clause("warranty.packaging", C),
        clause("warranty.proof", C),
        clause("warranty.data", C),
        clause("exclusions.brand", R),
        clause("exclusions.a", R),
        clause("exclusions.b", R),
        clause("exclusions.c", R),
        clause("exclusions.d", R),
        clause("exclusions.e", R),
        clause("exclusions.f", R),
        clause("exclusions.g", R),
        clause("exclusions.h", R),
        clause("exclusions.software", R),
        clause("exclusions.no-changes", I),
        clause("implied-warranties", I),
        clause("damages", I),
        clause("where-purchased", I),
        clause("contact", I),
    ]
};

const TWELVE_MONTHS: Period = Period::Months(12);
const ONE_MONTH: Period = Period::Months(1);

// `periods`: the warranty period of each part of each product.
const MI_BAND_PARTS: List<Part> =
    Borrowed(&[part("main", TWELVE_MONTHS), part("cable", ONE_MONTH), part("wristband", ONE_MONTH)]);
const MI_POWER_BANK_PARTS: List<Part> = Borrowed(&[part("main", TWELVE_MONTHS), part("cable", ONE_MONTH)]);
const MI_HEADPHONES_PARTS: List<Part> = Borrowed(&[
    part("main", TWELVE_MONTHS),
    part("cable", ONE_MONTH),
    part("ear-cushions", ONE_MONTH),
    part("adapter", ONE_MONTH),
]);

/// The maker's statement as a policy: plain data, built by no code.
pub(super) static POLICY: Policy = Policy {
    id: s("xiaomi-limited-warranty"),
    contact: Contact { email: s(SUPPORT), clause: s("contact") },
    // Reading 7 restricts the warranty, not who may ask: any country.
    countries: None,
    parts: texts!["main", "cable", "wristband", "ear-cushions", "adapter"],
    // `periods`: the warranty period of each part (above). The policy names
    // none of its products as sealed for hygiene reasons.
    products: Borrowed(&[
        product("mi-band", MI_BAND_PARTS),
        product("mi-power-bank", MI_POWER_BANK_PARTS),
        product("mi-headphones", MI_HEADPHONES_PARTS),
    ]),
    returns: ReturnPolicy {
        // `return.window`: "the product purchased on www.mi.com"; reading 6.
        sellers: texts!["mi-com"],
        // www.mi.com sells online only: every sale is at a distance.
        channels: Borrowed(&[(s("mi-com"), Channel::Distance)]),
        sellers_clause: s("return.window"),
        // `return.window`: "within 30 days counting from the date of receipt of shipment".
        window: Window { period: Period::Days(30), clause: s("return.window") },
        // `return.holiday`: "Products ordered in November and December can be
        // returned before January 31st of the following year"; reading 3: to 30 January.
        seasonal: Borrowed(&[SeasonalWindow {
            ordered_from: MonthDay { month: 11, day: 1 },
            ordered_to: MonthDay { month: 12, day: 31 },
            last_day: MonthDay { month: 1, day: 30 },
            years_after: 1,
            clause: s("return.holiday"),
        }]),
        // `return.rma-request` and `return.rma-validity`: "RMA is valid for thirty (30) days from the date of issue".
        rma: Some(Rma {
            request_clause: s("return.rma-request"),
            validity: Period::Days(30),
            validity_clause: s("return.rma-validity"),
        }),
        condition_clause: Some(s("return.condition")),
        accessories_clause: Some(s("return.accessories")),
        opened: None,
        conditions: Borrowed(&[
            condition("return-shipping-at-your-cost", "return.shipping-cost", When::ReturnReason(s("changed-mind"))),
            condition("return-fees-not-refunded", "return.fees", When::ReturnReason(s("changed-mind"))),
            condition("partial-return-shipping-not-refunded", "return.fees", When::ReturnReason(s("defect"))),
            condition("rma-label", "return.rma-label", When::Always),
            condition("include-all-parts", "return.refusal", When::Always),
            condition("transit-risk", "return.transit-risk", When::Always),
            condition("credit-on-receipt", "return.no-guarantee", When::Always),
        ]),
    },
    warranty: WarrantyPolicy {
        // `warranty.coverage`: "Xiaomi warrants the original purchaser"; reading 12.
        coverage_clause: s("warranty.coverage"),
        periods_clause: s("periods"),
        service_order_clause: s("warranty.service-order"),
        original_purchaser_only: true,
        jurisdictions: JURISDICTIONS,
        jurisdiction_clause: s("warranty.jurisdiction"),
        // `warranty.replacement`: "the remainder of the original warranty period
        // or thirty (30) days, whichever is longer"; reading 5.
        replacement: Some(Window { period: Period::Days(30), clause: s("warranty.replacement") }),
        // `exclusions.c`: commercial use, whatever the cause (reading 9).
        commercial_use_clause: Some(s("exclusions.c")),
        commercial_use_period: None,
        // `exclusions.brand`: answered by choosing a product (reading 13).
        brand_clause: Some(s("exclusions.brand")),
        conditions: Borrowed(&[
            condition("hardware-defect-must-be-found", "warranty.remedies", When::Cause(s("not-sure"))),
            condition("repair-or-replace", "warranty.remedies", When::Always),
            condition("original-packaging", "warranty.packaging", When::Always),
            condition("proof-of-purchase", "warranty.proof", When::Always),
            condition("back-up-data", "warranty.data", When::Always),
            condition("seller-may-affect-warranty", "where-purchased", When::Seller(s("other"))),
        ]),
    },
    // The exclusions apply only when the damage was caused by the excluded
    // thing (reading 8); "not sure" is covered on condition that a hardware
    // defect is found (reading 10). Each cause also names the kind of cause
    // the law knows it as, which decides the legal guarantee, whatever the
    // warranty excludes: "only the software or lost data" is either a
    // software fault (a lack of conformity) or lost data alone (none).
    causes: {
        use CauseKind::*;
        Borrowed(&[
            cause("defect", false, "warranty.coverage", Defect),
            cause("not-sure", false, "warranty.remedies", Unknown),
            cause("act-of-nature", true, "exclusions.a", OutsideEvent),
            cause("negligence", true, "exclusions.b", ConsumerDamage),
            cause("modification", true, "exclusions.d", Modification),
            cause("non-xiaomi-product", true, "exclusions.e", OtherProduct),
            cause("accident", true, "exclusions.f", ConsumerDamage),
            cause("liquid", true, "exclusions.f", ConsumerDamage),
            cause("fire", true, "exclusions.f", OutsideEvent),
            cause("improper-use", true, "exclusions.g", ConsumerDamage),
            cause("improper-power", true, "exclusions.g", ConsumerDamage),
            cause("third-party-service", true, "exclusions.h", ThirdPartyRepair),
            cause("software-or-data", true, "exclusions.software", SoftwareOrData),
        ])
    },
    clauses: Borrowed(CLAUSES),
    // The page's locale files word this policy.
    words: BTreeMap::new(),
};
