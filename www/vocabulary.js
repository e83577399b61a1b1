// The default policy's vocabulary: every question, option, code and clause
// id, as the engine's `vocabulary()` gives it, one export per field in its
// order. Data, so that the page's wasm module need not carry the function:
// the page bundles the parts it reads, and the npm package's
// `eligibility-checker/engine` gives it all as `vocabulary()`.
// The last export is not a field, but what the element reads instead of
// `questions`: the questions with the country question's options null,
// as the element takes that ISO list from the engine (which holds the
// list, and whose decisions carry it).
// Written by `UPDATE_VOCABULARY=1 cargo test --test vocabulary_js`, which
// fails when this file is stale; not edited by hand.
export const questions = [
  {
    "id": "product",
    "kind": "choice",
    "options": [
      "mi-band",
      "mi-power-bank",
      "mi-headphones"
    ]
  },
  {
    "id": "returnReason",
    "kind": "choice",
    "options": [
      "defect",
      "changed-mind"
    ]
  },
  {
    "id": "seller",
    "kind": "choice",
    "options": [
      "mi-com",
      "other"
    ]
  },
  {
    "id": "country",
    "kind": "choice",
    "options": [
      "AD",
      "AE",
      "AF",
      "AG",
      "AI",
      "AL",
      "AM",
      "AO",
      "AQ",
      "AR",
      "AS",
      "AT",
      "AU",
      "AW",
      "AX",
      "AZ",
      "BA",
      "BB",
      "BD",
      "BE",
      "BF",
      "BG",
      "BH",
      "BI",
      "BJ",
      "BL",
      "BM",
      "BN",
      "BO",
      "BQ",
      "BR",
      "BS",
      "BT",
      "BV",
      "BW",
      "BY",
      "BZ",
      "CA",
      "CC",
      "CD",
      "CF",
      "CG",
      "CH",
      "CI",
      "CK",
      "CL",
      "CM",
      "CN",
      "CO",
      "CR",
      "CU",
      "CV",
      "CW",
      "CX",
      "CY",
      "CZ",
      "DE",
      "DJ",
      "DK",
      "DM",
      "DO",
      "DZ",
      "EC",
      "EE",
      "EG",
      "EH",
      "ER",
      "ES",
      "ET",
      "FI",
      "FJ",
      "FK",
      "FM",
      "FO",
      "FR",
      "GA",
      "GB",
      "GD",
      "GE",
      "GF",
      "GG",
      "GH",
      "GI",
      "GL",
      "GM",
      "GN",
      "GP",
      "GQ",
      "GR",
      "GS",
      "GT",
      "GU",
      "GW",
      "GY",
      "HK",
      "HM",
      "HN",
      "HR",
      "HT",
      "HU",
      "ID",
      "IE",
      "IL",
      "IM",
      "IN",
      "IO",
      "IQ",
      "IR",
      "IS",
      "IT",
      "JE",
      "JM",
      "JO",
      "JP",
      "KE",
      "KG",
      "KH",
      "KI",
      "KM",
      "KN",
      "KP",
      "KR",
      "KW",
      "KY",
      "KZ",
      "LA",
      "LB",
      "LC",
      "LI",
      "LK",
      "LR",
      "LS",
      "LT",
      "LU",
      "LV",
      "LY",
      "MA",
      "MC",
      "MD",
      "ME",
      "MF",
      "MG",
      "MH",
      "MK",
      "ML",
      "MM",
      "MN",
      "MO",
      "MP",
      "MQ",
      "MR",
      "MS",
      "MT",
      "MU",
      "MV",
      "MW",
      "MX",
      "MY",
      "MZ",
      "NA",
      "NC",
      "NE",
      "NF",
      "NG",
      "NI",
      "NL",
      "NO",
      "NP",
      "NR",
      "NU",
      "NZ",
      "OM",
      "PA",
      "PE",
      "PF",
      "PG",
      "PH",
      "PK",
      "PL",
      "PM",
      "PN",
      "PR",
      "PS",
      "PT",
      "PW",
      "PY",
      "QA",
      "RE",
      "RO",
      "RS",
      "RU",
      "RW",
      "SA",
      "SB",
      "SC",
      "SD",
      "SE",
      "SG",
      "SH",
      "SI",
      "SJ",
      "SK",
      "SL",
      "SM",
      "SN",
      "SO",
      "SR",
      "SS",
      "ST",
      "SV",
      "SX",
      "SY",
      "SZ",
      "TC",
      "TD",
      "TF",
      "TG",
      "TH",
      "TJ",
      "TK",
      "TL",
      "TM",
      "TN",
      "TO",
      "TR",
      "TT",
      "TV",
      "TW",
      "TZ",
      "UA",
      "UG",
      "UM",
      "US",
      "UY",
      "UZ",
      "VA",
      "VC",
      "VE",
      "VG",
      "VI",
      "VN",
      "VU",
      "WF",
      "WS",
      "YE",
      "YT",
      "ZA",
      "ZM",
      "ZW"
    ]
  },
  {
    "id": "receivedDate",
    "kind": "date",
    "options": null
  },
  {
    "id": "boughtOnline",
    "kind": "yes-no",
    "options": null
  },
  {
    "id": "orderDate",
    "kind": "date",
    "options": null
  },
  {
    "id": "rmaIssuedOn",
    "kind": "date-or-none",
    "options": null
  },
  {
    "id": "physicallyDamaged",
    "kind": "yes-no",
    "options": null
  },
  {
    "id": "allAccessories",
    "kind": "yes-no",
    "options": null
  },
  {
    "id": "opened",
    "kind": "yes-no",
    "options": null
  },
  {
    "id": "cause",
    "kind": "choice",
    "options": [
      "defect",
      "not-sure",
      "act-of-nature",
      "negligence",
      "modification",
      "non-xiaomi-product",
      "accident",
      "liquid",
      "fire",
      "improper-use",
      "improper-power",
      "third-party-service",
      "software-or-data"
    ]
  },
  {
    "id": "part",
    "kind": "choice",
    "options": [
      "main",
      "cable",
      "wristband",
      "ear-cushions",
      "adapter"
    ]
  },
  {
    "id": "replacementReceivedDate",
    "kind": "date-or-none",
    "options": null
  },
  {
    "id": "commercialUse",
    "kind": "yes-no",
    "options": null
  },
  {
    "id": "originalPurchaser",
    "kind": "yes-no",
    "options": null
  }
];
export const reasons = [
  "return-shop-covered",
  "return-shop-not-covered",
  "return-window-open",
  "return-window-closed",
  "return-holiday-window",
  "rma-valid",
  "rma-expired",
  "rma-issued-after-window",
  "return-good-condition",
  "return-damaged",
  "return-accessories-complete",
  "return-accessories-missing",
  "return-final-sale",
  "return-opened",
  "brand-covered",
  "warranty-in-jurisdiction",
  "warranty-outside-jurisdiction",
  "warranty-period-active",
  "warranty-period-ended",
  "replacement-coverage",
  "cause-covered",
  "cause-excluded",
  "commercial-use-excluded",
  "not-original-purchaser",
  "product-no-warranty",
  "commercial-use-shorter-period",
  "no-problem-reported",
  "withdrawal-open",
  "withdrawal-period-ended",
  "withdrawal-moved-to-working-day",
  "withdrawal-not-at-distance",
  "withdrawal-unsealed-hygiene",
  "not-a-consumer",
  "guarantee-open",
  "guarantee-beyond-minimum",
  "guarantee-period-ended",
  "defect-presumed",
  "guarantee-covers-part",
  "not-a-lack-of-conformity",
  "guarantee-expected-life-ended",
  "law-of-member-state",
  "law-of-eea-state"
];
export const conditions = [
  "return-shipping-at-your-cost",
  "return-fees-not-refunded",
  "partial-return-shipping-not-refunded",
  "rma-label",
  "include-all-parts",
  "transit-risk",
  "credit-on-receipt",
  "hardware-defect-must-be-found",
  "repair-or-replace",
  "original-packaging",
  "proof-of-purchase",
  "back-up-data",
  "seller-may-affect-warranty",
  "withdrawal-no-reason-needed",
  "withdrawal-notice-in-time",
  "withdrawal-send-back",
  "withdrawal-testing-allowed",
  "withdrawal-refund",
  "prove-lack-of-conformity",
  "guarantee-remedies",
  "guarantee-beside-warranty",
  "guarantee-within-expected-life",
  "guarantee-if-meant-to-last",
  "wear-beyond-normal",
  "software-fault-not-data-loss"
];
export const steps = [
  "request-rma",
  "request-return",
  "ship-with-rma",
  "request-warranty-service",
  "contact-seller",
  "withdraw",
  "claim-legal-guarantee",
  "contact-support"
];
export const errors = [
  "invalid-answers",
  "missing-as-of",
  "unknown-key",
  "wrong-type",
  "invalid-date",
  "date-out-of-range",
  "unknown-option",
  "part-not-in-product",
  "date-after-as-of",
  "order-after-receipt",
  "before-receipt",
  "unreadable-answer"
];
export const clauses = [
  {
    "id": "periods",
    "kind": "rule"
  },
  {
    "id": "return.window",
    "kind": "rule"
  },
  {
    "id": "return.rma-request",
    "kind": "rule"
  },
  {
    "id": "return.shipping-cost",
    "kind": "condition"
  },
  {
    "id": "return.rma-label",
    "kind": "condition"
  },
  {
    "id": "return.condition",
    "kind": "rule"
  },
  {
    "id": "return.accessories",
    "kind": "rule"
  },
  {
    "id": "return.no-guarantee",
    "kind": "info"
  },
  {
    "id": "return.rma-validity",
    "kind": "rule"
  },
  {
    "id": "return.holiday",
    "kind": "rule"
  },
  {
    "id": "return.fees",
    "kind": "condition"
  },
  {
    "id": "return.transit-risk",
    "kind": "condition"
  },
  {
    "id": "return.refusal",
    "kind": "condition"
  },
  {
    "id": "warranty.coverage",
    "kind": "rule"
  },
  {
    "id": "warranty.no-uptime",
    "kind": "info"
  },
  {
    "id": "warranty.remedies",
    "kind": "condition"
  },
  {
    "id": "warranty.jurisdiction",
    "kind": "rule"
  },
  {
    "id": "warranty.replacement",
    "kind": "rule"
  },
  {
    "id": "warranty.service-order",
    "kind": "rule"
  },
  {
    "id": "warranty.packaging",
    "kind": "condition"
  },
  {
    "id": "warranty.proof",
    "kind": "condition"
  },
  {
    "id": "warranty.data",
    "kind": "condition"
  },
  {
    "id": "exclusions.brand",
    "kind": "rule"
  },
  {
    "id": "exclusions.a",
    "kind": "rule"
  },
  {
    "id": "exclusions.b",
    "kind": "rule"
  },
  {
    "id": "exclusions.c",
    "kind": "rule"
  },
  {
    "id": "exclusions.d",
    "kind": "rule"
  },
  {
    "id": "exclusions.e",
    "kind": "rule"
  },
  {
    "id": "exclusions.f",
    "kind": "rule"
  },
  {
    "id": "exclusions.g",
    "kind": "rule"
  },
  {
    "id": "exclusions.h",
    "kind": "rule"
  },
  {
    "id": "exclusions.software",
    "kind": "rule"
  },
  {
    "id": "exclusions.no-changes",
    "kind": "info"
  },
  {
    "id": "implied-warranties",
    "kind": "info"
  },
  {
    "id": "damages",
    "kind": "info"
  },
  {
    "id": "where-purchased",
    "kind": "info"
  },
  {
    "id": "contact",
    "kind": "info"
  }
];
export const notices = [
  "us-implied-warranties",
  "us-state-rights",
  "us-exclusion-needs-cause"
];
export const citations = [
  {
    "id": "eu.withdrawal.distance",
    "kind": "rule",
    "source": "Directive 2011/83/EU, Art. 2(7), 9(1)"
  },
  {
    "id": "eu.consumer",
    "kind": "rule",
    "source": "Directive 2011/83/EU, Art. 2(1); Directive (EU) 2019/771, Art. 2(2)"
  },
  {
    "id": "eu.withdrawal.period",
    "kind": "rule",
    "source": "Directive 2011/83/EU, Art. 9(1), 9(2)(b)"
  },
  {
    "id": "eu.withdrawal.no-reason",
    "kind": "info",
    "source": "Directive 2011/83/EU, Art. 9(1)"
  },
  {
    "id": "eu.withdrawal.notice",
    "kind": "condition",
    "source": "Directive 2011/83/EU, Art. 11(1)-(2)"
  },
  {
    "id": "eu.withdrawal.hygiene",
    "kind": "rule",
    "source": "Directive 2011/83/EU, Art. 16(e)"
  },
  {
    "id": "eu.withdrawal.return",
    "kind": "condition",
    "source": "Directive 2011/83/EU, Art. 14(1)"
  },
  {
    "id": "eu.withdrawal.testing",
    "kind": "condition",
    "source": "Directive 2011/83/EU, Art. 14(2)"
  },
  {
    "id": "eu.withdrawal.refund",
    "kind": "info",
    "source": "Directive 2011/83/EU, Art. 13"
  },
  {
    "id": "eu.periods.counting",
    "kind": "rule",
    "source": "Regulation (EEC, Euratom) No 1182/71, Art. 3(1), 3(2)(b)-(c)"
  },
  {
    "id": "eu.periods.working-day",
    "kind": "rule",
    "source": "Regulation (EEC, Euratom) No 1182/71, Art. 2(1), 3(4)"
  },
  {
    "id": "eu.guarantee.period",
    "kind": "rule",
    "source": "Directive (EU) 2019/771, Art. 10(1), 10(3)"
  },
  {
    "id": "eu.guarantee.presumption",
    "kind": "rule",
    "source": "Directive (EU) 2019/771, Art. 11(1)-(2)"
  },
  {
    "id": "eu.guarantee.conformity",
    "kind": "rule",
    "source": "Directive (EU) 2019/771, Art. 5-7, 10(1)"
  },
  {
    "id": "eu.guarantee.remedies",
    "kind": "condition",
    "source": "Directive (EU) 2019/771, Art. 13"
  },
  {
    "id": "eu.guarantee.accessories",
    "kind": "info",
    "source": "Directive (EU) 2019/771, Art. 7(1)(c)"
  },
  {
    "id": "eu.guarantee.commercial",
    "kind": "info",
    "source": "Directive (EU) 2019/771, Art. 17"
  },
  {
    "id": "eu.guarantee.digital-elements",
    "kind": "condition",
    "source": "Directive (EU) 2019/771, Art. 2(5)(b), 7(3)"
  },
  {
    "id": "eu.guarantee.durability",
    "kind": "condition",
    "source": "Directive (EU) 2019/771, Art. 7(1)(d)"
  },
  {
    "id": "eu.guarantee.binding",
    "kind": "info",
    "source": "Directive (EU) 2019/771, Art. 21(1)"
  },
  {
    "id": "eu.guarantee.expected-life",
    "kind": "condition",
    "source": "Burgerlijk Wetboek 7:17, 7:23; Kuluttajansuojalaki (38/1978) ch. 5 as amended by 1242/2021"
  },
  {
    "id": "ie.guarantee.limitation",
    "kind": "rule",
    "source": "Statute of Limitations 1957 (Ireland), s. 11(1)(a); Consumer Rights Act 2022"
  },
  {
    "id": "eea.guarantee.meant-to-last",
    "kind": "condition",
    "source": "Forbrukerkjøpsloven (LOV-2002-06-21-34) § 27(1); Lög um neytendakaup nr. 48/2003, 27. gr."
  },
  {
    "id": "eea.agreement",
    "kind": "info",
    "source": "Agreement on the European Economic Area, Annex XIX"
  },
  {
    "id": "eu.territory",
    "kind": "info",
    "source": "TFEU Art. 349, 355(1); Act of Accession 1994, Protocol No 2"
  },
  {
    "id": "us.implied-warranties",
    "kind": "info",
    "source": "15 U.S.C. 2308(b)"
  },
  {
    "id": "us.state-rights",
    "kind": "info",
    "source": "16 CFR 701.3(a)(9)"
  },
  {
    "id": "us.tie-in",
    "kind": "rule",
    "source": "15 U.S.C. 2302(c); 16 CFR 700.10"
  }
];
export const assessments = [
  "return",
  "warranty",
  "eu-withdrawal",
  "eu-legal-guarantee"
];
export const contact = "service.us@xiaomi.com";
export const questionsWithoutCountries = [
  {
    "id": "product",
    "kind": "choice",
    "options": [
      "mi-band",
      "mi-power-bank",
      "mi-headphones"
    ]
  },
  {
    "id": "returnReason",
    "kind": "choice",
    "options": [
      "defect",
      "changed-mind"
    ]
  },
  {
    "id": "seller",
    "kind": "choice",
    "options": [
      "mi-com",
      "other"
    ]
  },
  {
    "id": "country",
    "kind": "choice",
    "options": null
  },
  {
    "id": "receivedDate",
    "kind": "date",
    "options": null
  },
  {
    "id": "boughtOnline",
    "kind": "yes-no",
    "options": null
  },
  {
    "id": "orderDate",
    "kind": "date",
    "options": null
  },
  {
    "id": "rmaIssuedOn",
    "kind": "date-or-none",
    "options": null
  },
  {
    "id": "physicallyDamaged",
    "kind": "yes-no",
    "options": null
  },
  {
    "id": "allAccessories",
    "kind": "yes-no",
    "options": null
  },
  {
    "id": "opened",
    "kind": "yes-no",
    "options": null
  },
  {
    "id": "cause",
    "kind": "choice",
    "options": [
      "defect",
      "not-sure",
      "act-of-nature",
      "negligence",
      "modification",
      "non-xiaomi-product",
      "accident",
      "liquid",
      "fire",
      "improper-use",
      "improper-power",
      "third-party-service",
      "software-or-data"
    ]
  },
  {
    "id": "part",
    "kind": "choice",
    "options": [
      "main",
      "cable",
      "wristband",
      "ear-cushions",
      "adapter"
    ]
  },
  {
    "id": "replacementReceivedDate",
    "kind": "date-or-none",
    "options": null
  },
  {
    "id": "commercialUse",
    "kind": "yes-no",
    "options": null
  },
  {
    "id": "originalPurchaser",
    "kind": "yes-no",
    "options": null
  }
];
