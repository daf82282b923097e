// What the KR linter reads from a key result's text: its terms and the cues found among them. A module of its
// own because both the linter (kr-lint.ts) and its rewriter (kr-lint-rewrite.ts) read it, and neither should
// import the other's types back (issue 15: no import circle, type-only ones included).
import type { Roles, VerbFamily } from './kr-lint-words';

export interface Lexeme {
  text: string;
  roles: Roles;
  number: boolean;
  first: number;
  last: number;
  /** A clause ends after it (`,`, `;`, `.`). */
  end: boolean;
}

export interface Analysis {
  lexemes: Lexeme[];
  lead: number;
  /** Index of the first task verb, -1 if none. */
  taskAt: number;
  family: VerbFamily | undefined;
  cues: string[];
  evidence: string[];
  activityHead: Lexeme | undefined;
  /** Indexes of X and Y in `từ X lên Y`. */
  range: { from: number; to: number } | undefined;
  measures: number;
}
