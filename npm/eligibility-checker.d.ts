// The types of the <eligibility-checker> element as it is today (docs/page.md):
// importing the module defines the element and does nothing else of its own.
import type { Answers, Decision } from './pkg/eligibility_checker.js';

/** `detail` of `eligibility-decision`, fired whenever the decision changes. */
export interface EligibilityDecisionDetail {
  decision: Decision;
  /** The answers, `asOf` included. */
  answers: Answers;
  /** The receipt code once the decision is final, else `null`. */
  receipt: string | null;
  lang: string;
}

/** `detail` of `eligibility-language`, fired when the language changes. */
export interface EligibilityLanguageDetail {
  lang: string;
}

export declare class EligibilityChecker extends HTMLElement {
  static observedAttributes: string[];
  /** The last decision, or `null` before the first. */
  readonly decision: Decision | null;
  readonly answers: Answers;
  readonly receipt: string | null;
  readonly language: string | null;
}

declare global {
  interface HTMLElementTagNameMap {
    'eligibility-checker': EligibilityChecker;
  }
  interface HTMLElementEventMap {
    'eligibility-decision': CustomEvent<EligibilityDecisionDetail>;
    'eligibility-language': CustomEvent<EligibilityLanguageDetail>;
  }
}
