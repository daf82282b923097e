/** English messages: this object defines the catalogue's shape; vi.ts must satisfy it. */
export const en = {
  menu: {
    title: 'OKR',
    setup: 'Set up / repair workbook',
    refresh: 'Refresh progress',
    checkIn: 'Check in…',
    switchLanguage: 'Tiếng Việt (switch language)',
    remindersOn: 'Turn on daily reminders',
    remindersOff: 'Turn off daily reminders',
    diagnostics: 'Diagnostics',
    previewReminders: 'Preview reminders',
    brief: 'Weekly brief…',
  },
  reminders: {
    turnedOn: (hour: number, timeZone: string, owner: string) =>
      `Daily reminders are on: every day at ${hour}:00 (${timeZone}), sent from ${owner}'s account.`,
    ownedByOther: (owner: string) =>
      `Reminders are already on, run from ${owner}'s account. Only ${owner} can turn them off or move them.`,
    turnedOff: 'Daily reminders are off.',
    notOn: 'Daily reminders were not on.',
  },
  preview: {
    title: 'Reminders that would go out today',
    summary: (planned: number, alreadySent: number, quota: number) =>
      `${planned} e-mail(s) would go out now; ${alreadySent} already sent this week; ${quota} recipient(s) left in today's quota. Nothing was sent.`,
  },
  brief: {
    askTeam: 'Weekly brief: type a team ID for a team brief, or leave blank for the whole company.',
    unknownTeam: (id: string) => `There is no team “${id}” in the Teams tab.`,
    written: (name: string) => `The brief for ${name} is in the Brief tab.`,
    askMail: (count: number) => `Mail this brief to the ${count} member(s) of the team now?`,
    mailed: (count: number) => `The brief was mailed to ${count} person(s).`,
    company: 'the whole company',
    subject: (company: string, name: string) => `${company ? `${company} · ` : ''}OKR brief: ${name}`,
  },
  diagnostics: {
    title: 'Diagnostics',
    ok: 'OK',
    problem: 'PROBLEM',
    timeZones: (script: string, sheet: string, settings: string) =>
      `Time zones: script ${script}, spreadsheet ${sheet}, Settings ${settings}.`,
    timeZonesDiffer: 'They differ: reminders follow the Settings time zone; dates typed in the sheet follow the spreadsheet\'s (File → Settings).',
    trigger: (owner: string, hour: number) => `The daily reminder trigger runs once a day at ${hour}:00 from ${owner}'s account.`,
    noTrigger: 'No daily reminder trigger: use "Turn on daily reminders".',
    triggerMissing: (owner: string) => `The trigger recorded for ${owner} is not among ${owner}'s triggers: turn reminders off and on again.`,
    duplicateTriggers: (count: number) => `${count} reminder triggers exist for your account: turn reminders off and on again to keep one.`,
    otherOwner: (owner: string) => `The trigger belongs to ${owner}: only ${owner} can see it.`,
    mailQuota: (remaining: number) => `${remaining} e-mail recipient(s) left today on your account.`,
    lock: 'The document lock can be taken.',
    lockBusy: 'The document lock is held by another run right now.',
    tabs: 'Every tab and column is in place.',
    tabMissing: (tab: string) => `Tab “${tab}” is missing.`,
    columnsMissing: (tab: string, columns: string) => `Tab “${tab}” lacks: ${columns}.`,
    webApp: (url: string) => `Check-in web app: ${url}`,
    noWebApp: 'The check-in web app is not deployed: e-mails link to the sheet only (README: "Check-in from the e-mail").',
  },
  settings: {
    companyName: 'Company name, shown in e-mails and the brief.',
    language: 'Workbook language: vi or en.',
    timeZone: 'Time zone of dates and reminders, e.g. Asia/Ho_Chi_Minh.',
    cadence: 'Cycle length: quarter, 2 weeks, month, or custom (rows in Cycles).',
    checkInWeekday: 'Weekly check-in day (Monday … Sunday).',
    reminderHour: 'Hour of the daily reminder run, 0–23, in the workbook time zone.',
    graceDays: 'Days after the check-in day before reminders escalate.',
    maxObjectives: 'At most this many objectives per team per cycle.',
    minKrs: 'At least this many key results per objective.',
    maxKrs: 'At most this many key results per objective.',
    admins: 'E-mails allowed to run admin actions, separated by commas.',
    lookerReportUrl: 'Looker Studio report URL, once created.',
  },
  weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  setup: {
    done: (created: number, repaired: number) =>
      created + repaired === 0
        ? 'The workbook is complete: nothing to repair.'
        : `Workbook ready: ${created} tab(s) created, ${repaired} tab(s) repaired.`,
  },
  refresh: {
    done: (krs: number) => `Progress refreshed for ${krs} key result(s).`,
  },
  language: {
    switched: 'The workbook now speaks English. Headers were relabelled; no data changed.',
  },
  sidebar: {
    title: 'Check in',
    mine: 'Your key results',
    others: 'Other key results',
    search: 'Search by KR, objective or team',
    value: 'Value',
    confidence: 'Confidence',
    progressNote: 'Progress',
    problems: 'Problems',
    plans: 'Plans',
    save: 'Check in',
    saving: 'Saving…',
    saved: 'Checked in',
    last: 'Last',
    never: 'no check-in yet',
    target: 'Target',
    noKrs: 'No key results yet. Add them in the Key Results tab.',
    loadFailed: 'Could not load key results:',
    saveFailed: 'Not saved:',
  },
  checkIn: {
    saved: (n: number) => `${n} check-in(s) saved.`,
    valueRequired: (id: string) => `${id}: type a value.`,
    notYours: (id: string) => `${id}: you can check in only your own or your team's key results.`,
    unreadableValue: (text: string) => `“${text}” is not a number this workbook can read: this check-in is kept but not counted.`,
    unknownKr: (id: string) => `There is no key result “${id}”: this check-in is kept but not counted.`,
  },
  errors: {
    busy: 'Someone else is updating the workbook. Please try again in a moment.',
    adminOnly: (email: string) => `Only the admins listed in Settings can do this (you are ${email || 'not signed in'}).`,
    failed: (detail: string) => `Something went wrong: ${detail}. The Log tab has the details.`,
    missingTab: (tab: string) => `The tab “${tab}” is missing. Run “Set up / repair workbook”.`,
  },
  log: {
    ok: 'ok',
    failed: 'failed',
    refused: 'refused',
  },
};

export type Catalogue = typeof en;
