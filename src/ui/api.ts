/** What crosses google.script.run between the pages and the server: JSON-safe, dates as ISO strings. */

export interface PageKr {
  readonly id: string;
  readonly title: string;
  readonly objective: string;
  readonly team: string;
  readonly unit: string;
  /** Last value as a person reads it ("78,5%", "4.800.000.000 VND"), '' when never checked in. */
  readonly lastValue: string;
  /** ISO yyyy-mm-dd of the last check-in, '' when never. */
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
  readonly lang: 'en' | 'vi';
  readonly user: string;
  readonly labels: Readonly<Record<string, string>>;
  /** Confidence choices: canonical value and localized label. */
  readonly confidences: readonly { readonly value: string; readonly label: string }[];
  readonly krs: readonly PageKr[];
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
  /** The KRs after saving, refreshed. */
  readonly krs: readonly PageKr[];
}

/** The server functions the check-in sidebar calls; main.ts is checked against it. */
export interface SidebarApi {
  sidebarLoad(): PageData;
  sidebarCheckIn(entries: CheckInInput[], source?: string): CheckInResult;
}
