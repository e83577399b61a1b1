
/** A date written YYYY-MM-DD, year 1900 to 2999. */
export type IsoDate = string;
/** The shopper's answers, keys in asking order; every key but asOf is optional (absent or undefined: not answered yet). */
export interface Answers {
    asOf: IsoDate;
    product?: string;
    returnReason?: "defect" | "changed-mind";
    seller?: "other" | string;
    country?: string;
    receivedDate?: IsoDate;
    /** Bought at a distance (online) rather than in a shop. */
    boughtOnline?: boolean;
    orderDate?: IsoDate;
    /** null: no RMA was issued. */
    rmaIssuedOn?: IsoDate | null;
    physicallyDamaged?: boolean;
    allAccessories?: boolean;
    /** The sealed packaging has been opened. */
    opened?: boolean;
    cause?: string;
    part?: string;
    /** null: this unit is not a warranty replacement. */
    replacementReceivedDate?: IsoDate | null;
    commercialUse?: boolean;
    originalPurchaser?: boolean;
}
/** The answer keys, in asking order. */
export type AnswerKey = keyof Answers;
export type Period = { days: number } | { months: number };
/** The reasons the engine gives. */
export type ReasonCode =
| "return-shop-covered" | "return-shop-not-covered" | "return-window-open" | "return-window-closed"
| "return-holiday-window" | "rma-valid" | "rma-expired" | "rma-issued-after-window"
| "return-good-condition" | "return-damaged" | "return-accessories-complete"
| "return-accessories-missing" | "return-final-sale" | "return-opened" | "brand-covered"
| "warranty-in-jurisdiction" | "warranty-outside-jurisdiction" | "warranty-period-active"
| "warranty-period-ended" | "replacement-coverage" | "cause-covered" | "cause-excluded"
| "commercial-use-excluded" | "not-original-purchaser" | "product-no-warranty"
| "commercial-use-shorter-period" | "no-problem-reported" | "withdrawal-open"
| "withdrawal-period-ended" | "withdrawal-moved-to-working-day" | "withdrawal-not-at-distance"
| "withdrawal-unsealed-hygiene" | "not-a-consumer" | "guarantee-open" | "guarantee-beyond-minimum"
| "guarantee-period-ended" | "defect-presumed" | "guarantee-covers-part"
| "not-a-lack-of-conformity" | "guarantee-expected-life-ended" | "law-of-member-state"
| "law-of-eea-state";
/** The conditions the law attaches to the statutory rights; a policy's own are its data. */
export type StatutoryCondition =
| "withdrawal-no-reason-needed" | "withdrawal-notice-in-time" | "withdrawal-send-back"
| "withdrawal-testing-allowed" | "withdrawal-refund" | "prove-lack-of-conformity"
| "guarantee-remedies" | "guarantee-beside-warranty" | "guarantee-within-expected-life"
| "guarantee-if-meant-to-last" | "wear-beyond-normal" | "software-fault-not-data-loss";
export type StepCode =
| "request-rma" | "request-return" | "ship-with-rma" | "request-warranty-service" | "contact-seller"
| "withdraw" | "claim-legal-guarantee" | "contact-support";
export type NoticeCode = "us-implied-warranties" | "us-state-rights" | "us-exclusion-needs-cause";
export type Outcome = "eligible" | "not-eligible" | "undetermined";
export type QuestionKind = "choice" | "date" | "yes-no" | "date-or-none";
export type StatutoryId = "eu-withdrawal" | "eu-legal-guarantee";
export type ClauseKind = "rule" | "condition" | "info";
export interface Reason {
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
}
export interface Assessment {
    outcome: Outcome;
    deadline: IsoDate | null;
    reasons: Reason[];
    conditions: Reason[];
}
export interface Question {
    id: Exclude<AnswerKey, "asOf">;
    kind: QuestionKind;
    options: string[] | null;
}
export interface Step {
    code: StepCode;
    clause: string;
    date?: IsoDate;
    /** The address to write to. */
    contact?: string;
}
/** A right the law gives beside the policy; its reasons cite provisions of law (see Vocabulary.citations). */
export interface StatutoryAssessment extends Assessment {
    id: StatutoryId;
    /** Who owes it: the shop that sold the product. */
    contact: "seller";
}
export interface Decision {
    return: Assessment;
    warranty: Assessment;
    questions: Question[];
    nextSteps: Step[];
    /** Present for the EU member states; empty elsewhere. */
    statutory: StatutoryAssessment[];
    /** What the law says of the policy's terms (the US notes); each reason's clause is a citation id. */
    notices: Reason[];
}
export type ErrorCode =
| "invalid-answers" | "missing-as-of" | "unknown-key" | "wrong-type" | "invalid-date"
| "date-out-of-range" | "unknown-option" | "part-not-in-product" | "date-after-as-of"
| "order-after-receipt" | "before-receipt" | "unreadable-answer";
/** What `check` throws for malformed answers. */
export interface CheckError extends Error {
    code: ErrorCode;
    /** The answer key at fault; null when the whole value is not an answers object. */
    field: string | null;
}
export interface Vocabulary {
    questions: Question[];
    reasons: ReasonCode[];
    /** The policy's condition codes, then the statutory ones. */
    conditions: string[];
    steps: StepCode[];
    errors: ErrorCode[];
    clauses: { id: string; kind: ClauseKind }[];
    notices: NoticeCode[];
    citations: { id: string; kind: ClauseKind; source: string }[];
    /** The ids of the assessments a decision can hold. */
    assessments: ["return", "warranty", "eu-withdrawal", "eu-legal-guarantee"];
    /** The policy's support address. */
    contact: string;
}
