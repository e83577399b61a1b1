
/** A day of the year written MM-DD. */
export type MonthDay = string;
/** The kind of a cause, as the law knows it: it decides the legal guarantee. */
export type CauseKind = "defect" | "unknown" | "software-fault" | "data-loss" | "software-or-data" | "wear"
| "consumer-damage" | "outside-event" | "modification" | "third-party-repair" | "other-product";
/** How a shop sells: at a distance, in a shop, or both (the shopper's answer tells). */
export type Channel = "distance" | "in-store" | "both";
/** When a condition applies: always, or when one answer has this value. */
export type PolicyWhen = "always" | { returnReason: "defect" | "changed-mind" } | { cause: string } | { seller: string };
export interface PolicyCondition {
    /** The code the page words (`words.<lang>.conditions.<code>`). */
    code: string;
    /** A clause id of the policy. */
    clause: string;
    when?: PolicyWhen;
}
/** Words for the page in one language, shaped as the page's locale files. */
export interface PolicyWords {
    [key: string]: string | string[] | PolicyWords;
}
/** A return and warranty policy as data (docs/policy.md, docs/policy.schema.json). */
export interface Policy {
    id: string;
    contact: { email: string; clause: string };
    /** The countries the shopper may name; absent or null: any. */
    countries?: string[] | null;
    /** Every part id, in the order the page offers them. */
    parts: string[];
    products: {
        id: string;
        parts: { id: string; warranty: Period }[];
        hygieneSealed?: boolean;
        /** The clause that sells it as final sale: no return. */
        finalSale?: string | null;
        /** The clause that sells it without a warranty (a gift card); then it may have no parts. */
        noWarranty?: string | null;
        /** Its own return window, in place of `return.window`. */
        returnWindow?: { period: Period; clause: string } | null;
        /** How long a buyer may expect it to last (the legal guarantee in NL and FI), and who says so. */
        expectedLife?: { period: Period; source: string } | null;
    }[];
    return: {
        sellers: string[];
        /** How each of the policy's shops sells; a shop not named sells both ways. */
        channels?: { [seller: string]: Channel };
        sellersClause: string;
        window: { period: Period; clause: string };
        seasonal?: { orderedFrom: MonthDay; orderedTo: MonthDay; lastDay: MonthDay; yearsAfter: number; clause: string }[];
        rma?: { requestClause: string; validity: Period; validityClause: string } | null;
        conditionClause?: string | null;
        accessoriesClause?: string | null;
        opened?: { clause: string; refused: true } | { clause: string; condition: string } | null;
        conditions?: PolicyCondition[];
    };
    warranty: {
        coverageClause: string;
        periodsClause: string;
        serviceOrderClause: string;
        originalPurchaserOnly: boolean;
        jurisdictions: string[];
        jurisdictionClause: string;
        replacement?: { period: Period; clause: string } | null;
        commercialUseClause?: string | null;
        /** With `commercialUseClause`: business use gives this shorter period instead of no warranty. */
        commercialUsePeriod?: Period | null;
        brandClause?: string | null;
        conditions?: PolicyCondition[];
    };
    causes: { id: string; excluded: boolean; clause: string; kind?: CauseKind }[];
    clauses: { id: string; kind: ClauseKind }[];
    /** Words by language (en, es, de), extending and overriding the page's. */
    words?: { [lang: string]: PolicyWords };
}
export type PolicyProblemCode =
| "invalid-json" | "wrong-type" | "missing-field" | "unknown-field" | "invalid-value" | "invalid-id"
| "duplicate-id" | "reserved-id" | "empty-list" | "non-positive-period" | "unknown-country"
| "undefined-part" | "unused-part" | "undefined-clause" | "undefined-cause" | "undefined-seller"
| "cause-without-clause" | "overlapping-seasons" | "season-ends-early" | "unreachable-warranty"
| "missing-language" | "missing-words";
export interface PolicyProblem {
    code: PolicyProblemCode;
    /** A JSON Pointer to the value at fault; "" for the whole policy. */
    path: string;
    message: string;
}
/** What `new Checker(policy)` throws for an invalid policy. */
export interface PolicyError extends Error {
    code: "invalid-policy";
    /** Every problem, as validatePolicy returns them. */
    problems: PolicyProblem[];
}
