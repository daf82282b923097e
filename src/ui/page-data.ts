/** What crosses google.script.run between the pages and the server: JSON-safe (dates as text, never a Date). */
// A leaf, apart from ui/api.ts: main.ts and the check-in actions take these types from here while api.ts derives
// SidebarApi from main.ts, so the entry points and the page's data types form no circle.
import type { Lang } from '../core/lang';

export interface PageKr {
  readonly id: string;
  readonly title: string;
  readonly objective: string;
  readonly team: string;
  readonly unit: string;
  /** Last value in full as the person reads it ("78,5%", "4.800.000.000 VND"), '' when never checked in. */
  readonly lastValue: string;
  /**
   * The last value as the value field is pre-filled: the shortest spelling the workbook reads back as the
   * same number, unit left out ("4,8 tỷ", "4.8B", "78,5%"), '' when never checked in.
   */
  readonly lastInput: string;
  /** Day of the last check-in written as the e-mails write it (vi dd/mm/yyyy, en yyyy-mm-dd), '' when never. */
  readonly lastDate: string;
  readonly target: string;
  /** Canonical confidence ('On track'…) of the last check-in, '' when none. */
  readonly confidence: string;
  /** Localized status label, '' when none. */
  readonly status: string;
  /** Owned by the signed-in person or by their team. */
  readonly mine: boolean;
}

export interface PageData {
  readonly lang: Lang;
  readonly user: string;
  readonly labels: Readonly<Record<string, string>>;
  /** Confidence choices: canonical value and localized label. */
  readonly confidences: readonly { readonly value: string; readonly label: string }[];
  readonly krs: readonly PageKr[];
  /** Why nothing on the page is the person's to check in (not signed in, not in People…); '' when something is. */
  readonly notice: string;
  /** The KR the page was opened for (the link's ?kr=), with what to tell the person about it ('' when it is theirs). */
  readonly focus: { readonly krId: string; readonly note: string } | null;
}

export interface CheckInInput {
  readonly krId: string;
  /** As the person typed it: "4,3 tỷ", "85%". */
  readonly value: string;
  readonly confidence: string;
  readonly progressNote: string;
  readonly problems: string;
  readonly plans: string;
}

export interface CheckInResult {
  readonly saved: number;
  readonly message: string;
  readonly problems: readonly { readonly krId: string; readonly message: string }[];
  /** The KRs of the entries after saving, refreshed: the page puts them in place of its copies of them. */
  readonly krs: readonly PageKr[];
}
