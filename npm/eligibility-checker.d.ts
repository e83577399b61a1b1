// The types of the <eligibility-checker> element (docs/page.md, docs/embedding.md):
// importing the module defines the element and does nothing else of its own.
// custom-elements.json, beside this file, describes the same element for tools.
import type { Answers, Decision } from './pkg/eligibility_checker.js';
import type { Policy } from './pkg-policy/eligibility_checker.js';

/** `detail` of `decision` (each evaluation), `complete` and `eligibility-decision`. */
export interface EligibilityDecisionDetail {
  decision: Decision;
  /** The answers, `asOf` and the presets included. */
  answers: Answers;
  /** The receipt code once the decision is final, else `null` (never `null` in `complete`). */
  receipt: string | null;
  lang: string;
}

/** `detail` of `complete`: the answer screen is reached. */
export interface EligibilityCompleteDetail extends EligibilityDecisionDetail {
  receipt: string;
}

/**
 * `detail` of `contact` (cancelable): the shopper takes the answer's primary
 * action. `preventDefault()` keeps the e-mail program closed (or the letter
 * uncopied), for the shop's own support chat.
 */
export interface EligibilityContactDetail extends EligibilityCompleteDetail {
  /** The remedy asked for: `return`, `return-plain`, `warranty`, `eu-withdrawal`, `eu-legal-guarantee`, `paid-repair`, `question`. */
  remedy: string;
  /** The address the e-mail goes to; `null` when it is the seller's, which the checker does not know. */
  to: string | null;
  /** The e-mail or letter, in the shopper's language. */
  subject: string;
  body: string;
}

/** `detail` of `ready`: the engine and the words are loaded, the first screen is shown. */
export interface EligibilityReadyDetail {
  lang: string;
}

/** `detail` of `error`; the element shows its own error screen and matches `:state(error)`. */
export interface EligibilityErrorDetail {
  /** `version-mismatch`, `load-failed`, `bad-clock`, or a `policy-*` code of docs/policy.md. */
  code: string;
  /** For the site owner. */
  message: string;
}

/** `detail` of `eligibility-language`, fired when the language changes. */
export interface EligibilityLanguageDetail {
  lang: string;
}

/** Every event of the element: all bubble and are composed (they leave its shadow root). */
export interface EligibilityCheckerEventMap extends Omit<HTMLElementEventMap, 'error'> {
  ready: CustomEvent<EligibilityReadyDetail>;
  error: CustomEvent<EligibilityErrorDetail>;
  decision: CustomEvent<EligibilityDecisionDetail>;
  complete: CustomEvent<EligibilityCompleteDetail>;
  contact: CustomEvent<EligibilityContactDetail>;
  'eligibility-decision': CustomEvent<EligibilityDecisionDetail>;
  'eligibility-language': CustomEvent<EligibilityLanguageDetail>;
}

export declare class EligibilityChecker extends HTMLElement {
  static observedAttributes: string[];
  /** Presets (attributes `product`, `seller`, `country`, `received-date`, `order-date`): not asked; `null` when not set. */
  product: string | null;
  seller: string | null;
  country: string | null;
  receivedDate: string | null;
  orderDate: string | null;
  /** The storefront policy: its URL (the `policy` attribute), or the policy itself, validated like a fetched one. */
  get policy(): string | Policy | null;
  set policy(value: string | Policy | null);
  /** The answers the decision was made on, `asOf` and the presets included; set to take others (an `asOf` fixes the day). */
  get answers(): Answers;
  set answers(value: Partial<Answers>);
  /** The last decision, or `null` before the first (and on an error screen). */
  readonly decision: Decision | null;
  /** The receipt code once the decision is final. */
  readonly receipt: string | null;
  /** The language shown. */
  readonly language: string | null;
  /** Why the element shows an error screen, else `null`. */
  readonly error: EligibilityErrorDetail | null;
  /** Forgets the shopper's answers: the first question again; presets stay. */
  reset(): void;
  addEventListener<K extends keyof EligibilityCheckerEventMap>(type: K, listener: (this: EligibilityChecker, ev: EligibilityCheckerEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof EligibilityCheckerEventMap>(type: K, listener: (this: EligibilityChecker, ev: EligibilityCheckerEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'eligibility-checker': EligibilityChecker;
  }
  // The events bubble to the document: a listener there is typed too.
  interface DocumentEventMap {
    complete: CustomEvent<EligibilityCompleteDetail>;
    contact: CustomEvent<EligibilityContactDetail>;
    'eligibility-decision': CustomEvent<EligibilityDecisionDetail>;
    'eligibility-language': CustomEvent<EligibilityLanguageDetail>;
  }
}
